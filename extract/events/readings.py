"""Which PLOVER reading a cue word takes in its sentence: its phrase, the act it undoes or hands
over, and the flags of the cue table (``lexicons/event_cues.tsv``) that must hold.
"""

from __future__ import annotations

from ..tokens import tokens_named
from .agents import agent_stated, arms_object, unrest_document, weapon_cause
from .clauses import Sentence, is_passive
from .cues import COOPERATIVE, Cue, event_cues, event_roles, has_role, phrasal, reversals, role_words

__all__ = ["cue_of", "lookup", "NAME_ENTITIES", "NO_EVENT"]

NO_EVENT = "-"  # a cue table row that says a phrase is no event ("declined to comment")
NAME_ENTITIES = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "WORK_OF_ART", "LAW", "EVENT",
                           "PRODUCT", "DATE", "TIME"})
POS_OF = {"VERB": "VERB", "NOUN": "NOUN", "PROPN": "NOUN", "ADJ": "ADJ"}


def _keys(token, pos: str) -> list[tuple[str, bool]]:
    """Cue keys of a word, most specific first, each flagged when it names the word's object
    ("withdraw ambassador", "hand over medicine", "hold as shield")."""
    lemma = token.lemma_.lower()
    keys: list[tuple[str, bool]] = []
    for child in token.children:
        dep, word = child.dep_, child.lemma_.lower()
        if pos == "NOUN" and dep in ("compound", "amod", "nmod"):
            keys.append((f"{word} {lemma}", False))
        elif pos == "VERB" and dep in ("dobj", "nsubjpass", "oprd", "acomp", "attr"):
            keys.append((f"{lemma} {word}", dep in ("dobj", "nsubjpass")))
        elif dep == "prt" or (dep == "prep" and pos != "NOUN") or (dep == "xcomp" and pos == "VERB"):
            keys.append((f"{lemma} {word}", False))
        if dep == "prep":
            keys.extend((f"{lemma} {child.lower_} {p.lemma_.lower()}", True) for p in child.children
                        if p.dep_ == "pobj")
            if pos == "NOUN":
                keys.append((f"{lemma} {child.lower_}", False))
        if dep == "prt":  # "lay down arms", "hand over medicine"
            keys.extend((f"{lemma} {word} {o.lemma_.lower()}", True) for o in token.children if o.dep_ == "dobj")
    if pos == "VERB" and token.dep_ == "acl" and token.tag_ == "VBN":  # "the deal struck on Monday"
        keys.append((f"{lemma} {token.head.lemma_.lower()}", True))
    if pos == "NOUN" and token.dep_ == "pobj":  # "in cooperation with": a manner, no act
        keys.insert(0, (f"{token.head.lower_} {lemma}", False))
    keys.sort(key=lambda k: -k[0].count(" "))
    return [*keys, (lemma, False), (token.lower_, False)]


def _flags_hold(cue: Cue, token, ctx: Sentence) -> bool:
    for flag in cue.flags:
        if flag == "comp" and not any(c.dep_ in ("xcomp", "ccomp") for c in token.children):
            return False
        if flag == "obj" and not any(c.dep_ in ("dobj", "nsubjpass") for c in token.children):
            return False
        if flag == "given" and not (token.dep_ in ("dobj", "nsubjpass", "conj", "pobj") and _given(token)):
            return False
        if flag == "object" and token.dep_ not in ("dobj", "nsubjpass", "conj") and not (
                token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.dep_ in ("dobj", "nsubjpass")):
            return False  # "700 kg of medicine" is an object too
        if flag == "active" and is_passive(token):
            return False
        if flag == "future" and not ctx.modality(token).future:
            return False
        if flag == "charge" and not _charges(token, ctx):
            return False
        if flag == "actor" and not any(c.dep_ == "dobj" and ctx.np_actors(c) for c in token.children):
            return False
        if flag == "coop" and not _cooperative_complement(token, ctx):
            return False
        if flag == "armed" and not tokens_named(token.doc, role_words("armed")):
            return False  # "the strikes hit power plants" in a report of missiles and drones: not a walkout
        if flag == "agent" and not agent_stated(token, ctx.token_actor):
            return False  # "an earthquake killed 40": harm with no political agent
        if flag == "unrest" and not unrest_document(token.doc):
            return False
        if flag == "weapon" and not weapon_cause(token, ctx.token_actor):
            return False  # "a missile hit the ship", not "the storm hit the coast"
        if flag == "arms" and not arms_object(token):
            return False  # "dropped barrel bombs", not "dropped the charges"
        if flag == "acting" and not _acting(token):
            return False  # "protesters marched", not "police beat a protester"
        if flag == "nonstate" and not _agent_has_role(token, "nonstate"):
            return False  # "militants detained two engineers", not "police detained two engineers"
        if flag == "people" and not any(c.dep_ in ("dobj", "nsubjpass") and (
                has_role(c, "people") or c.ent_type_ == "PERSON") for c in token.children):
            return False
        if flag == "protesters" and not any(c.dep_ == "nsubj" and _participant(c) for c in token.children):
            return False
    return True


def _participant(noun) -> bool:
    """Whether a noun names who takes part in a protest, or a number of them ("thousands of
    demonstrators")."""
    return has_role(noun, "participant") or any(
        c.dep_ == "prep" and c.lower_ == "of" and any(p.dep_ == "pobj" and has_role(p, "participant")
                                                       for p in c.children) for c in noun.children)


def _agent_has_role(verb, role: str) -> bool:
    """Whether the agent of a verb (its active subject, or its passive 'by' phrase) is a word of ``role``."""
    for child in verb.children:
        if child.dep_ in ("nsubj", "csubj") and not is_passive(verb):
            return has_role(child, role)
        if child.dep_ == "agent":
            return any(has_role(p, role) for p in child.children if p.dep_ == "pobj")
    return False


def _acting(noun) -> bool:
    """Whether a noun names who acts in its clause: the subject of a verb that is no mishap
    ("protesters marched", "thousands of protesters gathered"; not "police beat a protester")."""
    node = noun
    while node.dep_ == "conj" and node.head != node:
        node = node.head
    if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.pos_ in ("NOUN", "NUM", "PRON"):
        node = node.head.head  # "thousands of protesters"
    if node.dep_ in ("nsubj", "ROOT"):
        return not (node.dep_ == "nsubj" and has_role(node.head, "undergo"))
    return False


def _given(token) -> bool:
    """Whether a noun is what a verb hands over or withholds ("sent arms", "700 kg of medicine")."""
    node = token
    for _ in range(4):
        if node.dep_ in ("dobj", "nsubjpass"):
            roles = event_roles().get(node.head.lemma_.lower(), frozenset()) | \
                event_roles().get(phrasal(node.head) or "", frozenset())
            return bool(roles & {"transfer", "reverse"})  # handed over, or cut off ("cut gas supplies")
        if node.dep_ not in ("conj", "pobj", "prep") or node.head == node:
            return False
        node = node.head
    return False


def _cooperative_complement(token, ctx: Sentence) -> bool:
    """Whether a verb's complement is a cooperative act ("failed to reach an agreement")."""
    for comp in token.children:
        if comp.dep_ != "xcomp":
            continue
        for word in (comp, *comp.children):
            cue = lookup(word, ctx) if word.dep_ in ("xcomp", "dobj") else None
            if cue is not None and cue.type in COOPERATIVE:
                return True
    return False


def _charges(token, ctx: Sentence) -> bool:
    """A that-clause under ``token`` whose subject is an actor other than the speaker."""
    own = set(ctx.subject_actors(token))
    for comp in token.children:
        if comp.dep_ != "ccomp":
            continue
        for subject in comp.children:
            if subject.dep_ in ("nsubj", "nsubjpass") and set(ctx.np_actors(subject)) - own:
                return True
    return False


def lookup(token, ctx: Sentence, phrases_only: bool = False) -> Cue | None:
    pos = POS_OF.get(token.pos_)
    if pos is None:
        return None
    # a name is no event ("Ceasefire Violations Committee"); a capitalised common noun may be one
    if token.pos_ == "PROPN" and (token.ent_type_ in NAME_ENTITIES or token.i in ctx.token_actor):
        return None
    if pos == "NOUN" and token.i in ctx.token_actor:
        return None
    # a noun inside a phrase its head's row names ("prisoner of war"): the phrase decides
    if pos == "NOUN" and token.dep_ == "pobj" and token.head.dep_ == "prep" and \
            (f"{token.head.head.lemma_.lower()} {token.head.lower_} {token.lemma_.lower()}", "NOUN") in event_cues():
        return None
    # "any attack", "any new incursion": a hypothetical act, not one that happened; "such talks", "the
    # 13th such attack", "crimes such as rape": a kind of act, or one told already
    if pos == "NOUN" and (any(c.dep_ in ("det", "amod", "predet") and c.lower_ in ("any", "such")
                              for c in token.children) or _example_of_a_kind(token)):
        return None
    # a word modifying a noun ("the banned party", "war crimes", "aid workers") is no act of this sentence
    if token.dep_ in ("amod", "compound") and token.head.pos_ in ("NOUN", "PROPN") \
            and not has_role(token.head, "vague") \
            and not (has_role(token, "perpetrator") and token.head.i in ctx.token_actor):
        return None  # but "a mediation effort" is a mediation, "Garfield's assassin Charles Guiteau" a killing
    table = event_cues()
    for key, names_object in _keys(token, pos):
        if phrases_only and not names_object:
            continue
        for cue in table.get((key, pos), ()):
            if _flags_hold(cue, token, ctx):
                return None if cue.type == NO_EVENT else cue
    return None


def _example_of_a_kind(noun) -> bool:
    """Whether a noun is given as an example after "such as" ("crimes such as rape and murder")."""
    while noun.dep_ == "conj" and noun.head != noun:
        noun = noun.head
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ == "as" and prep.i > 0 and noun.doc[prep.i - 1].lower_ == "such"


def _object_cue(verb, ctx: Sentence) -> Cue | None:
    """The cue of a verb's object, looking through measures ("700 kg of medicine")."""
    passive = is_passive(verb)
    for child in verb.children:
        if child.dep_ != ("nsubjpass" if passive else "dobj") or child.pos_ not in ("NOUN", "PROPN", "NUM"):
            continue
        inner = lookup(child, ctx)
        if inner is None:
            inner = next((lookup(p, ctx) for prep in child.children if prep.dep_ == "prep" and prep.lower_ == "of"
                          for p in prep.children if p.dep_ == "pobj"), None)
        if inner is None:  # "aid deliveries", "arms shipments": the modifier names the act
            inner = next((cue for c in child.children if c.dep_ == "compound"
                          for cue in event_cues().get((c.lemma_.lower(), "NOUN"), ())[:1]), None)
        if inner is not None:
            return inner
    return None


def cue_of(token, ctx: Sentence) -> Cue | None:
    """The PLOVER reading of a word: a phrase it heads, the act it undoes or hands over, or its own cue."""
    if token.pos_ != "VERB":
        return lookup(token, ctx)
    phrase = lookup(token, ctx, phrases_only=True)
    if phrase is not None:
        return phrase
    # a phrasal verb's own roles win over its verb's ("ship out" removes what "ship" hands over)
    roles = event_roles().get(phrasal(token) or "") or event_roles().get(token.lemma_.lower(), frozenset())
    if ("receive" in roles or "earn" in roles) and _object_cue(token, ctx) is not None:
        return None  # "received aid from X": the aid is the act, and X gives it
    if "reverse" in roles or "transfer" in roles:
        inner = _object_cue(token, ctx)
        if inner is not None:
            if "transfer" in roles:
                return inner
            kind, mode = reversals()[inner.type]
            return Cue(kind, mode)
    own = lookup(token, ctx)
    if own is None and "transfer" in roles and _recipient(token, ctx):
        return Cue("AID")  # "will provide Ukraine with air defences": a transfer to an actor
    return own


def _recipient(verb, ctx: Sentence) -> bool:
    """Whether a verb of handing over names an actor it hands something to."""
    for child in verb.children:
        if child.dep_ in ("dative", "iobj") and child.i in ctx.token_actor:
            return True
        if child.dep_ == "dative" or (child.dep_ == "prep" and child.lower_ == "to"):
            if any(p.dep_ == "pobj" and p.i in ctx.token_actor for p in child.children):
                return True
        if child.dep_ == "dobj" and child.i in ctx.token_actor and any(
                c.dep_ == "prep" and c.lower_ == "with" for c in verb.children):
            return True
    return False
