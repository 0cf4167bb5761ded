"""Calendar arithmetic for TIMEX3 values: numbers, durations, weekdays, months, spans.

Pure functions the tagger and event dating share; none reads text or keeps
state, so each is tested on its own with doctests.
"""

from __future__ import annotations

import calendar
import datetime
import re

from dateutil.easter import easter
from dateutil.relativedelta import relativedelta

from . import rules as R

__all__ = [
    "Tense",
    "normalise_weekday",
    "normalise_month",
    "parse_number",
    "duration_value",
    "duration_delta",
    "shift_value",
    "value_range",
    "last_day",
    "ordinal_of",
]

# "past" | "present" | "future" | "scheduled": a present simple that tells of a fixed
# day ("the finals open on June 9", "the leaders meet Monday"), ahead for a day or a
# weekday, and for a month up to half a year ahead ("inflation stands at 2% in May"
# in June is the May gone) | "nearest": a plan told in the past ("were to arrive on
# Tuesday", "was supposed to land on Friday"), which says nothing of whether its day
# is over: the day nearest the telling, either way
Tense = str

# --------------------------------------------------------------------------- lexicon helpers

_NUM_SPLIT = re.compile(r"[\s-]+|\s+and\s+")
_FRACTION = re.compile(r"^(\d+(?:\.\d+)?)(?:\s+1/2|\s*½)$")


def parse_number(text: str) -> float | None:
    """The number a numeral or number phrase names; None when it is vague.

    >>> parse_number("twenty four"), parse_number("24"), parse_number("a hundred thirty")
    (24, 24, 130)
    >>> parse_number("2 1/2"), parse_number("one and a half"), parse_number("several")
    (2.5, 1.5, None)
    >>> parse_number("two thousand"), parse_number("1,400"), parse_number("three-and-a-half")
    (2000, 1400, 3.5)
    >>> parse_number("two dozen"), parse_number("a dozen")
    (24, 12)
    >>> parse_number("two six") is None  # "two six-year terms": a count, then the number counted
    True
    """
    t = " ".join(text.lower().replace("-", " ").split())
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+", t):
        t = t.replace(",", "")
    if t in R.VAGUE_QUANTITIES:
        return R.VAGUE_QUANTITIES[t]
    m = _FRACTION.match(t)
    if m:
        return float(m.group(1)) + 0.5
    if re.fullmatch(r"\d+", t):
        return int(t)
    if re.fullmatch(r"\d+\.\d+", t):
        return float(t)
    half = 0.0
    if re.search(r" and (?:a |one )?half$", t):
        half = 0.5
        t = t.rsplit(" and ", 1)[0]
    total, current = 0, 0
    for word in _NUM_SPLIT.split(t):
        if word in ("", "and", "a", "an"):
            current = current or (1 if word in ("a", "an") else 0)
            continue
        n = R.NUMBER_WORDS.get(word)
        if n is None:
            return None
        if word == "dozen":  # "two dozen", "a dozen": a multiplier
            current = max(current, 1) * n
            continue
        if n < 100 and current % 100 and not (current % 10 == 0 and current % 100 >= 20 and n < 10):
            return None  # a word below a hundred after another: "twenty four", never "two six"
        if n in (100, 1000):
            current = max(current, 1) * n
            if n == 1000:
                total, current = total + current, 0
        else:
            current += n
    value = total + current + half
    return int(value) if value == int(value) else value


def ordinal_of(text: str) -> int | None:
    """The number an ordinal names ("second", "3rd", "twenty-first").

    >>> ordinal_of("second"), ordinal_of("3rd"), ordinal_of("twenty-first")
    (2, 3, 21)
    """
    t = text.lower().strip()
    m = re.fullmatch(r"(\d+)(?:st|nd|rd|th)?", t)
    if m:
        return int(m.group(1))
    parts = [p for p in re.split(r"[\s-]+", t) if p]
    if len(parts) == 2 and parts[0] in ("twenty", "thirty") and parts[1] in R.ORDINAL_WORDS:
        return R.NUMBER_WORDS[parts[0]] + R.ORDINAL_WORDS[parts[1]]
    return R.ORDINAL_WORDS.get(t)


def _unit(word: str) -> tuple[str, bool, int]:
    return R.UNITS[word.lower()]


def duration_value(n: float | None, unit: str) -> str:
    """The TIMEX3 duration for ``n`` units (None: an unspecified number).

    >>> duration_value(3, "months"), duration_value(24, "hours"), duration_value(5, "hour")
    ('P3M', 'P1D', 'PT5H')
    >>> duration_value(2.5, "years"), duration_value(None, "weeks"), duration_value(2, "decades")
    ('P2Y6M', 'PXW', 'P20Y')
    >>> duration_value(1.5, "minute")
    'PT1M30S'
    """
    letter, is_time, mult = _unit(unit)
    if n is None:
        return ("PTX" if is_time else "PX") + letter
    n = n * mult
    # a day-long window is how news phrases "the last 24 hours"
    if is_time and letter == "H" and n == 24:
        return "P1D"
    whole = int(n)
    frac = n - whole
    if frac:
        lower = {"Y": ("M", 12), "M": ("S", 60) if is_time else ("D", 30), "H": ("M", 60),
                 "D": ("H", 24), "W": ("D", 7)}.get(letter)
        if lower:
            sub_letter, factor = lower
            sub = f"{round(frac * factor)}{sub_letter}"
            main = f"{whole}{letter}" if whole else ""
            if is_time:
                return f"PT{main}{sub}"
            if sub_letter == "H":
                return f"P{main}T{sub}"
            return f"P{main}{sub}"
        return ("PT" if is_time else "P") + f"{n:g}{letter}"
    return ("PT" if is_time else "P") + f"{whole}{letter}"


_DUR_PART = re.compile(r"(\d+(?:\.\d+)?)([YMWDHSQCEL])")


def duration_delta(value: str) -> relativedelta | None:
    """A TIMEX3 duration as a ``relativedelta`` (None when vague).

    >>> duration_delta("P1D")
    relativedelta(days=+1)
    >>> duration_delta("PT36H")
    relativedelta(days=+1, hours=+12)
    >>> duration_delta("PXD") is None
    True
    """
    if not value or not value.startswith("P") or "X" in value:
        return None
    date_part, _, time_part = value[1:].partition("T")
    delta = relativedelta()
    scale = {"Y": ("years", 1), "M": ("months", 1), "W": ("weeks", 1), "D": ("days", 1),
             "Q": ("months", 3), "E": ("years", 10), "C": ("years", 100), "L": ("years", 1000)}
    for num, letter in _DUR_PART.findall(date_part):
        name, mult = scale.get(letter, ("days", 1))
        delta += relativedelta(**{name: int(float(num) * mult)})
    tscale = {"H": "hours", "M": "minutes", "S": "seconds"}
    for num, letter in _DUR_PART.findall(time_part):
        delta += relativedelta(**{tscale.get(letter, "hours"): int(float(num))})
    return delta.normalized()


# --------------------------------------------------------------------------- calendar helpers


def _day(d: datetime.date) -> str:
    return d.isoformat()


def _month(d: datetime.date) -> str:
    return f"{d.year:04d}-{d.month:02d}"


def _week(d: datetime.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def _quarter_of(d: datetime.date) -> int:
    return (d.month - 1) // 3 + 1


def _shift_quarter(year: int, q: int, by: int) -> tuple[int, int]:
    idx = year * 4 + (q - 1) + by
    return idx // 4, idx % 4 + 1


def normalise_weekday(name: str, anchor: datetime.date | None, tense: Tense = "past",
                      rel: str | None = None) -> str | None:
    """The date a weekday name points to, seen from ``anchor``.

    Past and present clauses take the latest such day on or before the anchor
    (news says "said in a statement Friday" on that Friday); future clauses
    the first one on or after it (a story of Friday saying "will meet Friday"
    means that day); a plan told in the past, the nearer of the two. ``rel`` is "last", "next" or "this".

    >>> a = datetime.date(2026, 2, 27)  # a Friday
    >>> normalise_weekday("Friday", a, "past"), normalise_weekday("Friday", a, "future")
    ('2026-02-27', '2026-02-27')
    >>> normalise_weekday("Friday", a, rel="next")
    '2026-03-06'
    >>> normalise_weekday("Monday", a, "past"), normalise_weekday("Monday", a, "future")
    ('2026-02-23', '2026-03-02')
    >>> normalise_weekday("Friday", a, rel="last"), normalise_weekday("Wednesday", a, rel="this")
    ('2026-02-20', '2026-02-25')
    >>> normalise_weekday("Sunday", a, "nearest"), normalise_weekday("Tuesday", a, "nearest")
    ('2026-03-01', '2026-02-24')
    >>> normalise_weekday("Friday", None) is None
    True
    """
    if anchor is None:
        return None
    target = R.WEEKDAYS[name.capitalize()]
    here = anchor.isoweekday()
    if rel == "this":
        return _day(anchor + datetime.timedelta(days=target - here))
    if rel == "last":
        back = (here - target) % 7 or 7
        return _day(anchor - datetime.timedelta(days=back))
    if rel == "next":
        return _day(anchor + datetime.timedelta(days=(target - here) % 7 or 7))
    ahead, back = (target - here) % 7, (here - target) % 7
    if tense in ("future", "scheduled") or (tense == "nearest" and ahead < back):
        return _day(anchor + datetime.timedelta(days=ahead))
    return _day(anchor - datetime.timedelta(days=back))


def normalise_month(month: int, anchor: datetime.date | None, tense: Tense = "past") -> str | None:
    """The year-month a bare month name points to from ``anchor``.

    Past clauses take the latest such month up to the anchor's, future ones
    the next from it on; without a cue, a month up to two ahead is upcoming
    and any other is the last one gone; a present simple ("returns to Chinese
    rule in July") looks up to half a year ahead ("stands at 2% in November"
    in December is the one gone).

    >>> a = datetime.date(2026, 2, 27)
    >>> normalise_month(10, a, "past"), normalise_month(1, a, "past"), normalise_month(3, a, "future")
    ('2025-10', '2026-01', '2026-03')
    >>> normalise_month(1, a, "future"), normalise_month(4, a, "present"), normalise_month(6, a, "present")
    ('2027-01', '2026-04', '2025-06')
    >>> normalise_month(1, datetime.date(2025, 11, 2), "present")
    '2026-01'
    """
    if anchor is None:
        return None
    ahead = (month - anchor.month) % 12
    if (tense == "future" or (tense == "present" and ahead <= 2) or (tense == "scheduled" and ahead <= 6)
            or (tense == "nearest" and ahead < 6)):
        shift = ahead
    else:
        shift = ahead - 12 if ahead else 0
    when = datetime.date(anchor.year, anchor.month, 1) + relativedelta(months=shift)
    return _month(when)


def _year_for_day(month: int, day: int, anchor: datetime.date, tense: Tense) -> int:
    """The year of a month/day given without one.

    Past clauses look back and future ones ahead, each tolerating two months
    the other way (a cue word is only a hint); without a cue the day is taken
    within two months ahead or ten back.

    >>> a = datetime.date(2026, 2, 27)
    >>> _year_for_day(12, 30, a, "past"), _year_for_day(6, 3, a, "future"), _year_for_day(3, 3, a, "present")
    (2025, 2026, 2026)
    >>> _year_for_day(6, 3, a, "past"), _year_for_day(11, 3, a, "present"), _year_for_day(1, 5, a, "future")
    (2025, 2025, 2026)
    >>> _year_for_day(1, 2, datetime.date(2025, 11, 2), "present")
    2026
    """
    try:
        this = datetime.date(anchor.year, month, day)
    except ValueError:  # 29 February outside a leap year
        this = datetime.date(anchor.year, month, 28)
    ahead = (this - anchor).days
    if tense in ("future", "scheduled"):
        return anchor.year if ahead >= -60 else anchor.year + 1
    if tense == "past":
        return anchor.year if ahead <= 60 else anchor.year - 1
    if tense == "nearest":
        return anchor.year + 1 if ahead < -182 else anchor.year - 1 if ahead > 182 else anchor.year
    if ahead > 60:
        return anchor.year - 1
    if ahead < -300:
        return anchor.year + 1
    return anchor.year


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> datetime.date:
    if n > 0:
        first = datetime.date(year, month, 1)
        offset = (weekday - first.isoweekday()) % 7
        return first + datetime.timedelta(days=offset + 7 * (n - 1))
    last = datetime.date(year, month, 1) + relativedelta(months=1, days=-1)
    return last - datetime.timedelta(days=(last.isoweekday() - weekday) % 7)


def _holiday(name: str, year: int) -> datetime.date:
    rule = R.HOLIDAYS[" ".join(name.lower().replace("’", "'").split())]
    if rule[0] == "fixed":
        return datetime.date(year, rule[1], rule[2])
    if rule[0] == "nth":
        return _nth_weekday(year, rule[1], rule[2], rule[3])
    if rule[0] == "easter":
        return easter(year) + datetime.timedelta(days=rule[1])
    # US general election: the Tuesday after the first Monday of November
    return _nth_weekday(year, 11, 1, 1) + datetime.timedelta(days=1)


def shift_value(value: str, delta: relativedelta) -> str | None:
    """Move a day, month or year value by ``delta``, keeping its granularity.

    >>> shift_value("2026-02-27", relativedelta(days=-1)), shift_value("2026-02", relativedelta(years=-1))
    ('2026-02-26', '2025-02')
    """
    m = re.fullmatch(r"(\d{4})(?:-(\d\d))?(?:-(\d\d))?", value or "")
    if not m:
        return None
    y, mo, d = int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1)
    moved = datetime.date(y, mo, d) + delta
    if m.group(3):
        return _day(moved)
    if m.group(2):
        return _month(moved)
    return f"{moved.year:04d}"


_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def value_range(value: str | None) -> tuple[str, str | None] | None:
    """The calendar span a DATE/TIME value covers: (start, end or None).

    Days and months keep their own value; coarser or week-based values turn
    into a first..last span of days or months.

    >>> value_range("2026-02-27T10:00"), value_range("2026-02")
    (('2026-02-27', None), ('2026-02', None))
    >>> value_range("2026-W09"), value_range("2026-Q1"), value_range("199X")
    (('2026-02-23', '2026-03-01'), ('2026-01', '2026-03'), ('1990', '1999'))
    >>> value_range("PRESENT_REF") is None
    True
    """
    if not value:
        return None
    m = re.match(r"(\d{4})-(\d\d)-(\d\d)", value)
    if m:
        return m.group(0), None
    m = re.fullmatch(r"(\d{4})-(\d\d)(?:-XX)?", value)
    if m:
        return value[:7], None
    m = re.match(r"(\d{4})-W(\d\d?)", value)
    if m:
        monday = datetime.date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
        if value.endswith("-WE"):
            return _day(monday + datetime.timedelta(days=5)), _day(monday + datetime.timedelta(days=6))
        return _day(monday), _day(monday + datetime.timedelta(days=6))
    m = re.fullmatch(r"(\d{4})-([QH])(\d)", value)
    if m:
        y, kind, n = int(m.group(1)), m.group(2), int(m.group(3))
        span = 3 if kind == "Q" else 6
        first = (n - 1) * span + 1
        return f"{y:04d}-{first:02d}", f"{y:04d}-{first + span - 1:02d}"
    m = re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", value)
    if m:
        y, start = int(m.group(1)), _SEASON_START[m.group(2)]
        first = datetime.date(y, start, 1)
        return _month(first), _month(first + relativedelta(months=2))
    m = re.fullmatch(r"(\d{4})", value)
    if m:
        return value, None
    m = re.fullmatch(r"(\d{3})X?", value)
    if m:
        return m.group(1) + "0", m.group(1) + "9"
    return None


def last_day(value: str | None) -> datetime.date | None:
    """The last day an ISO date, month or year can mean, or None when it is none of these.

    >>> last_day("1888"), last_day("2024-02"), last_day("2026-02-27")
    (datetime.date(1888, 12, 31), datetime.date(2024, 2, 29), datetime.date(2026, 2, 27))
    """
    if not value:
        return None
    try:
        parts = [int(p) for p in value[:10].split("-")]
    except ValueError:
        return None
    if len(parts) == 1:
        return datetime.date(parts[0], 12, 31)
    if len(parts) == 2:
        return datetime.date(parts[0], parts[1], calendar.monthrange(parts[0], parts[1])[1])
    return datetime.date(*parts[:3])
