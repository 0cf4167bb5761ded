"""Role and affiliation relations from invented sentences: titles in both orders, appositions,
possessives, copulas, role verbs, and a state's title in a report about one state."""

from __future__ import annotations

import pytest

from newsgraph.extract.actors import extract_actors
from newsgraph.extract.lexicon import role_relations, role_verbs, rows, state_roles

RELATIONS = {"spokesperson_for", "member_of", "leads"}


def test_role_tables_are_well_formed():
    for row in rows("roles.tsv"):
        assert len(row) == 3 and row[1] in RELATIONS and row[2] in {"state", "any"}, row
    for row in rows("role_verbs.tsv"):
        assert len(row) == 3 and row[2] in RELATIONS, row
    assert role_relations()["secretary general"] == "leads" and role_relations()["deputy leader"] == "member_of"
    assert role_relations()["director general"] == "leads" and "major general" in state_roles()
    assert "professor" not in state_roles() and role_verbs()["head"] == (("obj", "leads"),)


def _relations(nlp, text):
    result = extract_actors(nlp(text), doc_id="t", excluded=[])
    names = {a.key: a.name for a in result.actors}
    found = {(names.get(r.source, r.source), r.type, names.get(r.target, r.target)) for r in result.relations}
    return found, {a.name: a for a in result.actors}


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # apposition after the name, a role with a preposition
    ("Maria Lopez, a professor at Stanford University, said the plan would fail.",
     ("Maria Lopez", "member_of", "Stanford University")),
    # title before the name, set off by a comma
    ("The foreign secretary of Kenya, John Mwangi, met reporters on Monday.",
     ("John Mwangi", "member_of", "Kenya")),
    # title before the name, the body after it
    ("Analyst Tom Baker of Global Insight said prices rose.", ("Tom Baker", "member_of", "Global Insight")),
    # possessive body, two-word title
    ("Siemens's chief executive Klaus Weber resigned on Friday.", ("Klaus Weber", "leads", "Siemens")),
    # "installed as"
    ("Paul Smith was installed as chairman of the National Bank.", ("Paul Smith", "leads", "National Bank")),
    # copula
    ("Ahmed Yusuf is the leader of the Somali Democratic Alliance.",
     ("Ahmed Yusuf", "leads", "Somali Democratic Alliance")),
    # the second of two co-ordinated titles
    ("Anna Berg, the minister of health and head of the Nordic Council, spoke first.",
     ("Anna Berg", "leads", "Nordic Council")),
    # "named X title of Y"
    ("The board named Carla Diaz president of the Andean Mining Company.",
     ("Carla Diaz", "leads", "Andean Mining Company")),
    # a name set off after the body
    ("The chairman of the Popular Front, Pedro Nunes, was arrested.", ("Pedro Nunes", "leads", "Popular Front")),
    # a title set before its holder's clause
    ("A Stanford University law professor, Maria Lopez said the ruling was wrong.",
     ("Maria Lopez", "member_of", "Stanford University")),
    # a legislator's party-state label between the name and the title
    ("Sen. Mark Dolan, D-Ariz., chairman of the Senate Ethics Committee, said the vote would wait.",
     ("Mark Dolan", "leads", "Senate Ethics Committee")),
    # a body before "Secretary-General" is the body, not a minister's portfolio
    ("Likud Secretary-General Tom Reeve said the party would fight the plan.", ("Tom Reeve", "leads", "Likud")),
])
def test_titles_appositions_and_copulas(nlp, text, expected):
    found, _ = _relations(nlp, text)
    assert expected in found


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Laura King, who heads the Red Cross office in Juba, said aid was blocked.",
     ("Laura King", "leads", "International Committee of the Red Cross")),
    ("Fred Jones has covered politics for Reuters since 1990.", ("Fred Jones", "member_of", "Reuters")),
    ("Gilmore, of the Pacific Shipping Association, said the port would reopen.",
     ("Gilmore", "member_of", "Pacific Shipping Association")),
    ("Mark Hale at Nordic Securities said prices would rise.", ("Mark Hale", "member_of", "Nordic Securities")),
    # the passive of a role verb: the agent holds the role over the body it describes
    ("The Popular Renewal Party, led by Ahmed Khan, rejected the offer.",
     ("Ahmed Khan", "leads", "Popular Renewal Party")),
    ("The Nordic Council is headed by Anna Berg.", ("Anna Berg", "leads", "Nordic Council")),
    ("Prime Minister Ana Costa's Popular Renewal Party won the vote.",
     ("Ana Costa", "member_of", "Popular Renewal Party")),
])
def test_role_verbs_and_of_phrases(nlp, text, expected):
    found, _ = _relations(nlp, text)
    assert expected in found


@pytest.mark.model
def test_a_deputy_leader_is_a_member_and_a_secretary_general_leads(nlp):
    found, _ = _relations(nlp, "Omar Diallo, deputy leader of the Popular Renewal Party, resigned.")
    assert ("Omar Diallo", "member_of", "Popular Renewal Party") in found
    assert ("Omar Diallo", "leads", "Popular Renewal Party") not in found


@pytest.mark.model
@pytest.mark.parametrize("text, kind", [
    # who heads a body's mission does not lead the body
    ("The European Union mission, headed by Carlos Mendes, has already arrived in Kabul.", "leads"),
    # a state a leader possesses is no body of members
    ("Critics fear the return of Vladimir Putin's Russia to the old ways.", "member_of"),
    # a person acted upon at a body is not its member
    ("Reporters saw the arrest of John Mills at the Bank of England.", "member_of"),
])
def test_no_role_relation_of_this_kind(nlp, text, kind):
    found, _ = _relations(nlp, text)
    assert not any(k == kind for _, k, _ in found), found


@pytest.mark.model
def test_an_ambassador_to_a_body_is_not_its_member(nlp):
    found, _ = _relations(nlp, "Karen Holt, the Canadian ambassador to the European Union, arrived.")
    assert not any(target == "European Union" for _, _, target in found)


@pytest.mark.model
def test_a_state_title_means_the_one_state_named(nlp):
    found, actors = _relations(nlp, "President Omar Bashir said Sudan would not yield to pressure.")
    assert ("Omar Bashir", "leads", "Sudan") in found
    assert actors["Omar Bashir"].country == "SDN"
    found, _ = _relations(nlp, "President Omar Bashir said Sudan and Chad would talk.")
    assert not any(kind == "leads" for _, kind, _ in found)  # two states: whose president is not said


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Tal, a senior Defense Ministry official, declined to comment.", ("Tal", "member_of", "Defense Ministry")),
    # "who" speaks of a person
    ("Okafor, who heads the Lagos Port Authority, said ships were waiting.",
     ("Okafor", "leads", "Lagos Port Authority")),
])
def test_a_name_a_role_word_describes_is_a_person(nlp, text, expected):
    found, actors = _relations(nlp, text)
    assert actors[expected[0]].type == "person"
    assert expected in found


@pytest.mark.model
@pytest.mark.parametrize("text, person", [
    ("The Arab League Secretary General Hassan Nouri appealed for calm.", "Hassan Nouri"),
    ("Attorney General Ruth Adler dropped the charges.", "Ruth Adler"),
    ("Major General Felix Amadi announced a ceasefire.", "Felix Amadi"),
    ("Lieutenant-General Joseph Mbeki inspected the troops.", "Joseph Mbeki"),
    ("Surgeon General Clara Voss warned against the drug.", "Clara Voss"),
    # the name the recogniser cut short after the title is the whole name
    ("The Arab League's Director General Ken Obi toured the camp.", "Ken Obi"),
])
def test_a_title_of_several_words_is_no_actor_of_its_own(nlp, text, person):
    """The longest title wins: "Attorney General" is a title, and "General" is no one's name."""
    _, actors = _relations(nlp, text)
    assert actors[person].type == "person"
    assert not any("General" in name for name in actors), sorted(actors)


@pytest.mark.model
def test_a_title_of_several_words_after_its_bodys_possessive_leads_it(nlp):
    found, _ = _relations(nlp, "The Arab League's Director General Ken Obi toured the camp.")
    assert ("Ken Obi", "leads", "Arab League") in found


@pytest.mark.model
def test_a_spokesperson_gets_no_second_body_from_the_country(nlp):
    found, _ = _relations(nlp, "Ali Rahimi, a spokesman for the Taliban, said Afghanistan was calm.")
    spoken_for = {(s, t) for s, k, t in found if k == "spokesperson_for"}
    assert spoken_for == {("Ali Rahimi", "Islamic Emirate of Afghanistan")}


@pytest.mark.model
def test_a_role_verb_with_co_ordinated_bodies_links_each(nlp):
    found, _ = _relations(nlp, "Maria Perez taught at Yale University and the Naval War College.")
    assert {("Maria Perez", "member_of", "Yale University"), ("Maria Perez", "member_of", "Naval War College")} <= found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Sen. Mark Dolan, D-Ariz., chairman of the Senate Ethics Committee, said the vote would wait.",
    "Rep. Jane Holt, R-Calif., criticized the plan.",
])
def test_a_party_state_label_is_no_actor(nlp, text):
    """ "D-Ariz.": the party and state of a legislator, neither a person nor an organisation."""
    _, actors = _relations(nlp, text)
    assert not any(name.startswith(("Ariz", "Calif")) for name in actors), sorted(actors)
