"""The page's map and casualty figures: drawn offline, linked to the selection, brushed as a filter.

A corpus of extraction records written here: events at four invented places
with coordinates (two close together, one far off, one whose name is hostile
markup), one event without a place, and one clash whose two reporters give
figures that cannot both hold. And the two invented reports of
``tests/corpus/disputed_clash``, built end to end (marked ``model``). Every
network request is refused (see browser.py).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from browser import PAGE_URL, open_offline

from newsgraph.graph.build import Corpus, to_graph
from newsgraph.graph.page.render import render_page

HOSTILE_PLACE = "Qarun <img src=x onerror=window.pwned=3> </script><b>bold</b>"
CLASH = Path(__file__).resolve().parent / "corpus" / "disputed_clash"
PLACES = [("pl-north", "Northgate", 34.5, 69.2), ("pl-ford", "Eastford", 34.1, 71.1),
          ("pl-far", "Farhaven", 48.9, 2.4), ("pl-evil", HOSTILE_PLACE, -1.3, 36.8)]


def _actor(id_, name, type_="armed_group"):
    return {"id": id_, "name": name, "type": type_, "aliases": [name], "mentions": 1, "documents": [],
            "country": None, "roles": []}


def make_corpus() -> Corpus:
    c = Corpus()
    c.actors = [_actor("red", "Red Brigade"), _actor("blue", "Blue Front"), _actor("green", "Green Guard"),
                _actor("gray", "Gray Council", "government")]
    c.places = [{"id": i, "name": n, "feature": "city", "country": "XXX", "lat": lat, "lon": lon, "geonameid": None,
                 "mentions": []} for i, n, lat, lon in PLACES]
    n = 0

    def event(source, target, place, kind="ASSAULT", day=1, **extra):
        nonlocal n
        doc = f"doc-{n:02d}"
        text = f"{source} and {target} clashed (report {n})."
        c.documents.append({"id": doc, "path": doc + ".txt", "date": f"2025-03-{day:02d}", "title": f"Report {n}",
                            "source": "Wire", "url": None, "status": "ok", "reason": None, "sha256": ""})
        row = {"id": f"ev-{n:02d}", "group": f"ev-{n:02d}", "type": kind, "mode": None, "date": f"2025-03-{day:02d}",
               "date_end": None, "date_text": None, "date_source": "publication", "source": [source],
               "target": [target], "place": dict((i, nm) for i, nm, _, _ in PLACES).get(place), "place_id": place,
               "doc_id": doc, "sentence": text, "start": 0, "end": len(text), "attributed_to": None,
               "negated": False, "claim": False, "historical": False, "figures": [], "disputed": False,
               "casualties": {}, "evidence": [{"doc_id": doc, "start": 0, "end": len(text), "text": text}]}
        row.update(extra)
        c.events.append(row)
        n += 1
        return row

    for day in (1, 2, 3):
        event("red", "blue", "pl-north", day=day)
    event("red", "blue", "pl-ford", kind="ACCUSE", day=4)
    event("blue", "green", "pl-ford", kind="CONSULT", day=5)
    event("gray", "green", "pl-far", kind="AGREE", day=6)
    event("gray", "red", "pl-evil", kind="AID", day=7)
    event("green", "gray", None, kind="REQUEST", day=8)
    clash = event("red", "green", "pl-north", day=9, figures=["fig-1", "fig-2"], disputed=True,
                  casualties={"killed": {"min": 6, "max": 40, "best": 6}})
    c.figures = [
        {"id": "fig-1", "doc_id": clash["doc_id"], "event_id": clash["id"], "kind": "killed", "min": 40, "max": 40,
         "text": "killing 40", "start": 0, "end": 10, "victims": "fighters", "reported_by": "red", "subset": False},
        {"id": "fig-2", "doc_id": clash["doc_id"], "event_id": clash["id"], "kind": "killed", "min": 6, "max": 6,
         "text": "only six", "start": 12, "end": 20, "victims": "fighters", "reported_by": "green", "subset": False},
    ]
    for a in c.actors:
        a["documents"] = sorted({e["doc_id"] for e in c.events if a["id"] in e["source"] + e["target"]})
    c.graph = to_graph(c)
    return c


@pytest.fixture(scope="module")
def html(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("map") / "graph.html"
    render_page(make_corpus(), path)
    return path


def _settle(tab) -> None:
    tab.js("() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))")


def _dots(tab) -> dict[str, dict]:
    return {d["place"]: d for d in tab.js("() => newsgraph.dots()")}


def _page_data(path: Path) -> dict:
    m = re.search(r'<script type="application/json" id="newsgraph-data">(.*?)</script>',
                  path.read_text(encoding="utf-8"), re.S)
    return json.loads(m.group(1))


def test_page_data_carries_places_figures_and_the_outline_compactly(html):
    data = _page_data(html)
    strings = data["strings"]
    assert [strings[i] for i in data["places"]["name"]] == [p[1] for p in PLACES]
    assert data["places"]["lat"][0] == 34.5 and data["places"]["lon"][2] == 2.4
    assert data["events"]["pl"].count(-1) == 1
    figures = data["figures"]
    assert [data["actors"]["name"][a] for a in figures["by"]] == ["Red Brigade", "Green Guard"]
    assert [strings[i] for i in figures["victims"]] == ["fighters", "fighters"]
    assert data["events"]["figures"] == {"8": [0, 1]}
    assert data["events"]["flags"][8] & 8 and not any(f & 8 for f in data["events"]["flags"][:8])
    assert len(data["world"]) > 150 and all(isinstance(x, int) for x in data["world"][0])
    assert HOSTILE_PLACE not in html.read_text(encoding="utf-8")


def test_map_is_drawn_offline_with_a_dot_per_place(tab):
    page = tab.page
    assert tab.requests == [PAGE_URL] and tab.refused == [] and tab.errors == []
    assert tab.csp_violations() == []
    assert page.locator("#map").get_attribute("data-drawn") == "1"
    assert page.locator("#map path.land").get_attribute("d").count("M") > 150
    dots = _dots(tab)
    assert {name: d["events"] for name, d in dots.items()} == {"Northgate": 4, "Eastford": 2, "Farhaven": 1,
                                                                HOSTILE_PLACE: 1}
    assert dots["Northgate"]["x"] < dots["Eastford"]["x"] and dots["Farhaven"]["x"] < dots["Northgate"]["x"]
    # sized by count
    sizes = {c.get_attribute("data-place"): float(c.get_attribute("r")) for c in page.locator("circle.dot").all()}
    assert max(sizes.values()) == sizes["0"]
    # coloured by quad class: Northgate's events are ASSAULTs (material conflict)
    fill = page.locator('circle.dot[data-place="0"]').get_attribute("fill")
    assert fill == tab.js("() => JSON.parse(document.getElementById('newsgraph-data').textContent).classes"
                          ".find((c) => c.name === 'material conflict').colour")


def test_map_lights_the_places_of_a_selected_actor(tab):
    tab.js("() => newsgraph.select({kind: 'actor', id: 'gray'})")
    _settle(tab)
    lit = {name for name, d in _dots(tab).items() if d["lit"]}
    assert lit == {"Farhaven", HOSTILE_PLACE}
    tab.js("() => newsgraph.select({kind: 'actor', id: 'blue'})")
    _settle(tab)
    assert {name for name, d in _dots(tab).items() if d["lit"]} == {"Northgate", "Eastford"}


def test_map_brush_filters_the_other_views_and_clears(tab):
    page = tab.page
    before = tab.js("() => newsgraph.shown().events")
    assert len(before) == 9
    dots = _dots(tab)
    xs = [dots[n]["x"] for n in ("Northgate", "Eastford")]
    ys = [dots[n]["y"] for n in ("Northgate", "Eastford")]
    page.mouse.move(min(xs) - 12, min(ys) - 12)
    page.mouse.down()
    page.mouse.move((min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2, steps=3)
    page.mouse.move(max(xs) + 12, max(ys) + 12, steps=3)
    page.mouse.up()
    _settle(tab)
    shown = tab.js("() => newsgraph.shown()")
    assert shown["events"] == ["ev-00", "ev-01", "ev-02", "ev-03", "ev-04", "ev-08"]
    assert "gray" not in shown["actors"]
    assert page.locator("#events-title").inner_text() == "Events (6)"
    assert page.locator("body").get_attribute("data-shown-events") == "6"
    assert set(_dots(tab)) == {"Northgate", "Eastford"}
    assert page.locator("#clear-area").is_visible()
    page.locator("#clear-area").click()
    _settle(tab)
    assert tab.js("() => newsgraph.shown().events") == before
    assert page.locator("#events-title").inner_text() == "Events (9)"
    assert not page.locator("#clear-area").is_visible()


def test_map_zooms_with_the_wheel_and_returns_to_the_world(tab):
    page = tab.page
    box = page.locator("#map").bounding_box()
    width = lambda: float(page.locator("#map svg").get_attribute("viewBox").split()[2])  # noqa: E731
    opening = width()
    assert opening < 360                       # fitted to the places
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.mouse.wheel(0, -400)
    _settle(tab)
    assert width() < opening
    page.locator("#map-world").click()
    assert width() == 360
    assert len(_dots(tab)) == 4


def test_map_hostile_place_name_is_inert_text(tab):
    page = tab.page
    dot = _dots(tab)[HOSTILE_PLACE]
    page.mouse.move(dot["x"], dot["y"])
    tip = page.locator("#map-tip")
    tip.wait_for(state="visible")
    assert HOSTILE_PLACE in tip.inner_text()
    page.mouse.click(dot["x"], dot["y"])
    _settle(tab)
    assert tab.js("() => newsgraph.selection()") == {"kind": "events", "ids": ["ev-06"]}
    assert HOSTILE_PLACE in page.locator("#detail").inner_text()
    assert page.locator("img, b").count() == 0
    assert tab.js("() => window.pwned") is None
    assert tab.errors == [] and tab.dialogs == [] and tab.refused == [] and tab.csp_violations() == []


def test_disputed_event_marked_and_its_figures_side_by_side(tab):
    page = tab.page
    # in the events panel: one row marked disputed
    assert page.locator("#event-rows .row[data-disputed]").count() == 1
    row = page.locator("#event-rows .row[data-disputed]")
    assert row.get_attribute("data-event") == "ev-08" and "disputed" in row.inner_text()
    # on the timeline: the lane cell holding it says so
    cells = [c for c in tab.js("() => newsgraph.cells('red')") if "ev-08" in c["events"]]
    assert cells
    row.click()
    _settle(tab)
    table = page.locator("#detail table.figures")
    assert table.count() == 1
    lines = [[td.inner_text() for td in tr.locator("td").all()] for tr in table.locator("tr").all()[1:]]
    assert lines == [["Red Brigade", "killed", "40", "fighters", "doc-08"],
                     ["Green Guard", "killed", "6", "fighters", "doc-08"]]
    assert "disputed" in page.locator("#detail .badge").inner_text()


# ---- two invented reports of one clash, built end to end ----

@pytest.fixture(scope="module")
def clash_page(tmp_path_factory) -> Path:
    import newsgraph

    out = tmp_path_factory.mktemp("clash-page")
    newsgraph.build([CLASH], out, cache=False)
    return out / "graph.html"


@pytest.mark.model
def test_disputed_clash_page_lists_both_reporters_figures(browser, clash_page):
    tab = open_offline(browser, clash_page)
    try:
        page = tab.page
        assert tab.refused == [] and tab.errors == [] and tab.csp_violations() == []
        disputed = page.locator("#event-rows .row[data-disputed]")
        assert disputed.count() == 1
        disputed.click()
        _settle(tab)
        rows = page.locator("#detail table.figures tr").all()[1:]
        lines = sorted([td.inner_text() for td in r.locator("td").all()][:3] for r in rows)
        assert ["Red Hill Brigades", "killed", "40"] in lines and ["Sava Movement", "killed", "6"] in lines
        docs = {r.locator("td.doc").inner_text() for r in rows}
        assert docs == {"red-hill-account", "sava-account"}
    finally:
        tab.page.context.close()
