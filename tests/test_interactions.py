"""Tests of how events become actor relations: only asserted acts, the relation their mode
decides, and mutual acts each way round. Sentences are short invented news items."""

from __future__ import annotations

import pytest

from newsgraph.extract.events.interactions import interaction_relations, relation_of, relation_types
from newsgraph.extract.events.sides import Sides
from newsgraph.extract.lexicon import rows
from newsgraph.extract.model import Evidence
from newsgraph.extract.vocabulary import EVENT_TYPES

VOCABULARY = {"conflict_with", "accuses", "threatens", "supports", "negotiates_with", "cooperates_with"}
PLOVER = set(EVENT_TYPES)
EVIDENCE = Evidence("d", 0, 1, ".")


def test_interaction_table_uses_the_contract_vocabularies():
    for kind, mode, relation, direction in rows("interaction_relations.tsv"):
        assert kind in PLOVER and mode and direction in {"one", "both"}
        assert relation == "-" or relation in VOCABULARY
    assert relation_types() <= VOCABULARY


def test_the_mode_decides_the_relation():
    assert relation_of("COERCE", "restrict") == (None, False)
    assert relation_of("COERCE", "arrest") == ("conflict_with", True)
    assert relation_of("CONSULT", "visit") == (None, False)
    assert relation_of("CONSULT", "phone")[0] == "negotiates_with"
    assert relation_of("REJECT", None) == (None, False)


def test_only_asserted_events_become_relations():
    assert interaction_relations("ASSAULT", None, ["a"], ["b"], [["a"]], EVIDENCE, asserted=False) == []
    found = interaction_relations("ASSAULT", None, ["a"], ["b"], [["a"]], EVIDENCE, asserted=True)
    assert [(r.source, r.type, r.target) for r in found] == [("a", "conflict_with", "b")]


def test_co_parties_of_a_symmetric_act_are_linked_once():
    found = interaction_relations("AGREE", None, ["a", "b"], [], [["a"], ["b"]], EVIDENCE, asserted=True)
    assert [(r.source, r.target) for r in found] == [("a", "b")]
    found = interaction_relations("AGREE", None, ["a", "b"], [], [["a"], ["b"]], EVIDENCE, asserted=True,
                                  reciprocal="object")
    assert [(r.source, r.target) for r in found] == [("a", "b")]
    # "the former foes X and Y agreed": one group of parties acting together
    found = interaction_relations("AGREE", None, ["a", "b"], [], [["a", "b"]], EVIDENCE, asserted=True,
                                  reciprocal="subject")
    assert [(r.source, r.target) for r in found] == [("a", "b")]
    # "the former foes X and Y praised the deal": no praise of each other
    assert interaction_relations("SUPPORT", None, ["a", "b"], [], [["a", "b"]], EVIDENCE, asserted=True,
                                 reciprocal="subject") == []


@pytest.fixture(scope="module")
def relations(nlp):
    from newsgraph.extract.actors import extract_actors
    from newsgraph.extract.events import extract_events

    def _run(text: str) -> set[tuple[str, str, str]]:
        doc = nlp(text)
        actors = extract_actors(doc, doc_id="t", excluded=[])
        names = {a.key: a.name for a in actors.actors}
        _, found = extract_events(doc, doc_id="t", token_actor=actors.token_actor)
        found = Sides(actors.actors).relations(found)  # as the pipeline keeps them
        return {(names.get(r.source, r.source), r.type, names.get(r.target, r.target)) for r in found}
    return _run


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "India will send paramilitary troops to Bihar, officials said.",
    "Kenya deployed Kenyan troops along its border with Somalia.",
])
def test_a_state_and_its_own_forces_are_one_side(relations, text):
    assert not any("Armed Forces" in a or "Armed Forces" in b for a, _, b in relations(text)), relations(text)


@pytest.mark.model
@pytest.mark.parametrize("text, trigger, source, target", [
    # the forces a state sends are its own, not whom it acts on ...
    ("Kenya will send Kenyan troops to the Somali border, its defence minister said.", "send", "Kenya", None),
    # ... while a state may act on its country's people (PLOVER's coding of repression)
    ("Kenyan authorities imposed a curfew in the town of Garissa in eastern Kenya.", "curfew", "Government of Kenya",
     "Kenya"),
])
def test_the_forces_a_state_sends_are_no_target_of_its_act(nlp, text, trigger, source, target):
    from newsgraph.extract.actors import extract_actors
    from newsgraph.extract.events import extract_events

    doc = nlp(text)
    actors = extract_actors(doc, doc_id="t", excluded=[])
    names = {a.key: a.name for a in actors.actors}
    events, _ = extract_events(doc, doc_id="t", token_actor=actors.token_actor)
    event = next(e for e in Sides(actors.actors).events(events) if e.trigger == trigger)
    targets = {names[t] for t in event.target}
    assert source in {names[s] for s in event.source}, (event, names)
    assert not any("Armed Forces" in t for t in targets) and (target is None or target in targets), (event, names)


@pytest.mark.model
def test_mutual_accusations_go_both_ways(relations):
    found = relations("Armenia and Azerbaijan accused one another of shelling border villages.")
    assert ("Armenia", "accuses", "Azerbaijan") in found
    assert ("Azerbaijan", "accuses", "Armenia") in found


@pytest.mark.model
def test_a_closure_is_no_conflict(relations):
    found = relations("Norway closed the embassy of Belarus on Monday.")
    assert not any(kind == "conflict_with" for _, kind, _ in found)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Ecuador did not attack Peru.",
    "Ecuador will meet Peru next week to discuss the border.",
])
def test_negated_and_future_acts_make_no_relation(relations, text):
    assert relations(text) == set()


@pytest.mark.model
def test_an_asserted_attack_is_a_conflict(relations):
    assert ("Ecuador", "conflict_with", "Peru") in relations("Ecuador attacked Peru on Monday.")


@pytest.mark.model
def test_a_complaint_to_a_council_does_not_accuse_the_council(relations):
    found = relations("Ghana complained to the African Union about Togo.")
    assert not any(target == "African Union" for _, _, target in found)


def test_an_accusation_s_audience_is_not_its_target():
    found = interaction_relations("ACCUSE", None, ["a"], ["b", "c"], [["a"]], EVIDENCE, asserted=True,
                                  audience={"b"})
    assert [(r.source, r.target) for r in found] == [("a", "c")]


@pytest.mark.model
def test_a_ministrys_warning_commits_its_state(relations):
    # the event keeps the ministry as its source; the threat the relation records is the state's
    found = relations("Any new incursion by al-Shabaab will be met with a firm response, "
                      "Kenya's Ministry of Defence said on Sunday.")
    assert ("Kenya", "threatens", "al-Shabaab") in found
    assert not any(s.startswith("Ministry") for s, _, _ in found), found
