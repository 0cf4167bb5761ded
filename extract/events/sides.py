"""One side: a country, its government and its armed forces.

An act of a state upon its own government or forces is no interaction ("India will send
troops" links India with nobody), and the forces a state alone acts with are no target of
its act: the troops a country sends are its own, not whom it acts on. A government and its
army stay two sides ("the army ousted the government"), and a state may still act on its
country's people ("Turkish authorities imposed a curfew in Turkey", PLOVER's coding of
repression).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
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
        """Events less the armed forces of the one state that is all their source."""
        kept = []
        for event in events:
            target = tuple(t for t in event.target if not self._own_forces(t, event.source))
            kept.append(replace(event, target=target) if target != event.target else event)
        return kept

    def _own_forces(self, target: str, source: Sequence[str]) -> bool:
        """Whether a target is the armed forces of the state (its country or government) that is
        all of an act's source."""
        state = self._state.get(target)
        return bool(state) and self._type.get(target) == "military" and bool(source) and all(
            self._type.get(s) in ("country", "government") and self._state.get(s) == state for s in source)
