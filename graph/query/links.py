"""Graph-first questions: the links between two actors, an actor's neighbours, a chain of links.

They work on any graph ``to_graph`` builds; ``Newsgraph`` asks them with its events table.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator

import networkx as nx

from ...extract.model import Event as EventRecord
from ...extract.model import Evidence
from ...extract.vocabulary import EVENT_TYPES, RELATION_TYPES
from ..reports import report_evidence
from .errors import NoPath
from .filters import types_asked
from .lookup import as_list, find_actor
from .results import Actor, Link, Neighbor, Results, Step

__all__ = ["evidence_records", "node_label", "find_actor", "links", "neighbors", "path", "incident_links", "link_order"]


def node_label(G: nx.Graph, node: str) -> str:
    return G.nodes[node].get("label") or str(node) if node in G else str(node)


def evidence_records(value) -> tuple[Evidence, ...]:
    return tuple(Evidence.from_row(e)
                 for e in as_list(value) if isinstance(e, dict))


def _edge_link(G: nx.Graph, u: str, v: str, key, data: dict) -> Link:
    return Link(kind=data.get("kind") or "relation", id=str(data.get("event") or key), type=data.get("type", ""),
                source=(u,), target=(v,), source_names=(node_label(G, u),), target_names=(node_label(G, v),),
                evidence=evidence_records(data.get("evidence")), mode=data.get("mode") or None,
                date=data.get("date") or None, date_end=data.get("date_end") or None)


def _event_link(G: nx.Graph, row: dict) -> Link:
    e = EventRecord.from_row(row)
    evidence = row.get("evidence") or [report_evidence(row)]
    return Link(kind="event", id=row.get("group") or row["id"], type=e.type, source=e.source, target=e.target,
                source_names=tuple(node_label(G, a) for a in e.source),
                target_names=tuple(node_label(G, a) for a in e.target), evidence=evidence_records(evidence),
                mode=e.mode, date=e.date, date_end=e.date_end, attributed_to=e.attributed_to, negated=e.negated,
                claim=e.claim)


def incident_links(G: nx.Graph, actor: str, events: Iterable[dict] | None) -> Iterator[tuple[str, str, Link]]:
    """(other actor, direction, link) for every link of ``actor``.

    Relations come from the graph; events from ``events`` rows when given,
    else from the graph's event edges (two-sided events are mutual edges).
    """
    edges = [(u, v, k, d, "out") for u, v, k, d in G.out_edges(actor, keys=True, data=True)]
    edges += [(u, v, k, d, "in") for u, v, k, d in G.in_edges(actor, keys=True, data=True)]
    seen_events: set[tuple[str, str]] = set()
    for u, v, k, data, direction in edges:
        other = v if direction == "out" else u
        if data.get("kind") == "event":
            if events is not None:
                continue
            event_id = str(data.get("event") or k)
            if (event_id, other) in seen_events:
                continue
            seen_events.add((event_id, other))
        # a two-sided event ("A and B clashed") goes both ways, whichever way its edge points
        yield other, "both" if data.get("mutual") else direction, _edge_link(G, u, v, k, data)
    for row in events or ():
        sources, targets = set(row["source"]), set(row["target"])
        if actor not in sources | targets:
            continue
        link = _event_link(G, row)
        for other in sorted((sources | targets) - {actor}):
            if other not in G:
                continue
            if actor in sources and other in targets and not (actor in targets and other in sources):
                direction = "out"
            elif actor in targets and other in sources and not (actor in sources and other in targets):
                direction = "in"
            else:
                direction = "both"
            yield other, direction, link


def link_order(link: Link) -> tuple:
    first = link.evidence[0] if link.evidence else Evidence(None, None, None, "")
    return (link.kind != "relation", link.date is None, link.date or "", link.date_end or "",
            first.doc_id or "", first.start or 0, link.type, link.id)


def links(G: nx.Graph, a: str, b: str, *, events: Iterable[dict] | None = None) -> Results:
    """Every relation and event between actors ``a`` and ``b`` (names, aliases or ids), either way.

    Relations first, then events by date; an event reported by several
    documents is one link with every report in ``evidence``. Pass the
    ``events`` table rows to get each event whole: all its actors on both
    sides, who states it, whether it is a claim or negated.

    >>> from newsgraph.graph.query import sample
    >>> g = sample()
    >>> [(x.kind, x.type, x.date) for x in links(g.nx, "Pakistan", "Afghanistan")]
    [('relation', 'conflict_with', None), ('event', 'ASSAULT', '2026-02-26'), ('event', 'ASSAULT', '2026-02-27')]
    >>> [(x.type, x.date, x.date_end) for x in links(g.nx, "Pakistan", "Afghanistan", events=g.corpus.events)
    ...  if x.kind == "event"]
    [('ASSAULT', '2026-02-26', '2026-02-27'), ('ASSAULT', '2026-02-27', None)]
    """
    a, b = find_actor(G, a), find_actor(G, b)
    events = list(events) if events is not None else None
    found = {link.id: link for other, _, link in incident_links(G, a, events) if other == b}
    return Results(sorted(found.values(), key=link_order), Link)


def neighbors(G: nx.Graph, actor: str, *, type: str | Iterable[str] | None = None,
              kind: str | None = None, events: Iterable[dict] | None = None) -> Results:
    """The actors linked to ``actor``, most links first.

    ``type`` keeps links of these relation or event types (case ignored),
    ``kind`` only ``"relation"`` or ``"event"`` links; ``events`` as in ``links``.

    >>> from newsgraph.graph.query import sample
    >>> g = sample()
    >>> [(n.name, n.direction, n.links) for n in neighbors(g.nx, "Pakistan")]
    [('Afghanistan', 'both', 3), ('Islamic Emirate of Afghanistan', 'in', 1)]
    >>> [n.name for n in neighbors(g.nx, "Islamic Emirate", type="spokesperson_for")]
    ['Zabihullah Mujahid']
    """
    actor = find_actor(G, actor)
    events = list(events) if events is not None else None
    wanted = types_asked(type, {*RELATION_TYPES, *EVENT_TYPES, *(d.get("type") or "" for _, _, d in G.edges(data=True)),
                           *(row["type"] for row in events or ())}, "relation or event type")
    counts: Counter = Counter()
    directions: dict[str, set[str]] = defaultdict(set)
    kinds: dict[str, set[str]] = defaultdict(set)
    seen: set[tuple[str, str]] = set()
    for other, direction, link in incident_links(G, actor, events):
        if (wanted and link.type.casefold() not in wanted) or (kind and link.kind != kind):
            continue
        if (other, link.id) in seen:
            continue
        seen.add((other, link.id))
        counts[other] += 1
        directions[other].add(direction)
        kinds[other].add(link.type)
    rows = []
    for other, n in counts.items():
        way = directions[other]
        direction = next(iter(way)) if len(way) == 1 else "both"
        rows.append(Neighbor(other, node_label(G, other), G.nodes[other].get("type", ""), direction, n,
                             tuple(sorted(kinds[other]))))
    return Results(sorted(rows, key=lambda r: (-r.links, r.name.casefold(), r.id)), Neighbor)


def _actor_from_node(G: nx.Graph, node: str) -> Actor:
    d = G.nodes[node]
    return Actor(node, d.get("label") or str(node), d.get("type", ""), d.get("country") or None,
                 tuple(as_list(d.get("aliases"))), tuple(as_list(d.get("roles"))), int(d.get("mentions") or 0),
                 tuple(as_list(d.get("documents"))))


def path(G: nx.Graph, a: str, b: str, *, events: Iterable[dict] | None = None) -> Results:
    """A shortest chain of links from ``a`` to ``b`` (either way along each link), one Step per actor.

    Each step holds the links (type, dates, evidence) between its actor and
    the next; ``events`` as in ``links``.

    >>> from newsgraph.graph.query import sample
    >>> for x in path(sample().nx, "Mujahid", "Pakistan"):
    ...     print(x.step, x.name, [(link.type, link.date) for link in x.links])
    1 Zabihullah Mujahid [('spokesperson_for', None)]
    2 Islamic Emirate of Afghanistan [('REJECT', '2026-02-28')]
    3 Pakistan []
    """
    a, b = find_actor(G, a), find_actor(G, b)
    # an undirected copy built in a fixed order: the same chain every run (networkx's undirected
    # view of a directed graph walks neighbours in set order, which changes from run to run)
    und = nx.Graph()
    und.add_nodes_from(sorted(G))
    und.add_edges_from(sorted((u, v) for u, v in G.edges()))
    try:
        nodes = nx.shortest_path(und, a, b)
    except nx.NetworkXNoPath as err:
        raise NoPath(f"no chain of links between {node_label(G, a)!r} and {node_label(G, b)!r}") from err
    events = list(events) if events is not None else None
    steps = []
    for n, node in enumerate(nodes):
        actor = _actor_from_node(G, node)
        between = links(G, node, nodes[n + 1], events=events) if n + 1 < len(nodes) else Results((), Link)
        steps.append(Step(n + 1, actor.id, actor.name, actor.type, nodes[n + 1] if n + 1 < len(nodes) else None,
                          tuple(between)))
    return Results(steps, Step)
