"""Find the few tokens worth a closer look, in one vectorised pass over a Doc.

Extractors look for words from their lexicons; most tokens of a document are
none of them, and visiting each in Python costs more than the look-up itself.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy

__all__ = ["tokens_named"]

_KEYS: dict[tuple[int, frozenset[str]], numpy.ndarray] = {}
# the last document's (LEMMA, ORTH) table: each extractor asks about the same document in turn
_LAST: list = [None, None]


def _hashes(vocab, words: frozenset[str]) -> numpy.ndarray:
    key = (id(vocab.strings), words)
    found = _KEYS.get(key)
    if found is None:
        strings = vocab.strings
        wanted = {strings.add(form) for word in words
                  for form in (word, word.lower(), word.title(), word.upper(), word.capitalize())}
        found = numpy.fromiter(sorted(wanted), dtype=numpy.uint64, count=len(wanted))
        _KEYS[key] = found
    return found


def tokens_named(doc, words: Iterable[str]) -> list:
    """Tokens whose lemma or text, in any of the usual cases, is one of ``words``.

    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["Troops", "shelled", "the", "town", "."])
    >>> [t.text for t in tokens_named(doc, frozenset({"troops", "town"}))]
    ['Troops', 'town']
    """
    words = words if isinstance(words, frozenset) else frozenset(words)
    if not words or len(doc) == 0:
        return []
    if _LAST[0] is not doc:
        _LAST[0], _LAST[1] = doc, doc.to_array(["LEMMA", "ORTH"])
    table = _LAST[1]
    hits = numpy.isin(table, _hashes(doc.vocab, words)).any(axis=1)
    return [doc[int(i)] for i in numpy.flatnonzero(hits)]
