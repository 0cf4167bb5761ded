"""Place names in a parsed document, each resolved to one gazetteer entry by the document's context.

A name means the candidate that best fits the whole document: the countries it
mentions, the region named with it ("Kirkuk, Iraq", "Louisville, Ky."), the wording
("the city of", "province"), the dateline; population is the prior, and a name keeps
one sense per document. Demonyms and capitals that speak for their state are no places.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache

from .countries import country_code
from .gazetteer import Entry, gazetteer, name_key
from .lexicon import facility_heads, known_actors, metonymy_verbs, place_heads, place_wording
from .model import Place, slugify

__all__ = ["find_places", "resolve", "distance_km", "place_id", "place_of_event", "country_at"]

PLACE_LABELS = {"GPE", "LOC", "FAC"}
# labels the recogniser gives place names by mistake: kept only when they name a country or region
NAME_LABELS = {"ORG", "PERSON", "NORP"}
# where a capital stands when it speaks or acts for its state ("Moscow said")
ACTING_DEPS = {"nsubj", "nsubjpass", "agent"}
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
# a name whose country candidates lie in one country tells the document's country; small towns
# of the same name do not make it ambiguous
EVIDENCE_MIN_POPULATION = 100_000
# a proper name the recogniser did not call a place is one when it names a city this big
# (or a city of a country the document speaks of)
BIG_CITY = 100_000
MAX_NAME_TOKENS = 4


@dataclass(slots=True)
class _Mention:
    start: int
    end: int
    text: str
    candidates: tuple[Entry, ...]
    wording: str | None = None  # the feature the wording asks for
    container: _Mention | None = None  # "Kirkuk, Iraq": the mention after the comma
    dateline: bool = False
    resolved: Entry | None = field(default=None)


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance on a sphere of radius 6371 km.

    >>> round(distance_km(34.5281, 69.1723, 33.7215, 73.0433))  # Kabul to Islamabad
    367
    """
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


def place_id(entry: Entry) -> str:
    """A place's stable id: its name and GeoNames id (or its country).

    >>> place_id(Entry("Kabul", "city", "AFG", 34.5, 69.2, 1138958))
    'kabul-1138958'
    """
    tail = str(entry.geonameid) if entry.geonameid else (entry.country or "x").lower()
    return f"{slugify(entry.name)}-{tail}"


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """A name's span without a leading article, a trailing possessive or punctuation."""
    span = text[start:end]
    lead = re.match(r"(?:the|The|THE)\s+", span)
    if lead:
        start += lead.end()
    tail = re.search(r"(?:['’]s|(?<=s)['’]|[\s,;:\"“”()])+$", text[start:end])
    if tail:
        end = start + tail.start()
    # a final dot ends the sentence unless it ends an abbreviation ("Ky.", "U.S.")
    if end > start and text[end - 1] == "." and not re.search(r"(?:^|[\s.])[A-Za-z]{1,4}\.$", text[start:end]):
        end -= 1
    return start, end


def _parts(text: str, start: int, end: int) -> Iterable[tuple[int, int]]:
    """ "Edmonton, Alta." taken as one name: each part between commas."""
    offset = start
    for piece in re.split(r"(,\s*)", text[start:end]):
        if piece and not re.fullmatch(r",\s*", piece):
            yield _trimmed(text, offset, offset + len(piece))
        offset += len(piece)


def _lookup(name: str) -> tuple[tuple[Entry, ...], str | None]:
    """Candidates for a name and the feature its own last words ask for ("Helmand province",
    "Torkham Border Terminal")."""
    found = gazetteer().candidates(name)
    if found:
        return found, None
    words = name.split()
    wording = place_wording()
    heads = place_heads()
    for cut in (1, 2):
        if len(words) <= cut:
            break
        tail = [w.lower() for w in words[-cut:]]
        if not all(w in heads or (w, "after") in wording for w in tail):
            break
        head = " ".join(words[:-cut])
        found = gazetteer().candidates(head)
        if found:
            return found, wording.get((tail[-1], "after"), "other")
    return (), None


def _wording(doc, span) -> str | None:
    """The feature "the city of X" or "X province" asks for."""
    wording = place_wording()
    if span.start >= 2 and doc[span.start - 1].lower_ == "of":
        hint = wording.get((doc[span.start - 2].lower_, "before"))
        if hint:
            return hint
    if span.end < len(doc):
        return wording.get((doc[span.end].lower_, "after"))
    return None


def _is_metonymy(span, candidates: Sequence[Entry]) -> bool:
    """A capital that says or does something for its state: "Washington warned", "Moscow said"."""
    root = span.root
    if root.dep_ not in ACTING_DEPS or root.head.lemma_.lower() not in metonymy_verbs():
        return False
    return any(c.capital for c in candidates)


def _is_named_region(candidates: Sequence[Entry]) -> bool:
    return any(c.feature in ("country", "admin1") for c in candidates)


def _mentions(doc, ents: Sequence, text: str, excluded: Sequence[tuple[int, int]]) -> list[_Mention]:
    """Place names among the recogniser's entities, then in the proper names it left out or
    took for part of an organisation's ("Kentucky State Police", "Winnipeg police")."""
    person_words = _person_words(ents)
    found = _entity_mentions(doc, ents, text, excluded, person_words)
    evidence = _evidence(list(found.values()), ents)
    for m in _name_mentions(doc, ents, text, excluded, found, evidence, person_words):
        found[(m.start, m.end)] = m
    mentions = sorted(found.values(), key=lambda m: m.start)
    for before, after in zip(mentions, mentions[1:], strict=False):
        # "Kirkuk, Iraq", "Louisville, Ky.": the second names what holds the first
        if re.fullmatch(r",\s*", text[before.end:after.start]) and _is_named_region(after.candidates):
            before.container = after
    return mentions


def _name_mentions(doc, ents: Sequence, text: str, excluded, found: dict, evidence: Counter,
                   person_words: set[str]) -> Iterable[_Mention]:
    """Runs of proper nouns outside any person's name that the gazetteer knows by their own name:
    a country or region always; a city when it is big, or when it begins a name the recogniser
    found ("Winnipeg Animal Emergency Hospital") in a country the document speaks of.

    A run that ends a longer name is a place only when it is a region or a big city ("Environment
    Canada", "CBC Toronto"; not the town of Bingham in "Camp Bingham"); a known actor's name
    ("Xinhua") or the surname of a person the document names ("Bingham") is none. "U.S.-led" names
    the U.S.
    """
    taken = [(s, e) for s, e in found] + list(excluded)
    persons = {i for ent in ents if ent.label_ in ("PERSON", "DATE", "TIME", "MONEY")
               for i in range(ent.start, ent.end)}
    known = gazetteer()
    # read as arrays: making a Token object for every word costs more than the look-ups themselves
    from spacy.attrs import IDX, IS_TITLE, IS_UPPER, LENGTH, ORTH, POS
    from spacy.symbols import PROPN

    if not len(doc):
        return
    pos, title, upper, orth, idx, length = doc.to_array([POS, IS_TITLE, IS_UPPER, ORTH, IDX, LENGTH]).T.tolist()
    joiners = {doc.vocab.strings[w] for w in ("-", ".") if w in doc.vocab.strings}
    names = [p == PROPN and bool(t or u) and i not in persons for i, (p, t, u) in enumerate(zip(pos, title, upper,
                                                                                               strict=True))]
    i = 0
    while i < len(names):
        word = doc.vocab.strings[orth[i]]
        compound = _compound_pattern().match(word) if "-" in word and word[:1].isupper() else None
        if not (names[i] or compound):
            i += 1
            continue
        inside = i > 0 and names[i - 1]
        if compound:
            token = doc[i]
            mention = _name_mention(doc, text, doc[i:i + 1], taken, evidence, person_words, inside,
                                    end=token.idx + len(compound.group(1)))
            if mention is not None:
                yield mention
            i += 1
            continue
        for size in range(min(MAX_NAME_TOKENS, len(names) - i), 0, -1):
            if not all(names[j] or orth[j] in joiners for j in range(i, i + size)):
                continue
            if text[idx[i]:idx[i + size - 1] + length[i + size - 1]] not in known:
                continue
            span = doc[i:i + size]
            mention = _name_mention(doc, text, span, taken, evidence, person_words, inside)
            if mention is not None:
                yield mention
                i += size - 1
                break
        i += 1


@cache
def _compound_pattern() -> re.Pattern[str]:
    words = "|".join(sorted(w for (w, where) in place_wording() if where == "compound"))
    return re.compile(rf"(.+?)-(?:{words})$", re.IGNORECASE)


def _name_mention(doc, text: str, span, taken, evidence: Counter, person_words: set[str], inside: bool = False,
                  end: int | None = None) -> _Mention | None:
    start, end = _trimmed(text, span.start_char, span.end_char if end is None else end)
    name = text[start:end]
    letters = sum(ch.isalpha() for ch in name)
    if letters < 2 or letters == 2 and not name.isupper() or any(start < e and s < end for s, e in taken):
        return None
    candidates = gazetteer().candidates(name, own_name=True)
    if not candidates or _is_demonym(name, candidates):
        return None
    if _is_known_actor(name) or name in person_words:
        return None
    entity = span[0].ent_type_ and span[0].ent_iob_ == "B" and not inside
    if not _is_named_region(candidates):
        if not any(c.feature == "city" and (c.population >= BIG_CITY or entity and evidence[c.country])
                   for c in candidates):
            return None
    if _is_metonymy(span, candidates):
        return None
    return _Mention(start, end, name, candidates, _wording(doc, span))


def _big_city_after_preposition(doc, span, candidates: Sequence[Entry]) -> bool:
    """ "in Tabriz", "from Istanbul": a big city after a preposition of place, whatever label
    the recogniser gave it."""
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    return (before, "preposition") in place_wording() and any(
        c.feature == "city" and c.population >= BIG_CITY for c in candidates)


def _is_demonym(name: str, candidates: Sequence[Entry]) -> bool:
    """ "Russian", "Afghans": a people's name, though some place has it as another name.
    (A place called by its own name is that place: the costly check is left out for it.)"""
    key = name_key(name)
    if any(name_key(c.name) == key for c in candidates):
        return False
    return bool(country_code(name)) and not any(c.feature == "country" for c in candidates)


def _person_words(ents: Sequence) -> set[str]:
    """First names and surnames of the people a document names in full ("Georgia Stevens"): alone,
    they name that person, not a place."""
    return {t.text for ent in ents
            if ent.label_ == "PERSON" and 1 < len(ent) <= 3 and all(t.is_alpha and t.is_title for t in ent)
            for t in (ent[0], ent[-1])}


def _is_known_actor(name: str) -> bool:
    """ "Xinhua", "Hamas": a name of the known-actor table is that actor, whatever a town is called."""
    known = known_actors().get(name.lower())
    return known is not None and known.type not in ("location", "country")


def _entity_mentions(doc, ents: Sequence, text: str, excluded: Sequence[tuple[int, int]],
                     person_words: set[str]) -> dict[tuple[int, int], _Mention]:
    found: dict[tuple[int, int], _Mention] = {}
    for ent in ents:
        if ent.label_ not in PLACE_LABELS and ent.label_ not in NAME_LABELS:
            continue
        for start, end in _parts(text, ent.start_char, ent.end_char):
            if end <= start or any(start < e and s < end for s, e in excluded):
                continue
            name = text[start:end]
            if not name[:1].isupper() or name in person_words or _is_known_actor(name):
                continue
            candidates, wording = _lookup(name)
            span = doc.char_span(start, end, alignment_mode="expand")
            if not candidates or span is None:
                continue
            # "Aleppo province": the region, when the gazetteer knows it by the longer name
            after = doc[span.end] if span.end < len(doc) else None
            if after is not None and (after.lower_, "after") in place_wording():
                longer = gazetteer().candidates(text[start:after.idx + len(after)])
                if longer:
                    end, candidates = after.idx + len(after), longer
                    name, span = text[start:end], doc[span.start:after.i + 1]
            headed = wording is not None or (span.end < len(doc) and doc[span.end].lower_ in place_heads())
            if ent.label_ in NAME_LABELS and not (_is_named_region(candidates) or headed
                                                  or _big_city_after_preposition(doc, span, candidates)):
                continue  # "Jordan Peterson", "Victoria Beckham": a person's or a firm's name
            if _is_demonym(name, candidates):
                continue  # "Russian", "Afghans": a demonym names people, not a place
            if _is_metonymy(span, candidates):
                continue
            found[(start, end)] = _Mention(start, end, name, candidates, wording or _wording(doc, span))
    return found


def _dateline_mentions(text: str, dateline: tuple[int, int] | None) -> list[_Mention]:
    """ "KABUL, Afghanistan (AP) —": the places a dateline names."""
    if dateline is None:
        return []
    start, end = dateline
    head = re.match(r"\s*\(?([^()\n]*?)\s*(?:\(|--|—|–| - |$)", text[start:end])
    if not head:
        return []
    mentions = []
    base = start + head.start(1)
    for s, e in _parts(text, base, base + len(head.group(1))):
        candidates = gazetteer().candidates(text[s:e]) if e > s else ()
        if candidates:
            # a dateline names the city the report was filed from ("WASHINGTON --")
            mentions.append(_Mention(s, e, text[s:e], candidates, "city" if not mentions else None, dateline=True))
    for first, second in zip(mentions, mentions[1:], strict=False):
        first.container = second
    return mentions


def _evidence(mentions: Sequence[_Mention], ents: Sequence) -> Counter:
    """How strongly the document speaks of each country, before any city is resolved."""
    weight: Counter = Counter()
    for m in mentions:
        regions = {c.country for c in m.candidates if c.feature in ("country", "admin1")
                   or c.population >= EVIDENCE_MIN_POPULATION}
        if len(regions) == 1 and _is_named_region(m.candidates):
            weight[regions.pop()] += 2.0 if m.dateline else 1.0
    for ent in ents:
        if ent.label_ == "NORP":
            code = country_code(ent.text)
            if code:
                weight[code] += 0.5  # "Iraqi", "Canadian": the people of a country
    weight.pop(None, None)
    return weight


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


def _score(entry: Entry, mentions: Sequence[_Mention], evidence: Counter, regions: Sequence[Entry]) -> float:
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


def resolve(mentions: Sequence[_Mention], evidence: Counter) -> None:
    """Give every mention its entry: one sense per name, in two passes.

    The first pass reads the countries and regions the document names; the second adds the
    countries of the cities the first placed, then decides again.
    """
    by_name: dict[str, list[_Mention]] = defaultdict(list)
    for m in mentions:
        by_name[name_key(m.text)].append(m)
    # containers first: "Iraq" in "Kirkuk, Iraq" is settled before Kirkuk is weighed
    order = sorted(by_name, key=lambda k: not any(_is_named_region(m.candidates) for m in by_name[k]))
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


def find_places(doc, *, text: str | None = None, excluded: Sequence[tuple[int, int]] = (),
                dateline: tuple[int, int] | None = None) -> tuple[Place, ...]:
    """Every place the document names, resolved, with the offsets of its mentions.

    ``excluded`` spans (credits) hold no places; ``dateline`` is the dateline's span, whose
    place is where the report was filed.
    """
    text = doc.text if text is None else text
    ents = list(doc.ents)  # Doc.ents makes new spans on every read
    named = _mentions(doc, ents, text, [span for span in excluded if span != dateline])
    on_dateline = [m for m in _dateline_mentions(text, dateline)
                   if not any(m.start < n.end and n.start < m.end for n in named)]
    in_dateline = [m for m in named if dateline and dateline[0] <= m.start < dateline[1]]
    for n, m in enumerate(in_dateline):
        m.dateline = True
        if n == 0 and m.wording is None:
            m.wording = "city"  # a dateline names the city the report was filed from ("WASHINGTON --")
    mentions = sorted(named + on_dateline, key=lambda m: m.start)
    if not mentions:
        return ()
    resolve(mentions, _evidence(mentions, ents))
    grouped: dict[Entry, list[_Mention]] = defaultdict(list)
    for m in mentions:
        grouped[m.resolved].append(m)
    places = []
    for entry, group in grouped.items():
        places.append(Place(place_id(entry), entry.name, entry.feature, entry.country, entry.lat, entry.lon,
                            entry.geonameid, tuple((m.start, m.end, m.text) for m in group)))
    places.extend(_facilities(ents, text, mentions, excluded))
    return tuple(sorted(places, key=lambda p: p.key))


# the more specific a place, the better it locates a road or a crossing beside it
SPECIFICITY = {"other": 0, "city": 1, "admin1": 2, "country": 3}


def _facilities(ents: Sequence, text: str, mentions: Sequence[_Mention], excluded) -> Iterable[Place]:
    """Roads, crossings and bases the gazetteer does not know ("the Pak-Afghan Highway"): placed at
    the most specific place their sentence names, under their own name (no GeoNames id)."""
    heads = facility_heads()
    taken = [(m.start, m.end) for m in mentions] + list(excluded)
    grouped: dict[tuple, list[tuple[int, int, str]]] = defaultdict(list)
    for ent in ents:
        if ent.label_ not in ("FAC", "LOC", "ORG") or ent[-1].lower_ not in heads:
            continue
        start, end = _trimmed(text, ent.start_char, ent.end_char)
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


def place_of_event(places: Sequence[Place], start: int, end: int, name: str | None, text: str) -> str | None:
    """The id of the place an event names (``name``, as the event rules read it) in its sentence.

    The most specific place wins: in "at the Torkham crossing in Pakistan" the event is at
    Torkham, which the sentence places in Pakistan.

    >>> t = "Shots were fired at the Torkham crossing in Pakistan."
    >>> ps = [Place("torkham-pak", "Torkham", "other", "PAK", 34.1, 71.1, None, ((24, 31, "Torkham"),)),
    ...       Place("pakistan-1", "Pakistan", "country", "PAK", 30.0, 70.0, 1, ((44, 52, "Pakistan"),))]
    >>> place_of_event(ps, 0, len(t), "Pakistan", t), place_of_event(ps, 0, 20, "Pakistan", t)
    ('torkham-pak', None)
    """
    if not name:
        return None
    key = name_key(name)
    inside = sorted((s, e, t, p) for p in places for s, e, t in p.mentions if start <= s and e <= end)
    named = [m for m in inside if name_key(m[2]) == key] \
        or [m for m in inside if name_key(m[2]) in key or key in name_key(m[2])]
    if not named:
        return None
    # "X crossing in Y", "X, Y": a place the sentence puts inside the named one
    heads = "|".join(sorted(place_heads()))
    nested = re.compile(rf"(?:\s+(?:{heads}))*\s*(?:,|\bin\b|\bnear\b)\s*(?:the\s+)?", re.IGNORECASE)
    for n_start, _, _, holder in named:
        for _, e, _, p in inside:
            if e <= n_start and p is not holder and p.country == holder.country and p.feature != "country" \
                    and nested.fullmatch(text[e:n_start]):
                return p.key
    return named[0][3].key


def country_at(places: Sequence[Place], spans: Iterable[tuple[int, int]]) -> str | None:
    """The country of the place mentioned at any of ``spans`` (an actor's mentions), or None."""
    spans = list(spans)
    for p in places:
        if p.country and any(s < me and ms < e for ms, me, _ in p.mentions for s, e in spans):
            return p.country
    return None
