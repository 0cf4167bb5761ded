"""Where the per-document extraction runs: here, in worker processes, or on a Dask cluster.

Every engine runs the same ``extract_batch`` on batches of documents; only the
small Extraction records come back. The cache is read and written here, in
one process, so workers never share a database.
"""

from __future__ import annotations

import ctypes
import os
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor

from .cache import Cache
from .model import Document, Extraction
from .nlp import load_model
from .pipeline import extract_batch

__all__ = ["ENGINES", "EngineError", "extract_all"]

ENGINES = ("local", "dask")
Batch = list[tuple[Document, bytes | None]]


class EngineError(RuntimeError):
    """The engine cannot run as asked (a missing package, an unreachable scheduler)."""


def _batches(documents: Iterable[Document], batch_size: int, cache: Cache | None,
             done: list[Extraction]) -> Iterator[Batch]:
    """Batches of documents to extract; skipped and cached ones go straight to ``done``."""
    batch: Batch = []
    for document in documents:
        if document.status != "ok":
            done.append(Extraction(document=document))
            continue
        cached = cache.extraction(document) if cache else None
        if cached is not None:
            done.append(cached)
            continue
        batch.append((document, cache.parse(document) if cache else None))
        if len(batch) >= batch_size:
            yield batch
            batch = []
    if batch:
        yield batch


_PR_SET_PDEATHSIG = 1


def end_with_parent(parent: int) -> None:
    """Have the system end this process when its parent ends, however it ends (Linux only).

    The parent's own handlers of SIGTERM and SIGHUP (inherited by a forked
    worker) are dropped first: a worker must die of them, not catch them.
    """
    for signum in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(signum, signal.SIG_DFL)
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0)
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:  # the parent died before the request was made
        os._exit(1)


def _init_worker(model: str | None, parent: int) -> None:
    end_with_parent(parent)
    load_model(model)


def _terminate(pool: ProcessPoolExecutor) -> None:
    """Stop the workers now: a build that is failing or interrupted waits for no batch."""
    for process in list((getattr(pool, "_processes", None) or {}).values()):
        if process.is_alive():
            process.terminate()
    pool.shutdown(wait=True, cancel_futures=True)


def extract_all(documents: Iterable[Document], *, model: str | None = None, batch_size: int = 32,
                jobs: int = 1, engine: str = "local", scheduler: str | None = None,
                cache: Cache | None = None,
                progress: Callable[[int], None] | None = None) -> Iterator[Extraction]:
    """Extractions for every document; skipped documents pass through unchanged.

    At most ``2 * jobs`` batches are in flight, so memory is bounded by the
    batch size, not by the corpus.
    """
    if engine not in ENGINES:
        raise EngineError(f"unknown engine {engine!r} (expected one of {', '.join(ENGINES)})")
    keep_parse = cache is not None
    done: list[Extraction] = []
    batches = _batches(documents, batch_size, cache, done)

    def finish(batch: Batch, results: list[tuple[Extraction, bytes | None]]) -> Iterator[Extraction]:
        for (document, _), (extraction, parse) in zip(batch, results, strict=True):
            if cache is not None:
                # keyed by the document as read, before extraction added its credits
                cache.put(document, extraction, parse)
            yield extraction
        if cache is not None:
            cache.commit()
        if progress:
            progress(len(results))

    def drain_done() -> Iterator[Extraction]:
        if done and progress:
            progress(len(done))
        yield from done
        done.clear()

    if engine == "dask":
        submit, shutdown = _dask_submitter(scheduler, model, keep_parse)
    elif jobs > 1:
        pool = ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker,
                                   initargs=(model, os.getpid()))

        def submit(batch: Batch) -> Future:
            return pool.submit(extract_batch, batch, model, keep_parse)

        def shutdown(failing: bool = False) -> None:
            if failing:
                _terminate(pool)
            else:
                pool.shutdown(cancel_futures=True)
    else:
        for batch in batches:
            yield from drain_done()
            yield from finish(batch, extract_batch(batch, model, keep_parse))
        yield from drain_done()
        return

    in_flight: deque = deque()
    failing = True
    try:
        for batch in batches:
            yield from drain_done()
            in_flight.append((batch, submit(batch)))
            while len(in_flight) >= 2 * max(1, jobs):
                batch, future = in_flight.popleft()
                yield from finish(batch, future.result())
        yield from drain_done()
        while in_flight:
            batch, future = in_flight.popleft()
            yield from finish(batch, future.result())
        failing = False
    finally:
        shutdown(failing)


def _dask_submitter(scheduler: str | None, model: str | None, keep_parse: bool, timeout: str = "10s"):
    """Submit batches to a Dask scheduler; ``None`` starts a cluster on this machine."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise EngineError("the dask engine needs `pip install 'newsgraph[dask]'`") from None
    cluster = None
    try:
        if scheduler:
            client = Client(scheduler, timeout=timeout)
        else:
            cluster = LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None)
            client = Client(cluster)
    except OSError as err:
        raise EngineError(f"cannot reach the Dask scheduler at {scheduler}: {err}") from None

    def submit(batch: Batch):
        return client.submit(extract_batch, batch, model, keep_parse, pure=False)

    def shutdown(failing: bool = False) -> None:
        client.close()
        if cluster is not None:
            cluster.close()

    return submit, shutdown
