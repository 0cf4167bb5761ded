"""Near misses: a word written one letter short of or off a known one ("Ethopia", "Commision").

News copy misspells names; a long word one letter from a country's name or from the word
that says what a body is reads as that name or word, when nothing else it could be is as near.
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["NEAR_MISS_MIN_LENGTH", "near_miss", "one_letter_apart"]

# a misspelling is read as a known word only in a word this long: short words are too near each other
NEAR_MISS_MIN_LENGTH = 6


def one_letter_apart(a: str, b: str) -> bool:
    """Whether two different words differ by one letter added, dropped or changed, or two swapped.

    >>> one_letter_apart("ethopia", "ethiopia"), one_letter_apart("quatar", "qatar")
    (True, True)
    >>> one_letter_apart("commision", "commission"), one_letter_apart("venezuala", "venezuela")
    (True, True)
    >>> one_letter_apart("siberia", "liberia"), one_letter_apart("afghanistan", "afghanisatn")
    (True, True)
    >>> one_letter_apart("iran", "iran"), one_letter_apart("austria", "australia")
    (False, False)
    """
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long = (a, b) if len(a) < len(b) else (b, a)
    i = next((i for i, (x, y) in enumerate(zip(short, long, strict=False)) if x != y), len(short))
    return short[i:] == long[i + 1:]


def near_miss(word: str, known: Iterable[str]) -> str | None:
    """The one known word a long word misspells by a letter dropped, changed or swapped, keeping
    its first and last letters, else None. A word one letter longer than a known one is no misspelling
    of it: it is often a word of its own ("officer", "Georgina"); nor is one with another ending, often
    a name of its own ("Franco" is no "France").

    >>> near_miss("Commision", ["commission", "committee"]), near_miss("Council", ["council"])
    ('commission', None)
    >>> near_miss("Officer", ["office"]), near_miss("Georgina", ["georgia"]), near_miss("Franco", ["france"])
    (None, None, None)
    """
    lower = word.lower()
    if len(lower) < NEAR_MISS_MIN_LENGTH:
        return None
    found = {k for k in known if k[:1] == lower[:1] and k[-1:] == lower[-1:] and len(lower) <= len(k)
             and one_letter_apart(lower, k)}
    return found.pop() if len(found) == 1 else None
