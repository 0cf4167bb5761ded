"""Casualty figures: how many people were killed, wounded, missing, arrested, abducted or displaced.

A figure is a count (``counts``) of the people a victim noun names (``victims``), standing in a
casualty frame (``frames``), reported by the speaker of its clause (``reporters``); ``builder``
puts them together for one document. The words are data: ``lexicons/casualty_words.tsv``,
``counts.tsv``, ``count_bounds.tsv``, ``people_nouns.tsv``, ``figure_sources.tsv`` and
``figure_words.tsv`` (read through ``words``).
"""

from .builder import extract_figures
from .counts import bounded, count_value, find_counts
from .words import KINDS

__all__ = ["KINDS", "count_value", "bounded", "find_counts", "extract_figures"]
