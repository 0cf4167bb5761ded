"""Events as nodes: every event, with one actor or many, linked to its actors by role.

The actor graph draws an event as links between its actors, so an event
with one actor shows only as a count on that actor. This graph gives each
event (each group of reports) a node of its own, with its type, mode, dates
and sentence, and links it to its actors by role: ``source`` (actor to
event), ``target`` (event to actor), ``attributed_to`` (who states it, to the
event) and ``place`` (event to place). The same writers write it.
"""

from __future__ import annotations

import networkx as nx

from ..build import Corpus
from ..dates import day_range
from ..palette import actor_colour, link_colour, rgb
from ..reports import report_evidence, report_groups

__all__ = ["events_graph", "ROLES"]

ROLES = ("source", "target", "attributed_to", "place")


def _node_id(prefix: str, value: str) -> str:
    return f"{prefix}:{value}"


def _located(event: dict, places: dict[str, dict]) -> dict:
    """The event's place and its ``latitude``/``longitude`` (what Gephi's GeoLayout reads), when resolved."""
    place = places.get(event.get("place_id")) or {}
    if place.get("lat") is None:
        return {}
    return {"place": event.get("place"), "place_id": place["id"], "latitude": place["lat"], "longitude": place["lon"]}


def events_graph(corpus: Corpus) -> nx.MultiDiGraph:
    """Actors, events and places as nodes (``node_class``), links by role (``role``, also the edge label).

    >>> from newsgraph.graph.query import sample
    >>> g = events_graph(sample().corpus)
    >>> sorted(d["role"] for _, _, d in g.edges(data=True))
    ['attributed_to', 'place', 'source', 'source', 'source', 'source', 'target', 'target']
    """
    out = nx.MultiDiGraph(gephi=True)
    actors = {a["id"]: a for a in corpus.actors}
    places = {p["id"]: p for p in corpus.places}
    for e, *_ in report_groups(corpus.events):
        group = e.get("group") or e["id"]
        span = day_range(e.get("date"), e.get("date_end"))
        event = _node_id("event", group)
        colour = rgb(link_colour("event", e["type"]))
        reports = e.get("evidence") or [report_evidence(e)]
        out.add_node(event, label=f"{e['type']} {span[0] if span else 'undated'}", node_class="event",
                     type=e["type"], mode=e.get("mode"), date=e.get("date"), date_end=e.get("date_end"),
                     first_date=span[0] if span else None, last_date=span[1] if span else None,
                     sentence=e.get("sentence"), doc_id=e.get("doc_id"), claim=bool(e.get("claim")),
                     negated=bool(e.get("negated")), reports=len(reports), evidence=reports, size=10.0,
                     r=colour[0], g=colour[1], b=colour[2], **_located(e, places))
        links = [(a, event, "source") for a in dict.fromkeys(e["source"])]
        links += [(event, a, "target") for a in dict.fromkeys(e["target"])]
        if e.get("attributed_to"):
            links.append((e["attributed_to"], event, "attributed_to"))
        if e.get("place"):
            place = _node_id("place", e.get("place_id") or e["place"])
            if place not in out:
                colour = rgb(actor_colour("location"))
                out.add_node(place, label=e["place"], node_class="place", type="location", size=8.0,
                             r=colour[0], g=colour[1], b=colour[2], **_located(e, places))
            links.append((event, place, "place"))
        for u, v, role in links:
            for node in (u, v):
                if node not in out and node in actors:
                    a = actors[node]
                    colour = rgb(actor_colour(a["type"]))
                    out.add_node(node, label=a["name"], node_class="actor", type=a["type"],
                                 country=a.get("country"), size=14.0, r=colour[0], g=colour[1], b=colour[2])
            if u in out and v in out:
                out.add_edge(u, v, key=f"{role}:{u}:{v}", role=role, label=role, link="role", type=role,
                             weight=1.0, intervals=[span] if span else [])
    positions = nx.spring_layout(nx.Graph(out), seed=7, scale=60.0 * max(1.0, out.number_of_nodes() ** 0.5))
    for node, (x, y) in positions.items():
        out.nodes[node].update(x=round(float(x), 2), y=round(float(y), 2))
    return out
