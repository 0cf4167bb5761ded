// Opening the page: the first model for every view, the network fitted to the
// overview, and a mark on <body> once both views have drawn: data-drawn="1"
// (and window.newsgraphReady, with the time in newsgraphReadyAt) for tests and
// benchmarks. Then a small window on the page's state for scripts and tests.

performance.mark("newsgraph:indexed");
refresh();
performance.mark("newsgraph:views");

function drawn() {
  performance.mark("newsgraph:drawn");
  window.newsgraphReadyAt = performance.now();
  window.newsgraphReady = true;
  document.body.dataset.drawn = "1";
}
// the lanes drew synchronously in refresh(); the network draws on its next frame, and
// once drawn (its names measured) it is fitted to the overview and drawn so
network.once("afterDrawing", () => {
  fitNetwork();
  network.once("afterDrawing", drawn);
  network.redraw();
});
network.redraw();

// a view whose box changes size is measured and drawn again
if (window.ResizeObserver) {
  new ResizeObserver(() => { drawStrip(); countLanes(model); drawLanes(); }).observe(laneBox);
  new ResizeObserver(() => drawRows()).observe(listBox);
  new ResizeObserver(() => drawMap()).observe(mapBox);
}

const idOf = (a) => A.id[a];
function selectionOut(sel) {
  if (!sel) return null;
  if (sel.kind === "actor") return {kind: "actor", id: idOf(sel.actor)};
  if (sel.kind === "link") return {kind: "link", ids: [idOf(sel.a), idOf(sel.b)]};
  return {kind: "events", ids: sel.events.map((e) => E.id[e])};
}
function selectionIn(sel) {
  if (!sel) return null;
  if (sel.kind === "actor") return {kind: "actor", actor: actorIndex.get(sel.id)};
  if (sel.kind === "link") return {kind: "link", a: actorIndex.get(sel.ids[0]), b: actorIndex.get(sel.ids[1])};
  return {kind: "events", events: sel.ids.map((id) => eventIndex.get(id))};
}

window.newsgraph = {
  select: (sel) => setState({selection: selectionIn(sel)}),
  expand: (id) => expand(actorIndex.get(id)),
  brush: (from, to) => setState({from: dayOf(from), to: dayOf(to)}),
  selection: () => selectionOut(state.selection),
  window: () => [state.from === null ? null : dayText(state.from), state.to === null ? null : dayText(state.to)],
  trail: () => state.trail.map((s) => idOf(s.actor)),
  area: (area) => setState({area: area || null}),
  // the map's dots: a place's name, how many events, whether the selection lights it, where it is on the page
  dots: () => [...mapBox.querySelectorAll("circle.dot")].map((c) => {
    const box = c.getBoundingClientRect();
    return {place: str(P.name[Number(c.dataset.place)]), events: Number(c.dataset.events), lit: c.dataset.lit === "1",
            x: box.left + box.width / 2, y: box.top + box.height / 2};
  }),
  shown: () => ({actors: model.shown.map(idOf).sort(), events: model.events.map((e) => E.id[e]).sort(),
                 links: [...model.links.values()].map((l) => [idOf(l.a), idOf(l.b)].sort().join("|")).sort(),
                 lanes: lanes.list.map(idOf)}),
  lit: () => (model.lit ? {actors: [...model.lit.actors].map(idOf).sort(), events: [...model.lit.events].map((e) => E.id[e]).sort()} : null),
  // page coordinates of an actor in the network, of a day on the strip, of an actor's lane
  where: (view, what) => {
    if (view === "network") {
      const p = network.canvasToDOM(network.getPosition(actorIndex.get(what)));
      const box = networkBox.getBoundingClientRect();
      return {x: box.left + p.x, y: box.top + p.y};
    }
    if (view === "strip") {
      const box = stripCanvas.getBoundingClientRect();
      return {x: box.left + stripX(dayOf(what)), y: box.top + box.height / 2};
    }
    const box = laneCanvas.getBoundingClientRect();
    const i = lanes.list.indexOf(actorIndex.get(what));
    return i < 0 ? null : {x: box.left + 20, y: box.top + laneRowY(i) + LANE_H / 2};
  },
  // the marks on an actor's lane: their events and where they are on the page
  cells: (id) => {
    const i = lanes.list.indexOf(actorIndex.get(id));
    if (i < 0) return [];
    const box = laneCanvas.getBoundingClientRect();
    return lanes.cells[i].map((cell) => {
      const b = cellBox(i, cell);
      return {events: cell.events.map((e) => E.id[e]), x: box.left + b.x + b.w / 2, y: box.top + b.y + b.h / 2};
    });
  },
  // for checking that every actor is one search or one click away
  allActors: () => A.id.slice(),
  name: (id) => A.name[actorIndex.get(id)],
  find: (query) => { const a = findActor(query); return a < 0 ? null : idOf(a); },
  linkedTo: (id) => neighbours(actorIndex.get(id), model).slice(0, MAX_LIST).map(([b]) => idOf(b)),
  network: network,
};
