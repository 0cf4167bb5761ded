"""The actors of an event: who acts and who undergoes it, from the phrases around its cue word.

A cue word names its actors in its own dependents ("X shelled Y", "the attack by X on Y"),
through the verb it is the object of ("X imposed sanctions on Y"), or, for a demand,
threat or refusal, through the act it is about ("urged Y to withdraw", "will retaliate if
Y attacks"). One ``Participants`` answers these questions for one sentence.
"""

from __future__ import annotations

from ..countries import country_code
from .clauses import SUBJECTS, Sentence, is_background, is_passive
from .cues import has_role
from .readings import lookup

__all__ = ["Participants", "ABOUT_PREPS", "NOUN_TARGET_PREPS", "SOURCE_PREPS", "TARGET_PREPS", "VERB_TARGET_PREPS"]

SOURCE_PREPS = frozenset({"by", "from"})
TARGET_PREPS = frozenset({"against", "on", "upon", "with", "to", "at", "into", "toward", "towards", "over"})
NOUN_TARGET_PREPS = (TARGET_PREPS - {"at"}) | {"of", "for"}
# "action against X", "relations with X", "links to X": the prepositions by which a phrase that names
# no actor points to the one it is about
ABOUT_PREPS = TARGET_PREPS - {"at"}
VERB_TARGET_PREPS = TARGET_PREPS | {"from"}
# "arrested Y for", "convicted Y of", "indicted Y on charges of": the act Y is held for
ACT_OF_ACCUSED_PREPS = frozenset({"for", "of", "in", "on"})


def _place_before(word) -> bool:
    """Whether a word is the name of a place below a country that comes before an act's noun ("the
    Netanya blast", "a Baghdad news conference"): where the act was, not who did it. A country
    there may be the doer ("US strikes")."""
    return word.dep_ == "compound" and word.ent_type_ in ("GPE", "LOC", "FAC") \
        and country_code(word.doc[word.left_edge.i:word.i + 1].text) is None


def _topic(node) -> bool:
    """Whether a word is a preposition whose phrase names what is talked of ("over", "about")."""
    return node.dep_ == "prep" and has_role(node, "topic")


class Participants:
    """The actors of the cue words of one sentence."""

    def __init__(self, ctx: Sentence):
        self.ctx = ctx

    def own(self, token) -> tuple[list[str], list[str], list[list[str]]]:
        """Source and target actors named in the cue word's own dependents."""
        ctx = self.ctx
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
                        groups.append(ctx.np_actors(token.head) or self.host(token.head)[0])
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
                    if lookup(child, ctx) is None or child.i in ctx.token_actor or has_role(child, "perpetrator"):
                        target += self.phrase(child)  # "arrested the killer of Y": the killer, not Y
                    else:
                        target += self.noun_targets(child)
                elif dep == "prep" and child.lower_ == "between":
                    groups += [g for p in child.children if p.dep_ == "pobj" for g in ctx.groups(p)]
                elif dep == "prep" and child.lower_ in VERB_TARGET_PREPS and not _sets_the_scene(child, token, ctx):
                    target += [a for p in child.children if p.dep_ == "pobj" for a in self.phrase(p)]
                elif dep == "prep" and child.lower_ == "for":
                    # "mobilized reservists for a war against X": the purpose's own target
                    target += [a for p in child.children if p.dep_ == "pobj" and not ctx.groups(p)
                               for a in self.phrase(p)]
            if not groups and token.dep_ == "conj" and token.tag_ == "VBN" and is_passive(token.head):
                # "X was shot by Y and wounded": X underwent both, Y did both
                target += ctx.subject_actors(token)
                groups = [g for c in token.head.children if c.dep_ == "agent"
                          for p in c.children if p.dep_ == "pobj" for g in ctx.groups(p)]
            elif passive and any(c.dep_ == "nsubjpass" for c in token.children):
                pass  # "arrested X after Y was attacked": the one attacked is named, who attacked is not
            elif not groups:
                inherited = ctx.subject_actors(token) if token.dep_ != "ROOT" else ctx.fronted_subject(token)
                if inherited:
                    groups = [inherited]
        elif has_role(token, "perpetrator"):
            return self.perpetrator(token)
        else:
            # "Kennedy's assassination", "the victim's abduction": with no 'of' phrase the owner underwent it
            patient = has_role(token, "patient")
            patient_owner = patient and not any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children)
            for child in token.children:
                dep = child.dep_
                if patient_owner and (dep == "poss" or (dep == "compound" and child.ent_type_ == "PERSON")):
                    target += ctx.np_actors(child)  # "the Kennedy assassination" too
                elif (patient and dep == "compound") or _place_before(child):
                    continue  # "the 1968 California slaying", "the Netanya blast": when and where, not who
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
                    target += [a for p in child.children if p.dep_ == "pobj" for a in self.phrase(p)]
        source = [a for g in groups for a in g]
        return list(dict.fromkeys(source)), list(dict.fromkeys(target)), groups

    def perpetrator(self, noun) -> tuple[list[str], list[str], list[list[str]]]:
        """A noun naming who did an act: "X, the assassin of Y", "Y's killer, X", "X is the murderer of Y".
        The one it describes is the source; its owner and its 'of' phrase are the target."""
        ctx = self.ctx
        groups: list[list[str]] = []
        if noun.dep_ in ("appos", "compound"):  # "X, the assassin of Y", "Y's assassin X"
            groups.append([ctx.token_actor[noun.head.i]] if noun.head.i in ctx.token_actor else [])
        groups += [[ctx.token_actor[c.i]] for c in noun.children if c.dep_ == "appos" and c.i in ctx.token_actor]
        if noun.dep_ == "attr":
            groups += [g for c in noun.head.children if c.dep_ in SUBJECTS for g in ctx.groups(c)]
        # "Y's killer", and a person's name before it: "Kennedy assassin Sirhan" (a body's name
        # there is the killer's own side: "a Mafia killer")
        owners = [c for c in noun.children if c.dep_ == "poss" or c.dep_ == "compound" and c.ent_type_ == "PERSON"]
        if noun.dep_ == "compound":  # "Garfield's assassin Guiteau": the owner hangs on the name
            owners += [c for c in noun.head.children if c.dep_ == "poss"]
        target = [a for c in owners for a in ctx.np_actors(c)]
        target += self.noun_targets(noun)
        groups = [g for g in groups if g]
        source = list(dict.fromkeys(a for g in groups for a in g))
        return source, [t for t in dict.fromkeys(target) if t not in source], groups

    def noun_targets(self, noun) -> list[str]:
        return [a for child in noun.children if child.dep_ == "prep" and child.lower_ in NOUN_TARGET_PREPS
                for p in child.children if p.dep_ == "pobj" for a in self.phrase(p)]

    def phrase(self, token) -> list[str]:
        """Actors a phrase names, each conjunct apart; a phrase that names none stands for the actor of its
        own 'against', 'with', 'to' or 'on' phrase ("further action against X", "all contact with X")."""
        if token.dep_ == "dative" and token.pos_ == "ADP":  # "granted asylum to X": the dative's object
            return [a for p in token.children if p.dep_ == "pobj" for a in self.phrase(p)]
        found = [a for g in self.ctx.groups(token) for a in g]
        if found:
            return found
        # "power lines leading into X", "the road linking it to X": where the thing leads to
        heads = [token] + [c for c in token.children if c.dep_ == "acl" and c.tag_ == "VBG"]
        return [a for head in heads for child in head.children if child.dep_ == "prep" and child.lower_ in ABOUT_PREPS
                for p in child.children if p.dep_ == "pobj" for g in self.ctx.groups(p) for a in g]

    def host(self, token, received: bool = False) -> tuple[list[str], list[str], list[list[str]]]:
        """Actors of the verb a noun cue is the object or subject of ("X imposed sanctions on Y"); of
        an act ``received`` ("Y received aid from X"), the giver is the source and the getter the target."""
        ctx = self.ctx
        node = token
        while node.dep_ in ("pobj", "prep", "conj", "appos", "compound") and node.head != node \
                and node.head.pos_ not in ("VERB", "AUX", "ADJ"):
            if is_background(node) or _topic(node):
                return [], [], []
            node = node.head
        if node.head == node or is_background(node) or _topic(node):
            # "pointed the finger at Y over the bombing", "voiced concern about the attack": the act
            # is what is talked of; who talks neither did nor underwent it
            return [], [], []
        link, verb = node.dep_, node.head
        if link not in ("dobj", "attr", "oprd", "nsubjpass", "nsubj", "prep", "xcomp", "dative"):
            return [], [], []
        if verb.pos_ == "ADJ" and verb.dep_ == "acomp":  # "open to negotiations": the one who is open
            link, verb = "dobj", verb.head
        if received:
            # "Kenya received aid from the US": who gives is in the 'from' phrase, the receiver is the target
            # (or in its own 'of' phrase: "won the endorsement of X")
            givers = [g for p in (*verb.children, *token.children) if p.dep_ == "prep"
                      and (p.lower_ == "from" or (p.lower_ == "of" and p.head == token))
                      for o in p.children if o.dep_ == "pobj" for g in ctx.groups(o)]
            receivers = [a for c in verb.children if c.dep_ in SUBJECTS for g in ctx.groups(c) for a in g]
            return [a for g in givers for a in g], receivers, givers
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
        if link == "attr" and has_role(node, "onlooker"):
            return [], target, []  # "X was a witness to the killing": X neither did nor underwent it
        if link == "attr" and has_role(node, "undergo"):
            # "X was a victim of the bombing", "X was the first casualty": X underwent the act
            return [], list(dict.fromkeys(target + [a for g in groups for a in g])), []
        return [a for g in groups for a in g], target, groups

    def purpose(self, token, source: list[str]) -> list[str]:
        """Whom force is used on, named by its purpose: "opened fire to disperse Y", "used tear gas to
        disperse Y": the objects of an infinitive clause under the act (or under the verb it is object of)."""
        heads = [token] + ([token.head] if token.dep_ == "dobj" else [])
        found: list[str] = []
        for head in heads:
            for comp in head.children:
                if comp.dep_ in ("xcomp", "advcl") and comp.pos_ == "VERB" and \
                        any(c.dep_ == "aux" and c.lower_ == "to" for c in comp.children):
                    found += [a for c in comp.children if c.dep_ == "dobj" for a in self.phrase(c)]
        return [a for a in dict.fromkeys(found) if a not in source]

    def opposed(self, token, source: list[str]) -> list[str]:
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

    def defied(self, token, source: list[str]) -> list[str]:
        """Whom an act defies: "blocked roads in defiance of Y", "marched in opposition to Y"."""
        found = [a for child in token.children if child.dep_ == "prep" and child.lower_ == "in"
                 for p in child.children if p.dep_ == "pobj" and has_role(p, "opposed")
                 for prep in p.children if prep.dep_ == "prep" and prep.lower_ in ("of", "to")
                 for o in prep.children if o.dep_ == "pobj" for a in self.ctx.np_actors(o)]
        return [a for a in dict.fromkeys(found) if a not in source]

    def between(self, token) -> list[str]:
        """Actors of the 'between' phrase of a cue word, of the noun it modifies ("a mediation effort
        between X and Y") or of the verb it is the object of ("brokered a truce between X and Y")."""
        heads, node = [token], token
        if node.dep_ in ("compound", "amod"):
            node = node.head
            heads.append(node)
        if node.dep_ == "dobj":
            heads.append(node.head)
        return list(dict.fromkeys(a for head in heads for c in head.children if c.dep_ == "prep"
                                  and c.lower_ == "between" for p in c.children if p.dep_ == "pobj"
                                  for g in self.ctx.groups(p) for a in g))

    def in_places(self, token) -> list[str]:
        """Actors of the 'in' phrases of a measure: on the cue word, its object, or the verb it is object of."""
        heads = [token] + [c for c in token.children if c.dep_ == "dobj"]
        if token.dep_ == "dobj":
            heads.append(token.head)
        return [a for head in heads for c in head.children if c.dep_ == "prep" and c.lower_ == "in"
                for p in c.children if p.dep_ == "pobj" for a in self.ctx.np_actors(p)]

    def complement(self, token, source: list[str]) -> list[str]:
        """Actors a demand, threat or refusal is about: its complement's subject and objects."""
        ctx = self.ctx
        found: list[str] = []
        comps = [c for c in token.children if c.dep_ in ("ccomp", "xcomp")]
        if token.pos_ == "NOUN" and token.dep_ == "dobj":
            # "repeated its demand that Y withdraw": the parse hangs the noun's that-clause on the verb
            comps += [c for c in token.head.children if c.dep_ == "ccomp" and c.i > token.i
                      and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
        for comp in comps:
            for child in comp.children:
                if child.dep_ in ("nsubj", "nsubjpass") and comp.dep_ == "ccomp":
                    found += ctx.np_actors(child)
                elif child.dep_ in ("dobj", "dative", "iobj", "nsubjpass"):
                    found += self.phrase(child)
                elif child.dep_ == "prep" and child.lower_ in VERB_TARGET_PREPS | {"in"}:
                    found += [a for p in child.children if p.dep_ == "pobj" for a in self.phrase(p)]
        return [a for a in dict.fromkeys(found) if a not in source]


def _sets_the_scene(prep, verb, ctx: Sentence) -> bool:
    """Whether a phrase opens the sentence about something other than an actor and a comma parts it
    from the verb ("With the signing of the accord, X and Y agreed"): it names no one the act is
    aimed at ("With Russia, Iran signed a pact" does)."""
    sent_start = prep.sent.start
    return prep.i == sent_start < verb.i and any(t.text == "," for t in prep.doc[prep.i:verb.i]) \
        and not any(p.dep_ == "pobj" and p.i in ctx.token_actor for p in prep.children)
