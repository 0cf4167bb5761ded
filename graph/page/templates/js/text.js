// Text helpers shared by the views. Safety: every string from a document
// reaches the page as a DOM text node (textContent, createTextNode,
// option.value) or as canvas text; none is ever parsed as HTML.

function el(tag, text, cls) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = String(text);
  if (cls) node.className = cls;
  return node;
}
const actorName = (a) => A.name[a];
const names = (list) => (list.length ? list.map(actorName).join(", ") : "—");
const typeName = (a) => data.actor_types[A.type[a]].name;
const eventColour = (e) => data.event_types[E.type[e]].colour;
const dayText = (day) => new Date(day * 864e5).toISOString().slice(0, 10);
const dayOf = (iso) => (iso ? Math.floor(Date.parse(iso + "T00:00:00Z") / 864e5) : null);

// "doc-id — Title · Source (2026-03-01)": the document behind every fact
function docLine(d) {
  if (d < 0) return "doc ?";
  let text = "doc " + D.id[d];
  if (str(D.title[d])) text += " — " + str(D.title[d]);
  if (str(D.source[d])) text += " · " + str(D.source[d]);
  return text + " (" + (str(D.date[d]) || "undated") + ")";
}

function eventHead(e) {
  const date = str(E.date[e]), end = str(E.date_end[e]), mode = str(E.mode[e]), said = str(E.date_text[e]);
  let text = (date || "undated") + (end ? " – " + end : "") + " · " + data.event_types[E.type[e]].name + (mode ? "/" + mode : "");
  if (said) text += " (“" + said + "”)";
  return text;
}

function eventFlags(e) {
  const f = E.flags[e];
  return [f & DISPUTED ? "disputed figures" : "", f & CLAIM ? "claim" : "", f & NEGATED ? "negated" : "",
          f & HISTORICAL ? "historical context" : ""].filter(Boolean).join(", ");
}

// a figure's count: "12", "10–15", "at least 25"
function figureCount(f) {
  const low = data.figures.min[f], high = data.figures.max[f];
  if (high === null) return "at least " + low;
  return low === high ? String(low) : low + "–" + high;
}

// every reporter's casualty figure of an event, side by side: one row per figure
function figureTable(e) {
  const list = E.figures[String(e)] || [];
  if (!list.length) return null;
  const F = data.figures;
  const table = el("table", null, "figures");
  const head = el("tr");
  for (const name of ["Reported by", "Kind", "Count", "Victims", "Document"]) head.appendChild(el("th", name));
  table.appendChild(head);
  for (const f of list) {
    const row = el("tr");
    row.dataset.figure = String(f);
    const who = el("td", null, "reporter");
    who.appendChild(F.by[f] >= 0 ? actorButton(F.by[f]) : el("span", "stated as fact", "meta"));
    row.appendChild(who);
    row.appendChild(el("td", str(F.kind[f]), "kind"));
    const count = el("td", figureCount(f), "count");
    if (str(F.text[f])) count.title = "“" + str(F.text[f]) + "”";
    row.appendChild(count);
    row.appendChild(el("td", str(F.victims[f]) || "—", "victims"));
    row.appendChild(el("td", F.doc[f] >= 0 ? D.id[F.doc[f]] : "?", "meta doc"));
    table.appendChild(row);
  }
  return table;
}

// every report of an event: [document, sentence], the first report first
function reports(e) {
  const many = E.reports[String(e)];
  return many ? many.map(([d, s]) => [d, data.texts[s]]) : [[E.doc[e], data.texts[E.s[e]]]];
}

function evidenceLines(box, sentence, d) {
  box.appendChild(el("div", sentence, "evidence"));
  box.appendChild(el("div", docLine(d), "meta"));
}

function actorTip(box, a) {
  box.appendChild(el("div", A.name[a] + " (" + typeName(a).replace("_", " ") +
                            (str(A.country[a]) ? ", " + str(A.country[a]) : "") + ")", "head"));
  box.appendChild(el("div", eventsOf[a].length + " events, " + relationsOf[a].length + " relations, " +
                            A.mentions[a] + " mentions · community " + (A.comm[a] + 1), "meta"));
  const first = eventsOf[a][0];
  const rel = relationsOf[a][0];
  if (first !== undefined) evidenceLines(box, data.texts[E.s[first]], E.doc[first]);
  else if (rel !== undefined) evidenceLines(box, data.texts[R.ev[rel][1]], R.ev[rel][0]);
  else if (A.docs[a].length) box.appendChild(el("div", docLine(A.docs[a][0]), "meta"));
}

function eventsTip(box, list) {
  list.slice(0, 3).forEach((e) => {
    box.appendChild(el("div", eventHead(e), "head"));
    box.appendChild(el("div", names(E.src[e]) + " → " + names(E.tgt[e]), "meta"));
    evidenceLines(box, data.texts[E.s[e]], E.doc[e]);
  });
  if (list.length > 3) box.appendChild(el("div", "… and " + (list.length - 3) + " more", "more"));
}

// the events and relations behind a link between two actors, under the filters
function linkItems(a, b, m) {
  const evs = eventsOf[a].filter((e) => m.eventMask[e] && linksPair(e, a, b));
  const rels = relationsOf[a].filter((r) => m.relationMask[r] && (R.src[r] === b || R.tgt[r] === b));
  return {events: evs, relations: rels};
}

function linkTip(box, a, b, m) {
  const items = linkItems(a, b, m);
  box.appendChild(el("div", A.name[a] + " — " + A.name[b] + " · " + items.events.length + " events, " +
                            items.relations.length + " relations", "head"));
  for (const r of items.relations.slice(0, 2)) {
    box.appendChild(el("div", A.name[R.src[r]] + " " + data.relation_types[R.type[r]].replace(/_/g, " ") + " " +
                              A.name[R.tgt[r]], "meta"));
    evidenceLines(box, data.texts[R.ev[r][1]], R.ev[r][0]);
  }
  eventsTip(box, items.events);
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
  let node;
  if (polygons[shape]) {
    node = document.createElementNS(SVG, "polygon");
    node.setAttribute("points", polygons[shape]);
  } else if (shape === "square" || shape === "box") {
    node = document.createElementNS(SVG, "rect");
    for (const [k, v] of [["x", -5], ["y", -5], ["width", 10], ["height", 10], ["rx", shape === "box" ? 2 : 0]]) {
      node.setAttribute(k, v);
    }
  } else {
    node = document.createElementNS(SVG, "ellipse");
    node.setAttribute("rx", shape === "ellipse" ? 6.5 : 5.5);
    node.setAttribute("ry", shape === "ellipse" ? 4 : 5.5);
  }
  node.setAttribute("fill", colour);
  svg.appendChild(node);
  return svg;
}
