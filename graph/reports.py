"""The reports of one event: rows of events.jsonl that share a ``group``.

``link_events`` decides which reports state the same event; ``report_groups``
is how everything downstream (the graph, the page, the events-as-nodes
graph, the query API) reads them back, each event once.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from ..extract.model import Evidence

__all__ = ["Partition", "link_events", "report_evidence", "report_groups"]


class Partition:
    """Items 0..n-1 joined into groups (union-find); ``groups()`` lists each group's items in order.

    >>> p = Partition(4)
    >>> p.join(2, 0); p.join(3, 1)
    >>> p.groups()
    [[0, 2], [1, 3]]
    """

    def __init__(self, size: int):
        self.parent = list(range(size))

    def root(self, i: int) -> int:
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def join(self, i: int, j: int) -> None:
        self.parent[self.root(i)] = self.root(j)

    def groups(self) -> list[list[int]]:
        members: dict[int, list[int]] = defaultdict(list)
        for i in range(len(self.parent)):
            members[self.root(i)].append(i)
        return list(members.values())


def report_evidence(row: dict) -> dict:
    """The evidence item of one report: its document, the sentence's offsets and the sentence.

    >>> report_evidence({"doc_id": "d1", "start": 0, "end": 9, "sentence": "They met."})
    {'doc_id': 'd1', 'start': 0, 'end': 9, 'text': 'They met.'}
    """
    return Evidence(row.get("doc_id"), row.get("start"), row.get("end"), row.get("sentence") or "").to_row()


def report_groups(rows: Iterable[dict]) -> list[list[dict]]:
    """The rows of each event, events in the order of their first report, the group's own row first.

    A row without ``group`` (a table written by hand) is an event reported once.

    >>> rows = [{"id": "a", "group": "a"}, {"id": "b"}, {"id": "c", "group": "a"}]
    >>> [[r["id"] for r in members] for members in report_groups(rows)]
    [['a', 'c'], ['b']]
    """
    grouped: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        grouped[row.get("group") or row["id"]].append(row)
    out = []
    for group, members in grouped.items():
        first = next((m for m in members if m["id"] == group), members[0])
        out.append([first] + [m for m in members if m is not first])
    return out


def link_events(rows: list[dict]) -> None:
    """Mark reports of the same event: same type, mode and dates, overlapping actors.

    Every row keeps its own sentence (each report traces to its source); rows
    of one event share ``group`` (the id of its first report) and list every
    report in ``evidence``, so the graph and the page count the event once.
    """
    actors = [set(row["source"]) | set(row["target"]) for row in rows]
    buckets: dict[tuple, list[int]] = defaultdict(list)
    for i, row in enumerate(rows):
        if actors[i]:
            buckets[(row["type"], row["mode"], row["date"], row["date_end"], row["negated"])].append(i)
    linked = Partition(len(rows))
    for members in buckets.values():
        for n, i in enumerate(members):
            for j in members[:n]:
                if actors[i] & actors[j]:
                    linked.join(i, j)
    for members in linked.groups():
        evidence = [report_evidence(rows[i]) for i in members]
        for i in members:
            rows[i]["group"] = rows[members[0]]["id"]
            rows[i]["evidence"] = evidence
