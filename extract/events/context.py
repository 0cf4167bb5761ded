"""PLOVER's ``historical`` context: an event dated more than a year before publication, or told as background.

"Britain seized Hong Kong in 1841" in this week's news is history, not news; so is "the
anniversary of the massacre". Words that frame an act as history are ``event_roles.tsv``
role ``history``.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from .cues import has_role

__all__ = ["HISTORY_AGE", "last_day", "is_historical"]

# an event dated this long before publication is history (PLOVER's historical context)
HISTORY_AGE = timedelta(days=365)


def last_day(value: str | None) -> date | None:
    """The last day an ISO date, month or year can mean, or None when it is none of these.

    >>> last_day("1888"), last_day("2024-02"), last_day("2026-02-27")
    (datetime.date(1888, 12, 31), datetime.date(2024, 2, 29), datetime.date(2026, 2, 27))
    """
    if not value:
        return None
    try:
        parts = [int(p) for p in value[:10].split("-")]
    except ValueError:
        return None
    if len(parts) == 1:
        return date(parts[0], 12, 31)
    if len(parts) == 2:
        return date(parts[0], parts[1], calendar.monthrange(parts[0], parts[1])[1])
    return date(*parts[:3])


def _told_as_history(token) -> bool:
    """Whether a word of history frames the cue word ("the anniversary of the massacre",
    "commemorating the bombing", "the history of the occupation")."""
    node = token
    for _ in range(6):
        if node.head == node:
            return False
        node = node.head
        if has_role(node, "history"):
            return True
        if node.pos_ in ("VERB", "AUX") and node.dep_ in ("ROOT", "ccomp", "parataxis"):
            return False
    return False


def is_historical(token, event_date: str | None, event_end: str | None, publication: str | None) -> bool:
    """PLOVER's historical context for the event a cue word states, dated from its text or not."""
    if _told_as_history(token):
        return True
    last = last_day(event_end or event_date)
    try:
        published = date.fromisoformat(publication[:10]) if publication else None
    except ValueError:
        published = None
    return last is not None and published is not None and published - last > HISTORY_AGE
