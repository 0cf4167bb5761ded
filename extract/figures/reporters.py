"""Who reports a casualty figure: the speaker of its clause ("..., officials said", "X told Y that ...",
"according to X", "confirmed dead by the police"). A source the text only describes ("officials",
"an eyewitness") becomes an actor of its document; the words of described sources are data
(``lexicons/figure_sources.tsv``).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from ..events.cues import event_roles
from ..lexicon import rows, type_cues
from ..model import Actor, slugify
from .words import figure_words, kind_in

__all__ = ["reporter_phrase", "Sources", "source_types"]

SPEAKER_CLAUSES = frozenset({"ccomp", "parataxis", "xcomp", "advcl", "conj"})
PERSON_PRONOUNS = figure_words("person_pronoun")
THING_PRONOUNS = figure_words("thing_pronoun")
CREDIT = figure_words("credit")


@cache
def source_types() -> dict[str, str]:
    """Head word of a described source to its actor type ("-": an unnamed report)."""
    return {row[0].lower(): row[1] for row in rows("figure_sources.tsv")}


def _speech(token) -> bool:
    roles = event_roles().get(token.lemma_.lower(), ()) or event_roles().get(token.lower_, ())
    return token.pos_ in ("VERB", "AUX") and ("speech" in roles or "claim" in roles)


def _speaker(verb):
    """The phrase that says a reporting verb's words: its subject (the nearest before it), or its agent
    in the passive."""
    for c in verb.children:
        if c.dep_ == "agent":
            return next((p for p in c.children if p.dep_ == "pobj"), None)
    if any(c.dep_ == "auxpass" for c in verb.children):
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.lower_ not in ("who", "that")]
    before = [c for c in subjects if c.i < verb.i]
    return max(before, key=lambda c: c.i) if before else (subjects[0] if subjects else None)


def reporter_phrase(word):
    """The head of the phrase that reports the clause ``word`` is in, or None (stated as fact)."""
    if _speech(word) and any(c.dep_ == "agent" for c in word.children):
        return _speaker(word)  # "confirmed dead by the police"
    if word.dep_ == "pcomp" and word.head.lower_ == "for" and word.head.head.lemma_.lower() in CREDIT \
            and _speech(word.head.head.head):
        return _speaker(word.head.head.head)  # "X claimed responsibility for killing 12 soldiers"
    if kind_in(word, "estimate") and any(c.dep_ == "dobj" and kind_in(c, "toll") for c in word.children):
        giver = next((c for c in word.children if c.dep_ == "nsubj"), None)
        if giver is not None:
            return giver  # "hospital sources put the death toll at 25"
    node = word
    clause = False   # the path has come up through a clause: "said in a statement that 40 were killed"
    for _ in range(12):
        for c in node.children:
            if c.dep_ == "parataxis" and _speech(c) and c.i > word.i:
                return _speaker(c)  # "..., police and medical sources said"
        if node.head == node:
            break
        head = node.head
        clause = clause or node.dep_ in ("acl", "ccomp")
        if _speech(head) and (node.dep_ in SPEAKER_CLAUSES or any(c.dep_ == "agent" for c in head.children)
                              or node.dep_ == "prep" and clause):
            return _speaker(head)
        node = head
    sent = word.sent
    closing = _closing_speech(sent)
    if closing is not None and closing.i > word.i:
        return _speaker(closing)
    for t in sent:
        if t.lower_ == "according" and t.i + 1 < sent.end and t.nbor().lower_ == "to":
            return next((p for p in t.nbor().children if p.dep_ == "pobj"), None)
    return None


def _closing_speech(sent):
    """A reporting clause that closes its sentence after a comma and covers all of it
    ("..., State Radio reported on Thursday evening", "..., the head of the department told AFP")."""
    for verb in reversed(sent):
        if not _speech(verb) or any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
            continue
        subject = max((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), key=lambda c: c.i,
                      default=None)
        if subject is not None and subject.left_edge.i > sent.start \
                and subject.doc[subject.left_edge.i - 1].text == ",":
            return verb
    return None


class Sources:
    """Reporter phrases of one document turned into actor ids, described sources made actors."""

    def __init__(self, doc, doc_id: str, token_actor: dict[int, str], actors: Iterable[Actor], text: str):
        self.doc = doc
        self.text = text
        self.doc_id = doc_id
        self.token_actor = token_actor
        self.persons = {a.key for a in actors if a.type == "person"}
        self.places = {a.key for a in actors if a.type in ("location", "country")}
        self.made: dict[str, dict] = {}

    def actor_of(self, phrase) -> str | None:
        if phrase is None:
            return None
        if phrase.lower_ in PERSON_PRONOUNS | THING_PRONOUNS:
            return self._antecedent(phrase)
        if phrase.i in self.token_actor:
            return self.token_actor[phrase.i]
        kept = self._tokens(phrase)
        if source_types().get(phrase.lower_) == "-":
            return None  # "according to media reports"
        named = [t for t in kept if t.i in self.token_actor and t.dep_ != "amod"
                 and self.token_actor[t.i] not in self.places]
        if named:
            return self.token_actor[min(named, key=lambda t: abs(t.i - phrase.i)).i]
        return self._describe(phrase, kept)

    def _tokens(self, phrase) -> list:
        cut = {t.i for c in phrase.children if c.dep_ in ("relcl", "acl", "appos", "punct", "advcl")
               for t in c.subtree}
        return [t for t in phrase.subtree if t.i not in cut]

    def _antecedent(self, pronoun) -> str | None:
        person = pronoun.lower_ in PERSON_PRONOUNS
        for i in range(pronoun.i - 1, max(-1, pronoun.i - 120), -1):
            key = self.token_actor.get(i)
            if key and key not in self.places and (key in self.persons) == person:
                return key
        return None

    def _describe(self, phrase, kept) -> str | None:
        while kept and kept[0].dep_ in ("det", "poss", "case", "predet") and kept[0].pos_ in ("DET", "PRON", "PART"):
            kept = kept[1:]
        if not kept:
            return None
        start, end = kept[0].idx, kept[-1].idx + len(kept[-1])
        name = self.text[start:end]
        kind = source_types().get(phrase.lower_) or type_cues().get(phrase.lower_) or "organization"
        key = slugify(f"{name} in {self.doc_id}")
        entry = self.made.setdefault(key, {"name": name, "type": kind, "spans": []})
        entry["spans"].append((start, end))
        return key

    def actors(self) -> tuple[Actor, ...]:
        return tuple(Actor(key=key, name=e["name"], type=e["type"], aliases=(e["name"],), mentions=len(e["spans"]),
                           roles=("source",), spans=tuple(sorted(set(e["spans"]))))
                     for key, e in sorted(self.made.items()))

