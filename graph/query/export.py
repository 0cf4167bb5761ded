"""Graph files written again from a build's tables, without re-reading any document."""

from __future__ import annotations

import tempfile
from collections.abc import Iterable
from pathlib import Path

from ..atomic import atomic_write
from ..build import Corpus
from ..linkgraph import link_graph
from ..outputs.bipartite import events_graph
from ..outputs.registry import GRAPH_FORMATS, write_graph
from .errors import QueryError
from .notebook import page_layout

__all__ = ["export_files"]


def export_files(corpus: Corpus, target: Path | None, formats: str | Iterable[str], *,
                 events_as_nodes: bool = False) -> list[Path]:
    """The files of the graph ``formats`` (see ``outputs.registry``) written into ``target``; returns them.

    The actor graph's files are the bytes the build writes; ``events_as_nodes``
    writes the events-as-nodes graph instead. Each file is replaced whole.
    """
    formats = [formats] if isinstance(formats, str) else list(formats)
    unknown = [f for f in formats if f not in GRAPH_FORMATS]
    if unknown:
        raise QueryError(f"unknown export format {unknown[0]!r}: expected one of {', '.join(GRAPH_FORMATS)}")
    if target is None:
        raise QueryError("no folder to export to: give out=")
    target.mkdir(parents=True, exist_ok=True)
    chosen = [GRAPH_FORMATS[name] for name in dict.fromkeys(formats)]
    if events_as_nodes:
        graph = linked = events_graph(corpus)
    elif any(output.linked for output in chosen):
        graph, linked = corpus.graph, link_graph(corpus.graph, page_layout(corpus))
    else:
        graph = linked = corpus.graph
    written = []
    for output in chosen:
        names = output.event_files if events_as_nodes else output.files
        with tempfile.TemporaryDirectory(dir=target) as tmp:
            write_graph(output, graph, linked, [Path(tmp) / name for name in names])
            for name in names:
                atomic_write(target / name, lambda p, n=name, t=tmp: p.write_bytes((Path(t) / n).read_bytes()))
                written.append(target / name)
    return written
