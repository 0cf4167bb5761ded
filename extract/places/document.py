"""Every place a document names, as ``Place`` records: its mentions resolved and grouped by entry,
and the roads and crossings the gazetteer does not know placed beside them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

from ..gazetteer import Entry
from ..lexicon import facility_heads
from ..model import Place, slugify
from .mentions import Mention, country_evidence, dateline_mentions, find_mentions, trimmed
from .resolution import resolve

__all__ = ["find_places", "place_id"]

# the more specific a place, the better it locates a road or a crossing beside it
SPECIFICITY = {"other": 0, "city": 1, "admin1": 2, "country": 3}


def place_id(entry: Entry) -> str:
    """A place's stable id: its name and GeoNames id (or its country).

    >>> place_id(Entry("Kabul", "city", "AFG", 34.5, 69.2, 1138958))
    'kabul-1138958'
    """
    tail = str(entry.geonameid) if entry.geonameid else (entry.country or "x").lower()
    return f"{slugify(entry.name)}-{tail}"


def find_places(doc, *, text: str | None = None, excluded: Sequence[tuple[int, int]] = (),
                dateline: tuple[int, int] | None = None) -> tuple[Place, ...]:
    """Every place the document names, resolved, with the offsets of its mentions.

    ``excluded`` spans (credits) hold no places; ``dateline`` is the dateline's span, whose
    place is where the report was filed.
    """
    text = doc.text if text is None else text
    ents = list(doc.ents)  # Doc.ents makes new spans on every read
    named = find_mentions(doc, ents, text, [span for span in excluded if span != dateline])
    on_dateline = [m for m in dateline_mentions(text, dateline)
                   if not any(m.start < n.end and n.start < m.end for n in named)]
    in_dateline = [m for m in named if dateline and dateline[0] <= m.start < dateline[1]]
    for n, m in enumerate(in_dateline):
        m.dateline = True
        if n == 0 and m.wording is None:
            m.wording = "city"  # a dateline names the city the report was filed from ("WASHINGTON --")
    mentions = sorted(named + on_dateline, key=lambda m: m.start)
    if not mentions:
        return ()
    resolve(mentions, country_evidence(mentions, ents))
    grouped: dict[Entry, list[Mention]] = defaultdict(list)
    for m in mentions:
        grouped[m.resolved].append(m)
    places = []
    for entry, group in grouped.items():
        places.append(Place(place_id(entry), entry.name, entry.feature, entry.country, entry.lat, entry.lon,
                            entry.geonameid, tuple((m.start, m.end, m.text) for m in group)))
    places.extend(_facilities(ents, text, mentions, excluded))
    return tuple(sorted(places, key=lambda p: p.key))


def _facilities(ents: Sequence, text: str, mentions: Sequence[Mention], excluded) -> Iterable[Place]:
    """Roads, crossings and bases the gazetteer does not know ("the Pak-Afghan Highway"): placed at
    the most specific place their sentence names, under their own name (no GeoNames id)."""
    heads = facility_heads()
    taken = [(m.start, m.end) for m in mentions] + list(excluded)
    grouped: dict[tuple, list[tuple[int, int, str]]] = defaultdict(list)
    for ent in ents:
        if ent.label_ not in ("FAC", "LOC", "ORG") or ent[-1].lower_ not in heads:
            continue
        start, end = trimmed(text, ent.start_char, ent.end_char)
        if end <= start or any(start < e and s < end for s, e in taken):
            continue
        sent = ent.sent
        beside = [m for m in mentions if sent.start_char <= m.start < sent.end_char and m.resolved.lat is not None]
        if not beside:
            continue
        where = min(beside, key=lambda m: (SPECIFICITY[m.resolved.feature], abs(m.start - start)))
        name = text[start:end]
        grouped[(slugify(name), name, where.resolved)].append((start, end, name))
    for (slug, name, entry), spans in grouped.items():
        yield Place(f"{slug}-{(entry.country or 'x').lower()}", name, "other", entry.country, entry.lat, entry.lon,
                    None, tuple(spans))

