"""Where every actor stands in the page's network, computed once at build time.

The page opens on the busiest actors and brings others in on demand, so the
layout gives the busiest a careful force layout and places everyone else
beside the neighbour they share most with: linear in the size of the graph,
so a corpus of tens of thousands of actors is laid out in seconds.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Mapping, Sequence

import networkx as nx

__all__ = ["CORE_SIZE", "network_layout", "extend_layout", "undirected"]

# this many of the busiest linked actors get a force layout; the rest are placed around them
CORE_SIZE = 400
GOLDEN_ANGLE = math.pi * (3 - math.sqrt(5))


def undirected(graph: nx.Graph) -> nx.Graph:
    """A simple undirected graph of the same actors, ``weight`` counting the links
    between each pair (self-links left out), built in sorted order.

    >>> g = undirected(nx.MultiDiGraph([("b", "a"), ("a", "b"), ("a", "a")]))
    >>> sorted(g.edges(data="weight"))
    [('a', 'b', 2)]
    """
    und = nx.Graph()
    und.add_nodes_from(sorted(graph))
    weights: dict[tuple[str, str], int] = {}
    for u, v in graph.edges():
        if u != v:
            key = (u, v) if u < v else (v, u)
            weights[key] = weights.get(key, 0) + 1
    und.add_weighted_edges_from((u, v, w) for (u, v), w in sorted(weights.items()))
    return und


def _angle(node: str) -> float:
    """A fixed angle per actor id, the same on every machine and run."""
    return int(hashlib.sha256(node.encode("utf-8")).hexdigest()[:8], 16) / 0xFFFFFFFF * 2 * math.pi


def _component_positions(und: nx.Graph, nodes: list[str], spacing: float) -> dict[str, tuple[float, float]]:
    """A force layout of one connected set of actors (a fixed figure for one, two or three);
    a small set gets room enough for its names."""
    n = len(nodes)
    if n == 1:
        return {nodes[0]: (0.0, 0.0)}
    if n <= 3:
        return {node: (spacing * math.cos(2 * math.pi * i / n), spacing * math.sin(2 * math.pi * i / n))
                for i, node in enumerate(nodes)}
    # a subgraph view lists its nodes in set order, which follows the string hash seed: a new graph
    # in the given order gives the layout the same start whatever PYTHONHASHSEED is
    sub = nx.Graph()
    sub.add_nodes_from(nodes)
    sub.add_edges_from(sorted((u, v) for u, v in und.edges(nodes) if u in sub and v in sub))
    # unweighted and with more room than the default, so the busiest pairs do not
    # collapse onto each other and the names of a dense core stay readable
    raw = nx.spring_layout(sub, seed=7, weight=None, k=2.5 / math.sqrt(n), iterations=100 if n < 200 else 60)
    return {k: (float(p[0]), float(p[1]))
            for k, p in nx.rescale_layout_dict(raw, scale=spacing * max(0.7 * math.sqrt(n), 3.0)).items()}


def _grow(und: nx.Graph, placed: dict[str, tuple[float, float]], members: list[str],
          order: Mapping[str, int], spacing: float) -> None:
    """Place ``members`` outward from ``placed``: each beside the placed neighbour it shares
    most links with, on a spiral around that neighbour (busiest actors first)."""
    children: dict[str, int] = {}
    waiting = set(members) - set(placed)
    frontier = sorted(placed, key=order.__getitem__)
    while waiting and frontier:
        reached = sorted({m for p in frontier for m in und[p] if m in waiting}, key=order.__getitem__)
        for node in reached:
            anchor = max((m for m in und[node] if m in placed),
                         key=lambda m: (und[node][m]["weight"], -order[m]))
            k = children.get(anchor, 0)
            children[anchor] = k + 1
            radius = spacing * (1.0 + 0.45 * math.sqrt(k))
            angle = _angle(anchor) + GOLDEN_ANGLE * k
            ax, ay = placed[anchor]
            placed[node] = (ax + radius * math.cos(angle), ay + radius * math.sin(angle))
        waiting -= set(reached)
        frontier = reached


def network_layout(graph: nx.Graph, spacing: float = 90.0, involvement: Mapping[str, int] | None = None,
                   previous: Mapping[str, Sequence[int]] | None = None,
                   core_size: int = CORE_SIZE) -> dict[str, tuple[int, int]]:
    """Integer positions for every actor; the same graph always gives the same positions.

    The ``core_size`` busiest linked actors (by ``involvement``, else degree)
    get a force layout per connected part; the rest of their components grow
    outward from them. Components without a core actor are laid out on their
    own and packed in rows beside the core; actors without links make a grid
    underneath (the page hides them unless asked).

    With the ``previous`` build's positions, actors keep their places and the
    few new ones are set beside their neighbours (``extend_layout``): the map
    an analyst has learnt does not reshuffle when a document is added.

    >>> g = nx.Graph([("a", "b"), ("b", "c"), ("d", "e")]); g.add_node("f")
    >>> pos = network_layout(g, core_size=2)
    >>> sorted(pos) == list("abcdef") and all(isinstance(v, int) for p in pos.values() for v in p)
    True
    >>> pos == network_layout(g, core_size=2)
    True
    """
    if previous:
        kept = extend_layout(graph, previous, spacing)
        if kept is not None:
            return kept
    und = undirected(graph)
    weight = involvement or dict(und.degree(weight="weight"))
    ranked = sorted(und, key=lambda n: (-weight.get(n, 0), n))
    order = {n: i for i, n in enumerate(ranked)}
    core = [n for n in ranked if und.degree(n) > 0][:core_size]
    core_set = set(core)
    components = sorted((sorted(c, key=order.__getitem__) for c in nx.connected_components(und)),
                        key=lambda c: (not core_set & set(c), -len(c), order[c[0]]))

    # the core: a force layout of each of its connected parts, packed, then the rest of
    # their components grown around them
    boxes: list[tuple[dict, float, float]] = []
    core_und = und.subgraph(core)
    parts = sorted((sorted(c, key=order.__getitem__) for c in nx.connected_components(core_und)),
                   key=lambda c: (-len(c), order[c[0]]))
    placed: dict[str, tuple[float, float]] = {}
    if parts:
        packed = _shelf([_box(_component_positions(core_und, p, spacing), spacing) for p in parts],
                        max(spacing * 8, math.sqrt(len(core)) * spacing * 2.2))
        placed.update(packed)
        members = [n for c in components if core_set & set(c) for n in c]
        _grow(und, placed, members, order, spacing)
        boxes.append(_box(placed, spacing))
    linked = [c for c in components if len(c) > 1 and not core_set & set(c)]
    lone = [c for c in components if len(c) == 1 and not core_set & set(c)]
    for c in linked:
        boxes.append(_box(_component_positions(und, c, spacing), spacing))

    positions: dict[str, tuple[float, float]] = {}
    right = bottom = 0.0
    if boxes:
        first, rest = boxes[0], boxes[1:]
        positions.update(_shelf([first], first[1]))
        right, bottom = first[1], first[2]
        if rest:
            area = sum(w * h for _, w, h in rest)
            width = max(max(w for _, w, _ in rest), area / max(first[2], spacing) * 1.15)
            packed = _shelf(rest, width)
            positions.update({k: (x + first[1], y) for k, (x, y) in packed.items()})
            right = first[1] + width
            bottom = max(bottom, max(y for _, y in packed.values()) + spacing)
    if lone:
        width = max(right, math.sqrt(len(lone)) * spacing)
        packed = _shelf([({c[0]: (0.0, 0.0)}, spacing, spacing) for c in lone], width)
        positions.update({k: (x, y + bottom + spacing) for k, (x, y) in packed.items()})
    if not positions:
        return {}
    xs = [p[0] for p in positions.values()]
    ys = [p[1] for p in positions.values()]
    cx, cy = (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2
    return {k: (round(p[0] - cx), round(p[1] - cy)) for k, p in sorted(positions.items())}


def _box(pos: Mapping[str, tuple[float, float]], spacing: float) -> tuple[dict, float, float]:
    """Positions moved to start at (0, 0), with the box's width and height."""
    left = min(p[0] for p in pos.values())
    top = min(p[1] for p in pos.values())
    moved = {k: (p[0] - left, p[1] - top) for k, p in pos.items()}
    return moved, max(p[0] for p in moved.values()) + spacing, max(p[1] for p in moved.values()) + spacing


def _shelf(boxes: list[tuple[dict, float, float]], width: float) -> dict[str, tuple[float, float]]:
    """Boxes packed in rows at most ``width`` wide, from (0, 0)."""
    positions: dict[str, tuple[float, float]] = {}
    x = y = row = 0.0
    for pos, w, h in boxes:
        if x > 0 and x + w > width:
            x, y, row = 0.0, y + row, 0.0
        for node, (px, py) in pos.items():
            positions[node] = (x + px, y + py)
        x += w
        row = max(row, h)
    return positions


def extend_layout(graph: nx.Graph, previous: Mapping[str, Sequence[int]],
                  spacing: float) -> dict[str, tuple[int, int]] | None:
    """The previous positions, with new actors beside their placed neighbours and
    new loners in a row beneath; None when too much is new to keep the old map.

    >>> g = nx.Graph([("a", "b"), ("b", "c")]); g.add_node("d")
    >>> pos = extend_layout(g, {"a": (0, 0), "b": (90, 0)}, 90.0)
    >>> pos["a"], pos["b"], sorted(pos) == list("abcd")
    ((0, 0), (90, 0), True)
    """
    positions = {n: (int(previous[n][0]), int(previous[n][1])) for n in graph if n in previous}
    missing = sorted(n for n in graph if n not in positions)
    if not positions or len(missing) > max(2, len(graph) // 5):
        return None
    bottom = max(y for _, y in positions.values())
    left = min(x for x, _ in positions.values())
    loners = 0
    for _ in range(len(missing)):  # a new actor linked only to new actors waits for them
        waiting = []
        for node in missing:
            placed = [positions[m] for m in sorted(nx.all_neighbors(graph, node)) if m in positions]
            if not placed:
                waiting.append(node)
                continue
            angle = _angle(node)
            cx = sum(p[0] for p in placed) / len(placed)
            cy = sum(p[1] for p in placed) / len(placed)
            positions[node] = (round(cx + spacing * math.cos(angle)), round(cy + spacing * math.sin(angle)))
        if len(waiting) == len(missing):
            break
        missing = waiting
    for node in missing:
        if node in positions:
            continue
        positions[node] = (round(left + (loners % 20) * spacing), round(bottom + spacing * (1 + loners // 20)))
        loners += 1
    return positions
