"""Graph assembly from hand-built extractions: merging, grouping, the graph."""

from __future__ import annotations

import io

import networkx as nx

from newsgraph.extract.mentions import local_key
from newsgraph.extract.model import Actor, Document, Event, Evidence, Extraction, Relation, Timex
from newsgraph.graph.build import assemble, resolve_aliases
from newsgraph.graph.outputs.graphml import write_graphml
from newsgraph.graph.outputs.values import clean_for_xml
from newsgraph.graph.validate import ROW_FIELDS, check_row


def _doc(doc_id, text, date="2026-02-27"):
    return Document(id=doc_id, path=f"{doc_id}.txt", text=text, date=date)


def _extractions():
    text1 = "Ruritania shelled Borduria. Its spokesman said so."
    text2 = "Borduria accused Ruritania."
    ev1 = Evidence("d1", 0, 27, "Ruritania shelled Borduria.")
    ev2 = Evidence("d2", 0, 27, "Borduria accused Ruritania.")
    d1 = Extraction(
        document=_doc("d1", text1),
        actors=(Actor("ruritania", "Ruritania", "country", ("Ruritania",), 1, "RUR"),
                Actor("borduria", "Borduria", "country", ("Borduria",), 1),
                Actor("capital-city", "Capital City", "location", ("Capital City",), 1)),
        relations=(Relation("ruritania", "borduria", "conflict_with", ev1),),
        events=(Event("ASSAULT", "d1", ev1.text, 0, 27, "shelled", 10, mode="artillery",
                      source=("ruritania",), target=("borduria",), date="2026-02-27"),),
        timexes=(Timex("d1", 0, 3, "now", "DATE", "PRESENT_REF"),),
    )
    d2 = Extraction(
        document=_doc("d2", text2),
        actors=(Actor("ruritania", "Ruritanian Republic", "country", ("Ruritanian",), 1, "RUR"),
                Actor("borduria", "Borduria", "country", ("Borduria",), 1)),
        relations=(Relation("borduria", "ruritania", "accuses", ev2),
                   Relation("ruritania", "borduria", "conflict_with", ev2)),
        events=(Event("ACCUSE", "d2", ev2.text, 0, 27, "accused", 9,
                      source=("borduria",), target=("ruritania",), date="2026-02-26"),),
    )
    return [d1, d2]


def test_graph_build_merges_actors_across_documents():
    corpus = assemble(_extractions())
    actors = {a["id"]: a for a in corpus.actors}
    assert set(actors) == {"ruritania", "borduria", "capital-city"}
    r = actors["ruritania"]
    assert r["documents"] == ["d1", "d2"] and r["mentions"] == 2
    assert r["aliases"] == ["Ruritania", "Ruritanian"]
    assert r["country"] == "RUR"


def test_graph_build_groups_relation_evidence():
    corpus = assemble(_extractions())
    conflict = [r for r in corpus.relations if r["type"] == "conflict_with"]
    assert len(conflict) == 1
    assert [e["doc_id"] for e in conflict[0]["evidence"]] == ["d1", "d2"]
    assert all(set(e) == {"doc_id", "start", "end", "text"} for e in conflict[0]["evidence"])


def test_graph_build_graph_has_actor_nodes_and_typed_edges():
    g = assemble(_extractions()).graph
    assert isinstance(g, nx.MultiDiGraph)
    assert "capital-city" not in g  # a place in no event or relation is not a node
    assert g.nodes["ruritania"]["label"] in ("Ruritania", "Ruritanian Republic")
    kinds = sorted((d["kind"], d["type"]) for _, _, d in g.edges(data=True))
    assert kinds == [("event", "ACCUSE"), ("event", "ASSAULT"), ("relation", "accuses"),
                     ("relation", "conflict_with")]


def test_graph_build_is_independent_of_input_order():
    a = assemble(_extractions())
    b = assemble(list(reversed(_extractions())))
    assert (a.actors, a.relations, a.events, a.timexes) == (b.actors, b.relations, b.events, b.timexes)


def test_graph_build_graphml_round_trip():
    corpus = assemble(_extractions())
    buffer = io.BytesIO()
    write_graphml(corpus.graph, buffer)
    back = nx.read_graphml(io.BytesIO(buffer.getvalue()), force_multigraph=True)
    assert set(back.nodes) == set(corpus.graph.nodes)
    assert back.number_of_edges() == corpus.graph.number_of_edges()
    assert back.nodes["borduria"]["type"] == "country"


def test_graph_build_xml_invalid_characters_are_removed():
    assert clean_for_xml("a\x01b\ufffe") == "ab"


def test_graph_build_short_names_and_acronyms_merge_across_documents():
    ev = Evidence("d2", 0, 10, "x")
    d1 = Extraction(document=_doc("d1", "x"), actors=(
        Actor("zara-khan", "Zara Khan", "person", ("Zara Khan",), 1),
        Actor("baloch-front", "Baloch Front", "armed_group", ("Baloch Front", "BF"), 2)))
    d2 = Extraction(
        document=_doc("d2", "x"),
        actors=(Actor("khan", "Khan", "person", ("Khan",), 1), Actor("bf", "BF", "organization", ("BF",), 1)),
        relations=(Relation("khan", "bf", "member_of", ev),),
    )
    corpus = assemble([d1, d2])
    assert {a["id"] for a in corpus.actors} == {"zara-khan", "baloch-front"}
    assert [(r["source"], r["target"]) for r in corpus.relations] == [("zara-khan", "baloch-front")]


def test_graph_build_ambiguous_short_names_stay_apart():
    d1 = Extraction(document=_doc("d1", "x"), actors=(
        Actor("zara-khan", "Zara Khan", "person", ("Zara Khan",), 1),
        Actor("imran-khan", "Imran Khan", "person", ("Imran Khan",), 1)))
    d2 = Extraction(document=_doc("d2", "x"), actors=(Actor("khan", "Khan", "person", ("Khan",), 1),))
    assert {a["id"] for a in assemble([d1, d2]).actors} == {"zara-khan", "imran-khan", "khan"}


def test_graph_build_links_reports_of_the_same_event():
    def report(doc_id, start, source, target, date="2026-02-27"):
        text = "Ruritania shelled Borduria."
        return Event("ASSAULT", doc_id, text, start, start + len(text), "shelled", start + 10,
                     source=source, target=target, date=date)

    actors = (Actor("ruritania", "Ruritania", "country", ("Ruritania",), 1),
              Actor("borduria", "Borduria", "country", ("Borduria",), 1))
    d1 = Extraction(document=_doc("d1", "x"), actors=actors,
                    events=(report("d1", 0, ("ruritania",), ("borduria",)),
                            report("d1", 40, ("ruritania",), ("borduria",), date="2026-02-20")))
    d2 = Extraction(document=_doc("d2", "x"), actors=actors,
                    events=(report("d2", 5, ("ruritania",), ()),))
    corpus = assemble([d1, d2])
    rows = {(e["doc_id"], e["start"]): e for e in corpus.events}
    assert rows[("d1", 0)]["group"] == rows[("d2", 5)]["group"] != rows[("d1", 40)]["group"]
    assert len(rows[("d2", 5)]["evidence"]) == 2 and len(rows[("d1", 40)]["evidence"]) == 1
    shelling = [d for _, _, d in corpus.graph.edges(data=True) if d["kind"] == "event"]
    assert sorted(d["weight"] for d in shelling) == [1, 2]


def test_graph_build_places_are_no_party_to_interactions():
    ev = Evidence("d1", 0, 10, "x")
    d1 = Extraction(document=_doc("d1", "x"), actors=(
        Actor("ruritania", "Ruritania", "country", ("Ruritania",), 1),
        Actor("vask", "Vask", "location", ("Vask",), 1)),
        relations=(Relation("ruritania", "vask", "conflict_with", ev), Relation("ruritania", "vask", "located_in", ev)))
    assert [r["type"] for r in assemble([d1]).relations] == ["located_in"]


def test_graph_build_surnames_with_particles_merge_across_documents():
    d1 = Extraction(document=_doc("d1", "x"), actors=(
        Actor("omar-al-rashidi", "Omar al-Rashidi", "person", ("Omar al-Rashidi",), 1),
        Actor("luis-van-dam", "Luis van Dam", "person", ("Luis van Dam",), 1)))
    d2 = Extraction(document=_doc("d2", "x"), actors=(
        Actor("rashidi", "Rashidi", "person", ("Rashidi",), 1),
        Actor("van-dam", "van Dam", "person", ("van Dam",), 1)))
    assert {a["id"] for a in assemble([d1, d2]).actors} == {"omar-al-rashidi", "luis-van-dam"}


def test_day_bounds_reads_every_calendar_value_that_event_dating_reads():
    from datetime import date

    from newsgraph.extract.time.values import value_range
    from newsgraph.graph.dates import day_bounds, day_range, day_span

    assert day_bounds("2026-Q1") == (date(2026, 1, 1), date(2026, 3, 31))
    assert day_bounds("2026-SU") == (date(2026, 6, 1), date(2026, 8, 31))
    assert day_bounds("2026-W09-WE") == (date(2026, 2, 28), date(2026, 3, 1))
    assert day_bounds("199X") == (date(1990, 1, 1), date(1999, 12, 31))
    assert day_bounds("2026-W60") is None and day_bounds("P1D") is None
    # the same span the event's dates were given
    start, end = value_range("2026-W09")
    assert day_range(start, end) == ("2026-02-23", "2026-03-01")
    assert day_span("1970-01") == (0, 30)


def test_table_columns_come_from_the_records_in_the_contracts_order():
    corpus = assemble(_extractions())
    assert list(corpus.documents[0]) == ["id", "path", "date", "title", "source", "url", "status", "reason", "sha256",
                                         "credits", "dateline", "counts"]
    assert list(corpus.actors[0]) == ["id", "name", "type", "aliases", "mentions", "documents", "country", "roles"]
    assert list(corpus.relations[0]) == ["id", "source", "target", "type", "evidence"]
    assert list(corpus.events[0])[:21] == [
        "id", "type", "mode", "date", "date_end", "date_text", "date_source", "source", "target", "place", "doc_id",
        "sentence", "start", "end", "trigger", "trigger_start", "attributed_to", "negated", "claim", "historical",
        "place_id"]
    assert list(corpus.timexes[0]) == ["doc_id", "start", "end", "text", "type", "value"]
    # a row read back gives the record it came from
    for record, row in ((_extractions()[0].events[0], corpus.events[0]), (_extractions()[0].timexes[0],
                                                                         corpus.timexes[0])):
        assert type(record).from_row(row) == record


def test_the_columns_a_reader_checks_are_columns_the_build_writes():
    corpus = assemble(_extractions())
    written = {Document: corpus.documents[0], Actor: corpus.actors[0], Relation: corpus.relations[0],
               Event: corpus.events[0], Timex: corpus.timexes[0]}
    for record, row in written.items():
        assert record.CHECKS and set(record.CHECKS) <= set(row), record.__name__
        assert {kind.rstrip("!") for kind in record.CHECKS.values()} <= {"text", "number", "flag", "list", "strings"}
    assert ROW_FIELDS["timexes"]["start"] == ((int,), True) and ROW_FIELDS["actors"]["country"] == ((str,), False)
    assert check_row("relations", {"id": "r", "source": "a", "target": "b", "type": "allied_with"}) == \
        'relations row without "evidence"'


def test_a_row_written_by_hand_is_completed_with_the_records_defaults():
    row = Actor.complete({"id": "ruritania", "name": "Ruritania", "note": "kept"})
    assert row == {"id": "ruritania", "name": "Ruritania", "type": "organization", "aliases": [], "mentions": 0,
                   "documents": [], "country": None, "roles": [], "note": "kept"}
    event = Event.complete({"id": "e1", "type": "ASSAULT", "negated": None})
    assert event["id"] == "e1" and event["negated"] is None and event["source"] == [] and event["claim"] is False


def test_a_documents_own_body_is_never_merged_into_another_documents_by_its_word():
    own = local_key("police", "d2")
    d1 = Extraction(document=_doc("d1", "Police of Ruritania said so. Mujahid Rahimi said so."),
                    actors=(Actor("police-of-ruritania", "Police of Ruritania", "government",
                                  ("Police of Ruritania", "police"), 2, "RUR"),
                            Actor("mujahid-rahimi", "Mujahid Rahimi", "person", ("Mujahid Rahimi",), 1)))
    d2 = Extraction(document=_doc("d2", "Police fired tear gas. Rahimi said so."),
                    actors=(Actor(own, "police", "government", ("police",), 1),
                            Actor("rahimi", "Rahimi", "person", ("Rahimi",), 1)))
    mapping = resolve_aliases([d1, d2])
    assert own not in mapping  # a report that names no state has police of its own
    assert mapping == {"rahimi": "mujahid-rahimi"}  # a surname is still its one full name
