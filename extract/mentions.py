"""What every actor extractor shares: a mention, its clean name, the known actor it names.

A mention is a span of text that names an actor; extractors of names,
collectives and roles each propose mentions, and ``actors`` merges them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from .countries import country_code
from .lexicon import KnownActor, known_actors, rows, word_list
from .model import Evidence, slugify

__all__ = ["Mention", "local_key", "clean_name", "known", "surname_forms", "country_of_token", "is_sub_body",
           "is_party_state", "sentence_evidence", "GOVERNMENT_HEADS", "SUB_BODY_HEADS"]

GOVERNMENT_HEADS = word_list("government_head")
# a government body that is part of a state, not the state's ruling government
SUB_BODY_HEADS = word_list("sub_body_head")


def local_key(name: str, doc_id: str) -> str:
    """The id of a document's own body ("gunmen", or "police" in a report that names no state):
    never the id of another document's.

    >>> local_key("police", "d1")
    'police-d1'
    """
    return slugify(f"{name} {doc_id}")



@dataclass(slots=True)
class Mention:
    start: int  # character offsets
    end: int
    text: str
    type: str
    name: str
    country: str | None = None
    key: str = ""
    priority: int = 0  # higher wins an overlap of equal length
    roles: list[str] = field(default_factory=list)
    bare: bool = False  # "the army", "the government": whose, the rest of the document says
    template: str = ""  # a bare collective's name once its country is known ("Armed Forces of {country}")
    local: bool = False  # "gunmen", "protesters": this document's own, never merged with another's


def clean_name(text: str) -> str:
    """A mention's text without a leading article and trailing possessive.

    >>> clean_name("the Islamic Emirate of Afghanistan")
    'Islamic Emirate of Afghanistan'
    >>> clean_name("ABC News'")
    'ABC News'
    >>> clean_name("Pakistan’s")
    'Pakistan'
    """
    text = re.sub(r"\s+", " ", text.strip())
    text = re.sub(r"^(?:the|The|THE)\s+", "", text)
    text = re.sub(r"(?:['’]s|(?<=s)['’])$", "", text)
    text = text.strip(" ,;:\"“”()")
    # a final dot ends a sentence, unless it ends an abbreviation ("U.S.", "U.N.")
    return text if re.search(r"(?:^|\.)[A-Z]\.$", text) else text.rstrip(".")


def known(text: str) -> KnownActor | None:
    return known_actors().get(clean_name(text).lower())


def country_of_token(token) -> str | None:
    """The country a token names, read from its whole entity ("North Korean", not "Korean")."""
    if token.ent_type_ in ("GPE", "NORP"):
        doc, start, end = token.doc, token.i, token.i + 1
        # the entity's bounds from its IOB tags: cheaper than building doc.ents for every token
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        return country_code(clean_name(doc[start:end].text))
    if token.text[:1].isupper():
        return country_code(clean_name(token.text))
    return None


# the party letter and hyphen before a state in "Rep. Ed Roybal, D-Calif.,"
_PARTY_STATE = re.compile(r"(?<![\w-])[DRI]-$")


def is_party_state(text: str, start: int) -> bool:
    """Whether the name at ``start`` is the state of a legislator's party-state label
    ("Sen. Jon Kyl, R-Ariz., said"): no actor.

    >>> is_party_state("Sen. Jon Kyl, R-Ariz., said", 16), is_party_state("the Al-Aqsa mosque", 7)
    (True, False)
    """
    return _PARTY_STATE.search(text, max(0, start - 3), start) is not None


def is_sub_body(name: str) -> bool:
    return bool(set(name.lower().split()) & SUB_BODY_HEADS)


def sentence_evidence(doc, token, doc_id: str) -> Evidence:
    sent = token.sent
    return Evidence(doc_id, sent.start_char, sent.end_char, sent.text)


@cache
def _particles() -> tuple[frozenset[str], frozenset[str]]:
    table = rows("name_particles.tsv")
    return (frozenset(p for p, how in table if how == "hyphen"), frozenset(p for p, how in table if how == "word"))


def surname_forms(name: str) -> tuple[str, ...]:
    """The short forms a person's full name may be cut to, particles on and off.

    >>> surname_forms("Abu Bakr al-Baghdadi")
    ('al-Baghdadi', 'Baghdadi')
    >>> surname_forms("Javier Perez de Cuellar")
    ('Cuellar', 'de Cuellar', 'Perez de Cuellar')
    >>> surname_forms("Mujahid")
    ()
    """
    parts = name.split()
    if len(parts) < 2:
        return ()
    hyphen, word = _particles()
    last = parts[-1]
    forms = [last]
    prefix, _, rest = last.partition("-")
    if rest and prefix.lower() in hyphen:
        forms.append(rest)  # "al-Baghdadi" is also "Baghdadi"
    first = len(parts) - 1
    while first > 1 and parts[first - 1].lower() in word:
        first -= 1
    if first < len(parts) - 1:
        forms.append(" ".join(parts[first:]))  # "de Cuellar"
        forms.append(" ".join(parts[first - 1:]))  # "Perez de Cuellar"
    return tuple(dict.fromkeys(forms))
