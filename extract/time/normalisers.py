"""The TIMEX3 normalisers: from the groups of a matched pattern to a TIMEX3 value.

Each pattern of ``rules.PATTERNS`` names its normaliser; ``@normaliser``
registers ``_n_<name>`` under ``<name>`` in ``NORMALISERS``, and a pattern that
names no registered normaliser stops the import.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable

from dateutil.relativedelta import relativedelta

from . import rules as R
from .anchoring import longer_period
from .state import Drop, TagState, TimexMatch, expand_macros
from .values import (
    Tense,
    _day,
    _holiday,
    _month,
    _quarter_of,
    _shift_quarter,
    _unit,
    _week,
    _year_for_day,
    duration_value,
    normalise_month,
    normalise_weekday,
    ordinal_of,
    parse_number,
)

__all__ = ["NORMALISERS", "normaliser", "group_text"]

# --------------------------------------------------------------------------- normalisers
# Each takes the match groups, the match and the document state and returns
# a value, or (type, value) to change the pattern's type.

NORMALISERS: dict[str, Callable] = {}


def normaliser(fn: Callable) -> Callable:
    """Register ``_n_<name>`` as the normaliser patterns call ``<name>``."""
    NORMALISERS[fn.__name__.removeprefix("_n_")] = fn
    return fn


def group_text(groups: dict, key: str) -> str:
    v = groups.get(key)
    return " ".join(v.lower().split()) if v else ""


def _year_of(text: str, doc: TagState) -> int | None:
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


@normaliser
def _n_month_day(g: dict, m: TimexMatch, doc: TagState):
    month = R.MONTHS[g["month"].strip()] if g["month"].strip() in R.MONTHS else R.MONTHS[
        g["month"].strip().capitalize()]
    day = ordinal_of(g["day"])
    if not day or day > 31:
        raise Drop
    year = _year_of(g.get("year") or "", doc)
    if year is None:
        rel = group_text(g, "rel")
        tense = {"last": "past", "next": "future"}.get(rel) or doc.date_tense(m.start)
        year = _year_for_day(month, day, doc.need_anchor(), tense)
    try:
        return _day(datetime.date(year, month, day))
    except ValueError:
        raise Drop from None


@normaliser
def _n_iso_date(g: dict, m: TimexMatch, doc: TagState):
    year = int(g["year"])
    if year < 100:
        year += 1900 if year > 30 else 2000
    try:
        return _day(datetime.date(year, int(g["m"]), int(g["d"])))
    except ValueError:
        raise Drop from None


def _month_num(text: str) -> int:
    t = text.strip()
    return R.MONTHS.get(t) or R.MONTHS[t.capitalize()]


@normaliser
def _n_month_year(g: dict, m: TimexMatch, doc: TagState):
    year = _year_of(g["year"], doc)
    return f"{year:04d}-{_month_num(g['month']):02d}"


@normaliser
def _n_month_rel_year(g: dict, m: TimexMatch, doc: TagState):
    year = doc.need_anchor().year + {"last": -1, "this": 0, "next": 1}[group_text(g, "rel")]
    return f"{year:04d}-{_month_num(g['month']):02d}"


@normaliser
def _n_rel_month(g: dict, m: TimexMatch, doc: TagState):
    anchor = doc.need_anchor()
    month, rel = _month_num(g["month"]), group_text(g, "rel")
    year = anchor.year
    if rel in ("last", "past", "this past"):
        if month >= anchor.month:
            year -= 1
    elif rel in ("next", "coming", "this coming"):
        if month <= anchor.month:
            year += 1
    return f"{year:04d}-{month:02d}"


@normaliser
def _n_month_alone(g: dict, m: TimexMatch, doc: TagState):
    anchor = doc.need_anchor()
    return normalise_month(_month_num(g["month"]), anchor, doc.date_tense(m.start))


@normaliser
def _n_year(g: dict, m: TimexMatch, doc: TagState):
    year = _year_of(g["year"], doc)
    if year is None or not 1000 <= year <= 2199:
        raise Drop
    return f"{year:04d}"


_DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
                 "seventies": 7, "eighties": 8, "nineties": 9}


@normaliser
def _n_decade(g: dict, m: TimexMatch, doc: TagState):
    if g.get("dec"):
        stem = g["dec"][:3]
    else:
        digit = int(g["dec2"][0]) if g.get("dec2") else _DECADE_WORDS[group_text(g, "decword")]
        # "the '80s" and "the nineties" mean the century the anchor is in,
        # unless that decade lies in the anchor's future
        anchor = doc.anchor or datetime.date(1999, 1, 1)
        century = anchor.year // 100
        if century * 100 + digit * 10 > anchor.year:
            century -= 1
        stem = f"{century:02d}{digit}"
    return stem


@normaliser
def _n_century(g: dict, m: TimexMatch, doc: TagState):
    n = ordinal_of(g["ord"])
    if not n or n > 30:
        raise Drop
    return f"{n - 1:02d}"


@normaliser
def _n_day_word(g: dict, m: TimexMatch, doc: TagState):
    anchor = doc.need_anchor()
    return _day(anchor + datetime.timedelta(days=R.DAY_WORDS[group_text(g, "dw")]))


@normaliser
def _n_tonight(g: dict, m: TimexMatch, doc: TagState):
    return _day(doc.need_anchor()) + "TNI"


@normaliser
def _n_weekday(g: dict, m: TimexMatch, doc: TagState):
    anchor = doc.need_anchor()
    rel = group_text(g, "rel")
    rel_kind = {"last": "last", "this past": "last", "past": "last", "the previous": "last",
                "next": "next", "this coming": "next", "coming": "next", "the following": "next",
                "the next": "next", "this": "this", "that": "this"}.get(rel)
    if rel in ("the previous", "the following", "the next", "that"):
        back = doc.back(m)
        anchor = back.date if back.grain == "day" else anchor
    # "Wednesday's ruling" dates a thing the news reports once it has happened
    possessive = doc.text.startswith(("'s", "’s"), m.end)
    tense = "past" if rel_kind or possessive else doc.tense(m.start)
    value = normalise_weekday(g["wd"], anchor, tense, rel_kind)
    pod = group_text(g, "pod")
    if pod:
        return "TIME", value + "T" + R.PARTS_OF_DAY[pod]
    return value


def _day_ref(word: str, doc: TagState, m: TimexMatch) -> datetime.date:
    word = word.lower()
    anchor = doc.need_anchor()
    if word in R.DAY_WORDS:
        return anchor + datetime.timedelta(days=R.DAY_WORDS[word])
    if word.capitalize() in R.WEEKDAYS:
        return datetime.date.fromisoformat(normalise_weekday(word, anchor, "past"))
    if word in ("that", "the"):
        back = doc.back(m)
        return back.date if back.grain == "day" else anchor
    return anchor


@normaliser
def _n_pod_day(g: dict, m: TimexMatch, doc: TagState):
    day = _day_ref(group_text(g, "dw"), doc, m)
    if g["dw"].capitalize() in R.WEEKDAYS:
        day = datetime.date.fromisoformat(
            normalise_weekday(g["dw"], doc.need_anchor(), doc.tense(m.start)))
    return _day(day) + "T" + R.PARTS_OF_DAY[group_text(g, "pod")]


@normaliser
def _n_day_pod(g: dict, m: TimexMatch, doc: TagState):
    dw, pod = group_text(g, "dw"), group_text(g, "pod")
    anchor = doc.need_anchor()
    if dw == "last":
        # "last night" is the night before; "last morning" is not idiomatic
        day = anchor - datetime.timedelta(days=1)
    elif dw == "this":
        day = anchor
    else:
        day = _day_ref(dw, doc, m)
    return _day(day) + "T" + R.PARTS_OF_DAY[pod]


@normaliser
def _n_holiday(g: dict, m: TimexMatch, doc: TagState):
    name = g["hol"]
    if g.get("year"):
        day = _holiday(name, int(g["year"]))
    else:
        anchor = doc.need_anchor()
        rel = group_text(g, "rel")
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


# what an anaphoric "the following <unit>" needs its reference to fix
_UNIT_NEEDS = {"year": "year", "decade": "year", "century": "year", "month": "month"}

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


def _relative_unit(unit: str, offset: int, m: TimexMatch, doc: TagState, anaphoric: bool):
    anchor = doc.need_anchor()
    base = anchor
    if anaphoric:
        back = doc.back(m, _UNIT_NEEDS.get(unit, "day"))
        if back.grain == "day" or unit in ("year", "decade", "century") or (
                unit == "month" and back.grain == "month"):
            base = back.date
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


@normaliser
def _n_rel_unit(g: dict, m: TimexMatch, doc: TagState):
    rel, unit = group_text(g, "rel"), group_text(g, "unit")
    offset = _REL_OFFSET[rel]
    anaphoric = rel in ("that", "the following", "the previous", "the prior", "the preceding",
                        "the same")
    return _relative_unit(unit, offset, m, doc, anaphoric)


_DURATION_FOLLOWERS = re.compile(r"\s+(?:ended|ending|through|to\s+date|earlier|before)\b", re.I)


@normaliser
def _n_the_unit(g: dict, m: TimexMatch, doc: TagState):
    unit = group_text(g, "unit")
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


@normaliser
def _n_year_end(g: dict, m: TimexMatch, doc: TagState):
    anchor = doc.need_anchor()
    # "since year-end" and a past clause mean the last one gone
    gone = _SINCE.search(doc.text, max(0, m.start - 8), m.start) or doc.date_tense(m.start) == "past"
    year = anchor.year - 1 if gone and anchor.month < 12 else anchor.year
    return f"{year:04d}-12-31" if "-" in g["t"] else f"{year:04d}"


_SINCE = re.compile(r"\bsince\s+$", re.IGNORECASE)


@normaliser
def _n_second_day(g: dict, m: TimexMatch, doc: TagState):
    """The second day of "April 24 and 25" shares the first's year."""
    value = _n_month_day(g, m, doc)
    back = doc.back(m)
    if not g.get("year") and back.grain == "day" and back.date.month == int(value[5:7]):
        return f"{back.date.year:04d}" + value[4:]
    return value


_GRAIN = {"Y": "year", "C": "year", "L": "year", "Q": "quarter", "M": "month", "W": "week",
          "D": "day"}


@normaliser
def _n_ago(g: dict, m: TimexMatch, doc: TagState):
    n = parse_number(group_text(g, "num"))
    unit = group_text(g, "unit")
    forward = group_text(g, "dir") in ("later", "from now", "hence")
    letter, is_time, mult = _unit(unit)
    if group_text(g, "dir") in ("earlier", "later") and (is_time or letter in "DW"):
        # "a day earlier", "three hours later": an offset from a narrated event
        return "DURATION", duration_value(n, unit)
    if n is None:
        return "FUTURE_REF" if forward else "PAST_REF"
    anchor = doc.need_anchor()
    if group_text(g, "dir") in ("earlier", "later"):
        # "a year later" counts from the date the story is at, "a year ago" from now
        anchor = doc.back(m, "month" if letter == "M" else "year").date
    sign = 1 if forward else -1
    if letter == "Y" and n == 1 and not forward and doc.last_quarter:
        # a results story compares with the same quarter, or the same longer period, a year before
        year, q, _ = doc.last_quarter
        return f"{year - 1:04d}" if _since_quarter(m, doc) else f"{year - 1:04d}-Q{q}"
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


@normaliser
def _n_vague_ago(g: dict, m: TimexMatch, doc: TagState):
    return "FUTURE_REF" if group_text(g, "dir") == "later" else "PAST_REF"


def _quarter_context(m: TimexMatch, doc: TagState) -> bool:
    """Whether the text is reporting quarterly results: a quarter was named before
    and no longer period ("the nine months") since."""
    return doc.last_quarter is not None and _since_quarter(m, doc) is None


def _since_quarter(m: TimexMatch, doc: TagState) -> int | None:
    """Months of a longer reporting period named since the last quarter, if any."""
    return longer_period(doc.text[doc.last_quarter[2]:m.start]) if doc.last_quarter else None


@normaliser
def _n_year_ago_adj(g: dict, m: TimexMatch, doc: TagState):
    what = group_text(g, "what")
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
    months = _since_quarter(m, doc)
    if months and months < 12 and "period" in what:
        return "DURATION", f"P{months}M"  # "For the nine months ... the year-earlier period"
    if doc.last_quarter and ("quarter" in what or ("period" in what and not months)
                             or _quarter_context(m, doc)):
        year, q, _ = doc.last_quarter
        return f"{year - 1:04d}-Q{q}"
    return f"{anchor.year - 1:04d}"


_ENDED = re.compile(expand_macros(r"\s+(?:ended|ending|that\s+ended|which\s+ended)\s+(?:on\s+)?"
                            r"(?P<month><MONTH>)\s+(?P<day>\d\d?)\b(?:,?\s+(?P<year><YEAR4>))?"),
                    re.IGNORECASE)


def _quarter_ended(m: TimexMatch, doc: TagState) -> tuple[int, int] | None:
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


@normaliser
def _n_quarter(g: dict, m: TimexMatch, doc: TagState):
    q = R.QUARTER_ORDINALS[group_text(g, "qord")]
    year = None
    if g.get("year"):
        year = _year_of(g["year"], doc)
    elif g.get("qyear"):
        year = int(g["qyear"])
    elif g.get("qrel"):
        year = doc.need_anchor().year + {"this": 0, "last": -1, "next": 1}[group_text(g, "qrel")]
    elif group_text(g, "det") in ("last", "next"):
        year = doc.need_anchor().year + (-1 if group_text(g, "det") == "last" else 1)
    else:
        anchor = doc.need_anchor()
        year = anchor.year
        # reports in a past clause describe a quarter already under way or over
        if q > _quarter_of(anchor) and doc.tense(m.start) != "future":
            year -= 1
    doc.last_quarter = (year, q, m.start)
    # the numbering the text last used: a company's fiscal one, or the calendar's
    doc.fiscal_quarter = (year, q, m.start) if "fiscal" in doc.text[m.start:m.end].lower() else None
    return f"{year:04d}-Q{q}"


@normaliser
def _n_ref_quarter(g: dict, m: TimexMatch, doc: TagState):
    det, rel, unit = group_text(g, "det"), group_text(g, "rel"), group_text(g, "unit")
    if unit == "period" and not doc.last_quarter:
        raise Drop
    anchor = doc.need_anchor()
    current = (anchor.year, _quarter_of(anchor))
    ended = _quarter_ended(m, doc)
    fiscal = doc.fiscal_quarter
    if ended and fiscal and abs(fiscal[0] - ended[0]) <= 1:
        # "the quarter ended Sept. 29" after "its fiscal first quarter" is that
        # quarter, numbered as the company numbers it
        ended = fiscal[:2]
    if ended:
        doc.last_quarter = (*ended, m.start)
        return f"{ended[0]:04d}-Q{ended[1]}"
    if rel == "year's":
        base = doc.last_quarter[:2] if doc.last_quarter else _shift_quarter(*current, -1)
        return f"{base[0] + (-1 if det == 'last' else 1 if det == 'next' else 0):04d}-Q{base[1]}"
    if g.get("qyear") and unit == "period" and _since_quarter(m, doc):
        return f"{int(g['qyear']):04d}"  # "For the nine months ... the 1988 period"
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
        if rel in _LATEST and base >= current:
            # results are reported for a quarter that is over: a quarter named
            # ahead ("a fourth-quarter charge") is not "the latest quarter"
            base = _shift_quarter(*current, -1)
            doc.last_quarter = (*base, m.start)
        if rel in ("previous", "preceding", "prior", "past"):
            base = _shift_quarter(*base, -1)
        y, q = base
    return f"{y:04d}-Q{q}"


_LATEST = ("latest", "recent", "most recent", "just-ended", "just ended")


@normaliser
def _n_week_of(g: dict, m: TimexMatch, doc: TagState):
    value = _n_month_day(g, m, doc)
    return _week(datetime.date.fromisoformat(value))


@normaliser
def _n_half(g: dict, m: TimexMatch, doc: TagState):
    text = doc.text[m.start:m.end].lower()
    h = 1 if "two quarters" in text else 2 if "three quarters" in text else R.HALF_ORDINALS.get(
        group_text(g, "hord"), 1)
    if "three quarters" in text:
        raise Drop
    year_text = group_text(g, "year")
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


@normaliser
def _n_ordinal_day(g: dict, m: TimexMatch, doc: TagState):
    n = ordinal_of(g["ord"])
    if not n or n > 366:
        raise Drop
    doc.provisional = True
    # fixed by the sentence's own date once the whole text is tagged
    return _day(doc.need_anchor())


@normaliser
def _n_anaphoric_day(g: dict, m: TimexMatch, doc: TagState):
    rel, unit = group_text(g, "rel"), group_text(g, "unit")
    offset = {"the next": 1, "the following": 1, "the previous": -1, "the prior": -1,
              "the preceding": -1}.get(rel, 0)
    back = doc.back(m)
    if unit == "day" or back.grain != "day":
        return back.day_value(offset)
    return "TIME", back.day_value(offset) + "T" + R.PARTS_OF_DAY[unit]


@normaliser
def _n_story_day(g: dict, m: TimexMatch, doc: TagState):
    # "Oct. 12, the day before the crash" restates the date it follows
    apposition = re.search(r"(?:\d|day),\s*$", doc.text[max(0, m.start - 4):m.start])
    offset = 0 if apposition else {"before": -1, "after": 1}.get(group_text(g, "dir"), 0)
    return doc.back(m).day_value(offset)


@normaliser
def _n_clock(g: dict, m: TimexMatch, doc: TagState):
    if g.get("cw"):
        hhmm = R.CLOCK_WORDS[group_text(g, "cw")]
    else:
        h, mi = int(g["h"]), int(g.get("mi") or 0)
        ampm = group_text(g, "ampm").replace(".", "").replace(" ", "")
        pod = group_text(g, "pod")
        if (ampm == "pm" or pod in ("afternoon", "evening")) and h < 12:
            h += 12
        elif ampm == "am" and h == 12:
            h = 0
        if h > 24:
            raise Drop
        hhmm = f"{h:02d}:{mi:02d}"
    dw = group_text(g, "dw")
    if g.get("month"):
        day = datetime.date.fromisoformat(_n_month_day(g, m, doc))
    elif dw:
        day = _day_ref(dw, doc, m)
        if dw.capitalize() in R.WEEKDAYS:
            day = datetime.date.fromisoformat(
                normalise_weekday(dw, doc.need_anchor(), doc.date_tense(m.start)))
    else:
        # no day of its own: the day its sentence names, else the story's (see tag)
        day = doc.need_anchor()
        doc.provisional = True
    return _day(day) + "T" + hhmm + ("Z" if group_text(g, "tz") in R.UTC_ZONES else "")


@normaliser
def _n_duration(g: dict, m: TimexMatch, doc: TagState):
    if re.search(r"-quarters\b", doc.text[m.start:m.end], re.I):
        raise Drop  # "three-quarters" is a fraction
    num = group_text(g, "num")
    n = parse_number(num)
    if n is not None and n == 0:
        raise Drop
    if num in ("a", "an", "per") and not (g.get("mod") or g.get("det") or g.get("rel")) \
            and _RATE.search(doc.text, max(0, m.start - 40), m.start):
        # "$2 million a year", "four flights a week": a rate, so a set of times
        return "SET", duration_value(1, group_text(g, "unit"))
    return duration_value(n, group_text(g, "unit"))


_RATE = re.compile(r"(?:\d[\d,.]*%?|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twice|once|times"
                   r"|hundred|thousand|million|billion|dozen))(?:\s+[a-z]+){0,2}\s+$", re.IGNORECASE)


@normaliser
def _n_duration_adj(g: dict, m: TimexMatch, doc: TagState):
    text = doc.text[m.start:m.end].lower()
    unit = group_text(g, "unit")
    return duration_value(None if text.startswith(unit + "s") else 1, unit)


@normaliser
def _n_duration_half(g: dict, m: TimexMatch, doc: TagState):
    return duration_value(1.5, group_text(g, "unit"))


@normaliser
def _n_half_unit(g: dict, m: TimexMatch, doc: TagState):
    return duration_value(0.5, group_text(g, "unit"))


@normaliser
def _n_vague_duration(g: dict, m: TimexMatch, doc: TagState):
    return duration_value(None, group_text(g, "unit"))


@normaliser
def _n_some_time(g: dict, m: TimexMatch, doc: TagState):
    return "PXX"


_SOON_EXCLUDED = re.compile(r"\s+(?:as|after|afterward|afterwards|thereafter)\b", re.I)


@normaliser
def _n_ref(g: dict, m: TimexMatch, doc: TagState):
    ref = group_text(g, "ref")
    if ref == "soon" and _SOON_EXCLUDED.match(doc.text, m.end):
        raise Drop
    return R.REF_WORDS[ref]


@normaliser
def _n_set_word(g: dict, m: TimexMatch, doc: TagState):
    return R.SET_WORDS[group_text(g, "sw")]


@normaliser
def _n_set_every(g: dict, m: TimexMatch, doc: TagState):
    unit = (g.get("unit") or "").strip()
    num = group_text(g, "num")
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


@normaliser
def _n_set_weekdays(g: dict, m: TimexMatch, doc: TagState):
    value = f"XXXX-WXX-{R.WEEKDAYS[g['wd'].rstrip('s').capitalize()]}"
    pod = group_text(g, "pod")
    return value + ("T" + R.PARTS_OF_DAY[pod[:-1]] if pod else "")


_missing = {norm for _, _, _, norm in R.PATTERNS} - set(NORMALISERS)
assert not _missing, f"patterns name unknown normalisers: {_missing}"
