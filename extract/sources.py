"""News organisations as sources: an agency that reports, quotes or is told the news is not an actor.

"Reuters reported", "told the BBC", "according to AFP", "in an interview with CNN" name where the
news comes from (``lexicons/news_sources.tsv``); only a news organisation that takes part in
what is told (banned, attacked, sued) becomes an actor.
"""

from __future__ import annotations

from functools import cache

from .lexicon import rows

__all__ = ["news_source_frames", "is_news_source"]


@cache
def news_source_frames() -> frozenset[tuple[str, str]]:
    """(head lemma, dependency) pairs where a news organisation is a source.

    >>> ("according", "pobj") in news_source_frames()
    True
    """
    return frozenset((row[0], row[1]) for row in rows("news_sources.tsv"))


def is_news_source(span) -> bool:
    """Whether a news organisation's name stands where a source of the news stands."""
    frames = news_source_frames()
    root = span.root
    if root.dep_ == "conj":  # "told Reuters and the BBC"
        root = root.head
        while root.dep_ == "conj":
            root = root.head
    head = root.head
    if root.dep_ == "pobj":  # "according to X", "an interview with X", "quoted by X", "spoke to X"
        return (head.head.lemma_.lower(), "pobj") in frames
    return (head.lemma_.lower(), root.dep_) in frames
