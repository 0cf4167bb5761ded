"""Engines and the cache: the same tables however and wherever extraction runs."""

from __future__ import annotations

import json
import shutil
import sqlite3
from functools import partial
from importlib import resources

import pytest

import newsgraph
from newsgraph.extract import cache, engines
from newsgraph.extract.cache import Cache
from newsgraph.extract.ingest import read_documents
from newsgraph.extract.model import Extraction
from newsgraph.run import write_outputs

pytestmark = pytest.mark.model

TABLES = ("documents", "actors", "relations", "events", "timexes")
NEWS = [
    ("a", "2026-03-02", "Ruritanian troops shelled the border town of Vask on Monday, officials said."),
    ("b", "2026-03-03", "The Ruritanian government denied the report and accused Borduria of lying."),
    ("c", "2026-03-04", "Borduria and Ruritania agreed to hold talks in Geneva next week."),
    ("d", "2026-03-05", "Police arrested 40 protesters in the capital on Thursday."),
    ("e", "2026-03-06", "Iran said it would retaliate against any attack on its soil."),
]


@pytest.fixture
def corpus(tmp_path):
    path = tmp_path / "in" / "news.jsonl"
    path.parent.mkdir()
    path.write_text("".join(json.dumps({"id": i, "date": d, "text": t}) + "\n" for i, d, t in NEWS),
                    encoding="utf-8")
    return path


def _tables(out):
    return {t: (out / f"{t}.jsonl").read_bytes() for t in TABLES}


def test_engines_jobs_give_identical_tables(corpus, tmp_path):
    newsgraph.build([corpus], tmp_path / "one", cache=False, batch_size=2)
    newsgraph.build([corpus], tmp_path / "two", cache=False, batch_size=2, jobs=2)
    assert _tables(tmp_path / "one") == _tables(tmp_path / "two")


def test_engines_dask_local_cluster_gives_identical_tables(corpus, tmp_path):
    pytest.importorskip("dask.distributed")
    newsgraph.build([corpus], tmp_path / "local", cache=False)
    newsgraph.build([corpus], tmp_path / "dask", cache=False, engine="dask", batch_size=2)
    assert _tables(tmp_path / "local") == _tables(tmp_path / "dask")


@pytest.mark.parametrize("timeout", ["0.5s"])
def test_engines_unreachable_scheduler_is_a_clear_error(corpus, tmp_path, monkeypatch, timeout):
    pytest.importorskip("dask.distributed")
    # how long to wait for the scheduler: the error must come, not the engine's full wait
    monkeypatch.setattr(engines, "_dask_submitter", partial(engines._dask_submitter, timeout=timeout))
    with pytest.raises(newsgraph.NewsgraphError, match="Dask scheduler"):
        newsgraph.build([corpus], tmp_path / "o", cache=False, engine="dask", scheduler="tcp://127.0.0.1:9")


def test_engines_cache_reuses_and_parses_only_new_documents(corpus, tmp_path):
    out = tmp_path / "out"
    first = newsgraph.build([corpus], out)
    assert "5 parsed" in first.report
    tables = _tables(out)
    second = newsgraph.build([corpus], out)
    assert "5 documents reused" in second.report and "0 parsed" in second.report
    assert _tables(out) == tables
    with open(corpus, "a", encoding="utf-8") as dst:
        dst.write(json.dumps({"id": "f", "date": "2026-03-07", "text": "Borduria closed its embassy."}) + "\n")
    third = newsgraph.build([corpus], out)
    assert "5 documents reused" in third.report and "1 parsed" in third.report
    fresh = newsgraph.build([corpus], tmp_path / "fresh", cache=False)
    assert _tables(out) == _tables(fresh.out)


def test_engines_changed_extractor_reuses_the_parse(corpus, tmp_path):
    path = tmp_path / "cache.sqlite"
    newsgraph.build([corpus], tmp_path / "o1", cache=path)
    # an extractor change shows as a new version: extractions miss, parses hit
    db = sqlite3.connect(path)
    db.execute("UPDATE extractions SET key = 'stale:' || key")
    db.commit()
    db.close()
    again = newsgraph.build([corpus], tmp_path / "o2", cache=path)
    assert "5 re-extracted from cached parses" in again.report and "0 parsed" in again.report
    assert _tables(tmp_path / "o1") == _tables(tmp_path / "o2")


def test_engines_extractor_version_follows_every_module_and_table(tmp_path, monkeypatch):
    # a copy of the package, so that editing a module or a table changes nothing installed
    package = tmp_path / "extract"
    shutil.copytree(resources.files("newsgraph.extract"), package, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(cache.resources, "files", lambda _: package)
    version = cache.extractor_version.__wrapped__
    seen = {version()}
    for edited in ("figures/builder.py", "time/tagger.py", "pipeline.py", "lexicons/figure_words.tsv"):
        with open(package / edited, "a", encoding="utf-8") as dst:
            dst.write("\n# edited\n")
        seen.add(version())
    (package / "nlp.py").write_text("# how the model is loaded is no extractor\n", encoding="utf-8")
    assert len(seen) == 5 and version() in seen


def test_engines_no_cache_writes_no_cache(corpus, tmp_path):
    newsgraph.build([corpus], tmp_path / "o", cache=False)
    assert not any(p.suffix == ".sqlite" for p in (tmp_path / "o").iterdir())


def test_engines_cache_round_trips_an_extraction(tmp_path, corpus):
    (doc, *_) = read_documents([corpus])
    store = Cache(tmp_path / "c.sqlite", "test-model")
    extraction = Extraction(document=doc)
    store.put(doc, extraction, b"parse")
    store.commit()
    assert store.extraction(doc) == extraction and store.parse(doc) == b"parse"
    store.close()


def test_engines_failed_write_keeps_the_previous_outputs(corpus, tmp_path, monkeypatch):
    out = tmp_path / "out"
    result = newsgraph.build([corpus], out, cache=False)
    page = (out / "graph.html").read_bytes()
    from dataclasses import replace

    from newsgraph.graph.outputs.registry import OUTPUTS

    def broken(*args):
        raise KeyboardInterrupt

    monkeypatch.setitem(OUTPUTS, "html", replace(OUTPUTS["html"], write=broken))
    with pytest.raises(KeyboardInterrupt):
        write_outputs(result.corpus, out, "report")
    assert (out / "graph.html").read_bytes() == page
    assert not [p for p in out.iterdir() if p.name.startswith(".graph")]


def _positions(page: str) -> dict:
    import re

    data = json.loads(re.search(r'<script type="application/json" id="[^"]+">(.*?)</script>', page, re.S).group(1))
    actors = data["actors"]
    return {a: (x, y) for a, x, y in zip(actors["id"], actors["x"], actors["y"], strict=True)}


def test_engines_rebuild_keeps_the_page_layout(corpus, tmp_path):
    out = tmp_path / "out"
    newsgraph.build([corpus], out)
    before = _positions((out / "graph.html").read_text(encoding="utf-8"))
    with open(corpus, "a", encoding="utf-8") as dst:
        dst.write(json.dumps({"id": "f", "date": "2026-03-07", "text": "Ruritania expelled the Iranian ambassador."})
                  + "\n")
    newsgraph.build([corpus], out)
    after = _positions((out / "graph.html").read_text(encoding="utf-8"))
    assert set(before) < set(after)
    assert all(after[node] == before[node] for node in before)
