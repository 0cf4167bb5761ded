"""Places looked up by where they are mentioned: the place an event names, the country an actor's
mention stands in.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from ..gazetteer import name_key
from ..lexicon import place_heads
from ..model import Place

__all__ = ["place_of_event", "country_at"]


def place_of_event(places: Sequence[Place], start: int, end: int, name: str | None, text: str) -> str | None:
    """The id of the place an event names (``name``, as the event rules read it) in its sentence.

    The most specific place wins: in "at the Torkham crossing in Pakistan" the event is at
    Torkham, which the sentence places in Pakistan.

    >>> t = "Shots were fired at the Torkham crossing in Pakistan."
    >>> ps = [Place("torkham-pak", "Torkham", "other", "PAK", 34.1, 71.1, None, ((24, 31, "Torkham"),)),
    ...       Place("pakistan-1", "Pakistan", "country", "PAK", 30.0, 70.0, 1, ((44, 52, "Pakistan"),))]
    >>> place_of_event(ps, 0, len(t), "Pakistan", t), place_of_event(ps, 0, 20, "Pakistan", t)
    ('torkham-pak', None)
    """
    if not name:
        return None
    key = name_key(name)
    inside = sorted((s, e, t, p) for p in places for s, e, t in p.mentions if start <= s and e <= end)
    named = [m for m in inside if name_key(m[2]) == key] \
        or [m for m in inside if name_key(m[2]) in key or key in name_key(m[2])]
    if not named:
        return None
    # "X crossing in Y", "X, Y": a place the sentence puts inside the named one
    heads = "|".join(sorted(place_heads()))
    nested = re.compile(rf"(?:\s+(?:{heads}))*\s*(?:,|\bin\b|\bnear\b)\s*(?:the\s+)?", re.IGNORECASE)
    for n_start, _, _, holder in named:
        for _, e, _, p in inside:
            if e <= n_start and p is not holder and p.country == holder.country and p.feature != "country" \
                    and nested.fullmatch(text[e:n_start]):
                return p.key
    return named[0][3].key


def country_at(places: Sequence[Place], spans: Iterable[tuple[int, int]]) -> str | None:
    """The country of the place mentioned at any of ``spans`` (an actor's mentions), or None."""
    spans = list(spans)
    for p in places:
        if p.country and any(s < me and ms < e for ms, me, _ in p.mentions for s, e in spans):
            return p.country
    return None
