"""GraphML for Gephi, yEd, igraph and networkx: named keys, lowercase booleans, no empty values.

Key ids are ``node_<name>`` and ``edge_<name>``: never ``d0``, ``d1``... which
Gephi's importer reads by yEd's conventions before the attribute name (``d3``
becomes the node label, ``d7`` the edge label). Gephi takes ``label`` and
``weight`` by name, and ``x``, ``y``, ``size``, ``r``, ``g``, ``b`` as a
node's position, size and colour. A missing value has no ``<data>`` element.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Mapping, Sequence

import networkx as nx

from ..linkgraph import link_graph
from .values import LIST, clean_for_xml, node_and_edge_types, text, write_xml

__all__ = ["write_graphml", "GRAPHML_NS", "key_id"]

GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"
_XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
_TYPES = {bool: "boolean", int: "long", float: "double", str: "string", LIST: "string"}


def key_id(element: str, name: str) -> str:
    """The id of an attribute's key: the element and the name, never yEd's ``dN``.

    >>> key_id("edge", "claim"), key_id("node", "first date")
    ('edge_claim', 'node_first_date')
    """
    return f"{element}_{re.sub(r'[^A-Za-z0-9_.-]', '_', name)}"


def write_graphml(graph: nx.MultiDiGraph, path, *, layout: Mapping[str, Sequence[float]] | None = None) -> None:
    """Write ``graph`` (from ``to_graph``; or a graph made for the files) as GraphML to ``path``.

    One edge per actor pair and link type (see ``link_graph``), with the
    layout's positions when given. ``path`` is a file name or a binary file.
    """
    if not graph.graph.get("gephi"):
        graph = link_graph(graph, layout)
    node_types, edge_types = node_and_edge_types(graph)
    root = ET.Element("graphml", {"xmlns": GRAPHML_NS, "xmlns:xsi": _XSI_NS,
                                  "xsi:schemaLocation": f"{GRAPHML_NS} {GRAPHML_NS}/1.0/graphml.xsd"})
    for element, types in (("node", node_types), ("edge", edge_types)):
        for name, kind in types.items():
            ET.SubElement(root, "key", {"id": key_id(element, name), "for": element, "attr.name": name,
                                        "attr.type": _TYPES[kind]})
    g = ET.SubElement(root, "graph", {"id": "newsgraph", "edgedefault": "directed"})
    for node, data in graph.nodes(data=True):
        _data(ET.SubElement(g, "node", {"id": clean_for_xml(str(node))}), "node", data, node_types)
    for u, v, key, data in graph.edges(keys=True, data=True):
        edge = ET.SubElement(g, "edge", {"id": clean_for_xml(str(key)), "source": clean_for_xml(str(u)),
                                         "target": clean_for_xml(str(v))})
        _data(edge, "edge", data, edge_types)
    write_xml(root, path)


def _data(parent: ET.Element, element: str, data: dict, types: dict[str, type]) -> None:
    for name, kind in types.items():
        value = text(data.get(name), kind)
        if value is not None:
            ET.SubElement(parent, "data", {"key": key_id(element, name)}).text = value
