"""graph.html: one offline file, two linked views, every document string shown as text.

The corpus is four short documents written here, one of them hostile: its
text and title carry markup and script that must show literally and run
nothing. The static tests read the file; the browser tests drive the real
page in headless Chromium with every network request refused (see browser.py).
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from pathlib import Path

import pytest
from browser import PAGE_URL, launch, open_offline, require_browser

import newsgraph
from newsgraph.graph.html import day_span, page_data

pytestmark = pytest.mark.model

IMG = "<img src=x onerror=alert(1)>"
CLOSE = "</script><b>bold</b>"
TITLE = "Talks </script><script>window.pwned=1</script> <img src=x onerror=window.pwned=2>"
DOCS = {
    "a.txt": "date 2026-03-01 Pakistan accused Afghanistan of sheltering militants on Sunday. "
             "The Taliban threatened Pakistan with retaliation.\n",
    "b.txt": "date 2026-03-05 The United Nations called on Pakistan and Afghanistan to hold talks. "
             "Pakistani jets struck targets in Kabul on Thursday, the Pakistani military said.\n",
    "c.jsonl": json.dumps({"id": "hostile-1", "date": "2026-03-10", "title": TITLE,
                           "text": f"Iran condemned Israel over the strike {IMG} {CLOSE} on Tuesday. "
                                   "Qatar hosted talks between Iran and Israel."}) + "\n",
    "d.jsonl": json.dumps({"id": "d-1", "date": "2026-03-20", "title": "Border talks resume", "source": "Wire",
                           "text": "Qatar and Turkey agreed to mediate between Pakistan and Afghanistan on Friday. "
                                   "Pakistan rejected the proposal."}) + "\n",
}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    docs = tmp_path_factory.mktemp("docs")
    for name, text in DOCS.items():
        (docs / name).write_text(text, encoding="utf-8")
    return newsgraph.build(docs, tmp_path_factory.mktemp("out"))


@pytest.fixture(scope="module")
def html(built) -> Path:
    return built.out / "graph.html"


@pytest.fixture(scope="module")
def corpus(built):
    c = built.corpus
    # what the tests below rely on finding in the fixture documents
    assert len({a["type"] for a in c.actors if a["id"] in c.graph}) >= 2
    assert len({e["type"] for e in c.events}) >= 2
    assert len({e["date"] for e in c.events if e["date"]}) >= 3
    assert any(IMG in e["sentence"] for e in c.events), "the hostile sentence yields an event"
    return c


@pytest.fixture(scope="module")
def browser():
    require_browser()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = launch(p)
        yield b
        b.close()


@pytest.fixture
def tab(browser, html, corpus):
    seen = open_offline(browser, html)
    yield seen
    seen.page.context.close()


def _sha256(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode()


def _page_data(text: str) -> dict:
    m = re.search(r'<script type="application/json" id="newsgraph-data">(.*?)</script>', text, re.S)
    return json.loads(m.group(1))


# ---- the file ----

def test_page_is_one_file_under_a_strict_csp(html):
    text = html.read_text(encoding="utf-8")
    policies = re.findall(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', text)
    assert len(policies) == 1
    directives = dict(d.strip().split(" ", 1) for d in policies[0].split(";"))
    assert directives["default-src"] == "'none'"
    assert directives["connect-src"] == "'none'"
    assert "unsafe" not in directives["script-src"] and "unsafe" not in directives["style-src"]
    allowed = set(directives["script-src"].replace("'", "").split())
    scripts = re.findall(r"<script>(.*?)</script>", text, re.S)
    assert len(scripts) == 2 and {_sha256(s) for s in scripts} == allowed
    styles = re.findall(r"<style>(.*?)</style>", text, re.S)
    assert {_sha256(s) for s in styles} == set(directives["style-src"].replace("'", "").split())
    # nothing is loaded from anywhere: no external script, sheet, frame, font or import
    assert not re.search(r"<(script|link|iframe|img|object|embed)\b[^>]*\b(src|href)=", text, re.I)
    assert "@import" not in text and "url(http" not in text


def test_document_strings_never_become_markup(html, corpus):
    text = html.read_text(encoding="utf-8")
    assert IMG not in text and "<b>bold</b>" not in text and "<script>window.pwned" not in text
    # the literal strings travel as JSON data, intact
    data = _page_data(text)
    assert any(IMG in t and CLOSE in t for t in data["texts"])
    assert data["documents"]["hostile-1"]["title"] == TITLE


def test_page_data_matches_the_graph(corpus):
    data = page_data(corpus)
    graph = corpus.graph
    assert {n["id"] for n in data["network"]["nodes"]} == set(graph)
    assert all(isinstance(n["x"], int) and isinstance(n["y"], int) for n in data["network"]["nodes"])
    # every graph edge is behind exactly one drawn link, which counts its events or relations
    drawn = {(e["from"], e["to"], e["kind"], e["etype"]): e for e in data["network"]["edges"]}
    for u, v, key, d in graph.edges(keys=True, data=True):
        link = drawn[(u, v, d["kind"], d["type"])]
        assert (d["event"] if d["kind"] == "event" else key) in link["items"]
    # every event is on the timeline, on the lanes of its actors, at one x that follows its date
    marks = [n for n in data["timeline"]["nodes"] if "items" in n]
    x_of = {}
    for e in data["events"]:
        on = [m for m in marks if e["id"] in m["items"]]
        named = {a for a in e.get("source", []) + e.get("target", []) if a in graph}
        assert {m["lane"] for m in on} == (named or {""})
        assert len({m["x"] for m in on}) == 1
        if e.get("date"):
            assert x_of.setdefault(e["date"], on[0]["x"]) == on[0]["x"]
    dates = sorted(x_of, key=day_span)
    assert [x_of[d] for d in dates] == sorted(x_of.values()) and len(set(x_of.values())) == len(dates)
    lanes = data["timeline"]["lanes"]
    assert "" not in lanes[:-1] and set(lanes) - {""} <= set(graph)  # events naming no actor: last lane
    assert data["network"]["physics"] is True  # a small graph settles in the browser; a large one is laid out here


# ---- the page in a browser, offline ----

def _pixels(tab, view: str) -> int:
    return tab.js("""(view) => {
        const c = document.querySelector('#' + view + ' canvas');
        const d = c.getContext('2d', {willReadFrequently: true}).getImageData(0, 0, c.width, c.height).data;
        let n = 0;
        for (let i = 3; i < d.length; i += 4) if (d[i]) n++;
        return n;
    }""", view)


def test_page_draws_offline_without_requests_or_violations(tab, corpus):
    assert tab.requests == [PAGE_URL] and tab.refused == []
    assert _pixels(tab, "network") > 1000 and _pixels(tab, "timeline") > 1000
    assert tab.errors == []
    assert [m for m in tab.console if m[0] == "error"] == []
    assert tab.csp_violations() == []
    assert tab.page.locator('meta[http-equiv="Content-Security-Policy"]').count() == 1
    shown = tab.js("() => newsgraph.shown()")
    assert set(shown["actors"]) == set(corpus.graph)
    counts = tab.page.locator("#counts").inner_text()
    assert f"{len(corpus.graph)} of {len(corpus.graph)} actors" in counts


def test_filters_change_both_views(tab, corpus):
    page = tab.page
    graph = corpus.graph
    before = tab.js("() => newsgraph.shown()")
    counts = page.locator("#counts").inner_text()

    # actor type: countries leave the network and their lanes leave the timeline
    page.locator('#actor-types input[value="country"]').uncheck()
    shown = tab.js("() => newsgraph.shown()")
    countries = {n for n, d in graph.nodes(data=True) if d["type"] == "country"}
    assert countries and not countries & set(shown["actors"])
    assert not countries & set(shown["lanes"]) and shown["lanes"]
    assert page.locator("#counts").inner_text() != counts
    page.locator('#actor-types input[value="country"]').check()
    assert tab.js("() => newsgraph.shown()") == before

    # event type: its marks go, and its links in the network
    kind = sorted({e["type"] for e in corpus.events})[0]
    page.locator(f'#event-types input[value="{kind}"]').uncheck()
    shown = tab.js("() => newsgraph.shown()")
    types = tab.js("(ids) => ids.map((id) => newsgraph.network.body.data.edges.get(id).etype)", shown["links"])
    assert kind not in types
    assert len(shown["marks"]) < len(before["marks"]) and len(shown["events"]) < len(before["events"])
    page.locator(f'#event-types input[value="{kind}"]').check()

    # date range: only events overlapping it stay, in both views
    day = sorted({e["date"] for e in corpus.events if e["date"]})[1]
    page.fill("#date-from", day)
    page.fill("#date-to", day)
    page.locator("#date-to").dispatch_event("change")
    shown = tab.js("() => newsgraph.shown()")
    dates = {e["date"] for e in corpus.events if e["id"] in shown["events"]}
    assert dates == {day}
    assert len(shown["links"]) < len(before["links"]) and len(shown["actors"]) < len(before["actors"])
    page.click("#reset")
    assert tab.js("() => newsgraph.shown()") == before


def _actor_with_events(corpus):
    count = {}
    for e in corpus.events:
        for a in set(e["source"] + e["target"]):
            count[a] = count.get(a, 0) + 1
    return max(sorted(count), key=count.get)


def test_selecting_an_actor_lights_it_up_in_both_views(tab, corpus):
    page = tab.page
    actor = _actor_with_events(corpus)
    name = corpus.graph.nodes[actor]["label"]
    # a real click on the node in the network view
    tab.js("(id) => newsgraph.network.focus(id, {scale: 1.5, animation: false})", actor)
    where = tab.js("(id) => newsgraph.where('network', id)", actor)
    page.mouse.click(where["x"], where["y"])
    assert tab.js("() => newsgraph.selection()") == {"kind": "actor", "id": actor}
    assert page.locator("#detail-title").inner_text() == name
    lit = tab.js("() => newsgraph.lit()")
    assert lit["lanes"] == [actor]
    events = {e.get("group") or e["id"] for e in corpus.events if actor in e["source"] + e["target"]}
    assert set(lit["events"]) == events
    marks = {m for ev in events for m in tab.js("(id) => newsgraph.marksOf(id)", ev)}
    assert set(lit["marks"]) == marks and marks
    assert actor in tab.js("() => newsgraph.network.getSelectedNodes()")
    assert set(tab.js("() => newsgraph.timeline.getSelectedNodes()")) == marks | {"lane|" + actor}

    # then a mark on the timeline: its event, with its evidence, and its actors in the network
    mark = sorted(marks)[0]
    tab.js("(id) => newsgraph.timeline.focus(id, {scale: 1.2, animation: false})", mark)
    where = tab.js("(id) => newsgraph.where('timeline', id)", mark)
    page.mouse.click(where["x"], where["y"])
    selection = tab.js("() => newsgraph.selection()")
    assert selection["kind"] == "events"
    chosen = [e for e in corpus.events if (e.get("group") or e["id"]) in selection["ids"]]
    detail = page.locator("#detail").inner_text()
    for e in chosen:
        doc = next(d for d in corpus.documents if d["id"] == e["doc_id"])
        assert e["sentence"].strip()[:40] in detail and doc["id"] in detail and doc["date"] in detail
    selected = set(tab.js("() => newsgraph.network.getSelectedNodes()"))
    assert actor in selected

    # clicking on empty canvas clears both views
    page.keyboard.press("Escape")
    assert tab.js("() => newsgraph.lit()") is None
    assert tab.js("() => newsgraph.network.getSelectedNodes()") == []


def test_search_finds_an_actor_by_alias(tab, corpus):
    page = tab.page
    actor = next(a for a in corpus.actors if a["id"] in corpus.graph and
                 any(x.lower() not in a["name"].lower() for x in a["aliases"]))
    alias = next(x for x in actor["aliases"] if x.lower() not in actor["name"].lower())
    page.fill("#search", alias.lower())
    page.press("#search", "Enter")
    assert tab.js("() => newsgraph.selection()") == {"kind": "actor", "id": actor["id"]}
    assert page.locator("#detail-title").inner_text() == actor["name"]
    page.fill("#search", "no such actor anywhere")
    page.press("#search", "Enter")
    assert page.locator("#search-status").inner_text() == "no actor matches"


def _hover_text(tab, view: str, item: str) -> str:
    page = tab.page
    page.mouse.move(5, 5)
    where = tab.js("([view, id]) => newsgraph.where(view, id)", [view, item])
    page.mouse.move(where["x"], where["y"])
    tooltip = page.locator(f"#{view} div.vis-tooltip")
    tooltip.wait_for(state="visible", timeout=5000)
    return tooltip.inner_text()


def test_tooltips_show_evidence_document_and_date(tab, corpus):
    actor = _actor_with_events(corpus)
    tab.js("(id) => newsgraph.network.focus(id, {scale: 1.5, animation: false})", actor)
    text = _hover_text(tab, "network", actor)
    assert corpus.graph.nodes[actor]["label"] in text and "doc " in text

    # a link between two actors: each of its events or relations with sentence, document and date
    edges = tab.js("() => newsgraph.network.body.data.edges.get().filter((e) => !e.smooth).map((e) => e.id)")
    edge = sorted(edges)[0]
    link = tab.js("(id) => newsgraph.network.body.data.edges.get(id)", edge)
    tab.js("(ids) => newsgraph.network.fit({nodes: ids, animation: false})", [link["from"], link["to"]])
    text = _hover_text(tab, "network", edge)
    if link["kind"] == "event":
        first = next(e for e in corpus.events if (e.get("group") or e["id"]) == link["items"][0])
        sentence, doc_id = first["sentence"], first["doc_id"]
    else:
        first = next(r for r in corpus.relations if r["id"] == link["items"][0])
        sentence, doc_id = first["evidence"][0]["text"], first["evidence"][0]["doc_id"]
    doc = next(d for d in corpus.documents if d["id"] == doc_id)
    assert link["etype"] in text and sentence.strip()[:40] in text and doc_id in text and doc["date"] in text

    event = next(e for e in corpus.events if e["doc_id"] == "d-1" and e["source"])
    mark = tab.js("(id) => newsgraph.marksOf(id)", event.get("group") or event["id"])[0]
    tab.js("(id) => newsgraph.timeline.focus(id, {scale: 1.5, animation: false})", mark)
    text = _hover_text(tab, "timeline", mark)
    assert event["sentence"].strip()[:40] in text
    assert "d-1" in text and "Border talks resume" in text and "2026-03-20" in text


def test_hostile_document_shows_literally_and_runs_nothing(tab, corpus):
    page = tab.page
    hostile = next(e for e in corpus.events if IMG in e["sentence"])
    event_id = hostile.get("group") or hostile["id"]
    tab.js("(id) => newsgraph.select({kind: 'events', ids: [id]})", event_id)
    detail = page.locator("#detail")
    text = detail.inner_text()
    assert IMG in text and CLOSE in text and TITLE in text
    assert detail.locator("img, script, b").count() == 0

    # and in the tooltip of its mark
    mark = tab.js("(id) => newsgraph.marksOf(id)", event_id)[0]
    tab.js("(id) => newsgraph.timeline.focus(id, {scale: 1.5, animation: false})", mark)
    tip = _hover_text(tab, "timeline", mark)
    assert IMG in tip and TITLE in tip
    assert page.locator("div.vis-tooltip img, div.vis-tooltip script, div.vis-tooltip b").count() == 0

    # nothing ran, nothing was fetched (an <img src=x> would have asked for .../x)
    assert tab.js("() => window.pwned === undefined")
    assert tab.dialogs == [] and tab.errors == [] and tab.refused == []
    assert tab.csp_violations() == []
