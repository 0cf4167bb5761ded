"""Tests of PLOVER event extraction: the cue tables, categories, actors, speakers and claims.
Sentences are short invented news items; the ones that need a parse use the installed pipeline.
"""

from __future__ import annotations

import pytest

from newsgraph.extract.events import (
    Cue,
    event_cues,
    event_modes,
    event_roles,
    extract_events,
)
from newsgraph.extract.lexicon import rows

PLOVER = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
          "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
FLAGS = {"comp", "obj", "object", "active", "future", "charge", "given", "actor", "coop", "armed"}
ROLES = {"speech", "claim", "reverse", "transfer", "intent", "prepare", "future", "obligation",
         "background", "scene", "condition", "timeword", "vague", "armed"}


# -- the cue tables, without a parse -------------------------------------------------------------

def test_events_cue_table_rows_are_well_formed():
    for row in rows("event_cues.tsv"):
        assert 3 <= len(row) <= 5, row
        assert row[1] in {"VERB", "NOUN", "ADJ", "ANY"}, row
        assert row[2] in PLOVER | {"-"}, row
        flags = set(filter(None, row[4].split(","))) if len(row) > 4 else set()
        assert flags <= FLAGS, row


def test_events_cue_table_covers_every_category():
    kinds = {cue.type for cues in event_cues().values() for cue in cues}
    assert kinds == PLOVER | {"-"}


@pytest.mark.parametrize(("key", "pos", "kind", "mode"), [
    ("airstrike", "NOUN", "ASSAULT", "aerial"),
    ("hunger strike", "NOUN", "PROTEST", "strike-hun"),
    ("open fire", "VERB", "ASSAULT", "firearms"),
    ("call for", "VERB", "REQUEST", None),
    ("negotiation", "NOUN", "CONSULT", None),
    ("curfew", "NOUN", "COERCE", "curfew"),
    ("withdraw ambassador", "VERB", "SANCTION", "withdraw"),
    ("attack", "VERB", "ASSAULT", None),
    ("attack", "NOUN", "ASSAULT", None),
])
def test_events_cue_table_lookup(key, pos, kind, mode):
    cue = event_cues()[(key, pos)][0]
    assert (cue.type, cue.mode) == (kind, mode)


def test_events_cue_table_keeps_readings_in_order():
    # a verbal protest with a that-clause is an accusation; otherwise a demonstration
    readings = event_cues()[("protest", "VERB")]
    assert [c.type for c in readings] == ["ACCUSE", "PROTEST"]
    assert readings[0].flags == frozenset({"comp"})


def test_events_cue_is_a_value():
    assert Cue("ASSAULT", "aerial") == Cue("ASSAULT", "aerial")
    assert len({Cue("ASSAULT"), Cue("ASSAULT")}) == 1


def test_events_role_and_mode_tables():
    roles = event_roles()
    assert "speech" in roles["say"] and "reverse" in roles["lift"] and "future" in roles["will"]
    assert {r for rs in roles.values() for r in rs} <= ROLES
    assert event_modes()[("machete", "ASSAULT")] == "primitive"


# -- sentences, with the installed pipeline ------------------------------------------------------

@pytest.fixture(scope="module")
def nlp():
    from newsgraph.extract.nlp import load_model

    return load_model()


@pytest.fixture(scope="module")
def run(nlp):
    """Events and relations of one short document, with actor names instead of ids."""
    from newsgraph.extract.actors import extract_actors

    def _run(text: str, publication: str = "2025-03-14"):
        doc = nlp(text)
        actors = extract_actors(doc, doc_id="t", excluded=[])
        names = {a.key: a.name for a in actors.actors}
        events, relations = extract_events(
            doc, doc_id="t", token_actor=actors.token_actor,
            dates=lambda start, end, trigger: (None, None, None), publication=publication)
        return events, relations, names
    return _run


def _named(ids, names):
    return {names.get(i, i) for i in ids}


@pytest.mark.model
@pytest.mark.parametrize(("text", "kind"), [
    ("Kenya and Uganda agreed to reopen their shared border next month.", "AGREE"),
    ("The Chilean foreign minister visited Argentina on Tuesday.", "CONSULT"),
    ("Negotiators from Armenia and Azerbaijan held talks in Geneva.", "CONSULT"),
    ("Canada praised the election commission of Ghana for its work.", "SUPPORT"),
    ("The government of Peru lifted the curfew in Lima.", "CONCEDE"),
    ("Norway extradited two suspects to Sweden on Monday.", "COOPERATE"),
    ("Japan sent 40 tons of medicine to Nepal after the earthquake.", "AID"),
    ("Ethiopia withdrew its troops from the border town.", "RETREAT"),
    ("The rebels released twelve hostages on Sunday.", "RETREAT"),
    ("Mexico urged Guatemala to tighten controls along the river.", "REQUEST"),
    ("Serbia accused Kosovo of provoking violence in the north.", "ACCUSE"),
    ("Bolivia rejected a proposal from Chile to share the lake.", "REJECT"),
    ("Iran threatened to close the strait to shipping.", "THREATEN"),
    ("Thousands of farmers staged a rally outside the parliament in Paris.", "PROTEST"),
    ("Teachers began a hunger strike in Nairobi on Monday.", "PROTEST"),
    ("Britain expelled two Russian diplomats on Thursday.", "SANCTION"),
    ("The European Union imposed sanctions on Belarus.", "SANCTION"),
    ("Turkey deployed troops along its border with Syria.", "MOBILIZE"),
    ("Police in Dhaka arrested forty opposition activists.", "COERCE"),
    ("The army imposed a curfew in the northern town.", "COERCE"),
    ("Israeli warplanes launched airstrikes on Gaza overnight.", "ASSAULT"),
    ("Gunmen killed five villagers in Plateau state.", "ASSAULT"),
])
def test_events_category_of_the_main_act(run, text, kind):
    events, _, _ = run(text)
    assert kind in {e.type for e in events}, [(e.type, e.trigger) for e in events]


@pytest.mark.model
@pytest.mark.parametrize(("text", "kind"), [
    # a hostile act in the future or under a condition is a threat, not the act
    ("The militia said it would attack the capital if the talks failed.", "THREATEN"),
    ("Any new incursion will be met with a decisive response, Ghana's army said.", "THREATEN"),
    ("Algeria vowed to retaliate against the raid.", "THREATEN"),
    ("Russia will cut gas supplies unless Ukraine pays its debts.", "THREATEN"),
    # a cooperative act in the future is an agreement (a promise)
    ("Germany will provide Ukraine with new air defence systems, the chancellor said.", "AGREE"),
    ("Sudan said it is ready to resume negotiations with the rebels.", "AGREE"),
])
def test_events_future_and_conditional_acts(run, text, kind):
    events, _, _ = run(text)
    assert [e.type for e in events][:1] == [kind], [(e.type, e.trigger) for e in events]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Iraq said its territory will not be used for attacks on neighbouring states.",
    "Ghana denied that it had trained the rebels.",
    "Kenya refused to hand over the suspects.",
])
def test_events_refusals_and_denials_are_reject(run, text):
    events, _, _ = run(text)
    assert events and events[0].type == "REJECT", [(e.type, e.trigger) for e in events]


@pytest.mark.model
def test_events_negated_future_statement_is_negated_reject_by_the_speaker(run):
    events, _, names = run("Iraq said its territory will not be used for attacks on neighbouring states.")
    reject = next(e for e in events if e.type == "REJECT")
    assert reject.negated
    assert _named(reject.source, names) == {"Iraq"}
    assert names.get(reject.attributed_to) == "Iraq"


@pytest.mark.model
@pytest.mark.parametrize(("text", "source", "target"), [
    # active, passive, prepositional agent and object
    ("Egypt accused Ethiopia of endangering the Nile.", {"Egypt"}, {"Ethiopia"}),
    ("Three Malian soldiers were killed by Islamic State fighters.", {"ISIS"}, set()),
    ("Colombia apologized to Ecuador for the raid.", {"Colombia"}, {"Ecuador"}),
    # coordinated subjects and "between X and Y" are both sources
    ("Peru and Bolivia signed a water treaty.", {"Peru", "Bolivia"}, set()),
    ("Fresh clashes broke out between India and China on Tuesday.", {"India", "China"}, set()),
])
def test_events_source_and_target(run, text, source, target):
    events, _, names = run(text)
    assert events, text
    event = events[0]
    assert source <= _named(event.source, names), (event, names)
    assert target <= _named(event.target, names), (event, names)


@pytest.mark.model
def test_events_reported_accusation_and_its_claim(run):
    events, relations, names = run("Rwanda claims the government of Burundi is giving support to the rebels.")
    accuse = next(e for e in events if e.type == "ACCUSE")
    assert _named(accuse.source, names) == {"Rwanda"}
    assert "Burundi" in " ".join(_named(accuse.target, names))
    claims = [e for e in events if e.claim]
    assert claims and all(names.get(e.attributed_to) == "Rwanda" for e in claims)
    # the accusation links the two in the network; the claim itself is no established fact
    kinds = {(names.get(r.source), r.type) for r in relations}
    assert ("Rwanda", "accuses") in kinds
    assert not any(r.type == "supports" for r in relations)


@pytest.mark.model
def test_events_speaker_of_a_quote(run):
    text = '"We will never accept foreign troops on our soil," the Somali president said on Friday.'
    events, _, _ = run(text)
    assert events
    assert all(e.attributed_to is not None for e in events)


@pytest.mark.model
def test_events_speech_alone_is_no_event(run):
    events, _, _ = run("The Kenyan president said the economy grew by five percent last year.")
    assert events == []


@pytest.mark.model
def test_events_one_event_for_a_demand_and_its_content(run):
    events, _, names = run("The United Nations demanded that Myanmar release the detained journalists.")
    assert [e.type for e in events] == ["REQUEST"]
    assert "Myanmar" in _named(events[0].target, names)


@pytest.mark.model
def test_events_threat_mode_comes_from_the_threatened_act(run):
    events, _, _ = run("The junta threatened to impose a curfew in the capital.")
    assert (events[0].type, events[0].mode) == ("THREATEN", "curfew")


@pytest.mark.model
def test_events_mode_from_the_weapon_named(run):
    events, _, _ = run("Rebel tanks fired on government positions near Goma.")
    assert (events[0].type, events[0].mode) == ("ASSAULT", "heavy-weapons")


@pytest.mark.model
def test_events_interactions_become_relations(run):
    _, relations, names = run("Fresh clashes broke out between India and China on Tuesday.")
    pairs = {(names.get(r.source), r.type, names.get(r.target)) for r in relations}
    assert ("India", "conflict_with", "China") in pairs
    assert all(r.evidence.text.startswith("Fresh clashes") for r in relations)


@pytest.mark.model
def test_events_background_act_gives_way_to_the_main_one(run):
    events, _, _ = run("Chad declared a ceasefire on Monday after weeks of fighting.")
    assert [e.type for e in events] == ["RETREAT"]


@pytest.mark.model
def test_events_publication_date_and_offsets(run):
    text = "Police arrested the mayor of Lagos. Thousands of people protested in the city."
    events, _, _ = run(text, publication="2025-03-14")
    assert [e.type for e in events] == ["COERCE", "PROTEST"]
    for event in events:
        assert event.date == "2025-03-14" and event.date_source == "publication"
        assert text[event.start:event.end] == event.sentence
        assert text[event.trigger_start:].startswith(event.trigger)


@pytest.mark.model
def test_events_excluded_spans_make_no_event(nlp):
    text = "Soldiers attacked the village. (Photo: attack survivors)"
    doc = nlp(text)
    start = text.index("(Photo")
    events, _ = extract_events(doc, doc_id="t", token_actor={}, dates=lambda s, e, trigger: (None, None, None),
                               publication=None, excluded=[(start, len(text))])
    assert [e.trigger for e in events] == ["attacked"]


@pytest.mark.model
@pytest.mark.parametrize(("text", "kind"), [
    ("Russian drones and missiles hit the city. Officials said the strikes hit a power plant.", "ASSAULT"),
    ("Dock workers walked out on Monday. Union leaders said the strike would continue.", "PROTEST"),
])
def test_events_strike_reads_as_arms_or_walkout_by_its_document(run, text, kind):
    events, _, _ = run(text)
    assert any(e.type == kind and e.trigger.lower().startswith("strike") for e in events), \
        [(e.type, e.trigger) for e in events]
