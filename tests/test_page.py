"""graph.html: one offline file, an overview first, details on demand, every document string shown as text.

Two corpora: a corpus of extraction records written here (three
communities round three busy countries, an isolated pair, lone actors, an
event dated in 1841, a historical one, an undated one, and hostile strings
in a name, a title and a sentence), rendered without the language model;
and four short documents built end to end (marked ``model``). The browser
tests drive the real page in headless Chromium with every network request
refused (see browser.py).
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from browser import PAGE_URL, open_offline

from newsgraph.graph.build import Corpus, to_graph
from newsgraph.graph.page.render import render_page

IMG = "<img src=x onerror=alert(1)>"
CLOSE = "</script><b>bold</b>"
TITLE = "Talks </script><script>window.pwned=1</script> <img src=x onerror=window.pwned=2>"
EVIL = "Evil " + IMG
TYPES = ["ASSAULT", "ACCUSE", "CONSULT", "AGREE", "AID"]


def _actor(id_, name, type_, aliases=()):
    return {"id": id_, "name": name, "type": type_, "aliases": [name, *aliases], "mentions": 1, "documents": [],
            "country": None, "roles": []}


def make_corpus() -> Corpus:
    """Three hubs, each with twelve spokes of falling activity; hubs linked to each other;
    one isolated pair; lone actors; an outlier, a historical and an undated event."""
    c = Corpus()
    hubs = [("varonia", "Varonia"), ("beltria", "Beltria"), ("coravia", "Coravia")]
    actors = [_actor(i, n, "country", aliases=(n[:3].upper(),)) for i, n in hubs]
    for h in range(3):
        for k in range(12):
            actors.append(_actor(f"s{h}-{k}", EVIL if (h, k) == (2, 11) else f"Spoke {h}-{k}", "person"))
    actors += [_actor("pair-a", "Pair Alpha", "organization"), _actor("pair-b", "Pair Beta", "organization"),
               _actor("lone-1", "Lone Quill", "media"), _actor("lone-2", "Lone Arbor", "media")]
    c.actors = actors
    start = date(2024, 1, 1)
    n = 0

    def event(source, target, day, kind="CONSULT", sentence=None, historical=False, when=None, title=None):
        nonlocal n
        doc = f"doc-{n:03d}"
        when = when if when is not None else (start + timedelta(days=day)).isoformat()
        text = sentence or f"{source} met {target or 'nobody'} (report {n})."
        c.documents.append({"id": doc, "path": doc + ".txt", "date": (start + timedelta(days=day)).isoformat(),
                            "title": title or f"Report {n}", "source": "Wire", "url": None, "status": "ok",
                            "reason": None, "sha256": ""})
        c.events.append({"id": f"ev-{n:03d}", "group": f"ev-{n:03d}", "type": kind, "mode": None, "date": when or None,
                         "date_end": None, "date_text": None, "date_source": "publication",
                         "source": [source], "target": [target] if target else [], "place": None, "doc_id": doc,
                         "sentence": text, "start": 0, "end": len(text), "attributed_to": None, "negated": False,
                         "claim": False, "historical": historical,
                         "evidence": [{"doc_id": doc, "start": 0, "end": len(text), "text": text}]})
        n += 1

    for h, (hub, _) in enumerate(hubs):
        for k in range(12):
            for i in range(1 + (12 - k) // 3):
                event(hub, f"s{h}-{k}", (h * 37 + k * 11 + i * 29) % 700, TYPES[(k + i) % len(TYPES)])
    for i in range(6):
        event("varonia", "beltria", 100 + 90 * i, "ACCUSE")
        event("beltria", "coravia", 130 + 90 * i, "AGREE")
    event("pair-a", "pair-b", 300, "AID")
    event("lone-1", None, 320, "PROTEST")
    event("varonia", "s0-0", 0, "ASSAULT", when="1841-05-01")
    event("coravia", "s2-0", 400, "ASSAULT", historical=True, when="1990-02-01")
    event("beltria", "s1-0", 410, "REQUEST", when="")
    event("coravia", "s2-11", 500, "ACCUSE", sentence=f"Coravia condemned {IMG} {CLOSE} on Tuesday.", title=TITLE)
    for a in c.actors:
        a["documents"] = sorted({e["doc_id"] for e in c.events if a["id"] in e["source"] + e["target"]})
    c.relations = [{"id": f"rel-{h}", "source": f"s{h}-0", "target": hub, "type": "member_of",
                    "evidence": [{"doc_id": "doc-000", "start": 0, "end": 9, "text": f"Spoke {h}-0 serves {name}."}]}
                   for h, (hub, name) in enumerate(hubs)]
    c.graph = to_graph(c)
    return c


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return make_corpus()


@pytest.fixture(scope="module")
def html(corpus, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("page") / "graph.html"
    render_page(corpus, path)
    return path


def _sha256(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode()


def _page_data(text: str) -> dict:
    m = re.search(r'<script type="application/json" id="newsgraph-data">(.*?)</script>', text, re.S)
    return json.loads(m.group(1))


def _settle(tab) -> None:
    """Wait until the views have drawn what the last change asked for (two animation frames)."""
    tab.js("() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))")


def _shown(tab) -> dict:
    return tab.js("() => newsgraph.shown()")


def _activity(corpus, lo="2024-01-01", hi="2025-12-31", historical=False):
    """Events per actor in a date window (relations count by their document's date)."""
    count: dict[str, int] = {}
    for e in corpus.events:
        if (e["historical"] and not historical) or (e["date"] and not lo <= e["date"] <= hi):
            continue
        for a in set(e["source"] + e["target"]):
            count[a] = count.get(a, 0) + 1
    return count


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
    assert not re.search(r"<(script|link|iframe|img|object|embed)\b[^>]*\b(src|href)=", text, re.I)
    assert "@import" not in text and "url(http" not in text


def test_page_document_strings_never_become_markup(html):
    text = html.read_text(encoding="utf-8")
    assert IMG not in text and "<b>bold</b>" not in text and "<script>window.pwned" not in text
    data = _page_data(text)
    assert any(IMG in t and CLOSE in t for t in data["texts"])
    docs = data["documents"]
    assert TITLE in [data["strings"][i] for i in docs["title"] if i >= 0]
    assert EVIL in data["actors"]["name"]


# ---- the page in a browser, offline ----

def test_page_overview_shows_the_busiest_actors_and_counts_the_hidden(tab, corpus):
    page = tab.page
    assert tab.requests == [PAGE_URL] and tab.refused == [] and tab.errors == []
    assert tab.csp_violations() == []
    body = page.locator("body")
    assert body.get_attribute("data-drawn") == "1"
    # the opening window holds the bulk of the events, not the event of 1841
    start, end = tab.js("() => newsgraph.window()")
    assert "2024-01-01" <= start < end <= "2025-12-31"
    shown = _shown(tab)
    linked_three_or_more = {a["id"] for a in corpus.actors if a["id"] not in {"pair-a", "pair-b", "lone-1", "lone-2"}}
    assert set(shown["actors"]) == linked_three_or_more
    assert body.get_attribute("data-shown-actors") == str(len(shown["actors"]))
    assert body.get_attribute("data-shown-events") == str(len(shown["events"]))
    assert "2 actors without links and 1 isolated pairs" in page.locator("#hidden-note").inner_text()
    # lanes: the actors shown, busiest on top
    activity = _activity(corpus, start, end)
    assert shown["lanes"][:3] == sorted(["varonia", "beltria", "coravia"], key=lambda a: -activity[a])
    assert set(shown["lanes"]) == set(shown["actors"])

    # a smaller overview: the N busiest in the window
    page.fill("#top-n", "5")
    page.locator("#top-n").dispatch_event("change")
    top = sorted(linked_three_or_more, key=lambda a: (-activity.get(a, 0), a))[:5]
    assert set(_shown(tab)["actors"]) == set(top)
    assert body.get_attribute("data-shown-actors") == "5"

    # the isolated pair comes in when asked for
    page.fill("#top-n", "100")
    page.locator("#top-n").dispatch_event("change")
    page.locator("#unlinked").check()
    assert {"pair-a", "pair-b", "lone-1"} <= set(_shown(tab)["actors"])


def test_page_colours_by_community_or_by_type(tab, corpus, html):
    data = _page_data(html.read_text(encoding="utf-8"))
    actors = data["actors"]
    i = actors["id"].index("s0-3")
    j = actors["id"].index("s1-3")
    # each hub's spokes form one community, coloured alike, unlike another hub's
    assert actors["comm"][i] == actors["comm"][actors["id"].index("s0-5")] != actors["comm"][j]

    def fill(node):
        return tab.js("(id) => newsgraph.network.body.data.nodes.get(id).color.background", node)

    assert fill(i) == data["community_colours"][actors["comm"][i]]
    tab.page.select_option("#colour-by", "type")
    assert fill(i) == next(t["colour"] for t in data["actor_types"] if t["name"] == "person")


def test_page_clicking_an_actor_expands_its_neighbourhood(tab, corpus):
    page = tab.page
    page.fill("#top-n", "3")
    page.locator("#top-n").dispatch_event("change")
    assert set(_shown(tab)["actors"]) == {"varonia", "beltria", "coravia"}
    _settle(tab)
    where = tab.js("(id) => newsgraph.where('network', 'coravia')")
    page.mouse.click(where["x"], where["y"])
    assert tab.js("() => newsgraph.selection()") == {"kind": "actor", "id": "coravia"}
    assert tab.js("() => newsgraph.trail()") == ["coravia"]
    shown = set(_shown(tab)["actors"])
    brought = shown - {"varonia", "beltria", "coravia"}
    assert len(brought) == 8 and all(a.startswith("s2-") for a in brought)
    assert page.locator("#detail-title").inner_text() == "Coravia"
    # its busiest links came first; more on request
    page.click("#expand-more")
    assert len(set(_shown(tab)["actors"]) - shown) > 0
    # the selection is linked: its events in the panel and its lane lit
    assert page.locator("#events-title").inner_text().startswith("Events of the selection")
    lit = tab.js("() => newsgraph.lit()")
    own = {e["id"] for e in corpus.events if "coravia" in e["source"] + e["target"]}
    assert set(lit["events"]) == own
    # the trail leads back to the overview
    page.locator("#trail button", has_text="Overview").click()
    assert set(_shown(tab)["actors"]) == {"varonia", "beltria", "coravia"}
    assert tab.js("() => newsgraph.selection()") is None


def test_page_search_brings_any_actor_in(tab, corpus):
    page = tab.page
    page.fill("#top-n", "3")
    page.locator("#top-n").dispatch_event("change")
    page.fill("#search", "lone quill")
    page.press("#search", "Enter")
    assert tab.js("() => newsgraph.selection()") == {"kind": "actor", "id": "lone-1"}
    assert "lone-1" in _shown(tab)["actors"] and "lone-1" in _shown(tab)["lanes"]
    assert page.locator("#detail-title").inner_text() == "Lone Quill"
    page.fill("#search", "bel")   # an alias
    page.press("#search", "Enter")
    assert tab.js("() => newsgraph.selection()") == {"kind": "actor", "id": "beltria"}
    page.fill("#search", "no such actor anywhere")
    page.press("#search", "Enter")
    assert page.locator("#search-status").inner_text() == "no actor matches"


def test_page_brush_sets_the_dates_of_every_view(tab, corpus):
    page = tab.page
    a = tab.js("() => newsgraph.where('strip', '2024-03-01')")
    b = tab.js("() => newsgraph.where('strip', '2024-06-30')")
    page.mouse.move(a["x"] + 1, a["y"])
    page.mouse.down()
    page.mouse.move((a["x"] + b["x"]) / 2, a["y"], steps=3)
    page.mouse.move(b["x"] - 1, b["y"], steps=3)
    page.mouse.up()
    start, end = tab.js("() => newsgraph.window()")
    assert abs((date.fromisoformat(start) - date(2024, 3, 1)).days) <= 3
    assert abs((date.fromisoformat(end) - date(2024, 6, 30)).days) <= 3
    assert page.input_value("#date-from") == start and page.input_value("#date-to") == end
    shown = set(_shown(tab)["events"])
    inside = {e["id"] for e in corpus.events if e["date"] and start <= e["date"] <= end and not e["historical"]}
    undated = {e["id"] for e in corpus.events if not e["date"]}
    assert shown == inside | undated
    # the lanes show only those events, and the network only actors taking part in them
    for actor in _shown(tab)["lanes"][:5]:
        for cell in tab.js("(id) => newsgraph.cells(id)", actor):
            assert set(cell["events"]) <= inside
    active = {x for e in corpus.events if e["id"] in inside for x in e["source"] + e["target"]}
    assert set(_shown(tab)["actors"]) <= active
    # a double click goes back to the bulk of the events
    page.mouse.dblclick(a["x"], a["y"])
    assert tab.js("() => newsgraph.window()")[0] < start


def test_page_historical_events_only_when_asked(tab, corpus):
    historical = next(e["id"] for e in corpus.events if e["historical"])
    page = tab.page
    page.fill("#date-from", "1980-01-01")
    page.locator("#date-from").dispatch_event("change")
    assert historical not in _shown(tab)["events"]
    page.locator("#historical").check()
    assert historical in _shown(tab)["events"]


def test_page_events_panel_is_virtualised_newest_first(tab, corpus):
    page = tab.page
    rows = page.locator("#event-rows .row")
    total = len(_shown(tab)["events"])
    assert total > 100
    in_dom = rows.count()
    assert 0 < in_dom < 40
    dated = sorted((e["date"], e["id"]) for e in corpus.events
                   if e["id"] in _shown(tab)["events"] and e["date"])
    assert rows.first.get_attribute("data-event") in {i for d, i in dated if d == dated[-1][0]}
    assert page.locator("#events-title").inner_text() == f"Events ({total})"
    counts = page.locator("#event-counts").inner_text()
    assert "CONSULT" in counts and "ASSAULT" in counts
    # scrolled to the end: still only the rows in view, now the oldest and the undated
    page.locator("#event-list").evaluate("(box) => { box.scrollTop = box.scrollHeight; }")
    page.wait_for_function("() => document.querySelector('#event-rows .row:last-child').dataset.event !== undefined")
    page.wait_for_timeout(100)
    assert rows.count() < 40
    undated = {e["id"] for e in corpus.events if not e["date"]}
    assert rows.last.get_attribute("data-event") in undated
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    # a row chosen: its event, with its evidence, in the detail (on a busy machine the list may still
    # be redrawing from the scroll when the click lands on a row it replaces: click again then)
    for _ in range(3):
        rows.first.click()
        try:
            page.wait_for_function("() => newsgraph.selection() !== null", timeout=3000)
            break
        except PlaywrightTimeout:
            continue
    chosen = tab.js("() => newsgraph.selection()")
    assert chosen["kind"] == "events" and len(chosen["ids"]) == 1
    event = next(e for e in corpus.events if e["id"] == chosen["ids"][0])
    detail = page.locator("#detail").inner_text()
    assert event["sentence"] in detail and event["doc_id"] in detail


def test_page_lanes_and_tooltips_give_the_evidence(tab, corpus):
    page = tab.page
    cell = tab.js("() => newsgraph.cells('varonia')")[0]
    page.mouse.move(cell["x"], cell["y"])
    tip = page.locator("#lane-tip")
    tip.wait_for(state="visible", timeout=5000)
    first = next(e for e in corpus.events if e["id"] == cell["events"][0])
    assert first["sentence"] in tip.inner_text() and first["doc_id"] in tip.inner_text()
    page.mouse.click(cell["x"], cell["y"])
    assert tab.js("() => newsgraph.selection()") == {"kind": "events", "ids": cell["events"]}
    assert {"varonia"} <= set(tab.js("() => newsgraph.lit()")["actors"])
    # the network's tooltip for an actor
    _settle(tab)
    where = tab.js("() => newsgraph.where('network', 'beltria')")
    page.mouse.move(where["x"], where["y"])
    tip = page.locator("#network-tip")
    tip.wait_for(state="visible", timeout=5000)
    assert "Beltria" in tip.inner_text()
    page.keyboard.press("Escape")
    assert tab.js("() => newsgraph.selection()") is None


def test_page_hostile_strings_show_literally_and_run_nothing(tab, corpus):
    page = tab.page
    hostile = next(e for e in corpus.events if IMG in e["sentence"])
    tab.js("(id) => newsgraph.select({kind: 'events', ids: [id]})", hostile["id"])
    detail = page.locator("#detail")
    text = detail.inner_text()
    assert IMG in text and CLOSE in text and TITLE in text and EVIL in text
    assert detail.locator("img, script, b").count() == 0
    page.fill("#search", "evil")
    page.press("#search", "Enter")
    assert page.locator("#detail-title").inner_text() == EVIL
    assert page.locator("#trail").inner_text().endswith(EVIL)
    cell = next(c for c in tab.js("() => newsgraph.cells('s2-11')") if hostile["id"] in c["events"])
    page.mouse.move(cell["x"], cell["y"])
    tip = page.locator("#lane-tip")
    tip.wait_for(state="visible", timeout=5000)
    assert IMG in tip.inner_text() and TITLE in tip.inner_text()
    assert page.locator("#lane-tip img, #panel img, #trail img, #panel script, #panel b").count() == 0
    assert tab.js("() => window.pwned === undefined")
    assert tab.dialogs == [] and tab.errors == [] and tab.refused == []
    assert tab.csp_violations() == []


# ---- built from documents ----

DOCS = {
    "a.txt": "date 2026-03-01 Pakistan accused Afghanistan of sheltering militants on Sunday. "
             "The Taliban threatened Pakistan with retaliation.\n",
    "b.jsonl": json.dumps({"id": "hostile-1", "date": "2026-03-10", "title": TITLE,
                           "text": f"Iran condemned Israel over the strike {IMG} {CLOSE} on Tuesday. "
                                   "Qatar hosted talks between Iran and Israel."}) + "\n",
}


@pytest.mark.model
def test_page_built_from_documents_draws_offline(browser, tmp_path):
    import newsgraph

    docs = tmp_path / "docs"
    docs.mkdir()
    for name, text in DOCS.items():
        (docs / name).write_text(text, encoding="utf-8")
    built = newsgraph.build(docs, tmp_path / "out")
    seen = open_offline(browser, built.out / "graph.html")
    try:
        assert seen.requests == [PAGE_URL] and seen.errors == [] and seen.csp_violations() == []
        shown = seen.js("() => newsgraph.shown()")
        assert shown["actors"] and set(shown["actors"]) <= set(built.corpus.graph)
        hostile = next(e for e in built.corpus.events if IMG in e["sentence"])
        seen.js("(id) => newsgraph.select({kind: 'events', ids: [id]})", hostile.get("group") or hostile["id"])
        text = seen.page.locator("#detail").inner_text()
        assert IMG in text and TITLE in text
        assert seen.page.locator("#detail img, #detail script").count() == 0
        assert seen.js("() => window.pwned === undefined") and seen.dialogs == []
    finally:
        seen.page.context.close()
