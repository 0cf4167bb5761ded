"""Load the rule and lexicon tables shipped in ``extract/lexicons/``.

Rules live in tab-separated data files so they can be read, reviewed and
extended without touching code; this module turns them into lookups.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

__all__ = ["rows", "KnownActor", "known_actors", "type_cues", "place_heads", "role_relations", "state_roles",
           "role_verbs", "armed_name_words", "demonym_overrides", "collectives", "capitals", "not_actors",
           "place_wording", "metonymy_verbs", "facility_heads", "word_list", "pattern_list"]


@cache
def rows(name: str) -> tuple[tuple[str, ...], ...]:
    """The rows of a lexicon table, comments and blank lines dropped.

    >>> ("ministry", "government") in rows("type_cues.tsv")
    True
    """
    text = resources.files(__package__).joinpath("lexicons", name).read_text(encoding="utf-8")
    return tuple(
        tuple(cell.strip() for cell in line.split("\t"))
        for line in text.splitlines()
        if line.strip() and not line.startswith("#")
    )


@cache
def word_list(name: str, table: str = "word_lists.tsv") -> frozenset[str]:
    """The words of one list of a table of named lists (``word_lists.tsv`` unless ``table`` says another).

    >>> sorted(word_list("bare_head"))[:2]
    ['administration', 'army']
    >>> sorted(word_list("zero", "figure_words.tsv"))
    ['nobody', 'none']
    """
    return frozenset(row[1] for row in rows(table) if row[0] == name)


@cache
def pattern_list(name: str) -> str:
    """One list of ``patterns.tsv`` as a regular expression that matches any of its rows, in order.

    >>> import re
    >>> re.fullmatch(pattern_list("photo_agency"), "Getty Images") is not None
    True
    """
    return "(?:" + "|".join(row[1] for row in rows("patterns.tsv") if row[0] == name) + ")"


@dataclass(frozen=True, slots=True)
class KnownActor:
    name: str
    type: str
    country: str | None
    aliases: tuple[str, ...]


@cache
def known_actors() -> dict[str, KnownActor]:
    """Every name and alias of the known-actor table, lower-cased, to its actor.

    >>> known_actors()["ttp"].name
    'Tehrik-e-Taliban Pakistan'
    """
    table: dict[str, KnownActor] = {}
    for row in rows("actors.tsv"):
        name, kind, country = row[0], row[1], (row[2] if len(row) > 2 else "") or None
        aliases = tuple(a for a in (row[3].split("|") if len(row) > 3 else []) if a)
        actor = KnownActor(name, kind, country, aliases)
        for form in (name, *aliases):
            table.setdefault(form.lower(), actor)
    return table


@cache
def type_cues() -> dict[str, str]:
    return {row[0]: row[1] for row in rows("type_cues.tsv")}


@cache
def armed_name_words() -> frozenset[str]:
    """Words that make a named army a non-state armed group ("Kosovo Liberation Army").

    >>> "liberation" in armed_name_words()
    True
    """
    return frozenset(row[0] for row in rows("armed_name_words.tsv"))


@cache
def place_heads() -> frozenset[str]:
    return frozenset(row[0] for row in rows("place_heads.tsv"))


@cache
def people_nouns() -> tuple[frozenset[str], tuple[str, ...]]:
    """The nouns that name people (``people_nouns.tsv``), and the endings that make one.

    >>> words, endings = people_nouns()
    >>> "woman" in words, "ist" in endings
    (True, True)
    """
    table = rows("people_nouns.tsv")
    return (frozenset(r[0] for r in table if r[1] == "word"), tuple(r[0] for r in table if r[1] == "suffix"))


@cache
def role_relations() -> dict[str, str]:
    """Role noun to the relation it makes with the body it serves.

    >>> role_relations()["prime minister"], role_relations()["minister"]
    ('leads', 'member_of')
    """
    return {row[0]: row[1] for row in rows("roles.tsv")}


@cache
def state_roles() -> frozenset[str]:
    """Roles that are offices of a state ("president", "foreign minister"), not of any body.

    >>> "foreign minister" in state_roles(), "professor" in state_roles()
    (True, False)
    """
    return frozenset(row[0] for row in rows("roles.tsv") if len(row) > 2 and row[2] == "state")


@cache
def role_verbs() -> dict[str, tuple[tuple[str, str], ...]]:
    """Verb lemma to (where its body stands, relation): "heads Y", "works for Y".

    >>> role_verbs()["work"][0]
    ('for', 'member_of')
    """
    table: dict[str, list[tuple[str, str]]] = {}
    for verb, place, relation in rows("role_verbs.tsv"):
        table.setdefault(verb, []).append((place, relation))
    return {verb: tuple(found) for verb, found in table.items()}


@cache
def collectives() -> dict[str, tuple[str, str, str]]:
    """Head lemma of a collective to (actor type, canonical name template, members): members is
    "members" or "named" when the head names one member, so only its plural is the collective.

    >>> collectives()["troop"]
    ('military', 'Armed Forces of {country}', '')
    >>> collectives()["protester"]
    ('organization', '{text}', 'members')
    """
    return {row[0]: (row[1], row[2], row[3] if len(row) > 3 else "") for row in rows("collectives.tsv")}


@cache
def not_actors() -> frozenset[str]:
    """Words the recogniser takes for names that name no actor ("GMT", "Headquarters").

    >>> "GMT" in not_actors()
    True
    """
    return frozenset(row[0] for row in rows("not_actors.tsv"))


@cache
def capitals() -> dict[str, str]:
    """Capital city to its country's ISO3 code.

    >>> capitals()["Kabul"]
    'AFG'
    """
    return {row[0]: row[1] for row in rows("capitals.tsv")}


@cache
def demonym_overrides() -> dict[str, str]:
    return {row[0].lower(): row[1] for row in rows("demonym_overrides.tsv") if len(row) > 1}


@cache
def place_wording() -> dict[tuple[str, str], str]:
    """(word, "before" or "after") to the place feature the wording asks for.

    >>> place_wording()[("province", "after")]
    'admin1'
    """
    return {(word, where): feature for word, feature, where in rows("place_wording.tsv")}


@cache
def metonymy_verbs() -> frozenset[str]:
    return frozenset(row[0] for row in rows("metonymy_verbs.tsv"))


@cache
def facility_heads() -> frozenset[str]:
    return frozenset(row[0] for row in rows("facility_heads.tsv"))
