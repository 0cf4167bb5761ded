"""The build: documents in, every output of the contract written to one folder.

``build`` is the Python API the CLI wraps: read, extract, assemble, write.
The outputs are written into a fresh folder beside ``out`` and swapped in
whole at the end, under a lock on the folder: a folder holds one complete
build, the former one until the new one is whole. A build that processes no
document leaves the former outputs as they were.
"""

from __future__ import annotations

import os
import re
import signal
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path

from .extract.cache import Cache, CacheError
from .extract.engines import EngineError, extract_all
from .extract.ingest import collect_paths, read_documents
from .extract.model import Document, Extraction
from .extract.nlp import ModelNotFound, load_model, model_id
from .graph.atomic import commit_folder, discard_folder, remove_leftovers, staging_folder
from .graph.build import Corpus, assemble
from .graph.linkgraph import link_graph
from .graph.lock import FolderLock, FolderLocked
from .graph.manifest import MANIFEST, build_id, file_sha256, read_manifest, write_manifest
from .graph.outputs.registry import ALL_FILES, BUILD_FILES, OUTPUTS, write_graph

__all__ = ["NewsgraphError", "BuildResult", "build", "UniqueDocuments", "OUTPUT_FILES", "printable"]

CACHE_NAME = ".newsgraph-cache.sqlite"
LAYOUT_KEY = "page-layout"
OUTPUT_FILES = BUILD_FILES
# files a former build or export wrote that describe the former build only: not carried into a new one
STALE_FILES = frozenset((*ALL_FILES, MANIFEST))
_PARTIAL_FILE = re.compile(r"\A\.(?:{})\.\w+\Z".format("|".join(re.escape(n) for n in (*STALE_FILES,))))


class NewsgraphError(Exception):
    """A build that cannot go on; the message says why in one line."""


@dataclass
class BuildResult:
    out: Path
    corpus: Corpus
    report: str
    build: str | None = None  # the build id; None when nothing was written
    warnings: list[str] = field(default_factory=list)

    @property
    def written(self) -> bool:
        """Whether the outputs were replaced (not when no document could be processed)."""
        return self.build is not None

    @property
    def processed(self) -> int:
        return sum(1 for d in self.corpus.documents if d["status"] == "ok")

    @property
    def skipped(self) -> int:
        return sum(1 for d in self.corpus.documents if d["status"] != "ok")


def printable(text: object) -> str:
    """Text safe to print on one line: control, format and bidi characters escaped.

    >>> printable("a\\nb\\u202etxt.exe")
    'a\\\\nb\\\\u202etxt.exe'
    """
    out = []
    for ch in str(text):
        if unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp"):
            out.append(ch.encode("unicode_escape").decode("ascii") if ord(ch) > 0xFF or ch in "\n\r\t"
                       else f"\\x{ord(ch):02x}")
        else:
            out.append(ch)
    return "".join(out)


def _quality(doc: Document) -> tuple:
    """How good a copy of a text is: a copy with a publication date beats one without."""
    return (doc.date is not None,)


class UniqueDocuments:
    """Documents with unique ids; of two copies of the same text the better one is kept.

    A later copy that is better than the one kept (it has a publication date,
    the other not) is let through as well, and the kept one is listed in
    ``demoted`` (id -> reason) to be skipped once both are extracted.
    """

    def __init__(self, documents: Iterable[Document]):
        self.documents = documents
        self.demoted: dict[str, str] = {}

    def __iter__(self) -> Iterator[Document]:
        ids: Counter = Counter()
        kept: dict[str, Document] = {}
        for doc in self.documents:
            ids[doc.id] += 1
            if ids[doc.id] > 1:
                doc = replace(doc, id=f"{doc.id}~{ids[doc.id]}",
                              warnings=(*doc.warnings, f"id {doc.id!r} already used: renamed"))
            if doc.status == "ok":
                first = kept.setdefault(doc.sha256, doc)
                if first is not doc:
                    if _quality(doc) > _quality(first):
                        self.demoted[first.id] = f"duplicate of {doc.id} (which has a publication date)"
                        kept[doc.sha256] = doc
                    else:
                        doc = replace(doc, status="skipped", warnings=(*doc.warnings, f"duplicate of {first.id}"))
            yield doc

    def apply(self, extractions: Iterable[Extraction]) -> Iterator[Extraction]:
        """The extractions, with the copies a better one replaced turned into skipped ones."""
        for ex in extractions:
            reason = self.demoted.get(ex.document.id)
            if reason is not None and ex.document.status == "ok":
                ex = Extraction(document=replace(ex.document, status="skipped",
                                                 warnings=(*ex.document.warnings, reason)))
            yield ex


class BuildInterrupted(BaseException):
    """The build was asked to stop by a signal; ``signum`` says which."""

    def __init__(self, signum: int):
        self.signum = signum
        super().__init__(f"interrupted by {signal.Signals(signum).name}")


@contextmanager
def signals_held():
    """Hold SIGINT, SIGTERM and SIGHUP for a moment that must not be cut in two."""
    held = {signal.SIGINT, signal.SIGTERM, signal.SIGHUP}
    try:
        before = signal.pthread_sigmask(signal.SIG_BLOCK, held)
    except (AttributeError, ValueError, OSError):
        yield
        return
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, before)


def _problem(err: OSError) -> str:
    where = printable(err.filename) + ": " if err.filename else ""
    return where + (err.strerror or str(err))


def _output_folder(out: Path) -> Path:
    """The folder the outputs replace: ``out`` itself (absolute, so ``.`` has a name), or where it links to."""
    out = Path(os.path.realpath(out) if out.is_symlink() else os.path.abspath(out))
    if out.exists() and not out.is_dir():
        raise NewsgraphError(f"{printable(out)}: exists and is not a folder; choose another --out")
    for parent in out.absolute().parents:
        if parent.exists():
            if not parent.is_dir():
                raise NewsgraphError(f"{printable(parent)}: is not a folder, so {printable(out)} cannot be made "
                                     f"inside it; choose another --out")
            break
    return out


def build(inputs: Iterable[str | os.PathLike] | str | os.PathLike, out: str | os.PathLike = "output",
          *, model: str | None = None, batch_size: int = 32, jobs: int = 1, engine: str = "local",
          scheduler: str | None = None, cache: str | os.PathLike | bool = True,
          progress: bool = False) -> BuildResult:
    """Build every output of the contract from the documents under ``inputs``.

    ``cache`` is True for the default SQLite cache in the output folder, a
    path for another one, or False to parse everything again. ``progress``
    shows a progress bar on stderr. Raises NewsgraphError when the build
    cannot start or cannot write its outputs (no input, no model, another
    build writing ``out``, a folder it cannot write); ``out`` is then as it was.
    When no document can be processed nothing is written (``result.written``).
    """
    if isinstance(inputs, str | os.PathLike):
        inputs = [inputs]
    inputs = list(inputs)
    if not inputs:
        raise NewsgraphError("no input given: name files or folders of documents")
    if not any(os.path.lexists(path) for path in inputs):
        names = ", ".join(printable(path) for path in inputs)
        raise NewsgraphError(f"{names}: no such file or folder; nothing was built and the outputs are unchanged")
    out = Path(out)
    target = _output_folder(out)
    try:
        lock = FolderLock(target).acquire()
    except FolderLocked as err:
        raise NewsgraphError(printable(err)) from None
    except OSError as err:
        raise NewsgraphError(f"cannot lock {printable(out)}: {_problem(err)}") from None
    try:
        try:
            remove_leftovers(target, complete=lambda folder: (folder / MANIFEST).is_file())
        except OSError as err:
            raise NewsgraphError(f"cannot tidy what a former build left beside {printable(out)}: "
                                 f"{_problem(err)}") from None
        return _build_locked(inputs, out, target, model=model, batch_size=batch_size, jobs=jobs, engine=engine,
                             scheduler=scheduler, cache=cache, progress=progress)
    finally:
        lock.release()


def _open_cache(cache: str | os.PathLike | bool, target: Path, model: str) -> Cache | None:
    if not cache:
        return None
    path = target / CACHE_NAME if cache is True else Path(cache)
    try:
        return Cache(path, model)
    except CacheError as err:
        raise NewsgraphError(f"{printable(err)}; build with --no-cache, or name another file with --cache") \
            from None


def _build_locked(inputs: list, out: Path, target: Path, *, model: str | None, batch_size: int, jobs: int,
                  engine: str, scheduler: str | None, cache: str | os.PathLike | bool,
                  progress: bool) -> BuildResult:
    try:
        nlp = load_model(model)
    except ModelNotFound as err:
        raise NewsgraphError(str(err)) from None
    store = _open_cache(cache, target, model_id(nlp))
    bar = _progress_bar(inputs) if progress else None
    try:
        try:
            documents = UniqueDocuments(read_documents(inputs))
            extractions = list(extract_all(documents, model=model, batch_size=batch_size, jobs=jobs,
                                           engine=engine, scheduler=scheduler, cache=store,
                                           progress=bar.update if bar else None))
            corpus = assemble(documents.apply(extractions))
        except EngineError as err:
            raise NewsgraphError(str(err)) from None
        finally:
            if bar is not None:
                bar.close()
        warnings = list(store.warnings) if store is not None else []
        result = BuildResult(out, corpus, make_report(corpus, cache=store, warnings=warnings), warnings=warnings)
        if result.processed == 0:
            return result
        staged = None
        try:
            staged = staging_folder(target)
            layout = write_outputs(corpus, staged, result.report,
                                   previous_layout=store.value(LAYOUT_KEY) if store else None)
            result.build = read_manifest(staged)["build"]
            result.report = (staged / "report.txt").read_text(encoding="utf-8")
            if store is not None:
                store.put_value(LAYOUT_KEY, layout)
                store.close()  # closed before the swap, which carries the file into the new folder
            with signals_held():
                commit_folder(staged, target, keep=_carried)
            staged = None
        except OSError as err:
            raise NewsgraphError(f"cannot write the outputs of {printable(out)}: {_problem(err)}; "
                                 f"the former outputs are unchanged") from None
        finally:
            if staged is not None:
                discard_folder(staged)
    finally:
        if store is not None:
            store.close()
    return result


def _carried(name: str) -> bool:
    """Whether an entry of the former output folder belongs in the new one (the cache, the analyst's files)."""
    return name not in STALE_FILES and not _PARTIAL_FILE.match(name)


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


def make_report(corpus: Corpus, cache: Cache | None = None, warnings: Iterable[str] = ()) -> str:
    docs = corpus.documents
    ok = [d for d in docs if d["status"] == "ok"]
    lines = [
        f"documents: {len(docs)} ({len(ok)} processed, {len(docs) - len(ok)} skipped)",
        f"actors: {len(corpus.actors)} ({corpus.graph.number_of_nodes()} in the graph)",
        f"relations: {len(corpus.relations)}",
        f"events: {len(corpus.events)}",
        f"timexes: {len(corpus.timexes)} ({sum(1 for t in corpus.timexes if t['value'] is None)} unresolved)",
        f"figures: {len(corpus.figures)} (incidents disputed: "
        f"{len({tuple(e['figures']) for e in corpus.events if e.get('disputed')})})",
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
        lines += [f"  {document_line(d)}" for d in skipped]
    warned = [d for d in ok if d["reason"]]
    warnings = list(warnings)
    if warned or warnings:
        lines.append("warnings:")
        lines += [f"  {printable(w)}" for w in warnings]
        lines += [f"  {document_line(d)}" for d in warned]
    return "\n".join(lines) + "\n"


def document_line(row: dict) -> str:
    """``path [id]: reason`` of a documents.jsonl row, safe to print."""
    return f"{printable(row['path'])} [{printable(row['id'])}]: {printable(row['reason'])}"


def write_outputs(corpus: Corpus, out: Path, report: str,
                  previous_layout: dict | None = None) -> dict[str, tuple[int, int]]:
    """Every output file and the manifest, written into the folder ``out`` (a fresh one in a build).

    The build id (from the content of the tables and graph files) heads
    ``report.txt`` and the manifest. Returns the page's network layout;
    ``previous_layout`` keeps a former build's.
    """
    out.mkdir(parents=True, exist_ok=True)
    layout: dict[str, tuple[int, int]] = {}
    linked = None
    digests = {}
    for output in OUTPUTS.values():
        if not output.built or output.kind == "report":
            continue
        paths = [out / name for name in output.files]
        if output.kind == "page":
            layout.update(output.write(corpus, paths[0], previous_layout))
        elif output.kind == "table":
            output.write(paths[0], getattr(corpus, output.name))
        else:
            if linked is None:
                linked = link_graph(corpus.graph, layout)
            write_graph(output, corpus.graph, linked, paths)
        digests.update((path.name, file_sha256(path)) for path in paths)
    build = build_id(digests)
    (report_file,) = OUTPUTS["report"].files
    (out / report_file).write_text(f"build: {build}\n{report}", encoding="utf-8")
    write_manifest(out, build, OUTPUT_FILES)
    return layout
