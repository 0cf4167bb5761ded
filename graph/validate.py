"""Read a built folder's tables row by row, checking each row before anything uses it.

A damaged table stops loading at its first bad row with ``file:line: problem``;
links that name an actor the actors table lacks are counted and reported as
warnings (the graph leaves those actors out), never dropped without a word.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from ..extract.model import Actor, Document, Event, Relation, Timex

__all__ = ["TableError", "ROW_FIELDS", "read_rows", "check_row", "unknown_actor_warnings"]

# table -> column -> (accepted types, required), from the records' CHECKS; None is accepted wherever
# a column is not required. Columns not named are not checked: tables may grow new columns.
_KINDS = {"text": (str,), "number": (int,), "flag": (bool,), "list": (list,), "strings": (list,)}
_RECORDS = {"documents": Document, "actors": Actor, "relations": Relation, "events": Event, "timexes": Timex}
ROW_FIELDS: dict[str, dict[str, tuple[tuple[type, ...], bool]]] = {
    table: {name: (_KINDS[kind.rstrip("!")], kind.endswith("!")) for name, kind in record.CHECKS.items()}
    for table, record in _RECORDS.items()}
# list columns whose items are actor ids or names: strings
_STRING_LISTS = frozenset(name for record in _RECORDS.values() for name, kind in record.CHECKS.items()
                          if kind.rstrip("!") == "strings")


class TableError(ValueError):
    """A table row that cannot be used; the message is ``file:line: problem``."""


def check_row(table: str, row: object) -> str | None:
    """The problem with one row of ``table``, or None.

    >>> check_row("actors", {"id": "a", "name": "A"}) is None
    True
    >>> check_row("actors", {"name": "A"})
    'actors row without "id"'
    >>> check_row("events", {"id": "e", "type": "ASSAULT", "source": ["a", 3]})
    '"source" holds a number, not a string'
    >>> check_row("events", ["e"])
    'not a JSON object but a list'
    """
    if not isinstance(row, dict):
        return f"not a JSON object but {_kind(row)}"
    for name, (types, required) in ROW_FIELDS.get(table, {}).items():
        value = row.get(name)
        if value is None:
            if required:
                return f"{table} row without {json.dumps(name)}"
            continue
        if not isinstance(value, types) or (type(value) is bool and bool not in types):
            return f"{json.dumps(name)} is {_kind(value)}, not {_NAMES[types[0]]}"
        if name in _STRING_LISTS:
            bad = next((item for item in value if not isinstance(item, str)), None)
            if bad is not None:
                return f"{json.dumps(name)} holds {_kind(bad)}, not a string"
    return None


_NAMES = {str: "a string", bool: "true/false", int: "a number", float: "a number", list: "a list",
          dict: "a JSON object", type(None): "null"}


def _kind(value: object) -> str:
    return _NAMES.get(type(value), type(value).__name__)


def read_rows(path: Path, table: str) -> list[dict]:
    """The rows of one table, each checked; raises TableError at the first bad one.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     _ = (Path(tmp) / "actors.jsonl").write_text('{"id": "a", "name": "A"}\\n\\n{"id": "b", "na')
    ...     read_rows(Path(tmp) / "actors.jsonl", "actors")
    Traceback (most recent call last):
    ...
    newsgraph.graph.validate.TableError: .../actors.jsonl:3: not JSON (Unterminated string starting at: column 13)
    """
    rows = []
    try:
        with open(path, encoding="utf-8") as src:
            for number, line in enumerate(src, start=1):
                if not line.strip():
                    continue
                try:
                    row = json.loads(line.rstrip("\r\n"))
                except json.JSONDecodeError as err:
                    raise TableError(f"{path}:{number}: not JSON ({err.msg}: column {err.colno})") from None
                except RecursionError:
                    raise TableError(f"{path}:{number}: nested too deeply") from None
                problem = check_row(table, row)
                if problem:
                    raise TableError(f"{path}:{number}: {problem}")
                rows.append(row)
    except UnicodeDecodeError as err:
        raise TableError(f"{path}: not UTF-8 text (byte {err.start})") from None
    return rows


def unknown_actor_warnings(actors: list[dict], relations: list[dict], events: list[dict]) -> list[str]:
    """One warning per table whose rows name actor ids the actors table lacks, with counts.

    >>> unknown_actor_warnings([{"id": "a"}], [{"source": "a", "target": "x"}], [])
    ["relations.jsonl: 1 row(s) name 1 actor id(s) not in actors.jsonl (e.g. 'x'); the graph leaves them out"]
    """
    known = {a["id"] for a in actors}
    warnings = []
    for table, rows, fields in (("relations", relations, ("source", "target")),
                                ("events", events, ("source", "target", "attributed_to"))):
        missing: Counter = Counter()
        bad_rows = 0
        for row in rows:
            ids = []
            for name in fields:
                value = row.get(name)
                ids += value if isinstance(value, list) else [value] if value is not None else []
            unknown = [i for i in ids if i not in known]
            if unknown:
                bad_rows += 1
                missing.update(unknown)
        if missing:
            examples = ", ".join(repr(i) for i, _ in missing.most_common(3))
            warnings.append(f"{table}.jsonl: {bad_rows} row(s) name {len(missing)} actor id(s) not in actors.jsonl "
                            f"(e.g. {examples}); the graph leaves them out")
    return warnings
