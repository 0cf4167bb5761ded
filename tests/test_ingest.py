"""Input readers: headers, formats, folders, and documents that cannot be read."""

from __future__ import annotations

import json

import pytest

from newsgraph.extract.ingest import InputError, parse_date, parse_header, read_documents


@pytest.mark.parametrize("raw, meta, body", [
    (" date 2026-02-27 Troops crossed the river.", {"date": "2026-02-27"}, "Troops crossed the river."),
    ("date 2025-01-05\nBody on the next line.", {"date": "2025-01-05"}, "\nBody on the next line."),
    ("title: Border talks\ndate: 2026-03-01\nsource: Wire\n\nLeaders met.",
     {"title": "Border talks", "date": "2026-03-01", "source": "Wire"}, "Leaders met."),
    ("---\ntitle: Talks\ndate: 2026-03-01\n---\nLeaders met.",
     {"title": "Talks", "date": __import__("datetime").date(2026, 3, 1)}, "Leaders met."),
    ("Warning: this is not a header line\n\nBody.", {}, "Warning: this is not a header line\n\nBody."),
    ("date night in Kabul was calm.", {}, "date night in Kabul was calm."),
])
def test_ingest_parse_header_forms(raw, meta, body):
    assert parse_header(raw) == (meta, body)


@pytest.mark.parametrize("value, expected", [
    ("2026-02-27", "2026-02-27"),
    ("2026-02-27T23:30:00Z", "2026-02-27"),
    ("2026-02-27 08:00:00", "2026-02-27"),
])
def test_ingest_parse_date_accepts_iso(value, expected):
    assert parse_date(value) == expected


@pytest.mark.parametrize("value", ["2026-13-45", "yesterday", "27/02/2026", ""])
def test_ingest_parse_date_rejects_impossible(value):
    with pytest.raises(InputError):
        parse_date(value)


def test_ingest_text_file_offsets_index_the_body(tmp_path):
    (tmp_path / "a.txt").write_text(" date 2026-02-27 Rebels shelled the town.", encoding="utf-8")
    (doc,) = read_documents([tmp_path])
    assert doc.id == "a" and doc.date == "2026-02-27" and doc.status == "ok"
    assert doc.text == "Rebels shelled the town."


def test_ingest_jsonl_keeps_good_lines_and_names_the_bad_one(tmp_path):
    lines = [json.dumps({"id": "one", "text": "Talks began.", "date": "2026-01-02"}),
             "{not json",
             json.dumps({"id": "two", "text": "Talks ended.", "published": "2026-01-03T10:00:00"})]
    (tmp_path / "batch.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    docs = list(read_documents([tmp_path / "batch.jsonl"]))
    assert [d.id for d in docs] == ["one", "batch-2", "two"]
    assert [d.status for d in docs] == ["ok", "skipped", "ok"]
    assert "line 2" in docs[1].warnings[0]
    assert docs[2].date == "2026-01-03"


def test_ingest_json_list_and_object(tmp_path):
    (tmp_path / "list.json").write_text(json.dumps([{"id": "x", "text": "A."}, {"text": "B."}]), encoding="utf-8")
    (tmp_path / "one.json").write_text(json.dumps({"text": "C.", "date": "2026-05-01", "title": "T"}),
                                       encoding="utf-8")
    docs = {d.id: d for d in read_documents([tmp_path])}
    assert set(docs) == {"x", "list-2", "one"}
    assert docs["one"].title == "T" and docs["one"].date == "2026-05-01"


def test_ingest_html_page_main_text_title_and_date(tmp_path):
    page = """<html><head><title>Border clashes resume</title>
    <meta property="article:published_time" content="2026-02-27T09:00:00Z"></head>
    <body><nav>Home | World | Sport</nav><article><h1>Border clashes resume</h1>
    <p>Fighting resumed on Friday between the two armies along the disputed border, officials said.</p>
    <p>The defence ministry said several posts had been destroyed in the exchange of fire overnight.</p>
    </article><footer>Copyright 2026</footer></body></html>"""
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    (doc,) = read_documents([tmp_path])
    assert doc.status == "ok"
    assert "Fighting resumed on Friday" in doc.text and "Copyright" not in doc.text
    assert doc.title == "Border clashes resume"
    assert doc.date == "2026-02-27"


def test_ingest_folders_are_read_recursively_in_a_stable_order(tmp_path):
    for name in ["b/2.txt", "a/1.md", "c.txt", "a/z/0.txt", "notes.csv"]:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("Some news.", encoding="utf-8")
    ids = [d.id for d in read_documents([tmp_path])]
    assert ids == ["1", "0", "2", "c"]


@pytest.mark.parametrize("content, reason", [
    (b"", "empty file"),
    (b"%PDF-1.7\n\x00\x01binary", "binary file"),
])
def test_ingest_unreadable_documents_are_skipped_with_a_reason(tmp_path, content, reason):
    (tmp_path / "bad.txt").write_bytes(content)
    (doc,) = read_documents([tmp_path])
    assert doc.status == "skipped" and reason in doc.warnings[0]


def test_ingest_cp1252_text_is_decoded_with_a_warning(tmp_path):
    (tmp_path / "old.txt").write_bytes("The minister\x92s caf\xe9 statement.".encode("latin-1"))
    (doc,) = read_documents([tmp_path])
    assert doc.status == "ok" and doc.text == "The minister’s café statement."
    assert any("cp1252" in w for w in doc.warnings)


def test_ingest_missing_date_is_flagged(tmp_path):
    (tmp_path / "n.txt").write_text("No date here.", encoding="utf-8")
    (doc,) = read_documents([tmp_path])
    assert doc.date is None and any("no publication date" in w for w in doc.warnings)


def test_ingest_missing_path_is_reported(tmp_path):
    (doc,) = read_documents([tmp_path / "nowhere"])
    assert doc.status == "skipped" and "no such file" in doc.warnings[0]
