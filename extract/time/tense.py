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
Sunday"). The cue words are data (``lexicons/tense_cues.tsv``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from ..lexicon import rows
from .rules import PARTS_OF_DAY, WEEKDAYS

__all__ = ["SIMPLE_PAST", "UNDIRECTED", "NOUN_GONE_BY", "clause_tense", "cue_words", "overtaken_plan", "told_aside",
           "verb_tense"]

# what ``clause_tense`` says of a date whose direction no word of its clause gives
UNDIRECTED = "undirected"
# ... and of one that modifies the noun of a thing that has happened ("a February bomb
# blast"): gone by, and, as an undirected one, no date the story moves to
NOUN_GONE_BY = "noun gone by"
# ... and of one a finite simple past governs ("who drew at home on Saturday"): a cue
# word of another clause ("will play Motherwell, who drew ...") does not move it
SIMPLE_PAST = "simple past"

_VERBAL = ("VERB", "AUX")
# a participle, infinitive or gerund ("with a third departing") without its own auxiliary
# takes its tense from the clause above
_NONFINITE_UP = ("acl", "relcl", "advcl", "xcomp", "ccomp", "conj", "pcomp")


@cache
def cue_words(kind: str) -> frozenset[str]:
    """The words of one kind of ``lexicons/tense_cues.tsv`` ("aux", "forward", "report", ...)."""
    return frozenset(w for w, k in rows("tense_cues.tsv") if k == kind)


# the prepositions that give the new end or start a verb of extending moves to
_MOVED_TO = frozenset({"until", "till", "through", "thru", "into", "to", "for"})
# a present form of "be": with a participle, a present passive; with a gerund, an arrangement
_PRESENT_BE = frozenset({"is", "are", "am", "'s", "'re"})


def _has_aux(verb) -> bool:
    return any(c.dep_ in ("aux", "auxpass") for c in verb.children)


@cache
def _overtaken() -> re.Pattern:
    body = "|".join(re.escape(w) for w in sorted(cue_words("plan")))
    return re.compile(rf"\bhad\s+(?:been\s+)?(?:\w+\s+)?(?:{body})\s+(?:to|for)\b", re.IGNORECASE)


def overtaken_plan(text: str) -> bool:
    """Whether ``text`` tells of a plan in the pluperfect, one since overtaken.

    >>> overtaken_plan("The offer had been scheduled to expire"), overtaken_plan("is due to expire")
    (True, False)
    """
    return _overtaken().search(text) is not None


def _arrangement(verb) -> bool:
    """Whether a verb is a present progressive, which tells of an arrangement ahead
    ("is meeting Friday") when it governs a day itself."""
    words = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    return verb.tag_ == "VBG" and bool(words & _PRESENT_BE) and not words & cue_words("aux")


def _plans_no_event(verb) -> bool:
    """Whether a verb is a present progressive that tells of no arrangement ("relations are
    warming after the visit on Monday"): the time ahead it gives is its own, not that of
    the event a noun in its clause names ("delegates are arriving for the talks on Monday")."""
    return _arrangement(verb) and verb.lemma_ not in cue_words("arrange")


def verb_tense(verb, depth: int = 0) -> str | None:
    """"past", "present" or "future" for a verb token, from its form and auxiliaries."""
    future_aux, forward = cue_words("aux"), cue_words("forward")
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in aux}
    tag = verb.tag_
    if words & future_aux:
        return "future"
    bare = tag == "VB" or (tag == "VBN" and "be" in words)  # "can meet", "could be held"
    if words & cue_words("possible") and bare and not (
            "could" in words and any(c.dep_ == "neg" for c in verb.children)):
        return "nearest"  # "we can have a meeting at the end of January"; not "could not attend"
    if verb.dep_ == "xcomp" and verb.head.lemma_ in forward:
        # "plans to meet Friday" looks ahead; "planned to meet Friday" and "was due to land
        # Friday" tell a plan whose day may be over by now; "had been due to expire Friday"
        # (the pluperfect) tells of a plan overtaken
        if _pluperfect(verb.head):
            return "past"
        return "nearest" if _told_in_the_past(verb.head) else "future"
    planned = verb.lemma_ in forward or verb.lower_ in cue_words("plan")
    if tag == "VBN" and aux and planned and _told_in_the_past(verb) and not _pluperfect(verb):
        return "nearest"  # "a second group was expected at the border on Saturday"
    present_aux = words & (_PRESENT_BE | {"be"})
    if tag == "VBN" and (not aux or present_aux):
        # "the decision, announced Wednesday" and "the aid pledged in February" lie back;
        # "a summit set for April", "talks are scheduled for Friday" lie ahead
        if (verb.lower_ in cue_words("plan") and verb.lower_ != "set") or (aux and verb.lemma_ in forward):
            above = _finite_above(verb) if not aux and verb.dep_ == "acl" else None
            if above is not None and above.pos_ in _VERBAL and _told_in_the_past(above):
                return "nearest"  # "failed to attend meetings scheduled Friday": a plan told
            return "future"  # "set" is a plan only before "for" ("the record set on Friday")
        if not aux:
            return "past"
        # "nominations are made at the meeting in April": a present simple's passive
        finite = words <= _PRESENT_BE
        plain = verb.lemma_ not in cue_words("report") and verb.lower_ not in cue_words("same-past")
        return "scheduled" if finite and plain else "present"
    if verb.lemma_ in forward and tag in ("VBZ", "VBP"):
        return "future"
    if "to" in words and tag == "VB":
        above = _finite_above(verb)
        if above.lemma_ == "be" and verb.dep_ == "xcomp":
            # "the minister is to visit": ahead; "the troops were to arrive on Tuesday": a plan told
            return "nearest" if _told_in_the_past(above) else "future"
        if not _told_in_the_past(above):
            return "future"  # "an agreement to buy it in January"; not "was forced to backtrack"
    if tag == "VBD" or words & {"was", "were", "had", "did", "has", "have", "'ve"}:
        return "past"  # the perfect too reports what is done
    if _arrangement(verb):
        # "is meeting Friday": an arrangement; "are still searching after the quake on Sunday"
        # tells of a thing going on
        return "present" if any(c.lower_ == "still" for c in verb.children) else "future"
    if tag in ("VBG", "VB") and not aux and verb.dep_ in _NONFINITE_UP and depth < 3:
        up = _governor(verb.head)
        tense = verb_tense(up, depth + 1) if up is not None else None
        if tense == "past" and tag == "VBG" and verb.dep_ == "pcomp" and verb.head.lower_ == "with":
            return "nearest"  # "died Sunday, with his funeral taking place Tuesday": no past of its own
        return tense
    if tag in ("VBZ", "VBP"):
        # "the finals open on June 9", "the envoys meet Monday": a fixed day ahead;
        # "says on Monday" reports, and an auxiliary makes it no present simple
        if aux or verb.lemma_ in cue_words("report") or _relates(verb):
            return "present"
        # "hurt", "cut", "set" look the same in the past: a tagger's present may be a past;
        # and a "verb" may be a word of a name the tagger misread ("Eduardo dos Santos")
        if verb.lower_ in cue_words("same-past") or _in_a_name(verb):
            return "present"
        return "scheduled"
    return None


def _relates(verb) -> bool:
    """Whether a present simple places one thing beside another ("the rally comes after a
    protest Thursday"); not "comes into force on Monday", which tells of a day ahead."""
    return verb.lemma_ in cue_words("relation") and not (
        verb.lemma_ == "come" and any(c.lower_ == "into" for c in verb.children))


def _told_in_the_past(verb) -> bool:
    """Whether a verb is a past form or hangs on a past auxiliary ("planned", "was forced",
    "were due")."""
    clause = verb.head if verb.dep_ == "acomp" else verb
    return clause.tag_ == "VBD" or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in clause.children)


def _finite_above(verb):
    """The finite verb of the clause an infinitive hangs in ("made it hard to meet":
    "made"; "violated the rules by inviting him to sit in": "violated"), else the
    word it hangs on ("an agreement to buy")."""
    node = verb
    for _ in range(4):
        above = _governor(node.head) if node.head.i != node.i else None
        if above is None:
            return node.head if node is verb else node
        node = above
        if node.tag_ in ("VBD", "VBZ", "VBP", "MD") or any(
                c.dep_ in ("aux", "auxpass") and c.tag_ != "TO" for c in node.children):
            return node
    return node


def _in_a_name(word) -> bool:
    """Whether a word the tagger read as a verb is a word of a name: capitalised, or a
    name's particle between capitalised words ("Jose Eduardo dos Santos")."""
    if word.text[:1].isupper():
        return True
    doc = word.doc
    return (word.lower_ in _name_particles() and 0 < word.i < len(doc) - 1
            and doc[word.i - 1].text[:1].isupper() and doc[word.i + 1].text[:1].isupper())


@cache
def _name_particles() -> frozenset[str]:
    return frozenset(p for p, _ in rows("name_particles.tsv"))


def _pluperfect(word) -> bool:
    """Whether a verb or predicate adjective ("had been due", "had planned") stands in
    the pluperfect: its own auxiliaries, or its copula's, include "had"."""
    clause = word.head if word.dep_ == "acomp" else word
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("had", "'d") and c.tag_ == "VBD"
               for c in clause.children)


def _head_of_expression(token):
    """The word an expression hangs on the clause by: past its first words that only
    modify a word shortly after ("the weekend", "early Friday", "late last month")."""
    for _ in range(3):
        if token.dep_ in _LEADING and token.head.i > token.i and token.head.i - token.i <= 3:
            token = token.head
        else:
            break
    return token


_LEADING = ("det", "amod", "advmod", "nummod", "predet", "quantmod", "npadvmod")


def _governor(token):
    """The verb whose clause a token sits in, or None (a possessive or a heading)."""
    node, joined = token, set()
    for _ in range(8):
        if node.pos_ in _VERBAL and node.dep_ not in ("aux", "auxpass"):
            return node
        if node.dep_ == "poss" or node.head.i == node.i:
            return None  # "Wednesday's ruling" dates a thing, not the clause
        if node is not token and node.pos_ == "NOUN" and node.i not in joined:
            return None  # "a cutback in September": the noun's time, not the verb's
        # a name is no event: "took power in Israel in June" is the verb's time
        if node.dep_ == "compound" and node.head.lower_ in PARTS_OF_DAY:
            joined.add(node.head.i)  # "Friday evening": one expression, not a noun it dates
        if node.dep_ == "conj" and node.head.pos_ in ("NOUN", "PROPN"):
            joined.add(node.head.i)  # "before Monday or Tuesday": the first's clause is the second's
        node = node.head
    return None


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
    verb = _governor(noun)
    tense = verb_tense(verb) if verb is not None else None
    if tense == "future" and _plans_no_event(verb):
        return None  # "relations are improving since the visit on Monday": no plan of the noun's
    if _set_for(token) and tense != "future":
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
        verb = _governor(thing.head.head)
    elif thing.dep_ in ("nsubj", "nsubjpass"):
        verb = thing.head
    elif thing.lemma_ in cue_words("fixture"):
        verb = _governor(thing)  # "will miss Wednesday's trip to Porto": a fixture is ahead in any role
    else:
        return False
    return verb is not None and verb.pos_ in _VERBAL and verb_tense(verb) == "future"


def _set_for(token) -> bool:
    """Whether a weekday is what something is set for ("a strike for Thursday", "rallies
    were announced for Sunday"): the nearest such day, ahead or gone by."""
    return token.dep_ == "pobj" and token.head.lower_ == "for" and token.text.capitalize() in WEEKDAYS


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
    verb = _governor(thing)
    tense = verb_tense(verb) if verb is not None else None
    # "has agreed to talks": what one agrees to is to come
    agreed_to = thing.head.lower_ == "to" and verb is not None and verb.lemma_ in cue_words("forward")
    if tense == "past" and _argument_of(thing, verb) and thing.head.lower_ not in ("for", "before") and not agreed_to:
        # not "campaigned for the January 21 polls": what one works for is to come, nor
        # "boosted morale before their Saturday game": what was done before it says nothing of it
        return "past"
    if tense == "future" and not any(c.lower_ == "would" for c in verb.children) and not _plans_no_event(verb):
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
    if thing.dep_ == "pobj" and thing.head.lower_ == "for":
        return "nearest"  # "warmed up for Tuesday's tussle", "bills for Friday's session"
    verb = _governor(thing)
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
        if node.head.i == node.i or (node is not word and node.pos_ in _VERBAL):
            return False
        node = node.head
    return False


# the subordinators of a time clause, whose present tells of a time ahead when its main
# clause looks ahead ("will be named when nominations are announced Tuesday")
_TIME_CLAUSE = frozenset({"when", "once", "after", "before", "until", "till", "as"})


def _time_clause_ahead(verb, tense: str | None) -> bool:
    """Whether a present in a time clause ("when the results are announced Tuesday") hangs
    on a main clause that looks ahead: English puts such a clause's future in the present."""
    if tense not in ("present", "scheduled") or verb.dep_ != "advcl":
        return False
    if not any(c.dep_ in ("mark", "advmod") and c.lower_ in _TIME_CLAUSE for c in verb.children):
        return False
    main = _governor(verb.head)
    return main is not None and verb_tense(main) == "future"


def _awaited(thing) -> str | None:
    """The tense of a thing a clause waits for ("ahead of Thursday's election", "on the eve
    of the vote on Sunday", "pending talks in January"): ahead, or in a past clause the nearest day, since what was done
    before it says nothing of whether it has come."""
    prep = thing.head
    if thing.dep_ == "pobj" and prep.lower_ == "pending":
        verb = _governor(prep)  # "a pay rise pending talks in January"
    elif (thing.dep_ == "pobj" and prep.lower_ in ("of", "to")
            and prep.head.lower_ in ("ahead", "eve", "run-up", "runup", "advance")):
        verb = _governor(prep.head)
    else:
        return None
    return "nearest" if verb is not None and verb_tense(verb) == "past" else "future"


_AT_THE_TIME = frozenset({"on", "at", "in", "for", "during", "before", "until", "till", "ahead"})


def _simple_past(verb) -> bool:
    """Whether a verb is a finite simple past that tells of a thing done: no auxiliary,
    no verb of planning ("planned a rally for Saturday", "set for April"), and no
    subordinator that puts it ahead ("as soon as trading opened")."""
    return (verb.tag_ == "VBD" and verb.lemma_ not in cue_words("forward") and verb.lower_ not in cue_words("plan")
            and not _has_aux(verb)
            and not any(c.dep_ in ("mark", "advmod") and c.lower_ in _AHEAD_MARKS for c in verb.children))


def _dates_another_day(verb, token) -> bool:
    """Whether a verb also has another day hung on it: one act has one day, so the parse
    has hung one of them on the wrong clause ("will give a speech Thursday, his
    spokesman announced Wednesday")."""
    return any(abs(c.i - token.i) > 3 and c.dep_ in ("npadvmod", "tmod") and c.text.capitalize() in WEEKDAYS
               for c in verb.children)  # a day within reach is the expression's own ("1600 GMT Thursday")


_AHEAD_MARKS = frozenset({"soon", "once", "until", "till", "before", "unless", "if"})


def _scheduled_day(token, verb) -> bool:
    """Whether a weekday is what a present copula says a thing is on ("the vote is
    on Sunday", "the deadline is Friday"): a day fixed ahead, not one gone by."""
    if not (verb.lemma_ == "be" and verb.tag_ in ("VBZ", "VBP") and not _has_aux(verb)):
        return False
    # the weekday itself, or the one a clock time on it names ("the deadline is 1600 GMT Thursday")
    named = [*token.subtree, *(c for c in verb.children if c.dep_ == "npadvmod")]
    return any(t.text.capitalize() in WEEKDAYS for t in named)


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
    return _head_of_expression(span[0]) if span is not None and len(span) else None


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
        verb = _governor(word)
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
        if _set_for(word) and verb_tense(verb) != "future" and not _pluperfect(verb):
            return "nearest"  # not "had been scheduled for Saturday": a plan since overtaken
        if _scheduled_day(word, verb):
            return "future"
        if _simple_past(verb) and not _dates_another_day(verb, word):
            return SIMPLE_PAST
        tense = verb_tense(verb)
        return "future" if _time_clause_ahead(verb, tense) else tense

    return tense_of


def told_aside(parsed) -> Callable[[int], bool]:
    """``aside(offset)`` for the tagger: whether the word at a character offset sits in a
    relative clause ("Gaza, which was handed back on Sept. 12"): its date tells when the
    thing it qualifies was, not where the story is. A participle's clause ("the six months
    ended Aug. 12") may set the period the story reports, so it is no aside."""
    def aside(offset: int) -> bool:
        word = _expression_at(parsed, offset)
        verb = _governor(word) if word is not None else None
        return verb is not None and verb.dep_ == "relcl"

    return aside
