"""The tense a verb's own form and auxiliaries give, and the verb a word hangs on, read from a parse.

"will meet" and "is to meet" look ahead, "met" and "has met" back, "is meeting" tells of an
arrangement, "was due to land" of a plan told in the past; a present simple tells of a fixed day
unless it reports or places one thing beside another. ``tense`` builds the tense of the clause
around a temporal expression on these. The cue words are data (``lexicons/tense_cues.tsv``).
"""

from __future__ import annotations

import re
from functools import cache

from ..lexicon import rows
from .rules import PARTS_OF_DAY

__all__ = ["VERBAL", "cue_words", "governor", "has_aux", "head_of_expression", "looks_forward", "overtaken_plan",
           "plans_no_event", "pluperfect", "verb_tense"]

VERBAL = ("VERB", "AUX")
# a participle, infinitive or gerund ("with a third departing") without its own auxiliary
# takes its tense from the clause above
_NONFINITE_UP = ("acl", "relcl", "advcl", "xcomp", "ccomp", "conj", "pcomp")


@cache
def cue_words(kind: str) -> frozenset[str]:
    """The words of one kind of ``lexicons/tense_cues.tsv`` ("aux", "forward", "report", ...)."""
    return frozenset(w for w, k in rows("tense_cues.tsv") if k == kind)


@cache
def _forward_forms() -> re.Pattern:
    """Any form of a verb that looks ahead ("expected", "hoped", "plans"), from its lemma."""
    stems = sorted({w.rstrip("e") for w in cue_words("forward") if len(w) > 2})
    return re.compile(r"\b(?:" + "|".join(map(re.escape, stems)) + r")\w*", re.IGNORECASE)


def looks_forward(text: str, start: int, end: int) -> bool:
    """Whether a form of a verb that looks ahead stands in ``text[start:end]`` ("said he
    expected a decision", "hopes to")."""
    return _forward_forms().search(text, start, end) is not None


# a present form of "be": with a participle, a present passive; with a gerund, an arrangement
_PRESENT_BE = frozenset({"is", "are", "am", "'s", "'re"})


def has_aux(verb) -> bool:
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


def plans_no_event(verb) -> bool:
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
        if pluperfect(verb.head):
            return "past"
        return "nearest" if _told_in_the_past(verb.head) else "future"
    planned = verb.lemma_ in forward or verb.lower_ in cue_words("plan")
    if tag == "VBN" and aux and planned and _told_in_the_past(verb) and not pluperfect(verb):
        return "nearest"  # "a second group was expected at the border on Saturday"
    present_aux = words & (_PRESENT_BE | {"be"})
    if tag == "VBN" and (not aux or present_aux):
        # "the decision, announced Wednesday" and "the aid pledged in February" lie back;
        # "a summit set for April", "talks are scheduled for Friday" lie ahead
        if (verb.lower_ in cue_words("plan") and verb.lower_ != "set") or (aux and verb.lemma_ in forward):
            above = _finite_above(verb) if not aux and verb.dep_ == "acl" else None
            if above is not None and above.pos_ in VERBAL and _told_in_the_past(above):
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
        up = governor(verb.head)
        tense = verb_tense(up, depth + 1) if up is not None else None
        if tense == "past" and tag == "VBG" and verb.dep_ == "pcomp" and verb.head.lower_ == "with":
            return "nearest"  # "died Sunday, with his funeral taking place Tuesday": no past of its own
        return tense
    if tag in ("VBZ", "VBP") or _base_form_with_subject(verb, aux):
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


def _base_form_with_subject(verb, aux) -> bool:
    """Whether a main verb the tagger gave its base form ("VB") has a subject and no
    auxiliary: a present the tagger misread ("Tickets (88 dollars) go on sale Wednesday")."""
    return (verb.tag_ == "VB" and not aux and verb.dep_ in ("ROOT", "conj")
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children))


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
        above = governor(node.head) if node.head.i != node.i else None
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


def pluperfect(word) -> bool:
    """Whether a verb or predicate adjective ("had been due", "had planned") stands in
    the pluperfect: its own auxiliaries, or its copula's, include "had"."""
    clause = word.head if word.dep_ == "acomp" else word
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("had", "'d") and c.tag_ == "VBD"
               for c in clause.children)


def head_of_expression(token):
    """The word an expression hangs on the clause by: past its first words that only
    modify a word shortly after ("the weekend", "early Friday", "late last month")."""
    for _ in range(3):
        if token.dep_ in _LEADING and token.head.i > token.i and token.head.i - token.i <= 3:
            token = token.head
        else:
            break
    return token


_LEADING = ("det", "amod", "advmod", "nummod", "predet", "quantmod", "npadvmod")


def governor(token):
    """The verb whose clause a token sits in, or None (a possessive or a heading)."""
    node, joined = token, set()
    for _ in range(8):
        if node.pos_ in VERBAL and node.dep_ not in ("aux", "auxpass"):
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
