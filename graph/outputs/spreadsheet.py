"""Nodes and edges CSV files in the shape of Gephi's spreadsheet import.

Nodes: ``Id``, ``Label``, then every other attribute. Edges: ``Source``,
``Target``, ``Type`` (Directed), ``Id``, ``Label``, ``Kind`` (the label
again: Gephi keeps edges of different kinds apart, so no two links of a pair
merge), ``Weight``, ``Interval`` (Gephi's interval set, ``<[start, end]; ...>``,
each ending at the midnight after its last day), then every other attribute.
Gephi matches column names without regard to case, so an attribute whose
name is one of those columns takes a prefix (an edge's ``type`` is
``link_type``). Lists and structured values are JSON text.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping, Sequence

import networkx as nx

from ..linkgraph import link_graph, merge_days
from .gexf import day_after
from .values import node_and_edge_types, text

__all__ = ["write_csv", "NODE_COLUMNS", "EDGE_COLUMNS"]

NODE_COLUMNS = ("Id", "Label")
EDGE_COLUMNS = ("Source", "Target", "Type", "Id", "Label", "Kind", "Weight", "Interval")


def _column(name: str, taken: Sequence[str], prefix: str) -> str:
    """An attribute's column name, prefixed when it would collide with one of Gephi's.

    >>> _column("type", EDGE_COLUMNS, "link_"), _column("mode", EDGE_COLUMNS, "link_")
    ('link_type', 'mode')
    """
    return prefix + name if name.casefold() in {t.casefold() for t in taken} else name


def write_csv(graph: nx.MultiDiGraph, nodes_path, edges_path, *,
              layout: Mapping[str, Sequence[float]] | None = None) -> None:
    """Write ``graph`` (from ``to_graph``; or a graph made for the files) as Gephi's two CSV tables.

    Paths or text file objects.
    """
    if not graph.graph.get("gephi"):
        graph = link_graph(graph, layout)
    node_types, edge_types = node_and_edge_types(graph)
    node_keys = [k for k in node_types if k != "label"]
    edge_keys = [k for k in edge_types if k not in ("label", "weight")]
    node_rows = [[*NODE_COLUMNS, *(_column(k, NODE_COLUMNS, "actor_") for k in node_keys)]]
    for node, data in graph.nodes(data=True):
        node_rows.append([node, text(data.get("label"), str) or node,
                          *(text(data.get(k), node_types[k]) or "" for k in node_keys)])
    edge_rows = [[*EDGE_COLUMNS, *(_column(k, EDGE_COLUMNS, "link_") for k in edge_keys)]]
    for u, v, key, data in graph.edges(keys=True, data=True):
        runs = merge_days(data.get("intervals") or [])
        interval = "<" + "; ".join(f"[{s}, {day_after(e)}]" for s, e in runs) + ">" if runs else ""
        label = text(data.get("label"), str) or ""
        edge_rows.append([u, v, "Directed", key, label, label, repr(float(data.get("weight") or 1.0)), interval,
                          *(text(data.get(k), edge_types[k]) or "" for k in edge_keys)])
    for path, rows in ((nodes_path, node_rows), (edges_path, edge_rows)):
        if isinstance(path, io.TextIOBase):
            csv.writer(path, lineterminator="\n").writerows(rows)
        else:
            with open(path, "w", encoding="utf-8", newline="") as out:
                csv.writer(out, lineterminator="\n").writerows(rows)
