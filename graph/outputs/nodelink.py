"""The graph files for Gephi and other readers: GEXF, GraphML, CSV tables and node-link JSON.

One writer per format (``gexf``, ``graphml``, ``spreadsheet``), all writing
the graph of ``linkgraph.link_graph``: one edge per actor pair and link type,
dated by its events, with the page's colours, sizes and positions; or the
events-as-nodes graph of ``bipartite.events_graph``.
"""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx

from .bipartite import events_graph
from .dates import day_range
from .gexf import GEXF_NS, VIZ_NS, write_gexf
from .graphml import GRAPHML_NS, write_graphml
from .linkgraph import link_graph
from .spreadsheet import write_csv
from .values import clean_for_xml

__all__ = ["clean_for_xml", "day_range", "events_graph", "link_graph", "write_graphml", "write_gexf", "write_csv",
           "write_node_link", "GEXF_NS", "VIZ_NS", "GRAPHML_NS"]


def write_node_link(graph: nx.Graph, path) -> None:
    """networkx node-link JSON: ``nx.node_link_graph(json.load(f), edges="edges")`` reads it back."""
    text = json.dumps(nx.node_link_data(graph, edges="edges"), ensure_ascii=False, sort_keys=True) + "\n"
    Path(path).write_text(text, encoding="utf-8")
