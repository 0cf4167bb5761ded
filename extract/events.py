"""PLOVER events from a parsed document: type, actors, attribution, negation.

A cue word (verb or noun from ``lexicons/event_cues.tsv``) makes an event;
the dependency parse gives its source and target actors and its speaker.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache

from .lexicon import rows
from .model import Event, Relation

__all__ = ["Cue", "event_cues", "extract_events", "SPEECH_VERBS"]

SPEECH_VERBS = {"say", "tell", "state", "claim", "allege", "describe", "announce", "add", "argue",
                "insist", "warn", "accuse", "deny", "report", "write", "note", "highlight", "emphasize"}
SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj", "agent"}
OBJECT_DEPS = {"dobj", "pobj", "iobj", "dative", "attr", "oprd"}
# which relation an interaction makes between its source and target actors
RELATION_OF_TYPE = {
    "ASSAULT": "conflict_with", "COERCE": "conflict_with", "THREATEN": "threatens",
    "ACCUSE": "accuses", "SUPPORT": "supports", "AID": "supports", "CONSULT": "negotiates_with",
    "AGREE": "cooperates_with", "COOPERATE": "cooperates_with",
}


@dataclass(frozen=True, slots=True)
class Cue:
    type: str
    mode: str | None


@cache
def event_cues() -> dict[tuple[str, str], Cue]:
    """(lemma, part of speech) to its PLOVER category; "ANY" matches nouns and verbs.

    >>> event_cues()[("airstrike", "NOUN")]
    Cue(type='ASSAULT', mode='aerial')
    """
    table: dict[tuple[str, str], Cue] = {}
    for row in rows("event_cues.tsv"):
        lemma, pos, kind = row[0], row[1], row[2]
        cue = Cue(kind, (row[3] if len(row) > 3 else "") or None)
        for p in (("VERB", "NOUN") if pos == "ANY" else (pos,)):
            table.setdefault((lemma, p), cue)
    return table


def _cue_of(token) -> Cue | None:
    pos = "VERB" if token.pos_ in ("VERB", "AUX") else "NOUN" if token.pos_ in ("NOUN", "PROPN") else None
    if pos is None:
        return None
    return event_cues().get((token.lemma_.lower(), pos)) or event_cues().get((token.lower_, pos))


def _actors_in(tokens: Iterable, token_actor: dict[int, str]) -> list[str]:
    return list(dict.fromkeys(token_actor[t.i] for t in tokens if t.i in token_actor))


def _arguments(token, token_actor: dict[int, str]) -> tuple[list[str], list[str]]:
    """Source and target actors of a cue word from its dependents."""
    source: list[str] = []
    target: list[str] = []
    if token.pos_ in ("VERB", "AUX"):
        passive = any(c.dep_ == "nsubjpass" for c in token.children)
        for child in token.children:
            if child.dep_ in ("nsubj", "csubj"):
                source += _actors_in(child.subtree, token_actor)
            elif child.dep_ == "nsubjpass":
                target += _actors_in(child.subtree, token_actor)
            elif child.dep_ == "agent" and passive:
                source += _actors_in(child.subtree, token_actor)
            elif child.dep_ in ("dobj", "dative", "iobj"):
                target += _actors_in(child.subtree, token_actor)
            elif child.dep_ == "prep" and child.lower_ in ("against", "on", "with", "to", "at"):
                target += _actors_in(child.subtree, token_actor)
        if not source and token.dep_ in ("xcomp", "conj", "advcl"):
            source, _ = _arguments(token.head, token_actor)
    else:
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "between":
                source += _actors_in(child.subtree, token_actor)
            elif child.dep_ == "prep" and child.lower_ in ("against", "on", "with", "in", "by", "from"):
                (source if child.lower_ in ("by", "from") else target).extend(
                    _actors_in(child.subtree, token_actor))
            elif child.dep_ in ("poss", "compound", "amod"):
                source += _actors_in(child.subtree, token_actor)
        if not source and token.dep_ in OBJECT_DEPS:
            verb = token.head if token.dep_ != "pobj" else token.head.head
            for child in verb.children:
                if child.dep_ in ("nsubj",):
                    source += _actors_in(child.subtree, token_actor)
    target = [t for t in dict.fromkeys(target) if t not in source]
    return list(dict.fromkeys(source)), target


def _speaker(token, token_actor: dict[int, str]) -> tuple[str | None, bool]:
    """Who states the clause a cue word is in, and whether it is their claim."""
    head = token
    while head.dep_ not in ("ROOT",) and head.head is not head:
        if head.dep_ in ("ccomp", "parataxis") and head.head.lemma_.lower() in SPEECH_VERBS:
            verb = head.head
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            speaker = _actors_in(subject.subtree, token_actor)[:1] if subject is not None else []
            return (speaker[0] if speaker else None), verb.lemma_.lower() in ("claim", "allege")
        head = head.head
    # a quotation followed by "X said": the root is the speech verb
    root = token.sent.root
    if root.lemma_.lower() in SPEECH_VERBS and token is not root:
        subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
        speaker = _actors_in(subject.subtree, token_actor)[:1] if subject is not None else []
        return (speaker[0] if speaker else None), False
    return None, False


def extract_events(doc, *, doc_id: str, token_actor: dict[int, str],
                   dates: Callable[[int, int], tuple[str | None, str | None, str | None]],
                   publication: str | None,
                   excluded: Iterable[tuple[int, int]] = ()) -> tuple[list[Event], list[Relation]]:
    """Events of one document and the actor relations their interactions make.

    ``dates(start, end)`` gives (date, date_end, date_text) for a sentence from
    the temporal expressions in it, or (None, None, None).
    """
    from .model import Evidence  # the Evidence of each interaction relation

    excluded = list(excluded)
    events: list[Event] = []
    relations: list[Relation] = []
    for sent in doc.sents:
        if any(sent.start_char < e and s < sent.end_char for s, e in excluded):
            continue
        when = dates(sent.start_char, sent.end_char)
        for token in sent:
            cue = _cue_of(token)
            if cue is None:
                continue
            source, target = _arguments(token, token_actor)
            speaker, claim = _speaker(token, token_actor)
            if cue.type in ("ACCUSE", "REJECT") and token.lemma_.lower() in SPEECH_VERBS:
                speaker, claim = None, False
            negated = any(c.dep_ == "neg" for c in token.children)
            date, date_end, date_text = when
            events.append(Event(
                type=cue.type, mode=cue.mode, doc_id=doc_id, sentence=sent.text,
                start=sent.start_char, end=sent.end_char, trigger=token.text, trigger_start=token.idx,
                source=tuple(source), target=tuple(target), place=None,
                date=date or publication, date_end=date_end if date else None,
                date_text=date_text if date else None, date_source="text" if date else "publication",
                attributed_to=speaker, negated=negated, claim=claim,
            ))
            relation_type = RELATION_OF_TYPE.get(cue.type)
            if relation_type and not negated:
                evidence = Evidence(doc_id, sent.start_char, sent.end_char, sent.text)
                pairs = [(s, t) for s in source for t in target if s != t]
                if not target and len(source) > 1 and token.pos_ != "VERB":
                    pairs = [(source[0], s) for s in source[1:]]
                relations.extend(Relation(s, t, relation_type, evidence) for s, t in pairs)
    return events, relations
