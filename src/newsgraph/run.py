"""The build: documents in, every output of the contract written to one folder.

``build`` is the Python API the CLI wraps: read, extract, assemble, write.
Outputs are written to temporary names and renamed, so an interrupted build
never leaves a half-written file in place of a good one.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import networkx as nx

from .extract.ingest import read_documents
from .extract.model import Document
from .extract.pipeline import extract_all
from .graph.build import Corpus, assemble
from .graph.gephi import write_gexf, write_graphml
from .graph.html import render_page
from .graph.tables import TABLES, write_table

__all__ = ["NewsgraphError", "BuildResult", "build", "unique_documents", "OUTPUT_FILES"]

OUTPUT_FILES = tuple(f"{t}.jsonl" for t in TABLES) + (
    "graph.json", "graph.graphml", "graph.gexf", "graph.html", "report.txt")


class NewsgraphError(Exception):
    """A build that cannot go on; the message says why in one line."""


@dataclass
class BuildResult:
    out: Path
    corpus: Corpus
    report: str

    @property
    def processed(self) -> int:
        return sum(1 for d in self.corpus.documents if d["status"] == "ok")

    @property
    def skipped(self) -> int:
        return sum(1 for d in self.corpus.documents if d["status"] != "ok")


def unique_documents(documents: Iterable[Document]) -> Iterator[Document]:
    """Documents with unique ids; a second copy of the same text is marked duplicate."""
    ids: Counter = Counter()
    texts: dict[str, str] = {}
    for doc in documents:
        ids[doc.id] += 1
        if ids[doc.id] > 1:
            doc = replace(doc, id=f"{doc.id}~{ids[doc.id]}",
                          warnings=(*doc.warnings, f"id {doc.id!r} already used: renamed"))
        if doc.status == "ok":
            first = texts.setdefault(doc.sha256, doc.id)
            if first != doc.id:
                doc = replace(doc, status="skipped", warnings=(*doc.warnings, f"duplicate of {first}"))
        yield doc


def build(inputs: Iterable[str | os.PathLike] | str | os.PathLike, out: str | os.PathLike = "output",
          *, model: str | None = None, batch_size: int = 32) -> BuildResult:
    """Build every output of the contract from the documents under ``inputs``.

    Returns the corpus and the report; raises NewsgraphError when no input exists.
    """
    if isinstance(inputs, str | os.PathLike):
        inputs = [inputs]
    inputs = list(inputs)
    if not inputs:
        raise NewsgraphError("no input given: name files or folders of documents")
    documents = unique_documents(read_documents(inputs))
    corpus = assemble(extract_all(documents, model=model, batch_size=batch_size))
    report = make_report(corpus)
    out = Path(out)
    write_outputs(corpus, out, report)
    return BuildResult(out, corpus, report)


def make_report(corpus: Corpus) -> str:
    docs = corpus.documents
    ok = [d for d in docs if d["status"] == "ok"]
    lines = [
        f"documents: {len(docs)} ({len(ok)} processed, {len(docs) - len(ok)} skipped)",
        f"actors: {len(corpus.actors)} ({corpus.graph.number_of_nodes()} in the graph)",
        f"relations: {len(corpus.relations)}",
        f"events: {len(corpus.events)}",
        f"timexes: {len(corpus.timexes)} ({sum(1 for t in corpus.timexes if t['value'] is None)} unresolved)",
        f"graph: {corpus.graph.number_of_nodes()} nodes, {corpus.graph.number_of_edges()} edges",
    ]
    types = Counter(a["type"] for a in corpus.actors)
    lines.append("actor types: " + ", ".join(f"{k} {v}" for k, v in sorted(types.items())))
    events = Counter(e["type"] for e in corpus.events)
    lines.append("event types: " + ", ".join(f"{k} {v}" for k, v in sorted(events.items())))
    skipped = [d for d in docs if d["status"] != "ok"]
    if skipped:
        lines.append("skipped:")
        lines += [f"  {d['path']} [{d['id']}]: {d['reason']}" for d in skipped]
    warned = [d for d in ok if d["reason"]]
    if warned:
        lines.append("warnings:")
        lines += [f"  {d['path']} [{d['id']}]: {d['reason']}" for d in warned]
    return "\n".join(lines) + "\n"


def write_outputs(corpus: Corpus, out: Path, report: str) -> None:
    """Every output file, each written to a temporary name and renamed into place."""
    out.mkdir(parents=True, exist_ok=True)
    writers = {f"{name}.jsonl": (lambda p, n=name: write_table(p, getattr(corpus, n))) for name in TABLES}
    writers["graph.json"] = lambda p: p.write_text(
        json.dumps(nx.node_link_data(corpus.graph, edges="edges"), ensure_ascii=False, sort_keys=True) + "\n",
        encoding="utf-8")
    writers["graph.graphml"] = lambda p: write_graphml(corpus.graph, p)
    writers["graph.gexf"] = lambda p: write_gexf(corpus.graph, p)
    writers["graph.html"] = lambda p: render_page(corpus, p)
    writers["report.txt"] = lambda p: p.write_text(report, encoding="utf-8")
    for name in OUTPUT_FILES:
        fd, tmp = tempfile.mkstemp(prefix=f".{name}.", dir=out)
        os.close(fd)
        try:
            writers[name](Path(tmp))
            os.chmod(tmp, 0o644)
            os.replace(tmp, out / name)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
