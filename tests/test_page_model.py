"""The page's view model and layout, without a browser: compact columns, the opening
window, communities, report-by-report links, and a layout that scales and repeats."""

from __future__ import annotations

import random

import networkx as nx
from test_page import IMG, make_corpus

from newsgraph.graph.build import Corpus, to_graph
from newsgraph.graph.dates import day_span
from newsgraph.graph.page.layout import network_layout
from newsgraph.graph.page.model import page_data


def test_page_model_columns_point_into_each_other():
    corpus = make_corpus()
    data = page_data(corpus)
    actors, events, docs = data["actors"], data["events"], data["documents"]
    assert set(actors["id"]) == set(corpus.graph)
    assert all(isinstance(v, int) for v in actors["x"] + actors["y"])
    # each sentence once, however many events and relations cite it
    assert len(data["texts"]) == len(set(data["texts"]))
    assert any(IMG in t for t in data["texts"])
    by_id = {e["id"]: e for e in corpus.events}
    for i, event_id in enumerate(events["id"]):
        row = by_id[event_id]
        assert [actors["id"][a] for a in events["src"][i]] == row["source"]
        assert [actors["id"][a] for a in events["tgt"][i]] == row["target"]
        assert data["texts"][events["s"][i]] == row["sentence"]
        assert docs["id"][events["doc"][i]] == row["doc_id"]
        assert events["t0"][i] == (day_span(row["date"])[0] if row["date"] else None)
        assert bool(events["flags"][i] & 4) == row["historical"]


def test_page_model_opening_window_holds_the_bulk_not_the_outliers():
    data = page_data(make_corpus())
    lo, hi = data["window"]
    assert day_span("2024-01-01")[0] <= lo < hi <= day_span("2025-12-31")[0]
    # the event of 1841 and the historical one of 1990 stay in the extent, out of the window
    assert data["extent"][0] == day_span("1841-05-01")[0]


def test_page_model_communities_and_links():
    data = page_data(make_corpus())
    actors = data["actors"]
    comm = dict(zip(actors["id"], actors["comm"], strict=True))
    linked = dict(zip(actors["id"], actors["linked"], strict=True))
    assert comm["s0-4"] == comm["s0-9"] and comm["s1-4"] == comm["s1-9"] and comm["s0-4"] != comm["s1-4"]
    assert linked["pair-a"] == linked["pair-b"] == 1 and linked["lone-1"] == 0 and linked["varonia"] == 2
    assert page_data(make_corpus())["actors"]["comm"] == actors["comm"]  # seeded: the same every time


def test_page_model_an_event_of_two_reports_links_each_reports_own_actors():
    corpus = make_corpus()
    first = next(e for e in corpus.events if e["source"] == ["varonia"] and e["target"] == ["beltria"])
    # a second report of the same event names other actors: Coravia acted on Spoke 2-1
    second = dict(first, id="ev-second", source=["coravia"], target=["s2-1"], sentence="Coravia struck Spoke 2-1.")
    corpus.events.append(second)
    corpus.graph = to_graph(corpus)
    data = page_data(corpus)
    i = data["events"]["id"].index(first["id"])
    ids = data["actors"]["id"]
    pairs = data["events"]["pairs"][str(i)]
    shipped = {(ids[pairs[k]], ids[pairs[k + 1]]) for k in range(0, len(pairs), 2)}
    assert shipped == {("varonia", "beltria"), ("coravia", "s2-1")}   # not Varonia on Spoke 2-1


def _long_tailed_graph(n: int, seed: int) -> nx.Graph:
    rng = random.Random(seed)
    g = nx.Graph()
    g.add_nodes_from(f"n{i}" for i in range(n))
    weights = [1 / (i + 1) for i in range(n)]
    for _ in range(n):
        a, b = rng.choices(range(n), weights=weights, k=2)
        if a != b:
            g.add_edge(f"n{a}", f"n{b}")
    return g


def test_page_layout_places_everyone_and_repeats_itself():
    g = _long_tailed_graph(3000, 7)
    pos = network_layout(g, core_size=60)
    assert set(pos) == set(g) and all(isinstance(v, int) for p in pos.values() for v in p)
    # the same graph built in another order gives the same positions
    h = nx.Graph()
    h.add_nodes_from(sorted(g, reverse=True))
    h.add_edges_from(sorted(g.edges(), reverse=True))
    assert network_layout(h, core_size=60) == pos
    # linked actors are not stacked on each other
    linked = [pos[n] for n in g if g.degree(n)]
    assert len(set(linked)) > 0.95 * len(linked)


def test_page_layout_keeps_the_previous_map():
    g = _long_tailed_graph(200, 3)
    before = network_layout(g, core_size=40)
    g.add_edge("n0", "newcomer")
    after = network_layout(g, core_size=40, previous=before)
    assert all(after[n] == before[n] for n in before) and "newcomer" in after


def test_page_model_of_an_empty_corpus():
    corpus = Corpus()
    corpus.graph = to_graph(corpus)
    data = page_data(corpus)
    assert data["actors"]["id"] == [] and data["window"] is None and data["extent"] is None
