"""Countries from names, demonyms and adjectives, via country_converter.

"Afghan", "Pakistanis" and "Islamic Republic of Pakistan" all resolve to an
ISO 3166 alpha-3 code and one short name, so they merge into one actor.
"""

from __future__ import annotations

import logging
import re
from functools import cache

from .lexicon import demonym_overrides, word_list
from .spelling import near_miss

__all__ = ["country_code", "country_name", "misspelt_country"]


@cache
def _converter():
    import country_converter as coco  # imported lazily: it loads a table with pandas

    logging.getLogger("country_converter").setLevel(logging.CRITICAL)
    return coco.CountryConverter()


@cache
def _patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    data = _converter().data
    return tuple((re.compile(rx, re.IGNORECASE), iso) for rx, iso in zip(data["regex"], data["ISO3"], strict=True))


@cache
def _official_names() -> dict[str, str]:
    data = _converter().data
    names = {}
    for column in ("name_short", "name_official"):
        for name, iso in zip(data[column], data["ISO3"], strict=True):
            names[str(name).lower()] = iso
    return names


@cache
def country_code(name: str) -> str | None:
    """ISO alpha-3 code for a country name or demonym, else None.

    The library's patterns also fire inside longer names ("Pakistan Army",
    "Palestinian Authority"), so a pattern counts only when its match, run
    to the end of its word, covers the whole name.

    >>> country_code("Afghan"), country_code("Pakistanis"), country_code("Hungarian")
    ('AFG', 'PAK', 'HUN')
    >>> country_code("Islamic Republic of Pakistan"), country_code("U.S.")
    ('PAK', 'USA')
    >>> [country_code(n) for n in ("Islamic", "London", "Pak-Afghan", "Pakistan Army", "Palestinian Authority")]
    [None, None, None, None, None]
    >>> [country_code(n) for n in ("Peruvian", "Sudanese", "Republic of Korea", "Francesca", "Hanegbi", "Vitaliano")]
    ['PER', 'SDN', 'KOR', None, None, None]
    >>> [country_code(n) for n in ("South Korea", "Hong Kong", "Air France", "Miss Korea", "Italian Mafia")]
    ['KOR', 'HKG', None, None, None]
    """
    text = re.sub(r"^the\s+", "", name.strip().replace("’", "'"), flags=re.IGNORECASE)
    if not text or not text[0].isupper() or len(text) < 2:
        return None
    override = demonym_overrides().get(text.lower())
    if override:
        return override
    official = _official_names().get(text.lower())
    if official:
        return official
    if any(ch in text for ch in "-/&(") or len(text.split()) > 3:
        return None
    for pattern, iso in _patterns():
        match = pattern.search(text)
        if match is None or match.start() > 0:
            continue
        end = match.end()
        while end < len(text) and (text[end].isalpha() or text[end] == "."):
            end += 1
        if end >= len(text.rstrip(".")) and _runs_on_as_a_name(text[:match.end()], text[match.end():end]) \
                and _names_the_state_alone(pattern, text):
            return iso
    return None


def _runs_on_as_a_name(matched: str, ending: str) -> bool:
    """Whether a word that runs on past a country's pattern is still the country's: a short code
    must stand alone ("GB", not "Gbagbo"); a whole country name takes only a demonym's ending
    ("Peruvian", not "Francesca"); a stem takes any ("Mexicans", "Luxembourgers")."""
    ending = ending.rstrip(".").lower()
    if not ending:
        return True
    if len(matched.strip()) < 4:
        return False
    return matched.lower() not in _official_names() or ending in word_list("demonym_ending")


def _names_the_state_alone(pattern: re.Pattern[str], text: str) -> bool:
    """Whether what a pattern matches is the state itself, not a word of another name.

    A pattern that matches anywhere (".*gb", ".*korea") still matches once the letters before its
    core are cut: the core must start a word ("Hanegbi" is no GB) and the words before it must say
    what form of state it is ("Republic of Korea", not "Miss Korea" or "Air France"). A word after
    the name that the pattern does not need makes it another name ("Italian Mafia").
    """
    core = 0
    while core + 1 < len(text) and pattern.search(text[core + 1:]) is not None:
        core += 1
    if core and text[core - 1].isalpha():
        return False
    forms = word_list("state_form")
    if any(word.lower().strip(".,'") not in forms for word in text[:core].split()):
        return False
    words = text[core:].split()
    if len(words) > 1 and words[-1].lower() not in forms:
        shorter = pattern.search(" ".join(words[:-1]))
        return shorter is None or shorter.start() > 0
    return True


@cache
def country_name(code: str) -> str:
    """The short English name of a country code.

    >>> country_name("AFG")
    'Afghanistan'
    """
    name = _converter().convert(code, src="ISO3", to="name_short", not_found=None)
    return name if isinstance(name, str) else code


@cache
def _one_word_names() -> dict[str, str]:
    return {name: iso for name, iso in _official_names().items() if name.isalpha()}


@cache
def misspelt_country(word: str) -> str | None:
    """ISO alpha-3 code of the one country a capitalised word misspells by a letter dropped,
    changed or swapped, else None.

    The word must be long, written as a name (not in capitals), start with the country's first
    letter and be no country name itself; whether it is some other place is the caller's to rule out.

    >>> misspelt_country("Ethopia"), misspelt_country("Venezuala"), misspelt_country("Quatar")
    ('ETH', 'VEN', None)
    >>> misspelt_country("Ethiopia"), misspelt_country("Siberia"), misspelt_country("Omar"), misspelt_country("Israeli")
    (None, None, None, None)
    """
    if not word[:1].isupper() or word.isupper() or not word.isalpha() or country_code(word):
        return None
    name = near_miss(word, _one_word_names())
    return _one_word_names()[name] if name else None
