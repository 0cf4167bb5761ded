"""Counts of people as a text writes them: numbers in digits or words, vague counts ("dozens"),
bounded counts ("at least 25", "between 10 and 20"), each read as a range (min, max).

The vague counts and the bounding words are data (``lexicons/counts.tsv``, ``count_bounds.tsv``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from ..lexicon import rows
from ..time import rules as R
from ..time.values import parse_number

__all__ = ["vague_counts", "count_bounds", "count_value", "bounded", "find_counts"]

MULTIPLIERS = {"dozen": 12, "hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}


@cache
def vague_counts() -> dict[str, tuple[int, int | None]]:
    """Vague count phrase to (min, max); max None is open-ended.

    >>> vague_counts()["dozens"], vague_counts()["half a dozen"]
    ((24, None), (6, 6))
    """
    return {row[0].lower(): (int(row[1]), int(row[2]) if len(row) > 2 and row[2] else None)
            for row in rows("counts.tsv")}


@cache
def count_bounds() -> dict[str, tuple[str, str]]:
    """Bounding phrase to (rule, place).

    >>> count_bounds()["at least"], count_bounds()["or more"]
    (('atleast', 'before'), ('atleast', 'after'))
    """
    return {row[0].lower(): (row[1], row[2]) for row in rows("count_bounds.tsv")}


def _alt(words: Iterable[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=lambda w: (-len(w), w)))


@cache
def _count_pattern() -> re.Pattern:
    word = f"(?:{_alt([w for w in R.NUMBER_WORDS if w != 'zero'] + ['million', 'billion'])})"
    words = rf"{word}(?:(?:[\s-]+|(?<=hundred)\s+and\s+|(?<=thousand)\s+and\s+){word})*"
    digits = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
    number = rf"(?:(?:{digits})(?:\s+(?:dozen|hundred|thousand|million|billion))*|{words})"
    span = rf"between\s+{number}\s+and\s+{number}|{number}\s*(?:-|–|\bto\b|\bor\b)\s*{number}"
    bounds = count_bounds()
    before = _alt(p for p, (_, place) in bounds.items() if place == "before")
    after = _alt(p for p, (_, place) in bounds.items() if place == "after")
    core = rf"{span}|{_alt(vague_counts())}|{number}"
    return re.compile(rf"(?<![\w,.-])(?:(?P<before>{before})\s+)?(?P<core>{core})(?:\s+(?P<after>{after}))?(?![\w-])",
                      re.IGNORECASE)


def _number(text: str) -> int | None:
    """A number written in digits or words, with multipliers ("2 million", "two dozen", "1,200")."""
    parts = text.lower().replace(",", "").split()
    factor = 1
    while parts and parts[-1] in MULTIPLIERS and (len(parts) > 1 or parts[-1] == "dozen"):
        if parts[-1] in ("hundred", "thousand") and not parts[:-1][-1:][0].replace(".", "").isdigit():
            break  # "two hundred": the words read as one number
        factor *= MULTIPLIERS[parts.pop()]
    value = parse_number(" ".join(parts)) if parts else 1
    if value is None:
        return None
    return int(round(value * factor))


def count_value(text: str) -> tuple[int, int | None] | None:
    """(min, max) of a count without its bounding words; max None when open-ended.

    >>> count_value("twenty-one"), count_value("1,200"), count_value("2 million"), count_value("two dozen")
    ((21, 21), (1200, 1200), (2000000, 2000000), (24, 24))
    >>> count_value("dozens"), count_value("tens of thousands"), count_value("between 10 and 20")
    ((24, None), (20000, None), (10, 20))
    >>> count_value("10-15"), count_value("two or three"), count_value("many") is None
    ((10, 15), (2, 3), True)
    """
    t = " ".join(text.lower().split())
    if t in vague_counts():
        return vague_counts()[t]
    m = re.fullmatch(r"between (.+?) and (.+)", t) or re.fullmatch(r"(.+?)\s*(?:-|–| to | or )\s*(.+)", t)
    if m:
        low, high = _number(m.group(1)), _number(m.group(2))
        if low is not None and high is not None and low <= high:
            return low, high
    n = _number(t)
    return (n, n) if n is not None else None


def bounded(value: tuple[int, int | None], rule: str | None) -> tuple[int, int | None]:
    """A count's range under its bounding words' rule.

    >>> bounded((25, 25), "atleast"), bounded((100, 100), "above"), bounded((24, 24), "above")
    ((25, None), (101, None), (25, None))
    >>> bounded((30, 30), "upto"), bounded((30, 30), "below"), bounded((4000, 4000), "exact")
    ((1, 30), (1, 29), (4000, 4000))
    """
    low, high = value
    if rule == "atleast":
        return low, None
    if rule == "above":
        return low + 1, None
    if rule == "upto":
        return 1, high if high is not None else low
    if rule == "below":
        return 1, (high if high is not None else low) - 1
    return low, high


def find_counts(text: str, offset: int = 0) -> list[tuple[int, int, int, int | None]]:
    """Counts in a text as (start, end, min, max), offsets shifted by ``offset``.

    >>> find_counts("At least six people were killed and dozens wounded.")
    [(0, 12, 6, None), (36, 42, 24, None)]
    >>> find_counts("more than two dozen soldiers, about 4,000 people, 10 or more")
    [(0, 19, 25, None), (30, 41, 4000, 4000), (50, 60, 10, None)]
    """
    found = []
    for m in _count_pattern().finditer(text):
        value = count_value(m.group("core"))
        if value is None:
            continue
        words = m.group("before") or m.group("after")
        rule = count_bounds()[" ".join(words.lower().split())][0] if words else None
        found.append((offset + m.start(), offset + m.end(), *bounded(value, rule)))
    return found

