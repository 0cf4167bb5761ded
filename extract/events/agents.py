"""Whether harm has a political agent: PLOVER's ASSAULT and COERCE are deliberate acts.

"An earthquake killed 40" and "a boiler exploded at the plant" state harm with no
human or organisational agent; "gunmen killed 40" and "a bomb exploded at the market"
imply one. The words of each kind are ``lexicons/event_causes.tsv``.
"""

from __future__ import annotations

from functools import cache

from ..lexicon import rows

__all__ = ["cause_words", "agent_stated", "unrest_document", "weapon_cause", "arms_object"]

CAUSER_DEPS = ("nsubj", "csubj")
NAMES = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC"})


@cache
def cause_words() -> dict[str, str]:
    """Lemma to its class: ``attacker`` or ``weapon`` (implies an agent), ``hazard`` (a natural or
    accidental cause), ``neutral`` or ``self`` (see the table).

    >>> cause_words()["earthquake"], cause_words()["grenade"], cause_words()["gunman"]
    ('hazard', 'weapon', 'attacker')
    """
    return {row[0].lower(): row[1] for row in rows("event_causes.tsv")}


def _class(token) -> str | None:
    if token.ent_type_ in NAMES:
        return None  # "Storm Corps", "Fire Brigade Union": a name, no cause
    if token.lemma_.lower() == "fire" and (token.pos_ == "VERB" or token.head.lemma_.lower() == "open"):
        return "weapon"  # "fired the shots", "opened fire": a fire is a hazard only as a blaze
    word = token.lower_
    return cause_words().get(token.lemma_.lower()) or cause_words().get(word) or \
        (cause_words().get(word[:-1]) if word.endswith("s") else None)  # "Wildfires" read as a name


def _phrase_class(token) -> str | None:
    """The class of a noun phrase: its head's, else a modifier's ("the plant's boiler", "bomb blast")."""
    found = _class(token)
    if found:
        return found
    for child in token.children:
        if child.dep_ in ("compound", "amod", "poss", "nmod"):
            found = _class(child)
            if found:
                return found
    return None


def _causer(token):
    """The word that names what did the harm: the active subject, the passive agent, a noun's owner or 'by'."""
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in token.children)
    undergoer = _class(token) == "self"
    for child in token.children:
        if child.dep_ in CAUSER_DEPS and not passive and not undergoer:
            if child.tag_ == "WDT" and token.dep_ == "relcl":
                return token.head  # "the incident that shut down the road": the incident
            return child
        if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ == "by"):
            return next((p for p in child.children if p.dep_ == "pobj"), None)
        if child.dep_ == "poss" and token.pos_ in ("NOUN", "PROPN"):
            return child
    return None


def agent_stated(token, token_actor: dict[int, str]) -> bool:
    """Whether the harm a cue word states has a human or organisational agent.

    A causer that is a hazard rules one out, an actor, attacker or weapon implies one (a place
    around a hazard or a neutral "blast" does not). Otherwise the sentence decides: a weapon or
    attack word implies an agent, a hazard rules one out, an attacker or a causer of no known kind
    implies one; with none of these, a document that names a hazard and no weapon or attacker
    rules one out.
    """
    if _class(token) == "hazard":
        return False
    causer = _causer(token)
    named = False  # a causer of no known kind ("the man stabbed ...", "the authorities closed ...")
    if causer is not None:
        kind = _phrase_class(causer)
        if kind == "hazard":
            return False
        actor = causer.i in token_actor or any(c.i in token_actor for c in causer.children
                                               if c.dep_ in ("compound", "poss", "amod", "nmod", "appos"))
        if kind in ("attacker", "weapon") or (actor and kind != "neutral"):
            return True
        named = kind is None
    classes = {_class(t) for t in token.sent if t.i != token.i}
    if "weapon" in classes:
        return True
    if "hazard" in classes:
        return False  # "authorities closed the shops after the poisoning", "their battle to contain the fires"
    if "attacker" in classes or named:
        return True
    return unrest_document(token.doc)


def unrest_document(doc) -> bool:
    """Whether a document names a weapon or attacker, or no natural or accidental hazard at all."""
    document = {_class(t) for t in doc}
    return bool(document & {"weapon", "attacker"}) or "hazard" not in document


def weapon_cause(token, token_actor: dict[int, str]) -> bool:
    """Whether a verb of impact has a weapon, an attacker or an actor for its cause, or a weapon in its
    sentence ("a missile hit the warship", "mortar rounds landed near the base"; not "floods hit the town")."""
    causer = _causer(token)
    if causer is not None and (causer.i in token_actor or _phrase_class(causer) in ("weapon", "attacker")):
        return True
    return any(_class(t) == "weapon" for t in token.sent if t.i != token.i)


def arms_object(verb) -> bool:
    """Whether a verb's direct object names a weapon, itself or in its phrase ("dropped barrel bombs",
    "dropped containers of chlorine"; not "dropped the charges")."""
    return any(_class(t) == "weapon" for c in verb.children if c.dep_ == "dobj" for t in c.subtree)
