"""The records that travel between stages.

Frozen, slotted dataclasses that hold no spaCy objects: they pickle across
processes, serialise to JSON for the cache and compare by value in tests.
Every fact carries its evidence (document id and character offsets).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field

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


@dataclass(frozen=True, slots=True)
class Document:
    """One input document: metadata split from the body text.

    ``text`` is the body; every offset in every table indexes into it.
    ``status`` is ``ok`` or ``skipped``; ``warnings`` explain either.
    """

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


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a fact is stated: the sentence and its offsets in the document."""

    doc_id: str
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Actor:
    """An actor as one document knows it.

    ``key`` is the actor's id (a slug of its canonical name, or of its
    country); the graph stage merges actors that share a key.
    """

    key: str
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    mentions: int = 0
    country: str | None = None
    roles: tuple[str, ...] = ()
    spans: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True, slots=True)
class Relation:
    """A typed link between two actors, with the sentence that states it."""

    source: str
    target: str
    type: str
    evidence: Evidence


@dataclass(frozen=True, slots=True)
class Timex:
    """A temporal expression with its TIMEX3 type and value."""

    doc_id: str
    start: int
    end: int
    text: str
    type: str
    value: str | None


@dataclass(frozen=True, slots=True)
class Event:
    """A PLOVER-coded event stated in one sentence."""

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


@dataclass(frozen=True, slots=True)
class Figure:
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


@dataclass(frozen=True, slots=True)
class Place:
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
