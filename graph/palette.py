"""The one colour table: the page, the GEXF and GraphML files and the CSV export colour alike.

Actors by type (with the page's node shape), event links by PLOVER's four
quad classes, relations in one neutral colour. An analyst who learns the
colours on the page finds them again in Gephi.
"""

from __future__ import annotations

__all__ = ["TYPE_STYLE", "OTHER_STYLE", "EVENT_CLASS", "CLASS_COLOUR", "RELATION_COLOUR", "COMMUNITY_COLOURS",
           "actor_colour", "link_colour", "rgb"]

# shape and colour by actor type; the legend is drawn from this table
TYPE_STYLE = {
    "country": ("#1f77b4", "dot"),
    "government": ("#2ca02c", "square"),
    "military": ("#8c564b", "triangle"),
    "person": ("#ff7f0e", "ellipse"),
    "armed_group": ("#d62728", "diamond"),
    "political_party": ("#9467bd", "star"),
    "organization": ("#17becf", "hexagon"),
    "media": ("#7f7f7f", "box"),
    "location": ("#bcbd22", "triangleDown"),
}
OTHER_STYLE = ("#999999", "dot")

# PLOVER categories grouped as the four classic quad classes: the colour of an
# event edge and of a timeline mark says at a glance whether it is talk or force,
# cooperation or conflict
EVENT_CLASS = {
    "AGREE": "verbal cooperation", "CONSULT": "verbal cooperation", "SUPPORT": "verbal cooperation",
    "CONCEDE": "verbal cooperation", "REQUEST": "verbal cooperation",
    "COOPERATE": "material cooperation", "AID": "material cooperation", "RETREAT": "material cooperation",
    "ACCUSE": "verbal conflict", "REJECT": "verbal conflict", "THREATEN": "verbal conflict",
    "PROTEST": "material conflict", "SANCTION": "material conflict", "MOBILIZE": "material conflict",
    "COERCE": "material conflict", "ASSAULT": "material conflict",
}
CLASS_COLOUR = {
    "verbal cooperation": "#43a047",
    "material cooperation": "#1e88e5",
    "verbal conflict": "#fb8c00",
    "material conflict": "#e53935",
    "other": "#757575",
}
RELATION_COLOUR = "#546e7a"

# the page's communities of actors, largest first; the rest share the last, neutral colour
COMMUNITY_COLOURS = ("#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948",
                     "#b07aa1", "#ff9da7", "#9c755f", "#8cd17d", "#86bcb6", "#d4a6c8", "#c7c7c7")


def actor_colour(actor_type: str | None) -> str:
    """The colour of an actor type.

    >>> actor_colour("country"), actor_colour("alien")
    ('#1f77b4', '#999999')
    """
    return TYPE_STYLE.get(actor_type or "", OTHER_STYLE)[0]


def link_colour(kind: str, link_type: str) -> str:
    """The colour of a relation, or of an event by its quad class.

    >>> link_colour("event", "ASSAULT"), link_colour("relation", "governs")
    ('#e53935', '#546e7a')
    """
    if kind == "relation":
        return RELATION_COLOUR
    return CLASS_COLOUR[EVENT_CLASS.get(link_type, "other")]


def rgb(colour: str) -> tuple[int, int, int]:
    """A ``#rrggbb`` colour as red, green and blue from 0 to 255.

    >>> rgb("#1f77b4")
    (31, 119, 180)
    """
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)
