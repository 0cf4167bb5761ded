"""Questions about casualty figures: who says how many, and where the numbers disagree.

Answers come from the tables alone (figures.jsonl, events.jsonl, actors.jsonl);
``Newsgraph.figures`` and ``Newsgraph.disputes`` call these.

>>> rows = [
...     {"id": "f1", "doc_id": "a", "event_id": "e1", "kind": "killed", "min": 9, "max": 9, "text": "Nine",
...      "start": 0, "end": 4, "victims": "persons", "reported_by": "police"},
...     {"id": "f2", "doc_id": "b", "event_id": "e2", "kind": "killed", "min": 12, "max": 12, "text": "twelve",
...      "start": 10, "end": 16, "victims": "people", "reported_by": "witness"}]
>>> incident = {"figures": ["f1", "f2"], "disputed": True, "casualties": {"killed": {"min": 9, "max": 12}}}
>>> events = [{"id": "e1", "group": "e1", "type": "ASSAULT", "date": "2026-03-02", **incident},
...           {"id": "e2", "group": "e2", "type": "ASSAULT", "date": "2026-03-02", **incident}]
>>> names = {"police": "Police", "witness": "eyewitness"}.get
>>> [(d.kind, d.low, d.high, [c.reported_by_name for c in d.claims]) for d in disputes(rows, events, names)]
[('killed', 9, 12, ['Police', 'eyewitness'])]
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from ...extract.model import Figure as FigureRecord
from ..disputes import disagree
from .results import Result, Results

__all__ = ["Figure", "Dispute", "figures", "disputes", "count_words"]


@dataclass(frozen=True, slots=True)
class Figure(Result):
    """One stated casualty figure, with the name of who states it and whether its event is disputed."""

    id: str
    kind: str
    min: int
    max: int | None
    text: str
    victims: str | None
    reported_by: str | None
    reported_by_name: str | None
    doc_id: str
    start: int
    end: int
    event_id: str | None
    event: str | None
    disputed: bool
    subset: bool = False

    @property
    def count(self) -> str:
        return count_words(self.min, self.max)


@dataclass(frozen=True, slots=True)
class Dispute(Result):
    """Figures of one kind for one incident that cannot all be true: each reporter's claim side by side."""

    event: str
    type: str
    date: str | None
    kind: str
    low: int
    high: int | None
    claims: tuple[Figure, ...]


def count_words(low: int, high: int | None) -> str:
    """A range as analysts write it.

    >>> count_words(9, 9), count_words(25, None), count_words(1, 30)
    ('9', '25+', '1-30')
    """
    if high is None:
        return f"{low}+"
    return str(low) if low == high else f"{low}-{high}"


def _figure(row: dict, events: dict[str, dict], name: Callable[[str], str | None]) -> Figure:
    event = events.get(row.get("event_id"))
    reporter = row.get("reported_by")
    f = FigureRecord.from_row(row)
    return Figure(row["id"], f.kind, f.min, f.max, f.text, f.victims, reporter, name(reporter) if reporter else None,
                  f.doc_id, f.start, f.end, f.event_id, event.get("group", event["id"]) if event else None,
                  bool(event and event.get("disputed")), f.subset)


def figures(rows: Iterable[dict], events: Iterable[dict], name: Callable[[str], str | None], *,
            kind: str | Iterable[str] | None = None, actor: str | None = None, event: str | None = None,
            disputed: bool | None = None) -> Results:
    """Figures in document order, filtered by kind, by an actor (a side of the event, or the reporter),
    by an event (its id or its group's), and by whether their event is disputed."""
    events = list(events)
    by_id = {e["id"]: e for e in events}
    wanted = {kind.casefold()} if isinstance(kind, str) else ({k.casefold() for k in kind} if kind else None)
    found = []
    for row in rows:
        if wanted and row["kind"].casefold() not in wanted:
            continue
        e = by_id.get(row.get("event_id"))
        if event is not None and not (e and event in (e["id"], e.get("group"))):
            continue
        if actor is not None and row.get("reported_by") != actor and not (
                e and (actor in e.get("source", ()) or actor in e.get("target", ()))):
            continue
        f = _figure(row, by_id, name)
        if disputed is not None and f.disputed != disputed:
            continue
        found.append(f)
    found.sort(key=lambda f: (f.doc_id, f.start or 0, f.kind))
    return Results(found, Figure)


def disputes(rows: Iterable[dict], events: Iterable[dict], name: Callable[[str], str | None]) -> Results:
    """One Dispute per incident and kind whose reporters disagree, in date order (undated last)."""
    events = list(events)
    by_id = {e["id"]: e for e in events}
    by_figure = {r["id"]: r for r in rows}
    incidents: dict[tuple, dict] = {}
    for e in events:
        if e.get("disputed") and e.get("figures"):
            incidents.setdefault(tuple(e["figures"]), e)
    found = []
    for ids, e in incidents.items():
        by_kind: dict[str, list[dict]] = defaultdict(list)
        for i in ids:
            if i in by_figure and not by_figure[i].get("subset"):
                by_kind[by_figure[i]["kind"]].append(by_figure[i])
        for kind, claims in sorted(by_kind.items()):
            if not any(disagree(a, b) for n, a in enumerate(claims) for b in claims[n + 1:]):
                continue
            span = (e.get("casualties") or {}).get(kind) or {}
            found.append(Dispute(e.get("group", e["id"]), e.get("type", ""), e.get("date"), kind,
                                 span.get("min", min(c["min"] for c in claims)), span.get("max"),
                                 tuple(_figure(c, by_id, name) for c in claims)))
    found.sort(key=lambda d: (d.date is None, d.date or "", d.event, d.kind))
    return Results(found, Dispute)
