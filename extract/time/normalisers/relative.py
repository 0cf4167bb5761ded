"""Dates counted from the publication date ("yesterday", "last week", "two years ago")
or from the date the story is at ("that day", "the following month", "three days later").
"""

from __future__ import annotations

import datetime
import re

from dateutil.relativedelta import relativedelta

from .. import rules as R
from ..state import Drop, TagState, TimexMatch, expand_macros
from ..values import (
    Tense,
    _day,
    _month,
    _quarter_of,
    _shift_quarter,
    _unit,
    _week,
    _year_for_day,
    duration_value,
    normalise_weekday,
    ordinal_of,
    parse_number,
)
from .calendar_dates import holiday, month_day, year_of
from .periods import since_quarter
from .registry import group_text, normaliser

# a capitalised word just before: "USA Today", "India Today" name a paper
_NAME_BEFORE = re.compile(r"\b[A-Z][\w.]*\s+$")


@normaliser("day_word")
def day_word(g: dict, m: TimexMatch, doc: TagState):
    word = doc.text[m.start:m.end]
    if word[:1].isupper() and doc.sentence_bounds(m.start)[0] < m.start and _NAME_BEFORE.search(
            doc.text, max(0, m.start - 30), m.start):
        raise Drop
    anchor = doc.need_anchor()
    return _day(anchor + datetime.timedelta(days=R.DAY_WORDS[group_text(g, "dw")]))


@normaliser("any_weekday")
def any_weekday(g: dict, m: TimexMatch, doc: TagState):
    return f"XXXX-WXX-{R.WEEKDAYS[g['wd'].capitalize()]}"


@normaliser("weekday")
def weekday(g: dict, m: TimexMatch, doc: TagState):
    if doc.names_a_title(m):
        raise Drop
    anchor = doc.need_anchor()
    rel = group_text(g, "rel")
    rel_kind = {"last": "last", "this past": "last", "past": "last", "the previous": "last",
                "next": "next", "this coming": "next", "coming": "next", "the following": "next",
                "the next": "next", "this": "this", "that": "this"}.get(rel)
    if rel in ("the previous", "the following", "the next", "that"):
        back = doc.back(m)
        anchor = back.date if back.grain == "day" else anchor
    # "Wednesday's ruling" dates a thing the news reports once it has happened
    possessive = doc.possessive_at(m.end)
    if possessive:  # a day gone by, unless a future clause holds the thing on it or awaits it
        parsed = doc.tense_of(m.start) if doc.tense_of else None
        tense = parsed if parsed in ("future", "nearest") else "past"
    elif doc.heads_fixtures(m):
        tense = "future"  # "Wednesday" over "Charlton v Fulham": games still to play
    else:
        tense = "past" if rel_kind else doc.date_tense(m.start)
    value = normalise_weekday(g["wd"], anchor, tense, rel_kind)
    pod = group_text(g, "pod")
    if pod:
        return "TIME", value + "T" + R.PARTS_OF_DAY[pod]
    if g.get("cw"):
        return "TIME", value + "T" + R.CLOCK_WORDS[group_text(g, "cw")]
    return value


# what an anaphoric "the following <unit>" needs its reference to fix
_UNIT_NEEDS = {"year": "year", "decade": "year", "century": "year", "month": "month", "week": "week"}


_REL_OFFSET = {
    "last": -1, "the past": -1, "the last": -1, "the previous": -1, "this past": -1,
    "the prior": -1, "the preceding": -1,
    "next": 1, "the coming": 1, "the following": 1, "the next": 1, "this coming": 1,
    "the upcoming": 1,
    "this": 0, "the current": 0, "the same": 0, "the latest": 0, "that": 0, "the": 0, "its": 0,
}


def _weekend(anchor: datetime.date, offset: int, tense: Tense, this: bool = False) -> str:
    """The ISO week whose weekend is meant; past clauses look back, but "this
    weekend" said on a Thursday or Friday is the one to come, and so is the
    nearest weekend of a plan ("came ahead of a clampdown at the weekend")."""
    wd = anchor.isoweekday()
    if offset == 0:
        if wd >= 6:
            sat = anchor - datetime.timedelta(days=wd - 6)
        elif tense in ("future", "scheduled") or ((this or tense == "nearest") and wd >= 4):
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


def _relative_unit(unit: str, offset: int, m: TimexMatch, doc: TagState, anaphoric: bool):
    anchor = doc.need_anchor()
    base = anchor
    if anaphoric:
        back = doc.back(m, _UNIT_NEEDS.get(unit, "day"))
        if back.grain == "day" or unit in ("year", "decade", "century") or (
                unit == back.grain and unit in ("month", "week")):
            base = back.date
    if unit == "year":
        return f"{base.year + offset:04d}"
    if unit == "month":
        return _month(base + relativedelta(months=offset))
    if unit == "week":
        return _week(base + relativedelta(weeks=offset))
    if unit == "weekend":
        return _weekend(base, offset, doc.tense(m.start), group_text(m.groups, "rel") == "this")
    if unit == "decade":
        return f"{(base.year // 10 + offset):03d}"
    if unit == "century":
        return f"{(base.year // 100 + offset):02d}"
    code = R.SEASONS[unit]
    year, current = _season_index(base)
    if code == "WI" and offset == 0:
        return _season_value(code, year)
    # counted from the season year, so "last winter" said in December is the one before the
    # winter then beginning, and "the coming winter" that one
    beginning = code == current == "WI" and base.month == 12
    if offset < 0:
        y = year if _SEASON_ORDER[code] < _SEASON_ORDER[current] else year - 1
    elif offset > 0:
        y = year if _SEASON_ORDER[code] > _SEASON_ORDER[current] or beginning else year + 1
    else:
        y = base.year
    return _season_value(code, y)


@normaliser("rel_unit")
def rel_unit(g: dict, m: TimexMatch, doc: TagState):
    if doc.unit_in_a_name(m):
        raise Drop
    rel, unit = group_text(g, "rel"), group_text(g, "unit")
    if rel == "the past" and unit in ("decade", "century"):
        # "over the past decade": the ten years up to now; "the last decade" is the one before this
        return "DURATION", duration_value(1, unit)
    offset = _REL_OFFSET[rel]
    anaphoric = rel in ("that", "the following", "the previous", "the prior", "the preceding",
                        "the same")
    if rel in ("the past", "the last") and unit == "week" and doc.need_anchor().isoweekday() >= 4:
        # the seven days up to a Thursday or later lie mostly in the week then running
        # ("shares rose 3 percent over the past week", said on a Saturday)
        offset = 0
    return _relative_unit(unit, offset, m, doc, anaphoric)


_DURATION_FOLLOWERS = re.compile(r"\s+(?:ended|ending|through|to\s+date|earlier|before)\b", re.I)


# the day a week closes on: "the week ended December 8", "the week ending Friday"
_WEEK_ENDED = re.compile(expand_macros(r"\s+(?P<how>ended|ending)\s+(?:on\s+)?"
                                       r"(?:(?P<month><MONTH>)\s+(?P<day><DAYNUM>)\b|(?P<wd><WEEKDAY>)\b)"))


def _week_ended(m: TimexMatch, doc: TagState) -> str | None:
    """The week a "the week ended ..." names: the one its last day falls in."""
    ended = _WEEK_ENDED.match(doc.text, m.end)
    if ended is None:
        return None
    tense = "past" if ended.group("how") == "ended" else doc.date_tense(ended.start(ended.lastindex))
    if ended.group("wd"):
        return _week(datetime.date.fromisoformat(normalise_weekday(ended.group("wd"), doc.need_anchor(), tense)))
    day = ordinal_of(ended.group("day"))
    month = R.MONTHS.get(ended.group("month")) or R.MONTHS.get(ended.group("month").capitalize())
    if not day or not month or day > 31:
        return None
    try:
        return _week(datetime.date(_year_for_day(month, day, doc.need_anchor(), tense), month, day))
    except ValueError:
        return None


@normaliser("the_unit")
def the_unit(g: dict, m: TimexMatch, doc: TagState):
    if doc.unit_in_a_name(m):
        raise Drop
    unit = group_text(g, "unit")
    if unit == "week" and not g.get("edge") and (week := _week_ended(m, doc)):
        return week
    if g.get("year"):
        year = year_of(g["year"], doc)
        if unit in R.SEASONS:
            return _season_value(R.SEASONS[unit], year)
        return f"{year:04d}"
    plain = group_text(g, "rel") == "the" and not g.get("edge")
    named = _A_YEAR_BEFORE.search(doc.text, max(0, m.start - 8), m.start)
    if unit == "year" and plain and named:
        return named.group(1)  # "in 1990, the year Beijing hosted the Games", "in 1981, the year before"
    if unit == "month" and plain and _A_MONTH_BEFORE.search(doc.text, max(0, m.start - 20), m.start):
        return _month(doc.back(m, "month", told=False).date)  # "in October, the month after the coup"
    if unit == "year" and _DURATION_FOLLOWERS.match(doc.text, m.end):
        return "DURATION", "P1Y"
    if unit in ("year", "month") and _AN_AWARD_BEFORE.search(doc.text, max(0, m.start - 30), m.start):
        raise Drop  # "the player of the year": an award's name
    if unit.lower() in ("spring", "fall") and _A_VERB_BEFORE.search(doc.text, 0, m.start):
        raise Drop  # "want to spring a surprise", "prices could fall": the verbs
    if unit.lower() == "fall" and _A_FALL_OF.match(doc.text, m.end):
        raise Drop  # "the fall of the government", "the fall in prices": a collapse, not autumn
    if unit.lower() in R.SEASONS and _A_SEASONS_KIND.match(doc.text, m.end):
        raise Drop  # "the winter capital", "summer time", "a spring green outfit": a kind, not a season
    if unit in R.SEASONS:
        anchor, code = doc.need_anchor(), R.SEASONS[unit]
        year = anchor.year
        if code in _SEASON_MONTHS:
            # a past clause means the last such season begun, a future one the next not yet over
            first, last = _SEASON_MONTHS[code]
            tense = doc.tense(m.start)
            if tense == "past" and anchor.month < first:
                year -= 1
            elif tense in ("future", "scheduled") and anchor.month > last:
                year += 1
        return _season_value(code, year)
    return _relative_unit(unit, 0, m, doc, False)


_AN_AWARD_BEFORE = re.compile(r"\b(?:player|coach|manager|athlete|footballer|sportsman|sportswoman|person|man|woman"
                              r"|rookie|team|album|song|record|book|car|word|goal|driver|artist|employee)s?\s+of\s+$",
                              re.IGNORECASE)
# a year just named, and the comma of an apposition that names it again
_A_YEAR_BEFORE = re.compile(r"\b(1\d{3}|20\d\d),\s+$")
_A_MONTH_BEFORE = re.compile(expand_macros(r"\b<MONTH>(?:\s+(?:1\d{3}|20\d\d))?,\s+$"))
_A_FALL_OF = re.compile(r"\s+(?:of|in|from)\b")
# what a season's name makes a kind of: a seat, a place, a clock, a crop, a colour
_A_SEASONS_KIND = re.compile(r"\s+(?:capital|resort|residence|palace|retreat|quarters|camps?|clothes|clothing"
                             r"|uniforms?|coats?|wheat|time|green|olympics|games)\b", re.IGNORECASE)
# "to" or a modal right before a bare word: it is a verb's infinitive
_A_VERB_BEFORE = re.compile(r"\b(?:" + "|".join(map(re.escape, R.VERB_MARKERS)) + r")\s+$", re.IGNORECASE)

# the first and last month of the seasons that lie within one calendar year
_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11)}


_MONTHS_IN = {"M": 1, "Q": 3, "Y": 12, "C": 1200, "L": 12000}
_GRAIN = {"Y": "year", "C": "year", "L": "year", "Q": "quarter", "M": "month", "W": "week",
          "D": "day"}


@normaliser("ago")
def ago(g: dict, m: TimexMatch, doc: TagState):
    n = parse_number(group_text(g, "num"))
    part = group_text(g, "half") or group_text(g, "quarter")
    if n is not None and part:  # "half an hour later", "a quarter of a century ago", "a quarter century ago"
        n /= 4 if "quarter" in part else 2
    unit = group_text(g, "unit")
    direction = group_text(g, "dir") or "from now"  # "in five years' time"
    forward = direction in ("later", "from now", "hence")
    letter, is_time, mult = _unit(unit)
    if direction in ("earlier", "later") and (is_time or letter in "DW"):
        # "a day earlier", "three hours later": an offset from a narrated event
        return "DURATION", duration_value(n, unit)
    if n is None:
        return _vague_offset(direction, m, doc)
    anchor = doc.need_anchor()
    if direction in ("earlier", "later"):
        # "a year later" counts from the date the story is at, "a year ago" from now
        anchor = doc.back(m, "month" if letter == "M" else "year").date
        if forward and doc.tense(m.start) == "past" \
                and anchor + relativedelta(months=round(n * mult * _MONTHS_IN[letter])) > doc.anchor:
            # "founded in the 1970s and went public two decades later": told as gone by, so
            # not a date ahead of the publication; with no date it counts from, a length
            return "DURATION", duration_value(n, unit)
    sign = 1 if forward else -1
    month = _month_of_sentence(m, doc) if letter == "Y" and n == 1 and not forward else None
    if month is not None:
        # "rose 0.1 percent in October from a year earlier": that month a year before
        return _month(month - relativedelta(years=1))
    if letter == "Y" and n == 1 and not forward and doc.last_quarter:
        # a results story compares with the same quarter, or the same longer period, a year before
        year, q = doc.reported_quarter(m.start) or doc.last_quarter[:2]
        return f"{year - 1:04d}" if since_quarter(m, doc) else f"{year - 1:04d}-Q{q}"
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


def _month_of_sentence(m: TimexMatch, doc: TagState) -> datetime.date | None:
    """The month a figure's sentence names just before a comparison with "a year earlier"
    or "a year ago" ("in October from a year earlier"), when it names no quarter."""
    named = doc.sentence_anchor(m.start)
    if named is None or named.grain != "month" or _A_QUARTER.search(doc.text, doc.sentence_bounds(m.start)[0], m.start):
        return None
    return named.date


_A_QUARTER = re.compile(r"\bquarter\b", re.IGNORECASE)


def _vague_offset(direction: str, m: TimexMatch, doc: TagState) -> str:
    """"Years later" ahead, unless a past clause tells it ("he fled, and years later he
    returned": a time gone by); "years ago" and "months earlier" gone by."""
    later = direction in ("later", "from now", "hence")
    return "FUTURE_REF" if later and (direction != "later" or doc.tense(m.start) != "past") else "PAST_REF"


_NAMED_MONTH = re.compile(expand_macros(r"(?:<EDGE>\s+)?<MONTH>"), re.IGNORECASE)


@normaliser("unit_last_year")
def unit_last_year(g: dict, m: TimexMatch, doc: TagState):
    """"The same month last year": the month the story names (not "the previous month" it
    compares with too), a year back; "the same week last year" the week it is at."""
    unit = group_text(g, "unit")
    named = next((a for at, a in doc.ref.before(m.start)
                  if a.grain in ("day", "month") and _NAMED_MONTH.match(doc.text, at)), None)
    back = named if unit == "month" and named else doc.back(m, unit, told=False)
    base = back.date - relativedelta(years=1)
    return _month(base) if unit == "month" else _week(base)


@normaliser("vague_ago")
def vague_ago(g: dict, m: TimexMatch, doc: TagState):
    return _vague_offset(group_text(g, "dir"), m, doc)


@normaliser("ordinal_day")
def ordinal_day(g: dict, m: TimexMatch, doc: TagState):
    n = ordinal_of(g["ord"])
    if not n or n > 366:
        raise Drop
    doc.provisional = 0
    # fixed by the sentence's own date once the whole text is tagged
    return _day(doc.need_anchor())


@normaliser("anaphoric_day")
def anaphoric_day(g: dict, m: TimexMatch, doc: TagState):
    rel, unit = group_text(g, "rel"), group_text(g, "unit")
    offset = {"the next": 1, "the following": 1, "the previous": -1, "the prior": -1,
              "the preceding": -1}.get(rel, 0)
    back = doc.back(m)
    if unit == "day" or back.grain != "day":
        return back.day_value(offset)
    return "TIME", back.day_value(offset) + "T" + R.PARTS_OF_DAY[unit]


@normaliser("story_day")
def story_day(g: dict, m: TimexMatch, doc: TagState):
    # "Oct. 12, the day before the crash" restates the date it follows
    apposition = re.search(r"(?:\d|day),\s*$", doc.text[max(0, m.start - 4):m.start])
    offset = 0 if apposition else {"before": -1, "after": 1}.get(group_text(g, "dir"), 0)
    back = doc.back(m, story=True)
    if back.grain != "day" and not g.get("dir") and doc.anchor is not None:
        # "sworn in earlier in the day" after "in April": no day the story is at but the
        # publication's
        return _day(doc.anchor)
    return back.day_value(offset)


@normaliser("unit_beyond")
def unit_beyond(g: dict, m: TimexMatch, doc: TagState):
    step = -2 if group_text(g, "dir").startswith("before") else 2
    return _relative_unit(group_text(g, "unit"), step, m, doc, False)


@normaliser("unit_around")
def unit_around(g: dict, m: TimexMatch, doc: TagState):
    unit, step = group_text(g, "unit"), -1 if group_text(g, "dir") == "before" else 1
    if unit == "day":
        return doc.back(m).day_value(step)
    if unit in R.PARTS_OF_DAY:
        back = doc.back(m)
        day = back.day_value(step)
        return ("TIME", day + "T" + R.PARTS_OF_DAY[unit]) if back.grain == "day" else day
    return _relative_unit(unit, step, m, doc, True)


@normaliser("day_around")
def day_around(g: dict, m: TimexMatch, doc: TagState):
    """"The day before last Tuesday": the named day, one day back or on."""
    if g.get("month"):
        named = month_day(g, m, doc)
    elif g.get("hol"):
        named = holiday(g, m, doc)
    else:
        named = weekday(g, m, doc)
    step = -1 if group_text(g, "dir") == "before" else 1
    return _day(datetime.date.fromisoformat(named[:10]) + datetime.timedelta(days=step))
