"""One spaCy pipeline, run once over all documents, and the per-document extraction.

``extract_all`` batches the texts through ``nlp.pipe`` and turns each parsed
document into an Extraction that holds no spaCy objects.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date

from .actors import extract_actors
from .credits import dateline_place, find_credits
from .events import extract_events
from .model import Document, Extraction
from .nlp import load_model
from .time import event_dates, tag

__all__ = ["extract_all", "extract_one", "PIPELINE_VERSION"]

PIPELINE_VERSION = "1"


def extract_all(documents: Iterable[Document], *, model: str | None = None,
                batch_size: int = 32) -> Iterator[Extraction]:
    """Extractions for every document, in input order; skipped ones pass through."""
    nlp = load_model(model)
    pending: list[Document] = []

    def flush() -> Iterator[Extraction]:
        texts = ((d.text, d) for d in pending)
        for parsed, document in nlp.pipe(texts, as_tuples=True, batch_size=batch_size):
            yield extract_one(parsed, document)
        pending.clear()

    for document in documents:
        if document.status != "ok":
            yield from flush()
            yield Extraction(document=document)
            continue
        pending.append(document)
        if len(pending) >= batch_size:
            yield from flush()
    yield from flush()


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
    timexes = tag(document.text, anchor, doc_id=document.id)
    actors = extract_actors(parsed, doc_id=document.id, excluded=excluded)

    def dates(start: int, end: int):
        return event_dates([t for t in timexes if start <= t.start and t.end <= end], anchor)

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
