"""Places of a build as records: a place found by name, and the places within a distance of it.

The questions ``Newsgraph.places()`` and ``Newsgraph.events(near=..., km=...)`` ask of places.jsonl;
a name the build never saw is looked up in the gazetteer, so "near Kabul" works in any build.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ...extract.gazetteer import gazetteer, name_key
from ...extract.model import Place as PlaceRecord
from ...extract.places import distance_km
from .results import Result

__all__ = ["Place", "place_record", "find_place", "within_km"]


@dataclass(frozen=True, slots=True)
class Place(Result):
    """One row of places.jsonl, with how often and where it is named and how many events happen there."""

    id: str
    name: str
    feature: str
    country: str | None
    lat: float | None
    lon: float | None
    geonameid: int | None
    mentions: int
    documents: tuple[str, ...]
    events: int


def place_record(row: dict, events: int = 0) -> Place:
    mentions = row.get("mentions") or []
    p = PlaceRecord.from_row(row)
    return Place(p.key, p.name, p.feature, p.country, p.lat, p.lon, p.geonameid, len(mentions),
                 tuple(sorted({m["doc_id"] for m in mentions})), events)


def find_place(rows: Iterable[dict], name: str) -> tuple[str, float, float] | None:
    """(name, lat, lon) of the place called ``name``: a place of the build (by id, name or any
    mention, the most mentioned first), else the gazetteer's likeliest sense; None if unknown.

    >>> find_place([{"id": "kabul-1", "name": "Kabul", "lat": 34.5, "lon": 69.2, "mentions": []}], "KABUL")
    ('Kabul', 34.5, 69.2)
    """
    key = name_key(name)
    matches = [r for r in rows if r.get("lat") is not None and (
        r["id"] == name or name_key(r["name"]) == key
        or any(name_key(m["text"]) == key for m in r.get("mentions") or []))]
    if matches:
        best = max(matches, key=lambda r: (len(r.get("mentions") or []), r["id"]))
        return best["name"], best["lat"], best["lon"]
    prior = {"country": 3, "admin1": 2, "other": 1}
    candidates = [e for e in gazetteer().candidates(name) if e.lat is not None]
    if not candidates:
        return None
    best = max(candidates, key=lambda e: (prior.get(e.feature, 0), e.population, -(e.geonameid or 0)))
    return best.name, best.lat, best.lon


def within_km(rows: Iterable[dict], lat: float, lon: float, km: float) -> set[str]:
    """Ids of the places no farther than ``km`` from (lat, lon).

    >>> rows = [{"id": "a", "lat": 34.5, "lon": 69.2}, {"id": "b", "lat": 33.7, "lon": 73.0},
    ...         {"id": "c", "lat": None, "lon": None}]
    >>> sorted(within_km(rows, 34.5, 69.2, 100)), sorted(within_km(rows, 34.5, 69.2, 400))
    (['a'], ['a', 'b'])
    """
    return {r["id"] for r in rows if r.get("lat") is not None and distance_km(lat, lon, r["lat"], r["lon"]) <= km}
