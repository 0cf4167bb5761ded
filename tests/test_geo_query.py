"""Questions of place asked of a build: g.places(), g.events(near=, km=), `query places`, map attributes."""

from __future__ import annotations

import csv
import io
import json

import networkx as nx
import pytest
from click.testing import CliRunner

from newsgraph.cli import main
from newsgraph.graph.outputs.graphml import write_graphml
from newsgraph.graph.query import Newsgraph, UnknownPlace, load
from newsgraph.graph.tables import write_table

TEXT = "Shelling hit Aleppo on Monday. Protesters marched in Kabul. Guards fired at the Torkham crossing."


def _place(pid, name, feature, country, lat, lon, start, actors=()):
    return {"id": pid, "name": name, "feature": feature, "country": country, "lat": lat, "lon": lon,
            "geonameid": None, "mentions": [{"doc_id": "d", "start": start, "end": start + len(name), "text": name}],
            "actors": list(actors)}


def _event(eid, kind, place, place_id, source):
    return {"id": eid, "type": kind, "source": [source], "target": ["kabul"], "date": "2026-03-02", "doc_id": "d",
            "sentence": f"{kind} at {place}.", "start": 0, "end": 10, "place": place, "place_id": place_id}


@pytest.fixture
def graph():
    actors = [{"id": "kabul", "name": "Kabul", "type": "location", "country": "AFG"},
              {"id": "syria", "name": "Syria", "type": "country", "country": "SYR"},
              {"id": "guards", "name": "Border guards", "type": "military"}]
    places = [_place("aleppo-170063", "Aleppo", "city", "SYR", 36.20124, 37.16117, 13),
              _place("kabul-1138958", "Kabul", "city", "AFG", 34.52813, 69.17233, 53, ["kabul"]),
              _place("torkham-pak", "Torkham", "other", "PAK", 34.11, 71.09, 81)]
    events = [_event("e1", "ASSAULT", "Aleppo", "aleppo-170063", "syria"),
              _event("e2", "PROTEST", "Kabul", "kabul-1138958", "guards"),
              _event("e3", "ASSAULT", "Torkham", "torkham-pak", "guards")]
    return Newsgraph.from_tables(actors=actors, events=events, places=places)


def test_geo_query_places_most_mentioned_first_with_event_counts(graph):
    found = graph.places()
    assert [(p.name, p.events) for p in found] == [("Aleppo", 1), ("Kabul", 1), ("Torkham", 1)]
    assert [p.name for p in graph.places(country="afg")] == ["Kabul"]
    assert [p.name for p in graph.places(feature="other")] == ["Torkham"]


def test_geo_query_events_near_a_place(graph):
    assert [e.place for e in graph.events(near="Kabul", km=100)] == ["Kabul"]
    assert sorted(e.place for e in graph.events(near="Kabul", km=250)) == ["Kabul", "Torkham"]
    event = graph.events(near="Aleppo", km=10)[0]
    assert (event.place_id, round(event.lat, 2), round(event.lon, 2)) == ("aleppo-170063", 36.2, 37.16)


def test_geo_query_near_a_place_the_build_never_named(graph):
    # Peshawar is in the gazetteer, not in the build: Torkham lies about 50 km west of it
    assert [e.place for e in graph.events(near="Peshawar", km=100)] == ["Torkham"]


def test_geo_query_unknown_place_says_so(graph):
    with pytest.raises(UnknownPlace, match="unknown place 'Qqqzzville'"):
        graph.events(near="Qqqzzville")


def test_geo_query_places_carry_coordinates_into_the_graph_and_gephi_files(graph):
    assert graph.nx.nodes["kabul"]["latitude"] == 34.52813
    assert "latitude" not in graph.nx.nodes["guards"]
    buffer = io.BytesIO()
    write_graphml(graph.nx, buffer)
    read = nx.read_graphml(io.BytesIO(buffer.getvalue()))
    assert read.nodes["kabul"]["latitude"] == pytest.approx(34.52813)
    assert read.nodes["kabul"]["longitude"] == pytest.approx(69.17233)


def test_geo_query_events_as_nodes_csv_has_each_events_place_and_coordinates(graph, tmp_path):
    graph.export("csv", tmp_path, events_as_nodes=True)
    rows = list(csv.DictReader(open(tmp_path / "event-nodes.csv", encoding="utf-8")))
    protest = next(r for r in rows if r["type"] == "PROTEST")
    assert (protest["place"], protest["place_id"]) == ("Kabul", "kabul-1138958")
    assert float(protest["latitude"]) == pytest.approx(34.52813)
    place = next(r for r in rows if r["Id"] == "place:kabul-1138958")
    assert float(place["longitude"]) == pytest.approx(69.17233)


def test_geo_query_actor_csv_nodes_carry_coordinates(graph, tmp_path):
    graph.export("csv", tmp_path)
    rows = {r["Id"]: r for r in csv.DictReader(open(tmp_path / "nodes.csv", encoding="utf-8"))}
    assert float(rows["kabul"]["latitude"]) == pytest.approx(34.52813)


@pytest.fixture
def built(graph, tmp_path):
    for name in ("documents", "actors", "relations", "events", "places"):
        write_table(tmp_path / f"{name}.jsonl", getattr(graph.corpus, name))
    return tmp_path


def test_geo_query_load_reads_places(built):
    assert [p.name for p in load(built).places(near="Kabul", km=300)] == ["Kabul", "Torkham"]


def _run(*args):
    return CliRunner(env={"COLUMNS": "100"}).invoke(main, list(args))


def test_geo_query_cli_places(built):
    result = _run("query", "places", "--dir", str(built), "--country", "AFG")
    assert result.exit_code == 0, result.output
    assert result.stdout == (
        "ID             FEATURE  COUNTRY  LAT, LON          MENTIONS  EVENTS  NAME\n"
        "kabul-1138958  city     AFG      34.5281, 69.1723  1         1       Kabul\n")


def test_geo_query_cli_places_json_and_events_near(built):
    result = _run("query", "places", "--dir", str(built), "--near", "Kabul", "--km", "300", "-f", "json")
    assert [p["id"] for p in json.loads(result.stdout)] == ["kabul-1138958", "torkham-pak"]
    result = _run("query", "events", "--dir", str(built), "--near", "Aleppo", "-f", "csv")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [(r["type"], r["place_id"]) for r in rows] == [("ASSAULT", "aleppo-170063")]


def test_geo_query_cli_unknown_place_is_an_error(built):
    result = _run("query", "events", "--dir", str(built), "--near", "Qqqzzville")
    assert result.exit_code == 2
    assert "unknown place 'Qqqzzville'" in result.stderr
