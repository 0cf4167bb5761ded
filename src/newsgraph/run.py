"""The build: documents in, every output of the contract written to one folder.

``build`` is the Python API the CLI wraps: read, extract, assemble, write.
Outputs are written to temporary names and renamed, so an interrupted build
never leaves a half-written file in place of a good one.
"""

from __future__ import annotations

import os
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from .extract.cache import Cache
from .extract.engines import EngineError, extract_all
from .extract.ingest import collect_paths, read_documents
from .extract.model import Document
from .extract.nlp import ModelNotFound, load_model, model_id
from .graph.atomic import atomic_write
from .graph.build import Corpus, assemble
from .graph.gephi import write_gexf, write_graphml, write_node_link
from .graph.html import render_page
from .graph.tables import TABLES, write_table

__all__ = ["NewsgraphError", "BuildResult", "build", "unique_documents", "OUTPUT_FILES"]

CACHE_NAME = ".newsgraph-cache.sqlite"
LAYOUT_KEY = "page-layout"
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
          *, model: str | None = None, batch_size: int = 32, jobs: int = 1, engine: str = "local",
          scheduler: str | None = None, cache: str | os.PathLike | bool = True,
          progress: bool = False) -> BuildResult:
    """Build every output of the contract from the documents under ``inputs``.

    ``cache`` is True for the default SQLite cache in the output folder, a
    path for another one, or False to parse everything again. ``progress``
    shows a progress bar on stderr. Raises NewsgraphError when the build
    cannot start (no input, no model, an engine that cannot run).
    """
    if isinstance(inputs, str | os.PathLike):
        inputs = [inputs]
    inputs = list(inputs)
    if not inputs:
        raise NewsgraphError("no input given: name files or folders of documents")
    out = Path(out)
    try:
        nlp = load_model(model)
    except ModelNotFound as err:
        raise NewsgraphError(str(err)) from None
    store = None
    if cache:
        store = Cache(out / CACHE_NAME if cache is True else Path(cache), model_id(nlp))
    bar = _progress_bar(inputs) if progress else None
    try:
        try:
            documents = unique_documents(read_documents(inputs))
            extractions = extract_all(documents, model=model, batch_size=batch_size, jobs=jobs, engine=engine,
                                      scheduler=scheduler, cache=store, progress=bar.update if bar else None)
            corpus = assemble(extractions)
        except EngineError as err:
            raise NewsgraphError(str(err)) from None
        finally:
            if bar is not None:
                bar.close()
        report = make_report(corpus, cache=store)
        layout = write_outputs(corpus, out, report, previous_layout=store.value(LAYOUT_KEY) if store else None)
        if store is not None:
            store.put_value(LAYOUT_KEY, layout)
    finally:
        if store is not None:
            store.close()
    return BuildResult(out, corpus, report)


def _progress_bar(inputs: list):
    """A bar on stderr with documents done, rate and time left; silent off a terminal."""
    from tqdm import tqdm

    return tqdm(total=estimate_documents(inputs), unit="doc", file=sys.stderr, disable=not sys.stderr.isatty(),
                dynamic_ncols=True, desc="newsgraph")


def estimate_documents(inputs: list) -> int:
    """How many documents the inputs hold, counted cheaply (JSONL lines, one per other file)."""
    paths, problems = collect_paths(inputs)
    total = len(problems)
    for path in paths:
        if path.suffix.lower() == ".jsonl":
            try:
                with open(path, "rb") as src:
                    total += sum(1 for line in src if line.strip())
            except OSError:
                total += 1
        else:
            total += 1
    return total


def make_report(corpus: Corpus, cache: Cache | None = None) -> str:
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
    if cache is not None:
        hits = cache.hits
        lines.append(f"cache: {cache.path} ({hits['extraction']} documents reused, {hits['parse']} re-extracted "
                     f"from cached parses, {hits['miss']} parsed)")
    undated = [d for d in docs if d["status"] == "ok" and d["date"] is None]
    if undated:
        lines.append(f"documents without a publication date: {len(undated)} (their relative dates are unresolved)")
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


def write_outputs(corpus: Corpus, out: Path, report: str,
                  previous_layout: dict | None = None) -> dict[str, tuple[int, int]]:
    """Every output file, each written to a temporary name and renamed into place.

    Returns the page's network layout; ``previous_layout`` keeps a former build's.
    """
    layout: dict[str, tuple[int, int]] = {}
    out.mkdir(parents=True, exist_ok=True)
    writers = {f"{name}.jsonl": (lambda p, n=name: write_table(p, getattr(corpus, n))) for name in TABLES}
    writers["graph.json"] = lambda p: write_node_link(corpus.graph, p)
    writers["graph.graphml"] = lambda p: write_graphml(corpus.graph, p, layout=layout)
    writers["graph.gexf"] = lambda p: write_gexf(corpus.graph, p, layout=layout)
    writers["graph.html"] = lambda p: layout.update(render_page(corpus, p, previous_layout))
    writers["report.txt"] = lambda p: p.write_text(report, encoding="utf-8")
    # the page first: the Gephi files take its layout
    for name in sorted(OUTPUT_FILES, key=lambda n: n != "graph.html"):
        atomic_write(out / name, writers[name])
    return layout
