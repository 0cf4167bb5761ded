"""Clock times ("10 a.m.", "1559 GMT", "noon Friday") and parts of the day ("Friday morning", "tonight")."""

from __future__ import annotations

import datetime
import re

from .. import rules as R
from ..state import Drop, TagState, TimexMatch
from ..values import _day, normalise_weekday
from .calendar_dates import month_day
from .registry import group_text, normaliser

_AFTER = re.compile(r"\bafter\s+midnight\b", re.IGNORECASE)


@normaliser("tonight")
def tonight(g: dict, m: TimexMatch, doc: TagState):
    return _day(doc.need_anchor()) + "TNI"


@normaliser("overnight")
def overnight(g: dict, m: TimexMatch, doc: TagState):
    """"Overnight Sunday" is that night; a bare "overnight" the night before the day its
    sentence names ("killed overnight, medics said on Sunday"), else before publication."""
    if g.get("dw"):
        return normalise_weekday(g["dw"], doc.need_anchor(), "past") + "TNI"
    doc.provisional = -1  # the night before the day its sentence names, else before publication
    return _day(doc.need_anchor() - datetime.timedelta(days=1)) + "TNI"


@normaliser("early_hours")
def early_hours(g: dict, m: TimexMatch, doc: TagState):
    """"The early hours of Sunday" is that day's morning; without a day, the morning of the
    day its sentence names, else the story's."""
    if g.get("dw"):
        day = normalise_weekday(g["dw"], doc.need_anchor(), doc.date_tense(m.start))
    elif g.get("dword"):
        day = _day(_day_ref(g["dword"], doc, m))
    elif g.get("this"):  # "the early hours of this morning": the story's own day
        day = _day(doc.need_anchor())
    else:
        doc.provisional = 0
        day = _day(doc.need_anchor())
    return day + "TMO"


def _day_ref(word: str, doc: TagState, m: TimexMatch) -> datetime.date:
    word = word.lower()
    anchor = doc.need_anchor()
    if word in R.DAY_WORDS:
        return anchor + datetime.timedelta(days=R.DAY_WORDS[word])
    if word.capitalize() in R.WEEKDAYS:
        return datetime.date.fromisoformat(normalise_weekday(word, anchor, "past"))
    if word in ("that", "the"):
        # "that morning" may name a day told aside; "the morning" is its sentence's day, else the story's
        own = doc.sentence_anchor(m.start) if word == "the" else None
        if own is not None and own.grain == "day":
            return own.date
        back = doc.back(m, story=word == "the")
        return back.date if back.grain == "day" else anchor
    return anchor


@normaliser("pod_day")
def pod_day(g: dict, m: TimexMatch, doc: TagState):
    day = _day_ref(group_text(g, "dw"), doc, m)
    if g["dw"].capitalize() in R.WEEKDAYS:
        day = datetime.date.fromisoformat(
            normalise_weekday(g["dw"], doc.need_anchor(), doc.tense(m.start)))
    return _day(day) + "T" + R.PARTS_OF_DAY[group_text(g, "pod")]


@normaliser("day_pod")
def day_pod(g: dict, m: TimexMatch, doc: TagState):
    dw, pod = group_text(g, "dw"), group_text(g, "pod")
    if g["pod"][:1].isupper() and doc.names_a_title(m):
        raise Drop  # "the Evening Standard"
    anchor = doc.need_anchor()
    if dw == "last":
        # "last night" is the night before; "last morning" is not idiomatic
        day = anchor - datetime.timedelta(days=1)
    elif dw == "this":
        day = anchor
    else:
        day = _day_ref(dw, doc, m)
    return _day(day) + "T" + R.PARTS_OF_DAY[pod]


@normaliser("part_of_day")
def part_of_day(g: dict, m: TimexMatch, doc: TagState):
    # no day of its own: the day its sentence names, else the story's (see tag)
    doc.provisional = 0
    return _day(doc.need_anchor()) + "T" + R.PARTS_OF_DAY[group_text(g, "pod")]


# the later half of the day a bare clock time follows: "this afternoon at about 3:30"
_PM_BEFORE = re.compile(r"\b(?:afternoon|evening|tonight)\b[^.;\n]{0,25}$", re.IGNORECASE)


@normaliser("clock")
def clock(g: dict, m: TimexMatch, doc: TagState):
    if g.get("cw"):
        if doc.text.startswith(g["cw"], m.start) and doc.opens_a_name(m.start, m.start + len(g["cw"])):
            raise Drop  # "a former Midnight Oil star": a word of a name
        hhmm = R.CLOCK_WORDS[group_text(g, "cw")]
        if hhmm == "24:00" and _AFTER.search(doc.text, max(0, m.start - 20), m.end):
            hhmm = "00:00"  # "shortly after midnight": the small hours of the day, not its end
    else:
        h, mi = int(g["h"]), int(g.get("mi") or 0)
        ampm = group_text(g, "ampm").replace(".", "").replace(" ", "")
        pod = group_text(g, "pod")
        pm_before = not ampm and (_PM_BEFORE.search(doc.text, max(0, m.start - 40), m.start)
                                  or group_text(g, "dw") == "tonight")
        if (ampm == "pm" or pod in ("afternoon", "evening") or (g.get("night") and h >= 6) or pm_before) and h < 12:
            h += 12
        elif ampm == "am" and h == 12:
            h = 0
        if h > 24:
            raise Drop
        hhmm = f"{h:02d}:{mi:02d}"
    dw = group_text(g, "dw")
    if g.get("dmonth"):  # "on 30 June": the date written day first
        g = {**g, "month": g["dmonth"], "day": g["dday"]}
    if g.get("month"):
        day = datetime.date.fromisoformat(month_day(g, m, doc))
    elif dw:
        day = _day_ref(dw, doc, m)
        if dw.capitalize() in R.WEEKDAYS:
            day = datetime.date.fromisoformat(
                normalise_weekday(dw, doc.need_anchor(), doc.date_tense(m.start)))
        elif dw == "tonight" and hhmm < "06:00":
            day += datetime.timedelta(days=1)  # "2 a.m. tonight": past midnight, the next day's
    else:
        # no day of its own: the day its sentence names, else the story's (see tag)
        day = doc.need_anchor()
        doc.provisional = 0
    utc = (group_text(g, "tz") or group_text(g, "tz0")) in R.UTC_ZONES
    return _day(day) + "T" + hhmm + ("Z" if utc else "")

