"""Place names in a parsed document, each resolved to one gazetteer entry by the document's context.

``mentions`` finds the names and what each may mean, ``resolution`` decides between the
candidates, ``document`` makes the document's ``Place`` records, ``lookup`` finds the place of an
event and the country of an actor.
"""

from .document import find_places, place_id
from .lookup import country_at, place_of_event
from .resolution import distance_km, resolve

__all__ = ["find_places", "resolve", "distance_km", "place_id", "place_of_event", "country_at"]
