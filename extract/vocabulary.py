"""The project's vocabularies, read from ``lexicons/vocabulary.tsv``.

PLOVER's sixteen event categories with their quad class and the modes its
codebook tables name, and the actor and relation types of the output tables.
Every other module takes these names from here.
"""

from __future__ import annotations

from .lexicon import rows

__all__ = ["ACTOR_TYPES", "EVENT_TYPES", "QUAD_CLASS", "QUAD_CLASSES", "RELATION_TYPES", "RULE_CLASS", "MODES",
           "of_class"]


def _column(kind: str, *columns: int) -> list[tuple[str, ...]]:
    return [tuple(row[i] for i in columns) for row in rows("vocabulary.tsv") if row[0] == kind]


# PLOVER category to its quad class, as PLOVER's codebook groups them, in the table's order
QUAD_CLASS: dict[str, str] = dict(_column("event", 1, 2))
EVENT_TYPES: tuple[str, ...] = tuple(QUAD_CLASS)
QUAD_CLASSES: tuple[str, ...] = tuple(dict.fromkeys(QUAD_CLASS.values()))

# PLOVER category to the class the event rules recode negated and future acts by
RULE_CLASS: dict[str, str] = dict(_column("event", 1, 3))

# PLOVER category to the modes its codebook tables name: the only modes an event may carry
MODES: dict[str, frozenset[str]] = {
    kind: frozenset(mode for k, mode in _column("mode", 1, 2) if k == kind)
    for kind in dict.fromkeys(k for k, _ in _column("mode", 1, 2))
}

ACTOR_TYPES: tuple[str, ...] = tuple(value for value, in _column("actor", 1))
RELATION_TYPES: tuple[str, ...] = tuple(value for value, in _column("relation", 1))


def of_class(*classes: str, table: dict[str, str] = QUAD_CLASS) -> frozenset[str]:
    """The PLOVER categories of the given classes.

    >>> sorted(of_class("verbal conflict"))
    ['ACCUSE', 'REJECT', 'THREATEN']
    >>> "REQUEST" in of_class("verbal conflict", table=RULE_CLASS)
    True
    """
    return frozenset(kind for kind, cls in table.items() if cls in classes)
