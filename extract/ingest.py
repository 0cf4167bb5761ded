"""Read input files into Documents: metadata split from the body, never one lost.

Every file (and every JSONL line) yields a Document, with status ``skipped``
and a reason naming the file when it cannot be read.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from functools import cache
from pathlib import Path

import yaml

from .model import Document

__all__ = ["TEXT_SUFFIXES", "SUFFIXES", "collect_paths", "read_documents", "parse_header", "parse_date"]

TEXT_SUFFIXES = (".txt", ".md")
SUFFIXES = TEXT_SUFFIXES + (".jsonl", ".json", ".html", ".htm")
HEADER_KEYS = ("title", "date", "published", "source", "url", "id")

# spaCy's own limit on one text; longer documents are skipped with the reason
MAX_TEXT_CHARS = 1_000_000
MAX_FILE_BYTES = 64 * 1024 * 1024
BINARY_MAGIC = ((b"%PDF", "PDF"), (b"\x89PNG", "PNG image"), (b"\xff\xd8\xff", "JPEG image"),
                (b"GIF8", "GIF image"), (b"PK\x03\x04", "ZIP archive or Office file"), (b"\x1f\x8b", "gzip"),
                (b"\x7fELF", "executable"))
# languages whose function words are told apart from English ones
OTHER_LANGUAGES = ("de", "fr", "es", "it", "pt", "nl", "tr", "id", "sv", "pl")
_SURROGATE = re.compile("[\ud800-\udfff]")
_WORD = re.compile(r"[^\W\d_]+")
_NOT_LATIN = re.compile("[^\u0000-\u024f]")
_DATE_PREFIX = re.compile(r"\A\s*date[ \t]+(\S+)[ \t]*")
TOO_DEEP = "JSON nested too deeply to read"
_KEY_VALUE = re.compile(r"\A([A-Za-z_]+)[ \t]*:[ \t]*(.*)\Z")


class InputError(ValueError):
    """A document that cannot be read; the message names the problem."""


def parse_date(value: object) -> str:
    """An ISO date from a header or JSON value; raises InputError when impossible.

    >>> parse_date("2026-02-27")
    '2026-02-27'
    >>> parse_date("2026-02-27T14:05:00+01:00")
    '2026-02-27'
    >>> parse_date("2026-13-45")
    Traceback (most recent call last):
    ...
    newsgraph.extract.ingest.InputError: impossible date '2026-13-45' (expected YYYY-MM-DD)
    """
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    text = str(value).strip()
    try:
        if len(text) > 10:
            return datetime.fromisoformat(text.replace("Z", "+00:00")).date().isoformat()
        return date.fromisoformat(text).isoformat()
    except ValueError:
        raise InputError(f"impossible date {text!r} (expected YYYY-MM-DD)") from None


def parse_header(raw: str) -> tuple[dict[str, str], str]:
    """Split a text file into (metadata, body) in the contract's three forms.

    >>> parse_header(" date 2026-02-27 Loaded cargo")
    ({'date': '2026-02-27'}, 'Loaded cargo')
    >>> parse_header("title: Clashes\\ndate: 2026-02-27\\n\\nBody.")
    ({'title': 'Clashes', 'date': '2026-02-27'}, 'Body.')
    >>> parse_header("---\\ntitle: Clashes\\n---\\nBody.")
    ({'title': 'Clashes'}, 'Body.')
    >>> parse_header("Plain text: no header here.")
    ({}, 'Plain text: no header here.')
    """
    match = _DATE_PREFIX.match(raw)
    if match and re.fullmatch(r"\d{4}-\d{1,2}-\d{1,2}", match.group(1)):
        return {"date": match.group(1)}, raw[match.end():]
    if raw.startswith("---"):
        lines = raw.split("\n")
        if lines[0].strip() == "---":
            for i, line in enumerate(lines[1:], start=1):
                if line.strip() in ("---", "..."):
                    try:
                        meta = yaml.safe_load("\n".join(lines[1:i])) or {}
                    except yaml.YAMLError:
                        break
                    if isinstance(meta, dict):
                        return {str(k): v for k, v in meta.items()}, "\n".join(lines[i + 1:])
                    break
    head, sep, rest = raw.partition("\n\n")
    if sep:
        meta: dict[str, str] = {}
        for line in head.split("\n"):
            kv = _KEY_VALUE.match(line.strip())
            if not kv or kv.group(1).lower() not in HEADER_KEYS:
                return {}, raw
            meta[kv.group(1).lower()] = kv.group(2).strip()
        if meta:
            return meta, rest
    return {}, raw


def collect_paths(inputs: Iterable[str | os.PathLike]) -> tuple[list[Path], list[Document]]:
    """Files under the inputs, recursively, in a stable order.

    Returns the readable paths and a skipped Document for each input that
    cannot be walked (missing, unreadable, a symlink loop).
    """
    found: list[Path] = []
    problems: list[Document] = []
    seen: set[str] = set()
    for given in inputs:
        path = Path(given)
        if path.is_dir():
            inside: list[Path] = []

            def unreadable(err: OSError) -> None:
                problems.append(_skipped(Path(err.filename), f"cannot read folder: {err.strerror}"))

            for root, dirs, files in os.walk(path, followlinks=True, onerror=unreadable):
                real = os.path.realpath(root)
                if real in seen:
                    dirs[:] = []
                    problems.append(_skipped(Path(root), "folder already visited (symlink loop)"))
                    continue
                seen.add(real)
                dirs.sort()
                for name in sorted(files):
                    file = Path(root) / name
                    if file.suffix.lower() in SUFFIXES:
                        inside.append(file)
            # by path within the folder, so "a/z/0.txt" comes before "b/1.txt" and "c.txt"
            found.extend(sorted(inside, key=lambda p: p.relative_to(path).parts))
        elif path.exists():
            found.append(path)
        else:
            problems.append(_skipped(path, "no such file or folder"))
    return found, problems


def read_documents(inputs: Iterable[str | os.PathLike]) -> Iterator[Document]:
    """Every document under the inputs, skipped ones included, in a stable order."""
    paths, problems = collect_paths(inputs)
    yield from problems
    for path in paths:
        yield from _isolated(path)


def _isolated(path: Path) -> Iterator[Document]:
    """``read_path``, with any unforeseen failure in one file turned into a skipped document."""
    reader = read_path(path)
    while True:
        try:
            doc = next(reader)
        except StopIteration:
            return
        except Exception as err:
            yield _skipped(path, f"cannot read: {type(err).__name__}: {err}")
            return
        yield doc


def read_path(path: Path) -> Iterator[Document]:
    suffix = path.suffix.lower()
    try:
        if suffix == ".jsonl":
            yield from _read_jsonl(path)
            return
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InputError(f"file too large: {size:,} bytes (limit {MAX_FILE_BYTES:,})")
        data = path.read_bytes()
    except InputError as err:
        yield _skipped(path, str(err))
        return
    except OSError as err:
        yield _skipped(path, f"cannot read: {err.strerror or err}")
        return
    try:
        if suffix == ".json":
            yield from _read_json(path, data)
        elif suffix in (".html", ".htm"):
            yield _read_html(path, data)
        else:
            yield _read_text(path, data)
    except InputError as err:
        yield _skipped(path, str(err))


def _skipped(path: Path, reason: str, doc_id: str | None = None) -> Document:
    return Document(id=doc_id or path.stem, path=str(path), text="", status="skipped", warnings=(reason,))


def _decode(data: bytes) -> tuple[str, tuple[str, ...]]:
    if not data.strip():
        raise InputError("empty file")
    for magic, kind in BINARY_MAGIC:
        if data.startswith(magic):
            raise InputError(f"binary file ({kind}), not text")
    for bom, codec in ((b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if data.startswith(bom):
            try:
                return data[2:].decode(codec), (f"decoded as {codec.upper()}",)
            except UnicodeDecodeError:
                raise InputError(f"not valid {codec.upper()} despite its byte-order mark") from None
    if b"\x00" in data[:4096]:
        raise InputError("binary file, not text")
    try:
        return data.decode("utf-8-sig"), ()
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), ("not UTF-8: decoded as cp1252",)


def _clean_text(text: str) -> tuple[str, tuple[str, ...]]:
    """Text that can be written as UTF-8: lone surrogates become U+FFFD, one for one,
    so every offset still points at the same character."""
    cleaned = _SURROGATE.sub("\ufffd", text)
    return cleaned, (("invalid characters (lone surrogates) replaced",) if cleaned != text else ())


def language_warning(text: str) -> str | None:
    """A warning when a text does not read as English, whose models do the extraction.

    Counts the function words of English and of other languages (spaCy's stop
    word lists, those shared with English set aside) and checks the script.

    >>> language_warning("Die Regierung hat am Montag die Grenze geschlossen, sagte ein Sprecher in Berlin.")
    'may not be English (reads as de): extraction will be poor'
    >>> language_warning("Правительство закрыло границу в понедельник, сообщил представитель министерства обороны.")
    'may not be English (not in Latin script): extraction will be poor'
    >>> language_warning("The government closed the border on Monday, a spokesman said in Berlin.") is None
    True
    >>> language_warning("Valencia 1 (Vicente 74) Athletic Bilbao 1 (Aduriz 12) Sevilla 2 Getafe 0") is None
    True
    """
    sample = text[:3_000]  # a few paragraphs tell the language; the rest would only cost time
    words = _WORD.findall(sample.lower())
    if len(words) < 8:
        return None
    letters = "".join(words)
    if len(_NOT_LATIN.findall(letters)) > 0.5 * len(letters):
        return "may not be English (not in Latin script): extraction will be poor"
    english, others = _function_words()
    counts = {lang: sum(1 for w in words if w in table) for lang, table in others.items()}
    lang, best = max(sorted(counts.items()), key=lambda kv: kv[1])
    if best >= 3 and best > sum(1 for w in words if w in english):
        return f"may not be English (reads as {lang}): extraction will be poor"
    return None


@cache
def _function_words() -> tuple[frozenset[str], dict[str, frozenset[str]]]:
    """spaCy's stop word lists, read from their modules alone: importing each
    language package would load its tokenizer rules as well, for nothing."""
    import importlib.util

    import spacy

    def stop_words(lang: str) -> frozenset[str]:
        path = Path(spacy.__file__).parent / "lang" / lang / "stop_words.py"
        spec = importlib.util.spec_from_file_location(f"_newsgraph_stop_words_{lang}", path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return frozenset(module.STOP_WORDS)

    english = stop_words("en")
    return english, {lang: stop_words(lang) - english for lang in OTHER_LANGUAGES}


def _with_meta(path: Path, meta: dict, text: str, warnings: tuple[str, ...], doc_id: str) -> Document:
    notes = list(warnings)
    when = meta.get("date", meta.get("published"))
    iso = None
    if when not in (None, ""):
        try:
            iso = parse_date(when)
        except InputError as err:
            notes.append(str(err))
    if iso is None:
        notes.append("no publication date: relative dates left unresolved")
    text, cleaned = _clean_text(text)
    notes.extend(cleaned)
    status = "ok"
    if not text.strip():
        status, notes = "skipped", [*notes, "no text"]
    elif len(text) > MAX_TEXT_CHARS:
        status, notes = "skipped", [*notes, f"text too long: {len(text):,} characters (limit {MAX_TEXT_CHARS:,})"]
    elif (foreign := language_warning(text)) is not None:
        notes.append(foreign)
    return Document(
        id=doc_id,
        path=str(path),
        text=text,
        date=iso,
        title=_str_or_none(meta.get("title")),
        source=_str_or_none(meta.get("source")),
        url=_str_or_none(meta.get("url")),
        status=status,
        warnings=tuple(notes),
    )


def _str_or_none(value: object) -> str | None:
    return None if value in (None, "") else str(value)


def _read_text(path: Path, data: bytes) -> Document:
    raw, warnings = _decode(data)
    meta, body = parse_header(raw.replace("\r\n", "\n"))
    return _with_meta(path, meta, body, warnings, str(meta.get("id") or path.stem))


def _from_record(path: Path, record: object, fallback_id: str) -> Document:
    if not isinstance(record, dict):
        raise InputError(f"expected a JSON object, got {type(record).__name__}")
    text = record.get("text")
    doc_id = str(record.get("id") or fallback_id)
    if not isinstance(text, str):
        return _skipped(path, "no \"text\" string in the record", doc_id)
    return _with_meta(path, record, text, (), doc_id)


def _read_jsonl(path: Path) -> Iterator[Document]:
    """One document a line, read line by line so a large file needs little memory."""
    with open(path, "rb") as src:
        seen_text = False
        for number, raw in enumerate(src, start=1):
            if not raw.strip():
                continue
            seen_text = True
            fallback = f"{path.stem}-{number}"
            try:
                line, _ = _decode(raw)
                yield _from_record(path, json.loads(line), fallback)
            except json.JSONDecodeError as err:
                yield _skipped(path, f"line {number}: not JSON ({err.msg})", fallback)
            except RecursionError:
                yield _skipped(path, f"line {number}: {TOO_DEEP}", fallback)
            except InputError as err:
                yield _skipped(path, f"line {number}: {err}", fallback)
        if not seen_text:
            raise InputError("empty file")


def _read_json(path: Path, data: bytes) -> Iterator[Document]:
    raw, _ = _decode(data)
    try:
        value = json.loads(raw)
    except json.JSONDecodeError as err:
        raise InputError(f"not JSON ({err.msg}, line {err.lineno})") from None
    except RecursionError:
        raise InputError(TOO_DEEP) from None
    records = value if isinstance(value, list) else [value]
    for number, record in enumerate(records, start=1):
        fallback = path.stem if len(records) == 1 else f"{path.stem}-{number}"
        try:
            yield _from_record(path, record, fallback)
        except InputError as err:
            yield _skipped(path, f"item {number}: {err}", fallback)


def _parser_limit(raw: str) -> str:
    """Why the HTML parser stopped short of the text, when a limit of its own did it.

    >>> _parser_limit("<div>" * 300 + "text")
    ': the page nests more than 256 elements deep, beyond what the HTML parser reads'
    >>> _parser_limit("<p>text</p>")
    ''
    """
    from lxml import etree

    parser = etree.HTMLParser()
    try:
        etree.fromstring(raw, parser)
    except (etree.LxmlError, ValueError):
        pass
    for entry in parser.error_log:
        if entry.type_name == "ERR_RESOURCE_LIMIT" and "depth" in entry.message:
            depth = re.search(r"\d+", entry.message)
            limit = f"more than {depth.group()} elements" if depth else "too many elements"
            return f": the page nests {limit} deep, beyond what the HTML parser reads"
    return ""


def _read_html(path: Path, data: bytes) -> Document:
    import trafilatura  # imported here: it is slow to import and only pages need it

    raw, warnings = _decode(data)
    result = trafilatura.bare_extraction(raw, with_metadata=True, include_comments=False,
                                         include_tables=False)
    extracted = result.as_dict() if result is not None else None
    if not extracted or not (extracted.get("text") or "").strip():
        raise InputError("no article text found in the page" + _parser_limit(raw))
    meta = {k: extracted.get(k) for k in ("title", "date", "url")}
    meta["source"] = extracted.get("sitename") or extracted.get("hostname")
    return _with_meta(path, meta, extracted["text"], warnings, path.stem)
