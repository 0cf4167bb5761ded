"""The Python API and `newsgraph query` / `newsgraph export` over a built folder of hand-made tables."""

from __future__ import annotations

import csv
import io
import json

import networkx as nx
import pytest
from click.testing import CliRunner

import newsgraph
from newsgraph.cli import main
from newsgraph.extract.model import Actor, Document, Event, Evidence, Extraction, Relation
from newsgraph.graph import query
from newsgraph.graph.build import assemble
from newsgraph.graph.query import AmbiguousActor, NoPath, NotBuilt, QueryError, UnknownActor

TEXT1 = ("Ruritanian jets struck Borduria on Monday. "
         "Troops of Ruritania and Borduria clashed at the river crossing on Tuesday. "
         "Vlad Osk, a spokesman for the Bordurian Ministry of Defence, condemned the strikes. "
         "The Ruritanian Ministry of Defence confirmed the raid.")
TEXT2 = ("Borduria accused Ruritania of shelling its villages on Wednesday. "
         "Ruritania's defence minister Zoë Quist denied it. "
         "Osk said the talks in Geneva would go ahead.")


def _ev(doc_id: str, text: str, sentence: str) -> Evidence:
    start = text.index(sentence)
    return Evidence(doc_id, start, start + len(sentence), sentence)


def _event(kind, doc_id, text, sentence, source, target, date, **extra) -> Event:
    e = _ev(doc_id, text, sentence)
    return Event(kind, doc_id, sentence, e.start, e.end, sentence.split()[2], e.start, source=source, target=target,
                 date=date, **extra)


def _extractions() -> list[Extraction]:
    s = [sentence + "." for sentence in TEXT1.rstrip(".").split(". ")]
    t = [sentence + "." for sentence in TEXT2.rstrip(".").split(". ")]
    rur = Actor("ruritania", "Ruritania", "country", ("Ruritania", "Ruritanian"), 4, "RUR")
    bor = Actor("borduria", "Borduria", "country", ("Borduria", "Bordurian"), 3, "BRD")
    osk = Actor("vlad-osk", "Vlad Osk", "person", ("Vlad Osk", "Osk"), 1, roles=("spokesperson",))
    mod_b = Actor("ministry-of-defence-of-borduria", "Ministry of Defence of Borduria", "government",
                  ("Bordurian Ministry of Defence", "Ministry of Defence"), 1, "BRD")
    mod_r = Actor("ministry-of-defence-of-ruritania", "Ministry of Defence of Ruritania", "government",
                  ("Ruritanian Ministry of Defence", "Ministry of Defence"), 1, "RUR")
    quist = Actor("zoe-quist", "Zoë Quist", "person", ("Zoë Quist",), 1, "RUR", roles=("defence minister",))
    geneva = Actor("geneva", "Geneva", "location", ("Geneva",), 1)
    d1 = Extraction(
        document=Document("d1", "d1.txt", TEXT1, date="2026-03-03", title="Jets strike Borduria"),
        actors=(rur, bor, osk, mod_b, mod_r),
        relations=(Relation("ruritania", "borduria", "conflict_with", _ev("d1", TEXT1, s[1])),
                   Relation("vlad-osk", "ministry-of-defence-of-borduria", "spokesperson_for",
                            _ev("d1", TEXT1, s[2])),
                   Relation("ministry-of-defence-of-borduria", "borduria", "part_of", _ev("d1", TEXT1, s[2])),
                   Relation("ministry-of-defence-of-ruritania", "ruritania", "part_of", _ev("d1", TEXT1, s[3]))),
        events=(_event("ASSAULT", "d1", TEXT1, s[0], ("ruritania",), ("borduria",), "2026-03-02", mode="aerial"),
                _event("ASSAULT", "d1", TEXT1, s[1], ("ruritania", "borduria"), (), "2026-03-03",
                       mode="firearms"),
                _event("ACCUSE", "d1", TEXT1, s[2], ("ministry-of-defence-of-borduria",), ("ruritania",),
                       "2026-03-03", attributed_to="vlad-osk")),
    )
    d2 = Extraction(
        document=Document("d2", "d2.txt", TEXT2, date="2026-03-05", title="Accusations fly"),
        actors=(rur, bor, osk, quist, geneva),
        relations=(Relation("ruritania", "borduria", "conflict_with", _ev("d2", TEXT2, t[0])),
                   Relation("zoe-quist", "ruritania", "member_of", _ev("d2", TEXT2, t[1]))),
        events=(_event("ACCUSE", "d2", TEXT2, t[0], ("borduria",), ("ruritania",), "2026-03-05"),
                _event("ASSAULT", "d2", TEXT2, t[0], ("ruritania",), ("borduria",), "2026-03-04",
                       date_end="2026-03-05", mode="artillery", claim=True),
                _event("CONSULT", "d2", TEXT2, t[2], ("borduria",), (), None, attributed_to="vlad-osk")),
    )
    return [d1, d2]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    from newsgraph.run import write_outputs

    out = tmp_path_factory.mktemp("built")
    write_outputs(assemble(_extractions()), out, "hand-built\n")
    return out


@pytest.fixture(scope="module")
def g(built):
    return newsgraph.load(built)


# --- loading -------------------------------------------------------------------------------------

def test_query_load_reads_a_built_folder(g, built):
    assert repr(g) == f"<Newsgraph {str(built)!r}: 7 actors, 5 relations, 6 events>"
    assert isinstance(g.nx, nx.MultiDiGraph)
    assert "geneva" not in g.nx  # a place in no relation or event stays out of the graph
    assert g.nx.nodes["vlad-osk"]["label"] == "Vlad Osk"


def test_query_load_without_a_build_raises_not_built(tmp_path):
    with pytest.raises(NotBuilt, match="no such folder") as err:
        query.load(tmp_path / "nowhere")
    assert isinstance(err.value, FileNotFoundError)
    (tmp_path / "actors.jsonl").write_text("", encoding="utf-8")
    with pytest.raises(NotBuilt, match=r"holds no newsgraph build \(documents.jsonl missing\)"):
        query.load(tmp_path)


def test_query_load_reports_a_broken_table(built, tmp_path):
    for name in ("documents", "actors", "relations", "events"):
        (tmp_path / f"{name}.jsonl").write_bytes((built / f"{name}.jsonl").read_bytes())
    (tmp_path / "events.jsonl").write_text("{not json\n", encoding="utf-8")
    with pytest.raises(NotBuilt, match=r"events.jsonl:1: not JSON"):
        query.load(tmp_path)


# --- actors --------------------------------------------------------------------------------------

@pytest.mark.parametrize("name, actor_id", [
    ("Vlad Osk", "vlad-osk"), ("osk", "vlad-osk"), ("vlad-osk", "vlad-osk"), ("  VLAD   OSK ", "vlad-osk"),
    ("Zoe Quist", "zoe-quist"), ("Bordurian", "borduria"), ("Bordurian Ministry of Defence",
                                                           "ministry-of-defence-of-borduria"),
])
def test_query_actor_by_name_alias_or_id(g, name, actor_id):
    assert g.actor(name).id == actor_id


def test_query_actor_has_roles_and_relations(g):
    osk = g.actor("Osk")
    assert (osk.name, osk.type, osk.roles, osk.documents) == ("Vlad Osk", "person", ("spokesperson",), ("d1", "d2"))
    assert [(r.type, r.target_names) for r in g.relations("Osk")] == [
        ("spokesperson_for", ("Ministry of Defence of Borduria",))]


def test_query_unknown_actor_lists_close_matches(g):
    with pytest.raises(UnknownActor) as err:
        g.actor("Vlad Osc")
    assert isinstance(err.value, LookupError)
    assert err.value.matches[0] == "Vlad Osk"
    assert str(err.value).startswith("unknown actor 'Vlad Osc'; did you mean: Vlad Osk")
    with pytest.raises(UnknownActor, match=r"^unknown actor 'Atlantis'$"):
        g.actor("Atlantis")


def test_query_an_alias_of_two_actors_is_ambiguous(g):
    with pytest.raises(AmbiguousActor) as err:
        g.actor("Ministry of Defence")
    assert err.value.candidates == ("ministry-of-defence-of-borduria", "ministry-of-defence-of-ruritania")
    assert g.actor("ministry-of-defence-of-ruritania").name == "Ministry of Defence of Ruritania"


def test_query_actors_by_type(g):
    assert [a.id for a in g.actors(type="country")] == ["ruritania", "borduria"]
    assert [a.id for a in g.actors(type=["person", "location"])] == ["vlad-osk", "geneva", "zoe-quist"]


# --- links, neighbors, paths ---------------------------------------------------------------------

def test_query_links_both_ways_with_dates_and_evidence(g):
    found = g.links("Borduria", "Ruritanian")
    assert [(x.kind, x.type, x.mode, x.date, x.date_end) for x in found] == [
        ("relation", "conflict_with", None, None, None),
        ("event", "ASSAULT", "aerial", "2026-03-02", None),
        ("event", "ASSAULT", "firearms", "2026-03-03", None),
        ("event", "ASSAULT", "artillery", "2026-03-04", "2026-03-05"),
        ("event", "ACCUSE", None, "2026-03-05", None),
    ]
    conflict = found[0]
    assert [e.doc_id for e in conflict.evidence] == ["d1", "d2"]
    assert TEXT1[conflict.evidence[0].start:conflict.evidence[0].end] == conflict.evidence[0].text
    clash = found[2]
    assert clash.source_names == ("Ruritania", "Borduria") and clash.target == ()
    assert clash.sentence == "Troops of Ruritania and Borduria clashed at the river crossing on Tuesday."
    assert [x.claim for x in found if x.kind == "event"] == [False, False, True, False]
    assert [x.id for x in g.links("Ruritania", "Borduria")] == [x.id for x in found]


def test_query_links_of_an_actor_outside_the_graph_are_empty(g):
    assert g.links("Geneva", "Borduria") == []


def test_query_neighbors_filtered_by_type_and_kind(g):
    assert [(n.id, n.direction, n.links) for n in g.neighbors("Ruritania")] == [
        ("borduria", "both", 5), ("ministry-of-defence-of-borduria", "in", 1),
        ("ministry-of-defence-of-ruritania", "in", 1), ("zoe-quist", "in", 1)]
    assert [n.id for n in g.neighbors("Ruritania", type="assault")] == ["borduria"]
    assert [(n.id, n.link_types) for n in g.neighbors("Ruritania", kind="relation")] == [
        ("borduria", ("conflict_with",)), ("ministry-of-defence-of-ruritania", ("part_of",)),
        ("zoe-quist", ("member_of",))]


def test_query_path_and_no_path(g):
    steps = g.path("Osk", "Zoë Quist")
    assert [a.id for a in steps] == ["vlad-osk", "ministry-of-defence-of-borduria", "ruritania", "zoe-quist"]
    # each step holds the links to the next: type, dates and the sentence that states it
    assert [[(x.type, x.date) for x in s.links] for s in steps] == [
        [("spokesperson_for", None)], [("ACCUSE", "2026-03-03")], [("member_of", None)], []]
    assert steps[1].links[0].sentence.startswith("Vlad Osk, a spokesman for the Bordurian Ministry of Defence")
    assert steps[1].next == "ruritania" and steps[-1].next is None
    with pytest.raises(NoPath, match="'Geneva' takes part in no relation or event"):
        g.path("Osk", "Geneva")
    apart = nx.MultiDiGraph()
    apart.add_node("a", label="A")
    apart.add_node("b", label="B")
    with pytest.raises(NoPath, match="no chain of links between 'A' and 'B'"):
        query.path(apart, "A", "B")


def test_query_path_is_the_same_chain_every_run():
    # two chains of equal length: the one chosen must not depend on Python's hash seed
    import subprocess
    import sys

    script = ("import networkx as nx; from newsgraph.graph import query; g = nx.MultiDiGraph(); "
              "g.add_edges_from([('kilo', 'mike'), ('kilo', 'lima'), ('mike', 'oscar'), ('lima', 'oscar')]); "
              "print([s.id for s in query.path(g, 'kilo', 'oscar')])")
    chains = {subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                             env={"PYTHONHASHSEED": str(seed), "PATH": ""}).stdout for seed in (1, 2, 3, 4)}
    assert chains == {"['kilo', 'lima', 'oscar']\n"}


def test_query_graph_first_functions_on_the_graph_alone(g):
    assert query.find_actor(g.nx, "Bordurian") == "borduria"
    # an event naming both actors on one side ("troops of R and B clashed") is a mutual edge of the graph
    links = query.links(g.nx, "borduria", "ruritania")
    assert ("event", "ASSAULT", "firearms") in [(x.kind, x.type, x.mode) for x in links]
    assert ("event", "ASSAULT", "aerial") in [(x.kind, x.type, x.mode) for x in links]
    (clash,) = [d for _, _, d in g.nx.edges(data=True) if d.get("mode") == "firearms"]
    assert clash["mutual"] is True
    with_rows = query.links(g.nx, "borduria", "ruritania", events=g.corpus.events)
    firearms = [x for x in with_rows if x.mode == "firearms"]
    assert [(x.source, x.target) for x in firearms] == [(("ruritania", "borduria"), ())]


# --- events and timelines ------------------------------------------------------------------------

def test_query_events_filters(g):
    assert [(e.type, e.date) for e in g.events(type="ASSAULT")] == [
        ("ASSAULT", "2026-03-02"), ("ASSAULT", "2026-03-03"), ("ASSAULT", "2026-03-04")]
    # the artillery claim runs 4-5 March, so it overlaps a window that starts on the 5th
    assert [(e.type, e.date) for e in g.events(since="2026-03-05")] == [
        ("ASSAULT", "2026-03-04"), ("ACCUSE", "2026-03-05")]
    assert [e.date for e in g.events(until="2026-03-02")] == ["2026-03-02"]
    assert [e.type for e in g.events()][-1] == "CONSULT"  # undated last
    assert len(g.events()) == 6 and all(e.date for e in g.events(since="2000-01-01"))
    with pytest.raises(QueryError, match="--since must be an ISO date"):
        g.events(since="last week")


def test_query_timeline_gives_the_actors_role(g):
    assert [(e.date, e.type, e.role) for e in g.timeline("Osk")] == [
        ("2026-03-03", "ACCUSE", "attributed"), (None, "CONSULT", "attributed")]
    assert [(e.type, e.role) for e in g.timeline("Borduria")] == [
        ("ASSAULT", "target"), ("ASSAULT", "source"), ("ASSAULT", "target"), ("ACCUSE", "source"),
        ("CONSULT", "source")]


def test_query_results_to_dataframe(g):
    pytest.importorskip("pandas")
    frame = g.links("Borduria", "Ruritania").to_dataframe()
    assert list(frame["type"]) == [x.type for x in g.links("Borduria", "Ruritania")]
    assert {"kind", "date", "evidence", "source_names"} <= set(frame.columns)
    empty = g.links("Geneva", "Borduria").to_dataframe()
    assert empty.empty and "evidence" in empty.columns
    assert json.loads(json.dumps(g.events().to_records()))[0]["source_names"] == ["Ruritania"]


# --- outputs -------------------------------------------------------------------------------------

def test_query_export_writes_what_the_build_wrote(g, built, tmp_path):
    written = g.export(["graphml", "gexf", "json"], tmp_path)
    assert [p.name for p in written] == ["graph.graphml", "graph.gexf", "graph.json"]
    for path in written:
        assert path.read_bytes() == (built / path.name).read_bytes(), path.name


def test_query_export_csv_and_unknown_formats(g, tmp_path):
    written = g.export("csv", tmp_path)
    assert [p.name for p in written] == ["nodes.csv", "edges.csv"]
    rows = list(csv.DictReader(io.StringIO((tmp_path / "edges.csv").read_text(encoding="utf-8"))))
    # one row per actor pair and link type, Gephi's Kind set so that none merges with another
    assert len(rows) == len({(u, v, d["type"], d.get("mutual", False)) for u, v, d in g.nx.edges(data=True)})
    assert len({(r["Source"], r["Target"], r["Kind"]) for r in rows}) == len(rows)
    with pytest.raises(QueryError, match="unknown export format 'pdf'"):
        g.export(["pdf"], tmp_path)
    assert not list(tmp_path.glob(".*"))  # no temporary file left behind


def test_query_show_puts_the_page_inline(g):
    pytest.importorskip("IPython")
    shown = g.show(height=500)
    assert shown.data.startswith('<div><iframe srcdoc="&lt;!DOCTYPE html&gt;')
    assert 'height="500"' in shown.data
    srcdoc = shown.data.split('srcdoc="', 1)[1].split('" width=', 1)[0]
    assert '"' not in srcdoc and "<" not in srcdoc  # the whole page is one escaped attribute value
    assert "src=&quot;http" not in srcdoc  # nothing fetched: the page's scripts are inline


def test_query_from_tables_fills_missing_fields():
    g = query.Newsgraph.from_tables(
        actors=[{"id": "a", "name": "Alpha"}, {"id": "b", "name": "Beta", "type": "country"}],
        events=[{"id": "e", "type": "THREATEN", "source": ["a"], "target": ["b"], "date": "2026-03-01",
                 "sentence": "Alpha threatened Beta."}])
    assert [(x.type, x.sentence) for x in g.links("alpha", "beta")] == [("THREATEN", "Alpha threatened Beta.")]
    assert g.actor("Alpha").type == "organization"


# --- the command line ----------------------------------------------------------------------------

def _run(*args):
    return CliRunner(env={"COLUMNS": "100"}).invoke(main, list(args))


def test_query_cli_actor(built):
    result = _run("query", "actor", "Osk", "--dir", str(built))
    assert result.exit_code == 0, result.output
    assert result.stdout == (
        "Vlad Osk\n"
        "  id        vlad-osk\n"
        "  type      person\n"
        "  country   -\n"
        "  roles     spokesperson\n"
        "  aliases   Osk, Vlad Osk\n"
        "  mentions  2 in 2 document(s)\n"
        "  events    2 (2026-03-03)\n"
        "  relation  Vlad Osk spokesperson_for Ministry of Defence of Borduria\n")


def test_query_cli_links_lists_dates_and_sentences(built):
    result = _run("query", "links", "Ruritania", "Borduria", "-d", str(built))
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == "DATE                    KIND      TYPE               SOURCE -> TARGET"
    assert lines[1] == "-                       relation  conflict_with      Ruritania -> Borduria"
    assert lines[2] == ("    Troops of Ruritania and Borduria clashed at the river crossing on Tuesday. [d1] "
                        "(+1 more)")
    assert "2026-03-04..2026-03-05  event     ASSAULT/artillery  Ruritania -> Borduria" in lines
    assert "2026-03-03              event     ASSAULT/firearms   Ruritania & Borduria" in lines
    assert "    Ruritanian jets struck Borduria on Monday. [d1]" in lines


def test_query_cli_reads_dir_and_takes_no_out(built):
    # -o/--out names a folder written in every subcommand; a query reads --dir/-d only
    for flag in ("--out", "-o"):
        result = _run("query", "actors", flag, str(built))
        assert result.exit_code == 2 and "No such option" in result.stderr
    assert _run("query", "actors", "-d", str(built)).exit_code == 0


def test_query_cli_unknown_actor_exits_2_with_one_line(built):
    result = _run("query", "links", "Vlad Osc", "Borduria", "--dir", str(built))
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == "newsgraph: error: unknown actor 'Vlad Osc'; did you mean: Vlad Osk?\n"


def test_query_cli_without_a_build_exits_2(tmp_path):
    result = _run("query", "actor", "Osk", "-d", str(tmp_path / "nowhere"))
    assert result.exit_code == 2
    assert result.stderr.startswith("newsgraph: error: no such folder") and result.stderr.count("\n") == 1


def test_query_cli_path_without_a_chain_exits_1(built):
    result = _run("query", "path", "Osk", "Geneva", "-d", str(built))
    assert (result.exit_code, result.stderr) == (1, "newsgraph: error: 'Geneva' takes part in no relation or event\n")
    result = _run("query", "path", "Osk", "Zoe Quist", "-d", str(built))
    assert result.stdout.splitlines()[1].split() == ["1", "Vlad", "Osk", "person", "spokesperson_for"]
    assert result.stdout.splitlines()[2].split()[-2:] == ["ACCUSE", "2026-03-03"]
    as_json = json.loads(_run("query", "path", "Osk", "Zoe Quist", "-d", str(built), "-f", "json").stdout)
    assert as_json[1]["links"][0]["type"] == "ACCUSE" and as_json[1]["links"][0]["evidence"][0]["doc_id"] == "d1"


@pytest.mark.parametrize("command, message", [
    (["events", "--type", "ASSAUL"], "unknown event type 'ASSAUL'; did you mean: ASSAULT?"),
    (["actors", "--type", "countries"], "unknown actor type 'countries'; did you mean: country?"),
    (["neighbors", "Ruritania", "--type", "member"], "unknown relation or event type 'member'; did you mean: "),
    (["events", "--since", "2026-03-05", "--until", "2026-03-01"], "--since 2026-03-05 is after --until 2026-03-01"),
    (["events", "--since", "last week"], "--since must be an ISO date like 2026-02-27, not 'last week'"),
])
def test_query_cli_bad_filters_exit_2_with_a_hint(built, command, message):
    result = _run("query", *command, "-d", str(built))
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr.startswith("newsgraph: error: " + message)


def test_query_type_filters_take_any_case_and_every_known_type(g):
    assert [e.type for e in g.events(type="assault")] == ["ASSAULT"] * 3
    assert g.events(type="SANCTION") == []  # a PLOVER category none of the events has is no error
    assert g.actors(type="armed_group") == []


@pytest.mark.parametrize("command", [["events", "--type", "ASSAULT"], ["timeline", "Borduria"],
                                     ["neighbors", "Ruritania"], ["links", "Borduria", "Ruritania"],
                                     ["actors"]])
def test_query_cli_json_and_csv_for_pipes(built, command):
    as_json = _run("query", *command, "-d", str(built), "--format", "json")
    assert as_json.exit_code == 0, as_json.output
    records = json.loads(as_json.stdout)
    as_csv = _run("query", *command, "-d", str(built), "-f", "csv")
    rows = list(csv.DictReader(io.StringIO(as_csv.stdout)))
    assert len(rows) == len(records) > 0
    assert set(rows[0]) == set(records[0])


def test_query_cli_events_table(built):
    result = _run("query", "events", "--type", "accuse", "--since", "2026-03-04", "-d", str(built))
    assert result.stdout == (
        "DATE        TYPE    SOURCE -> TARGET\n"
        "2026-03-05  ACCUSE  Borduria -> Ruritania\n"
        "    Borduria accused Ruritania of shelling its villages on Wednesday. [d2]\n")


def test_query_cli_export(built, tmp_path):
    result = _run("export", "-d", str(built), "-o", str(tmp_path), "--format", "gexf", "-f", "csv")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [f"wrote {tmp_path / name}" for name in ("graph.gexf", "nodes.csv",
                                                                                 "edges.csv")]
    assert (tmp_path / "graph.gexf").read_bytes() == (built / "graph.gexf").read_bytes()


def test_query_cli_export_events_as_nodes(built, tmp_path):
    result = _run("export", "-d", str(built), "-o", str(tmp_path), "-f", "gexf", "-f", "csv", "--events-as-nodes")
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["event-edges.csv", "event-nodes.csv", "events.gexf"]
    nodes = list(csv.DictReader(io.StringIO((tmp_path / "event-nodes.csv").read_text(encoding="utf-8"))))
    events = [r for r in nodes if r["node_class"] == "event"]
    assert len(events) == 6 and {r["type"] for r in events} == {"ASSAULT", "ACCUSE", "CONSULT"}
    consult = next(r for r in events if r["type"] == "CONSULT")  # one actor, undated: a node all the same
    assert consult["sentence"] == "Osk said the talks in Geneva would go ahead."


@pytest.mark.parametrize("command", [["query"], ["query", "actor"], ["query", "actors"], ["query", "links"],
                                     ["query", "neighbors"], ["query", "path"], ["query", "events"],
                                     ["query", "timeline"], ["export"]])
def test_query_cli_every_command_has_help(command):
    result = _run(*command, "--help")
    assert result.exit_code == 0
    assert len(result.stdout.split("\n\n")[1].strip()) > 20


# --- historical events -----------------------------------------------------------------------------

def test_query_events_leave_historical_ones_out_unless_asked(tmp_path):
    text = "Ruritanian troops shelled Borduria in 1999. Ruritanian troops shelled Borduria on Monday."
    first, second = [s + "." for s in text.rstrip(".").split(". ")]
    rur = Actor("ruritania", "Ruritania", "country", ("Ruritania",), 2, "RUR")
    bor = Actor("borduria", "Borduria", "country", ("Borduria",), 2, "BRD")
    extraction = Extraction(
        document=Document("h1", "h1.txt", text, date="2026-03-03"), actors=(rur, bor),
        events=(_event("ASSAULT", "h1", text, first, ("ruritania",), ("borduria",), "1999", historical=True),
                _event("ASSAULT", "h1", text, second, ("ruritania",), ("borduria",), "2026-03-02")))
    from newsgraph.run import write_outputs

    write_outputs(assemble([extraction]), tmp_path, "hand-built\n")
    rows = [json.loads(line) for line in (tmp_path / "events.jsonl").read_text().splitlines()]
    assert sorted(row["historical"] for row in rows) == [False, True]
    g = newsgraph.load(tmp_path)
    assert [e.date for e in g.events()] == ["2026-03-02"]
    assert [(e.date, e.historical) for e in g.events(historical=True)] == [("1999", True), ("2026-03-02", False)]
    shown = _run("query", "events", "-d", str(tmp_path)).stdout
    assert "1999" not in shown and "2026-03-02" in shown
    assert "1999" in _run("query", "events", "--historical", "-d", str(tmp_path)).stdout
    from newsgraph.graph.page.model import HISTORICAL, page_data

    events = page_data(g.corpus)["events"]
    shown = {date: bool(flags & HISTORICAL) for date, flags in zip(events["date"], events["flags"], strict=True)}
    assert sorted(shown.values()) == [False, True]


def test_events_lists_each_group_of_reports_once_as_its_first_report_that_passes():
    rows = [
        {"id": "e1", "type": "ASSAULT", "source": ["a"], "target": ["b"], "date": "2026-03-01", "group": "e1",
         "historical": True, "doc_id": "d1", "sentence": "A shelled B in 1999.", "start": 0, "end": 20},
        {"id": "e2", "type": "ASSAULT", "source": ["a"], "target": ["b"], "date": "2026-03-01", "group": "e1",
         "doc_id": "d2", "sentence": "A shelled B.", "start": 0, "end": 12},
        {"id": "e3", "type": "ACCUSE", "source": ["b"], "target": ["a"], "date": "2026-03-02", "doc_id": "d2",
         "sentence": "B accused A.", "start": 13, "end": 25},
    ]
    g = query.Newsgraph.from_tables(actors=[{"id": "a", "name": "A"}, {"id": "b", "name": "B"}], events=rows)
    assert [(e.id, e.group, e.sentence) for e in g.events()] == [("e2", "e1", "A shelled B."),
                                                                  ("e3", "e3", "B accused A.")]
    assert [e.id for e in g.events(historical=True)] == ["e1", "e3"]
    assert [e.doc_id for e in g.events()[1].evidence] == ["d2"]
