"""An embedded SQLite cache of parses and extractions, so a re-build does only new work.

Parses are keyed by the text's sha256 and the spaCy pipeline; extractions also
by the document's metadata and the extractors' own version, so a changed
extractor re-runs on cached parses instead of parsing again.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import zlib
from dataclasses import asdict
from functools import cache
from importlib import resources
from pathlib import Path

from .model import Document, Extraction

__all__ = ["Cache", "extractor_version", "document_key"]


@cache
def extractor_version() -> str:
    """A digest of the extractors' code and lexicons: it changes when they do."""
    digest = hashlib.sha256()
    package = resources.files(__package__)
    files = [f for f in package.iterdir() if f.name.endswith(".py") and f.name not in ("cache.py", "nlp.py")]
    files += [f for f in package.joinpath("lexicons").iterdir() if f.name.endswith(".tsv")]
    for item in sorted(files, key=lambda f: f.name):
        digest.update(item.name.encode())
        digest.update(item.read_bytes())
    return digest.hexdigest()[:16]


def document_key(document: Document) -> str:
    """Everything about a document that its extraction depends on."""
    data = json.dumps(asdict(document), sort_keys=True, ensure_ascii=True)
    return hashlib.sha256(data.encode("ascii")).hexdigest()


class Cache:
    """Parses and extractions of one spaCy pipeline, in one SQLite file.

    Writes are committed in batches; the database runs in WAL mode so a
    killed build leaves it consistent.
    """

    def __init__(self, path: str | Path, model_id: str):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.model_id = model_id
        self.version = extractor_version()
        self.db = sqlite3.connect(self.path)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.execute("CREATE TABLE IF NOT EXISTS parses (key TEXT PRIMARY KEY, data BLOB NOT NULL)")
        self.db.execute("CREATE TABLE IF NOT EXISTS extractions (key TEXT PRIMARY KEY, data BLOB NOT NULL)")
        self.db.execute("CREATE TABLE IF NOT EXISTS build (key TEXT PRIMARY KEY, data TEXT NOT NULL)")
        self.db.commit()
        self.hits = {"extraction": 0, "parse": 0, "miss": 0}

    def _parse_key(self, document: Document) -> str:
        return f"{self.model_id}:{document.sha256}"

    def _extraction_key(self, document: Document) -> str:
        return f"{self.model_id}:{self.version}:{document_key(document)}"

    def extraction(self, document: Document) -> Extraction | None:
        row = self.db.execute("SELECT data FROM extractions WHERE key = ?",
                              (self._extraction_key(document),)).fetchone()
        if row is None:
            return None
        self.hits["extraction"] += 1
        return Extraction.from_dict(json.loads(zlib.decompress(row[0])))

    def parse(self, document: Document) -> bytes | None:
        row = self.db.execute("SELECT data FROM parses WHERE key = ?", (self._parse_key(document),)).fetchone()
        self.hits["parse" if row else "miss"] += 1
        return row[0] if row else None

    def put(self, document: Document, extraction: Extraction, parse: bytes | None) -> None:
        if parse is not None:
            self.db.execute("INSERT OR REPLACE INTO parses VALUES (?, ?)", (self._parse_key(document), parse))
        data = zlib.compress(json.dumps(extraction.to_dict(), ensure_ascii=True).encode("ascii"))
        self.db.execute("INSERT OR REPLACE INTO extractions VALUES (?, ?)", (self._extraction_key(document), data))

    def value(self, key: str) -> object | None:
        """What a former build left for the next one (e.g. the page's layout), or None."""
        row = self.db.execute("SELECT data FROM build WHERE key = ?", (key,)).fetchone()
        return json.loads(row[0]) if row else None

    def put_value(self, key: str, value: object) -> None:
        self.db.execute("INSERT OR REPLACE INTO build VALUES (?, ?)", (key, json.dumps(value, sort_keys=True)))

    def commit(self) -> None:
        self.db.commit()

    def close(self) -> None:
        self.db.commit()
        self.db.close()
