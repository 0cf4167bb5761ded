"""The filters questions take: types asked for, a window of days, an actor's role in an event."""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from datetime import date

from ..dates import day_range
from .errors import QueryError, UnknownType
from .results import Event

__all__ = ["types_asked", "day_window", "in_window", "event_role", "event_order"]


def types_asked(value, known: Iterable[str] = (), what: str = "type") -> set[str] | None:
    """The asked types, case folded; a type not in ``known`` (when given) raises UnknownType with a hint.

    >>> types_asked(["assault"], ["ASSAULT", "ACCUSE"])
    {'assault'}
    >>> types_asked("ASSAUL", ["ASSAULT", "ACCUSE"], "event type")
    Traceback (most recent call last):
    ...
    newsgraph.graph.query.errors.UnknownType: unknown event type 'ASSAUL'; did you mean: ASSAULT? Known: ACCUSE, ASSAULT
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


def _day(value: str | date | None, name: str) -> str | None:
    if value is None or isinstance(value, date):
        return value.isoformat()[:10] if value else None
    span = day_range(value)
    if span is None:
        raise QueryError(f"--{name} must be an ISO date like 2026-02-27, not {value!r}")
    return span[0] if name == "since" else span[1]


def day_window(since: str | date | None, until: str | date | None) -> tuple[str | None, str | None]:
    """The first and last day asked for; a range that ends before it starts is an error.

    >>> day_window("2026-02", "2026-03-01")
    ('2026-02-01', '2026-03-01')
    >>> day_window("2026-03-02", "2026-03-01")
    Traceback (most recent call last):
    ...
    newsgraph.graph.query.errors.QueryError: --since 2026-03-02 is after --until 2026-03-01: no day is in that range
    """
    first, last = _day(since, "since"), _day(until, "until")
    if first and last and first > last:
        raise QueryError(f"--since {first} is after --until {last}: no day is in that range")
    return first, last


def in_window(row: dict, since: str | None, until: str | None) -> bool:
    if since is None and until is None:
        return True
    span = day_range(row.get("date"), row.get("date_end"))
    if span is None:
        return False
    return (since is None or span[1] >= since) and (until is None or span[0] <= until)


def event_role(row: dict, actor: str) -> str | None:
    sides = [side for side in ("source", "target") if actor in row["source" if side == "source" else "target"]]
    if sides:
        return "+".join(sides)
    return "attributed" if row.get("attributed_to") == actor else None


def event_order(event: Event) -> tuple:
    return (event.date is None, event.date or "", event.date_end or "", event.doc_id or "", event.start or 0,
            event.type, event.id)
