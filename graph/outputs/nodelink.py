"""networkx node-link JSON (graph.json): the actor graph as ``nx.node_link_data`` gives it."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx

__all__ = ["write_node_link"]


def write_node_link(graph: nx.Graph, path) -> None:
    """networkx node-link JSON: ``nx.node_link_graph(json.load(f), edges="edges")`` reads it back."""
    text = json.dumps(nx.node_link_data(graph, edges="edges"), ensure_ascii=False, sort_keys=True) + "\n"
    Path(path).write_text(text, encoding="utf-8")
