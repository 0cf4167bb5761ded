"""The calendar days a date of the tables covers: a day, an ISO week, a month, a quarter, a year...

There is one reading of a calendar value, ``extract.time.values.value_range``,
which event dating uses too, with ``last_day``; these are its adapters to days, for every view
of time (the page's timeline, Gephi's time slider, query filters):
``day_bounds`` (first and last day), ``day_range`` (the same as ISO strings,
with an end value) and ``day_span`` (days since 1970-01-01, the page's unit).
"""

from __future__ import annotations

from datetime import date

from ..extract.time.values import last_day, value_range

__all__ = ["day_bounds", "day_range", "day_span"]

_EPOCH = date(1970, 1, 1).toordinal()


def _first_day(value: str) -> date:
    """The first day of a day, month or year value (the granularities ``value_range`` gives)."""
    if len(value) == 4:
        return date(int(value), 1, 1)
    if len(value) == 7:
        return date(int(value[:4]), int(value[5:7]), 1)
    return date.fromisoformat(value)


def day_bounds(value: object) -> tuple[date, date] | None:
    """First and last day of an ISO date, datetime, week, month, quarter or year; None for anything else.

    >>> day_bounds("2026-02-27T10:00:00Z")
    (datetime.date(2026, 2, 27), datetime.date(2026, 2, 27))
    >>> day_bounds("2026-02"), day_bounds("2026-W09")[0]
    ((datetime.date(2026, 2, 1), datetime.date(2026, 2, 28)), datetime.date(2026, 2, 23))
    >>> day_bounds("2026"), day_bounds("soon"), day_bounds(None), day_bounds("2026-02-30")
    ((datetime.date(2026, 1, 1), datetime.date(2026, 12, 31)), None, None, None)
    """
    if not value:
        return None
    try:
        span = value_range(str(value))
        if span is None:
            return None
        return _first_day(span[0]), last_day(span[1] or span[0])
    except ValueError:
        return None


def day_range(value: str | None, value_end: str | None = None) -> tuple[str, str] | None:
    """The first and last day an ISO date (or month, or year) covers, as GEXF ``date`` strings.

    >>> day_range("2026-02-27")
    ('2026-02-27', '2026-02-27')
    >>> day_range("2026-02-26", "2026-02-27T18:00:00")
    ('2026-02-26', '2026-02-27')
    >>> day_range("2026-02")
    ('2026-02-01', '2026-02-28')
    >>> day_range("sometime") is None
    True
    """
    first = day_bounds(value)
    if first is None:
        return None
    last = day_bounds(value_end) if value_end else None
    start, end = first[0], (last or first)[1]
    return (start.isoformat(), (end if end >= start else first[1]).isoformat())


def day_span(value: object) -> tuple[int, int] | None:
    """First and last day (days since 1970-01-01) of an ISO date, month, year or week.

    >>> day_span("1970-01-02")
    (1, 1)
    >>> day_span("1970-02")
    (31, 58)
    >>> day_span("2026-03-01T10:00:00Z")
    (20513, 20513)
    >>> day_span("soon") is None, day_span(None) is None
    (True, True)
    """
    bounds = day_bounds(value)
    if bounds is None:
        return None
    return bounds[0].toordinal() - _EPOCH, bounds[1].toordinal() - _EPOCH
