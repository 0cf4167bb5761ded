"""Graph files written again from a build's tables, without re-reading any document."""

from __future__ import annotations

import tempfile
from collections.abc import Iterable
from pathlib import Path

from ..atomic import atomic_write
from ..build import Corpus
from ..linkgraph import link_graph
from ..outputs.bipartite import events_graph
from ..outputs.gexf import write_gexf
from ..outputs.graphml import write_graphml
from ..outputs.nodelink import write_node_link
from ..outputs.spreadsheet import write_csv
from .errors import QueryError
from .notebook import page_layout

__all__ = ["EXPORT_FORMATS", "EVENT_EXPORT_FORMATS", "export_files"]

EXPORT_FORMATS = {
    "graphml": ("graph.graphml",),
    "gexf": ("graph.gexf",),
    "json": ("graph.json",),
    "csv": ("nodes.csv", "edges.csv"),
}
EVENT_EXPORT_FORMATS = {
    "graphml": ("events.graphml",),
    "gexf": ("events.gexf",),
    "json": ("events.json",),
    "csv": ("event-nodes.csv", "event-edges.csv"),
}


def export_files(corpus: Corpus, target: Path | None, formats: str | Iterable[str], *,
                 events_as_nodes: bool = False) -> list[Path]:
    """The graph files of ``formats`` written into ``target``; returns the files written."""
    formats = [formats] if isinstance(formats, str) else list(formats)
    unknown = [f for f in formats if f not in EXPORT_FORMATS]
    if unknown:
        raise QueryError(f"unknown export format {unknown[0]!r}: expected one of {', '.join(EXPORT_FORMATS)}")
    if target is None:
        raise QueryError("no folder to export to: give out=")
    target.mkdir(parents=True, exist_ok=True)
    names = EVENT_EXPORT_FORMATS if events_as_nodes else EXPORT_FORMATS
    if events_as_nodes:
        graph = plain_graph = events_graph(corpus)
    elif set(formats) - {"json"}:
        graph, plain_graph = link_graph(corpus.graph, page_layout(corpus)), corpus.graph
    else:
        graph = plain_graph = corpus.graph
    writers = {
        "graphml": lambda p: write_graphml(graph, p),
        "gexf": lambda p: write_gexf(graph, p),
        # for the actor graph, the same bytes the build writes
        "json": lambda p: write_node_link(plain_graph, p),
    }
    written = []
    for fmt in dict.fromkeys(formats):
        if fmt == "csv":
            with tempfile.TemporaryDirectory(dir=target) as tmp:
                write_csv(graph, *(Path(tmp) / name for name in names["csv"]))
                for name in names["csv"]:
                    atomic_write(target / name, lambda p, n=name, t=tmp: p.write_bytes((Path(t) / n).read_bytes()))
                    written.append(target / name)
            continue
        (name,) = names[fmt]
        atomic_write(target / name, writers[fmt])
        written.append(target / name)
    return written
