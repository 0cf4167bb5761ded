"""PLOVER events from a parsed document: category, mode, actors, date, speaker, negation, claims.
Cue tables in ``lexicons/`` propose events; the dependency parse picks what each sentence states.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from ..model import Event, Evidence, Relation
from ..tokens import tokens_named
from .clauses import (
    SUBJECTS,
    Modality,
    Sentence,
    clause_link,
    is_background,
    is_passive,
    place_entities,
)
from .context import is_historical
from .cues import (
    COOPERATIVE,
    MATERIAL_CONFLICT,
    VERBAL_CONFLICT,
    Cue,
    background_words,
    cue_words,
    event_cues,
    event_modes,
    event_roles,
    has_role,
    plover_mode,
    plover_modes,
)
from .interactions import addressees, interaction_relations, is_reciprocal
from .readings import NAME_ENTITIES, cue_of, lookup

__all__ = ["background_words", "cue_words", "Cue", "event_cues", "event_roles", "event_modes", "extract_events",
           "plover_modes"]

# acts that presuppose or allege an earlier act of another kind ("convicted of killing X", "accused of",
# "arrested for"): that act is an event of its own when its participants are named
JUDGING = frozenset({"SANCTION", "ACCUSE", "COERCE"})
# cooperative acts reported ahead as scheduled keep their category, flagged future ("will meet next week");
# other cooperative acts told as future are promises (AGREE: "will provide aid")
SCHEDULED = frozenset({"CONSULT"})
# the PLOVER THREATEN mode of a threatened act
THREAT_MODE = {
    "ASSAULT": "violence", "MOBILIZE": "violence", "SANCTION": "relations", "PROTEST": "restrict",
    "CONSULT": "relations", "AGREE": "relations", "COOPERATE": "relations", "AID": "relations",
}
THREAT_MODE_OF_COERCE = {"arrest": "arrest", "seize": "territory"}
# measures laid on a place (a curfew, martial law) bear on the people of the place they are imposed or
# lifted "in": "imposed a curfew in X", "lifted the curfew in X", "eased emergency measures in X"
PLACE_BOUND_MODES = frozenset({"curfew", "martial-law"})

SOURCE_PREPS = frozenset({"by", "from"})
TARGET_PREPS = frozenset({"against", "on", "upon", "with", "to", "at", "into", "toward", "towards", "over"})
NOUN_TARGET_PREPS = (TARGET_PREPS - {"at"}) | {"of", "for"}
# "action against X", "relations with X", "links to X": the prepositions by which a phrase that names
# no actor points to the one it is about
ABOUT_PREPS = TARGET_PREPS - {"at"}
VERB_TARGET_PREPS = TARGET_PREPS | {"from"}
# "arrested Y for", "convicted Y of", "indicted Y on charges of": the act Y is held for
ACT_OF_ACCUSED_PREPS = frozenset({"for", "of", "in", "on"})


@dataclass(slots=True)
class _Reading:
    """What one cue word states: its PLOVER type and mode, its actors, who says so and how."""
    kind: str
    mode: str | None
    source: list[str]
    target: list[str]
    groups: list[list[str]]          # the source actors, one list per coordinated party
    speaker: str | None
    claim: bool
    negated: bool
    future: bool                     # told as lying ahead and kept in its category ("will meet")
    hypothetical: bool               # told as lying ahead or on a condition, and no threat: asserts no link


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
    aside: bool = False              # told in a relative or participial clause or an apposition
    merged: list = field(default_factory=list)


class _EventBuilder:
    """Turns one sentence's candidate cue words into the events it states."""

    def __init__(self, ctx: Sentence, excluded: list[tuple[int, int]], cue_tokens: list):
        self.ctx = ctx
        self.excluded = excluded
        self.cue_tokens = cue_tokens  # the sentence's tokens that are cue or role words

    def candidates(self) -> dict[int, _Candidate]:
        ctx = self.ctx
        found: dict[int, _Candidate] = {}
        for token in self.cue_tokens:
            if any(s <= token.idx < e for s, e in self.excluded):
                continue
            cue = cue_of(token, ctx)
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
                link = clause_link(node)
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
                cand.aside = cand.aside or node.dep_ in ("relcl", "appos")
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
            embedded = cand.governor is not None
            if embedded and not self._own_event(cand, found):
                continue
            own_parts = self._parts(index, parts)
            # the sentence is about its main act; earlier acts and scenery come in only when they are
            # all there is, or when they name their participants ("the second day of clashes between X and Y",
            # "Y, who shot X, ...")
            background = embedded or (main and cand.background == "past")
            if main and cand.background == "scene" and not any(self._own_actors(cand)[:2]):
                continue
            read = self._build(cand, own_parts, found)
            if background and not (read.source and read.target):
                continue
            if embedded and found[cand.governor].type == "ACCUSE":
                read.claim = True  # "Y, accused of killing X": alleged
            date, date_end, date_text = when(cand.token)
            events.append(Event(
                type=read.kind, mode=read.mode, doc_id=doc_id, sentence=sent.text, start=sent.start_char,
                end=sent.end_char, trigger=cand.token.text, trigger_start=cand.token.idx,
                source=tuple(read.source), target=tuple(read.target),
                place=self._place(cand, read.source, read.target),
                date=date or publication, date_end=date_end if date else None,
                date_text=date_text if date else None, date_source="text" if date else "publication",
                attributed_to=read.speaker, negated=read.negated, claim=read.claim, future=read.future,
                historical=background or is_historical(cand.token, date, date_end, publication),
            ))
            relations.extend(interaction_relations(
                read.kind, read.mode, read.source, read.target, read.groups, evidence,
                reciprocal=is_reciprocal(cand.token), audience=addressees(cand.token, ctx.token_actor),
                asserted=not (read.negated or read.claim or read.future or read.hypothetical)))
        return events, relations

    @staticmethod
    def _own_event(cand: _Candidate, found: dict[int, _Candidate]) -> bool:
        """Whether a cue word inside another's phrase may state an event of its own: a material act
        told in an aside ("Y, who shot X, ..."), judged by its governor ("convicted of killing X") or
        owned by it ("apologised for killing X")."""
        governor = found[cand.governor]
        if "same" in cand.merged or cand.type in VERBAL_CONFLICT:
            return False
        if cand.aside or has_role(governor.token, "presuppose"):
            return True
        return cand.type != governor.type and governor.type in JUDGING

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
            # "X was shot and wounded by Y": the second participle shares the first's passive
            passive = is_passive(token) or (token.dep_ == "conj" and token.tag_ == "VBN" and is_passive(token.head))
            for child in token.children:
                dep = child.dep_
                if dep in SUBJECTS:
                    if child.lower_ in ("who", "which", "that") and token.dep_ == "relcl":
                        # "X, who shot Y"; "the shots that killed Y": who fired the shots
                        groups.append(ctx.np_actors(token.head) or self._host_actors(token.head)[0])
                    else:
                        groups += ctx.groups(child)
                elif dep == "nsubjpass" and child.tag_ in ("WP", "WDT") and token.dep_ == "relcl":
                    target += ctx.np_actors(token.head)  # "X, who had been shot by Y"
                elif dep == "nsubjpass":
                    target += [a for g in ctx.groups(child) for a in g]
                elif dep == "agent" and passive:
                    for pobj in child.children:
                        if pobj.dep_ == "pobj":
                            groups += ctx.groups(pobj)
                elif dep in ("dobj", "dative", "iobj"):
                    if lookup(child, ctx) is None or child.i in ctx.token_actor:
                        target += self._phrase_actors(child)
                    else:
                        target += self._noun_targets(child)
                elif dep == "prep" and child.lower_ == "between":
                    groups += [g for p in child.children if p.dep_ == "pobj" for g in ctx.groups(p)]
                elif dep == "prep" and (child.lower_ in VERB_TARGET_PREPS):
                    target += [a for p in child.children if p.dep_ == "pobj" for a in self._phrase_actors(p)]
                elif dep == "prep" and child.lower_ == "for":
                    # "mobilized reservists for a war against X": the purpose's own target
                    target += [a for p in child.children if p.dep_ == "pobj" and not ctx.groups(p)
                               for a in self._phrase_actors(p)]
            if not groups and token.dep_ == "conj" and token.tag_ == "VBN" and is_passive(token.head):
                # "X was shot by Y and wounded": X underwent both, Y did both
                target += ctx.subject_actors(token)
                groups = [g for c in token.head.children if c.dep_ == "agent"
                          for p in c.children if p.dep_ == "pobj" for g in ctx.groups(p)]
            elif not groups:
                inherited = ctx.subject_actors(token) if token.dep_ != "ROOT" else []
                if inherited:
                    groups = [inherited]
        elif has_role(token, "perpetrator"):
            return self._perpetrator_actors(token)
        else:
            # "Kennedy's assassination", "the victim's abduction": with no 'of' phrase the owner underwent it
            patient = has_role(token, "patient")
            patient_owner = patient and not any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children)
            for child in token.children:
                dep = child.dep_
                if patient_owner and (dep == "poss" or (dep == "compound" and child.ent_type_ == "PERSON")):
                    target += ctx.np_actors(child)  # "the Kennedy assassination" too
                elif patient and dep == "compound":
                    continue  # "the 1968 California slaying": when and where, not who
                elif dep in ("poss", "compound", "amod", "nmod"):
                    actors = ctx.np_actors(child)
                    if actors:
                        groups.append(actors)
                elif dep == "prep" and child.lower_ == "between":
                    groups += [g for p in child.children if p.dep_ == "pobj" for g in ctx.groups(p)]
                elif dep == "acl" and child.tag_ == "VBN":
                    # "a march staged by X", "an attack carried out by X": the participle's agent did it
                    groups += [g for a in child.children if a.dep_ == "agent"
                               for p in a.children if p.dep_ == "pobj" for g in ctx.groups(p)]
                elif dep == "prep" and child.lower_ in SOURCE_PREPS:
                    groups += [g for p in child.children if p.dep_ == "pobj" for g in ctx.groups(p)]
                elif dep == "prep" and child.lower_ in NOUN_TARGET_PREPS:
                    target += [a for p in child.children if p.dep_ == "pobj" for a in self._phrase_actors(p)]
        source = [a for g in groups for a in g]
        return list(dict.fromkeys(source)), list(dict.fromkeys(target)), groups

    def _perpetrator_actors(self, noun) -> tuple[list[str], list[str], list[list[str]]]:
        """A noun naming who did an act: "X, the assassin of Y", "Y's killer, X", "X is the murderer of Y".
        The one it describes is the source; its owner and its 'of' phrase are the target."""
        ctx = self.ctx
        groups: list[list[str]] = []
        if noun.dep_ in ("appos", "compound"):  # "X, the assassin of Y", "Y's assassin X"
            groups.append([ctx.token_actor[noun.head.i]] if noun.head.i in ctx.token_actor else [])
        groups += [[ctx.token_actor[c.i]] for c in noun.children if c.dep_ == "appos" and c.i in ctx.token_actor]
        if noun.dep_ == "attr":
            groups += [g for c in noun.head.children if c.dep_ in SUBJECTS for g in ctx.groups(c)]
        owners = [c for c in noun.children if c.dep_ == "poss"]
        if noun.dep_ == "compound":  # "Garfield's assassin Guiteau": the owner hangs on the name
            owners += [c for c in noun.head.children if c.dep_ == "poss"]
        target = [a for c in owners for a in ctx.np_actors(c)]
        target += self._noun_targets(noun)
        groups = [g for g in groups if g]
        source = list(dict.fromkeys(a for g in groups for a in g))
        return source, [t for t in dict.fromkeys(target) if t not in source], groups

    def _noun_targets(self, noun) -> list[str]:
        return [a for child in noun.children if child.dep_ == "prep" and child.lower_ in NOUN_TARGET_PREPS
                for p in child.children if p.dep_ == "pobj" for a in self._phrase_actors(p)]

    def _phrase_actors(self, token) -> list[str]:
        """Actors a phrase names, each conjunct apart; a phrase that names none stands for the actor of its
        own 'against', 'with', 'to' or 'on' phrase ("further action against X", "all contact with X")."""
        if token.dep_ == "dative" and token.pos_ == "ADP":  # "granted asylum to X": the dative's object
            return [a for p in token.children if p.dep_ == "pobj" for a in self._phrase_actors(p)]
        found = [a for g in self.ctx.groups(token) for a in g]
        if found:
            return found
        # "power lines leading into X", "the road linking it to X": where the thing leads to
        heads = [token] + [c for c in token.children if c.dep_ == "acl" and c.tag_ == "VBG"]
        return [a for head in heads for child in head.children if child.dep_ == "prep" and child.lower_ in ABOUT_PREPS
                for p in child.children if p.dep_ == "pobj" for g in self.ctx.groups(p) for a in g]

    def _host_actors(self, token) -> tuple[list[str], list[str], list[list[str]]]:
        """Actors of the verb a noun cue is the object or subject of ("X imposed sanctions on Y")."""
        ctx = self.ctx
        node = token
        while node.dep_ in ("pobj", "prep", "conj", "appos", "compound") and node.head != node \
                and node.head.pos_ not in ("VERB", "AUX", "ADJ"):
            if is_background(node):
                return [], [], []
            node = node.head
        if node.head == node or is_background(node):
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
        passive = is_passive(verb)
        if link == "prep" and node.lower_ in ACT_OF_ACCUSED_PREPS:
            # "arrested Y for the murder of X", "Y was convicted of the killing of X": the accused acted
            accused = [g for c in verb.children if c.dep_ in ("dobj", "nsubjpass") for g in ctx.groups(c)]
            if verb.dep_ == "acl" and verb.tag_ == "VBN":  # "X, sentenced for the murder of Y"
                accused.append(ctx.np_actors(verb.head))
            accused = [g for g in accused if g]
            if accused:
                return [a for g in accused for a in g], [], accused
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

    def _build(self, cand: _Candidate, parts: list[_Candidate], found: dict[int, _Candidate]) -> _Reading:
        ctx, token = self.ctx, cand.token
        source, target, groups = self._own_actors(cand)
        if token.pos_ in ("NOUN", "PROPN") and not source:
            host_source, host_target, host_groups = self._host_actors(token)
            source, groups = host_source, host_groups
            target = target or host_target
        kind, mode = cand.type, cand.mode
        modality = ctx.modality(token) if not cand.background else Modality()
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
        if not target and kind in MATERIAL_CONFLICT:
            target = self._purpose_actors(token, source)
        if not target and kind == "PROTEST":
            # "rioted after a rally calling for the removal of Y": a protest is aimed at whom its demand names
            for demand in sorted(found.values(), key=lambda c: c.token.i):
                if demand.type == "REQUEST" and token.is_ancestor(demand.token):
                    named = self._own_actors(demand)[1] or self._complement_actors(demand.token, source) or [
                        a for p in found.values() if p.governor == demand.token.i for a in self._own_actors(p)[1]]
                    target += [a for a in named if a not in source and a not in target]
        if not target and kind in ("THREATEN", "REJECT"):
            target = self._opposed_actors(token, source)
        if not target and (kind == "CONCEDE" or (kind == "COERCE" and mode in PLACE_BOUND_MODES)):
            target = [a for a in self._place_actors(token) if a not in source]
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
        elif not negated and modality.future and kind in COOPERATIVE and kind != "AGREE" and (
                modality.intended or kind not in SCHEDULED):
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
        mode = plover_mode(kind, mode)  # only the modes PLOVER's tables name
        source = list(dict.fromkeys(source))  # one name told as a title and in apposition is one actor
        target = [t for t in dict.fromkeys(target) if t not in source]
        if not groups and source:
            groups = [source]
        future = modality.future and not negated and not cand.synthetic and kind == cand.type \
            and kind not in ("AGREE", "THREATEN")
        hypothetical = (modality.future or modality.unless) and kind != "THREATEN"
        return _Reading(kind, mode, source, target, groups, speaker, claim, negated, future, hypothetical)

    def _purpose_actors(self, token, source: list[str]) -> list[str]:
        """Whom force is used on, named by its purpose: "opened fire to disperse Y", "used tear gas to
        disperse Y": the objects of an infinitive clause under the act (or under the verb it is object of)."""
        heads = [token] + ([token.head] if token.dep_ == "dobj" else [])
        found: list[str] = []
        for head in heads:
            for comp in head.children:
                if comp.dep_ in ("xcomp", "advcl") and comp.pos_ == "VERB" and \
                        any(c.dep_ == "aux" and c.lower_ == "to" for c in comp.children):
                    found += [a for c in comp.children if c.dep_ == "dobj" for a in self._phrase_actors(c)]
        return [a for a in dict.fromkeys(found) if a not in source]

    def _opposed_actors(self, token, source: list[str]) -> list[str]:
        """Whom a threat or a refusal answers: the subject of its condition ("will halt the talks if Y ...",
        "unless Y pays") or who presses it ("refused to resign despite pressure from Y")."""
        ctx = self.ctx
        found: list[str] = []
        clause = [token] + [c for c in token.children if c.dep_ in ("xcomp", "ccomp")]
        for verb in clause:
            for child in verb.children:
                if child.dep_ == "advcl" and any(m.dep_ == "mark" and (has_role(m, "condition") or
                                                                       has_role(m, "hypothetical"))
                                                 for m in child.children):
                    found += [a for c in child.children if c.dep_ in ("nsubj", "nsubjpass") for a in ctx.np_actors(c)]
                elif child.dep_ == "prep" and child.lower_ == "despite":
                    found += [a for p in child.children if p.dep_ == "pobj" for a in ctx.np_actors(p)]
        return [a for a in dict.fromkeys(found) if a not in source]

    def _place_actors(self, token) -> list[str]:
        """Actors of the 'in' phrases of a measure: on the cue word, its object, or the verb it is object of."""
        heads = [token] + [c for c in token.children if c.dep_ == "dobj"]
        if token.dep_ == "dobj":
            heads.append(token.head)
        return [a for head in heads for c in head.children if c.dep_ == "prep" and c.lower_ == "in"
                for p in c.children if p.dep_ == "pobj" for a in self.ctx.np_actors(p)]

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
                    found += self._phrase_actors(child)
                elif child.dep_ == "prep" and child.lower_ in VERB_TARGET_PREPS | {"in"}:
                    found += [a for p in child.children if p.dep_ == "pobj" for a in self._phrase_actors(p)]
        return [a for a in dict.fromkeys(found) if a not in source]

    def _clause_mode(self, cand: _Candidate, kind: str) -> str | None:
        modes = event_modes()
        anchor = self.ctx.anchor(cand.token) or cand.token
        for word in anchor.subtree:
            if word.i in self.ctx.token_actor or word.ent_type_ in NAME_ENTITIES:
                continue  # a name is no weapon ("Anna Stone", "Tank Street")
            mode = plover_mode(kind, modes.get((word.lemma_.lower(), kind)))
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
    places = place_entities(doc)
    for sent in doc.sents:
        in_sentence = [t for t in cue_tokens if sent.start <= t.i < sent.end]
        builder = _EventBuilder(Sentence(sent, token_actor, persons, places), excluded, in_sentence)
        found, links = builder.events(doc_id, lambda token, s=sent: dates(s.start_char, s.end_char, token),
                                      publication)
        events.extend(found)
        relations.extend(links)
    return events, relations
