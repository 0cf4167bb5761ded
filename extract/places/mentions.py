"""Place names in a parsed document, each with the gazetteer entries it may mean.

Names come from the recogniser's entities, from proper names it left out or took for part of an
organisation's, and from the dateline; the wording around a name ("the city of", "province") and
a region named after it ("Kirkuk, Iraq") are kept for resolution. Demonyms and capitals that
speak for their state are no places.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache

from ..countries import country_code
from ..gazetteer import Entry, gazetteer, name_key
from ..lexicon import known_actors, metonymy_verbs, place_heads, place_wording

__all__ = ["Mention", "find_mentions", "dateline_mentions", "country_evidence", "names_region", "trimmed"]

PLACE_LABELS = {"GPE", "LOC", "FAC"}
# labels the recogniser gives place names by mistake: kept only when they name a country or region
NAME_LABELS = {"ORG", "PERSON", "NORP"}
# where a capital stands when it speaks or acts for its state ("Moscow said")
ACTING_DEPS = {"nsubj", "nsubjpass", "agent"}
# a name whose country candidates lie in one country tells the document's country; small towns
# of the same name do not make it ambiguous
EVIDENCE_MIN_POPULATION = 100_000
# a proper name the recogniser did not call a place is one when it names a city this big
# (or a city of a country the document speaks of)
BIG_CITY = 100_000
MAX_NAME_TOKENS = 4


@dataclass(slots=True)
class Mention:
    """One place name of the text, the entries it may mean and the one it is resolved to."""

    start: int
    end: int
    text: str
    candidates: tuple[Entry, ...]
    wording: str | None = None  # the feature the wording asks for
    container: Mention | None = None  # "Kirkuk, Iraq": the mention after the comma
    dateline: bool = False
    resolved: Entry | None = field(default=None)


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
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
            yield trimmed(text, offset, offset + len(piece))
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


def names_region(candidates: Sequence[Entry]) -> bool:
    """Whether a name may mean a country or an admin1 region."""
    return any(c.feature in ("country", "admin1") for c in candidates)


def find_mentions(doc, ents: Sequence, text: str, excluded: Sequence[tuple[int, int]]) -> list[Mention]:
    """Place names among the recogniser's entities, then in the proper names it left out or
    took for part of an organisation's ("Kentucky State Police", "Winnipeg police")."""
    person_words = _person_words(ents)
    found = _entity_mentions(doc, ents, text, excluded, person_words)
    evidence = country_evidence(list(found.values()), ents)
    for m in _name_mentions(doc, ents, text, excluded, found, evidence, person_words):
        found[(m.start, m.end)] = m
    mentions = sorted(found.values(), key=lambda m: m.start)
    for before, after in zip(mentions, mentions[1:], strict=False):
        # "Kirkuk, Iraq", "Louisville, Ky.": the second names what holds the first
        if re.fullmatch(r",\s*", text[before.end:after.start]) and names_region(after.candidates):
            before.container = after
    return mentions


def _name_mentions(doc, ents: Sequence, text: str, excluded, found: dict, evidence: Counter,
                   person_words: set[str]) -> Iterable[Mention]:
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
                  end: int | None = None) -> Mention | None:
    start, end = trimmed(text, span.start_char, span.end_char if end is None else end)
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
    if not names_region(candidates):
        if not any(c.feature == "city" and (c.population >= BIG_CITY or entity and evidence[c.country])
                   for c in candidates):
            return None
    if _is_metonymy(span, candidates):
        return None
    return Mention(start, end, name, candidates, _wording(doc, span))


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
                     person_words: set[str]) -> dict[tuple[int, int], Mention]:
    found: dict[tuple[int, int], Mention] = {}
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
            if ent.label_ in NAME_LABELS and not (names_region(candidates) or headed
                                                  or _big_city_after_preposition(doc, span, candidates)):
                continue  # "Jordan Peterson", "Victoria Beckham": a person's or a firm's name
            if _is_demonym(name, candidates):
                continue  # "Russian", "Afghans": a demonym names people, not a place
            if _is_metonymy(span, candidates):
                continue
            found[(start, end)] = Mention(start, end, name, candidates, wording or _wording(doc, span))
    return found


def dateline_mentions(text: str, dateline: tuple[int, int] | None) -> list[Mention]:
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
            mentions.append(Mention(s, e, text[s:e], candidates, "city" if not mentions else None, dateline=True))
    for first, second in zip(mentions, mentions[1:], strict=False):
        first.container = second
    return mentions


def country_evidence(mentions: Sequence[Mention], ents: Sequence) -> Counter:
    """How strongly the document speaks of each country, before any city is resolved."""
    weight: Counter = Counter()
    for m in mentions:
        regions = {c.country for c in m.candidates if c.feature in ("country", "admin1")
                   or c.population >= EVIDENCE_MIN_POPULATION}
        if len(regions) == 1 and names_region(m.candidates):
            weight[regions.pop()] += 2.0 if m.dateline else 1.0
    for ent in ents:
        if ent.label_ == "NORP":
            code = country_code(ent.text)
            if code:
                weight[code] += 0.5  # "Iraqi", "Canadian": the people of a country
    weight.pop(None, None)
    return weight

