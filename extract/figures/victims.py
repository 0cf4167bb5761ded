"""The counts of a parsed document, each with the noun of the people it counts and that noun's words.

Besides numbers (``counts``), an article counts one ("a soldier was killed"), "nobody" and "no one"
none, "another" one more.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..tokens import tokens_named
from .counts import find_counts
from .words import figure_words, kind_in

__all__ = ["Count", "counts_in", "victims_text", "ARTICLES"]

# entity labels of numbers that count no people
NOT_COUNTS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"})
ARTICLES = figure_words("article")
ZEROS = figure_words("zero")
COUNT_WORDS = ARTICLES | ZEROS | {"no"}   # count words that are no numbers, looked for token by token
GENERIC_VICTIMS = figure_words("generic_victim")


def _victim(count_span, root):
    """The noun a count quantifies ("people" in "six people", "dozens of people"), or None."""
    if root.dep_ in ("nummod", "amod", "det", "quantmod", "nmod", "compound") and root.head not in count_span \
            and (root.head.pos_ in ("NOUN", "PROPN") or root.head.lower_ in GENERIC_VICTIMS):
        return root.head
    node = root
    for _ in range(3):
        # "dozens of people", "tens of thousands of people", "13 out of 19 crew members"
        prep = next((c for c in node.children if c.dep_ == "prep" and c.lower_ in ("of", "out")), None)
        if prep is None:
            return None
        if prep.lower_ == "out":
            prep = next((c for c in prep.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            if prep is None:
                return None
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if pobj is None:
            return None
        if pobj not in count_span and pobj.pos_ in ("NOUN", "PROPN", "PRON"):
            return pobj
        node = pobj
    return None


def victims_text(doc, text: str, victim, after: int) -> str | None:
    """The words that name a figure's victims ("civilians in the market"), from token ``after`` on, or None."""
    if victim is None or victim.lower_ in GENERIC_VICTIMS or victim.pos_ == "PRON":
        return None
    first = max(after, victim.left_edge.i)
    last = victim.i
    for c in victim.rights:
        if c.dep_ == "prep" and c.lower_ == "of" and not any(
                p.like_num for p in c.children if p.dep_ == "pobj"):
            last = c.right_edge.i
    tokens = [t for t in doc[first:last + 1]]
    while tokens and (tokens[0].dep_ in ("det", "punct", "cc", "prep") or tokens[0].tag_ == "PRP$"
                      or tokens[0].lower_ in GENERIC_VICTIMS or tokens[0].like_num):
        tokens = tokens[1:]
    while tokens and tokens[-1].is_punct:
        tokens = tokens[:-1]
    if not tokens:
        return None
    return text[tokens[0].idx:tokens[-1].idx + len(tokens[-1])]


@dataclass(slots=True)
class Count:
    start: int
    end: int
    low: int
    high: int | None
    root: object
    victim: object
    after: int      # index of the first token after the count

    @property
    def anchor(self):
        """The word whose place in the clause says what happened: the victim noun when the count
        modifies it ("six people"), else the count ("dozens of people", "killing 12")."""
        if self.victim is not None and self.victim.i != self.root.head.i:
            return self.root
        return self.victim if self.victim is not None else self.root


def counts_in(doc, text: str) -> list[Count]:
    """Every count of the document with its syntactic root and victim noun."""
    found = []
    covered: set[int] = set()
    for s, e, low, high in find_counts(text):
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is None or any(t.ent_type_ in NOT_COUNTS for t in span):
            continue
        covered.update(t.i for t in span)
        found.append(Count(s, e, low, high, span.root, _victim(span, span.root), span.end))
    for t in tokens_named(doc, COUNT_WORDS):
        if t.i in covered:
            continue
        lower = t.lower_
        if lower in ARTICLES and t.dep_ == "det" and not t.head.like_num and t.head.dep_ != "appos" and (
                t.head.tag_ in ("NN", "NNP") or lower == "another"):
            if t.head.tag_ == "NNP" and t.head.ent_type_ or kind_in(t.head, "measure"):
                continue  # "a Reuters report", "a large number of arrests"
            found.append(Count(t.idx, t.idx + len(t), 1, 1, t, t.head, t.i + 1))
        elif lower == "another" and t.dep_ in ("dobj", "nsubj", "nsubjpass", "conj"):
            found.append(Count(t.idx, t.idx + len(t), 1, 1, t, None, t.i + 1))  # "killed one, injured another"
        elif lower in ZEROS or (lower == "no" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "one"):
            end = doc[t.i + 1] if lower == "no" else t
            found.append(Count(t.idx, end.idx + len(end), 0, 0, end, None, end.i + 1))
        elif lower == "no" and t.dep_ == "det" and t.head.tag_ == "NNS":
            found.append(Count(t.idx, t.idx + len(t), 0, 0, t, t.head, t.i + 1))
    return sorted(found, key=lambda f: f.start)

