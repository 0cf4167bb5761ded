"""Build every development set and score it with its own scorer: one table of figures.

Each set is built with ``newsgraph build --no-cache`` into a scratch folder and
scored by the scorer that ships beside the data (``../shared/eval``); the
scorer's last line (``key=value ...``) is kept whole and a few headline figures
are printed per set. Nothing from the data sets is copied into the project.

    python bench/score_dev.py [--shared ../shared] [--sets plover,timebank,...] [--out DIR]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_SHARED = HERE.parent.parent / "shared"

# set name -> (input, scorer, headline keys); the seed is scored against its gold file
SETS = {
    "seed": ("seeds", "score_gold.py", ("actor_f1", "rel_f1", "event_type_acc", "event_date_acc",
                                         "event_actor_acc", "timex_value_acc")),
    "plover": ("data/plover-dev.jsonl", "score_events.py", ("type_acc", "macro_f1", "source_match",
                                                             "target_match")),
    "timebank": ("data/timebank-dev.jsonl", "score_timex.py", ("value_f1", "strict_f1", "relaxed_f1", "type_f1")),
    "case2021": ("data/case2021-dev.jsonl", "score_case.py", ("main_acc", "false_violence_rate", "r_MOBILIZE",
                                                               "mode_acc")),
    "conll04": ("data/conll04-dev.jsonl", "score_conll04.py", ("wf_p", "wf_r", "wf_f1", "kill_r")),
    "geo": ("data/geo-dev.jsonl", "score_geo.py", ("p", "r", "f1", "acc161")),
    "figures": ("data/figures-dev.jsonl", "score_figures.py", ("f1", "count_acc", "reporter_acc",
                                                                "negatives_clean")),
}


def _last_figures(output: str) -> dict[str, str]:
    """The scorer's closing ``key=value`` line as a dict."""
    lines = [line for line in output.splitlines() if "=" in line]
    if not lines:
        return {}
    return dict(part.split("=", 1) for part in lines[-1].split() if "=" in part)


def score(name: str, shared: Path, out_root: Path, newsgraph: str) -> tuple[dict[str, str], float]:
    """Build one set and run its scorer; the figures and the build's seconds."""
    source, scorer, _ = SETS[name]
    inputs = HERE.parent / source if name == "seed" else shared / source
    out = out_root / name
    shutil.rmtree(out, ignore_errors=True)
    began = time.perf_counter()
    subprocess.run([newsgraph, "build", str(inputs), "--out", str(out), "--no-cache", "-q"],
                   check=True, stdout=subprocess.DEVNULL)
    seconds = time.perf_counter() - began
    if name == "seed":
        args = [str(out), str(shared / "gold" / "seed-000.json")]
    else:
        args = [str(inputs), str(out)]
    run = subprocess.run([sys.executable, str(shared / "eval" / scorer), *args],
                         check=True, capture_output=True, text=True)
    return _last_figures(run.stdout), seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="folder with data/, eval/ and gold/")
    parser.add_argument("--sets", default=",".join(SETS), help="comma-separated: " + ", ".join(SETS))
    parser.add_argument("--out", type=Path, default=None, help="scratch folder (default: a temporary one)")
    parser.add_argument("--newsgraph", default=str(Path(sys.executable).with_name("newsgraph")),
                        help="the newsgraph command to run")
    parser.add_argument("--full", action="store_true", help="print every figure of each scorer's last line")
    args = parser.parse_args()
    names = [n.strip() for n in args.sets.split(",") if n.strip()]
    unknown = [n for n in names if n not in SETS]
    if unknown:
        parser.error(f"unknown set(s) {', '.join(unknown)}; choose from {', '.join(SETS)}")
    out_root = args.out or Path(tempfile.mkdtemp(prefix="newsgraph-dev-"))
    for name in names:
        figures, seconds = score(name, args.shared, out_root, args.newsgraph)
        keys = figures if args.full else {k: figures.get(k, "-") for k in SETS[name][2]}
        shown = " ".join(f"{k}={v}" for k, v in keys.items())
        print(f"{name:9} {seconds:6.1f}s  {shown}", flush=True)


if __name__ == "__main__":
    main()
