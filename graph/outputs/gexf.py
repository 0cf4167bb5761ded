"""GEXF 1.3 for Gephi: every event dated, parallel links kept apart, the page's colours and places.

Version 1.3 is the one Gephi writes itself (since 0.9.3) and the only one
whose schema gives an edge a ``kind``: Gephi merges edges that share source,
target and kind when it imports, so each edge's kind is its label (one edge
per actor pair and link type, see ``link_graph``) and nothing is merged away.

Time: ``timeformat="date"``; an event edge lives in ``<spells>`` covering
its events' days, each spell ending at the midnight after its last day (so
a one-day event lasts the whole day on Gephi's timeline), and its weight is
dynamic: how many of its events are under way, day by day. An actor appears
with its first dated event; relations and undated links hold throughout.
Lists are ``liststring`` attributes; ``viz:color``, ``viz:size`` and
``viz:position`` give the page's colours, sizes and layout.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Mapping, Sequence
from datetime import date, timedelta

import networkx as nx

from ..linkgraph import link_graph, merge_days
from .values import LIST, clean_for_xml, node_and_edge_types, text, write_xml

__all__ = ["write_gexf", "GEXF_NS", "VIZ_NS", "day_after", "weight_steps"]

GEXF_NS = "http://gexf.net/1.3"
VIZ_NS = "http://gexf.net/1.3/viz"
_XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
_TYPES = {bool: "boolean", int: "long", float: "double", str: "string", LIST: "liststring"}
# written as GEXF's own attributes or viz elements, not as declared attributes
_NODE_OWN = {"label", "x", "y", "size", "r", "g", "b"}
_EDGE_OWN = {"label", "weight", "r", "g", "b"}


def day_after(day: str) -> str:
    """The midnight that ends a day, as a GEXF date.

    >>> day_after("2026-02-28")
    '2026-03-01'
    """
    return (date.fromisoformat(day) + timedelta(days=1)).isoformat()


def weight_steps(intervals: Sequence[tuple[str, str]]) -> list[tuple[str, str, int]]:
    """How many of the intervals are under way, as (start, end, count) steps with ends at the next midnight.

    >>> weight_steps([("2026-02-26", "2026-02-27"), ("2026-02-27", "2026-02-27")])
    [('2026-02-26', '2026-02-27', 1), ('2026-02-27', '2026-02-28', 2)]
    """
    bounds = sorted({s for s, _ in intervals} | {day_after(e) for _, e in intervals})
    steps = []
    for start, end in zip(bounds, bounds[1:], strict=False):
        count = sum(1 for s, e in intervals if s <= start and day_after(e) >= end)
        if count:
            steps.append((start, end, count))
    return steps


def write_gexf(graph: nx.MultiDiGraph, path, *, layout: Mapping[str, Sequence[float]] | None = None) -> None:
    """Write ``graph`` (from ``to_graph``; or a graph made for the files) as GEXF 1.3 to ``path``.

    ``layout`` gives node positions (the page's); ``path`` is a file name or a
    binary file.
    """
    if not graph.graph.get("gephi"):
        graph = link_graph(graph, layout)
    node_types, edge_types = node_and_edge_types(graph)
    spells = {(u, v, k): merge_days(d["intervals"]) for u, v, k, d in graph.edges(keys=True, data=True)
              if d.get("intervals")}
    ET.register_namespace("viz", VIZ_NS)
    root = ET.Element("gexf", {"xmlns": GEXF_NS, "xmlns:xsi": _XSI_NS,
                               "xsi:schemaLocation": f"{GEXF_NS} {GEXF_NS}/gexf.xsd", "version": "1.3"})
    meta = ET.SubElement(root, "meta")
    ET.SubElement(meta, "creator").text = "newsgraph"
    ET.SubElement(meta, "description").text = "actors, relations and dated events"
    attrs = {"defaultedgetype": "directed", "mode": "dynamic" if spells else "static"}
    if spells:
        attrs.update(timeformat="date", start=min(s for runs in spells.values() for s, _ in runs),
                     end=day_after(max(e for runs in spells.values() for _, e in runs)))
    element = ET.SubElement(root, "graph", attrs)
    if spells:
        # before the static edge attributes: Gephi makes the weight column dynamic from the first
        # declaration; readers that take one block per class (graphology) take the last, which
        # declares it too
        dynamic = ET.SubElement(element, "attributes", {"class": "edge", "mode": "dynamic"})
        ET.SubElement(dynamic, "attribute", {"id": "weight", "title": "weight", "type": "double"})
    for cls, types, own in (("node", node_types, _NODE_OWN), ("edge", edge_types, _EDGE_OWN)):
        declared = ET.SubElement(element, "attributes", {"class": cls, "mode": "static"})
        for name, kind in types.items():
            if name not in own:
                ET.SubElement(declared, "attribute", {"id": name, "title": name, "type": _TYPES[kind]})
        if cls == "edge" and spells:
            ET.SubElement(declared, "attribute", {"id": "weight", "title": "weight", "type": "double"})

    nodes = ET.SubElement(element, "nodes", {"count": str(graph.number_of_nodes())})
    for node, data in graph.nodes(data=True):
        attrs = {"id": clean_for_xml(str(node)), "label": text(data.get("label"), str) or str(node)}
        if data.get("first_date"):
            attrs["start"] = data["first_date"]
        item = ET.SubElement(nodes, "node", attrs)
        _attvalues(item, data, node_types, _NODE_OWN)
        _viz(item, data)
    edges = ET.SubElement(element, "edges", {"count": str(graph.number_of_edges())})
    for u, v, key, data in graph.edges(keys=True, data=True):
        label = text(data.get("label"), str)
        attrs = {"id": clean_for_xml(str(key)), "source": clean_for_xml(str(u)), "target": clean_for_xml(str(v)),
                 "weight": repr(float(data.get("weight") or 1.0))}
        if label:
            attrs.update(label=label, kind=label)
        item = ET.SubElement(edges, "edge", attrs)
        steps = weight_steps(data["intervals"]) if (u, v, key) in spells else []
        holder = _attvalues(item, data, edge_types, _EDGE_OWN)
        for start, end, count in steps:
            if holder is None:
                holder = ET.SubElement(item, "attvalues")
            ET.SubElement(holder, "attvalue", {"for": "weight", "value": repr(float(count)), "start": start,
                                               "end": end})
        if (u, v, key) in spells:
            runs = ET.SubElement(item, "spells")
            for start, end in spells[(u, v, key)]:
                ET.SubElement(runs, "spell", {"start": start, "end": day_after(end)})
        _viz(item, data)
    write_xml(root, path)


def _attvalues(parent: ET.Element, data: dict, types: dict[str, type], own: set[str]) -> ET.Element | None:
    values = [(name, text(data.get(name), kind)) for name, kind in types.items() if name not in own]
    values = [(name, value) for name, value in values if value is not None]
    if not values:
        return None
    holder = ET.SubElement(parent, "attvalues")
    for name, value in values:
        ET.SubElement(holder, "attvalue", {"for": name, "value": value})
    return holder


def _viz(parent: ET.Element, data: dict) -> None:
    if all(isinstance(data.get(c), int) for c in "rgb"):
        ET.SubElement(parent, f"{{{VIZ_NS}}}color", {c: str(data[c]) for c in "rgb"})
    if isinstance(data.get("x"), int | float) and isinstance(data.get("y"), int | float):
        ET.SubElement(parent, f"{{{VIZ_NS}}}position", {"x": repr(float(data["x"])), "y": repr(float(data["y"])),
                                                        "z": "0.0"})
    if isinstance(data.get("size"), int | float):
        ET.SubElement(parent, f"{{{VIZ_NS}}}size", {"value": repr(float(data["size"]))})
