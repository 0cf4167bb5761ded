"""The analyst's page inside a Jupyter notebook: the whole of graph.html in an iframe's ``srcdoc``."""

from __future__ import annotations

import html
import tempfile
from pathlib import Path

from ..build import Corpus
from ..page.render import render_page

__all__ = ["page_iframe", "page_layout"]


def page_iframe(corpus: Corpus, folder: Path | None, width: str | int = "100%", height: int = 720) -> str:
    """An iframe holding the folder's graph.html, or a page rendered on the fly for tables without one."""
    page_file = folder / "graph.html" if folder else None
    if page_file and page_file.is_file():
        page = page_file.read_text(encoding="utf-8")
    else:
        with tempfile.TemporaryDirectory() as tmp:
            render_page(corpus, Path(tmp) / "graph.html")
            page = (Path(tmp) / "graph.html").read_text(encoding="utf-8")
    return (f'<div><iframe srcdoc="{html.escape(page, quote=True)}" width="{html.escape(str(width))}" '
            f'height="{int(height)}" style="border:1px solid #ddd"></iframe></div>')


def page_layout(corpus: Corpus) -> dict[str, tuple[int, int]]:
    """The network layout the page draws for ``corpus`` (actor id to x, y)."""
    with tempfile.TemporaryDirectory() as tmp:
        return render_page(corpus, Path(tmp) / "graph.html")
