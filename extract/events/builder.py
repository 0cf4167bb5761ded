"""PLOVER events from a parsed document: category, mode, actors, speaker, negation, claims.
Cue tables in ``lexicons/`` propose events; the dependency parse picks what each sentence states.
The events come out undated: ``time/dating.py`` dates them from their sentence afterwards.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from ..countries import country_code
from ..model import Event, Evidence, Relation
from ..tokens import tokens_named
from .clauses import Modality, Sentence, clause_link, is_passive, place_entities
from .context import told_as_history
from .cues import (
    COOPERATIVE,
    MATERIAL_CONFLICT,
    VERBAL_CONFLICT,
    Cue,
    cue_words,
    event_modes,
    has_role,
    plover_mode,
)
from .interactions import addressees, interaction_relations, is_reciprocal
from .participants import Participants
from .readings import NAME_ENTITIES, cue_of

__all__ = ["extract_events"]

# acts that presuppose or allege an earlier act of another kind ("convicted of killing X", "accused of",
# "arrested for"): that act is an event of its own when its participants are named
JUDGING = frozenset({"SANCTION", "ACCUSE", "COERCE"})
# modes a word of the clause gives that say more than the cue's own: "dropped containers of chlorine"
# is a chemical attack before it is an aerial one, "set off suicide bombs" a suicide attack
DISTINCTIVE_MODES = frozenset({"unconventional", "suicide-attack"})
# cooperative acts reported ahead as scheduled keep their category, flagged future ("will meet next week");
# other cooperative acts told as future are promises (AGREE: "will provide aid")
SCHEDULED = frozenset({"CONSULT"})
# acts whose passive subject, when no agent is named, is who acts: the side pulled back retreats
PULLED_BACK = frozenset({"RETREAT"})
# acts aimed at whom they defy ("blocked roads in defiance of Y")
DEFYING = frozenset({"PROTEST", "REJECT"})
# the PLOVER THREATEN mode of a threatened act
THREAT_MODE = {
    "ASSAULT": "violence", "MOBILIZE": "violence", "SANCTION": "relations", "PROTEST": "restrict",
    "CONSULT": "relations", "AGREE": "relations", "COOPERATE": "relations", "AID": "relations",
}
THREAT_MODE_OF_COERCE = {"arrest": "arrest", "seize": "territory"}
# measures laid on a place (a curfew, martial law) bear on the people of the place they are imposed or
# lifted "in": "imposed a curfew in X", "lifted the curfew in X", "eased emergency measures in X"
PLACE_BOUND_MODES = frozenset({"curfew", "martial-law"})



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
    committed: list[str]             # whom the act's relations go from: its source, or whom its speaker speaks for


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
        self.actors = Participants(ctx)

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

    def events(self, doc_id: str) -> tuple[list[Event], list[Relation]]:
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
            if main and cand.background == "scene" and not any(self.actors.own(cand.token)[:2]):
                continue
            read = self._build(cand, own_parts, found)
            if background and not (read.source and read.target):
                continue
            if embedded and found[cand.governor].type == "ACCUSE":
                read.claim = True  # "Y, accused of killing X": alleged
            events.append(Event(
                type=read.kind, mode=read.mode, doc_id=doc_id, sentence=sent.text, start=sent.start_char,
                end=sent.end_char, trigger=cand.token.text, trigger_start=cand.token.idx,
                source=tuple(read.source), target=tuple(read.target),
                place=self._place(cand, read.source, read.target),
                attributed_to=read.speaker, negated=read.negated, claim=read.claim, future=read.future,
                historical=background or told_as_history(cand.token),
            ))
            relations.extend(interaction_relations(
                read.kind, read.mode, read.committed, read.target, read.groups, evidence,
                reciprocal=is_reciprocal(cand.token), audience=addressees(cand.token, ctx.token_actor),
                asserted=not (read.negated or read.claim or read.future or read.hypothetical)))
        return events, relations

    @staticmethod
    def _own_event(cand: _Candidate, found: dict[int, _Candidate]) -> bool:
        """Whether a cue word inside another's phrase may state an event of its own: a material act
        told in an aside ("Y, who shot X, ..."), judged by its governor ("convicted of killing X"),
        owned by it ("apologised for killing X") or named by its doer ("X's assassin was shot")."""
        governor = found[cand.governor]
        if "same" in cand.merged or cand.type in VERBAL_CONFLICT:
            return False
        if cand.aside or has_role(governor.token, "presuppose") or has_role(cand.token, "perpetrator"):
            return True  # "Kennedy's assassin was shot": the assassin's act is another than the shooting
        return cand.type != governor.type and governor.type in JUDGING

    def _parts(self, index: int, parts: dict[int, list[_Candidate]]) -> list[_Candidate]:
        out, todo = [], list(parts.get(index, ()))
        while todo:
            part = todo.pop()
            out.append(part)
            todo.extend(parts.get(part.token.i, ()))
        return out


    def _build(self, cand: _Candidate, parts: list[_Candidate], found: dict[int, _Candidate]) -> _Reading:
        ctx, token = self.ctx, cand.token
        source, target, groups = self.actors.own(token)
        # the verb a noun is object of gives its actors ("X imposed sanctions"), but "Y arrested the killer"
        # says nothing of who killed
        commanded = token.dep_ == "dobj" and has_role(token.head, "command")
        received = _received(cand)
        if token.pos_ in ("NOUN", "PROPN") and (not source or commanded or received) \
                and not has_role(token, "perpetrator"):
            host_source, host_target, host_groups = self.actors.host(token, received=received)
            if (host_source or not source) and not (received and source and not host_source):
                # "X ordered patrols by Y": the act is X's, Y carries it out
                source, groups = host_source, host_groups
            # who receives an act is its target ("received requests for supplies from X")
            target = (host_target or target) if received else (target or host_target)
        parties = self.actors.between(token) if has_role(token, "mediator") else []
        if parties:  # "X mediated between Y and Z": Y and Z are whom X goes between, not co-parties
            source = [a for a in source if a not in parties]
            groups = [kept for g in groups if (kept := [a for a in g if a not in parties])]
            target = list(dict.fromkeys(parties + target))
        if cand.type in PULLED_BACK and not source and is_passive(token):
            # "troops were withdrawn from X", "fighters have been demobilized": who is pulled back retreats
            source = [a for c in token.children if c.dep_ == "nsubjpass" for g in ctx.groups(c) for a in g]
            groups, target = [source], [a for a in target if a not in source]
        kind, mode = cand.type, cand.mode
        modality = ctx.modality(token) if not cand.background else Modality()
        negated = modality.negated
        speakers, claim, report_verb = ctx.speaker(token)
        claim = claim or _suspected(token)
        # the act a verbal event is about gives its target, and a threat its mode
        for part in sorted(parts, key=lambda p: p.token.i):
            if part.merged:
                p_source, p_target, _ = self.actors.own(part.token)
                source = list(dict.fromkeys(source + p_source))
                target = list(dict.fromkeys(target + p_target))
            if mode is None and part.type == kind:
                mode = part.mode
            if kind == "THREATEN" and mode is None:
                mode = _threat_mode(part.type, part.mode)
        if not target and kind in VERBAL_CONFLICT | COOPERATIVE:
            target = self.actors.complement(token, source)
            if not target:
                for part in parts:
                    p_source, p_target, _ = self.actors.own(part.token)
                    target += [a for a in p_source + p_target if a not in source]
        if not target and kind in MATERIAL_CONFLICT:
            target = self.actors.purpose(token, source)
        if not target and kind == "PROTEST":
            # "rioted after a rally calling for the removal of Y": a protest is aimed at whom its demand names
            for demand in sorted(found.values(), key=lambda c: c.token.i):
                if demand.type == "REQUEST" and token.is_ancestor(demand.token):
                    named = self.actors.own(demand.token)[1] or self.actors.complement(demand.token, source) or [
                        a for p in found.values() if p.governor == demand.token.i for a in self.actors.own(p.token)[1]]
                    target += [a for a in named if a not in source and a not in target]
        if kind in DEFYING:
            target = list(dict.fromkeys(self.actors.defied(token, source) + target))
        if not target and kind in ("THREATEN", "REJECT"):
            target = self.actors.opposed(token, source)
        if not target and (kind == "CONCEDE" or (kind == "COERCE" and mode in PLACE_BOUND_MODES)):
            target = [a for a in self.actors.in_places(token) if a not in source]
        if cand.claim_of is not None:
            accuser = found[cand.claim_of]
            accusers = self.actors.own(accuser.token)[0] or ctx.subject_actors(accuser.token)
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
        # a statement's source is who states it when the clause names no agent; a source it is told
        # "according to" only vouches for it
        committed: list[str] = []
        if speakers and not source and report_verb is not None and (
                kind in VERBAL_CONFLICT or modality.future or cand.synthetic):
            source, groups = list(speakers), [list(speakers)]
            committed = ctx.spoken_for(report_verb)  # "X's ministry warned ...": X warns
        speaker = speakers[0] if speakers else None
        # a verbal act with no reporter is stated by its own source ("X accused Y")
        if kind in VERBAL_CONFLICT and speaker is None and source and token.pos_ in ("VERB", "ADJ"):
            speaker = source[0]
        clause_mode = self._clause_mode(cand, kind)
        if mode is None or clause_mode in DISTINCTIVE_MODES:
            mode = clause_mode or mode
        mode = plover_mode(kind, mode)  # only the modes PLOVER's tables name
        source = list(dict.fromkeys(source))  # one name told as a title and in apposition is one actor
        target = [t for t in dict.fromkeys(target) if t not in source]
        if not groups and source:
            groups = [source]
        future = modality.future and not negated and not cand.synthetic and kind == cand.type \
            and kind not in ("AGREE", "THREATEN")
        hypothetical = (modality.future or modality.unless) and kind != "THREATEN"
        return _Reading(kind, mode, source, target, groups, speaker, claim, negated, future, hypothetical,
                        committed or source)

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


def _received(cand: _Candidate) -> bool:
    """Whether an act is what its verb's subject gets from another: anything one receives ("received
    requests for supplies from Kosovo"); and, for a verb of winning, what is given ("won support",
    "secured a loan") or what a 'from' phrase names the giver of ("won assurances from Japan"), not
    what one takes part in ("won the war", "get an agreement"). Nothing is got that is taken
    somewhere ("could not get aid to the camps")."""
    token = cand.token
    verb = token.head
    if token.dep_ != "dobj" or any(c.dep_ in ("prep", "dative") and c.lower_ == "to" for c in verb.children):
        return False
    given = cand.type in ("AID", "SUPPORT") or any(
        c.dep_ == "prep" and c.lower_ == "from" for c in (*verb.children, *token.children))
    return has_role(verb, "receive") or (has_role(verb, "earn") and given)


def _suspected(token) -> bool:
    """Whether an act is named only as suspected: the object of a noun of suspicion ("X is a
    suspect in the killing of Y", "the accused in the bombing")."""
    prep = token.head
    return token.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in ("in", "of", "for") \
        and has_role(prep.head, "suspicion")


def _threat_mode(kind: str, mode: str | None) -> str | None:
    if kind == "COERCE":
        return THREAT_MODE_OF_COERCE.get(mode or "", "restrict")
    if kind == "SANCTION" and mode == "expel":
        return "expel"
    return THREAT_MODE.get(kind)


def _mobilize_mode(cand: _Candidate, parts: list[_Candidate]) -> str:
    return "weapons" if cand.type == "ASSAULT" or any(p.type == "ASSAULT" for p in parts) else "troops"


def extract_events(doc, *, doc_id: str, token_actor: dict[int, str],
                   excluded: Iterable[tuple[int, int]] = ()) -> tuple[list[Event], list[Relation]]:
    """Events of one document, undated, and the actor relations their interactions make.

    An event told as background or as history is ``historical`` already; its date,
    and whether that date makes it history, are ``time.dating.date_events``'s to give.
    Cue words inside an ``excluded`` span (photo credits, contributor lines) make no event.
    """
    excluded = list(excluded)
    # actors named as people, so "he" and "it" find the right antecedent; a country's name the recogniser
    # took for a person's ("the government of Mali") makes no person
    persons = frozenset(key for i, key in token_actor.items()
                        if doc[i].ent_type_ == "PERSON" and not country_code(doc[i].text))
    events: list[Event] = []
    relations: list[Relation] = []
    cue_tokens = tokens_named(doc, cue_words())
    places = place_entities(doc)
    for sent in doc.sents:
        in_sentence = [t for t in cue_tokens if sent.start <= t.i < sent.end]
        builder = _EventBuilder(Sentence(sent, token_actor, persons, places), excluded, in_sentence)
        found, links = builder.events(doc_id)
        events.extend(found)
        relations.extend(links)
    return events, relations
