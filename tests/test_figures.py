"""Tests of casualty figures: counts and their ranges, casualty frames, victims and who reports them.
Sentences are short invented news items; the ones that need a parse use the installed pipeline.
"""

from __future__ import annotations

import pytest

from newsgraph.extract.figures import KINDS, bounded, count_value, extract_figures, find_counts
from newsgraph.extract.lexicon import rows

# -- count words, without a parse ----------------------------------------------------------------


def test_figures_lexicons_are_well_formed():
    frames = {"act", "fate", "state", "deed", "toll", "harm", "carrier", "held", "home", "thing", "measure", "taken",
              "unreal", "estimate"}
    for row in rows("casualty_words.tsv"):
        assert row[1] in set(KINDS) | {"-"} and row[2] in frames, row
    for row in rows("counts.tsv"):
        assert int(row[1]) >= 0 and (len(row) < 3 or not row[2] or int(row[2]) >= int(row[1])), row
    for row in rows("count_bounds.tsv"):
        assert row[1] in {"atleast", "above", "upto", "below", "exact"} and row[2] in {"before", "after"}, row


@pytest.mark.parametrize("text, value", [
    ("seventeen", (17, 17)), ("ninety-nine", (99, 99)), ("3,450", (3450, 3450)), ("1.5 million", (1500000, 1500000)),
    ("half a dozen", (6, 6)), ("three dozen", (36, 36)), ("a handful", (2, None)), ("several hundred", (300, None)),
    ("hundreds of thousands", (200000, None)), ("five to seven", (5, 7)), ("between 30 and 45", (30, 45)),
    ("12-14", (12, 14)),
])
def test_figures_count_values(text, value):
    assert count_value(text) == value


def test_figures_vague_words_outside_the_table_are_no_count():
    assert count_value("many") is None and count_value("countless") is None


def test_figures_bounds_follow_the_table():
    assert [text for *_, text in [(*f, "") for f in find_counts("no fewer than 15")]] == [""]
    assert find_counts("no fewer than 15 people") == [(0, 16, 15, None)]
    assert find_counts("upwards of 300 migrants") == [(0, 14, 301, None)]
    assert find_counts("fewer than ten people") == [(0, 14, 1, 9)]
    assert find_counts("nearly 60 students") == [(0, 9, 60, 60)]
    assert bounded((2, 3), "atleast") == (2, None)


def test_figures_counts_skip_parts_of_words_and_numbers():
    assert find_counts("COVID-19 and F-16 jets, 3.5% of voters") == [] or all(
        text not in ("19", "16") for text in [str(c[2]) for c in find_counts("COVID-19 and F-16 jets")])


# -- figures in sentences, with a parse ----------------------------------------------------------

def _figures(nlp, text, doc_id="d"):
    from newsgraph.extract.actors import extract_actors

    doc = nlp(text)
    actors = extract_actors(doc, doc_id=doc_id, text=text)
    figures, sources = extract_figures(doc, doc_id=doc_id, token_actor=actors.token_actor, actors=actors.actors)
    names = {a.key: a.name for a in (*actors.actors, *sources)}
    return [(f.kind, f.min, f.max, f.text, f.victims, names.get(f.reported_by)) for f in figures]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # a verb done to people: its object, its passive subject
    ("Gunmen killed 14 farmers in the hills.", [("killed", 14, 14, "14", "farmers", None)]),
    ("More than 300 protesters were detained on Sunday.",
     [("arrested", 301, None, "More than 300", "protesters", None)]),
    ("The militia abducted two aid workers near the dam.", [("abducted", 2, 2, "two", "aid workers", None)]),
    # a verb people undergo, a condition, a toll
    ("Three fishermen drowned when the boat sank.", [("killed", 3, 3, "Three", "fishermen", None)]),
    ("The blast left nine shoppers dead.", [("killed", 9, 9, "nine", "shoppers", None)]),
    ("Dozens of villagers are still missing.", [("missing", 24, None, "Dozens", "villagers", None)]),
    ("The death toll from the landslide rose to 31.", [("killed", 31, 31, "31", None, None)]),
    ("The fighting forced about 5,000 families to leave their homes.",
     [("displaced", 5000, 5000, "about 5,000", "families", None)]),
    # a deed noun, a harm that is sustained, an article before a person
    ("The raid led to the arrest of 12 students.", [("arrested", 12, 12, "12", "students", None)]),
    ("Four miners sustained injuries in the collapse.", [("wounded", 4, 4, "Four", "miners", None)]),
    ("Thirty workers were taken to a clinic, suffering from burns.",
     [("wounded", 30, 30, "Thirty", "workers", None)]),
    ("A nurse was wounded by shrapnel.", [("wounded", 1, 1, "A", "nurse", None)]),
    # one count for two verbs, a part of a figure, a zero
    ("Troops killed and wounded scores of militants.",
     [("killed", 40, None, "scores", "militants", None), ("wounded", 40, None, "scores", "militants", None)]),
    ("Eleven pilgrims, including three children, were hurt.",
     [("wounded", 11, 11, "Eleven", "pilgrims", None), ("wounded", 3, 3, "three", "children", None)]),
    ("Nobody was injured in the fire.", [("wounded", 0, 0, "Nobody", None, None)]),
    ("Two soldiers were among the dead.", [("killed", 2, 2, "Two", "soldiers", None)]),
    ("Nine tourists were taken hostage.", [("abducted", 9, 9, "Nine", "tourists", None)]),
    ("The riots left two dead and 15 injured.", [("killed", 2, 2, "two", None, None),
                                                ("wounded", 15, 15, "15", None, None)]),
    ("The raid left scores of fighters dead and wounded.",
     [("killed", 40, None, "scores", "fighters", None), ("wounded", 40, None, "scores", "fighters", None)]),
    ("The shelling killed one guard and injured another.",
     [("killed", 1, 1, "one", "guard", None), ("wounded", 1, 1, "another", None, None)]),
    ("The blast brought the death toll to 17.", [("killed", 17, 17, "17", None, None)]),
    ("Police found the bodies of six migrants in the desert.", [("killed", 6, 6, "six", "migrants", None)]),
    ("3 killed, 12 hurt in market blast", [("killed", 3, 3, "3", None, None), ("wounded", 12, 12, "12", None, None)]),
    ("Five people are missing after the flood.", [("missing", 5, 5, "Five", "people", None)]),
])
def test_figures_in_casualty_frames(nlp, text, expected):
    assert _figures(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The army destroyed dozens of vehicles and fired 200 rockets.",     # things, not people
    "Rebels captured a town and two villages in the north.",            # places are no arrests
    "Two bombers blew themselves up outside the station.",              # attackers as agents
    "The ministry paid 5 million dollars to the families.",             # money
    "Soldiers who were wounded in the attack were flown home.",         # no count
    "Three gunmen attacked the convoy on Tuesday.",                     # the attackers are no victims
    "Two gunmen have killed a dozen sheep.",                             # animals, and the killers
    "Anna Berg, 23, and Tom Berg, 15, drowned in the lake.",             # ages beside names
    "Two guards were not hurt in the blast.",                           # negated
    "The rebels threatened to kill 20 hostages.",                       # only threatened
    "The storm could kill hundreds of people.",                         # only possible
    "The court heard Ivo Lind, a farmer sentenced to die, on Monday.",   # an article before an apposition
    "A spokesman said the clashes had caused heavy casualties.",        # no count, an article before a speaker
])
def test_figures_not_figures(nlp, text):
    assert _figures(nlp, text) == []


@pytest.mark.model
@pytest.mark.parametrize("text, reporter", [
    ("Rebels killed nine fishermen, according to the Navy of Ruritania.", "Navy of Ruritania"),
    ("Five hikers were confirmed dead by the coroner.", "coroner"),
    ("Seven guards were killed in the attack, local officials said on Monday.", "local officials"),
    ("An eyewitness told the radio that 20 people were killed.", "eyewitness"),
    ("Twelve people were killed, according to media reports.", None),     # an unnamed report
    ("Twelve people were reportedly killed in the storm.", None),          # stated without a source
    ("The Red Hill Brigades claimed responsibility for killing four guards.", "Red Hill Brigades"),
    ("Hospital sources put the death toll at 25.", "Hospital sources"),
    ("The ministry said in a statement that 40 rebels had been killed.", "ministry"),
    ("Colonel Ivo Marek said that 12 soldiers died. He added that 30 were wounded.", "Ivo Marek"),
])
def test_figures_reporters(nlp, text, reporter):
    figures = _figures(nlp, text)
    assert figures and all(figure[5] == reporter for figure in figures)


@pytest.mark.model
def test_figures_described_sources_are_actors_of_their_document_only(nlp):
    from newsgraph.extract.actors import extract_actors

    text = "Six villagers were killed, medics said."
    doc = nlp(text)
    actors = extract_actors(doc, doc_id="a", text=text)
    (figure,), (source,) = extract_figures(doc, doc_id="a", token_actor=actors.token_actor)
    assert figure.reported_by == source.key and source.name == "medics" and source.roles == ("source",)
    assert source.key != extract_figures(nlp(text), doc_id="b", token_actor={})[1][0].key
    assert text[figure.start:figure.end] == figure.text == "Six"
