"""Rule-based TIMEX3 tagger for news: finds dates, times, durations and sets.

The patterns live in ``patterns``, the word tables in ``rules`` and the calendar arithmetic in
``values``; this module compiles the patterns, keeps the longest
non-overlapping matches and normalises each one through the registry of
normalisers (``normalisers``), with what ``state`` keeps of the
document. Deictic expressions count from the publication date, those that
refer back from the date the story is at (``anchoring``). Relative expressions
follow the tense of their clause (news mostly reports the past): a caller with
a parser passes ``tense_of``, otherwise a cue-word heuristic decides.
"""

from __future__ import annotations

import bisect
import datetime
import re
from collections.abc import Callable
from dataclasses import replace

from dateutil.relativedelta import relativedelta

from ..lexicon import pattern_list
from ..model import Timex
from . import rules as R
from .anchoring import Reference
from .normalisers import NORMALISERS, group_text, normaliser
from .patterns import PATTERNS
from .state import Drop, NoAnchor, TagState, TimexMatch, expand_macros
from .tense import NOUN_GONE_BY, UNDIRECTED
from .values import duration_value, parse_number, shift_value

__all__ = ["tag", "NORMALISERS", "normaliser"]

# a period after an initial, a title or a month abbreviation does not end a sentence
_NOT_A_STOP = re.compile(r"(?:\b[A-Z]|\b" + pattern_list("abbreviation") + r")\.$")
# a bracketed figure goes on with its sentence: "just after 3 p.m. (2000 GMT) Tuesday"
_SENT_BREAK = re.compile(r"[.!?][\"'”’)]*\s+(?=[\"“']?[A-Z0-9]|\([A-Z])|\n")
# nor does a clock time's day or zone: "until 9 a.m. Tuesday to sign", "at 5 p.m. EST"
_CLOCK_GOES_ON = re.compile(r"(?<=[ap]\.m\.)\s+(?:(?:" + "|".join(R.WEEKDAYS) + r"|GMT|UTC)\b|"
                            + R.MACROS["ZONENAME"] + ")")

# --------------------------------------------------------------------------- compiled patterns

# every pattern starts at a word start
_COMPILED: list[tuple[int, str, re.Pattern, str, str]] = [
    (i, name, re.compile(r"(?<!\w)" + expand_macros(rx), re.IGNORECASE), typ, norm)
    for i, (name, rx, typ, norm) in enumerate(PATTERNS)
]

# --------------------------------------------------------------------------- tagging

_LEADING_DET = re.compile(r"(?:(the|a|an)\s+(?=[\w-]+-\s?(?:quarter|year|month|week|day|hour|minute)\b)"
                          r"|(its|their|that|a|an)\s+(?=\S+[\s-]quarter\b))", re.IGNORECASE)


# Every pattern contains one of these words or a digit, so patterns only run in
# windows around them: most news text has no temporal word at all.
_TRIGGER_WORDS = {
    *R.MONTHS, *R.WEEKDAYS, *R.UNITS, *R.SEASONS, *R.PARTS_OF_DAY, *R.CLOCK_WORDS,
    *R.DAY_WORDS, *R.REF_WORDS, *R.SET_WORDS, *R.HOLIDAYS, *R.HIJRI_HOLIDAYS, *R.TRIGGER_EXTRA,
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


def _candidates(text: str) -> list[TimexMatch]:
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
                ranged = "lo" in rx.groupindex and mo.group("lo") is not None
                found.append(TimexMatch(start, end, mo.groupdict(), typ, norm, order,
                                    mo.start("num") if ranged else None, mo.end("lo") if ranged else None))
    return found


def _select(found: list[TimexMatch]) -> list[TimexMatch]:
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




def tag(text: str, anchor: datetime.date | None, *, doc_id: str,
        tense_of: Callable[[int], str] | None = None,
        aside: Callable[[int], bool] | None = None, reference: Reference | None = None) -> list[Timex]:
    """Every temporal expression in ``text``, with TIMEX3 type and value.

    ``anchor`` is the publication date; relative expressions get no value
    without it. ``tense_of(offset)`` may give the tense of the clause at a
    character offset ("past", "present" or "future"), and ``aside(offset)``
    whether that clause only qualifies a noun ("Gaza, which was handed back on
    Sept. 12"): "that day" may still refer to its date, a bare clock time not.
    A ``reference`` given is filled with the dates the story moves through, for
    dating its events by the same rule.

    >>> text = "Officials said in a statement Friday that talks will resume next week."
    >>> [(t.text, t.type, t.value) for t in tag(text, datetime.date(2026, 2, 27), doc_id="d")]
    [('Friday', 'DATE', '2026-02-27'), ('next week', 'DATE', '2026-W10')]
    >>> [(t.text, t.value) for t in tag("On March 3, 1998 and on Friday", None, doc_id="d")]
    [('March 3, 1998', '1998-03-03'), ('Friday', None)]
    """
    doc = TagState(text, anchor, tense_of)
    if reference is not None:
        doc.ref = reference
    doc.breaks = [m.end() for m in _SENT_BREAK.finditer(text)
                  if not _NOT_A_STOP.search(text, max(0, m.start() - 5), m.start() + 1)
                  and not _CLOCK_GOES_ON.match(text, m.start() + 1)]
    out: list[Timex] = []
    provisional: dict[int, int] = {}  # index in ``out`` -> days from its sentence's day
    for c in _select(_candidates(text)):
        typ = c.type
        doc.provisional = None
        try:
            result = NORMALISERS[c.norm](c.groups, c, doc)
        except Drop:
            continue
        except (NoAnchor, OverflowError):
            # no publication date, or one so near the calendar's ends that the value falls off it
            result = None
        if isinstance(result, tuple):
            typ, result = result
        if doc.provisional is not None and result:
            provisional[len(out)] = doc.provisional
        elif not (tense_of is not None and _ABSOLUTE_DAY.match(result or "")
                  and tense_of(c.start) in (UNDIRECTED, NOUN_GONE_BY)) and not doc.compared_with(c.start):
            # a day that modifies a noun ("the March 11 accident") names when that thing was,
            # and one a figure is compared with ("from 1.31 late Wednesday") when that figure
            # was; the story does not move to either, nor to one in a relative clause, nor to
            # a possessive day ("Friday's close"), which dates a thing as well
            # so does a length that opens its sentence and counts from the story's day ("Two
            # days later, ..."); one inside a sentence mostly tells a step aside ("who a day
            # earlier had vowed ...")
            day = doc.ref.offset_day(c.start, text[c.start:c.end], result, text[c.end:c.end + 12]) \
                if typ == "DURATION" and not text[doc.sentence_bounds(c.start)[0]:c.start].strip() else None
            doc.ref.establish(day.isoformat() if day else result, c.start,
                              aside=doc.possessive_at(c.end) or (aside is not None and aside(c.start)))
        if c.upper is not None:
            lower = _lower_bound(c, typ, result)
            if lower is not None:
                out.append(Timex(doc_id, c.start, lower[0], text[c.start:lower[0]], typ, lower[1]))
                c.start = c.upper
        out.append(Timex(doc_id, c.start, c.end, text[c.start:c.end], typ, result))
    for i, shift in provisional.items():
        out[i] = _date_provisional(out, i, doc, set(provisional), shift)
    if anchor is not None:
        _order_ranges(out, doc)
    _date_utc_twins(out, text)
    _date_weekdays_named_again(out, text)
    _date_feasts_by_their_day(out, text)
    return out


_FEAST = re.compile(r"\b(?:" + "|".join(re.escape(k) for k in sorted([*R.HOLIDAYS, *R.HIJRI_HOLIDAYS], key=len,
                                                                    reverse=True)) + r")\b", re.IGNORECASE)
# what stands between a feast and the day the text gives it: "Eid festival Saturday",
# "Christmas, which falls on a Monday"; before a date also "on" or a comma ("Independence
# Day on August 14"), which before a weekday may tell the day of the clause's verb
# ("announced a truce for Eid on Thursday")
_FEAST_NOUN = r"(?:['’]s)?(?:\s+(?:festival|feast|holidays?|celebrations?|prayers|break))?"
_FALLS = r"(?:which\s+)?(?:falls?|fell|is|was|begins?|began|starts?|started)"
_FEAST_DAY_GAP = re.compile(_FEAST_NOUN + r"(?:,?\s+" + _FALLS + r"\s+on\s+|\s+)", re.IGNORECASE)
_FEAST_DATE_GAP = re.compile(_FEAST_NOUN + r"(?:\s*,\s*|\s+)(?:" + _FALLS + r"\s+)?(?:on\s+)?", re.IGNORECASE)


def _date_feasts_by_their_day(out: list[Timex], text: str) -> None:
    """A feast the text gives its day beside ("the Eid festival Saturday", "Independence
    Day on August 14") is on that day: the text knows the country's feast and the day its
    moon was sighted. A weekday moves it at most three days; a date, to its own day."""
    for i in range(len(out) - 1):
        feast, day = out[i], out[i + 1]
        if not (feast.value and day.value and _ABSOLUTE_DAY.fullmatch(feast.value)
                and _ABSOLUTE_DAY.fullmatch(day.value)
                and _FEAST.search(feast.text)):
            continue
        if _NAMES_A_MONTH.search(day.text):
            if _FEAST_DATE_GAP.fullmatch(text, feast.end, day.start):
                out[i] = replace(feast, value=day.value)
        elif _FEAST_DAY_GAP.fullmatch(text, feast.end, day.start) and abs(
                (datetime.date.fromisoformat(day.value) - datetime.date.fromisoformat(feast.value)).days) <= 3:
            out[i] = replace(feast, value=day.value)


# "the Thursday show", "the Monday attack": a weekday that names when a thing is, after "the"
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_THING_AFTER = re.compile(r"\s+[a-z]")
# a weekday that owns a thing, and the thing: "Friday's draw", "Sunday's presidential vote"
_OWNED_THING = re.compile(r"['’]s\s+(?:[a-z-]+\s+){0,2}?(?P<thing>[a-z]+)\b")


def _date_weekdays_named_again(out: list[Timex], text: str) -> None:
    """A weekday named again for a thing keeps the day the text gave it before, not one
    its own clause would place:
    - a thing a weekday owns, named again the same way ("will all be at Friday's draw ...
      the eight seeds for Friday's draw"), is the same thing on the same day;
    - "the Thursday show" presupposes a Thursday the text has named: it takes the last
      mention of that weekday ("returns on Thursday ... Tickets for the Thursday show")."""
    owned_first: dict[tuple[str, str], str] = {}
    last: dict[str, str] = {}
    for i, tx in enumerate(out):
        name = tx.text.capitalize()
        if tx.type != "DATE" or not tx.value or name not in R.WEEKDAYS:
            continue
        owned = _OWNED_THING.match(text, tx.end)
        if owned is not None:
            key = (name, owned.group("thing"))
            if key in owned_first:
                out[i] = replace(tx, value=owned_first[key])
            owned_first.setdefault(key, tx.value)
        elif name in last and _THE_BEFORE.search(text, max(0, tx.start - 4), tx.start) \
                and _THING_AFTER.match(text, tx.end):
            out[i] = replace(tx, value=last[name])
        last[name] = out[i].value


_NAMES_A_DAY = re.compile(r"\b(?:" + "|".join([*R.WEEKDAYS, *(m.rstrip(".") for m in R.MONTHS), *R.DAY_WORDS])
                          + r")\b", re.IGNORECASE)
_CLOCK = re.compile(r"(\d{4}-\d\d-\d\d)T(\d\d):(\d\d)(Z?)$")
_NAMES_A_MONTH = re.compile(r"\b(?:" + "|".join(re.escape(m.rstrip(".")) for m in R.MONTHS) + r")\b")


def _date_utc_twins(out: list[Timex], text: str) -> None:
    """A GMT time in brackets after a local one ("8:30 a.m. (2330 GMT)") is that moment:
    its day is the local day, one back when GMT runs more than twelve hours ahead of the
    local clock (east of Greenwich, past midnight) and one on when it runs twelve behind.
    Where both name a weekday, the bracketed one is the local day's neighbour, not a day
    placed on its own."""
    for i in range(len(out) - 1):
        local, utc = out[i], out[i + 1]
        a, b = _CLOCK.match(local.value or ""), _CLOCK.match(utc.value or "")
        if not (a and b and b.group(4) and not a.group(4) and re.fullmatch(r"\s*\(\s*", text[local.end:utc.start])):
            continue
        gap = int(b.group(2)) * 60 + int(b.group(3)) - int(a.group(2)) * 60 - int(a.group(3))
        shift = datetime.timedelta(days=-1 if gap > 12 * 60 else 1 if gap < -12 * 60 else 0)
        if _NAMES_A_DAY.search(utc.text):
            if not _NAMES_A_DAY.search(local.text):  # "8:30 a.m. (2330 GMT Thursday)": Friday local
                day = datetime.date.fromisoformat(b.group(1)) - shift
                out[i] = replace(local, value=day.isoformat() + local.value[10:])
                continue
            # "9:00 pm Sunday (0200 GMT Monday)": both name their day, the one in brackets
            # restates the first; it is the day after that Sunday, not the Monday gone by
            day = datetime.date.fromisoformat(a.group(1)) + shift
            if day.weekday() == datetime.date.fromisoformat(b.group(1)).weekday():
                out[i + 1] = replace(utc, value=day.isoformat() + utc.value[10:])
            continue
        day = datetime.date.fromisoformat(a.group(1)) + shift
        out[i + 1] = replace(utc, value=day.isoformat() + utc.value[10:])


_UNFIXED = re.compile(r"(\d{4})(-\d\d)(-\d\d)?")


# a weekday or month named, not "the month", "this week"
_NAMES_A_DATE = re.compile(r"\b(?-i:" + R.CALENDAR_NAMES + r")")


def _order_ranges(out: list[Timex], doc: TagState) -> None:
    """The two days or months of a range ("Thursday through Saturday", "the January-October
    period", "between Monday and Wednesday", "opens Thursday and runs through Sunday") run
    forward, and within one week or one year: where each was placed on its own and the
    first came out after the second, or a week or more before it ("from Thursday through
    Friday" told in the past), the one placed farther from the publication date moves one
    week or one year toward the other (back, when both lie as far). A range of days its
    clause puts ahead ("will run Thursday to Sunday") never starts before the publication
    day, and one told as gone by never ends after it: there, the other end moves. Of two
    months whose second is not after the publication, the first moves back. A year the
    text states is never moved."""
    text, anchor = doc.text, doc.need_anchor()
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if not R.joins_a_range(text, a.start, a.end, b.start):
            continue  # "made Friday and Thursday" lists two days, in any order
        ma, mb = _UNFIXED.fullmatch(a.value or ""), _UNFIXED.fullmatch(b.value or "")
        if not (ma and mb) or bool(ma.group(3)) != bool(mb.group(3)):
            continue
        if re.search(r"\d{4}|'\d\d", a.text + b.text) or not _NAMES_A_DATE.search(a.text):
            continue  # a year stated, or "the month to October": a period up to a date
        weekday = a.text.split()[-1].capitalize() in R.WEEKDAYS and b.text.split()[-1].capitalize() in R.WEEKDAYS
        step = relativedelta(weeks=1) if weekday else relativedelta(years=1)
        if a.value > b.value and not weekday and b.value[:7] <= f"{anchor:%Y-%m}":
            # months whose end is not after publication: a period over, its start moves back
            # ("the January-September period" told in December, "from December to February")
            out[i] = replace(a, value=shift_value(a.value, -step))
            continue
        if a.value <= b.value:
            if shift_value(a.value, step) > b.value:
                continue
            step = -step  # a week or a year apart: the first moves ahead, or the second back
        # as far from the publication date either way: the range moves back, the news default
        far, near = _distance(a.value, anchor), _distance(b.value, anchor)
        move_first = far > near or (far == near and step.years + step.weeks > 0)
        if weekday:
            today = f"{anchor:%Y-%m-%d}"
            if move_first and doc.date_tense(a.start) in ("future", "scheduled") \
                    and shift_value(a.value, -step) < today:
                move_first = False  # "will run Thursday to Sunday": both ahead
            elif not move_first and doc.told_in_the_past(a.start) and a.value < today \
                    and shift_value(b.value, step) > today:
                move_first = True  # "ran from Friday to Monday": both gone by
        if move_first:
            out[i] = replace(a, value=shift_value(a.value, -step))
        else:
            out[i + 1] = replace(b, value=shift_value(b.value, step))


def _distance(value: str, anchor: datetime.date) -> int:
    """How far a day (in days) or a month (in months) lies from ``anchor``."""
    if len(value) == 10:
        return abs((datetime.date.fromisoformat(value) - anchor).days)
    return abs(int(value[:4]) * 12 + int(value[5:7]) - anchor.year * 12 - anchor.month)


def _lower_bound(c: TimexMatch, typ: str, upper_value: str | None) -> tuple[int, str] | None:
    """(end, value) of the lower bound of "12 to 18 months", which TIMEX3 tags on its own."""
    n = parse_number(group_text(c.groups, "lo"))
    if typ != "DURATION" or not n or not upper_value or c.lower_end is None or c.lower_end <= c.start:
        return None
    return c.lower_end, duration_value(n, group_text(c.groups, "unit"))


# how far after a clock time, in characters, a day its sentence names may still be its day
_CLOCK_DAY_REACH = 45


def _date_provisional(out: list[Timex], i: int, doc: TagState, provisional: set[int], shift: int = 0) -> Timex:
    """"The second day" or "at 10 a.m." takes the day its sentence names ("overnight" the
    night before it); a clock time in a sentence without one takes the day the story is at."""
    tx = out[i]
    lo, hi = doc.sentence_bounds(tx.start)
    # a possessive day dates its own thing ("compared with Thursday's close"), not the
    # sentence, and so does a day a figure is compared with. A day well after it is another
    # clause's ("struck at 1:24 p.m. (0424 GMT), was an aftershock of a quake on March 26")
    days = [(abs(other.start - tx.start), other.value[:10]) for j, other in enumerate(out)
            if j not in provisional and lo <= other.start < hi and other.type in ("DATE", "TIME")
            and other.value and _ABSOLUTE_DAY.match(other.value)
            and not doc.possessive_at(other.end) and not doc.compared_with(other.start)
            and (other.start < tx.start or shift or "T" not in tx.value
                 or other.start - tx.end <= _CLOCK_DAY_REACH)]
    # the first day the sentence names; a night gone by the nearest one not ahead of publication
    if shift:
        days = sorted(d for d in days if doc.anchor is None or d[1] <= doc.anchor.isoformat())
    day = days[0][1] if days else None
    if day is not None and shift:
        day = (datetime.date.fromisoformat(day) + datetime.timedelta(days=shift)).isoformat()
    elif day is None and shift:
        return tx  # "overnight" with no day in its sentence: the night before publication
    if day is None and "T" in tx.value and not shift:
        # a clock time after a possessive day of its sentence is that day's ("up from Thursday's
        # quotes at 4 p.m.", "against Thursday's 5 p.m. quotes")
        owned = [other.value[:10] for j, other in enumerate(out)
                 if j not in provisional and lo <= other.start < tx.start and other.value
                 and _ABSOLUTE_DAY.match(other.value) and doc.possessive_at(other.end)]
        day = owned[-1] if owned else None
    if day is None and "T" in tx.value:
        # told in a past clause, a day gone by ("were closed at 06h30 GMT" after "the May 1 vote")
        tense = doc.tense(tx.start)
        back = doc.ref.back(tx.start, gone_by=tense == "past", story=True)
        # a clock time needs a whole day: after a bare month it stays on the publication date
        day = back.day_value() if back and back.grain == "day" else None
        if day is not None and doc.anchor is not None and tense in ("future", "scheduled") \
                and day < doc.anchor.isoformat():
            day = None  # "the polls will close at 1500 GMT" after a day gone by: not that day
    if day is None:
        return tx
    return Timex(tx.doc_id, tx.start, tx.end, tx.text, tx.type, day + tx.value[10:])

