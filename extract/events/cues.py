"""The event tables of ``lexicons/``: cue words, the roles of words around events, modes and reversals.

The rules that read a parse live in ``builder.py`` and the modules beside it; this module only turns the
tables into lookups.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ..lexicon import rows
from ..vocabulary import MODES, RULE_CLASS, of_class

# the event rules' classes: future or negated acts change category by the class of the act
COOPERATIVE = of_class("cooperation", table=RULE_CLASS)
VERBAL_CONFLICT = of_class("verbal conflict", table=RULE_CLASS)
MATERIAL_CONFLICT = of_class("material conflict", table=RULE_CLASS)

__all__ = ["COOPERATIVE", "MATERIAL_CONFLICT", "VERBAL_CONFLICT", "Cue", "background_words", "cue_words",
           "event_cues", "event_modes", "event_roles", "has_role",
           "phrasal", "plover_mode", "plover_modes", "reversals", "role_words"]


@dataclass(frozen=True, slots=True)
class Cue:
    type: str
    mode: str | None = None
    flags: frozenset[str] = frozenset()


@cache
def event_cues() -> dict[tuple[str, str], tuple[Cue, ...]]:
    """(cue, part of speech) to its PLOVER readings, the first whose flags hold wins.

    >>> event_cues()[("airstrike", "NOUN")][0].mode
    'aerial'
    >>> [c.type for c in event_cues()[("protest", "VERB")]]
    ['ACCUSE', 'PROTEST']
    """
    table: dict[tuple[str, str], list[Cue]] = {}
    for row in rows("event_cues.tsv"):
        cells = (*row, "", "", "")
        cue = Cue(cells[2], cells[3] or None, frozenset(f for f in cells[4].split(",") if f))
        for pos in (("VERB", "NOUN") if cells[1] == "ANY" else (cells[1],)):
            table.setdefault((cells[0].lower(), pos), []).append(cue)
    return {key: tuple(cues) for key, cues in table.items()}


@cache
def event_roles() -> dict[str, frozenset[str]]:
    """Word to the roles it plays around events (speech verb, reversal, intent, ...).

    >>> sorted(event_roles()["withdraw"])
    ['reverse']
    """
    table: dict[str, set[str]] = {}
    for row in rows("event_roles.tsv"):
        table.setdefault(row[0].lower(), set()).add(row[1])
    return {word: frozenset(roles) for word, roles in table.items()}


@cache
def cue_words() -> frozenset[str]:
    """Every word of every cue and role: a token that is none of them starts no event.

    >>> {"airstrike", "withdraw", "say"} <= cue_words()
    True
    """
    words = {word for key, _ in event_cues() for word in key.split()}
    words.update(word for key in event_roles() for word in key.split())
    return frozenset(words)


@cache
def event_modes() -> dict[tuple[str, str], str]:
    """(word, PLOVER type) to the mode the word gives an event of that type.

    >>> event_modes()[("tank", "ASSAULT")]
    'heavy-weapons'
    """
    return {(row[0].lower(), row[1]): row[2] for row in rows("event_modes.tsv")}


def has_role(token, role: str) -> bool:
    return role in event_roles().get(token.lemma_.lower(), ()) or role in event_roles().get(token.lower_, ())


def phrasal(token) -> str | None:
    particle = next((c for c in token.children if c.dep_ == "prt"), None)
    return f"{token.lemma_.lower()} {particle.lower_}" if particle is not None else None




@cache
def background_words() -> frozenset[str]:
    """Words that open a phrase of an earlier or other act ("after", "since", "despite").

    >>> "since" in background_words()
    True
    """
    return frozenset(word for word, roles in event_roles().items() if "background" in roles)


@cache
def role_words(role: str) -> frozenset[str]:
    """Every word of the role table that plays ``role``.

    >>> "missile" in role_words("armed")
    True
    """
    return frozenset(word for word, roles in event_roles().items() if role in roles)


def plover_modes() -> dict[str, frozenset[str]]:
    """PLOVER type to the modes its codebook tables name: the only modes an event may carry.

    >>> sorted(plover_modes()["COERCE"])[:3]
    ['arrest', 'censor', 'curfew']
    """
    return MODES


def plover_mode(kind: str, mode: str | None) -> str | None:
    """``mode`` when PLOVER names it for ``kind``, else None.

    >>> plover_mode("ASSAULT", "aerial"), plover_mode("ASSAULT", "execute")
    ('aerial', None)
    """
    return mode if mode in plover_modes().get(kind, ()) else None


@cache
def reversals() -> dict[str, tuple[str, str | None]]:
    """PLOVER type of an act to the type and mode of undoing it ("lift a curfew": COERCE to CONCEDE).

    >>> reversals()["ASSAULT"]
    ('RETREAT', 'ceasefire')
    """
    return {row[0]: (row[1], (row[2] if len(row) > 2 else "") or None) for row in rows("event_reversals.tsv")}
