"""The whole road on the seed article: every output written, tables as the contract names them."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

import newsgraph
from newsgraph.cli import main

pytestmark = pytest.mark.model

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
SEED_ID = "000_794150287722f67a"

CONTRACT = {
    "documents": {"id", "path", "date", "title", "source", "status", "reason", "sha256"},
    "actors": {"id", "name", "type", "aliases", "mentions", "documents", "country", "roles"},
    "relations": {"id", "source", "target", "type", "evidence"},
    "events": {"id", "type", "mode", "date", "date_end", "date_text", "date_source", "source", "target",
               "place", "doc_id", "sentence", "start", "end", "attributed_to", "negated", "claim"},
    "timexes": {"doc_id", "start", "end", "text", "type", "value"},
}
ACTOR_TYPES = {"country", "government", "military", "person", "armed_group", "political_party",
               "organization", "media", "location"}
RELATION_TYPES = {"spokesperson_for", "member_of", "leads", "part_of", "governs", "allied_with",
                  "conflict_with", "accuses", "threatens", "supports", "negotiates_with", "cooperates_with",
                  "located_in"}
PLOVER = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
          "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}


def _table(out: Path, name: str) -> list[dict]:
    return [json.loads(line) for line in (out / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def seed_out(tmp_path_factory):
    out = tmp_path_factory.mktemp("seed-out")
    newsgraph.build([SEEDS], out)
    return out


def test_end_to_end_writes_every_output(seed_out):
    for name in ("documents.jsonl", "actors.jsonl", "relations.jsonl", "events.jsonl", "timexes.jsonl",
                 "graph.json", "graph.graphml", "graph.gexf", "graph.html", "report.txt"):
        assert (seed_out / name).stat().st_size > 0, name


@pytest.mark.parametrize("table", sorted(CONTRACT))
def test_end_to_end_tables_have_the_contract_fields(seed_out, table):
    rows = _table(seed_out, table)
    assert rows
    for row in rows:
        assert CONTRACT[table] <= set(row), f"{table} row lacks {CONTRACT[table] - set(row)}"


def test_end_to_end_values_follow_the_vocabularies(seed_out):
    text = (SEEDS / f"{SEED_ID}.txt").read_text(encoding="utf-8").split(" ", 3)[3]
    actors = _table(seed_out, "actors")
    ids = {a["id"] for a in actors}
    assert {a["type"] for a in actors} <= ACTOR_TYPES
    for r in _table(seed_out, "relations"):
        assert r["type"] in RELATION_TYPES and {r["source"], r["target"]} <= ids
        for e in r["evidence"]:
            assert text[e["start"]:e["end"]] == e["text"]
    for e in _table(seed_out, "events"):
        assert e["type"] in PLOVER and e["date_source"] in ("text", "publication")
        assert set(e["source"]) | set(e["target"]) <= ids
        assert text[e["start"]:e["end"]] == e["sentence"]
    for t in _table(seed_out, "timexes"):
        assert text[t["start"]:t["end"]] == t["text"]
        assert t["type"] in ("DATE", "TIME", "DURATION", "SET")


def test_end_to_end_publication_date_and_its_timex(seed_out):
    (doc,) = _table(seed_out, "documents")
    assert doc["id"] == SEED_ID and doc["date"] == "2026-02-27" and doc["status"] == "ok"
    values = {t["text"]: t["value"] for t in _table(seed_out, "timexes")}
    assert values["February 27, 2026"] == "2026-02-27"


def test_end_to_end_credits_are_metadata_not_actors(seed_out):
    (doc,) = _table(seed_out, "documents")
    assert any("Getty Images" in c for c in doc["credits"])
    assert doc["dateline"] == "LONDON"
    aliases = {a for actor in _table(seed_out, "actors") for a in actor["aliases"]}
    assert not aliases & {"Hijrat Ali", "Getty Images", "ABC News", "Habibullah Khan", "Aleen Agha"}


def test_end_to_end_second_build_is_byte_identical(seed_out, tmp_path):
    newsgraph.build([SEEDS], tmp_path)
    for name in ("documents.jsonl", "actors.jsonl", "relations.jsonl", "events.jsonl", "timexes.jsonl",
                 "graph.json", "graph.graphml", "graph.gexf"):
        assert (tmp_path / name).read_bytes() == (seed_out / name).read_bytes(), name


def test_end_to_end_graph_files_read_back(seed_out):
    graphml = nx.read_graphml(seed_out / "graph.graphml", force_multigraph=True)
    data = json.loads((seed_out / "graph.json").read_text(encoding="utf-8"))
    linked = nx.node_link_graph(data, edges="edges")
    assert set(graphml.nodes) == set(linked.nodes) and graphml.number_of_nodes() > 0
    # the GraphML holds one edge per actor pair and link type; graph.json one per relation or event
    assert graphml.number_of_edges() == len({(u, v, d["type"], d.get("mutual", False))
                                             for u, v, d in linked.edges(data=True)})


def test_end_to_end_cli_build_and_a_bad_document(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "good.txt").write_text("date 2026-03-02 Iran and Iraq signed a trade agreement on Monday.",
                                   encoding="utf-8")
    (docs / "empty.txt").write_text("", encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(docs), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert "1 documents processed, 1 skipped" in result.output
    rows = {d["id"]: d for d in _table(tmp_path / "out", "documents")}
    assert rows["empty"]["status"] == "skipped" and rows["empty"]["reason"] == "empty file"
    assert rows["good"]["status"] == "ok"


def test_end_to_end_cli_nothing_processed_exits_3(tmp_path):
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(tmp_path / "empty.txt"), "--out", str(tmp_path / "o")])
    assert result.exit_code == 3


def test_end_to_end_unknown_model_is_a_one_line_error(tmp_path):
    result = CliRunner().invoke(main, ["build", str(SEEDS), "--out", str(tmp_path), "--model", "xx_no_such"])
    assert result.exit_code == 2
    assert "xx_no_such" in result.output and "not installed" in result.output


def test_end_to_end_undated_document_leaves_relative_dates_unresolved(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "undated.txt").write_text("Ruritania shelled Vask on Friday. On March 3, 2024, talks began.",
                                                 encoding="utf-8")
    result = newsgraph.build([tmp_path / "in"], tmp_path / "out", cache=False)
    values = {t["text"]: t["value"] for t in _table(tmp_path / "out", "timexes")}
    assert values["Friday"] is None and values["March 3, 2024"] == "2024-03-03"
    assert "documents without a publication date: 1" in result.report
    (doc,) = _table(tmp_path / "out", "documents")
    assert doc["status"] == "ok" and "no publication date" in doc["reason"]


def test_end_to_end_a_date_in_a_relative_clause_dates_only_that_clause(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(
        "date 2026-03-06 The Ruritanian army, which was founded in 1921, attacked Vask on Monday.", encoding="utf-8")
    newsgraph.build([tmp_path / "in"], tmp_path / "out", cache=False)
    (event,) = [e for e in _table(tmp_path / "out", "events") if e["type"] == "ASSAULT"]
    assert (event["date"], event["date_text"]) == ("2026-03-02", "Monday")


@pytest.mark.parametrize("text, trigger, day", [
    ("Government troops attacked the town on Thursday after talks collapsed last week.", "attacked", "2026-03-05"),
    ("The unit was deployed in the city since Britain seized it in January 1841.", "deployed", "2026-03-06"),
])
def test_end_to_end_a_date_of_an_earlier_act_does_not_date_the_main_one(tmp_path, text, trigger, day):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(f"date 2026-03-06 {text}", encoding="utf-8")
    newsgraph.build([tmp_path / "in"], tmp_path / "out", cache=False)
    (event,) = [e for e in _table(tmp_path / "out", "events") if e["trigger"] == trigger]
    assert event["date"] == day
