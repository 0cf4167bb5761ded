"""Country outlines for a map: Natural Earth's 1:110m countries, thinned (public domain).

``world_outline()`` is compact data a page can embed: each country's ISO alpha-3 code, name and
rings of [longitude, latitude] points. ``graph/data/world.json`` was made once by
``tools/make_world.py`` from the shapefile a package ships; nothing is downloaded.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources

__all__ = ["world_outline"]


@cache
def world_outline() -> dict:
    """{"source", "licence", "coordinates", "countries": [{"iso3", "name", "rings"}]}.

    >>> world = world_outline()
    >>> afghanistan = next(c for c in world["countries"] if c["iso3"] == "AFG")
    >>> afghanistan["name"], len(afghanistan["rings"])
    ('Afghanistan', 1)
    """
    text = resources.files(__package__).joinpath("data", "world.json").read_text(encoding="utf-8")
    return json.loads(text)
