"""The analyst's page: one self-contained HTML file, usable with no network.

pyvis builds the nodes, edges and options; the page comes from the project's
own template with vis-network inlined, a strict Content-Security-Policy, and
every document string passed as JSON data and shown as text, never as HTML.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from importlib import resources
from pathlib import Path

from pyvis.network import Network

from .build import Corpus

__all__ = ["TYPE_STYLE", "render_page", "page_data", "script_json"]

# shape and colour by actor type; the legend is drawn from this table
TYPE_STYLE = {
    "country": ("#1f77b4", "dot"),
    "government": ("#2ca02c", "square"),
    "military": ("#8c564b", "triangle"),
    "person": ("#ff7f0e", "ellipse"),
    "armed_group": ("#d62728", "diamond"),
    "political_party": ("#9467bd", "star"),
    "organization": ("#17becf", "hexagon"),
    "media": ("#7f7f7f", "box"),
    "location": ("#bcbd22", "triangleDown"),
}


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


def page_data(corpus: Corpus) -> dict:
    """Nodes, edges and options from pyvis; events and documents for the panels."""
    net = Network(directed=True, cdn_resources="remote")
    graph = corpus.graph
    for node, data in sorted(graph.nodes(data=True)):
        colour, shape = TYPE_STYLE.get(data["type"], ("#999999", "dot"))
        net.add_node(node, label=data["label"], color=colour, shape=shape,
                     value=max(1, int(data.get("mentions") or 1)), group=data["type"])
    for u, v, key, data in sorted(graph.edges(keys=True, data=True), key=lambda e: str(e[2])):
        net.add_edge(u, v, id=key, label=data["type"], value=data.get("weight", 1),
                     kind=data["kind"], arrows="to")
    net.toggle_physics(graph.number_of_nodes() <= 300)
    options = json.loads(net.options.to_json()) if hasattr(net.options, "to_json") else {}
    docs = {d["id"]: {"title": d["title"], "date": d["date"], "status": d["status"]} for d in corpus.documents}
    return {
        "nodes": net.nodes,
        "edges": net.edges,
        "options": options,
        "actors": {a["id"]: a for a in corpus.actors if a["id"] in graph},
        "relations": {r["id"]: r for r in corpus.relations},
        "events": corpus.events,
        "documents": docs,
        "types": TYPE_STYLE,
    }


def _sha256(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


def render_page(corpus: Corpus, path: Path) -> None:
    template = resources.files(__package__).joinpath("templates", "page.html").read_text(encoding="utf-8")
    app = resources.files(__package__).joinpath("templates", "page.js").read_text(encoding="utf-8")
    style = resources.files(__package__).joinpath("templates", "page.css").read_text(encoding="utf-8")
    vis_js = _vis_asset("vis-network.min.js")
    vis_css = _vis_asset("vis-network.css")
    scripts = [vis_js, app]
    styles = [vis_css, style]
    hashes = " ".join("'" + _sha256(script) + "'" for script in scripts)
    csp = ("default-src 'none'; "
           f"script-src {hashes}; "
           f"style-src 'unsafe-inline'; img-src data:; font-src data:; connect-src 'none'; "
           "base-uri 'none'; form-action 'none'")
    parts = {"CSP": csp, "STYLE": "\n".join(styles), "DATA": script_json(page_data(corpus)),
             "VIS": vis_js, "APP": app}
    # one pass: text inside the data can never be taken for a placeholder
    page = re.sub(r"\{\{([A-Z]+)\}\}", lambda m: parts[m.group(1)], template)
    Path(path).write_text(page, encoding="utf-8")
