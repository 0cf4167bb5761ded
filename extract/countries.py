"""Countries from names, demonyms and adjectives, via country_converter.

"Afghan", "Pakistanis" and "Islamic Republic of Pakistan" all resolve to an
ISO 3166 alpha-3 code and one short name, so they merge into one actor.
"""

from __future__ import annotations

import logging
from functools import cache

from .lexicon import demonym_overrides

__all__ = ["country_code", "country_name"]


@cache
def _converter():
    import country_converter as coco  # imported lazily: it loads a table with pandas

    logging.getLogger("country_converter").setLevel(logging.CRITICAL)
    return coco.CountryConverter()


@cache
def _codes() -> frozenset[str]:
    return frozenset(_converter().data["ISO3"])


@cache
def country_code(name: str) -> str | None:
    """ISO alpha-3 code for a country name or demonym, else None.

    >>> country_code("Afghan"), country_code("Pakistani"), country_code("Hungarian")
    ('AFG', 'PAK', 'HUN')
    >>> country_code("Islamic") is None, country_code("London") is None
    (True, True)
    """
    text = name.strip().replace("’", "'")
    if not text or not text[0].isupper() or len(text) < 2:
        return None
    override = demonym_overrides().get(text.lower())
    if override:
        return override
    # The library matches by regular expressions that also fire inside longer
    # names ("Pak-Afghan"), so only single names of letters, spaces and dots are asked.
    if any(ch in text for ch in "-/&(") or len(text.split()) > 6:
        return None
    code = _converter().convert(text, to="ISO3", not_found=None)
    if isinstance(code, str) and code in _codes():
        return code
    return None


@cache
def country_name(code: str) -> str:
    """The short English name of a country code.

    >>> country_name("AFG")
    'Afghanistan'
    """
    name = _converter().convert(code, src="ISO3", to="name_short", not_found=None)
    return name if isinstance(name, str) else code
