"""Tests of figures across reports: incidents, disputes, ranges, the figures table and its queries.

The end-to-end test builds ``tests/corpus/disputed_clash``: two invented reports of one clash, each
side giving its own toll of the dead.
"""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

from newsgraph.graph.build import Corpus, to_graph
from newsgraph.graph.disputes import disagree, mark_disputes
from newsgraph.graph.query import Newsgraph

CLASH = Path(__file__).resolve().parent / "corpus" / "disputed_clash"
FIGURE_FIELDS = {"id", "doc_id", "event_id", "kind", "min", "max", "text", "start", "end", "victims", "reported_by"}


def _event(event_id, doc_id, *, group=None, date="2026-05-04", source=("a",), target=("b",), kind="ASSAULT"):
    return {"id": event_id, "group": group or event_id, "doc_id": doc_id, "type": kind, "date": date,
            "source": list(source), "target": list(target), "negated": False}


def _figure(figure_id, event_id, low, high, reporter, *, kind="killed", victims="people", subset=False, doc="d1"):
    return {"id": figure_id, "doc_id": doc, "event_id": event_id, "kind": kind, "min": low, "max": high,
            "text": str(low), "start": len(figure_id), "end": len(figure_id) + 2, "victims": victims,
            "reported_by": reporter, "subset": subset}


def test_disputes_need_two_named_reporters_and_counts_that_cannot_both_hold():
    army = _figure("f1", "e1", 30, 30, "army")
    assert disagree(army, _figure("f2", "e1", 4, 4, "rebels"))
    assert not disagree(army, _figure("f2", "e1", 4, 4, "army"))                 # one reporter updates itself
    assert not disagree(army, _figure("f2", "e1", 4, 4, None))                   # the text's own voice
    assert not disagree(army, _figure("f2", "e1", 25, None, "rebels"))           # "at least 25" fits 30
    assert not disagree(army, _figure("f2", "e1", 4, 4, "rebels", kind="wounded"))
    assert not disagree(army, _figure("f2", "e1", 4, 4, "rebels", victims="police officers"))  # one group of all


def test_disputes_mark_every_report_of_the_incident_with_its_range():
    events = [_event("e1", "d1"), _event("e2", "d2", group="e1"), _event("e3", "d3", source=("c",))]
    figures = [_figure("f1", "e1", 30, 30, "army"), _figure("f2", "e2", 4, 4, "rebels", doc="d2"),
               _figure("f3", "e3", 2, 2, "police", doc="d3")]
    mark_disputes(events, figures)
    assert events[0]["disputed"] and events[1]["disputed"] and not events[2]["disputed"]
    assert events[0]["figures"] == events[1]["figures"] == ["f1", "f2"]
    assert events[0]["casualties"] == {"killed": {"min": 4, "max": 30, "best": 4}}


def test_disputes_same_day_and_actors_across_documents_are_one_incident():
    events = [_event("e1", "d1"), _event("e2", "d2"), _event("e3", "d3", date="2026-05-05")]
    figures = [_figure("f1", "e1", 30, 30, "army"), _figure("f2", "e2", 4, 4, "rebels", doc="d2"),
               _figure("f3", "e3", 90, 90, "monitor", doc="d3")]
    mark_disputes(events, figures)
    assert [e["disputed"] for e in events] == [True, True, False]


def test_disputes_parts_of_a_figure_take_no_part():
    events = [_event("e1", "d1")]
    figures = [_figure("f1", "e1", 30, 30, "army"), _figure("f2", "e1", 3, 3, "rebels", subset=True)]
    mark_disputes(events, figures)
    assert not events[0]["disputed"] and events[0]["casualties"]["killed"] == {"min": 30, "max": 30, "best": 30}


def test_disputes_open_ended_counts_leave_the_range_open():
    events = [_event("e1", "d1")]
    figures = [_figure("f1", "e1", 25, None, "army"), _figure("f2", "e1", 3, 3, "rebels")]
    mark_disputes(events, figures)
    assert events[0]["casualties"]["killed"] == {"min": 3, "max": 25, "best": 3}
    mark_disputes(events, [figures[0]])
    assert events[0]["casualties"]["killed"] == {"min": 25, "max": None, "best": 25}


def test_disputes_killed_on_the_event_link():
    events = [_event("e1", "d1")]
    mark_disputes(events, [_figure("f1", "e1", 12, 12, "army")])
    actor = {"aliases": [], "mentions": 1, "documents": ["d1"], "country": None, "roles": []}
    corpus = Corpus(actors=[{**actor, "id": "a", "name": "A", "type": "military"},
                            {**actor, "id": "b", "name": "B", "type": "armed_group"}],
                    events=[{**events[0], "mode": None, "date_end": None, "claim": False, "evidence": []}])
    (_, _, data), = to_graph(corpus).edges(data=True)
    assert data["killed"] == 12


def test_disputes_queries_answer_from_the_tables():
    events = [_event("e1", "d1"), _event("e2", "d2", group="e1")]
    figures = [_figure("f1", "e1", 30, 30, "army"), _figure("f2", "e2", 4, 4, "rebels", doc="d2"),
               _figure("f3", "e1", 7, 7, "army", kind="wounded")]
    mark_disputes(events, figures)
    actors = [{"id": i, "name": i.title(), "type": "armed_group"} for i in ("a", "b", "army", "rebels")]
    g = Newsgraph.from_tables(actors=actors, events=events, figures=figures)
    (dispute,) = g.disputes()
    assert (dispute.kind, dispute.low, dispute.high) == ("killed", 4, 30)
    assert [(c.count, c.reported_by_name) for c in dispute.claims] == [("30", "Army"), ("4", "Rebels")]
    assert [f.id for f in g.figures(kind="wounded")] == ["f3"]
    assert [f.id for f in g.figures(actor="Rebels")] == ["f2"]               # who reports it
    assert [f.id for f in g.figures(actor="B")] == ["f1", "f3", "f2"]        # a side of its event
    assert all(f.disputed for f in g.figures(disputed=True)) and len(g.figures(event="e1")) == 3


# -- two reports of one clash, built from text -------------------------------------------------

@pytest.fixture(scope="module")
def clash(tmp_path_factory):
    import newsgraph

    out = tmp_path_factory.mktemp("clash")
    newsgraph.build([CLASH], out, cache=False)
    return out


def _rows(out: Path, name: str) -> list[dict]:
    return [json.loads(line) for line in (out / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()]


@pytest.mark.model
def test_disputes_two_reports_of_one_clash(clash):
    figures = _rows(clash, "figures")
    actors = {a["id"]: a["name"] for a in _rows(clash, "actors")}
    texts = {p.stem: p.read_text(encoding="utf-8").split("\n\n", 1)[1] for p in CLASH.glob("*.txt")}
    assert all(FIGURE_FIELDS <= set(f) for f in figures)
    assert all(texts[f["doc_id"]][f["start"]:f["end"]] == f["text"] for f in figures)
    claims = sorted((f["min"], f["max"], actors[f["reported_by"]]) for f in figures if f["kind"] == "killed")
    assert claims == [(6, 6, "Sava Movement"), (40, 40, "Red Hill Brigades")]
    linked = [e for e in _rows(clash, "events") if e["figures"]]
    assert len({e["group"] for e in linked}) == 1 and len({e["doc_id"] for e in linked}) == 2
    assert all(e["disputed"] and e["casualties"]["killed"] == {"min": 6, "max": 40, "best": 6} for e in linked)
    assert sorted(e["figures"] for e in linked)[0] == sorted(f["id"] for f in figures if f["kind"] == "killed")


@pytest.mark.model
def test_disputes_clash_in_gephi_and_the_cli(clash):
    from newsgraph.cli import main

    graph = nx.read_graphml(clash / "graph.graphml")
    assert {d.get("killed") for _, _, d in graph.edges(data=True) if d.get("link") == "event"} == {6}
    result = CliRunner().invoke(main, ["query", "disputes", "-d", str(clash), "-f", "json"])
    assert result.exit_code == 0, result.output
    (dispute,) = json.loads(result.output)
    assert [c["reported_by_name"] for c in dispute["claims"]] == ["Red Hill Brigades", "Sava Movement"]
    result = CliRunner().invoke(main, ["query", "figures", "-d", str(clash), "--kind", "killed"])
    assert result.exit_code == 0 and "Sava Movement" in result.output and "40" in result.output
