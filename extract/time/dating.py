"""Event dating: which date, or span of dates, the temporal expressions of a sentence give its event.

The most specific calendar value wins; "the Nth day" and look-back durations
("over the last 24 hours") give a span, and so does a stated range of dates.
"""

from __future__ import annotations

import datetime
import re

from ..model import Timex
from . import rules as R
from .anchoring import Reference
from .tagger import tag  # noqa: F401  (the doctests use it)
from .values import _day, duration_delta, ordinal_of, value_range

__all__ = ["event_dates"]

_ABSOLUTE_DAY = re.compile(r"\d{4}-\d\d-\d\d")
ORDINAL_DAY = re.compile(r"(?P<ord>" + R.MACROS["ORD"] + r")\s+(?:straight\s+|consecutive\s+|full\s+)?day\b",
                         re.IGNORECASE)
_LOOKBACK = re.compile(r"^(?:(?:<DURMOD>)\s+)?(?:the\s+)?(?:last|past|previous|preceding)\b"
                       .replace("<DURMOD>", R.MACROS["DURMOD"]), re.IGNORECASE)
_GRANULARITY = [
    (re.compile(r"\d{4}-\d\d-\d\d"), 10), (re.compile(r"\d{4}-W\d\d"), 8),
    (re.compile(r"\d{4}-\d\d(?:$|-XX)"), 7), (re.compile(r"\d{4}-(?:Q\d|SP|SU|FA|WI)"), 6),
    (re.compile(r"\d{4}-H\d"), 5), (re.compile(r"\d{4}$"), 4), (re.compile(r"\d{3}X?$"), 2),
]


# what joins the two ends of a stated range: "from March 9 to March 11", "March 9-11",
# "between Monday and Wednesday"
_RANGE_JOIN = re.compile(r"\s*(?:-|–|—|to|through|thru|until|till|and)\s*", re.IGNORECASE)
_RANGE_OPEN = re.compile(r"\b(?:from|between)\s+$", re.IGNORECASE)
# a duration that counts from the story's date: "three days later", "a week earlier"
_OFFSET = re.compile(r"\b(?P<dir>later|earlier|after|afterwards?|before)$", re.IGNORECASE)


def _range(dated: list[Timex], text: str | None) -> tuple[str, str, str] | None:
    """(start, end, text) of two dates the sentence states as the ends of one range."""
    if text is None:
        return None
    dated = sorted(dated, key=lambda t: t.start)
    for a, b in zip(dated, dated[1:], strict=False):
        join = _RANGE_JOIN.fullmatch(text, a.end, b.start)
        if not join or (join.group(0).strip().lower() == "and"
                        and not _RANGE_OPEN.search(text, max(0, a.start - 12), a.start)):
            continue
        first, last = value_range(a.value), value_range(b.value)
        if first and last and first[0] <= (last[1] or last[0]) and first[0] != last[0]:
            return first[0], last[1] or last[0], text[a.start:b.end]
    return None


def _offset_day(t: Timex, reference: Reference | None, text: str | None) -> str | None:
    """The day "three days later" names, counted from the day the story is at."""
    if reference is None or t.type != "DURATION":
        return None
    after = text[t.end:t.end + 12] if text else ""
    m = _OFFSET.search(t.text) or re.match(r"\s+(?P<dir>later|earlier)\b", after, re.IGNORECASE)
    delta = duration_delta(t.value or "")
    back = reference.back(t.start, "day")
    if not m or delta is None or back is None or back.grain != "day":
        return None
    sign = 1 if m.group("dir").lower().startswith(("later", "after")) else -1
    try:
        return _day(back.date + sign * delta)
    except OverflowError:  # off the calendar's ends
        return None


def _specificity(value: str | None) -> int:
    for rx, score in _GRANULARITY:
        if value and rx.match(value):
            return score
    return 0


def event_dates(timexes_in_sentence: list[Timex], anchor: datetime.date | None, *,
                text: str | None = None,
                reference: Reference | None = None) -> tuple[str | None, str | None, str | None]:
    """(date, date_end, date_text) for an event stated in one sentence.

    "The Nth day of X" spans from N-1 days before the day it names; a range of
    dates ("from March 9 to March 11" in ``text``) spans from one to the other;
    a look-back duration ("over the last 24 hours") ends on the sentence's date
    or the anchor; an offset ("three days later") counts from the day the
    story is at (``reference``); otherwise the most specific dated expression wins.

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
    >>> s = "Fighting went on from March 9 to March 11."
    >>> event_dates(tag(s, a, doc_id="d"), a, text=s)
    ('2026-03-09', '2026-03-11', 'March 9 to March 11')
    """
    dated = [t for t in timexes_in_sentence
             if t.type in ("DATE", "TIME") and _specificity(t.value) > 0]
    for t in dated:
        m = ORDINAL_DAY.search(t.text)
        if m and _ABSOLUTE_DAY.match(t.value or ""):
            n = ordinal_of(m.group("ord")) or 1
            end = datetime.date.fromisoformat(t.value[:10])
            return _day(end - datetime.timedelta(days=n - 1)), _day(end), t.text
    ranged = _range(dated, text)
    if ranged:
        return ranged
    best = max(dated, key=lambda t: _specificity(t.value), default=None)
    if best is None or _specificity(best.value) < 10:
        for t in timexes_in_sentence:
            day = _offset_day(t, reference, text)
            if day:
                return day, None, t.text
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

