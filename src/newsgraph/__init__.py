"""newsgraph: news documents in, a dated event timeline and an actor graph out.

>>> import newsgraph
>>> callable(newsgraph.build), callable(newsgraph.load)
(True, True)
"""

from __future__ import annotations

__all__ = ["build", "BuildResult", "NewsgraphError", "load"]
__version__ = "0.1.0"


def __getattr__(name: str):
    # imported on first use: `import newsgraph.extract.ingest` need not load spaCy's pipeline code
    if name == "load":
        from .graph.query import load

        return load
    if name in __all__:
        from . import run

        return getattr(run, name)
    raise AttributeError(f"module 'newsgraph' has no attribute {name!r}")
