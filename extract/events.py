"""PLOVER events from a parsed document: category, mode, actors, date, speaker, negation, claims.
Cue tables in ``lexicons/`` propose events; the dependency parse picks what each sentence states.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache

from .interactions import addressees, interaction_relations, is_reciprocal
from .lexicon import rows
from .model import Event, Evidence, Relation
from .tokens import tokens_named

__all__ = ["background_words", "cue_words", "Cue", "event_cues", "event_roles", "event_modes", "extract_events"]

# PLOVER's quad classes: future or negated acts change category by the class of the act
COOPERATIVE = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"})
VERBAL_CONFLICT = frozenset({"REQUEST", "ACCUSE", "REJECT", "THREATEN"})
MATERIAL_CONFLICT = frozenset({"PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"})
# undoing an act of one category is an act of another ("lift a curfew", "suspend aid")
REVERSED = {
    "ASSAULT": ("RETREAT", "ceasefire"), "MOBILIZE": ("RETREAT", "withdraw"),
    "COERCE": ("CONCEDE", None), "SANCTION": ("CONCEDE", None), "PROTEST": ("CONCEDE", None),
    "ACCUSE": ("CONCEDE", None), "THREATEN": ("CONCEDE", None), "REQUEST": ("CONCEDE", None),
    "REJECT": ("CONCEDE", None), "CONSULT": ("SANCTION", "cancel"), "AGREE": ("SANCTION", "cancel"),
    "SUPPORT": ("SANCTION", "sever"), "COOPERATE": ("SANCTION", "sever"), "AID": ("SANCTION", "withdraw"),
    "CONCEDE": ("SANCTION", None), "RETREAT": ("MOBILIZE", "troops"),
}
# the PLOVER THREATEN mode of a threatened act
THREAT_MODE = {
    "ASSAULT": "violence", "MOBILIZE": "violence", "SANCTION": "relations", "PROTEST": "restrict",
    "CONSULT": "relations", "AGREE": "relations", "COOPERATE": "relations", "AID": "relations",
}
THREAT_MODE_OF_COERCE = {"arrest": "arrest", "ban": "ban", "curfew": "curfew", "confiscate": "territory"}

SUBJECTS = ("nsubj", "csubj")
NO_EVENT = "-"  # a cue table row that says a phrase is no event ("declined to comment")
SOURCE_PREPS = frozenset({"by", "from"})
TARGET_PREPS = frozenset({"against", "on", "upon", "with", "to", "at", "into", "toward", "towards", "over"})
NOUN_TARGET_PREPS = (TARGET_PREPS - {"at"}) | {"of", "for"}
VERB_TARGET_PREPS = TARGET_PREPS | {"from"}
PLACE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "across", "around"})
# dependencies that keep a word inside the noun phrase that names an actor
NP_DEPS = frozenset({"compound", "amod", "poss", "nmod", "appos", "npadvmod"})
NP_PREPS = frozenset({"of", "by", "from", "in", "for"})
# links under which a cue word is an argument or complement of the word above it
ARGUMENT_DEPS = frozenset({"dobj", "pobj", "prep", "nsubj", "nsubjpass", "csubj", "attr", "oprd", "xcomp",
                           "ccomp", "acomp", "dative", "pcomp", "agent", "compound", "amod", "poss", "nmod",
                           "appos", "relcl", "acl", "advcl", "npadvmod", "dep", "mark", "aux", "neg"})
PRONOUNS = frozenset({"it", "its", "they", "their", "them", "he", "his", "him", "she", "her", "we", "our",
                      "us", "itself", "themselves"})
PERSON_PRONOUNS = frozenset({"he", "his", "him", "she", "her"})
NAME_ENTITIES = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "WORK_OF_ART", "LAW", "EVENT",
                           "PRODUCT", "DATE", "TIME"})
PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
POS_OF = {"VERB": "VERB", "NOUN": "NOUN", "PROPN": "NOUN", "ADJ": "ADJ"}


@dataclass(frozen=True, slots=True)
class Cue:
    type: str
    mode: str | None = None
    flags: frozenset[str] = frozenset()


@cache
def event_cues() -> dict[tuple[str, str], tuple[Cue, ...]]:
    """(cue, part of speech) to its PLOVER readings, the first whose flags hold wins.

    >>> event_cues()[("airstrike", "NOUN")][0].mode
    'aerial'
    >>> [c.type for c in event_cues()[("protest", "VERB")]]
    ['ACCUSE', 'PROTEST']
    """
    table: dict[tuple[str, str], list[Cue]] = {}
    for row in rows("event_cues.tsv"):
        cells = (*row, "", "", "")
        cue = Cue(cells[2], cells[3] or None, frozenset(f for f in cells[4].split(",") if f))
        for pos in (("VERB", "NOUN") if cells[1] == "ANY" else (cells[1],)):
            table.setdefault((cells[0].lower(), pos), []).append(cue)
    return {key: tuple(cues) for key, cues in table.items()}


@cache
def event_roles() -> dict[str, frozenset[str]]:
    """Word to the roles it plays around events (speech verb, reversal, intent, ...).

    >>> sorted(event_roles()["withdraw"])
    ['reverse']
    """
    table: dict[str, set[str]] = {}
    for row in rows("event_roles.tsv"):
        table.setdefault(row[0].lower(), set()).add(row[1])
    return {word: frozenset(roles) for word, roles in table.items()}


@cache
def cue_words() -> frozenset[str]:
    """Every word of every cue and role: a token that is none of them starts no event.

    >>> {"airstrike", "withdraw", "say"} <= cue_words()
    True
    """
    words = {word for key, _ in event_cues() for word in key.split()}
    words.update(word for key in event_roles() for word in key.split())
    return frozenset(words)


@cache
def event_modes() -> dict[tuple[str, str], str]:
    """(word, PLOVER type) to the mode the word gives an event of that type.

    >>> event_modes()[("tank", "ASSAULT")]
    'heavy-weapons'
    """
    return {(row[0].lower(), row[1]): row[2] for row in rows("event_modes.tsv")}


def _has_role(token, role: str) -> bool:
    return role in event_roles().get(token.lemma_.lower(), ()) or role in event_roles().get(token.lower_, ())


def _phrasal(token) -> str | None:
    particle = next((c for c in token.children if c.dep_ == "prt"), None)
    return f"{token.lemma_.lower()} {particle.lower_}" if particle is not None else None


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
    keys.sort(key=lambda k: -k[0].count(" "))
    return [*keys, (lemma, False), (token.lower_, False)]


def _is_passive(token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in token.children)


def _flags_hold(cue: Cue, token, ctx: _Sentence) -> bool:
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
        if flag == "active" and _is_passive(token):
            return False
        if flag == "future" and not ctx.modality(token).future:
            return False
        if flag == "charge" and not _charges(token, ctx):
            return False
        if flag == "actor" and not any(c.dep_ == "dobj" and ctx.np_actors(c) for c in token.children):
            return False
        if flag == "coop" and not _cooperative_complement(token, ctx):
            return False
        if flag == "armed" and not tokens_named(token.doc, _armed_words()):
            return False  # "the strikes hit power plants" in a report of missiles and drones: not a walkout
    return True


@cache
def background_words() -> frozenset[str]:
    """Words that open a phrase of an earlier or other act ("after", "since", "despite").

    >>> "since" in background_words()
    True
    """
    return frozenset(word for word, roles in event_roles().items() if "background" in roles)


@cache
def _armed_words() -> frozenset[str]:
    return frozenset(word for word, roles in event_roles().items() if "armed" in roles)


def _given(token) -> bool:
    """Whether a noun is what a verb hands over or withholds ("sent arms", "700 kg of medicine")."""
    node = token
    for _ in range(4):
        if node.dep_ in ("dobj", "nsubjpass"):
            roles = event_roles().get(node.head.lemma_.lower(), frozenset()) | \
                event_roles().get(_phrasal(node.head) or "", frozenset())
            return bool(roles & {"transfer", "reverse"})  # handed over, or cut off ("cut gas supplies")
        if node.dep_ not in ("conj", "pobj", "prep") or node.head == node:
            return False
        node = node.head
    return False


def _cooperative_complement(token, ctx: _Sentence) -> bool:
    """Whether a verb's complement is a cooperative act ("failed to reach an agreement")."""
    for comp in token.children:
        if comp.dep_ != "xcomp":
            continue
        for word in (comp, *comp.children):
            cue = _lookup(word, ctx) if word.dep_ in ("xcomp", "dobj") else None
            if cue is not None and cue.type in COOPERATIVE:
                return True
    return False


def _charges(token, ctx: _Sentence) -> bool:
    """A that-clause under ``token`` whose subject is an actor other than the speaker."""
    own = set(ctx.subject_actors(token))
    for comp in token.children:
        if comp.dep_ != "ccomp":
            continue
        for subject in comp.children:
            if subject.dep_ in ("nsubj", "nsubjpass") and set(ctx.np_actors(subject)) - own:
                return True
    return False


def _lookup(token, ctx: _Sentence, phrases_only: bool = False) -> Cue | None:
    pos = POS_OF.get(token.pos_)
    if pos is None:
        return None
    # a name is no event ("Ceasefire Violations Committee"); a capitalised common noun may be one
    if token.pos_ == "PROPN" and (token.ent_type_ in NAME_ENTITIES or token.i in ctx.token_actor):
        return None
    if pos == "NOUN" and token.i in ctx.token_actor:
        return None
    # "any attack", "any new incursion": a hypothetical act, not one that happened
    if pos == "NOUN" and any(c.dep_ == "det" and c.lower_ == "any" for c in token.children):
        return None
    # a word modifying a noun ("the banned party", "war crimes", "aid workers") is no act of this sentence
    if token.dep_ in ("amod", "compound") and token.head.pos_ in ("NOUN", "PROPN") \
            and not _has_role(token.head, "vague"):  # but "a mediation effort" is a mediation
        return None
    table = event_cues()
    for key, names_object in _keys(token, pos):
        if phrases_only and not names_object:
            continue
        for cue in table.get((key, pos), ()):
            if _flags_hold(cue, token, ctx):
                return None if cue.type == NO_EVENT else cue
    return None


def _object_cue(verb, ctx: _Sentence) -> Cue | None:
    """The cue of a verb's object, looking through measures ("700 kg of medicine")."""
    passive = _is_passive(verb)
    for child in verb.children:
        if child.dep_ != ("nsubjpass" if passive else "dobj") or child.pos_ not in ("NOUN", "PROPN", "NUM"):
            continue
        inner = _lookup(child, ctx)
        if inner is None:
            inner = next((_lookup(p, ctx) for prep in child.children if prep.dep_ == "prep" and prep.lower_ == "of"
                          for p in prep.children if p.dep_ == "pobj"), None)
        if inner is not None:
            return inner
    return None


def _cue_of(token, ctx: _Sentence) -> Cue | None:
    """The PLOVER reading of a word: a phrase it heads, the act it undoes or hands over, or its own cue."""
    if token.pos_ != "VERB":
        return _lookup(token, ctx)
    phrase = _lookup(token, ctx, phrases_only=True)
    if phrase is not None:
        return phrase
    roles = event_roles().get(_phrasal(token) or "", frozenset()) | event_roles().get(token.lemma_.lower(), frozenset())
    if "reverse" in roles or "transfer" in roles:
        inner = _object_cue(token, ctx)
        if inner is not None:
            if "transfer" in roles:
                return inner
            kind, mode = REVERSED[inner.type]
            return Cue(kind, mode)
    own = _lookup(token, ctx)
    if own is None and "transfer" in roles and _recipient(token, ctx):
        return Cue("AID")  # "will provide Ukraine with air defences": a transfer to an actor
    return own


def _recipient(verb, ctx: _Sentence) -> bool:
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


@dataclass(frozen=True, slots=True)
class _Modality:
    future: bool = False
    negated: bool = False
    unless: bool = False
    obligation: bool = False
    prepare: bool = False


@dataclass(slots=True)
class _Candidate:
    token: object
    cue: Cue
    type: str
    mode: str | None
    synthetic: bool = False
    governor: int | None = None      # index of the cue word this one is part of
    claim_of: int | None = None      # index of the accusation whose claim this is
    background: str | None = None    # 'past' or 'scene' when under a background phrase
    merged: list = field(default_factory=list)


class _Sentence:
    """One sentence's parse with the lookups the event rules share."""

    def __init__(self, sent, token_actor: dict[int, str], persons: frozenset[str] = frozenset(),
                 document_places: list | None = None):
        self.sent = sent
        # place names of the whole document, found once (Doc.ents is rebuilt on every access)
        self.document_places = document_places if document_places is not None else _place_entities(sent.doc)
        self.token_actor = token_actor
        self.persons = persons
        self._modality: dict[int, _Modality] = {}
        self._resolving: set[int] = set()
        self._places: list | None = None

    @property
    def places(self) -> list:
        """The sentence's place names that follow a place preposition ("in Kabul"), read once."""
        if self._places is None:
            self._places = [ent for ent in self.document_places
                            if self.sent.start <= ent.start and ent.end <= self.sent.end]
        return self._places

    # -- actors ------------------------------------------------------------------------------
    def np_actors(self, token, depth: int = 0) -> list[str]:
        """Actors a noun phrase names: its head first, then owners and members ("Pakistan's ministry")."""
        found: list[str] = []
        if token.i in self.token_actor:
            found.append(self.token_actor[token.i])
        elif token.lower_ in PRONOUNS and depth == 0:
            resolved = self.pronoun(token)
            if resolved:
                found.append(resolved)
        if depth > 4:
            return found
        for child in token.children:
            if child.dep_ in NP_DEPS:
                found += self.np_actors(child, depth + 1)
            elif child.dep_ == "prep" and child.lower_ in NP_PREPS:
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        found += self.np_actors(pobj, depth + 1)
                        found += [a for c in pobj.conjuncts for a in self.np_actors(c, depth + 1)]
            elif child.dep_ == "acl":  # "a statement issued by the ministry"
                for agent in child.children:
                    if agent.dep_ == "agent":
                        found += [a for p in agent.children if p.dep_ == "pobj" for a in self.np_actors(p, depth + 1)]
        return list(dict.fromkeys(found))

    def groups(self, token) -> list[list[str]]:
        """Actors of a phrase and of each phrase coordinated with it, one list per conjunct."""
        out = [self.np_actors(token)]
        out += [self.np_actors(c) for c in token.conjuncts if c.i > token.i]
        return [g for g in out if g]

    def pronoun(self, token) -> str | None:
        """A pronoun's actor: the agreeing subject of its clause or of a clause above, else of an earlier one."""
        if token.i in self._resolving:
            return None
        self._resolving.add(token.i)
        try:
            person = token.lower_ in PERSON_PRONOUNS
            # first subjects that are actors themselves, then any subject naming one ("Pakistan's actions")
            for strict in (True, False):
                node = token
                for _ in range(10):
                    if node.head == node:
                        break
                    node = node.head
                    if node.pos_ not in ("VERB", "AUX"):
                        continue
                    subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")
                                and not c.is_ancestor(token) and c != token]
                    if strict:
                        subjects = [c for c in subjects if c.i in self.token_actor]
                    actors = [a for c in subjects for a in self.np_actors(c)]
                    for actor in actors:
                        if (actor in self.persons) == person:
                            return actor
            for candidate in reversed(range(self.sent.start, token.i)):
                other = token.doc[candidate]
                if other.i not in self.token_actor:
                    continue
                head = other
                while head.dep_ in NP_DEPS or head.dep_ in ("pobj", "prep"):
                    head = head.head
                if head.dep_ in ("nsubj", "nsubjpass") and (self.token_actor[other.i] in self.persons) == person:
                    return self.token_actor[other.i]
            return None
        finally:
            self._resolving.discard(token.i)

    def subject_actors(self, verb) -> list[str]:
        """Actors of a verb's subject, borrowed from the governing verb when it has none of its own."""
        seen = 0
        while verb is not None and seen < 6:
            seen += 1
            for child in verb.children:
                if child.dep_ in SUBJECTS:
                    if child.lower_ in ("who", "which", "that") and verb.dep_ == "relcl":
                        return self.np_actors(verb.head)
                    return [a for g in self.groups(child) for a in g]
            if verb.dep_ in ("xcomp", "conj", "advcl", "acl", "pcomp") and verb.head != verb:
                if verb.dep_ == "acl":
                    return self.np_actors(verb.head) if verb.tag_ == "VBG" else []
                verb = verb.head
                if verb.dep_ == "prep":  # "accused X of violating": the accused acts
                    verb = verb.head
                    continue
                if _is_passive(verb):  # "was forced to turn back": the one forced acts
                    return [a for c in verb.children if c.dep_ == "nsubjpass" for g in self.groups(c) for a in g]
                continue
            return []
        return []

    # -- clause context ----------------------------------------------------------------------
    def anchor(self, token):
        """The verb or adjective whose tense, modality and negation apply to a cue word."""
        if token.pos_ in ("NOUN", "PROPN") and token.dep_ in ("nsubj", "nsubjpass"):
            return None  # "Wednesday's meeting will finalise the text": the meeting is no promise
        node = token
        for _ in range(8):
            if node.pos_ in ("VERB", "AUX") or (node.pos_ == "ADJ" and node.dep_ in ("ROOT", "acomp", "ccomp",
                                                                                      "xcomp", "conj")):
                return node
            if node.head == node or _is_background(node):
                return None
            node = node.head
        return None

    def modality(self, token) -> _Modality:
        if token.i in self._modality:
            return self._modality[token.i]
        anchor = self.anchor(token)
        result = _Modality()
        if anchor is not None:
            result = self._clause_modality(anchor)
            if anchor != token and _has_role(anchor, "intent") and not result.future:
                result = _Modality(True, result.negated, result.unless, result.obligation, result.prepare)
            if token != anchor and any(c.dep_ == "neg" for c in token.children):
                result = _Modality(result.future, True, result.unless, result.obligation, result.prepare)
        self._modality[token.i] = result
        return result

    def _clause_modality(self, verb) -> _Modality:
        future = negated = unless = obligation = prepare = False
        node = verb
        for depth in range(5):
            for child in node.children:
                word = child.lower_
                if child.dep_ in ("aux", "auxpass") and "future" in event_roles().get(word, ()):
                    future = True
                elif child.dep_ in ("aux", "auxpass") and "obligation" in event_roles().get(word, ()):
                    obligation = True
                elif child.dep_ == "neg":
                    negated = negated or depth == 0 or node.dep_ != "ccomp"
                elif child.dep_ == "advcl" and any(m.dep_ == "mark" and _has_role(m, "condition")
                                                   for m in child.children):
                    unless = True
            if node != verb and (_has_role(node, "intent") or node.lemma_.lower() == "go" and node.tag_ == "VBG"):
                future = True
            if node != verb and _has_role(node, "prepare") and node.pos_ == "VERB" and not _is_passive(node):
                prepare = True
            # "have to", "has to": obligation by an ordinary verb
            if node != verb and node.lemma_.lower() == "have" and verb.dep_ == "xcomp":
                obligation = True
            infinitive = node.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)
            # coordinated verbs share their auxiliaries and frames ("pledged to expand trade and boost ties")
            shared = node.dep_ == "conj" and node.tag_ == "VB" and node.head.pos_ in ("VERB", "AUX")
            if (node.dep_ not in ("xcomp", "acomp") and not infinitive and not shared) or node.head == node:
                break
            node = node.head
        return _Modality(future, negated, unless, obligation, prepare)

    def speaker(self, token) -> tuple[list[str], bool, object | None]:
        """Who states the clause a word is in (head actor first), whether as a claim, and the reporting verb."""
        node = token
        for _ in range(12):
            if node.head == node:
                break
            head = node.head
            if node.dep_ in ("ccomp", "parataxis", "xcomp", "advcl") and (
                    _has_role(head, "speech") or _has_role(head, "claim")):
                if node.dep_ == "advcl" and any(c.dep_ == "mark" for c in node.children):
                    node = head
                    continue
                return self.reporter(head), _has_role(head, "claim"), head
            node = head
        root = self.sent.root
        if (_has_role(root, "speech") or _has_role(root, "claim")) and token != root \
                and token.i < root.i and not token.is_ancestor(root):
            return self.reporter(root), _has_role(root, "claim"), root
        for word in self.sent:  # "according to X"
            if word.lower_ == "according" and word.i + 1 < self.sent.end and word.nbor().lower_ == "to":
                for pobj in word.nbor().children:
                    if pobj.dep_ == "pobj":
                        actors = self.np_actors(pobj)
                        if actors:
                            return actors, False, None
        return [], False, None

    def reporter(self, verb) -> list[str]:
        passive = _is_passive(verb)
        for child in verb.children:
            if child.dep_ == "agent" and passive:
                return [a for p in child.children if p.dep_ == "pobj" for a in self.np_actors(p)]
        return self.subject_actors(verb) if not passive else []


def _background(node) -> str | None:
    """Whether a phrase sets the scene of its clause: 'past' (an earlier or other act: "after the
    clashes"), 'scene' (around the act: "on the second day of clashes", "during talks"), or None."""
    if node.dep_ == "prep" or (node.dep_ in ("advcl", "acl") and _has_role(node, "background")):
        if _has_role(node, "background"):
            return "past"
        if _has_role(node, "scene"):
            return "scene"
        if any(p.dep_ == "pobj" and (p.ent_type_ in ("DATE", "TIME") or _has_role(p, "timeword"))
               for p in node.children):
            return "scene"
    elif node.dep_ == "advcl" and any(m.dep_ == "mark" and _has_role(m, "background") for m in node.children):
        return "past"
    return None


def _is_background(node) -> bool:
    return _background(node) is not None


def _link(node) -> str:
    """How a word relates to the word above it: 'argument', 'coordinate', 'descriptive', 'past' or 'scene'."""
    background = _background(node)
    if background:
        return background
    if node.dep_ in ("conj", "parataxis") and node.pos_ in ("VERB", "AUX") and node.head.pos_ in ("VERB", "AUX"):
        return "coordinate"
    if node.dep_ == "advcl" and node.tag_ == "VBG" and not any(c.dep_ in ("mark", "aux") for c in node.children):
        return "coordinate"  # "opened fire, killing one person": a further act
    if node.dep_ in ("relcl", "acl") and node.head.pos_ in ("NOUN", "PROPN", "PRON"):
        return "descriptive"
    return "argument"


class _EventBuilder:
    """Turns one sentence's candidate cue words into the events it states."""

    def __init__(self, ctx: _Sentence, excluded: list[tuple[int, int]], cue_tokens: list):
        self.ctx = ctx
        self.excluded = excluded
        self.cue_tokens = cue_tokens  # the sentence's tokens that are cue or role words

    def candidates(self) -> dict[int, _Candidate]:
        ctx = self.ctx
        found: dict[int, _Candidate] = {}
        for token in self.cue_tokens:
            if any(s <= token.idx < e for s, e in self.excluded):
                continue
            cue = _cue_of(token, ctx)
            if cue is not None:
                found[token.i] = _Candidate(token, cue, cue.type, cue.mode)
        # statements with no cue word: "X said Y will not ...", "X said Y must ..."
        for token in ctx.sent:
            if token.i in found or token.pos_ not in ("VERB", "AUX") or token.dep_ not in ("ccomp", "conj"):
                continue
            speakers, _, verb = ctx.speaker(token)
            if verb is None or (token.dep_ == "conj" and token.head.dep_ != "ccomp"):
                continue
            modality = ctx._clause_modality(token)
            if modality.negated and modality.future:
                found[token.i] = _Candidate(token, Cue("REJECT"), "REJECT", None, synthetic=True)
            elif modality.obligation and not modality.negated:
                subjects = ctx.subject_actors(token)
                if subjects and not set(speakers) & set(subjects):
                    found[token.i] = _Candidate(token, Cue("REQUEST"), "REQUEST", None, synthetic=True)
        return found

    def structure(self, found: dict[int, _Candidate]) -> None:
        """Attach each cue word to the cue word it is part of, and mark scenery and asides."""
        for cand in found.values():
            node = cand.token
            under_ccomp = descriptive = False
            for _ in range(20):
                if node.head == node:
                    break
                link = _link(node)
                if link in ("past", "scene"):
                    cand.background = link
                    break
                if link == "coordinate" and node.head.i in found:
                    head = found[node.head.i]
                    if head.type == cand.type:
                        cand.governor = head.token.i  # one act told with two verbs: one event
                        cand.merged.append("same")
                    elif cand.type in VERBAL_CONFLICT and head.type in MATERIAL_CONFLICT and \
                            node.dep_ == "advcl":
                        cand.governor = head.token.i  # "blocked roads, demanding ...": the protest's aim
                    break
                descriptive = descriptive or link == "descriptive"
                under_ccomp = node.dep_ == "ccomp"
                if node.dep_ == "xcomp":  # "it is unreasonable to blame X": the adjective frames the act
                    frame = next((c for c in node.head.children if c.dep_ == "acomp" and c.i in found), None)
                    if frame is not None:
                        cand.governor = frame.i
                        break
                node = node.head
                if node.i in found:
                    governor = found[node.i]
                    if governor.type == "ACCUSE" and under_ccomp and cand.type != "ACCUSE":
                        cand.claim_of = node.i  # "X claims Y is supporting Z": a claim by X
                    else:
                        cand.governor = node.i
                    break
            if cand.governor is None and cand.claim_of is None and descriptive and cand.background is None:
                cand.background = "past"  # an aside in a relative clause ("the faction that controls X")

    def events(self, doc_id: str, when, publication: str | None) -> tuple[list[Event], list[Relation]]:
        ctx = self.ctx
        found = self.candidates()
        self.structure(found)
        # governors learn from their parts: the act threatened, the weapon named, the target
        parts: dict[int, list[_Candidate]] = {}
        for cand in found.values():
            if cand.governor is not None:
                parts.setdefault(cand.governor, []).append(cand)
        events: list[Event] = []
        relations: list[Relation] = []
        sent = ctx.sent
        evidence = Evidence(doc_id, sent.start_char, sent.end_char, sent.text)
        tops = [c for c in found.values() if c.governor is None]
        main = any(c.background is None for c in tops)
        for index in sorted(found):
            cand = found[index]
            if cand.governor is not None:
                continue
            own_parts = self._parts(index, parts)
            # the sentence is about its main act; earlier acts and scenery come in only when they are
            # all there is, or when the scene names its participants ("the second day of clashes between X and Y")
            if main and cand.background == "past":
                continue
            if main and cand.background == "scene" and not any(self._own_actors(cand)[:2]):
                continue
            built = self._build(cand, own_parts, found)
            if built is None:
                continue
            kind, mode, source, target, groups, speaker, claim, negated = built
            date, date_end, date_text = when(cand.token)
            events.append(Event(
                type=kind, mode=mode, doc_id=doc_id, sentence=sent.text, start=sent.start_char,
                end=sent.end_char, trigger=cand.token.text, trigger_start=cand.token.idx,
                source=tuple(source), target=tuple(target), place=self._place(cand, source, target),
                date=date or publication, date_end=date_end if date else None,
                date_text=date_text if date else None, date_source="text" if date else "publication",
                attributed_to=speaker, negated=negated, claim=claim,
            ))
            modality = ctx.modality(cand.token) if not cand.background else _Modality()
            hypothetical = (modality.future or modality.unless) and kind != "THREATEN"
            relations.extend(interaction_relations(
                kind, mode, source, target, groups, evidence, reciprocal=is_reciprocal(cand.token),
                asserted=not (negated or claim or hypothetical), audience=addressees(cand.token, ctx.token_actor)))
        return events, relations

    def _parts(self, index: int, parts: dict[int, list[_Candidate]]) -> list[_Candidate]:
        out, todo = [], list(parts.get(index, ()))
        while todo:
            part = todo.pop()
            out.append(part)
            todo.extend(parts.get(part.token.i, ()))
        return out

    def _own_actors(self, cand: _Candidate) -> tuple[list[str], list[str], list[list[str]]]:
        """Source and target actors named in the cue word's own dependents."""
        ctx, token = self.ctx, cand.token
        source: list[str] = []
        target: list[str] = []
        groups: list[list[str]] = []
        if token.pos_ in ("VERB", "AUX", "ADJ"):
            passive = _is_passive(token)
            for child in token.children:
                dep = child.dep_
                if dep in SUBJECTS:
                    if child.lower_ in ("who", "which", "that") and token.dep_ == "relcl":
                        groups.append(ctx.np_actors(token.head))
                    else:
                        groups += ctx.groups(child)
                elif dep == "nsubjpass":
                    target += [a for g in ctx.groups(child) for a in g]
                elif dep == "agent" and passive:
                    for pobj in child.children:
                        if pobj.dep_ == "pobj":
                            groups += ctx.groups(pobj)
                elif dep in ("dobj", "dative", "iobj"):
                    if _lookup(child, ctx) is None or child.i in ctx.token_actor:
                        target += [a for g in ctx.groups(child) for a in g]
                    else:
                        target += self._noun_targets(child)
                elif dep == "prep" and child.lower_ == "between":
                    groups += [g for p in child.children if p.dep_ == "pobj" for g in ctx.groups(p)]
                elif dep == "prep" and (child.lower_ in VERB_TARGET_PREPS):
                    target += [a for p in child.children if p.dep_ == "pobj" for g in ctx.groups(p) for a in g]
            if not groups:
                inherited = ctx.subject_actors(token) if token.dep_ != "ROOT" else []
                if inherited:
                    groups = [inherited]
        else:
            for child in token.children:
                dep = child.dep_
                if dep in ("poss", "compound", "amod", "nmod"):
                    actors = ctx.np_actors(child)
                    if actors:
                        groups.append(actors)
                elif dep == "prep" and child.lower_ == "between":
                    groups += [g for p in child.children if p.dep_ == "pobj" for g in ctx.groups(p)]
                elif dep == "prep" and child.lower_ in SOURCE_PREPS:
                    groups += [g for p in child.children if p.dep_ == "pobj" for g in ctx.groups(p)]
                elif dep == "prep" and child.lower_ in NOUN_TARGET_PREPS:
                    target += [a for p in child.children if p.dep_ == "pobj" for g in ctx.groups(p) for a in g]
        source = [a for g in groups for a in g]
        return list(dict.fromkeys(source)), list(dict.fromkeys(target)), groups

    def _noun_targets(self, noun) -> list[str]:
        return [a for child in noun.children if child.dep_ == "prep" and child.lower_ in NOUN_TARGET_PREPS
                for p in child.children if p.dep_ == "pobj" for g in self.ctx.groups(p) for a in g]

    def _host_actors(self, token) -> tuple[list[str], list[str], list[list[str]]]:
        """Actors of the verb a noun cue is the object or subject of ("X imposed sanctions on Y")."""
        ctx = self.ctx
        node = token
        while node.dep_ in ("pobj", "prep", "conj", "appos", "compound") and node.head != node \
                and node.head.pos_ not in ("VERB", "AUX", "ADJ"):
            if _is_background(node):
                return [], [], []
            node = node.head
        if node.head == node or _is_background(node):
            return [], [], []
        link, verb = node.dep_, node.head
        if link not in ("dobj", "attr", "oprd", "nsubjpass", "nsubj", "prep", "xcomp", "dative"):
            return [], [], []
        if verb.pos_ == "ADJ" and verb.dep_ == "acomp":  # "open to negotiations": the one who is open
            link, verb = "dobj", verb.head
        groups: list[list[str]] = []
        target: list[str] = []
        if verb.pos_ not in ("VERB", "AUX"):
            if link == "dobj":  # a verb tagged as a noun: "Pakistan and Afghanistan exchange airstrikes"
                groups = [g for c in verb.children if c.dep_ in ("nsubj", "nmod", "compound") for g in ctx.groups(c)]
                return [a for g in groups for a in g], [], groups
            return [], [], []
        passive = _is_passive(verb)
        for child in verb.children:
            if child == node:
                continue
            if child.dep_ in SUBJECTS and link != "nsubj":
                groups += ctx.groups(child)
            elif child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ == "between"):
                groups += [g for p in child.children if p.dep_ == "pobj" for g in ctx.groups(p)]
            elif child.dep_ == "nsubjpass" and passive:
                target += [a for g in ctx.groups(child) for a in g]
            elif child.dep_ in ("dative", "iobj") or (child.dep_ == "dobj" and link == "nsubj"):
                target += [a for g in ctx.groups(child) for a in g]
            elif child.dep_ == "prep" and child.lower_ in VERB_TARGET_PREPS:
                target += [a for p in child.children if p.dep_ == "pobj" for g in ctx.groups(p) for a in g]
        if not groups and link != "nsubj" and not passive:
            inherited = ctx.subject_actors(verb)
            if inherited:
                groups = [inherited]
        return [a for g in groups for a in g], target, groups

    def _build(self, cand: _Candidate, parts: list[_Candidate], found: dict[int, _Candidate]):
        ctx, token = self.ctx, cand.token
        source, target, groups = self._own_actors(cand)
        if token.pos_ in ("NOUN", "PROPN") and not source:
            host_source, host_target, host_groups = self._host_actors(token)
            source, groups = host_source, host_groups
            target = target or host_target
        kind, mode = cand.type, cand.mode
        modality = ctx.modality(token) if not cand.background else _Modality()
        negated = modality.negated
        speakers, claim, report_verb = ctx.speaker(token)
        # the act a verbal event is about gives its target, and a threat its mode
        for part in sorted(parts, key=lambda p: p.token.i):
            if part.merged:
                p_source, p_target, p_groups = self._own_actors(part)
                source = list(dict.fromkeys(source + p_source))
                target = list(dict.fromkeys(target + p_target))
            if mode is None and part.type == kind:
                mode = part.mode
            if kind == "THREATEN" and mode is None:
                mode = _threat_mode(part.type, part.mode)
        if not target and kind in VERBAL_CONFLICT | COOPERATIVE:
            target = self._complement_actors(token, source)
            if not target:
                for part in parts:
                    p_source, p_target, _ = self._own_actors(part)
                    target += [a for a in p_source + p_target if a not in source]
        if cand.claim_of is not None:
            accuser = found[cand.claim_of]
            accusers = self._own_actors(accuser)[0] or ctx.subject_actors(accuser.token)
            speakers, claim = (accusers or speakers), True
        if cand.synthetic:
            kind, negated = cand.type, cand.type == "REJECT"
            if kind == "REQUEST":
                target, source = list(dict.fromkeys(source + target)), []
        elif negated and (kind in COOPERATIVE or modality.future):
            kind, mode = "REJECT", None
        elif not negated and modality.future and (modality.unless or kind in MATERIAL_CONFLICT):
            if modality.prepare and kind in MATERIAL_CONFLICT:
                kind, mode = "MOBILIZE", _mobilize_mode(cand, parts)
            else:
                kind, mode = "THREATEN", _threat_mode(kind, mode)
        elif not negated and modality.future and kind in COOPERATIVE and kind != "AGREE":
            kind, mode = "AGREE", None
        elif not negated and modality.obligation and report_verb is not None and kind != "REQUEST":
            kind, mode = "REQUEST", None
            target, source = list(dict.fromkeys(source + target)), []
        # a statement's source is who states it when the clause names no agent
        if speakers and not source and (kind in VERBAL_CONFLICT or modality.future or cand.synthetic):
            source, groups = list(speakers), [list(speakers)]
        speaker = speakers[0] if speakers else None
        # a verbal act with no reporter is stated by its own source ("X accused Y")
        if kind in VERBAL_CONFLICT and speaker is None and source and token.pos_ in ("VERB", "ADJ"):
            speaker = source[0]
        if mode is None:
            mode = self._clause_mode(cand, kind)
        target = [t for t in dict.fromkeys(target) if t not in source]
        if not groups and source:
            groups = [source]
        return kind, mode, source, target, groups, speaker, claim, negated

    def _complement_actors(self, token, source: list[str]) -> list[str]:
        """Actors a demand, threat or refusal is about: its complement's subject and objects."""
        ctx = self.ctx
        found: list[str] = []
        for comp in token.children:
            if comp.dep_ not in ("ccomp", "xcomp"):
                continue
            for child in comp.children:
                if child.dep_ in ("nsubj", "nsubjpass") and comp.dep_ == "ccomp":
                    found += ctx.np_actors(child)
                elif child.dep_ in ("dobj", "dative", "iobj", "nsubjpass"):
                    found += [a for g in ctx.groups(child) for a in g]
                elif child.dep_ == "prep" and child.lower_ in VERB_TARGET_PREPS | {"in"}:
                    found += [a for p in child.children if p.dep_ == "pobj" for g in ctx.groups(p) for a in g]
        return [a for a in dict.fromkeys(found) if a not in source]

    def _clause_mode(self, cand: _Candidate, kind: str) -> str | None:
        modes = event_modes()
        anchor = self.ctx.anchor(cand.token) or cand.token
        for word in anchor.subtree:
            mode = modes.get((word.lemma_.lower(), kind))
            if mode:
                return mode
        return None

    def _place(self, cand: _Candidate, source: list[str], target: list[str]) -> str | None:
        anchor = self.ctx.anchor(cand.token) or cand.token
        best = None
        for ent in self.ctx.places:
            prep = ent.root.head
            if not (anchor.is_ancestor(prep) or cand.token.is_ancestor(prep)):
                continue
            if best is None or abs(ent.start - cand.token.i) < abs(best.start - cand.token.i):
                best = ent
        if best is None:
            return None
        text = best.text
        return text[4:] if text.lower().startswith("the ") else text


def _threat_mode(kind: str, mode: str | None) -> str | None:
    if kind == "COERCE":
        return THREAT_MODE_OF_COERCE.get(mode or "", "restrict")
    if kind == "SANCTION" and mode == "expel":
        return "expel"
    return THREAT_MODE.get(kind)


def _mobilize_mode(cand: _Candidate, parts: list[_Candidate]) -> str:
    return "weapons" if cand.type == "ASSAULT" or any(p.type == "ASSAULT" for p in parts) else "troops"


def _place_entities(doc) -> list:
    return [ent for ent in doc.ents if ent.label_ in PLACE_ENTITIES
            and ent.root.dep_ == "pobj" and ent.root.head.lower_ in PLACE_PREPS]


def extract_events(doc, *, doc_id: str, token_actor: dict[int, str],
                   dates: Callable[[int, int, object], tuple[str | None, str | None, str | None]],
                   publication: str | None,
                   excluded: Iterable[tuple[int, int]] = ()) -> tuple[list[Event], list[Relation]]:
    """Events of one document and the actor relations their interactions make.

    ``dates(start, end, trigger)`` gives (date, date_end, date_text) for the
    event that the ``trigger`` token states in the sentence from ``start`` to
    ``end``, from the temporal expressions in it, or (None, None, None). Cue words inside an
    ``excluded`` span (photo credits, contributor lines) make no event.
    """
    excluded = list(excluded)
    # actors named as people, so "he" and "it" find the right antecedent
    persons = frozenset(key for i, key in token_actor.items() if doc[i].ent_type_ == "PERSON")
    events: list[Event] = []
    relations: list[Relation] = []
    cue_tokens = tokens_named(doc, cue_words())
    places = _place_entities(doc)
    for sent in doc.sents:
        in_sentence = [t for t in cue_tokens if sent.start <= t.i < sent.end]
        builder = _EventBuilder(_Sentence(sent, token_actor, persons, places), excluded, in_sentence)
        found, links = builder.events(doc_id, lambda token, s=sent: dates(s.start_char, s.end_char, token),
                                      publication)
        events.extend(found)
        relations.extend(links)
    return events, relations
