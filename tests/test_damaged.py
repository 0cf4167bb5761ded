"""Damaged files a build or a query meets: the cache, the tables, a folder mixing builds."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

import newsgraph
from newsgraph.cli import main
from newsgraph.extract.cache import Cache
from newsgraph.extract.model import Document, Extraction
from newsgraph.graph.manifest import write_manifest
from newsgraph.graph.query import NotBuilt, UnknownActorReference, load
from newsgraph.graph.tables import write_table

TEXT = "date 2026-03-02 Ruritanian troops shelled the border town of Vask on Monday, officials said."


# --- the cache ------------------------------------------------------------------------------------

def test_cache_key_does_not_depend_on_how_the_path_is_written(tmp_path):
    cache = Cache(tmp_path / "c.sqlite", "model")
    relative = Document(id="a", path="in/a.txt", text="Some text.", date="2026-03-02")
    absolute = Document(id="a", path=str(Path.cwd() / "in" / "a.txt"), text="Some text.", date="2026-03-02")
    cache.put(relative, Extraction(document=relative), None)
    hit = cache.extraction(absolute)
    assert hit is not None and hit.document.path == absolute.path
    cache.close()


@pytest.fixture(scope="module")
def cached_build(tmp_path_factory):
    """A corpus built once with its cache; each test damages a copy of the cache."""
    root = tmp_path_factory.mktemp("cached")
    (root / "in").mkdir()
    for n in range(6):
        (root / "in" / f"d{n}.txt").write_text(f"{TEXT} Report number {n} of the day.", encoding="utf-8")
    newsgraph.build([root / "in"], root / "out")
    return root, (root / "out" / ".newsgraph-cache.sqlite").read_bytes()


def _damage_and_build(cached_build, tmp_path, damage):
    root, good = cached_build
    out = tmp_path / "out"
    out.mkdir()
    cache = out / ".newsgraph-cache.sqlite"
    cache.write_bytes(good)
    damage(cache)
    result = CliRunner().invoke(main, ["build", str(root / "in"), "--out", str(out), "-q"])
    return result, out


def _truncate(path: Path) -> None:
    os.truncate(path, path.stat().st_size // 2)


def _garbage_pages(path: Path) -> None:
    with open(path, "r+b") as db:
        db.seek(4096)
        db.write(b"\xde\xad\xbe\xef" * 4096)


def _not_a_database(path: Path) -> None:
    path.write_bytes(b"these are not the pages you are looking for" * 100)


@pytest.mark.model
@pytest.mark.parametrize("damage", [_truncate, _garbage_pages, _not_a_database])
def test_damaged_cache_is_moved_aside_and_the_build_goes_on(cached_build, tmp_path, damage):
    result, out = _damage_and_build(cached_build, tmp_path, damage)
    assert result.exit_code == 0, result.output
    warning = next(line for line in result.output.splitlines() if line.startswith("newsgraph: warning: cache"))
    assert "is damaged" in warning and "moved aside to .newsgraph-cache.sqlite.corrupt-" in warning
    assert len(list(out.glob(".newsgraph-cache.sqlite.corrupt-*"))) == 1
    assert "6 documents processed" in result.output
    assert "warnings:" in (out / "report.txt").read_text(encoding="utf-8")


@pytest.mark.model
def test_damaged_cache_entries_are_extracted_again(cached_build, tmp_path):
    def bad_blobs(path):
        db = sqlite3.connect(path)
        db.execute("UPDATE extractions SET data = x'00ff'")
        db.commit()
        db.close()

    result, out = _damage_and_build(cached_build, tmp_path, bad_blobs)
    assert result.exit_code == 0, result.output
    assert ".newsgraph-cache.sqlite: 6 damaged entries ignored" in result.output
    assert not list(out.glob("*.corrupt-*"))
    again = CliRunner().invoke(main, ["build", str(cached_build[0] / "in"), "--out", str(out), "-q"])
    assert "damaged entries" not in again.output  # the new extractions replaced the damaged entries


@pytest.mark.model
def test_cache_that_cannot_be_opened_is_one_line(cached_build, tmp_path):
    (tmp_path / "a-file").write_text("x")
    result = CliRunner().invoke(main, ["build", str(cached_build[0] / "in"), "--out", str(tmp_path / "out"),
                                       "--cache", str(tmp_path / "a-file" / "cache.sqlite")])
    assert result.exit_code == 2
    (line,) = result.output.strip().splitlines()
    assert "a-file/cache.sqlite: cannot create its folder" in line and "--no-cache" in line


# --- the tables -----------------------------------------------------------------------------------

ACTORS = [{"id": "ruritania", "name": "Ruritania", "type": "country"},
          {"id": "borduria", "name": "Borduria", "type": "country"}]
EVENTS = [{"id": "e1", "type": "ASSAULT", "source": ["ruritania"], "target": ["borduria"], "doc_id": "d1",
           "sentence": "Ruritania shelled Borduria.", "start": 0, "end": 27}]


def _folder(tmp_path: Path, **tables) -> Path:
    folder = tmp_path / "built"
    folder.mkdir(exist_ok=True)
    rows = {"documents": [{"id": "d1"}], "actors": ACTORS, "relations": [], "events": EVENTS} | tables
    for name, table in rows.items():
        write_table(folder / f"{name}.jsonl", table)
    return folder


@pytest.mark.parametrize("table, line, problem", [
    ("actors", json.dumps(["ruritania"]), "not a JSON object but a list"),
    ("actors", json.dumps({"name": "Nameless"}), 'actors row without "id"'),
    ("events", json.dumps({"id": "e2", "source": []}), 'events row without "type"'),
    ("events", json.dumps({"id": "e2", "type": "ASSAULT", "source": "ruritania"}), '"source" is a string, not a list'),
    ("events", '{"id": "e2", "type": "ASS', "not JSON (Unterminated string"),
])
def test_damaged_table_row_is_named_by_file_and_line(tmp_path, table, line, problem):
    folder = _folder(tmp_path)
    with open(folder / f"{table}.jsonl", "a", encoding="utf-8") as out:
        out.write("\n" + line + "\n")  # a blank line, then the bad row: line 4 of actors, 3 of events
    number = {"actors": 4, "events": 3}[table]
    with pytest.raises(NotBuilt, match=None) as caught:
        load(folder)
    assert str(caught.value).startswith(f"{folder / table}.jsonl:{number}: {problem}")
    result = CliRunner().invoke(main, ["query", "actors", "--dir", str(folder)])
    assert result.exit_code == 2
    assert result.output.strip() == f"newsgraph: error: {caught.value}"


def test_links_to_unknown_actors_are_counted_in_a_warning(tmp_path):
    events = [*EVENTS, {"id": "e2", "type": "ACCUSE", "source": ["zembla"], "target": ["borduria", "elbonia"]},
              {"id": "e3", "type": "ACCUSE", "source": ["zembla"], "target": []}]
    relations = [{"id": "r1", "source": "ruritania", "target": "zembla", "type": "accuses", "evidence": []}]
    folder = _folder(tmp_path, events=events, relations=relations)
    with pytest.warns(UnknownActorReference) as caught:
        load(folder)
    messages = sorted(str(w.message) for w in caught)
    assert messages == [
        f"{folder}{os.sep}events.jsonl: 2 row(s) name 2 actor id(s) not in actors.jsonl (e.g. 'zembla', 'elbonia'); "
        f"the graph leaves them out",
        f"{folder}{os.sep}relations.jsonl: 1 row(s) name 1 actor id(s) not in actors.jsonl (e.g. 'zembla'); "
        f"the graph leaves them out"]
    result = CliRunner().invoke(main, ["query", "actors", "--dir", str(folder)])
    assert result.exit_code == 0
    assert "newsgraph: warning:" in result.output and "events.jsonl: 2 row(s)" in result.output


def test_a_folder_mixing_two_builds_is_refused(tmp_path):
    folder = _folder(tmp_path)
    names = [f"{t}.jsonl" for t in ("documents", "actors", "relations", "events")]
    write_manifest(folder, "build-one", names)
    assert load(folder).actor("Ruritania").id == "ruritania"
    write_table(folder / "actors.jsonl", [*ACTORS, {"id": "zembla", "name": "Zembla"}])  # from another build
    with pytest.raises(NotBuilt, match=r"actors.jsonl: not the file build build-one wrote \(manifest.json\): "
                                       r"the folder mixes builds"):
        load(folder)
    result = CliRunner().invoke(main, ["query", "actors", "--dir", str(folder)])
    assert result.exit_code == 2 and len(result.output.strip().splitlines()) == 1
