// The selection's details: who an actor is and what links it has (with a button
// for more of them), the evidence of a link, every report of a chosen event.
// Its events are listed in the events panel below.

const MAX_LIST = 40;    // longer lists are cut, saying how many are left out
const detailTitle = document.getElementById("detail-title");
const detail = document.getElementById("detail");

function actorButton(a) {
  if (a < 0) return document.createTextNode("?");
  const b = el("button", A.name[a], "linkish");
  b.type = "button";
  b.addEventListener("click", () => { expand(a); focusActor(a); scrollToLane(a); });
  return b;
}

function actorList(list) {
  const span = el("span");
  if (!list.length) span.appendChild(document.createTextNode("—"));
  list.forEach((a, i) => {
    if (i) span.appendChild(document.createTextNode(", "));
    span.appendChild(actorButton(a));
  });
  return span;
}

function listSection(title, items) {
  detail.appendChild(el("h2", title + " (" + items.length + ")"));
  const ul = el("ul");
  items.slice(0, MAX_LIST).forEach((item) => ul.appendChild(item()));
  if (items.length > MAX_LIST) ul.appendChild(el("li", "… and " + (items.length - MAX_LIST) + " more", "more"));
  detail.appendChild(ul);
}

function relationItem(r, ev) {
  const li = el("li");
  const head = el("div");
  head.appendChild(actorButton(R.src[r]));
  head.appendChild(document.createTextNode(" " + data.relation_types[R.type[r]].replace(/_/g, " ") + " "));
  head.appendChild(actorButton(R.tgt[r]));
  li.appendChild(head);
  evidenceLines(li, data.texts[R.ev[r][ev + 1]], R.ev[r][ev]);
  return li;
}

function relationItems(list) {
  return list.flatMap((r) => R.ev[r].filter((_, i) => i % 2 === 0).map((_, k) => () => relationItem(r, 2 * k)));
}

function eventItem(e, m) {
  const li = el("li");
  const head = el("div", null, "head");
  if (E.flags[e] & DISPUTED) head.appendChild(el("span", "disputed", "badge"));
  head.appendChild(document.createTextNode(eventHead(e)));
  li.appendChild(head);
  const flags = eventFlags(e);
  if (flags) li.appendChild(el("div", flags, "flag"));
  const who = el("div", null, "meta");
  who.appendChild(actorList(E.src[e]));
  who.appendChild(document.createTextNode(" → "));
  who.appendChild(actorList(E.tgt[e]));
  if (str(E.place[e])) who.appendChild(document.createTextNode(" · in " + str(E.place[e])));
  if (E.att[e] >= 0) who.appendChild(document.createTextNode(" · according to " + A.name[E.att[e]]));
  li.appendChild(who);
  const figures = figureTable(e);
  if (figures) li.appendChild(figures);
  for (const [d, sentence] of reports(e)) evidenceLines(li, sentence, d);
  if (!m.eventMask[e]) li.appendChild(el("div", "hidden by the filters", "flag"));
  return li;
}

function showActor(a, m) {
  detailTitle.textContent = A.name[a];
  detail.appendChild(el("p", typeName(a).replace("_", " ") + (str(A.country[a]) ? " · " + str(A.country[a]) : "") +
                             " · community " + (A.comm[a] + 1) + " · " + A.mentions[a] + " mentions in " +
                             A.docs[a].length + " documents"));
  if (!m.shownMask[a]) detail.appendChild(el("p", "hidden by the filters", "flag"));
  const aliases = A.aliases[a].map(str);
  if (aliases.length) detail.appendChild(el("p", "Also: " + aliases.join("; "), "meta"));
  if (A.roles[a].length) detail.appendChild(el("p", "Roles: " + A.roles[a].map(str).join("; "), "meta"));
  const near = neighbours(a, m);
  const off = near.filter(([b]) => !m.shownMask[b]).length;
  const p = el("p");
  p.appendChild(document.createTextNode(near.length + " linked actors, " + (near.length - off) + " on the page "));
  if (off) {
    const more = el("button", "show " + Math.min(off, data.expand_step) + " more", null);
    more.type = "button";
    more.id = "expand-more";
    more.addEventListener("click", () => expand(a));
    p.appendChild(more);
  }
  detail.appendChild(p);
  listSection("Links", near.map(([b, n]) => () => {
    const li = el("li");
    li.appendChild(actorButton(b));
    li.appendChild(document.createTextNode(" · " + n));
    return li;
  }));
  listSection("Relations", relationItems(relationsOf[a]));
  listSection("Documents", A.docs[a].map((d) => () => el("li", docLine(d), "meta")));
}

registerView({
  name: "detail",
  update(m) {
    detail.replaceChildren();
    const sel = state.selection;
    if (!sel) {
      detailTitle.textContent = "Select an actor, a link or an event";
      detail.appendChild(el("p", "The network opens on the " + state.top + " busiest actors in the date window. " +
        "Click an actor to bring in its links; search for any actor; drag on the time strip to choose dates. " +
        "Esc clears the selection.", "meta"));
      return;
    }
    if (sel.kind === "actor") showActor(sel.actor, m);
    else if (sel.kind === "link") {
      detailTitle.textContent = A.name[sel.a] + " — " + A.name[sel.b];
      const items = linkItems(sel.a, sel.b, m);
      detail.appendChild(el("p", items.events.length + " events and " + items.relations.length +
                                 " relations under the filters", "meta"));
      listSection("Relations", relationItems(items.relations));
    } else {
      detailTitle.textContent = sel.events.length === 1 ? data.event_types[E.type[sel.events[0]]].name + " event"
        : sel.events.length + " events";
      listSection("Events", sel.events.map((e) => () => eventItem(e, m)));
    }
  },
});
