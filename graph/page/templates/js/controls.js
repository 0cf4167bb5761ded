// The controls: type filters and legend on the left; search, the trail of
// expanded actors, the size of the overview, the colouring, reset and the
// counts in the header; the date inputs that mirror the strip's brush.

const countOf = (column) => column.reduce((acc, x) => acc.set(x, (acc.get(x) || 0) + 1), new Map());
const actorTypeCounts = countOf(A.type);
const eventTypeCounts = countOf(E.type);
const relationTypeCounts = countOf(R.type);

function checkbox(container, key, label, n, set, decoration) {
  const row = el("label", null, "check");
  const box = el("input");
  box.type = "checkbox";
  box.checked = set.has(key);
  box.value = label;
  box.dataset.filter = container.id;
  box.addEventListener("change", () => {
    if (box.checked) set.add(key); else set.delete(key);
    refresh();
  });
  row.appendChild(box);
  if (decoration) row.appendChild(decoration);
  row.appendChild(document.createTextNode(label.replace(/_/g, " ")));
  row.appendChild(el("span", n, "n"));
  container.appendChild(row);
}

data.actor_types.forEach((t, i) => {
  if (actorTypeCounts.has(i)) {
    checkbox(document.getElementById("actor-types"), i, t.name, actorTypeCounts.get(i), state.actorTypes,
             glyph(t.shape, t.colour));
  }
});
data.event_types.forEach((t, i) => {
  if (!eventTypeCounts.has(i)) return;
  const swatch = el("span", null, "swatch");
  swatch.style.background = t.colour;
  checkbox(document.getElementById("event-types"), i, t.name, eventTypeCounts.get(i), state.eventTypes, swatch);
});
data.relation_types.forEach((t, i) => {
  checkbox(document.getElementById("relation-types"), i, t, relationTypeCounts.get(i) || 0, state.relationTypes, null);
});

const unlinkedBox = document.getElementById("unlinked");
unlinkedBox.addEventListener("change", () => setState({unlinked: unlinkedBox.checked}));
document.getElementById("hidden-note").textContent = hiddenCounts.unlinked + " actors without links and " +
  hiddenCounts.pairs + " isolated pairs are left out of the overview unless this is ticked; search finds them.";
const historicalBox = document.getElementById("historical");
historicalBox.addEventListener("change", () => setState({historical: historicalBox.checked}));
const undatedBox = document.getElementById("undated");
undatedBox.addEventListener("change", () => setState({undated: undatedBox.checked}));

// the legend: what the colours say
(function legend() {
  const box = document.getElementById("legend");
  for (const c of data.classes) {
    if (c.name === "other") continue;
    const row = el("div");
    const swatch = el("span", null, "swatch");
    swatch.style.background = c.colour;
    row.appendChild(swatch);
    row.appendChild(document.createTextNode("event: " + c.name));
    box.appendChild(row);
  }
  const disputed = el("div");
  disputed.appendChild(el("span", null, "swatch disputed-swatch"));
  disputed.appendChild(document.createTextNode("disputed figures (timeline outline)"));
  box.appendChild(disputed);
  box.appendChild(el("div", "Links: solid when a relation is stated, dashed for events only; width: how many. " +
                            "Node fill: community or type (header); outline and shape: type.", "meta"));
})();

// dates: the inputs speak ISO dates, the state days since 1970-01-01
const fromBox = document.getElementById("date-from");
const toBox = document.getElementById("date-to");
if (data.extent) for (const box of [fromBox, toBox]) { box.min = dayText(data.extent[0]); box.max = dayText(data.extent[1]); }
function datesTyped() { setState({from: dayOf(fromBox.value), to: dayOf(toBox.value)}); }
fromBox.addEventListener("change", datesTyped);
toBox.addEventListener("change", datesTyped);

// the size of the overview
const topBox = document.getElementById("top-n");
topBox.value = state.top;
topBox.addEventListener("change", () => {
  const n = Math.max(1, Math.min(5000, parseInt(topBox.value, 10) || data.overview));
  topBox.value = n;
  setState({top: n});
  fitNetwork();
});
const colourBox = document.getElementById("colour-by");
colourBox.addEventListener("change", () => setState({colourBy: colourBox.value}));

function resetAll() {
  for (const box of document.querySelectorAll("#filters input[data-filter]")) box.checked = true;
  for (const [set, counts] of [[state.actorTypes, actorTypeCounts], [state.eventTypes, eventTypeCounts],
                               [state.relationTypes, data.relation_types.map((_, i) => [i])]]) {
    for (const [key] of counts) set.add(key);
  }
  unlinkedBox.checked = historicalBox.checked = false;
  undatedBox.checked = true;
  setState({from: initialWindow.from, to: initialWindow.to, undated: true, historical: false, unlinked: false,
            area: null, trail: [], selection: null});
  fitNetwork();
}
document.getElementById("reset").addEventListener("click", resetAll);

// the trail: the overview, then each actor expanded; a step back drops what came after
const trailBox = document.getElementById("trail");
function crumb(label, length) {
  const b = el("button", label);
  b.type = "button";
  b.addEventListener("click", () => backTo(length));
  return b;
}

// search: exact name, then alias, then the start of a name, then anywhere; busiest actor first
const searchBox = document.getElementById("search");
const searchStatus = document.getElementById("search-status");
const ranked = Array.from({length: NA}, (_, i) => i).sort((x, y) => A.inv[y] - A.inv[x] || (A.name[x] < A.name[y] ? -1 : 1));
const lowerNames = A.name.map((n) => n.toLowerCase());
const lowerAliases = A.aliases.map((list) => list.map((s) => str(s).toLowerCase()));
(function nameList() {
  // the browser's suggestions: the busiest thousand names (any name can still be typed)
  const list = document.getElementById("actor-names");
  for (const a of ranked.slice(0, 1000)) {
    const option = document.createElement("option");
    option.value = A.name[a];
    list.appendChild(option);
  }
})();
const byName = new Map();
for (const a of ranked) if (!byName.has(lowerNames[a])) byName.set(lowerNames[a], a);
function findActor(query) {
  const q = query.trim().toLowerCase();
  if (!q) return -1;
  if (byName.has(q)) return byName.get(q);
  const tests = [
    (a) => lowerAliases[a].includes(q),
    (a) => lowerNames[a].startsWith(q),
    (a) => lowerNames[a].includes(q) || lowerAliases[a].some((x) => x.includes(q)),
  ];
  for (const test of tests) {
    const hit = ranked.find(test);
    if (hit !== undefined) return hit;
  }
  return -1;
}
function search() {
  if (!searchBox.value.trim()) { searchStatus.textContent = ""; return; }
  const a = findActor(searchBox.value);
  if (a < 0) { searchStatus.textContent = "no actor matches"; return; }
  searchStatus.textContent = "";
  expand(a);
  focusActor(a);
  scrollToLane(a);
}
searchBox.addEventListener("change", search);
searchBox.addEventListener("keydown", (e) => { if (e.key === "Enter") search(); });
document.addEventListener("keydown", (e) => { if (e.key === "Escape" && state.selection) setState({selection: null}); });

const countsBox = document.getElementById("counts");
registerView({
  name: "controls",
  update(m) {
    countsBox.textContent = m.shown.length + " of " + NA + " actors · " + m.links.size + " links · " +
      m.events.length + " of " + NE + " events";
    fromBox.value = state.from === null ? "" : dayText(state.from);
    toBox.value = state.to === null ? "" : dayText(state.to);
    trailBox.replaceChildren(crumb("Overview", 0));
    state.trail.forEach((step, i) => {
      trailBox.appendChild(el("span", "›"));
      trailBox.appendChild(crumb(A.name[step.actor], i + 1));
    });
  },
});
