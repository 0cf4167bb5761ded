"""``Newsgraph``: one build's tables and graph, and the questions analysts ask of them; ``load`` reads a folder."""

from __future__ import annotations

import os
import warnings
from collections import Counter
from collections.abc import Iterable
from datetime import date
from pathlib import Path

import networkx as nx

from ...extract.model import Actor as ActorRecord
from ...extract.model import Event as EventRecord
from ...extract.vocabulary import ACTOR_TYPES, EVENT_TYPES
from ..build import Corpus, to_graph
from ..manifest import MixedBuild, check_manifest
from ..reports import report_evidence, report_groups
from ..validate import TableError, read_rows, unknown_actor_warnings
from .errors import NoPath, NotBuilt, UnknownActorReference, UnknownPlace
from .export import export_files
from .figures import disputes as dispute_records
from .figures import figures as figure_records
from .filters import day_window, event_order, event_role, in_window, types_asked
from .geo import Place, find_place, place_record, within_km
from .links import evidence_records, incident_links, link_order, links, neighbors, path
from .lookup import ActorIndex
from .notebook import page_iframe, page_layout
from .results import Actor, Event, Link, Neighbor, Results

__all__ = ["Newsgraph", "load", "TABLE_FILES"]

TABLE_FILES = ("documents", "actors", "relations", "events")


def _event_row(row: dict) -> dict:
    """An events.jsonl row with every column; a row that names no ``group`` is an event reported once."""
    row = EventRecord.complete(row)
    row.setdefault("group", row["id"])
    row.setdefault("evidence", [report_evidence(row)])
    return row


class Newsgraph:
    """One build's tables and graph, and the questions analysts ask of them.

    ``nx`` is the networkx MultiDiGraph for your own algorithms; ``corpus``
    holds the contract's tables as lists of dicts.

    >>> from newsgraph.graph.query import sample
    >>> g = sample()
    >>> g.actor("Mujahid").roles
    ('spokesperson',)
    >>> import networkx as nx
    >>> max(nx.degree_centrality(g.nx).items(), key=lambda kv: kv[1])
    ('afghanistan', 1.3333333333333333)
    """

    def __init__(self, corpus: Corpus, folder: str | os.PathLike | None = None):
        # rows written by hand or by an older build lack columns: they take the records' defaults
        corpus.actors = [ActorRecord.complete(row) for row in corpus.actors]
        corpus.events = [_event_row(row) for row in corpus.events]
        if corpus.graph.number_of_nodes() == 0:
            corpus.graph = to_graph(corpus)
        self.corpus = corpus
        self.folder = Path(folder) if folder is not None else None
        self.nx: nx.MultiDiGraph = corpus.graph
        self._rows = {a["id"]: a for a in corpus.actors}
        self._places = {p["id"]: p for p in corpus.places}
        self._index = ActorIndex((a["id"], a["name"], a["aliases"], a["mentions"]) for a in corpus.actors)

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
        a = ActorRecord.from_row(self._rows[actor_id])
        return Actor(a.id, a.name, a.type, a.country, a.aliases, a.roles, a.mentions, a.documents)

    def actor(self, name: str) -> Actor:
        """The actor named ``name``: canonical name, any alias or the id, case and accents ignored.

        >>> from newsgraph.graph.query import sample
        >>> a = sample().actor("mujahid")
        >>> a.name, a.type, a.roles
        ('Zabihullah Mujahid', 'person', ('spokesperson',))
        >>> sample().actor("Mujahed")
        Traceback (most recent call last):
        ...
        newsgraph.graph.query.errors.UnknownActor: unknown actor 'Mujahed'; did you mean: Zabihullah Mujahid?
        """
        return self._actor(self.resolve(name))

    def actors(self, *, type: str | Iterable[str] | None = None) -> Results:
        """Every actor (of these types), most mentioned first.

        >>> from newsgraph.graph.query import sample
        >>> [a.name for a in sample().actors(type="country")]
        ['Pakistan', 'Afghanistan']
        """
        wanted = types_asked(type, {*ACTOR_TYPES, *(a["type"] for a in self.corpus.actors)}, "actor type")
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

        >>> from newsgraph.graph.query import sample
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

        >>> from newsgraph.graph.query import sample
        >>> [(r.source_names, r.type, r.target_names) for r in sample().relations("Mujahid")]
        [(('Zabihullah Mujahid',), 'spokesperson_for', ('Islamic Emirate of Afghanistan',))]
        """
        actor = self.resolve(actor)
        if actor not in self.nx:
            return Results((), Link)
        found = {link.id: link for _, _, link in incident_links(self.nx, actor, []) if link.kind == "relation"}
        return Results(sorted(found.values(), key=link_order), Link)

    def neighbors(self, actor: str, *, type: str | Iterable[str] | None = None,
                  kind: str | None = None) -> Results:
        """Actors linked to ``actor``; ``type`` keeps links of these types, ``kind`` relations or events.

        >>> from newsgraph.graph.query import sample
        >>> [(n.name, n.link_types) for n in sample().neighbors("Afghanistan", kind="event")]
        [('Pakistan', ('ASSAULT',))]
        """
        actor = self.resolve(actor)
        if actor not in self.nx:
            return Results((), Neighbor)
        return neighbors(self.nx, actor, type=type, kind=kind, events=self.corpus.events)

    def path(self, a: str, b: str) -> Results:
        """A shortest chain of links between two actors, each step with its links to the next; raises NoPath.

        >>> from newsgraph.graph.query import sample
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
        e = EventRecord.from_row(row)
        place = self._places.get(e.place_id) or {}
        return Event(row["id"], e.type, e.mode, e.date, e.date_end, e.date_text, e.source, e.target,
                     tuple(self._name(a) for a in e.source), tuple(self._name(a) for a in e.target), e.place,
                     e.doc_id, e.sentence, e.start, e.end, e.attributed_to, self._name(e.attributed_to), e.negated,
                     e.claim, row["group"], evidence_records(row["evidence"]), role, e.historical, e.place_id,
                     place.get("lat"), place.get("lon"))

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

        >>> from newsgraph.graph.query import sample
        >>> [(p.name, p.country, p.events) for p in sample().places()]
        [('Kabul', 'AFG', 1)]
        >>> sample().places(near="Islamabad", km=100)
        []
        """
        wanted = types_asked(feature, ("country", "admin1", "city", "other"), "place feature")
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

        >>> from newsgraph.graph.query import sample
        >>> [(e.type, e.date) for e in sample().events(type="assault", since="2026-02-27")]
        [('ASSAULT', '2026-02-26'), ('ASSAULT', '2026-02-27')]
        >>> [e.type for e in sample().events(until="2026-02-26")]
        ['ASSAULT']
        >>> [(e.type, e.place) for e in sample().events(near="Kabul", km=100)]
        [('ASSAULT', 'Kabul')]
        """
        actor_id = self.resolve(actor) if actor is not None else None
        close = self._near(near, km)
        wanted = types_asked(type, {*EVENT_TYPES, *(row["type"] for row in self.corpus.events)}, "event type")
        since, until = day_window(since, until)
        found: list[Event] = []
        for members in report_groups(self.corpus.events):
            # the event once: as its first report that passes the filters states it
            for row in members:
                role = event_role(row, actor_id) if actor_id else None
                if actor_id and role is None:
                    continue
                if wanted and row["type"].casefold() not in wanted:
                    continue
                if row.get("historical") and not historical:
                    continue
                if close is not None and row["place_id"] not in close:
                    continue
                if in_window(row, since, until):
                    found.append(self._event(row, role))
                    break
        return Results(sorted(found, key=event_order), Event)

    def timeline(self, actor: str) -> Results:
        """The events of one actor in date order, each with the actor's ``role`` in it.

        >>> from newsgraph.graph.query import sample
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
        actor_id = self.resolve(actor) if actor is not None else None
        return figure_records(self.corpus.figures, self.corpus.events, self._name, kind=kind, actor=actor_id,
                              event=event, disputed=disputed)

    def disputes(self) -> Results:
        """Incidents whose reporters give counts of one kind that cannot all be true, each claim side by side."""
        return dispute_records(self.corpus.figures, self.corpus.events, self._name)

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
        return HTML(page_iframe(self.corpus, self.folder, width, height))

    def page_layout(self) -> dict[str, tuple[int, int]]:
        """The network layout the page draws (actor id to x, y), which the Gephi files take."""
        return page_layout(self.corpus)

    def export(self, formats: str | Iterable[str], out: str | os.PathLike | None = None, *,
               events_as_nodes: bool = False) -> list[Path]:
        """Write graph files from the tables again, without re-reading any document.

        ``formats``: ``graphml``, ``gexf``, ``json`` (networkx node-link data) and
        ``csv`` (Gephi's nodes and edges spreadsheets). ``out`` defaults to the
        folder the graph was loaded from. ``events_as_nodes`` writes the graph
        with events as nodes linked to their actors by role instead (file
        names start with ``events``). Returns the files written.

        >>> from newsgraph.graph.query import sample
        >>> import tempfile
        >>> with tempfile.TemporaryDirectory() as tmp:
        ...     [p.name for p in sample().export(["gexf", "csv"], tmp)]
        ['graph.gexf', 'nodes.csv', 'edges.csv']
        >>> with tempfile.TemporaryDirectory() as tmp:
        ...     [p.name for p in sample().export("gexf", tmp, events_as_nodes=True)]
        ['events.gexf']
        """
        return export_files(self.corpus, Path(out) if out is not None else self.folder, formats,
                            events_as_nodes=events_as_nodes)


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
