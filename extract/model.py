"""The records that travel between stages.

Frozen, slotted dataclasses that hold no spaCy objects: they pickle across
processes, serialise to JSON for the cache and compare by value in tests.
Every fact carries its evidence (document id and character offsets).

They are also the one schema of the output tables: ``to_row()`` gives a
record's row of the contract's JSONL table (its columns, in their order) and
``from_row()`` reads a row back, a column the row lacks taking the record's
default; ``complete(row)`` is a row with every column (what readers of
tables written by hand or by older builds use).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import ClassVar

__all__ = [
    "Document",
    "Evidence",
    "Actor",
    "Relation",
    "Event",
    "Timex",
    "Figure",
    "Place",
    "Extraction",
    "slugify",
    "stable_id",
]


def slugify(text: str) -> str:
    """A stable, readable id from a name.

    >>> slugify("Tehrik-e-Taliban Pakistan")
    'tehrik-e-taliban-pakistan'
    >>> slugify("Pakistan’s Ministry of Foreign Affairs")
    'pakistans-ministry-of-foreign-affairs'
    """
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")
    if slug:
        return slug
    # names in scripts that fold to nothing still need a stable id
    return "x-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:10]


def stable_id(prefix: str, *parts: object) -> str:
    """An id derived from content, never from run order.

    >>> stable_id("ev", "doc1", 10, "ASSAULT")
    'ev-bda327f562f6'
    """
    digest = hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()
    return f"{prefix}-{digest[:12]}"


class _Row:
    """What every record of a table shares: its row with every column, from any row of its table.

    ``CHECKS`` names the columns a reader checks in each row before using it, each with its kind:
    ``text``, ``number``, ``flag``, ``list``, ``strings`` (a list of strings); a ``!`` marks a column
    the row must have. Any other column may be null; columns not named are not checked.
    """

    __slots__ = ()
    CHECKS: ClassVar[dict[str, str]] = {}

    @classmethod
    def complete(cls, row: Mapping) -> dict:
        """``row`` with every column of its table: a missing one takes the record's default; other keys stay.

        >>> Timex.complete({"doc_id": "d1", "start": 0, "end": 6, "text": "Friday", "extra": 1})
        {'doc_id': 'd1', 'start': 0, 'end': 6, 'text': 'Friday', 'type': 'DATE', 'value': None, 'extra': 1}
        """
        return {**cls.from_row(row).to_row(), **row}


@dataclass(frozen=True, slots=True)
class Document(_Row):
    """One input document: metadata split from the body text.

    ``text`` is the body; every offset in every table indexes into it.
    ``status`` is ``ok`` or ``skipped``; ``warnings`` explain either.
    """

    CHECKS: ClassVar[dict[str, str]] = {"id": "text!", "path": "text", "date": "text", "status": "text"}
    id: str
    path: str
    text: str
    date: str | None = None
    title: str | None = None
    source: str | None = None
    url: str | None = None
    status: str = "ok"
    warnings: tuple[str, ...] = ()
    credits: tuple[str, ...] = ()
    dateline: str | None = None

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8", "surrogatepass")).hexdigest()

    def to_row(self, counts: Mapping[str, int] | None = None) -> dict:
        """The documents.jsonl row; ``counts``: how many records of each kind the document gave."""
        return {
            "id": self.id, "path": self.path, "date": self.date, "title": self.title, "source": self.source,
            "url": self.url, "status": self.status, "reason": "; ".join(self.warnings) or None,
            "sha256": self.sha256, "credits": list(self.credits), "dateline": self.dateline,
            "counts": dict(counts or {}),
        }

    @classmethod
    def from_row(cls, row: Mapping) -> Document:
        """The document a row describes (the table holds no text: ``text`` is empty)."""
        reason = row.get("reason")
        return cls(id=row["id"], path=row.get("path") or "", text="", date=row.get("date"), title=row.get("title"),
                   source=row.get("source"), url=row.get("url"), status=row.get("status") or "ok",
                   warnings=tuple(reason.split("; ")) if reason else (), credits=tuple(row.get("credits") or ()),
                   dateline=row.get("dateline"))


@dataclass(frozen=True, slots=True)
class Evidence(_Row):
    """Where a fact is stated: the sentence and its offsets in the document (one item of an ``evidence`` list)."""

    doc_id: str
    start: int
    end: int
    text: str

    def to_row(self) -> dict:
        return {"doc_id": self.doc_id, "start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_row(cls, row: Mapping) -> Evidence:
        return cls(row.get("doc_id"), row.get("start"), row.get("end"), row.get("text", ""))


@dataclass(frozen=True, slots=True)
class Actor(_Row):
    """An actor as one document knows it, or as the corpus does once merged (``documents`` naming it).

    ``key`` is the actor's id (a slug of its canonical name, or of its
    country); the graph stage merges actors that share a key.
    """

    CHECKS: ClassVar[dict[str, str]] = {
        "id": "text!", "name": "text!", "type": "text", "aliases": "strings", "mentions": "number",
        "documents": "strings", "country": "text", "roles": "strings"}
    key: str
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    mentions: int = 0
    country: str | None = None
    roles: tuple[str, ...] = ()
    spans: tuple[tuple[int, int], ...] = ()
    documents: tuple[str, ...] = ()

    @property
    def id(self) -> str:
        return self.key

    def to_row(self) -> dict:
        """The actors.jsonl row.

        >>> row = Actor("ruritania", "Ruritania", "country", ("Ruritanian",), 2, "RUR", documents=("d1",)).to_row()
        >>> list(row), row["aliases"]
        (['id', 'name', 'type', 'aliases', 'mentions', 'documents', 'country', 'roles'], ['Ruritanian'])
        """
        return {"id": self.key, "name": self.name, "type": self.type, "aliases": list(self.aliases),
                "mentions": self.mentions, "documents": list(self.documents), "country": self.country,
                "roles": list(self.roles)}

    @classmethod
    def from_row(cls, row: Mapping) -> Actor:
        """The actor of a row; an actor of no stated type is an organisation."""
        return cls(key=row["id"], name=row["name"], type=row.get("type") or "organization",
                   aliases=tuple(row.get("aliases") or ()), mentions=row.get("mentions") or 0,
                   country=row.get("country"), roles=tuple(row.get("roles") or ()),
                   documents=tuple(row.get("documents") or ()))


@dataclass(frozen=True, slots=True)
class Relation(_Row):
    """A typed link between two actors, with the sentence that states it."""

    CHECKS: ClassVar[dict[str, str]] = {"id": "text!", "source": "text!", "target": "text!", "type": "text!",
                                        "evidence": "list!"}
    source: str
    target: str
    type: str
    evidence: Evidence

    @property
    def id(self) -> str:
        return stable_id("rel", self.source, self.type, self.target)

    def to_row(self, evidence: Iterable[Evidence] | None = None) -> dict:
        """The relations.jsonl row; ``evidence``: every sentence that states it (its own by default)."""
        return {"id": self.id, "source": self.source, "target": self.target, "type": self.type,
                "evidence": [e.to_row() for e in (evidence if evidence is not None else (self.evidence,))]}

    @classmethod
    def from_row(cls, row: Mapping) -> Relation:
        """The relation of a row, with the first sentence that states it."""
        evidence = row.get("evidence") or [{}]
        return cls(row["source"], row["target"], row["type"], Evidence.from_row(evidence[0]))


@dataclass(frozen=True, slots=True)
class Timex(_Row):
    """A temporal expression with its TIMEX3 type and value."""

    CHECKS: ClassVar[dict[str, str]] = {"doc_id": "text!", "start": "number!", "end": "number!", "value": "text"}
    doc_id: str
    start: int
    end: int
    text: str
    type: str
    value: str | None

    def to_row(self) -> dict:
        return {"doc_id": self.doc_id, "start": self.start, "end": self.end, "text": self.text, "type": self.type,
                "value": self.value}

    @classmethod
    def from_row(cls, row: Mapping) -> Timex:
        return cls(row.get("doc_id"), row.get("start"), row.get("end"), row.get("text", ""),
                   row.get("type") or "DATE", row.get("value"))


@dataclass(frozen=True, slots=True)
class Event(_Row):
    """A PLOVER-coded event stated in one sentence."""

    CHECKS: ClassVar[dict[str, str]] = {
        "id": "text!", "type": "text!", "mode": "text", "date": "text", "date_end": "text", "source": "strings",
        "target": "strings", "doc_id": "text", "sentence": "text", "start": "number", "end": "number",
        "attributed_to": "text", "negated": "flag", "claim": "flag", "group": "text", "evidence": "list"}
    type: str
    doc_id: str
    sentence: str
    start: int
    end: int
    trigger: str
    trigger_start: int
    mode: str | None = None
    source: tuple[str, ...] = ()
    target: tuple[str, ...] = ()
    place: str | None = None
    date: str | None = None
    date_end: str | None = None
    date_text: str | None = None
    date_source: str = "publication"
    attributed_to: str | None = None
    negated: bool = False
    claim: bool = False
    historical: bool = False
    future: bool = False
    place_id: str | None = None

    @property
    def id(self) -> str:
        return stable_id("ev", self.doc_id, self.trigger_start, self.type)

    @property
    def evidence(self) -> Evidence:
        """The sentence that reports it."""
        return Evidence(self.doc_id, self.start, self.end, self.sentence)

    def to_row(self) -> dict:
        """The events.jsonl row of this report (the corpus adds ``group``, ``evidence`` and the figures')."""
        return {
            "id": self.id, "type": self.type, "mode": self.mode, "date": self.date,
            "date_end": self.date_end, "date_text": self.date_text, "date_source": self.date_source,
            "source": list(self.source), "target": list(self.target), "place": self.place,
            "doc_id": self.doc_id, "sentence": self.sentence, "start": self.start, "end": self.end,
            "trigger": self.trigger, "trigger_start": self.trigger_start,
            "attributed_to": self.attributed_to, "negated": self.negated, "claim": self.claim,
            "historical": self.historical, "place_id": self.place_id,
        }

    @classmethod
    def from_row(cls, row: Mapping) -> Event:
        """The event a row reports (its ``id`` is the row's only when the row was built from one)."""
        return cls(type=row["type"], doc_id=row.get("doc_id"), sentence=row.get("sentence") or "",
                   start=row.get("start"), end=row.get("end"), trigger=row.get("trigger") or "",
                   trigger_start=row.get("trigger_start"), mode=row.get("mode"),
                   source=tuple(row.get("source") or ()), target=tuple(row.get("target") or ()),
                   place=row.get("place"), date=row.get("date"), date_end=row.get("date_end"),
                   date_text=row.get("date_text"), date_source=row.get("date_source") or "publication",
                   attributed_to=row.get("attributed_to"), negated=bool(row.get("negated")),
                   claim=bool(row.get("claim")), historical=bool(row.get("historical")),
                   place_id=row.get("place_id"))


@dataclass(frozen=True, slots=True)
class Figure(_Row):
    """A casualty figure: how many people were killed, wounded, missing, arrested, abducted or displaced.

    ``max`` is None for an open-ended count ("at least 25"); ``reported_by`` is
    the actor who states it (None: stated as fact); ``subset`` marks a part of
    a figure told just before ("including three children").
    """

    doc_id: str
    kind: str
    min: int
    max: int | None
    text: str
    start: int
    end: int
    victims: str | None = None
    reported_by: str | None = None
    event_id: str | None = None
    subset: bool = False

    @property
    def id(self) -> str:
        return stable_id("fig", self.doc_id, self.start, self.kind)

    def to_row(self) -> dict:
        """The figures.jsonl row."""
        return {"id": self.id, "doc_id": self.doc_id, "event_id": self.event_id, "kind": self.kind, "min": self.min,
                "max": self.max, "text": self.text, "start": self.start, "end": self.end, "victims": self.victims,
                "reported_by": self.reported_by, "subset": self.subset}

    @classmethod
    def from_row(cls, row: Mapping) -> Figure:
        return cls(doc_id=row.get("doc_id"), kind=row["kind"], min=row.get("min"), max=row.get("max"),
                   text=row.get("text") or "", start=row.get("start"), end=row.get("end"),
                   victims=row.get("victims"), reported_by=row.get("reported_by"), event_id=row.get("event_id"),
                   subset=bool(row.get("subset")))


@dataclass(frozen=True, slots=True)
class Place(_Row):
    """A place a document names, resolved against the gazetteer (lat/lon None: found, not resolved).

    ``mentions`` are (start, end, text) of every mention of it in the document.
    """

    key: str
    name: str
    feature: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    mentions: tuple[tuple[int, int, str], ...] = ()

    def to_row(self, mentions: Iterable[Evidence] = ()) -> dict:
        """The places.jsonl row; ``mentions``: every mention of it, in any document."""
        return {"id": self.key, "name": self.name, "feature": self.feature, "country": self.country,
                "lat": self.lat, "lon": self.lon, "geonameid": self.geonameid,
                "mentions": [m.to_row() for m in mentions]}

    def mentions_in(self, doc_id: str) -> tuple[Evidence, ...]:
        """Its mentions in the document ``doc_id``."""
        return tuple(Evidence(doc_id, start, end, text) for start, end, text in self.mentions)

    @classmethod
    def from_row(cls, row: Mapping) -> Place:
        """The place of a row (its mentions' offsets, of whichever documents)."""
        return cls(key=row["id"], name=row["name"], feature=row.get("feature") or "other", country=row.get("country"),
                   lat=row.get("lat"), lon=row.get("lon"), geonameid=row.get("geonameid"),
                   mentions=tuple((m.get("start"), m.get("end"), m.get("text", "")) for m in row.get("mentions") or ()))


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything one document yields; what the cache stores."""

    document: Document
    actors: tuple[Actor, ...] = ()
    relations: tuple[Relation, ...] = ()
    events: tuple[Event, ...] = ()
    timexes: tuple[Timex, ...] = ()
    figures: tuple[Figure, ...] = ()
    warnings: tuple[str, ...] = field(default=())
    places: tuple[Place, ...] = ()

    def counts(self) -> dict[str, int]:
        """How many records of each kind the document gave (its documents.jsonl ``counts``)."""
        return {"actors": len(self.actors), "relations": len(self.relations), "events": len(self.events),
                "timexes": len(self.timexes), "figures": len(self.figures)}

    def to_dict(self) -> dict:
        """Plain data for JSON (tuples stay tuples); ``from_dict`` reads it back.

        Written out by hand because ``dataclasses.asdict`` deep-copies every value,
        which costs more than the extraction itself on a cache write.
        """
        return {
            "document": _fields(self.document),
            "actors": [_fields(a) for a in self.actors],
            "relations": [{**_fields(r), "evidence": _fields(r.evidence)} for r in self.relations],
            "events": [_fields(e) for e in self.events],
            "timexes": [_fields(t) for t in self.timexes],
            "figures": [_fields(f) for f in self.figures],
            "warnings": self.warnings,
            "places": [_fields(p) for p in self.places],
        }

    @classmethod
    def from_dict(cls, data: dict) -> Extraction:
        return cls(
            document=Document(**_tupled(data["document"])),
            actors=tuple(Actor(**_tupled(a)) for a in data["actors"]),
            relations=tuple(
                Relation(**{**r, "evidence": Evidence(**r["evidence"])}) for r in data["relations"]
            ),
            events=tuple(Event(**_tupled(e)) for e in data["events"]),
            timexes=tuple(Timex(**t) for t in data["timexes"]),
            figures=tuple(Figure(**f) for f in data.get("figures", ())),
            warnings=tuple(data.get("warnings", ())),
            places=tuple(Place(**_tupled(p)) for p in data.get("places", ())),
        )


def _fields(record) -> dict:
    return {name: getattr(record, name) for name in record.__slots__}


def _tupled(data: dict) -> dict:
    """JSON gives lists where the dataclasses hold tuples (also nested pairs)."""
    return {
        k: tuple(tuple(x) if isinstance(x, list) else x for x in v) if isinstance(v, list) else v
        for k, v in data.items()
    }
