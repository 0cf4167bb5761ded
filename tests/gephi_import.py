"""What Gephi's importers make of a GEXF or GraphML file, after their source code (Gephi 0.9/0.10).

Used by the tests to check the files the way Gephi reads them:

- GraphML: a ``<key>`` is a node or edge property when its *id*, else its
  ``attr.name``, is one of Gephi's property names: ``d3`` (yEd's node label)
  and ``d7`` (yEd's edge label) before anything else, then ``label``,
  ``weight``, ``x``, ``y``, ``size``, ``r``, ``g``, ``b``... A property key
  gives no column. Other keys become columns titled by ``attr.name``.
- GEXF: an edge's ``kind`` attribute is its edge type; ``viz:color``,
  ``viz:size``, ``viz:position`` give colour, size and place; ``<spells>``
  (else ``start``/``end``) its time intervals.
- Both: edges with the same source, target and kind (GraphML has no kind)
  are merged: weights summed, the first edge's label, columns and
  intervals kept.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field

NODE_PROPERTIES = {"label": "label", "d3": "label", "x": "x", "y": "y", "xpos": "x", "ypos": "y", "z": "z",
                   "size": "size", "r": "r", "g": "g", "b": "b"}
EDGE_PROPERTIES = {"label": "label", "edgelabel": "label", "d7": "label", "weight": "weight",
                   "edge weight": "weight", "id": "id", "edgeid": "id", "r": "r", "g": "g", "b": "b"}


@dataclass
class Element:
    id: str
    label: str | None = None
    columns: dict = field(default_factory=dict)
    colour: tuple | None = None
    size: float | None = None
    position: tuple | None = None
    weight: float = 1.0
    source: str | None = None
    target: str | None = None
    kind: str | None = None
    intervals: list = field(default_factory=list)
    merged: list = field(default_factory=list)  # the ids of the edges merged into this one


@dataclass
class Imported:
    nodes: dict
    edges: list
    timeformat: str | None = None
    span: tuple | None = None


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _children(element, name):
    return [c for c in element if _local(c.tag) == name]


def _merge(edges: list[Element]) -> list[Element]:
    merged: dict[tuple, Element] = {}
    for edge in edges:
        key = (edge.source, edge.target, edge.kind)
        if key in merged:
            merged[key].weight += edge.weight
            merged[key].merged.append(edge.id)
        else:
            merged[key] = edge
    return list(merged.values())


def read_graphml(data: bytes) -> Imported:
    root = ET.fromstring(data)
    keys = {}
    for key in _children(root, "key"):
        table = NODE_PROPERTIES if key.get("for") == "node" else EDGE_PROPERTIES
        prop = table.get(key.get("id").lower()) or table.get((key.get("attr.name") or "").lower())
        keys[key.get("id")] = ("property", prop) if prop else ("column", key.get("attr.name") or key.get("id"))
    (graph,) = _children(root, "graph")
    nodes, edges = {}, []
    for element in graph:
        kind = _local(element.tag)
        if kind not in ("node", "edge"):
            continue
        item = Element(element.get("id"), source=element.get("source"), target=element.get("target"))
        props = {}
        for d in _children(element, "data"):
            what, name = keys[d.get("key")]
            if not d.text:
                continue
            if what == "property":
                props[name] = d.text
            else:
                item.columns[name] = d.text
        item.label = props.get("label")
        if "weight" in props:
            item.weight = float(props["weight"])
        if all(c in props for c in "rgb"):
            item.colour = tuple(int(props[c]) for c in "rgb")
        if "x" in props and "y" in props:
            item.position = (float(props["x"]), float(props["y"]))
        if "size" in props:
            item.size = float(props["size"])
        if kind == "node":
            nodes[item.id] = item
        else:
            edges.append(item)
    return Imported(nodes, _merge(edges))


def read_gexf(data: bytes) -> Imported:
    root = ET.fromstring(data)
    (graph,) = _children(root, "graph")
    titles = {}
    for block in _children(graph, "attributes"):
        for attribute in _children(block, "attribute"):
            titles[(block.get("class"), attribute.get("id"))] = attribute.get("title")
    nodes, edges = {}, []
    for container, cls in ((_children(graph, "nodes"), "node"), (_children(graph, "edges"), "edge")):
        for element in container[0] if container else ():
            item = Element(element.get("id"), label=element.get("label"), source=element.get("source"),
                           target=element.get("target"), kind=element.get("kind"))
            if element.get("weight"):
                item.weight = float(element.get("weight"))
            for holder in _children(element, "attvalues"):
                for value in _children(holder, "attvalue"):
                    title = titles[(cls, value.get("for"))]
                    if value.get("start") or value.get("end"):
                        item.columns.setdefault(title, []).append((value.get("value"), value.get("start"),
                                                                   value.get("end")))
                    else:
                        item.columns[title] = value.get("value")
            spells = [(s.get("start"), s.get("end")) for holder in _children(element, "spells")
                      for s in _children(holder, "spell")]
            item.intervals = spells or ([(element.get("start"), element.get("end"))]
                                        if element.get("start") or element.get("end") else [])
            for viz in element:
                name = _local(viz.tag)
                if name == "color":
                    item.colour = tuple(int(viz.get(c)) for c in "rgb")
                elif name == "size":
                    item.size = float(viz.get("value"))
                elif name == "position":
                    item.position = (float(viz.get("x")), float(viz.get("y")))
            (nodes.__setitem__(item.id, item) if cls == "node" else edges.append(item))
    return Imported(nodes, _merge(edges), graph.get("timeformat"), (graph.get("start"), graph.get("end")))
