"""One build at a time per output folder: a lock file beside the folder.

The lock is an ``fcntl.flock`` on ``.<out>.newsgraph-lock``, which holds the
building process's id. The system releases it when that process ends, by any
signal, so a lock left by a killed build is simply taken over.
"""

from __future__ import annotations

import fcntl
import os
from pathlib import Path

__all__ = ["FolderLocked", "FolderLock", "lock_path"]


class FolderLocked(RuntimeError):
    """Another process is building into the same folder; ``pid`` is its id (or None)."""

    def __init__(self, folder: Path, pid: int | None):
        self.folder, self.pid = folder, pid
        who = f"pid {pid}" if pid else "another process"
        super().__init__(f"{folder}: another newsgraph build ({who}) is writing this folder; "
                         f"wait for it to end or choose another --out")


def lock_path(folder: Path) -> Path:
    return folder.parent / f".{folder.name}.newsgraph-lock"


class FolderLock:
    """``with FolderLock(out):`` holds the folder's lock, or raises FolderLocked at once.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     with FolderLock(Path(tmp) / "out"):
    ...         try:
    ...             FolderLock(Path(tmp) / "out").acquire()
    ...         except FolderLocked as err:
    ...             err.pid == os.getpid()
    True
    """

    def __init__(self, folder: Path):
        self.folder = Path(folder)
        self.path = lock_path(self.folder)
        self._fd: int | None = None

    def acquire(self) -> FolderLock:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
            os.close(fd)
            raise FolderLocked(self.folder, int(holder) if holder.isdigit() else None) from None
        except BaseException:
            os.close(fd)
            raise
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
        self._fd = fd
        return self

    def release(self) -> None:
        if self._fd is not None:
            os.ftruncate(self._fd, 0)
            os.close(self._fd)  # closing releases the lock
            self._fd = None

    def __enter__(self) -> FolderLock:
        return self.acquire()

    def __exit__(self, *exc) -> None:
        self.release()
