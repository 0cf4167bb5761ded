"""Write and read the contract's JSONL tables.

One JSON object a line, UTF-8, keys in a fixed order, rows sorted: the same
input gives byte-identical files.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

__all__ = ["TABLES", "dumps_row", "write_table", "read_table"]

TABLES = ("documents", "actors", "relations", "events", "timexes", "figures", "places")


def dumps_row(row: dict) -> str:
    """One table line.

    >>> dumps_row({"id": "a", "name": "Café"})
    '{"id": "a", "name": "Café"}'
    """
    return json.dumps(row, ensure_ascii=False, separators=(", ", ": "))


def write_table(path: Path, rows: Iterable[dict]) -> None:
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        for row in rows:
            out.write(dumps_row(row) + "\n")


def read_table(path: Path) -> list[dict]:
    """The rows of a table written by ``write_table``, each checked (see ``validate.read_rows``)."""
    from .validate import read_rows

    return read_rows(Path(path), Path(path).stem)
