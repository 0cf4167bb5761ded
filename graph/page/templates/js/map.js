// The map: the world's country outlines (Natural Earth, embedded) in an
// equirectangular projection, and the events under the filters as dots at their
// place, sized by how many and coloured by their most frequent quad class. The
// selection lights its places; a drag draws an area whose events alone pass the
// filters (in every view) until it is cleared. The wheel zooms, a shift-drag pans. SVG built through DOM calls: a
// place name only ever reaches the page as text.

const mapBox = document.getElementById("map");
const mapTip = document.getElementById("map-tip");
const mapNote = document.getElementById("map-note");
const clearArea = document.getElementById("clear-area");
const mapWorldButton = document.getElementById("map-world");
const P = data.places;
const NP = P.lat.length;
const WORLD = [-180, -90, 360, 180];   // x, y, width, height: longitude, minus latitude
const mapView = {box: WORLD, world: false, dots: [], circles: [], counted: null, brush: null, pan: null};

function svgNode(tag, attrs) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
  return node;
}

const mapSvg = svgNode("svg", {preserveAspectRatio: "xMidYMid meet", role: "img"});
mapSvg.setAttribute("aria-label", "Map of the events' places");
const seaRect = svgNode("rect", {x: -180, y: -90, width: 360, height: 180, class: "sea"});
const landPath = svgNode("path", {class: "land"});
const dotLayer = svgNode("g");
const brushRect = svgNode("rect", {class: "brush"});
brushRect.style.display = "none";
mapSvg.append(seaRect, landPath, dotLayer, brushRect);
mapBox.appendChild(mapSvg);

// the outline: one path, its numbers decoded from tenths of a degree, each point after the first as a step
(function outline() {
  const parts = [];
  for (const ring of data.world) {
    let x = 0, y = 0;
    const points = [];
    for (let i = 0; i < ring.length; i += 2) {
      x += ring[i]; y += ring[i + 1];
      points.push((x / 10).toFixed(1) + " " + (-y / 10).toFixed(1));
    }
    parts.push("M" + points.join("L") + "Z");
  }
  landPath.setAttribute("d", parts.join(""));
})();

// the box the map opens on: every located place, with a margin, or the world
function placesBox() {
  if (!NP) return WORLD;
  let w = 180, e = -180, s = 90, n = -90;
  for (let p = 0; p < NP; p++) {
    w = Math.min(w, P.lon[p]); e = Math.max(e, P.lon[p]);
    s = Math.min(s, P.lat[p]); n = Math.max(n, P.lat[p]);
  }
  const padX = Math.max(8, (e - w) * 0.15), padY = Math.max(5, (n - s) * 0.15);
  w = Math.max(-180, w - padX); e = Math.min(180, e + padX);
  s = Math.max(-90, s - padY); n = Math.min(90, n + padY);
  return [w, -n, e - w, n - s];
}

function showBox(box) {
  // kept inside the world, no smaller than a few degrees
  let [x, y, w, h] = box;
  w = Math.max(4, Math.min(360, w)); h = Math.max(2, Math.min(180, h));
  x = Math.max(-180, Math.min(180 - w, x)); y = Math.max(-90, Math.min(90 - h, y));
  mapView.box = [x, y, w, h];
  mapSvg.setAttribute("viewBox", mapView.box.map((v) => v.toFixed(3)).join(" "));
}

function setMapBox(world) {
  mapView.world = world;
  showBox(world ? WORLD : placesBox());
  mapWorldButton.textContent = world ? "fit places" : "whole world";
  drawMap();
}

// degrees per screen pixel, so dots keep their size in pixels whatever the box
function unitsPerPixel() {
  const w = mapBox.clientWidth || 1, h = mapBox.clientHeight || 1;
  return Math.max(mapView.box[2] / w, mapView.box[3] / h);
}

function countPlaces(m) {
  const byPlace = new Map();
  for (const e of m.events) {
    const p = E.pl[e];
    if (p < 0) continue;
    let dot = byPlace.get(p);
    if (!dot) { dot = {place: p, events: [], classes: new Array(NCLASS).fill(0)}; byPlace.set(p, dot); }
    dot.events.push(e);
    dot.classes[eventClass[E.type[e]]] += 1;
  }
  // the biggest drawn first, so the small ones stay on top and clickable
  return [...byPlace.values()].sort((x, y) => y.events.length - x.events.length || x.place - y.place);
}

// what the selection lights: its places outlined, the others faded (the dots themselves stay)
function lightDots() {
  const lit = model ? model.lit : null;
  mapView.dots.forEach((dot, i) => {
    const circle = mapView.circles[i];
    const on = !lit || dot.events.some((e) => lit.events.has(e));
    circle.setAttribute("class", on ? (lit ? "dot lit" : "dot") : "dot faded");
    if (lit && on) circle.dataset.lit = "1";
    else delete circle.dataset.lit;
  });
}

function drawMap() {
  const unit = unitsPerPixel();
  mapView.circles = mapView.dots.map((dot) => {
    const p = dot.place;
    const n = dot.events.length;
    const k = dot.classes.indexOf(Math.max(...dot.classes));
    const circle = svgNode("circle", {cx: P.lon[p], cy: -P.lat[p], r: (3 + 2.2 * Math.sqrt(n)) * unit,
                                      fill: data.classes[k].colour});
    circle.dataset.place = String(p);
    circle.dataset.events = String(n);
    return circle;
  });
  lightDots();
  dotLayer.replaceChildren(...mapView.circles);
  const a = state.area;
  if (a) {
    for (const [k, v] of [["x", a.west], ["y", -a.north], ["width", a.east - a.west], ["height", a.north - a.south]]) {
      brushRect.setAttribute(k, v);
    }
    brushRect.style.display = "";
  } else if (!mapView.brush) {
    brushRect.style.display = "none";
  }
  clearArea.hidden = !a;
  const placed = mapView.dots.reduce((n, d) => n + d.events.length, 0);
  mapNote.textContent = mapView.dots.length + " places, " + placed + " events" + (a ? " · in the area drawn" : "") +
    (NP ? "" : " · no located places");
  mapBox.dataset.dots = String(mapView.dots.length);
  mapBox.dataset.drawn = "1";
}

registerView({
  name: "map",
  update(m) {
    // the dots change with the filters only; a selection just lights them
    if (m.events === mapView.counted) { lightDots(); return; }
    mapView.counted = m.events;
    mapView.dots = countPlaces(m);
    drawMap();
  },
});

// ---- pointing: a dot's events on hover and click, a drag draws an area ----

function mapPoint(ev) {
  const pt = mapSvg.createSVGPoint();
  pt.x = ev.clientX; pt.y = ev.clientY;
  const p = pt.matrixTransform(mapSvg.getScreenCTM().inverse());
  return {lon: Math.max(-180, Math.min(180, p.x)), lat: Math.max(-90, Math.min(90, -p.y))};
}

function dotOf(target) {
  const p = target && target.dataset ? target.dataset.place : undefined;
  return p === undefined ? null : mapView.dots.find((d) => String(d.place) === p) || null;
}

function placeLine(p) {
  const country = str(P.country[p]);
  return (str(P.name[p]) || "?") + (country ? " (" + country + ")" : "");
}

mapSvg.addEventListener("wheel", (ev) => {
  ev.preventDefault();
  const here = mapPoint(ev);
  const [x, y, w, h] = mapView.box;
  const k = Math.exp(Math.max(-1, Math.min(1, ev.deltaY * 0.002)));
  const w2 = Math.max(4, Math.min(360, w * k)), h2 = Math.max(2, Math.min(180, h * k));
  showBox([here.lon - (here.lon - x) * w2 / w, -here.lat - (-here.lat - y) * h2 / h, w2, h2]);
  drawMap();
}, {passive: false});

mapSvg.addEventListener("mousemove", (ev) => {
  if (mapView.pan) {
    const unit = unitsPerPixel();
    const [, , w, h] = mapView.box;
    showBox([mapView.pan.x - (ev.clientX - mapView.pan.cx) * unit, mapView.pan.y - (ev.clientY - mapView.pan.cy) * unit, w, h]);
    return;
  }
  if (mapView.brush) {
    const b = mapView.brush, here = mapPoint(ev);
    const w = Math.min(b.lon, here.lon), e = Math.max(b.lon, here.lon);
    const s = Math.min(b.lat, here.lat), n = Math.max(b.lat, here.lat);
    for (const [k, v] of [["x", w], ["y", -n], ["width", e - w], ["height", n - s]]) brushRect.setAttribute(k, v);
    brushRect.style.display = "";
    mapTip.hidden = true;
    return;
  }
  const dot = dotOf(ev.target);
  if (!dot) { mapTip.hidden = true; return; }
  mapTip.replaceChildren(el("div", placeLine(dot.place) + " · " + dot.events.length + " events", "head"));
  eventsTip(mapTip, dot.events);
  mapTip.hidden = false;
  const view = mapBox.parentElement.getBoundingClientRect();
  const left = Math.min(ev.clientX - view.left + 14, view.width - mapTip.offsetWidth - 4);
  const top = ev.clientY - view.top + 14;
  mapTip.style.left = Math.max(0, left) + "px";
  mapTip.style.top = (top + mapTip.offsetHeight > view.height ? Math.max(0, top - mapTip.offsetHeight - 20) : top) + "px";
});
mapSvg.addEventListener("mouseleave", () => { mapTip.hidden = true; });

mapSvg.addEventListener("mousedown", (ev) => {
  if (ev.button !== 0) return;
  ev.preventDefault();
  if (ev.shiftKey) {
    mapView.pan = {x: mapView.box[0], y: mapView.box[1], cx: ev.clientX, cy: ev.clientY};
    return;
  }
  mapView.brush = Object.assign(mapPoint(ev), {x: ev.clientX, y: ev.clientY, dot: dotOf(ev.target)});
});

window.addEventListener("mouseup", (ev) => {
  mapView.pan = null;
  const b = mapView.brush;
  if (!b) return;
  mapView.brush = null;
  if (Math.abs(ev.clientX - b.x) + Math.abs(ev.clientY - b.y) < 4) {
    // a click, not a drag: a dot selects its events
    brushRect.style.display = state.area ? "" : "none";
    if (b.dot) setState({selection: {kind: "events", events: b.dot.events.slice()}});
    return;
  }
  const here = mapPoint(ev);
  setState({area: {west: Math.min(b.lon, here.lon), east: Math.max(b.lon, here.lon),
                   south: Math.min(b.lat, here.lat), north: Math.max(b.lat, here.lat)}});
});

clearArea.addEventListener("click", () => setState({area: null}));
mapWorldButton.addEventListener("click", () => setMapBox(!mapView.world));
setMapBox(false);
