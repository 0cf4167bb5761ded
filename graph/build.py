"""Resolve actors across documents and assemble one networkx MultiDiGraph.

Input: the per-document Extractions. Output: a Corpus holding the contract's
rows (plain dicts, sorted) and the graph built from them.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

import networkx as nx

from ..extract.mentions import local_key, surname_forms
from ..extract.model import Actor, Evidence, Extraction, Relation
from .dates import day_range
from .disputes import figure_rows, mark_disputes
from .reports import link_events, report_groups

__all__ = ["Corpus", "assemble", "event_links", "merge_places", "resolve_aliases", "to_graph"]


@dataclass
class Corpus:
    """The contract's tables as rows, and the graph assembled from them."""

    documents: list[dict] = field(default_factory=list)
    actors: list[dict] = field(default_factory=list)
    relations: list[dict] = field(default_factory=list)
    events: list[dict] = field(default_factory=list)
    timexes: list[dict] = field(default_factory=list)
    figures: list[dict] = field(default_factory=list)
    places: list[dict] = field(default_factory=list)
    graph: nx.MultiDiGraph = field(default_factory=nx.MultiDiGraph)


def resolve_aliases(extractions: list[Extraction]) -> dict[str, str]:
    """Actor ids that name the same actor across documents, mapped to one id.

    A document that only says "Mujahid" or "BLA" means the actor another
    document introduced as "Zabihullah Mujahid" or "Balochistan Liberation
    Army (BLA)": an actor whose name is an alias of exactly one other actor
    (or a person's surname of exactly one full name) is merged into it. A
    document's own body ("police" in a report that names no state) is never
    merged into another document's by its word.
    """
    names: dict[str, str] = {}
    types: dict[str, str] = {}
    holders: dict[str, set[str]] = defaultdict(set)
    surnames: dict[str, set[str]] = defaultdict(set)
    local: set[str] = set()  # a document's own body ("police" in a report that names no state)
    for ex in extractions:
        for a in ex.actors:
            if a.key == local_key(a.name, ex.document.id):
                local.add(a.key)
            names.setdefault(a.key, a.name)
            types.setdefault(a.key, a.type)
            for alias in (a.name, *a.aliases):
                holders[alias].add(a.key)
            if a.type == "person" and " of " not in a.name:
                for form in surname_forms(a.name):  # "Baghdadi" and "al-Baghdadi", "de Cuellar"
                    surnames[form].add(a.key)
    mapping: dict[str, str] = {}
    for key, name in names.items():
        if types[key] == "country" or key in local:
            continue
        others = holders[name] - {key}
        if types[key] == "person":
            others = others | (surnames[name] - {key})
        others = {o for o in others if len(names[o]) > len(name) and types[o] != "country"}
        if len(others) == 1:
            mapping[key] = others.pop()
    return mapping


def _rekey(ex: Extraction, mapping: dict[str, str]) -> Extraction:
    """The extraction with every actor id replaced by its canonical id."""
    if not mapping:
        return ex

    def m(key):
        return mapping.get(key, key)

    def ms(keys):
        return tuple(dict.fromkeys(m(k) for k in keys))

    return replace(
        ex,
        actors=tuple(replace(a, key=m(a.key)) for a in ex.actors),
        relations=tuple(replace(r, source=m(r.source), target=m(r.target)) for r in ex.relations),
        events=tuple(replace(e, source=ms(e.source), target=ms(e.target),
                             attributed_to=m(e.attributed_to) if e.attributed_to else None)
                     for e in ex.events),
        figures=tuple(replace(f, reported_by=m(f.reported_by) if f.reported_by else None) for f in ex.figures),
    )


def _merge_actors(extractions: list[Extraction]) -> list[dict]:
    names: dict[str, Counter] = defaultdict(Counter)
    types: dict[str, Counter] = defaultdict(Counter)
    aliases: dict[str, set] = defaultdict(set)
    mentions: Counter = Counter()
    documents: dict[str, set] = defaultdict(set)
    countries: dict[str, Counter] = defaultdict(Counter)
    roles: dict[str, set] = defaultdict(set)
    for ex in extractions:
        for a in ex.actors:
            names[a.key][a.name] += a.mentions
            types[a.key][a.type] += a.mentions
            aliases[a.key].update(a.aliases)
            mentions[a.key] += a.mentions
            documents[a.key].add(ex.document.id)
            if a.country:
                countries[a.key][a.country] += 1
            roles[a.key].update(a.roles)
    rows = []
    for key in sorted(names):
        # most mentions first, then the longest name, then alphabetical: stable for the same input
        name = sorted(names[key].items(), key=lambda kv: (-kv[1], -len(kv[0]), kv[0]))[0][0]
        kind = sorted(types[key].items(), key=lambda kv: (-kv[1], kv[0] == "location", kv[0]))[0][0]
        country = sorted(countries[key].items(), key=lambda kv: (-kv[1], kv[0]))[0][0] if countries[key] else None
        rows.append(Actor(key, name, kind, tuple(sorted(aliases[key])), mentions[key], country,
                          tuple(sorted(roles[key])), documents=tuple(sorted(documents[key]))).to_row())
    return rows


def _merge_relations(extractions: list[Extraction], actor_types: dict[str, str]) -> list[dict]:
    first: dict[tuple[str, str, str], Relation] = {}
    grouped: dict[tuple[str, str, str], set[Evidence]] = defaultdict(set)
    for ex in extractions:
        for r in ex.relations:
            if r.source not in actor_types or r.target not in actor_types or r.source == r.target:
                continue
            # a place is where an interaction happens, not a party to it ("talks in Jeddah")
            if r.type != "located_in" and "location" in (actor_types[r.source], actor_types[r.target]):
                continue
            first.setdefault((r.source, r.type, r.target), r)
            grouped[(r.source, r.type, r.target)].add(r.evidence)
    rows = [first[key].to_row(sorted(evidence, key=lambda e: (e.doc_id, e.start, e.end, e.text)))
            for key, evidence in grouped.items()]
    return sorted(rows, key=lambda r: r["id"])


def assemble(extractions: Iterable[Extraction]) -> Corpus:
    """The corpus-wide tables and graph from per-document extractions."""
    extractions = list(extractions)
    mapping = resolve_aliases(extractions)
    extractions = [_rekey(ex, mapping) for ex in extractions]
    corpus = Corpus()
    corpus.documents = sorted((ex.document.to_row(ex.counts()) for ex in extractions),
                              key=lambda d: (d["id"], d["path"]))
    corpus.actors = _merge_actors(extractions)
    corpus.relations = _merge_relations(extractions, {a["id"]: a["type"] for a in corpus.actors})
    events = {e.id: e for ex in extractions for e in ex.events}
    corpus.events = sorted((e.to_row() for e in events.values()),
                           key=lambda e: (e["doc_id"], e["start"], e["trigger_start"], e["type"]))
    link_events(corpus.events)
    corpus.figures = figure_rows(extractions)
    mark_disputes(corpus.events, corpus.figures)
    corpus.timexes = sorted((t.to_row() for ex in extractions for t in ex.timexes),
                            key=lambda t: (t["doc_id"], t["start"], t["end"]))
    corpus.places = merge_places(extractions)
    corpus.graph = to_graph(corpus)
    return corpus


def merge_places(extractions: Iterable[Extraction]) -> list[dict]:
    """One row per place across documents (places.jsonl), its mentions in text order.

    ``actors`` (beyond the contract's fields) lists the actors whose mentions are this place's
    ("Pakistan" the country actor, "Torkham" the location), so the graph can put them on a map.
    """
    rows: dict[str, dict] = {}
    for ex in extractions:
        for p in ex.places:
            row = rows.setdefault(p.key, {**p.to_row(), "actors": set()})
            row["mentions"] += [m.to_row() for m in p.mentions_in(ex.document.id)]
            row["actors"].update(a.key for a in ex.actors if a.type in ("location", "country") and any(
                s < me and ms < e for ms, me, _ in p.mentions for s, e in a.spans))
    for row in rows.values():
        row["mentions"].sort(key=lambda m: (m["doc_id"], m["start"], m["end"]))
        row["actors"] = sorted(row["actors"])
    return [rows[k] for k in sorted(rows)]


def event_links(event: dict) -> list[tuple[str, str, bool]]:
    """The actor pairs an event links: ``(from, to, mutual)``.

    Source to target for each pair; an event that names several actors on
    one side and none on the other ("A and B exchanged fire") links every two
    of them, in name order, marked mutual. An event with one actor links none.

    >>> event_links({"source": ["a"], "target": ["b", "c"]})
    [('a', 'b', False), ('a', 'c', False)]
    >>> event_links({"source": ["b", "a", "c"], "target": []})
    [('a', 'b', True), ('a', 'c', True), ('b', 'c', True)]
    >>> event_links({"source": [], "target": ["a"]})
    []
    """
    sources, targets = list(dict.fromkeys(event["source"])), list(dict.fromkeys(event["target"]))
    if sources and targets:
        return [(s, t, False) for s in sources for t in targets if s != t]
    side = sorted(set(sources or targets))
    return [(a, b, True) for i, a in enumerate(side) for b in side[i + 1:]]


def _involvement(events: list[dict], graph: nx.MultiDiGraph) -> dict[str, dict]:
    """Per actor: its events (each report group once), those with no other actor, by type, first and last day."""
    seen: dict[str, set] = defaultdict(set)
    solo: Counter = Counter()
    by_type: dict[str, Counter] = defaultdict(Counter)
    days: dict[str, list[str]] = defaultdict(list)
    for members in report_groups(events):
        for e in members:
            actors = {a for a in (*e["source"], *e["target"]) if a in graph}
            for a in actors:
                if e["group"] in seen[a]:
                    continue
                seen[a].add(e["group"])
                by_type[a][e["type"]] += 1
                solo[a] += len(actors) == 1
                span = day_range(e["date"], e["date_end"])
                if span:
                    days[a].extend(span)
    return {a: {"events": len(groups), "solo_events": solo[a],
                "event_types": dict(sorted(by_type[a].items(), key=lambda kv: (-kv[1], kv[0]))),
                "first_date": min(days[a]) if days[a] else None, "last_date": max(days[a]) if days[a] else None}
            for a, groups in seen.items()}


def to_graph(corpus: Corpus) -> nx.MultiDiGraph:
    """One directed multigraph: actors as nodes, relations and event links as edges.

    Every event with two or more actors in the graph gives edges (see
    ``event_links``), one per report group and actor pair; events with one
    actor count on its node (``events``, ``solo_events``, ``event_types``,
    ``first_date``, ``last_date``). Places, and sources known only for the
    figures they report, that take part in nothing stay out. An event link
    carries ``killed``: its incident's conservative count of the dead (see
    ``disputes``), or None.
    """
    graph = nx.MultiDiGraph()
    linked = {r["source"] for r in corpus.relations} | {r["target"] for r in corpus.relations}
    for e in corpus.events:
        linked.update(e["source"])
        linked.update(e["target"])
    # where a place actor is: latitude and longitude, the attributes Gephi's GeoLayout reads
    located = {}
    for p in sorted(corpus.places, key=lambda p: -len(p["mentions"])):
        for actor in p.get("actors", ()):
            if p["lat"] is not None:
                located.setdefault(actor, {"latitude": p["lat"], "longitude": p["lon"]})
    for a in corpus.actors:
        if (a["type"] == "location" or "source" in (a.get("roles") or ())) and a["id"] not in linked:
            continue
        graph.add_node(a["id"], label=a["name"], type=a["type"], country=a["country"],
                       aliases=a["aliases"], mentions=a["mentions"], documents=a["documents"],
                       roles=a["roles"], events=0, solo_events=0, event_types={}, first_date=None, last_date=None,
                       **located.get(a["id"], {}))
    for actor, counts in _involvement(corpus.events, graph).items():
        graph.nodes[actor].update(counts)
    for r in corpus.relations:
        graph.add_edge(r["source"], r["target"], key=r["id"], kind="relation", type=r["type"],
                       weight=len(r["evidence"]), evidence=r["evidence"])
    # one edge per event and actor pair, however many reports state it
    pairs: dict[tuple[str, str, str], tuple[dict, bool]] = {}
    for members in report_groups(corpus.events):
        for e in members:
            for s, t, mutual in event_links(e):
                if s in graph and t in graph and (e["group"], s, t) not in pairs:
                    pairs[(e["group"], s, t)] = (e, mutual)
    places = {p["id"]: p for p in corpus.places}
    for (group, s, t), (e, mutual) in sorted(pairs.items()):
        place = places.get(e.get("place_id")) or {}
        graph.add_edge(s, t, key=f"{group}:{s}:{t}", kind="event", type=e["type"], mode=e["mode"],
                       weight=len(e["evidence"]), event=group, date=e["date"], date_end=e["date_end"],
                       doc_id=e["doc_id"], negated=e["negated"], claim=e["claim"], mutual=mutual,
                       evidence=e["evidence"], killed=(e.get("casualties") or {}).get("killed", {}).get("best"),
                       place=e.get("place"), place_id=e.get("place_id"),
                       latitude=place.get("lat"), longitude=place.get("lon"))
    return graph
