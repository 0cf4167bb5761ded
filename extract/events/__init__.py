"""Events: PLOVER events and the relations they assert, from a parsed document.

``cues`` reads the event tables of ``lexicons/``, ``clauses`` analyses a
sentence's clauses, ``agents`` tells who or what caused a harm, ``readings``
picks a cue's reading in its sentence, ``context`` tells background from the
story, ``builder`` builds the events and ``interactions`` turns asserted acts
into relations between actors.
"""

from .builder import extract_events

__all__ = ["extract_events"]
