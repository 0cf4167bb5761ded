"""Tests of event dating: which expressions of a sentence date its events, the publication
fallback, and history by age. Sentences are short invented news items.
"""

from __future__ import annotations

import datetime

import pytest

from newsgraph.extract.events import extract_events
from newsgraph.extract.time.anchoring import Reference
from newsgraph.extract.time.dating import date_events
from newsgraph.extract.time.tagger import tag
from newsgraph.extract.time.values import last_day

PUBLISHED = "2025-03-14"


@pytest.fixture(scope="module")
def dated(nlp):
    """(trigger, date, date_source, historical) of the events of one short document."""
    def _run(text: str, publication: str | None = PUBLISHED):
        doc = nlp(text)
        anchor = datetime.date.fromisoformat(publication) if publication else None
        timexes = tag(text, anchor, doc_id="d")
        reference = Reference.of(anchor, ((t.start, t.value) for t in timexes))
        events, _ = extract_events(doc, doc_id="d", token_actor={})
        assert all(e.date is None for e in events)  # the builder leaves dating to date_events
        return [(e.trigger, e.date, e.date_source, e.historical)
                for e in date_events(doc, events, timexes, publication=publication, reference=reference)]
    return _run


def test_dating_last_day_of_a_partial_date():
    assert str(last_day("2023")) == "2023-12-31" and str(last_day("2023-02")) == "2023-02-28"
    assert last_day("PRESENT_REF") is None


@pytest.mark.model
def test_dating_historical_when_dated_more_than_a_year_before_publication(dated):
    found = dated("Troops shelled the village in 1999. Troops shelled the village on Monday.")
    assert found == [("shelled", "1999", "text", True), ("shelled", "2025-03-10", "text", False)]


@pytest.mark.model
def test_dating_falls_back_on_the_publication_date(dated):
    assert dated("Troops shelled the village.") == [("shelled", PUBLISHED, "publication", False)]
    assert dated("Troops shelled the village.", publication=None) == [("shelled", None, "publication", False)]


@pytest.mark.model
def test_dating_a_date_inside_an_earlier_act_dates_only_that_act(dated):
    # the day in the "after" clause dates the seizure, not the shelling, though it is the finer date
    found = dated("Troops shelled the town in March, after rebels seized it on May 3, 2019.")
    assert ("shelled", "2025-03", "text", False) in found
