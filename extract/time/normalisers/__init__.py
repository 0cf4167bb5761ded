"""The TIMEX3 normalisers: from the groups of a matched pattern to a TIMEX3 value.

Each pattern of ``patterns.PATTERNS`` names its normaliser; the modules of this
package register theirs under that name with ``@normaliser(name)``
(``registry``), by the kind of expression they normalise:

- ``calendar_dates``: dates the text spells out (days, months, years, decades, holidays, feasts);
- ``relative``: dates counted from the publication date or from the date the story is at
  ("yesterday", "last week", "three days later", "the next day");
- ``references``: general references to the past, present and future ("recently", "now", "soon");
- ``periods``: quarters and halves of reporting periods;
- ``clock``: clock times and parts of the day;
- ``durations``: durations and sets.

A pattern that names no registered normaliser stops the import.
"""

from __future__ import annotations

from ..patterns import PATTERNS
from . import calendar_dates, clock, durations, periods, references, relative  # noqa: F401  (they register)
from .registry import NORMALISERS, group_text, normaliser, unknown_names

__all__ = ["NORMALISERS", "normaliser", "group_text"]

_missing = unknown_names(PATTERNS)
assert not _missing, f"patterns name unknown normalisers: {_missing}"
