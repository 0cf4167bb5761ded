"""An embedded SQLite cache of parses and extractions, so a re-build does only new work.

Parses are keyed by the text's sha256 and the spaCy pipeline; extractions also
by the document's metadata and the extractors' own version, so a changed
extractor re-runs on cached parses instead of parsing again.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import time
import zlib
from dataclasses import asdict, replace
from functools import cache
from importlib import resources
from pathlib import Path

from .model import Document, Extraction

__all__ = ["Cache", "CacheError", "extractor_version", "document_key", "move_aside"]


@cache
def extractor_version() -> str:
    """A digest of the extractors' code and lexicons: it changes when they do."""
    digest = hashlib.sha256()
    package = resources.files(__package__)
    files = [(name, f) for name, f in _walk(package, "") if name not in ("cache.py", "nlp.py")]
    files += [(f.name, f) for f in package.joinpath("lexicons").iterdir() if f.name.endswith(".tsv")]
    for name, item in sorted(files, key=lambda nf: nf[0]):
        digest.update(name.encode())
        digest.update(item.read_bytes())
    return digest.hexdigest()[:16]


def _walk(folder, prefix: str):
    """The ``.py`` files of a package and its subpackages (``time/tagger.py``), by their path in it."""
    for item in folder.iterdir():
        if item.is_dir() and item.joinpath("__init__.py").is_file():
            yield from _walk(item, f"{prefix}{item.name}/")
        elif item.name.endswith(".py"):
            yield prefix + item.name, item


def document_key(document: Document) -> str:
    """Everything about a document that its extraction depends on: not where the file lies,
    so the same file named by an absolute and by a relative path is one entry."""
    fields = asdict(document)
    fields.pop("path")
    data = json.dumps(fields, sort_keys=True, ensure_ascii=True)
    return hashlib.sha256(data.encode("ascii")).hexdigest()


class CacheError(RuntimeError):
    """The cache cannot be opened (not a damaged file: those are moved aside)."""


# SQLite's primary result codes for a damaged file: SQLITE_CORRUPT and SQLITE_NOTADB
_DAMAGED = (11, 26)


def _damaged(err: sqlite3.Error) -> bool:
    code = getattr(err, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in _DAMAGED
    return isinstance(err, sqlite3.DatabaseError) and not isinstance(err, sqlite3.OperationalError)


def move_aside(path: Path) -> Path:
    """Rename a damaged database (and its journal files) to ``<name>.corrupt-<UTC time>``."""
    stamp = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())
    aside = path.with_name(f"{path.name}.corrupt-{stamp}")
    for suffix in ("", "-wal", "-shm"):
        part = path.with_name(path.name + suffix)
        if part.exists():
            os.replace(part, aside.with_name(aside.name + suffix))
    return aside


class Cache:
    """Parses and extractions of one spaCy pipeline, in one SQLite file.

    Writes are committed in batches; the database runs in WAL mode so a
    killed build leaves it consistent. A damaged file is moved aside and a
    fresh one started; a fault later in the build turns the cache off. Each
    such event is one line in ``warnings``; the build goes on.
    """

    def __init__(self, path: str | Path, model_id: str):
        self.path = Path(path)
        self.model_id = model_id
        self.version = extractor_version()
        self.hits = {"extraction": 0, "parse": 0, "miss": 0}
        self.faults: list[str] = []
        self.damaged_entries = 0
        self.db: sqlite3.Connection | None = None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            raise CacheError(f"{self.path}: cannot create its folder: {err.strerror or err}") from None
        try:
            self.db = self._open()
        except sqlite3.Error as err:
            self._close_quietly()
            if not _damaged(err):
                raise CacheError(f"{self.path}: cannot open the cache: {err}") from None
            aside = move_aside(self.path)
            self.faults.append(f"cache {self.path} is damaged ({err}): moved aside to {aside.name}, "
                                 f"starting a new one")
            try:
                self.db = self._open()
            except sqlite3.Error as again:
                self._close_quietly()
                raise CacheError(f"{self.path}: cannot open the cache: {again}") from None

    @property
    def warnings(self) -> list[str]:
        """What went wrong with the cache in this build, one line each."""
        damaged = [f"cache {self.path}: {self.damaged_entries} damaged entries ignored (those documents were "
                   f"extracted again)"] if self.damaged_entries else []
        return [*self.faults, *damaged]

    def _open(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path)
        self.db = db
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")
        db.execute("CREATE TABLE IF NOT EXISTS parses (key TEXT PRIMARY KEY, data BLOB NOT NULL)")
        db.execute("CREATE TABLE IF NOT EXISTS extractions (key TEXT PRIMARY KEY, data BLOB NOT NULL)")
        db.execute("CREATE TABLE IF NOT EXISTS build (key TEXT PRIMARY KEY, data TEXT NOT NULL)")
        db.commit()
        return db

    def _close_quietly(self) -> None:
        if self.db is not None:
            try:
                self.db.close()
            except sqlite3.Error:
                pass
            self.db = None

    def _fail(self, err: sqlite3.Error) -> None:
        """Turn the cache off for the rest of the build; a damaged file is moved aside."""
        self._close_quietly()
        if _damaged(err):
            aside = move_aside(self.path)
            self.faults.append(f"cache {self.path} is damaged ({err}): moved aside to {aside.name}; "
                                 f"this build goes on without a cache")
        else:
            self.faults.append(f"cache {self.path} failed ({err}); this build goes on without a cache")

    def _query(self, sql: str, args: tuple) -> tuple | None:
        if self.db is None:
            return None
        try:
            return self.db.execute(sql, args).fetchone()
        except sqlite3.Error as err:
            self._fail(err)
            return None

    def _write(self, sql: str, args: tuple) -> None:
        if self.db is None:
            return
        try:
            self.db.execute(sql, args)
        except sqlite3.Error as err:
            self._fail(err)

    def _parse_key(self, document: Document) -> str:
        return f"{self.model_id}:{document.sha256}"

    def _extraction_key(self, document: Document) -> str:
        return f"{self.model_id}:{self.version}:{document_key(document)}"

    def extraction(self, document: Document) -> Extraction | None:
        row = self._query("SELECT data FROM extractions WHERE key = ?", (self._extraction_key(document),))
        if row is None:
            return None
        try:
            cached = Extraction.from_dict(json.loads(zlib.decompress(row[0])))
        except Exception:  # a damaged entry is a miss, never a failed build; the new extraction replaces it
            self.damaged_entries += 1
            return None
        self.hits["extraction"] += 1
        return replace(cached, document=replace(cached.document, path=document.path))

    def parse(self, document: Document) -> bytes | None:
        row = self._query("SELECT data FROM parses WHERE key = ?", (self._parse_key(document),))
        self.hits["parse" if row else "miss"] += 1
        return row[0] if row else None

    def put(self, document: Document, extraction: Extraction, parse: bytes | None) -> None:
        if parse is not None:
            self._write("INSERT OR REPLACE INTO parses VALUES (?, ?)", (self._parse_key(document), parse))
        data = zlib.compress(json.dumps(extraction.to_dict(), ensure_ascii=True).encode("ascii"))
        self._write("INSERT OR REPLACE INTO extractions VALUES (?, ?)", (self._extraction_key(document), data))

    def value(self, key: str) -> object | None:
        """What a former build left for the next one (e.g. the page's layout), or None."""
        row = self._query("SELECT data FROM build WHERE key = ?", (key,))
        try:
            return json.loads(row[0]) if row else None
        except ValueError:
            return None

    def put_value(self, key: str, value: object) -> None:
        self._write("INSERT OR REPLACE INTO build VALUES (?, ?)", (key, json.dumps(value, sort_keys=True)))

    def commit(self) -> None:
        if self.db is None:
            return
        try:
            self.db.commit()
        except sqlite3.Error as err:
            self._fail(err)

    def close(self) -> None:
        self.commit()
        self._close_quietly()
