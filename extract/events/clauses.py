"""How a sentence frames the acts in it: actors of its phrases, modality, speakers, background.

The event builder (``builder.py``) asks one ``Sentence`` about the parse: which actors a
phrase names, whether a clause is future, negated or conditional, who states it, and
whether a phrase tells the sentence's act or an earlier one.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from ..countries import country_code
from ..lexicon import word_list
from .cues import VERBAL_CONFLICT, event_cues, event_roles, has_role

__all__ = ["Modality", "Sentence", "clause_link", "is_background", "is_passive", "phrase_background", "place_entities",
           "NP_DEPS", "PERSON_PRONOUNS", "PLACE_ENTITIES", "PLACE_PREPS", "PRONOUNS", "SUBJECTS"]

SUBJECTS = ("nsubj", "csubj")
PLACE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "across", "around"})
# dependencies that keep a word inside the noun phrase that names an actor
NP_DEPS = frozenset({"compound", "amod", "poss", "nmod", "appos", "npadvmod"})
NP_PREPS = frozenset({"of", "by", "from", "in", "for"})
# nouns that, with only "the", stand for a body named just before ("the group had taken two positions")
BODY_ANAPHORS = word_list("body_anaphor")
PRONOUNS = frozenset({"it", "its", "they", "their", "them", "he", "his", "him", "she", "her", "we", "our",
                      "us", "itself", "themselves"})
PERSON_PRONOUNS = frozenset({"he", "his", "him", "she", "her"})
PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})


def is_passive(token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in token.children)


@dataclass(frozen=True, slots=True)
class Modality:
    future: bool = False
    negated: bool = False
    unless: bool = False
    obligation: bool = False
    prepare: bool = False
    intended: bool = False           # the future comes from a frame of intent ("vowed to", "ready to")


def _heads_a_subject(word) -> bool:
    """Whether a word is, or names with its modifiers, the subject of its clause."""
    while word.dep_ in ("compound", "amod", "flat", "appos") and word.head.i != word.i:
        word = word.head
    return word.dep_ in ("nsubj", "nsubjpass")


def _opposed_by(participle) -> bool:
    """Whether a participle that describes a noun is a word against it ("a charge rejected by
    Tehran", "a move opposed by the ambassador"): its agent opposes the noun, and does not own
    it as the author of "a statement issued by the ministry" or the shooter of "bullets fired
    by soldiers" does."""
    return any(cue.type in VERBAL_CONFLICT for cue in event_cues().get((participle.lemma_.lower(), "VERB"), ()))


class Sentence:
    """One sentence's parse with the lookups the event rules share."""

    def __init__(self, sent, token_actor: dict[int, str], persons: frozenset[str] = frozenset(),
                 document_places: list | None = None):
        self.sent = sent
        # place names of the whole document, found once (Doc.ents is rebuilt on every access)
        self.document_places = document_places if document_places is not None else place_entities(sent.doc)
        self.token_actor = token_actor
        self.persons = persons
        self._modality: dict[int, Modality] = {}
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
        elif depth == 0 and token.lower_ in BODY_ANAPHORS and [c.lower_ for c in token.children] == ["the"]:
            resolved = self.body_antecedent(token)  # "the group", "the movement": the body named before
            if resolved:
                found.append(resolved)
        elif has_role(token, "perpetrator") or has_role(token, "relative"):
            # "Y's killer, X", "the brother of Y": the phrase names the one it describes (its apposition),
            # never the one it ties them to
            return [a for c in token.children if c.dep_ == "appos" for a in self.np_actors(c, depth + 1)]
        elif has_role(token, "patient") and (depth > 0 or token.dep_ in SUBJECTS):
            # "The killing of Y by gunmen sparked protests", "X, the suspect in the killing of Y, was
            # arrested": an act of harm as the subject, or inside another phrase, names no one who
            # undergoes or does the sentence's act; its victim and its agent are its own event's
            return []
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
            elif child.dep_ == "acl" and not _opposed_by(child):  # "a statement issued by the ministry"
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
                    if node == token.head and token.dep_ in ("dobj", "dative", "iobj"):
                        continue  # "Y shot him": an object pronoun is never its own clause's subject
                    subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")
                                and not c.is_ancestor(token) and c != token]
                    if strict:
                        subjects = [c for c in subjects if c.i in self.token_actor]
                    actors = [a for c in subjects for a in self._subject_actors_of(c, node)]
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

    def body_antecedent(self, token) -> str | None:
        """The body "the group" or "the movement" stands for: the nearest named body before it, in its
        sentence or the one before, that is the subject of its clause (not a person, not a state; a
        body named in passing, "head of Spacestar Communications", is no antecedent)."""
        first = token.sent.start
        if first > 0:
            first = token.doc[first - 1].sent.start
        for i in reversed(range(first, token.i)):
            word = token.doc[i]
            if i in self.token_actor and word.ent_type_ in ("ORG", "NORP") and not country_code(word.text) \
                    and self.token_actor[i] not in self.persons and _heads_a_subject(word):
                return self.token_actor[i]
        return None

    def _subject_actors_of(self, subject, verb) -> list[str]:
        """A subject's actors; a relative pronoun stands for the noun its clause describes, or for the
        name that noun is in apposition with ("Oswald, a loner who ...")."""
        if subject.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
            noun = verb.head
            found = self.np_actors(noun)
            if not found and noun.dep_ == "appos":
                found = self.np_actors(noun.head)
            return found
        return self.np_actors(subject)

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
            if verb.dep_ in ("xcomp", "conj", "advcl", "acl", "pcomp", "acomp", "npadvmod") and verb.head != verb:
                if verb.dep_ == "acl":
                    if verb.tag_ == "VBN" and _main_verb_misread(verb):
                        # "Doctors from X donated goods to Y": no main verb, the parse took it for a participle
                        return self.np_actors(verb.sent.root)
                    if verb.tag_ != "VBG":
                        return []
                    found = self.np_actors(verb.head)
                    if not found and verb.head.dep_ == "dobj":
                        # "X issued a statement demanding ...": who issued the statement demands
                        return self.subject_actors(verb.head.head)
                    return found
                if verb.dep_ == "advcl" and verb.tag_ == "VBG" and is_passive(verb.head):
                    # "Y was attacked by X, killing ten": the agent does the further act, not the one attacked
                    agents = [a for c in verb.head.children if c.dep_ == "agent"
                              for p in c.children if p.dep_ == "pobj" for g in self.groups(p) for a in g]
                    if agents:
                        return agents
                verb = verb.head
                if verb.dep_ == "prep":  # "accused X of violating": the accused acts
                    verb = verb.head
                    if verb.dep_ == "acl" and verb.tag_ == "VBN":  # "Y, suspected of killing X": Y acts
                        return self.np_actors(verb.head)
                    accused = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
                    if accused:  # "accused Y of", "Y was convicted of"
                        return [a for c in accused for g in self.groups(c) for a in g]
                    continue
                if is_passive(verb):  # "was forced to turn back": the one forced acts
                    return [a for c in verb.children if c.dep_ == "nsubjpass" for g in self.groups(c) for a in g]
                continue
            return []
        return []

    def fronted_subject(self, verb) -> list[str]:
        """Actors of a subject the parse hung on a fronted phrase: "With the signing of the accord, the
        government and the rebels have agreed ...": the noun phrase after the phrase's comma, right
        before the verb and its auxiliaries, joined to the phrase as a conjunct or an apposition."""
        if any(c.dep_ in SUBJECTS or c.dep_ == "nsubjpass" for c in verb.children):
            return []
        first = min([verb.i] + [c.i for c in verb.children if c.dep_ in ("aux", "auxpass", "neg")])
        if first <= self.sent.start:
            return []
        node = verb.doc[first - 1]
        while node.dep_ == "conj" and node.head.dep_ in ("conj", "appos"):
            node = node.head
        comma = node.left_edge.i - 1
        if node.dep_ not in ("conj", "appos") or comma < self.sent.start or verb.doc[comma].text != ",":
            return []
        fronted = [c for c in verb.lefts if c.dep_ == "prep" and c.i == self.sent.start and c.is_ancestor(node)]
        return [a for g in self.groups(node) for a in g] if fronted else []

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
            if node.head == node or is_background(node):
                return None
            node = node.head
        return None

    def modality(self, token) -> Modality:
        if token.i in self._modality:
            return self._modality[token.i]
        anchor = self.anchor(token)
        result = Modality()
        if anchor is not None:
            result = self._clause_modality(anchor)
            if anchor != token and has_role(anchor, "intent") and not result.future and not (
                    anchor.pos_ == "VERB" and token.dep_ == "dobj" and token.head == anchor):
                # "vowed to attack" is intended; "committed rape" is done
                result = replace(result, future=True, intended=True)
            if token != anchor and any(c.dep_ == "neg" for c in token.children):
                result = replace(result, negated=True)
        self._modality[token.i] = result
        return result

    def _clause_modality(self, verb) -> Modality:
        future = negated = unless = obligation = prepare = intended = False
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
                elif child.dep_ == "advcl" and any(m.dep_ == "mark" and has_role(m, "condition")
                                                   for m in child.children):
                    unless = True
                elif child.dep_ == "advcl" and any(m.dep_ == "mark" and has_role(m, "hypothetical")
                                                   for m in child.children):
                    future = intended = True  # "may halt exports if ...", "would meet him if ...": an offer
            if node != verb and (has_role(node, "intent") or node.lemma_.lower() == "go" and node.tag_ == "VBG"):
                future = intended = True
            if node != verb and has_role(node, "prepare") and node.pos_ == "VERB" and not is_passive(node):
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
        return Modality(future, negated, unless, obligation, prepare, intended)

    def speaker(self, token) -> tuple[list[str], bool, object | None]:
        """Who states the clause a word is in (head actor first), whether as a claim, and the reporting verb."""
        node = token
        for _ in range(12):
            if node.head == node:
                break
            head = node.head
            if node.dep_ in ("ccomp", "parataxis", "xcomp", "advcl") and (
                    has_role(head, "speech") or has_role(head, "claim")):
                if node.dep_ == "advcl" and any(c.dep_ == "mark" for c in node.children):
                    node = head
                    continue
                return self.reporter(head), has_role(head, "claim"), head
            node = head
        root = self.sent.root
        if (has_role(root, "speech") or has_role(root, "claim")) and token != root \
                and token.i < root.i and not token.is_ancestor(root):
            return self.reporter(root), has_role(root, "claim"), root
        for word in self.sent:  # "according to X"
            if word.lower_ == "according" and word.i + 1 < self.sent.end and word.nbor().lower_ == "to":
                for pobj in word.nbor().children:
                    if pobj.dep_ == "pobj":
                        actors = self.np_actors(pobj)
                        if actors:
                            return actors, False, None
        return [], False, None

    def spoken_for(self, verb) -> list[str]:
        """Whom a body that states something belongs to ("Pakistan's Ministry of Foreign Affairs said"):
        a ministry's or a spokesman's warning commits its state or group. None for a plain speaker."""
        if verb is None or is_passive(verb):
            return []
        for child in verb.children:
            if child.dep_ == "nsubj" and child.i in self.token_actor and not child.conjuncts:
                return [a for a in self.np_actors(child) if a != self.token_actor[child.i]]
        return []

    def reporter(self, verb) -> list[str]:
        passive = is_passive(verb)
        for child in verb.children:
            if child.dep_ == "agent" and passive:
                return [a for p in child.children if p.dep_ == "pobj" for a in self.np_actors(p)]
        return self.subject_actors(verb) if not passive else []


def _main_verb_misread(participle) -> bool:
    """Whether a participle describing a noun is the sentence's own verb, misread: the sentence has a
    noun for its root and the participle, or a verb joined to it, takes an object ("Doctors from X
    donated and delivered goods"), which no passive participle does ("weapons seized in a raid")."""
    root = participle.sent.root
    if root.pos_ not in ("NOUN", "PROPN") or not root.is_ancestor(participle):
        return False
    return any(c.dep_ == "dobj" for verb in (participle, *participle.conjuncts) for c in verb.children)


def phrase_background(node) -> str | None:
    """Whether a phrase sets the scene of its clause: 'past' (an earlier or other act: "after the
    clashes"), 'scene' (around the act: "on the second day of clashes", "during talks"), or None."""
    if node.dep_ == "prep" or (node.dep_ in ("advcl", "acl") and has_role(node, "background")):
        if has_role(node, "background"):
            return "past"
        if has_role(node, "scene"):
            return "scene"
        if any(p.dep_ == "pobj" and (p.ent_type_ in ("DATE", "TIME") or has_role(p, "timeword"))
               for p in node.children):
            return "scene"
    elif node.dep_ == "advcl" and any(m.dep_ == "mark" and has_role(m, "background") for m in node.children):
        return "past"
    return None


def is_background(node) -> bool:
    return phrase_background(node) is not None


def clause_link(node) -> str:
    """How a word relates to the word above it: 'argument', 'coordinate', 'descriptive', 'past' or 'scene'."""
    background = phrase_background(node)
    if background:
        return background
    if node.dep_ in ("conj", "parataxis") and node.pos_ in ("VERB", "AUX") and node.head.pos_ in ("VERB", "AUX"):
        return "coordinate"
    if node.dep_ == "advcl" and node.tag_ == "VBG" and not any(c.dep_ in ("mark", "aux") for c in node.children):
        return "coordinate"  # "opened fire, killing one person": a further act
    if node.dep_ in ("relcl", "acl") and node.head.pos_ in ("NOUN", "PROPN", "PRON"):
        return "descriptive"
    return "argument"


def place_entities(doc) -> list:
    return [ent for ent in doc.ents if ent.label_ in PLACE_ENTITIES
            and ent.root.dep_ == "pobj" and ent.root.head.lower_ in PLACE_PREPS]
