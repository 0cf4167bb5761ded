"""Actors found by name: ids, names and aliases, case and accents folded, with close-match hints."""

from __future__ import annotations

import difflib
import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable

import networkx as nx

from .errors import AmbiguousActor, UnknownActor

__all__ = ["ActorIndex", "as_list", "find_actor"]


def _norm(text: str) -> str:
    """A name as looked up: case, accents, quotes and punctuation folded.

    >>> _norm("  Pakistan’s  MINISTRY ")
    'pakistan s ministry'
    """
    folded = unicodedata.normalize("NFKD", str(text).casefold())
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    return " ".join(re.split(r"[\W_]+", folded)).strip()


def as_list(value) -> list:
    """A list attribute, also when a GraphML or GEXF reader handed it back as a JSON string."""
    if value in (None, ""):
        return []
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            return [value]
    return list(value) if isinstance(value, list | tuple) else [value]


class ActorIndex:
    """Names, aliases and ids of actors, for exact lookups and close-match hints."""

    def __init__(self, actors: Iterable[tuple[str, str, Iterable[str], int]]):
        self.labels: dict[str, str] = {}
        self.weight: dict[str, int] = {}
        self.by_name: dict[str, list[str]] = defaultdict(list)
        self.by_alias: dict[str, list[str]] = defaultdict(list)
        for actor_id, label, aliases, mentions in actors:
            self.labels[actor_id] = label
            self.weight[actor_id] = mentions or 0
            self.by_name[_norm(label)].append(actor_id)
            for alias in aliases:
                if actor_id not in self.by_alias[_norm(alias)]:
                    self.by_alias[_norm(alias)].append(actor_id)

    def resolve(self, name: str) -> str:
        if name in self.labels:
            return name
        key = _norm(name)
        for table in (self.by_name, self.by_alias):
            found = table.get(key, [])
            if len(found) == 1:
                return found[0]
            if found:
                raise AmbiguousActor(name, [(i, self.labels[i]) for i in sorted(found)])
        raise UnknownActor(name, self.close_matches(key))

    def close_matches(self, key: str, n: int = 5) -> list[str]:
        if not key:
            return []
        forms: dict[str, set[str]] = defaultdict(set)
        for table in (self.by_name, self.by_alias):
            for form, ids in table.items():
                forms[form].update(ids)
        ranked = [f for f in forms if re.search(rf"\b{re.escape(key)}\b", f)]
        ranked += difflib.get_close_matches(key, list(forms), n=n, cutoff=0.6)
        ranked += [f for f in forms if key in f]
        out: list[str] = []
        for form in ranked:
            for actor_id in sorted(forms[form], key=lambda i: (-self.weight[i], i)):
                if self.labels[actor_id] not in out:
                    out.append(self.labels[actor_id])
        return out[:n]


def graph_index(G: nx.Graph) -> ActorIndex:
    return ActorIndex((n, d.get("label") or str(n), as_list(d.get("aliases")), d.get("mentions") or 0)
                       for n, d in G.nodes(data=True))


def find_actor(G: nx.Graph, name: str) -> str:
    """The id of the node whose id, label or alias is ``name`` (case and accents ignored).

    Raises UnknownActor, with the closest names, when nothing matches, and
    AmbiguousActor when the name is an alias of several actors.

    >>> from newsgraph.graph.query import sample
    >>> g = sample().nx
    >>> find_actor(g, "mujahid")
    'zabihullah-mujahid'
    >>> find_actor(g, "Mujahed")
    Traceback (most recent call last):
    ...
    newsgraph.graph.query.errors.UnknownActor: unknown actor 'Mujahed'; did you mean: Zabihullah Mujahid?
    """
    return graph_index(G).resolve(name)
