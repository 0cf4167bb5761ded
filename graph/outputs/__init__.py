"""The graph files a build writes and `export` writes again: one module per format, listed in ``registry``."""
