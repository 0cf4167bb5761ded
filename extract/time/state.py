"""What the TIMEX3 tagger keeps while it reads one document, and the match of one pattern.

The document state holds the text, the publication date, the reference time a
story has moved to (``anchoring``) and the tense of each clause; the normalisers
(``normalisers``) read it and ``tagger`` drives it.
"""

from __future__ import annotations

import bisect
import datetime
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from . import rules as R
from .anchoring import Anchor, Reference
from .tense import NOUN_GONE_BY, SIMPLE_PAST, UNDIRECTED
from .values import Tense, _quarter_of
from .verbs import overtaken_plan

__all__ = ["TagState", "TimexMatch", "NoAnchor", "Drop", "expand_macros", "heuristic_tense"]

# --------------------------------------------------------------------------- tense heuristic

def _cue_regex(words) -> re.Pattern:
    body = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w'])(?:{body})(?![\w])", re.IGNORECASE)


_FUTURE = _cue_regex(R.FUTURE_CUES)
# a listed past form, or any word in -ed that is not itself a future cue
_PAST = re.compile(_cue_regex(R.PAST_CUES).pattern + r"|(?-i:\b[a-z]{2,}ed\b)", re.IGNORECASE)
# "due to" before a noun phrase gives a cause ("pulled out due to injuries"), no plan
_BECAUSE_OF = re.compile(r"due\s+to\s+(?:the|a|an|his|her|its|their|this|that|these|those|\d"
                         r"|[a-z]+(?:ies|[^s'\s]s|tion|sion|ity|ness|ment)\b|(?:lack|weather|rain|snow|fog|injury"
                         r"|illness|bad|poor|heavy|technical|security|health|financial|political|economic"
                         r"|personal)\b)", re.IGNORECASE)
_WORDS_BACK = re.compile(r"(?:\S+\s+){0,%d}\S*$" % R.TENSE_WINDOW)
_DEADLINE = re.compile(r"\b(?:by|until|till|before|effective|payable|starting|beginning"
                       r"|due(?:\s+(?:in|here|there|back|home|out))?"
                       r"|from\s+now\s+(?:to|until|till|through)|between\s+now\s+and"
                       r"|as\s+(?:early|soon)\s+as)\s+(?:mid-|early\s+|late\s+|on\s+)?$", re.IGNORECASE)
_WAS_DUE = re.compile(r"\b(?:was|were)\s+due(?:\s+\w+)?\s+(?:on\s+)?$", re.IGNORECASE)
# a day made something by a decree: "declared Saturday a public holiday", "named May 1 a day of
# mourning": a day to come, not one the verb's tense tells as gone by
_DAY_MADE_BEFORE = re.compile(r"\b(?:declared?|declares|declaring|named|names|naming|designated?|designates"
                              r"|designating|proclaimed?|proclaims|proclaiming)\s+$", re.IGNORECASE)
_DAY_MADE_AFTER = re.compile(r"[\w.]+(?:\s+\d{1,2}(?:st|nd|rd|th)?)?\s+(?:as\s+)?an?\s+(?:[\w-]+\s+){0,2}"
                             r"(?:holiday|day)\b", re.IGNORECASE)
# a thing a clause waits for, and the day that names it: "ahead of the election Thursday",
# "on the eve of Sunday's vote" (a possessive one the parse reads; see ``tense``)
_AWAITED = re.compile(r"\b(?:ahead\s+of|on\s+the\s+eve\s+of|in\s+the\s+run-?up\s+to|in\s+advance\s+of|pending)\s+"
                      r"(?:the\s+|a\s+|an\s+|next\s+|this\s+)?(?:[\w-]+\s+){0,6}(?:on\s+|at\s+|in\s+)?$", re.IGNORECASE)
# a month or weekday the date at hand is joined to: "in April and May", "late Friday or early Saturday"
_JOINED_TO = re.compile(r"\b(?-i:" + R.CALENDAR_NAMES + r")\s+(?:and|or)\s+(?:early\s+|late\s+)?$")
# the pluperfect: what was done by a deadline, not the deadline ahead
_HAD = re.compile(r"\b(?:had|hadn't)\b", re.IGNORECASE)
# the present perfect: what has been done by a deadline now reached ("by August the bank
# has granted", "has been kept secret until Tuesday"), though not "has until Friday to"
_PERFECT = re.compile(r"\b(?:has|have|hasn't|haven't)\s+(?:(?:already|now|so\s+far)\s+)?(?:been\s+|\w+(?:ed|en|wn)\b)",
                      re.IGNORECASE)
# the word that opens a comparison of figures, and the words up to the date: "from 1.3175 dollars late"
_COMPARED = re.compile(r"\b(?:compared\s+(?:with|to)|against|from|versus|than)\s+((?:\S+\s+){1,14})$",
                       re.IGNORECASE)
# a figure's own year-before comparison: "up 5 percent from a year earlier", "over a year ago"
_COMPARED_NOW = re.compile(r"\b(?:from|than|over|on|versus|against|compared\s+(?:with|to))\s+$", re.IGNORECASE)
_YEAR_BEFORE = re.compile(r"(?:a|one|the)\s+year\s+(?:earlier|ago|before)\b", re.IGNORECASE)
# a price or a rate, not a year ("from 2010 to 2008" is a range of years)
_A_FIGURE = re.compile(r"\d[.,]\d|\d\s*(?:%|percent|points?|dollars?|yen|euros?|cents?|pounds?)\b", re.IGNORECASE)
_BY_UNTIL = re.compile(r"\b(?:by|until|till)\s+(?:mid-|early\s+|late\s+|on\s+)?$", re.IGNORECASE)
# "until Friday to free the soldier": the deadline of a thing still to do
_TO_DO = re.compile(r"\bto\s+(?!the\b|a\b|an\b|this\b|that\b)[a-z]+\b")
_WORD = re.compile(r"[A-Za-z]+")
_WORDS_BEFORE = re.compile(r"(?:\S+\s+){0,6}$")
_WORDS_AFTER = re.compile(r"(?:\S+\s+){0,6}")
# a capitalised word right after an expression: the name it is part of goes on
_NAME_GOES_ON = re.compile(r"\s+[A-Z][a-z]")
# a capitalised word after that names a day, so no name: "at Midnight Sunday"
_A_DATE_GOES_ON = re.compile(r"\s+(?:" + R.CALENDAR_NAMES + r")\b")
# a newspaper named for its day: "the Mail on Sunday", "the Independent on Sunday"
_PAPER_ON = re.compile(r"\b(?:Mail|Independent|Scotland|Wales)\s+on\s+$")
# the word a newspaper's name ends in: "Sunday Times reported", without its "the"
_PAPER_NAME = re.compile(r"\s+(?:Times|Telegraph|Express|Mirror|Herald|Post|Independent|Tribune|Observer|Mail"
                         r"|Star|Sun|Journal|Guardian|Gazette|Chronicle|Standard|Nation|Monitor)\b")
# "since March": the start of a span that runs up to now, so a date gone by
_SPAN_START = re.compile(r"\b(?:since|ever\s+since)\s+(?:mid-|early\s+|late\s+|the\s+(?:end|start|beginning|middle)"
                         r"\s+of\s+|the\s+)?$", re.IGNORECASE)
# the month a reported period closes on: "the six months to September", "the year ending June 30":
# the nearest such one, a period just over or about to close
_PERIOD_TO = re.compile(r"\b(?:years?|months?|quarter|half|weeks?|period)\s+(?:to|ending)\s+"
                        r"(?:end-|the\s+end\s+of\s+)?$", re.IGNORECASE)
_SPAN_END = re.compile(r"\b(?:through|thru|into|to\s+the\s+end\s+of)\s+(?:mid-|early\s+|late\s+)?$",
                       re.IGNORECASE)

# a year that frames its sentence: "In 2011, ...", "In late March 2011, ...", "During 1998,
# ...", or that opens a chronology's line: "1789 - ...", "October 3, 1863 - ...", "Fall 1621: ..."
_FRAMING_YEAR = re.compile(r"[\s\"“']*(?:(?:In|During|Throughout)\s+(?:(?:early|mid-?|late)\s*)?"
                           r"(?:(?:" + R.CALENDAR_NAMES + r")\s+)?(?P<year>1\d{3}|20\d\d)\s*,"
                           r"|(?:(?:" + R.CALENDAR_NAMES + r"|Spring|Summer|Fall|Autumn|Winter)\s+(?:\d{1,2},?\s+)?)?"
                           r"(?P<line>1\d{3}|20\d\d)[ \t]*(?:[-–—][ \t]|:[ \t]))")

# a line of a list of fixtures ("Valencia v Real Mallorca (2000)"), and a weekday heading one
_FIXTURE_LINE = re.compile(r"[^\n]*\S\s+(?:v|vs)\.?\s+[A-Z][^\n]*")
_HEADING_REST = re.compile(r"[ \t]*(?:\([^)\n]*\))?[ \t]*\n\s*")


def heuristic_tense(prefix: str) -> Tense:
    """The tense the last cue word shortly before an expression signals.

    Only the last few words of the sentence count, so a "will" in an earlier
    clause does not move a later reported date; with no cue at all the clause
    is "present" (callers read that as the news default, the past).

    >>> heuristic_tense("The two leaders will meet on"), heuristic_tense("Officials said on")
    ('future', 'past')
    >>> heuristic_tense("He said the ministers would meet"), heuristic_tense("The vote is on")
    ('future', 'present')
    >>> heuristic_tense("Officials who will attend the talks said on")
    'past'
    """
    m = _WORDS_BACK.search(prefix)
    window = m.group(0) if m else prefix
    fut = [m.end() for m in _FUTURE.finditer(window) if not _BECAUSE_OF.match(window, m.start())]
    # after "will", most past forms are participles ("will be held"); only a
    # finite reporting verb or auxiliary starts a new past clause
    past = [m.end() for m in _PAST.finditer(window)
            if not _FUTURE.fullmatch(m.group(0))
            and not (fut and m.start() > fut[0] and m.group(0).lower() not in R.FINITE_PAST_CUES)]
    if fut and (not past or fut[-1] >= past[-1]):
        return "future"
    return "past" if past else "present"



def expand_macros(pattern: str) -> str:
    """The pattern with its ``<NAME>`` macros replaced, macros inside macros too."""
    while True:
        expanded = re.sub(r"<([A-Z][A-Z0-9]*)>", lambda m: R.MACROS[m.group(1)], pattern)
        if expanded == pattern:
            return expanded
        pattern = expanded



class NoAnchor(Exception):
    """A relative expression met a document with no publication date."""


class Drop(Exception):
    """The match is not a temporal expression after all."""


@dataclass
class TagState:
    """What one pass over a document remembers: text, anchor, earlier mentions."""

    text: str
    anchor: datetime.date | None
    tense_of: Callable[[int], str] | None
    breaks: list[int] = field(default_factory=list)
    ref: Reference = field(init=False)
    # set by a normaliser whose day is a stand-in until the whole text is tagged: how many
    # days from the day its sentence names it lies (0; "overnight", -1)
    provisional: int | None = None
    last_quarter: tuple[int, int, int] | None = None  # (year, quarter, offset)
    # the quarters named so far, with no year of their own: (offset, year, quarter)
    quarters: list[tuple[int, int, int]] = field(default_factory=list)
    fiscal_quarter: tuple[int, int, int] | None = None  # the last "fiscal Nth quarter" named

    def __post_init__(self) -> None:
        self.ref = Reference(self.anchor)

    def back(self, m: TimexMatch, need: str = "day", told: bool = True, story: bool = False) -> Anchor:
        """The date an expression that refers back counts from (see ``anchoring``);
        one ``told`` in a past clause counts from a date gone by, and one of the
        ``story``'s own day ("later in the day") from a date not told aside."""
        found = self.ref.back(m.start, need, gone_by=told and self.tense(m.start) == "past", story=story)
        if found is None:
            raise NoAnchor
        return found

    def sentence_bounds(self, offset: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.breaks, offset)
        start = self.breaks[i - 1] if i else 0
        end = self.breaks[i] if i < len(self.breaks) else len(self.text)
        return start, end

    def tense(self, offset: int) -> Tense:
        """The clause's tense: a governing verb that looks ahead ("will meet", "to meet")
        wins; else the cue words just before; else the parse's verb (``tense_of``)."""
        parsed = self.tense_of(offset) if self.tense_of is not None else None
        if parsed in ("future", "scheduled", "nearest"):
            return parsed
        if parsed in (SIMPLE_PAST, NOUN_GONE_BY):
            return "past"
        start, _ = self.sentence_bounds(offset)
        cued = heuristic_tense(self.text[start:offset])
        if parsed == UNDIRECTED:
            # a cue word still tells of a thing ahead ("are to be at the heart of the March ballot")
            return "future" if cued == "future" else "present"
        if cued == "present" and parsed in ("past", "present"):
            return parsed
        if cued == "future" and parsed == "past" and overtaken_plan(self.text[start:offset]):
            return parsed  # "had been due to expire Friday": a plan since overtaken
        return cued

    def name_quarter(self, year: int, quarter: int, offset: int, own_year: bool = False) -> None:
        """Note a quarter the text names; one that is over, and not given its own year
        ("the third quarter of 2019"), may be the period a results story reports."""
        self.last_quarter = (year, quarter, offset)
        if not own_year and self.anchor is not None and (year, quarter) < (
                self.anchor.year, _quarter_of(self.anchor)):
            self.quarters.append((offset, year, quarter))

    def reported_quarter(self, offset: int) -> tuple[int, int] | None:
        """(year, quarter) that a comparison at ``offset`` ("a year ago", "the year-earlier
        period") holds figures up against: the quarter its sentence names, else the first its
        paragraph names, else the first of the story (a results story's lede sets the period;
        "after a flat second quarter" later on only looks aside)."""
        before = [q for q in self.quarters if q[0] < offset]
        if not before:
            return None
        start, _ = self.sentence_bounds(offset)
        para = self.text.rfind("\n\n", 0, offset) + 1
        in_sentence = [q for q in before if q[0] >= start]
        in_paragraph = [q for q in before if q[0] >= para]
        return (in_sentence[-1] if in_sentence else in_paragraph[0] if in_paragraph else before[0])[1:]

    def starts_span_to_now(self, offset: int) -> bool:
        """Whether the expression at ``offset`` opens a span that runs up to now ("since March 3")."""
        return _SPAN_START.search(self.text, max(0, offset - 24), offset) is not None

    def heads_fixtures(self, m: TimexMatch) -> bool:
        """Whether an expression is the heading of a list of fixtures to be played: alone on
        its line (but for a note in brackets), with "Charlton v Fulham" on the next."""
        line_start = self.text.rfind("\n", 0, m.start) + 1
        rest = _HEADING_REST.match(self.text, m.end)
        return (not self.text[line_start:m.start].strip() and rest is not None
                and _FIXTURE_LINE.match(self.text, rest.end()) is not None)

    def kick_off(self, m: TimexMatch) -> bool:
        """Whether a four-digit number in brackets ends a line of fixtures ("Watford v Arsenal
        (1730)"): a kick-off time, not a year."""
        line_start = self.text.rfind("\n", 0, m.start) + 1
        return (self.text[m.start - 1:m.start] == "(" and self.text[m.end:m.end + 1] == ")"
                and _FIXTURE_LINE.fullmatch(self.text, line_start, m.start - 1) is not None)

    def possessive_at(self, end: int) -> bool:
        """Whether an expression ending at ``end`` is a possessive ("Friday's close"): it
        dates the thing it owns."""
        return self.text.startswith(("'s", "’s"), end)

    def sentence_anchor(self, offset: int) -> Anchor | None:
        """The date established last before ``offset``, if its sentence named it ("in October
        from a year earlier", "early Sunday, ... in the evening"); None otherwise."""
        start, _ = self.sentence_bounds(offset)
        last = next(iter(self.ref.before(offset)), None)
        return last[1] if last is not None and last[0] >= start else None

    def compared_with(self, offset: int) -> bool:
        """Whether the date at ``offset`` is the other side of a figure's comparison ("at
        1.3173 dollars, from 1.3175 late Wednesday", "compared with 117.80 yen at 5 p.m.
        Friday"): it dates the figure it is compared with, not what the sentence tells."""
        start, _ = self.sentence_bounds(offset)
        if _YEAR_BEFORE.match(self.text, offset) and _COMPARED_NOW.search(self.text, max(start, offset - 16), offset):
            return True  # "rose 9.9 percent from a year earlier": the figure a year before
        found = _COMPARED.search(self.text, max(start, offset - 100), offset)
        return found is not None and _A_FIGURE.search(found.group(1)) is not None

    def _done_by(self, offset: int) -> bool:
        """Whether what a deadline at ``offset`` bounds is told as done. Not when a thing is
        still to do by it ("until December to be supervised"); else when a "had" stands
        within a few words or before it in a past clause, a simple past governs it, or a
        present perfect stands before it in a clause the parse reads as past ("has ordered
        him to leave by Friday" puts the leaving ahead)."""
        start, end = self.sentence_bounds(offset)
        before = _WORDS_BEFORE.search(self.text, start, offset)
        after = _WORDS_AFTER.match(self.text, offset, end)
        if _TO_DO.search(self.text, offset, min(end, offset + 28)):
            return False  # "has given them until Friday to leave": a deadline for a thing to do
        if any(_HAD.search(part.group(0)) for part in (before, after) if part):
            return True
        if _HAD.search(self.text, start, offset) and self.tense(offset) == "past":
            return True  # "there had been two withdrawals in 15 years before Monday night"
        if self.tense_of is not None and self.tense_of(offset) == SIMPLE_PAST and _BY_UNTIL.search(
                self.text, max(0, offset - 12), offset):
            return True  # "the market value was 4.9 trillion yuan by Friday", not "effective Feb. 1"
        perfect = _PERFECT.search(self.text, start, offset) or (after and _PERFECT.search(after.group(0)))
        return bool(perfect) and self.tense(offset) == "past"

    def _names_weekday(self, offset: int) -> bool:
        """Whether the expression at ``offset`` opens with a weekday ("Friday", "Tuesday's")."""
        word = _WORD.match(self.text, offset)
        return word is not None and word.group(0).capitalize() in R.WEEKDAYS

    def date_tense(self, offset: int) -> Tense:
        """Tense for placing a calendar date: the start of a span to now ("since May")
        looks back, a deadline ("by May") ahead, and so does the end of a span
        ("through June") unless its clause is past. The second of two dates joined by
        "and" or "or" ("due in April and May") is placed as the first is."""
        joined = _JOINED_TO.search(self.text, max(0, offset - 30), offset)
        if joined:
            return self.date_tense(joined.start())
        if self.starts_span_to_now(offset):
            return "past"
        if _DAY_MADE_BEFORE.search(self.text, max(0, offset - 14), offset) and _DAY_MADE_AFTER.match(
                self.text, offset):
            return "nearest"
        if _AWAITED.search(self.text, max(0, offset - 90), offset):
            # "ahead of the election Thursday", however the parse hung the day
            return "nearest" if self.tense(offset) == "past" else "future"
        if _PERIOD_TO.search(self.text, max(0, offset - 30), offset):
            return "nearest"
        if _DEADLINE.search(self.text, max(0, offset - 20), offset):
            # "gave the cabinet until Friday" looks ahead; "by Friday they had left" does not
            if _WAS_DUE.search(self.text, max(0, offset - 24), offset):
                return "nearest"  # "was due back Tuesday": a plan told, its day gone by or ahead
            if self._done_by(offset):
                return "past"
            if self.tense_of is not None and self.tense_of(offset) == SIMPLE_PAST and not self._names_weekday(offset):
                # "gave Iran until August 31 to comply": a deadline set, maybe since passed; a
                # weekday's ("gave them until Friday") lies within the week and ahead
                return "nearest"
            return "future"
        tense = self.tense(offset)
        if tense == "present" and _SPAN_END.search(self.text, max(0, offset - 20), offset):
            return "future"
        return tense

    def unit_in_a_name(self, m: TimexMatch) -> bool:
        """Whether a capitalised unit makes the match part of a name: the Thirty Years'
        War, ABC's "This Week", "60 Minutes", the Winter Night Shelter. A unit that
        opens the expression ("Years later") may be capitalised for its sentence, and
        a season ("in the Spring") by the writer's habit unless a name goes on after it.

        >>> doc = TagState('ABC\\'s "This Week" and the Winter Games; Years later', None, None)
        >>> [doc.unit_in_a_name(TimexMatch(s, e, {"unit": u}, "DATE", "rel_unit", 0))
        ...  for s, e, u in [(7, 16, "Week"), (22, 32, "Winter"), (40, 51, "Years")]]
        [True, True, False]
        """
        unit = m.groups.get("unit") or ""
        if not unit[:1].isupper() or unit.isupper():
            return False
        if self.text.startswith(unit, m.start):
            return self.opens_a_name(m.start, m.start + len(unit))  # "Radisson and Days Inn hotels"
        if unit.lower() in R.SEASONS:
            return _NAME_GOES_ON.match(self.text, m.end) is not None
        return True

    def framing_year(self, offset: int) -> int | None:
        """The year that opens the sentence at ``offset`` as its frame ("In 2011, the
        festival was held on November 24"; a chronology's "1789 - ..."), or None: a day
        or month with no year of its own there is of that year, not the story's.

        >>> doc = TagState("It rose. In 2011, it fell on May 3. Oct. 3, 1863 - Lincoln ruled", None, None)
        >>> doc.breaks = [9, 36]
        >>> doc.framing_year(30), doc.framing_year(5), doc.framing_year(60)
        (2011, None, 1863)
        """
        start, _ = self.sentence_bounds(offset)
        found = _FRAMING_YEAR.match(self.text, start)
        if found is None or found.end() > offset:
            return None
        return int(found.group("year") or found.group("line"))

    def told_in_the_past(self, offset: int) -> bool:
        """Whether the parse puts the clause at ``offset`` in the past; the cue words alone,
        which take any word in -ed for a past ("getting married soon"), do not."""
        return self.tense_of is not None and self.tense_of(offset) in (SIMPLE_PAST, "past")

    def opens_a_name(self, start: int, end: int) -> bool:
        """Whether the capitalised word at ``start:end``, not the first of its sentence, goes
        on into a name with a capitalised word after it ("Days Inn", "a Midnight Oil star")."""
        if not self.text[start:start + 1].isupper():
            return False
        opening = self.text[self.sentence_bounds(start)[0]:start].strip(" \n\t\"'“‘(")
        return bool(opening) and self.name_goes_on(end)

    def name_goes_on(self, end: int) -> bool:
        """Whether a capitalised word that names no day or month follows ``end``: the word
        before goes on into a name ("Days Inn", "Ramadan Shallah")."""
        return _NAME_GOES_ON.match(self.text, end) is not None and _A_DATE_GOES_ON.match(self.text, end) is None

    def names_a_title(self, m: TimexMatch) -> bool:
        """Whether "the" before and a capitalised word after make the match part of a
        title: the Sunday Telegraph, the Monday Club; or the word of a newspaper's
        name after it ("Sunday Times reported") or before it ("the Mail on Sunday")."""
        return ((self.text[max(0, m.start - 4):m.start].lower() == "the "
                 and _NAME_GOES_ON.match(self.text, m.end) is not None)
                or _PAPER_NAME.match(self.text, m.end) is not None
                or _PAPER_ON.search(self.text, max(0, m.start - 16), m.start) is not None)

    def need_anchor(self) -> datetime.date:
        if self.anchor is None:
            raise NoAnchor
        return self.anchor


@dataclass
class TimexMatch:
    start: int
    end: int
    groups: dict
    type: str
    norm: str
    order: int
    # a range's upper bound starts here ("12 to 18 months"): TIMEX3 tags each bound
    upper: int | None = None
    lower_end: int | None = None
