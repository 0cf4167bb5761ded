"""Collective actors and news sources, on invented sentences: generic bodies named by what the
document makes them, never guessed; news organisations that only report are no actors."""

from __future__ import annotations

import pytest

from newsgraph.extract.actors import extract_actors
from newsgraph.extract.lexicon import collectives, rows
from newsgraph.extract.vocabulary import ACTOR_TYPES

TYPES = set(ACTOR_TYPES) - {"location"}


def test_collective_table_is_well_formed():
    for row in rows("collectives.tsv"):
        assert row[1] in TYPES and ("{country}" in row[2] or "{text}" in row[2]), row
        assert len(row) == 3 or row[3] in {"members", "named"}, row
    assert collectives()["gunman"][2] == "members"


def test_news_source_table_is_well_formed():
    for row in rows("news_sources.tsv"):
        assert len(row) == 2 and row[1] in {"nsubj", "dobj", "dative", "pobj"}, row


def _actors(nlp, text, doc_id="t"):
    return {a.name: a for a in extract_actors(nlp(text), doc_id=doc_id, excluded=[]).actors}


@pytest.mark.model
def test_the_government_is_the_one_state_named(nlp):
    actors = _actors(nlp, "Rebels shelled Aleppo in Syria. The government said security forces repelled them.")
    assert actors["Government of Syria"].country == "SYR"
    assert actors["Armed Forces of Syria"].type == "military"


@pytest.mark.model
@pytest.mark.parametrize("text, government", [
    # the one state is named by a body of its own only
    ("Somali troops pushed the militants out of the market. The government said the town was calm.",
     "Government of Somalia"),
    ("Bolivian soldiers cleared the roadblocks. The government promised talks with the miners.",
     "Government of Bolivia"),
])
def test_the_government_of_the_one_state_named_however_named(nlp, text, government):
    assert government in _actors(nlp, text), sorted(_actors(nlp, text))


@pytest.mark.model
def test_troops_with_no_owner_named_are_the_one_states(nlp):
    actors = _actors(nlp, "Clashes broke out in northern Benin. Troops fired on a rebel convoy.")
    assert actors["Armed Forces of Benin"].type == "military"


@pytest.mark.model
def test_the_government_is_left_out_when_two_states_are_named(nlp):
    actors = _actors(nlp, "Chad and Niger met in Niamey. The government said the talks went well.")
    assert not any(a.type == "government" for a in actors.values())


@pytest.mark.model
@pytest.mark.parametrize("text, body, kind", [
    ("Police fired tear gas at striking miners outside the depot.", "police", "government"),
    ("After a week of fighting, the army retook the hill town.", "army", "military"),
    ("Security forces opened fire on mourners at the funeral.", "security forces", "military"),
    ("Soldiers burned the market stalls before dawn.", "soldiers", "military"),
    # the kind of a body opening a sentence is no one's name
    ("Riot police charged the students with batons.", "riot police", "government"),
])
def test_a_body_in_a_document_that_names_no_state_is_its_own(nlp, text, body, kind):
    """Like "protesters": the document's own body, of no country, merged with no other document's."""
    first, second = _actors(nlp, text, doc_id="a"), _actors(nlp, text, doc_id="b")
    assert first[body].type == kind and first[body].country is None
    assert first[body].key != second[body].key


@pytest.mark.model
def test_a_bare_army_is_left_out_when_two_states_are_named(nlp):
    actors = _actors(nlp, "Mali and Niger exchanged fire. The army said it had lost two posts.")
    assert not any(a.type == "military" for a in actors.values())


@pytest.mark.model
def test_a_capital_names_its_government(nlp):
    actors = _actors(nlp, "Aid reached Darfur as the Khartoum government eased its rules.")
    assert actors["Government of Sudan"].country == "SDN"


@pytest.mark.model
def test_people_named_by_their_country(nlp):
    actors = _actors(nlp, "Egyptian demonstrators marched on the parliament.")
    assert actors["Egyptian demonstrators"].country == "EGY"


@pytest.mark.model
def test_unowned_gunmen_belong_to_their_document(nlp):
    first = _actors(nlp, "Gunmen attacked a bus on Monday.", doc_id="a")
    second = _actors(nlp, "Gunmen attacked a bus on Monday.", doc_id="b")
    assert first["gunmen"].type == "armed_group"
    assert first["gunmen"].key != second["gunmen"].key  # another report's gunmen are others


@pytest.mark.model
def test_one_protester_is_no_collective(nlp):
    assert "protester" not in _actors(nlp, "A protester was injured in the square.")


@pytest.mark.model
@pytest.mark.parametrize("text, absent", [
    ("Two commanders told AFP by phone that the fighting had stopped.", "Agence France-Presse"),
    ("The army closed the border, according to Reuters.", "Reuters"),
    ("Peru recalled its envoy, the BBC reported.", "BBC"),
])
def test_news_organisations_that_report_are_no_actors(nlp, text, absent):
    assert absent not in _actors(nlp, text)


@pytest.mark.model
def test_a_news_organisation_that_is_acted_upon_is_an_actor(nlp):
    actors = _actors(nlp, "The junta banned Al Jazeera, according to Reuters.")
    assert actors["Al Jazeera"].type == "media" and "Reuters" not in actors


@pytest.mark.model
def test_people_named_by_a_group_that_is_no_state(nlp):
    actors = _actors(nlp, "Soldiers detained hundreds of Kurdish villagers near the border.")
    assert actors["Kurdish villagers"].country is None


@pytest.mark.model
def test_an_office_named_by_its_state_leads_it_when_its_title_does(nlp):
    found = extract_actors(nlp("Peru's prime minister resigned on Friday."), doc_id="t", excluded=[]).relations
    assert {(r.source, r.type, r.target) for r in found} == {("prime-minister-of-peru", "leads", "peru")}


@pytest.mark.model
def test_groups_named_by_their_owner_are_actors(nlp):
    # "Swiss aid groups", "Kurdish groups": a body named by its owner; "several groups" alone is no one
    actors = _actors(nlp, "Doctors from two Swiss aid groups delivered medicine. Several Kurdish groups "
                          "rejected the plan, and several groups stayed silent.")
    assert actors["Swiss aid groups"].country == "CHE" and "Kurdish groups" in actors
    assert "groups" not in actors and "several groups" not in actors
