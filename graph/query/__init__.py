"""Questions asked of a built graph: who is this actor, what links two actors, when.

Graph-first functions (``find_actor``, ``links``, ``neighbors``, ``path``) work
on any graph ``to_graph`` builds; ``Newsgraph`` (from ``load``) wraps a built
output folder's tables and graph and answers with plain, frozen objects.

>>> import tempfile
>>> from newsgraph.graph.tables import write_table
>>> folder = tempfile.mkdtemp()
>>> write_table(f"{folder}/documents.jsonl", [{"id": "d1", "date": "2026-02-28"}])
>>> write_table(f"{folder}/actors.jsonl", [
...     {"id": "ruritania", "name": "Ruritania", "type": "country", "aliases": ["Ruritanian army"]},
...     {"id": "borduria", "name": "Borduria", "type": "country"}])
>>> write_table(f"{folder}/relations.jsonl", [])
>>> write_table(f"{folder}/events.jsonl", [
...     {"id": "e1", "type": "ASSAULT", "mode": "artillery", "date": "2026-02-27", "doc_id": "d1",
...      "source": ["ruritania"], "target": ["borduria"], "start": 0, "end": 38,
...      "sentence": "The Ruritanian army shelled Borduria."}])
>>> g = load(folder)
>>> g
<Newsgraph '...': 2 actors, 0 relations, 1 events>
>>> [(link.type, link.mode, link.date, link.sentence) for link in g.links("Ruritanian army", "borduria")]
[('ASSAULT', 'artillery', '2026-02-27', 'The Ruritanian army shelled Borduria.')]
"""

from __future__ import annotations

from .api import Newsgraph, load
from .errors import (
    AmbiguousActor,
    NoPath,
    NotBuilt,
    QueryError,
    UnknownActor,
    UnknownActorReference,
    UnknownPlace,
    UnknownType,
)
from .geo import Place
from .links import links, neighbors, path
from .lookup import find_actor
from .results import Actor, Event, Evidence, Link, Neighbor, Results, Step
from .sample import sample

__all__ = [
    "QueryError", "NotBuilt", "UnknownActor", "AmbiguousActor", "NoPath", "UnknownType", "UnknownPlace",
    "UnknownActorReference", "Evidence", "Actor", "Link", "Neighbor", "Event", "Step", "Place", "Results",
    "find_actor", "links", "neighbors", "path",
    "Newsgraph", "load", "sample",
]
