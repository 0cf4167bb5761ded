"""Time: TIMEX3 values for a document's temporal expressions, and the dates of its events.

``patterns`` holds the patterns, ``rules`` the word tables, ``values`` the calendar
arithmetic, ``normalisers`` the functions, registered by name, that turn a match into a
value, ``state`` what the tagger keeps of the document, ``anchoring`` the date
the story is at, ``tense`` the tense of a clause, ``tagger`` the tagger itself
and ``dating`` the dates of events from the expressions of their sentence.
"""

from .tagger import tag

__all__ = ["tag"]
