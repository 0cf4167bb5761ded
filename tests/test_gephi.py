"""The graph files as Gephi, graphology, networkx and igraph read them: every event, dated, in colour, in place."""

from __future__ import annotations

import io
import json
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import gephi_import
import networkx as nx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsgraph.graph.build import Corpus, event_links, to_graph
from newsgraph.graph.linkgraph import link_graph
from newsgraph.graph.outputs.bipartite import events_graph
from newsgraph.graph.outputs.gexf import GEXF_NS, weight_steps, write_gexf
from newsgraph.graph.outputs.graphml import write_graphml
from newsgraph.graph.outputs.spreadsheet import write_csv
from newsgraph.graph.outputs.values import text

HERE = Path(__file__).resolve().parent
SCHEMAS = HERE.parents[1] / "shared" / "schemas"
GRAPHML_NS = "{http://graphml.graphdrawing.org/xmlns}"
G_NS = "{" + GEXF_NS + "}"
XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")

STRIKE = "Ruritanian jets struck the Borduria\x0b barracks on Monday.\x01"
CLASH = "Troops of both countries clashed at the river crossing on Tuesday and Wednesday."
SHELLING = "Ruritanian guns shelled Borduria again on Wednesday."
TALKS = "Borduria's envoy met Ruritanian officials in Geneva."
PARADE = "Ruritania held a military parade on Thursday."


def _evidence(doc_id, text):
    return {"doc_id": doc_id, "start": 0, "end": len(text), "text": text}


def _corpus() -> Corpus:
    """Two countries, a ministry and a spokesman: parallel links, a two-sided clash, a one-actor parade."""
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

    def event(event_id, kind, sentence, source, target, day, day_end=None, mode=None, **extra):
        return {"id": event_id, "type": kind, "mode": mode, "date": day, "date_end": day_end, "date_text": None,
                "date_source": "text", "source": source, "target": target, "place": None, "doc_id": "d1",
                "sentence": sentence, "start": 0, "end": len(sentence), "attributed_to": None, "negated": False,
                "claim": kind == "THREATEN", "group": event_id, "evidence": [_evidence("d1", sentence)], **extra}

    events = [
        event("ev-strike", "ASSAULT", STRIKE, ["ruritania"], ["borduria"], "2026-03-02", mode="aerial"),
        event("ev-shelling", "ASSAULT", SHELLING, ["ruritania"], ["borduria"], "2026-03-04", mode="artillery"),
        event("ev-clash", "ASSAULT", CLASH, ["ruritania", "borduria"], [], "2026-03-03", "2026-03-04",
              place="the river crossing"),
        event("ev-talks", "CONSULT", TALKS, ["borduria"], ["ruritania"], None, attributed_to="vlad-osk"),
        event("ev-month", "THREATEN", "Ruritania threatened Borduria in March.", ["ruritania"], ["borduria"],
              "2026-03"),
        event("ev-parade", "MOBILIZE", PARADE, ["ruritania"], [], "2026-03-05"),
    ]
    return Corpus(actors=actors, relations=relations, events=events)


LAYOUT = {"borduria": (120, -40), "ruritania": (-120, 40), "ministry-of-defence-of-ruritania": (-200, 150),
          "vlad-osk": (200, -150)}


@pytest.fixture
def graph() -> nx.MultiDiGraph:
    return to_graph(_corpus())


def _graphml(graph, layout=LAYOUT) -> bytes:
    buffer = io.BytesIO()
    write_graphml(graph, buffer, layout=layout)
    return buffer.getvalue()


def _gexf(graph, layout=LAYOUT) -> bytes:
    buffer = io.BytesIO()
    write_gexf(graph, buffer, layout=layout)
    return buffer.getvalue()


def _schema(name: str):
    etree = pytest.importorskip("lxml.etree")
    if not (SCHEMAS / name).is_file():
        pytest.skip(f"{SCHEMAS / name} is not here (the schemas live beside the project, in ../shared)")
    return etree.XMLSchema(etree.parse(str(SCHEMAS / name)))


def _as_gexf_12(data: bytes) -> bytes:
    """The GEXF 1.3 file in 1.2's namespaces, without edge kinds: what the 1.2 schema can check.

    ``kind`` is the one 1.3 feature the files use; everything else is the same in both versions. The
    1.2 schema at hand declares the visual elements in the GEXF namespace, where the primer, Gephi and
    networkx put them in the viz namespace: they move for the check.
    """
    text_ = re.sub(r"<viz:(color|position|size)\b", r"<\1", data.decode("utf-8"))
    text_ = text_.replace("http://gexf.net/1.3/viz", "http://www.gexf.net/1.2draft/viz")
    text_ = text_.replace("http://gexf.net/1.3", "http://www.gexf.net/1.2draft").replace('version="1.3"',
                                                                                        'version="1.2"')
    return re.sub(r' kind="[^"]*"', "", text_).encode("utf-8")


# --- the actor graph: every event with two or more actors is on an edge ---------------------------

def test_gephi_two_sided_events_link_their_participants_mutually():
    assert event_links({"source": ["b", "a"], "target": []}) == [("a", "b", True)]
    assert event_links({"source": ["a"], "target": ["a", "b"]}) == [("a", "b", False)]
    assert event_links({"source": ["a"], "target": []}) == []


def test_gephi_graph_holds_every_event_and_counts_one_actor_events(graph):
    events = {d["event"] for _, _, d in graph.edges(data=True) if d["kind"] == "event"}
    assert events == {"ev-strike", "ev-shelling", "ev-clash", "ev-talks", "ev-month"}
    (clash,) = [(u, v, d["mutual"]) for u, v, d in graph.edges(data=True) if d.get("event") == "ev-clash"]
    assert clash == ("borduria", "ruritania", True)
    rur = graph.nodes["ruritania"]
    assert (rur["events"], rur["solo_events"]) == (6, 1)
    assert rur["event_types"] == {"ASSAULT": 3, "CONSULT": 1, "MOBILIZE": 1, "THREATEN": 1}
    assert (rur["first_date"], rur["last_date"]) == ("2026-03-01", "2026-03-31")
    assert graph.nodes["vlad-osk"]["events"] == 0 and graph.nodes["vlad-osk"]["first_date"] is None


def test_gephi_one_edge_per_pair_and_link_type_with_every_interval(graph):
    links = link_graph(graph, LAYOUT)
    pairs = Counter((u, v, d["label"]) for u, v, d in links.edges(data=True))
    assert set(pairs.values()) == {1}
    (assault,) = [d for u, v, d in links.edges(data=True) if (u, v, d["label"]) == ("ruritania", "borduria",
                                                                                   "ASSAULT")]
    assert assault["intervals"] == [("2026-03-02", "2026-03-02"), ("2026-03-04", "2026-03-04")]
    assert (assault["weight"], assault["events"], assault["modes"]) == (2.0, ["ev-strike", "ev-shelling"],
                                                                        ["aerial", "artillery"])
    (clash,) = [d for _, _, d in links.edges(data=True) if d["label"] == "ASSAULT (mutual)"]
    assert clash["intervals"] == [("2026-03-03", "2026-03-04")] and clash["mutual"] is True
    (talks,) = [d for _, _, d in links.edges(data=True) if d["type"] == "CONSULT"]
    assert (talks["intervals"], talks["undated"]) == ([], 1)
    assert links.nodes["borduria"]["x"] == 120.0 and links.nodes["borduria"]["r"] == 31


# --- schema validation (skipped without ../shared) -----------------------------------------------

def test_gephi_graphml_validates_against_the_graphml_schema(graph):
    from lxml import etree

    schema = _schema("graphml.xsd")
    assert schema.validate(etree.fromstring(_graphml(graph))), schema.error_log


def test_gephi_gexf_validates_against_the_gexf_schema(graph):
    from lxml import etree

    schema = _schema("gexf.xsd")
    for data in (_gexf(graph), _gexf(events_graph(_corpus()))):
        assert schema.validate(etree.fromstring(_as_gexf_12(data))), schema.error_log


def test_gephi_files_written_to_a_path_validate(graph, tmp_path):
    from lxml import etree

    write_graphml(graph, tmp_path / "graph.graphml")
    write_gexf(graph, tmp_path / "graph.gexf")
    assert _schema("graphml.xsd").validate(etree.parse(str(tmp_path / "graph.graphml")))
    assert _schema("gexf.xsd").validate(etree.fromstring(_as_gexf_12((tmp_path / "graph.gexf").read_bytes())))


# --- GraphML: named keys, lowercase booleans, no empty values ------------------------------------

def test_gephi_graphml_keys_values_and_visual_attributes(graph):
    data = _graphml(graph)
    assert not XML_INVALID.search(data.decode("utf-8"))
    root = ET.fromstring(data)
    keys = {k.get("id"): (k.get("for"), k.get("attr.name"), k.get("attr.type")) for k in root.iter(
        f"{GRAPHML_NS}key")}
    assert not [k for k in keys if re.fullmatch(r"d\d+", k)], "yEd's dN ids mean labels to Gephi"
    names = {(f, n): t for f, n, t in keys.values()}
    assert names[("edge", "label")] == "string" and names[("edge", "mutual")] == "boolean"
    assert {("node", c) for c in ("x", "y", "size", "r", "g", "b")} <= set(names)
    for d in root.iter(f"{GRAPHML_NS}data"):
        assert d.text, "a missing value has no <data>"
        if keys[d.get("key")][2] == "boolean":
            assert d.text in ("true", "false")


def test_gephi_graphml_as_gephi_imports_it(graph):
    imported = gephi_import.read_graphml(_graphml(graph))
    borduria = imported.nodes["borduria"]
    assert (borduria.label, borduria.colour, borduria.position) == ("Borduria", (31, 119, 180), (120.0, -40.0))
    assert borduria.size > 0 and "x" not in borduria.columns
    for edge in imported.edges:
        assert edge.label == edge.columns["type"] + (" (mutual)" if edge.columns["mutual"] == "true" else "")
    assert {"claims", "mutual", "intervals", "evidence"} <= {c for e in imported.edges for c in e.columns}


def test_gephi_graphml_check_sees_yed_key_ids():
    # the check itself: a key with id d7 is taken as the edge label, whatever its name
    doctored = (b'<graphml xmlns="http://graphml.graphdrawing.org/xmlns">'
                b'<key id="d7" for="edge" attr.name="claim" attr.type="boolean"/>'
                b'<graph edgedefault="directed"><node id="a"/><node id="b"/>'
                b'<edge source="a" target="b"><data key="d7">false</data></edge></graph></graphml>')
    (edge,) = gephi_import.read_graphml(doctored).edges
    assert edge.label == "false" and "claim" not in edge.columns


# --- GEXF: kinds, spells, dynamic weight, viz ----------------------------------------------------

def _event_days(corpus: Corpus, with_two_actors: bool = True) -> set[tuple[str, str]]:
    """(event id, day) for every day of every dated event that links actors."""
    from datetime import date, timedelta

    from newsgraph.graph.dates import day_range

    days = set()
    for e in corpus.events:
        span = day_range(e["date"], e["date_end"])
        if span and (not with_two_actors or event_links(e)):
            day = date.fromisoformat(span[0])
            while day <= date.fromisoformat(span[1]):
                days.add((e["group"], day.isoformat()))
                day += timedelta(days=1)
    return days


def _covered(imported, edge_events) -> set[tuple[str, str]]:
    """(event id, day) covered by a spell of the edge that kept the event after Gephi's merge."""
    from datetime import date, timedelta

    covered = set()
    for edge in imported.edges:
        for start, end in edge.intervals:
            day = date.fromisoformat(start)
            while day < date.fromisoformat(end):
                covered.update((event, day.isoformat()) for event in edge_events(edge))
                day += timedelta(days=1)
    return covered


def _kept_events(edge) -> list[str]:
    return json.loads(edge.columns.get("events", "[]"))


def test_gephi_gexf_as_gephi_imports_it_loses_no_event_date(graph):
    imported = gephi_import.read_gexf(_gexf(graph))
    assert not [e for e in imported.edges if e.merged], "no two edges share source, target and kind"
    assert _event_days(_corpus()) <= _covered(imported, _kept_events)
    assert imported.timeformat == "date" and imported.span == ("2026-03-01", "2026-04-01")
    rur = imported.nodes["ruritania"]
    assert (rur.colour, rur.position, rur.intervals) == ((31, 119, 180), (-120.0, 40.0), [("2026-03-01", None)])
    (assault,) = [e for e in imported.edges if e.kind == "ASSAULT" and e.source == "ruritania"]
    assert assault.colour == (229, 57, 53) and assault.weight == 2.0
    assert assault.columns["weight"] == [("1.0", "2026-03-02", "2026-03-03"), ("1.0", "2026-03-04", "2026-03-05")]


ACTORS = ("alpha", "bravo", "charlie")
event_rows = st.lists(st.fixed_dictionaries({
    "type": st.sampled_from(["ASSAULT", "ACCUSE", "AID"]),
    "source": st.lists(st.sampled_from(ACTORS), max_size=3, unique=True),
    "target": st.lists(st.sampled_from(ACTORS), max_size=2, unique=True),
    "day": st.one_of(st.none(), st.integers(1, 28)),
    "length": st.integers(0, 3),
}), max_size=8)


@settings(max_examples=40, deadline=None)
@given(rows=event_rows)
def test_gephi_merge_never_loses_an_event_day(rows):
    events = []
    for n, row in enumerate(rows):
        day = f"2026-02-{row['day']:02d}" if row["day"] else None
        end = f"2026-03-{row['length'] + 1:02d}" if row["day"] and row["length"] else None
        events.append({"id": f"e{n}", "group": f"e{n}", "type": row["type"], "mode": None, "date": day,
                       "date_end": end, "source": row["source"], "target": row["target"], "doc_id": "d",
                       "sentence": f"Sentence {n}.", "start": 0, "end": 10, "attributed_to": None,
                       "negated": False, "claim": False, "evidence": [_evidence("d", f"Sentence {n}.")]})
    actors = [{"id": a, "name": a.title(), "type": "country", "aliases": [], "mentions": 1, "documents": ["d"],
               "country": None, "roles": []} for a in ACTORS]
    corpus = Corpus(actors=actors, events=events)
    imported = gephi_import.read_gexf(_gexf(to_graph(corpus), layout=None))
    assert not [e for e in imported.edges if e.merged]
    assert _event_days(corpus) <= _covered(imported, _kept_events)
    on_edges = {event for edge in imported.edges for event in _kept_events(edge)}
    assert on_edges == {e["group"] for e in events if event_links(e)}


def test_gephi_gexf_check_sees_edges_without_kinds(graph):
    # the check itself: without kinds Gephi merges a pair's links into one and keeps the first one's dates
    stripped = re.sub(rb' kind="[^"]*"', b"", _gexf(graph))
    imported = gephi_import.read_gexf(stripped)
    assert [e for e in imported.edges if e.merged]
    assert not _event_days(_corpus()) <= _covered(imported, _kept_events)


def test_gephi_gexf_spells_end_at_the_midnight_after_the_last_day(graph):
    root = ET.fromstring(_gexf(graph))
    edges = {e.get("id"): e for e in root.iter(f"{G_NS}edge")}
    spells = {k: [(s.get("start"), s.get("end")) for s in e.iter(f"{G_NS}spell")] for k, e in edges.items()}
    assert spells["event:ASSAULT:ruritania:borduria"] == [("2026-03-02", "2026-03-03"), ("2026-03-04", "2026-03-05")]
    assert spells["event:ASSAULT:mutual:borduria:ruritania"] == [("2026-03-03", "2026-03-05")]
    assert spells["event:THREATEN:ruritania:borduria"] == [("2026-03-01", "2026-04-01")]
    assert spells["relation:conflict_with:ruritania:borduria"] == [] == spells["event:CONSULT:borduria:ruritania"]
    lists = {a.get("id"): a.get("type") for a in root.iter(f"{G_NS}attribute")}
    assert lists["aliases"] == lists["intervals"] == lists["events"] == "liststring"


def test_gephi_weight_steps_count_events_under_way():
    assert weight_steps([("2026-03-01", "2026-03-31"), ("2026-03-02", "2026-03-02")]) == [
        ("2026-03-01", "2026-03-02", 1), ("2026-03-02", "2026-03-03", 2), ("2026-03-03", "2026-04-01", 1)]


def test_gephi_gexf_without_dates_is_static():
    g = nx.MultiDiGraph()
    g.add_edge("a", "b", kind="relation", type="allied_with")
    root = ET.fromstring(_gexf(g, layout=None))
    assert root.find(f"{G_NS}graph").get("mode") == "static" and not list(root.iter(f"{G_NS}spells"))


# --- round trips ---------------------------------------------------------------------------------

def _expected(graph) -> tuple[dict, dict]:
    links = link_graph(graph, LAYOUT)
    return ({n: {k: v for k, v in d.items() if text(v, str) is not None} for n, d in links.nodes(data=True)},
            {k: d for _, _, k, d in links.edges(keys=True, data=True)})


def test_gephi_graphml_round_trip_networkx(graph):
    back = nx.read_graphml(io.BytesIO(_graphml(graph)), force_multigraph=True)
    nodes, edges = _expected(graph)
    assert set(back.nodes) == set(nodes)
    assert back.nodes["ruritania"]["event_types"] == json.dumps(nodes["ruritania"]["event_types"])
    assert back.nodes["ruritania"]["mentions"] == 4 and "country" not in back.nodes["vlad-osk"]
    assert {k for _, _, k in back.edges(keys=True)} == set(edges)
    strike = back.edges["ruritania", "borduria", "event:ASSAULT:ruritania:borduria"]
    assert strike["mutual"] is False and strike["weight"] == 2.0
    assert json.loads(strike["intervals"]) == ["2026-03-02/2026-03-02", "2026-03-04/2026-03-04"]
    assert json.loads(strike["evidence"])[0]["text"] == "Ruritanian jets struck the Borduria barracks on Monday."


def test_gephi_graphml_round_trip_igraph(graph, tmp_path):
    igraph = pytest.importorskip("igraph")
    write_graphml(graph, tmp_path / "graph.graphml", layout=LAYOUT)
    back = igraph.Graph.Read_GraphML(str(tmp_path / "graph.graphml"))
    nodes, edges = _expected(graph)
    assert back.is_directed() and sorted(back.vs["id"]) == sorted(nodes)
    labels = Counter((back.vs[e.source]["id"], back.vs[e.target]["id"], e["label"]) for e in back.es)
    assert labels == Counter((k.split(":")[-2], k.split(":")[-1], d["label"]) for k, d in edges.items())
    assert {e["mutual"] for e in back.es if e["link"] == "event"} == {True, False}


def test_gephi_gexf_round_trip_networkx(graph):
    back = nx.read_gexf(io.BytesIO(_gexf(graph)), version="1.3")
    nodes, edges = _expected(graph)
    assert set(back.nodes) == set(nodes) and back.nodes["ruritania"]["label"] == "Ruritania"
    assert back.number_of_edges() == len(edges)
    (clash,) = [d for _, _, d in back.edges(data=True) if d.get("label") == "ASSAULT (mutual)"]
    assert clash["spells"] == [("2026-03-03", "2026-03-05")] and clash["mutual"] is True


def _graphology(path: Path) -> dict:
    node = shutil.which("node")
    npm = shutil.which("npm")
    if not node:
        pytest.skip("node is not installed")
    js = HERE / "js"
    if not (js / "node_modules" / "graphology-gexf").is_dir():
        if not npm:
            pytest.skip("npm is not installed")
        # exact versions in package.json; no lock file is kept
        result = subprocess.run([npm, "install", "--no-package-lock", "--no-audit", "--no-fund", "--silent"], cwd=js,
                                capture_output=True, timeout=300)
        if result.returncode != 0:
            pytest.skip("graphology could not be installed from the npm registry")
    result = subprocess.run([node, str(js / "read.js"), str(path)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_gephi_files_round_trip_graphology(graph, tmp_path):
    write_gexf(graph, tmp_path / "graph.gexf", layout=LAYOUT)
    write_graphml(graph, tmp_path / "graph.graphml", layout=LAYOUT)
    nodes, edges = _expected(graph)
    gexf = _graphology(tmp_path / "graph.gexf")
    assert (gexf["order"], gexf["size"]) == (len(nodes), len(edges))
    assert gexf["nodes"]["ruritania"]["aliases"] == ["Ruritania", "Ruritanian"]
    assert (gexf["nodes"]["ruritania"]["x"], gexf["nodes"]["ruritania"]["color"]) == (-120, "rgb(31,119,180)")
    kinds = {e["id"]: e["attrs"]["kind"] for e in gexf["edges"]}
    assert kinds == {k: d["label"] for k, d in edges.items()}
    graphml = _graphology(tmp_path / "graph.graphml")
    assert (graphml["order"], graphml["size"]) == (len(nodes), len(edges))
    assert {e["attrs"]["label"] for e in graphml["edges"]} == {d["label"] for d in edges.values()}


text_values = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=30)


@settings(max_examples=60, deadline=None)
@given(label=text_values, note=text_values, sentence=text_values, aliases=st.lists(text_values, max_size=3),
       count=st.integers(-10**6, 10**6))
def test_gephi_any_text_reads_back(label, note, sentence, aliases, count):
    g = nx.MultiDiGraph()
    g.add_node("a", label=label, note=note, aliases=aliases, count=count)
    g.add_node("b", label="B", note=None, count=0)
    g.add_edge("a", "b", key="k1", kind="event", type="ASSAULT", evidence=[{"text": sentence}], weight=1,
               date="2026-03-02")
    data = _graphml(g, layout=None)
    assert not XML_INVALID.search(data.decode("utf-8"))
    back = nx.read_graphml(io.BytesIO(data), force_multigraph=True)
    assert back.nodes["a"].get("count") == count
    if label.strip() and not XML_INVALID.search(label):
        assert back.nodes["a"]["label"] == label.replace("\r", "\n")
    ET.fromstring(_gexf(g, layout=None))  # well-formed whatever the text


# --- CSV and events as nodes ---------------------------------------------------------------------

def test_gephi_csv_in_gephi_spreadsheet_shape(graph):
    import csv

    nodes, edges = io.StringIO(), io.StringIO()
    write_csv(graph, nodes, edges, layout=LAYOUT)
    node_rows = list(csv.DictReader(io.StringIO(nodes.getvalue())))
    edge_rows = list(csv.DictReader(io.StringIO(edges.getvalue())))
    header = edges.getvalue().splitlines()[0].split(",")
    assert header[:8] == ["Source", "Target", "Type", "Id", "Label", "Kind", "Weight", "Interval"]
    assert len({h.casefold() for h in header}) == len(header), "Gephi matches column names without case"
    assert {r["Id"]: r["Label"] for r in node_rows}["vlad-osk"] == "Vlad Osk"
    assert len(edge_rows) == link_graph(graph).number_of_edges()
    assert all(r["Kind"] == r["Label"] and r["Type"] == "Directed" for r in edge_rows)
    (assault,) = [r for r in edge_rows if (r["Source"], r["Kind"]) == ("ruritania", "ASSAULT")]
    assert assault["Interval"] == "<[2026-03-02, 2026-03-03]; [2026-03-04, 2026-03-05]>"
    assert assault["link_type"] == "ASSAULT" and assault["Weight"] == "2.0"


def test_gephi_events_as_nodes_holds_every_event_with_its_actors_by_role():
    g = events_graph(_corpus())
    events = {n: d for n, d in g.nodes(data=True) if d["node_class"] == "event"}
    assert len(events) == 6 and events["event:ev-parade"]["type"] == "MOBILIZE"
    roles = Counter((u, v, d["role"]) for u, v, d in g.edges(data=True))
    assert roles[("ruritania", "event:ev-parade", "source")] == 1
    assert roles[("vlad-osk", "event:ev-talks", "attributed_to")] == 1
    assert roles[("event:ev-clash", "place:the river crossing", "place")] == 1
    imported = gephi_import.read_gexf(_gexf(g))
    assert not [e for e in imported.edges if e.merged]
    assert imported.nodes["event:ev-clash"].columns["sentence"] == CLASH


# --- the seed --------------------------------------------------------------------------------------

@pytest.mark.model
def test_gephi_seed_files_hold_every_event_and_lose_no_date_in_gephi(tmp_path_factory):
    import newsgraph
    from newsgraph.graph.tables import read_table

    out = tmp_path_factory.mktemp("seed")
    newsgraph.build([HERE.parent / "seeds"], out, cache=False)
    events = read_table(out / "events.jsonl")
    corpus = Corpus(events=events)
    linked = {e["group"] for e in events if event_links(e)}
    assert linked
    gexf = gephi_import.read_gexf((out / "graph.gexf").read_bytes())
    on_gexf = {event for edge in gexf.edges for event in _kept_events(edge)}
    graphml = nx.read_graphml(out / "graph.graphml", force_multigraph=True)
    on_graphml = {event for _, _, d in graphml.edges(data=True) for event in json.loads(d.get("events", "[]"))}
    assert linked <= on_gexf and linked <= on_graphml
    assert gexf.span == ("2026-02-26", "2026-02-28")  # the 26th and the 27th, whole
    assert _event_days(corpus) <= _covered(gexf, _kept_events)
