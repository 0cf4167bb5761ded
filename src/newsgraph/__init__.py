"""newsgraph: news documents in, a dated event timeline and an actor graph out.

>>> import newsgraph
>>> callable(newsgraph.build)
True
"""

from __future__ import annotations

__all__ = ["build", "BuildResult", "NewsgraphError"]
__version__ = "0.1.0"


def __getattr__(name: str):
    # imported on first use: `import newsgraph.extract.ingest` need not load spaCy's pipeline code
    if name in __all__:
        from . import run

        return getattr(run, name)
    raise AttributeError(f"module 'newsgraph' has no attribute {name!r}")
