"""Casualty figures: how many people were killed, wounded, missing, arrested, abducted or displaced.

A figure is a count (a number, a vague count such as "dozens", a bounded count such as
"at least 25" or "between 10 and 20", or an article before a victim noun: "a soldier was
killed") standing in a casualty frame: the object or passive subject of a verb done to
people ("killed 12", "12 were killed"), the subject of a verb people undergo ("four
died"), the holder of a condition ("left seven people dead", "dozens still missing"),
the complement of a deed noun ("the killing of 12 people") or a running toll ("the death
toll rose to 40"). The frames' words are data (``lexicons/casualty_words.tsv``), the
vague counts and bounds too (``counts.tsv``, ``count_bounds.tsv``).

Who reports a figure is the speaker of its clause ("..., officials said", "X told Y
that ...", "according to X", "confirmed dead by the police"); a source the text only
describes ("officials", "an eyewitness") becomes an actor of its document.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from .events.cues import event_roles
from .lexicon import rows, type_cues
from .model import Actor, Event, Figure, slugify
from .time import rules as R
from .time.values import parse_number
from .tokens import tokens_named

__all__ = ["KINDS", "count_value", "bounded", "find_counts", "extract_figures"]

KINDS = ("killed", "wounded", "missing", "arrested", "abducted", "displaced")
# entity labels of numbers that count no people
NOT_COUNTS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"})
MULTIPLIERS = {"dozen": 12, "hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}
ARTICLES = frozenset({"a", "an", "another"})
ZEROS = frozenset({"nobody", "none"})
COUNT_WORDS = ARTICLES | ZEROS | {"no"}   # count words that are no numbers, looked for token by token
GENERIC_VICTIMS = frozenset({"other", "others", "more"})
SUBSET_PREPS = frozenset({"including", "among"})
DEED_PREPS = frozenset({"of", "to", "among"})
TOLL_PREPS = frozenset({"to", "at", "of"})
COPULAS = frozenset({"be", "remain", "go", "lie", "become", "stay"})
SPEAKER_CLAUSES = frozenset({"ccomp", "parataxis", "xcomp", "advcl", "conj"})
COMPLEMENTS = frozenset({"oprd", "acomp", "xcomp", "ccomp", "attr", "dobj"})
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
CREDIT = frozenset({"responsibility", "credit"})
THING_PRONOUNS = frozenset({"it", "they"})


@cache
def casualty_words() -> dict[tuple[str, str], str]:
    """(word, frame) to the kind of figure it gives.

    >>> casualty_words()[("kill", "act")], casualty_words()[("toll", "toll")]
    ('killed', 'killed')
    """
    return {(row[0].lower(), row[2]): row[1] for row in rows("casualty_words.tsv")}


@cache
def people_only() -> frozenset[str]:
    """Casualty words that count only nouns of people (their objects are often places or things)."""
    return frozenset(row[0].lower() for row in rows("casualty_words.tsv") if len(row) > 3 and row[3] == "people")


@cache
def _people_nouns() -> tuple[frozenset[str], tuple[str, ...]]:
    table = rows("people_nouns.tsv")
    return (frozenset(r[0] for r in table if r[1] == "word"), tuple(r[0] for r in table if r[1] == "suffix"))


def names_people(noun) -> bool:
    """Whether a noun names people: a known word, a people suffix ("villager", "tourist"), or a nationality.

    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> [names_people(t) for t in Doc(Vocab(), words=["villager", "town", "child", "demonstration"])]
    [True, False, True, False]
    """
    if noun.ent_type_ in ("NORP", "PERSON"):
        return True
    words, suffixes = _people_nouns()
    word = noun.text.lower()
    lemma = (noun.lemma_ or word).lower()
    return lemma in words or word in words or lemma.endswith(suffixes) or word.rstrip("s").endswith(suffixes)


@cache
def vague_counts() -> dict[str, tuple[int, int | None]]:
    """Vague count phrase to (min, max); max None is open-ended.

    >>> vague_counts()["dozens"], vague_counts()["half a dozen"]
    ((24, None), (6, 6))
    """
    return {row[0].lower(): (int(row[1]), int(row[2]) if len(row) > 2 and row[2] else None)
            for row in rows("counts.tsv")}


@cache
def count_bounds() -> dict[str, tuple[str, str]]:
    """Bounding phrase to (rule, place).

    >>> count_bounds()["at least"], count_bounds()["or more"]
    (('atleast', 'before'), ('atleast', 'after'))
    """
    return {row[0].lower(): (row[1], row[2]) for row in rows("count_bounds.tsv")}


@cache
def source_types() -> dict[str, str]:
    """Head word of a described source to its actor type ("-": an unnamed report)."""
    return {row[0].lower(): row[1] for row in rows("figure_sources.tsv")}


def _alt(words: Iterable[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=lambda w: (-len(w), w)))


@cache
def _count_pattern() -> re.Pattern:
    word = f"(?:{_alt([w for w in R.NUMBER_WORDS if w != 'zero'] + ['million', 'billion'])})"
    words = rf"{word}(?:(?:[\s-]+|(?<=hundred)\s+and\s+|(?<=thousand)\s+and\s+){word})*"
    digits = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
    number = rf"(?:(?:{digits})(?:\s+(?:dozen|hundred|thousand|million|billion))*|{words})"
    span = rf"between\s+{number}\s+and\s+{number}|{number}\s*(?:-|–|\bto\b|\bor\b)\s*{number}"
    bounds = count_bounds()
    before = _alt(p for p, (_, place) in bounds.items() if place == "before")
    after = _alt(p for p, (_, place) in bounds.items() if place == "after")
    core = rf"{span}|{_alt(vague_counts())}|{number}"
    return re.compile(rf"(?<![\w,.-])(?:(?P<before>{before})\s+)?(?P<core>{core})(?:\s+(?P<after>{after}))?(?![\w-])",
                      re.IGNORECASE)


def _number(text: str) -> int | None:
    """A number written in digits or words, with multipliers ("2 million", "two dozen", "1,200")."""
    parts = text.lower().replace(",", "").split()
    factor = 1
    while parts and parts[-1] in MULTIPLIERS and (len(parts) > 1 or parts[-1] == "dozen"):
        if parts[-1] in ("hundred", "thousand") and not parts[:-1][-1:][0].replace(".", "").isdigit():
            break  # "two hundred": the words read as one number
        factor *= MULTIPLIERS[parts.pop()]
    value = parse_number(" ".join(parts)) if parts else 1
    if value is None:
        return None
    return int(round(value * factor))


def count_value(text: str) -> tuple[int, int | None] | None:
    """(min, max) of a count without its bounding words; max None when open-ended.

    >>> count_value("twenty-one"), count_value("1,200"), count_value("2 million"), count_value("two dozen")
    ((21, 21), (1200, 1200), (2000000, 2000000), (24, 24))
    >>> count_value("dozens"), count_value("tens of thousands"), count_value("between 10 and 20")
    ((24, None), (20000, None), (10, 20))
    >>> count_value("10-15"), count_value("two or three"), count_value("many") is None
    ((10, 15), (2, 3), True)
    """
    t = " ".join(text.lower().split())
    if t in vague_counts():
        return vague_counts()[t]
    m = re.fullmatch(r"between (.+?) and (.+)", t) or re.fullmatch(r"(.+?)\s*(?:-|–| to | or )\s*(.+)", t)
    if m:
        low, high = _number(m.group(1)), _number(m.group(2))
        if low is not None and high is not None and low <= high:
            return low, high
    n = _number(t)
    return (n, n) if n is not None else None


def bounded(value: tuple[int, int | None], rule: str | None) -> tuple[int, int | None]:
    """A count's range under its bounding words' rule.

    >>> bounded((25, 25), "atleast"), bounded((100, 100), "above"), bounded((24, 24), "above")
    ((25, None), (101, None), (25, None))
    >>> bounded((30, 30), "upto"), bounded((30, 30), "below"), bounded((4000, 4000), "exact")
    ((1, 30), (1, 29), (4000, 4000))
    """
    low, high = value
    if rule == "atleast":
        return low, None
    if rule == "above":
        return low + 1, None
    if rule == "upto":
        return 1, high if high is not None else low
    if rule == "below":
        return 1, (high if high is not None else low) - 1
    return low, high


def find_counts(text: str, offset: int = 0) -> list[tuple[int, int, int, int | None]]:
    """Counts in a text as (start, end, min, max), offsets shifted by ``offset``.

    >>> find_counts("At least six people were killed and dozens wounded.")
    [(0, 12, 6, None), (36, 42, 24, None)]
    >>> find_counts("more than two dozen soldiers, about 4,000 people, 10 or more")
    [(0, 19, 25, None), (30, 41, 4000, 4000), (50, 60, 10, None)]
    """
    found = []
    for m in _count_pattern().finditer(text):
        value = count_value(m.group("core"))
        if value is None:
            continue
        words = m.group("before") or m.group("after")
        rule = count_bounds()[" ".join(words.lower().split())][0] if words else None
        found.append((offset + m.start(), offset + m.end(), *bounded(value, rule)))
    return found


# --------------------------------------------------------------------------- frames

def _is(token, frame: str) -> str | None:
    """The kind a word gives in a frame, by lemma (verbs) or lemma and word (other words)."""
    table = casualty_words()
    return table.get((token.lemma_.lower(), frame)) or table.get((token.lower_, frame))


def _passive(verb) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def _verb_group(verb) -> list:
    """A verb and the verbs coordinated with it ("killed and wounded", "detaining and arresting")."""
    top = verb
    while top.dep_ == "conj" and top.head.pos_ in ("VERB", "AUX") and top.head != top:
        top = top.head
    return [top, *top.conjuncts]


def _complement_kinds(head, deps=COMPLEMENTS, acts: bool = True) -> list[tuple[str, object]]:
    """Kinds the complements of a verb give its subject or object ("confirmed dead", "taken hostage",
    "known to have died"); ``acts`` lets a verb done to someone count ("reported to have been killed")."""
    found = []
    for c in head.children:
        if c.dep_ in deps:
            kind = _is(c, "state") or _is(c, "taken") or (c.pos_ == "VERB" and (_is(c, "fate")
                                                                              or (acts and _is(c, "act"))))
            if kind:
                found.append((kind, c))
                # "dead and wounded": conditions coordinated with it
                found += [(k, w) for w in c.conjuncts if w.i > c.i for k in [_is(w, "state")] if k]
            if c.dep_ == "xcomp" and _leaves_home(c):
                found.append(("displaced", c))
        elif c.dep_ == "prep" and c.lower_ == "in" and head.lemma_.lower() in COPULAS:
            found += [(k, p) for p in c.children if p.dep_ == "pobj" for k in [_is(p, "held")] if k]
        elif c.dep_ == "prep" and c.lower_ == "among" and head.lemma_.lower() in COPULAS:
            # "two soldiers were among the dead"
            found += [(k, p) for p in c.children if p.dep_ == "pobj" for k in [_is(p, "state")] if k]
    return found


def _harm_kinds(verb) -> list[tuple[str, object]]:
    """Harms the subject of a verb sustains: "four miners sustained injuries", and a participle clause
    that says so ("41 people were taken to hospital, suffering from asphyxia")."""
    found = []
    for carrier in [verb, *(c for c in verb.children if c.dep_ in ("advcl", "xcomp") and c.tag_ == "VBG")]:
        if not _is(carrier, "carrier"):
            continue
        for c in carrier.children:
            harms = [c] if c.dep_ == "dobj" else [p for p in c.children if p.dep_ == "pobj"] \
                if c.dep_ == "prep" and c.lower_ == "from" else []
            found += [(k, h) for h in harms for k in [_is(h, "harm")] if k]
    return found


def _nearest_after(word, found: list[tuple[str, object]]) -> list[tuple[str, object]]:
    """Of several conditions, the one right after the counted word ("two dead and 15 injured")."""
    paired = any(c.dep_ == "conj" and c.pos_ in ("NUM", "NOUN") for _, w in found for c in w.children)
    if len({k for k, _ in found}) < 2 or not paired:
        return found  # "left scores of fighters dead and wounded": both conditions are theirs
    after = [(k, w) for k, w in found if w.i > word.i]
    return [min(after or found, key=lambda kw: abs(kw[1].i - word.i))]


def _leaves_home(verb) -> bool:
    """A verb whose object or from-phrase is a home ("leave their homes", "forced from their homes")."""
    for c in verb.children:
        if c.dep_ == "dobj" and _is(c, "home"):
            return True
        if c.dep_ == "prep" and c.lower_ == "from" and any(p.dep_ == "pobj" and _is(p, "home") for p in c.children):
            return True
    return False


def _own_kinds(noun) -> list[tuple[str, object]]:
    """Kinds a victim noun's own modifiers give ("seven people dead", "soldiers massacred by ISIL",
    "dozens still missing", "four people in hospital")."""
    found = []
    conjuncts = [c.i for c in noun.children if c.dep_ == "conj"]
    children = [c for c in noun.children if not (c.dep_ in ("acl", "relcl") and conjuncts and c.i > max(conjuncts))]
    if noun.dep_ == "conj":  # "66 and several still reported missing": the clause after the last conjunct is its
        children += [c for c in noun.head.children if c.dep_ in ("acl", "relcl") and c.i > noun.i]
    for c in children:
        if c.dep_ in ("amod", "acl", "relcl", "oprd"):
            clause = c.dep_ in ("acl", "relcl") and any(g.dep_ in ("nsubj", "dobj") for g in c.children)
            kind = None if clause else _is(c, "state")
            if kind is None and c.pos_ == "VERB" and (c.dep_ == "acl" and c.tag_ == "VBN"
                                                    or c.dep_ == "relcl" and _passive(c)):
                kind = _is(c, "act") or _is(c, "fate")
            if kind is None and c.dep_ == "relcl":
                kind = _is(c, "fate")
            if kind:
                found.append((kind, c))
            elif c.dep_ in ("acl", "relcl"):  # "several still reported missing"
                found += _complement_kinds(c, ("oprd", "acomp", "xcomp"), acts=False)
        elif c.dep_ == "prep" and c.lower_ == "in":
            found += [(k, p) for p in c.children if p.dep_ == "pobj" for k in [_is(p, "held")] if k]
    return found


def _toll_kind(toll) -> str:
    """A toll's kind: killed, unless its modifier names another ("the injury toll")."""
    for c in toll.children:
        if c.dep_ in ("compound", "amod"):
            for frame in ("deed", "state"):
                kind = _is(c, frame)
                if kind:
                    return kind
    return _is(toll, "toll") or "killed"


def frame_kinds(x) -> list[tuple[str, object]]:
    """The kinds of figure a counted word stands in, each with the word that gives it.

    ``x`` is the victim noun ("people" in "six people were killed") or, when the
    count has no noun, the count itself ("killing 12").
    """
    found = _own_kinds(x)
    if found:
        return _distinct(found)
    follower = x.nbor() if x.pos_ == "NUM" and x.i + 1 < len(x.doc) else None
    if follower is not None and follower.tag_ in ("JJ", "VBN") and _is(follower, "state"):
        return [(_is(follower, "state"), follower)]  # "two dead and 15 injured": a count and its condition
    y = x
    # a number set beside a name is an age ("Toby Miller, 15, drowned"), not a count of the name's people
    while (y.dep_ == "conj" or y.dep_ == "appos" and y.pos_ != "NUM") \
            and y.head.pos_ in ("NOUN", "PROPN", "NUM", "PRON") and y.head != y:
        y = y.head  # "six policemen and twenty civilians were injured"
    head, dep = y.head, y.dep_
    if dep == "conj" and head.dep_ in ("oprd", "acomp", "xcomp", "amod") and _is(head, "state"):
        # "left two dead and 15 injured": each count takes the condition that follows it
        return _distinct(found + _nearest_after(y, _complement_kinds(head.head)))
    if dep == "conj" and head.pos_ == "VERB":
        dep = "dobj"  # "arrested six members, two journalists, and 28 other people": a list the parser split
    if dep in ("dobj", "obj"):
        group = _verb_group(head)
        for verb in group:
            # a coordinated verb shares the object unless it has one of its own, or a subject of its own
            # ("leaving 30 people dead and 20 wounded"); the first verb's subject is everyone's
            own = [c for c in verb.children if (c.dep_ == "dobj" or c.dep_ in ("nsubj", "nsubjpass")
                                                and verb != group[0]) and c != y]
            kind = _is(verb, "act") if verb.pos_ == "VERB" else None
            if kind and (verb == head or not own):
                found.append((kind, verb))
        found += _nearest_after(x, [(k, w) for k, w in _complement_kinds(head) if w.dep_ != "dobj"])
    elif dep == "nsubjpass":
        found += _harm_kinds(head)
        for verb in _verb_group(head):
            if verb == head or not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
                kind = _is(verb, "act") or _is(verb, "state")
                if kind:
                    found.append((kind, verb))
        found += _complement_kinds(head)
    elif dep == "nsubj":
        for verb in _verb_group(head):
            if verb != head and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
                continue
            kind = _is(verb, "fate") or (_is(verb, "state") if verb.tag_ in ("VBG", "JJ") else None)
            if kind is None and _is(verb, "act") and verb.tag_ == "VBN" \
                    and not any(c.dep_ == "dobj" for c in verb.children):
                kind = _is(verb, "act")  # "dozens wounded": a passive without its auxiliary
            if kind:
                found.append((kind, verb))
        if head.lemma_.lower() in COPULAS or head.pos_ in ("VERB", "AUX"):
            found += _complement_kinds(head, ("oprd", "acomp", "attr", "xcomp"), acts=False)
        found += _harm_kinds(head)
    elif dep == "pobj":
        prep = head
        owner = prep.head
        if prep.lower_ in DEED_PREPS and owner.pos_ in ("NOUN", "PROPN"):
            kind = _is(owner, "deed")
            if kind:
                found.append((kind, owner))
        if prep.lower_ in TOLL_PREPS:
            toll = owner if _is(owner, "toll") else next(  # "the toll rose to 40", "bringing the toll to 40"
                (c for c in owner.children if c.dep_ in ("nsubj", "nsubjpass", "dobj") and _is(c, "toll")), None)
            if toll is not None:
                found.append((_toll_kind(toll), owner))
        if prep.lower_ == "with" and owner.pos_ == "VERB" and (_passive(owner) or _is(owner, "fate")):
            kind = _is(owner, "act") or _is(owner, "fate")
            if kind:
                found.append((kind, owner))  # "was killed with three other militants"
    elif dep == "attr" and head.lemma_.lower() == "be":
        toll = next((c for c in head.children if c.dep_ == "nsubj" and _is(c, "toll")), None)
        if toll is not None:
            found.append((_toll_kind(toll), head))
    return _distinct(found)


def _distinct(found: list[tuple[str, object]]) -> list[tuple[str, object]]:
    seen: dict[str, object] = {}
    for kind, word in found:
        seen.setdefault(kind, word)
    return [(k, w) for k, w in seen.items() if k in KINDS]


# --------------------------------------------------------------------------- reporters

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
    if _is(word, "estimate") and any(c.dep_ == "dobj" and _is(c, "toll") for c in word.children):
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


class _Sources:
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


# --------------------------------------------------------------------------- figures

def _victim(count_span, root):
    """The noun a count quantifies ("people" in "six people", "dozens of people"), or None."""
    if root.dep_ in ("nummod", "amod", "det", "quantmod", "nmod", "compound") and root.head not in count_span \
            and (root.head.pos_ in ("NOUN", "PROPN") or root.head.lower_ in GENERIC_VICTIMS):
        return root.head
    node = root
    for _ in range(3):
        # "dozens of people", "tens of thousands of people", "13 out of 19 crew members"
        prep = next((c for c in node.children if c.dep_ == "prep" and c.lower_ in ("of", "out")), None)
        if prep is None:
            return None
        if prep.lower_ == "out":
            prep = next((c for c in prep.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            if prep is None:
                return None
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if pobj is None:
            return None
        if pobj not in count_span and pobj.pos_ in ("NOUN", "PROPN", "PRON"):
            return pobj
        node = pobj
    return None


def _victims_text(doc, text: str, victim, after: int) -> str | None:
    if victim is None or victim.lower_ in GENERIC_VICTIMS or victim.pos_ == "PRON":
        return None
    first = max(after, victim.left_edge.i)
    last = victim.i
    for c in victim.rights:
        if c.dep_ == "prep" and c.lower_ == "of" and not any(
                p.like_num for p in c.children if p.dep_ == "pobj"):
            last = c.right_edge.i
    tokens = [t for t in doc[first:last + 1]]
    while tokens and (tokens[0].dep_ in ("det", "punct", "cc", "prep") or tokens[0].tag_ == "PRP$"
                      or tokens[0].lower_ in GENERIC_VICTIMS or tokens[0].like_num):
        tokens = tokens[1:]
    while tokens and tokens[-1].is_punct:
        tokens = tokens[:-1]
    if not tokens:
        return None
    return text[tokens[0].idx:tokens[-1].idx + len(tokens[-1])]


@dataclass(slots=True)
class _Found:
    start: int
    end: int
    low: int
    high: int | None
    root: object
    victim: object
    after: int      # index of the first token after the count

    @property
    def anchor(self):
        """The word whose place in the clause says what happened: the victim noun when the count
        modifies it ("six people"), else the count ("dozens of people", "killing 12")."""
        if self.victim is not None and self.victim.i != self.root.head.i:
            return self.root
        return self.victim if self.victim is not None else self.root


def _candidates(doc, text: str) -> list[_Found]:
    """Every count of the document with its syntactic root and victim noun."""
    found = []
    covered: set[int] = set()
    for s, e, low, high in find_counts(text):
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is None or any(t.ent_type_ in NOT_COUNTS for t in span):
            continue
        covered.update(t.i for t in span)
        found.append(_Found(s, e, low, high, span.root, _victim(span, span.root), span.end))
    for t in tokens_named(doc, COUNT_WORDS):
        if t.i in covered:
            continue
        lower = t.lower_
        if lower in ARTICLES and t.dep_ == "det" and not t.head.like_num and t.head.dep_ != "appos" and (
                t.head.tag_ in ("NN", "NNP") or lower == "another"):
            if t.head.tag_ == "NNP" and t.head.ent_type_ or _is(t.head, "measure"):
                continue  # "a Reuters report", "a large number of arrests"
            found.append(_Found(t.idx, t.idx + len(t), 1, 1, t, t.head, t.i + 1))
        elif lower == "another" and t.dep_ in ("dobj", "nsubj", "nsubjpass", "conj"):
            found.append(_Found(t.idx, t.idx + len(t), 1, 1, t, None, t.i + 1))  # "killed one, injured another"
        elif lower in ZEROS or (lower == "no" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "one"):
            end = doc[t.i + 1] if lower == "no" else t
            found.append(_Found(t.idx, end.idx + len(end), 0, 0, end, None, end.i + 1))
        elif lower == "no" and t.dep_ == "det" and t.head.tag_ == "NNS":
            found.append(_Found(t.idx, t.idx + len(t), 0, 0, t, t.head, t.i + 1))
    return sorted(found, key=lambda f: f.start)


def _kinds_of(f: _Found) -> list[tuple[str, object]]:
    victim = f.victim
    if victim is not None and _is(victim, "state") and victim.pos_ in ("ADJ", "VERB", "NOUN"):
        return [(_is(victim, "state"), victim)]  # "nine dead", "another injured"
    if victim is None and f.root.dep_ == "det" and _is(f.root.head, "state"):
        return [(_is(f.root.head, "state"), f.root.head)]
    if f.anchor is f.root and victim is not None:
        return _distinct(_own_kinds(victim) + frame_kinds(f.root))
    return frame_kinds(f.anchor)


def _subset_of(word) -> bool:
    """A count inside "including ..." or "among ..." (a part of a figure told just before)."""
    y = word
    while y.dep_ == "conj" and y.head != y:
        y = y.head
    return y.dep_ == "pobj" and y.head.lower_ in SUBSET_PREPS


def _unreal(word) -> bool:
    """Whether the casualty word tells of no harm done: negated ("were not hurt"), future or conditional
    ("would kill", "will be detained"), or only intended ("threatened to kill 20 hostages")."""
    for c in word.children:
        if c.dep_ == "neg":
            return True
        if c.dep_ in ("aux", "auxpass") and ("future" in event_roles().get(c.lower_, ()) or _is(c, "unreal")):
            return True
    head = word.head
    return word.dep_ == "xcomp" and ("intent" in event_roles().get(head.lemma_.lower(), ())
                                     or "intent" in event_roles().get(head.lower_, ()))


def _event_for(doc, word, events: list[Event]) -> str | None:
    """The event of the figure's sentence whose trigger is closest to the casualty word in the parse."""
    sent = word.sent
    here = [e for e in events if e.start <= word.idx < e.end or sent.start_char <= e.trigger_start < sent.end_char]
    if not here:
        return None
    ancestors = {a.i: n for n, a in enumerate([word, *word.ancestors])}

    def distance(event: Event) -> tuple:
        first = (event.trigger.split() or [" "])[0]
        trigger = doc.char_span(event.trigger_start, event.trigger_start + len(first), alignment_mode="expand")
        t = trigger.root if trigger is not None else None
        if t is None:
            return (3, 0, event.trigger_start)
        if t.i in ancestors:
            return (0, ancestors[t.i], event.trigger_start)
        if word in t.ancestors or word == t:
            return (1, 0, event.trigger_start)
        return (2, abs(t.i - word.i), event.trigger_start)

    return min(here, key=distance).id


def extract_figures(doc, *, doc_id: str, token_actor: dict[int, str], events: Iterable[Event] = (),
                    actors: Iterable[Actor] = (), text: str | None = None
                    ) -> tuple[tuple[Figure, ...], tuple[Actor, ...]]:
    """The casualty figures of a parsed document, and the actors made for sources it only describes.

    ``text`` is the document's text when the caller has it (``doc.text`` joins every token again).
    """
    events = list(events)
    text = doc.text if text is None else text
    sources = _Sources(doc, doc_id, token_actor, actors, text)
    figures: list[Figure] = []
    last: list[tuple[str, object, object]] = []   # kinds of the sentence's latest figure, for "including ..."
    last_sentence = None
    for f in _candidates(doc, text):
        anchor = f.anchor
        if anchor.sent.start != last_sentence:
            last, last_sentence = [], anchor.sent.start
        subset = _subset_of(anchor)
        kinds = _kinds_of(f)
        if subset and last:
            kinds = [(k, w) for k, w, _ in last]
        elif subset:
            owner = anchor
            while owner.dep_ == "conj":
                owner = owner.head
            kinds = frame_kinds(owner.head.head)
        if not kinds:
            continue
        people = f.victim is not None and f.victim.pos_ in ("NOUN", "PROPN") and names_people(f.victim)
        if f.root.lower_ in ARTICLES and f.end - f.start == len(f.root) and not people and not (
                f.root.lower_ == "another" and (f.victim is None or _is(f.victim, "state"))):
            continue  # an article counts a person: "a soldier", not "a town" or "a demonstration"
        if f.victim is not None and _is(f.victim, "thing"):
            continue
        kinds = [(k, w) for k, w in kinds if (people or w.lemma_.lower() not in people_only())
                 and (f.high == 0 or not _unreal(w))]
        if not kinds:
            continue
        after = f.after
        named = f.victim if f.victim is not None and not _is(f.victim, "state") else None  # "nine dead"
        victims = _victims_text(doc, text, named, after if named is not None and named.i >= after else 0)
        current = []
        for kind, word in kinds:
            reporter = sources.actor_of(reporter_phrase(word))
            figures.append(Figure(
                doc_id=doc_id, kind=kind, min=f.low, max=f.high, text=text[f.start:f.end], start=f.start,
                end=f.end, victims=victims, reported_by=reporter, event_id=_event_for(doc, word, events),
                subset=subset))
            current.append((kind, word, reporter))
        last = current
    return tuple(figures), sources.actors()
