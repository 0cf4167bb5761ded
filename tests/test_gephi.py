"""GraphML and GEXF for Gephi: schema-valid, typed, timed, and read back the same by two readers."""

from __future__ import annotations

import io
import json
import re
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import networkx as nx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsgraph.graph.build import Corpus, to_graph
from newsgraph.graph.gephi import GEXF_NS, clean_graph, day_range, write_csv, write_gexf, write_graphml

SCHEMAS = Path(__file__).resolve().parents[1].parent / "shared" / "schemas"
GRAPHML_NS = "{http://graphml.graphdrawing.org/xmlns}"
G_NS = "{" + GEXF_NS + "}"
XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")

STRIKE = "Ruritanian jets struck the Borduria\x0b barracks on Monday.\x01"
CLASH = "Troops of both countries clashed at the river crossing on Tuesday and Wednesday."
TALKS = "Borduria's envoy met Ruritanian officials in Geneva."


def _evidence(doc_id, text):
    return {"doc_id": doc_id, "start": 0, "end": len(text), "text": text}


def _corpus() -> Corpus:
    """Two countries, a ministry and a spokesman; parallel edges, an undated event, dirty text."""
    actors = [
        {"id": "borduria", "name": "Borduria", "type": "country", "aliases": ["Borduria", "Bordurian"],
         "mentions": 3, "documents": ["d1", "d2"], "country": "BRD", "roles": []},
        {"id": "ministry-of-defence-of-ruritania", "name": "Ministry of Defence of Ruritania",
         "type": "government", "aliases": ["Ministry of Defence"], "mentions": 1, "documents": ["d1"],
         "country": "RUR", "roles": []},
        {"id": "ruritania", "name": "Ruritania", "type": "country", "aliases": ["Ruritania", "Ruritanian"],
         "mentions": 4, "documents": ["d1", "d2"], "country": "RUR", "roles": []},
        {"id": "vlad-osk", "name": "Vlad Osk", "type": "person", "aliases": ["Osk", "Vlad Osk"], "mentions": 1,
         "documents": ["d2"], "country": None, "roles": ["spokesperson"]},
    ]
    relations = [
        {"id": "rel-1", "source": "ruritania", "target": "borduria", "type": "conflict_with",
         "evidence": [_evidence("d1", STRIKE), _evidence("d2", CLASH)]},
        {"id": "rel-2", "source": "ministry-of-defence-of-ruritania", "target": "ruritania", "type": "part_of",
         "evidence": [_evidence("d1", STRIKE)]},
        {"id": "rel-3", "source": "vlad-osk", "target": "borduria", "type": "spokesperson_for",
         "evidence": [_evidence("d2", TALKS)]},
    ]

    def event(event_id, kind, sentence, source, target, day, day_end=None, mode=None):
        return {"id": event_id, "type": kind, "mode": mode, "date": day, "date_end": day_end, "date_text": None,
                "date_source": "text", "source": source, "target": target, "place": None, "doc_id": "d1",
                "sentence": sentence, "start": 0, "end": len(sentence), "attributed_to": None, "negated": False,
                "claim": kind == "THREATEN", "group": event_id, "evidence": [_evidence("d1", sentence)]}

    events = [
        event("ev-strike", "ASSAULT", STRIKE, ["ruritania"], ["borduria"], "2026-03-02", mode="aerial"),
        event("ev-clash", "ASSAULT", CLASH, ["borduria"], ["ruritania"], "2026-03-03", "2026-03-04"),
        event("ev-talks", "CONSULT", TALKS, ["borduria"], ["ruritania"], None),
        event("ev-month", "THREATEN", "Ruritania threatened Borduria in March.", ["ruritania"], ["borduria"],
              "2026-03"),
    ]
    return Corpus(actors=actors, relations=relations, events=events)


@pytest.fixture
def graph() -> nx.MultiDiGraph:
    return to_graph(_corpus())


def _graphml(graph) -> bytes:
    buffer = io.BytesIO()
    write_graphml(graph, buffer)
    return buffer.getvalue()


def _gexf(graph) -> bytes:
    buffer = io.BytesIO()
    write_gexf(graph, buffer)
    return buffer.getvalue()


def _schema(name: str):
    etree = pytest.importorskip("lxml.etree")
    if not (SCHEMAS / name).is_file():
        pytest.skip(f"{SCHEMAS / name} is not here (the schemas live beside the project, in ../shared)")
    return etree.XMLSchema(etree.parse(str(SCHEMAS / name)))


# --- schema validation (skipped without ../shared) -----------------------------------------------

def test_gephi_graphml_validates_against_the_graphml_schema(graph):
    from lxml import etree

    schema = _schema("graphml.xsd")
    assert schema.validate(etree.fromstring(_graphml(graph))), schema.error_log


def test_gephi_gexf_validates_against_the_gexf_schema(graph):
    from lxml import etree

    schema = _schema("gexf.xsd")
    assert schema.validate(etree.fromstring(_gexf(graph))), schema.error_log


def test_gephi_files_written_to_a_path_validate(graph, tmp_path):
    from lxml import etree

    write_graphml(graph, tmp_path / "graph.graphml")
    write_gexf(graph, tmp_path / "graph.gexf")
    for name, schema in (("graph.graphml", _schema("graphml.xsd")), ("graph.gexf", _schema("gexf.xsd"))):
        assert schema.validate(etree.parse(str(tmp_path / name))), schema.error_log


# --- GraphML structure (no schema needed) --------------------------------------------------------

def test_gephi_graphml_structure(graph):
    data = _graphml(graph)
    assert not XML_INVALID.search(data.decode("utf-8"))
    root = ET.fromstring(data)
    keys = root.findall(f"{GRAPHML_NS}key")
    ids = [k.get("id") for k in keys]
    assert len(ids) == len(set(ids)), "key ids are unique"
    names = Counter((k.get("for"), k.get("attr.name")) for k in keys)
    assert all(n == 1 for n in names.values()), "one key, so one type, per attribute"
    by_id = {k.get("id"): (k.get("for"), k.get("attr.name"), k.get("attr.type")) for k in keys}
    (g,) = root.findall(f"{GRAPHML_NS}graph")
    assert g.get("edgedefault") == "directed"
    nodes = g.findall(f"{GRAPHML_NS}node")
    edges = g.findall(f"{GRAPHML_NS}edge")
    assert len(nodes) == graph.number_of_nodes() and len(edges) == graph.number_of_edges()
    for element, kind in [(n, "node") for n in nodes] + [(e, "edge") for e in edges]:
        data_names = {}
        for d in element.findall(f"{GRAPHML_NS}data"):
            key_for, name, attr_type = by_id[d.get("key")]
            assert key_for == kind
            data_names[name] = (attr_type, d.text or "")
        if kind == "node":
            assert data_names["label"][1], "every node has a label"
        else:
            assert data_names["weight"][0] == "double" and float(data_names["weight"][1]) > 0
    # parallel edges stay apart, each with its own id
    pairs = Counter((e.get("source"), e.get("target")) for e in edges)
    assert pairs[("ruritania", "borduria")] == 3
    assert len({e.get("id") for e in edges}) == len(edges)


def test_gephi_graphml_lists_are_json_and_dates_iso(graph):
    back = nx.read_graphml(io.BytesIO(_graphml(graph)), force_multigraph=True)
    assert json.loads(back.nodes["ruritania"]["aliases"]) == ["Ruritania", "Ruritanian"]
    assert back.nodes["vlad-osk"]["country"] == ""
    strike = back.edges["ruritania", "borduria", "ev-strike:ruritania:borduria"]
    assert strike["date"] == "2026-03-02"
    assert json.loads(strike["evidence"])[0]["text"] == "Ruritanian jets struck the Borduria barracks on Monday."


def test_gephi_clean_graph_gives_each_attribute_one_type():
    g = nx.MultiDiGraph()
    g.add_node("a", score=1, rank=1, flag=True, note=None)
    g.add_node("b", score=2.5, rank="first", flag=False)
    g.add_edge("a", "b", weight=3)
    g.add_edge("a", "b")
    c = clean_graph(g)
    assert c.nodes["a"] == {"label": "a", "score": 1.0, "rank": "1", "flag": True, "note": ""}
    assert c.nodes["b"] == {"label": "b", "score": 2.5, "rank": "first", "flag": False, "note": ""}
    assert sorted(w for _, _, w in c.edges(data="weight")) == [1.0, 3.0]


# --- round trips ---------------------------------------------------------------------------------

def _same_as_clean(back: nx.MultiDiGraph, graph: nx.MultiDiGraph) -> None:
    clean = clean_graph(graph)
    assert back.is_directed() and back.is_multigraph()
    assert dict(back.nodes(data=True)) == dict(clean.nodes(data=True))
    assert sorted(back.edges(keys=True, data=True)) == sorted(clean.edges(keys=True, data=True))


def test_gephi_graphml_round_trip_networkx(graph):
    _same_as_clean(nx.read_graphml(io.BytesIO(_graphml(graph)), force_multigraph=True), graph)


def test_gephi_graphml_round_trip_igraph(graph, tmp_path):
    igraph = pytest.importorskip("igraph")
    path = tmp_path / "graph.graphml"
    write_graphml(graph, path)
    back = igraph.Graph.Read_GraphML(str(path))
    clean = clean_graph(graph)
    assert back.is_directed()
    # igraph keeps the GraphML node id as the vertex attribute "id"; numbers come back as floats
    vertices = {v["id"]: {k: val for k, val in v.attributes().items() if k != "id"} for v in back.vs}
    assert vertices == dict(clean.nodes(data=True))
    names = back.vs["id"]
    # igraph (1.0) does not keep GraphML edge ids, so edges compare as a multiset of (ends, attributes)
    got = Counter((names[e.source], names[e.target], json.dumps({k: v for k, v in e.attributes().items()
                                                                  if k != "id"}, sort_keys=True))
                  for e in back.es)
    want = Counter((u, v, json.dumps(d, sort_keys=True)) for u, v, d in clean.edges(data=True))
    assert got == want


text_values = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=30)


@settings(max_examples=60, deadline=None)
@given(label=text_values, note=text_values, sentence=text_values,
       aliases=st.lists(text_values, max_size=3), count=st.integers(-10**6, 10**6))
def test_gephi_graphml_round_trip_any_text(label, note, sentence, aliases, count):
    g = nx.MultiDiGraph()
    g.add_node("a", label=label, note=note, aliases=aliases, count=count)
    g.add_node("b", label="B", note=None, count=0)
    g.add_edge("a", "b", key="k1", type="ASSAULT", evidence=[{"text": sentence}], weight=1)
    g.add_edge("a", "b", key="k2", type="ACCUSE", date="2026-03-02")
    data = _graphml(g)
    assert not XML_INVALID.search(data.decode("utf-8"))
    _same_as_clean(nx.read_graphml(io.BytesIO(data), force_multigraph=True), g)
    ET.fromstring(_gexf(g))  # well-formed whatever the text


# --- GEXF with time ------------------------------------------------------------------------------

def test_gephi_gexf_is_dynamic_with_dates(graph):
    root = ET.fromstring(_gexf(graph))
    assert root.tag == f"{G_NS}gexf" and root.get("version") == "1.2"
    g = root.find(f"{G_NS}graph")
    assert (g.get("mode"), g.get("timeformat"), g.get("defaultedgetype")) == ("dynamic", "date", "directed")
    assert (g.get("start"), g.get("end")) == ("2026-03-01", "2026-03-31")
    edges = {e.get("id"): e for e in g.iter(f"{G_NS}edge")}
    strike = edges["ev-strike:ruritania:borduria"]
    assert (strike.get("start"), strike.get("end")) == ("2026-03-02", "2026-03-02")
    clash = edges["ev-clash:borduria:ruritania"]
    assert (clash.get("start"), clash.get("end")) == ("2026-03-03", "2026-03-04")
    month = edges["ev-month:ruritania:borduria"]
    assert (month.get("start"), month.get("end")) == ("2026-03-01", "2026-03-31")
    # relations and undated events hold for the whole timeline
    assert edges["rel-1"].get("start") is None and edges["ev-talks:borduria:ruritania"].get("start") is None
    assert strike.get("label") == "ASSAULT" and float(edges["rel-1"].get("weight")) == 2.0
    nodes = {n.get("id"): n for n in g.iter(f"{G_NS}node")}
    assert nodes["ruritania"].get("start") == "2026-03-01"  # its first dated event: the month-long threat
    assert nodes["vlad-osk"].get("start") is None  # in no dated event
    assert all(n.get("label") for n in nodes.values())


def test_gephi_gexf_structure(graph):
    g = ET.fromstring(_gexf(graph)).find(f"{G_NS}graph")
    declared = {cls: {a.get("id"): a.get("type") for a in g.find(f"{G_NS}attributes[@class='{cls}']")}
                for cls in ("node", "edge")}
    assert declared["node"]["mentions"] == "long" and declared["edge"]["type"] == "string"
    assert "label" not in declared["node"] and "weight" not in declared["edge"]
    nodes = g.find(f"{G_NS}nodes")
    edges = g.find(f"{G_NS}edges")
    assert int(nodes.get("count")) == len(nodes) == graph.number_of_nodes()
    assert int(edges.get("count")) == len(edges) == graph.number_of_edges()
    ids = {n.get("id") for n in nodes}
    for cls, container in (("node", nodes), ("edge", edges)):
        for element in container:
            for value in element.iter(f"{G_NS}attvalue"):
                assert value.get("for") in declared[cls]
    for e in edges:
        assert e.get("source") in ids and e.get("target") in ids
        for bound in ("start", "end"):
            assert e.get(bound) is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", e.get(bound))


def test_gephi_gexf_reads_back_with_networkx(graph):
    back = nx.read_gexf(io.BytesIO(_gexf(graph)))
    assert set(back.nodes) == set(graph.nodes)
    assert back.number_of_edges() == graph.number_of_edges()
    assert back.nodes["ruritania"]["label"] == "Ruritania"


def test_gephi_gexf_without_dates_is_static():
    g = nx.MultiDiGraph()
    g.add_edge("a", "b", kind="relation", type="allied_with")
    graph = ET.fromstring(_gexf(g)).find(f"{G_NS}graph")
    assert graph.get("mode") == "static" and graph.get("timeformat") is None


@pytest.mark.parametrize("value, value_end, expected", [
    ("2026-03-02", None, ("2026-03-02", "2026-03-02")),
    ("2026-03-02", "2026-03-04", ("2026-03-02", "2026-03-04")),
    ("2026-03-02T23:10:00+00:00", None, ("2026-03-02", "2026-03-02")),
    ("2024-02", None, ("2024-02-01", "2024-02-29")),
    ("2026", None, ("2026-01-01", "2026-12-31")),
    ("2026-03-04", "2026-03-02", ("2026-03-04", "2026-03-04")),  # an end before the start is dropped
    ("2026-02-30", None, None),
    (None, None, None),
    ("PRESENT_REF", None, None),
])
def test_gephi_day_range(value, value_end, expected):
    assert day_range(value, value_end) == expected


def test_gephi_csv_in_gephi_spreadsheet_shape(graph):
    import csv

    nodes, edges = io.StringIO(), io.StringIO()
    write_csv(graph, nodes, edges)
    node_rows = list(csv.DictReader(io.StringIO(nodes.getvalue())))
    edge_rows = list(csv.DictReader(io.StringIO(edges.getvalue())))
    assert {r["Id"]: r["Label"] for r in node_rows}["vlad-osk"] == "Vlad Osk"
    assert len(edge_rows) == graph.number_of_edges()
    clash = next(r for r in edge_rows if r["Id"] == "ev-clash:borduria:ruritania")
    assert (clash["Source"], clash["Target"], clash["Type"], clash["Label"]) == (
        "borduria", "ruritania", "Directed", "ASSAULT")
    assert clash["Interval"] == "<[2026-03-03, 2026-03-04]>"
