// The page's data, its indexes, and the one state every view listens to.
//
// Every view registers here (registerView) with an update(model) function; any
// change of filter or selection goes through setState, which computes one model
// (what passes the filters, which actors are shown, the links among them, what
// the selection lights up) and hands it to every view in turn. A new panel is a
// new file that registers a view.

performance.mark("newsgraph:start");
const data = JSON.parse(document.getElementById("newsgraph-data").textContent);
performance.mark("newsgraph:parsed");

const A = data.actors;
const E = data.events;
const R = data.relations;
const D = data.documents;
const NA = A.id.length;
const NE = E.id.length;
const NR = R.id.length;
const str = (i) => (i >= 0 ? data.strings[i] : null);
const NEGATED = 1, CLAIM = 2, HISTORICAL = 4, DISPUTED = 8;
const UNLINKED = 0, PAIR = 1;

// ---- indexes, built once: filtering and selection are array look-ups ----

const actorIndex = new Map(A.id.map((id, i) => [id, i]));
const eventIndex = new Map(E.id.map((id, i) => [id, i]));
const eventClass = data.event_types.map((t) => data.classes.findIndex((c) => c.name === t.class));
const NCLASS = data.classes.length;
const eventsOf = Array.from({length: NA}, () => []);     // event indices per actor
const relationsOf = Array.from({length: NA}, () => []);  // relation indices per actor
const eventActors = new Array(NE);                       // the actors of each event, sources first, once each
for (let e = 0; e < NE; e++) {
  const named = E.src[e].slice();
  for (const a of E.tgt[e]) if (!named.includes(a)) named.push(a);
  eventActors[e] = named;
  for (const a of named) eventsOf[a].push(e);
}
for (let r = 0; r < NR; r++) {
  if (R.src[r] >= 0) relationsOf[R.src[r]].push(r);
  if (R.tgt[r] >= 0 && R.tgt[r] !== R.src[r]) relationsOf[R.tgt[r]].push(r);
}
// a relation is dated by the earliest document that states it
const relationDay = R.ev.map((ev) => {
  let t = null;
  for (let i = 0; i < ev.length; i += 2) {
    const d = ev[i] >= 0 ? D.t0[ev[i]] : null;
    if (d !== null && (t === null || d < t)) t = d;
  }
  return t;
});
// events newest first, undated last: the panel's order, filtered in one pass
// (one numeric key per event, sorted natively: newest day first, then the order of the data)
const newestFirst = (function () {
  const keys = new Float64Array(NE);
  let latest = 0;
  for (let e = 0; e < NE; e++) if (E.t0[e] !== null && E.t0[e] > latest) latest = E.t0[e];
  for (let e = 0; e < NE; e++) keys[e] = (E.t0[e] === null ? 1e7 : latest - E.t0[e]) * NE + e;
  keys.sort();
  return Array.from(keys, (k) => k % NE);
})();
// who acted on whom in an event: every source on every target, unless its reports say otherwise
function eachPair(e, visit) {
  const listed = E.pairs[String(e)];
  if (listed) {
    for (let i = 0; i < listed.length; i += 2) visit(listed[i], listed[i + 1]);
    return;
  }
  for (const s of E.src[e]) for (const t of E.tgt[e]) if (s !== t) visit(s, t);
}
// whether an event links two actors (either way round)
function linksPair(e, a, b) {
  let found = false;
  eachPair(e, (s, t) => { if ((s === a && t === b) || (s === b && t === a)) found = true; });
  return found;
}
const pairKey = (a, b) => (a < b ? a * NA + b : b * NA + a);
const hiddenCounts = {unlinked: 0, pairs: 0};
for (let a = 0; a < NA; a++) {
  if (A.linked[a] === UNLINKED) hiddenCounts.unlinked++;
  else if (A.linked[a] === PAIR) hiddenCounts.pairs++;
}
hiddenCounts.pairs /= 2;

// ---- state ----

const initialWindow = data.window ? {from: data.window[0], to: data.window[1]} : {from: null, to: null};
const state = {
  from: initialWindow.from, to: initialWindow.to,   // days since 1970-01-01, or null for open
  undated: true,
  historical: false,                                // events told as background stay out unless asked
  actorTypes: new Set(data.actor_types.map((_, i) => i)),
  eventTypes: new Set(data.event_types.map((_, i) => i)),
  relationTypes: new Set(data.relation_types.map((_, i) => i)),
  unlinked: false,                                  // actors without links and isolated pairs
  area: null,                                       // the map's brush: {west, south, east, north} in degrees, or null
  top: data.overview,
  colourBy: "community",
  trail: [],          // actors expanded, in order: [{actor, shown: [actor indices it brought in]}]
  selection: null,    // {kind: "actor", actor} | {kind: "link", a, b} | {kind: "events", events: [...]}
};

const views = [];
function registerView(view) { views.push(view); }

let model = null;
function setState(patch) {
  Object.assign(state, patch || {});
  refresh();
}

function refresh() {
  const first = model === null;
  model = computeModel();
  if (first) performance.mark("newsgraph:model");
  for (const view of views) {
    view.update(model);
    // the phases of the first drawing, for bench/page_bench.py
    if (first) performance.mark("newsgraph:" + view.name);
  }
  document.body.dataset.shownActors = String(model.shown.length);
  document.body.dataset.shownEvents = String(model.events.length);
}

function dateOk(t0, t1) {
  if (t0 === null || t0 === undefined) return state.undated;
  if (state.from !== null && t1 < state.from) return false;
  if (state.to !== null && t0 > state.to) return false;
  return true;
}

// Events that pass every filter but the dates: the time strip counts these.
function eventPassesKind(e, typeOk, eventTypeOk) {
  if (!eventTypeOk[E.type[e]]) return false;
  if (!state.historical && (E.flags[e] & HISTORICAL)) return false;
  const named = eventActors[e];
  if (!named.length) return true;
  for (const a of named) if (typeOk[a]) return true;
  return false;
}

// The actors an actor shares most shown events and relations with, busiest link first.
function neighbours(a, m) {
  const counts = new Map();
  for (const e of eventsOf[a]) {
    if (!m.eventMask[e]) continue;
    eachPair(e, (s, t) => {
      const b = s === a ? t : t === a ? s : -1;
      if (b >= 0 && m.typeOk[b]) counts.set(b, (counts.get(b) || 0) + 1);
    });
  }
  for (const r of relationsOf[a]) {
    if (!m.relationMask[r]) continue;
    const b = R.src[r] === a ? R.tgt[r] : R.src[r];
    if (b >= 0 && b !== a) counts.set(b, (counts.get(b) || 0) + R.ev[r].length / 2);
  }
  return [...counts.entries()].sort((x, y) => y[1] - x[1] || A.inv[y[0]] - A.inv[x[0]] || x[0] - y[0]);
}

// Whether a place lies in an area brushed on the map (events without a located place do not).
function inArea(p, area) {
  if (p < 0) return false;
  const P = data.places;
  return P.lat[p] >= area.south && P.lat[p] <= area.north && P.lon[p] >= area.west && P.lon[p] <= area.east;
}

// What passes the filters (not the selection): recomputed only when a filter changes,
// so a click costs only what it lights up.
let filtered = null;
function filterKey() {
  return JSON.stringify([state.from, state.to, state.undated, state.historical, state.unlinked, state.area,
                         [...state.actorTypes].sort(), [...state.eventTypes].sort(), [...state.relationTypes].sort()]);
}

function computeFiltered() {
  const typeOk = new Uint8Array(NA);
  for (let a = 0; a < NA; a++) typeOk[a] = state.actorTypes.has(A.type[a]) ? 1 : 0;
  const eventTypeOk = data.event_types.map((_, i) => state.eventTypes.has(i));
  const kindMask = new Uint8Array(NE);
  const eventMask = new Uint8Array(NE);
  const events = [];
  const activity = new Float64Array(NA);
  for (let e = 0; e < NE; e++) {
    if (!eventPassesKind(e, typeOk, eventTypeOk)) continue;
    if (state.area && !inArea(E.pl[e], state.area)) continue;
    kindMask[e] = 1;
    if (!dateOk(E.t0[e], E.t1[e])) continue;
    eventMask[e] = 1;
    events.push(e);
    for (const a of eventActors[e]) activity[a] += 1;
  }
  const relationMask = new Uint8Array(NR);
  for (let r = 0; r < NR; r++) {
    const s = R.src[r], t = R.tgt[r];
    if (!state.relationTypes.has(R.type[r]) || s < 0 || t < 0 || !typeOk[s] || !typeOk[t]) continue;
    if (!dateOk(relationDay[r], relationDay[r])) continue;
    relationMask[r] = 1;
    activity[s] += R.ev[r].length / 2;
    activity[t] += R.ev[r].length / 2;
  }
  // the overview's candidates: the busiest actors under the filters first
  const candidates = [];
  for (let a = 0; a < NA; a++) {
    if (typeOk[a] && activity[a] > 0 && (state.unlinked || A.linked[a] > PAIR)) candidates.push(a);
  }
  candidates.sort((x, y) => activity[y] - activity[x] || A.inv[y] - A.inv[x] || x - y);
  return {key: filterKey(), typeOk, kindMask, eventMask, events, activity, relationMask, candidates};
}

function computeModel() {
  const key = filterKey();
  if (!filtered || filtered.key !== key) filtered = computeFiltered();
  const {typeOk, kindMask, eventMask, events, activity, relationMask, candidates} = filtered;
  const top = candidates.slice(0, state.top);
  const shownMask = new Uint8Array(NA);
  for (const a of top) shownMask[a] = 1;
  // what the analyst brought in: expanded actors, their links, the selection
  for (const step of state.trail) {
    shownMask[step.actor] = 1;
    for (const b of step.shown) if (typeOk[b]) shownMask[b] = 1;
  }
  const sel = state.selection;
  if (sel && sel.kind === "actor") shownMask[sel.actor] = 1;
  if (sel && sel.kind === "link") { shownMask[sel.a] = 1; shownMask[sel.b] = 1; }
  const shown = [];
  for (let a = 0; a < NA; a++) if (shownMask[a]) shown.push(a);
  shown.sort((x, y) => activity[y] - activity[x] || A.inv[y] - A.inv[x] || x - y);
  // links among the shown actors: one per pair, counting events by quad class and relations
  const links = new Map();
  function link(a, b) {
    const key = pairKey(a, b);
    let l = links.get(key);
    if (!l) { l = {key: key, a: Math.min(a, b), b: Math.max(a, b), n: 0, classes: new Array(NCLASS).fill(0), relations: 0}; links.set(key, l); }
    return l;
  }
  for (const e of events) {
    eachPair(e, (s, t) => {
      if (!shownMask[s] || !shownMask[t]) return;
      const l = link(s, t);
      l.n += 1;
      l.classes[eventClass[E.type[e]]] += 1;
    });
  }
  for (let r = 0; r < NR; r++) {
    if (!relationMask[r] || !shownMask[R.src[r]] || !shownMask[R.tgt[r]] || R.src[r] === R.tgt[r]) continue;
    const l = link(R.src[r], R.tgt[r]);
    l.n += R.ev[r].length / 2;
    l.relations += R.ev[r].length / 2;
  }
  const m = {typeOk, kindMask, eventMask, relationMask, events, activity, shown, shownMask, links,
             candidates: candidates.length, lit: null};
  m.lit = highlight(state.selection, m);
  return m;
}

// What the selection lights up: `focus` the actors it is about, `actors` those and
// their linked neighbours on the page, `events` its events, `links` its links.
function highlight(sel, m) {
  if (!sel) return null;
  const lit = {focus: new Set(), actors: new Set(), events: new Set(), links: new Set()};
  if (sel.kind === "actor") {
    lit.focus.add(sel.actor);
    lit.actors.add(sel.actor);
    for (const e of eventsOf[sel.actor]) lit.events.add(e);
    for (const l of m.links.values()) {
      if (l.a === sel.actor || l.b === sel.actor) { lit.links.add(l.key); lit.actors.add(l.a); lit.actors.add(l.b); }
    }
  } else if (sel.kind === "link") {
    for (const a of [sel.a, sel.b]) { lit.focus.add(a); lit.actors.add(a); }
    lit.links.add(pairKey(sel.a, sel.b));
    for (const e of eventsOf[sel.a]) if (linksPair(e, sel.a, sel.b)) lit.events.add(e);
  } else if (sel.kind === "events") {
    for (const e of sel.events) {
      lit.events.add(e);
      for (const a of eventActors[e]) { lit.focus.add(a); lit.actors.add(a); }
      eachPair(e, (s, t) => lit.links.add(pairKey(s, t)));
    }
  }
  return lit;
}

// ---- details on demand: bring an actor's neighbourhood in, step back along the trail ----

function expand(a) {
  const already = new Set(model ? model.shown : []);
  const step = state.trail.find((s) => s.actor === a);
  const next = neighbours(a, model).map(([b]) => b).filter((b) => !already.has(b)).slice(0, data.expand_step);
  if (step) step.shown.push(...next);
  else state.trail.push({actor: a, shown: next});
  setState({selection: {kind: "actor", actor: a}});
}

function backTo(length) {
  setState({trail: state.trail.slice(0, length),
            selection: length ? {kind: "actor", actor: state.trail[length - 1].actor} : null});
}
