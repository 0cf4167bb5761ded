"""Shared fixtures: the spaCy pipeline, loaded once for the tests that need it."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def nlp():
    from newsgraph.extract.nlp import load_model

    return load_model()
