"""How big is graph.html for a real corpus, and how soon does it draw?

Builds the first N documents (1,000 by default) of the news benchmark, then
opens the page from its file in headless Chromium with every request refused and
measures the time until both views have drawn (the page sets
``window.newsgraphReady`` and ``window.newsgraphReadyAt``, milliseconds since
navigation start). Prints the file size, the draw times and the request count.

    python bench/page_bench.py                          # build + measure
    python bench/page_bench.py --from-tables OUT        # re-render OUT's tables, measure
    python bench/page_bench.py --page OUT/graph.html    # measure an existing page
    python bench/page_bench.py --screenshot shot.png    # also save what the page looks like
    python bench/page_bench.py --page P --screenshot docs/page.png --select Pakistan   # with an actor selected

The data file is read where it lies (../shared/data/news-bench.jsonl from the
repository root unless given); only a temporary slice is written, outside the
project. Needs Chromium at /usr/bin/chromium (or --chromium) and Playwright.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
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


def render_from_tables(tables: Path, page: Path) -> Path:
    """Render graph.html again from a build's JSONL tables, without parsing anything."""
    from newsgraph.graph.build import Corpus, to_graph
    from newsgraph.graph.html import render_page

    corpus = Corpus()
    for name in ("documents", "actors", "relations", "events", "timexes"):
        path = tables / f"{name}.jsonl"
        rows = [json.loads(line) for line in path.open(encoding="utf-8")] if path.exists() else []
        setattr(corpus, name, rows)
    if corpus.events and "group" not in corpus.events[0]:
        # tables from before events were linked across reports
        from newsgraph.graph import build

        if hasattr(build, "link_events"):
            build.link_events(corpus.events)
    corpus.graph = to_graph(corpus)
    started = time.perf_counter()
    render_page(corpus, page)
    print(f"render: {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return page


def measure(page: Path, runs: int, chromium: str, screenshot: Path | None = None,
            viewport: tuple[int, int] = (1600, 900), select: str | None = None) -> dict:
    """Open the page ``runs`` times offline; times in milliseconds."""
    from playwright.sync_api import sync_playwright

    body = page.read_bytes()
    url = page.resolve().as_uri()
    ready_at, wall, phases, response = [], [], [], []
    requests: list[str] = []
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
                started = time.perf_counter()
                tab.goto(url, wait_until="commit")
                tab.wait_for_function("() => window.newsgraphReady === true", timeout=120_000, polling=20)
                wall.append((time.perf_counter() - started) * 1000)
                ready_at.append(tab.evaluate("window.newsgraphReadyAt"))
                response.append(tab.evaluate("performance.getEntriesByType('navigation')[0].responseEnd"))
                phases.append(tab.evaluate("""() => performance.getEntriesByType("mark")
                    .filter((m) => m.name.startsWith("newsgraph:"))
                    .map((m) => [m.name.slice(10), Math.round(m.startTime)])"""))
                if screenshot and run == runs - 1:
                    if select:
                        tab.fill("#search", select)
                        tab.press("#search", "Enter")
                    tab.wait_for_timeout(300)
                    tab.screenshot(path=str(screenshot))
                context.close()
        finally:
            browser.close()
    return {"bytes": len(body), "ready_ms": ready_at, "wall_ms": wall, "phases": phases, "response_ms": response,
            "requests": len(requests), "other_requests": [u for u in requests if u != url]}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", nargs="?", type=Path, default=DATA, help="JSONL of news documents")
    parser.add_argument("--docs", type=int, default=1000, help="how many documents from the start")
    parser.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "newsgraph-page-bench")
    parser.add_argument("--from-tables", type=Path, help="skip the build: render from this build's tables")
    parser.add_argument("--page", type=Path, help="skip the build: measure this graph.html")
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
    else:
        page = build_slice(args.data, args.docs, args.out)
    result = measure(page, args.runs, args.chromium, args.screenshot, select=args.select)
    print(f"page: {page}")
    print(f"size: {result['bytes']:,} bytes ({result['bytes'] / 2**20:.1f} MiB)")
    print("drawn after (ms since navigation start): " + ", ".join(f"{t:.0f}" for t in result["ready_ms"])
          + f"; median {statistics.median(result['ready_ms']):.0f}")
    print("file read by (ms since navigation start): " + ", ".join(f"{t:.0f}" for t in result["response_ms"]))
    print("phases of the last load (ms since navigation start): "
          + ", ".join(f"{name} {t}" for name, t in result["phases"][-1]))
    print("wall time goto → drawn (ms): " + ", ".join(f"{t:.0f}" for t in result["wall_ms"]))
    print(f"requests through the network route: {result['requests']} for {args.runs} loads "
          f"(other than the page itself: {len(result['other_requests'])})")
    return 0 if not result["other_requests"] else 1


if __name__ == "__main__":
    sys.exit(main())
