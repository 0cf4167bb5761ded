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

from .countries import country_code, country_name
from .lexicon import KnownActor, capitals, collectives, known_actors, not_actors, place_heads, role_relations, type_cues
from .model import Actor, Evidence, Relation, slugify
from .tokens import tokens_named

__all__ = ["ActorResult", "extract_actors", "clean_name", "acronym_definitions"]

ENTITY_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}
GOVERNMENT_HEADS = {"government", "regime", "administration", "authority", "authorities", "junta", "cabinet"}
# a government body that is part of a state, not the state's ruling government
SUB_BODY_HEADS = {"ministry", "department", "agency", "office", "embassy", "consulate", "court",
                  "commission", "council", "parliament", "police", "army", "forces", "military", "navy"}
# where a name stands when it acts or is acted upon, not where something happens
ACTING_DEPS = {"nsubj", "nsubjpass", "dobj", "agent", "poss"}
# collective heads that, with no owner named, mean the document's own ("the army said")
BARE_HEADS = {"army", "military", "government", "regime", "administration", "police", "navy"}
# words that make an organisation media wherever they stand in its name
MEDIA_WORDS = {"news", "press", "radio", "television", "tv", "broadcasting", "times", "shimbun"}
# words that make a collective more than one country's
MIXED_COLLECTIVE = {"coalition", "multinational", "multi-national", "international", "foreign", "allied", "joint",
                    "peacekeeping", "un", "nato", "u.n."}
ROLE_PREPOSITIONS = {"for", "of", "to", "at", "with", "in"}


@dataclass(frozen=True, slots=True)
class ActorResult:
    """Actors and relations of one document, and which tokens name which actor."""

    actors: tuple[Actor, ...]
    relations: tuple[Relation, ...]
    token_actor: dict[int, str] = field(default_factory=dict)


@dataclass(slots=True)
class _Mention:
    start: int  # character offsets
    end: int
    text: str
    type: str
    name: str
    country: str | None = None
    key: str = ""
    priority: int = 0  # higher wins an overlap of equal length
    roles: list[str] = field(default_factory=list)
    bare: bool = False  # "the army", "the government": whose, the rest of the document says


def clean_name(text: str) -> str:
    """A mention's text without a leading article and trailing possessive.

    >>> clean_name("the Islamic Emirate of Afghanistan")
    'Islamic Emirate of Afghanistan'
    >>> clean_name("ABC News'")
    'ABC News'
    >>> clean_name("Pakistan’s")
    'Pakistan'
    """
    text = re.sub(r"\s+", " ", text.strip())
    text = re.sub(r"^(?:the|The|THE)\s+", "", text)
    text = re.sub(r"(?:['’]s|(?<=s)['’])$", "", text)
    text = text.strip(" ,;:\"“”()")
    # a final dot ends a sentence, unless it ends an abbreviation ("U.S.", "U.N.")
    return text if re.search(r"(?:^|\.)[A-Z]\.$", text) else text.rstrip(".")


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
    return found


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
            return cues[word]
    return "organization"


def _known(text: str) -> KnownActor | None:
    return known_actors().get(clean_name(text).lower())


def _candidate_mentions(doc, excluded: Sequence[tuple[int, int]], text: str) -> list[_Mention]:
    mentions: list[_Mention] = []
    for match in _known_pattern().finditer(text):
        known = _known(match.group(0))
        if known:
            mentions.append(_Mention(match.start(), match.end(), match.group(0), known.type, known.name,
                                     known.country, priority=3))
    for start, end, acronym, a_start, a_end in acronym_definitions(text):
        long_form = text[start:end]
        known = _known(long_form) or _known(acronym)
        if known:
            kind, name, country = known.type, known.name, known.country
        else:
            kind, name, country = _type_of_org(long_form, ""), clean_name(long_form), None
        mentions.append(_Mention(start, end, long_form, kind, name, country, priority=4))
        mentions.append(_Mention(a_start, a_end, acronym, kind, name, country, priority=4))
    for ent in doc.ents:
        if ent.label_ not in ENTITY_LABELS:
            continue
        name = clean_name(ent.text)
        if not name:
            continue
        next_word = doc[ent.end].text if ent.end < len(doc) else ""
        known = _known(name)
        if known:
            mentions.append(_Mention(ent.start_char, ent.end_char, ent.text, known.type, known.name,
                                     known.country, priority=2))
            continue
        label = ent.label_
        if name in not_actors() or (label in ("PERSON", "ORG") and not name[0].isupper()
                                    and _type_of_org(name, next_word) == "organization"):
            continue  # "GMT", "bush", "lorry": the recogniser's slips, no proper name of anyone
        if label in ("PERSON", "ORG") and (name in capitals() or country_code(name) and len(name.split()) <= 3):
            label = "GPE"  # "Nepal", "Khartoum" taken for a person or an organisation
        if label in ("GPE", "NORP"):
            code = country_code(name)
            if code:
                mentions.append(_Mention(ent.start_char, ent.end_char, ent.text, "country",
                                         country_name(code), code, priority=1))
            elif label == "GPE" and name in capitals() and ent.root.dep_ in ACTING_DEPS:
                # "Islamabad accused Kabul of ...": a capital that acts or is acted upon is its state
                code = capitals()[name]
                mentions.append(_Mention(ent.start_char, ent.end_char, ent.text, "country",
                                         country_name(code), code, priority=1))
            elif label == "GPE":
                mentions.append(_Mention(ent.start_char, ent.end_char, ent.text, "location", name, priority=1))
        elif label == "PERSON":
            kind = "location" if next_word.lower() in place_heads() else "person"
            cue = type_cues().get(name.lower().split()[-1])
            if cue:  # "Al-Qassam Brigades", "Asahi Shimbun": a name the recogniser took for a person's
                kind = cue
            if "/" not in name:
                mentions.append(_Mention(ent.start_char, ent.end_char, ent.text, kind, name, priority=1))
        elif label == "ORG" and name.lower() in BARE_HEADS:
            kind = collectives()[name.lower()][0]
            mentions.append(_Mention(ent.start_char, ent.end_char, ent.text, kind, name.lower(), priority=1,
                                     bare=True))
        elif label == "ORG":
            kind = _type_of_org(name, next_word)
            if ent.start >= 2 and doc[ent.start - 1].lower_ == "of" and doc[ent.start - 2].lower_ in place_heads():
                kind = "location"  # "the city of El Fasher"
            mentions.append(_Mention(ent.start_char, ent.end_char, ent.text, kind, name, priority=1))
        else:
            mentions.append(_Mention(ent.start_char, ent.end_char, ent.text, "location", name, priority=1))
    mentions.extend(_collective_phrases(doc))
    mentions.extend(_role_holders(doc))
    mentions.extend(_unrecognised_names(doc))
    kept = _resolve_overlaps([m for m in mentions if not _overlaps(m.start, m.end, excluded)])
    return _resolve_overlaps(kept + list(_surname_mentions(doc, kept, excluded)))


def _surname_mentions(doc, mentions: list[_Mention], excluded) -> Iterable[_Mention]:
    """A person's surname alone, which the recogniser often misses once the full name is known."""
    surnames = {}
    for m in mentions:
        parts = m.name.split()
        if m.type == "person" and len(parts) > 1 and not m.roles:
            surnames.setdefault(parts[-1], m.name)
    for m in mentions:
        # the recogniser may call a lone surname an organisation or a place
        if m.priority <= 1 and m.type not in ("country", "person") and clean_name(m.text) in surnames:
            m.type, m.name = "person", surnames[clean_name(m.text)]
    covered = [(m.start, m.end) for m in mentions] + list(excluded)
    for token in tokens_named(doc, surnames):
        name = surnames.get(token.text)
        if name and token.pos_ == "PROPN" and not _overlaps(token.idx, token.idx + len(token), covered):
            yield _Mention(token.idx, token.idx + len(token), token.text, "person", name, priority=0)


def _unrecognised_names(doc) -> Iterable[_Mention]:
    """Proper names the recogniser missed whose last word says what they are:
    "the Ezzedine al-Qassam Brigades", "the Free Aceh Movement"."""
    cues = type_cues()
    for token in tokens_named(doc, cues):
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
        yield _Mention(span.start_char, span.end_char, span.text, cues[token.lower_], clean_name(span.text),
                       priority=0)


def _resolve_overlaps(mentions: list[_Mention]) -> list[_Mention]:
    mentions.sort(key=lambda m: (-(m.end - m.start), -m.priority, m.start))
    kept: list[_Mention] = []
    for m in mentions:
        if not any(m.start < k.end and k.start < m.end for k in kept):
            kept.append(m)
    kept.sort(key=lambda m: m.start)
    return kept


def _country_of_token(token) -> str | None:
    """The country a token names, read from its whole entity ("North Korean", not "Korean")."""
    if token.ent_type_ in ("GPE", "NORP"):
        doc, start, end = token.doc, token.i, token.i + 1
        # the entity's bounds from its IOB tags: cheaper than building doc.ents for every token
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        return country_code(clean_name(doc[start:end].text))
    if token.text[:1].isupper():
        return country_code(clean_name(token.text))
    return None


def _collective_phrases(doc) -> Iterable[_Mention]:
    """Collectives named by who they belong to or who leads them.

    "the Taliban-led government in Afghanistan", "the current Afghan government",
    "Taliban regime", "Israeli troops", "Fijian rebels" (heads in ``collectives.tsv``).
    """
    table = collectives()
    for token in tokens_named(doc, table):
        entry = table.get(token.lemma_.lower())
        if entry is None or token.pos_ not in ("NOUN", "PROPN") or token.ent_type_ == "PERSON":
            continue
        kind, template = entry
        if kind == "government" and token.lemma_.lower() not in GOVERNMENT_HEADS and token.tag_ != "NNS":
            continue  # one official is a person (see _role_holders); officials are their government
        mods = [t for t in token.lefts if t.dep_ in ("compound", "amod", "nmod", "npadvmod", "poss")]
        words = {t.lower_ for m in mods for t in m.subtree}
        if words & MIXED_COLLECTIVE or any(t.dep_ in ("cc", "conj") for m in mods for t in m.subtree):
            continue  # "Afghan and coalition forces", "US-led coalition troops": no one country's
        # the phrase starts at the first word that names its owner, not at "more" or "20,000-strong"
        owners = [t for m in mods for t in m.subtree
                  if t.ent_type_ in ("GPE", "NORP", "ORG") or _known(t.text) or "-led" in t.lower_]
        left = min((t.i for t in owners), default=token.i)
        span = doc[left:token.i + 1]
        country = None
        ruler: KnownActor | None = None
        for t in span[:-1]:
            ruler = ruler or _known(t.text)
            country = country or _country_of_token(t)
        # "X-led government": the hyphenated modifier names who rules
        led = re.match(r"(.+?)-(?:led|run|controlled|backed|ruled)\b", span.text)
        if led:
            ruler = ruler or _known(led.group(1).split()[-1])
        end_token = token
        for child in token.rights:
            if child.dep_ == "prep" and child.lower_ in ("in", "of"):
                objects = [c for c in child.children if c.dep_ == "pobj"]
                if objects and _country_of_token(objects[0]):
                    country = country or _country_of_token(objects[0])
                    end_token = objects[0]
        if not (ruler or country):
            if kind in ("military", "government") and not mods and token.lemma_.lower() in BARE_HEADS:
                yield _Mention(token.idx, token.idx + len(token.text), token.text, kind, token.lemma_.lower(),
                               bare=True)
            continue
        # the phrase starts at its first modifier, without a leading determiner or possessive owner
        while left < token.i and doc[left].dep_ in ("det", "predet", "case"):
            left += 1
        start, end = doc[left].idx, end_token.idx + len(end_token.text)
        text = doc[left:end_token.i + 1].text
        if ruler and (ruler.type == kind == "government" or kind == "armed_group"):
            # "the Taliban regime", "Hamas militants": the known actor itself
            yield _Mention(start, end, text, ruler.type, ruler.name, ruler.country or country, priority=2)
        elif country:
            own_words = doc[left:token.i + 1].text
            name = template.format(country=country_name(country), text=clean_name(own_words))
            yield _Mention(start, end, text, kind, name, country, priority=2)


def _role_holders(doc) -> Iterable[_Mention]:
    """An office named without a person: "Pakistan's defense minister"."""
    roles = role_relations()
    for token in tokens_named(doc, roles):
        if token.lemma_.lower() not in roles or token.pos_ not in ("NOUN", "PROPN") or token.tag_.endswith("S"):
            continue
        if any(t.ent_type_ == "PERSON" for t in token.subtree) or token.head.ent_type_ == "PERSON":
            continue
        owner = next((t for t in token.lefts if t.dep_ == "poss"), None)
        code = _country_of_token(owner) if owner is not None else None
        if code is None:
            owner = next((t for t in token.lefts if t.dep_ in ("amod", "compound") and _country_of_token(t)), None)
            code = _country_of_token(owner) if owner is not None else None
        if code is None or owner is None:
            continue
        title = [t for t in token.lefts if t.dep_ in ("compound", "amod") and t.i > owner.i and not t.ent_type_]
        start_tok = title[0] if title else token
        role = doc[start_tok.i:token.i + 1].text.lower()
        # the office alone: the owner stays a mention of its own
        start = start_tok.idx
        end = token.idx + len(token.text)
        name = f"{role.title()} of {country_name(code)}"
        mention = _Mention(start, end, doc[start_tok.i:token.i + 1].text, "person", name, code, priority=2,
                           roles=[role])
        yield mention


def _resolve_bare(mentions: list[_Mention]) -> list[_Mention]:
    """ "The army said" is the one army the document names with its country; with none, or
    with several, it is left out rather than guessed."""
    resolved = []
    for m in mentions:
        if m.bare:
            named = {(o.name, o.country) for o in mentions if not o.bare and o.type == m.type and o.country
                     and not (m.type == "government" and _is_sub_body(o.name))}
            if len(named) != 1:
                continue
            m.name, m.country = next(iter(named))
        resolved.append(m)
    return resolved


def _place_actor_names(mentions: list[_Mention]) -> None:
    """Give every mention its actor key; merge aliases within the document."""
    persons = [m for m in mentions if m.type == "person" and len(m.name.split()) > 1]
    for m in mentions:
        if m.type == "country" and m.country:
            m.key = slugify(country_name(m.country))
            continue
        if m.type == "person" and len(m.name.split()) == 1:
            full = next((p for p in persons if m.name in p.name.split()), None)
            if full:
                m.name = full.name
        if m.type == "government" and m.country and m.name.startswith("Government of "):
            # "the Afghan government" is the ruling government the document names elsewhere
            ruler = next((o for o in mentions if o.type == "government" and o.country == m.country
                          and not o.name.startswith("Government of ") and not _is_sub_body(o.name)), None)
            if ruler:
                m.name = ruler.name
        m.key = slugify(m.name)


def _is_sub_body(name: str) -> bool:
    return bool(set(name.lower().split()) & SUB_BODY_HEADS)


def _sentence_evidence(doc, token, doc_id: str) -> Evidence:
    sent = token.sent
    return Evidence(doc_id, sent.start_char, sent.end_char, sent.text)


def extract_actors(doc, *, doc_id: str, excluded: Sequence[tuple[int, int]] = (),
                   text: str | None = None) -> ActorResult:
    """Actors, their role and affiliation relations, and the token-to-actor map.

    ``text`` is the document's text when the caller has it (``doc.text`` rebuilds it).
    """
    mentions = _resolve_bare(_candidate_mentions(doc, excluded, doc.text if text is None else text))
    token_actor: dict[int, str] = {}
    relations: list[Relation] = []
    _qualify_bodies(doc, mentions)
    _place_actor_names(mentions)
    by_token: dict[int, _Mention] = {}
    for m in mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        for t in span:
            by_token[t.i] = m
            token_actor[t.i] = m.key
    relations.extend(_role_relations(doc, by_token, doc_id))
    relations.extend(_possessive_relations(doc, mentions, by_token, doc_id))
    relations.extend(_governs_relations(doc, mentions, by_token, doc_id))
    actors = _merge(mentions)
    roles: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        roles[m.key].update(m.roles)
    actors = tuple(
        Actor(a.key, a.name, a.type, a.aliases, a.mentions, a.country, tuple(sorted(roles[a.key])), a.spans)
        for a in actors
    )
    return ActorResult(actors, tuple(dict.fromkeys(relations)), token_actor)


def _qualify_bodies(doc, mentions: list[_Mention]) -> None:
    """ "Pakistan's Ministry of Foreign Affairs" is Pakistan's own ministry: name it so."""
    for m in mentions:
        if m.type != "government" or not _is_sub_body(m.name) or m.country:
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


def _merge(mentions: list[_Mention]) -> tuple[Actor, ...]:
    grouped: dict[str, list[_Mention]] = defaultdict(list)
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


def _actor_at(by_token: dict[int, _Mention], token) -> _Mention | None:
    return by_token.get(token.i)


def _role_relations(doc, by_token: dict[int, _Mention], doc_id: str) -> Iterable[Relation]:
    """Appositions and titles: "Zabihullah Mujahid, a spokesperson for the Islamic Emirate"."""
    roles = role_relations()
    for token in tokens_named(doc, roles):
        role = token.lemma_.lower()
        if role not in roles or token.pos_ not in ("NOUN", "PROPN"):
            continue
        holder = None
        if token.dep_ == "appos":
            holder = _actor_at(by_token, token.head)
        elif token.head.ent_type_ == "PERSON" and token.dep_ == "compound":
            holder = _actor_at(by_token, token.head)
        elif token.dep_ == "attr":  # "X is a spokesman for Y"
            subject = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
            holder = _actor_at(by_token, subject) if subject is not None else None
        if holder is None or holder.type != "person":
            continue
        body = None
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in ROLE_PREPOSITIONS:
                obj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if obj is not None:
                    body = _actor_at(by_token, obj)
            elif child.dep_ in ("poss", "compound", "amod") and child.i < token.i:
                body = body or _actor_at(by_token, child)
        if token.dep_ == "compound":
            body = body or next((by_token.get(t.i) for t in token.head.lefts
                                 if t.i < token.i and by_token.get(t.i) not in (None, holder)), None)
            # "Prime Minister Shehbaz Sharif of Pakistan"
            body = body or next((by_token.get(o.i) for p in token.head.rights
                                 if p.dep_ == "prep" and p.lower_ in ("of", "for")
                                 for o in p.children if o.dep_ == "pobj" and by_token.get(o.i)), None)
        # the whole title: "Foreign Minister", "Vice President", "defense minister"
        modifiers = {t.i for t in token.lefts if t.dep_ in ("compound", "amod") and t.i not in by_token
                     and not t.ent_type_ and t.is_alpha}
        first = token.i
        while first - 1 in modifiers or (first >= 2 and doc[first - 1].text == "-" and doc[first - 2].is_alpha
                                         and doc[first - 2].i not in by_token):
            first -= 2 if doc[first - 1].text == "-" else 1  # "Secretary-General" is one title
        title = doc[first:token.i + 1].text.lower()
        holder.roles.append(title)
        if body is not None and body.key != holder.key and body.type not in ("person", "location"):
            kind = roles.get(title, roles[role])  # a "prime minister" leads; a minister is a member
            yield Relation(holder.key, body.key, kind, _sentence_evidence(doc, token, doc_id))


def _possessive_relations(doc, mentions, by_token, doc_id: str) -> Iterable[Relation]:
    """ "Pakistan's Ministry of Foreign Affairs" -> part_of; "Pakistan's defense minister" -> member_of."""
    for m in mentions:
        if m.type == "person" and m.roles and m.country:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            relation_type = role_relations().get(m.roles[0].split()[-1], "member_of")
            target = slugify(country_name(m.country))
            if span is not None:
                yield Relation(m.key, target, relation_type, _sentence_evidence(doc, span[0], doc_id))
        elif m.type in ("government", "military") and m.country and _is_sub_body(m.name):
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None:
                yield Relation(m.key, slugify(country_name(m.country)), "part_of",
                               _sentence_evidence(doc, span[0], doc_id))


def _governs_relations(doc, mentions, by_token, doc_id: str) -> Iterable[Relation]:
    """ "the Taliban-led government in Afghanistan", "the Afghan government" -> governs."""
    for m in mentions:
        if m.type != "government" or not m.country or _is_sub_body(m.name):
            continue
        if not re.search(r"\b(?:" + "|".join(GOVERNMENT_HEADS) + r")\b", m.text.lower()):
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None:
            yield Relation(m.key, slugify(country_name(m.country)), "governs",
                           _sentence_evidence(doc, span[0], doc_id))
