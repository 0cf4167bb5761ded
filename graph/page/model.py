"""What the analyst's page shows, as compact columns: the page's view model.

Actors, events, relations and documents travel as columns of numbers that
point into each other and into two tables of strings (short shared strings
once each, sentences once each, however many events and relations use them),
so the page grows with the corpus no faster than the tables do. Everything
the page needs but cannot cheaply compute is computed here: positions,
communities (Louvain, seeded), which actors are linked at all, and the span
of dates that holds the bulk of the events.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

import networkx as nx

from ...extract.model import Actor, Document
from ..build import Corpus
from ..dates import day_span
from ..palette import CLASS_COLOUR, COMMUNITY_COLOURS, EVENT_CLASS, OTHER_STYLE, RELATION_COLOUR, TYPE_STYLE
from ..reports import report_groups
from ..world import world_outline
from .layout import network_layout, undirected

__all__ = ["OVERVIEW_SIZE", "page_events", "page_data", "communities", "bulk_window", "page_world"]

OVERVIEW_SIZE = 150     # actors the page opens on
EXPAND_STEP = 8         # links an actor's click brings in at a time
BULK = (0.02, 0.98)     # the opening date window: these quantiles of the events' dates

# event flags, one bit each
NEGATED, CLAIM, HISTORICAL, DISPUTED = 1, 2, 4, 8
# how an actor is linked: none at all, only to one other actor, or into a larger part
UNLINKED, PAIR, CONNECTED = 0, 1, 2


def page_events(corpus: Corpus) -> list[dict]:
    """One row per event, however many reports state it.

    Rows of events.jsonl that share a ``group`` report one event: the page
    shows it once, with the actors of every report and every report's sentence
    and document (``reports``: (doc_id, sentence) pairs, the first report
    first). Its id is the group's, as on the graph's event edges.
    """
    rows = []
    for members in report_groups(corpus.events):
        first = members[0]
        row = dict(first, id=first.get("group") or first["id"])
        for side in ("source", "target"):
            row[side] = list(dict.fromkeys(a for m in members for a in m[side]))
        row["reports"] = list(dict.fromkeys((m["doc_id"], m["sentence"]) for m in members))
        # who acted on whom, report by report (as the graph's event links): not every source
        # of one report acted on every target of another
        row["pairs"] = list(dict.fromkeys((s, t) for m in members for s in m["source"] for t in m["target"] if s != t))
        row["historical"] = all(bool(m.get("historical")) for m in members)
        row["figures"] = list(dict.fromkeys(f for m in members for f in m.get("figures") or []))
        row["disputed"] = any(m.get("disputed") for m in members)
        row["place_id"] = next((m["place_id"] for m in members if m.get("place_id")), None)
        rows.append(row)
    return rows


def communities(und: nx.Graph, seed: int = 7) -> dict[str, int]:
    """Each actor's community number, the largest community 0; Louvain, seeded.

    >>> g = nx.Graph([("a", "b"), ("b", "c"), ("a", "c"), ("x", "y")])
    >>> communities(g)
    {'a': 0, 'b': 0, 'c': 0, 'x': 1, 'y': 1}
    """
    found = nx.community.louvain_communities(und, weight="weight", seed=seed) if und.number_of_edges() else \
        [{n} for n in und]
    ordered = sorted((sorted(c) for c in found), key=lambda c: (-len(c), c[0]))
    return {n: i for i, c in enumerate(ordered) for n in sorted(c)}


def bulk_window(days: list[int], quantiles: tuple[float, float] = BULK) -> tuple[int, int] | None:
    """The days between two quantiles of ``days`` (nearest rank): where most events lie.

    A few events dated decades back or years ahead would otherwise stretch the
    opening view until the bulk is a sliver.

    >>> bulk_window([100] + [5000 + i for i in range(98)] + [9000])
    (5001, 5096)
    >>> bulk_window([]) is None
    True
    """
    if not days:
        return None
    ordered = sorted(days)
    last = len(ordered) - 1
    lo = ordered[int(quantiles[0] * last + 0.5)]
    hi = ordered[int(quantiles[1] * last + 0.5)]
    return lo, hi


def page_world(step: float = 0.1) -> list[list[int]]:
    """The world's country outlines for the map: every ring as whole numbers of ``step`` degrees,
    the first point as it is and every later one as its difference from the one before
    (longitude, latitude, longitude, latitude, ...); points that round onto the one before are dropped.

    >>> rings = page_world()
    >>> len(rings) > 150, all(len(r) % 2 == 0 for r in rings)
    (True, True)
    """
    rings = []
    for country in world_outline()["countries"]:
        for ring in country["rings"]:
            flat: list[int] = []
            last = None
            for lon, lat in ring:
                point = (round(lon / step), round(lat / step))
                if point == last:
                    continue
                flat += [point[0], point[1]] if last is None else [point[0] - last[0], point[1] - last[1]]
                last = point
            if len(flat) >= 6:
                rings.append(flat)
    return rings


class _Table:
    """Strings numbered in order of first use; None is -1."""

    def __init__(self) -> None:
        self.index: dict[str, int] = {}

    def __call__(self, value: str | None) -> int:
        if value is None or value == "":
            return -1
        return self.index.setdefault(value, len(self.index))

    def values(self) -> list[str]:
        return list(self.index)


def _involvement(corpus: Corpus, events: list[dict]) -> Counter:
    """Events and relation statements each actor takes part in."""
    involvement: Counter = Counter()
    for e in events:
        for a in set(e["source"] + e["target"]):
            involvement[a] += 1
    for r in corpus.relations:
        involvement[r["source"]] += len(r["evidence"])
        involvement[r["target"]] += len(r["evidence"])
    return involvement


def page_data(corpus: Corpus, previous_layout: Mapping | None = None) -> dict:
    """Everything the page shows, as columns (see the module's docstring).

    ``previous_layout`` (actor id to x, y) keeps the places of a former build.
    """
    graph = corpus.graph
    grouped = page_events(corpus)
    involvement = _involvement(corpus, grouped)
    und = undirected(graph)
    layout = network_layout(graph, involvement=involvement, previous=previous_layout)
    community = communities(und)
    component = {}
    for part in nx.connected_components(und):
        kind = UNLINKED if len(part) == 1 else PAIR if len(part) == 2 else CONNECTED
        component.update(dict.fromkeys(part, kind))

    strings = _Table()
    texts = _Table()
    actor_types = list(TYPE_STYLE) + sorted({d["type"] for _, d in graph.nodes(data=True)} - set(TYPE_STYLE))
    event_types = list(EVENT_CLASS) + sorted({e["type"] for e in grouped} - set(EVENT_CLASS))
    relation_types = sorted({r["type"] for r in corpus.relations})

    rows = [a for a in corpus.actors if a["id"] in graph]
    records = [Actor.from_row(a) for a in rows]  # the rows read through the table's schema
    actor_index = {a["id"]: i for i, a in enumerate(rows)}
    doc_index = {d["id"]: i for i, d in enumerate(corpus.documents)}
    actors = {
        "id": [a["id"] for a in rows],
        "name": [a["name"] for a in rows],
        "type": [actor_types.index(graph.nodes[a["id"]]["type"]) for a in rows],
        "inv": [involvement[a["id"]] for a in rows],
        "comm": [community[a["id"]] for a in rows],
        "linked": [component[a["id"]] for a in rows],
        "x": [layout[a["id"]][0] for a in rows],
        "y": [layout[a["id"]][1] for a in rows],
        "mentions": [a.mentions for a in records],
        "country": [strings(a.country) for a in records],
        "aliases": [[strings(x) for x in a.aliases if x != a.name] for a in records],
        "roles": [[strings(x) for x in a.roles] for a in records],
        "docs": [[doc_index[d] for d in a.documents if d in doc_index] for a in records],
    }
    docs = [Document.from_row(d) for d in corpus.documents]
    doc_spans = [day_span(d.date) for d in docs]
    documents = {
        "id": [d.id for d in docs],
        "title": [strings(d.title) for d in docs],
        "date": [strings(d.date) for d in docs],
        "source": [strings(d.source) for d in docs],
        "url": [strings(d.url) for d in docs],
        "t0": [s[0] if s else None for s in doc_spans],
    }

    # places that events happen at, with coordinates: the map's dots
    place_rows = [p for p in corpus.places if p.get("lat") is not None and p.get("lon") is not None]
    place_index = {p["id"]: i for i, p in enumerate(place_rows)}
    places = {
        "name": [strings(p.get("name")) for p in place_rows],
        "country": [strings(p.get("country")) for p in place_rows],
        "feature": [strings(p.get("feature")) for p in place_rows],
        "lat": [round(p["lat"], 2) for p in place_rows],
        "lon": [round(p["lon"], 2) for p in place_rows],
    }
    # casualty figures: who reports which number, in which document
    figure_index = {f["id"]: i for i, f in enumerate(corpus.figures)}
    figures = {
        "kind": [strings(f["kind"]) for f in corpus.figures],
        "min": [f["min"] for f in corpus.figures],
        "max": [f["max"] for f in corpus.figures],
        "text": [strings(f.get("text")) for f in corpus.figures],
        "victims": [strings(f.get("victims")) for f in corpus.figures],
        "by": [actor_index.get(f.get("reported_by"), -1) for f in corpus.figures],
        "doc": [doc_index.get(f["doc_id"], -1) for f in corpus.figures],
    }

    columns: dict[str, list] = {k: [] for k in ("id", "type", "mode", "date", "date_end", "date_text", "t0", "t1",
                                                "src", "tgt", "place", "pl", "doc", "s", "att", "flags")}
    event_figures: dict[str, list[int]] = {}
    reports: dict[str, list[list[int]]] = {}
    pairs: dict[str, list[int]] = {}
    current = []
    for number, e in enumerate(grouped):
        span = day_span(e.get("date"))
        end = day_span(e.get("date_end")) if span else None
        flags = (NEGATED if e.get("negated") else 0) | (CLAIM if e.get("claim") else 0) | \
            (HISTORICAL if e.get("historical") else 0) | (DISPUTED if e.get("disputed") else 0)
        for key, value in (
            ("id", e["id"]), ("type", event_types.index(e["type"])), ("mode", strings(e.get("mode"))),
            ("date", strings(e.get("date"))), ("date_end", strings(e.get("date_end"))),
            ("date_text", strings(e.get("date_text"))), ("t0", span[0] if span else None),
            ("t1", max(span[1], end[1]) if end else span[1] if span else None),
            ("src", [actor_index[a] for a in e["source"] if a in actor_index]),
            ("tgt", [actor_index[a] for a in e["target"] if a in actor_index]),
            ("place", strings(e.get("place"))), ("pl", place_index.get(e.get("place_id"), -1)),
            ("doc", doc_index.get(e["doc_id"], -1)),
            ("s", texts(e["sentence"])), ("att", actor_index.get(e.get("attributed_to"), -1)), ("flags", flags),
        ):
            columns[key].append(value)
        listed = [figure_index[f] for f in e["figures"] if f in figure_index]
        if listed:
            event_figures[str(number)] = listed
        if len(e["reports"]) > 1:
            reports[str(number)] = [[doc_index.get(d, -1), texts(t)] for d, t in e["reports"]]
        crossed = {(a, b) for a in e["source"] for b in e["target"] if a != b}
        if set(e["pairs"]) != crossed:
            pairs[str(number)] = [actor_index[x] for pair in e["pairs"] if all(y in actor_index for y in pair)
                                  for x in pair]
        if span and not flags & HISTORICAL:
            current.append(span[0])
    columns["reports"] = reports
    columns["figures"] = event_figures  # figure indices, for the events that have any
    columns["pairs"] = pairs  # (source, target) actor pairs, flat, where not every source acted on every target

    relations = {
        "id": [r["id"] for r in corpus.relations],
        "type": [relation_types.index(r["type"]) for r in corpus.relations],
        "src": [actor_index.get(r["source"], -1) for r in corpus.relations],
        "tgt": [actor_index.get(r["target"], -1) for r in corpus.relations],
        # (document, sentence) pairs, flat
        "ev": [[x for ev in r["evidence"] for x in (doc_index.get(ev["doc_id"], -1), texts(ev["text"]))]
               for r in corpus.relations],
    }
    dated = [t for t in columns["t0"] if t is not None]
    ends = [t for t in columns["t1"] if t is not None]
    window = bulk_window(current) or bulk_window(dated)
    return {
        "actors": actors,
        "documents": documents,
        "events": columns,
        "relations": relations,
        "places": places,
        "figures": figures,
        "world": page_world(),
        "strings": strings.values(),
        "texts": texts.values(),
        "actor_types": [{"name": t, "colour": TYPE_STYLE.get(t, OTHER_STYLE)[0],
                         "shape": TYPE_STYLE.get(t, OTHER_STYLE)[1]} for t in actor_types],
        "event_types": [{"name": t, "class": EVENT_CLASS.get(t, "other"),
                         "colour": CLASS_COLOUR[EVENT_CLASS.get(t, "other")]} for t in event_types],
        "classes": [{"name": c, "colour": v} for c, v in CLASS_COLOUR.items()],
        "relation_types": relation_types,
        "relation_colour": RELATION_COLOUR,
        "community_colours": list(COMMUNITY_COLOURS),
        "extent": [min(dated), max(ends)] if dated else None,
        "window": list(window) if window else None,
        "overview": OVERVIEW_SIZE,
        "expand_step": EXPAND_STEP,
    }
