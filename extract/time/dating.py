"""Event dating: which date, or span of dates, the temporal expressions of a sentence give its event.

Only the expressions that can date the event's own act count: a date inside a clause
that describes a noun ("the bank, which was founded in 1784") or tells an earlier act
("since Britain seized it in 1841", "after the attack on Monday") dates only what
happens inside it. Of those, the ones closest to the act count: those on the trigger
itself, else those of its clause, else the sentence's ("Rebels attacked the town in
February, the army said on Monday" dates the attack in February, not on Monday), and
among them the most specific calendar value wins. "The Nth day" and look-back durations
("over the last 24 hours") give a span, and so do a stated range of dates and "since X"
(from X to the publication date). A count of days or weeks "after" or "before" another act
steps from that act's day ("on May 6, a day after rebels seized the town": May 5). A date
ahead of publication that is not the act's own dates no act told as done. An event
with no date of its own takes the publication date, and one dated more than a year before
publication is history (PLOVER's historical context).
"""

from __future__ import annotations

import datetime
import re
from dataclasses import replace

from ..events.cues import background_words, has_role
from ..model import Event, Timex
from . import rules as R
from .anchoring import Reference
from .tagger import tag  # noqa: F401  (the doctests use it)
from .values import _day, duration_delta, last_day, ordinal_of, value_range
from .verbs import VERBAL, verb_tense

__all__ = ["HISTORY_AGE", "date_events", "event_dates"]

_ABSOLUTE_DAY = re.compile(r"\d{4}-\d\d-\d\d")
ORDINAL_DAY = re.compile(r"(?P<ord>" + R.MACROS["ORD"] + r")\s+(?:" + R.MACROS["RUNNING"] + r"\s+)?day\b",
                         re.IGNORECASE)
_LOOKBACK = re.compile(r"^(?:(?:<DURMOD>)\s+)?(?:the\s+)?(?:last|past|previous|preceding)\b"
                       .replace("<DURMOD>", R.MACROS["DURMOD"]), re.IGNORECASE)
_GRANULARITY = [
    (re.compile(r"\d{4}-\d\d-\d\d"), 10), (re.compile(r"\d{4}-W\d\d"), 8),
    (re.compile(r"\d{4}-\d\d(?:$|-XX)"), 7), (re.compile(r"\d{4}-(?:Q\d|SP|SU|FA|WI)"), 6),
    (re.compile(r"\d{4}-H\d"), 5), (re.compile(r"\d{4}$"), 4), (re.compile(r"\d{3}X?$"), 2),
]


# "since late September": from that date to the story's
_SINCE = re.compile(r"\bsince\s+$", re.IGNORECASE)
_SINCE_START = re.compile(r"since\b", re.IGNORECASE)
# "since 1974, when troops invaded": the clause after names the act of that date
_WHEN = re.compile(r",?\s*when\b", re.IGNORECASE)


def _range(dated: list[Timex], text: str | None) -> tuple[str, str, str] | None:
    """(start, end, text) of two dates the sentence states as the ends of one range."""
    if text is None:
        return None
    dated = sorted(dated, key=lambda t: t.start)
    for a, b in zip(dated, dated[1:], strict=False):
        if not _joined(text, a, b):
            continue
        first, last = value_range(a.value), value_range(b.value)
        if first and last and first[0] <= (last[1] or last[0]) and first[0] != last[0]:
            return first[0], last[1] or last[0], text[a.start:b.end]
    return None


def _joined(text: str, a: Timex, b: Timex) -> bool:
    """Whether two expressions are the ends of one range ("May 12-30", "April 7 and 9")."""
    first, second = (a, b) if a.start < b.start else (b, a)
    return R.joins_a_range(text, first.start, first.end, second.start)


def _offset_day(t: Timex, reference: Reference | None, text: str | None) -> str | None:
    """The day "three days later" names, counted from the day the story is at."""
    if reference is None or t.type != "DURATION":
        return None
    day = reference.offset_day(t.start, t.text, t.value, text[t.end:t.end + 12] if text else "")
    return _day(day) if day else None


def _specificity(value: str | None) -> int:
    for rx, score in _GRANULARITY:
        if value and rx.match(value):
            return score
    return 0


def event_dates(timexes_in_sentence: list[Timex], anchor: datetime.date | None, *,
                text: str | None = None,
                reference: Reference | None = None) -> tuple[str | None, str | None, str | None]:
    """(date, date_end, date_text) for an event stated in one sentence.

    "The Nth day of X" spans from N-1 days before the day it names; a range of
    dates ("from March 9 to March 11" in ``text``) spans from one to the other;
    a look-back duration ("over the last 24 hours") ends on the sentence's date
    or the anchor; an offset ("three days later") counts from the day the
    story is at (``reference``); otherwise the most specific dated expression wins.

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
    >>> s = "Fighting went on from March 9 to March 11."
    >>> event_dates(tag(s, a, doc_id="d"), a, text=s)
    ('2026-03-09', '2026-03-11', 'March 9 to March 11')
    """
    dated = [t for t in timexes_in_sentence
             if t.type in ("DATE", "TIME") and _specificity(t.value) > 0]
    for t in dated:
        m = ORDINAL_DAY.search(t.text)
        if m and _ABSOLUTE_DAY.match(t.value or ""):
            n = ordinal_of(m.group("ord")) or 1
            end = datetime.date.fromisoformat(t.value[:10])
            return _day(end - datetime.timedelta(days=n - 1)), _day(end), t.text
    ranged = _range(dated, text)
    if ranged:
        return ranged
    best = max(dated, key=lambda t: _specificity(t.value), default=None)
    if best is None or _specificity(best.value) < 10:
        for t in timexes_in_sentence:
            day = _offset_day(t, reference, text)
            if day:
                return day, None, t.text
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
    since = _SINCE.search(text, max(0, best.start - 12), best.start) if text is not None else None
    if since and anchor is not None and start < anchor.isoformat() and not _WHEN.match(text, best.end):
        return start, anchor.isoformat(), text[since.start():best.end]
    return start, end, best.text



# an event dated this long before publication is history (PLOVER's historical context)
HISTORY_AGE = datetime.timedelta(days=365)
# clauses that describe a noun ("the bank, which was founded in 1784, ...") rather than
# tell the sentence's event: a date inside one dates only what happens inside it
ASIDE_CLAUSES = ("relcl", "acl")


def date_events(parsed, events: list[Event], timexes: list[Timex], *, publication: str | None,
                reference: Reference | None = None) -> list[Event]:
    """The events of a parsed document, each dated by the expressions of its sentence that
    can date its act, else by the publication date (``date_source`` tells which), and
    historical when that date lies more than a year before publication."""
    anchor = datetime.date.fromisoformat(publication) if publication else None
    # each expression's tokens, found once for all the events of its sentence
    spans = {id(t): parsed.char_span(t.start, t.end, alignment_mode="expand") for t in timexes}
    dated = []
    for event in events:
        trigger = parsed.char_span(event.trigger_start, event.trigger_start + len(event.trigger),
                                   alignment_mode="expand")
        root = trigger.root if trigger is not None else None
        in_sentence = [t for t in timexes if event.start <= t.start and t.end <= event.end]
        own = [t for t in in_sentence if _dates_event(spans[id(t)], root)]
        near, clause_dated = _closest(parsed.text, own, root, spans)
        if not clause_dated and anchor is not None and _told_done(root):
            # a date ahead of the story, from elsewhere in the sentence, dates no act told as done
            # ("have agreed to reach a settlement by 2001")
            near = [t for t in near if not _ahead_of(t.value, anchor)]
        # a count of days from another act's day ("a day after", "two weeks before") may date it
        stepped = _stepped(parsed.text, root, in_sentence, spans, anchor, clause_dated)
        date, date_end, date_text = (stepped[0], None, stepped[1]) if stepped else \
            event_dates(near, anchor, text=parsed.text, reference=reference)
        dated.append(replace(
            event, date=date or publication, date_end=date_end if date else None,
            date_text=date_text if date else None, date_source="text" if date else "publication",
            historical=event.historical or _long_before(_history_from(date, date_end, date_text), publication)))
    return dated


def _history_from(date: str | None, date_end: str | None, date_text: str | None) -> str | None:
    """The date an event's age counts from: its end, but the start of a state that has gone on
    "since" then ("has maintained an embargo since 1962" is context, not news)."""
    if date_text and _SINCE_START.match(date_text):
        return date
    return date_end or date


def _is_aside(node, background: frozenset[str]) -> bool:
    """A describing clause, or a clause or phrase of an earlier act ("since Britain seized
    it in 1841", "after talks collapsed last week", "after the attack on Monday")."""
    if node.dep_ in ASIDE_CLAUSES:
        return True
    if node.dep_ == "advcl":
        return any(c.dep_ == "mark" and c.lower_ in background for c in node.children)
    return node.dep_ == "pobj" and node.head.dep_ == "prep" and node.head.lower_ in background \
        and node.pos_ in ("NOUN", "PROPN") and node.ent_type_ not in ("DATE", "TIME")


def _dates_event(span, trigger) -> bool:
    """Whether a temporal expression (its tokens, ``span``) in the trigger's sentence can date the
    trigger's event."""
    if span is None or trigger is None:
        return True
    background = background_words()
    node = span.root
    while node.head.i != node.i:
        if _is_aside(node, background):
            # a clause that describes the trigger itself dates it ("the summit held on January 9")
            return node.left_edge.i <= trigger.i <= node.right_edge.i or _describes(node, trigger)
        node = node.head
    return True


def _describes(clause, trigger) -> bool:
    """Whether a describing clause hangs on the trigger ("the summit held on January 9")."""
    return clause.dep_ in ASIDE_CLAUSES and clause.head.i == trigger.i


def _clause_verb(token):
    """The verb of the clause a word is in: the word itself or its nearest verb above."""
    while token.pos_ not in VERBAL and token.head.i != token.i:
        token = token.head
    return token


def _closest(text: str, timexes: list[Timex], trigger, spans: dict) -> tuple[list[Timex], bool]:
    """The expressions that date the trigger's act most closely: those of its own phrase if one
    gives a date ("the 2003 invasion", "a pledge last year") or, with none, says "now" of an act
    no modal puts ahead ("founded in 1972 and now cooperates with ...": the story's date), else
    those of its clause if one gives a date ("attacked the town in February, the army said on
    Monday"), else all; with the other end of a range any of them opens ("on May 12-30"). The
    flag tells whether the trigger's phrase or clause gave them."""
    nearness = {id(t): _nearness(spans[id(t)], trigger) for t in timexes}
    for level in (0, 1):
        near = [t for t in timexes if nearness[id(t)] is not None and nearness[id(t)] <= level]
        if any(t.type in ("DATE", "TIME") and _specificity(t.value) > 0 for t in near):
            return [t for t in timexes if t in near or any(_joined(text, t, n) for n in near)], True
        if level == 0 and any(t.value == "PRESENT_REF" for t in near) and not _modal(trigger):
            return near, True  # "now cooperates with 2,000 groups": the act is at the story's date
    return timexes, False


_STEPS = ("after", "before")


def _step_of(node):
    """(inner, count, step word) when ``node`` is the clause or the object of an "N days
    after/before" phrase: "a day after [a bomber killed five]", "two days before [the vote]"."""
    if node.dep_ == "advcl":
        word = next((c for c in node.children if c.dep_ == "mark" and c.lower_ in _STEPS), None)
        holder = node
    elif node.dep_ == "pobj" and node.head.dep_ == "prep" and node.head.lower_ in _STEPS:
        word = holder = node.head
    else:
        return None
    count = next((c for c in holder.children if c.dep_ == "npadvmod"), None)
    return (node, count, word) if word is not None and count is not None else None


def _step_phrase(trigger):
    """(inner, count, step word, trigger inside) of the "N days after/before" phrase that parts
    the trigger's act from another: the trigger inside it ("a day after a bomber killed five"),
    else one its clause verb bears ("attacked a polling station two days before the vote")."""
    node = trigger
    while node.head.i != node.i:  # the trigger, or the clause it is a word of, inside the phrase
        found = _step_of(node)
        if found:
            return (*found, True)
        if node.dep_ in ("advcl", "ccomp", "relcl", "acl", "conj") or node.pos_ in VERBAL:
            break
        node = node.head
    for child in _clause_verb(trigger).children:  # the phrase the trigger's clause bears
        inner = next((c for c in child.children if c.dep_ == "pobj"), None) if child.dep_ == "prep" else child
        found = _step_of(inner) if inner is not None else None
        if found:
            return (*found, False)
    return None


def _stepped(text: str, trigger, timexes: list[Timex], spans: dict, published: datetime.date | None,
             clause_dated: bool) -> tuple[str, str] | None:
    """(day, text) of an act a stated count of days or weeks parts from a dated one: "on December
    6, a day after a bomber killed five" (December 5), "two days before the vote on Sunday,
    gunmen attacked" (Friday). None when the phrase, the count or the other act's day is missing,
    when the act has a date of its own (inside the phrase, or of its clause, ``clause_dated``, for
    an act outside it), or when the count would carry an act from a day gone by past the
    publication date."""
    found = _step_phrase(trigger) if trigger is not None else None
    if found is None or (clause_dated and not found[3]):
        return None
    inner, count_token, word, inside = found
    first, last = inner.left_edge.i, inner.right_edge.i
    count = next((t for t in timexes if t.type == "DURATION" and spans[id(t)] is not None
                  and spans[id(t)].root.i == count_token.i), None)
    delta = duration_delta(count.value or "") if count is not None else None
    if delta is None:
        return None
    outer = word.head if word.dep_ == "prep" else inner.head

    def in_phrase(t):
        return spans[id(t)] is not None and first <= spans[id(t)].root.i <= last

    if inside and any(in_phrase(t) and t is not count and _specificity(t.value) > 0 for t in timexes):
        return None  # "a day after the March 2 attack": the act's own date
    if inside:  # the other act is the clause the phrase hangs on
        days = [t for t in timexes if not in_phrase(t) and _specificity(t.value) == 10
                and _nearness(spans[id(t)], outer) in (0, 1)]
    else:
        days = [t for t in timexes if in_phrase(t) and _specificity(t.value) == 10]
    if len(days) != 1:
        return None
    day = datetime.date.fromisoformat(days[0].value[:10])
    sign = -1 if (word.lower_ == "after") == inside else 1
    try:
        value = day + sign * delta
    except OverflowError:
        return None
    if published is not None and day <= published < value:
        return None
    step = (min(count.start, word.idx), max(count.end, word.idx + len(word)))  # "a day after"
    first, second = sorted([step, (days[0].start, days[0].end)])
    said = text[first[0]:second[1]] if second[0] - first[1] <= 2 else \
        f"{text[first[0]:first[1]]} … {text[second[0]:second[1]]}"
    return _day(value), said


def _told_done(trigger) -> bool:
    """Whether the trigger's act is told as done: the trigger, or the verb it is the subject
    of ("the warning came"), in a past tense ("agreed", "have agreed", "was killed"; not
    "was scheduled", "will meet")."""
    if trigger is None:
        return False
    verb = trigger if trigger.pos_ in VERBAL else trigger.head if trigger.dep_ == "nsubj" else None
    return verb is not None and verb.pos_ in VERBAL and verb_tense(verb) == "past"


def _ahead_of(value: str | None, anchor: datetime.date) -> bool:
    """Whether a calendar value starts after the publication date."""
    span = value_range(value)
    return span is not None and span[0] > anchor.isoformat()


def _modal(trigger) -> bool:
    """Whether the trigger's verb stands under a modal ("would now not attend"): its "now"
    tells of a decision, not of the act."""
    verb = _clause_verb(trigger) if trigger is not None else None
    return verb is not None and any(c.dep_ == "aux" and c.lower_ in R.MODALS for c in verb.children)


def _nearness(span, trigger) -> int | None:
    """0 when a temporal expression sits on the trigger itself ("the killing ... last year",
    "attacked the town in February"); 1 when it sits on a verb of the trigger's clause: the verb
    of a noun trigger ("launched an attack in February"), one joined to it that shares its
    subject ("were attacked and robbed two weeks ago") or the one a participle or infinitive
    trigger hangs on ("erupted at the weekend, injuring 20 people"), or the object of that verb
    ("will attend the March 1 summit"); None when it belongs to another clause ("..., the army
    said on Monday", "... and police arrested two men on Monday") or to another noun ("a 2001
    contract", "next month's election"). ``span`` is the expression's tokens."""
    if span is None or trigger is None:
        return 0
    verb = _clause_verb(trigger)
    # a reporting verb joined to the clause tells of the act and does not share its date
    shared = {c.i for c in verb.conjuncts
              if not any(d.dep_ in ("nsubj", "nsubjpass") for d in c.children)
              and not (has_role(c, "speech") or has_role(c, "claim"))}
    if verb.dep_ in ("advcl", "xcomp") and not any(d.dep_ in ("nsubj", "nsubjpass", "mark")
                                                   for d in verb.children):
        shared.add(verb.head.i)
    node = span.root
    while node.head.i != node.i:
        node = node.head
        if node.i == trigger.i or _describes(node, trigger):
            return 0
        if node.i == verb.i or node.i in shared:
            return 1
        if node.pos_ in VERBAL:
            return None
        if node.pos_ in ("NOUN", "PROPN") and node not in span:
            return 1 if node.head.i == verb.i and node.dep_ in ("dobj", "nsubjpass") else None
    return None


def _long_before(value: str | None, publication: str | None) -> bool:
    """Whether a date the text gives ends more than ``HISTORY_AGE`` before publication."""
    last = last_day(value)
    try:
        published = datetime.date.fromisoformat(publication[:10]) if publication else None
    except ValueError:
        published = None
    return last is not None and published is not None and published - last > HISTORY_AGE
