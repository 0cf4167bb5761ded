"""Build throughput against the parser's own: words per second, their ratio, memory.

Times, on the same documents in one run: raw ``nlp.pipe`` with the same model,
``newsgraph build`` with one process, with ``--jobs 2``, and a re-build after
one new document; checks that the tables are identical across job counts
and engines. Each step runs in its own process so peak memory is its own.

    python bench/bench_build.py [--docs 1000] [--bench ../shared/data/news-bench.jsonl]
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_BENCH = HERE.parent.parent / "shared" / "data" / "news-bench.jsonl"
TABLES = ("documents", "actors", "relations", "events", "timexes")


def _words(path: Path) -> int:
    with open(path, encoding="utf-8") as src:
        return sum(len(json.loads(line)["text"].split()) for line in src if line.strip())


def step(name: str, corpus: Path, out: Path, jobs: int, engine: str, no_cache: bool) -> dict:
    """One measured step, in this process: the model is loaded before the clock starts."""
    from newsgraph.extract.nlp import load_model

    nlp = load_model(None)
    started = time.perf_counter()
    if name == "raw":
        with open(corpus, encoding="utf-8") as src:
            texts = [json.loads(line)["text"] for line in src if line.strip()]
        for _ in nlp.pipe(texts, batch_size=32):
            pass
    else:
        import newsgraph

        newsgraph.build([corpus], out, jobs=jobs, engine=engine, cache=not no_cache)
    seconds = time.perf_counter() - started
    peak_kib = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                   resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
    return {"seconds": seconds, "peak_mib": peak_kib / 1024}


def run_step(name: str, corpus: Path, out: Path, *, jobs: int = 1, engine: str = "local",
             no_cache: bool = True) -> dict:
    cmd = [sys.executable, __file__, "--step", name, "--corpus", str(corpus), "--out", str(out),
           "--jobs", str(jobs), "--engine", engine] + (["--no-cache"] if no_cache else [])
    done = subprocess.run(cmd, check=True, capture_output=True, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def same_tables(a: Path, b: Path) -> bool:
    return all((a / f"{t}.jsonl").read_bytes() == (b / f"{t}.jsonl").read_bytes() for t in TABLES)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bench", type=Path, default=DEFAULT_BENCH, help="a JSONL file of news documents")
    ap.add_argument("--docs", type=int, default=1000, help="how many documents to use (the first N)")
    ap.add_argument("--dask-docs", type=int, default=200, help="documents for the engine comparison (0: skip)")
    ap.add_argument("--step", help=argparse.SUPPRESS)
    ap.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--jobs", type=int, default=1, help=argparse.SUPPRESS)
    ap.add_argument("--engine", default="local", help=argparse.SUPPRESS)
    ap.add_argument("--no-cache", action="store_true", help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.step:
        print(json.dumps(step(a.step, a.corpus, a.out, a.jobs, a.engine, a.no_cache)))
        return 0
    if not a.bench.exists():
        print(f"no benchmark file at {a.bench} (give one with --bench)", file=sys.stderr)
        return 2

    work = Path(tempfile.mkdtemp(prefix="newsgraph-bench-"))
    try:
        lines = [line for line in a.bench.read_text(encoding="utf-8").splitlines() if line.strip()]
        corpus = work / "corpus" / "bench.jsonl"
        corpus.parent.mkdir()
        corpus.write_text("\n".join(lines[:a.docs]) + "\n", encoding="utf-8")
        words = _words(corpus)
        print(f"{a.docs} documents, {words} words (whitespace-separated) from {a.bench}")

        raw = run_step("raw", corpus, work / "raw")
        one = run_step("build", corpus, work / "one")
        two = run_step("build", corpus, work / "two", jobs=2)
        rows = [("raw nlp.pipe", raw), ("build, 1 process", one), ("build, --jobs 2", two)]
        print(f"{'':22}{'seconds':>9}{'words/s':>10}{'peak MiB':>10}")
        for name, r in rows:
            print(f"{name:22}{r['seconds']:9.1f}{words / r['seconds']:10.0f}{r['peak_mib']:10.0f}")
        print(f"build / raw throughput: {raw['seconds'] / one['seconds']:.2f}")
        print(f"--jobs 2 / 1 process:   {one['seconds'] / two['seconds']:.2f}")
        print(f"tables identical, 1 process vs --jobs 2: {same_tables(work / 'one', work / 'two')}")

        # a cached build, then one new document: only that one is parsed
        cached = work / "cached"
        run_step("build", corpus, cached, no_cache=False)
        extra = lines[a.docs] if len(lines) > a.docs else lines[0].replace('"id": "', '"id": "new-', 1)
        with open(corpus, "a", encoding="utf-8") as dst:
            dst.write(extra + "\n")
        again = run_step("build", corpus, cached, no_cache=False)
        print(f"re-build after one new document: {again['seconds']:.1f} s = "
              f"{100 * again['seconds'] / one['seconds']:.1f}% of the full build; peak {again['peak_mib']:.0f} MiB")

        if a.dask_docs:
            small = work / "small" / "bench.jsonl"
            small.parent.mkdir()
            small.write_text("\n".join(lines[:a.dask_docs]) + "\n", encoding="utf-8")
            local = run_step("build", small, work / "small-local")
            dask = run_step("build", small, work / "small-dask", engine="dask")
            print(f"dask engine ({a.dask_docs} documents, a local cluster): {dask['seconds']:.1f} s "
                  f"(local {local['seconds']:.1f} s); tables identical: "
                  f"{same_tables(work / 'small-local', work / 'small-dask')}")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
