"""Tests for the TIMEX3 tagger: recognition, offsets, normalisation, event dating."""

from __future__ import annotations

import doctest
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsgraph.extract.time import anchoring, dating, state, tag, values
from newsgraph.extract.time import tagger as timemod
from newsgraph.extract.time.anchoring import Reference
from newsgraph.extract.time.dating import event_dates
from newsgraph.extract.time.normalisers import NORMALISERS, registry
from newsgraph.extract.time.patterns import PATTERNS
from newsgraph.extract.time.tense import clause_tense, told_aside
from newsgraph.extract.time.values import normalise_weekday

FRI = date(2026, 2, 27)  # a Friday


def _found(text: str, anchor: date | None = FRI, **kw) -> list[tuple[str, str, str | None]]:
    return [(t.text, t.type, t.value) for t in tag(text, anchor, doc_id="d", **kw)]


def _one(text: str, phrase: str, anchor: date | None = FRI, **kw) -> tuple[str, str | None]:
    hits = [(t.type, t.value) for t in tag(text, anchor, doc_id="d", **kw) if t.text == phrase]
    assert hits, f"{phrase!r} not tagged in {_found(text, anchor, **kw)}"
    return hits[0]


def _parsed(nlp, text: str, anchor: date) -> list[tuple[str, str, str | None]]:
    """What the tagger finds with the clause tenses of the parse, as the pipeline runs it."""
    parsed = nlp(text)
    return _found(text, anchor=anchor, tense_of=clause_tense(parsed), aside=told_aside(parsed))


def test_time_doctests_pass():
    results = [doctest.testmod(m) for m in (timemod, state, registry, values, anchoring, dating)]
    assert sum(r.failed for r in results) == 0 and sum(r.attempted for r in results) > 20


def test_time_patterns_and_normalisers_agree():
    named = {norm for *_, norm in PATTERNS}
    assert named <= set(NORMALISERS), f"patterns name unregistered normalisers: {named - set(NORMALISERS)}"
    assert set(NORMALISERS) <= named, f"normalisers no pattern names: {set(NORMALISERS) - named}"
    assert registry.unknown_names(PATTERNS) == registry.unused_names(PATTERNS) == set()


def test_time_normaliser_names_are_registered_once():
    with pytest.raises(ValueError, match="twice"):
        registry.normaliser("weekday")(lambda g, m, doc: None)


def test_time_seed_second_day_of_clashes():
    text = ("Two guards died on the second day of clashes between Pakistan and Afghanistan "
            "at the Torkham crossing in Pakistan on February 27, 2026.")
    assert _found(text) == [
        ("the second day", "DATE", "2026-02-27"),
        ("February 27, 2026", "DATE", "2026-02-27"),
    ]
    assert event_dates(tag(text, FRI, doc_id="d"), FRI) == ("2026-02-26", "2026-02-27", "the second day")


@pytest.mark.parametrize("text", [
    "Rescue teams worked through the fourth day of flooding in the valley on March 3, 2026.",
    "It was the 4th day of the strike at the port on March 3, 2026, union leaders said.",
])
def test_time_nth_day_takes_sentence_date(text):
    got = tag(text, FRI, doc_id="d")
    nth = next(t for t in got if "day" in t.text and "March" not in t.text)
    assert nth.value == "2026-03-03"
    assert event_dates(got, FRI)[:2] == ("2026-02-28", "2026-03-03")


def test_time_nth_day_without_date_uses_anchor():
    got = tag("Protesters marched for the first day in the capital.", FRI, doc_id="d")
    assert [(t.text, t.value) for t in got] == [("the first day", "2026-02-27")]
    assert event_dates(got, FRI)[:2] == ("2026-02-27", "2026-02-27")


@pytest.mark.parametrize("text,phrase,value,span", [
    ("Both armies exchanged airstrikes over the last 24 hours, a spokesman said.",
     "the last 24 hours", "P1D", ("2026-02-26", "2026-02-27")),
    ("Shelling has intensified in the past two days.", "the past two days", "P2D",
     ("2026-02-25", "2026-02-27")),
    ("Aid deliveries fell sharply over the last three weeks.", "the last three weeks", "P3W",
     ("2026-02-06", "2026-02-27")),
])
def test_time_lookback_duration_spans_to_anchor(text, phrase, value, span):
    assert _one(text, phrase) == ("DURATION", value)
    assert event_dates(tag(text, FRI, doc_id="d"), FRI)[:2] == span


@pytest.mark.parametrize("text,phrase,value", [
    ("The foreign ministry said in a statement Friday.", "Friday", "2026-02-27"),
    ("Police detained the suspect on Monday, officials said.", "Monday", "2026-02-23"),
    ("The envoy arrived in Kabul on Saturday.", "Saturday", "2026-02-21"),
    ("The two delegations will meet on Friday in Doha.", "Friday", "2026-02-27"),
    ("The two delegations will meet on Thursday in Doha.", "Thursday", "2026-03-05"),
    ("Negotiators are scheduled to return on Tuesday.", "Tuesday", "2026-03-03"),
    ("Officials said talks would resume Monday.", "Monday", "2026-03-02"),
    ("The border was closed last Friday.", "last Friday", "2026-02-20"),
    ("The vote is set for next Wednesday.", "next Wednesday", "2026-03-04"),
])
def test_time_weekday_follows_tense(text, phrase, value):
    assert _one(text, phrase) == ("DATE", value)


@pytest.mark.parametrize("tense,value", [("past", "2026-02-23"), ("future", "2026-03-02")])
def test_time_tense_callback_overrides_heuristic(tense, value):
    text = "The convoy crosses the border on Monday."
    assert _one(text, "Monday", tense_of=lambda offset: tense) == ("DATE", value)


def test_time_verb_looking_ahead_beats_cue_words():
    # "said" is a past cue; a parse that finds the verb looking ahead overrides it
    text = "Rebels who fled said they return on Monday."
    assert _one(text, "Monday") == ("DATE", "2026-02-23")
    assert _one(text, "Monday", tense_of=lambda offset: "future") == ("DATE", "2026-03-02")


@pytest.mark.parametrize("name,tense,value", [
    ("Friday", "past", "2026-02-27"),
    ("Friday", "present", "2026-02-27"),
    ("Thursday", "past", "2026-02-26"),
    ("Thursday", "future", "2026-03-05"),
    ("Sunday", "future", "2026-03-01"),
    ("Sunday", "nearest", "2026-03-01"),
    ("Tuesday", "nearest", "2026-02-24"),
])
def test_time_normalise_weekday(name, tense, value):
    assert normalise_weekday(name, FRI, tense) == value


@pytest.mark.parametrize("text,phrase,typ,value", [
    ("The ceasefire was agreed on February 27, 2026.", "February 27, 2026", "DATE", "2026-02-27"),
    ("Fighting broke out on 12 January 2026 near the border.", "12 January 2026", "DATE", "2026-01-12"),
    ("The accord was signed in March 1998.", "March 1998", "DATE", "1998-03"),
    ("The dam was completed in 1998.", "1998", "DATE", "1998"),
    ("Refugees fled in the 1990s.", "the 1990s", "DATE", "199"),
    ("Troops were deployed yesterday.", "yesterday", "DATE", "2026-02-26"),
    ("Markets open tomorrow.", "tomorrow", "DATE", "2026-02-28"),
    ("The rebels attacked last week.", "last week", "DATE", "2026-W08"),
    ("Exports fell this month.", "this month", "DATE", "2026-02"),
    ("Turnout rose last year.", "last year", "DATE", "2025"),
    ("Growth slowed in the first quarter.", "the first quarter", "DATE", "2026-Q1"),
    ("Clashes erupted last summer.", "last summer", "DATE", "2025-SU"),
    ("The ministry reported it Friday morning.", "Friday morning", "TIME", "2026-02-27TMO"),
    ("The blast came at 10:35 a.m. Thursday.", "10:35 a.m. Thursday", "TIME", "2026-02-26T10:35"),
    ("The camp has been shelled for three months.", "three months", "DURATION", "P3M"),
    ("Stocks hit a five-year low.", "five-year", "DURATION", "P5Y"),
    ("The siege lasted 2 1/2 years.", "2 1/2 years", "DURATION", "P2Y6M"),
    ("Prices are now stable.", "now", "DATE", "PRESENT_REF"),
    ("The group is currently in talks.", "currently", "DATE", "PRESENT_REF"),
    ("The army recently moved troops.", "recently", "DATE", "PAST_REF"),
    ("Such raids were common in the past.", "the past", "DATE", "PAST_REF"),
    ("Elections will be held in the near future.", "the near future", "DATE", "FUTURE_REF"),
    ("The agency publishes figures weekly.", "weekly", "SET", "P1W"),
    ("Ministers meet every Monday.", "every Monday", "SET", "XXXX-WXX-1"),
    ("The bridge reopened two years ago.", "two years ago", "DATE", "2024"),
    ("Parliament met on Christmas Eve.", "Christmas Eve", "DATE", "2025-12-24"),
    # a wire's hyphenated edge stays in the span, as "mid-2024" does
    ("The loan runs until end-2027.", "end-2027", "DATE", "2027"),
    ("Reserves were back at start-2025 levels.", "start-2025", "DATE", "2025"),
    ("Inflation will peak by end-June.", "end-June", "DATE", "2026-06"),
    # a zone's abbreviation keeps the clock time and its day one expression; only GMT and
    # UTC, with no offset, are "Z"
    ("The hearing will begin at 10 a.m. ET on Monday.", "10 a.m. ET on Monday", "TIME", "2026-03-02T10:00"),
    ("Polls will close at 8 p.m. PT Tuesday.", "8 p.m. PT Tuesday", "TIME", "2026-03-03T20:00"),
    ("Markets fell at 3pm CET.", "3pm CET", "TIME", "2026-02-27T15:00"),
    ("The quake hit at 14:00 GMT+3.", "14:00 GMT+3", "TIME", "2026-02-27T14:00"),
    ("The quake hit at 11:00 UTC.", "11:00 UTC", "TIME", "2026-02-27T11:00Z"),
    # "tonight" after a clock time is its day; a bare hour is then an evening's, and one
    # after midnight the next day's
    ("The president will speak at 6 p.m. ET tonight.", "6 p.m. ET tonight", "TIME", "2026-02-27T18:00"),
    ("The vote closes at 22:00 tonight.", "22:00 tonight", "TIME", "2026-02-27T22:00"),
    ("The show starts at 8:30 tonight.", "8:30 tonight", "TIME", "2026-02-27T20:30"),
    ("Flights resume at 2 a.m. tonight.", "2 a.m. tonight", "TIME", "2026-02-28T02:00"),
    # the Islamic calendar's feasts fall on the days its months give them; Ramadan, two
    # Gregorian months long, has its year
    ("Fighters will observe a ceasefire for Eid al-Fitr.", "Eid al-Fitr", "DATE", "2026-03-20"),
    ("Markets will close for Eid-ul-Azha.", "Eid-ul-Azha", "DATE", "2026-05-27"),
    ("A truce over Eid ul-Fitr 2025 held.", "Eid ul-Fitr 2025", "DATE", "2025-03-30"),
    ("Last Eid, the guns fell silent.", "Last Eid", "DATE", "2025-06-06"),
    ("Curfews were relaxed during the holy month of Ramadan.", "Ramadan", "DATE", "2026"),
    ("Attacks rose after Nowruz last year.", "Nowruz last year", "DATE", "2025-03-21"),
    # "in X's time" is a point that far from now, as "X from now" is
    ("The plant will be finished in five years' time.", "five years' time", "DATE", "2031"),
    ("A ruling is expected in two months' time.", "two months' time", "DATE", "2026-04"),
    ("A verdict is due in a week's time.", "a week's time", "DATE", "2026-W10"),
    # a day of a run is the day it reaches
    ("Troops traded fire with the militia for the fourth successive day on Thursday.",
     "the fourth successive day", "DATE", "2026-02-26"),
    ("Protesters rallied for the second straight day.", "the second straight day", "DATE", "2026-02-27"),
    # a clock word or a clock time keeps the calendar date after it as one expression
    ("The truce will expire at midnight June 30.", "midnight June 30", "TIME", "2026-06-30T24:00"),
    ("The truce expires at noon on March 3.", "noon on March 3", "TIME", "2026-03-03T12:00"),
    ("The index closed at 16:00 GMT on February 20.", "16:00 GMT on February 20", "TIME", "2026-02-20T16:00Z"),
    ("The vote opens at 10 a.m. Friday, March 6.", "10 a.m. Friday, March 6", "TIME", "2026-03-06T10:00"),
    # a dot between hours and minutes before a zone: a page's time stamp
    ("Last modified on Fri 27 Feb 2026 10.12 GMT", "10.12 GMT", "TIME", "2026-02-27T10:12Z"),
    ("Published 27 Feb 2026 08.30 CET", "08.30 CET", "TIME", "2026-02-27T08:30"),
    # a weekday and the clock word right after it are one time of that day
    ("The pact was signed on Wednesday midnight.", "Wednesday midnight", "TIME", "2026-02-25T24:00"),
    ("The minister spoke to parliament on Thursday noon.", "Thursday noon", "TIME", "2026-02-26T12:00"),
    # ... and a date written day first, which no longer crowds the clock time out
    ("Polls open at 7am on Thursday 5 March.", "7am on Thursday 5 March", "TIME", "2026-03-05T07:00"),
    ("The strike began at 10:00 GMT on 26 February.", "10:00 GMT on 26 February", "TIME", "2026-02-26T10:00Z"),
    # a week of a month is part of the month's expression, not "the last week" before publication
    ("The summit will be held in the last week of March.", "the last week of March", "DATE", "2026-03"),
    ("Fighting peaked in the first week of February.", "the first week of February", "DATE", "2026-02"),
    ("The talks take place in the third week of this month.", "the third week of this month", "DATE", "2026-02"),
    # the edge of "May" or "March", whose words are also a verb's, is part of its span too
    ("The deal expired at the end of March last year.", "the end of March last year", "DATE", "2025-03"),
    ("Prices fell in the middle of May 2025.", "the middle of May 2025", "DATE", "2025-05"),
    ("Prices fell in the middle of May.", "the middle of May", "DATE", "2025-05"),
    # the age of a state of affairs is a length of time
    ("The six-month-old conflict has killed 300 people.", "six-month-old", "DURATION", "P6M"),
    ("Rebels broke the tentative week-old truce.", "week-old", "DURATION", "P1W"),
    ("Investors hope for an end to a years-old slump in prices.", "years-old", "DURATION", "PXY"),
])
def test_time_values(text, phrase, typ, value):
    assert _one(text, phrase) == (typ, value)


@pytest.mark.parametrize("text,phrase,value", [
    ("The truce collapsed in March.", "March", "2025-03"),
    ("The summit will take place in March.", "March", "2026-03"),
    ("The deal must be signed by April 10.", "April 10", "2026-04-10"),
    ("Rebels seized the town on Dec. 30.", "Dec. 30", "2025-12-30"),
])
def test_time_month_year_follows_tense(text, phrase, value):
    assert _one(text, phrase) == ("DATE", value)


@pytest.mark.parametrize("text,phrase,value", [
    ("Troops withdrew on Friday.", "Friday", None),
    ("The talks resume next week.", "next week", None),
    ("Violence rose in March.", "March", None),
    ("The accord of February 27, 2026 holds.", "February 27, 2026", "2026-02-27"),
    ("The treaty dates from 1998.", "1998", "1998"),
    ("The siege lasted three weeks.", "three weeks", "P3W"),
])
def test_time_without_anchor_only_absolute_values(text, phrase, value):
    assert _one(text, phrase, anchor=None)[1] == value


def test_time_offsets_sorted_and_exact():
    text = ("On Friday, officials said the talks held last week in Geneva, the third round "
            "since January 2025, would resume within two weeks.")
    got = tag(text, FRI, doc_id="doc-7")
    assert [t.text for t in got] == ["Friday", "last week", "January 2025", "two weeks"]
    for t in got:
        assert text[t.start:t.end] == t.text and t.doc_id == "doc-7"
    assert all(a.end <= b.start for a, b in zip(got, got[1:], strict=False))


def test_time_longest_match_wins():
    assert _found("The offer expires at 5 p.m. EST on Friday, March 6.") == [
        ("5 p.m. EST on Friday, March 6", "TIME", "2026-03-06T17:00"),
    ]
    assert _found("Polls closed at 8 p.m. Sunday.") == [("8 p.m. Sunday", "TIME", "2026-02-22T20:00")]


@pytest.mark.parametrize("text", [
    "The 6-year-old boy was returned to his father.",
    "He is 52 years old and a 27-year veteran.",
    "It may rain; the army will march on the capital.",
    "The group seized 1,500 rifles and $2000 in cash.",
])
def test_time_ignores_non_temporal_lookalikes(text):
    got = _found(text)
    assert all(t[0] not in ("6-year", "52 years", "May", "march", "1,500", "2000") for t in got)
    if "veteran" in text:
        assert got == [("27-year", "DURATION", "P27Y")]


@pytest.mark.parametrize("text", [
    # a quarter of a percentage point is a share of a rate
    "The bank lifted its rate by another one quarter percentage point.",
    "Thousands joined a march to the palace.",
    # a holiday's goods, a name's capitalised word, a kind of train, the noun "current",
    # a result after "with", the instant a clause tells
    "Exports of Christmas commodities rose by a fifth.",
    "A boy tried to blow up a Christmas market in the town.",
    "Shares rose 4% in after-hours trading.",
    # a number that names a rule or a road, and a month's name that is a first name
    "The swap falls under Section 1031 of the tax code.",
    "The crash closed Route 1020 near the town.",
    "He trained at the June E. Nylen Cancer Center.",
    "The singer, a former Midnight Oil star, spoke.",
    "Delegates stayed at the Hilton and Days Inn hotels.",
    "Overnight trains between the two cities were cancelled.",
    "The swimmers fought against a strong current.",
    "She took silver with 2:36, ahead of the champion.",
    "Two scientists were inside the crater at the moment it blew.",
    # a batsman's hundred runs
    "The opener was poised for a century when he was caught on 96.",
    "Two batsmen scored double-centuries in the series.",
    # the new year of another calendar
    "Millions travel home for the Chinese New Year.",
    # a number with a dot and no zone after it
    "The euro traded at 1.35 USD.",
    "Trading closed at 09.45.",
    "Shares rose 10.12 percent.",
    # a newspaper called a daily
    "The story was in the daily.",
    "It was reported by the state-owned daily.",
    "He told the Moscow daily.",
    # the age of a person or an institution
    "A 6-year-old boy was rescued.",
    "The 50-year-old alliance expanded.",
    "The 136-year-old bank was sold.",
])
def test_time_finds_no_time_in(text):
    assert _found(text) == []


@pytest.mark.parametrize("texts,expected", [
    (["Talks ended in March last year."], ("2025-03", None, "March last year")),
    (["Clashes resumed last week."], ("2026-02-16", "2026-02-22", "last week")),
    (["Output grew in the first quarter."], ("2026-01", "2026-03", "the first quarter")),
    (["Prices are high now."], (None, None, None)),
    (["The dispute has lasted for years."], (None, None, None)),
])
def test_time_event_dates_picks_most_specific(texts, expected):
    assert event_dates(tag(texts[0], FRI, doc_id="d"), FRI) == expected


def test_time_event_dates_prefers_day_over_year():
    got = tag("In 2025 the army said on Tuesday it would withdraw.", FRI, doc_id="d")
    assert event_dates(got, FRI) == ("2026-02-24", None, "Tuesday")


_PIECES = st.sampled_from([
    "Officials said", "on Friday", "last week", "the talks", "on February 27, 2026",
    "over the last 24 hours", "in March", "every Monday", "now", "for three years",
    "the second day of fighting", ",", ".", "and", "at 10 a.m.", "12345", "$2000", "Mr.",
])


@settings(max_examples=150, deadline=None)
@given(st.lists(_PIECES, min_size=1, max_size=12), st.booleans())
def test_time_spans_are_exact_sorted_disjoint(pieces, anchored):
    text = " ".join(pieces)
    got = tag(text, FRI if anchored else None, doc_id="h")
    for t in got:
        assert text[t.start:t.end] == t.text
        assert t.type in ("DATE", "TIME", "DURATION", "SET")
    assert all(a.end <= b.start for a, b in zip(got, got[1:], strict=False))


@pytest.mark.parametrize("text,phrase,typ,value", [
    # a dash set off by spaces is punctuation, not the start of a compound
    ("Talks collapsed last week - a blow to hopes of a truce.", "last week", "DATE", "2026-W08"),
    ("The army withdrew this year - for the second time.", "this year", "DATE", "2026"),
    ("Aid convoys stopped in summer - and never resumed.", "summer", "DATE", "2025-SU"),
    # TIMEX3 conventions
    ("Such raids were common in the early 1980s.", "the early 1980s", "DATE", "198"),
    ("Exports boomed in the nineties.", "the nineties", "DATE", "199"),
    ("The blast hit the market at 15:00 GMT Saturday.", "15:00 GMT Saturday", "TIME", "2026-02-21T15:00Z"),
    ("The first shells landed at 0735 GMT.", "0735 GMT", "TIME", "2026-02-27T07:35Z"),
    ("Polls close at 8 p.m. EST.", "8 p.m. EST", "TIME", "2026-02-27T20:00"),
    ("The ministry publishes the figures annually.", "annually", "SET", "P1Y"),
    ("The truce runs through June.", "June", "DATE", "2026-06"),
    ("Fighting raged through June.", "June", "DATE", "2025-06"),
    # a holiday with "in" and a year is that year's
    ("He was freed on Christmas Eve in 2000.", "Christmas Eve", "DATE", "2000-12-24"),
    # a time gone by that nothing counts is a point, not a length
    ("The promise was made a while ago.", "a while ago", "DATE", "PAST_REF"),
    ("The promise was made some time ago.", "some time ago", "DATE", "PAST_REF"),
    # the length up to now of "the past day"
    ("Oil prices fell during the past day.", "the past day", "DURATION", "P1D"),
    ("Ten people were hurt in the last hour.", "the last hour", "DURATION", "PT1H"),
    # "One day", opening a sentence whose clause has a modal, is some time ahead
    ("Astronomers watched. One day the dust around it could form planets.", "One day", "DATE", "FUTURE_REF"),
    # a count before a number counted: each term is six years, and the count stays out
    ("The law limits presidents to two six-year terms.", "six-year", "DURATION", "P6Y"),
    # the count belongs to its unit, not to a vague "minutes ahead"
    ("The rocket lifted off 15 minutes ahead of schedule.", "15 minutes", "DURATION", "PT15M"),
    # a zone before the clock time
    ("The blast came at 9:45 a.m. (GMT 3:45).", "GMT 3:45", "TIME", "2026-02-27T03:45Z"),
    # a month abbreviation run into its day
    ("The council met on Dec.12 in Kuwait.", "Dec.12", "DATE", "2025-12-12"),
    # "May" after another month joined to it, or after "its", is the month
    ("The elections are due in April and May.", "May", "DATE", "2026-05"),
    ("In its May outlook, the bank said growth would slow.", "May", "DATE", "2025-05"),
    # a quarter followed by "in" and a year is that year's
    ("Growth was the slowest since the final quarter in 2024.", "the final quarter in 2024", "DATE", "2024-Q4"),
    # "the past week" said on a Friday is mostly the week then running (27 February 2026)
    ("Shares rose 3 percent over the past week.", "the past week", "DATE", "2026-W09"),
    # wire clock times: a zone run on, a time "at night", never a year before "GMT"
    ("The story moves at 0420GMT.", "0420GMT", "TIME", "2026-02-27T04:20Z"),
    ("Few have a social life beyond 11 o'clock at night.", "11 o'clock at night", "TIME", "2026-02-27T23:00"),
    ("A 600-word story follows around 1115 GMT.", "1115 GMT", "TIME", "2026-02-27T11:15Z"),
    # the time spent is a length, not a rate; "the last fortnight" is one
    ("Some 2,000 pilgrims spent a week praying.", "a week", "DURATION", "P1W"),
    ("Prices rose in the last fortnight.", "the last fortnight", "DURATION", "P2W"),
    ("A deal is likely within the next fortnight.", "the next fortnight", "DURATION", "P2W"),
    ("Results are due in the coming hour.", "the coming hour", "DURATION", "PT1H"),
    # "later than" compares: the delay is a length, not a time after the story's
    ("The new jets arrived eight months later than planned.", "eight months", "DURATION", "P8M"),
    ("The bridge opened years later than promised.", "years", "DURATION", "PXY"),
    # a number word below twenty before another is a pronoun ("the other one"), not part of a count
    ("One truce held; the other one two weeks later collapsed.", "two weeks later", "DURATION", "P2W"),
    ("The first one three days ago was small.", "three days ago", "DATE", "2026-02-24"),
    ("The siege lasted two dozen days.", "two dozen days", "DURATION", "P24D"),
    # an abbreviated month on its own, and "March" or "May" after "a" or joined by a hyphen
    ("From Jan. to Oct. last year, exports fell.", "Jan.", "DATE", "2025-01"),
    ("Sales rose from Sep. to Nov. last year.", "Sep.", "DATE", "2025-09"),
    ("Parties are gearing up for a March general election.", "March", "DATE", "2026-03"),
    ("The January-March instalments were paid late.", "March", "DATE", "2026-03"),
    # a quarter of a century is 25 years
    ("He served in the agency for more than a quarter century.", "a quarter century", "DURATION", "P25Y"),
    ("The dam was built a quarter of a century ago.", "a quarter of a century ago", "DATE", "2001"),
    ("The dam was built a quarter century ago.", "a quarter century ago", "DATE", "2001"),
    # "the quarter a year ago" is the quarter one year back, no quarter of a year
    ("Profit fell from the quarter a year ago.", "the quarter a year ago", "DATE", "2024-Q4"),
    # a quarter named by its first and last months
    ("Imports rose in the July-September quarter.", "the July-September quarter", "DATE", "2025-Q3"),
    ("The firm lost money in the October-to-December quarter.", "the October-to-December quarter", "DATE",
     "2025-Q4"),
    # a stray space after a hyphen ("two- day"), "earlier than" a plan is a length,
    # "the first three quarters" are nine months, "a better tomorrow" is the time to come
    ("Leaders attended the two- day summit.", "two- day", "DURATION", "P2D"),
    ("Troops left one year earlier than planned.", "one year", "DURATION", "P1Y"),
    ("Crime fell in the first three quarters of 2025.", "the first three quarters", "DURATION", "P9M"),
    ("The envoy wished the city a better tomorrow.", "tomorrow", "DATE", "FUTURE_REF"),
    ("Shops closed at Midnight Sunday.", "Midnight Sunday", "TIME", "2026-02-22T24:00"),
    ("The current and former ministers met.", "current", "DATE", "PRESENT_REF"),
    ("But at the moment it is unlikely that I will run.", "at the moment", "DATE", "PRESENT_REF"),
    # a GMT time in brackets that names its own day restates the local one
    ("The president will address the nation at 9:00 pm Sunday (0200 GMT Monday), his spokesman said Friday.",
     "0200 GMT Monday", "TIME", "2026-03-02T02:00Z"),
    # "due to" before a noun phrase gives a cause, not a plan ahead
    ("Two players pulled out due to injuries on Monday.", "Monday", "DATE", "2026-02-23"),
    ("The envoy is due to arrive on Monday.", "Monday", "DATE", "2026-03-02"),
    ("The league has played cricket for more than a century.", "more than a century", "DURATION", "P100Y"),
    ("The town made a century of progress.", "a century", "DURATION", "P100Y"),
    ("The number of tourists is growing by the year.", "by the year", "SET", "P1Y"),
    ("Prices were rising by the hour.", "by the hour", "SET", "PT1H"),
    ("The plant will be built by the year 2030.", "the year 2030", "DATE", "2030"),
    ("The festival falls on the fifth day of May on the Chinese lunar calendar.", "the fifth day of May", "DATE",
     "XXXX-05-05"),
    ("The family will celebrate the New Year together.", "New Year", "DATE", "2027-01-01"),
    ("It recalls the gas row at New Year's 2006.", "New Year's 2006", "DATE", "2006-01-01"),
    # "another" counts one more of its unit
    ("The reactor will not run for another decade.", "another decade", "DURATION", "P10Y"),
    ("The talks will go on for another two weeks.", "another two weeks", "DURATION", "P2W"),
    ("The fund was set up one hundred and five years ago.", "one hundred and five years ago", "DATE", "1921"),
])
def test_time_conventions(text, phrase, typ, value):
    assert _one(text, phrase) == (typ, value)


@pytest.mark.parametrize("text,found", [
    # "soon" in a clause told in the past is shortly after a thing told, no time ahead of now,
    # unless a verb that looks ahead comes before it
    ("The trickle of cash soon became a flood.", []),
    ("The striker was soon released from hospital.", []),
    ("The minister said she expected a decision soon.", [("soon", "DATE", "FUTURE_REF")]),
    ("The company said it would soon cut jobs.", [("soon", "DATE", "FUTURE_REF")]),
    ("I can't see them getting married soon.", [("soon", "DATE", "FUTURE_REF")]),
])
def test_time_soon_in_a_past_clause(nlp, text, found):
    assert _parsed(nlp, text, FRI) == found


@pytest.mark.parametrize("text,value", [
    # a weekend before a noun dates that thing, gone by or ahead as its clause tells
    ("Twelve people were killed in a weekend attack on a market.", "2026-W08-WE"),
    ("Campaigning closed ahead of a weekend election.", "2026-W09-WE"),
])
def test_time_weekend_before_a_noun(nlp, text, value):
    assert ("weekend", "DATE", value) in _parsed(nlp, text, FRI)


def test_time_race_time_is_no_clock_time():
    assert _found("She won the marathon in 2:05:30 on a cold morning.") == []


def test_time_duration_range_tags_each_bound():
    assert _found("Rebuilding the bridge will take 12 to 18 months.") == [
        ("12", "DURATION", "P12M"), ("18 months", "DURATION", "P18M"),
    ]


@pytest.mark.parametrize("text,phrase,value", [
    # expressions that refer back count from the date the story is at ...
    ("Rebels shelled the town on March 3. That Friday, they withdrew.", "That Friday", "2026-03-06"),
    ("Rebels shelled the town on March 3. That Friday, they withdrew. The following week talks began.",
     "The following week", "2026-W11"),
    ("The accord was signed on Oct. 12, 2025. The next day, fighting resumed.", "The next day", "2025-10-13"),
    ("The militia struck last October. Aid workers fled that same day.", "that same day", "2025-10-XX"),
    ("The siege began in 1995. A year later the city fell.", "A year later", "1996"),
    # ... and one told as gone by that no date lets count back stays a length, not a date ahead
    ("The firm was set up in the early 1980s and was sold two decades later.", "two decades later", "P20Y"),
    ("The dam will be finished in 2030 and sold two years later.", "two years later", "2032"),
    ("The vote was held on March 1. The day before the vote, protests erupted.", "The day", "2026-02-28"),
    # a length that opens its sentence moves the story on ("Two days later, ...") ...
    ("The dam burst on Oct. 3, 2025. Two days later the river crested. The next day, troops came.",
     "The next day", "2025-10-06"),
    # ... one inside a sentence tells a step aside, and the story stays where it was
    ("Crowds marched on Oct. 3, 2025. The premier, who a day earlier had refused to quit, fled. Earlier "
     "in the day, police had closed the square.", "the day", "2025-10-03"),
    ("Trading stopped on Oct. 12, the day before the crash.", "the day", "2025-10-12"),
    ("Leaders agreed on Wednesday, after a working dinner the night before.", "the night before",
     "2026-02-24TNI"),
    ("Envoys met on Wednesday. Later in the day, the talks broke down.", "the day", "2026-02-25"),
    ("Rebels entered the town on Wednesday. The first shells fell at 6 a.m.", "6 a.m.", "2026-02-25T06:00"),
    # ... but not a day a figure is compared with: that one dates the other figure
    ("The dollar rose. At 5 p.m., it was quoted at 117.40 yen, against 117.61 yen at 5 p.m. Thursday.",
     "5 p.m.", "2026-02-27T17:00"),
    ("At 22:00 GMT, the euro stood at 1.3173 dollars, from 1.3175 late Wednesday. It fell during the day.",
     "the day", "2026-02-27"),
    # ... while deictic ones still count from the publication date
    ("The accord was signed on Oct. 12, 2025. Yesterday, fighting resumed.", "Yesterday", "2026-02-26"),
    ("The accord was signed on Oct. 12, 2025. Two days ago, fighting resumed.", "Two days ago", "2026-02-25"),
])
def test_time_refers_back_to_the_story_date(text, phrase, value):
    assert _one(text, phrase)[1] == value


@pytest.mark.parametrize("text,start,expected", [
    ("Fighting went on from March 9 to March 11 near the dam.", 0, ("2026-03-09", "2026-03-11")),
    ("Troops held the ridge between Monday and Wednesday.", 0, ("2026-02-23", "2026-02-25")),
    ("The fair ran March 12-14 in the capital.", 0, ("2026-03-12", "2026-03-14")),
    ("Shelling hit the port on March 9 and again on March 11.", 0, ("2026-03-09", None)),
    ("The strike began on March 3. Three days later, troops stormed the port.", 29, ("2026-03-06", None)),
    ("The strike began on March 3. Two days later the port shut. A day later, troops stormed it.", 58,
     ("2026-03-06", None)),
])
def test_time_event_dates_ranges_and_offsets(text, start, expected):
    reference = Reference(FRI)
    got = tag(text, FRI, doc_id="d", reference=reference)
    in_sentence = [t for t in got if t.start >= start]
    assert event_dates(in_sentence, FRI, text=text, reference=reference)[:2] == expected


@pytest.mark.parametrize("text,phrase,value", [
    ("The index has fallen 4% since year-end.", "year-end", "2025-12-31"),
    ("The deal should close by year-end.", "year-end", "2026-12-31"),
    ("The envoy will visit on April 24 and 25.", "25", "2026-04-25"),
    ("The fair ran on Dec. 30 and 31.", "31", "2025-12-31"),
])
def test_time_year_of_a_day_follows_its_clause(text, phrase, value):
    assert _one(text, phrase)[1] == value


def test_time_latest_quarter_is_one_that_is_over():
    text = ("The bank expects a fourth-quarter charge. Profit fell in the latest quarter, "
            "compared with a gain a year ago.")
    got = _found(text, anchor=date(2025, 11, 2))
    assert ("the latest quarter", "DATE", "2025-Q3") in got
    assert ("a year ago", "DATE", "2024-Q3") in got


def test_time_year_ago_takes_the_grain_of_the_reporting_period():
    text = ("The grocer earned $4 million in the third quarter, up from $3 million a year earlier. "
            "For the nine months, it earned $9 million, against $7 million a year earlier; "
            "in the year-earlier period it also sold a bakery, and the 2024 period had a strike.")
    got = _found(text, anchor=date(2025, 11, 2))
    assert [v for t, _, v in got if t == "a year earlier"] == ["2024-Q3", "2024"]
    assert ("the year-earlier period", "DURATION", "P9M") in got
    assert ("the 2024 period", "DATE", "2024") in got


def test_time_comparisons_hold_up_the_quarter_the_story_reports():
    text = ("The brewer's third-quarter profit rose 8%, from a year ago.\n\n"
            "After a weak second quarter, sales of lager recovered.\n\n"
            "Costs in the year-earlier period included a plant closure; the 2024 period had a strike.\n\n"
            "Separately, the distiller said first-quarter sales fell. Year-earlier sales included a one-off order.")
    got = _found(text, anchor=date(2025, 11, 2))
    assert ("a year ago", "DATE", "2024-Q3") in got
    assert ("the year-earlier period", "DATE", "2024-Q3") in got
    assert ("the 2024 period", "DATE", "2024-Q3") in got
    assert ("Year-earlier", "DATE", "2024-Q1") in got


def test_time_the_quarter_a_story_reports_unnamed_is_the_one_a_year_ago_looks_back_from():
    text = "The chain sold 6 million phones during the quarter, up from the year-ago quarter."
    got = _found(text, anchor=date(2025, 10, 12))
    assert [(t, v) for t, _, v in got] == [("the quarter", "2025-Q3"), ("the year-ago quarter", "2024-Q3")]
    text = "Profit rose in the quarter. Sales in the previous quarter were lower."
    assert [v for *_, v in _found(text, anchor=date(2025, 10, 12))] == ["2025-Q3", "2025-Q2"]
    # the quarter a year back, as one expression
    text = "Sales in the third quarter rose from the quarter last year and beat the same quarter a year earlier."
    assert [(t, v) for t, _, v in _found(text, anchor=date(2025, 10, 12))] == [
        ("the third quarter", "2025-Q3"), ("the quarter last year", "2024-Q3"),
        ("the same quarter a year earlier", "2024-Q3")]


def test_time_a_quarter_with_its_own_year_is_no_reporting_period():
    text = ("The utility stopped its dividend in the third quarter of 2019. "
            "It reported second-quarter net of $6 million, up from $5 million a year ago.")
    assert ("a year ago", "DATE", "2024-Q2") in _found(text, anchor=date(2025, 8, 2))


def test_time_quarter_ended_keeps_the_fiscal_numbering():
    text = ("The miner earned $5 million in its fiscal first quarter. Sales rose for the quarter "
            "ended Sept. 29, and in the 2024 period it lost money.")
    got = _found(text, anchor=date(2025, 10, 20))
    assert ("the quarter", "DATE", "2025-Q1") in got
    assert ("the 2024 period", "DATE", "2024-Q1") in got
    calendar = _found("Sales rose for the quarter ended Sept. 29.", anchor=date(2025, 10, 20))
    assert ("the quarter", "DATE", "2025-Q3") in calendar


@pytest.mark.parametrize("anchor", [date(9999, 12, 31), date(1, 1, 1)])
def test_time_calendar_ends_leave_values_open(anchor):
    text = "The next day, tomorrow, yesterday and three years from now. Three days later it rained."
    reference = Reference(anchor)
    got = tag(text, anchor, doc_id="d", reference=reference)
    assert [t.text for t in got][:2] == ["The next day", "tomorrow"]
    event_dates(got, anchor, text=text, reference=reference)


def test_time_clock_time_after_a_bare_month_keeps_the_publication_day():
    text = "The summit is planned for April. At noon, ministers arrived."
    assert _one(text, "noon") == ("TIME", "2026-02-27T12:00")


def test_time_possessive_weekday_names_a_day_gone_by():
    text = "Exiles said they would look for ways to get around Wednesday's ruling."
    assert _one(text, "Wednesday") == ("DATE", "2026-02-25")
    assert _one("The envoys said they would meet on Wednesday.", "Wednesday") == ("DATE", "2026-03-04")


@pytest.mark.model
def test_time_overtaken_plan_looks_back(nlp):
    text = "The offer was extended to Nov. 16. It had been due to expire Friday evening."
    got = _parsed(nlp, text, date(2026, 3, 2))
    assert ("Friday evening", "TIME", "2026-02-27TEV") in got
    text = "The offer is due to expire Friday evening."
    got = _parsed(nlp, text, date(2026, 3, 2))
    assert ("Friday evening", "TIME", "2026-03-06TEV") in got


@pytest.mark.parametrize("text,phrase,value", [
    ("Rescuers reached the village the day before last Tuesday.", "the day before last Tuesday", "2026-02-23"),
    ("Shops reopened the day after Christmas.", "the day after Christmas", "2025-12-26"),
    ("He was arrested the day before March 3, 2025.", "the day before March 3, 2025", "2025-03-02"),
    ("The vote came the day after Tuesday's debate.", "the day after Tuesday", "2026-02-25"),
])
def test_time_day_before_or_after_a_named_day(text, phrase, value):
    assert _one(text, phrase) == ("DATE", value)


@pytest.mark.parametrize("text,phrase", [
    ("The party believes it will one day govern alone.", "one day"),
    ("Refugees hope they could someday return home.", "someday"),
])
def test_time_modal_one_day_is_future_ref(text, phrase):
    assert _one(text, phrase) == ("DATE", "FUTURE_REF")


def test_time_one_day_as_a_length_stays_a_duration():
    assert _one("The strike will last one day.", "one day") == ("DURATION", "P1D")
    assert _one("The court adjourned for one day.", "one day") == ("DURATION", "P1D")


def test_time_bare_quarters_are_rooms():
    assert _found("Inspectors were kept out of the officers' quarters.") == []
    assert _one("Profits fell in recent quarters.", "recent quarters") == ("DURATION", "PXQ")
    assert [t[0] for t in _found("Sales peak in the second and fourth quarters.")] == ["quarters"]


def test_time_part_of_day_alone_takes_the_sentence_day():
    text = "Troops entered the town on March 3, 2025. By mid-afternoon the shelling had stopped."
    assert _one(text, "mid-afternoon") == ("TIME", "2025-03-03TAF")
    assert _one("Police raided the house in the early evening.", "early evening") == ("TIME", "2026-02-27TEV")


def test_time_high_noon_is_no_clock_time():
    assert _found("The paper showed a still from the film High Noon.") == []
    assert _one("The talks ended at noon.", "noon") == ("TIME", "2026-02-27T12:00")


@pytest.mark.parametrize("text,phrase,value", [
    ("Rebels took the town on March 3, 2025. The day before, troops had left.", "The day before", "2025-03-02"),
    ("Sales fell to $3 million in 2024, from $4 million the year before.", "the year before", "2023"),
    ("Talks opened on June 2, 2025. The week after, they collapsed.", "The week after", "2025-W24"),
])
def test_time_unit_before_or_after_counts_from_the_story_date(text, phrase, value):
    assert _one(text, phrase) == ("DATE", value)


def test_time_first_day_of_a_day_first_range():
    assert _found("The summit ran from 9 to 11 March 2025.") == [
        ("9", "DATE", "2025-03-09"), ("11 March 2025", "DATE", "2025-03-11")]


def test_time_first_quarters_of_a_year_keep_their_year_after_a_modifier():
    text = "Losses will continue for at least the first two quarters of 2027."
    assert _one(text, "at least the first two quarters of 2027") == ("DATE", "2027-H1")


@pytest.mark.parametrize("text,phrase,value", [
    ("Inflation is at its highest since March.", "March", "2025-03"),
    ("Prices have fallen since March 3.", "March 3", "2025-03-03"),
    ("Fighting has raged ever since late January.", "late January", "2026-01"),
])
def test_time_since_a_date_looks_back(text, phrase, value):
    assert _one(text, phrase) == ("DATE", value)


@pytest.mark.parametrize("text", [
    "The treaty ended the Thirty Years' War.",
    "The senator told ABC's \"This Week\" program he would run.",
    "He said on CBS's 60 Minutes that he regretted it.",
])
def test_time_a_capitalised_unit_inside_a_name_is_no_expression(text):
    assert _found(text) == []


def test_time_a_unit_opening_a_sentence_stays():
    assert _one("Years later, he returned.", "Years later")[0] == "DATE"
    assert _one("Weeks of fighting followed.", "Weeks") == ("DURATION", "PXW")


def test_time_a_preposition_stays_out_of_a_clock_time():
    assert _found("The blast came at about 10:15 a.m. on March 3, 2025.") == [
        ("about 10:15 a.m. on March 3, 2025", "TIME", "2025-03-03T10:15")]


@pytest.mark.parametrize("text,anchor,value", [
    ("The report came out in the spring.", date(2026, 2, 27), "2025-SP"),
    ("The plant will open in the spring.", date(2026, 10, 5), "2027-SP"),
    ("Prices rose in the summer.", date(2026, 10, 5), "2026-SU"),
    ("Talks resumed in the fall.", date(2026, 2, 27), "2025-FA"),
])
def test_time_a_season_follows_its_clause(text, anchor, value):
    assert _one(text, "the " + text.split("the ")[-1].rstrip("."), anchor) == ("DATE", value)


def test_time_a_capitalised_season_is_a_season_unless_a_name_goes_on():
    assert _one("Sales rose in the Spring of 2025.", "the Spring of 2025") == ("DATE", "2025-SP")
    assert _found("The team won gold at the Winter Olympics.") == []


@pytest.mark.parametrize("text,phrase,value", [
    ("Sales fell the year before last.", "the year before last", "2024"),
    ("Talks stalled the week before last.", "the week before last", "2026-W07"),
    ("Elections are due the year after next.", "the year after next", "2028"),
])
def test_time_two_units_from_now(text, phrase, value):
    assert _one(text, phrase) == ("DATE", value)


def test_time_last_as_a_verb_stays_out_of_a_duration():
    assert _found("The strike could last 12 to 18 months.")[-2:] == [
        ("12", "DURATION", "P12M"), ("18 months", "DURATION", "P18M")]
    assert _found("The truce will last three days.") == [("three days", "DURATION", "P3D")]
    assert _one("Prices rose over the last three days.", "the last three days") == ("DURATION", "P3D")


@pytest.mark.parametrize("text", [
    "The state-run Kookmin Daily said the minister would resign.",
    "The ministry denied the report, the daily said on its website.",
    "Rebels had shelled the town, the opposition weekly reported.",
    "The tabloid, Britain's biggest-selling daily, claimed a win.",
    "An official was quoted by the business daily.",
    "The daily, quoting ministry sources, said talks failed.",
])
def test_time_a_newspaper_is_no_set(text):
    assert not [t for t in _found(text) if t[1] == "SET"]


def test_time_a_weekday_in_a_title_is_no_date():
    assert _found("The Sunday Telegraph said the minister would resign.") == []


def test_time_a_weekday_before_a_name_stays_a_weekday():
    assert _one("Police said Sunday Kenya would reopen the border.", "Sunday") == ("DATE", "2026-02-22")


def test_time_a_daily_after_a_plural_object_is_an_adverb():
    assert _one("China informs Russia of the latest developments daily.", "daily") == ("SET", "P1D")


def test_time_this_weekend_said_late_in_the_week_is_the_one_to_come():
    thu = date(2026, 2, 26)
    assert _one("Rebels shelled the town this weekend.", "this weekend", anchor=date(2026, 2, 23)) == (
        "DATE", "2026-W08-WE")
    assert _one("He dismissed the talks this weekend as pointless.", "this weekend", anchor=thu) == (
        "DATE", "2026-W09-WE")


def test_time_a_set_word_as_a_frequency_stays():
    assert _one("Daily flights resume, and convoys will leave weekly.", "weekly") == ("SET", "P1W")
    assert _one("Daily flights resume, and convoys will leave weekly.", "Daily") == ("SET", "P1D")


@pytest.mark.parametrize("text", [
    "The crisis ended with the fall of the coalition.",
    "Airlines gained after the fall in oil prices.",
])
def test_time_a_fall_that_is_a_collapse_is_no_season(text):
    assert _found(text) == []


@pytest.mark.parametrize("text", ["The coach wants to spring a surprise.", "Prices could fall further."])
def test_time_a_season_word_after_to_or_a_modal_is_a_verb(text):
    assert _found(text) == []


def test_time_autumn_as_the_fall_stays():
    assert _one("The assembly meets again in the fall.", "the fall") == ("DATE", "2026-FA")
    assert _one("He left office in the fall of 2019.", "the fall of 2019") == ("DATE", "2019-FA")


@pytest.mark.model
def test_time_a_past_offset_with_no_date_to_count_from_is_a_length(nlp):
    text = "She quit the party, and a year later she founded her own."
    assert _parsed(nlp, text, date(2025, 12, 10)) == [("a year later", "DURATION", "P1Y")]


@pytest.mark.model
def test_time_a_present_simple_with_a_day_looks_ahead(nlp):
    text = "The two sides play in Nuremberg on June 18, and the leaders meet on Monday."
    got = _parsed(nlp, text, date(2025, 12, 10))
    assert got == [("June 18", "DATE", "2026-06-18"), ("Monday", "DATE", "2025-12-15")]
    text = "Inflation stands at 2.1% in November, the office says."
    got = _parsed(nlp, text, date(2025, 12, 10))
    assert got == [("November", "DATE", "2025-11")]


@pytest.mark.model
def test_time_a_present_simple_month_looks_up_to_half_a_year_ahead(nlp):
    text = "The territory returns to Chinese rule in July."
    got = _parsed(nlp, text, date(2025, 4, 8))
    assert got == [("July", "DATE", "2025-07")]


@pytest.mark.model
@pytest.mark.parametrize("text,anchor,value", [
    # a weekday deadline lies ahead, unless the clause is pluperfect (10 April 2025 is a Thursday)
    ("The party gave the cabinet until Friday to resign.", date(2025, 4, 10), "2025-04-11"),
    ("By Friday, the rebels had taken the town.", date(2025, 4, 10), "2025-04-04"),
    ("Until Wednesday, the police had not named a suspect.", date(2025, 4, 10), "2025-04-09"),
    ("There had been only two withdrawals in fifteen years before Monday.", date(2025, 4, 10), "2025-04-07"),
    ("The city had approved a cull until the end of December to be carried out by rangers.",
     date(2025, 11, 9), "2025-12"),
    # so does a present perfect: the deadline is reached, unless a thing is still to do by it
    ("By August, the bank has granted two billion yuan in loans.", date(2025, 11, 17), "2025-08"),
    ("The files have been kept secret until Tuesday, when prosecutors released them.",
     date(2025, 4, 10), "2025-04-08"),
    ("The army has given the group until Friday to free the hostages.", date(2025, 4, 10), "2025-04-11"),
    ("If aid does not come between now and July, it will be too late.", date(2025, 4, 25), "PRESENT_REF 2025-07"),
    # a plan told in the past takes the nearest day (13 April 2025 is a Sunday)
    ("The troops were to arrive in the port on Tuesday.", date(2025, 4, 13), "2025-04-15"),
    ("The refugees were supposed to fly out on Monday, but rebels blocked the airport.",
     date(2025, 4, 10), "2025-04-07"),
    ("The central bank was forced to backtrack late Tuesday.", date(2025, 4, 10), "2025-04-08"),
    # a day a clause waits for lies ahead, or in a past clause is the nearest (9 December 2025: a Tuesday)
    ("Security was tightened ahead of Thursday's general election.", date(2025, 12, 9), "2025-12-11"),
    ("Security is tight ahead of the election on Thursday.", date(2025, 12, 9), "2025-12-11"),
    ("Campaigning ended on the eve of Thursday's vote.", date(2025, 12, 9), "2025-12-11"),
    ("Police arrested twelve men ahead of Sunday's vote.", date(2025, 12, 9), "2025-12-07"),
    ("Police were deployed ahead of the Monday balloting.", date(2025, 11, 22), "2025-11-24"),
    ("The envoy spoke ahead of the election Thursday.", date(2025, 12, 9), "2025-12-11"),
    ("Unions accepted a pay rise pending wage talks in January.", date(2025, 11, 24), "2026-01"),
    # "likely to" and "poised to" tell a plan as "expected to" does
    ("No decision came on Sunday, but one was likely to be announced on Monday.", date(2025, 12, 14),
     "2025-12-14 2025-12-15"),
    ("The statement comes ahead of a summit between the two prime ministers on Friday.",
     date(2025, 11, 13), "2025-11-14"),
    # the start of a span up to now is gone by, with "the" too
    ("It was the largest fall since the May curbs.", date(2025, 4, 13), "2024-05"),
    # a thing due in a month is ahead, and so is a month joined to that one
    ("Delegates voted to back her in the elections due in April and May.", date(2025, 12, 10), "2026-04 2026-05"),
    # a present progressive puts a noun's day ahead only when it tells of an arrangement
    ("Delegates are arriving for the talks on Monday.", date(2025, 11, 26), "2025-12-01"),
    ("Relations are warming after the visit by the minister on Monday.", date(2025, 11, 26), "2025-11-24"),
    # a bare day on a noun whose clause looks ahead is ahead
    ("The closely watched Tankan survey out Friday is expected to show gains.", date(2025, 12, 10), "2025-12-12"),
    # the day a fixture is held on is the nearest, or gone by when a past clause holds it
    ("Israel objects to the part Hamas plays in the Jan. 25 parliamentary elections.",
     date(2025, 11, 16), "2026-01-25"),
    ("He vowed to win the March general elections.", date(2025, 11, 30), "2026-03"),
    ("Sunni parties boycotted the January 30 election.", date(2025, 12, 12), "2025-01-30"),
    # a weekday a thing is set for is the nearest such day (25 November 2025: a Tuesday)
    ("A general strike for Thursday was called by the opposition.", date(2025, 11, 25), "2025-11-27"),
    ("Traders said volume for Monday was thin.", date(2025, 11, 25), "2025-11-24"),
    ("Rallies were also announced for Sunday.", date(2025, 11, 29), "2025-11-30"),
    ("Bremen warmed up for Tuesday's Champions League tussle with a win.", date(2025, 11, 29), "2025-12-02"),
    # "could" with a bare verb is the nearest day, unless negated (a past ability)
    ("Asked whether the reply could arrive Sunday, he said yes.", date(2025, 11, 29), "2025-11-30"),
    ("He could not attend on Monday.", date(2025, 11, 29), "2025-11-24"),
    # a simple past up to a deadline tells it reached, but "effective" looks ahead
    ("The market value of the shares was 4.9 trillion yuan by Friday.", date(2025, 11, 29), "2025-11-28"),
    ("The bank created a new office, effective Feb. 1.", date(2025, 11, 29), "2026-02-01"),
    # what is awaited may have its day after "at" or "in"; the nearest weekend of a Thursday is ahead
    ("Troops were massed ahead of an expected crackdown at the weekend.", date(2025, 12, 11), "2025-W50-WE"),
    ("Troops were massed ahead of the rally at the weekend.", date(2025, 12, 8), "2025-W49-WE"),
    ("The envoy spoke ahead of the referendum in March.", date(2025, 12, 9), "2026-03"),
    # a quarter ahead not yet begun lies in the next year; the one just ended is reported late
    ("Analysts said demand will fall in the second quarter.", date(2025, 12, 10), "2026-Q2"),
    ("The firm expects to report a third-quarter loss.", date(2025, 11, 2), "2025-Q3"),
    ("Ministers opted to cut output from February.", date(2025, 12, 15), "2026-02"),
    # a fixture on a possessive day is the nearest such day, unless a past clause holds it
    ("Nalbandian faces Federer in Sunday's final.", date(2025, 11, 15), "2025-11-16"),
    ("Federer beat him in Sunday's final.", date(2025, 11, 15), "2025-11-09"),
])
def test_time_a_day_or_month_takes_its_direction_from_the_clause(nlp, text, anchor, value):
    got = _parsed(nlp, text, anchor)
    assert [v for _, typ, v in got if typ == "DATE"] == value.split()


@pytest.mark.parametrize("text,expected", [
    ("Talks ran from March 9 to March 11, 2025.", [("March 9", "2025-03-09"), ("March 11, 2025", "2025-03-11")]),
    ("Talks ran March 9-11, 2025.", [("March 9", "2025-03-09"), ("11, 2025", "2025-03-11")]),
    ("The fair ran between Dec. 30 and Jan. 2, 2024.", [("Dec. 30", "2023-12-30"), ("Jan. 2, 2024", "2024-01-02")]),
])
def test_time_a_range_start_takes_the_year_its_end_states(text, expected):
    assert [(t, v) for t, _, v in _found(text)] == expected


def test_time_a_number_after_a_date_is_no_second_day():
    assert _found("Talks began on March 9 and 2,000 people came.") == [("March 9", "DATE", "2026-03-09")]


def test_time_every_n_units_is_a_set():
    assert _one("The assembly is elected once every eight years.", "every eight years") == ("SET", "P8Y")
    assert _one("Convoys leave every two weeks.", "every two weeks") == ("SET", "P2W")


def test_time_a_span_between_two_times_is_no_rate():
    assert _one("He died at 91 a week after a stroke.", "a week") == ("DURATION", "P1W")
    assert _one("Guards earn 91 dollars a week.", "a week") == ("SET", "P1W")


@pytest.mark.model
def test_time_a_past_clause_refers_back_to_a_day_gone_by(nlp):
    text = "Elections are due on January 25. The general spoke to the committee earlier in the day."
    assert ("the day", "DATE", "2025-11-08") in _parsed(nlp, text, date(2025, 11, 8))
    text = "Elections are due on January 25. That day, voters will choose a parliament."
    assert ("That day", "DATE", "2026-01-25") in _parsed(nlp, text, date(2025, 11, 8))


@pytest.mark.parametrize("text,phrase,value", [
    ("He left on March 3 last year.", "March 3 last year", "2025-03-03"),
    ("Talks resume on May 5 next year.", "May 5 next year", "2027-05-05"),
    ("The fiscal year ends on June 30 next.", "June 30", "2026-06-30"),
])
def test_time_a_day_takes_the_direction_written_after_it(text, phrase, value):
    assert _one(text, phrase) == ("DATE", value)


def test_time_a_focus_word_stays_out_of_a_duration_a_bound_in():
    assert _one("He led the party for only six months.", "six months") == ("DURATION", "P6M")
    assert _one("He led the party for nearly six months.", "nearly six months") == ("DURATION", "P6M")


@pytest.mark.parametrize("text", [
    "He was replaced 2:46 before the end of the first half.",
    "Trailing by two points with 1:14 left, he fouled.",
    "She won the half marathon in a time of 1: 16:31.",
    "The hosts took the lead early in the second half.",
])
def test_time_a_game_clock_a_race_time_and_a_match_half_are_no_times(text):
    assert _found(text) == []


def test_time_a_half_of_a_named_year_needs_no_figures():
    text = "Peace is at risk unless progress is made in the first half of the new year."
    assert _one(text, "the first half of the new year", anchor=date(2025, 12, 22)) == ("DATE", "2026-H1")


def test_time_a_half_year_comes_with_figures():
    assert _one("Profit rose 5% in the first half.", "the first half") == ("DATE", "2026-H1")
    assert _one("Polls close at 16:00 local time.", "16:00 local time")[0] == "TIME"


@pytest.mark.parametrize("text,phrase,expected", [
    ("They fear the Church one day may operate freely.", "one day", ("DATE", "FUTURE_REF")),
    ("India were 156 for five after a day shortened by rain.", "a day", ("DURATION", "P1D")),
    ("Users pay 12 yuan (1.5 U.S. dollars) a day.", "a day", ("SET", "P1D")),
])
def test_time_one_day_and_a_day_read_from_their_neighbours(text, phrase, expected):
    assert _one(text, phrase) == expected


def test_time_a_capitalised_plural_unit_inside_a_name_is_no_duration():
    assert _found("The blasts hit the Days Inn hotel.") == []
    assert _one("Days after the vote, he left.", "Days") == ("DURATION", "PXD")


@pytest.mark.model
def test_time_a_noun_modifying_date_takes_a_future_cue(nlp):
    text = "The economy is to be at the heart of the March ballot, analysts said."
    assert _parsed(nlp, text, date(2025, 11, 26)) == [("March", "DATE", "2026-03")]
    text = "Annan is scheduled to give a speech on bird flu Thursday, his spokesman announced Wednesday."
    assert _parsed(nlp, text, date(2025, 11, 26))[0] == ("Thursday", "DATE", "2025-11-27")


def test_time_a_holiday_ahead_said_on_that_day_is_that_day():
    text = "Another problem banks will face on New Year's Eve is the switch to euros."
    assert _found(text, anchor=date(2025, 12, 31)) == [("New Year's Eve", "DATE", "2025-12-31")]


@pytest.mark.parametrize("text", [
    "The euro traded at 1.1700-1702 dollars, against 1.1692-1769 in New York.",
    "The budget comes to 1300 billion dinars.",
    "Shandong accounts for a quarter of the total.",
    "The party won a three-quarter majority.",
    "Rates rose two-and-three-quarter percent.",
    "Three quarters of the voters backed him.",
    "Exports posted a year-on-year rise, and a month-over-month fall.",
    "Shops removed Christmas trees and banned Christmas carols.",
    "He wished the crowd a Merry Christmas.",
    "The past mayor of the city attended.",
    "The future foreign minister noted the change.",
    "He scored his first century in the Test, and has ten Test centuries.",
    "He told USA Today and India Today that he would stay.",
    "Winds of 160 kilometers per hour and 450 kilometres an hour hit the coast.",
    "He was named the sportsman of the year.",
    "The central bank raised its overnight interest rates.",
    "They discussed forms of future participation, and in future participation in talks.",
    "Delegates met at the Conference on the Future Economic Development of Asia.",
    # numbers that name a thing, a measure or a count of people
    "Iran defied resolution 1737, and Flight 1549 landed safely.",
    "The 1000-km oil pipeline crosses the steppe.",
    "The quake left more than 600 dead and 1400 injured.",
    # quarters of opinion and of an amount
    "The plan was criticised in some quarters.",
    "Consumption will rise by at least one quarter.",
    # names and newspapers
    "The ruins were damaged, Sunday Times reported.",
    "South Korea's Kim Soon took the silver.",
    "The Izvestia daily pointed out the risk, and the Kommersant daily warned of cuts.",
    # a compound adjective, a distance, a batsman's scores
    "She reached the final of a year-ending championship.",
    "The star lies 500 light years away.",
    "After unbeaten centuries in two innings he made his second half century.",
    "A Mirage 2000-D jet flew over, he told the Evening Standard and the Mail on Sunday.",
    "The Bulls beat the Nets 80-62, widening the gap in every quarter.",
    "England named their one-day squad, and two one-day matches remain.",
    "Boeing showed the future 787 Dreamliner, and the current account deficit grew.",
])
def test_time_amounts_fractions_and_qualifiers_are_no_times(text):
    assert _found(text) == []


def test_time_a_count_of_quarters_is_no_fraction():
    assert _one("It came after several quarters of losses.", "several quarters") == ("DURATION", "PXQ")
    assert _one("Output rose from 1990-1995.", "1995") == ("DATE", "1995")


def test_time_a_quarter_of_a_game_is_no_quarter_of_the_year():
    text = ("His 25 points led China to a 78-67 victory. We played a good third quarter, he said. "
            "Ticket sales fell 5 percent in the third quarter.")
    assert _found(text, anchor=date(2025, 11, 2)) == [("the third quarter", "DATE", "2025-Q3")]
    text = "The company expects to return to profit in the fourth quarter."
    assert _found(text, anchor=date(2025, 11, 2)) == [("the fourth quarter", "DATE", "2025-Q4")]


@pytest.mark.parametrize("text,phrase,value", [
    ("The mosque was built more than 1,400 years ago.", "more than 1,400 years ago", "0626"),
    ("This crowns a 1,600-year history of ties.", "1,600-year", "P1600Y"),
    ("The strike lasted 1,000 days.", "1,000 days", "P1000D"),
    ("He spent some three-and-a-half years in jail.", "some three-and-a-half years", "P3Y6M"),
    ("Talks went on for the past three and half years.", "the past three and half years", "P3Y6M"),
    ("The court gave him two extra years.", "two extra years", "P2Y"),
])
def test_time_a_count_with_thousands_halves_or_extra_is_one_duration(text, phrase, value):
    assert _one(text, phrase)[1] == value


@pytest.mark.parametrize("text,anchor,expected", [
    ("The talks are being held Thursday through Saturday.", date(2025, 12, 11),  # a Thursday
     [("Thursday", "2025-12-11"), ("Saturday", "2025-12-13")]),
    ("Output rose 12 percent in the January-October period.", date(2025, 11, 17),
     [("January", "2025-01"), ("October", "2025-10")]),
    ("Statements were made Friday and Thursday.", date(2025, 12, 13),
     [("Friday", "2025-12-12"), ("Thursday", "2025-12-11")]),
    # and within one week: the end of a tour gone by is no day ahead
    ("During a tour of the region from Monday through Tuesday, the minister opened two schools.",
     date(2025, 12, 11), [("Monday", "2025-12-08"), ("Tuesday", "2025-12-09")]),
])
def test_time_the_ends_of_a_range_run_forward(text, anchor, expected):
    assert [(t, v) for t, _, v in _found(text, anchor=anchor)] == expected


@pytest.mark.parametrize("text,phrase,value", [
    ("Profit in the September quarter rose.", "the September quarter", "2025-Q3"),
    ("Fans flocked to the 2008 summer Olympiad.", "2008 summer", "2008-SU"),
    ("The church stood until the year 325.", "the year 325", "0325"),
    ("Prices rose over the month of March.", "the month of March", "2025-03"),
    ("In the month of March 2005, prices rose.", "the month of March 2005", "2005-03"),
    ("He arrived in 1990, the year Beijing hosted the Games.", "the year", "1990"),
])
def test_time_a_month_season_or_year_named_inside_a_longer_phrase(text, phrase, value):
    assert _one(text, phrase, anchor=date(2025, 12, 4)) == ("DATE", value)


@pytest.mark.parametrize("text,phrase,expected", [
    ("In 1976, he joined the army. In September that year, he married.", "September that year",
     ("DATE", "1976-09")),
    ("In 1976, he joined the army. On May 3 that year he left.", "May 3 that year", ("DATE", "1976-05-03")),
    ("Sales in September rose 1% from the previous month and 8% from the same month last year.",
     "the same month last year", ("DATE", "2024-09")),
    ("He was freed, and several months later he fled.", "several months later", ("DATE", "PAST_REF")),
    ("He hopes one day to visit the Holy Land.", "one day", ("DATE", "FUTURE_REF")),
    ("The mudflow struck shortly after midnight.", "shortly after midnight", ("TIME", "2025-11-16T00:00")),
    ("He looks to the future with his wife.", "the future", ("DATE", "FUTURE_REF")),
])
def test_time_an_expression_read_with_the_words_around_it(text, phrase, expected):
    assert _one(text, phrase, anchor=date(2025, 11, 16)) == expected


@pytest.mark.parametrize("text,expected", [
    ("Israeli forces killed two militants overnight, medics said on Sunday.",
     [("overnight", "2025-11-15TNI"), ("Sunday", "2025-11-16")]),
    ("Police arrested more teachers overnight and deployed troops Wednesday.",
     [("overnight", "2025-11-11TNI"), ("Wednesday", "2025-11-12")]),
    ("The dollar pared gains overnight.", [("overnight", "2025-11-15TNI")]),
    ("Celebrations overnight Saturday drew crowds.", [("overnight Saturday", "2025-11-15TNI")]),
])
def test_time_overnight_is_the_night_before_the_day_its_sentence_names(text, expected):
    assert [(t, v) for t, _, v in _found(text, anchor=date(2025, 11, 16))] == expected


@pytest.mark.parametrize("text,utc", [
    ("The quake hit on Tuesday at 6:39 a.m. local time (2139 GMT).", "2025-11-10T21:39Z"),
    ("The raid started on Tuesday just after 3 p.m. (2000 GMT).", "2025-11-11T20:00Z"),
    ("He died on Tuesday at 11 p.m. (0700 GMT).", "2025-11-12T07:00Z"),
    ("Guards fired at 4:00 a.m. Sunday (1900 GMT Saturday).", "2025-11-08T19:00Z"),
])
def test_time_a_gmt_twin_in_brackets_is_the_same_moment(text, utc):
    assert [v for _, typ, v in _found(text, anchor=date(2025, 11, 12)) if v.endswith("Z")] == [utc]


def test_time_a_local_time_takes_its_day_from_a_gmt_twin_that_names_one():
    text = "The quake struck at 8:30 a.m. (2330 GMT Thursday)."
    assert _found(text, anchor=date(2025, 11, 14))[0] == ("8:30 a.m.", "TIME", "2025-11-14T08:30")


def test_time_a_clock_time_takes_no_day_from_a_possessive_day():
    text = "At 5 p.m. (0800 GMT), the dollar traded at 117.81 yen, compared with Thursday's 5 p.m. quote."
    assert _found(text, anchor=date(2025, 11, 14))[0] == ("5 p.m.", "TIME", "2025-11-14T17:00")


@pytest.mark.parametrize("text,phrase,expected", [
    ("Terminals closed at around 06h30 GMT.", "06h30 GMT", ("TIME", "2025-04-21T06:30Z")),
    ("The vote will be held in late April or early May.", "early May", ("DATE", "2025-05")),
    ("He cannot travel in the immediate future.", "the immediate future", ("DATE", "FUTURE_REF")),
    ("We will in future check every truck.", "in future", ("DATE", "FUTURE_REF")),
    ("In future, we will check every truck.", "In future", ("DATE", "FUTURE_REF")),
    ("Rebels attacked in the early hours of Sunday.", "the early hours of Sunday", ("TIME", "2025-04-20TMO")),
    ("The first mascot came at the 1968 Winter Games.", "1968", ("DATE", "1968")),
])
def test_time_wire_clock_style_edged_months_and_future_phrases(text, phrase, expected):
    assert _one(text, phrase, anchor=date(2025, 4, 21)) == expected


def test_time_a_clock_time_told_in_the_past_takes_a_day_gone_by():
    text = "The vote is due on May 1. The terminals were closed at around 06h30 GMT."
    assert _found(text, anchor=date(2025, 4, 21))[-1] == ("06h30 GMT", "TIME", "2025-04-21T06:30Z")


@pytest.mark.model
def test_time_a_day_that_modifies_a_noun_does_not_move_the_story(nlp):
    text = "The March 11 accident exposed 37 workers. Earlier in the day, the house voted down a motion."
    assert _parsed(nlp, text, date(2025, 4, 22))[-1] == ("the day", "DATE", "2025-04-22")


def test_time_a_clock_time_s_day_goes_on_with_its_sentence():
    """A deadline's "a.m." does not end the sentence, so the thing still to do by it is read."""
    text = "The agency has given the family until 9 a.m. Tuesday to sign the papers."
    assert _one(text, "9 a.m. Tuesday", anchor=date(2025, 4, 10)) == ("TIME", "2025-04-15T09:00")


def test_time_seasons_said_in_december_count_from_the_winter_beginning():
    """In December the winter then beginning is next year's (TIMEX3 names a winter by the
    year of its January); the last winter is the one before it, not two before."""
    text = ("Last winter was harsh, but this winter is mild. Last summer was hot. "
            "Gas is stored for the coming winter and next summer.")
    assert [(t, v) for t, _, v in _found(text, anchor=date(2025, 12, 20))] == [
        ("Last winter", "2025-WI"), ("this winter", "2026-WI"), ("Last summer", "2025-SU"),
        ("the coming winter", "2026-WI"), ("next summer", "2026-SU")]


@pytest.mark.model
@pytest.mark.parametrize("text,phrase,value", [
    # a bare clock time is the story's day, not that of a date told in a relative clause ...
    ("Peres pushed for the pullout from Gaza, which was completed on Sept. 12. Shortly after 6 a.m., "
     "crowds cheered.", "Shortly after 6 a.m.", "2025-11-10T06:00"),
    # ... which "that day" may still name
    ("Aid came to the town, which was flooded on Sept. 12. Later that day, crowds cheered.", "Later that day",
     "2025-09-12"),
])
def test_time_a_date_told_in_a_relative_clause_is_not_the_story_s_day(nlp, text, phrase, value):
    assert [v for t, _, v in _parsed(nlp, text, date(2025, 11, 10)) if t == phrase] == [value]


@pytest.mark.parametrize("text,anchor,expected", [
    # a month joined to another that states the year shares it, across New Year if need be
    ("Prices peaked in May and June 2019.", FRI, [("May", "2019-05"), ("June 2019", "2019-06")]),
    ("The talks were held in August and December last year.", date(2026, 11, 8),
     [("August", "2025-08"), ("December last year", "2025-12")]),
    ("Snow fell between December and January 2024.", FRI, [("December", "2023-12"), ("January 2024", "2024-01")]),
    # a range of months as near the publication date either way runs back: the news default
    ("Output rose in the January-September period.", date(2025, 11, 17), [("January", "2025-01"),
                                                                          ("September", "2025-09")]),
])
def test_time_months_joined_in_a_list_or_range(text, anchor, expected):
    assert [(t, v) for t, _, v in _found(text, anchor=anchor)] == expected


@pytest.mark.parametrize("text,phrase,typ,value", [
    # half of a unit, before "later" or hyphenated
    ("Half an hour later, the shelling resumed.", "Half an hour later", "DURATION", "PT30M"),
    ("She won in under half-an-hour.", "half-an-hour", "DURATION", "PT30M"),
    # a year before the common era, and the start of a range that ends in one
    ("The city fell in 586 BC.", "586 BC", "DATE", "BC0586"),
    ("The dynasty ruled from 1550 to 1292 B.C.", "1550", "DATE", "BC1550"),
    ("The dynasty ruled from 1550 to 1292 B.C.", "1292 B.C.", "DATE", "BC1292"),
    # a bare clock time after "this afternoon" or "this evening" is in the later half of the day
    ("This afternoon at about 4:15, police sealed the square.", "4:15", "TIME", "2026-02-27T16:15"),
    ("He woke at 6:30 this morning.", "6:30", "TIME", "2026-02-27T06:30"),
    # the small hours of a day, with "at" and no article
    ("Power was cut at wee hours on Saturday.", "wee hours on Saturday", "TIME", "2026-02-21TMO"),
    # the month a reported period closes on is the nearest one
    ("The bank set its policy for the six months to July.", "July", "DATE", "2026-07"),
    ("Profit for the year to January rose 5 percent.", "January", "DATE", "2026-01"),
])
def test_time_halves_eras_afternoons_and_periods(text, phrase, typ, value):
    assert _one(text, phrase) == (typ, value)


@pytest.mark.parametrize("text", [
    "The latest bi-monthly review is out.",
    "The semi-annual report is due.",
    # a quarter of a game whose story tells a player's tally
    "Smith scored 31 points. He left the game in the second quarter with a sore knee.",
])
def test_time_a_split_period_or_a_game_quarter_is_no_time(text):
    assert _found(text) == []


@pytest.mark.model
def test_time_the_month_of_a_thing_that_happened_is_gone_by_and_moves_no_story(nlp):
    text = "The inquiry into a November rail crash has named no one."
    assert _parsed(nlp, text, date(2025, 9, 20)) == [("November", "DATE", "2024-11")]
    text = "The inquiry into the Sept. 3 rail crash has named no one. Earlier in the day, the minister resigned."
    assert _parsed(nlp, text, date(2025, 9, 20))[-1] == ("the day", "DATE", "2025-09-20")


def test_time_two_days_joined_share_their_direction_past_an_edge_word():
    text = "The council will meet late Monday or early Tuesday."
    assert [(t, v) for t, _, v in _found(text, anchor=date(2026, 2, 25))] == [
        ("late Monday", "2026-03-02"), ("early Tuesday", "2026-03-03")]


def test_time_the_quarter_of_a_results_story_is_the_one_it_reports():
    text = ("Output grew 3 percent in the third quarter. Spending rose 2 percent in the third quarter, "
            "as in the second quarter. Spending on software rose 5 percent during the quarter.")
    assert _one(text, "the quarter", anchor=date(2025, 11, 30)) == ("DATE", "2025-Q3")


@pytest.mark.parametrize("text,anchor,expected", [
    # months whose end is not after publication: a period over, its start moves back
    ("Fighting went on from December to February.", date(2026, 12, 2), [("December", "2025-12"),
                                                                       ("February", "2026-02")]),
    ("Output rose in the January-June period.", date(2026, 12, 2), [("January", "2026-01"), ("June", "2026-06")]),
    # ... while a season ahead still runs forward
    ("The season will run from November to March.", date(2026, 12, 2), [("November", "2026-11"),
                                                                        ("March", "2027-03")]),
    # "the month to October" is a period up to a date, no range of two months
    ("Sales rose in the month to October.", date(2026, 12, 2), [("the month", "2026-12"), ("October", "2026-10")]),
])
def test_time_ranges_of_months_told_as_over(text, anchor, expected):
    assert [(t, v) for t, _, v in _found(text, anchor=anchor)] == expected


@pytest.mark.parametrize("text,phrase,value", [
    # an apposition names again the date it follows
    ("Rebels attacked in October, the month after the coup.", "the month", "2025-10"),
    ("He was jailed in 1981, the year before the massacre.", "the year", "1981"),
    # the story's day: no month-long anchor gives it, the publication's does
    ("The crisis began in January. The new premier was sworn in earlier in the day.", "the day", "2026-02-27"),
])
def test_time_appositions_and_the_day_of_the_story(text, phrase, value):
    assert _one(text, phrase)[1] == value


def test_time_a_list_of_fixtures_lies_ahead_and_its_kick_offs_are_no_years():
    text = ("Leeds won 2-0 on Sunday.\n\nTuesday (kick-off GMT)\n\nLeeds v Hull (1945)\n\n"
            "Wednesday\n\nYork v Bury (2000)\n\nThe club was founded in 1900.")
    assert [(t, v) for t, _, v in _found(text, anchor=date(2026, 3, 2))] == [
        ("Sunday", "2026-03-01"), ("Tuesday", "2026-03-03"), ("Wednesday", "2026-03-04"), ("1900", "1900")]


@pytest.mark.parametrize("text,value", [
    # a comparison with a year before takes the month its sentence names, not a quarter named earlier
    ("Growth slowed in the third quarter. Prices rose 0.3 percent in May from a year earlier.", "2024-05"),
    ("Sales in May rose 3 percent from a year ago.", "2024-05"),
    # a month named in another sentence is no figure's month
    ("Output fell in May. A year ago, the plant was closed.", "2025"),
])
def test_time_a_year_before_a_month_s_figure_is_that_month(text, value):
    assert [v for t, _, v in _found(text, anchor=date(2026, 2, 27)) if "year" in t.lower()] == [value]


@pytest.mark.parametrize("text,anchor,expected", [
    # "someday" closing a clause whose verb looks ahead; a length a verb takes stays one
    ("She expects him to be captain one day.", FRI, [("one day", "DATE", "FUTURE_REF")]),
    ("He plans to stay one day.", FRI, [("one day", "DURATION", "P1D")]),
    # the month just gone is "last month": "last October" told in November is a year before ...
    ("Talks began last October.", date(2026, 11, 5), [("last October", "DATE", "2025-10")]),
    # ... but not the end of a period just closed
    ("The loss in the 12 months to last March was large.", date(2026, 4, 25),
     [("the 12 months", "DURATION", "P12M"), ("last March", "DATE", "2026-03")]),
    # a month or day owned by a named year
    ("Police recalled last year's August 21 attack.", date(2026, 11, 20),
     [("last year", "DATE", "2025"), ("August 21", "DATE", "2025-08-21")]),
    # a period of a stated year: the reported quarter's, else the year
    ("Sales rose in the first quarter from 202 million in the same period of 2025.", FRI,
     [("the first quarter", "DATE", "2026-Q1"), ("the same period of 2025", "DATE", "2025-Q1")]),
    ("Births in the first nine months fell from the same period of 2025.", date(2026, 11, 10),
     [("the first nine months", "DURATION", "P9M"), ("the same period of 2025", "DATE", "2025")]),
    # the week a week ended on names
    ("Stocks fell in the week ended December 6.", date(2026, 12, 14),
     [("the week", "DATE", "2026-W49"), ("December 6", "DATE", "2026-12-06")]),
])
def test_time_someday_last_months_owned_years_and_ended_weeks(text, anchor, expected):
    assert _found(text, anchor=anchor) == expected


def test_time_a_year_before_a_figure_moves_no_story():
    text = "Orders in May rose 9.9 percent from a year earlier, after growing 4 percent in the previous month."
    assert [(t, v) for t, _, v in _found(text, anchor=date(2026, 7, 10))] == [
        ("May", "2026-05"), ("a year earlier", "2025-05"), ("the previous month", "2026-04")]


def test_time_a_possessive_day_dates_its_thing_not_the_story():
    text = ("The dollar rose to 118.2 yen, up from Thursday's quotes of 117.9 yen at 5 p.m. in Tokyo. "
            "At 3:40 p.m., gold was quoted at 495 dollars. Shares fell early in the morning.")
    got = [(t, v) for t, _, v in _found(text)]
    # a clock time after the possessive day in its sentence is that day's ...
    assert ("5 p.m.", "2026-02-26T17:00") in got
    # ... while the story stays on the publication day
    assert ("3:40 p.m.", "2026-02-27T15:40") in got
    assert ("the morning", "2026-02-27TMO") in got


@pytest.mark.model
def test_time_the_evening_of_a_sentence_that_names_its_day(nlp):
    # the day its sentence names, even in a relative clause, and the story's day past one named aside
    text = "The envoy left on Friday. The pope, who held a mass early Sunday, was to fly home in the evening."
    assert _parsed(nlp, text, date(2026, 3, 1))[-1] == ("the evening", "TIME", "2026-03-01TEV")
    text = "The vote was held on Friday. The talks, which began on Saturday, ended. Shares fell in the morning."
    assert _parsed(nlp, text, date(2026, 3, 2))[-1] == ("the morning", "TIME", "2026-02-27TMO")


@pytest.mark.parametrize("text,phrase,typ,value", [
    ("Over the past decade, the studio has made ten films.", "the past decade", "DURATION", "P10Y"),
    ("Prices fell in the last decade.", "the last decade", "DATE", "201"),
])
def test_time_the_past_decade_is_a_length_the_last_one_a_decade(text, phrase, typ, value):
    assert _one(text, phrase) == (typ, value)


@pytest.mark.parametrize("text", [
    # "one-day" before what a cricket format names
    "It made him a one-day matchwinner.",
    "He struck his third one-day hundred.",
    # a season's name that makes a kind of thing
    "Jammu, the winter capital, was quiet.",
    "Wearing a spring green outfit, she waved.",
    "Britain will not join the summer time scheme.",
])
def test_time_formats_and_kinds_named_for_a_time_are_no_time(text):
    assert _found(text) == []


def test_time_a_one_day_strike_is_a_length():
    assert _one("Workers staged a one-day strike.", "one-day") == ("DURATION", "P1D")


@pytest.mark.parametrize("text,phrase,value", [
    # a year that opens its sentence frames the days and months in it
    ("In 2011, the festival was held on November 24.", "November 24", "2011-11-24"),
    ("In late 2019, the plant moved its output to September.", "September", "2019-09"),
    ("In 2030, Thanksgiving falls on November 28.", "Thanksgiving", "2030-11-28"),
    ("1941 - Congress rules that the holiday falls on November 20.", "November 20", "1941-11-20"),
    ("October 3, 1863 - Lincoln proclaims a day of thanks in November.", "November", "1863-11"),
    # a year inside the sentence is no frame, and a frame ends with its sentence
    ("The firm, founded in 1985, said on February 3 that it would expand.", "February 3", "2026-02-03"),
    ("In 2011, the festival began. It was held again on November 24.", "November 24", "2025-11-24"),
])
def test_time_a_framing_year_dates_the_days_of_its_sentence(text, phrase, value):
    assert _one(text, phrase) == ("DATE", value)


def test_time_a_telephone_number_holds_no_year():
    assert _found("Call the museum at 806-423-1253 or (806) 423-1033 for tickets.") == []
    assert _found("For tickets, call 423-1253.") == []
    assert [v for *_, v in _found("The war of 1995-1999 ended.")] == ["1995", "1999"]
    assert _one("It thrived under the Song Dynasty (960-1127).", "1127") == ("DATE", "1127")


@pytest.mark.parametrize("text,phrase,value", [
    ("The vote will be held on the fourth Thursday in November.",
     "the fourth Thursday in November", "2026-11-26"),
    ("Polls open on the last Monday of May 2010.", "the last Monday of May 2010", "2010-05-31"),
    ("In 1863, Lincoln proclaimed the last Thursday in November a day of thanks.",
     "the last Thursday in November", "1863-11-26"),
])
def test_time_an_nth_weekday_of_a_month_is_one_day(text, phrase, value):
    assert _one(text, phrase) == ("DATE", value)


def test_time_no_fifth_weekday_where_the_month_has_none():
    assert "the fifth Monday in February 2026" not in [t for t, *_ in _found("The fifth Monday in February 2026.")]


@pytest.mark.parametrize("text,expected", [
    # a range a future clause tells lies ahead, though one end alone is nearer behind
    ("The fair will run from Thursday to Sunday.", [("Thursday", "2026-03-05"), ("Sunday", "2026-03-08")]),
    # a span told by its opening and its close runs forward
    ("The fair will open on Thursday and run through Sunday.",
     [("Thursday", "2026-03-05"), ("Sunday", "2026-03-08")]),
])
def test_time_a_range_of_days_ahead_starts_after_publication(text, expected):
    assert [(t, v) for t, _, v in _found(text, anchor=date(2026, 2, 28))] == expected  # a Saturday


def test_time_a_range_of_days_gone_by_ends_before_publication(nlp):
    got = _parsed(nlp, "The talks ran from Friday to Monday.", date(2026, 2, 28))  # a Saturday
    assert [(t, v) for t, _, v in got] == [("Friday", "2026-02-20"), ("Monday", "2026-02-23")]
    # one that opens on the publication day is under way
    got = _parsed(nlp, "The bombs coincided with the holiday, from Friday through Sunday.", date(2026, 2, 27))
    assert [(t, v) for t, _, v in got] == [("Friday", "2026-02-27"), ("Sunday", "2026-03-01")]


@pytest.mark.parametrize("text,phrase,typ,value", [
    # a day written before its month takes a year named after it, as "February 25 last year" does
    ("The brawl took place on 25 February last year.", "25 February last year", "DATE", "2025-02-25"),
    ("The law takes effect on the 3rd of March next year.", "the 3rd of March next year", "DATE", "2027-03-03"),
    # the small hours of the story's own day, or of the day before
    ("A car crashed in the early hours of this morning.", "the early hours of this morning", "TIME", "2026-02-27TMO"),
    ("Fire broke out in the early hours of yesterday morning.", "the early hours of yesterday morning", "TIME",
     "2026-02-26TMO"),
])
def test_time_a_day_and_its_relative_year_or_morning_are_one_expression(text, phrase, typ, value):
    assert _one(text, phrase) == (typ, value)


@pytest.mark.parametrize("text,phrase,value", [
    # a day named well after a clock time, in another clause, is not its day
    ("A quake rocked the island on Friday. Officials said the quake, which struck at 1:24 p.m. (0424 GMT), "
     "was an aftershock of a stronger one on February 10.", "1:24 p.m.", "2026-02-27T13:24"),
    # a day just after it is
    ("The fire began at 11:45 a.m. (0845 GMT) Tuesday about five kilometres away.", "11:45 a.m.",
     "2026-02-24T11:45"),
    # a clock time told ahead is on no day gone by; one told as gone by keeps the story's last day
    ("The leader was arrested on Wednesday evening. The polls will close at 1500 GMT.", "1500 GMT",
     "2026-02-27T15:00Z"),
    ("The leader was arrested on Wednesday. Police had come for him at 1500 GMT.", "1500 GMT",
     "2026-02-25T15:00Z"),
    # "overnight" is the night before the day a reporting verb names, however far after it
    ("Riots that began Monday in the poor northern districts of the old port city spread to the suburbs "
     "overnight, with many cars set ablaze in the streets, officials said Friday.", "overnight", "2026-02-26TNI"),
])
def test_time_a_clock_time_takes_a_day_of_its_own_clause_and_direction(text, phrase, value):
    assert _one(text, phrase) == ("TIME", value)


@pytest.mark.parametrize("text,phrase,value", [
    # a day a decree makes a holiday is the nearest one, whatever the verb's tense
    ("The president has declared Saturday a public holiday.", "Saturday", "2026-02-28"),
    ("The cabinet declared March 2 a day of mourning.", "March 2", "2026-03-02"),
    ("The council declared Monday that the strike was over.", "Monday", "2026-02-23"),
    # "due" with an adverb between looks ahead; "was due" tells a plan whose day may be over
    ("The ferry, due back Tuesday, carries 300 tourists.", "Tuesday", "2026-03-03"),
    ("The report is due out Monday.", "Monday", "2026-03-02"),
    ("The envoy was due back Wednesday but never came.", "Wednesday", "2026-02-25"),
])
def test_time_a_decreed_day_and_a_due_day_look_ahead(text, phrase, value):
    assert _one(text, phrase) == ("DATE", value)


def test_time_a_day_after_a_date_is_no_rate():
    assert _one("The cabinet declared March 2 a day of mourning.", "a day") == ("DURATION", "P1D")
    assert _one("He earns $26 a day.", "a day") == ("SET", "P1D")


def test_time_a_thing_a_weekday_owns_named_again_is_on_the_same_day(nlp):
    text = "The coaches will all be at Friday's draw. Argentina are one of the eight seeds for Friday's draw."
    assert [v for *_, v in _parsed(nlp, text, date(2026, 2, 25))] == ["2026-02-27", "2026-02-27"]
    # another thing the same weekday owns is placed by its own clause
    text = "Fans will all be at Friday's draw. Prices fell after Friday's close."
    assert [v for *_, v in _parsed(nlp, text, date(2026, 2, 25))] == ["2026-02-27", "2026-02-20"]


def test_time_the_weekday_thing_is_on_the_weekday_the_text_named():
    text = "The fair will return on Thursday and run through Sunday. Tickets for the Thursday show are $15."
    assert [v for *_, v in _found(text, anchor=date(2026, 2, 28))] == ["2026-03-05", "2026-03-08", "2026-03-05"]
    # with no such day named before, its own clause places it
    assert _one("Tickets for the Thursday show are $15.", "Thursday", anchor=date(2026, 2, 28)) == (
        "DATE", "2026-02-26")


@pytest.mark.parametrize("text,expected", [
    # a number over 12 can only be the day; where both could be months, the text's other
    # dates tell its order, and month first when none does
    ("The truce was agreed on 27/02/2026.", [("27/02/2026", "2026-02-27")]),
    ("The order is dated 02/27/2026.", [("02/27/2026", "2026-02-27")]),
    ("The audit covers 1/3/2025 to 31/12/2025.", [("1/3/2025", "2025-03-01"), ("31/12/2025", "2025-12-31")]),
    ("The audit covers 1/3/2025 to 12/31/2025.", [("1/3/2025", "2025-01-03"), ("12/31/2025", "2025-12-31")]),
    ("The lease ran from 4/5/98.", [("4/5/98", "1998-04-05")]),
    # with no numeric date to tell, the dates in words do
    ("LONDON, 5 June - Talks will resume on 10/06/2026.", [("5 June", "2025-06-05"), ("10/06/2026", "2026-06-10")]),
    ("NEW YORK, June 5 - Talks will resume on 10/06/2026.", [("June 5", "2025-06-05"), ("10/06/2026", "2026-10-06")]),
    # dots write the day first, with the year in full
    ("The decree of 3.2.2026 took effect on 27.02.2026.", [("3.2.2026", "2026-02-03"),
                                                           ("27.02.2026", "2026-02-27")]),
])
def test_time_numeric_dates_follow_the_texts_order(text, expected):
    assert [(t, v) for t, _, v in _found(text)] == expected


@pytest.mark.parametrize("text,phrase,value", [
    ("Revenue for Q4 2025 beat forecasts.", "Q4 2025", "2025-Q4"),
    ("Margins narrowed in 2Q25.", "2Q25", "2025-Q2"),
    ("Guidance for Q1 FY26 was cut.", "Q1 FY26", "2026-Q1"),
    ("Sales in Q3'25 fell.", "Q3'25", "2025-Q3"),
    ("Profit was flat in H1 2025.", "H1 2025", "2025-H1"),
    ("The 2H25 outlook improved.", "2H25", "2025-H2"),
    ("Spending in FY2025 rose.", "FY2025", "2025"),
    ("The FY 26 budget was passed.", "FY 26", "2026"),
    # a bare shorthand after a preposition or a determiner is placed as "the third quarter" is
    ("Sales rose in Q3, the company said.", "Q3", "2025-Q3"),
    ("Growth will return in Q2, the firm said.", "Q2", "2026-Q2"),
])
def test_time_a_reports_shorthand_names_its_period(text, phrase, value):
    assert _one(text, phrase) == ("DATE", value)


@pytest.mark.parametrize("text", [
    # a model's name, a visa's class and a game's quarter are no periods
    "The Audi Q4 e-tron sold well in Norway.",
    "Workers on an H1 visa may change jobs.",
    "He scored 12 points in Q4 as the Lakers won 101-99.",
    # a page's number, a ratio and two numbers over 12 are no dates
    "See pages 13/14/15 of the report.",
    "The pharmacy is open 24/7.",
])
def test_time_shorthand_lookalikes_are_no_times(text):
    assert _found(text) == []


@pytest.mark.parametrize("text,phrase,value", [
    # the date is the expression, as with "Friday night"; the part of the day no other day's
    ("The bodies were found on the morning of 25 February.", "25 February", "2026-02-25"),
    ("They met on the evening of Thursday, Feb. 26.", "Thursday, Feb. 26", "2026-02-26"),
    ("On the night of 14 August 1947, the flag was lowered.", "14 August 1947", "1947-08-14"),
])
def test_time_a_part_of_a_dated_day_takes_no_other_day(text, phrase, value):
    assert _found(text) == [(phrase, "DATE", value)]


def test_time_a_zone_is_a_capitals_abbreviation():
    assert _one("They will eat at 5 pm eat.", "5 pm") == ("TIME", "2026-02-27T17:00")


def test_time_a_streets_block_is_no_year():
    assert _found("The shooting happened in the 1200 block of Main Street.") == []


@pytest.mark.parametrize("text,expected", [
    # a day of the month alone is of the month the text last dated, else of the
    # publication's month or a neighbour, as its clause tells
    ("The council met on the 2nd.", [("the 2nd", "2026-02-02")]),
    ("The council will meet on the 2nd.", [("the 2nd", "2026-03-02")]),
    ("The fighting began on the 28th, officials said.", [("the 28th", "2026-01-28")]),
    ("Talks began on January 20 and ended on the 23rd.", [("January 20", "2026-01-20"), ("the 23rd", "2026-01-23")]),
    ("Voting is set for February the 28th, with results by the 5th.",
     [("February the 28th", "2026-02-28"), ("the 5th", "2026-03-05")]),
    ("The truce will end on the 3rd of next month.", [("the 3rd of next month", "2026-03-03")]),
])
def test_time_a_day_of_the_month_alone(text, expected):
    assert [(t, v) for t, _, v in _found(text)] == expected


@pytest.mark.parametrize("text", [
    "The office is on the 5th floor.",
    "He finished on the 3rd hole.",
    "The churches date back to the 11th to 13th century.",
    "In September the 11-nation group set a quota.",
])
def test_time_an_ordinal_that_is_no_day(text):
    assert all(not t.startswith(("the 5th", "the 3rd", "the 11th", "September the")) for t, _, _ in _found(text))


@pytest.mark.parametrize("text", [
    "The scholar Tariq Ramadan spoke in Geneva.",
    "Ramadan Shallah led the group.",
    "He sent an Eid Mubarak card.",
])
def test_time_a_feasts_word_in_a_name_is_no_date(text):
    assert _found(text) == []


def test_time_a_feasts_word_in_a_list_of_names_is_no_date():
    assert _found("Aside from Saddam and Ramadan, the defendants include his half brother.") == []
    assert _one("Ramadan begins on Wednesday.", "Ramadan") == ("DATE", "2026")
    assert _one("Fighting eased and Eid prayers went ahead.", "Eid") == ("DATE", "2025-06-06")


@pytest.mark.parametrize("text,anchor,value", [
    # the day the text gives a feast beside it wins: the country's own feast, the day its
    # moon was sighted
    ("Independence Day celebrations on August 14 were cancelled.", FRI, "2025-08-14"),
    ("Pakistan's Independence Day, August 14, was marked quietly.", FRI, "2025-08-14"),
])
def test_time_a_feast_is_on_the_day_the_text_gives_it(text, anchor, value):
    assert _found(text, anchor=anchor)[0][2] == value


def test_time_a_weekday_far_from_a_feast_leaves_it_alone():
    got = _found("Christmas, which falls on a Monday, will be quiet.", anchor=date(2006, 12, 20))
    assert got[0] == ("Christmas", "DATE", "2006-12-25")


@pytest.mark.model
def test_time_a_feast_takes_its_weekday_beside_it(nlp):
    # the tables put Eid al-Adha 1427 on the Sunday; Afghanistan kept it on the Saturday
    got = _parsed(nlp, "Karzai used the start of the Islamic Eid festival Saturday to call on rebels.",
                  date(2006, 12, 30))
    assert got[0] == ("Eid", "DATE", "2006-12-30")


@pytest.mark.model
def test_time_a_weekday_after_on_may_be_the_verbs_day_not_the_feasts(nlp):
    got = _parsed(nlp, "The Taliban announced a ceasefire for Eid al-Adha on Thursday.", date(2025, 6, 5))
    assert got[0] == ("Eid al-Adha", "DATE", "2025-06-06")


@pytest.mark.parametrize("text,expected", [
    # a dateline's abbreviated weekday and a clock time's seconds
    ("Updated 1:25 PM ET, Fri March 22, 2013", [("1:25 PM ET", "2013-03-22T13:25"),
                                                ("Fri March 22, 2013", "2013-03-22")]),
    ("Posted: Thu, 21 Mar 2013 14:05:00 GMT", [("Thu, 21 Mar 2013", "2013-03-21"),
                                               ("14:05:00 GMT", "2013-03-21T14:05Z")]),
    ("The runners sat March 3 exams.", [("March 3", "2026-03-03")]),
    ("He ran 2:06:20 in Amsterdam.", []),
])
def test_time_a_datelines_abbreviations(text, expected):
    assert [(t, v) for t, _, v in _found(text)] == expected


@pytest.mark.parametrize("text,expected", [
    # with an edge, "the decade" and "the century" are the ones at hand; without, a length
    ("The firm aims to double sales by the end of the decade.", [("the end of the decade", "202")]),
    ("By the middle of the century, seas will rise.", [("the middle of the century", "20")]),
    ("Over the decade, output doubled.", []),
])
def test_time_the_edge_of_the_decade_at_hand(text, expected):
    assert [(t, v) for t, _, v in _found(text)] == expected


@pytest.mark.parametrize("text,value", [
    # "a Monday" is some Monday; "a Monday deadline" is a day of the story's
    ("The attack happened on a Monday.", "XXXX-WXX-1"),
    ("Christmas falls on a Friday this year.", "XXXX-WXX-5"),
    ("The government will face a Monday deadline.", "2026-03-02"),
])
def test_time_an_indefinite_weekday_is_no_day_of_the_story(text, value):
    assert [v for t, _, v in _found(text) if t in ("Monday", "Friday")] == [value]


def test_time_an_indefinite_weekday_dates_no_event():
    found = tag("Gunmen attacked a bus on a Monday.", FRI, doc_id="d")
    assert event_dates(found, FRI) == (None, None, None)  # the event keeps the publication's day


@pytest.mark.parametrize("text,value", [
    # a participle that qualifies a noun tells a thing done, whatever the clause ahead says
    ("A man claiming to be a rebel spokesman warned that the council, elected in September, would become a target.",
     "2025-09"),
    ("The next goal for the index will be the 9,000 points reached in late January.", "2026-01"),
    ("The new envoy will meet the governors appointed in November.", "2025-11"),
    # a plan's participle still looks ahead
    ("The issue will dominate a summit set for Geneva in April.", "2026-04"),
    ("The envoy will attend the talks scheduled for April.", "2026-04"),
])
def test_time_a_participle_qualifying_a_noun_tells_a_thing_done(nlp, text, value):
    assert [v for *_, v in _parsed(nlp, text, FRI)] == [value]


@pytest.mark.parametrize("text,value", [
    # an incident or a raid has happened by the time it is dated, whatever the clause says
    ("The guard on duty during the March 3 incident will testify next week.", "2026-03-03"),
    ("The guard on duty during the December 3 incident will testify.", "2025-12-03"),
    # a takeover is fixed in the calendar: the nearest such day, ahead or gone by
    ("Beijing sees the visit as a protest against the May 1 takeover of the port.", "2026-05-01"),
])
def test_time_a_thing_that_happens_or_is_fixed_by_its_noun(nlp, text, value):
    assert [v for *_, v in _parsed(nlp, text, FRI) if v and v[:4].isdigit()][0] == value


@pytest.mark.parametrize("text,value", [
    # a deadline a simple past tells of was set then: the nearest such day, maybe passed
    ("The old resolution gave the militia until November 30 to disarm.", "2025-11-30"),
    ("The old resolution gave the militia until March 15 to disarm.", "2026-03-15"),
    # a weekday's deadline lies ahead within the week
    ("On Monday the council gave the militia until Saturday to disarm.", "2026-02-28"),
    # one still running is ahead
    ("The council gives the militia until November 30 to disarm.", "2026-11-30"),
])
def test_time_a_deadline_told_in_the_past(nlp, text, value):
    assert [v for t, _, v in _parsed(nlp, text, FRI) if t != "Monday"] == [value]


@pytest.mark.parametrize("text,phrase,value", [
    # a bare "last quarter" is the quarter before the current one; "the last quarter of" a
    # year is its fourth
    ("The company lost money last quarter.", "last quarter", "2026-Q1"),
    ("Last quarter, the company lost money.", "Last quarter", "2026-Q1"),
    ("Sales rose in the last quarter of 2024.", "the last quarter of 2024", "2024-Q4"),
])
def test_time_last_quarter_is_the_one_before(text, phrase, value):
    assert _one(text, phrase, anchor=date(2026, 5, 20)) == ("DATE", value)


def test_time_a_clock_time_takes_no_words_that_name_no_day():
    assert _found("Polls close at 8 p.m. on the day.")[0][0] == "8 p.m."


@pytest.mark.parametrize("text,value", [
    # a "daily" or "monthly" after a verb is how often, though an article stands before the verb
    ("The paper is published daily.", "P1D"),
    ("The index was released monthly.", "P1M"),
])
def test_time_a_frequency_after_a_verb_is_no_newspaper(text, value):
    assert [(typ, v) for _, typ, v in _found(text)] == [("SET", value)]
