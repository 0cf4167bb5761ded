"""One spaCy pipeline, run once over all documents, and the per-document extraction.

``extract_batch`` runs a batch of texts through ``nlp.pipe`` and turns each
parsed document into an Extraction that holds no spaCy objects.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from .actors import extract_actors
from .credits import dateline_place, find_credits
from .events.builder import extract_events
from .events.sides import Sides
from .figures import extract_figures
from .model import Document, Extraction
from .nlp import load_model
from .places import country_at, find_places, place_of_event
from .time.anchoring import Reference
from .time.dating import date_events
from .time.tagger import tag
from .time.tense import clause_tense, told_aside

__all__ = ["extract_batch", "extract_one", "failed"]

def extract_batch(items: list[tuple[Document, bytes | None]], model: str | None = None,
                  keep_parse: bool = False) -> list[tuple[Extraction, bytes | None]]:
    """Extractions for a batch of documents, each with its cached parse or None.

    Documents without a parse go through ``nlp.pipe``; with ``keep_parse`` their
    new parses come back serialised for the cache. This is the unit of work
    every engine runs, in this process, in a worker, or on a cluster. A
    document whose parse or extraction fails is skipped with the reason; the
    others in the batch are not affected.
    """
    from spacy.tokens import Doc

    nlp = load_model(model)
    parsed: dict[int, object] = {}
    for n, (_, parse) in enumerate(items):
        if parse is not None:
            try:
                parsed[n] = Doc(nlp.vocab).from_bytes(parse)
            except Exception:  # a damaged cached parse: parse the text again
                pass
    fresh = [n for n in range(len(items)) if n not in parsed]
    try:
        parsed.update(zip(fresh, nlp.pipe((items[n][0].text for n in fresh), batch_size=max(1, len(fresh))),
                          strict=True))
    except Exception:  # one text breaks the batch: parse them one by one to find it
        for n in fresh:
            try:
                parsed[n] = nlp(items[n][0].text)
            except Exception as err:
                parsed[n] = err
    results = []
    for n, (document, _) in enumerate(items):
        doc = parsed[n]
        if isinstance(doc, Exception):
            results.append((failed(document, "parse", doc), None))
            continue
        new_parse = doc.to_bytes(exclude=["tensor", "user_data"]) if keep_parse and n in fresh else None
        try:
            results.append((extract_one(doc, document), new_parse))
        except Exception as err:
            results.append((failed(document, "extraction", err), None))
    return results


def failed(document: Document, stage: str, err: BaseException) -> Extraction:
    """A document whose ``stage`` failed: skipped, with the error as its reason.

    >>> err = OverflowError("date value out of range")
    >>> failed(Document(id="d", path="d.txt", text="x"), "extraction", err).document.warnings
    ('extraction failed: OverflowError: date value out of range',)
    """
    reason = f"{stage} failed: {type(err).__name__}: {err}"
    return Extraction(document=replace(document, status="skipped", warnings=(*document.warnings, reason)))


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
    reference = Reference(anchor)
    timexes = tag(document.text, anchor, doc_id=document.id, tense_of=clause_tense(parsed),
                  aside=told_aside(parsed), reference=reference)
    actors = extract_actors(parsed, doc_id=document.id, excluded=excluded, text=document.text)
    events, interactions = extract_events(
        parsed, doc_id=document.id, token_actor=actors.token_actor,
        excluded=[(c.start, c.end) for c in credits if c.kind != "dateline"],
    )
    sides = Sides(actors.actors)
    events = date_events(parsed, sides.events(events), timexes, publication=document.date, reference=reference)
    figures, sources = extract_figures(parsed, doc_id=document.id, token_actor=actors.token_actor, events=events,
                                       actors=actors.actors, text=document.text)
    dateline_span = next(((c.start, c.end) for c in credits if c.kind == "dateline"), None)
    places = find_places(parsed, text=document.text, excluded=excluded, dateline=dateline_span)
    return Extraction(
        document=document,
        actors=(*_with_countries(actors.actors, places), *sources),
        relations=tuple(dict.fromkeys((*actors.relations, *sides.relations(interactions)))),
        events=tuple(replace(e, place_id=place_of_event(places, e.start, e.end, e.place,
                                                                       document.text)) for e in events),
        timexes=tuple(timexes),
        figures=figures,
        places=places,
    )


def _with_countries(actors, places):
    """Places that are actors (location actors, cities) carry the country their place is in."""
    return tuple(replace(a, country=country_at(places, a.spans)) if a.type == "location" and not a.country
                 else a for a in actors)
