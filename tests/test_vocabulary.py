"""The one vocabulary against the data contract: PLOVER's categories with their quad class and
modes, the actor and relation types; and every name the tables and the page use comes from it."""

from __future__ import annotations

from newsgraph.extract.events.cues import event_cues, event_modes, reversals
from newsgraph.extract.events.interactions import relation_types
from newsgraph.extract.lexicon import collectives, known_actors, role_relations, rows, type_cues
from newsgraph.extract.vocabulary import (
    ACTOR_TYPES,
    EVENT_TYPES,
    MODES,
    QUAD_CLASS,
    QUAD_CLASSES,
    RELATION_TYPES,
    RULE_CLASS,
)
from newsgraph.graph.palette import CLASS_COLOUR, EVENT_CLASS, TYPE_STYLE

# the data contract's vocabularies, written out here so a table edit cannot move both sides at once
CONTRACT_ACTOR_TYPES = ["country", "government", "military", "person", "armed_group", "political_party",
                        "organization", "media", "location"]
CONTRACT_RELATION_TYPES = ["spokesperson_for", "member_of", "leads", "part_of", "governs", "allied_with",
                           "conflict_with", "accuses", "threatens", "supports", "negotiates_with",
                           "cooperates_with", "located_in"]
CONTRACT_EVENT_TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
                        "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"]

# PLOVER's codebook, written out here so a table edit cannot move both sides at once
CODEBOOK_CLASSES = {
    "verbal cooperation": {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "REQUEST"},
    "material cooperation": {"COOPERATE", "AID", "RETREAT"},
    "verbal conflict": {"ACCUSE", "REJECT", "THREATEN"},
    "material conflict": {"PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"},
}


def test_vocabulary_is_the_contracts():
    assert list(ACTOR_TYPES) == CONTRACT_ACTOR_TYPES
    assert list(RELATION_TYPES) == CONTRACT_RELATION_TYPES
    assert sorted(EVENT_TYPES) == sorted(CONTRACT_EVENT_TYPES)
    # the contract's examples of modes
    assert {"aerial", "firearms"} <= MODES["ASSAULT"] and "restrict" in MODES["COERCE"]
    assert "violence" in MODES["THREATEN"]


def test_vocabulary_quad_classes_are_the_codebooks():
    assert {c: {k for k, v in QUAD_CLASS.items() if v == c} for c in QUAD_CLASSES} == CODEBOOK_CLASSES
    assert set(RULE_CLASS) == set(EVENT_TYPES) and set(MODES) <= set(EVENT_TYPES)
    assert EVENT_CLASS is QUAD_CLASS and set(QUAD_CLASSES) <= set(CLASS_COLOUR)


def test_every_mode_an_event_can_carry_is_in_the_vocabulary():
    found = {(c.type, c.mode) for cues in event_cues().values() for c in cues if c.mode}
    found |= {(kind, mode) for (_, kind), mode in event_modes().items()}
    found |= {reading for reading in reversals().values() if reading[1]}
    found |= {(kind, mode) for kind, mode, *_ in rows("interaction_relations.tsv") if mode not in ("-", "*")}
    assert found, "no modes read"
    for kind, mode in found:
        assert kind in EVENT_TYPES and mode in MODES.get(kind, ()), (kind, mode)


def test_every_type_the_tables_name_is_in_the_vocabulary():
    assert {c.type for cues in event_cues().values() for c in cues} - {"-"} <= set(EVENT_TYPES)  # "-": no event
    assert {a.type for a in known_actors().values()} <= set(ACTOR_TYPES)
    assert set(type_cues().values()) <= set(ACTOR_TYPES)
    assert {row[0] for row in collectives().values()} <= set(ACTOR_TYPES)
    assert set(role_relations().values()) | relation_types() <= set(RELATION_TYPES)
    assert list(TYPE_STYLE) == list(ACTOR_TYPES)
