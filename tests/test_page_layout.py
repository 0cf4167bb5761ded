"""The page's network layout: the same graph gives the same positions in every run."""

from __future__ import annotations

import json
import os
import subprocess
import sys

SCRIPT = """
import json
import networkx as nx
from newsgraph.graph.page_layout import network_layout
g = nx.Graph()
for hub in ("army", "rebels", "ministry"):
    g.add_edges_from((hub, f"{hub}-{i}") for i in range(6))
g.add_edges_from([("army", "rebels"), ("rebels", "ministry"), ("x", "y"), ("y", "z"), ("z", "w"), ("w", "x")])
print(json.dumps(network_layout(g, core_size=8), sort_keys=True))
"""


def _layout(hash_seed: str) -> dict:
    env = {**os.environ, "PYTHONHASHSEED": hash_seed}
    done = subprocess.run([sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def test_layout_does_not_depend_on_the_order_of_sets():
    # string hashes, and so the order of sets of actor ids, change from one run to the next
    first = _layout("1")
    assert len(first) == 25
    assert _layout("2") == first
