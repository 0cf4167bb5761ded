"""The plain, frozen objects questions answer with, and ``Results``, a list of them."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass

from ...extract.model import Evidence

__all__ = ["Result", "Evidence", "Actor", "Link", "Neighbor", "Event", "Step", "Results"]


class Result:
    """Shared by the result objects: a dict of plain values."""

    def to_dict(self) -> dict:
        return {f.name: _plain(getattr(self, f.name)) for f in dataclasses.fields(self)}


def _plain(value):
    if isinstance(value, Result):
        return value.to_dict()
    if isinstance(value, Evidence):
        return value.to_row()
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    return value


@dataclass(frozen=True, slots=True)
class Actor(Result):
    """One actor as the tables describe it (read through ``extract.model.Actor``, the table's schema)."""

    id: str
    name: str
    type: str
    country: str | None
    aliases: tuple[str, ...]
    roles: tuple[str, ...]
    mentions: int
    documents: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Link(Result):
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
class Neighbor(Result):
    """An actor linked to the one asked about: how often, which way, by which types."""

    id: str
    name: str
    actor_type: str
    direction: str
    links: int
    link_types: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Event(Result):
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
    role: str | None
    historical: bool
    place_id: str | None
    lat: float | None
    lon: float | None


@dataclass(frozen=True, slots=True)
class Step(Result):
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
