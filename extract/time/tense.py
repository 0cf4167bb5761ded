"""Tense and aspect of the clause that governs a temporal expression, read from a parse.

An expression without its own direction ("Friday", "in June") points back or
ahead as its governing verb does: "met Friday" and "has met since June" look
back, "will meet Friday", "is to meet", "plans to meet", "is scheduled for" and
"is meeting Friday" look ahead. A present simple tells of a fixed day
("the finals open on June 9", "the leaders meet Monday": ``"scheduled"``)
unless it reports ("says on Monday") or its form is also a past ("hurt");
a date that modifies a noun ("the June elections") takes no direction at all. A verb that
moves an end later looks ahead to the date it moves it to, in any tense
("extended the loans through January", "postponed the vote until June"), and
what a present copula says a thing is on lies ahead ("the run-off is on
Sunday"). The tense a verb's own form gives is ``verbs``; the cue words are data
(``lexicons/tense_cues.tsv``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .rules import MACROS, PARTS_OF_DAY, WEEKDAYS
from .verbs import VERBAL, cue_words, governor, has_aux, head_of_expression, plans_no_event, pluperfect, verb_tense

__all__ = ["SIMPLE_PAST", "UNDIRECTED", "NOUN_GONE_BY", "clause_tense", "told_aside"]

# what ``clause_tense`` says of a date whose direction no word of its clause gives
UNDIRECTED = "undirected"
# ... and of one that modifies the noun of a thing that has happened ("a February bomb
# blast"): gone by, and, as an undirected one, no date the story moves to
NOUN_GONE_BY = "noun gone by"
# ... and of one a finite simple past governs ("who drew at home on Saturday"): a cue
# word of another clause ("will play Motherwell, who drew ...") does not move it
SIMPLE_PAST = "simple past"

# the prepositions that give the new end or start a verb of extending moves to
_MOVED_TO = frozenset({"until", "till", "through", "thru", "into", "to", "for"})


def _noun_dated(token):
    """The noun a date hangs on: through a preposition ("a mission in December"), past a
    "here" or "there" ("a meeting of ministers here on Tuesday"), or as a bare day ("the
    Tankan survey out Friday"); None for a date that hangs on no noun."""
    if token.dep_ == "npadvmod" and token.head.pos_ == "NOUN":
        return token.head
    prep = token.head
    if token.dep_ != "pobj" or prep.dep_ != "prep":
        return None
    head = prep.head
    if head.pos_ == "ADV" and head.dep_ == "advmod" and head.head.pos_ in ("NOUN", "PROPN"):
        head = head.head
    return head if head.pos_ in ("NOUN", "PROPN") else None


def _ahead_with_its_noun(token) -> str | None:
    """"future" (or "scheduled") when a date hung on a noun ("a mission in December")
    sits in a clause that looks ahead ("will be named commander for a mission in
    December", "nominations are made at the meeting in April"): what a future clause
    plans or names is itself ahead, unless the date says otherwise. A weekday a thing
    is set for ("a strike for Thursday") is the nearest such day."""
    noun = _noun_dated(token)
    if noun is None:
        return None
    if any(c.dep_ == "amod" and c.lower_ in cue_words("ahead") for c in noun.children):
        return "future"  # "an expected election in January", "the planned summit on Monday"
    verb = governor(noun)
    tense = verb_tense(verb) if verb is not None else None
    if tense == "future" and plans_no_event(verb):
        return None  # "relations are improving since the visit on Monday": no plan of the noun's
    if _set_for(token, verb) and tense != "future":
        return "nearest"  # "a strike for Thursday was called": the day a thing is set for
    if tense == "scheduled" and verb.lemma_ == "be":
        return None  # "Following are statements made by the lawyer on Thursday": no plan
    return tense if tense in ("future", "scheduled") else None


def _names_its_noun_time(token) -> bool:
    """Whether a date stands before a noun as its modifier ("the June elections",
    "a March deadline"): it says when that thing is, and the clause's words say
    nothing of whether it is past or ahead."""
    head = token.head
    return (token.dep_ in ("compound", "nmod", "amod") and head.i > token.i
            and head.pos_ in ("NOUN", "PROPN") and head.lower_ not in PARTS_OF_DAY)


def _possessor_ahead(token) -> bool:
    """Whether a possessive day names a thing a future clause holds on it: its subject
    ("Saturday's celebrations will draw crowds") or the object of "on", "at", "for",
    "during", "before" or "until" ("will meet in Sunday's final"), or a fixture of the
    calendar in any role ("will miss Wednesday's trip"). Another object ("will appeal
    Wednesday's ruling") or one after "after" is a thing already done."""
    thing = token.head
    if thing.dep_ == "pobj" and thing.head.lower_ in _AT_THE_TIME:
        verb = governor(thing.head.head)
    elif thing.dep_ in ("nsubj", "nsubjpass"):
        verb = thing.head
    elif thing.lemma_ in cue_words("fixture"):
        verb = governor(thing)  # "will miss Wednesday's trip to Porto": a fixture is ahead in any role
    else:
        return False
    return verb is not None and verb.pos_ in VERBAL and verb_tense(verb) == "future"


# the word a clock time hangs on: "11 a.m.", "noon", "1600 GMT", "10 a.m. ET"
_CLOCKISH = re.compile(r"(?i:[ap]\.?m\.?|noon|midnight|gmt|utc|\d{1,2}(?::\d\d)?|\d{4})$|"
                       + MACROS["ZONENAME"] + "$")


def _set_for(token, verb) -> bool:
    """Whether a weekday, or a clock time on one, is what something is set for ("a strike
    for Thursday", "rallies were announced for Sunday", "the vote is set for 11 a.m. on
    Saturday", "protests were called for 2 p.m. Sunday"): the nearest such day, ahead or
    gone by. Not the day of a thing one is held for ("arrested for the killing on Sunday")."""
    def set_for(word) -> bool:
        return word.dep_ == "pobj" and word.head.lower_ == "for"

    if token.text.capitalize() in WEEKDAYS:
        clock = token.head.head if token.dep_ == "pobj" and token.head.dep_ == "prep" else token.head
        return set_for(token) or (set_for(clock) and _CLOCKISH.match(clock.text) is not None)
    return set_for(token) and _CLOCKISH.match(token.text) is not None and _names_a_weekday(token, verb)


def _names_a_weekday(token, verb) -> bool:
    """Whether an expression is a weekday or a clock time on one: the weekday in its words,
    or one hung on its verb ("the deadline is 1600 GMT Thursday", "called for 2 p.m. Sunday")."""
    named = [*token.subtree, *(c for c in (verb.children if verb is not None else ()) if c.dep_ == "npadvmod")]
    return any(t.text.capitalize() in WEEKDAYS for t in named)


def _fixture_tense(thing) -> str | None:
    """The tense of the day a fixture of the calendar is held on ("the Jan. 25 elections",
    "the match on June 9"): gone by when a past clause holds it ("boycotted the January 30
    election"), ahead when a future one does ("the June elections will be free"), else the
    nearest such day ("expected the June elections would be calm"); None for a thing that
    is no fixture."""
    if thing.lemma_ not in cue_words("fixture"):
        return None
    if any(c.dep_ == "amod" and c.tag_ == "VBN" and c.lower_ not in cue_words("ahead") for c in thing.children):
        return "past"  # "a disputed May 15 election", "the rigged March poll": held already
    verb = governor(thing)
    tense = verb_tense(verb) if verb is not None else None
    if tense != "future" and any(c.dep_ == "acl" and c.lower_ in cue_words("ahead") for c in thing.children):
        return "nearest"  # "tried to stop a weekend rally planned by the opposition": set, not yet told as held
    # "has agreed to talks": what one agrees to is to come
    agreed_to = thing.head.lower_ == "to" and verb is not None and verb.lemma_ in cue_words("forward")
    if tense == "past" and _argument_of(thing, verb) and thing.head.lower_ not in ("for", "before") and not agreed_to:
        # not "campaigned for the January 21 polls": what one works for is to come, nor
        # "boosted morale before their Saturday game": what was done before it says nothing of it
        return "past"
    if tense == "future" and not any(c.lower_ == "would" for c in verb.children) and not plans_no_event(verb):
        return "future"
    return "nearest"


def _argument_of(thing, verb) -> bool:
    """Whether a noun is the subject or object of a verb, or the object of a preposition
    the verb takes ("boycotted the election", "won in the January poll"); a noun further
    down ("came amid campaigning for the January 21 polls") is not what the verb tells of."""
    if thing.head.i == verb.i:
        return True
    return thing.dep_ == "pobj" and thing.head.head.i == verb.i


def _fixture_nearest(thing) -> str | None:
    """"nearest" for a fixture of the calendar on a possessive day that no past clause holds
    ("will head into Wednesday's match", "the draw for Friday's final"), or that is what a
    thing is for ("bills put forward for Friday's session"): the nearest such day;
    "beat him in Sunday's final" is a day gone by."""
    if thing.lemma_ not in cue_words("fixture"):
        return None
    verb = governor(thing)
    if thing.dep_ == "pobj" and thing.head.lower_ == "for":
        if verb is not None and pluperfect(verb):
            return "past"  # "had been rested for Saturday's derby": told from after it
        return "nearest"  # "warmed up for Tuesday's tussle", "bills for Friday's session"
    return None if verb is not None and verb_tense(verb) == "past" else "nearest"


def _occurred(thing) -> str | None:
    """"past" for a noun of a thing no one schedules ("a February bomb blast", "the quake on
    Monday"): by the time it is dated it has happened."""
    return "past" if thing is not None and thing.lemma_.lower() in cue_words("occurrence") else None


def _since_start(word) -> bool:
    """Whether a date lies within what "since" opens ("since its win in the January polls"):
    the start of a span that runs up to now, so gone by."""
    node = word
    for _ in range(8):
        if node.dep_ == "prep" and node.lower_ == "since":
            return True
        if node.head.i == node.i or (node is not word and node.pos_ in VERBAL):
            return False
        node = node.head
    return False


# the subordinators of a time clause, whose present tells of a time ahead when its main
# clause looks ahead ("will be named when nominations are announced Tuesday")
_TIME_CLAUSE = frozenset({"when", "once", "after", "before", "until", "till", "as"})
# of those, the ones whose clause cannot be gone by under a main clause ahead
_NOT_YET_CLAUSE = frozenset({"when", "once", "before", "until", "till"})


def _time_clause_ahead(verb, tense: str | None) -> bool:
    """Whether a present in a time clause ("when the results are announced Tuesday") hangs
    on a main clause that looks ahead: English puts such a clause's future in the present.
    A verb whose past is written as its present ("before voters cast their ballots
    Thursday, patients will vote") is such a present, whatever tag it was given."""
    same_past = verb.tag_ == "VBD" and not has_aux(verb) and verb.lower_ in cue_words("same-past")
    if (tense not in ("present", "scheduled") and not same_past) or verb.dep_ != "advcl":
        return False
    marks = {c.lower_ for c in verb.children if c.dep_ in ("mark", "advmod")}
    if not marks & (_NOT_YET_CLAUSE if tense == "past" else _TIME_CLAUSE):
        return False  # "after the bomb hit the market Thursday, police will close the road"
    main = governor(verb.head)
    return main is not None and verb_tense(main) == "future"


def _awaited(thing) -> str | None:
    """The tense of a thing a clause waits for ("ahead of Thursday's election", "on the eve
    of the vote on Sunday", "pending talks in January"): ahead, or in a past clause the nearest day, since what was done
    before it says nothing of whether it has come."""
    prep = thing.head
    if thing.dep_ == "pobj" and prep.lower_ == "pending":
        verb = governor(prep)  # "a pay rise pending talks in January"
    elif (thing.dep_ == "pobj" and prep.lower_ in ("of", "to")
            and prep.head.lower_ in ("ahead", "eve", "run-up", "runup", "advance")):
        verb = governor(prep.head)
    else:
        return None
    return "nearest" if verb is not None and verb_tense(verb) == "past" else "future"


_AT_THE_TIME = frozenset({"on", "at", "in", "for", "during", "before", "until", "till", "ahead"})


def _simple_past(verb) -> bool:
    """Whether a verb is a finite simple past that tells of a thing done: no auxiliary,
    no verb of planning ("planned a rally for Saturday", "set for April"), and no
    subordinator that puts it ahead ("as soon as trading opened")."""
    return (verb.tag_ == "VBD" and verb.lemma_ not in cue_words("forward") and verb.lower_ not in cue_words("plan")
            and not has_aux(verb)
            and not any(c.dep_ in ("mark", "advmod") and c.lower_ in _AHEAD_MARKS for c in verb.children))


def _dates_another_day(verb, token) -> bool:
    """Whether a verb also has another day hung on it: one act has one day, so the parse
    has hung one of them on the wrong clause ("will give a speech Thursday, his
    spokesman announced Wednesday")."""
    return any(abs(c.i - token.i) > 3 and c.dep_ in ("npadvmod", "tmod") and c.text.capitalize() in WEEKDAYS
               for c in verb.children)  # a day within reach is the expression's own ("1600 GMT Thursday")


_AHEAD_MARKS = frozenset({"soon", "once", "until", "till", "before", "unless", "if"})


def _reduced_relative(verb) -> bool:
    """Whether a verb is a past participle that qualifies a noun with no auxiliary ("the
    parliament, elected in September", "the points scored in late February"): a passive
    told as done, whatever the clause around it says of the thing it qualifies ("... would
    become a target"). ``verb_tense`` has already set apart the participles of planning
    ("a summit scheduled for April"); "set" is left to the clause ("a summit set for
    Washington in April" is a plan, "the record set on Friday" a thing done)."""
    return (verb.tag_ == "VBN" and verb.dep_ == "acl" and not has_aux(verb)
            and verb.lower_ not in cue_words("plan"))


def _scheduled_day(token, verb) -> bool:
    """Whether a weekday is what a present copula says a thing is on ("the vote is
    on Sunday", "the deadline is Friday"): a day fixed ahead, not one gone by."""
    if not (verb.lemma_ == "be" and verb.tag_ in ("VBZ", "VBP") and not has_aux(verb)):
        return False
    return _names_a_weekday(token, verb)


def _moved_to(token, verb) -> bool:
    """Whether ``token`` names the date a verb of extending moves something to:
    the object of "until", "through" or "to" hung on that verb."""
    if verb.lemma_ not in cue_words("extend"):
        return False
    node = token
    for _ in range(3):  # "until mid-January", "through the end of June"
        if node.dep_ == "pobj" and node.head.lower_ in _MOVED_TO:
            return node.head.head.i == verb.i
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _expression_at(parsed, offset: int):
    """The word an expression starting at a character offset hangs on the clause by, or
    None where the parse has no token there."""
    span = parsed.char_span(offset, offset + 1, alignment_mode="expand")
    return head_of_expression(span[0]) if span is not None and len(span) else None


def clause_tense(parsed) -> Callable[[int], str | None]:
    """``tense_of(offset)`` for the tagger: the tense governing the word at a character offset.

    None where the parse gives no clause, so the tagger's cue words decide;
    ``UNDIRECTED`` for a date that modifies a noun, which no cue word moves.
    """
    def tense_of(offset: int) -> str | None:
        word = _expression_at(parsed, offset)
        if word is None:
            return None
        if _since_start(word):
            return "past"
        if word.dep_ == "poss":
            if _possessor_ahead(word):
                return "future"
            return _awaited(word.head) or _fixture_nearest(word.head) or _occurred(word.head)
        verb = governor(word)
        if verb is None:
            if word.dep_ == "pobj" and word.head.dep_ == "prep" and (awaited := _awaited(word.head.head)):
                return awaited  # "ahead of the election on Thursday"
            if _names_its_noun_time(word):  # "ahead of the Monday balloting", "the Jan. 25 elections"
                return _awaited(word.head) or _fixture_tense(word.head) or (
                    NOUN_GONE_BY if _occurred(word.head) else UNDIRECTED)
            held = word.dep_ == "pobj" and word.head.dep_ == "prep" and _fixture_tense(word.head.head)
            return _occurred(_noun_dated(word)) or _ahead_with_its_noun(word) or held or None
        if _moved_to(word, verb):
            return "future"
        if _set_for(word, verb) and verb_tense(verb) != "future" and not pluperfect(verb):
            return "nearest"  # not "had been scheduled for Saturday": a plan since overtaken
        if _scheduled_day(word, verb):
            return "future"
        if _simple_past(verb) and not _dates_another_day(verb, word):
            return "future" if _time_clause_ahead(verb, "past") else SIMPLE_PAST
        tense = verb_tense(verb)
        if tense == "past" and _reduced_relative(verb):
            return SIMPLE_PAST
        return "future" if _time_clause_ahead(verb, tense) else tense

    return tense_of


def told_aside(parsed) -> Callable[[int], bool]:
    """``aside(offset)`` for the tagger: whether the word at a character offset sits in a
    relative clause ("Gaza, which was handed back on Sept. 12"): its date tells when the
    thing it qualifies was, not where the story is. A participle's clause ("the six months
    ended Aug. 12") may set the period the story reports, so it is no aside."""
    def aside(offset: int) -> bool:
        word = _expression_at(parsed, offset)
        verb = governor(word) if word is not None else None
        return verb is not None and verb.dep_ == "relcl"

    return aside
