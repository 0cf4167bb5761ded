"""Actor relations from events: which asserted interactions link which actors.

An event becomes a relation only when the sentence asserts it: not negated,
not someone's claim, not a future or conditional act. The event's type and
mode pick the relation (``lexicons/interaction_relations.tsv``): a consulate
closure is a restriction, not fighting. Mutual wording ("accused one
another", "the former foes") links the acting parties each way round.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from functools import cache

from ..lexicon import rows
from ..model import Evidence, Relation

__all__ = ["relation_of", "relation_types", "is_reciprocal", "addressees", "interaction_relations"]

# what a clause's parts say about mutuality: the object of the act, or the acting parties
OBJECT_DEPS = frozenset({"dobj", "pobj", "prep", "dative", "npadvmod"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "appos", "compound", "amod"})
# "complained to the council", "protested to the embassy": whom an act is addressed to, not aimed at
ADDRESS_PREPS = frozenset({"to"})
# relations made by what is said, which can be said to someone other than their target
VERBAL_RELATIONS = frozenset({"accuses", "threatens"})


@dataclass(frozen=True, slots=True)
class _Rule:
    type: str
    mode: str
    relation: str | None
    symmetric: bool


@cache
def _rules() -> tuple[_Rule, ...]:
    return tuple(_Rule(row[0], row[1], None if row[2] == "-" else row[2], row[3] == "both")
                 for row in rows("interaction_relations.tsv"))


def relation_of(kind: str, mode: str | None) -> tuple[str | None, bool]:
    """The relation an event of this type and mode makes, and whether it holds among co-parties.

    >>> relation_of("ASSAULT", "aerial")
    ('conflict_with', True)
    >>> relation_of("COERCE", "restrict")
    (None, False)
    >>> relation_of("ACCUSE", None)
    ('accuses', False)
    """
    for rule in _rules():
        if rule.type == kind and rule.mode in ("*", mode or ""):
            return rule.relation, rule.symmetric
    return None, False


def relation_types() -> frozenset[str]:
    """Every relation an event can make."""
    return frozenset(r.relation for r in _rules() if r.relation)


@cache
def _reciprocals() -> dict[str, frozenset[str]]:
    table: dict[str, set[str]] = {"object": set(), "subject": set()}
    for word, place in rows("reciprocals.tsv"):
        table[place].add(word)
    return {place: frozenset(words) for place, words in table.items()}


def _mentions(text: str, phrases: Iterable[str]) -> bool:
    padded = f" {text.lower()} "
    return any(f" {p} " in padded for p in phrases)


def is_reciprocal(token) -> str | None:
    """How the act a cue word states is mutual: "object" when "one another" or "each other" is
    its object (each party acts on the other), "subject" when its parties are called foes or
    rivals (they act together), else None."""
    table = _reciprocals()
    # "accused one another" on the verb; "clashed with each other"; for a noun, its own phrase
    for child in token.children:
        words = " ".join(t.text for t in child.subtree)
        if child.dep_ in OBJECT_DEPS and _mentions(words, table["object"]):
            return "object"
        if child.dep_ in SUBJECT_DEPS and _mentions(words, table["subject"]):
            return "subject"
    return None


def addressees(token, token_actor: dict[int, str]) -> set[str]:
    """Actors a verbal act is told to ("complained to the Security Council about X"): its audience,
    not its target. A noun's own phrase counts too ("a complaint to the council")."""
    if token.pos_ not in ("VERB", "NOUN"):
        return set()
    return {token_actor[t.i] for prep in token.children if prep.dep_ == "prep" and prep.lower_ in ADDRESS_PREPS
            for t in prep.subtree if t.i in token_actor}


def interaction_relations(kind: str, mode: str | None, source: Sequence[str], target: Sequence[str],
                          groups: Sequence[Sequence[str]], evidence: Evidence, *, asserted: bool,
                          reciprocal: str | None = None, audience: Collection[str] = ()) -> list[Relation]:
    """The relations one event makes: source to target, co-parties of a mutual act among themselves.

    ``groups`` are the event's co-ordinated parties ("clashes between X and Y": [[X], [Y]]);
    ``reciprocal`` is what ``is_reciprocal`` says of the act: with "object" each party acts on
    each other, with "subject" ("the former foes agreed") parties of a symmetric act are linked.
    An accusation's ``audience`` ("complained to the council") is not whom it accuses.

    >>> ev = Evidence("d", 0, 10, "...")
    >>> [(r.source, r.type, r.target) for r in interaction_relations(
    ...     "ACCUSE", None, ["x", "y"], [], [["x", "y"]], ev, asserted=True, reciprocal="object")]
    [('x', 'accuses', 'y'), ('y', 'accuses', 'x')]
    >>> interaction_relations("ASSAULT", None, ["x"], ["y"], [["x"]], ev, asserted=False)
    []
    """
    relation, symmetric = relation_of(kind, mode)
    if relation is None or not asserted:
        return []
    if relation in VERBAL_RELATIONS:
        target = [t for t in target if t not in audience]
    pairs = [(s, t) for s in source for t in target if s != t]
    if symmetric:  # "clashes between X and Y", "X and Y agreed"
        pairs += [(a[0], b[0]) for n, a in enumerate(groups) for b in groups[n + 1:] if a and b and a[0] != b[0]]
    if reciprocal == "object" or (reciprocal == "subject" and symmetric):  # "X and Y accused one another"
        parties = list(dict.fromkeys(a for g in groups for a in g)) or list(source)
        if symmetric:  # a symmetric relation is stated once a pair
            pairs += [(a, b) for n, a in enumerate(parties) for b in parties[n + 1:] if (b, a) not in pairs]
        else:
            pairs += [(a, b) for a in parties for b in parties if a != b]
    return [Relation(s, t, relation, evidence) for s, t in dict.fromkeys(pairs)]
