"""Casualty figures across reports: the figures table, and which events' figures are in dispute.

Figures quantify events. Reports of one incident are the events of one ``group``
(see ``link_events``), events on the same day between the same actors in different
documents, and, within one document, events with figures of the same type whose dates
and actors do not tell them apart (one undated or both the same day; one without
actors or some actor shared: "Nine persons were confirmed dead by the police ... an
eyewitness claimed that twelve people were killed when the attackers stormed the
community"). Figures of one kind for one incident disagree when their
ranges do not overlap; when two such figures come from different named reporters
the incident is disputed. Every event row then carries its incident's figures:

``figures``     ids of the incident's figures (figures.jsonl)
``disputed``    two reporters give counts of one kind that cannot both be true
``casualties``  per kind: ``min`` (the lowest count stated), ``max`` (the highest;
                None when only open-ended counts were given), ``best`` (each
                reporter's highest count, then the lowest of those: a conservative
                figure in the manner of event datasets that code the lowest
                credible report)

A figure that is part of another ("including three children") is listed but takes
no part in ranges or disputes.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from ..extract.model import Extraction
from .reports import Partition

__all__ = ["figure_rows", "mark_disputes", "disagree"]

# victim nouns that name no group of their own: "9 persons" and "twelve people" count the same dead
GENERIC_VICTIMS = frozenset({"people", "person", "persons", "others", "individuals"})


def figure_rows(extractions: Iterable[Extraction]) -> list[dict]:
    """figures.jsonl rows of every extraction, sorted by document and offset."""
    rows = [f.to_row() for ex in extractions for f in ex.figures]
    return sorted(rows, key=lambda r: (r["doc_id"], r["start"], r["kind"]))


def _words(text: str | None) -> set[str]:
    return {w.rstrip("s") for w in re.findall(r"[a-z]+", (text or "").lower())}


def _same_victims(a: dict, b: dict) -> bool:
    """Whether two figures count the same people: both name no group of their own ("people", "others",
    none) or both name one group ("civilians"); a total and the count of one group in it do not compare."""
    generic = {w.rstrip("s") for w in GENERIC_VICTIMS} | {"people"}
    wa, wb = _words(a["victims"]) - generic, _words(b["victims"]) - generic
    return (not wa and not wb) or bool(wa & wb)


def disagree(a: dict, b: dict) -> bool:
    """Two figures of one kind whose ranges cannot both hold, from two different named reporters.

    >>> police = {"kind": "killed", "min": 9, "max": 9, "victims": "persons", "reported_by": "police"}
    >>> witness = {"kind": "killed", "min": 12, "max": 12, "victims": "people", "reported_by": "witness"}
    >>> disagree(police, witness), disagree(police, {**witness, "min": 9, "max": None})
    (True, False)
    >>> disagree(police, {**witness, "reported_by": None})
    False
    """
    if a["kind"] != b["kind"] or not a["reported_by"] or not b["reported_by"] or a["reported_by"] == b["reported_by"]:
        return False
    if not _same_victims(a, b):
        return False
    a_high = a["max"] if a["max"] is not None else float("inf")
    b_high = b["max"] if b["max"] is not None else float("inf")
    return a_high < b["min"] or b_high < a["min"]


def _same_incident(a: dict, b: dict) -> bool:
    """Two events of one document that may be one incident told twice."""
    if a["type"] != b["type"] or a.get("negated") or b.get("negated"):
        return False
    if a["date"] and b["date"] and a["date"] != b["date"]:
        return False
    actors_a = set(a["source"]) | set(a["target"])
    actors_b = set(b["source"]) | set(b["target"])
    return not actors_a or not actors_b or bool(actors_a & actors_b)


def _incidents(events: list[dict], with_figures: set[str]) -> list[list[int]]:
    """Rows of one incident: one group, or one day and the same actors across documents."""
    incident = Partition(len(events))
    first: dict[tuple, int] = {}
    for i, row in enumerate(events):
        keys = [("group", row.get("group", row["id"]))]
        actors = frozenset(row["source"]) | frozenset(row["target"])
        if row["id"] in with_figures and row["date"] and actors:
            keys.append(("day", row["date"], actors))
        for key in keys:
            incident.join(i, first.setdefault(key, i))
    in_document: dict[str, list[int]] = defaultdict(list)
    for i, row in enumerate(events):
        if row["id"] in with_figures:
            in_document[row["doc_id"]].append(i)
    for rows in in_document.values():
        for n, i in enumerate(rows):
            for j in rows[:n]:
                if _same_incident(events[i], events[j]):
                    incident.join(i, j)
    return incident.groups()


def _casualties(figures: list[dict]) -> dict[str, dict]:
    out = {}
    by_kind: dict[str, list[dict]] = defaultdict(list)
    for f in figures:
        if not f["subset"]:
            by_kind[f["kind"]].append(f)
    for kind, found in sorted(by_kind.items()):
        highs = [f["max"] for f in found if f["max"] is not None]
        per_reporter: dict[str, int] = {}
        for f in found:
            voice = f["reported_by"] or f"document:{f['doc_id']}"
            per_reporter[voice] = max(per_reporter.get(voice, 0), f["min"])
        out[kind] = {"min": min(f["min"] for f in found),
                     "max": max([*highs, *(f["min"] for f in found)]) if highs else None,
                     "best": min(per_reporter.values())}
    return out


def mark_disputes(events: list[dict], figures: list[dict]) -> None:
    """Give every event row its incident's ``figures``, ``disputed`` and ``casualties`` (in place)."""
    by_event: dict[str, list[dict]] = defaultdict(list)
    for f in figures:
        if f["event_id"]:
            by_event[f["event_id"]].append(f)
    for members in _incidents(events, set(by_event)):
        found = [f for i in members for f in by_event.get(events[i]["id"], [])]
        found.sort(key=lambda f: (f["doc_id"], f["start"], f["kind"]))
        whole = [f for f in found if not f["subset"]]
        disputed = any(disagree(a, b) for n, a in enumerate(whole) for b in whole[n + 1:])
        casualties = _casualties(found)
        ids = [f["id"] for f in found]
        for i in members:
            events[i]["figures"] = ids
            events[i]["disputed"] = disputed
            events[i]["casualties"] = casualties
