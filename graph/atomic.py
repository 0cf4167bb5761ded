"""Write a file so that readers see the old one or the new one, never half of either.

An interrupted build or export leaves every previous output in place.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

__all__ = ["atomic_write"]


def atomic_write(target: Path, write: Callable[[Path], None]) -> None:
    """Call ``write`` on a temporary file beside ``target``, then rename it into place.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     atomic_write(Path(tmp) / "a.txt", lambda p: p.write_text("new"))
    ...     (Path(tmp) / "a.txt").read_text(), sorted(p.name for p in Path(tmp).iterdir())
    ('new', ['a.txt'])
    """
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    os.close(fd)
    try:
        write(Path(tmp))
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
