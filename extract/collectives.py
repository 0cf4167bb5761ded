"""Collective actors: a body named by its members or its kind ("Israeli troops",
"the Afghan government", "the army said"), and whose it is, from the document."""

from __future__ import annotations

import re
from collections.abc import Iterable

from .countries import country_name
from .lexicon import KnownActor, capitals, collectives, word_list
from .mentions import GOVERNMENT_HEADS, Mention, clean_name, country_of_token, is_sub_body, known
from .tokens import tokens_named

__all__ = ["collective_phrases", "resolve_bare", "opens_a_body", "BARE_HEADS"]

# collective heads that, with no owner named, mean the document's own ("the army said")
BARE_HEADS = word_list("bare_head")
# bare heads that stay the document's own body when no state is made theirs ("police fired tear gas")
LOCAL_BODIES = word_list("local_body")
# words that name the kind of a police or armed body ("riot police", "border guards")
BODY_KINDS = word_list("body_kind")
# words that make a collective more than one country's
MIXED_COLLECTIVE = word_list("mixed_collective")


def opens_a_body(token) -> bool:
    """Whether a capitalised word names the kind of a body ("Riot police fired ...", "Border troops"),
    which the recogniser may take for a name (kinds in ``word_lists.tsv``, body_kind)."""
    if token.lower_ not in BODY_KINDS or token.i + 1 >= len(token.doc):
        return False
    entry = collectives().get(token.doc[token.i + 1].lemma_.lower())  # the parse may hang it elsewhere
    return entry is not None and entry[0] in ("military", "government")


def collective_phrases(doc) -> Iterable[Mention]:
    """Collectives named by who they belong to or who leads them.

    "the Taliban-led government in Afghanistan", "the current Afghan government",
    "Taliban regime", "Israeli troops", "Fijian rebels" (heads in ``collectives.tsv``).
    """
    table = collectives()
    for token in tokens_named(doc, table):
        entry = table.get(token.lemma_.lower())
        if entry is None or token.pos_ not in ("NOUN", "PROPN") or token.ent_type_ == "PERSON":
            continue
        kind, template, members = entry
        if kind == "government" and token.lemma_.lower() not in GOVERNMENT_HEADS and token.tag_ != "NNS":
            continue  # one official is a person (see role_holders); officials are their government
        if members and token.tag_ != "NNS":
            continue  # one protester is a person; protesters are a collective
        mods = [t for t in token.lefts if t.dep_ in ("compound", "amod", "nmod", "npadvmod", "poss")]
        words = {t.lower_ for m in mods for t in m.subtree}
        if words & MIXED_COLLECTIVE or any(t.dep_ in ("cc", "conj") for m in mods for t in m.subtree):
            continue  # "Afghan and coalition forces", "US-led coalition troops": no one country's
        # the phrase starts at the first word that names its owner, not at "more" or "20,000-strong";
        # a demonym the recogniser missed ("Somali troops") names one too
        owners = [t for m in mods for t in m.subtree
                  if t.ent_type_ in ("GPE", "NORP", "ORG") or known(t.text) or "-led" in t.lower_
                  or country_of_token(t)]
        left = min((t.i for t in owners), default=token.i)
        span = doc[left:token.i + 1]
        country = None
        ruler: KnownActor | None = None
        for t in span[:-1]:
            ruler = ruler or known(t.text)
            country = country or country_of_token(t)
            if kind == "government" and t.ent_type_ == "GPE":
                country = country or capitals().get(t.text)  # "the Khartoum government"
        # "X-led government": the hyphenated modifier names who rules
        led = re.match(r"(.+?)-(?:led|run|controlled|backed|ruled)\b", span.text)
        if led:
            ruler = ruler or known(led.group(1).split()[-1])
        end_token = token
        for child in token.rights:
            if child.dep_ == "prep" and child.lower_ in ("in", "of"):
                objects = [c for c in child.children if c.dep_ == "pobj"]
                if objects and country_of_token(objects[0]):
                    country = country or country_of_token(objects[0])
                    end_token = objects[0]
        # "Tamil refugees", "Kurdish rebels": people named by a group that is no state
        by_group = "{country}" not in template and any(t.ent_type_ == "NORP" for t in owners)
        if not (ruler or country or by_group):
            bare = _bare_collective(token, mods, kind, template, members)
            if bare is not None:
                yield bare
            continue
        # the phrase starts at its first modifier, without a leading determiner or possessive owner
        while left < token.i and doc[left].dep_ in ("det", "predet", "case"):
            left += 1
        start, end = doc[left].idx, end_token.idx + len(end_token.text)
        text = doc[left:end_token.i + 1].text
        if ruler and (ruler.type == kind == "government" or kind == "armed_group"):
            # "the Taliban regime", "Hamas militants": the known actor itself
            yield Mention(start, end, text, ruler.type, ruler.name, ruler.country or country, priority=2)
        else:
            # "Fijian rebels", "refugees from Liberia": a phrase named by its words keeps its owner
            own_words = doc[left:token.i + 1].text if "{country}" in template else text
            name = template.format(country=country_name(country) if country else "", text=clean_name(own_words))
            yield Mention(start, end, text, kind, name, country, priority=2)


def _bare_collective(token, mods, kind: str, template: str, members: str) -> Mention | None:
    """A collective that names no owner: "the army", "security forces", "riot police" (whose,
    the document says), "gunmen", "protesters" (this document's own, merged with no other's)."""
    if any((t.ent_type_ or t.pos_ == "PROPN") and not opens_a_body(t) for m in mods for t in m.subtree):
        return None  # a name the table does not know: not a generic body
    start, end = token.idx, token.idx + len(token.text)
    if kind in ("military", "government") and (token.lemma_.lower() in BARE_HEADS or mods) and not members:
        first = min((m.i for m in mods if m.dep_ != "poss"), default=token.i)
        return Mention(token.doc[first].idx if first < token.i else start, end, token.doc[first:token.i + 1].text,
                       kind, token.lemma_.lower(), bare=True, template=template)
    if members == "members":
        return Mention(start, end, token.text, kind, token.lower_, local=True)
    return None


def resolve_bare(mentions: list[Mention]) -> list[Mention]:
    """ "The army said" is the one army the document names with its country, or, when it names
    no army, the army of the one state it names. With several it is left out rather than guessed;
    in a document that names no state at all, an army or police force is the document's own body,
    of no country ("police fired tear gas at protesters"), and a bare government is left out."""
    resolved = []
    # the states named: by name, or by a body of theirs ("Ethiopian troops", "the Kenyan police")
    states = {o.country for o in mentions if o.country and not o.bare
              and o.type in ("country", "military", "government")}
    for m in mentions:
        if m.bare:
            named = {(o.name, o.country) for o in mentions if not o.bare and o.type == m.type and o.country
                     and not (m.type == "government" and is_sub_body(o.name))}
            if not named and len(states) == 1 and m.template:
                code = next(iter(states))
                named = {(m.template.format(country=country_name(code), text=clean_name(m.text)), code)}
            if not named and not states and m.name in LOCAL_BODIES:
                m.name, m.local, m.bare = clean_name(m.text).lower(), True, False
            elif len(named) != 1:
                continue
            else:
                m.name, m.country = next(iter(named))
        resolved.append(m)
    return resolved
