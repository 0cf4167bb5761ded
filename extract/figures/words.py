"""The casualty tables as lookups: the kind of figure a word gives in a frame, and which nouns name people.

``lexicons/casualty_words.tsv`` (its header explains the frames), ``people_nouns.tsv`` and the
short lists of ``figure_words.tsv``.
"""

from __future__ import annotations

from functools import cache

from ..lexicon import people_nouns, rows, word_list

__all__ = ["KINDS", "casualty_words", "people_only", "names_people", "kind_in", "figure_words"]

KINDS = ("killed", "wounded", "missing", "arrested", "abducted", "displaced")


def figure_words(name: str) -> frozenset[str]:
    """One short list of ``figure_words.tsv``.

    >>> sorted(figure_words("article"))
    ['a', 'an', 'another']
    """
    return word_list(name, "figure_words.tsv")


@cache
def casualty_words() -> dict[tuple[str, str], str]:
    """(word, frame) to the kind of figure it gives.

    >>> casualty_words()[("kill", "act")], casualty_words()[("toll", "toll")]
    ('killed', 'killed')
    """
    return {(row[0].lower(), row[2]): row[1] for row in rows("casualty_words.tsv")}


@cache
def people_only() -> frozenset[str]:
    """Casualty words that count only nouns of people (their objects are often places or things)."""
    return frozenset(row[0].lower() for row in rows("casualty_words.tsv") if len(row) > 3 and row[3] == "people")


def names_people(noun) -> bool:
    """Whether a noun names people: a known word, a people suffix ("villager", "tourist"), or a nationality.

    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> [names_people(t) for t in Doc(Vocab(), words=["villager", "town", "child", "demonstration"])]
    [True, False, True, False]
    """
    if noun.ent_type_ in ("NORP", "PERSON"):
        return True
    words, suffixes = people_nouns()
    word = noun.text.lower()
    lemma = (noun.lemma_ or word).lower()
    return lemma in words or word in words or lemma.endswith(suffixes) or word.rstrip("s").endswith(suffixes)


def kind_in(token, frame: str) -> str | None:
    """The kind a word gives in a frame, by lemma (verbs) or lemma and word (other words)."""
    table = casualty_words()
    return table.get((token.lemma_.lower(), frame)) or table.get((token.lower_, frame))
