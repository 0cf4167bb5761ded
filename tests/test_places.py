"""Places: the gazetteer's lookups, and resolution by context on sentences written for these tests."""

from __future__ import annotations

import pytest

from newsgraph.extract.credits import find_credits
from newsgraph.extract.gazetteer import gazetteer, name_key
from newsgraph.extract.model import Document, Extraction, Place
from newsgraph.extract.places import country_at, distance_km, find_places
from newsgraph.graph.build import merge_places


@pytest.mark.parametrize("name, feature, country", [
    ("Ky.", "admin1", "USA"), ("U.S.", "country", "USA"), ("US", "country", "USA"), ("NSW", "admin1", "AUS"),
    ("Britain", "country", "GBR"), ("Torkham", "other", "PAK"), ("Khyber Pakhtunkhwa", "admin1", "PAK"),
    ("Europe", "other", None), ("Kentucky", "admin1", "USA"),
])
def test_gazetteer_names_and_abbreviations(name, feature, country):
    assert any(e.feature == feature and e.country == country for e in gazetteer().candidates(name))


@pytest.mark.parametrize("name", ["Ky", "Act", "Us", "Penn"])
def test_gazetteer_abbreviations_need_their_dot_or_capitals(name):
    assert not gazetteer().candidates(name)


def test_gazetteer_other_names_of_big_cities_only_when_asked():
    assert any(e.name == "Kyiv" for e in gazetteer().candidates("Kiev"))
    assert not gazetteer().candidates("Kiev", own_name=True)


def test_gazetteer_every_country_has_a_point():
    countries = gazetteer().countries()
    assert len(countries) > 240
    missing = [iso for iso, e in countries.items() if e.lat is None and e.population > 100_000]
    assert missing == []
    assert (countries["CAN"].lat, countries["CAN"].lon) == (60.10867, -113.64258)


def test_gazetteer_name_key_folds_case_accents_and_article():
    assert name_key("the Côte d’Ivoire") == name_key("Cote d'Ivoire")
    assert name_key("LONDON") == name_key("London")


def test_places_distance_is_symmetric_and_zero_on_itself():
    assert distance_km(34.5, 69.2, 34.5, 69.2) == 0
    assert distance_km(34.5, 69.2, 33.7, 73.0) == pytest.approx(distance_km(33.7, 73.0, 34.5, 69.2))


def test_places_merge_across_documents_keeps_every_mention():
    def ex(doc_id, start):
        place = Place("kabul-1138958", "Kabul", "city", "AFG", 34.5, 69.2, 1138958, ((start, start + 5, "Kabul"),))
        return Extraction(Document(doc_id, f"{doc_id}.txt", "x"), places=(place,))

    rows = merge_places([ex("b", 3), ex("a", 7)])
    assert len(rows) == 1
    assert rows[0]["mentions"] == [{"doc_id": "a", "start": 7, "end": 12, "text": "Kabul"},
                                   {"doc_id": "b", "start": 3, "end": 8, "text": "Kabul"}]
    assert list(rows[0])[:8] == ["id", "name", "feature", "country", "lat", "lon", "geonameid", "mentions"]
    assert rows[0]["actors"] == []


def test_places_country_at_an_actors_mentions():
    place = Place("torkham-pak", "Torkham", "other", "PAK", 34.1, 71.1, None, ((10, 17, "Torkham"),))
    assert country_at([place], [(10, 17)]) == "PAK"
    assert country_at([place], [(30, 40)]) is None


def test_places_cache_round_trip():
    place = Place("kabul-1138958", "Kabul", "city", "AFG", 34.5, 69.2, 1138958, ((0, 5, "Kabul"),))
    ex = Extraction(Document("d", "d.txt", "Kabul"), places=(place,))
    assert Extraction.from_dict(ex.to_dict()) == ex


# --- resolution on parsed sentences -----------------------------------------------------------

def _places(nlp, text):
    credits = find_credits(text)
    dateline = next(((c.start, c.end) for c in credits if c.kind == "dateline"), None)
    places = find_places(nlp(text), text=text, excluded=[(c.start, c.end) for c in credits], dateline=dateline)
    return {m[2]: p for p in places for m in p.mentions}


@pytest.mark.model
@pytest.mark.parametrize("text, name, country", [
    # the country named with the city
    ("Gunmen attacked a checkpoint in Tripoli, Lebanon, on Sunday.", "Tripoli", "LBN"),
    ("Rival militias clashed in Tripoli as Libya's two governments traded blame.", "Tripoli", "LBY"),
    ("A car bomb exploded in Kirkuk, Iraq, killing three people.", "Kirkuk", "IRQ"),
    # the region named with the city, or elsewhere in the document
    ("A tornado tore through Paris, Texas, late on Tuesday.", "Paris", "USA"),
    ("Farmers in Kentucky said the flood reached Lexington before dawn.", "Lexington", "USA"),
    # population alone
    ("Thousands of people marched through Paris on Saturday.", "Paris", "FRA"),
])
def test_places_context_picks_the_sense(nlp, text, name, country):
    assert _places(nlp, text)[name].country == country


@pytest.mark.model
def test_places_one_sense_per_document(nlp):
    text = ("Officials in London, Ontario, opened a shelter on Monday. "
            "London police said the shelter would stay open all winter.")
    found = _places(nlp, text)
    assert found["London"].country == "CAN"
    assert len(next(iter(p for p in found.values() if p.name == "London")).mentions) == 2


@pytest.mark.model
def test_places_wording_asks_for_a_region(nlp):
    found = _places(nlp, "Government troops advanced across Helmand province on Friday.")
    place = next(p for text, p in found.items() if text.startswith("Helmand"))
    assert (place.feature, place.country) == ("admin1", "AFG")


@pytest.mark.model
@pytest.mark.parametrize("text, word", [
    ("Russian troops shelled the village overnight.", "Russian"),
    ("Moscow said the talks had failed.", "Moscow"),
    ("Washington warned it would impose new sanctions.", "Washington"),
])
def test_places_demonyms_and_speaking_capitals_are_no_places(nlp, text, word):
    assert word not in _places(nlp, text)


@pytest.mark.model
def test_places_a_capital_where_something_happens_is_a_place(nlp):
    assert _places(nlp, "Protesters gathered in Moscow on Sunday.")["Moscow"].country == "RUS"


@pytest.mark.model
def test_places_dateline_names_the_city_filed_from(nlp):
    text = "WASHINGTON (AP) -- Lawmakers met on Monday to discuss the budget."
    place = _places(nlp, text)["WASHINGTON"]
    assert (place.feature, place.country) == ("city", "USA")
    assert abs(place.lat - 38.9) < 0.5


@pytest.mark.model
def test_places_event_gets_the_most_specific_place(nlp):
    from newsgraph.extract.pipeline import extract_one

    text = "Border guards fired on a convoy at the Torkham crossing in Pakistan on Friday."
    ex = extract_one(nlp(text), Document("d", "d.txt", text, date="2026-02-27"))
    torkham = next(p for p in ex.places if p.name == "Torkham")
    assert [e.place_id for e in ex.events if e.place] == [torkham.key] * len([e for e in ex.events if e.place])
    assert any(e.place_id == torkham.key for e in ex.events)


@pytest.mark.model
@pytest.mark.parametrize("text, name, country", [
    ("A U.S.-led coalition struck targets overnight.", "U.S.", "USA"),
    ("The Kabul-based agency said food was running out.", "Kabul", "AFG"),
    ("Officers of the Kentucky State Police closed the road.", "Kentucky", "USA"),
])
def test_places_names_inside_longer_names(nlp, text, name, country):
    assert _places(nlp, text)[name].country == country


@pytest.mark.model
@pytest.mark.parametrize("text, word", [
    ("Georgia Stevens won the junior title. Georgia now trains twice a day.", "Georgia"),
    ("Xinhua reported the decision on Monday.", "Xinhua"),
])
def test_places_people_and_known_actors_are_no_places(nlp, text, word):
    assert not any(t.startswith(word) for t in _places(nlp, text))
