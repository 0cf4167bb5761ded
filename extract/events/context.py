"""PLOVER's ``historical`` context told by the text: an act framed as history or as background.

"Britain seized Hong Kong in 1841" in this week's news is history, not news; so is "the
anniversary of the massacre". Words that frame an act as history are ``event_roles.tsv``
role ``history``. An event dated more than a year before publication is history too:
``time/dating.py`` tells that once the event has its date.
"""

from __future__ import annotations

from .cues import has_role

__all__ = ["told_as_history"]


def told_as_history(token) -> bool:
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
