"""GraphML and GEXF files that Gephi and other readers take without a fix-up.

Attributes are cleaned first: one type per attribute, lists and dicts as JSON
strings, no None, no XML-invalid characters.
"""

from __future__ import annotations

import json
import re

import networkx as nx

__all__ = ["clean_for_xml", "clean_graph", "write_graphml", "write_gexf"]

_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def clean_for_xml(text: str) -> str:
    """Text without the characters XML 1.0 forbids.

    >>> clean_for_xml("a\\x00b\\x0bc\\nd")
    'abc\\nd'
    """
    return _XML_INVALID.sub("", text)


def _clean_value(value: object) -> str | int | float | bool:
    if isinstance(value, bool | int | float):
        return value
    if isinstance(value, list | tuple | dict):
        return clean_for_xml(json.dumps(value, ensure_ascii=False, sort_keys=True))
    return clean_for_xml(str(value))


def clean_graph(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy whose attributes GraphML can hold: one type per key, no None.

    A key that is missing or None on some elements gets the type's empty value
    ("" for text, 0 for numbers) so every element carries every key.
    """
    clean = nx.MultiDiGraph()
    node_keys = _key_types(d for _, d in graph.nodes(data=True))
    edge_keys = _key_types(d for _, _, d in graph.edges(data=True))
    for node, data in graph.nodes(data=True):
        clean.add_node(clean_for_xml(str(node)), **_typed(data, node_keys))
    for u, v, k, data in graph.edges(keys=True, data=True):
        clean.add_edge(clean_for_xml(str(u)), clean_for_xml(str(v)), key=clean_for_xml(str(k)),
                       **_typed(data, edge_keys))
    return clean


def _key_types(items) -> dict[str, type]:
    kinds: dict[str, set] = {}
    for data in items:
        for key, value in data.items():
            if value is not None:
                kinds.setdefault(key, set()).add(type(_clean_value(value)))
            else:
                kinds.setdefault(key, set())
    result = {}
    for key, seen in sorted(kinds.items()):
        if seen and seen <= {int, bool} and len(seen) == 1:
            result[key] = seen.pop()
        elif seen and seen <= {int, float}:
            result[key] = float if float in seen else int
        else:
            result[key] = str
    return result


def _typed(data: dict, key_types: dict[str, type]) -> dict:
    out = {}
    for key, kind in key_types.items():
        value = data.get(key)
        if value is None:
            out[key] = kind()
        elif kind is str:
            out[key] = str(_clean_value(value))
        else:
            out[key] = kind(value)
    return out


def write_graphml(graph: nx.MultiDiGraph, path) -> None:
    nx.write_graphml(clean_graph(graph), path, encoding="utf-8", prettyprint=True, named_key_ids=True)


def write_gexf(graph: nx.MultiDiGraph, path) -> None:
    """GEXF with ``start``/``end`` from event dates, so Gephi's timeline can play it."""
    clean = clean_graph(graph)
    for _, _, data in clean.edges(data=True):
        if data.get("date"):
            data["start"] = data["date"][:10]
            data["end"] = (data.get("date_end") or data["date"])[:10]
    nx.write_gexf(clean, path, encoding="utf-8", prettyprint=True)
