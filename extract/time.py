"""Rule-based TIMEX3 tagger for news: finds dates, times, durations and sets.

Values are anchored on the publication date, following TimeBank conventions.

The patterns and lexicons live in ``timerules``; this module compiles them,
keeps the longest non-overlapping matches and normalises each one. Relative
expressions follow the tense of their clause (news mostly reports the past):
a caller with a parser passes ``tense_of``, otherwise a cue-word heuristic
decides.
"""

from __future__ import annotations

import bisect
import datetime
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from dateutil.easter import easter
from dateutil.relativedelta import relativedelta

from . import timerules as R
from .model import Timex

__all__ = [
    "tag",
    "event_dates",
    "normalise_weekday",
    "normalise_month",
    "parse_number",
    "duration_value",
    "duration_delta",
    "shift_value",
    "value_range",
    "ordinal_of",
]

Tense = str  # "past" | "present" | "future"


# --------------------------------------------------------------------------- lexicon helpers

_NUM_SPLIT = re.compile(r"[\s-]+|\s+and\s+")
_FRACTION = re.compile(r"^(\d+(?:\.\d+)?)(?:\s+1/2|\s*½)$")


def parse_number(text: str) -> float | None:
    """The number a numeral or number phrase names; None when it is vague.

    >>> parse_number("twenty four"), parse_number("24"), parse_number("a hundred thirty")
    (24, 24, 130)
    >>> parse_number("2 1/2"), parse_number("one and a half"), parse_number("several")
    (2.5, 1.5, None)
    >>> parse_number("two thousand")
    2000
    """
    t = " ".join(text.lower().split())
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
    if t.endswith(" and a half") or t.endswith(" and one half"):
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
    the first one after it. ``rel`` is "last", "next" or "this".

    >>> a = datetime.date(2026, 2, 27)  # a Friday
    >>> normalise_weekday("Friday", a, "past"), normalise_weekday("Friday", a, "future")
    ('2026-02-27', '2026-03-06')
    >>> normalise_weekday("Monday", a, "past"), normalise_weekday("Monday", a, "future")
    ('2026-02-23', '2026-03-02')
    >>> normalise_weekday("Friday", a, rel="last"), normalise_weekday("Wednesday", a, rel="this")
    ('2026-02-20', '2026-02-25')
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
    if rel == "next" or tense == "future":
        ahead = (target - here) % 7 or 7
        return _day(anchor + datetime.timedelta(days=ahead))
    return _day(anchor - datetime.timedelta(days=(here - target) % 7))


def normalise_month(month: int, anchor: datetime.date | None, tense: Tense = "past") -> str | None:
    """The year-month a bare month name points to from ``anchor``.

    Past clauses take the latest such month up to the anchor's, future ones
    the next from it on; without a cue, a month up to two ahead is upcoming
    and any other is the last one gone.

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
    if tense == "future" or (tense == "present" and ahead <= 2):
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
    if tense == "future":
        return anchor.year if ahead >= -60 else anchor.year + 1
    if tense == "past":
        return anchor.year if ahead <= 60 else anchor.year - 1
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
    m = re.fullmatch(r"(\d{4})-(\d\d)", value)
    if m:
        return value, None
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


# --------------------------------------------------------------------------- tense heuristic

def _cue_regex(words) -> re.Pattern:
    body = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w'])(?:{body})(?![\w])", re.IGNORECASE)


_FUTURE = _cue_regex(R.FUTURE_CUES)
# a listed past form, or any word in -ed that is not itself a future cue
_PAST = re.compile(_cue_regex(R.PAST_CUES).pattern + r"|(?-i:\b[a-z]{2,}ed\b)", re.IGNORECASE)
_WORDS_BACK = re.compile(r"(?:\S+\s+){0,%d}\S*$" % R.TENSE_WINDOW)
_DEADLINE = re.compile(r"\b(?:by|until|till|before|effective|payable|starting|beginning|due|from\s+now\s+to"
                       r"|as\s+(?:early|soon)\s+as)\s+(?:mid-|early\s+|late\s+|on\s+)?$", re.IGNORECASE)
# a period after an initial, a title or a month abbreviation does not end a sentence
_NOT_A_STOP = re.compile(r"(?:\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Prof|Rev|Jr|Sr"
                         r"|Inc|Corp|Co|Ltd|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|No|U\.S|vs))\.$")
_SENT_BREAK = re.compile(r"[.!?][\"'”’)]*\s+(?=[\"“'(]?[A-Z0-9])|\n")


def _heuristic_tense(prefix: str) -> Tense:
    """The tense the last cue word shortly before an expression signals.

    Only the last few words of the sentence count, so a "will" in an earlier
    clause does not move a later reported date; with no cue at all the clause
    is "present" (callers read that as the news default, the past).

    >>> _heuristic_tense("The two leaders will meet on"), _heuristic_tense("Officials said on")
    ('future', 'past')
    >>> _heuristic_tense("He said the ministers would meet"), _heuristic_tense("The vote is on")
    ('future', 'present')
    >>> _heuristic_tense("Officials who will attend the talks said on")
    'past'
    """
    m = _WORDS_BACK.search(prefix)
    window = m.group(0) if m else prefix
    fut = [m.end() for m in _FUTURE.finditer(window)]
    # after "will", most past forms are participles ("will be held"); only a
    # finite reporting verb or auxiliary starts a new past clause
    past = [m.end() for m in _PAST.finditer(window)
            if not _FUTURE.fullmatch(m.group(0))
            and not (fut and m.start() > fut[0] and m.group(0).lower() not in R.FINITE_PAST_CUES)]
    if fut and (not past or fut[-1] >= past[-1]):
        return "future"
    return "past" if past else "present"


# --------------------------------------------------------------------------- compiled patterns

def _expand(pattern: str) -> str:
    return re.sub(r"<([A-Z][A-Z0-9]*)>", lambda m: R.MACROS[m.group(1)], pattern)


# every pattern starts at a word start
_COMPILED: list[tuple[int, str, re.Pattern, str, str]] = [
    (i, name, re.compile(r"(?<!\w)" + _expand(rx), re.IGNORECASE), typ, norm)
    for i, (name, rx, typ, norm) in enumerate(R.PATTERNS)
]


class _NoAnchor(Exception):
    """A relative expression met a document with no publication date."""


class _Drop(Exception):
    """The match is not a temporal expression after all."""


@dataclass
class _Doc:
    """What one pass over a document remembers: text, anchor, earlier mentions."""

    text: str
    anchor: datetime.date | None
    tense_of: Callable[[int], str] | None
    breaks: list[int] = field(default_factory=list)
    last_date: str | None = None
    last_year: int | None = None
    last_quarter: tuple[int, int, int] | None = None  # (year, quarter, offset)

    def sentence_bounds(self, offset: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.breaks, offset)
        start = self.breaks[i - 1] if i else 0
        end = self.breaks[i] if i < len(self.breaks) else len(self.text)
        return start, end

    def tense(self, offset: int) -> Tense:
        if self.tense_of is not None:
            t = self.tense_of(offset)
            if t in ("past", "present", "future"):
                return t
        start, _ = self.sentence_bounds(offset)
        return _heuristic_tense(self.text[start:offset])

    def date_tense(self, offset: int) -> Tense:
        """Tense for placing a calendar date: a deadline ("by May") looks ahead."""
        m = _DEADLINE.search(self.text, max(0, offset - 20), offset)
        return "future" if m else self.tense(offset)

    def need_anchor(self) -> datetime.date:
        if self.anchor is None:
            raise _NoAnchor
        return self.anchor


@dataclass
class _Match:
    start: int
    end: int
    groups: dict
    type: str
    norm: str
    order: int


# --------------------------------------------------------------------------- normalisers
# Each takes the match groups, the match and the document state and returns
# a value, or (type, value) to change the pattern's type.

def _g(groups: dict, key: str) -> str:
    v = groups.get(key)
    return " ".join(v.lower().split()) if v else ""


def _year_of(text: str, doc: _Doc) -> int | None:
    t = " ".join(text.lower().split())
    if not t:
        return None
    if t.isdigit():
        return int(t)
    rel = {"this year": 0, "last year": -1, "next year": 1, "the year": 0}.get(t)
    if rel is not None:
        return doc.need_anchor().year + rel
    n = _spelled_year(t)
    return n


def _spelled_year(t: str) -> int | None:
    words = [w for w in re.split(r"[\s-]+", t) if w and w not in ("and",)]
    if words[:2] == ["two", "thousand"]:
        rest = parse_number(" ".join(words[2:])) if words[2:] else 0
        return 2000 + int(rest or 0)
    if words and words[0] == "nineteen":
        rest = [w for w in words[1:] if w != "hundred"]
        n = parse_number(" ".join(rest)) if rest else 0
        return 1900 + int(n or 0)
    return None


def _n_month_day(g: dict, m: _Match, doc: _Doc):
    month = R.MONTHS[g["month"].strip()] if g["month"].strip() in R.MONTHS else R.MONTHS[
        g["month"].strip().capitalize()]
    day = ordinal_of(g["day"])
    if not day or day > 31:
        raise _Drop
    year = _year_of(g.get("year") or "", doc)
    if year is None:
        rel = _g(g, "rel")
        tense = {"last": "past", "next": "future"}.get(rel) or doc.date_tense(m.start)
        year = _year_for_day(month, day, doc.need_anchor(), tense)
    try:
        return _day(datetime.date(year, month, day))
    except ValueError:
        raise _Drop from None


def _n_iso_date(g: dict, m: _Match, doc: _Doc):
    year = int(g["year"])
    if year < 100:
        year += 1900 if year > 30 else 2000
    try:
        return _day(datetime.date(year, int(g["m"]), int(g["d"])))
    except ValueError:
        raise _Drop from None


def _month_num(text: str) -> int:
    t = text.strip()
    return R.MONTHS.get(t) or R.MONTHS[t.capitalize()]


def _n_month_year(g: dict, m: _Match, doc: _Doc):
    year = _year_of(g["year"], doc)
    return f"{year:04d}-{_month_num(g['month']):02d}"


def _n_month_rel_year(g: dict, m: _Match, doc: _Doc):
    year = doc.need_anchor().year + {"last": -1, "this": 0, "next": 1}[_g(g, "rel")]
    return f"{year:04d}-{_month_num(g['month']):02d}"


def _n_rel_month(g: dict, m: _Match, doc: _Doc):
    anchor = doc.need_anchor()
    month, rel = _month_num(g["month"]), _g(g, "rel")
    year = anchor.year
    if rel in ("last", "past", "this past"):
        if month >= anchor.month:
            year -= 1
    elif rel in ("next", "coming", "this coming"):
        if month <= anchor.month:
            year += 1
    return f"{year:04d}-{month:02d}"


def _n_month_alone(g: dict, m: _Match, doc: _Doc):
    anchor = doc.need_anchor()
    return normalise_month(_month_num(g["month"]), anchor, doc.date_tense(m.start))


def _n_year(g: dict, m: _Match, doc: _Doc):
    year = _year_of(g["year"], doc)
    if year is None or not 1000 <= year <= 2199:
        raise _Drop
    return f"{year:04d}"


_DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
                 "seventies": 7, "eighties": 8, "nineties": 9}


def _n_decade(g: dict, m: _Match, doc: _Doc):
    if g.get("dec"):
        stem = g["dec"][:3]
    else:
        digit = int(g["dec2"][0]) if g.get("dec2") else _DECADE_WORDS[_g(g, "decword")]
        # "the '80s" and "the nineties" mean the century the anchor is in,
        # unless that decade lies in the anchor's future
        anchor = doc.anchor or datetime.date(1999, 1, 1)
        century = anchor.year // 100
        if century * 100 + digit * 10 > anchor.year:
            century -= 1
        stem = f"{century:02d}{digit}"
    return stem + "X"


def _n_century(g: dict, m: _Match, doc: _Doc):
    n = ordinal_of(g["ord"])
    if not n or n > 30:
        raise _Drop
    return f"{n - 1:02d}"


def _n_day_word(g: dict, m: _Match, doc: _Doc):
    anchor = doc.need_anchor()
    return _day(anchor + datetime.timedelta(days=R.DAY_WORDS[_g(g, "dw")]))


def _n_tonight(g: dict, m: _Match, doc: _Doc):
    return _day(doc.need_anchor()) + "TNI"


def _n_weekday(g: dict, m: _Match, doc: _Doc):
    anchor = doc.need_anchor()
    rel = _g(g, "rel")
    rel_kind = {"last": "last", "this past": "last", "past": "last", "the previous": "last",
                "next": "next", "this coming": "next", "coming": "next", "the following": "next",
                "the next": "next", "this": "this"}.get(rel)
    if rel in ("the previous", "the following", "the next") and doc.last_date:
        anchor = datetime.date.fromisoformat(doc.last_date[:10])
    tense = "past" if rel_kind else doc.tense(m.start)
    value = normalise_weekday(g["wd"], anchor, tense, rel_kind)
    pod = _g(g, "pod")
    if pod:
        return "TIME", value + "T" + R.PARTS_OF_DAY[pod]
    return value


def _day_ref(word: str, doc: _Doc) -> datetime.date:
    word = word.lower()
    anchor = doc.need_anchor()
    if word in R.DAY_WORDS:
        return anchor + datetime.timedelta(days=R.DAY_WORDS[word])
    if word.capitalize() in R.WEEKDAYS:
        return datetime.date.fromisoformat(normalise_weekday(word, anchor, "past"))
    if word in ("that", "the") and doc.last_date and len(doc.last_date) >= 10:
        return datetime.date.fromisoformat(doc.last_date[:10])
    return anchor


def _n_pod_day(g: dict, m: _Match, doc: _Doc):
    day = _day_ref(_g(g, "dw"), doc)
    if g["dw"].capitalize() in R.WEEKDAYS:
        day = datetime.date.fromisoformat(
            normalise_weekday(g["dw"], doc.need_anchor(), doc.tense(m.start)))
    return _day(day) + "T" + R.PARTS_OF_DAY[_g(g, "pod")]


def _n_day_pod(g: dict, m: _Match, doc: _Doc):
    dw, pod = _g(g, "dw"), _g(g, "pod")
    anchor = doc.need_anchor()
    if dw == "last":
        # "last night" is the night before; "last morning" is not idiomatic
        day = anchor - datetime.timedelta(days=1)
    elif dw == "this":
        day = anchor
    else:
        day = _day_ref(dw, doc)
    return _day(day) + "T" + R.PARTS_OF_DAY[pod]


def _n_holiday(g: dict, m: _Match, doc: _Doc):
    name = g["hol"]
    if g.get("year"):
        day = _holiday(name, int(g["year"]))
    else:
        anchor = doc.need_anchor()
        rel = _g(g, "rel")
        this_year = _holiday(name, anchor.year)
        tense = {"last": "past", "this past": "past", "next": "future",
                 "this coming": "future"}.get(rel) or doc.date_tense(m.start)
        if tense == "future":
            day = this_year if this_year > anchor else _holiday(name, anchor.year + 1)
        elif rel in ("last", "this past"):
            day = this_year if this_year < anchor else _holiday(name, anchor.year - 1)
        else:
            day = _holiday(name, _year_for_day(this_year.month, this_year.day, anchor, tense))
    if g.get("week"):
        return ("DATE", _week(day) + ("-WE" if g["week"].lower() == "weekend" else ""))
    return _day(day)


_REL_OFFSET = {
    "last": -1, "the past": -1, "the last": -1, "the previous": -1, "this past": -1,
    "the prior": -1, "the preceding": -1,
    "next": 1, "the coming": 1, "the following": 1, "the next": 1, "this coming": 1,
    "the upcoming": 1,
    "this": 0, "the current": 0, "the same": 0, "the latest": 0, "that": 0, "the": 0, "its": 0,
}


def _weekend(anchor: datetime.date, offset: int, tense: Tense) -> str:
    """The ISO week whose weekend is meant; past clauses look back."""
    wd = anchor.isoweekday()
    if offset == 0:
        if wd >= 6:
            sat = anchor - datetime.timedelta(days=wd - 6)
        elif tense == "future":
            sat = anchor + datetime.timedelta(days=6 - wd)
        else:
            sat = anchor - datetime.timedelta(days=wd + 1)
    elif offset < 0:
        sat = anchor - datetime.timedelta(days=(wd - 6) % 7 or 7)
    else:
        sat = anchor + datetime.timedelta(days=(6 - wd) % 7 or 7)
    return _week(sat) + "-WE"


def _season_value(code: str, year: int) -> str:
    return f"{year:04d}-{code}"


def _season_index(d: datetime.date) -> tuple[int, str]:
    """(season year, code) of a date; December belongs to next year's winter."""
    m = d.month
    if m in (12, 1, 2):
        return (d.year + 1 if m == 12 else d.year), "WI"
    return d.year, {3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU", 8: "SU"}.get(m, "FA")


_SEASON_ORDER = {"WI": 0, "SP": 1, "SU": 2, "FA": 3}


def _relative_unit(unit: str, offset: int, m: _Match, doc: _Doc, anaphoric: bool):
    anchor = doc.need_anchor()
    base = anchor
    if anaphoric and doc.last_date and len(doc.last_date) >= 10:
        base = datetime.date.fromisoformat(doc.last_date[:10])
    if unit == "year" and anaphoric and doc.last_year:
        return f"{doc.last_year + offset:04d}"
    if unit == "year":
        return f"{base.year + offset:04d}"
    if unit == "month":
        return _month(base + relativedelta(months=offset))
    if unit == "week":
        return _week(base + relativedelta(weeks=offset))
    if unit == "weekend":
        return _weekend(base, offset, doc.tense(m.start))
    if unit == "decade":
        return f"{(base.year // 10 + offset):03d}"
    if unit == "century":
        return f"{(base.year // 100 + offset):02d}"
    code = R.SEASONS[unit]
    year, current = _season_index(base)
    if code == "WI" and offset == 0:
        return _season_value(code, year)
    if offset < 0:
        y = base.year if _SEASON_ORDER[code] < _SEASON_ORDER[current] else base.year - 1
    elif offset > 0:
        y = base.year if _SEASON_ORDER[code] > _SEASON_ORDER[current] else base.year + 1
    else:
        y = base.year
    return _season_value(code, y)


def _n_rel_unit(g: dict, m: _Match, doc: _Doc):
    rel, unit = _g(g, "rel"), _g(g, "unit")
    offset = _REL_OFFSET[rel]
    anaphoric = rel in ("that", "the following", "the previous", "the prior", "the preceding",
                        "the same")
    return _relative_unit(unit, offset, m, doc, anaphoric)


_DURATION_FOLLOWERS = re.compile(r"\s+(?:ended|ending|through|to\s+date|earlier|before)\b", re.I)


def _n_the_unit(g: dict, m: _Match, doc: _Doc):
    unit = _g(g, "unit")
    if g.get("year"):
        year = _year_of(g["year"], doc)
        if unit in R.SEASONS:
            return _season_value(R.SEASONS[unit], year)
        return f"{year:04d}"
    if unit == "year" and _DURATION_FOLLOWERS.match(doc.text, m.end):
        return "DURATION", "P1Y"
    if unit in R.SEASONS:
        anchor = doc.need_anchor()
        year = anchor.year
        if unit in ("fall", "autumn") and doc.tense(m.start) == "past" and anchor.month < 9:
            year -= 1
        return _season_value(R.SEASONS[unit], year)
    return _relative_unit(unit, 0, m, doc, False)


def _n_year_end(g: dict, m: _Match, doc: _Doc):
    return f"{doc.need_anchor().year:04d}-12-31" if "-" in g["t"] else f"{doc.need_anchor().year:04d}"


_GRAIN = {"Y": "year", "C": "year", "L": "year", "Q": "quarter", "M": "month", "W": "week",
          "D": "day"}


def _n_ago(g: dict, m: _Match, doc: _Doc):
    n = parse_number(_g(g, "num"))
    unit = _g(g, "unit")
    forward = _g(g, "dir") in ("later", "from now", "hence")
    letter, is_time, mult = _unit(unit)
    if _g(g, "dir") in ("earlier", "later") and (is_time or letter in "DW"):
        # "a day earlier", "three hours later": an offset from a narrated event
        return "DURATION", duration_value(n, unit)
    if n is None:
        return "FUTURE_REF" if forward else "PAST_REF"
    anchor = doc.need_anchor()
    sign = 1 if forward else -1
    if letter == "Y" and n == 1 and not forward and _quarter_context(m, doc):
        year, q, _ = doc.last_quarter
        return f"{year - 1:04d}-Q{q}"
    if is_time:
        return _day(anchor)
    n = int(n * mult) if n * mult == int(n * mult) else n * mult
    if isinstance(n, float):
        return _day(anchor + sign * relativedelta(days=round(n * {"Y": 365, "M": 30, "W": 7}.get(
            letter, 1))))
    grain = _GRAIN.get(letter, "day")
    if grain == "year":
        return f"{anchor.year + sign * n * (100 if letter == 'C' else 1):04d}"
    if grain == "quarter":
        y, q = _shift_quarter(anchor.year, _quarter_of(anchor), sign * n)
        return f"{y:04d}-Q{q}"
    if grain == "month":
        return _month(anchor + relativedelta(months=sign * n))
    if grain == "week":
        return _week(anchor + relativedelta(weeks=sign * n))
    return _day(anchor + relativedelta(days=sign * n))


def _n_vague_ago(g: dict, m: _Match, doc: _Doc):
    return "FUTURE_REF" if _g(g, "dir") == "later" else "PAST_REF"


def _quarter_context(m: _Match, doc: _Doc) -> bool:
    """Whether the text is reporting quarterly results (a quarter was named before)."""
    return doc.last_quarter is not None


def _n_year_ago_adj(g: dict, m: _Match, doc: _Doc):
    what = _g(g, "what")
    if "nine months" in what:
        return "DURATION", "P9M"
    if "six months" in what:
        return "DURATION", "P6M"
    q = next((R.QUARTER_ORDINALS[w] for w in re.split(r"[\s-]+", what)
              if w in R.QUARTER_ORDINALS), None)
    anchor = doc.need_anchor()
    if q:
        year = doc.last_quarter[0] if doc.last_quarter else anchor.year
        return f"{year - 1:04d}-Q{q}"
    if doc.last_quarter and ("quarter" in what or "period" in what or _quarter_context(m, doc)):
        year, q, _ = doc.last_quarter
        return f"{year - 1:04d}-Q{q}"
    return f"{anchor.year - 1:04d}"


_ENDED = re.compile(_expand(r"\s+(?:ended|ending|that\s+ended|which\s+ended)\s+(?:on\s+)?"
                            r"(?P<month><MONTH>)\s+(?P<day>\d\d?)\b(?:,?\s+(?P<year><YEAR4>))?"),
                    re.IGNORECASE)


def _quarter_ended(m: _Match, doc: _Doc) -> tuple[int, int] | None:
    """(year, quarter) of "the quarter ended Sept. 30": the calendar quarter of that date."""
    e = _ENDED.match(doc.text, m.end)
    if not e:
        return None
    month = _month_num(e.group("month"))
    if e.group("year"):
        year = int(e.group("year"))
    else:
        anchor = doc.need_anchor()
        year = _year_for_day(month, min(int(e.group("day")), 28), anchor, "past")
    # a fiscal quarter ending early in a calendar quarter mostly lies in the one before
    return year, (month - 2) % 12 // 3 + 1


def _n_quarter(g: dict, m: _Match, doc: _Doc):
    q = R.QUARTER_ORDINALS[_g(g, "qord")]
    year = None
    if g.get("year"):
        year = _year_of(g["year"], doc)
    elif g.get("qyear"):
        year = int(g["qyear"])
    elif g.get("qrel"):
        year = doc.need_anchor().year + {"this": 0, "last": -1, "next": 1}[_g(g, "qrel")]
    elif _g(g, "det") in ("last", "next"):
        year = doc.need_anchor().year + (-1 if _g(g, "det") == "last" else 1)
    else:
        anchor = doc.need_anchor()
        year = anchor.year
        # reports in a past clause describe a quarter already under way or over
        if q > _quarter_of(anchor) and doc.tense(m.start) != "future":
            year -= 1
    doc.last_quarter = (year, q, m.start)
    return f"{year:04d}-Q{q}"


def _n_ref_quarter(g: dict, m: _Match, doc: _Doc):
    det, rel, unit = _g(g, "det"), _g(g, "rel"), _g(g, "unit")
    if unit == "period" and not doc.last_quarter:
        raise _Drop
    anchor = doc.need_anchor()
    current = (anchor.year, _quarter_of(anchor))
    ended = _quarter_ended(m, doc)
    if ended:
        doc.last_quarter = (*ended, m.start)
        return f"{ended[0]:04d}-Q{ended[1]}"
    if rel == "year's":
        base = doc.last_quarter[:2] if doc.last_quarter else _shift_quarter(*current, -1)
        return f"{base[0] + (-1 if det == 'last' else 1 if det == 'next' else 0):04d}-Q{base[1]}"
    if g.get("qyear"):
        q = doc.last_quarter[1] if doc.last_quarter else _shift_quarter(*current, -1)[1]
        return f"{int(g['qyear']):04d}-Q{q}"
    if rel == "current":
        y, q = current
    elif det == "next" or rel in ("next", "coming"):
        y, q = _shift_quarter(*current, 1)
    elif det == "last" and not rel:
        y, q = _shift_quarter(*current, -1)
    else:
        base = doc.last_quarter[:2] if doc.last_quarter else _shift_quarter(*current, -1)
        if rel in ("previous", "preceding", "prior", "past"):
            base = _shift_quarter(*base, -1)
        y, q = base
    return f"{y:04d}-Q{q}"


def _n_week_of(g: dict, m: _Match, doc: _Doc):
    value = _n_month_day(g, m, doc)
    return _week(datetime.date.fromisoformat(value))


def _n_half(g: dict, m: _Match, doc: _Doc):
    text = doc.text[m.start:m.end].lower()
    h = 1 if "two quarters" in text else 2 if "three quarters" in text else R.HALF_ORDINALS.get(
        _g(g, "hord"), 1)
    if "three quarters" in text:
        raise _Drop
    year_text = _g(g, "year")
    if year_text.isdigit():
        year = int(year_text)
    elif year_text in ("last year", "next year"):
        year = doc.need_anchor().year + (-1 if year_text == "last year" else 1)
    else:
        anchor = doc.need_anchor()
        year = anchor.year
        if h == 2 and anchor.month <= 6 and doc.tense(m.start) == "past":
            year -= 1
    return f"{year:04d}-H{h}"


def _n_ordinal_day(g: dict, m: _Match, doc: _Doc):
    n = ordinal_of(g["ord"])
    if not n or n > 366:
        raise _Drop
    # fixed by the sentence's own date once the whole text is tagged
    return _day(doc.need_anchor())


def _n_anaphoric_day(g: dict, m: _Match, doc: _Doc):
    rel, unit = _g(g, "rel"), _g(g, "unit")
    base = doc.last_date[:10] if doc.last_date and len(doc.last_date) >= 10 else None
    day = datetime.date.fromisoformat(base) if base else doc.need_anchor()
    offset = {"the next": 1, "the following": 1, "the previous": -1, "the prior": -1,
              "the preceding": -1}.get(rel, 0)
    day += datetime.timedelta(days=offset)
    if unit == "day":
        return _day(day)
    return "TIME", _day(day) + "T" + R.PARTS_OF_DAY[unit]


def _n_clock(g: dict, m: _Match, doc: _Doc):
    if g.get("cw"):
        hhmm = R.CLOCK_WORDS[_g(g, "cw")]
    else:
        h, mi = int(g["h"]), int(g.get("mi") or 0)
        ampm = _g(g, "ampm").replace(".", "").replace(" ", "")
        pod = _g(g, "pod")
        if (ampm == "pm" or pod in ("afternoon", "evening")) and h < 12:
            h += 12
        elif ampm == "am" and h == 12:
            h = 0
        if h > 24:
            raise _Drop
        hhmm = f"{h:02d}:{mi:02d}"
    dw = _g(g, "dw")
    if g.get("month"):
        day = datetime.date.fromisoformat(_n_month_day(g, m, doc))
    elif dw:
        day = _day_ref(dw, doc)
        if dw.capitalize() in R.WEEKDAYS:
            day = datetime.date.fromisoformat(
                normalise_weekday(dw, doc.need_anchor(), doc.date_tense(m.start)))
    else:
        day = doc.need_anchor()
    return _day(day) + "T" + hhmm


def _n_duration(g: dict, m: _Match, doc: _Doc):
    if re.search(r"-quarters\b", doc.text[m.start:m.end], re.I):
        raise _Drop  # "three-quarters" is a fraction
    num = _g(g, "num")
    n = parse_number(num)
    if n is not None and n == 0:
        raise _Drop
    if num in ("a", "an", "per") and not (g.get("mod") or g.get("det") or g.get("rel")) \
            and _RATE.search(doc.text, max(0, m.start - 40), m.start):
        # "$2 million a year", "four flights a week": a rate, so a set of times
        return "SET", duration_value(1, _g(g, "unit"))
    return duration_value(n, _g(g, "unit"))


_RATE = re.compile(r"(?:\d[\d,.]*%?|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twice|once|times"
                   r"|hundred|thousand|million|billion|dozen))(?:\s+[a-z]+){0,2}\s+$", re.IGNORECASE)


def _n_duration_adj(g: dict, m: _Match, doc: _Doc):
    text = doc.text[m.start:m.end].lower()
    unit = _g(g, "unit")
    return duration_value(None if text.startswith(unit + "s") else 1, unit)


def _n_duration_half(g: dict, m: _Match, doc: _Doc):
    return duration_value(1.5, _g(g, "unit"))


def _n_half_unit(g: dict, m: _Match, doc: _Doc):
    return duration_value(0.5, _g(g, "unit"))


def _n_vague_duration(g: dict, m: _Match, doc: _Doc):
    return duration_value(None, _g(g, "unit"))


def _n_some_time(g: dict, m: _Match, doc: _Doc):
    return "PXX"


_SOON_EXCLUDED = re.compile(r"\s+(?:as|after|afterward|afterwards|thereafter)\b", re.I)


def _n_ref(g: dict, m: _Match, doc: _Doc):
    ref = _g(g, "ref")
    if ref == "soon" and _SOON_EXCLUDED.match(doc.text, m.end):
        raise _Drop
    return R.REF_WORDS[ref]


def _n_set_word(g: dict, m: _Match, doc: _Doc):
    return R.SET_WORDS[_g(g, "sw")]


def _n_set_every(g: dict, m: _Match, doc: _Doc):
    unit = (g.get("unit") or "").strip()
    num = _g(g, "num")
    n = 2 if num == "other" else (parse_number(num) if num else 1) or 1
    if unit.capitalize() in R.WEEKDAYS:
        return f"XXXX-WXX-{R.WEEKDAYS[unit.capitalize()]}"
    if unit in R.MONTHS or unit.capitalize() in R.MONTHS:
        return f"XXXX-{_month_num(unit):02d}"
    low = unit.lower()
    if low in R.SEASONS:
        return f"XXXX-{R.SEASONS[low]}"
    if low in ("morning", "evening"):
        return f"XXXX-XX-XXT{R.PARTS_OF_DAY[low]}"
    if low == "weekend":
        return "XXXX-WXX-WE"
    return duration_value(n, low)


def _n_set_weekdays(g: dict, m: _Match, doc: _Doc):
    value = f"XXXX-WXX-{R.WEEKDAYS[g['wd'].rstrip('s').capitalize()]}"
    pod = _g(g, "pod")
    return value + ("T" + R.PARTS_OF_DAY[pod[:-1]] if pod else "")


_NORMALISERS: dict[str, Callable] = {
    name[3:]: fn for name, fn in globals().items() if name.startswith("_n_") and callable(fn)
}
_missing = {norm for _, _, _, norm in R.PATTERNS} - set(_NORMALISERS)
assert not _missing, f"patterns name unknown normalisers: {_missing}"


# --------------------------------------------------------------------------- tagging

_LEADING_DET = re.compile(r"(?:(the|a|an)\s+(?=[\w-]+-(?:quarter|year|month|week|day|hour|minute)\b)"
                          r"|(its|their|that|a|an)\s+(?=\S+[\s-]quarter\b))", re.IGNORECASE)


# Every pattern contains one of these words or a digit, so patterns only run in
# windows around them: most news text has no temporal word at all.
_TRIGGER_WORDS = {
    *R.MONTHS, *R.WEEKDAYS, *R.UNITS, *R.SEASONS, *R.PARTS_OF_DAY, *R.CLOCK_WORDS,
    *R.DAY_WORDS, *R.REF_WORDS, *R.SET_WORDS, *R.HOLIDAYS, *R.TRIGGER_EXTRA,
}
_TRIGGER = re.compile(
    r"\d|\b(?:" + "|".join(sorted({re.escape(w.split()[-1].rstrip(".")) for w in _TRIGGER_WORDS},
                                   key=len, reverse=True)) + ")",
    re.IGNORECASE)
# characters before and after a trigger word: more than any expression reaches
_REACH_BACK, _REACH_AHEAD = 50, 60


def _windows(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for m in _TRIGGER.finditer(text):
        lo, hi = max(0, m.start() - _REACH_BACK), min(len(text), m.end() + _REACH_AHEAD)
        if spans and lo <= spans[-1][1]:
            spans[-1] = (spans[-1][0], hi)
        else:
            spans.append((lo, hi))
    return spans


def _candidates(text: str) -> list[_Match]:
    found = []
    windows = _windows(text)
    for order, _name, rx, typ, norm in _COMPILED:
        for lo, hi in windows:
            for mo in rx.finditer(text, lo, hi):
                if "t" in rx.groupindex and mo.group("t") is not None:
                    start, end = mo.span("t")
                else:
                    start, end = mo.span()
                # trailing spaces, commas and a possessive are not part of it
                while end > start and text[end - 1] in " \t\n,":
                    end -= 1
                if text[end - 2:end] in ("'s", "’s") and end - 2 > start:
                    end -= 2
                # TimeBank leaves a determiner out of an adjectival "a five-year" or "its third quarter"
                det = _LEADING_DET.match(text, start, end)
                if det and (norm in ("quarter", "duration") or det.group(1).lower() != "the"):
                    start = det.end()
                if end <= start:
                    continue
                found.append(_Match(start, end, mo.groupdict(), typ, norm, order))
    return found


def _select(found: list[_Match]) -> list[_Match]:
    """Longest matches first; a shorter one survives only where nothing overlaps."""
    found.sort(key=lambda c: (-(c.end - c.start), c.order, c.start))
    taken: list[tuple[int, int]] = []
    chosen = []
    for c in found:
        i = bisect.bisect_left(taken, (c.start, c.end))
        if i > 0 and taken[i - 1][1] > c.start:
            continue
        if i < len(taken) and taken[i][0] < c.end:
            continue
        taken.insert(i, (c.start, c.end))
        chosen.append(c)
    chosen.sort(key=lambda c: c.start)
    return chosen


_ABSOLUTE_DAY = re.compile(r"\d{4}-\d\d-\d\d")


def _remember(doc: _Doc, value: str | None) -> None:
    if not value:
        return
    if _ABSOLUTE_DAY.match(value):
        doc.last_date = value[:10]
    if re.match(r"\d{4}(?:-|$)", value):
        doc.last_year = int(value[:4])


def tag(text: str, anchor: datetime.date | None, *, doc_id: str,
        tense_of: Callable[[int], str] | None = None) -> list[Timex]:
    """Every temporal expression in ``text``, with TIMEX3 type and value.

    ``anchor`` is the publication date; relative expressions get no value
    without it. ``tense_of(offset)`` may give the tense of the clause at a
    character offset ("past", "present" or "future").

    >>> text = "Officials said in a statement Friday that talks will resume next week."
    >>> [(t.text, t.type, t.value) for t in tag(text, datetime.date(2026, 2, 27), doc_id="d")]
    [('Friday', 'DATE', '2026-02-27'), ('next week', 'DATE', '2026-W10')]
    >>> [(t.text, t.value) for t in tag("On March 3, 1998 and on Friday", None, doc_id="d")]
    [('March 3, 1998', '1998-03-03'), ('Friday', None)]
    """
    doc = _Doc(text, anchor, tense_of)
    doc.breaks = [m.end() for m in _SENT_BREAK.finditer(text)
                  if not _NOT_A_STOP.search(text, max(0, m.start() - 5), m.start() + 1)]
    out: list[Timex] = []
    ordinal_days: list[int] = []
    for c in _select(_candidates(text)):
        typ = c.type
        try:
            result = _NORMALISERS[c.norm](c.groups, c, doc)
        except _Drop:
            continue
        except (_NoAnchor, OverflowError):  # no anchor, or a day beyond the calendar (from 9999-12-31)
            result = None
        if isinstance(result, tuple):
            typ, result = result
        if c.norm == "ordinal_day":
            ordinal_days.append(len(out))
        else:
            _remember(doc, result)
        out.append(Timex(doc_id, c.start, c.end, text[c.start:c.end], typ, result))
    for i in ordinal_days:
        out[i] = _date_ordinal_day(out, i, doc)
    return out


def _date_ordinal_day(out: list[Timex], i: int, doc: _Doc) -> Timex:
    """"The second day" names the day of its sentence's own date, if it has one."""
    tx = out[i]
    lo, hi = doc.sentence_bounds(tx.start)
    for other in out:
        if other is tx or not lo <= other.start < hi or other.type not in ("DATE", "TIME"):
            continue
        if other.value and _ABSOLUTE_DAY.match(other.value) and not _ORDINAL_DAY.search(other.text):
            return Timex(tx.doc_id, tx.start, tx.end, tx.text, tx.type, other.value[:10])
    return tx


# --------------------------------------------------------------------------- event dating

_ORDINAL_DAY = re.compile(_expand(r"(?P<ord><ORD>)\s+(?:straight\s+|consecutive\s+|full\s+)?day\b"),
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
        m = _ORDINAL_DAY.search(t.text)
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

