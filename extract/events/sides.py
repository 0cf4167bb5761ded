"""One side: a country, its government and its armed forces.

An act of a state upon its own government or forces is no interaction ("India will send
troops" links India with nobody), and one of them is no target of another's act: the
troops a country sends are its own, not whom it acts on. A government and its army stay
two sides ("the army ousted the government").
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from ..model import Actor, Event, Relation

__all__ = ["Sides"]

_STATE_TYPES = ("country", "government", "military")


class Sides:
    """Which actors of a document stand on one state's side.

    >>> sides = Sides([Actor("india", "India", "country", country="IND"),
    ...                Actor("armed-forces-of-india", "Armed Forces of India", "military", country="IND"),
    ...                Actor("government-of-india", "Government of India", "government", country="IND")])
    >>> sides.same("india", "armed-forces-of-india"), sides.same("government-of-india", "armed-forces-of-india")
    (True, False)
    """

    def __init__(self, actors: Iterable[Actor]):
        actors = list(actors)
        self._state = {a.key: a.country for a in actors if a.country and a.type in _STATE_TYPES}
        self._type = {a.key: a.type for a in actors}

    def same(self, a: str, b: str) -> bool:
        """Whether one of two actors is a country and the other that country or its organ."""
        state = self._state.get(a)
        return bool(state) and state == self._state.get(b) and "country" in (self._type.get(a), self._type.get(b))

    def relations(self, relations: Iterable[Relation]) -> list[Relation]:
        """Interaction relations less those within one side."""
        return [r for r in relations if not self.same(r.source, r.target)]

    def events(self, events: Iterable[Event]) -> list[Event]:
        """Events less the targets on a source's own side."""
        kept = []
        for event in events:
            target = tuple(t for t in event.target if not any(self.same(s, t) for s in event.source))
            kept.append(replace(event, target=target) if target != event.target else event)
        return kept
