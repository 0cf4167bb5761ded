"""Each place name resolved to one gazetteer entry by the document's context.

A name means the candidate that best fits the whole document: the countries it mentions, the
region named with it ("Kirkuk, Iraq", "Louisville, Ky."), the wording ("the city of",
"province"), the dateline; population is the prior, and a name keeps one sense per document.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Sequence

from ..gazetteer import Entry, name_key
from .mentions import Mention, names_region

__all__ = ["resolve", "distance_km"]

# a candidate's prior: countries and regions before cities, cities by their population (log10)
FEATURE_PRIOR = {"country": 9.5, "admin1": 6.5, "other": 6.5}
CAPITAL_PRIOR = 1.0
# the document's countries: a candidate in one of them gains up to 2, one outside them loses 1.5
CONTEXT_BONUS, CONTEXT_SHARE, OUTSIDE_PENALTY = 1.0, 1.0, 1.5
# a named region ("in Texas") favours the places in it
REGION_BONUS = 2.5
# an explicit container ("Kirkuk, Iraq") decides between candidates
CONTAINER_WEIGHT = 6.0
WORDING_WEIGHT = 3.0
# a region without an admin1 code contains the cities this close to its point
REGION_RADIUS_KM = 300.0


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance on a sphere of radius 6371 km.

    >>> round(distance_km(34.5281, 69.1723, 33.7215, 73.0433))  # Kabul to Islamabad
    367
    """
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


def _in_region(entry: Entry, region: Entry) -> bool:
    if region.feature == "country":
        return entry.country == region.country
    if entry.country != region.country or entry is region:
        return False
    if region.admin1 and entry.admin1:
        return entry.admin1 == region.admin1
    if region.lat is None or entry.lat is None:
        return False
    return distance_km(entry.lat, entry.lon, region.lat, region.lon) <= REGION_RADIUS_KM


def _score(entry: Entry, mentions: Sequence[Mention], evidence: Counter, regions: Sequence[Entry]) -> float:
    score = FEATURE_PRIOR.get(entry.feature, math.log10(entry.population + 10))
    if entry.capital:
        score += CAPITAL_PRIOR
    total = sum(evidence.values())
    if total:
        if evidence[entry.country]:
            score += CONTEXT_BONUS + CONTEXT_SHARE * evidence[entry.country] / total
        else:
            score -= OUTSIDE_PENALTY
    if entry.feature not in ("country",) and any(_in_region(entry, r) for r in regions):
        score += REGION_BONUS
    for m in mentions:
        if m.container is not None:
            holders = [m.container.resolved] if m.container.resolved else m.container.candidates
            score += CONTAINER_WEIGHT if any(_in_region(entry, h) for h in holders) else -CONTAINER_WEIGHT
        if m.wording:
            score += WORDING_WEIGHT if entry.feature == m.wording else -WORDING_WEIGHT
    return score


def resolve(mentions: Sequence[Mention], evidence: Counter) -> None:
    """Give every mention its entry: one sense per name, in two passes.

    The first pass reads the countries and regions the document names; the second adds the
    countries of the cities the first placed, then decides again.
    """
    by_name: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        by_name[name_key(m.text)].append(m)
    # containers first: "Iraq" in "Kirkuk, Iraq" is settled before Kirkuk is weighed
    order = sorted(by_name, key=lambda k: not any(names_region(m.candidates) for m in by_name[k]))
    for pass_ in (1, 2):
        regions = [m.resolved for m in mentions if m.resolved and m.resolved.feature in ("country", "admin1")]
        if pass_ == 1:
            regions = [m.candidates[0] for m in mentions
                       if len({c.feature for c in m.candidates}) == 1 and len(m.candidates) == 1
                       and m.candidates[0].feature in ("country", "admin1")]
        for key in order:
            group = by_name[key]
            candidates = group[0].candidates
            best = max(candidates, key=lambda c: (_score(c, group, evidence, regions), c.population))
            for m in group:
                m.resolved = best
        if pass_ == 1:
            evidence = evidence.copy()
            for key in order:
                entry = by_name[key][0].resolved
                if entry is not None and entry.feature == "city":
                    evidence[entry.country] += 0.5

