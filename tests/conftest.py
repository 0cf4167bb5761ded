"""Shared fixtures: the spaCy pipeline, loaded once for the tests that need it; a headless browser
(one per test module) and a tab on the module's ``html`` page with the network cut off."""

from __future__ import annotations

import pytest
from browser import launch, open_offline, require_browser


@pytest.fixture(scope="session")
def nlp():
    from newsgraph.extract.nlp import load_model

    return load_model()


@pytest.fixture(scope="module")
def browser():
    require_browser()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = launch(p)
        yield b
        b.close()


@pytest.fixture
def tab(browser, html):
    seen = open_offline(browser, html)
    yield seen
    seen.page.context.close()
