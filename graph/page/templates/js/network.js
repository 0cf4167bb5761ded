// The network: the shown actors (the overview plus what was brought in) at the
// positions laid out at build time, one link per pair of actors, drawn by
// vis-network. Only the shown actors are ever in vis-network's data sets, so
// the view costs the same at any corpus size.

const networkBox = document.getElementById("network");
const netNodes = new vis.DataSet();
const netEdges = new vis.DataSet();
const network = new vis.Network(networkBox, {nodes: netNodes, edges: netEdges}, {
  autoResize: true,
  layout: {improvedLayout: false, randomSeed: 7},
  physics: {enabled: false},
  nodes: {font: {size: 22, strokeWidth: 0, background: "rgba(255,255,255,0.75)", color: "#212121"}, borderWidth: 2,
          borderWidthSelected: 4, opacity: 1},
  edges: {smooth: false, selectionWidth: 2, hoverWidth: 1, color: {opacity: 0.7}},
  interaction: {hover: true, tooltipDelay: 150, hideEdgesOnDrag: true, navigationButtons: false, keyboard: false,
                multiselect: false},
});
// vis-network's data sets restyle slowly (every change re-runs its bookkeeping), so a
// click must not go through them: what the selection dims is dimmed by the shared
// options, and what it lights up (and what it lit before) is restyled in place.
const DIM = {node: 0.22, font: "#b0bec5", edge: 0.08};
const applied = new Map();  // the look last sent per item
const networkNote = document.getElementById("network-note");
let dimmed = false;
const emphasised = {n: new Map(), e: new Map()};   // item id → whether it is lit, for items restyled in place

function nodeColour(a) {
  if (state.colourBy === "type") return data.actor_types[A.type[a]].colour;
  const palette = data.community_colours;
  return palette[Math.min(A.comm[a], palette.length - 1)];
}

function linkColour(l) {
  // the quad class with most events, else the relations' colour
  let best = -1, n = 0;
  l.classes.forEach((c, i) => { if (c > n) { n = c; best = i; } });
  return best < 0 || l.relations > n ? data.relation_colour : data.classes[best].colour;
}

// size by how much the actor takes part in across the corpus; width by how many events and relations
const nodeSize = (a) => Math.min(40, 7 + 3.2 * Math.log2(1 + A.inv[a]));
const linkWidth = (n) => Math.min(10, 1 + Math.round(2 * Math.log2(n)) / 2);

// names written on the canvas: the busiest actors and those brought in (others on hover);
// a hundred and fifty overlapping names would hide each other and slow every drawing
const LABELLED = 60;
let labelled = new Set();

function nodeItem(a) {
  const style = data.actor_types[A.type[a]];
  const colour = nodeColour(a);
  return {id: a, label: labelled.has(a) ? A.name[a] : " ", x: A.x[a], y: A.y[a], shape: style.shape, size: nodeSize(a),
          color: {background: colour, border: style.colour, highlight: {background: colour, border: "#212121"},
                  hover: {background: colour, border: "#212121"}}};
}

function edgeItem(l) {
  const colour = linkColour(l);
  return {id: l.key, from: l.a, to: l.b, width: linkWidth(l.n), dashes: l.relations === 0,
          color: {color: colour, highlight: colour, hover: colour}};
}

// one item lit, or put back to the shared look, in place
function emphasise(kind, id, on) {
  const item = (kind === "n" ? network.body.nodes : network.body.edges)[id];
  if (!item) return;
  emphasised[kind].set(id, on);
  if (kind === "n") {
    item.setOptions({id: id, opacity: on || !dimmed ? 1 : DIM.node, font: {color: on || !dimmed ? "#212121" : DIM.font}});
  } else {
    item.setOptions({id: id, color: {opacity: on ? 1 : dimmed ? DIM.edge : 0.7}});
  }
}

// the links drawn: the strongest, about two and a half per actor, and every link of the selection
function drawnLinks(m) {
  const all = [...m.links.values()].sort((x, y) => y.n - x.n || x.key - y.key);
  const drawn = all.slice(0, Math.round(2.5 * m.shown.length));
  if (m.lit) {
    const have = new Set(drawn.map((l) => l.key));
    for (const l of all) if (!have.has(l.key) && m.lit.links.has(l.key)) drawn.push(l);
  }
  return drawn;
}

// the data set brought in line with what is wanted: items gone, new, or with a new look
function sync(dataset, kind, wanted, makeItem, signature) {
  const gone = dataset.getIds().filter((id) => !wanted.has(id));
  if (gone.length) {
    dataset.remove(gone);
    for (const id of gone) { applied.delete(kind + id); emphasised[kind].delete(id); }
  }
  const changed = [];
  for (const [id, thing] of wanted) {
    const sig = signature(thing);
    if (applied.get(kind + id) === sig) continue;
    applied.set(kind + id, sig);
    changed.push(makeItem(thing));
  }
  if (changed.length) dataset.update(changed);
}

registerView({
  name: "network",
  update(m) {
    const lit = m.lit;
    // one drawing for the whole change, not one per data set operation
    network.body.emitter.emit("_blockRedraw");
    const links = drawnLinks(m);
    labelled = new Set(m.shown.slice(0, LABELLED));
    for (const step of state.trail) { labelled.add(step.actor); for (const b of step.shown) labelled.add(b); }
    sync(netNodes, "n", new Map(m.shown.map((a) => [a, a])), nodeItem, (a) => nodeColour(a) + labelled.has(a));
    sync(netEdges, "e", new Map(links.map((l) => [l.key, l])), edgeItem,
         (l) => linkWidth(l.n) + linkColour(l) + (l.relations === 0));
    const flip = !!lit !== dimmed;
    if (flip) {
      dimmed = !!lit;
      network.setOptions({nodes: {opacity: dimmed ? DIM.node : 1, font: {color: dimmed ? DIM.font : "#212121"}},
                          edges: {color: {opacity: dimmed ? DIM.edge : 0.7}}});
    }
    const on = {n: new Set(lit ? [...lit.actors].filter((a) => m.shownMask[a]) : []),
                e: new Set(lit ? links.filter((l) => lit.links.has(l.key)).map((l) => l.key) : [])};
    for (const kind of ["n", "e"]) {
      // items restyled before follow the shared look when it flips; the lit ones are lit
      for (const [id, was] of emphasised[kind]) if (flip || (was && !on[kind].has(id))) emphasise(kind, id, false);
      for (const id of on[kind]) if (emphasised[kind].get(id) !== true) emphasise(kind, id, true);
    }
    networkNote.textContent = links.length < m.links.size ? "the " + links.length + " strongest of " + m.links.size +
      " links among the actors shown" : "";
    const sel = state.selection;
    network.setSelection({nodes: lit ? [...lit.focus].filter((a) => m.shownMask[a]) : [],
                          edges: sel && sel.kind === "link" ? [pairKey(sel.a, sel.b)].filter((k) => on.e.has(k)) : []},
                         {unselectAll: true, highlightEdges: false});
    network.body.emitter.emit("_allowRedraw");
    network.body.emitter.emit("_requestRedraw");
  },
});

// tooltips: the page's own box, filled from the data when an item is hovered
const netTip = document.getElementById("network-tip");
function showNetTip(p, fill) {
  netTip.replaceChildren();
  fill(netTip);
  netTip.hidden = false;
  const view = networkBox.parentElement.getBoundingClientRect();
  const box = networkBox.getBoundingClientRect();
  const x = box.left - view.left + p.pointer.DOM.x + 14;
  const y = box.top - view.top + p.pointer.DOM.y + 14;
  netTip.style.left = Math.max(0, Math.min(x, view.width - netTip.offsetWidth - 4)) + "px";
  netTip.style.top = (y + netTip.offsetHeight > view.height ? Math.max(0, y - netTip.offsetHeight - 20) : y) + "px";
}
network.on("hoverNode", (p) => showNetTip(p, (box) => actorTip(box, p.node)));
network.on("hoverEdge", (p) => {
  const l = model.links.get(p.edge);
  if (l) showNetTip(p, (box) => linkTip(box, l.a, l.b, model));
});
for (const name of ["blurNode", "blurEdge", "dragStart", "zoom"]) network.on(name, () => { netTip.hidden = true; });
network.on("click", (p) => {
  if (p.nodes.length) expand(p.nodes[0]);
  else if (p.edges.length) {
    const l = model.links.get(p.edges[0]);
    if (l) setState({selection: {kind: "link", a: l.a, b: l.b}});
  } else setState({selection: null});
});

function fitNetwork() {
  network.fit({nodes: model.shown, maxZoomLevel: 0.7, animation: false});
}
document.getElementById("fit-network").addEventListener("click", fitNetwork);

// bring an actor into view when it is off screen
function focusActor(a) {
  const box = networkBox.getBoundingClientRect();
  if (!netNodes.get(a)) return;
  const p = network.canvasToDOM(network.getPosition(a));
  if (p.x < 30 || p.y < 30 || p.x > box.width - 30 || p.y > box.height - 30) {
    network.focus(a, {scale: Math.max(network.getScale(), 0.6), animation: false});
  }
}
