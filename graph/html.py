"""The analyst's page: one self-contained HTML file, usable with no network.

Two linked views of one corpus, both drawn by vis-network:

- the network: actors as nodes (shape and colour by type, size by involvement),
  relations and event links as edges (one edge per actor pair, kind and type,
  labelled and sized by count), laid out here in Python so large graphs open
  at once;
- the timeline, in the manner of i2 Analyst's Notebook timeline charts: one
  lane per actor, events as marks at their dates on the lanes of their actors,
  a date axis. Every mark has a fixed x (its date) and a fixed y (its lane).

pyvis builds the nodes, edges and options; the page comes from the project's
own template with vis-network inlined, a Content-Security-Policy that admits
only the page's own scripts and style (by hash), and every document string
passed as JSON data and shown as text, never as HTML.
"""

from __future__ import annotations

import base64
import hashlib
import json
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from importlib import resources
from pathlib import Path

import networkx as nx
from pyvis.network import Network

from .build import Corpus
from .dates import day_bounds
from .palette import CLASS_COLOUR, EVENT_CLASS, OTHER_STYLE, RELATION_COLOUR, TYPE_STYLE

__all__ = ["TYPE_STYLE", "EVENT_CLASS", "CLASS_COLOUR", "PHYSICS_LIMIT", "render_page", "page_data",
           "page_events", "script_json", "day_span", "time_axis", "network_layout", "content_security_policy"]


# above this many actors the network opens with physics off: the Python layout is final
PHYSICS_LIMIT = 300
# timeline geometry, in vis-network canvas units
LANE_HEIGHT = 44
STACK_STEP = 12
STEP_MIN = 36        # the least room between two dates on the axis
STEP_LOG = 26        # added per doubling of the gap in days
BREAK_DAYS = 31      # a longer gap is drawn as a break in the axis
LANE_LABEL_WIDTH = 170
TIMELINE_MIN_WIDTH = 600  # a timeline of few dates is stretched to this width
NO_ACTOR = ""        # the lane of events that name no actor

_EPOCH = date(1970, 1, 1).toordinal()


def day_span(value: object) -> tuple[int, int] | None:
    """First and last day (days since 1970-01-01) of an ISO date, month, year or week.

    >>> day_span("1970-01-02")
    (1, 1)
    >>> day_span("1970-02")
    (31, 58)
    >>> day_span("2026-03-01T10:00:00Z")
    (20513, 20513)
    >>> day_span("soon") is None, day_span(None) is None
    (True, True)
    """
    bounds = day_bounds(value)
    if bounds is None:
        return None
    return bounds[0].toordinal() - _EPOCH, bounds[1].toordinal() - _EPOCH


def _gap_text(days: int) -> str:
    if days >= 730:
        return f"+{days // 365} y"
    if days >= 62:
        return f"+{days // 30} mo"
    return f"+{days} d"


def time_axis(values: Iterable[str]) -> tuple[dict[str, int], list[dict]]:
    """x of every date on the timeline, and the axis ticks.

    News clusters in bursts separated by long quiet spells, so a linear scale
    would crush a busy week into a pixel. The room between two consecutive
    dates grows with the logarithm of the gap between them, and a gap longer
    than a month is drawn as a break in the axis labelled with its length
    (as i2 hides time gaps): order is exact, spacing readable.

    >>> xs, ticks = time_axis(["2026-03-02", "2026-03-01", "2026-06-01"])
    >>> [xs[d] for d in ("2026-03-01", "2026-03-02", "2026-06-01")]
    [0, 62, 268]
    >>> [t["gap"] for t in ticks]
    [None, None, '+3 mo']
    """
    spans = {v: day_span(v) for v in set(values)}
    points = sorted((v for v, s in spans.items() if s), key=lambda v: (spans[v][0], spans[v][0] - spans[v][1], v))
    xs: dict[str, int] = {}
    ticks: list[dict] = []
    x = 0
    previous = None
    for value in points:
        start, end = spans[value]
        gap = None
        if previous is not None:
            days = start - previous
            x += STEP_MIN + round(STEP_LOG * math.log2(1 + days))
            gap = _gap_text(days) if days > BREAK_DAYS else None
        xs[value] = x
        ticks.append({"label": value, "x": x, "t0": start, "t1": end, "gap": gap})
        previous = start
    return xs, ticks


def network_layout(graph: nx.Graph, spacing: float = 90.0,
                   involvement: Mapping[str, int] | None = None,
                   previous: Mapping[str, Sequence[int]] | None = None) -> dict[str, tuple[int, int]]:
    """Positions for every node, computed once here so the page opens at once.

    Each connected component is laid out on its own (spring layout, or
    ForceAtlas2 for large ones, neither needing scipy) with room in proportion
    to its size. The largest component stands on the left; the other linked
    components fill rows beside it, as tall as it is; lone actors (hidden
    unless asked for) make a grid underneath, so they never spread the rest,
    those taking part in events first (those are shown). Deterministic: same graph, same positions.

    With the ``previous`` build's positions, actors keep their places and the
    few new ones are set beside their neighbours (see ``_extend_layout``): the
    map an analyst has learnt does not reshuffle when a document is added.

    >>> g = nx.Graph([("a", "b"), ("b", "c"), ("d", "e")]); g.add_node("f")
    >>> pos = network_layout(g)
    >>> sorted(pos) == list("abcdef") and all(isinstance(v, int) for p in pos.values() for v in p)
    True
    """
    if previous:
        kept = _extend_layout(graph, previous, spacing)
        if kept is not None:
            return kept
    und = nx.Graph()
    und.add_nodes_from(sorted(graph))
    und.add_edges_from(sorted((u, v) for u, v in graph.edges() if u != v))
    involvement = involvement or {}
    components = sorted((sorted(c) for c in nx.connected_components(und)),
                        key=lambda c: (-len(c), -involvement.get(c[0], 0), c[0]))
    boxes = []  # (positions from the box's top left, width, height)
    for nodes in components:
        n = len(nodes)
        if n == 1:
            pos = {nodes[0]: (0.0, 0.0)}
        elif n == 2:
            pos = {nodes[0]: (0.0, 0.0), nodes[1]: (spacing * 1.5, 0.0)}
        else:
            # a subgraph view lists its nodes in set order, which follows the string hash seed: a new graph
            # in sorted order gives the layout the same start whatever PYTHONHASHSEED is
            sub = nx.Graph()
            sub.add_nodes_from(nodes)
            sub.add_edges_from(sorted((u, v) for u, v in und.edges(nodes) if u in sub and v in sub))
            if n < 500:
                raw = nx.spring_layout(sub, seed=7, iterations=80 if n < 200 else 40)
            else:
                raw = nx.forceatlas2_layout(sub, seed=7, max_iter=60)
            pos = {k: (float(p[0]), float(p[1]))
                   for k, p in nx.rescale_layout_dict(raw, scale=spacing * 0.7 * math.sqrt(n)).items()}
        left = min(p[0] for p in pos.values())
        top = min(p[1] for p in pos.values())
        pos = {k: (p[0] - left, p[1] - top) for k, p in pos.items()}
        boxes.append((pos, max(p[0] for p in pos.values()) + spacing, max(p[1] for p in pos.values()) + spacing))

    positions: dict[str, tuple[float, float]] = {}

    def shelf(items, x0: float, y0: float, width: float) -> float:
        """Pack boxes in rows from (x0, y0), rows at most `width` wide; the bottom."""
        x = y = row = 0.0
        for pos, w, h in items:
            if x > 0 and x + w > width:
                x, y, row = 0.0, y + row, 0.0
            for node, (px, py) in pos.items():
                positions[node] = (x0 + x + px, y0 + y + py)
            x += w
            row = max(row, h)
        return y0 + y + row

    linked = [b for b in boxes if len(b[0]) > 1]
    lone = [b for b in boxes if len(b[0]) == 1]
    bottom = 0.0
    right = 0.0
    if linked:
        first, rest = linked[0], linked[1:]
        bottom = shelf([first], 0.0, 0.0, first[1])
        if rest:
            area = sum(w * h for _, w, h in rest)
            width = max(max(w for _, w, _ in rest), area / max(first[2], spacing) * 1.15)
            bottom = max(bottom, shelf(rest, first[1], 0.0, width))
            right = first[1] + width
        else:
            right = first[1]
    if lone:
        width = max(right, math.sqrt(len(lone)) * spacing)
        shelf(lone, 0.0, bottom + spacing, width)
    if not positions:
        return {}
    xs = [p[0] for p in positions.values()]
    ys = [p[1] for p in positions.values()]
    cx, cy = (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2
    return {k: (round(p[0] - cx), round(p[1] - cy)) for k, p in positions.items()}


def _vis_asset(name: str) -> str:
    return resources.files("pyvis").joinpath("lib", "vis-9.1.2", name).read_text(encoding="utf-8")


def script_json(value: object) -> str:
    """JSON safe inside a <script> element: no '<', '>' or '&' survive as such.

    >>> script_json({"t": "</script><img src=x onerror=alert(1)>"})
    '{"t": "\\\\u003c/script\\\\u003e\\\\u003cimg src=x onerror=alert(1)\\\\u003e"}'
    """
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def _options(net: Network, options: dict) -> dict:
    """The options as pyvis holds them (its parser strips blanks: none are used here)."""
    net.set_options(json.dumps(options, separators=(",", ":")))
    return net.options


def _extend_layout(graph: nx.Graph, previous: Mapping[str, Sequence[int]],
                   spacing: float) -> dict[str, tuple[int, int]] | None:
    """The previous positions, with new actors beside their placed neighbours and
    new loners in a row beneath; None when too much is new to keep the old map.

    >>> g = nx.Graph([("a", "b"), ("b", "c")]); g.add_node("d")
    >>> pos = _extend_layout(g, {"a": (0, 0), "b": (90, 0)}, 90.0)
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
            placed = [positions[m] for m in nx.all_neighbors(graph, node) if m in positions]
            if not placed:
                waiting.append(node)
                continue
            angle = int(hashlib.sha256(node.encode("utf-8")).hexdigest()[:8], 16) / 0xFFFFFFFF * 2 * math.pi
            cx = sum(p[0] for p in placed) / len(placed)
            cy = sum(p[1] for p in placed) / len(placed)
            positions[node] = (round(cx + spacing * math.cos(angle)), round(cy + spacing * math.sin(angle)))
        if len(waiting) == len(missing):
            break
        missing = waiting
    for node in missing if missing else ():
        if node in positions:
            continue
        positions[node] = (round(left + (loners % 20) * spacing), round(bottom + spacing * (1 + loners // 20)))
        loners += 1
    return positions


def _network_view(corpus: Corpus, involvement: Counter, previous: Mapping | None = None) -> dict:
    graph = corpus.graph
    large = graph.number_of_nodes() > PHYSICS_LIMIT
    positions = network_layout(graph, involvement=involvement, previous=previous)
    net = Network(directed=True, cdn_resources="remote")
    for node, data in sorted(graph.nodes(data=True)):
        x, y = positions[node]
        # shape and colour come from the actor type's group in the options
        net.add_node(node, label=data["label"], x=x, y=y, value=max(1, involvement[node]),
                     group=data["type"] if data["type"] in TYPE_STYLE else "other")
    # one edge per (source, target, kind, type): the items behind it give its count,
    # and the page recounts them when filters hide some
    grouped: dict[tuple[str, str, str, str], list[str]] = defaultdict(list)
    for u, v, key, data in graph.edges(keys=True, data=True):
        item = data["event"] if data["kind"] == "event" else key
        grouped[(u, v, data["kind"], data["type"])].append(item)
    pairs: dict[frozenset, list[tuple]] = defaultdict(list)
    for group in sorted(grouped):
        pairs[frozenset(group[:2])].append(group)
    for group in sorted(grouped):
        u, v, kind, kind_type = group
        items = sorted(set(grouped[group]))
        siblings = pairs[frozenset((u, v))]
        edge = {"id": f"{kind}|{kind_type}|{u}|{v}", "kind": kind, "etype": kind_type, "items": items,
                "value": len(items), "label": kind_type + (f" ×{len(items)}" if len(items) > 1 else "")}
        if kind == "event":
            edge["color"] = CLASS_COLOUR[EVENT_CLASS.get(kind_type, "other")]
            edge["dashes"] = True
        else:
            edge["color"] = RELATION_COLOUR
        if len(siblings) > 1:
            # parallel edges between one pair curve apart instead of drawing over each other
            edge["smooth"] = {"enabled": True, "type": "curvedCW",
                              "roundness": 0.12 * (1 + siblings.index(group))}
        net.add_edge(u, v, **edge)
    groups = {t: {"color": c, "shape": shape} for t, (c, shape) in TYPE_STYLE.items()}
    groups["other"] = {"color": OTHER_STYLE[0], "shape": OTHER_STYLE[1]}
    options = _options(net, {
        "autoResize": True,
        "groups": groups,
        "layout": {"improvedLayout": False, "randomSeed": 7},
        "nodes": {"scaling": {"min": 8, "max": 42, "label": {"enabled": True, "min": 12, "max": 26,
                                                              "drawThreshold": 7}},
                  "font": {"size": 13, "strokeWidth": 3, "strokeColor": "#ffffff"},
                  "borderWidth": 1, "borderWidthSelected": 3},
        "edges": {"smooth": False, "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
                  "scaling": {"min": 1, "max": 8, "label": {"enabled": False}},
                  "font": {"size": 10, "align": "middle", "color": "#37474f", "strokeWidth": 3},
                  "selectionWidth": 2, "hoverWidth": 1},
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": large,
                        "hideEdgesOnZoom": large, "navigationButtons": False, "keyboard": False},
        "physics": {"enabled": not large, "solver": "barnesHut",
                    "barnesHut": {"gravitationalConstant": -3000, "springLength": 120, "avoidOverlap": 0.2},
                    "stabilization": {"enabled": True, "iterations": 150, "fit": True}},
    })
    return {"nodes": net.nodes, "edges": net.edges, "options": options, "physics": not large}


def _compact(row: dict) -> dict:
    """The row without empty fields: the page reads a missing field as null, false or empty."""
    return {k: v for k, v in row.items() if v is not None and v is not False and v != []}


def page_events(corpus: Corpus) -> list[dict]:
    """One row per event, however many reports state it.

    Rows of events.jsonl that share a ``group`` report one event: the page
    shows it once, with the actors of every report and every report's sentence
    and document (``reports``: (doc_id, sentence) pairs, the first report
    first). Its id is the group's, as on the graph's event edges.
    """
    grouped: dict[str, list[dict]] = defaultdict(list)
    for e in corpus.events:
        grouped[e.get("group") or e["id"]].append(e)
    rows = []
    for group, members in grouped.items():
        first = next((m for m in members if m["id"] == group), members[0])
        members = [first] + [m for m in members if m is not first]
        row = dict(first, id=group)
        for side in ("source", "target"):
            row[side] = list(dict.fromkeys(a for m in members for a in m[side]))
        row["reports"] = list(dict.fromkeys((m["doc_id"], m["sentence"]) for m in members))
        rows.append(row)
    return rows


def _event_span(event: dict) -> tuple[int, int] | None:
    span = day_span(event.get("date"))
    if span is None:
        return None
    end = day_span(event.get("date_end"))
    return span[0], max(span[1], end[1]) if end else span[1]


def _timeline_view(corpus: Corpus, events: list[dict], graph_actors: set[str]) -> dict:
    """Lanes, marks, links and axis of the timeline chart.

    One mark per (lane, date, end date, event type): events that coincide on
    one lane share a mark that counts them, so the chart stays legible and
    light however many reports repeat one event. Marks that share a lane and a
    date stack within the lane; a thin link joins the marks of one event on
    different lanes, as i2 joins the theme lines an event involves.
    """
    xs, ticks = time_axis([e["date"] for e in events if e.get("date")]
                          + [e["date_end"] for e in events if e.get("date_end")])
    span = ticks[-1]["x"] if ticks else 0
    if 0 < span < TIMELINE_MIN_WIDTH:
        # a few dates only: spread them, so the marks' words fit between the columns
        factor = TIMELINE_MIN_WIDTH / span
        xs = {k: round(v * factor) for k, v in xs.items()}
        ticks = [dict(t, x=round(t["x"] * factor)) for t in ticks]
    undated_x = (ticks[-1]["x"] if ticks else 0) + STEP_MIN * 3
    activity: Counter = Counter()
    groups: dict[tuple, list[str]] = defaultdict(list)
    event_lanes: dict[str, list[str]] = {}
    for e in events:
        lanes = [a for a in dict.fromkeys(e["source"] + e["target"]) if a in graph_actors] or [NO_ACTOR]
        event_lanes[e["id"]] = lanes
        for lane in lanes:
            activity[lane] += 1
            groups[(lane, e.get("date") if e.get("date") in xs else None, e.get("date_end") if
                    e.get("date_end") in xs else None, e["type"])].append(e["id"])
    # the busiest actors on top; events naming no actor at the bottom
    lanes = sorted(activity, key=lambda a: (a == NO_ACTOR, -activity[a], a))
    lane_index = {a: i for i, a in enumerate(lanes)}
    names = {a["id"]: a for a in corpus.actors}
    net = Network(directed=False, cdn_resources="remote")
    for lane in lanes:
        actor = names.get(lane)
        colour = TYPE_STYLE.get(actor["type"], OTHER_STYLE)[0] if actor else "#9e9e9e"
        net.add_node("lane|" + lane, label=actor["name"] if actor else "(no actor named)", shape="box",
                     x=-LANE_LABEL_WIDTH // 2 - 20, y=lane_index[lane] * LANE_HEIGHT, lane=lane,
                     color={"background": "#ffffff", "border": colour,
                            "highlight": {"background": "#fff8e1", "border": colour}},
                     widthConstraint={"minimum": LANE_LABEL_WIDTH, "maximum": LANE_LABEL_WIDTH},
                     borderWidth=2)
    # marks sharing a lane and a date stack: 0, -1, +1, -2, +2 ... steps, within the lane
    slots: Counter = Counter()
    mark_of: dict[tuple[str, str], str] = {}
    limit = (LANE_HEIGHT // 2 - 4) // STACK_STEP
    ordered = sorted(groups, key=lambda g: (lane_index[g[0]], g[1] is None, xs.get(g[1], 0), g[1] or "",
                                            g[2] or "", g[3]))
    for number, group in enumerate(ordered):
        lane, when, until, kind = group
        x = xs[when] if when else undated_x
        slot = slots[(lane, x)]
        slots[(lane, x)] += 1
        step = (slot + 1) // 2 % (limit + 1) * (-1 if slot % 2 else 1)
        ids = groups[group]
        mark_id = f"m{number}"
        for event_id in ids:
            mark_of[(event_id, lane)] = mark_id
        extra = {"x2": xs[until]} if until else {}
        # colour from the event type's group in the options; the label is drawn beside the mark
        net.add_node(mark_id, label=kind + (f" ×{len(ids)}" if len(ids) > 1 else ""),
                     x=x, y=lane_index[lane] * LANE_HEIGHT + step * STACK_STEP, lane=lane, dy=step * STACK_STEP,
                     group=kind if kind in EVENT_CLASS else "other", items=ids, **extra)
    links = set()
    for e in events:
        marks = sorted({mark_of[(e["id"], lane)] for lane in event_lanes[e["id"]]}, key=lambda m: int(m[1:]))
        links.update(zip(marks, marks[1:], strict=False))
    for source, target in sorted(links, key=lambda p: (int(p[0][1:]), int(p[1][1:]))):
        net.add_edge(source, target, id=f"{source}-{target}")
    groups = {}
    for kind, klass in [*EVENT_CLASS.items(), ("other", "other")]:
        colour = CLASS_COLOUR[klass]
        groups[kind] = {"shape": "dot", "color": {"background": colour, "border": colour,
                                                  "highlight": {"background": colour, "border": "#212121"}}}
    options = _options(net, {
        "autoResize": True,
        "groups": groups,
        "layout": {"improvedLayout": False},
        "physics": {"enabled": False},
        "nodes": {"fixed": {"x": True, "y": True}, "size": 7, "font": {"size": 13}, "borderWidthSelected": 3},
        "edges": {"smooth": False, "color": {"color": "#90a4ae", "highlight": "#263238", "opacity": 0.8},
                  "width": 1.5, "selectionWidth": 2},
        "interaction": {"hover": True, "tooltipDelay": 150, "dragNodes": False, "keyboard": False,
                        "hideEdgesOnDrag": False},
    })
    axis = ticks + ([{"label": "undated", "x": undated_x, "t0": None, "t1": None, "gap": None}]
                    if any(g[1] is None for g in groups) else [])
    return {"nodes": net.nodes, "edges": net.edges, "options": options, "lanes": lanes, "axis": axis,
            "lane_height": LANE_HEIGHT, "label_width": LANE_LABEL_WIDTH}


def page_data(corpus: Corpus, previous_layout: Mapping | None = None) -> dict:
    """Everything the page shows: both views from pyvis, and the rows behind them for the panels.

    ``previous_layout`` (actor id to x, y) keeps the places of a former build.
    """
    graph = corpus.graph
    grouped = page_events(corpus)
    involvement: Counter = Counter()
    for e in grouped:
        for a in set(e["source"] + e["target"]):
            involvement[a] += 1
    for r in corpus.relations:
        involvement[r["source"]] += len(r["evidence"])
        involvement[r["target"]] += len(r["evidence"])
    documents = {}
    for d in corpus.documents:
        span = day_span(d.get("date"))
        documents[d["id"]] = _compact({"title": d.get("title"), "date": d.get("date"), "source": d.get("source"),
                                       "url": d.get("url"), "t0": span[0] if span else None})
    # a sentence often states several events and relations: each is written once
    texts: dict[str, int] = {}

    def text(value: str) -> int:
        return texts.setdefault(value, len(texts))

    events = []
    for e in grouped:
        span = _event_span(e)
        row = {k: e.get(k) for k in ("id", "type", "mode", "date", "date_end", "date_text", "source", "target",
                                      "place", "doc_id", "attributed_to", "negated", "claim")}
        row |= {"s": text(e["sentence"]), "t0": span[0] if span else None, "t1": span[1] if span else None}
        if len(e["reports"]) > 1:
            row["reports"] = [{"doc_id": d, "s": text(t)} for d, t in e["reports"]]
        events.append(_compact(row))
    relations = [{"id": r["id"], "source": r["source"], "target": r["target"], "type": r["type"],
                  "evidence": [{"doc_id": ev["doc_id"], "s": text(ev["text"])} for ev in r["evidence"]]}
                 for r in corpus.relations]
    actors = {}
    for a in corpus.actors:
        if a["id"] in graph:
            actors[a["id"]] = _compact({k: a.get(k) for k in ("id", "name", "type", "aliases", "mentions",
                                                               "documents", "country", "roles")}
                                       | {"involvement": involvement[a["id"]]})
    types = {t: {"colour": c, "shape": s} for t, (c, s) in TYPE_STYLE.items()}
    return {
        "network": _network_view(corpus, involvement, previous_layout),
        "timeline": _timeline_view(corpus, grouped, set(actors)),
        "actors": actors,
        "relations": relations,
        "events": events,
        "texts": list(texts),
        "documents": documents,
        "actor_types": types,
        "event_types": {t: {"class": c, "colour": CLASS_COLOUR[c]} for t, c in EVENT_CLASS.items()},
        "relation_colour": RELATION_COLOUR,
        "show_unlinked": graph.number_of_nodes() <= PHYSICS_LIMIT,
    }


def _sha256(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


def content_security_policy(scripts: Iterable[str], styles: Iterable[str]) -> str:
    """Nothing may load or run but the page's own inline scripts and styles, named by hash.

    Images only as data: URIs (vis-network's CSS draws its icons so); no
    connections, frames, fonts, forms or base URL at all.
    """
    script_hashes = " ".join("'" + _sha256(s) + "'" for s in scripts)
    style_hashes = " ".join("'" + _sha256(s) + "'" for s in styles)
    return ("default-src 'none'; "
            f"script-src {script_hashes}; style-src {style_hashes}; img-src data:; "
            "connect-src 'none'; base-uri 'none'; form-action 'none'")


def render_page(corpus: Corpus, path: Path, previous_layout: Mapping | None = None) -> dict[str, tuple[int, int]]:
    """Write the page for ``corpus`` to ``path``: one file, no external resource.

    Returns the network's layout (actor id to x, y), for the next build to keep.
    """
    templates = resources.files(__package__).joinpath("templates")
    template = templates.joinpath("page.html").read_text(encoding="utf-8")
    app = templates.joinpath("page.js").read_text(encoding="utf-8")
    style = _vis_asset("vis-network.css") + "\n" + templates.joinpath("page.css").read_text(encoding="utf-8")
    vis_js = _vis_asset("vis-network.min.js")
    parts = {"CSP": content_security_policy([vis_js, app], [style]), "STYLE": style,
             "VIS": vis_js, "APP": app}
    data = page_data(corpus, previous_layout)
    parts["DATA"] = script_json(data)
    # one pass: text inside the data can never be taken for a placeholder
    page = re.sub(r"\{\{([A-Z]+)\}\}", lambda m: parts[m.group(1)], template)
    Path(path).write_text(page, encoding="utf-8")
    return {n["id"]: (n["x"], n["y"]) for n in data["network"]["nodes"]}
