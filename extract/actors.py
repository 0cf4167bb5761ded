"""Actors from a parsed document: found, typed, merged by alias, linked by role.

Mentions come from the named-entity recogniser, the known-actor table,
acronym definitions and descriptive phrases ("the Taliban-led government",
"Pakistan's defense minister"); credits and datelines are never mentions.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache

from .aliases import merge_known_as
from .collectives import BARE_HEADS, collective_phrases, opens_a_body, resolve_bare
from .countries import country_code, country_name, misspelt_country
from .gazetteer import gazetteer
from .lexicon import (
    armed_name_words,
    capitals,
    collectives,
    known_actors,
    not_actors,
    place_heads,
    role_relations,
    type_cues,
    word_list,
)
from .mentions import Mention, clean_name, is_party_state, is_sub_body, known, local_key, surname_forms
from .model import Actor, Relation, slugify
from .roles import affiliations, appositive_persons, governs_relations, possessive_relations, role_holders
from .sources import is_news_source
from .spelling import near_miss
from .tokens import tokens_named

__all__ = ["ActorResult", "extract_actors", "clean_name", "acronym_definitions"]

ENTITY_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}
# where a name stands when it acts or is acted upon, not where something happens
ACTING_DEPS = {"nsubj", "nsubjpass", "dobj", "agent", "poss"}
# words that make an organisation media wherever they stand in its name
MEDIA_WORDS = word_list("media")


@dataclass(frozen=True, slots=True)
class ActorResult:
    """Actors and relations of one document, and which tokens name which actor."""

    actors: tuple[Actor, ...]
    relations: tuple[Relation, ...]
    token_actor: dict[int, str] = field(default_factory=dict)


@cache
def _known_pattern() -> re.Pattern[str]:
    forms = sorted({f for actor in known_actors().values() for f in (actor.name, *actor.aliases)},
                   key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(f) for f in forms) + r")(?![\w-])")


_ACRONYM = re.compile(r"\(([A-Z][A-Za-z]{1,7})\)")


def acronym_definitions(text: str) -> list[tuple[int, int, str, int, int]]:
    """Long forms defined with an acronym in parentheses.

    Returns (start, end, acronym, acronym_start, acronym_end) of each long form.

    >>> t = "a conflict with Tehrik-e-Taliban Pakistan (TTP) as an issue"
    >>> [(t[s:e], a) for s, e, a, _, _ in acronym_definitions(t)]
    [('Tehrik-e-Taliban Pakistan', 'TTP')]
    """
    found = []
    for match in _ACRONYM.finditer(text):
        acronym = match.group(1)
        letters = [c for c in acronym if c.isupper()]
        before = text[max(0, match.start() - 120):match.start()].rstrip()
        offset = match.start() - len(text[max(0, match.start() - 120):match.start()])
        words = list(re.finditer(r"[\w'’]+(?:-[\w'’]+)*", before))
        initials: list[str] = []
        for i in range(len(words) - 1, -1, -1):
            word = words[i].group(0)
            if word.lower() in {"of", "the", "and", "for", "in", "on", "e", "i", "al"}:
                continue
            parts = [p for p in word.split("-") if p and p[0].isupper()]
            if not parts:
                break
            initials = [p[0] for p in parts] + initials
            if initials == letters:
                start = offset + words[i].start()
                found.append((start, offset + len(before), acronym, match.start(1), match.end(1)))
                break
            if len(initials) >= len(letters):
                break
        if not found or found[-1][2:4] != (acronym, match.start(1)):
            loose = _loose_definition(words, letters)
            if loose is not None:
                found.append((offset + words[loose].start(), offset + len(before), acronym, match.start(1),
                              match.end(1)))
    return found


def _loose_definition(words: list, letters: list[str]) -> int | None:
    """Where a long form starts whose words' initials hold the acronym's letters in order, from its
    first word to its last ("Movement for the Actualization of the Sovereign State of Biafra
    (MASSOB)"), or None.

    >>> ws = list(re.finditer(r"\\w+", "the Front for the Liberation of Mozambique"))
    >>> _loose_definition(ws, list("FRELIMO")) is None, _loose_definition(ws, list("FLM"))
    (True, 1)
    """
    if len(letters) < 2 or not words or words[-1].group(0)[0].upper() != letters[-1]:
        return None
    for first in range(len(words) - 1, max(-1, len(words) - 3 * len(letters) - 1), -1):
        word = words[first].group(0)
        if not word[0].isupper() or word[0] != letters[0]:
            continue
        initials = [w.group(0)[0].upper() for w in words[first:]]
        wanted = iter(initials)
        if all(letter in wanted for letter in letters):
            return first
    return None


def _overlaps(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(start < e and s < end for s, e in spans)


def _type_of_org(name: str, next_word: str) -> str:
    words = name.lower().replace("’", "'").split()
    if not words:
        return "organization"
    if next_word.lower() in place_heads() or words[-1] in place_heads():
        return "location"
    cues = type_cues()
    # a news agency is media even when its last word says "agency"
    if any(cues.get(word) == "media" and word in MEDIA_WORDS for word in words):
        return "media"
    for word in (words[-1], *reversed(words[:-1])):
        if word in cues:
            # "Kosovo Liberation Army", "Free Syrian Army": an army no state commands
            if cues[word] == "military" and armed_name_words() & set(words):
                return "armed_group"
            return cues[word]
    return "organization"




def _is_title(name: str) -> bool:
    """A title of several words the recogniser took for a name ("Surgeon General"); one word may
    be a surname too ("King")."""
    return len(re.split(r"[\s-]+", name)) > 1 and name.lower() in role_relations()


def _portfolio(ent, next_word: str) -> bool:
    """A minister's portfolio the recogniser took for a body ("Defence" in "Defence Minister Ali
    Khan", "Defense Secretary"): part of the title, no actor of its own. A body's acronym or a
    secretary-general's body stays one ("WTO Secretary General", "Labor Secretary-General")."""
    doc = ent.doc
    after = doc[ent.end + 1].lower_ if ent.end + 1 < len(doc) else ""
    return ent.label_ == "ORG" and len(ent) <= 2 and not ent.text.isupper() and not country_code(ent.text) \
        and (next_word.lower() == "minister" or (next_word.lower() == "secretary" and after not in ("general", "-")))


def _candidate_mentions(doc, excluded: Sequence[tuple[int, int]], text: str) -> list[Mention]:
    mentions: list[Mention] = []
    for match in _known_pattern().finditer(text):
        hit = known(match.group(0))
        if hit:
            mentions.append(Mention(match.start(), match.end(), match.group(0), hit.type, hit.name,
                                    hit.country, priority=3))
    for start, end, acronym, a_start, a_end in acronym_definitions(text):
        long_form = text[start:end]
        hit = known(long_form) or known(acronym)
        if hit:
            kind, name, country = hit.type, hit.name, hit.country
        else:
            kind, name, country = _type_of_org(long_form, ""), clean_name(long_form), None
        mentions.append(Mention(start, end, long_form, kind, name, country, priority=4))
        mentions.append(Mention(a_start, a_end, acronym, kind, name, country, priority=4))
    for ent in doc.ents:
        if ent.label_ not in ENTITY_LABELS:
            continue
        name = clean_name(ent.text)
        if not name:
            continue
        next_word = doc[ent.end].text if ent.end < len(doc) else ""
        hit = known(name)
        if hit:
            mentions.append(Mention(ent.start_char, ent.end_char, ent.text, hit.type, hit.name,
                                    hit.country, priority=2))
            continue
        label = ent.label_
        misspelt = _misspelt_country(name) if label != "PERSON" else None
        if misspelt:  # "Ethopia", "Venezuala": a country the writer misspelt
            mentions.append(Mention(ent.start_char, ent.end_char, ent.text, "country", country_name(misspelt),
                                    misspelt, priority=1))
            continue
        if is_party_state(text, ent.start_char):
            continue  # "Sen. Jon Kyl, R-Ariz.,": a legislator's party and state, no actor
        if len(ent) == 1 and ent.root.is_sent_start and ent.root.lemma_.lower() in collectives():
            continue  # "Rebels attacked ...": a collective's word, capitalised only to open the sentence
        if name in not_actors() or _is_title(name) or _portfolio(ent, next_word) \
                or (label in ("PERSON", "ORG") and not name[0].isupper()
                    and _type_of_org(name, next_word) == "organization"):
            continue  # "GMT", "bush", "lorry", "Surgeon General": the recogniser's slips or a title, no one's name
        if label in ("PERSON", "ORG") and (name in capitals() or country_code(name) and len(name.split()) <= 3):
            label = "GPE"  # "Nepal", "Khartoum" taken for a person or an organisation
        if label in ("GPE", "NORP"):
            code = country_code(name)
            if code:
                mentions.append(Mention(ent.start_char, ent.end_char, ent.text, "country",
                                        country_name(code), code, priority=1))
            elif label == "GPE" and name in capitals() and ent.root.dep_ in ACTING_DEPS:
                # "Islamabad accused Kabul of ...": a capital that acts or is acted upon is its state
                code = capitals()[name]
                mentions.append(Mention(ent.start_char, ent.end_char, ent.text, "country",
                                        country_name(code), code, priority=1))
            elif label == "GPE":
                # "the District of Columbia Council": a body named after its place is the body
                cue = type_cues().get(name.lower().split()[-1]) if len(name.split()) > 1 else None
                kind = cue if cue in ("government", "military") else "location"
                mentions.append(Mention(ent.start_char, ent.end_char, ent.text, kind, name, priority=1))
        elif label == "PERSON" and len(ent) == 1 and opens_a_body(ent.root):
            continue  # "Riot police fired ...": the sentence's first word, no one's name
        elif label == "PERSON":
            kind = "location" if next_word.lower() in place_heads() else "person"
            cue = type_cues().get(name.lower().split()[-1])
            if cue:  # "Al-Qassam Brigades", "Asahi Shimbun": a name the recogniser took for a person's
                kind = cue
            if "/" not in name:
                mentions.append(Mention(ent.start_char, ent.end_char, ent.text, kind, name, priority=1))
        elif label == "ORG" and name.lower() in BARE_HEADS:
            kind, template, _ = collectives()[name.lower()]
            mentions.append(Mention(ent.start_char, ent.end_char, ent.text, kind, name.lower(), priority=1,
                                    bare=True, template=template))
        elif label == "ORG":
            kind = "location" if _after_place_head(doc, ent) else _type_of_org(name, next_word)
            mentions.append(Mention(ent.start_char, ent.end_char, ent.text, kind, name, priority=1))
        else:
            mentions.append(Mention(ent.start_char, ent.end_char, ent.text, "location", name, priority=1))
    # "the city of El Fasher" once makes El Fasher a place wherever the recogniser took it for a body
    placed = {clean_name(ent.text) for ent in doc.ents if _after_place_head(doc, ent)}
    for m in mentions:
        if m.priority <= 1 and m.type == "organization" and m.name in placed:
            m.type = "location"
    mentions.extend(list(appositive_persons(doc, mentions)))
    mentions.extend(collective_phrases(doc))
    mentions.extend(role_holders(doc))
    mentions.extend(_unrecognised_names(doc))
    mentions.extend(_unrecognised_countries(doc))
    kept = _resolve_overlaps([m for m in mentions if not _overlaps(m.start, m.end, excluded)])
    kept = [m for m in kept if not (m.type == "media" and _reports(doc, m))]
    kept = _resolve_overlaps(kept + list(_surname_mentions(doc, kept, excluded)))
    return _resolve_overlaps(kept + list(_short_body_mentions(doc, kept, excluded)))


def _after_place_head(doc, ent) -> bool:
    """Whether a name follows a place's head word and "of": "the city of El Fasher"."""
    return ent.start >= 2 and doc[ent.start - 1].lower_ == "of" and doc[ent.start - 2].lower_ in place_heads()


def _reports(doc, m: Mention) -> bool:
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    return span is not None and is_news_source(span)


def _surname_mentions(doc, mentions: list[Mention], excluded) -> Iterable[Mention]:
    """A person's surname alone, which the recogniser often misses once the full name is known."""
    surnames = {}
    for m in mentions:
        if m.type == "person" and not m.roles:
            for form in surname_forms(m.name):
                if " " not in form:
                    surnames.setdefault(form, m.name)
    for m in mentions:
        # the recogniser may call a lone surname an organisation or a place
        if m.priority <= 1 and m.type not in ("country", "person") and clean_name(m.text) in surnames:
            m.type, m.name = "person", surnames[clean_name(m.text)]
    covered = [(m.start, m.end) for m in mentions] + list(excluded)
    for token in tokens_named(doc, surnames):
        name = surnames.get(token.text)
        if name and token.pos_ == "PROPN" and not _overlaps(token.idx, token.idx + len(token), covered):
            yield Mention(token.idx, token.idx + len(token), token.text, "person", name, priority=0)


def _short_body_mentions(doc, mentions: list[Mention], excluded) -> Iterable[Mention]:
    """ "the League", "the Council": a body's head word alone, once the document has named the one
    body it can stand for ("the Arab League", "the UN Security Council")."""
    heads: dict[str, set[tuple[str, str, str | None]]] = defaultdict(set)
    for m in mentions:
        words = m.name.split()
        # the head must say what the body is ("League", "Council", "Front"), not where it is
        if m.type not in ("person", "country", "location") and len(words) > 1 and words[-1][:1].isupper() \
                and words[-1].lower() in type_cues():
            heads[words[-1]].add((m.name, m.type, m.country))
    for m in mentions:  # the recogniser's own "League" after "the Arab League"
        bodies = heads.get(clean_name(m.text), ())
        if m.priority <= 1 and len(bodies) == 1 and " " not in clean_name(m.text) and m.type != "country":
            m.name, m.type, m.country = next(iter(bodies))
    covered = [(m.start, m.end) for m in mentions] + list(excluded)
    for token in tokens_named(doc, heads):
        bodies = heads.get(token.text, ())
        if len(bodies) != 1 or token.i == 0 or doc[token.i - 1].lower_ != "the" or token.dep_ == "compound" \
                or _overlaps(token.idx, token.idx + len(token), covered):
            continue  # "the Council" of two councils is neither; "the Council meeting" is a meeting
        name, kind, country = next(iter(bodies))
        if mentions and min(m.start for m in mentions if m.name == name) < token.idx:
            yield Mention(token.idx, token.idx + len(token), token.text, kind, name, country, priority=0)


def _unrecognised_names(doc) -> Iterable[Mention]:
    """Proper names the recogniser missed whose last word says what they are:
    "the Ezzedine al-Qassam Brigades", "the Free Aceh Movement", misspelt or not
    ("the Anti-Corruption Commision")."""
    cues = type_cues()
    heads = [(token, token.lower_) for token in tokens_named(doc, cues)]
    heads += [(token, word) for token in doc if token.pos_ == "PROPN" and not token.ent_type_
              and token.lower_ not in cues and (word := near_miss(token.text, cues))]
    for token, head in sorted(heads, key=lambda pair: pair[0].i):
        if token.ent_type_ or token.pos_ != "PROPN" or not token.text[:1].isupper():
            continue
        left = token.i
        while left > 0 and (doc[left - 1].pos_ == "PROPN" or doc[left - 1].text in ("-", "al", "el", "of")) \
                and not doc[left - 1].ent_type_ and doc[left - 1].sent == token.sent:
            left -= 1
        while left < token.i and doc[left].text in ("-", "al", "el", "of"):
            left += 1
        if left == token.i:
            continue  # one word alone ("Army") names no one
        span = doc[left:token.i + 1]
        kind = _type_of_org(f"{doc[left:token.i].text} {head}", "")
        yield Mention(span.start_char, span.end_char, span.text, kind, clean_name(span.text), priority=0)


def _misspelt_country(name: str) -> str | None:
    """The country a name misspells, when it is no place of its own ("Columbia" is a city)."""
    code = misspelt_country(name)
    return code if code and name not in gazetteer() else None


def _unrecognised_countries(doc) -> Iterable[Mention]:
    """A country the recogniser missed, named or misspelt in a word on its own: "US Predator
    attacks", "Ethopia has agreed"; never a word of a longer proper name."""
    for token in doc:
        if token.ent_type_ or token.pos_ != "PROPN" or not token.text[:1].isupper() or any(
                0 <= i < len(doc) and doc[i].pos_ == "PROPN" for i in (token.i - 1, token.i + 1)):
            continue
        code = country_code(token.text)
        # the country's abbreviation ("US", "UK") or a word that starts as its name does ("Latvian"):
        # the converter's patterns also fire inside unrelated words
        if code and not (token.text.isupper() and len(token.text) <= 3
                         or len(token.text) > 3 and token.lower_[:4] == country_name(code).lower()[:4]):
            code = None
        code = code or _misspelt_country(token.text)
        if code:
            yield Mention(token.idx, token.idx + len(token), token.text, "country", country_name(code), code,
                          priority=0)


def _resolve_overlaps(mentions: list[Mention]) -> list[Mention]:
    mentions.sort(key=lambda m: (-(m.end - m.start), -m.priority, m.start))
    kept: list[Mention] = []
    for m in mentions:
        if not any(m.start < k.end and k.start < m.end for k in kept):
            kept.append(m)
    kept.sort(key=lambda m: m.start)
    return kept




def _place_actor_names(mentions: list[Mention], doc_id: str) -> None:
    """Give every mention its actor key; merge aliases within the document. A collective that
    names no owner ("gunmen") is keyed to its document: another report's gunmen are others."""
    persons = [m for m in mentions if m.type == "person" and len(m.name.split()) > 1]
    for m in mentions:
        if m.type == "country" and m.country:
            m.key = slugify(country_name(m.country))
            continue
        if m.type == "person":
            full = next((p for p in persons if p.name != m.name and m.name in surname_forms(p.name)), None)
            if full:
                m.name = full.name
        if m.type == "government" and m.country and m.name.startswith("Government of "):
            # "the Afghan government" is the ruling government the document names elsewhere
            ruler = next((o for o in mentions if o.type == "government" and o.country == m.country
                          and not o.name.startswith("Government of ") and not is_sub_body(o.name)), None)
            if ruler:
                m.name = ruler.name
        m.key = local_key(m.name, doc_id) if m.local else slugify(m.name)




def extract_actors(doc, *, doc_id: str, excluded: Sequence[tuple[int, int]] = (),
                   text: str | None = None) -> ActorResult:
    """Actors, their role and affiliation relations, and the token-to-actor map.

    ``text`` is the document's text when the caller has it (``doc.text`` rebuilds it).
    """
    mentions = resolve_bare(_candidate_mentions(doc, excluded, doc.text if text is None else text))
    token_actor: dict[int, str] = {}
    relations: list[Relation] = []
    _qualify_bodies(doc, mentions)
    merge_known_as(doc, mentions)
    _place_actor_names(mentions, doc_id)
    by_token: dict[int, Mention] = {}
    for m in mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        for t in span:
            by_token[t.i] = m
            token_actor[t.i] = m.key
    # offices named by their country first: a title read later gives its holder a country too
    relations.extend(possessive_relations(doc, mentions, by_token, doc_id))
    relations.extend(affiliations(doc, by_token, doc_id, mentions))
    relations.extend(governs_relations(doc, mentions, by_token, doc_id))
    actors = _merge(mentions)
    roles: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        roles[m.key].update(m.roles)
    actors = tuple(
        Actor(a.key, a.name, a.type, a.aliases, a.mentions, a.country, tuple(sorted(roles[a.key])), a.spans)
        for a in actors
    )
    return ActorResult(actors, tuple(dict.fromkeys(relations)), token_actor)


def _qualify_bodies(doc, mentions: list[Mention]) -> None:
    """ "Pakistan's Ministry of Foreign Affairs" is Pakistan's own ministry: name it so."""
    for m in mentions:
        if m.type != "government" or not is_sub_body(m.name) or m.country:
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        owner = next((o for o in mentions if o.type == "country" and 0 <= span.start_char - o.end <= 3), None)
        of = re.search(r"\bof\s+(.+)$", m.name)
        named = country_code(of.group(1)) if of else None
        # "Afghan Defense Ministry" already says whose it is
        named = named or next((c for c in map(country_code, m.name.split()) if c), None)
        code = named or (owner.country if owner else None)
        if code:
            m.country = code
            if not named:
                m.name = f"{m.name} of {country_name(code)}"


def _merge(mentions: list[Mention]) -> tuple[Actor, ...]:
    grouped: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        grouped[m.key].append(m)
    actors = []
    for key, group in sorted(grouped.items()):
        names = [m.name for m in group]
        name = max(set(names), key=lambda n: (names.count(n) > 0, len(n), n))
        types = [m.type for m in group]
        kind = max(set(types), key=lambda t: (types.count(t), t != "location", t))
        aliases = tuple(sorted({clean_name(m.text) for m in group} | {name}))
        country = next((m.country for m in group if m.country), None)
        actors.append(Actor(key, name, kind, aliases, len(group), country,
                            spans=tuple(sorted((m.start, m.end) for m in group))))
    return tuple(actors)


