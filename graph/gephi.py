"""GraphML, GEXF and CSV files that Gephi and other readers take without a fix-up.

Attributes are cleaned first (one type per attribute, lists and dicts as JSON
strings, dates as ISO strings, no None, no XML-invalid characters); the GEXF
file carries event dates as ``start``/``end`` so Gephi's timeline can play it.
"""

from __future__ import annotations

import csv
import io
import json
import math
import re
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import networkx as nx

from .dates import day_bounds

__all__ = ["clean_for_xml", "clean_graph", "day_range", "write_graphml", "write_gexf", "write_csv", "write_node_link",
           "GEXF_NS"]

GEXF_NS = "http://www.gexf.net/1.2draft"
_XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_EMPTY = {str: "", int: 0, float: 0.0, bool: False}
# attributes the formats carry as XML attributes of their own rather than as data
_GEXF_NODE_OWN = {"label"}
_GEXF_EDGE_OWN = {"weight"}


def clean_for_xml(text: str) -> str:
    """Text without the characters XML 1.0 forbids.

    >>> clean_for_xml("a\\x00b\\x0bc\\nd")
    'abc\\nd'
    """
    return _XML_INVALID.sub("", text)


def _clean_value(value: object) -> str | int | float | bool:
    """A value GraphML and GEXF can hold: a number, a bool or clean text.

    >>> _clean_value(["Mujahid", "Zabihullah Mujahid"])
    '["Mujahid", "Zabihullah Mujahid"]'
    >>> from datetime import datetime
    >>> _clean_value(date(2026, 2, 27)), _clean_value(datetime(2026, 2, 27, 9, 30))
    ('2026-02-27', '2026-02-27T09:30:00')
    """
    if isinstance(value, bool | int):
        return value
    if isinstance(value, float):
        # NaN and infinities have no GraphML spelling every reader accepts
        return value if math.isfinite(value) else clean_for_xml(str(value))
    if isinstance(value, date):  # datetime is a date too
        return value.isoformat()
    if isinstance(value, list | tuple | set | frozenset | dict):
        # cleaned inside too: json.dumps would escape a control character, not drop it
        return json.dumps(_scrub(value), ensure_ascii=False, sort_keys=True, default=str)
    return clean_for_xml(str(value))


def _scrub(value):
    if isinstance(value, str):
        return clean_for_xml(value)
    if isinstance(value, dict):
        return {clean_for_xml(str(k)): _scrub(v) for k, v in value.items()}
    if isinstance(value, set | frozenset):
        value = sorted(value, key=str)
    if isinstance(value, list | tuple):
        return [_scrub(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    return value


def _key_types(items) -> dict[str, type]:
    """One type per attribute name: bool, int or float when every value agrees, else str."""
    seen: dict[str, set[type]] = {}
    for data in items:
        for key, value in data.items():
            kinds = seen.setdefault(key, set())
            if value is not None:
                kinds.add(type(_clean_value(value)))
    result = {}
    for key, kinds in sorted(seen.items()):
        if kinds in ({bool}, {int}, {float}):
            result[key] = kinds.pop()
        elif kinds == {int, float}:
            result[key] = float
        else:
            result[key] = str
    return result


def _typed(data: dict, key_types: dict[str, type]) -> dict:
    out = {}
    for key, kind in key_types.items():
        value = data.get(key)
        if value is None:
            out[key] = _EMPTY[kind]
        elif kind is str:
            out[key] = str(_clean_value(value))
        else:
            out[key] = kind(value)
    return out


def clean_graph(graph: nx.Graph) -> nx.MultiDiGraph:
    """A copy every GraphML and GEXF reader takes: typed keys, every key on every element.

    Every node has a ``label`` (its id when it had none) and every edge a float
    ``weight`` (1.0 when it had none). A key that is missing or None on some
    elements gets its type's empty value ("" for text, 0 for numbers).

    >>> g = nx.MultiDiGraph()
    >>> g.add_node("pakistan", label="Pakistan", aliases=["Pakistan"], country="PAK")
    >>> g.add_node("afghanistan", country=None)
    >>> _ = g.add_edge("pakistan", "afghanistan", key="e1", type="ASSAULT", date="2026-02-27")
    >>> _ = g.add_edge("pakistan", "afghanistan", key="e2", type="conflict_with", weight=2)
    >>> c = clean_graph(g)
    >>> c.nodes["afghanistan"]
    {'aliases': '', 'country': '', 'label': 'afghanistan'}
    >>> sorted(c.edges(keys=True, data="weight"))
    [('pakistan', 'afghanistan', 'e1', 1.0), ('pakistan', 'afghanistan', 'e2', 2.0)]
    """
    nodes = []
    for node, data in graph.nodes(data=True):
        data = dict(data)
        if data.get("label") in (None, ""):
            data["label"] = str(node)
        nodes.append((node, data))
    edges = []
    for u, v, k, data in _edges_with_keys(graph):
        data = dict(data)
        weight = data.get("weight")
        data["weight"] = float(weight) if isinstance(weight, int | float) and not isinstance(weight, bool) else 1.0
        edges.append((u, v, k, data))
    node_keys = _key_types(d for _, d in nodes)
    edge_keys = _key_types(d for _, _, _, d in edges)
    clean = nx.MultiDiGraph()
    for node, data in nodes:
        clean.add_node(clean_for_xml(str(node)), **_typed(data, node_keys))
    for u, v, k, data in edges:
        clean.add_edge(clean_for_xml(str(u)), clean_for_xml(str(v)), key=clean_for_xml(str(k)),
                       **_typed(data, edge_keys))
    return clean


def _edges_with_keys(graph: nx.Graph):
    if graph.is_multigraph():
        yield from graph.edges(keys=True, data=True)
    else:
        for i, (u, v, data) in enumerate(graph.edges(data=True)):
            yield u, v, i, data


def write_graphml(graph: nx.Graph, path, *, clean: nx.MultiDiGraph | None = None) -> None:
    """GraphML for Gephi, yEd, igraph and networkx: directed, parallel edges kept.

    One ``<key>`` per attribute name with one type (ids ``d0``, ``d1``... so a
    node key and an edge key of the same name never share an id), ``label`` on
    every node, ``weight`` on every edge, the edge key as the edge's id.
    ``path`` is a file name or a binary file object; ``clean`` is
    ``clean_graph(graph)`` when the caller has it already.
    """
    clean = clean if clean is not None else clean_graph(graph)
    nx.write_graphml(clean, path, encoding="utf-8", prettyprint=True, named_key_ids=False)


def write_node_link(graph: nx.Graph, path) -> None:
    """networkx node-link JSON: ``nx.node_link_graph(json.load(f), edges="edges")`` reads it back."""
    text = json.dumps(nx.node_link_data(graph, edges="edges"), ensure_ascii=False, sort_keys=True) + "\n"
    Path(path).write_text(text, encoding="utf-8")


def day_range(value: str | None, value_end: str | None = None) -> tuple[str, str] | None:
    """The first and last day an ISO date (or month, or year) covers, as GEXF ``date`` strings.

    >>> day_range("2026-02-27")
    ('2026-02-27', '2026-02-27')
    >>> day_range("2026-02-26", "2026-02-27T18:00:00")
    ('2026-02-26', '2026-02-27')
    >>> day_range("2026-02")
    ('2026-02-01', '2026-02-28')
    >>> day_range("sometime") is None
    True
    """
    first = day_bounds(value)
    if first is None:
        return None
    last = day_bounds(value_end) if value_end else None
    start, end = first[0], (last or first)[1]
    return (start.isoformat(), (end if end >= start else first[1]).isoformat())


def _gexf_type(kind: type) -> str:
    return {bool: "boolean", int: "long", float: "double"}.get(kind, "string")


def _gexf_value(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def write_gexf(graph: nx.Graph, path, *, clean: nx.MultiDiGraph | None = None) -> None:
    """GEXF 1.2 with time, so Gephi's timeline slider plays the events day by day.

    The graph is dynamic with ``timeformat="date"``: an event edge lives from
    its ``date`` to its ``date_end`` (or the same day), an actor from the first
    day of its first dated event; relations and undated events are always
    there. ``label`` and ``weight`` are the GEXF attributes of those names, the
    event or relation type is the edge's label, and every other attribute is a
    declared, typed attribute. ``path`` is a file name or a binary file object;
    ``clean`` is ``clean_graph(graph)`` when the caller has it already.
    """
    clean = clean if clean is not None else clean_graph(graph)
    node_keys = _key_types(d for _, d in clean.nodes(data=True))
    edge_keys = _key_types(d for _, _, d in clean.edges(data=True))

    spans: dict[tuple, tuple[str, str]] = {}
    first_day: dict[str, str] = {}
    for u, v, k, data in clean.edges(keys=True, data=True):
        span = day_range(data.get("date"), data.get("date_end")) if data.get("kind", "event") == "event" else None
        if span:
            spans[(u, v, k)] = span
            for node in (u, v):
                if node not in first_day or span[0] < first_day[node]:
                    first_day[node] = span[0]

    root = ET.Element("gexf", {"xmlns": GEXF_NS, "xmlns:xsi": _XSI_NS,
                               "xsi:schemaLocation": f"{GEXF_NS} {GEXF_NS}/gexf.xsd", "version": "1.2"})
    meta = ET.SubElement(root, "meta")
    ET.SubElement(meta, "creator").text = "newsgraph"
    ET.SubElement(meta, "description").text = "actors, relations and dated events"
    graph_attrs = {"defaultedgetype": "directed", "mode": "dynamic" if spans else "static"}
    if spans:
        graph_attrs.update(timeformat="date", start=min(s for s, _ in spans.values()),
                           end=max(e for _, e in spans.values()))
    element = ET.SubElement(root, "graph", graph_attrs)
    for cls, keys, own in (("node", node_keys, _GEXF_NODE_OWN), ("edge", edge_keys, _GEXF_EDGE_OWN)):
        declared = ET.SubElement(element, "attributes", {"class": cls, "mode": "static"})
        for key, kind in keys.items():
            if key not in own:
                ET.SubElement(declared, "attribute", {"id": key, "title": key, "type": _gexf_type(kind)})

    nodes = ET.SubElement(element, "nodes", {"count": str(clean.number_of_nodes())})
    for node, data in clean.nodes(data=True):
        attrs = {"id": node, "label": data["label"]}
        if node in first_day:
            attrs["start"] = first_day[node]
        _attvalues(ET.SubElement(nodes, "node", attrs), data, node_keys, _GEXF_NODE_OWN)
    edges = ET.SubElement(element, "edges", {"count": str(clean.number_of_edges())})
    for u, v, k, data in clean.edges(keys=True, data=True):
        attrs = {"id": k, "source": u, "target": v, "weight": repr(data["weight"])}
        if data.get("type"):
            attrs["label"] = str(data["type"])
        if (u, v, k) in spans:
            attrs["start"], attrs["end"] = spans[(u, v, k)]
        _attvalues(ET.SubElement(edges, "edge", attrs), data, edge_keys, _GEXF_EDGE_OWN)

    ET.indent(root)
    tree = ET.ElementTree(root)
    if isinstance(path, str) or hasattr(path, "__fspath__"):
        with open(path, "wb") as out:
            tree.write(out, encoding="utf-8", xml_declaration=True)
    else:
        tree.write(path, encoding="utf-8", xml_declaration=True)


def _attvalues(parent: ET.Element, data: dict, keys: dict[str, type], own: set[str]) -> None:
    values = [(key, data[key]) for key in keys if key not in own and data.get(key) not in ("", None)]
    if values:
        holder = ET.SubElement(parent, "attvalues")
        for key, value in values:
            ET.SubElement(holder, "attvalue", {"for": key, "value": _gexf_value(value)})


def write_csv(graph: nx.Graph, nodes_path, edges_path) -> None:
    """Two CSV files in the shape of Gephi's spreadsheet import (nodes table, edges table).

    Nodes: ``Id``, ``Label`` and every other attribute; edges: ``Source``,
    ``Target``, ``Type`` (Directed), ``Id``, ``Label`` (the relation or event
    type), ``Weight``, ``Interval`` (Gephi's ``<[start, end]>`` for dated
    events) and every other attribute. Paths or text file objects.
    """
    clean = clean_graph(graph)
    node_keys = [k for k in _key_types(d for _, d in clean.nodes(data=True)) if k != "label"]
    edge_keys = [k for k in _key_types(d for _, _, d in clean.edges(data=True)) if k != "weight"]
    node_rows = [["Id", "Label", *node_keys]]
    for node, data in clean.nodes(data=True):
        node_rows.append([node, data["label"], *(data[k] for k in node_keys)])
    edge_rows = [["Source", "Target", "Type", "Id", "Label", "Weight", "Interval", *edge_keys]]
    for u, v, k, data in clean.edges(keys=True, data=True):
        span = day_range(data.get("date"), data.get("date_end")) if data.get("kind", "event") == "event" else None
        interval = f"<[{span[0]}, {span[1]}]>" if span else ""
        edge_rows.append([u, v, "Directed", k, data.get("type", ""), data["weight"], interval,
                          *(data[key] for key in edge_keys)])
    for path, rows in ((nodes_path, node_rows), (edges_path, edge_rows)):
        if isinstance(path, io.TextIOBase):
            csv.writer(path, lineterminator="\n").writerows(rows)
        else:
            with open(path, "w", encoding="utf-8", newline="") as out:
                csv.writer(out, lineterminator="\n").writerows(rows)
