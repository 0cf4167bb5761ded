"""A small build in memory, for trying the API and for the examples of the docstrings."""

from __future__ import annotations

from .api import Newsgraph

__all__ = ["sample"]


def sample() -> Newsgraph:
    """A small Newsgraph in memory, for trying the API: four actors, three relations, three events.

    >>> sample()
    <Newsgraph: 4 actors, 3 relations, 3 events>
    """
    strike = "Pakistani jets struck targets in Kabul on Friday."
    clash = "Troops of both countries clashed at the border on Thursday and Friday."
    reject = "Mujahid, a spokesman for the Islamic Emirate, rejected the accusations on Saturday."
    text = " ".join((strike, clash, reject))

    def ev(sentence):
        start = text.index(sentence)
        return {"doc_id": "border-report", "start": start, "end": start + len(sentence), "text": sentence}

    def event(event_id, kind, sentence, source, target, day, day_end=None, **extra):
        e = ev(sentence)
        return {"id": event_id, "type": kind, "date": day, "date_end": day_end, "source": source, "target": target,
                "doc_id": e["doc_id"], "sentence": sentence, "start": e["start"], "end": e["end"], **extra}

    actors = [
        {"id": "afghanistan", "name": "Afghanistan", "type": "country", "country": "AFG",
         "aliases": ["Afghanistan", "Kabul"], "mentions": 2},
        {"id": "islamic-emirate-of-afghanistan", "name": "Islamic Emirate of Afghanistan", "type": "government",
         "country": "AFG", "aliases": ["Islamic Emirate", "Islamic Emirate of Afghanistan"], "mentions": 1},
        {"id": "pakistan", "name": "Pakistan", "type": "country", "country": "PAK", "aliases": ["Pakistani"],
         "mentions": 3},
        {"id": "zabihullah-mujahid", "name": "Zabihullah Mujahid", "type": "person",
         "aliases": ["Mujahid", "Zabihullah Mujahid"], "roles": ["spokesperson"], "mentions": 1},
    ]
    for a in actors:
        a["documents"] = ["border-report"]
    relations = [
        {"id": "rel-conflict", "source": "pakistan", "target": "afghanistan", "type": "conflict_with",
         "evidence": [ev(clash)]},
        {"id": "rel-governs", "source": "islamic-emirate-of-afghanistan", "target": "afghanistan",
         "type": "governs", "evidence": [ev(reject)]},
        {"id": "rel-spokesperson", "source": "zabihullah-mujahid", "target": "islamic-emirate-of-afghanistan",
         "type": "spokesperson_for", "evidence": [ev(reject)]},
    ]
    events = [
        event("ev-strike", "ASSAULT", strike, ["pakistan"], ["afghanistan"], "2026-02-27", mode="aerial",
              date_text="Friday", date_source="text", place="Kabul", place_id="kabul-1138958"),
        event("ev-clash", "ASSAULT", clash, ["afghanistan", "pakistan"], [], "2026-02-26", "2026-02-27",
              mode="firearms", date_text="Thursday and Friday", date_source="text"),
        event("ev-reject", "REJECT", reject, ["islamic-emirate-of-afghanistan"], ["pakistan"], "2026-02-28",
              date_text="Saturday", date_source="text", attributed_to="zabihullah-mujahid"),
    ]
    documents = [{"id": "border-report", "path": "border-report.txt", "date": "2026-02-28",
                  "title": "Border clashes", "source": None, "status": "ok", "reason": None, "sha256": None}]
    kabul = text.index("Kabul")
    places = [{"id": "kabul-1138958", "name": "Kabul", "feature": "city", "country": "AFG", "lat": 34.52813,
               "lon": 69.17233, "geonameid": 1138958,
               "mentions": [{"doc_id": "border-report", "start": kabul, "end": kabul + 5, "text": "Kabul"}]}]
    return Newsgraph.from_tables(actors=actors, relations=relations, events=events, documents=documents,
                                 places=places)
