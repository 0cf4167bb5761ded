"""Event dating: which date, or span of dates, the temporal expressions of a sentence give its event.

The most specific calendar value wins; "the Nth day" and look-back durations
("over the last 24 hours") give a span, and so does a stated range of dates.
"""

from __future__ import annotations

import datetime
import re

from . import timerules as R
from .model import Timex
from .time import tag  # noqa: F401  (the doctests use it)
from .timevalues import _day, duration_delta, ordinal_of, value_range

__all__ = ["event_dates"]

_ABSOLUTE_DAY = re.compile(r"\d{4}-\d\d-\d\d")
ORDINAL_DAY = re.compile(r"(?P<ord>" + R.MACROS["ORD"] + r")\s+(?:straight\s+|consecutive\s+|full\s+)?day\b",
                         re.IGNORECASE)
_LOOKBACK = re.compile(r"^(?:(?:<DURMOD>)\s+)?(?:the\s+)?(?:last|past|previous|preceding)\b"
                       .replace("<DURMOD>", R.MACROS["DURMOD"]), re.IGNORECASE)
_GRANULARITY = [
    (re.compile(r"\d{4}-\d\d-\d\d"), 10), (re.compile(r"\d{4}-W\d\d"), 8),
    (re.compile(r"\d{4}-\d\d$"), 7), (re.compile(r"\d{4}-(?:Q\d|SP|SU|FA|WI)"), 6),
    (re.compile(r"\d{4}-H\d"), 5), (re.compile(r"\d{4}$"), 4), (re.compile(r"\d{3}X?$"), 2),
]


def _specificity(value: str | None) -> int:
    for rx, score in _GRANULARITY:
        if value and rx.match(value):
            return score
    return 0


def event_dates(timexes_in_sentence: list[Timex],
                anchor: datetime.date | None) -> tuple[str | None, str | None, str | None]:
    """(date, date_end, date_text) for an event stated in one sentence.

    "The Nth day of X" spans from N-1 days before the day it names; a look-back
    duration ("over the last 24 hours") ends on the sentence's date or the
    anchor; otherwise the most specific dated expression wins.

    >>> a = datetime.date(2026, 2, 27)
    >>> event_dates(tag("Clashes raged over the last 24 hours.", a, doc_id="d"), a)
    ('2026-02-26', '2026-02-27', 'the last 24 hours')
    >>> s = "It was the second day of clashes at the border on February 27, 2026."
    >>> event_dates(tag(s, a, doc_id="d"), a)
    ('2026-02-26', '2026-02-27', 'the second day')
    >>> event_dates(tag("Talks ended in March last year.", a, doc_id="d"), a)
    ('2025-03', None, 'March last year')
    >>> event_dates(tag("Prices rose now.", a, doc_id="d"), a)
    (None, None, None)
    """
    dated = [t for t in timexes_in_sentence
             if t.type in ("DATE", "TIME") and _specificity(t.value) > 0]
    for t in dated:
        m = ORDINAL_DAY.search(t.text)
        if m and _ABSOLUTE_DAY.match(t.value or ""):
            n = ordinal_of(m.group("ord")) or 1
            end = datetime.date.fromisoformat(t.value[:10])
            return _day(end - datetime.timedelta(days=n - 1)), _day(end), t.text
    best = max(dated, key=lambda t: _specificity(t.value), default=None)
    for t in timexes_in_sentence:
        if t.type != "DURATION" or not _LOOKBACK.match(t.text):
            continue
        delta = duration_delta(t.value or "")
        end_value = best.value[:10] if best is not None and _specificity(best.value) == 10 else None
        end = datetime.date.fromisoformat(end_value) if end_value else anchor
        if delta is None or end is None:
            continue
        return _day(end - delta), _day(end), t.text
    if best is None:
        return None, None, None
    start, end = value_range(best.value)
    return start, end, best.text

