"""The registry of normalisers: the name a pattern of ``patterns.PATTERNS`` gives, and its function.

Every normaliser takes the groups of the match, the match and the document
state (``state.TagState``) and returns a value, or (type, value) to change the
pattern's type; it raises ``state.Drop`` when the match is no expression.
"""

from __future__ import annotations

from collections.abc import Callable

__all__ = ["NORMALISERS", "normaliser", "group_text", "unknown_names", "unused_names"]

NORMALISERS: dict[str, Callable] = {}


def normaliser(name: str) -> Callable[[Callable], Callable]:
    """Register the decorated function as the normaliser patterns call ``name``.

    >>> @normaliser("example")
    ... def _example(g, m, doc):
    ...     return "PRESENT_REF"
    >>> NORMALISERS.pop("example") is _example
    True
    """
    def register(fn: Callable) -> Callable:
        if name in NORMALISERS:
            raise ValueError(f"normaliser {name!r} registered twice")
        NORMALISERS[name] = fn
        return fn
    return register


def unknown_names(patterns) -> set[str]:
    """Normaliser names the patterns give that nothing registered."""
    return {norm for *_, norm in patterns} - set(NORMALISERS)


def unused_names(patterns) -> set[str]:
    """Registered normalisers that no pattern names."""
    return set(NORMALISERS) - {norm for *_, norm in patterns}


def group_text(groups: dict, key: str) -> str:
    """A group of the match, lower case with its spaces collapsed; "" when it did not match."""
    v = groups.get(key)
    return " ".join(v.lower().split()) if v else ""

