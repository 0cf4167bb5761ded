"""How big is graph.html for a real or a synthetic corpus, how soon does it draw, how fast does it answer?

Builds the first N documents (1,000 by default) of the news benchmark, or
renders a synthetic corpus of extraction records (``--synthetic 20000``:
documents' worth of actors, events and relations with a long-tailed degree
distribution and dates over several years, places with coordinates and
casualty figures), then opens the page from its file
in headless Chromium with every request refused and measures:

- the file size;
- the time until both views have drawn (the page sets ``data-drawn="1"`` on
  <body> and ``window.newsgraphReadyAt``, milliseconds since navigation start),
  and the main thread's busy time until then (on a shared machine the first
  also counts the wait for a free core);
- how many actors and events are drawn at first (``data-shown-actors``,
  ``data-shown-events``);
- whether every actor is one search away (its name finds it) or one click away
  (it is among the links of an actor whose name finds it);
- the time a selection or a filter change takes to repaint (median of 20: from
  the change until two animation frames later).

    python bench/page_bench.py                          # build + measure
    python bench/page_bench.py --from-tables OUT        # re-render OUT's tables, measure
    python bench/page_bench.py --page OUT/graph.html    # measure an existing page
    python bench/page_bench.py --synthetic 20000        # a synthetic corpus of 20,000 documents
    python bench/page_bench.py --page P --screenshot docs/page.png --select Pakistan

The data file is read where it lies (../shared/data/news-bench.jsonl from the
repository root unless given); only a temporary slice is written, outside the
project. Needs Chromium at /usr/bin/chromium (or --chromium) and Playwright.
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DATA = REPO.parent / "shared" / "data" / "news-bench.jsonl"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def build_slice(data: Path, count: int, out: Path) -> Path:
    """Build the first ``count`` documents of ``data`` into ``out``; return the page."""
    import newsgraph

    with data.open(encoding="utf-8") as f, tempfile.TemporaryDirectory(prefix="newsgraph-bench-") as tmp:
        lines = [line for _, line in zip(range(count), f, strict=False)]
        part = Path(tmp) / f"news-{len(lines)}.jsonl"
        part.write_text("".join(lines), encoding="utf-8")
        started = time.perf_counter()
        result = newsgraph.build(part, out)
        print(f"build: {len(lines)} documents in {time.perf_counter() - started:.1f} s "
              f"({result.processed} processed)", file=sys.stderr)
    return out / "graph.html"


def _render(corpus, page: Path) -> Path:
    from newsgraph.graph.build import to_graph
    from newsgraph.graph.page.render import render_page

    corpus.graph = to_graph(corpus)
    started = time.perf_counter()
    render_page(corpus, page)
    print(f"render: {len(corpus.actors):,} actors, {len(corpus.events):,} events, "
          f"{len(corpus.relations):,} relations in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return page


def render_from_tables(tables: Path, page: Path) -> Path:
    """Render graph.html again from a build's JSONL tables, without parsing anything."""
    from newsgraph.graph.build import Corpus

    corpus = Corpus()
    for name in ("documents", "actors", "relations", "events", "timexes", "places", "figures"):
        path = tables / f"{name}.jsonl"
        rows = [json.loads(line) for line in path.open(encoding="utf-8")] if path.exists() else []
        setattr(corpus, name, rows)
    return _render(corpus, page)


# ---- a synthetic corpus ----

EVENT_TYPES = ["ASSAULT"] * 6 + ["ACCUSE"] * 4 + ["CONSULT"] * 4 + ["AGREE", "SUPPORT", "REQUEST", "REJECT",
               "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "COOPERATE", "AID", "RETREAT", "CONCEDE"]
ACTOR_TYPES = ["country"] * 3 + ["government"] * 3 + ["person"] * 6 + ["armed_group", "military", "organization",
               "political_party", "media"]
RELATION_TYPES = ["member_of", "leads", "spokesperson_for", "conflict_with", "accuses", "supports", "part_of"]
WORDS = ("forces officials talks border ceasefire attack statement capital province militants convoy aid "
         "ministry minister troops rebels protest sanctions agreement police election").split()


def synthetic_corpus(documents: int, seed: int = 7):
    """Extraction records for ``documents`` news articles, as a build would assemble them.

    Actors are drawn with Zipf-like weights (a few in nearly every story, most
    in one or two), so the degree distribution has the long tail of real news;
    the number of distinct actors grows as documents ** 0.85. Publication dates
    spread over five years in bursts; an event is dated on its document's day
    or a few days before, a few events reach back decades (historical context)
    and some are undated.
    """
    from newsgraph.graph.build import Corpus

    rng = random.Random(seed)
    n_actors = max(20, int(6 * documents ** 0.85))
    weights = list(itertools.accumulate(1.0 / (rank + 8) ** 1.05 for rank in range(n_actors)))
    actors = [{"id": f"a{i}", "name": f"Actor {i} " + rng.choice(WORDS).title(), "type": rng.choice(ACTOR_TYPES),
               "aliases": [], "mentions": 0, "documents": [], "country": None, "roles": []} for i in range(n_actors)]
    start = date(2019, 1, 1)
    bursts = [rng.randrange(5 * 365) for _ in range(40)]
    corpus = Corpus()
    for d in range(documents):
        day = (bursts[rng.randrange(len(bursts))] + int(rng.gauss(0, 20))) if rng.random() < 0.6 \
            else rng.randrange(5 * 365)
        published = start + timedelta(days=max(0, min(5 * 365, day)))
        doc_id = f"doc-{d:06d}"
        corpus.documents.append({"id": doc_id, "path": f"{doc_id}.txt", "date": published.isoformat(),
                                 "title": f"Report {d}", "source": rng.choice(["Wire", "Agency", "Daily"]),
                                 "url": None, "status": "ok", "reason": None, "sha256": ""})
        cast = sorted({rng.choices(range(n_actors), cum_weights=weights)[0] for _ in range(rng.randint(2, 6))})
        for a in cast:
            actors[a]["mentions"] += rng.randint(1, 4)
            actors[a]["documents"].append(doc_id)
        for k in range(rng.choice([1, 2, 2, 3, 3, 4, 5, 6, 8])):
            source = [rng.choice(cast)]
            target = [t for t in [rng.choice(cast)] if t != source[0]] if rng.random() < 0.8 else []
            when = published - timedelta(days=rng.choice([0, 0, 0, 1, 1, 2, 3, 7]))
            historical = rng.random() < 0.03
            if historical:
                when = published - timedelta(days=rng.randint(400, 40 * 365))
            dated = rng.random() > 0.05
            sentence = (f"{actors[source[0]]['name']} {rng.choice(WORDS)} {rng.choice(WORDS)} "
                        f"{actors[target[0]]['name'] if target else 'the region'} ({doc_id}, {k}).")
            event_id = f"e{d:06d}-{k}"
            corpus.events.append({
                "id": event_id, "group": event_id, "type": rng.choice(EVENT_TYPES), "mode": None,
                "date": when.isoformat() if dated else None, "date_end": None, "date_text": None,
                "date_source": "publication", "source": [f"a{s}" for s in source],
                "target": [f"a{t}" for t in target], "place": None, "doc_id": doc_id, "sentence": sentence,
                "start": 0, "end": len(sentence), "attributed_to": None, "negated": False,
                "claim": rng.random() < 0.1, "historical": historical,
                "evidence": [{"doc_id": doc_id, "start": 0, "end": len(sentence), "text": sentence}]})
        if len(cast) > 1 and rng.random() < 0.4:
            s, t = rng.sample(cast, 2)
            text = f"{actors[s]['name']} and {actors[t]['name']} ({doc_id})."
            corpus.relations.append({"id": f"r{d:06d}", "source": f"a{s}", "target": f"a{t}",
                                     "type": rng.choice(RELATION_TYPES),
                                     "evidence": [{"doc_id": doc_id, "start": 0, "end": len(text), "text": text}]})
    corpus.actors = [a for a in actors if a["documents"]]
    _places_and_figures(corpus, random.Random(seed + 1))
    return corpus


def _places_and_figures(corpus, rng: random.Random) -> None:
    """Places with coordinates for most events (a few busy ones, a long tail), and casualty figures
    for some assaults, a few of them disputed; drawn with their own generator, so the rest stays as it was."""
    n_places = max(10, len(corpus.documents) // 8)
    hubs = [(rng.uniform(-40, 60), rng.uniform(-100, 120)) for _ in range(12)]
    for i in range(n_places):
        lat, lon = hubs[i % len(hubs)]
        corpus.places.append({"id": f"p{i}", "name": f"Place {i} " + rng.choice(WORDS).title(), "feature": "city",
                              "country": None, "lat": round(lat + rng.gauss(0, 4), 4),
                              "lon": round(lon + rng.gauss(0, 6), 4), "geonameid": None, "mentions": []})
    weights = list(itertools.accumulate(1.0 / (rank + 3) for rank in range(n_places)))
    for e in corpus.events:
        e["place_id"] = f"p{rng.choices(range(n_places), cum_weights=weights)[0]}" if rng.random() < 0.7 else None
        e["figures"], e["disputed"], e["casualties"] = [], False, {}
        if e["type"] != "ASSAULT" or rng.random() > 0.3:
            continue
        reporters = (e["source"] + e["target"])[:2 if rng.random() < 0.2 else 1]
        for k, reporter in enumerate(reporters):
            n = rng.randint(1, 60)
            corpus.figures.append({"id": f"{e['id']}-f{k}", "doc_id": e["doc_id"], "event_id": e["id"],
                                   "kind": "killed", "min": n, "max": n, "text": str(n), "start": 0, "end": 2,
                                   "victims": "people", "reported_by": reporter, "subset": False})
            e["figures"].append(f"{e['id']}-f{k}")
        e["disputed"] = len(reporters) > 1


# ---- measuring in the browser ----

_REPAINT = """async ([kind, runs]) => {
    const frames = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    const shown = newsgraph.shown().actors;
    const boxes = [...document.querySelectorAll('#event-types input')];
    const times = [];
    for (let i = 0; i < runs; i++) {
        const started = performance.now();
        if (kind === "select") newsgraph.select({kind: "actor", id: shown[(i * 7) % shown.length]});
        else boxes[i % boxes.length].click();
        await frames();
        times.push(performance.now() - started);
    }
    if (kind === "select") newsgraph.select(null); else for (const b of boxes) if (!b.checked) b.click();
    return times;
}"""

_REACH = """() => {
    // one search: the actor's own name finds it; one click: it is among the links of an actor that is found
    const ids = newsgraph.allActors();
    let searched = 0, clicked = 0;
    const found = new Set();
    for (const id of ids) if (newsgraph.find(newsgraph.name(id)) === id) { found.add(id); searched++; }
    for (const id of ids) if (!found.has(id) && newsgraph.linkedTo(id).some((b) => found.has(b))) clicked++;
    return {actors: ids.length, searched, clicked};
}"""


def task_ms(cdp) -> float:
    """The page's main-thread busy time so far, in milliseconds of thread time."""
    metrics = {m["name"]: m["value"] for m in cdp.send("Performance.getMetrics")["metrics"]}
    return metrics.get("TaskDuration", 0) * 1000


def measure(page: Path, runs: int, chromium: str, screenshot: Path | None = None,
            viewport: tuple[int, int] = (1600, 900), select: str | None = None, repaint: int = 20) -> dict:
    """Open the page ``runs`` times offline; times in milliseconds."""
    from playwright.sync_api import sync_playwright

    body = page.read_bytes()
    url = page.resolve().as_uri()
    ready_at, wall, phases, drawn, busy = [], [], [], [], []
    requests: list[str] = []
    result: dict = {}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        try:
            for run in range(runs):
                context = browser.new_context(viewport={"width": viewport[0], "height": viewport[1]})
                tab = context.new_page()

                # opened as a user would, from the file; any request whatsoever is refused and counted
                def route(r):
                    requests.append(r.request.url)
                    if r.request.url == url:
                        r.continue_()
                    else:
                        r.abort()

                context.route("**/*", route)
                # main-thread busy time: on a shared machine, wall time also counts waiting for a core
                cdp = context.new_cdp_session(tab)
                cdp.send("Performance.enable", {"timeDomain": "threadTicks"})
                started = time.perf_counter()
                tab.goto(url, wait_until="commit")
                tab.wait_for_function("() => document.body && document.body.dataset.drawn === '1'",
                                      timeout=120_000, polling=20)
                wall.append((time.perf_counter() - started) * 1000)
                ready_at.append(tab.evaluate("window.newsgraphReadyAt"))
                busy.append(task_ms(cdp))
                drawn.append(tab.evaluate("() => Object.assign({}, document.body.dataset)"))
                phases.append(tab.evaluate("""() => performance.getEntriesByType("mark")
                    .filter((m) => m.name.startsWith("newsgraph:"))
                    .map((m) => [m.name.slice(10), Math.round(m.startTime)])"""))
                if run == runs - 1:
                    for kind in ("select", "filter"):
                        before = task_ms(cdp)
                        result[kind + "_ms"] = tab.evaluate(_REPAINT, [kind, repaint])
                        result[kind + "_busy_ms"] = (task_ms(cdp) - before) / repaint
                    result["reach"] = tab.evaluate(_REACH)
                    if screenshot:
                        if select:
                            tab.fill("#search", select)
                            tab.press("#search", "Enter")
                        tab.wait_for_timeout(300)
                        tab.screenshot(path=str(screenshot))
                context.close()
        finally:
            browser.close()
    return result | {"bytes": len(body), "ready_ms": ready_at, "busy_ms": busy, "wall_ms": wall, "phases": phases,
                     "drawn": drawn, "requests": len(requests), "other_requests": [u for u in requests if u != url]}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", nargs="?", type=Path, default=DATA, help="JSONL of news documents")
    parser.add_argument("--docs", type=int, default=1000, help="how many documents from the start")
    parser.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "newsgraph-page-bench")
    parser.add_argument("--from-tables", type=Path, help="skip the build: render from this build's tables")
    parser.add_argument("--page", type=Path, help="skip the build: measure this graph.html")
    parser.add_argument("--synthetic", type=int, metavar="DOCS",
                        help="skip the build: render a synthetic corpus of this many documents")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--chromium", default=CHROMIUM)
    parser.add_argument("--screenshot", type=Path)
    parser.add_argument("--select", help="for the screenshot: find and select this actor first")
    args = parser.parse_args(argv)

    if args.page:
        page = args.page
    elif args.from_tables:
        args.out.mkdir(parents=True, exist_ok=True)
        page = render_from_tables(args.from_tables, args.out / "graph.html")
    elif args.synthetic:
        args.out.mkdir(parents=True, exist_ok=True)
        started = time.perf_counter()
        corpus = synthetic_corpus(args.synthetic)
        print(f"synthetic: {args.synthetic:,} documents generated in {time.perf_counter() - started:.1f} s",
              file=sys.stderr)
        page = _render(corpus, args.out / "graph.html")
    else:
        page = build_slice(args.data, args.docs, args.out)
    result = measure(page, args.runs, args.chromium, args.screenshot, select=args.select)
    first = result["drawn"][-1]
    reach = result["reach"]
    print(f"page: {page}")
    print(f"size: {result['bytes']:,} bytes ({result['bytes'] / 2**20:.1f} MiB)")
    print("drawn after (ms since navigation start): " + ", ".join(f"{t:.0f}" for t in result["ready_ms"])
          + f"; median {statistics.median(result['ready_ms']):.0f}")
    print("main thread busy until drawn (ms): " + ", ".join(f"{t:.0f}" for t in result["busy_ms"])
          + f"; median {statistics.median(result['busy_ms']):.0f}")
    print("phases of the last load (ms since navigation start): "
          + ", ".join(f"{name} {t}" for name, t in result["phases"][-1]))
    print("wall time goto → drawn (ms): " + ", ".join(f"{t:.0f}" for t in result["wall_ms"]))
    print(f"drawn at first: {first.get('shownActors')} actors, {first.get('shownEvents')} events")
    print(f"reach: {reach['actors']} actors; {reach['searched']} found by their name, {reach['clicked']} more "
          f"one click from one that is; {reach['actors'] - reach['searched'] - reach['clicked']} further")
    print(f"repaint after a selection (ms, median of {len(result['select_ms'])}): "
          f"{statistics.median(result['select_ms']):.0f} (max {max(result['select_ms']):.0f}; "
          f"main thread busy {result['select_busy_ms']:.0f} on average)")
    print(f"repaint after a filter change (ms, median of {len(result['filter_ms'])}): "
          f"{statistics.median(result['filter_ms']):.0f} (max {max(result['filter_ms']):.0f}; "
          f"main thread busy {result['filter_busy_ms']:.0f} on average)")
    print(f"requests through the network route: {result['requests']} for {args.runs} loads "
          f"(other than the page itself: {len(result['other_requests'])})")
    return 0 if not result["other_requests"] else 1


if __name__ == "__main__":
    sys.exit(main())
