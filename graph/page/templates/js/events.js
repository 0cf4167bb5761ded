// The events panel: every event under the filters (or the selected actor's or
// link's), newest first, with counts per type. Virtualised: only the rows in view
// (and a few either side) exist in the DOM, so a list of a hundred thousand
// events scrolls as lightly as one of ten.

const ROW_H = 62;
const OVERSCAN = 4;
const listBox = document.getElementById("event-list");
const rowsBox = document.getElementById("event-rows");
const eventsTitle = document.getElementById("events-title");
const eventCounts = document.getElementById("event-counts");
const orderBox = document.getElementById("event-order");
const panel = {list: [], lit: null, base: null};

function panelList(m) {
  // a selected event keeps the list it was chosen from, lit within it
  const sel = state.selection;
  if (!sel || sel.kind !== "events") panel.base = sel;
  const base = panel.base;
  let pool = m.eventMask;
  if (base) {
    pool = new Uint8Array(NE);
    for (const e of highlight(base, m).events) if (m.eventMask[e]) pool[e] = 1;
  }
  const list = newestFirst.filter((e) => pool[e]);
  if (orderBox.value === "old") {
    const dated = list.filter((e) => E.t0[e] !== null).reverse();
    return dated.concat(list.filter((e) => E.t0[e] === null));
  }
  return list;
}

function eventRow(e, i) {
  const row = el("div", null, "row");
  row.style.top = i * ROW_H + "px";
  row.dataset.event = E.id[e];
  if (panel.lit && panel.lit.has(e)) row.classList.add("lit");
  const head = el("div", null, "head");
  const swatch = el("span", null, "swatch");
  swatch.style.background = eventColour(e);
  head.appendChild(swatch);
  if (E.flags[e] & DISPUTED) { head.appendChild(el("span", "disputed", "badge")); row.dataset.disputed = "1"; }
  head.appendChild(document.createTextNode(eventHead(e)));
  row.appendChild(head);
  const flags = eventFlags(e);
  row.appendChild(el("div", names(E.src[e]) + " → " + names(E.tgt[e]) + (flags ? " · " + flags : ""), "who meta"));
  row.appendChild(el("div", data.texts[E.s[e]], "evidence"));
  row.addEventListener("click", () => setState({selection: {kind: "events", events: [e]}}));
  return row;
}

function drawRows() {
  const first = Math.max(0, Math.floor(listBox.scrollTop / ROW_H) - OVERSCAN);
  const last = Math.min(panel.list.length, Math.ceil((listBox.scrollTop + listBox.clientHeight) / ROW_H) + OVERSCAN);
  const rows = [];
  for (let i = first; i < last; i++) rows.push(eventRow(panel.list[i], i));
  rowsBox.replaceChildren(...rows);
}

registerView({
  name: "events",
  update(m) {
    const before = panel.list;
    panel.list = panelList(m);
    const sel = state.selection;
    panel.lit = sel && sel.kind === "events" ? new Set(sel.events) : null;
    rowsBox.style.height = panel.list.length * ROW_H + "px";
    if (before.length !== panel.list.length || before[0] !== panel.list[0]) listBox.scrollTop = 0;
    const byType = new Map();
    for (const e of panel.list) byType.set(E.type[e], (byType.get(E.type[e]) || 0) + 1);
    const base = panel.base;
    eventsTitle.textContent = (base ? "Events of the selection" : "Events") + " (" + panel.list.length + ")";
    eventCounts.textContent = [...byType.entries()].sort((x, y) => y[1] - x[1])
      .map(([t, n]) => data.event_types[t].name + " " + n).join(" · ");
    drawRows();
    if (panel.lit && panel.lit.size === 1) {
      const i = panel.list.indexOf([...panel.lit][0]);
      if (i >= 0 && (i * ROW_H < listBox.scrollTop || (i + 1) * ROW_H > listBox.scrollTop + listBox.clientHeight)) {
        listBox.scrollTop = Math.max(0, i * ROW_H - listBox.clientHeight / 3);
      }
    }
  },
});

listBox.addEventListener("scroll", () => requestAnimationFrame(drawRows));
orderBox.addEventListener("change", () => { listBox.scrollTop = 0; refresh(); });
