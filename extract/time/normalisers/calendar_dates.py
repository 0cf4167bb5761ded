"""Dates the text spells out: days, months, years, decades, centuries, holidays."""

from __future__ import annotations

import datetime
import re

from dateutil.relativedelta import FR, MO, SA, SU, TH, TU, WE, relativedelta
from hijridate import Gregorian, Hijri

from .. import rules as R
from ..state import Drop, TagState, TimexMatch, expand_macros
from ..values import _day, _holiday, _week, _year_for_day, normalise_month, ordinal_of, parse_number
from .registry import group_text, normaliser

_WEEKDAY_OF = (MO, TU, WE, TH, FR, SA, SU)


def year_of(text: str, doc: TagState) -> int | None:
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


# "June 30 next", "March 3 last": the direction written after the day
_REL_AFTER = re.compile(r"\s+(next|last)\b(?!\s+(?:week|month|year|to|door|time|of))", re.IGNORECASE)

# the end of a range that gives the year its start leaves out: "from March 9 to March 11,
# 2025", "March 9-11, 2025", "between Dec. 30 and Jan. 2, 2024"
_RANGE_END = re.compile(expand_macros(
    r"\s*(?:-|–|to|through|until|till|and)\s*(?:(?P<month><MONTH>)\s+)?<DAYNUM>,?\s+(?P<year><YEAR4>)\b"))


def _year_of_range_end(month: int, m: TimexMatch, doc: TagState) -> int | None:
    """The year of a range's start, from the year its end states (a year back if the
    range runs over New Year)."""
    end = _RANGE_END.match(doc.text, m.end)
    if end is None:
        return None
    year = int(end.group("year"))
    return year - 1 if end.group("month") and month_num(end.group("month")) < month else year


# the year whose month or day it is: "last year's August 21 attack"
_YEARS_OWN = re.compile(r"\b(last|this|next)\s+year['’]s\s+$", re.IGNORECASE)


def _owning_year(m: TimexMatch, doc: TagState) -> int | None:
    """The year a possessive before the match names ("last year's August 21 attack"), or None."""
    owner = _YEARS_OWN.search(doc.text, max(0, m.start - 20), m.start)
    return _named_year(owner.group(1).lower(), m, doc) if owner else None


_LUNAR_AFTER = re.compile(r"\s+(?:on|of|in|by|according\s+to)\s+(?:the\s+)?(?:[\w'’]+\s+){0,2}lunar\s+calendar",
                          re.IGNORECASE)


@normaliser("month_day")
def month_day(g: dict, m: TimexMatch, doc: TagState):
    month = R.MONTHS[g["month"].strip()] if g["month"].strip() in R.MONTHS else R.MONTHS[
        g["month"].strip().capitalize()]
    day = ordinal_of(g["day"])
    if not day or day > 31:
        raise Drop
    if _LUNAR_AFTER.match(doc.text, m.end):
        return f"XXXX-{month:02d}-{day:02d}"  # "the fifth day of May on the lunar calendar": every year's, not May's
    year = year_of(g.get("year") or "", doc) or _year_of_range_end(month, m, doc)
    if year is None and g.get("yrel"):  # "March 3 last year", "March 3 that year"
        year = _named_year(group_text(g, "yrel"), m, doc)
    if year is None:  # "last year's Dec. 26 tsunami"
        year = _owning_year(m, doc)
    if year is None and not g.get("rel"):  # "In 2011, the festival was held on November 24"
        year = doc.framing_year(m.start)
    if year is None:
        after = _REL_AFTER.match(doc.text, m.end)
        rel = group_text(g, "rel") or (after.group(1).lower() if after else "")
        tense = {"last": "past", "next": "future"}.get(rel) or doc.date_tense(m.start)
        year = _year_for_day(month, day, doc.need_anchor(), tense)
        if doc.starts_span_to_now(m.start) and (month, day) > (doc.anchor.month, doc.anchor.day):
            year = min(year, doc.anchor.year - 1)  # "since March 3" has gone by
    try:
        return _day(datetime.date(year, month, day))
    except ValueError:
        raise Drop from None


def full_year(text: str) -> int:
    """A year written with two digits or four: "98" is 1998, "26" is 2026."""
    year = int(text)
    if year < 100:
        year += 1900 if year > 30 else 2000
    return year


def code_year(g: dict, doc: TagState) -> int | None:
    """The year of a shorthand period ("Q4 2025", "4Q25", "FY26"), if it names one."""
    if g.get("year"):
        return year_of(g["year"], doc)
    return full_year(g["yy"]) if g.get("yy") else None


@normaliser("iso_date")
def iso_date(g: dict, m: TimexMatch, doc: TagState):
    try:
        return _day(datetime.date(full_year(g["year"]), int(g["m"]), int(g["d"])))
    except ValueError:
        raise Drop from None


# a numeric date that can only be written day first ("27/02/2026", "31.12.25")
_DAY_FIRST = re.compile(r"(?<![\d/.])(?:1[3-9]|2\d|3[01])[/.](?:0?[1-9]|1[0-2])[/.](?:19|20)?\d\d(?![\d/])")
_MONTH_FIRST = re.compile(r"(?<![\d/.])(?:0?[1-9]|1[0-2])/(?:1[3-9]|2\d|3[01])/(?:19|20)?\d\d(?![\d/])")


# the order the text writes its dates in words: "27 February" or "February 27"
_DAY_MONTH_WORDS = re.compile(expand_macros(r"\b(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s+(?:of\s+)?(?-i:<MONTH>)"))
_MONTH_DAY_WORDS = re.compile(expand_macros(r"(?-i:<MONTH>)\s+(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b(?![.,]?\d)"))


def _writes_day_first(text: str) -> bool:
    """Whether the text writes its numeric dates day first: one of them can only be read so
    ("27/02/2026") and none only month first; else its dates in words put the day first."""
    if _MONTH_FIRST.search(text):
        return False
    if _DAY_FIRST.search(text):
        return True
    return len(_DAY_MONTH_WORDS.findall(text)) > len(_MONTH_DAY_WORDS.findall(text))


@normaliser("numeric_date")
def numeric_date(g: dict, m: TimexMatch, doc: TagState):
    """"02/27/2026" or "27/02/2026": a number over 12 is the day; where both could be
    months ("1/3/2025"), the text's other dates tell its order ("31/12/2025", "5 June"),
    and month first when none does."""
    a, b = int(g["a"]), int(g["b"])
    if a > 12 and b > 12:
        raise Drop
    day_first = a > 12 or (b <= 12 and _writes_day_first(doc.text))
    month, day = (b, a) if day_first else (a, b)
    return iso_date({"year": g["year"], "m": month, "d": day}, m, doc)


def month_num(text: str) -> int:
    t = text.strip()
    return R.MONTHS.get(t) or R.MONTHS[t.capitalize()]


@normaliser("month_year")
def month_year(g: dict, m: TimexMatch, doc: TagState):
    year = year_of(g["year"], doc)
    return f"{year:04d}-{month_num(g['month']):02d}"


def _named_year(rel: str, m: TimexMatch, doc: TagState) -> int:
    """The year "last year", "this year" or "next year" names, or "that year": the one the
    story is at ("In 1976, ... In September that year")."""
    if rel == "that":
        return doc.back(m, "year").date.year
    return doc.need_anchor().year + {"last": -1, "this": 0, "next": 1}[rel]


@normaliser("month_rel_year")
def month_rel_year(g: dict, m: TimexMatch, doc: TagState):
    year = _named_year(group_text(g, "rel"), m, doc)
    return f"{year:04d}-{month_num(g['month']):02d}"


_CLOSES_A_PERIOD = re.compile(r"\b(?:to|ending|ended|through|until)\s+$", re.IGNORECASE)


@normaliser("rel_month")
def rel_month(g: dict, m: TimexMatch, doc: TagState):
    anchor = doc.need_anchor()
    month, rel = month_num(g["month"]), group_text(g, "rel")
    year = anchor.year
    if rel in ("last", "past", "this past"):
        # the month just gone is "last month": "last October" told in November is a year before,
        # but not the end of a period just closed ("the 12 months to last March" told in April)
        just_gone = rel == "last" and month == anchor.month - 1 and not _CLOSES_A_PERIOD.search(
            doc.text, max(0, m.start - 12), m.start)
        if month >= anchor.month or just_gone:
            year -= 1
    elif rel in ("next", "coming", "this coming"):
        if month <= anchor.month:
            year += 1
    return f"{year:04d}-{month:02d}"


# the month a bare month is joined to, with the year both share: "in May and June 2005",
# "January-September last year"
_JOINED_MONTH_YEAR = re.compile(expand_macros(
    r"\s*(?:-|–|/|to|through|until|till|and|or)\s*(?P<month><MONTH>)\s*,?\s+"
    r"(?:(?P<year><YEAR4>)|(?P<rel>last|this|next)\s+year)\b"), re.IGNORECASE)


# a middle initial and a surname after a month's name make it a person's first name
_INITIAL_AFTER = re.compile(r"\s+[A-Z]\.\s+[A-Z][a-z]")


@normaliser("month_alone")
def month_alone(g: dict, m: TimexMatch, doc: TagState):
    if _INITIAL_AFTER.match(doc.text, m.end):
        raise Drop  # "the June E. Nylen Cancer Center": a first name
    month = month_num(g["month"])
    owner = _owning_year(m, doc)
    if owner is not None:  # "last year's August 21 attack"
        return f"{owner:04d}-{month:02d}"
    joined = _JOINED_MONTH_YEAR.match(doc.text, m.end)
    if joined:
        year = int(joined.group("year")) if joined.group("year") else _named_year(joined.group("rel").lower(), m, doc)
        # a list or range that runs over New Year: "December and January 2006"
        return f"{year - (month_num(joined.group('month')) < month):04d}-{month:02d}"
    framed = doc.framing_year(m.start)  # "In 2011, it moved to March"
    if framed is not None:
        return f"{framed:04d}-{month:02d}"
    return normalise_month(month, doc.need_anchor(), doc.date_tense(m.start))


_NTH = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
        "fifth": 5, "5th": 5, "last": -1}


@normaliser("nth_weekday")
def nth_weekday(g: dict, m: TimexMatch, doc: TagState):
    """"the fourth Thursday in November", "the last Monday of May 2010": that day of that
    month, in the year the month alone would be given."""
    month = month_num(g["month"])
    year = year_of(g.get("year") or "", doc) or doc.framing_year(m.start)
    if year is None:
        year = int(normalise_month(month, doc.need_anchor(), doc.date_tense(m.start))[:4])
    n = _NTH[group_text(g, "nth")]
    first = datetime.date(year, month, 1) + relativedelta(months=1 if n < 0 else 0)
    day = first + relativedelta(weekday=_WEEKDAY_OF[R.WEEKDAYS[g["wd"].capitalize()] - 1](n))
    if day.month != month:
        raise Drop  # "the fifth Monday in February" of a year that has none
    return _day(day)


@normaliser("month_of")
def month_of(g: dict, m: TimexMatch, doc: TagState):
    return month_year(g, m, doc) if g.get("year") else month_alone(g, m, doc)


# the end of a range of years before the common era: "from 1354 to 1345 B.C."
_BC_RANGE_END = re.compile(r"\s*(?:-|–|to|and|until)\s*[1-9]\d{0,3}\s*(?:B\.\s?C\.|BCE?\b)")


# the groups before the last of a telephone number: "806-423-1253", "(806) 423-1033", "call
# 423-1253"; not a range of years ("the Northern Song Dynasty (960-1127)")
_PHONE_BEFORE = re.compile(r"(?:(?<![\d.,])\d{3}[-.)]\s?|\b(?:tel|phone|telephone|fax|call|hotline)\b\D{0,20}?)"
                           r"(?<![\d.,])\d{3}[-.]$", re.IGNORECASE)


@normaliser("year")
def year(g: dict, m: TimexMatch, doc: TagState):
    year = code_year(g, doc)
    if year is None or not 1000 <= year <= 2199 or doc.kick_off(m) \
            or _PHONE_BEFORE.search(doc.text, max(0, m.start - 40), m.start):
        raise Drop
    if _BC_RANGE_END.match(doc.text, m.end):
        return f"BC{year:04d}"
    return f"{year:04d}"


@normaliser("bc_year")
def bc_year(g: dict, m: TimexMatch, doc: TagState):
    return f"BC{int(g['year']):04d}"


@normaliser("numbered_year")
def numbered_year(g: dict, m: TimexMatch, doc: TagState):
    return f"{int(g['year']):04d}"


_DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
                 "seventies": 7, "eighties": 8, "nineties": 9}


@normaliser("decade")
def decade(g: dict, m: TimexMatch, doc: TagState):
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


@normaliser("century")
def century(g: dict, m: TimexMatch, doc: TagState):
    n = ordinal_of(g["ord"])
    if not n or n > 30:
        raise Drop
    return f"{n - 1:02d}"


def _feast_year(g: dict, m: TimexMatch, doc: TagState) -> int | None:
    """The year a feast's expression gives it: its own ("Christmas 2006", "on Christmas Eve in
    2000"), the one "last year" names ("Nowruz last year"), or that of its sentence's frame
    ("In 2016, Thanksgiving is on ..."); None without one."""
    if g.get("year") or g.get("inyear"):
        return int(g.get("year") or g["inyear"])
    if g.get("yrel"):
        return _named_year(group_text(g, "yrel"), m, doc)
    return None if g.get("rel") else doc.framing_year(m.start)


def _feast_tense(g: dict, m: TimexMatch, doc: TagState) -> str:
    """The direction a feast with no year lies in: its own word's ("last Christmas"), else its clause's."""
    return {"last": "past", "this past": "past", "next": "future",
            "this coming": "future"}.get(group_text(g, "rel")) or doc.date_tense(m.start)


@normaliser("holiday")
def holiday(g: dict, m: TimexMatch, doc: TagState):
    name = g["hol"]
    year = _feast_year(g, m, doc)
    if year:
        day = _holiday(name, year)
    else:
        anchor = doc.need_anchor()
        rel = group_text(g, "rel")
        this_year = _holiday(name, anchor.year)
        tense = _feast_tense(g, m, doc)
        if tense == "future":  # "will face on New Year's Eve", said on that day, is that day
            day = this_year if this_year >= anchor else _holiday(name, anchor.year + 1)
        elif rel in ("last", "this past"):
            day = this_year if this_year < anchor else _holiday(name, anchor.year - 1)
        else:
            day = _holiday(name, _year_for_day(this_year.month, this_year.day, anchor, tense))
    if g.get("week"):
        return ("DATE", _week(day) + ("-WE" if g["week"].lower() == "weekend" else ""))
    return _day(day)


def _hijri_days(feast: str, year: int) -> list[datetime.date]:
    """The days of the Gregorian ``year`` an Islamic feast falls on (Umm al-Qura calendar)."""
    try:
        first, last = (Gregorian(year, 1, 1).to_hijri().year, Gregorian(year, 12, 31).to_hijri().year)
        days = (Hijri(hy, mo, d).to_gregorian() for hy in range(first, last + 1)
                for mo, d in R.HIJRI_HOLIDAYS[feast])
        return sorted(datetime.date(g.year, g.month, g.day) for g in days if g.year == year)
    except (OverflowError, ValueError):  # beyond the calendar's tables (1924-2077)
        return []


# "Eid" and "Ramadan" are also names ("Tariq Ramadan", "Saddam and Ramadan"): the feast is
# what a time's word, a feast's word or a sentence's start stands before, or a feast's noun after
_FEAST_BEFORE = re.compile(r"(?:^|[.!?:;\"“(]|\b(?:during|in|of|for|before|after|since|until|till|through|throughout"
                           r"|the|this|last|next|holy|fasting|Muslim|Muslims['’]?|month|on|by|over|ahead\s+of"
                           r"|celebrat\w*|mark\w*|observ\w*|end\w*|start\w*|begin\w*|break\w*))\s*$", re.IGNORECASE)
_FEAST_AFTER = re.compile(r"\s+(?:fast|fasting|festival|feast|holidays?|prayers?|month|celebrations?|ceasefire|truce"
                          r"|break|season|eve)\b", re.IGNORECASE)


@normaliser("hijri_holiday")
def hijri_holiday(g: dict, m: TimexMatch, doc: TagState):
    feast = group_text(g, "feast") or group_text(g, "hol")
    if feast in ("eid", "ramadan", "ramazan", "ramzan") and not g.get("rel") and not g.get("year") and (
            doc.name_goes_on(m.end)
            or not (_FEAST_BEFORE.search(doc.text, max(0, m.start - 24), m.start)
                    or _FEAST_AFTER.match(doc.text, m.end))):
        raise Drop
    year = _feast_year(g, m, doc)
    if year is not None:
        days = _hijri_days(feast, year)
    else:
        anchor = doc.need_anchor()
        tense = _feast_tense(g, m, doc)
        around = [d for y in (anchor.year - 1, anchor.year, anchor.year + 1) for d in _hijri_days(feast, y)]
        ahead = [d for d in around if d >= anchor]
        gone = [d for d in around if d <= anchor]
        if tense in ("future", "scheduled"):
            days = ahead[:1]
        elif tense == "past":
            days = gone[-1:]
        else:
            days = sorted(around, key=lambda d: abs((d - anchor).days))[:1]
    if not days:
        raise Drop
    # the fasting month spans two Gregorian months: its year is what a value can say
    return f"{days[0].year:04d}" if feast.startswith("ram") else _day(days[0])


@normaliser("year_end")
def year_end(g: dict, m: TimexMatch, doc: TagState):
    anchor = doc.need_anchor()
    # "since year-end" and a past clause mean the last one gone
    gone = _SINCE.search(doc.text, max(0, m.start - 8), m.start) or doc.date_tense(m.start) == "past"
    year = anchor.year - 1 if gone and anchor.month < 12 else anchor.year
    return f"{year:04d}-12-31" if "-" in g["t"] else f"{year:04d}"


_SINCE = re.compile(r"\bsince\s+$", re.IGNORECASE)


@normaliser("second_day")
def second_day(g: dict, m: TimexMatch, doc: TagState):
    """The second day of "April 24 and 25" shares the first's year."""
    value = month_day(g, m, doc)
    back = doc.back(m, told=False)  # the first day of its own range, wherever it lies
    if not g.get("year") and back.grain == "day" and back.date.month == int(value[5:7]):
        return f"{back.date.year:04d}" + value[4:]
    return value


@normaliser("day_of_month")
def day_of_month(g: dict, m: TimexMatch, doc: TagState):
    """"On the 23rd": a day of the month the text last named a date in (the next month's,
    ahead of a later day); with none named, of the publication's month, the one before or
    the one after, as its clause tells ("began on the 28th", said on March 2, is February's)."""
    day = ordinal_of(g["day"])
    anchor = doc.need_anchor()
    rel = group_text(g, "rel")
    named = next((a for _, a in doc.ref.before(m.start) if a.grain in ("day", "month")), None)
    if rel:
        month = anchor.replace(day=1) + relativedelta(months={"this": 0, "next": 1, "last": -1}[rel])
    elif named is not None:
        month = named.date.replace(day=1)
        if named.grain == "day" and day < named.date.day and doc.date_tense(m.start) in ("future", "scheduled"):
            month += relativedelta(months=1)  # "voting on February 28, results by the 5th"
    else:
        tense = doc.date_tense(m.start)
        this = anchor.replace(day=1)
        if tense == "past":
            month = this if day <= anchor.day else this - relativedelta(months=1)
        elif tense in ("future", "scheduled"):
            month = this if day >= anchor.day else this + relativedelta(months=1)
        else:  # the nearest such day
            month = min((this + relativedelta(months=k) for k in (-1, 0, 1)),
                        key=lambda first: abs((first.replace(day=min(day, 28)) - anchor).days))
    try:
        return _day(month.replace(day=day))
    except ValueError:  # "the 31st" of a shorter month
        raise Drop from None


@normaliser("week_of")
def week_of(g: dict, m: TimexMatch, doc: TagState):
    value = month_day(g, m, doc)
    return _week(datetime.date.fromisoformat(value))

