// The analyst's page. Every string from a document is set with textContent or
// passed to vis-network as a DOM element: nothing from the data becomes HTML.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("newsgraph-data").textContent);

  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (cls) node.className = cls;
    return node;
  }

  function docLine(docId) {
    var d = data.documents[docId] || {};
    return docId + (d.title ? " — " + d.title : "") + (d.date ? " (" + d.date + ")" : "");
  }

  function tooltip(lines) {
    var box = el("div");
    lines.forEach(function (line) { box.appendChild(el("div", line[0], line[1])); });
    return box;
  }

  var nodes = data.nodes.map(function (n) {
    var a = data.actors[n.id] || {};
    var copy = Object.assign({}, n);
    copy.title = tooltip([[a.name + " (" + a.type + ")"], ["also: " + (a.aliases || []).join(", "), "meta"],
                          ["documents: " + (a.documents || []).join(", "), "meta"]]);
    return copy;
  });
  var edges = data.edges.map(function (e) {
    var copy = Object.assign({}, e);
    var rel = data.relations[e.id];
    var ev = rel ? rel.evidence[0] : null;
    copy.title = tooltip([[e.label], [ev ? ev.text : "", "evidence"], [ev ? docLine(ev.doc_id) : "", "meta"]]);
    return copy;
  });

  var container = document.getElementById("network");
  var network = new vis.Network(container, {nodes: new vis.DataSet(nodes), edges: new vis.DataSet(edges)},
                                data.options || {});

  var legend = document.getElementById("legend");
  Object.keys(data.types).forEach(function (type) {
    var row = el("div");
    var swatch = el("span", "", "swatch");
    swatch.style.background = data.types[type][0];
    row.appendChild(swatch);
    row.appendChild(document.createTextNode(type.replace("_", " ")));
    legend.appendChild(row);
  });

  document.getElementById("counts").textContent =
    nodes.length + " actors, " + edges.length + " links, " + data.events.length + " events";

  var list = document.getElementById("events");
  function showEvents(actorId) {
    list.replaceChildren();
    data.events.forEach(function (e) {
      if (actorId && e.source.indexOf(actorId) < 0 && e.target.indexOf(actorId) < 0) return;
      var item = el("li");
      item.appendChild(el("div", (e.date || "undated") + " " + e.type + (e.mode ? "/" + e.mode : "")));
      item.appendChild(el("div", e.sentence, "evidence"));
      item.appendChild(el("div", docLine(e.doc_id), "meta"));
      list.appendChild(item);
    });
  }
  showEvents(null);

  network.on("click", function (params) {
    var title = document.getElementById("detail-title");
    var detail = document.getElementById("detail");
    detail.replaceChildren();
    if (params.nodes.length) {
      var a = data.actors[params.nodes[0]];
      title.textContent = a.name + " (" + a.type + ")";
      detail.appendChild(el("p", "Also known as: " + a.aliases.join(", ")));
      if (a.roles.length) detail.appendChild(el("p", "Roles: " + a.roles.join(", ")));
      showEvents(a.id);
    } else {
      title.textContent = "Select an actor or a link";
      showEvents(null);
    }
  });
})();
