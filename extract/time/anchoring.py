"""The reference time a relative expression counts from, as a story moves on.

Deictic expressions ("yesterday", "last week", "two days ago") count from the
publication date. Expressions that refer back ("the same day", "the following
week", "three days later", "that Friday", a clock time with no day of its own)
count from the closest preceding date the text has established, else from the
publication date. This module holds that one rule, for the tagger and for
event dating alike.
"""

from __future__ import annotations

import bisect
import datetime
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache

from ..lexicon import rows
from .values import duration_delta

__all__ = ["Anchor", "Reference", "grain_of", "longer_period"]

# how fine a value is, coarsest last; a week or a quarter fixes no day or month
_GRAINS = (
    ("day", re.compile(r"(\d{4})-(\d\d)-(\d\d)")),
    ("month", re.compile(r"(\d{4})-(\d\d)$")),
    ("week", re.compile(r"(\d{4})-W(\d\d)(?:$|-WE)")),
    ("year", re.compile(r"(\d{4})(?:$|-(?:Q\d|H\d|SP|SU|FA|WI))")),
)
# what an expression needs from its reference -> the grains that can give it.
# A year named on its own ("the worst since 1995") is mostly a comparison, so
# it never stands in for the day or month a story is at.
_USABLE = {"day": ("day", "month"), "month": ("day", "month"), "week": ("day", "week"),
           "year": ("day", "month", "week", "year")}


def grain_of(value: str | None) -> tuple[str, datetime.date] | None:
    """(grain, first day) of a calendar value, or None for anything else.

    >>> grain_of("2026-02-27T10:00"), grain_of("2026-02")
    (('day', datetime.date(2026, 2, 27)), ('month', datetime.date(2026, 2, 1)))
    >>> grain_of("2026-Q1"), grain_of("P3D"), grain_of("2026-W09")
    (('year', datetime.date(2026, 1, 1)), None, ('week', datetime.date(2026, 2, 23)))
    """
    for grain, rx in _GRAINS:
        m = rx.match(value or "")
        if m and grain == "week":
            try:  # a week counts from its Monday
                return grain, datetime.date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
            except ValueError:
                return None
        if m:
            y, mo, d = int(m.group(1)), int(m.group(2)) if grain != "year" else 1, \
                int(m.group(3)) if grain == "day" else 1
            try:
                return grain, datetime.date(y, mo, d)
            except ValueError:
                return None
    return None


@dataclass(frozen=True)
class Anchor:
    """A reference date and how much of it the text fixed ("day", "month", "year")."""

    date: datetime.date
    grain: str

    def day_value(self, offset_days: int = 0) -> str:
        """The day ``offset_days`` from this anchor, with unknown parts as X.

        >>> Anchor(datetime.date(1998, 10, 1), "month").day_value()
        '1998-10-XX'
        >>> Anchor(datetime.date(1998, 10, 23), "day").day_value(1)
        '1998-10-24'
        """
        if self.grain == "day":
            return (self.date + datetime.timedelta(days=offset_days)).isoformat()
        if self.grain == "month":
            return f"{self.date.year:04d}-{self.date.month:02d}-XX"
        return f"{self.date.year:04d}-XX-XX"


# a length that counts from the day the story is at: "three days later", "a week earlier"
_OFFSET = re.compile(r"\b(?P<dir>later|earlier|after|afterwards?|before)$", re.IGNORECASE)
_OFFSET_AFTER = re.compile(r"\s+(?P<dir>later|earlier)\b", re.IGNORECASE)


@dataclass
class Reference:
    """The dates a text has established so far, in text order, and the publication date.

    >>> ref = Reference(datetime.date(2026, 2, 27))
    >>> ref.establish("2025-10", 10); ref.establish("1995", 40)
    >>> ref.back(50, "day"), ref.back(50, "year").grain, ref.back(5, "day").grain
    (Anchor(date=datetime.date(2025, 10, 1), grain='month'), 'year', 'day')
    """

    publication: datetime.date | None
    _offsets: list[int] = field(default_factory=list)
    _anchors: list[Anchor] = field(default_factory=list)
    _aside: set[int] = field(default_factory=set)  # offsets of dates told in a clause aside

    def establish(self, value: str | None, offset: int, aside: bool = False) -> None:
        """Record a calendar value stated at ``offset`` (text order); one told ``aside``
        (in a relative clause: "Gaza, which was handed back on Sept. 12") can be referred
        back to by name ("that day") but is not where the story is."""
        found = grain_of(value)
        if found is None:
            return
        i = bisect.bisect_right(self._offsets, offset)
        self._offsets.insert(i, offset)
        self._anchors.insert(i, Anchor(found[1], found[0]))
        if aside:
            self._aside.add(offset)

    def back(self, offset: int, need: str = "day", gone_by: bool = False, story: bool = False) -> Anchor | None:
        """What an expression at ``offset`` that refers back counts from.

        The closest preceding established date that can give what it ``need``s
        ("day", "month" or "year"), else the publication date, else None. An
        expression in a past clause (``gone_by``: "made the statements earlier in
        the day") skips dates still ahead of the publication date; one that names
        no date but the story's own day (``story``: a bare "at 6 a.m.", "later in
        the day") skips dates told aside.

        >>> ref = Reference(datetime.date(2005, 11, 8))
        >>> ref.establish("2006-01-25", 0); ref.establish("2005-09-12", 20, aside=True)
        >>> ref.back(10).date, ref.back(10, gone_by=True).date
        (datetime.date(2006, 1, 25), datetime.date(2005, 11, 8))
        >>> ref.back(40).date, ref.back(40, story=True).date
        (datetime.date(2005, 9, 12), datetime.date(2006, 1, 25))
        """
        usable = _USABLE[need]
        for at, anchor in self.before(offset):
            if anchor.grain in usable and not (gone_by and self.publication and anchor.date > self.publication) \
                    and not (story and at in self._aside):
                return anchor
        return self.now()

    def offset_day(self, offset: int, expression: str, value: str | None, following: str = "") -> datetime.date | None:
        """The day a length at ``offset`` names when it counts from the day the story is
        at ("three days later", "a week earlier"; the direction may follow the
        ``expression``, in ``following``), or None for any other expression or when the
        story is at no day.

        >>> ref = Reference(datetime.date(2010, 3, 12)); ref.establish("2010-03-03", 0)
        >>> ref.offset_day(20, "Two days later", "P2D"), ref.offset_day(20, "two days", "P2D", " earlier,")
        (datetime.date(2010, 3, 5), datetime.date(2010, 3, 1))
        >>> ref.offset_day(20, "two days", "P2D") is None
        True
        """
        m = _OFFSET.search(expression) or _OFFSET_AFTER.match(following)
        delta = duration_delta(value or "")
        back = self.back(offset, "day")
        if not m or delta is None or back is None or back.grain != "day":
            return None
        sign = 1 if m.group("dir").lower().startswith(("later", "after")) else -1
        try:
            return back.date + sign * delta
        except OverflowError:  # off the calendar's ends
            return None

    def before(self, offset: int) -> Iterable[tuple[int, Anchor]]:
        """The (offset, anchor) pairs established before ``offset``, the closest first."""
        for i in range(bisect.bisect_left(self._offsets, offset) - 1, -1, -1):
            yield self._offsets[i], self._anchors[i]

    def now(self) -> Anchor | None:
        """The publication date, which deictic expressions count from."""
        return Anchor(self.publication, "day") if self.publication else None


@cache
def _periods() -> tuple[re.Pattern, dict[str, int]]:
    table = {phrase: int(months) for phrase, months in rows("report_periods.tsv")}
    body = "|".join(re.escape(p) for p in sorted(table, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE), table


def longer_period(text: str) -> int | None:
    """The months of the last reporting period longer than a quarter named in ``text``.

    A results story that moves on from a quarter ("For the nine months, ...") compares
    "a year earlier" with that longer period, so the year-ago reference is a year.

    >>> longer_period("net rose 5% in the quarter. For the nine months, net")
    9
    >>> longer_period("net rose 5% in the third quarter, up from") is None
    True
    """
    pattern, table = _periods()
    found = [m.group(0).lower() for m in pattern.finditer(text)]
    return table[found[-1]] if found else None
