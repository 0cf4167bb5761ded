"""Casualty frames: where a count stands in its clause, and the kind of figure that makes it.

A count is a figure when it stands in a casualty frame: the object or passive subject of a verb
done to people ("killed 12", "12 were killed"), the subject of a verb people undergo ("four
died"), the holder of a condition ("left seven people dead", "dozens still missing"), the
complement of a deed noun ("the killing of 12 people") or a running toll ("the death toll rose
to 40"). The frames' words are data (``lexicons/casualty_words.tsv``, read through ``words``).
"""

from __future__ import annotations

from .words import KINDS, figure_words, kind_in

__all__ = ["frame_kinds", "own_kinds", "distinct"]

DEED_PREPS = figure_words("deed_prep")
TOLL_PREPS = figure_words("toll_prep")
COPULAS = figure_words("copula")
COMPLEMENTS = frozenset({"oprd", "acomp", "xcomp", "ccomp", "attr", "dobj"})


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
            kind = kind_in(c, "state") or kind_in(c, "taken") or (c.pos_ == "VERB" and (kind_in(c, "fate")
                                                                              or (acts and kind_in(c, "act"))))
            if kind:
                found.append((kind, c))
                # "dead and wounded": conditions coordinated with it
                found += [(k, w) for w in c.conjuncts if w.i > c.i for k in [kind_in(w, "state")] if k]
            if c.dep_ == "xcomp" and _leaves_home(c):
                found.append(("displaced", c))
        elif c.dep_ == "prep" and c.lower_ == "in" and head.lemma_.lower() in COPULAS:
            found += [(k, p) for p in c.children if p.dep_ == "pobj" for k in [kind_in(p, "held")] if k]
        elif c.dep_ == "prep" and c.lower_ == "among" and head.lemma_.lower() in COPULAS:
            # "two soldiers were among the dead"
            found += [(k, p) for p in c.children if p.dep_ == "pobj" for k in [kind_in(p, "state")] if k]
    return found


def _harm_kinds(verb) -> list[tuple[str, object]]:
    """Harms the subject of a verb sustains: "four miners sustained injuries", and a participle clause
    that says so ("41 people were taken to hospital, suffering from asphyxia")."""
    found = []
    for carrier in [verb, *(c for c in verb.children if c.dep_ in ("advcl", "xcomp") and c.tag_ == "VBG")]:
        if not kind_in(carrier, "carrier"):
            continue
        for c in carrier.children:
            harms = [c] if c.dep_ == "dobj" else [p for p in c.children if p.dep_ == "pobj"] \
                if c.dep_ == "prep" and c.lower_ == "from" else []
            found += [(k, h) for h in harms for k in [kind_in(h, "harm")] if k]
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
        if c.dep_ == "dobj" and kind_in(c, "home"):
            return True
        if c.dep_ == "prep" and c.lower_ == "from" and any(p.dep_ == "pobj" and kind_in(p, "home") for p in c.children):
            return True
    return False


def own_kinds(noun) -> list[tuple[str, object]]:
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
            kind = None if clause else kind_in(c, "state")
            if kind is None and c.pos_ == "VERB" and (c.dep_ == "acl" and c.tag_ == "VBN"
                                                    or c.dep_ == "relcl" and _passive(c)):
                kind = kind_in(c, "act") or kind_in(c, "fate")
            if kind is None and c.dep_ == "relcl":
                kind = kind_in(c, "fate")
            if kind:
                found.append((kind, c))
            elif c.dep_ in ("acl", "relcl"):  # "several still reported missing"
                found += _complement_kinds(c, ("oprd", "acomp", "xcomp"), acts=False)
        elif c.dep_ == "prep" and c.lower_ == "in":
            found += [(k, p) for p in c.children if p.dep_ == "pobj" for k in [kind_in(p, "held")] if k]
    return found


def _toll_kind(toll) -> str:
    """A toll's kind: killed, unless its modifier names another ("the injury toll")."""
    for c in toll.children:
        if c.dep_ in ("compound", "amod"):
            for frame in ("deed", "state"):
                kind = kind_in(c, frame)
                if kind:
                    return kind
    return kind_in(toll, "toll") or "killed"


def frame_kinds(x) -> list[tuple[str, object]]:
    """The kinds of figure a counted word stands in, each with the word that gives it.

    ``x`` is the victim noun ("people" in "six people were killed") or, when the
    count has no noun, the count itself ("killing 12").
    """
    found = own_kinds(x)
    if found:
        return distinct(found)
    follower = x.nbor() if x.pos_ == "NUM" and x.i + 1 < len(x.doc) else None
    if follower is not None and follower.tag_ in ("JJ", "VBN") and kind_in(follower, "state"):
        return [(kind_in(follower, "state"), follower)]  # "two dead and 15 injured": a count and its condition
    y = x
    # a number set beside a name is an age ("Toby Miller, 15, drowned"), not a count of the name's people
    while (y.dep_ == "conj" or y.dep_ == "appos" and y.pos_ != "NUM") \
            and y.head.pos_ in ("NOUN", "PROPN", "NUM", "PRON") and y.head != y:
        y = y.head  # "six policemen and twenty civilians were injured"
    head, dep = y.head, y.dep_
    if dep == "conj" and head.dep_ in ("oprd", "acomp", "xcomp", "amod") and kind_in(head, "state"):
        # "left two dead and 15 injured": each count takes the condition that follows it
        return distinct(found + _nearest_after(y, _complement_kinds(head.head)))
    if dep == "conj" and head.pos_ == "VERB":
        dep = "dobj"  # "arrested six members, two journalists, and 28 other people": a list the parser split
    if dep in ("dobj", "obj"):
        group = _verb_group(head)
        for verb in group:
            # a coordinated verb shares the object unless it has one of its own, or a subject of its own
            # ("leaving 30 people dead and 20 wounded"); the first verb's subject is everyone's
            own = [c for c in verb.children if (c.dep_ == "dobj" or c.dep_ in ("nsubj", "nsubjpass")
                                                and verb != group[0]) and c != y]
            kind = kind_in(verb, "act") if verb.pos_ == "VERB" else None
            if kind and (verb == head or not own):
                found.append((kind, verb))
        found += _nearest_after(x, [(k, w) for k, w in _complement_kinds(head) if w.dep_ != "dobj"])
    elif dep == "nsubjpass":
        found += _harm_kinds(head)
        for verb in _verb_group(head):
            if verb == head or not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
                kind = kind_in(verb, "act") or kind_in(verb, "state")
                if kind:
                    found.append((kind, verb))
        found += _complement_kinds(head)
    elif dep == "nsubj":
        for verb in _verb_group(head):
            if verb != head and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
                continue
            kind = kind_in(verb, "fate") or (kind_in(verb, "state") if verb.tag_ in ("VBG", "JJ") else None)
            if kind is None and kind_in(verb, "act") and verb.tag_ == "VBN" \
                    and not any(c.dep_ == "dobj" for c in verb.children):
                kind = kind_in(verb, "act")  # "dozens wounded": a passive without its auxiliary
            if kind:
                found.append((kind, verb))
        if head.lemma_.lower() in COPULAS or head.pos_ in ("VERB", "AUX"):
            found += _complement_kinds(head, ("oprd", "acomp", "attr", "xcomp"), acts=False)
        found += _harm_kinds(head)
    elif dep == "pobj":
        prep = head
        owner = prep.head
        if prep.lower_ in DEED_PREPS and owner.pos_ in ("NOUN", "PROPN"):
            kind = kind_in(owner, "deed")
            if kind:
                found.append((kind, owner))
        if prep.lower_ in TOLL_PREPS:
            toll = owner if kind_in(owner, "toll") else next(  # "the toll rose to 40", "bringing the toll to 40"
                (c for c in owner.children if c.dep_ in ("nsubj", "nsubjpass", "dobj") and kind_in(c, "toll")), None)
            if toll is not None:
                found.append((_toll_kind(toll), owner))
        if prep.lower_ == "with" and owner.pos_ == "VERB" and (_passive(owner) or kind_in(owner, "fate")):
            kind = kind_in(owner, "act") or kind_in(owner, "fate")
            if kind:
                found.append((kind, owner))  # "was killed with three other militants"
    elif dep == "attr" and head.lemma_.lower() == "be":
        toll = next((c for c in head.children if c.dep_ == "nsubj" and kind_in(c, "toll")), None)
        if toll is not None:
            found.append((_toll_kind(toll), head))
    return distinct(found)


def distinct(found: list[tuple[str, object]]) -> list[tuple[str, object]]:
    seen: dict[str, object] = {}
    for kind, word in found:
        seen.setdefault(kind, word)
    return [(k, w) for k, w in seen.items() if k in KINDS]

