// The analyst's page: a network and a timeline of one corpus, linked.
//
// Safety: every string from a document reaches the page as a DOM text node
// (textContent, createTextNode, option.value) or as canvas text drawn by
// vis-network; none is ever parsed as HTML. Tooltips are DOM elements handed
// to vis-network as `title` (a string title would be the library's to render).
(function () {
  "use strict";

  // performance marks name the phases of opening the page (bench/page_bench.py reports them)
  performance.mark("newsgraph:start");
  const data = JSON.parse(document.getElementById("newsgraph-data").textContent);
  performance.mark("newsgraph:parsed");
  // The data leaves out empty fields and writes each sentence once (in data.texts):
  // put both back, so the rest of the page reads plain rows.
  for (const e of data.events) {
    e.sentence = data.texts[e.s];
    // every report of the event: its document and sentence, the first report first
    e.reports = (e.reports || [{doc_id: e.doc_id, s: e.s}]).map((r) => ({doc_id: r.doc_id, sentence: data.texts[r.s]}));
    for (const k of ["source", "target"]) e[k] = e[k] || [];
    for (const k of ["mode", "date", "date_end", "date_text", "place", "attributed_to", "t0", "t1"]) {
      if (e[k] === undefined) e[k] = null;
    }
  }
  for (const r of data.relations) for (const ev of r.evidence) ev.text = data.texts[ev.s];
  for (const a of Object.values(data.actors)) {
    for (const k of ["aliases", "documents", "roles"]) a[k] = a[k] || [];
    a.mentions = a.mentions || 0;
  }
  for (const d of Object.values(data.documents)) if (d.t0 === undefined) d.t0 = null;
  const actors = data.actors;
  const docs = data.documents;
  const net = data.network;
  const line = data.timeline;
  const NO_ACTOR = "";
  const LANE = line.lane_height;
  const LABEL_X = -line.label_width / 2 - 20;
  const MAX_LIST = 150;   // longer lists in the panel are cut, saying how many are left out

  // ---- indexes: built once, so filtering and selection are table look-ups ----

  const events = new Map(data.events.map((e) => [e.id, e]));
  const relations = new Map(data.relations.map((r) => [r.id, r]));
  const netEdges = new Map(net.edges.map((e) => [e.id, e]));
  const marks = line.nodes.filter((n) => n.items);
  const laneNodes = line.nodes.filter((n) => !n.items);
  const markById = new Map(marks.map((m) => [m.id, m]));
  const laneNodeId = (actorId) => "lane|" + actorId;

  // the actors of an event that are on the page (sources first, no repeats)
  const eventActors = new Map();
  const eventsByActor = new Map();
  const relationsByActor = new Map();
  const edgesByActor = new Map();
  const edgesByItem = new Map();
  const marksByEvent = new Map();
  function push(map, key, value) {
    const list = map.get(key);
    if (list) list.push(value); else map.set(key, [value]);
  }
  for (const e of data.events) {
    const named = [...new Set(e.source.concat(e.target))].filter((a) => a in actors);
    eventActors.set(e.id, named);
    for (const a of named) push(eventsByActor, a, e.id);
  }
  for (const r of data.relations) {
    push(relationsByActor, r.source, r.id);
    push(relationsByActor, r.target, r.id);
  }
  for (const edge of net.edges) {
    push(edgesByActor, edge.from, edge.id);
    if (edge.to !== edge.from) push(edgesByActor, edge.to, edge.id);
    for (const item of edge.items) push(edgesByItem, item, edge.id);
  }
  for (const m of marks) for (const id of m.items) push(marksByEvent, id, m.id);
  const linked = new Set([...eventsByActor.keys(), ...relationsByActor.keys()]);

  const count = (list, key) => list.reduce((acc, x) => acc.set(x[key], (acc.get(x[key]) || 0) + 1), new Map());
  const actorTypeCounts = count(Object.values(actors), "type");
  const eventTypeCounts = count(data.events, "type");
  const relationTypeCounts = count(data.relations, "type");

  // ---- state: what the filters let through and what is selected ----

  const state = {
    from: null, to: null, undated: true,          // days since 1970-01-01, or null for open
    actorTypes: new Set(actorTypeCounts.keys()),
    eventTypes: new Set(eventTypeCounts.keys()),
    relationTypes: new Set(relationTypeCounts.keys()),
    unlinked: data.show_unlinked,                  // off for large corpora: thousands of lone actors hide the rest
    selection: null,                               // {kind: "actor", id} | {kind: "edge", id} | {kind: "events", ids}
  };

  function dateOk(t0, t1) {
    if (t0 === null || t0 === undefined) return state.undated;
    if (state.from !== null && t1 < state.from) return false;
    if (state.to !== null && t0 > state.to) return false;
    return true;
  }

  // Whether any filter narrows events or relations: then only actors taking part
  // in something shown stay on the page, so the network answers "who, then?".
  function narrowed() {
    return state.from !== null || state.to !== null || !state.undated ||
      state.eventTypes.size < eventTypeCounts.size || state.relationTypes.size < relationTypeCounts.size;
  }

  // What is shown under the current filters, in both views.
  function compute() {
    const typeOk = (id) => id in actors && state.actorTypes.has(actors[id].type);
    const shownEvents = new Set();
    for (const e of data.events) {
      if (!state.eventTypes.has(e.type) || !dateOk(e.t0, e.t1)) continue;
      const named = eventActors.get(e.id);
      if (named.length && !named.some(typeOk)) continue;
      shownEvents.add(e.id);
    }
    const shownRelations = new Set();
    for (const r of data.relations) {
      if (!state.relationTypes.has(r.type) || !typeOk(r.source) || !typeOk(r.target)) continue;
      // a relation is dated by the documents that state it
      const dated = r.evidence.some((ev) => { const t = (docs[ev.doc_id] || {}).t0; return dateOk(t, t); });
      if (dated) shownRelations.add(r.id);
    }
    const edgeCounts = new Map();
    const involved = new Set();
    for (const edge of net.edges) {
      if (!typeOk(edge.from) || !typeOk(edge.to)) continue;
      const pool = edge.kind === "event" ? shownEvents : shownRelations;
      const n = edge.items.reduce((acc, item) => acc + (pool.has(item) ? 1 : 0), 0);
      if (n) {
        edgeCounts.set(edge.id, n);
        involved.add(edge.from);
        involved.add(edge.to);
      }
    }
    for (const id of shownEvents) for (const a of eventActors.get(id)) if (typeOk(a)) involved.add(a);
    const narrow = narrowed();
    const shownActors = new Set();
    for (const id in actors) {
      if (!typeOk(id)) continue;
      if (narrow ? involved.has(id) : state.unlinked || linked.has(id)) shownActors.add(id);
    }
    const shownMarks = new Set();
    const shownLanes = new Set();
    for (const m of marks) {
      if (m.lane !== NO_ACTOR && !typeOk(m.lane)) continue;
      if (m.items.some((id) => shownEvents.has(id))) {
        shownMarks.add(m.id);
        shownLanes.add(m.lane);
      }
    }
    return {actors: shownActors, events: shownEvents, relations: shownRelations, edges: edgeCounts,
            marks: shownMarks, lanes: shownLanes};
  }

  // What the selection lights up: `focus` are the actors whose lanes light up,
  // `actors` the network nodes (the focus and its neighbours).
  function highlight(sel, view) {
    const hl = {focus: new Set(), actors: new Set(), events: new Set(), edges: new Set()};
    if (!sel) return null;
    if (sel.kind === "actor") {
      hl.focus.add(sel.id);
      hl.actors.add(sel.id);
      for (const id of eventsByActor.get(sel.id) || []) hl.events.add(id);
      for (const id of edgesByActor.get(sel.id) || []) {
        if (!view.edges.has(id)) continue;
        const edge = netEdges.get(id);
        hl.edges.add(id);
        hl.actors.add(edge.from);
        hl.actors.add(edge.to);
      }
    } else if (sel.kind === "edge") {
      const edge = netEdges.get(sel.id);
      hl.edges.add(edge.id);
      for (const a of [edge.from, edge.to]) { hl.focus.add(a); hl.actors.add(a); }
      if (edge.kind === "event") {
        for (const id of edge.items) hl.events.add(id);
      } else {
        // a relation has no date of its own: light up what the two did together
        for (const id of eventsByActor.get(edge.from) || []) {
          if (eventActors.get(id).includes(edge.to)) hl.events.add(id);
        }
      }
    } else if (sel.kind === "events") {
      for (const id of sel.ids) {
        hl.events.add(id);
        for (const a of eventActors.get(id) || []) { hl.focus.add(a); hl.actors.add(a); }
        for (const edgeId of edgesByItem.get(id) || []) hl.edges.add(edgeId);
      }
    }
    return hl;
  }

  // ---- text helpers: everything below builds DOM nodes from text ----

  function el(tag, text, cls) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (cls) node.className = cls;
    return node;
  }
  const actorName = (id) => (actors[id] ? actors[id].name : id);
  const names = (ids) => (ids.length ? ids.map(actorName).join(", ") : "—");

  // "doc-id — Title (2026-03-01)": the document behind every fact
  function docLine(docId) {
    const d = docs[docId] || {};
    let text = "doc " + docId;
    if (d.title) text += " — " + d.title;
    if (d.source) text += " · " + d.source;
    text += " (" + (d.date || "undated") + ")";
    return text;
  }

  function eventHead(e) {
    let text = (e.date || "undated") + (e.date_end ? " – " + e.date_end : "") + " · " + e.type + (e.mode ? "/" + e.mode : "");
    if (e.date_text) text += " (“" + e.date_text + "”)";
    return text;
  }

  function evidenceLines(box, sentence, docId) {
    box.appendChild(el("div", sentence, "evidence"));
    box.appendChild(el("div", docLine(docId), "meta"));
  }

  // ---- tooltips: an empty element per item, filled the first time it is hovered ----

  const tips = new Map();
  function tipFor(key) {
    const box = document.createElement("div");
    tips.set(key, box);
    return box;
  }

  function fillTip(key) {
    const box = tips.get(key);
    if (!box || box.firstChild) return;
    const [view, id] = [key.slice(0, 2), key.slice(2)];
    if (view === "n:" || (view === "l:" && id.startsWith("lane|"))) actorTip(box, view === "n:" ? id : id.slice(5));
    else if (view === "e:") edgeTip(box, netEdges.get(id));
    else if (view === "l:") eventsTip(box, markById.get(id).items, markById.get(id).items.length);
    else if (view === "k:") {
      const [a, b] = id.split("-").map((m) => new Set(markById.get(m).items));
      eventsTip(box, [...a].filter((x) => b.has(x)), null);
    }
  }

  function actorTip(box, id) {
    if (id === NO_ACTOR) {
      box.appendChild(el("div", "Events that name no actor", "head"));
      return;
    }
    const a = actors[id];
    box.appendChild(el("div", a.name + " (" + a.type.replace("_", " ") + (a.country ? ", " + a.country : "") + ")", "head"));
    const nEvents = (eventsByActor.get(id) || []).length;
    const nRelations = (relationsByActor.get(id) || []).length;
    box.appendChild(el("div", nEvents + " events, " + nRelations + " relations, " + a.mentions + " mentions", "meta"));
    const first = (eventsByActor.get(id) || [])[0];
    const rel = (relationsByActor.get(id) || [])[0];
    if (first) evidenceLines(box, events.get(first).sentence, events.get(first).doc_id);
    else if (rel) evidenceLines(box, relations.get(rel).evidence[0].text, relations.get(rel).evidence[0].doc_id);
    else if (a.documents.length) box.appendChild(el("div", docLine(a.documents[0]), "meta"));
  }

  function edgeTip(box, edge) {
    box.appendChild(el("div", actorName(edge.from) + " → " + actorName(edge.to) + " · " + edge.etype +
                              " ×" + edge.items.length, "head"));
    const evidence = [];
    for (const item of edge.items) {
      if (edge.kind === "event") evidence.push(events.get(item));
      else for (const ev of relations.get(item).evidence) evidence.push({sentence: ev.text, doc_id: ev.doc_id});
    }
    evidence.slice(0, 3).forEach((e) => {
      if (e.date !== undefined) box.appendChild(el("div", eventHead(e), "meta"));
      evidenceLines(box, e.sentence, e.doc_id);
    });
    if (evidence.length > 3) box.appendChild(el("div", "… and " + (evidence.length - 3) + " more", "more"));
  }

  function eventsTip(box, ids, n) {
    if (n) box.appendChild(el("div", eventHead(events.get(ids[0])) + (n > 1 ? " ×" + n : ""), "head"));
    ids.slice(0, 3).forEach((id) => {
      const e = events.get(id);
      if (!n) box.appendChild(el("div", eventHead(e), "head"));
      box.appendChild(el("div", names(e.source) + " → " + names(e.target), "meta"));
      evidenceLines(box, e.sentence, e.doc_id);
      if (e.reports.length > 1) box.appendChild(el("div", "reported in " + e.reports.length + " sentences", "more"));
    });
    if (ids.length > 3) box.appendChild(el("div", "… and " + (ids.length - 3) + " more", "more"));
  }

  // ---- the two vis-network views ----

  const netNodeItems = net.nodes.map((n) => Object.assign({}, n, {title: tipFor("n:" + n.id)}));
  const netEdgeItems = net.edges.map((e) => Object.assign({}, e, {title: tipFor("e:" + e.id)}));
  // a mark's text is drawn beside it by the page (below, afterDrawing), not under it by vis-network,
  // so marks stacked on one date keep their words apart
  const lineNodeItems = line.nodes.map((n) => {
    const item = Object.assign({}, n, {title: tipFor("l:" + n.id)});
    if (n.items) delete item.label;
    return item;
  });
  const lineEdgeItems = line.edges.map((e) => Object.assign({}, e, {title: tipFor("k:" + e.id)}));
  const netNodes = new vis.DataSet();
  const netEdgeSet = new vis.DataSet();
  const lineNodes = new vis.DataSet();
  const lineEdges = new vis.DataSet();

  // The style last given to each item: refresh() sends vis-network only what changed.
  const applied = new Map();
  let laneY = new Map();
  let current = null;     // {view, hl} of the last refresh

  function emphasis(hl, lit) {
    return hl ? (lit ? "lit" : "dim") : "plain";
  }

  function patches(view, hl) {
    const out = {netNodes: [], netEdges: [], lineNodes: [], lineEdges: []};
    // A hidden item needs no style: it is sent {hidden: true} once, and its look again when it
    // shows. Updates are what a click costs on a large page, so only changes are sent.
    function put(list, key, id, hidden, signature, patch) {
      const sig = hidden ? "hidden" : signature;
      if (applied.get(key) === sig) return;
      applied.set(key, sig);
      list.push(hidden ? {id: id, hidden: true} : Object.assign({id: id, hidden: false}, patch()));
    }
    for (const n of net.nodes) {
      const look = emphasis(hl, hl && hl.actors.has(n.id));
      put(out.netNodes, "n:" + n.id, n.id, !view.actors.has(n.id), look, () => ({
        opacity: look === "dim" ? 0.18 : 1, font: {color: look === "dim" ? "#b0bec5" : "#212121"},
      }));
    }
    for (const e of net.edges) {
      const n = view.edges.get(e.id) || 0;
      const look = emphasis(hl, hl && hl.edges.has(e.id));
      put(out.netEdges, "e:" + e.id, e.id, n === 0, n + look, () => ({
        value: n, label: e.etype + (n > 1 ? " ×" + n : ""),
        color: {color: e.color, highlight: e.color, hover: e.color,
                opacity: look === "dim" ? 0.08 : look === "lit" ? 1 : 0.85},
        font: {color: look === "dim" ? "rgba(0,0,0,0)" : "#37474f"},
      }));
    }
    // shown lanes close up: a filter never leaves empty rows between them
    laneY = new Map();
    line.lanes.forEach((lane) => { if (view.lanes.has(lane)) laneY.set(lane, laneY.size * LANE); });
    for (const n of laneNodes) {
      const y = laneY.get(n.lane);
      const look = emphasis(hl, hl && hl.focus.has(n.lane));
      put(out.lineNodes, "l:" + n.id, n.id, !view.lanes.has(n.lane), y + look, () => ({
        y: y, opacity: look === "dim" ? 0.35 : 1, font: {color: look === "dim" ? "#90a4ae" : "#212121"},
        borderWidth: look === "lit" ? 4 : 2,
      }));
    }
    for (const m of marks) {
      const y = (laneY.get(m.lane) || 0) + m.dy;
      const look = emphasis(hl, hl && m.items.some((id) => hl.events.has(id)));
      put(out.lineNodes, "l:" + m.id, m.id, !view.marks.has(m.id), y + look, () => ({
        y: y, opacity: look === "dim" ? 0.15 : 1, size: look === "lit" ? 10 : 7,
      }));
    }
    for (const e of line.edges) {
      const lit = hl && [e.from, e.to].every((m) => markById.get(m).items.some((id) => hl.events.has(id)));
      const look = emphasis(hl, lit);
      put(out.lineEdges, "k:" + e.id, e.id, !(view.marks.has(e.from) && view.marks.has(e.to)), look, () => ({
        width: look === "lit" ? 3 : 1.5,
        color: {color: "#90a4ae", highlight: "#263238", opacity: look === "dim" ? 0.1 : 0.8},
      }));
    }
    return out;
  }


  function refresh() {
    const view = compute();
    const hl = highlight(state.selection, view);
    current = {view: view, hl: hl};
    const out = patches(view, hl);
    if (out.netNodes.length) netNodes.update(out.netNodes);
    if (out.netEdges.length) netEdgeSet.update(out.netEdges);
    if (out.lineNodes.length) lineNodes.update(out.lineNodes);
    if (out.lineEdges.length) lineEdges.update(out.lineEdges);
    syncSelection(view, hl);
    showCounts(view);
    showDetail(view, hl);
  }

  // First paint: the filtered styles go into the items before vis-network sees them.
  performance.mark("newsgraph:indexed");
  (function firstPaint() {
    const view = compute();
    current = {view: view, hl: null};
    const out = patches(view, null);
    const merge = (items, list) => {
      const byId = new Map(list.map((p) => [p.id, p]));
      return items.map((item) => Object.assign(item, byId.get(item.id) || {}));
    };
    netNodes.add(merge(netNodeItems, out.netNodes));
    netEdgeSet.add(merge(netEdgeItems, out.netEdges));
    lineNodes.add(merge(lineNodeItems, out.lineNodes));
    lineEdges.add(merge(lineEdgeItems, out.lineEdges));
  })();

  performance.mark("newsgraph:datasets");
  const network = new vis.Network(document.getElementById("network"), {nodes: netNodes, edges: netEdgeSet},
                                  net.options);
  performance.mark("newsgraph:network");
  const timeline = new vis.Network(document.getElementById("timeline"), {nodes: lineNodes, edges: lineEdges},
                                   line.options);

  // the page is ready once both views have drawn (the network after its physics settled)
  let waiting = 2;
  function drawnOnce() {
    waiting -= 1;
    if (waiting === 0) {
      performance.mark("newsgraph:drawn");
      window.newsgraphReadyAt = performance.now();
      window.newsgraphReady = true;
      document.body.dataset.ready = "true";
    }
  }
  if (net.physics) {
    network.once("stabilizationIterationsDone", () => {
      // the layout is settled: freeze it, so what the analyst arranges stays put
      network.setOptions({physics: {enabled: false}});
      network.once("afterDrawing", drawnOnce);
      network.redraw();
    });
  } else {
    network.once("afterDrawing", drawnOnce);
  }
  timeline.once("afterDrawing", drawnOnce);

  for (const [view, prefix] of [[network, ["n:", "e:"]], [timeline, ["l:", "k:"]]]) {
    view.on("hoverNode", (p) => fillTip(prefix[0] + p.node));
    view.on("hoverEdge", (p) => fillTip(prefix[1] + p.edge));
    view.on("showPopup", (id) => { fillTip(prefix[0] + id); fillTip(prefix[1] + id); });
  }

  // ---- timeline: lanes, interval bars and the pinned date axis, drawn on the canvas ----

  function visibleX(ctx) {
    const canvas = ctx.canvas;
    const left = timeline.DOMtoCanvas({x: 0, y: 0});
    const right = timeline.DOMtoCanvas({x: canvas.clientWidth, y: canvas.clientHeight});
    return [left.x, right.x, left.y, right.y];
  }

  timeline.on("beforeDrawing", (ctx) => {
    if (!current) return;
    const [x0, x1] = visibleX(ctx);
    const axis = line.axis;
    const end = axis.length ? axis[axis.length - 1].x + 40 : 40;
    const hl = current.hl;
    const lanes = [...laneY.entries()];
    if (!lanes.length) return;
    const top = lanes[0][1] - LANE / 2;
    const bottom = lanes[lanes.length - 1][1] + LANE / 2;
    // date grid first, so lanes and marks draw over it
    ctx.lineWidth = 1;
    for (const tick of axis) {
      if (tick.x < x0 - 10 || tick.x > x1 + 10) continue;
      ctx.strokeStyle = tick.gap ? "#b0bec5" : "#eceff1";
      ctx.setLineDash(tick.gap ? [4, 4] : []);
      ctx.beginPath();
      ctx.moveTo(tick.x, top);
      ctx.lineTo(tick.x, bottom);
      ctx.stroke();
    }
    ctx.setLineDash([]);
    for (const [lane, y] of lanes) {
      const lit = hl && hl.focus.has(lane);
      const colour = lane === NO_ACTOR ? "#bdbdbd" : data.actor_types[actors[lane].type].colour;
      ctx.strokeStyle = lit ? colour : hl ? "#eeeeee" : "#dfe3e6";
      ctx.lineWidth = lit ? 4 : 2;
      ctx.beginPath();
      ctx.moveTo(LABEL_X + line.label_width / 2, y);
      ctx.lineTo(end, y);
      ctx.stroke();
    }
    // an event over an interval is a bar from its start to its end
    ctx.lineWidth = 5;
    ctx.lineCap = "round";
    for (const m of marks) {
      if (m.x2 === null || m.x2 === undefined || !current.view.marks.has(m.id)) continue;
      ctx.strokeStyle = data.event_types[m.group] ? data.event_types[m.group].colour : "#757575";
      ctx.globalAlpha = hl && !m.items.some((id) => hl.events.has(id)) ? 0.1 : 0.45;
      const y = laneY.get(m.lane) + m.dy;
      ctx.beginPath();
      ctx.moveTo(m.x, y);
      ctx.lineTo(m.x2, y);
      ctx.stroke();
    }
    ctx.globalAlpha = 1;
    ctx.lineCap = "butt";
  });

  // The axis stays at the top of the view and the lane names at its left edge
  // however the chart is panned or zoomed: drawn in screen pixels after the chart.
  timeline.on("afterDrawing", (ctx) => {
    if (!current) return;
    const canvas = ctx.canvas;
    const width = canvas.clientWidth;
    const height = canvas.clientHeight;
    const ratio = canvas.width / Math.max(1, width);
    ctx.save();
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.textBaseline = "middle";
    // mark texts, right of each mark, when the chart is close enough to read them
    const scale = timeline.getScale();
    if (scale >= 0.6) {
      ctx.font = "10px system-ui, sans-serif";
      const [x0, x1, y0, y1] = visibleX(ctx);
      for (const m of marks) {
        if (m.x < x0 - 100 || m.x > x1 || !current.view.marks.has(m.id)) continue;
        const y = laneY.get(m.lane) + m.dy;
        if (y < y0 || y > y1) continue;
        if (current.hl && !m.items.some((id) => current.hl.events.has(id))) continue;
        const p = timeline.canvasToDOM({x: m.x, y: y});
        ctx.fillStyle = "#37474f";
        ctx.fillText(m.label, p.x + 9 * scale + 3, p.y);
      }
    }
    ctx.font = "11px system-ui, sans-serif";
    ctx.fillStyle = "rgba(250,250,250,0.94)";
    ctx.fillRect(0, 0, width, 22);
    ctx.strokeStyle = "#b0bec5";
    ctx.lineWidth = 1;
    ctx.beginPath();
    ctx.moveTo(0, 22.5);
    ctx.lineTo(width, 22.5);
    ctx.stroke();
    let lastRight = -Infinity;
    let previous = null;
    for (const tick of line.axis) {
      const sx = timeline.canvasToDOM({x: tick.x, y: 0}).x;
      if (tick.gap && previous !== null) {
        // a break in time: a double slash between the two dates, and how long it was
        const mid = (previous + sx) / 2;
        if (mid > -40 && mid < width + 40) {
          ctx.fillStyle = "#78909c";
          ctx.fillText("//", mid - 5, 11);
          if (sx - previous > 110) ctx.fillText(tick.gap, mid + 8, 11);
        }
      }
      previous = sx;
      if (sx < -60 || sx > width + 60) continue;
      const label = tick.label;
      const w = ctx.measureText(label).width;
      if (sx - w / 2 < lastRight + 8) continue;
      ctx.fillStyle = "#263238";
      ctx.fillText(label, sx - w / 2, 11);
      ctx.fillRect(sx, 19, 1, 4);
      lastRight = sx + w / 2;
    }
    // lane names, when their labels have scrolled out of view on the left
    if (timeline.canvasToDOM({x: LABEL_X + line.label_width / 2, y: 0}).x < 24) {
      for (const [lane, y] of laneY) {
        const sy = timeline.canvasToDOM({x: 0, y: y}).y;
        if (sy < 28 || sy > height + 10) continue;
        let name = lane === NO_ACTOR ? "(no actor named)" : actors[lane].name;
        if (name.length > 28) name = name.slice(0, 27) + "…";
        const w = ctx.measureText(name).width;
        ctx.fillStyle = "rgba(255,255,255,0.9)";
        ctx.fillRect(2, sy - 8, w + 8, 16);
        ctx.fillStyle = "#263238";
        ctx.fillText(name, 6, sy);
      }
    }
    ctx.restore();
  });

  // ---- selection, linking the two views and the panel ----

  function select(sel) {
    state.selection = sel;
    refresh();
  }

  function syncSelection(view, hl) {
    if (!hl) {
      network.unselectAll();
      timeline.unselectAll();
      return;
    }
    network.setSelection({nodes: [...hl.focus].filter((a) => view.actors.has(a)),
                          edges: [...hl.edges].filter((e) => view.edges.has(e))},
                         {unselectAll: true, highlightEdges: false});
    const lit = [];
    for (const a of hl.focus) if (view.lanes.has(a)) lit.push(laneNodeId(a));
    for (const id of hl.events) for (const m of marksByEvent.get(id) || []) if (view.marks.has(m)) lit.push(m);
    timeline.setSelection({nodes: [...new Set(lit)], edges: []}, {unselectAll: true, highlightEdges: false});
  }

  network.on("click", (p) => {
    if (p.nodes.length) select({kind: "actor", id: p.nodes[0]});
    else if (p.edges.length) select({kind: "edge", id: p.edges[0]});
    else select(null);
  });

  timeline.on("click", (p) => {
    if (p.nodes.length) {
      const id = p.nodes[0];
      if (markById.has(id)) select({kind: "events", ids: markById.get(id).items});
      else if (id !== laneNodeId(NO_ACTOR)) select({kind: "actor", id: id.slice(5)});
      else select(null);
    } else if (p.edges.length) {
      const [a, b] = p.edges[0].split("-").map((m) => new Set(markById.get(m).items));
      select({kind: "events", ids: [...a].filter((x) => b.has(x))});
    } else {
      select(null);
    }
  });

  document.addEventListener("keydown", (e) => {
    if (e.key === "Escape" && state.selection) select(null);
  });

  // ---- the detail panel ----

  const detailTitle = document.getElementById("detail-title");
  const detail = document.getElementById("detail");

  function actorButton(id) {
    if (!(id in actors)) return document.createTextNode(id);
    const b = el("button", actorName(id), "linkish");
    b.type = "button";
    b.addEventListener("click", () => { select({kind: "actor", id: id}); focusActor(id); });
    return b;
  }

  function actorList(ids) {
    const span = el("span");
    if (!ids.length) span.appendChild(document.createTextNode("—"));
    ids.forEach((id, i) => {
      if (i) span.appendChild(document.createTextNode(", "));
      span.appendChild(actorButton(id));
    });
    return span;
  }

  function eventItem(e, view) {
    const li = el("li");
    const head = el("button", eventHead(e), "linkish");
    head.type = "button";
    head.addEventListener("click", () => select({kind: "events", ids: [e.id]}));
    li.appendChild(head);
    if (e.claim || e.negated) li.appendChild(el("div", [e.claim ? "claim" : "", e.negated ? "negated" : ""].filter(Boolean).join(", "), "flag"));
    const who = el("div", null, "meta");
    who.appendChild(actorList(e.source));
    who.appendChild(document.createTextNode(" → "));
    who.appendChild(actorList(e.target));
    if (e.place) who.appendChild(document.createTextNode(" · in " + e.place));
    if (e.attributed_to) who.appendChild(document.createTextNode(" · according to " + actorName(e.attributed_to)));
    li.appendChild(who);
    for (const r of e.reports) evidenceLines(li, r.sentence, r.doc_id);
    if (view && !view.events.has(e.id)) li.appendChild(el("div", "hidden by the filters", "flag"));
    return li;
  }

  function relationItems(r) {
    const out = [];
    for (const ev of r.evidence) {
      const li = el("li");
      const head = el("div");
      head.appendChild(actorButton(r.source));
      head.appendChild(document.createTextNode(" " + r.type.replace(/_/g, " ") + " "));
      head.appendChild(actorButton(r.target));
      li.appendChild(head);
      evidenceLines(li, ev.text, ev.doc_id);
      out.push(li);
    }
    return out;
  }

  function listSection(title, items) {
    detail.appendChild(el("h2", title + " (" + items.length + ")"));
    const ul = el("ul");
    items.slice(0, MAX_LIST).forEach((item) => ul.appendChild(item()));
    if (items.length > MAX_LIST) ul.appendChild(el("li", "… and " + (items.length - MAX_LIST) + " more", "more"));
    detail.appendChild(ul);
  }

  const byDate = (a, b) => ((a.t0 === null) - (b.t0 === null)) || (a.t0 - b.t0) || (a.id < b.id ? -1 : 1);

  function showDetail(view, hl) {
    detail.replaceChildren();
    const sel = state.selection;
    if (!sel) {
      detailTitle.textContent = "Select an actor, a link or an event";
      detail.appendChild(el("p", "Click a node, an edge, a lane or a mark; drag to pan, scroll to zoom. " +
                                 "Esc clears the selection.", "meta"));
      const shown = [...view.events].map((id) => events.get(id)).sort(byDate);
      listSection("Events shown", shown.map((e) => () => eventItem(e, null)));
      return;
    }
    if (sel.kind === "actor") {
      const a = actors[sel.id];
      detailTitle.textContent = a.name;
      detail.appendChild(el("p", a.type.replace("_", " ") + (a.country ? " · " + a.country : "") +
                                 " · " + a.mentions + " mentions in " + a.documents.length + " documents"));
      if (!view.actors.has(a.id)) detail.appendChild(el("p", "hidden by the filters", "flag"));
      const aliases = a.aliases.filter((x) => x !== a.name);
      if (aliases.length) detail.appendChild(el("p", "Also: " + aliases.join("; "), "meta"));
      if (a.roles && a.roles.length) detail.appendChild(el("p", "Roles: " + a.roles.join("; "), "meta"));
      const evs = (eventsByActor.get(a.id) || []).map((id) => events.get(id)).sort(byDate);
      listSection("Events", evs.map((e) => () => eventItem(e, view)));
      const rels = (relationsByActor.get(a.id) || []).map((id) => relations.get(id));
      listSection("Relations", rels.flatMap((r) => relationItems(r).map((li) => () => li)));
      listSection("Documents", a.documents.map((d) => () => el("li", docLine(d), "meta")));
    } else if (sel.kind === "edge") {
      const edge = netEdges.get(sel.id);
      detailTitle.textContent = actorName(edge.from) + " → " + actorName(edge.to);
      detail.appendChild(el("p", edge.etype + " · " + (view.edges.get(edge.id) || 0) + " of " +
                                 edge.items.length + " shown"));
      if (edge.kind === "event") {
        listSection("Events", edge.items.map((id) => events.get(id)).sort(byDate).map((e) => () => eventItem(e, view)));
      } else {
        listSection("Evidence", edge.items.flatMap((id) => relationItems(relations.get(id)).map((li) => () => li)));
      }
    } else {
      const evs = sel.ids.map((id) => events.get(id)).sort(byDate);
      detailTitle.textContent = evs.length === 1 ? evs[0].type + " event" : evs.length + " events";
      listSection("Events", evs.map((e) => () => eventItem(e, view)));
    }
  }

  // ---- header: counts, search, dates; left: type filters and legend ----

  const countsBox = document.getElementById("counts");
  function showCounts(view) {
    const shownLinks = view.edges.size;
    countsBox.textContent = view.actors.size + " of " + Object.keys(actors).length + " actors · " +
      shownLinks + " of " + net.edges.length + " links · " + view.events.size + " of " + data.events.length + " events";
    Object.assign(countsBox.dataset, {actors: view.actors.size, links: shownLinks, events: view.events.size,
                                      marks: view.marks.size});
  }

  const SVG = "http://www.w3.org/2000/svg";
  function glyph(shape, colour) {
    const svg = document.createElementNS(SVG, "svg");
    svg.setAttribute("width", "14");
    svg.setAttribute("height", "14");
    svg.setAttribute("viewBox", "-7 -7 14 14");
    const polygons = {
      triangle: "0,-6 6,5 -6,5", triangleDown: "0,6 6,-5 -6,-5", diamond: "0,-6 6,0 0,6 -6,0",
      hexagon: "6,0 3,5.2 -3,5.2 -6,0 -3,-5.2 3,-5.2",
      star: "0,-6.5 1.6,-2 6.3,-2 2.5,0.8 3.9,5.3 0,2.6 -3.9,5.3 -2.5,0.8 -6.3,-2 -1.6,-2",
    };
    let shapeNode;
    if (polygons[shape]) {
      shapeNode = document.createElementNS(SVG, "polygon");
      shapeNode.setAttribute("points", polygons[shape]);
    } else if (shape === "square" || shape === "box") {
      shapeNode = document.createElementNS(SVG, "rect");
      for (const [k, v] of [["x", -5], ["y", -5], ["width", 10], ["height", 10], ["rx", shape === "box" ? 2 : 0]]) {
        shapeNode.setAttribute(k, v);
      }
    } else {
      shapeNode = document.createElementNS(SVG, "ellipse");
      shapeNode.setAttribute("rx", shape === "ellipse" ? 6.5 : 5.5);
      shapeNode.setAttribute("ry", shape === "ellipse" ? 4 : 5.5);
    }
    shapeNode.setAttribute("fill", colour);
    svg.appendChild(shapeNode);
    return svg;
  }

  function checkbox(container, key, label, n, set, decoration) {
    const row = el("label", null, "check");
    const box = el("input");
    box.type = "checkbox";
    box.checked = set.has(key);
    box.value = key;
    box.dataset.filter = container.id;
    box.addEventListener("change", () => {
      if (box.checked) set.add(key); else set.delete(key);
      refresh();
    });
    row.appendChild(box);
    if (decoration) row.appendChild(decoration);
    row.appendChild(document.createTextNode(label));
    row.appendChild(el("span", n, "n"));
    container.appendChild(row);
  }

  const actorTypeBox = document.getElementById("actor-types");
  for (const [type, style] of Object.entries(data.actor_types)) {
    if (actorTypeCounts.has(type)) {
      checkbox(actorTypeBox, type, type.replace("_", " "), actorTypeCounts.get(type), state.actorTypes,
               glyph(style.shape, style.colour));
    }
  }
  for (const type of actorTypeCounts.keys()) {
    if (!(type in data.actor_types)) checkbox(actorTypeBox, type, type, actorTypeCounts.get(type), state.actorTypes, glyph("dot", "#999999"));
  }
  const eventTypeBox = document.getElementById("event-types");
  const eventOrder = Object.keys(data.event_types).concat([...eventTypeCounts.keys()].filter((t) => !(t in data.event_types)));
  for (const type of eventOrder) {
    if (!eventTypeCounts.has(type)) continue;
    const swatch = el("span", null, "swatch");
    swatch.style.background = data.event_types[type] ? data.event_types[type].colour : "#757575";
    checkbox(eventTypeBox, type, type, eventTypeCounts.get(type), state.eventTypes, swatch);
  }
  const relationTypeBox = document.getElementById("relation-types");
  for (const type of [...relationTypeCounts.keys()].sort()) {
    checkbox(relationTypeBox, type, type.replace(/_/g, " "), relationTypeCounts.get(type), state.relationTypes, null);
  }
  const unlinkedBox = document.getElementById("unlinked");
  unlinkedBox.checked = state.unlinked;
  unlinkedBox.addEventListener("change", () => { state.unlinked = unlinkedBox.checked; refresh(); });

  // the legend of the links: line style by kind, colour by event class
  (function edgeLegend() {
    const box = document.getElementById("edge-legend");
    function row(colour, dashed, text) {
      const svg = document.createElementNS(SVG, "svg");
      svg.setAttribute("width", "28");
      svg.setAttribute("height", "10");
      const path = document.createElementNS(SVG, "line");
      for (const [k, v] of [["x1", 1], ["y1", 5], ["x2", 27], ["y2", 5], ["stroke", colour], ["stroke-width", 2]]) {
        path.setAttribute(k, v);
      }
      if (dashed) path.setAttribute("stroke-dasharray", "5 3");
      svg.appendChild(path);
      const div = el("div");
      div.appendChild(svg);
      div.appendChild(document.createTextNode(text));
      box.appendChild(div);
    }
    row(data.relation_colour, false, "relation");
    const classes = new Map();
    for (const t of Object.values(data.event_types)) classes.set(t.class, t.colour);
    for (const [name, colour] of classes) row(colour, true, "event: " + name);
    box.appendChild(el("div", "width: how many; size of a node: events and relations it takes part in", "meta"));
  })();

  // dates: the inputs speak ISO dates, the filters days since 1970-01-01
  const fromBox = document.getElementById("date-from");
  const toBox = document.getElementById("date-to");
  const undatedBox = document.getElementById("undated");
  const toDay = (value) => (value ? Math.floor(Date.parse(value + "T00:00:00Z") / 864e5) : null);
  const fromDay = (day) => new Date(day * 864e5).toISOString().slice(0, 10);
  const dated = data.events.filter((e) => e.t0 !== null);
  if (dated.length) {
    const first = fromDay(Math.min(...dated.map((e) => e.t0)));
    const last = fromDay(Math.max(...dated.map((e) => e.t1)));
    for (const box of [fromBox, toBox]) { box.min = first; box.max = last; }
  }
  function datesChanged() {
    state.from = toDay(fromBox.value);
    state.to = toDay(toBox.value);
    state.undated = undatedBox.checked;
    refresh();
    fitTimeline();
  }
  for (const box of [fromBox, toBox, undatedBox]) box.addEventListener("change", datesChanged);

  document.getElementById("reset").addEventListener("click", () => {
    fromBox.value = toBox.value = "";
    undatedBox.checked = true;
    for (const box of document.querySelectorAll("#filters input[type=checkbox][data-filter]")) box.checked = true;
    // the checkboxes hold these very sets: refill them rather than replace them
    for (const [set, counts] of [[state.actorTypes, actorTypeCounts], [state.eventTypes, eventTypeCounts],
                                 [state.relationTypes, relationTypeCounts]]) {
      for (const key of counts.keys()) set.add(key);
    }
    state.from = state.to = null;
    state.undated = true;
    state.selection = null;
    refresh();
    fitNetwork();
    fitTimeline();
  });
  // search: exact name, then alias, then the start of a name, then anywhere; busiest actor first
  const searchBox = document.getElementById("search");
  const searchStatus = document.getElementById("search-status");
  const ranked = Object.values(actors).sort((a, b) => b.involvement - a.involvement || (a.name < b.name ? -1 : 1));
  const nameList = document.getElementById("actor-names");
  for (const a of ranked) {
    const option = document.createElement("option");
    option.value = a.name;
    nameList.appendChild(option);
  }
  function findActor(query) {
    const q = query.trim().toLowerCase();
    if (!q) return null;
    const tests = [
      (a) => a.name.toLowerCase() === q,
      (a) => a.aliases.some((x) => x.toLowerCase() === q),
      (a) => a.name.toLowerCase().startsWith(q),
      (a) => a.name.toLowerCase().includes(q) || a.aliases.some((x) => x.toLowerCase().includes(q)),
    ];
    for (const test of tests) {
      const hit = ranked.find(test);
      if (hit) return hit;
    }
    return null;
  }
  function search() {
    const hit = findActor(searchBox.value);
    if (!searchBox.value.trim()) { searchStatus.textContent = ""; return; }
    if (!hit) { searchStatus.textContent = "no actor matches"; return; }
    searchStatus.textContent = "";
    select({kind: "actor", id: hit.id});
    focusActor(hit.id);
  }
  searchBox.addEventListener("change", search);
  searchBox.addEventListener("keydown", (e) => { if (e.key === "Enter") search(); });

  // ---- viewports ----

  // whether a canvas point is well inside the view's box
  function inView(view, containerId, point) {
    const box = document.getElementById(containerId);
    const p = view.canvasToDOM(point);
    return p.x > 30 && p.y > 30 && p.x < box.clientWidth - 30 && p.y < box.clientHeight - 30;
  }

  // bring an actor into both views, moving a view only when the actor is out of it
  function focusActor(id) {
    if (current.view.actors.has(id) && !inView(network, "network", network.getPosition(id))) {
      network.focus(id, {scale: Math.max(network.getScale(), 0.8), animation: false});
    }
    if (laneY.has(id)) {
      const pos = timeline.getViewPosition();
      if (!inView(timeline, "timeline", {x: pos.x, y: laneY.get(id)})) {
        timeline.moveTo({position: {x: pos.x, y: laneY.get(id)}, scale: timeline.getScale(), animation: false});
      }
    }
  }

  function fitNetwork() {
    network.fit({nodes: [...current.view.actors], maxZoomLevel: 1.5, animation: false});
  }

  // A long timeline opens on its busiest lanes at a readable scale, from its first date.
  function fitTimeline() {
    const box = document.getElementById("timeline");
    const shownMarks = [...current.view.marks];
    if (!shownMarks.length) return;
    if (laneY.size <= 14) {
      timeline.fit({nodes: shownMarks.concat([...laneY.keys()].map(laneNodeId)), maxZoomLevel: 1.2, animation: false});
      // room on the right for the words beside the last marks, and below the pinned axis
      const scale = timeline.getScale() * 0.88;
      const pos = timeline.getViewPosition();
      timeline.moveTo({position: {x: pos.x + 40 / scale, y: pos.y - 12 / scale}, scale: scale, animation: false});
      return;
    }
    const scale = Math.min(1, Math.max(0.5, (box.clientHeight - 30) / (10 * LANE)));
    // a few events dated decades back would leave the opening view empty: start where the
    // earliest twentieth of the shown events lies (the lane names stay pinned on the left)
    const xs = [];
    for (const id of shownMarks) { const m = markById.get(id); for (let i = 0; i < m.items.length; i++) xs.push(m.x); }
    xs.sort((a, b) => a - b);
    const early = xs[Math.floor(xs.length * 0.05)];
    const left = early > 400 ? early - 60 : LABEL_X - line.label_width / 2 - 10;
    timeline.moveTo({position: {x: left + box.clientWidth / 2 / scale,
                                y: -LANE / 2 - 26 / scale + box.clientHeight / 2 / scale},
                     scale: scale, animation: false});
  }
  performance.mark("newsgraph:timeline");
  // a view whose box changes size (window, panel) is measured and drawn again at once
  if (window.ResizeObserver) {
    for (const [view, id] of [[network, "network"], [timeline, "timeline"]]) {
      new ResizeObserver(() => { view.setSize("100%", "100%"); view.redraw(); }).observe(document.getElementById(id));
    }
  }
  document.getElementById("fit-network").addEventListener("click", fitNetwork);
  document.getElementById("fit-timeline").addEventListener("click", fitTimeline);
  if (!net.physics) fitNetwork();
  fitTimeline();
  performance.mark("newsgraph:views");

  refresh();
  performance.mark("newsgraph:linked");

  // A small read-only window on the page's state, for scripts and tests that drive it.
  window.newsgraph = {
    select: select,
    selection: () => state.selection,
    shown: () => {
      const v = current.view;
      return {actors: [...v.actors].sort(), events: [...v.events].sort(), links: [...v.edges.keys()].sort(),
              marks: [...v.marks].sort(), lanes: [...v.lanes].sort()};
    },
    lit: () => {
      const hl = current.hl;
      if (!hl) return null;
      return {actors: [...hl.actors].sort(), lanes: [...hl.focus].filter((a) => laneY.has(a)).sort(),
              events: [...hl.events].sort(), links: [...hl.edges].sort(),
              marks: timeline.getSelectedNodes().filter((id) => markById.has(id)).sort()};
    },
    // page coordinates of a node or a straight edge, to point the mouse at it
    where: (viewName, id) => {
      const view = viewName === "network" ? network : timeline;
      const box = document.getElementById(viewName).getBoundingClientRect();
      const edge = view.body.edges[id];
      // an edge: the middle of the straight line between its two ends
      const at = edge ? {x: (edge.from.x + edge.to.x) / 2, y: (edge.from.y + edge.to.y) / 2} : view.getPosition(id);
      const p = view.canvasToDOM(at);
      return {x: box.left + p.x, y: box.top + p.y};
    },
    // the timeline marks that show an event
    marksOf: (eventId) => (marksByEvent.get(eventId) || []).slice(),
    network: network,
    timeline: timeline,
  };
})();
