// The timeline lanes, in the manner of i2 Analyst's Notebook: one lane per actor
// shown in the network (busiest on top), over the date window the strip's brush
// sets. Each lane counts its events per day, week, month or year (whichever suits
// the window), as a small bar stacked by quad class; the events of a selection
// stand out and one event's lanes are joined by a line. Drawn on one canvas,
// only the lanes in view.

const LANE_LABEL = STRIP_LEFT;
const LANE_H = 22;
const DISPUTED_COLOUR = "#6a1b9a";
const AXIS_H = 22;
const laneBox = document.getElementById("timeline");
const laneCanvas = laneBox.querySelector("canvas");
const laneTip = document.getElementById("lane-tip");
const lanes = {list: [], cells: [], starts: [], unit: "month", from: 0, to: 0, scroll: 0, lit: null};

function laneWindow() {
  const domain = stripDomain() || [0, 1];
  return [state.from === null ? domain[0] : state.from, state.to === null ? domain[1] : state.to];
}
const laneWidth = () => Math.max(10, laneCanvas.clientWidth - LANE_LABEL - 8);
const laneX = (t) => LANE_LABEL + (t - lanes.from) / (lanes.to + 1 - lanes.from) * laneWidth();
const laneRowY = (i) => AXIS_H + i * LANE_H - lanes.scroll;

function countLanes(m) {
  [lanes.from, lanes.to] = laneWindow();
  lanes.unit = unitFor(lanes.to - lanes.from + 1, Math.max(12, laneWidth() / 12));
  lanes.starts = binsOver(lanes.from, lanes.to, lanes.unit);
  lanes.list = m.shown;
  lanes.lit = m.lit;
  lanes.cells = lanes.list.map((a) => {
    const cells = new Map();
    for (const e of eventsOf[a]) {
      if (!m.eventMask[e] || E.t0[e] === null) continue;
      const t = Math.max(E.t0[e], lanes.from);
      if (t > lanes.to) continue;
      const i = binIndex(lanes.starts, t);
      let cell = cells.get(i);
      if (!cell) { cell = {bin: i, classes: new Array(NCLASS).fill(0), events: []}; cells.set(i, cell); }
      cell.classes[eventClass[E.type[e]]] += 1;
      cell.events.push(e);
      if (E.flags[e] & DISPUTED) cell.disputed = true;
    }
    return [...cells.values()];
  });
  const most = lanes.list.length * LANE_H - (laneCanvas.clientHeight - AXIS_H);
  lanes.scroll = Math.max(0, Math.min(lanes.scroll, most));
}

function cellBox(i, cell) {
  const x0 = laneX(lanes.starts[cell.bin]);
  const x1 = laneX(binNext(lanes.starts[cell.bin], lanes.unit));
  const n = cell.events.length;
  const w = Math.max(3, Math.min(x1 - x0 - 1, 14));
  const h = Math.min(LANE_H - 4, 5 + 3 * Math.log2(n));
  const y = laneRowY(i) + (LANE_H - h) / 2;
  return {x: x0 + Math.max(0, (x1 - x0 - w) / 2), y, w, h};
}

function drawLanes() {
  const {ctx, w, h} = fitCanvas(laneCanvas);
  ctx.font = "11px system-ui, sans-serif";
  ctx.textBaseline = "middle";
  const lit = lanes.lit;
  const first = Math.max(0, Math.floor(lanes.scroll / LANE_H));
  const last = Math.min(lanes.list.length, first + Math.ceil((h - AXIS_H) / LANE_H) + 1);
  // bin grid
  ctx.strokeStyle = "#eceff1";
  ctx.lineWidth = 1;
  for (const start of lanes.starts) {
    const x = Math.round(laneX(start)) + 0.5;
    ctx.beginPath(); ctx.moveTo(x, AXIS_H); ctx.lineTo(x, h); ctx.stroke();
  }
  for (let i = first; i < last; i++) {
    const a = lanes.list[i];
    const y = laneRowY(i);
    const focus = lit && lit.focus.has(a);
    if (focus) { ctx.fillStyle = "#fff8e1"; ctx.fillRect(0, y, w, LANE_H); }
    ctx.strokeStyle = focus ? data.actor_types[A.type[a]].colour : "#e0e0e0";
    ctx.lineWidth = focus ? 2 : 1;
    ctx.beginPath(); ctx.moveTo(LANE_LABEL, y + LANE_H / 2); ctx.lineTo(w, y + LANE_H / 2); ctx.stroke();
    ctx.fillStyle = data.actor_types[A.type[a]].colour;
    ctx.fillRect(4, y + 6, 4, LANE_H - 12);
    ctx.fillStyle = lit && !lit.actors.has(a) ? "#90a4ae" : "#212121";
    let name = A.name[a];
    if (name.length > 26) name = name.slice(0, 25) + "…";
    ctx.fillText(name, 12, y + LANE_H / 2);
    for (const cell of lanes.cells[i]) {
      const box = cellBox(i, cell);
      const on = !lit || cell.events.some((e) => lit.events.has(e));
      ctx.globalAlpha = on ? 1 : 0.18;
      let yy = box.y + box.h;
      const n = cell.events.length;
      cell.classes.forEach((c, k) => {
        if (!c) return;
        const part = c / n * box.h;
        ctx.fillStyle = data.classes[k].colour;
        ctx.fillRect(box.x, yy - part, box.w, part);
        yy -= part;
      });
      if (lit && on) { ctx.strokeStyle = "#212121"; ctx.lineWidth = 1; ctx.strokeRect(box.x - 0.5, box.y - 0.5, box.w + 1, box.h + 1); }
      if (cell.disputed) {
        // an event whose reporters give figures that cannot both hold: a dashed outline, a mark above
        ctx.strokeStyle = DISPUTED_COLOUR; ctx.lineWidth = 1.5; ctx.setLineDash([2, 2]);
        ctx.strokeRect(box.x - 2, box.y - 2, box.w + 4, box.h + 4);
        ctx.setLineDash([]);
        ctx.fillStyle = DISPUTED_COLOUR;
        ctx.beginPath(); ctx.arc(box.x + box.w / 2, box.y - 4, 2, 0, 2 * Math.PI); ctx.fill();
      }
    }
    ctx.globalAlpha = 1;
  }
  // the lanes of one selected event, joined (as i2 joins the theme lines an event involves)
  if (state.selection && state.selection.kind === "events" && state.selection.events.length <= 50) {
    const row = new Map(lanes.list.map((a, i) => [a, i]));
    ctx.strokeStyle = "#263238";
    ctx.lineWidth = 1.5;
    for (const e of state.selection.events) {
      const rows = eventActors[e].filter((a) => row.has(a)).map((a) => row.get(a)).sort((x, y) => x - y);
      if (rows.length < 2 || E.t0[e] === null || E.t0[e] > lanes.to || E.t1[e] < lanes.from) continue;
      const bin = binStart(Math.max(E.t0[e], lanes.from), lanes.unit);
      const x = (laneX(bin) + laneX(binNext(bin, lanes.unit))) / 2;
      ctx.beginPath();
      ctx.moveTo(x, laneRowY(rows[0]) + LANE_H / 2);
      ctx.lineTo(x, laneRowY(rows[rows.length - 1]) + LANE_H / 2);
      ctx.stroke();
    }
  }
  // the axis, pinned on top
  ctx.fillStyle = "rgba(250,250,250,0.96)";
  ctx.fillRect(0, 0, w, AXIS_H);
  ctx.strokeStyle = "#b0bec5";
  ctx.beginPath(); ctx.moveTo(0, AXIS_H - 0.5); ctx.lineTo(w, AXIS_H - 0.5); ctx.stroke();
  ctx.fillStyle = "#263238";
  let lastRight = -Infinity;
  for (const start of lanes.starts) {
    const label = binLabel(start, lanes.unit);
    const x = Math.max(LANE_LABEL, laneX(start));
    if (x < lastRight + 10) continue;
    ctx.fillText(label, x + 2, AXIS_H / 2);
    lastRight = x + ctx.measureText(label).width;
  }
  ctx.fillStyle = "#546e7a";
  ctx.fillText(lanes.list.length + " lanes · per " + lanes.unit, 8, AXIS_H / 2);
}

registerView({
  name: "lanes",
  update(m) { countLanes(m); drawLanes(); },
});

// ---- pointing: what is under the mouse ----

function laneHit(x, y) {
  if (y < AXIS_H) return null;
  const i = Math.floor((y - AXIS_H + lanes.scroll) / LANE_H);
  if (i < 0 || i >= lanes.list.length) return null;
  if (x < LANE_LABEL) return {actor: lanes.list[i]};
  for (const cell of lanes.cells[i]) {
    const b = cellBox(i, cell);
    if (x >= b.x - 2 && x <= b.x + b.w + 2) return {actor: lanes.list[i], cell};
  }
  return {actor: lanes.list[i], lane: true};
}

laneCanvas.addEventListener("mousemove", (ev) => {
  const hit = laneHit(ev.offsetX, ev.offsetY);
  if (!hit || hit.lane) { laneTip.hidden = true; return; }
  laneTip.replaceChildren();
  if (hit.cell) {
    laneTip.appendChild(el("div", A.name[hit.actor] + " · " + hit.cell.events.length + " events · " +
                                  binLabel(lanes.starts[hit.cell.bin], lanes.unit), "head"));
    eventsTip(laneTip, hit.cell.events);
  } else {
    actorTip(laneTip, hit.actor);
  }
  laneTip.hidden = false;
  const box = laneBox.getBoundingClientRect();
  const view = laneBox.parentElement.getBoundingClientRect();
  const left = Math.min(box.left - view.left + ev.offsetX + 14, view.width - laneTip.offsetWidth - 4);
  const top = box.top - view.top + ev.offsetY + 14;
  laneTip.style.left = Math.max(0, left) + "px";
  laneTip.style.top = (top + laneTip.offsetHeight > view.height ? top - laneTip.offsetHeight - 20 : top) + "px";
});
laneCanvas.addEventListener("mouseleave", () => { laneTip.hidden = true; });

laneCanvas.addEventListener("click", (ev) => {
  const hit = laneHit(ev.offsetX, ev.offsetY);
  if (!hit) return;
  if (hit.cell) setState({selection: {kind: "events", events: hit.cell.events.slice()}});
  else if (!hit.lane) setState({selection: {kind: "actor", actor: hit.actor}});
});

laneCanvas.addEventListener("wheel", (ev) => {
  const most = Math.max(0, lanes.list.length * LANE_H - (laneCanvas.clientHeight - AXIS_H));
  const next = Math.max(0, Math.min(most, lanes.scroll + ev.deltaY));
  if (next !== lanes.scroll) { lanes.scroll = next; drawLanes(); ev.preventDefault(); }
}, {passive: false});

// a lane brought into view, when its actor is chosen elsewhere
function scrollToLane(a) {
  const i = lanes.list.indexOf(a);
  if (i < 0) return;
  const y = i * LANE_H;
  const room = laneCanvas.clientHeight - AXIS_H;
  if (y < lanes.scroll || y + LANE_H > lanes.scroll + room) {
    lanes.scroll = Math.max(0, y - room / 3);
    drawLanes();
  }
}
