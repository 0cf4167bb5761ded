"""The graph the Gephi files hold: one edge per actor pair and link type, dated by its events.

Gephi merges edges that share source, target and kind when it imports a
file, keeping the first edge's attributes. So the files never hold two edges
of one kind between the same two actors: every relation or event type between
a pair is one edge, whose ``intervals`` list the days of each of its events
(the GEXF writer turns them into spells and a dynamic weight). Nodes carry
the page's layout, size and colour, so Gephi opens the picture the page shows.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Mapping, Sequence

import networkx as nx

from .dates import day_range
from .palette import actor_colour, link_colour, rgb

__all__ = ["link_graph", "link_label", "merge_days", "SIZE_MIN", "SIZE_MAX"]

# node sizes, as on the page: by involvement (events and relation evidence)
SIZE_MIN = 8.0
SIZE_MAX = 42.0


def link_label(link_type: str, mutual: bool) -> str:
    """The edge's label, which is also its Gephi kind: a two-sided event says so.

    >>> link_label("ASSAULT", True), link_label("threatens", False)
    ('ASSAULT (mutual)', 'threatens')
    """
    return f"{link_type} (mutual)" if mutual else link_type


def merge_days(intervals: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    """First and last days of the runs of consecutive days the intervals cover.

    >>> merge_days([("2026-02-27", "2026-02-27"), ("2026-02-26", "2026-02-27"), ("2026-03-02", "2026-03-02")])
    [('2026-02-26', '2026-02-27'), ('2026-03-02', '2026-03-02')]
    """
    from datetime import date, timedelta

    runs: list[list[date]] = []
    for start, end in sorted((date.fromisoformat(s), date.fromisoformat(e)) for s, e in intervals):
        if runs and start <= runs[-1][1] + timedelta(days=1):
            runs[-1][1] = max(runs[-1][1], end)
        else:
            runs.append([start, end])
    return [(s.isoformat(), e.isoformat()) for s, e in runs]


def _sizes(graph: nx.MultiDiGraph) -> dict[str, float]:
    involvement = {n: d.get("events") or 0 for n, d in graph.nodes(data=True)}
    for u, v, data in graph.edges(data=True):
        if data.get("kind") == "relation":
            for n in (u, v):
                involvement[n] += len(data.get("evidence") or ()) or 1
    if not involvement:
        return {}
    low, high = min(involvement.values()), max(involvement.values())
    if high == low:
        return {n: (SIZE_MIN + SIZE_MAX) / 4 for n in involvement}
    return {n: round(SIZE_MIN + (SIZE_MAX - SIZE_MIN) * math.sqrt((i - low) / (high - low)), 2)
            for n, i in involvement.items()}


def link_graph(graph: nx.MultiDiGraph, layout: Mapping[str, Sequence[float]] | None = None) -> nx.MultiDiGraph:
    """The graph of ``to_graph`` with one edge per (source, target, link type, mutual).

    Edge attributes: ``link`` (relation / event), ``type``, ``label``,
    ``mutual``, ``weight`` (events, or a relation's evidence sentences),
    ``events`` (event ids, in date order), ``intervals`` (one (first day, last day) per dated
    event, sorted), ``undated`` (events without a date), ``first_date``,
    ``last_date``, ``modes``, ``claims`` and ``negated`` (counts), ``killed`` (the dead its events
    count, each event's conservative figure; see ``disputes``), ``documents``
    and ``evidence``; ``r``, ``g``, ``b`` its colour. Nodes keep their
    attributes and gain ``x``, ``y`` (``layout``, the page's positions, when
    given), ``size`` and ``r``, ``g``, ``b`` (the page's colour for the type).

    >>> from newsgraph.graph.query import sample
    >>> g = link_graph(sample().nx)
    >>> [(d["label"], d["intervals"]) for _, _, d in g.edges("afghanistan", data=True)]
    [('ASSAULT (mutual)', [('2026-02-26', '2026-02-27')])]
    """
    out = nx.MultiDiGraph(gephi=True)
    sizes = _sizes(graph)
    for node, data in graph.nodes(data=True):
        attrs = dict(data)
        colour = rgb(actor_colour(data.get("type")))
        attrs.update(size=sizes.get(node, SIZE_MIN), r=colour[0], g=colour[1], b=colour[2])
        if layout and node in layout:
            attrs.update(x=float(layout[node][0]), y=float(layout[node][1]))
        out.add_node(node, **attrs)
    grouped: dict[tuple, list[tuple[str, dict]]] = defaultdict(list)
    for u, v, key, data in graph.edges(keys=True, data=True):
        link = data.get("kind") or "relation"
        grouped[(u, v, link, data.get("type") or "", bool(data.get("mutual")))].append((str(key), data))
    for (u, v, link, link_type, mutual), items in sorted(grouped.items()):
        # events in date order (undated last), so evidence reads as a chronology
        items.sort(key=lambda item: (not item[1].get("date"), item[1].get("date") or "", item[0]))
        label = link_label(link_type, mutual)
        colour = rgb(link_colour(link, link_type))
        evidence, documents = [], []
        for _, data in items:
            for e in data.get("evidence") or ():
                if e not in evidence:
                    evidence.append(e)
                if e.get("doc_id") and e["doc_id"] not in documents:
                    documents.append(e["doc_id"])
        attrs = {"link": link, "type": link_type, "label": label, "mutual": mutual, "evidence": evidence,
                 "documents": sorted(documents), "r": colour[0], "g": colour[1], "b": colour[2]}
        if link == "relation":
            attrs["weight"] = float(sum(len(d.get("evidence") or ()) or 1 for _, d in items))
        else:
            spans = [day_range(d.get("date"), d.get("date_end")) for _, d in items]
            intervals = sorted(s for s in spans if s)
            attrs.update(weight=float(len(items)), events=[d.get("event") or k for k, d in items],
                         intervals=intervals, undated=sum(1 for s in spans if s is None),
                         first_date=intervals[0][0] if intervals else None,
                         last_date=max(e for _, e in intervals) if intervals else None,
                         modes=sorted({d["mode"] for _, d in items if d.get("mode")}),
                         claims=sum(1 for _, d in items if d.get("claim")),
                         negated=sum(1 for _, d in items if d.get("negated")),
                         killed=sum(d.get("killed") or 0 for _, d in items))
        key = f"{link}:{link_type}{':mutual' if mutual else ''}:{u}:{v}"
        out.add_edge(u, v, key=key, **attrs)
    return out
