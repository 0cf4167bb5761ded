"""The casualty figures of one parsed document: each count in a casualty frame, with its kind, its
victims, who reports it and the event it belongs to.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..events.cues import event_roles
from ..model import Actor, Event, Figure
from .frames import distinct, frame_kinds, own_kinds
from .reporters import Sources, reporter_phrase
from .victims import ARTICLES, Count, counts_in, victims_text
from .words import figure_words, kind_in, names_people, people_only

__all__ = ["extract_figures"]

SUBSET_PREPS = figure_words("subset_prep")


def _kinds_of(f: Count) -> list[tuple[str, object]]:
    """The kinds of figure a count gives, each with the word that gives it."""
    victim = f.victim
    if victim is not None and kind_in(victim, "state") and victim.pos_ in ("ADJ", "VERB", "NOUN"):
        return [(kind_in(victim, "state"), victim)]  # "nine dead", "another injured"
    if victim is None and f.root.dep_ == "det" and kind_in(f.root.head, "state"):
        return [(kind_in(f.root.head, "state"), f.root.head)]
    if f.anchor is f.root and victim is not None:
        return distinct(own_kinds(victim) + frame_kinds(f.root))
    return frame_kinds(f.anchor)


def _subset_of(word) -> bool:
    """A count inside "including ..." or "among ..." (a part of a figure told just before)."""
    y = word
    while y.dep_ == "conj" and y.head != y:
        y = y.head
    return y.dep_ == "pobj" and y.head.lower_ in SUBSET_PREPS


def _unreal(word) -> bool:
    """Whether the casualty word tells of no harm done: negated ("were not hurt"), future or conditional
    ("would kill", "will be detained"), or only intended ("threatened to kill 20 hostages")."""
    for c in word.children:
        if c.dep_ == "neg":
            return True
        if c.dep_ in ("aux", "auxpass") and ("future" in event_roles().get(c.lower_, ()) or kind_in(c, "unreal")):
            return True
    head = word.head
    return word.dep_ == "xcomp" and ("intent" in event_roles().get(head.lemma_.lower(), ())
                                     or "intent" in event_roles().get(head.lower_, ()))


def _event_for(doc, word, events: list[Event]) -> str | None:
    """The event of the figure's sentence whose trigger is closest to the casualty word in the parse."""
    sent = word.sent
    here = [e for e in events if e.start <= word.idx < e.end or sent.start_char <= e.trigger_start < sent.end_char]
    if not here:
        return None
    ancestors = {a.i: n for n, a in enumerate([word, *word.ancestors])}

    def distance(event: Event) -> tuple:
        first = (event.trigger.split() or [" "])[0]
        trigger = doc.char_span(event.trigger_start, event.trigger_start + len(first), alignment_mode="expand")
        t = trigger.root if trigger is not None else None
        if t is None:
            return (3, 0, event.trigger_start)
        if t.i in ancestors:
            return (0, ancestors[t.i], event.trigger_start)
        if word in t.ancestors or word == t:
            return (1, 0, event.trigger_start)
        return (2, abs(t.i - word.i), event.trigger_start)

    return min(here, key=distance).id


def extract_figures(doc, *, doc_id: str, token_actor: dict[int, str], events: Iterable[Event] = (),
                    actors: Iterable[Actor] = (), text: str | None = None
                    ) -> tuple[tuple[Figure, ...], tuple[Actor, ...]]:
    """The casualty figures of a parsed document, and the actors made for sources it only describes.

    ``text`` is the document's text when the caller has it (``doc.text`` joins every token again).
    """
    events = list(events)
    text = doc.text if text is None else text
    sources = Sources(doc, doc_id, token_actor, actors, text)
    figures: list[Figure] = []
    last: list[tuple[str, object, object]] = []   # kinds of the sentence's latest figure, for "including ..."
    last_sentence = None
    for f in counts_in(doc, text):
        anchor = f.anchor
        if anchor.sent.start != last_sentence:
            last, last_sentence = [], anchor.sent.start
        subset = _subset_of(anchor)
        kinds = _kinds_of(f)
        if subset and last:
            kinds = [(k, w) for k, w, _ in last]
        elif subset:
            owner = anchor
            while owner.dep_ == "conj":
                owner = owner.head
            kinds = frame_kinds(owner.head.head)
        if not kinds:
            continue
        people = f.victim is not None and f.victim.pos_ in ("NOUN", "PROPN") and names_people(f.victim)
        if f.root.lower_ in ARTICLES and f.end - f.start == len(f.root) and not people and not (
                f.root.lower_ == "another" and (f.victim is None or kind_in(f.victim, "state"))):
            continue  # an article counts a person: "a soldier", not "a town" or "a demonstration"
        if f.victim is not None and kind_in(f.victim, "thing"):
            continue
        kinds = [(k, w) for k, w in kinds if (people or w.lemma_.lower() not in people_only())
                 and (f.high == 0 or not _unreal(w))]
        if not kinds:
            continue
        after = f.after
        named = f.victim if f.victim is not None and not kind_in(f.victim, "state") else None  # "nine dead"
        victims = victims_text(doc, text, named, after if named is not None and named.i >= after else 0)
        current = []
        for kind, word in kinds:
            reporter = sources.actor_of(reporter_phrase(word))
            figures.append(Figure(
                doc_id=doc_id, kind=kind, min=f.low, max=f.high, text=text[f.start:f.end], start=f.start,
                end=f.end, victims=victims, reported_by=reporter, event_id=_event_for(doc, word, events),
                subset=subset))
            current.append((kind, word, reporter))
        last = current
    return tuple(figures), sources.actors()
