"""Replace outputs so that readers see the old set or the new set, never part of either.

``atomic_write`` replaces one file. A build replaces a whole folder: it writes
into ``staging_folder(out)`` beside it, then ``commit_folder`` swaps the two
folders in one step (Linux ``renameat2(RENAME_EXCHANGE)``; elsewhere two
renames, which the next build repairs if it is killed between them). Anything
else the old folder holds (the cache, an analyst's own files) is carried
into the new one by hard links before the swap, so nothing is lost on a kill.
A folder that cannot be swapped (a mount point, a parent that cannot be
written) gets its new files one by one, the manifest last.
"""

from __future__ import annotations

import ctypes
import errno
import os
import secrets
import shutil
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path

__all__ = ["atomic_write", "staging_folder", "commit_folder", "discard_folder", "remove_leftovers"]

_NEW, _OLD = "newsgraph-new", "newsgraph-old"
_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


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


def _sibling(target: Path, kind: str) -> Path:
    return target.parent / f".{target.name}.{kind}-{os.getpid()}-{secrets.token_hex(4)}"


def staging_folder(target: Path) -> Path:
    """A fresh, empty folder for the new outputs: beside ``target`` (same file system), or
    inside it when ``target`` is a mount point or its parent cannot be written."""
    target.parent.mkdir(parents=True, exist_ok=True)
    staged = _sibling(target, _NEW)
    inside = target / staged.name.removeprefix(f".{target.name}")
    if target.is_dir() and os.path.ismount(target):
        staged = inside
    try:
        staged.mkdir(mode=0o700)
    except OSError as err:
        if err.errno not in (errno.EACCES, errno.EPERM, errno.EROFS) or not target.is_dir() or staged == inside:
            raise
        staged = inside
        staged.mkdir(mode=0o700)
    try:
        mode = stat.S_IMODE(target.stat().st_mode)
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o777 & ~umask
    os.chmod(staged, mode)
    return staged


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems cannot sync a folder; the rename order still holds
    finally:
        os.close(fd)


def _link_or_copy(src: str, dst: str) -> None:
    try:
        os.link(src, dst, follow_symlinks=False)
    except OSError:
        shutil.copy2(src, dst, follow_symlinks=False)


def _carry(src: Path, dst: Path) -> None:
    """``src`` present at ``dst`` too, sharing its data where the file system allows."""
    if src.is_symlink():
        os.symlink(os.readlink(src), dst)
    elif src.is_dir():
        shutil.copytree(src, dst, symlinks=True, copy_function=_link_or_copy)
    else:
        _link_or_copy(str(src), str(dst))


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths in one step; False where the system cannot."""
    libc = ctypes.CDLL(None, use_errno=True)
    renameat2 = getattr(libc, "renameat2", None)
    if renameat2 is None:
        return False
    if renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP):
        return False
    raise OSError(err, os.strerror(err), str(b))


def commit_folder(staged: Path, target: Path, keep: Callable[[str], bool]) -> None:
    """Put ``staged`` in the place of ``target`` in one step.

    The entries of the old ``target`` for which ``keep(name)`` holds are
    carried into the new folder first; the old folder is then removed.

    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     out = Path(tmp) / "out"; out.mkdir()
    ...     _ = (out / "old.txt").write_text("old"); _ = (out / "notes.txt").write_text("mine")
    ...     new = staging_folder(out); _ = (new / "new.txt").write_text("new")
    ...     commit_folder(new, out, keep=lambda name: name == "notes.txt")
    ...     sorted(p.name for p in out.iterdir()), sorted(p.name for p in Path(tmp).iterdir())
    (['new.txt', 'notes.txt'], ['out'])
    """
    _fsync(staged)
    if staged.parent == target:
        _commit_inside(staged, target, keep)
        return
    if not target.exists():
        os.rename(staged, target)
        _fsync(target.parent)
        return
    for entry in sorted(target.iterdir()):
        if keep(entry.name) and not (staged / entry.name).exists():
            _carry(entry, staged / entry.name)
    _fsync(staged)
    try:
        if _exchange(staged, target):
            _fsync(target.parent)
            shutil.rmtree(staged, ignore_errors=True)  # it now holds the former outputs
            return
        old = _sibling(target, _OLD)
        os.rename(target, old)
    except OSError as err:
        if err.errno not in (errno.EBUSY, errno.EXDEV):
            raise
        # a folder another file system is mounted on cannot move: its new files go in one by one
        inside = target / staged.name.removeprefix(f".{target.name}")
        inside.mkdir(mode=0o700)
        for entry in staged.iterdir():
            if not keep(entry.name):
                shutil.copy2(entry, inside / entry.name)
        _commit_inside(inside, target, keep)
        shutil.rmtree(staged, ignore_errors=True)
        return
    os.rename(staged, target)  # a kill between the two renames is repaired by remove_leftovers
    _fsync(target.parent)
    shutil.rmtree(old, ignore_errors=True)


def _commit_inside(staged: Path, target: Path, keep: Callable[[str], bool]) -> None:
    """File by file, for a folder that cannot be swapped: the files first, ``manifest.json`` last,
    so a reader that checks the manifest sees a mix as one until the next build ends it."""
    names = sorted(p.name for p in staged.iterdir())
    names.sort(key=lambda name: name == "manifest.json")
    for name in names:
        os.replace(staged / name, target / name)
    for entry in target.iterdir():
        if entry.name not in names and entry != staged and not keep(entry.name) and not entry.is_dir():
            entry.unlink()
    _fsync(target)
    staged.rmdir()


def discard_folder(staged: Path) -> None:
    shutil.rmtree(staged, ignore_errors=True)


def remove_leftovers(target: Path, complete: Callable[[Path], bool]) -> list[Path]:
    """Remove the folders a killed build left beside ``target``; returns them.

    Only call it while holding the folder's lock. When ``target`` itself is
    missing because a build was killed between its two renames, the new
    folder (if ``complete`` says it is whole) or else the old one is put back.
    """
    if not target.parent.is_dir():
        return []
    left = sorted(p for p in target.parent.iterdir()
                  if p.name.startswith((f".{target.name}.{_NEW}-", f".{target.name}.{_OLD}-")) and p.is_dir())
    if target.is_dir():
        left += sorted(p for p in target.iterdir() if p.name.startswith(f".{_NEW}-") and p.is_dir())
    if not target.exists() and left:
        new = [p for p in left if f".{_NEW}-" in p.name and complete(p)]
        old = [p for p in left if f".{_OLD}-" in p.name]
        restore = (new or old or [None])[0]
        if restore is not None:
            os.rename(restore, target)
            left.remove(restore)
    for path in left:
        shutil.rmtree(path, ignore_errors=True)
    return left
