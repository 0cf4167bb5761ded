"""Which build a folder's files come from: ``manifest.json`` names each file and its sha256.

A build writes the manifest last, in the same folder it swaps into place, so
a folder always holds one build. Files changed or copied in from another
build afterwards no longer match, and ``check_manifest`` says which.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from pathlib import Path

__all__ = ["MANIFEST", "MixedBuild", "file_sha256", "build_id", "write_manifest", "read_manifest",
           "check_manifest"]

MANIFEST = "manifest.json"


class MixedBuild(ValueError):
    """The folder's files do not all come from the build its manifest names."""


def file_sha256(path: Path) -> str:
    with open(path, "rb") as src:
        return hashlib.file_digest(src, "sha256").hexdigest()


def build_id(digests: dict[str, str]) -> str:
    """The build's id, from the content of its files: the same input gives the same id.

    >>> build_id({"a.jsonl": "00"}) == build_id({"a.jsonl": "00"}) != build_id({"a.jsonl": "01"})
    True
    """
    text = "\n".join(f"{name} {digest}" for name, digest in sorted(digests.items()))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def write_manifest(folder: Path, build: str, names: Iterable[str]) -> None:
    """The manifest of ``names`` (files already written in ``folder``) under the id ``build``."""
    files = {name: file_sha256(folder / name) for name in names}
    data = {"build": build, "files": dict(sorted(files.items()))}
    (folder / MANIFEST).write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")


def read_manifest(folder: Path) -> dict | None:
    """The folder's manifest, or None when it has none; MixedBuild when it is unreadable."""
    path = folder / MANIFEST
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as err:
        raise MixedBuild(f"{path}: unreadable ({err})") from None
    if not isinstance(data, dict) or not isinstance(data.get("build"), str) or not isinstance(data.get("files"), dict):
        raise MixedBuild(f"{path}: not a newsgraph manifest")
    return data


def check_manifest(folder: Path, names: Iterable[str]) -> str | None:
    """The build id when every file in ``names`` is the one the manifest lists, None without a manifest.

    Raises MixedBuild naming the first file that differs.
    """
    data = read_manifest(folder)
    if data is None:
        return None
    for name in names:
        expected = data["files"].get(name)
        path = folder / name
        if expected is None or not path.is_file():
            continue
        if file_sha256(path) != expected:
            raise MixedBuild(f"{path}: not the file build {data['build']} wrote ({MANIFEST}): the folder mixes "
                             f"builds or was edited; build it again (to keep an edit made on purpose, delete "
                             f"{MANIFEST})")
    return data["build"]
