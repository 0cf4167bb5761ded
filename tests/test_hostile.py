"""Hostile and broken input: every document accounted for, nothing executed, nothing lost."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsgraph
from newsgraph.cli import main
from newsgraph.extract.ingest import MAX_TEXT_CHARS, parse_header, read_path

GOOD = "Ruritanian troops shelled the border town of Vask on Monday, officials said."


def _write_corpus(root: Path) -> dict[str, tuple[str, str]]:
    """Every kind of bad input beside good ones; returns id -> (status, words in the reason)."""
    root.mkdir()
    (root / "good.txt").write_text(f"date 2026-03-02 {GOOD}", encoding="utf-8")
    (root / "empty.txt").write_bytes(b"")
    (root / "report.txt").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n")
    (root / "photo.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (root / "legacy.txt").write_bytes(("date 2026-03-02 Borduria’s army shelled Vask on "
                                       "Monday, officials said.").encode("cp1252"))
    (root / "baddate.txt").write_text("date 2026-13-45 Borduria closed its embassy in Vask.", encoding="utf-8")
    lines = [json.dumps({"id": "line-ok", "date": "2026-03-03", "text": "Borduria accused Ruritania of lying."}),
             '{"id": "line-bad", "text": "unterminated',
             json.dumps({"id": "line-ok-2", "date": "2026-03-04", "text": "Ruritania denied the charge."})]
    (root / "batch.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (root / "zcopy.txt").write_text(f"date 2026-03-02 {GOOD}", encoding="utf-8")
    (root / "huge.txt").write_text("date 2026-03-02 " + "word " * (MAX_TEXT_CHARS // 5 + 10), encoding="utf-8")
    (root / "german.txt").write_text("date 2026-03-02 Die Regierung hat am Montag die Grenze geschlossen, "
                                     "sagte ein Sprecher der Armee in der Hauptstadt.", encoding="utf-8")
    (root / "hostile.txt").write_text("date 2026-03-02 <img src=x onerror=alert(1)></script><script>alert(2)"
                                      "</script> Ruritania accused Borduria of shelling Vask.", encoding="utf-8")
    loop = root / "loop"
    loop.mkdir()
    (loop / "back").symlink_to(root, target_is_directory=True)
    (root / "dangling.txt").symlink_to(root / "nowhere.txt")
    return {
        "good": ("ok", ""), "empty": ("skipped", "empty file"), "report": ("skipped", "binary file (PDF)"),
        "photo": ("skipped", "binary file (PNG image)"), "legacy": ("ok", "not UTF-8"),
        "baddate": ("ok", "impossible date '2026-13-45'"), "line-ok": ("ok", ""),
        "batch-2": ("skipped", "line 2: not JSON"), "line-ok-2": ("ok", ""), "zcopy": ("skipped", "duplicate of good"),
        "huge": ("skipped", "text too long"), "german": ("ok", "may not be English"), "hostile": ("ok", ""),
        "dangling": ("skipped", "cannot read"), "back": ("skipped", "symlink loop"),
    }


@pytest.mark.model
def test_hostile_corpus_every_document_accounted_for(tmp_path):
    expected = _write_corpus(tmp_path / "in")
    result = CliRunner().invoke(main, ["build", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "--no-cache"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in (tmp_path / "out" / "documents.jsonl").read_text("utf-8").splitlines()]
    by_id = {r["id"]: r for r in rows}
    assert len(rows) == len(by_id) == len(expected), sorted(by_id)
    for doc_id, (status, reason) in expected.items():
        row = by_id[doc_id]
        assert row["status"] == status, (doc_id, row)
        assert reason in (row["reason"] or ""), (doc_id, row["reason"])
    assert "built" in result.output.splitlines()[-1]
    events = [json.loads(line) for line in (tmp_path / "out" / "events.jsonl").read_text("utf-8").splitlines()]
    processed = {e["doc_id"] for e in events}
    assert {"good", "legacy", "line-ok", "hostile"} <= processed


@pytest.mark.model
def test_hostile_strict_and_nothing_processed_exit_codes(tmp_path):
    _write_corpus(tmp_path / "in")
    strict = CliRunner().invoke(main, ["build", str(tmp_path / "in"), "-o", str(tmp_path / "o"), "--strict", "-q"])
    assert strict.exit_code == 4
    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / "empty.txt").write_bytes(b"")
    nothing = CliRunner().invoke(main, ["build", str(tmp_path / "bad"), "-o", str(tmp_path / "o2")])
    assert nothing.exit_code == 3


@pytest.mark.model
def test_hostile_build_opens_no_socket(tmp_path, monkeypatch):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(f"date 2026-03-02 {GOOD}", encoding="utf-8")
    attempts = []

    def refuse(self, *args, **kwargs):
        attempts.append(args)
        raise OSError("network use is not allowed in a build")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    result = newsgraph.build([tmp_path / "in"], tmp_path / "out")
    assert result.processed == 1 and attempts == []


@pytest.mark.model
@pytest.mark.skipif(shutil.which("unshare") is None, reason="needs util-linux unshare")
def test_hostile_build_runs_in_a_namespace_without_network(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(f"date 2026-03-02 {GOOD}", encoding="utf-8")
    probe = subprocess.run(["unshare", "-rn", "true"], capture_output=True)
    if probe.returncode != 0:
        pytest.skip("this kernel refuses unprivileged network namespaces")
    script = "import sys, newsgraph; sys.exit(newsgraph.build([sys.argv[1]], sys.argv[2]).processed != 1)"
    done = subprocess.run(["unshare", "-rn", sys.executable, "-c", script, str(tmp_path / "in"),
                           str(tmp_path / "out")], capture_output=True, text=True, env={**os.environ})
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "out" / "graph.html").exists()


@given(st.text())
def test_hostile_header_parser_keeps_every_body_character(raw):
    meta, body = parse_header(raw)
    assert isinstance(meta, dict)
    assert raw.endswith(body)


# no deadline: the first page read imports trafilatura, slow on a busy machine
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=2000), suffix=st.sampled_from([".txt", ".md", ".jsonl", ".json", ".html"]))
def test_hostile_readers_never_crash_on_arbitrary_bytes(tmp_path, data, suffix):
    path = tmp_path / f"doc{suffix}"
    path.write_bytes(data)
    docs = list(read_path(path))
    assert docs, "every input yields at least one row"
    for doc in docs:
        assert doc.status in ("ok", "skipped") and (doc.status == "ok" or doc.warnings)
        doc.text.encode("utf-8")  # writable as UTF-8


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(min_size=1))
def test_hostile_jsonl_text_survives_exactly(tmp_path, text):
    path = tmp_path / "doc.jsonl"
    path.write_text(json.dumps({"id": "x", "text": text, "date": "2026-01-01"}) + "\n", encoding="utf-8")
    (doc,) = read_path(path)
    assert len(doc.text) == len(text)
    assert all(a == b or 0xD800 <= ord(a) <= 0xDFFF for a, b in zip(text, doc.text, strict=True))


# --- one bad document never costs the others -----------------------------------------------------

DEEP = "[" * 10_000 + "]" * 10_000


def test_hostile_deeply_nested_json_is_one_skipped_document(tmp_path):
    from newsgraph.extract.ingest import read_documents

    (tmp_path / "deep.json").write_text(DEEP, encoding="utf-8")
    lines = [json.dumps({"id": "before", "text": GOOD}), DEEP, json.dumps({"id": "after", "text": GOOD})]
    (tmp_path / "mixed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    docs = {d.id: d for d in read_documents([tmp_path])}
    assert docs["deep"].status == "skipped" and "nested too deeply" in docs["deep"].warnings[0]
    assert docs["mixed-2"].status == "skipped" and docs["mixed-2"].warnings[0].startswith("line 2:")
    assert docs["before"].status == docs["after"].status == "ok"


def test_hostile_page_nested_beyond_the_parser_says_why(tmp_path):
    page = tmp_path / "deep.html"
    page.write_text("<html><body>" + "<div>" * 3000 + f"<p>{GOOD}</p>" + "</div>" * 3000 + "</body></html>",
                    encoding="utf-8")
    (doc,) = read_path(page)
    assert doc.status == "skipped"
    assert "nests more than 256 elements deep" in doc.warnings[0]


def test_hostile_the_better_of_two_copies_is_kept():
    from newsgraph.extract.model import Document, Extraction
    from newsgraph.run import UniqueDocuments

    undated = Document(id="wire", path="wire.txt", text=GOOD)
    dated = Document(id="paper", path="paper.txt", text=GOOD, date="2026-03-02")
    worse = Document(id="copy", path="copy.txt", text=GOOD)
    unique = UniqueDocuments([undated, dated, worse])
    passed = list(unique)
    assert [(d.id, d.status) for d in passed] == [("wire", "ok"), ("paper", "ok"), ("copy", "skipped")]
    assert passed[2].warnings[-1] == "duplicate of paper"
    kept = {ex.document.id: ex.document for ex in unique.apply(Extraction(document=d) for d in passed)}
    assert kept["wire"].status == "skipped" and "duplicate of paper" in kept["wire"].warnings[-1]
    assert kept["paper"].status == "ok"


@pytest.mark.model
def test_hostile_extreme_publication_dates_cost_no_other_document(tmp_path):
    root = tmp_path / "in"
    root.mkdir()
    (root / "good.txt").write_text(f"date 2026-03-02 {GOOD}", encoding="utf-8")
    for name, day, words in (("late", "9999-12-31", "tomorrow"), ("early", "0001-01-01", "yesterday"),
                             ("earliest", "0001-01-01", "over the last 24 hours")):
        (root / f"{name}.txt").write_text(f"date {day} Ruritanian troops shelled Vask {words}.", encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(root), "--out", str(tmp_path / "out"), "--no-cache"])
    assert result.exit_code == 0, result.output
    rows = {r["id"]: r for r in map(json.loads, (tmp_path / "out" / "documents.jsonl").read_text().splitlines())}
    assert rows["good"]["status"] == "ok" and len(rows) == 4
    for name in ("late", "early", "earliest"):
        assert rows[name]["status"] == "ok" or "failed: " in rows[name]["reason"], rows[name]
    assert rows["late"]["status"] == rows["early"]["status"] == "ok"


@pytest.mark.model
def test_hostile_an_extractor_failing_on_one_document_skips_only_it(tmp_path, monkeypatch):
    import newsgraph.extract.pipeline as pipeline

    real = pipeline.extract_events

    def fragile(parsed, **kwargs):
        if "Vask" in parsed.text:
            raise RuntimeError("rule table out of step")
        return real(parsed, **kwargs)

    monkeypatch.setattr(pipeline, "extract_events", fragile)
    root = tmp_path / "in"
    root.mkdir()
    (root / "a.txt").write_text(f"date 2026-03-02 {GOOD}", encoding="utf-8")
    (root / "b.txt").write_text("date 2026-03-02 Borduria accused Ruritania of lying on Monday.", encoding="utf-8")
    result = newsgraph.build([root], tmp_path / "out", cache=False)
    rows = {d["id"]: d for d in result.corpus.documents}
    assert rows["a"]["status"] == "skipped"
    assert rows["a"]["reason"].endswith("extraction failed: RuntimeError: rule table out of step")
    assert rows["b"]["status"] == "ok" and result.written


@pytest.mark.model
def test_hostile_file_names_are_printed_escaped(tmp_path):
    root = tmp_path / "in"
    root.mkdir()
    (root / "line\nbreak\u202etxt.exe.txt").write_bytes(b"")
    (root / "good.txt").write_text(f"date 2026-03-02 {GOOD}", encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(root), "--out", str(tmp_path / "out"), "--no-cache"])
    assert result.exit_code == 0
    report = (tmp_path / "out" / "report.txt").read_text(encoding="utf-8")
    for text in (result.output, report):
        assert "line\\nbreak\\u202etxt.exe" in text
        assert "\u202e" not in text and "line\nbreak" not in text
