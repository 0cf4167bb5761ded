"""General references to the past, the present and the future ("recently", "now",
"the future", "soon"): TIMEX3's PAST_REF, PRESENT_REF and FUTURE_REF."""

from __future__ import annotations

import re
from functools import cache

from ...lexicon import people_nouns, role_relations
from .. import rules as R
from ..state import Drop, TagState, TimexMatch
from ..verbs import looks_forward
from .registry import group_text, normaliser

_SOON_EXCLUDED = re.compile(r"\s+(?:as|after|afterward|afterwards|thereafter)\b", re.I)


# the next words, up to the third: "the future [Turkmen] [foreign] minister"
_NEXT_WORDS = re.compile(r"(?:\s+[\w-]+){1,3}")


_FUNCTION_WORDS = frozenset({"a", "an", "the", "and", "or", "of", "to", "in", "on", "at", "by", "for", "with",
                             "from", "his", "her", "their", "its", "our", "my", "your", "that", "which", "who"})


def _qualifies_a_person(text: str, end: int) -> bool:
    """Whether a person's noun follows within three words, with no function word between."""
    after = _NEXT_WORDS.match(text, end)
    for word in (after.group(0).split() if after else ()):
        if word.lower() in _FUNCTION_WORDS:
            return False
        if word.lower() in _person_nouns():
            return True
    return False


@cache
def _person_nouns() -> frozenset[str]:
    """The one-word role and people nouns of the actor tables ("mayor", "king", "wife"), and
    the people endings that are words too ("boy", "men")."""
    words, endings = people_nouns()
    return frozenset(w for w in (*role_relations(), *words, *endings) if " " not in w)


_CAPITALISED_BEFORE = re.compile(r"\b[A-Z][a-z]+\s+$")
# a name or a number a reference word qualifies: "the future 787 Dreamliner"
_A_NAME_AFTER = re.compile(r"\s+(?:[A-Z]|\d)")
_A_TERM_AFTER = re.compile(r"\s+(?:account|accounts|assets|liabilities)\b", re.IGNORECASE)
# "current" with no noun after it is the noun itself
_NO_NOUN_AFTER = re.compile(r"\s*(?:[.,;:!?)\"”]|$)|\s+(?:so|of|in|that|which|to|from|was|is|were|carried|flows?)\b")
_A_CLAUSE_AFTER = re.compile(r"\s+(?:it|he|she|they|we|I|you)\s+(?:\w+ed|was|were|had|came|went|blew|struck|hit|fell"
                             r"|broke|began|took|got|made|left|ran)\b")


@normaliser("ref")
def ref(g: dict, m: TimexMatch, doc: TagState):
    ref = group_text(g, "ref")
    if ref == "soon" and _SOON_EXCLUDED.match(doc.text, m.end):
        raise Drop
    if ref == "soon" and doc.told_in_the_past(m.start) and not looks_forward(
            doc.text, doc.sentence_bounds(m.start)[0], m.start):
        raise Drop  # "the trickle soon became a flood": shortly after a thing told, no time ahead of now
    word = doc.text[m.start:m.end].split()[-1]
    if word in ("Past", "Future", "Present") and doc.text[m.start:m.start + 1].islower():
        raise Drop  # "the Conference on the Future Economic Development": a name's word
    if word[:1].isupper() and _CAPITALISED_BEFORE.search(doc.text, max(0, m.start - 24), m.start) \
            and doc.sentence_bounds(m.start)[0] < m.start - 1:
        raise Drop  # "Kim Soon now leads": a word of a person's name
    if ref in ("the past", "the future", "the present") and _qualifies_a_person(doc.text, m.end):
        raise Drop  # "the past mayor", "the future foreign minister": an adjective of a person
    if ref == "the future" and _A_NAME_AFTER.match(doc.text, m.end):
        raise Drop  # "the future SAR government", "the future 787": what is to come, named
    if ref == "current" and _A_TERM_AFTER.match(doc.text, m.end):
        raise Drop  # "the current account deficit": a term of accounts
    if ref == "current" and _NO_NOUN_AFTER.match(doc.text, m.end):
        raise Drop  # "against a strong current.": the noun, a flow of water or power
    if ref == "at the moment" and _A_CLAUSE_AFTER.match(doc.text, m.end):
        raise Drop  # "at the moment it blew": the instant of the thing its clause tells
    return R.REF_WORDS[ref]


@normaliser("future_ref")
def future_ref(g: dict, m: TimexMatch, doc: TagState):
    return "FUTURE_REF"
