// The time strip above the lanes: events per day, week, month or year (whichever
// suits the span it covers), stacked by PLOVER quad class, with a brush. Dragging
// on the strip sets the date window of every view; dragging the brush's edges
// resizes it, shift-dragging inside it moves it, a double click goes back to the
// bulk of the events.

const STRIP_LEFT = 170;   // the lanes' label column: the strip's legend sits there
const stripBox = document.getElementById("strip");
const stripCanvas = stripBox.querySelector("canvas");
const strip = {whole: false, lo: 0, hi: 0, drag: null, counts: null, starts: [], unit: "month", undated: 0, key: null};

function binIndex(starts, t) {
  let lo = 0, hi = starts.length - 1;
  if (t < starts[0] || hi < 0) return -1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= t) lo = mid; else hi = mid - 1;
  }
  return lo;
}

// the span the strip covers: the bulk of the events with room around it, or all of it
function stripDomain() {
  if (!data.extent) return null;
  let [lo, hi] = data.extent;
  if (!strip.whole && data.window) {
    const pad = Math.max(15, Math.round((data.window[1] - data.window[0] + 1) * 0.25));
    lo = Math.max(lo, data.window[0] - pad);
    hi = Math.min(hi, data.window[1] + pad);
  }
  if (state.from !== null) lo = Math.min(lo, state.from);
  if (state.to !== null) hi = Math.max(hi, state.to);
  return [lo, hi];
}

const stripWidth = () => Math.max(10, stripCanvas.clientWidth - STRIP_LEFT - 8);
const stripX = (t) => STRIP_LEFT + (t - strip.lo) / (strip.hi + 1 - strip.lo) * stripWidth();
const stripDay = (x) => Math.floor(strip.lo + (x - STRIP_LEFT) / stripWidth() * (strip.hi + 1 - strip.lo));

function countStrip(m) {
  const domain = stripDomain();
  if (!domain) { strip.counts = null; return; }
  const key = m.filterKey + domain.join();
  if (strip.key === key) return;   // a selection changes nothing here
  strip.key = key;
  [strip.lo, strip.hi] = domain;
  strip.unit = unitFor(strip.hi - strip.lo + 1, 160);
  strip.starts = binsOver(strip.lo, strip.hi, strip.unit);
  const counts = strip.starts.map(() => new Array(NCLASS).fill(0));
  let undated = 0;
  for (let e = 0; e < NE; e++) {
    if (!m.kindMask[e]) continue;
    const t = E.t0[e];
    if (t === null) { undated++; continue; }
    if (t < strip.lo || t > strip.hi) continue;
    counts[binIndex(strip.starts, t)][eventClass[E.type[e]]] += 1;
  }
  strip.counts = counts;
  strip.undated = undated;
}

function drawStrip() {
  const {ctx, w, h} = fitCanvas(stripCanvas);
  ctx.font = "11px system-ui, sans-serif";
  ctx.textBaseline = "middle";
  if (!strip.counts) {
    ctx.fillStyle = "#78909c";
    ctx.fillText("no dated events", 8, h / 2);
    return;
  }
  const top = 4, bottom = h - 16;
  const totals = strip.counts.map((c) => c.reduce((x, y) => x + y, 0));
  const most = Math.max(1, ...totals);
  strip.starts.forEach((start, i) => {
    const x0 = stripX(start), x1 = stripX(binNext(start, strip.unit));
    const bw = Math.max(1, x1 - x0 - (x1 - x0 > 3 ? 1 : 0));
    let y = bottom;
    strip.counts[i].forEach((n, c) => {
      if (!n) return;
      const bh = n / most * (bottom - top);
      ctx.fillStyle = data.classes[c].colour;
      ctx.fillRect(x0, y - bh, bw, bh);
      y -= bh;
    });
  });
  // the brush: what is outside it is veiled
  const from = strip.drag ? strip.drag.from : state.from;
  const to = strip.drag ? strip.drag.to : state.to;
  const bx0 = from === null ? STRIP_LEFT : stripX(from);
  const bx1 = to === null ? STRIP_LEFT + stripWidth() : stripX(to + 1);
  ctx.fillStyle = "rgba(236,239,241,0.75)";
  ctx.fillRect(STRIP_LEFT, top, Math.max(0, bx0 - STRIP_LEFT), bottom - top);
  ctx.fillRect(bx1, top, Math.max(0, STRIP_LEFT + stripWidth() - bx1), bottom - top);
  ctx.strokeStyle = "#1565c0";
  ctx.lineWidth = 1.5;
  ctx.strokeRect(bx0, top + 0.5, Math.max(1, bx1 - bx0), bottom - top - 1);
  // the axis: the first day of some bins, as many as fit
  ctx.fillStyle = "#37474f";
  let lastRight = -Infinity;
  for (const start of strip.starts) {
    const label = binLabel(start, strip.unit);
    const x = stripX(start);
    const tw = ctx.measureText(label).width;
    if (x < lastRight + 10) continue;
    ctx.fillText(label, x, h - 7);
    lastRight = x + tw;
  }
  ctx.fillStyle = "#546e7a";
  ctx.fillText("events per " + strip.unit, 8, 14);
  ctx.fillText(dayText(from === null ? strip.lo : from) + " –", 8, 32);
  ctx.fillText(dayText(to === null ? strip.hi : to), 8, 46);
  if (strip.undated && state.undated) ctx.fillText("+ " + strip.undated + " undated", 8, h - 7);
}

registerView({
  name: "strip",
  update(m) { countStrip(m); drawStrip(); },
});

// ---- the brush ----

stripCanvas.addEventListener("pointerdown", (ev) => {
  if (!strip.counts) return;
  const x = ev.offsetX;
  if (x < STRIP_LEFT) return;
  const day = stripDay(x);
  const from = state.from === null ? strip.lo : state.from;
  const to = state.to === null ? strip.hi : state.to;
  const x0 = stripX(from), x1 = stripX(to + 1);
  let mode = "new";
  if (Math.abs(x - x0) < 6) mode = "left";
  else if (Math.abs(x - x1) < 6) mode = "right";
  else if (ev.shiftKey && x > x0 && x < x1) mode = "move";
  strip.drag = {mode, start: day, from0: from, to0: to, from, to, moved: false};
  stripCanvas.setPointerCapture(ev.pointerId);
});

stripCanvas.addEventListener("pointermove", (ev) => {
  const d = strip.drag;
  if (!d) return;
  const day = Math.max(strip.lo, Math.min(strip.hi, stripDay(ev.offsetX)));
  d.moved = d.moved || day !== d.start;
  if (d.mode === "new") { d.from = Math.min(d.start, day); d.to = Math.max(d.start, day); }
  else if (d.mode === "left") { d.from = Math.min(day, d.to0); }
  else if (d.mode === "right") { d.to = Math.max(day, d.from0); }
  else {
    const shift = day - d.start;
    d.from = d.from0 + shift;
    d.to = d.to0 + shift;
  }
  drawStrip();
});

stripCanvas.addEventListener("pointerup", () => {
  const d = strip.drag;
  strip.drag = null;
  if (d && d.moved) setState({from: d.from, to: d.to});
  else drawStrip();
});

stripCanvas.addEventListener("dblclick", () => {
  setState({from: initialWindow.from, to: initialWindow.to});
});

document.getElementById("whole-span").addEventListener("click", (ev) => {
  strip.whole = !strip.whole;
  ev.target.textContent = strip.whole ? "bulk of events" : "whole span";
  if (strip.whole) setState({from: data.extent ? data.extent[0] : null, to: data.extent ? data.extent[1] : null});
  else setState({from: initialWindow.from, to: initialWindow.to});
});
