"""What a question of a built graph can fail with: one exception per reason, each a one-line message."""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["QueryError", "NotBuilt", "UnknownActor", "AmbiguousActor", "UnknownPlace", "NoPath", "UnknownType",
           "UnknownActorReference"]


class QueryError(Exception):
    """A question the built graph cannot answer; the message says why in one line."""


class NotBuilt(QueryError, FileNotFoundError):
    """The folder holds no newsgraph build (or a table in it is missing or unreadable)."""


class UnknownActor(QueryError, LookupError):
    """No actor has this name, alias or id. ``matches`` holds the closest actor names.

    >>> str(UnknownActor("Mujahed", ["Zabihullah Mujahid"]))
    "unknown actor 'Mujahed'; did you mean: Zabihullah Mujahid?"
    """

    def __init__(self, name: str, matches: Iterable[str] = ()):
        self.name = name
        self.matches = tuple(matches)
        hint = f"; did you mean: {', '.join(self.matches)}?" if self.matches else ""
        super().__init__(f"unknown actor {name!r}{hint}")


class AmbiguousActor(QueryError, LookupError):
    """The name is an alias of more than one actor; ``candidates`` holds their ids."""

    def __init__(self, name: str, candidates: Iterable[tuple[str, str]]):
        self.name = name
        self.candidates = tuple(actor_id for actor_id, _ in candidates)
        listed = ", ".join(f"{label} [{actor_id}]" for actor_id, label in candidates)
        super().__init__(f"{name!r} names more than one actor: {listed}; ask by id")


class UnknownPlace(QueryError, LookupError):
    """No place of the build nor of the gazetteer has this name."""


class NoPath(QueryError, LookupError):
    """The two actors are not connected in the graph."""


class UnknownType(QueryError, LookupError):
    """A filter names a type no actor, relation or event can have; ``matches`` holds the closest ones."""

    def __init__(self, name: str, what: str, matches: Iterable[str] = (), known: Iterable[str] = ()):
        self.name = name
        self.matches = tuple(matches)
        hint = f"; did you mean: {', '.join(self.matches)}?" if self.matches else ""
        listed = f" Known: {', '.join(known)}" if known else ""
        super().__init__(f"unknown {what} {name!r}{hint}{listed}")


class UnknownActorReference(UserWarning):
    """Rows of a loaded table name actor ids that the actors table lacks."""
