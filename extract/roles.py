"""Role and affiliation relations: who leads, speaks for, belongs to which body.

Offices named without a person ("Pakistan's defense minister") become mentions
of their own; titles and appositions tie a person to the body they serve.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .countries import country_name
from .lexicon import role_relations
from .mentions import GOVERNMENT_HEADS, Mention, country_of_token, is_sub_body, sentence_evidence
from .model import Relation, slugify
from .tokens import tokens_named

__all__ = ["role_holders", "affiliations", "possessive_relations", "governs_relations"]

ROLE_PREPOSITIONS = {"for", "of", "to", "at", "with", "in"}


def role_holders(doc) -> Iterable[Mention]:
    """An office named without a person: "Pakistan's defense minister"."""
    roles = role_relations()
    for token in tokens_named(doc, roles):
        if token.lemma_.lower() not in roles or token.pos_ not in ("NOUN", "PROPN") or token.tag_.endswith("S"):
            continue
        if any(t.ent_type_ == "PERSON" for t in token.subtree) or token.head.ent_type_ == "PERSON":
            continue
        owner = next((t for t in token.lefts if t.dep_ == "poss"), None)
        code = country_of_token(owner) if owner is not None else None
        if code is None:
            owner = next((t for t in token.lefts if t.dep_ in ("amod", "compound") and country_of_token(t)), None)
            code = country_of_token(owner) if owner is not None else None
        if code is None or owner is None:
            continue
        title = [t for t in token.lefts if t.dep_ in ("compound", "amod") and t.i > owner.i and not t.ent_type_]
        start_tok = title[0] if title else token
        role = doc[start_tok.i:token.i + 1].text.lower()
        # the office alone: the owner stays a mention of its own
        start = start_tok.idx
        end = token.idx + len(token.text)
        name = f"{role.title()} of {country_name(code)}"
        mention = Mention(start, end, doc[start_tok.i:token.i + 1].text, "person", name, code, priority=2,
                          roles=[role])
        yield mention


def actor_at(by_token: dict[int, Mention], token) -> Mention | None:
    return by_token.get(token.i)


def affiliations(doc, by_token: dict[int, Mention], doc_id: str) -> Iterable[Relation]:
    """Appositions and titles: "Zabihullah Mujahid, a spokesperson for the Islamic Emirate"."""
    roles = role_relations()
    for token in tokens_named(doc, roles):
        role = token.lemma_.lower()
        if role not in roles or token.pos_ not in ("NOUN", "PROPN"):
            continue
        holder = None
        if token.dep_ == "appos":
            holder = actor_at(by_token, token.head)
        elif token.head.ent_type_ == "PERSON" and token.dep_ == "compound":
            holder = actor_at(by_token, token.head)
        elif token.dep_ == "attr":  # "X is a spokesman for Y"
            subject = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
            holder = actor_at(by_token, subject) if subject is not None else None
        if holder is None or holder.type != "person":
            continue
        body = None
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in ROLE_PREPOSITIONS:
                obj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if obj is not None:
                    body = actor_at(by_token, obj)
            elif child.dep_ in ("poss", "compound", "amod") and child.i < token.i:
                body = body or actor_at(by_token, child)
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
            yield Relation(holder.key, body.key, kind, sentence_evidence(doc, token, doc_id))


def possessive_relations(doc, mentions, by_token, doc_id: str) -> Iterable[Relation]:
    """ "Pakistan's Ministry of Foreign Affairs" -> part_of; "Pakistan's defense minister" -> member_of."""
    for m in mentions:
        if m.type == "person" and m.roles and m.country:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            relation_type = role_relations().get(m.roles[0].split()[-1], "member_of")
            target = slugify(country_name(m.country))
            if span is not None:
                yield Relation(m.key, target, relation_type, sentence_evidence(doc, span[0], doc_id))
        elif m.type in ("government", "military") and m.country and is_sub_body(m.name):
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None:
                yield Relation(m.key, slugify(country_name(m.country)), "part_of",
                               sentence_evidence(doc, span[0], doc_id))


def governs_relations(doc, mentions, by_token, doc_id: str) -> Iterable[Relation]:
    """ "the Taliban-led government in Afghanistan", "the Afghan government" -> governs."""
    for m in mentions:
        if m.type != "government" or not m.country or is_sub_body(m.name):
            continue
        if not re.search(r"\b(?:" + "|".join(GOVERNMENT_HEADS) + r")\b", m.text.lower()):
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None:
            yield Relation(m.key, slugify(country_name(m.country)), "governs",
                           sentence_evidence(doc, span[0], doc_id))
