"""newsgraph: news documents in, a dated event timeline and an actor graph out.

>>> import newsgraph
>>> callable(newsgraph.build)
True
"""

from .run import BuildResult, NewsgraphError, build

__all__ = ["build", "BuildResult", "NewsgraphError"]
__version__ = "0.1.0"
