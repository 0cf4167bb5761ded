"""Reporting periods: quarters ("the third quarter", "the year-ago period") and halves."""

from __future__ import annotations

import re

from .. import rules as R
from ..anchoring import longer_period
from ..state import Drop, TagState, TimexMatch, expand_macros
from ..values import _quarter_of, _shift_quarter, _year_for_day, normalise_month
from .calendar_dates import code_year, month_num
from .registry import group_text, normaliser


def _quarter_context(m: TimexMatch, doc: TagState) -> bool:
    """Whether the text is reporting quarterly results: a quarter was named before
    and no longer period ("the nine months") since."""
    return doc.last_quarter is not None and since_quarter(m, doc) is None


def since_quarter(m: TimexMatch, doc: TagState) -> int | None:
    """Months of a longer reporting period named since the last quarter, if any."""
    return longer_period(doc.text[doc.last_quarter[2]:m.start]) if doc.last_quarter else None


@normaliser("year_ago_adj")
def year_ago_adj(g: dict, m: TimexMatch, doc: TagState):
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
    months = since_quarter(m, doc)
    if months and months < 12 and "period" in what:
        return "DURATION", f"P{months}M"  # "For the nine months ... the year-earlier period"
    if doc.last_quarter and ("quarter" in what or ("period" in what and not months)
                             or _quarter_context(m, doc)):
        year, q = doc.reported_quarter(m.start) or doc.last_quarter[:2]
        return f"{year - 1:04d}-Q{q}"
    if g.get("bare") or "quarter" in what:  # no quarter named yet: the last one over, a year back
        year, q = _shift_quarter(anchor.year, _quarter_of(anchor), -1)
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
    month = month_num(e.group("month"))
    if e.group("year"):
        year = int(e.group("year"))
    else:
        anchor = doc.need_anchor()
        year = _year_for_day(month, min(int(e.group("day")), 28), anchor, "past")
    # a fiscal quarter ending early in a calendar quarter mostly lies in the one before
    return year, (month - 2) % 12 // 3 + 1


# a game's result: "led China to a 78-67 victory", "beat Lyon 2-1", "a 12-4 run", or a
# player's tally in it: "scored 20 points"
_SCORE = re.compile(r"\b(?:won|wins?|beat|beats|defeated|defeats|edged|routed|thrashed|lost|drew|led|leads?"
                    r"|trailed|trails?)\b[^.\n]{0,60}?\b\d{1,3}-\d{1,3}\b"
                    r"|\b\d{1,3}-\d{1,3}\s+(?:victory|win|defeat|loss|lead|run|draw|halftime|half-time)\b"
                    r"|\bscored\s+(?:a\s+[\w-]+\s+)?\d{1,3}\s+(?:points|goals|runs|tries)\b",
                    re.IGNORECASE)


def a_game_period(m: TimexMatch, doc: TagState) -> bool:
    """Whether a bare "third quarter" is a period of a game: the story reports a game's
    score, and its sentence gives no money or rates ("scored 12 points in the third quarter")."""
    start, end = doc.sentence_bounds(m.start)
    return not _FIGURES.search(doc.text, start, end) and _SCORE.search(doc.text) is not None


# a word a bare quarter's shorthand follows: "in Q2", "from Q1 to Q3", "the Q3 results"
_CODE_AFTER = re.compile(r"\b(?:in|during|for|by|through|since|until|from|to|and|or|over|of|the|its|their|this"
                         r"|that)\s+\Z", re.IGNORECASE)


def _quarter_year(g: dict, q: int, m: TimexMatch, doc: TagState) -> int:
    if g.get("year") or g.get("yy"):
        return code_year(g, doc)
    if g.get("inyear"):
        return int(g["inyear"])
    if g.get("qyear"):
        return int(g["qyear"])
    anchor = doc.need_anchor()
    if g.get("qrel"):
        return anchor.year + {"this": 0, "last": -1, "next": 1}[group_text(g, "qrel")]
    if group_text(g, "det") in ("last", "next"):
        return anchor.year + (-1 if group_text(g, "det") == "last" else 1)
    # reports in a past clause describe a quarter already under way or over; a future
    # clause one not yet begun ("will recover in the second quarter", said in December),
    # unless it is the quarter just ended ("expects to report a third-quarter loss")
    tense = doc.tense(m.start)
    if q > _quarter_of(anchor) and tense != "future":
        return anchor.year - 1
    if q < _quarter_of(anchor) - 1 and tense == "future":
        return anchor.year + 1
    return anchor.year


@normaliser("quarter")
def quarter(g: dict, m: TimexMatch, doc: TagState):
    code = g.get("qnum") or g.get("qnum2")
    q = int(code) if code else R.QUARTER_ORDINALS[group_text(g, "qord")]
    named = bool(g.get("year") or g.get("yy") or g.get("qyear") or g.get("inyear"))
    if code and not (named or _CODE_AFTER.search(doc.text, max(0, m.start - 12), m.start)):
        raise Drop  # "Q2" alone may be a model's name
    if not (named or g.get("qrel")) and a_game_period(m, doc):
        raise Drop
    year = _quarter_year(g, q, m, doc)
    doc.name_quarter(year, q, m.start, own_year=named)
    # the numbering the text last used: a company's fiscal one, or the calendar's
    doc.fiscal_quarter = (year, q, m.start) if "fiscal" in doc.text[m.start:m.end].lower() else None
    return f"{year:04d}-Q{q}"


@normaliser("month_quarter")
def month_quarter(g: dict, m: TimexMatch, doc: TagState):
    """"The September quarter": the quarter of that month, in the year the month is placed."""
    month = month_num(g["month"])
    if g.get("year"):
        year = int(g["year"])
    else:
        year = int(normalise_month(month, doc.need_anchor(), doc.date_tense(m.start))[:4])
    q = (month - 1) // 3 + 1
    doc.name_quarter(year, q, m.start, own_year=bool(g.get("year")))
    return f"{year:04d}-Q{q}"


@normaliser("ref_quarter")
def ref_quarter(g: dict, m: TimexMatch, doc: TagState):
    det, rel, unit = group_text(g, "det"), group_text(g, "rel"), group_text(g, "unit")
    if unit == "period" and not doc.last_quarter:
        if g.get("ofyear"):
            return f"{int(g['ofyear']):04d}"  # "the same period of 2004" after "the first nine months"
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
        doc.name_quarter(*ended, m.start)
        return f"{ended[0]:04d}-Q{ended[1]}"
    if rel == "year's":
        base = doc.last_quarter[:2] if doc.last_quarter else _shift_quarter(*current, -1)
        return f"{base[0] + (-1 if det == 'last' else 1 if det == 'next' else 0):04d}-Q{base[1]}"
    qyear = g.get("qyear") or g.get("ofyear")  # "the 1988 period", "the same period of 1996"
    if qyear and unit == "period" and since_quarter(m, doc):
        return f"{int(qyear):04d}"  # "For the nine months ... the 1988 period"
    if qyear:
        q = (doc.reported_quarter(m.start) or doc.last_quarter or _shift_quarter(*current, -1))[1]
        return f"{int(qyear):04d}-Q{q}"
    if rel == "current":
        y, q = current
    elif det == "next" or rel in ("next", "coming"):
        y, q = _shift_quarter(*current, 1)
    elif det == "last" and not rel:
        y, q = _shift_quarter(*current, -1)
    else:
        # the quarter a results story reports ("grew 4.3% in the third quarter ... the same as
        # in the second quarter. Spending rose during the quarter": the third), else the last named
        base = doc.reported_quarter(m.start) or (doc.last_quarter[:2] if doc.last_quarter
                                                 else _shift_quarter(*current, -1))
        if doc.last_quarter is None and rel not in ("previous", "preceding", "prior", "past"):
            doc.name_quarter(*base, m.start)  # the quarter the story reports: "the year-ago quarter" is before it
        if rel in _LATEST and base >= current:
            # results are reported for a quarter that is over: a quarter named
            # ahead ("a fourth-quarter charge") is not "the latest quarter"
            base = _shift_quarter(*current, -1)
            doc.name_quarter(*base, m.start)
        if rel in ("previous", "preceding", "prior", "past"):
            base = _shift_quarter(*base, -1)
        y, q = base
    return f"{y:04d}-Q{q}"


_LATEST = ("latest", "recent", "most recent", "just-ended", "just ended")


# money or rates in the sentence: what a results story gives for a half year
_FIGURES = re.compile(r"\d\s*(?:%|(?:percent|per\s+cent|million|billion|trillion)\b)|[$€£¥#]\s?\d", re.IGNORECASE)


@normaliser("half")
def half(g: dict, m: TimexMatch, doc: TagState):
    if g.get("three"):
        return "DURATION", "P9M"  # "the first three quarters" is "the first nine months", a length
    if g.get("hnum") or g.get("hnum2"):  # "H1 2026", "2H25"
        return f"{code_year(g, doc):04d}-H{g.get('hnum') or g['hnum2']}"
    text = doc.text[m.start:m.end].lower()
    h = 1 if "two quarters" in text else R.HALF_ORDINALS.get(group_text(g, "hord"), 1)
    year_text = group_text(g, "year")
    if not year_text and "quarters" not in text:
        start, end = doc.sentence_bounds(m.start)
        if not _FIGURES.search(doc.text, start, end):
            raise Drop  # "the first half" of a match: a year's half comes with figures
    if year_text.isdigit():
        year = int(year_text)
    elif year_text in ("last year", "next year", "the next year", "the coming year"):
        year = doc.need_anchor().year + (-1 if year_text == "last year" else 1)
    elif year_text == "the new year":  # in the last months, the year about to begin
        year = doc.need_anchor().year + (1 if doc.need_anchor().month >= 10 else 0)
    else:
        anchor = doc.need_anchor()
        year = anchor.year
        if h == 2 and anchor.month <= 6 and doc.tense(m.start) == "past":
            year -= 1
    return f"{year:04d}-H{h}"

