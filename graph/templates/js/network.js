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
  nodes: {scaling: {min: 8, max: 40, label: {enabled: true, min: 12, max: 24, drawThreshold: 7}},
          font: {size: 13, strokeWidth: 3, strokeColor: "#ffffff"}, borderWidth: 1, borderWidthSelected: 3},
  edges: {smooth: false, scaling: {min: 1, max: 9, label: {enabled: false}}, selectionWidth: 2, hoverWidth: 1},
  interaction: {hover: true, tooltipDelay: 150, hideEdgesOnDrag: true, navigationButtons: false, keyboard: false,
                multiselect: false},
});
const tips = new Map();   // tooltip element per item, filled the first time it is hovered
const applied = new Map();  // the look last sent per item: only changes go to vis-network

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

function tipBox(key) {
  let box = tips.get(key);
  if (!box) { box = document.createElement("div"); tips.set(key, box); }
  return box;
}

registerView({
  name: "network",
  update(m) {
    const lit = m.lit;
    const wanted = new Set(m.shown);
    const gone = netNodes.getIds().filter((id) => !wanted.has(id));
    if (gone.length) { netNodes.remove(gone); for (const id of gone) applied.delete("n" + id); }
    const nodes = [];
    for (const a of m.shown) {
      const dim = lit && !lit.actors.has(a);
      const colour = nodeColour(a);
      const sig = colour + dim + m.activity[a];
      if (applied.get("n" + a) === sig) continue;
      applied.set("n" + a, sig);
      const style = data.actor_types[A.type[a]];
      nodes.push({id: a, label: A.name[a], x: A.x[a], y: A.y[a], shape: style.shape, value: Math.max(1, m.activity[a]),
                  color: {background: colour, border: style.colour, highlight: {background: colour, border: "#212121"}},
                  borderWidth: 2, opacity: dim ? 0.2 : 1, font: {color: dim ? "#b0bec5" : "#212121"},
                  title: tipBox("n" + a)});
    }
    if (nodes.length) netNodes.update(nodes);
    const goneLinks = netEdges.getIds().filter((id) => !m.links.has(id));
    if (goneLinks.length) { netEdges.remove(goneLinks); for (const id of goneLinks) applied.delete("e" + id); }
    const edges = [];
    for (const l of m.links.values()) {
      const look = lit ? (lit.links.has(l.key) ? "lit" : "dim") : "plain";
      const colour = linkColour(l);
      const sig = look + l.n + colour;
      if (applied.get("e" + l.key) === sig) continue;
      applied.set("e" + l.key, sig);
      tips.delete("e" + l.key);   // its evidence depends on the filters
      edges.push({id: l.key, from: l.a, to: l.b, value: l.n, dashes: l.relations === 0,
                  color: {color: colour, highlight: colour, hover: colour,
                          opacity: look === "dim" ? 0.08 : look === "lit" ? 1 : 0.7},
                  title: tipBox("e" + l.key)});
    }
    if (edges.length) netEdges.update(edges);
    network.setSelection({nodes: lit ? [...lit.focus].filter((a) => wanted.has(a)) : [],
                          edges: lit ? [...lit.links].filter((k) => m.links.has(k)) : []},
                         {unselectAll: true, highlightEdges: false});
  },
});

network.on("hoverNode", (p) => { const box = tipBox("n" + p.node); if (!box.firstChild) actorTip(box, p.node); });
network.on("hoverEdge", (p) => {
  const box = tipBox("e" + p.edge);
  const l = model.links.get(p.edge);
  if (l && !box.firstChild) linkTip(box, l.a, l.b, model);
});
network.on("click", (p) => {
  if (p.nodes.length) expand(p.nodes[0]);
  else if (p.edges.length) {
    const l = model.links.get(p.edges[0]);
    if (l) setState({selection: {kind: "link", a: l.a, b: l.b}});
  } else setState({selection: null});
});

function fitNetwork() {
  network.fit({nodes: model.shown, maxZoomLevel: 1.5, animation: false});
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
