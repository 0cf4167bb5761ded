"""Events: PLOVER events and the relations they assert, from a parsed document.

``cues`` reads the event tables of ``lexicons/``, ``clauses`` analyses a
sentence's clauses, ``agents`` tells who or what caused a harm, ``readings``
picks a cue's reading in its sentence, ``participants`` finds who acts and who
undergoes, ``context`` tells acts framed as history, ``builder`` builds the
events (undated: ``time.dating`` dates them) and ``interactions`` turns
asserted acts into relations between actors.
"""

from .builder import extract_events

__all__ = ["extract_events"]
