"""The one list of outputs: every file a build writes, and the graph formats ``export`` writes again.

Each output has a name (for a graph file, the ``--format`` choice), the files
it writes, its writer and its kind: a ``table`` of the contract (written from
its rows), the ``page`` (written from the corpus; it returns the network's
layout), a ``graph`` file (written from a graph: ``linked`` ones from the
graph of ``linkgraph.link_graph``, the others from the actor graph as it is;
``event_files`` name the files of the events-as-nodes graph) or the
``report``, which the build writes last. ``built`` says whether every build
writes it; the build, ``export`` and the command line all read this table.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import networkx as nx

from ..page.render import render_page
from ..tables import TABLES, write_table
from .gexf import write_gexf
from .graphml import write_graphml
from .nodelink import write_node_link
from .spreadsheet import write_csv

__all__ = ["Output", "OUTPUTS", "GRAPH_FORMATS", "BUILT_FORMATS", "BUILD_FILES", "ALL_FILES", "write_graph"]


@dataclass(frozen=True, slots=True)
class Output:
    """One output: its name, kind, files and writer (see the module's docstring)."""

    name: str
    kind: str
    files: tuple[str, ...]
    write: Callable[..., object] | None = None
    event_files: tuple[str, ...] = ()
    linked: bool = False
    built: bool = True


# in the order a build writes them: the page first, for the graph files take its layout
OUTPUTS: dict[str, Output] = {o.name: o for o in (
    Output("html", "page", ("graph.html",), render_page),
    *(Output(name, "table", (f"{name}.jsonl",), write_table) for name in TABLES),
    Output("graphml", "graph", ("graph.graphml",), write_graphml, ("events.graphml",), linked=True),
    Output("gexf", "graph", ("graph.gexf",), write_gexf, ("events.gexf",), linked=True),
    Output("json", "graph", ("graph.json",), write_node_link, ("events.json",)),
    Output("csv", "graph", ("nodes.csv", "edges.csv"), write_csv, ("event-nodes.csv", "event-edges.csv"),
           linked=True, built=False),
    Output("report", "report", ("report.txt",)),
)}
GRAPH_FORMATS: dict[str, Output] = {name: o for name, o in OUTPUTS.items() if o.kind == "graph"}
BUILT_FORMATS: tuple[str, ...] = tuple(name for name, o in GRAPH_FORMATS.items() if o.built)
BUILD_FILES: tuple[str, ...] = tuple(f for o in OUTPUTS.values() if o.built for f in o.files)
ALL_FILES: tuple[str, ...] = tuple(dict.fromkeys(
    f for o in OUTPUTS.values() for f in (*o.files, *o.event_files)))


def write_graph(output: Output, graph: nx.MultiDiGraph, linked: nx.MultiDiGraph, paths: Sequence[Path]) -> None:
    """Write a graph format's files: from ``linked`` (the link graph) or ``graph`` (as it is), as it asks.

    >>> import tempfile
    >>> from newsgraph.graph.query import sample
    >>> g = sample().nx
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     write_graph(GRAPH_FORMATS["json"], g, g, [Path(tmp) / "graph.json"])
    ...     sorted(p.name for p in Path(tmp).iterdir())
    ['graph.json']
    """
    output.write(linked if output.linked else graph, *paths)
