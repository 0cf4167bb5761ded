"""Names the text itself says are another's: "Mohamed Hamdan Dagalo, known as Hemedti" is one
actor; "a militant group known as X" makes X a body of the noun's kind.

``merge_known_as`` works on a document's mentions before they get their actor keys.
"""

from __future__ import annotations

import re

from .lexicon import collectives, type_cues
from .mentions import Mention
from .tokens import tokens_named

__all__ = ["merge_known_as"]


def merge_known_as(doc, mentions: list[Mention]) -> None:
    """ "Mohamed Hamdan Dagalo, known as Hemedti": the name after "(also, better) known as" is
    another name of the actor before it, whatever the recogniser took it for."""
    by_start = {m.start: m for m in mentions}
    by_end = {m.end: m for m in mentions}
    for word in tokens_named(doc, ("known",)):
        if word.dep_ != "acl" or word.tag_ != "VBN":
            continue
        if word.head.pos_ == "NOUN":
            _named_kind(word, by_start)  # "a militant group known as X": X is the group's name
            continue
        if word.head.pos_ != "PROPN":
            continue
        if not re.fullmatch(r"\s*[,(]\s*(?:\w+\s+)?", doc.text[word.head.idx + len(word.head.text):word.idx]):
            continue  # only set off after the name ("X, known as Y"): "a panel set up by Congress known as Y"
        head = by_end.get(word.head.idx + len(word.head.text))
        alias = _named_as(word, by_start)
        if head is not None and alias is not None and alias is not head:
            other_name = alias.name
            for m in mentions:  # the alias wherever the text uses it again
                if m is alias or m is not head and m.name == other_name and m.type != "country":
                    m.type, m.name, m.country = head.type, head.name, head.country or m.country


def _named_kind(known, by_start: dict[int, Mention]) -> None:
    """ "A militant group known as X", "a rebel movement known as X": X, a name the recogniser
    typed by guess, is a body of the kind the noun says (its head word's type, or for a bare
    "group" the type its modifier gives: "militant", "rebel")."""
    noun = known.head
    kind = type_cues().get(noun.lemma_.lower())
    if kind is None:
        kind = next((collectives()[m.lemma_.lower()][0] for m in noun.children
                     if m.dep_ in ("amod", "compound") and m.lemma_.lower() in collectives()), None)
    named = _named_as(known, by_start)
    if kind is not None and named is not None and named.priority <= 1 and named.type in ("person", "location",
                                                                                       "organization"):
        named.type = kind


def _named_as(known, by_start: dict[int, Mention]) -> Mention | None:
    """The mention that opens the object of "known as" ("known as Hemedti")."""
    return next((by_start.get(p.left_edge.idx) for a in known.children if a.dep_ == "prep" and a.lower_ == "as"
                 for p in a.children if p.dep_ == "pobj"), None)
