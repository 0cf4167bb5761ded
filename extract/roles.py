"""Role and affiliation relations: who leads, speaks for, belongs to which body.

Offices named without a person ("Pakistan's defense minister") become mentions
of their own; titles and appositions tie a person to the body they serve.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from .countries import country_code, country_name
from .lexicon import capitals, role_relations, role_verbs, state_roles
from .mentions import (
    GOVERNMENT_HEADS,
    Mention,
    clean_name,
    country_of_token,
    is_party_state,
    is_sub_body,
    known,
    sentence_evidence,
)
from .model import Relation, slugify
from .tokens import tokens_named

__all__ = ["role_holders", "appositive_persons", "affiliations", "possessive_relations", "governs_relations"]

# "ambassador to Y" serves another body than Y, so "to" is not among them
ROLE_PREPOSITIONS = {"for", "of", "at", "with", "in"}


def role_holders(doc) -> Iterable[Mention]:
    """An office named without a person: "Pakistan's defense minister"."""
    roles = state_roles()
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


def _names_person(token, by_token: dict[int, Mention]) -> bool:
    """Whether a word is a person's name: the recogniser's, or a name found to be a person's."""
    return token.ent_type_ == "PERSON" or _person(by_token, token) is not None


def _person(by_token: dict[int, Mention], token) -> Mention | None:
    found = by_token.get(token.i) if token is not None else None
    return found if found is not None and found.type == "person" else None


def _is_body(m: Mention | None, holder: Mention) -> bool:
    return m is not None and m.key != holder.key and m.type not in ("person", "location")


def _named_in(noun, holder: Mention, by_token: dict[int, Mention]) -> Mention | None:
    """The body a noun names, itself or by its modifiers: "the Red Cross office" is the Red Cross's."""
    for t in (noun, *(c for c in noun.lefts if c.dep_ in ("compound", "poss"))):
        m = by_token.get(t.i)
        if _is_body(m, holder):
            return m
    return None


def _subjects(verb) -> list:
    """Who a verb is about: its subject, its passive subject, or its object when a title is given
    to the object ("named X publisher", "installed X as chairman")."""
    found = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if verb.dep_ == "relcl" and not found or any(c.lower_ in ("who", "whom", "that") for c in found):
        found = [verb.head]  # "X, who heads Y": the clause describes X
    if verb.dep_ == "xcomp" and not found:
        found = [c for c in verb.head.children if c.dep_ in ("dobj", "nsubj")]  # "elected X to be chairman"
    return found + [c for c in verb.children if c.dep_ == "dobj"]


def _holder(token, by_token: dict[int, Mention]) -> Mention | None:
    """The person a role word describes, in either order: "X, a professor at Y", "the foreign
    secretary, X", "Spokesman X", "X is the leader of Y", "named X publisher of Y", "installed as
    chairman". A title co-ordinated with another ("minister of A and head of B") has its holder."""
    node = token
    while node.dep_ == "conj" and node.head.pos_ in ("NOUN", "PROPN"):
        node = node.head
    candidates = [c for c in node.children if c.dep_ == "appos"]  # "the foreign secretary, X"
    # "the chairman of the Front, X": the name set off after the body
    candidates += [a for p in node.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"
                   for a in o.children if a.dep_ == "appos"]
    if node.dep_ == "appos" or (node.dep_ == "compound" and _names_person(node.head, by_token)):
        head = node.head
        if head.dep_ == "appos" and is_party_state(head.doc.text, head.idx):
            head = head.head  # "Sen. X, D-Ariz., chairman of Y": the label stands between
        candidates.insert(0, head)
    elif node.dep_ in ("attr", "oprd"):
        # "named X publisher": the object may be read as a second predicate before the title
        siblings = [c for c in node.head.children if c.dep_ in ("dobj", "oprd") and c.i < node.i]
        candidates = _subjects(node.head) + siblings + candidates
    elif node.dep_ == "pobj" and node.head.lower_ == "as" and node.head.head.pos_ in ("VERB", "AUX"):
        candidates = _subjects(node.head.head) + candidates  # "installed as chairman", "served as head"
    elif node.dep_ in ("dep", "npadvmod") and node.head.pos_ in ("VERB", "AUX") and node.i < node.head.i \
            and node.doc[node.right_edge.i + 1:node.head.i].text.startswith(","):
        # "A Yale law professor, Maria Lopez said": a title set before its holder's clause
        candidates = [c for c in node.head.children if c.dep_ in ("nsubj", "nsubjpass")] + candidates
    return next((m for m in (_person(by_token, c) for c in candidates) if m is not None), None)


def _phrase_body(token, holder: Mention, by_token: dict[int, Mention]) -> Mention | None:
    """The body a role word's own phrase names: "spokesman for Y", "professor of economics at Y"."""
    todo = [c for c in token.rights if c.dep_ == "prep" and c.lower_ in ROLE_PREPOSITIONS]
    for _ in range(3):  # through a subject ("of economics") to the body ("at Y")
        objects = [o for p in todo for o in p.children if o.dep_ == "pobj"]
        body = next((m for m in (_named_in(o, holder, by_token) for o in objects) if m is not None), None)
        if body is not None or any(by_token.get(o.i) for o in objects):
            return body
        todo = [c for o in objects for c in o.rights if c.dep_ == "prep" and c.lower_ in ROLE_PREPOSITIONS]
    return None


def _modifier_body(token, holder: Mention, by_token: dict[int, Mention]) -> Mention | None:
    """The body a role word's modifiers name: "Y's chief", "the FAA administrator", "GE attorney"."""
    for child in token.lefts:
        if child.dep_ in ("poss", "compound", "amod", "nmod"):
            found = next((m for m in (by_token.get(t.i) for t in child.subtree) if _is_body(m, holder)), None)
            if found is not None:
                return found
    return None


def _holder_body(token, holder: Mention, by_token: dict[int, Mention]) -> Mention | None:
    """The body named around a title placed before its holder: "CBS anchorman Dan Rather",
    "Prime Minister X of Pakistan", "Linguist X of Brown University", "the League's Director General X"
    (the parse may hang the owner on the title)."""
    person = token.head
    before = [t for t in (*person.lefts, *token.lefts) if t.i < token.i]
    body = next((m for m in (by_token.get(t.i) for t in before) if _is_body(m, holder)), None)
    return body or _person_of(person, holder, by_token)


def _person_of(person, holder: Mention, by_token: dict[int, Mention]) -> Mention | None:
    """ "X of Y", "X, of Y", "X at Y", "X of the law firm of Y": the body a person's own phrase
    names (a country or a place after a name is where the person is from). "At" only after a
    person who speaks or acts ("Smith at Societe Generale said"), not after one acted upon in a
    place ("the jailing of X at the UN court")."""
    for prep in person.rights:
        if prep.dep_ == "prep" and (prep.lower_ in ("of", "for") or (prep.lower_ == "at" and person.dep_ != "pobj")):
            for obj in prep.children:
                if obj.dep_ != "pobj":
                    continue
                m = _named_in(obj, holder, by_token)
                if m is None and obj.i not in by_token:  # "the firm of Y"
                    m = _person_of(obj, holder, by_token)
                if m is not None and m.type != "country":
                    return m
    return None


def _of_affiliations(doc, by_token: dict[int, Mention], doc_id: str) -> Iterable[Relation]:
    """ "Gilmore, of the Downtown Seattle Association, said": a person of a body is its member;
    so is one whose party or movement it is ("Mulroney's Progressive Conservative Party"; not
    "Putin's Russia", a state, nor a company, which a possessive may only be near)."""
    for token in doc:
        holder = _person(by_token, token)
        if holder is None or by_token.get(token.head.i) is holder:
            continue  # only a name's last word carries its phrase
        body = _person_of(token, holder, by_token)
        owned = by_token.get(token.head.i) if token.dep_ == "poss" else None
        if body is None and _is_body(owned, holder) and owned.type in ("political_party", "armed_group"):
            body = owned
        if body is not None:
            yield Relation(holder.key, body.key, "member_of", sentence_evidence(doc, token, doc_id))


def appositive_persons(doc, mentions: Sequence[Mention]) -> Iterable[Mention]:
    """Proper names a role word describes are people: "Tal, a senior official" (a name the
    recogniser missed), "Harrington, a professor" (a name it took for an organisation)."""
    roles = role_relations()
    for token in tokens_named(doc, roles):
        if token.lemma_.lower() not in roles or token.pos_ not in ("NOUN", "PROPN") or token.tag_.endswith("S"):
            continue  # "members of the Movement (MASSOB)": many people, not the name beside them
        node = token
        while node.dep_ == "conj" and node.head.pos_ in ("NOUN", "PROPN"):
            node = node.head
        name = node.head
        if node.dep_ == "attr":  # "Albrecht is a professor"
            name = next((c for c in node.head.children if c.dep_ == "nsubj"), node)
        if node.dep_ in ("appos", "attr"):
            yield from _retyped(_name_span(name), mentions)
        elif node.dep_ == "compound" and node.i < name.i:
            # "Linguist Phillip Lieberman"; a title of several words is no part of the name after it
            # ("Attorney General Ana Ruiz", "Major-General Ben Ode")
            start = node.i + 1
            while start <= name.i and (doc[start].lemma_.lower() in roles or doc[start].text == "-"):
                start += 1
            if start <= name.i:
                yield from _retyped(doc[start:name.i + 1], mentions)
    # "Mason, who headed the agency": "who" speaks of a person
    for who in tokens_named(doc, ("who", "whom")):
        name = who.head.head if who.dep_ in ("nsubj", "nsubjpass", "dobj") and who.head.dep_ == "relcl" else None
        if name is not None:
            yield from _retyped(_name_span(name), mentions)


def _name_span(name):
    """A proper name with the words compounded before its last one: "Phillip Lieberman"."""
    doc, left = name.doc, name.i
    while left > 0 and doc[left - 1].dep_ == "compound" and doc[left - 1].pos_ == "PROPN":
        left -= 1
    return doc[left:name.i + 1]


def _retyped(span, mentions: Sequence[Mention]) -> Iterable[Mention]:
    """A name found to be a person's: its mentions retyped, or a new mention when there is none.
    A state, a capital, a people or a known actor is left as it is."""
    text = clean_name(span.text)
    if span[-1].pos_ != "PROPN" or any(t.pos_ != "PROPN" and t.text != "." for t in span) \
            or span[-1].ent_type_ == "NORP" or country_code(text) or text in capitals() or known(text) \
            or (text.isupper() and len(text) > 1) or is_party_state(span.doc.text, span.start_char):
        return  # a people, a state, a known actor, an acronym or a party's state is no one's name
    inside = [m for m in mentions if m.start < span.end_char and span.start_char < m.end]
    for m in inside:
        if m.type in ("organization", "location") and m.priority <= 1:
            m.type = "person"
        if m.type == "person" and m.priority <= 1 and m.start == span.start_char and m.end < span.end_char:
            # the recogniser cut the name short ("Director General Ken Obi" read as "Ken")
            m.end, m.text, m.name = span.end_char, span.text, text
    if not inside:
        yield Mention(span.start_char, span.end_char, span.text, "person", text, priority=1)


def _title(doc, token, by_token: dict[int, Mention]) -> str:
    """The whole title: "Foreign Minister", "Vice President", "Secretary-General", "chief executive"."""
    roles = role_relations()
    modifiers = {t.i for t in token.lefts if t.dep_ in ("compound", "amod") and t.i not in by_token
                 and not t.ent_type_ and t.is_alpha}
    first = token.i
    while first - 1 in modifiers or (first >= 2 and doc[first - 1].text == "-" and doc[first - 2].is_alpha
                                     and doc[first - 2].i not in by_token):
        first -= 2 if doc[first - 1].text == "-" else 1  # "Secretary-General" is one title
    # the longest title the table knows: "secretary general", not "general"; "head of state"
    for start in range(first, token.i + 1):
        for end in range(min(len(doc), token.i + 4), token.i, -1):
            words = doc[start:end].text.lower()
            if words in roles and (end == token.i + 1 or start == token.i):
                return words
    return doc[first:token.i + 1].text.lower()


def affiliations(doc, by_token: dict[int, Mention], doc_id: str,
                 mentions: Sequence[Mention] = ()) -> Iterable[Relation]:
    """Role and affiliation relations from titles, appositions, possessives, copulas and role verbs.

    A state's title with no body named ("President X said") means the state when the
    document names exactly one; a holder of a state's office carries its country.
    """
    roles = role_relations()
    states = {m.country for m in mentions if m.type == "country" and m.country}
    only_state = next((m for m in mentions if m.type == "country" and m.country), None) if len(states) == 1 else None
    for token in tokens_named(doc, roles):
        role = token.lemma_.lower()
        if role not in roles or token.pos_ not in ("NOUN", "PROPN"):
            continue
        holder = _holder(token, by_token)
        if holder is None:
            continue
        body = _phrase_body(token, holder, by_token) or _modifier_body(token, holder, by_token)
        if body is None and token.dep_ == "conj":  # "editor and columnist for Y": the shared complement
            body = _phrase_body(token.head, holder, by_token)
        if body is None and token.dep_ == "compound" and _names_person(token.head, by_token):
            body = _holder_body(token, holder, by_token)
        if body is None and token.dep_ == "appos":
            body = _person_of(token.head, holder, by_token)  # "Gilmore, of the Downtown Seattle Association"
        title = _title(doc, token, by_token)
        holder.roles.append(title)
        if body is None and only_state is not None and title in state_roles():
            body = only_state  # "President X said" in a report that names one state
        if body is not None:
            holder.country = holder.country or (body.country if body.type in ("country", "government") else None)
            kind = roles.get(title, roles[role])  # a "prime minister" leads; a minister is a member
            yield Relation(holder.key, body.key, kind, sentence_evidence(doc, token, doc_id))
    yield from _verb_affiliations(doc, by_token, doc_id)
    yield from _of_affiliations(doc, by_token, doc_id)


def _verb_affiliations(doc, by_token: dict[int, Mention], doc_id: str) -> Iterable[Relation]:
    """ "X heads Y", "X, who works for Y", "X taught at Y" (verbs in ``role_verbs.tsv``); in the
    passive the agent holds the role and the passive subject is the body ("the RSF, led by X")."""
    verbs = role_verbs()
    for verb in tokens_named(doc, verbs):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in verbs:
            continue
        passive = verb.tag_ == "VBN" and (verb.dep_ == "acl" or any(c.dep_ == "auxpass" for c in verb.children))
        if passive:
            subjects = [p for a in verb.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
        else:
            subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if verb.dep_ == "relcl" and not passive and (not subjects or subjects[0].lower_ in ("who", "that")):
            subjects = [verb.head]
        holder = next((m for m in (_person(by_token, s) for s in subjects) if m is not None), None)
        if holder is None or any(c.dep_ == "neg" for c in verb.children):
            continue
        for place, relation in verbs[verb.lemma_.lower()]:
            if place == "obj" and passive:
                objects = [verb.head] if verb.dep_ == "acl" else [c for c in verb.children if c.dep_ == "nsubjpass"]
            elif place == "obj":
                objects = [c for c in verb.children if c.dep_ == "dobj"]
            elif passive:
                continue
            else:
                objects = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == place
                           for o in p.children if o.dep_ == "pobj"]
            objects += [c for o in objects for c in o.conjuncts]  # "taught at Harvard and Yale"
            # a passive names the body itself ("the NDP, led by X"), not one a noun hangs on ("the OAS
            # mission, headed by X" leads the mission, not the OAS)
            found = (by_token.get(o.i) if passive else _named_in(o, holder, by_token) for o in objects)
            bodies = [m for m in found if _is_body(m, holder) and m.type != "country"]
            for key in dict.fromkeys(b.key for b in bodies):
                yield Relation(holder.key, key, relation, sentence_evidence(doc, verb, doc_id))
            if bodies:
                break


def possessive_relations(doc, mentions, by_token, doc_id: str) -> Iterable[Relation]:
    """ "Pakistan's Ministry of Foreign Affairs" -> part_of; "Pakistan's defense minister" -> member_of."""
    for m in mentions:
        if m.type == "person" and m.roles and m.country:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            roles = role_relations()  # "prime minister" leads, "minister" is a member
            relation_type = roles.get(m.roles[0]) or roles.get(m.roles[0].split()[-1], "member_of")
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
