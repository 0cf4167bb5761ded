"""Open a built graph.html in headless Chromium with the network cut off.

Every request the page makes goes through one route: the page itself is
served from its file, anything else is refused and recorded. Console
messages, page errors, Content-Security-Policy violations and dialogs are
recorded too, so a test can say "nothing was fetched, nothing ran".

Chromium is Debian's /usr/bin/chromium, driven by Playwright; when either is
missing the browser tests skip, unless NEWSGRAPH_REQUIRE_BROWSER=1 (then they
fail, so a CI run cannot pass without them).
"""

from __future__ import annotations

import importlib.util
import os
from dataclasses import dataclass, field
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("NEWSGRAPH_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
# a name that can never resolve: if the route ever let a request through, it would go nowhere
PAGE_URL = "http://newsgraph.invalid/graph.html"

# recorded before any script of the page runs (init scripts are not subject to the page's CSP)
_RECORDER = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (e) => {
  window.__cspViolations.push(e.violatedDirective + " " + e.blockedURI);
});
"""


def require_browser() -> None:
    """Skip (or fail, when NEWSGRAPH_REQUIRE_BROWSER=1) without Playwright and Chromium."""
    missing = []
    if importlib.util.find_spec("playwright") is None:
        missing.append("the playwright package")
    if not Path(CHROMIUM).exists():
        missing.append(CHROMIUM)
    if missing:
        reason = "browser tests need " + " and ".join(missing)
        if os.environ.get("NEWSGRAPH_REQUIRE_BROWSER") == "1":
            pytest.fail(reason + " (NEWSGRAPH_REQUIRE_BROWSER=1)")
        pytest.skip(reason)


def launch(playwright):
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)


@dataclass
class OfflinePage:
    """A page and everything it tried to do."""

    page: object
    requests: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)
    console: list[tuple[str, str]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def csp_violations(self) -> list[str]:
        reported = self.page.evaluate("() => window.__cspViolations.slice()")
        logged = [text for _, text in self.console if "Content Security Policy" in text]
        return reported + logged

    def js(self, expression: str, arg=None):
        """Evaluate a function expression (a string expression would need eval, which the CSP forbids)."""
        return self.page.evaluate(expression, arg)


def open_offline(browser, html: Path, viewport=(1400, 900), timeout_ms: int = 30_000) -> OfflinePage:
    """Load ``html`` as PAGE_URL with every other request refused; wait until both views drew."""
    body = Path(html).read_bytes()
    context = browser.new_context(viewport={"width": viewport[0], "height": viewport[1]})
    page = context.new_page()
    seen = OfflinePage(page)

    def route(r):
        url = r.request.url
        seen.requests.append(url)
        if url == PAGE_URL:
            r.fulfill(body=body, content_type="text/html; charset=utf-8")
        else:
            seen.refused.append(url)
            r.abort()

    context.route("**/*", route)
    page.on("console", lambda m: seen.console.append((m.type, m.text)))
    page.on("pageerror", lambda e: seen.errors.append(str(e)))
    page.on("websocket", lambda ws: seen.refused.append(ws.url))

    def dialog(d):
        seen.dialogs.append(d.message)
        d.dismiss()

    page.on("dialog", dialog)
    page.add_init_script(_RECORDER)
    page.goto(PAGE_URL)
    page.wait_for_function("() => window.newsgraphReady === true", timeout=timeout_ms)
    return seen
