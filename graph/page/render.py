"""The analyst's page: one self-contained HTML file, usable with no network.

This module renders it: the view model (``page.model``) goes in as JSON data,
the page's scripts (``templates/js/*.js``, one per view, joined in the order
of ``SCRIPTS``) and vis-network go in inline, and a Content-Security-Policy
admits only those scripts and the page's style (by hash). Every document
string travels as JSON data and is shown as text, never as HTML.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from collections.abc import Iterable, Mapping
from importlib import resources
from pathlib import Path

from ..build import Corpus
from .model import page_data

__all__ = ["SCRIPTS", "render_page", "script_json", "content_security_policy", "page_script"]

# the page's scripts, in order: shared state and data first, then one file per view, then the start
SCRIPTS = ("state.js", "text.js", "timebins.js", "network.js", "strip.js", "lanes.js", "map.js", "events.js",
           "detail.js",
           "controls.js", "start.js")


def _vis_asset(name: str) -> str:
    return resources.files("pyvis").joinpath("lib", "vis-9.1.2", name).read_text(encoding="utf-8")


def script_json(value: object) -> str:
    """JSON safe inside a <script> element: no '<', '>' or '&' survive as such.

    >>> script_json({"t": "</script><img src=x onerror=alert(1)>"})
    '{"t":"\\\\u003c/script\\\\u003e\\\\u003cimg src=x onerror=alert(1)\\\\u003e"}'
    """
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


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


def page_script() -> str:
    """The page's own script: its files joined into one strict function, sharing one scope."""
    folder = resources.files(__package__).joinpath("templates", "js")
    parts = [f"// ---- {name} ----\n" + folder.joinpath(name).read_text(encoding="utf-8") for name in SCRIPTS]
    return '(function () {\n"use strict";\n' + "\n".join(parts) + "\n})();\n"


def render_page(corpus: Corpus, path: Path, previous_layout: Mapping | None = None) -> dict[str, tuple[int, int]]:
    """Write the page for ``corpus`` to ``path``: one file, no external resource.

    Returns the network's layout (actor id to x, y), for the next build to keep.
    """
    templates = resources.files(__package__).joinpath("templates")
    template = templates.joinpath("page.html").read_text(encoding="utf-8")
    app = page_script()
    style = _vis_asset("vis-network.css") + "\n" + templates.joinpath("page.css").read_text(encoding="utf-8")
    vis_js = _vis_asset("vis-network.min.js")
    data = page_data(corpus, previous_layout)
    parts = {"CSP": content_security_policy([vis_js, app], [style]), "STYLE": style,
             "VIS": vis_js, "APP": app, "DATA": script_json(data)}
    # one pass: text inside the data can never be taken for a placeholder
    page = re.sub(r"\{\{([A-Z]+)\}\}", lambda m: parts[m.group(1)], template)
    Path(path).write_text(page, encoding="utf-8")
    actors = data["actors"]
    return {a: (x, y) for a, x, y in zip(actors["id"], actors["x"], actors["y"], strict=True)}
