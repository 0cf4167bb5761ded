"""Tests of event dating: which expressions of a sentence date its events, the publication
fallback, and history by age. Sentences are short invented news items.
"""

from __future__ import annotations

import datetime

import pytest

from newsgraph.extract.actors import extract_actors
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
        reference = Reference(anchor)  # filled by the tagger, as the pipeline does
        timexes = tag(text, anchor, doc_id="d", reference=reference)
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
    # a state that has gone on since long before is context; one since this year is news
    found = dated("Troops have occupied the valley since 1999. Troops have shelled the village since January.")
    assert found == [("occupied", "1999", "text", True), ("shelled", "2025-01", "text", False)]


@pytest.mark.model
def test_dating_falls_back_on_the_publication_date(dated):
    assert dated("Troops shelled the village.") == [("shelled", PUBLISHED, "publication", False)]
    assert dated("Troops shelled the village.", publication=None) == [("shelled", None, "publication", False)]


@pytest.mark.model
def test_dating_a_date_inside_an_earlier_act_dates_only_that_act(dated):
    # the day in the "after" clause dates the seizure, not the shelling, though it is the finer date
    found = dated("Troops shelled the town in March, after rebels seized it on May 3, 2019.")
    assert ("shelled", "2025-03", "text", False) in found


@pytest.mark.model
@pytest.mark.parametrize("text,trigger,date,date_end", [
    # the date of the reported act, not of the report
    ("Rebels attacked the town in February, the army said on Monday.", "attacked", "2025-02", None),
    ("The minister said on Monday that troops had captured the port in January.", "captured", "2025-01", None),
    # with no date of its own, the act takes the report's
    ("Rebels attacked the town, the army said on Monday.", "attacked", "2025-03-10", None),
    # each of two clauses keeps its own date
    ("Troops shelled the village at the weekend and police arrested two men on Monday.",
     "shelled", "2025-03-08", "2025-03-09"),
    ("Troops shelled the village at the weekend and police arrested two men on Monday.",
     "arrested", "2025-03-10", None),
    # verbs that share a subject share a date; so does a participle with its clause
    ("A journalist was attacked and robbed in the capital two weeks ago, police said on Wednesday.",
     "attacked", "2025-02-24", "2025-03-02"),
    ("Fresh clashes erupted in two towns at the weekend injuring 20 people, officials said Monday.",
     "injuring", "2025-03-08", "2025-03-09"),
    # a date of another noun dates that noun ("a 2019 bombing"), one of the trigger's own phrase
    # dates the trigger over the clause's ("the 2003 invasion")
    ("Police arrested two men on Tuesday over a 2019 bombing.", "arrested", "2025-03-11", None),
    ("Voters go to the polls on Sunday for the first time since the 2003 invasion.",
     "invasion", "2003", None),
    # the date of the verb's object is the act's ("boycott next month's elections")
    ("The opposition may boycott next month's elections, its leader said on Monday.",
     "boycott", "2025-04", None),
    # a clause that describes the trigger dates it; one that describes another noun does not
    ("The decision was made at the summit held on January 9, officials said on Monday.", "summit", "2025-01-09", None),
    ("Rebels, who seized the town in 2019, attacked a convoy on Monday.", "attacked", "2025-03-10", None),
    # the other end of a range stays with it
    ("Delegates will meet in Geneva on March 17-19, officials said on Monday.",
     "meet", "2025-03-17", "2025-03-19"),
    # "since X" runs from X to the story's date, unless a clause after it names the act of X
    ("Militants have killed 40 soldiers since January.", "killed", "2025-01", PUBLISHED),
    ("Since 1974, when troops invaded the north, the island has been divided.", "invaded", "1974", None),
    # "now" on the act itself: the story's date, not a date elsewhere in the sentence
    ("The group was founded in 1972 and now cooperates with 2,000 organisations.",
     "cooperates", PUBLISHED, None),
    ("His office said he would now not attend the summit in Barcelona on Sunday.", "attend", "2025-03-16", None),
    # a count of days or weeks "after" or "before" steps from the other act's day
    ("Kenya expelled the envoy on Monday, two days after Somalia accused Kenya of meddling.",
     "accused", "2025-03-08", None),
    ("Israel closed the crossing on March 3, a week after Hamas fighters attacked Israeli troops.",
     "attacked", "2025-02-24", None),
    ("Israel closed the crossing on March 3, a week after Hamas fighters attacked Israeli troops.",
     "closed", "2025-03-03", None),
    ("Kenya recalled its envoy on March 3, five days after the Somali attack on Kenyan troops.",
     "attack", "2025-02-26", None),
    ("Two days before the vote on March 9, gunmen attacked a polling station.", "attacked", "2025-03-07", None),
    # ... but not over a date of the act's own, nor with an unstated count, nor past the
    # publication date from a day gone by
    ("Kenya recalled its envoy on March 3, five days after the February 20 Somali attack on Kenyan troops.",
     "attack", "2025-02-20", None),
    ("Kenya expelled the envoy on Monday, hours after Somalia accused Kenya of meddling.",
     "accused", "2025-03-10", None),
    ("Rebels seized the town a week after troops withdrew on Thursday.", "seized", PUBLISHED, None),
    # a date ahead, from elsewhere in the sentence, dates no act told as done ...
    ("The two governments have agreed to reach a settlement by 2030.", "agreed", PUBLISHED, None),
    ("The warning came amid campaigning for the April 20 elections.", "warning", PUBLISHED, None),
    # ... while a plan keeps its day
    ("Talks with the rebels were scheduled for next week.", "Talks", "2025-03-17", "2025-03-23"),
    ("The two governments plan to hold talks next week.", "hold", "2025-03-17", "2025-03-23"),
])
def test_dating_takes_the_date_closest_to_the_act(nlp, text, trigger, date, date_end):
    doc = nlp(text)
    anchor = datetime.date.fromisoformat(PUBLISHED)
    timexes = tag(text, anchor, doc_id="d")
    # with its actors, as the pipeline runs it: an act of a background clause needs both sides
    events, _ = extract_events(doc, doc_id="d", token_actor=extract_actors(doc, doc_id="d").token_actor)
    found = {(e.trigger, e.date, e.date_end) for e in date_events(doc, events, timexes, publication=PUBLISHED)}
    assert (trigger, date, date_end) in found
