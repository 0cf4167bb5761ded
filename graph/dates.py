"""The calendar days an ISO date of the tables covers: a day, an ISO week, a month or a year.

Every view of time (the page's timeline, Gephi's time slider, query filters)
reads event dates through this one function.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

__all__ = ["day_bounds", "day_range"]

_DATE = re.compile(r"(\d{4})(?:-W(\d{2})|-(\d{2})(?:-(\d{2}))?)?")


def day_bounds(value: object) -> tuple[date, date] | None:
    """First and last day of an ISO date, datetime, week, month or year; None for anything else.

    >>> day_bounds("2026-02-27T10:00:00Z")
    (datetime.date(2026, 2, 27), datetime.date(2026, 2, 27))
    >>> day_bounds("2026-02"), day_bounds("2026-W09")[0]
    ((datetime.date(2026, 2, 1), datetime.date(2026, 2, 28)), datetime.date(2026, 2, 23))
    >>> day_bounds("2026"), day_bounds("soon"), day_bounds(None), day_bounds("2026-02-30")
    ((datetime.date(2026, 1, 1), datetime.date(2026, 12, 31)), None, None, None)
    """
    if not value:
        return None
    m = _DATE.match(str(value))
    if not m:
        return None
    year = int(m[1])
    try:
        if m[2]:
            return date.fromisocalendar(year, int(m[2]), 1), date.fromisocalendar(year, int(m[2]), 7)
        if m[4]:
            day = date(year, int(m[3]), int(m[4]))
            return day, day
        if m[3]:
            month = int(m[3])
            return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
        return date(year, 1, 1), date(year, 12, 31)
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
