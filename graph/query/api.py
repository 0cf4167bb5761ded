"""Questions asked of a built graph: who is this actor, what links two actors, when.

Graph-first functions (``find_actor``, ``links``, ``neighbors``, ``path``) work
on any graph ``to_graph`` builds; ``Newsgraph`` (from ``load``) wraps a built
output folder's tables and graph and answers with plain, frozen objects.

>>> import tempfile
>>> from newsgraph.graph.tables import write_table
>>> folder = tempfile.mkdtemp()
>>> write_table(f"{folder}/documents.jsonl", [{"id": "d1", "date": "2026-02-28"}])
>>> write_table(f"{folder}/actors.jsonl", [
...     {"id": "ruritania", "name": "Ruritania", "type": "country", "aliases": ["Ruritanian army"]},
...     {"id": "borduria", "name": "Borduria", "type": "country"}])
>>> write_table(f"{folder}/relations.jsonl", [])
>>> write_table(f"{folder}/events.jsonl", [
...     {"id": "e1", "type": "ASSAULT", "mode": "artillery", "date": "2026-02-27", "doc_id": "d1",
...      "source": ["ruritania"], "target": ["borduria"], "start": 0, "end": 38,
...      "sentence": "The Ruritanian army shelled Borduria."}])
>>> g = load(folder)
>>> g
<Newsgraph '...': 2 actors, 0 relations, 1 events>
>>> [(link.type, link.mode, link.date, link.sentence) for link in g.links("Ruritanian army", "borduria")]
[('ASSAULT', 'artillery', '2026-02-27', 'The Ruritanian army shelled Borduria.')]
"""

from __future__ import annotations

import dataclasses
import difflib
import html
import json
import os
import re
import tempfile
import unicodedata
import warnings
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import networkx as nx

from ..extract.vocabulary import ACTOR_TYPES, EVENT_TYPES, RELATION_TYPES
from .atomic import atomic_write
from .build import Corpus, to_graph
from .dates import day_range
from .geo import Place, find_place, place_record, within_km
from .gephi import events_graph, link_graph, write_csv, write_gexf, write_graphml, write_node_link
from .manifest import MixedBuild, check_manifest
from .validate import TableError, read_rows, unknown_actor_warnings

__all__ = [
    "QueryError", "NotBuilt", "UnknownActor", "AmbiguousActor", "NoPath", "UnknownType", "UnknownPlace",
    "UnknownActorReference", "Evidence", "Actor", "Link", "Neighbor", "Event", "Step", "Place", "Results",
    "find_actor", "links", "neighbors", "path",
    "Newsgraph", "load", "sample", "EXPORT_FORMATS", "EVENT_EXPORT_FORMATS",
]

TABLE_FILES = ("documents", "actors", "relations", "events")
EXPORT_FORMATS = {
    "graphml": ("graph.graphml",),
    "gexf": ("graph.gexf",),
    "json": ("graph.json",),
    "csv": ("nodes.csv", "edges.csv"),
}
EVENT_EXPORT_FORMATS = {
    "graphml": ("events.graphml",),
    "gexf": ("events.gexf",),
    "json": ("events.json",),
    "csv": ("event-nodes.csv", "event-edges.csv"),
}


# missing fields get these values, so tables from older builds and hand-written rows load too
_ACTOR_DEFAULTS = {"type": "organization", "aliases": [], "mentions": 0, "documents": [], "country": None,
                   "roles": []}
_EVENT_DEFAULTS = {"mode": None, "date": None, "date_end": None, "date_text": None, "date_source": None,
                   "source": [], "target": [], "place": None, "doc_id": None, "sentence": "", "start": None,
                   "end": None, "attributed_to": None, "negated": False, "claim": False,
                   "historical": False, "place_id": None}


# --- errors ------------------------------------------------------------------------------------

class QueryError(Exception):
    """A question the built graph cannot answer; the message says why in one line."""


class NotBuilt(QueryError, FileNotFoundError):
    """The folder holds no newsgraph build (or a table in it is missing or unreadable)."""


class UnknownActor(QueryError, LookupError):
    """No actor has this name, alias or id. ``matches`` holds the closest actor names.

    >>> str(UnknownActor("Mujahed", ["Zabihullah Mujahid"]))
    "unknown actor 'Mujahed'; did you mean: Zabihullah Mujahid?"
    """

    def __init__(self, name: str, matches: Iterable[str] = ()):
        self.name = name
        self.matches = tuple(matches)
        hint = f"; did you mean: {', '.join(self.matches)}?" if self.matches else ""
        super().__init__(f"unknown actor {name!r}{hint}")


class AmbiguousActor(QueryError, LookupError):
    """The name is an alias of more than one actor; ``candidates`` holds their ids."""

    def __init__(self, name: str, candidates: Iterable[tuple[str, str]]):
        self.name = name
        self.candidates = tuple(actor_id for actor_id, _ in candidates)
        listed = ", ".join(f"{label} [{actor_id}]" for actor_id, label in candidates)
        super().__init__(f"{name!r} names more than one actor: {listed}; ask by id")


class UnknownPlace(QueryError, LookupError):
    """No place of the build nor of the gazetteer has this name."""


class NoPath(QueryError, LookupError):
    """The two actors are not connected in the graph."""


class UnknownType(QueryError, LookupError):
    """A filter names a type no actor, relation or event can have; ``matches`` holds the closest ones."""

    def __init__(self, name: str, what: str, matches: Iterable[str] = (), known: Iterable[str] = ()):
        self.name = name
        self.matches = tuple(matches)
        hint = f"; did you mean: {', '.join(self.matches)}?" if self.matches else ""
        listed = f" Known: {', '.join(known)}" if known else ""
        super().__init__(f"unknown {what} {name!r}{hint}{listed}")


class UnknownActorReference(UserWarning):
    """Rows of a loaded table name actor ids that the actors table lacks."""


# --- plain result objects ----------------------------------------------------------------------

class _Record:
    """Shared by the result objects: a dict of plain values."""

    def to_dict(self) -> dict:
        return {f.name: _plain(getattr(self, f.name)) for f in dataclasses.fields(self)}


def _plain(value):
    if isinstance(value, _Record):
        return value.to_dict()
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    return value


@dataclass(frozen=True, slots=True)
class Evidence(_Record):
    """A sentence that states a fact: its document and character offsets."""

    doc_id: str | None
    start: int | None
    end: int | None
    text: str


@dataclass(frozen=True, slots=True)
class Actor(_Record):
    """One actor as the tables describe it."""

    id: str
    name: str
    type: str
    country: str | None = None
    aliases: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    mentions: int = 0
    documents: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Link(_Record):
    """A relation or an event between actors, with the sentences that state it.

    ``source`` and ``target`` are actor ids (an event may have several of each,
    or none on one side), ``source_names`` and ``target_names`` their names.
    """

    kind: str
    id: str
    type: str
    source: tuple[str, ...]
    target: tuple[str, ...]
    source_names: tuple[str, ...]
    target_names: tuple[str, ...]
    evidence: tuple[Evidence, ...]
    mode: str | None = None
    date: str | None = None
    date_end: str | None = None
    attributed_to: str | None = None
    negated: bool = False
    claim: bool = False

    @property
    def sentence(self) -> str:
        """The first evidence sentence (an event has exactly one)."""
        return self.evidence[0].text if self.evidence else ""


@dataclass(frozen=True, slots=True)
class Neighbor(_Record):
    """An actor linked to the one asked about: how often, which way, by which types."""

    id: str
    name: str
    actor_type: str
    direction: str
    links: int
    link_types: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Event(_Record):
    """One event as events.jsonl reports it, with actor names beside the ids.

    ``sentence`` is the report found first; ``evidence`` holds every report of
    the same event (``group``). ``role`` says how the actor a timeline was
    asked for takes part: ``source``, ``target``, ``source+target`` or
    ``attributed`` (it states the event).
    """

    id: str
    type: str
    mode: str | None
    date: str | None
    date_end: str | None
    date_text: str | None
    source: tuple[str, ...]
    target: tuple[str, ...]
    source_names: tuple[str, ...]
    target_names: tuple[str, ...]
    place: str | None
    doc_id: str | None
    sentence: str
    start: int | None
    end: int | None
    attributed_to: str | None
    attributed_name: str | None
    negated: bool
    claim: bool
    group: str
    evidence: tuple[Evidence, ...]
    role: str | None = None
    historical: bool = False
    place_id: str | None = None
    lat: float | None = None
    lon: float | None = None


@dataclass(frozen=True, slots=True)
class Step(_Record):
    """One actor on a chain of links, and the links (type, dates, evidence) that join it to the next."""

    step: int
    id: str
    name: str
    type: str
    next: str | None
    links: tuple[Link, ...] = ()


class Results(list):
    """A list of result objects that also turns into records or a pandas DataFrame."""

    def __init__(self, items: Iterable = (), kind: type | None = None):
        super().__init__(items)
        self.kind = kind or (type(self[0]) if self else None)

    def to_records(self) -> list[dict]:
        """The results as plain dicts (lists for tuples), ready for ``json.dumps``."""
        return [item.to_dict() for item in self]

    def to_dataframe(self):
        """The results as a ``pandas.DataFrame``, one row per result (needs pandas)."""
        try:
            import pandas as pd
        except ImportError as err:
            raise ImportError("to_dataframe needs pandas: pip install pandas") from err
        columns = [f.name for f in dataclasses.fields(self.kind)] if self.kind else None
        return pd.DataFrame(self.to_records(), columns=columns)


# --- actor lookup ------------------------------------------------------------------------------

def _norm(text: str) -> str:
    """A name as looked up: case, accents, quotes and punctuation folded.

    >>> _norm("  Pakistan’s  MINISTRY ")
    'pakistan s ministry'
    """
    folded = unicodedata.normalize("NFKD", str(text).casefold())
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    return " ".join(re.split(r"[\W_]+", folded)).strip()


def _as_list(value) -> list:
    """A list attribute, also when a GraphML or GEXF reader handed it back as a JSON string."""
    if value in (None, ""):
        return []
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            return [value]
    return list(value) if isinstance(value, list | tuple) else [value]


class _ActorIndex:
    """Names, aliases and ids of actors, for exact lookups and close-match hints."""

    def __init__(self, actors: Iterable[tuple[str, str, Iterable[str], int]]):
        self.labels: dict[str, str] = {}
        self.weight: dict[str, int] = {}
        self.by_name: dict[str, list[str]] = defaultdict(list)
        self.by_alias: dict[str, list[str]] = defaultdict(list)
        for actor_id, label, aliases, mentions in actors:
            self.labels[actor_id] = label
            self.weight[actor_id] = mentions or 0
            self.by_name[_norm(label)].append(actor_id)
            for alias in aliases:
                if actor_id not in self.by_alias[_norm(alias)]:
                    self.by_alias[_norm(alias)].append(actor_id)

    def resolve(self, name: str) -> str:
        if name in self.labels:
            return name
        key = _norm(name)
        for table in (self.by_name, self.by_alias):
            found = table.get(key, [])
            if len(found) == 1:
                return found[0]
            if found:
                raise AmbiguousActor(name, [(i, self.labels[i]) for i in sorted(found)])
        raise UnknownActor(name, self.close_matches(key))

    def close_matches(self, key: str, n: int = 5) -> list[str]:
        if not key:
            return []
        forms: dict[str, set[str]] = defaultdict(set)
        for table in (self.by_name, self.by_alias):
            for form, ids in table.items():
                forms[form].update(ids)
        ranked = [f for f in forms if re.search(rf"\b{re.escape(key)}\b", f)]
        ranked += difflib.get_close_matches(key, list(forms), n=n, cutoff=0.6)
        ranked += [f for f in forms if key in f]
        out: list[str] = []
        for form in ranked:
            for actor_id in sorted(forms[form], key=lambda i: (-self.weight[i], i)):
                if self.labels[actor_id] not in out:
                    out.append(self.labels[actor_id])
        return out[:n]


def _graph_index(G: nx.Graph) -> _ActorIndex:
    return _ActorIndex((n, d.get("label") or str(n), _as_list(d.get("aliases")), d.get("mentions") or 0)
                       for n, d in G.nodes(data=True))


def find_actor(G: nx.Graph, name: str) -> str:
    """The id of the node whose id, label or alias is ``name`` (case and accents ignored).

    Raises UnknownActor, with the closest names, when nothing matches, and
    AmbiguousActor when the name is an alias of several actors.

    >>> g = sample().nx
    >>> find_actor(g, "mujahid")
    'zabihullah-mujahid'
    >>> find_actor(g, "Mujahed")
    Traceback (most recent call last):
    ...
    newsgraph.graph.query.UnknownActor: unknown actor 'Mujahed'; did you mean: Zabihullah Mujahid?
    """
    return _graph_index(G).resolve(name)


# --- graph-first questions ---------------------------------------------------------------------

def _label(G: nx.Graph, node: str) -> str:
    return G.nodes[node].get("label") or str(node) if node in G else str(node)


def _evidence(value) -> tuple[Evidence, ...]:
    return tuple(Evidence(e.get("doc_id"), e.get("start"), e.get("end"), e.get("text", ""))
                 for e in _as_list(value) if isinstance(e, dict))


def _edge_link(G: nx.Graph, u: str, v: str, key, data: dict) -> Link:
    return Link(kind=data.get("kind") or "relation", id=str(data.get("event") or key), type=data.get("type", ""),
                source=(u,), target=(v,), source_names=(_label(G, u),), target_names=(_label(G, v),),
                evidence=_evidence(data.get("evidence")), mode=data.get("mode") or None,
                date=data.get("date") or None, date_end=data.get("date_end") or None)


def _event_link(G: nx.Graph, row: dict) -> Link:
    evidence = row.get("evidence") or [{"doc_id": row["doc_id"], "start": row["start"], "end": row["end"],
                                        "text": row["sentence"]}]
    return Link(kind="event", id=row.get("group") or row["id"], type=row["type"], source=tuple(row["source"]),
                target=tuple(row["target"]), source_names=tuple(_label(G, a) for a in row["source"]),
                target_names=tuple(_label(G, a) for a in row["target"]), evidence=_evidence(evidence),
                mode=row["mode"], date=row["date"], date_end=row["date_end"],
                attributed_to=row["attributed_to"], negated=bool(row["negated"]), claim=bool(row["claim"]))


def _incident_links(G: nx.Graph, actor: str, events: Iterable[dict] | None) -> Iterator[tuple[str, str, Link]]:
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


def _link_order(link: Link) -> tuple:
    first = link.evidence[0] if link.evidence else Evidence(None, None, None, "")
    return (link.kind != "relation", link.date is None, link.date or "", link.date_end or "",
            first.doc_id or "", first.start or 0, link.type, link.id)


def _types(value, known: Iterable[str] = (), what: str = "type") -> set[str] | None:
    """The asked types, case folded; a type not in ``known`` (when given) raises UnknownType with a hint.

    >>> _types(["assault"], ["ASSAULT", "ACCUSE"])
    {'assault'}
    >>> _types("ASSAUL", ["ASSAULT", "ACCUSE"], "event type")
    Traceback (most recent call last):
    ...
    newsgraph.graph.query.UnknownType: unknown event type 'ASSAUL'; did you mean: ASSAULT? Known: ACCUSE, ASSAULT
    """
    if value is None:
        return None
    asked = [value] if isinstance(value, str) else list(value)
    known = sorted(set(known))
    folded = {k.casefold(): k for k in known}
    for name in asked:
        if known and name.casefold() not in folded:
            raise UnknownType(name, what, [folded[m] for m in difflib.get_close_matches(
                name.casefold(), list(folded), n=3, cutoff=0.6)], known)
    return {name.casefold() for name in asked}


def links(G: nx.Graph, a: str, b: str, *, events: Iterable[dict] | None = None) -> Results:
    """Every relation and event between actors ``a`` and ``b`` (names, aliases or ids), either way.

    Relations first, then events by date; an event reported by several
    documents is one link with every report in ``evidence``. Pass the
    ``events`` table rows to get each event whole: all its actors on both
    sides, who states it, whether it is a claim or negated.

    >>> g = sample()
    >>> [(x.kind, x.type, x.date) for x in links(g.nx, "Pakistan", "Afghanistan")]
    [('relation', 'conflict_with', None), ('event', 'ASSAULT', '2026-02-26'), ('event', 'ASSAULT', '2026-02-27')]
    >>> [(x.type, x.date, x.date_end) for x in links(g.nx, "Pakistan", "Afghanistan", events=g.corpus.events)
    ...  if x.kind == "event"]
    [('ASSAULT', '2026-02-26', '2026-02-27'), ('ASSAULT', '2026-02-27', None)]
    """
    a, b = find_actor(G, a), find_actor(G, b)
    events = list(events) if events is not None else None
    found = {link.id: link for other, _, link in _incident_links(G, a, events) if other == b}
    return Results(sorted(found.values(), key=_link_order), Link)


def neighbors(G: nx.Graph, actor: str, *, type: str | Iterable[str] | None = None,
              kind: str | None = None, events: Iterable[dict] | None = None) -> Results:
    """The actors linked to ``actor``, most links first.

    ``type`` keeps links of these relation or event types (case ignored),
    ``kind`` only ``"relation"`` or ``"event"`` links; ``events`` as in ``links``.

    >>> g = sample()
    >>> [(n.name, n.direction, n.links) for n in neighbors(g.nx, "Pakistan")]
    [('Afghanistan', 'both', 3), ('Islamic Emirate of Afghanistan', 'in', 1)]
    >>> [n.name for n in neighbors(g.nx, "Islamic Emirate", type="spokesperson_for")]
    ['Zabihullah Mujahid']
    """
    actor = find_actor(G, actor)
    events = list(events) if events is not None else None
    wanted = _types(type, {*RELATION_TYPES, *EVENT_TYPES, *(d.get("type") or "" for _, _, d in G.edges(data=True)),
                           *(row["type"] for row in events or ())}, "relation or event type")
    counts: Counter = Counter()
    directions: dict[str, set[str]] = defaultdict(set)
    kinds: dict[str, set[str]] = defaultdict(set)
    seen: set[tuple[str, str]] = set()
    for other, direction, link in _incident_links(G, actor, events):
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
        rows.append(Neighbor(other, _label(G, other), G.nodes[other].get("type", ""), direction, n,
                             tuple(sorted(kinds[other]))))
    return Results(sorted(rows, key=lambda r: (-r.links, r.name.casefold(), r.id)), Neighbor)


def _actor_from_node(G: nx.Graph, node: str) -> Actor:
    d = G.nodes[node]
    return Actor(node, d.get("label") or str(node), d.get("type", ""), d.get("country") or None,
                 tuple(_as_list(d.get("aliases"))), tuple(_as_list(d.get("roles"))), int(d.get("mentions") or 0),
                 tuple(_as_list(d.get("documents"))))


def path(G: nx.Graph, a: str, b: str, *, events: Iterable[dict] | None = None) -> Results:
    """A shortest chain of links from ``a`` to ``b`` (either way along each link), one Step per actor.

    Each step holds the links (type, dates, evidence) between its actor and
    the next; ``events`` as in ``links``.

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
        raise NoPath(f"no chain of links between {_label(G, a)!r} and {_label(G, b)!r}") from err
    events = list(events) if events is not None else None
    steps = []
    for n, node in enumerate(nodes):
        actor = _actor_from_node(G, node)
        between = links(G, node, nodes[n + 1], events=events) if n + 1 < len(nodes) else Results((), Link)
        steps.append(Step(n + 1, actor.id, actor.name, actor.type, nodes[n + 1] if n + 1 < len(nodes) else None,
                          tuple(between)))
    return Results(steps, Step)


# --- events ------------------------------------------------------------------------------------

def _day(value: str | date | None, name: str) -> str | None:
    if value is None or isinstance(value, date):
        return value.isoformat()[:10] if value else None
    span = day_range(value)
    if span is None:
        raise QueryError(f"--{name} must be an ISO date like 2026-02-27, not {value!r}")
    return span[0] if name == "since" else span[1]


def _window(since: str | date | None, until: str | date | None) -> tuple[str | None, str | None]:
    """The first and last day asked for; a range that ends before it starts is an error.

    >>> _window("2026-02", "2026-03-01")
    ('2026-02-01', '2026-03-01')
    >>> _window("2026-03-02", "2026-03-01")
    Traceback (most recent call last):
    ...
    newsgraph.graph.query.QueryError: --since 2026-03-02 is after --until 2026-03-01: no day is in that range
    """
    first, last = _day(since, "since"), _day(until, "until")
    if first and last and first > last:
        raise QueryError(f"--since {first} is after --until {last}: no day is in that range")
    return first, last


def _in_window(row: dict, since: str | None, until: str | None) -> bool:
    if since is None and until is None:
        return True
    span = day_range(row.get("date"), row.get("date_end"))
    if span is None:
        return False
    return (since is None or span[1] >= since) and (until is None or span[0] <= until)


def _role(row: dict, actor: str) -> str | None:
    sides = [side for side in ("source", "target") if actor in row["source" if side == "source" else "target"]]
    if sides:
        return "+".join(sides)
    return "attributed" if row.get("attributed_to") == actor else None


def _event_order(event: Event) -> tuple:
    return (event.date is None, event.date or "", event.date_end or "", event.doc_id or "", event.start or 0,
            event.type, event.id)


# --- the API over one build ---------------------------------------------------------------------

def _with_defaults(rows: Iterable[dict], defaults: dict) -> list[dict]:
    out = []
    for row in rows:
        row = dict(row)
        for key, value in defaults.items():
            row.setdefault(key, list(value) if isinstance(value, list) else value)
        out.append(row)
    return out


def _event_rows(rows: Iterable[dict]) -> list[dict]:
    """Event rows with every field; a row that names no ``group`` is an event reported once."""
    rows = _with_defaults(rows, _EVENT_DEFAULTS)
    for row in rows:
        row.setdefault("group", row["id"])
        row.setdefault("evidence", [{"doc_id": row["doc_id"], "start": row["start"], "end": row["end"],
                                     "text": row["sentence"]}])
    return rows


class Newsgraph:
    """One build's tables and graph, and the questions analysts ask of them.

    ``nx`` is the networkx MultiDiGraph for your own algorithms; ``corpus``
    holds the contract's tables as lists of dicts.

    >>> g = sample()
    >>> g.actor("Mujahid").roles
    ('spokesperson',)
    >>> import networkx as nx
    >>> max(nx.degree_centrality(g.nx).items(), key=lambda kv: kv[1])
    ('afghanistan', 1.3333333333333333)
    """

    def __init__(self, corpus: Corpus, folder: str | os.PathLike | None = None):
        corpus.actors = _with_defaults(corpus.actors, _ACTOR_DEFAULTS)
        corpus.events = _event_rows(corpus.events)
        if corpus.graph.number_of_nodes() == 0:
            corpus.graph = to_graph(corpus)
        self.corpus = corpus
        self.folder = Path(folder) if folder is not None else None
        self.nx: nx.MultiDiGraph = corpus.graph
        self._rows = {a["id"]: a for a in corpus.actors}
        self._places = {p["id"]: p for p in corpus.places}
        self._index = _ActorIndex((a["id"], a["name"], a["aliases"], a["mentions"]) for a in corpus.actors)

    @classmethod
    def from_tables(cls, *, actors: Iterable[dict], relations: Iterable[dict] = (), events: Iterable[dict] = (),
                    documents: Iterable[dict] = (), timexes: Iterable[dict] = (),
                    figures: Iterable[dict] = (), places: Iterable[dict] = ()) -> Newsgraph:
        """A Newsgraph from table rows in memory; fields a row leaves out take empty values."""
        return cls(Corpus(documents=list(documents), actors=list(actors), relations=list(relations),
                          events=list(events), timexes=list(timexes), figures=list(figures), places=list(places)))

    def __repr__(self) -> str:
        where = f" {str(self.folder)!r}:" if self.folder else ":"
        c = self.corpus
        return f"<Newsgraph{where} {len(c.actors)} actors, {len(c.relations)} relations, {len(c.events)} events>"

    # actors

    def resolve(self, name: str) -> str:
        """The id of the actor whose id, name or alias is ``name``; raises UnknownActor."""
        return self._index.resolve(name)

    def _name(self, actor_id: str | None) -> str | None:
        if actor_id is None:
            return None
        row = self._rows.get(actor_id)
        return row["name"] if row else actor_id

    def _actor(self, actor_id: str) -> Actor:
        a = self._rows[actor_id]
        return Actor(a["id"], a["name"], a["type"], a["country"], tuple(a["aliases"]), tuple(a["roles"]),
                     a["mentions"], tuple(a["documents"]))

    def actor(self, name: str) -> Actor:
        """The actor named ``name``: canonical name, any alias or the id, case and accents ignored.

        >>> a = sample().actor("mujahid")
        >>> a.name, a.type, a.roles
        ('Zabihullah Mujahid', 'person', ('spokesperson',))
        >>> sample().actor("Mujahed")
        Traceback (most recent call last):
        ...
        newsgraph.graph.query.UnknownActor: unknown actor 'Mujahed'; did you mean: Zabihullah Mujahid?
        """
        return self._actor(self.resolve(name))

    def actors(self, *, type: str | Iterable[str] | None = None) -> Results:
        """Every actor (of these types), most mentioned first.

        >>> [a.name for a in sample().actors(type="country")]
        ['Pakistan', 'Afghanistan']
        """
        wanted = _types(type, {*ACTOR_TYPES, *(a["type"] for a in self.corpus.actors)}, "actor type")
        rows = [a for a in self.corpus.actors if not wanted or a["type"].casefold() in wanted]
        rows.sort(key=lambda a: (-a["mentions"], a["name"].casefold(), a["id"]))
        return Results((self._actor(a["id"]) for a in rows), Actor)

    # links

    def _require_node(self, actor_id: str) -> str:
        if actor_id not in self.nx:
            raise NoPath(f"{self._name(actor_id)!r} takes part in no relation or event")
        return actor_id

    def links(self, a: str, b: str) -> Results:
        """Every relation and event between two actors, either way, with evidence sentences.

        >>> for x in sample().links("Pakistan", "Afghanistan"):
        ...     print(x.kind, x.type, x.date, x.date_end, "|", x.sentence)
        relation conflict_with None None | Troops of both countries clashed at the border on Thursday and Friday.
        event ASSAULT 2026-02-26 2026-02-27 | Troops of both countries clashed at the border on Thursday and Friday.
        event ASSAULT 2026-02-27 None | Pakistani jets struck targets in Kabul on Friday.
        """
        a, b = self.resolve(a), self.resolve(b)
        if a not in self.nx or b not in self.nx:
            return Results((), Link)
        return links(self.nx, a, b, events=self.corpus.events)

    def relations(self, actor: str) -> Results:
        """The relations of one actor (``spokesperson_for``, ``governs``...), both ways.

        >>> [(r.source_names, r.type, r.target_names) for r in sample().relations("Mujahid")]
        [(('Zabihullah Mujahid',), 'spokesperson_for', ('Islamic Emirate of Afghanistan',))]
        """
        actor = self.resolve(actor)
        if actor not in self.nx:
            return Results((), Link)
        found = {link.id: link for _, _, link in _incident_links(self.nx, actor, []) if link.kind == "relation"}
        return Results(sorted(found.values(), key=_link_order), Link)

    def neighbors(self, actor: str, *, type: str | Iterable[str] | None = None,
                  kind: str | None = None) -> Results:
        """Actors linked to ``actor``; ``type`` keeps links of these types, ``kind`` relations or events.

        >>> [(n.name, n.link_types) for n in sample().neighbors("Afghanistan", kind="event")]
        [('Pakistan', ('ASSAULT',))]
        """
        actor = self.resolve(actor)
        if actor not in self.nx:
            return Results((), Neighbor)
        return neighbors(self.nx, actor, type=type, kind=kind, events=self.corpus.events)

    def path(self, a: str, b: str) -> Results:
        """A shortest chain of links between two actors, each step with its links to the next; raises NoPath.

        >>> for x in sample().path("Mujahid", "Afghanistan"):
        ...     print(x.name, [link.type for link in x.links])
        Zabihullah Mujahid ['spokesperson_for']
        Islamic Emirate of Afghanistan ['governs']
        Afghanistan []
        """
        a, b = self._require_node(self.resolve(a)), self._require_node(self.resolve(b))
        return path(self.nx, a, b, events=self.corpus.events)

    # events

    def _event(self, row: dict, role: str | None = None) -> Event:
        place = self._places.get(row["place_id"]) or {}
        return Event(row["id"], row["type"], row["mode"], row["date"], row["date_end"], row["date_text"],
                     tuple(row["source"]), tuple(row["target"]), tuple(self._name(a) for a in row["source"]),
                     tuple(self._name(a) for a in row["target"]), row["place"], row["doc_id"], row["sentence"],
                     row["start"], row["end"], row["attributed_to"], self._name(row["attributed_to"]),
                     bool(row["negated"]), bool(row["claim"]), row["group"], _evidence(row["evidence"]), role,
                     bool(row.get("historical")), row["place_id"], place.get("lat"), place.get("lon"))

    def _near(self, near: str | None, km: float) -> set[str] | None:
        """Ids of the build's places within ``km`` of the place called ``near`` (None: no filter)."""
        if near is None:
            return None
        found = find_place(self.corpus.places, near)
        if found is None:
            raise UnknownPlace(f"unknown place {near!r}: no place of this build nor of the gazetteer has that name")
        return within_km(self.corpus.places, found[1], found[2], km)

    def places(self, *, country: str | None = None, feature: str | Iterable[str] | None = None,
               near: str | None = None, km: float = 100.0) -> Results:
        """Every resolved place (of this ISO alpha-3 ``country``, these features, within ``km`` of
        ``near``), most mentioned first, with the number of events that happen there.

        >>> [(p.name, p.country, p.events) for p in sample().places()]
        [('Kabul', 'AFG', 1)]
        >>> sample().places(near="Islamabad", km=100)
        []
        """
        wanted = _types(feature, ("country", "admin1", "city", "other"), "place feature")
        close = self._near(near, km)
        events = Counter(row["place_id"] for row in self.corpus.events if row["place_id"])
        rows = [p for p in self.corpus.places if (country is None or p.get("country") == country.upper())
                and (not wanted or (p.get("feature") or "").casefold() in wanted)
                and (close is None or p["id"] in close)]
        records = [place_record(p, events[p["id"]]) for p in rows]
        return Results(sorted(records, key=lambda p: (-p.mentions, p.name.casefold(), p.id)), Place)

    def events(self, *, actor: str | None = None, type: str | Iterable[str] | None = None,
               since: str | date | None = None, until: str | date | None = None,
               historical: bool = False, near: str | None = None, km: float = 100.0) -> Results:
        """Events in date order (undated last), filtered; each event once, however many reports.

        ``actor``: it is a source, a target or the one who states the event;
        ``type``: PLOVER categories (case ignored); ``since``/``until``: ISO
        dates, inclusive, matched against the event's whole date range (an
        undated event never matches a date filter); ``historical``: also events
        PLOVER calls historical (dated more than a year before their report, or
        told as background), which are left out by default, as on the page.
        undated event never matches a date filter); ``near``: a place's name,
        with ``km``: events whose place lies within that distance of it.

        >>> [(e.type, e.date) for e in sample().events(type="assault", since="2026-02-27")]
        [('ASSAULT', '2026-02-26'), ('ASSAULT', '2026-02-27')]
        >>> [e.type for e in sample().events(until="2026-02-26")]
        ['ASSAULT']
        >>> [(e.type, e.place) for e in sample().events(near="Kabul", km=100)]
        [('ASSAULT', 'Kabul')]
        """
        actor_id = self.resolve(actor) if actor is not None else None
        close = self._near(near, km)
        wanted = _types(type, {*EVENT_TYPES, *(row["type"] for row in self.corpus.events)}, "event type")
        since, until = _window(since, until)
        found: dict[str, Event] = {}
        for row in self.corpus.events:
            role = _role(row, actor_id) if actor_id else None
            if actor_id and role is None:
                continue
            if wanted and row["type"].casefold() not in wanted:
                continue
            if row.get("historical") and not historical:
                continue
            if close is not None and row["place_id"] not in close:
                continue
            if row["group"] not in found and _in_window(row, since, until):
                found[row["group"]] = self._event(row, role)
        return Results(sorted(found.values(), key=_event_order), Event)

    def timeline(self, actor: str) -> Results:
        """The events of one actor in date order, each with the actor's ``role`` in it.

        >>> [(e.date, e.type, e.role) for e in sample().timeline("Islamic Emirate")]
        [('2026-02-28', 'REJECT', 'source')]
        >>> [(e.type, e.role) for e in sample().timeline("Mujahid")]
        [('REJECT', 'attributed')]
        """
        return self.events(actor=actor)

    # casualty figures

    def figures(self, *, kind: str | Iterable[str] | None = None, actor: str | None = None,
                event: str | None = None, disputed: bool | None = None) -> Results:
        """Casualty figures in document order: ``kind`` (killed, wounded, missing, arrested,
        abducted, displaced), ``actor`` (a side of the figure's event, or who reports it),
        ``event`` (an event id or group), ``disputed`` (only figures of disputed events, or none)."""
        from .figure_queries import figures

        actor_id = self.resolve(actor) if actor is not None else None
        return figures(self.corpus.figures, self.corpus.events, self._name, kind=kind, actor=actor_id, event=event,
                       disputed=disputed)

    def disputes(self) -> Results:
        """Incidents whose reporters give counts of one kind that cannot all be true, each claim side by side."""
        from .figure_queries import disputes

        return disputes(self.corpus.figures, self.corpus.events, self._name)

    # outputs

    def show(self, width: str | int = "100%", height: int = 720):
        """The analyst's page (graph.html) inline in a Jupyter notebook, working offline.

        The whole page goes into the iframe's ``srcdoc``, so no server or file
        path is involved; a graph loaded from tables without a page gets one
        rendered on the fly.
        """
        try:
            from IPython.display import HTML
        except ImportError as err:
            raise ImportError("show() needs IPython (run it in Jupyter); or open graph.html in a browser") from err
        return HTML(self._iframe(width, height))

    def _iframe(self, width: str | int = "100%", height: int = 720) -> str:
        page_file = self.folder / "graph.html" if self.folder else None
        if page_file and page_file.is_file():
            page = page_file.read_text(encoding="utf-8")
        else:
            from .html import render_page

            with tempfile.TemporaryDirectory() as tmp:
                render_page(self.corpus, Path(tmp) / "graph.html")
                page = (Path(tmp) / "graph.html").read_text(encoding="utf-8")
        return (f'<div><iframe srcdoc="{html.escape(page, quote=True)}" width="{html.escape(str(width))}" '
                f'height="{int(height)}" style="border:1px solid #ddd"></iframe></div>')

    def page_layout(self) -> dict[str, tuple[int, int]]:
        """The network layout the page draws (actor id to x, y), which the Gephi files take."""
        from .html import render_page

        with tempfile.TemporaryDirectory() as tmp:
            return render_page(self.corpus, Path(tmp) / "graph.html")

    def export(self, formats: str | Iterable[str], out: str | os.PathLike | None = None, *,
               events_as_nodes: bool = False) -> list[Path]:
        """Write graph files from the tables again, without re-reading any document.

        ``formats``: ``graphml``, ``gexf``, ``json`` (networkx node-link data) and
        ``csv`` (Gephi's nodes and edges spreadsheets). ``out`` defaults to the
        folder the graph was loaded from. ``events_as_nodes`` writes the graph
        with events as nodes linked to their actors by role instead (file
        names start with ``events``). Returns the files written.

        >>> with tempfile.TemporaryDirectory() as tmp:
        ...     [p.name for p in sample().export(["gexf", "csv"], tmp)]
        ['graph.gexf', 'nodes.csv', 'edges.csv']
        >>> with tempfile.TemporaryDirectory() as tmp:
        ...     [p.name for p in sample().export("gexf", tmp, events_as_nodes=True)]
        ['events.gexf']
        """
        formats = [formats] if isinstance(formats, str) else list(formats)
        unknown = [f for f in formats if f not in EXPORT_FORMATS]
        if unknown:
            raise QueryError(f"unknown export format {unknown[0]!r}: expected one of {', '.join(EXPORT_FORMATS)}")
        if out is None and self.folder is None:
            raise QueryError("no folder to export to: give out=")
        target = Path(out) if out is not None else self.folder
        target.mkdir(parents=True, exist_ok=True)
        names = EVENT_EXPORT_FORMATS if events_as_nodes else EXPORT_FORMATS
        if events_as_nodes:
            graph = plain_graph = events_graph(self.corpus)
        elif set(formats) - {"json"}:
            graph, plain_graph = link_graph(self.nx, self.page_layout()), self.nx
        else:
            graph = plain_graph = self.nx
        writers = {
            "graphml": lambda p: write_graphml(graph, p),
            "gexf": lambda p: write_gexf(graph, p),
            # for the actor graph, the same bytes the build writes
            "json": lambda p: write_node_link(plain_graph, p),
        }
        written = []
        for fmt in dict.fromkeys(formats):
            if fmt == "csv":
                with tempfile.TemporaryDirectory(dir=target) as tmp:
                    write_csv(graph, *(Path(tmp) / name for name in names["csv"]))
                    for name in names["csv"]:
                        atomic_write(target / name, lambda p, n=name, t=tmp: p.write_bytes((Path(t) / n).read_bytes()))
                        written.append(target / name)
                continue
            (name,) = names[fmt]
            atomic_write(target / name, writers[fmt])
            written.append(target / name)
        return written


def load(folder: str | os.PathLike = "output") -> Newsgraph:
    """The build in ``folder`` (what ``newsgraph build --out folder`` wrote), ready for questions.

    Reads documents.jsonl, actors.jsonl, relations.jsonl and events.jsonl
    (and timexes.jsonl, figures.jsonl and places.jsonl when present) and rebuilds
    the graph from them; raises NotBuilt when the folder holds no build, a table
    has a bad row (``file:line: problem``) or its files come from different
    builds. Rows naming actors the actors table lacks are reported with ``warnings.warn``.
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise NotBuilt(f"no such folder {str(folder)!r}: build one with `newsgraph build PATH --out {folder}`")
    tables = {}
    optional = ("timexes", "figures", "places")
    names = [name for name in (*TABLE_FILES, *optional)
             if name not in optional or (folder / f"{name}.jsonl").is_file()]
    try:
        check_manifest(folder, [f"{name}.jsonl" for name in names])
    except MixedBuild as err:
        raise NotBuilt(str(err)) from None
    for name in names:
        file = folder / f"{name}.jsonl"
        if not file.is_file():
            raise NotBuilt(f"{str(folder)!r} holds no newsgraph build ({file.name} missing): "
                           f"build one with `newsgraph build PATH --out {folder}`")
        try:
            tables[name] = read_rows(file, name)
        except TableError as err:
            raise NotBuilt(str(err)) from None
        except OSError as err:
            raise NotBuilt(f"{file}: cannot read: {err.strerror or err}") from None
    for warning in unknown_actor_warnings(tables["actors"], tables["relations"], tables["events"]):
        warnings.warn(f"{folder}{os.sep}{warning}", UnknownActorReference, stacklevel=2)
    return Newsgraph(Corpus(**tables), folder)


def sample() -> Newsgraph:
    """A small Newsgraph in memory, for trying the API: four actors, three relations, three events.

    >>> sample()
    <Newsgraph: 4 actors, 3 relations, 3 events>
    """
    strike = "Pakistani jets struck targets in Kabul on Friday."
    clash = "Troops of both countries clashed at the border on Thursday and Friday."
    reject = "Mujahid, a spokesman for the Islamic Emirate, rejected the accusations on Saturday."
    text = " ".join((strike, clash, reject))

    def ev(sentence):
        start = text.index(sentence)
        return {"doc_id": "border-report", "start": start, "end": start + len(sentence), "text": sentence}

    def event(event_id, kind, sentence, source, target, day, day_end=None, **extra):
        e = ev(sentence)
        return {"id": event_id, "type": kind, "date": day, "date_end": day_end, "source": source, "target": target,
                "doc_id": e["doc_id"], "sentence": sentence, "start": e["start"], "end": e["end"], **extra}

    actors = [
        {"id": "afghanistan", "name": "Afghanistan", "type": "country", "country": "AFG",
         "aliases": ["Afghanistan", "Kabul"], "mentions": 2},
        {"id": "islamic-emirate-of-afghanistan", "name": "Islamic Emirate of Afghanistan", "type": "government",
         "country": "AFG", "aliases": ["Islamic Emirate", "Islamic Emirate of Afghanistan"], "mentions": 1},
        {"id": "pakistan", "name": "Pakistan", "type": "country", "country": "PAK", "aliases": ["Pakistani"],
         "mentions": 3},
        {"id": "zabihullah-mujahid", "name": "Zabihullah Mujahid", "type": "person",
         "aliases": ["Mujahid", "Zabihullah Mujahid"], "roles": ["spokesperson"], "mentions": 1},
    ]
    for a in actors:
        a["documents"] = ["border-report"]
    relations = [
        {"id": "rel-conflict", "source": "pakistan", "target": "afghanistan", "type": "conflict_with",
         "evidence": [ev(clash)]},
        {"id": "rel-governs", "source": "islamic-emirate-of-afghanistan", "target": "afghanistan",
         "type": "governs", "evidence": [ev(reject)]},
        {"id": "rel-spokesperson", "source": "zabihullah-mujahid", "target": "islamic-emirate-of-afghanistan",
         "type": "spokesperson_for", "evidence": [ev(reject)]},
    ]
    events = [
        event("ev-strike", "ASSAULT", strike, ["pakistan"], ["afghanistan"], "2026-02-27", mode="aerial",
              date_text="Friday", date_source="text", place="Kabul", place_id="kabul-1138958"),
        event("ev-clash", "ASSAULT", clash, ["afghanistan", "pakistan"], [], "2026-02-26", "2026-02-27",
              mode="firearms", date_text="Thursday and Friday", date_source="text"),
        event("ev-reject", "REJECT", reject, ["islamic-emirate-of-afghanistan"], ["pakistan"], "2026-02-28",
              date_text="Saturday", date_source="text", attributed_to="zabihullah-mujahid"),
    ]
    documents = [{"id": "border-report", "path": "border-report.txt", "date": "2026-02-28",
                  "title": "Border clashes", "source": None, "status": "ok", "reason": None, "sha256": None}]
    kabul = text.index("Kabul")
    places = [{"id": "kabul-1138958", "name": "Kabul", "feature": "city", "country": "AFG", "lat": 34.52813,
               "lon": 69.17233, "geonameid": 1138958,
               "mentions": [{"doc_id": "border-report", "start": kabul, "end": kabul + 5, "text": "Kabul"}]}]
    return Newsgraph.from_tables(actors=actors, relations=relations, events=events, documents=documents,
                                 places=places)
