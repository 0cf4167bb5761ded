"""One spaCy pipeline, run once over all documents, and the per-document extraction.

``extract_batch`` runs a batch of texts through ``nlp.pipe`` and turns each
parsed document into an Extraction that holds no spaCy objects.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from .actors import extract_actors
from .anchoring import Reference
from .credits import dateline_place, find_credits
from .dating import event_dates
from .event_lexicon import background_words
from .events import extract_events
from .model import Document, Extraction
from .nlp import load_model
from .tense import clause_tense
from .time import tag

__all__ = ["extract_batch", "extract_one"]

def extract_batch(items: list[tuple[Document, bytes | None]], model: str | None = None,
                  keep_parse: bool = False) -> list[tuple[Extraction, bytes | None]]:
    """Extractions for a batch of documents, each with its cached parse or None.

    Documents without a parse go through ``nlp.pipe``; with ``keep_parse`` their
    new parses come back serialised for the cache. This is the unit of work
    every engine runs, in this process, in a worker, or on a cluster.
    """
    from spacy.tokens import Doc

    nlp = load_model(model)
    fresh = [doc for doc, parse in items if parse is None]
    parsed_fresh = nlp.pipe((doc.text for doc in fresh), batch_size=max(1, len(fresh)))
    results = []
    for document, parse in items:
        if parse is None:
            parsed = next(parsed_fresh)
            new_parse = parsed.to_bytes(exclude=["tensor", "user_data"]) if keep_parse else None
        else:
            parsed = Doc(nlp.vocab).from_bytes(parse)
            new_parse = None
        results.append((extract_one(parsed, document), new_parse))
    return results


# clauses that describe a noun ("the bank, which was founded in 1784, ...") rather than
# tell the sentence's event: a date inside one dates only what happens inside it
ASIDE_CLAUSES = ("relcl", "acl")


def _is_aside(node, background: frozenset[str]) -> bool:
    """A describing clause, or a clause or phrase of an earlier act ("since Britain seized
    it in 1841", "after talks collapsed last week", "after the attack on Monday")."""
    if node.dep_ in ASIDE_CLAUSES:
        return True
    if node.dep_ == "advcl":
        return any(c.dep_ == "mark" and c.lower_ in background for c in node.children)
    return node.dep_ == "pobj" and node.head.dep_ == "prep" and node.head.lower_ in background \
        and node.pos_ in ("NOUN", "PROPN") and node.ent_type_ not in ("DATE", "TIME")


def _dates_event(parsed, timex, trigger) -> bool:
    """Whether a temporal expression in the trigger's sentence can date the trigger's event."""
    span = parsed.char_span(timex.start, timex.end, alignment_mode="expand")
    if span is None or trigger is None:
        return True
    background = background_words()
    node = span.root
    while node.head.i != node.i:
        if _is_aside(node, background):
            return node.left_edge.i <= trigger.i <= node.right_edge.i
        node = node.head
    return True


def extract_one(parsed, document: Document) -> Extraction:
    """Everything one parsed document yields."""
    credits = find_credits(document.text)
    excluded = [(c.start, c.end) for c in credits]
    dateline = next((dateline_place(c) for c in credits if c.kind == "dateline"), None)
    document = replace(
        document,
        credits=tuple(c.text.strip() for c in credits if c.kind != "dateline"),
        dateline=dateline,
    )
    anchor = date.fromisoformat(document.date) if document.date else None
    timexes = tag(document.text, anchor, doc_id=document.id, tense_of=clause_tense(parsed))
    reference = Reference.of(anchor, ((t.start, t.value) for t in timexes))
    actors = extract_actors(parsed, doc_id=document.id, excluded=excluded, text=document.text)

    def dates(start: int, end: int, trigger):
        in_sentence = [t for t in timexes if start <= t.start and t.end <= end]
        return event_dates([t for t in in_sentence if _dates_event(parsed, t, trigger)], anchor,
                           text=document.text, reference=reference)

    events, interactions = extract_events(
        parsed, doc_id=document.id, token_actor=actors.token_actor, dates=dates,
        publication=document.date,
        excluded=[(c.start, c.end) for c in credits if c.kind != "dateline"],
    )
    return Extraction(
        document=document,
        actors=actors.actors,
        relations=tuple(dict.fromkeys((*actors.relations, *interactions))),
        events=tuple(events),
        timexes=tuple(timexes),
    )
