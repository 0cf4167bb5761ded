"""The colours and shapes every view of the graph uses, from one table.

Actor types have a colour and a vis-network shape; PLOVER event categories
fall into the four quad classes (talk or force, cooperation or conflict),
each with its colour.
"""

from __future__ import annotations

__all__ = ["TYPE_STYLE", "OTHER_STYLE", "EVENT_CLASS", "CLASS_COLOUR", "RELATION_COLOUR", "COMMUNITY_COLOURS"]

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
# event link, mark or bar says at a glance whether it is talk or force,
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

# communities of the network, largest first; the rest share the last, neutral colour
COMMUNITY_COLOURS = ("#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948",
                     "#b07aa1", "#ff9da7", "#9c755f", "#8cd17d", "#86bcb6", "#d4a6c8", "#c7c7c7")
