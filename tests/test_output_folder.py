"""The output folder always holds one complete build: the former one or the new one, never a mix.

Faults are injected at chosen moments (a SIGKILL from inside the writer, a
signal from outside, a held lock, a write that fails) and each test checks
the exit code, the one-line message and that the folder is the whole old or
the whole new set of files.
"""

from __future__ import annotations

import errno
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

import newsgraph
from newsgraph.cli import main
from newsgraph.graph.atomic import commit_folder, remove_leftovers, staging_folder
from newsgraph.graph.lock import FolderLock, FolderLocked, lock_path
from newsgraph.graph.manifest import MANIFEST, read_manifest
from newsgraph.run import OUTPUT_FILES

FIRST = "date 2026-03-02 Ruritanian troops shelled the border town of Vask on Monday, officials said."
SECOND = "date 2026-03-05 Borduria accused Ruritania of shelling Vask and recalled its ambassador on Tuesday."
RUN_CLI = "import sys; from newsgraph.cli import main; sys.exit(main())"


def _corpus(root: Path, *texts: str) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    for n, text in enumerate(texts):
        (root / f"doc{n}.txt").write_text(text, encoding="utf-8")
    return root


def _outputs(out: Path) -> dict[str, bytes]:
    """The build's files (outputs and manifest) as they are on disk."""
    return {name: (out / name).read_bytes() for name in (*OUTPUT_FILES, MANIFEST) if (out / name).exists()}


def _leftovers(out: Path) -> list[str]:
    return sorted(p.name for p in out.parent.iterdir() if p.name.startswith(f".{out.name}.newsgraph-") and
                  p.name != lock_path(out).name)


def _cli(*args: str, env: dict | None = None, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", RUN_CLI, *args], capture_output=True, text=True,
                          env={**os.environ, **(env or {})}, **kwargs)


@pytest.fixture(scope="module")
def old_build(tmp_path_factory):
    """A folder with a good build in it, and a copy of its files to compare with."""
    root = tmp_path_factory.mktemp("old")
    out = root / "out"
    newsgraph.build([_corpus(root / "in", FIRST)], out)
    return out, _outputs(out)


@pytest.fixture
def out(old_build, tmp_path):
    """A fresh copy of the good build for a test to attack."""
    folder = tmp_path / "out"
    folder.mkdir()
    for name, data in old_build[1].items():
        (folder / name).write_bytes(data)
    return folder


# --- the swap itself (no model needed) -------------------------------------------------------------

def test_commit_folder_swaps_whole_folders_and_keeps_other_files(tmp_path):
    target = tmp_path / "out"
    target.mkdir()
    (target / "report.txt").write_text("old")
    (target / "my-notes.txt").write_text("analyst's notes")
    (target / "sub").mkdir()
    (target / "sub" / "a.txt").write_text("kept")
    staged = staging_folder(target)
    (staged / "report.txt").write_text("new")
    commit_folder(staged, target, keep=lambda name: name != "report.txt")
    assert (target / "report.txt").read_text() == "new"
    assert (target / "my-notes.txt").read_text() == "analyst's notes"
    assert (target / "sub" / "a.txt").read_text() == "kept"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_a_folder_that_cannot_be_swapped_gets_its_files_one_by_one(tmp_path, monkeypatch):
    import newsgraph.graph.atomic as atomic

    target = tmp_path / "mounted"
    target.mkdir()
    for name, text in (("report.txt", "old"), (MANIFEST, "old"), ("nodes.csv", "old"), ("notes.txt", "mine")):
        (target / name).write_text(text)
    monkeypatch.setattr(atomic.os.path, "ismount", lambda path: Path(path) == target)
    staged = staging_folder(target)
    assert staged.parent == target
    (staged / "report.txt").write_text("new")
    (staged / MANIFEST).write_text("new")
    commit_folder(staged, target, keep=lambda name: name == "notes.txt")
    assert {p.name: p.read_text() for p in target.iterdir()} == {"report.txt": "new", MANIFEST: "new",
                                                                 "notes.txt": "mine"}
    left = staging_folder(target)  # as a killed build leaves it
    assert remove_leftovers(target, complete=lambda folder: True) == [left] and not left.exists()


def test_a_build_killed_between_two_renames_is_repaired(tmp_path):
    target = tmp_path / "out"
    new = tmp_path / ".out.newsgraph-new-1-aa"
    old = tmp_path / ".out.newsgraph-old-1-bb"
    for folder, text in ((new, "new"), (old, "old")):
        folder.mkdir()
        (folder / "report.txt").write_text(text)
    (new / MANIFEST).write_text("{}")
    removed = remove_leftovers(target, complete=lambda folder: (folder / MANIFEST).exists())
    assert (target / "report.txt").read_text() == "new" and removed == [old]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_an_unfinished_new_folder_is_never_put_in_place(tmp_path):
    target = tmp_path / "out"
    half = tmp_path / ".out.newsgraph-new-1-aa"
    half.mkdir()
    (half / "actors.jsonl").write_text("")
    remove_leftovers(target, complete=lambda folder: (folder / MANIFEST).exists())
    assert not target.exists() and not half.exists()


def test_lock_names_the_holder_and_a_dead_holder_is_taken_over(tmp_path):
    target = tmp_path / "out"
    with FolderLock(target):
        with pytest.raises(FolderLocked, match=f"pid {os.getpid()}"):
            FolderLock(target).acquire()
    lock_path(target).write_text("999999999\n")  # left by a killed build: no process holds it
    with FolderLock(target) as lock:
        assert lock.path.read_text().strip() == str(os.getpid())


# --- builds (the spaCy model) ------------------------------------------------------------------------

@pytest.mark.model
def test_new_build_replaces_the_whole_set_and_names_its_build(out, tmp_path):
    result = CliRunner().invoke(main, ["build", str(_corpus(tmp_path / "in2", SECOND)), "--out", str(out), "-q"])
    assert result.exit_code == 0, result.output
    manifest = read_manifest(out)
    assert manifest["build"] in result.output
    assert (out / "report.txt").read_text(encoding="utf-8").splitlines()[0] == f"build: {manifest['build']}"
    assert sorted(manifest["files"]) == sorted(OUTPUT_FILES)
    assert newsgraph.load(out).corpus.documents[0]["id"] == "doc0"
    assert b"Borduria accused" in (out / "documents.jsonl").read_bytes() or \
        b"Borduria" in (out / "actors.jsonl").read_bytes()
    assert _leftovers(out) == []


@pytest.mark.model
def test_mistyped_input_path_leaves_the_build_alone(out, old_build):
    result = CliRunner().invoke(main, ["build", "no-such-folder", "--out", str(out)])
    assert result.exit_code == 2
    assert result.output.strip() == ("newsgraph: error: no-such-folder: no such file or folder; nothing was built "
                                     "and the outputs are unchanged")
    assert _outputs(out) == old_build[1]


@pytest.mark.model
def test_nothing_processed_leaves_the_build_alone(out, old_build, tmp_path):
    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / "empty.txt").write_bytes(b"")
    result = CliRunner().invoke(main, ["build", str(tmp_path / "bad"), "--out", str(out), "-q"])
    assert result.exit_code == 3
    assert "nothing built" in result.output and "is unchanged" in result.output
    assert _outputs(out) == old_build[1]


@pytest.mark.model
@pytest.mark.parametrize("fault, words", [
    (OSError(errno.ENOSPC, "No space left on device"), "No space left on device"),
    (PermissionError(errno.EACCES, "Permission denied"), "Permission denied"),
])
def test_a_write_that_fails_is_one_line_and_changes_nothing(out, old_build, tmp_path, monkeypatch, fault, words):
    from dataclasses import replace

    from newsgraph.graph.outputs.registry import OUTPUTS

    def failing(path, rows):
        fault.filename = str(path)
        raise fault

    monkeypatch.setitem(OUTPUTS, "documents", replace(OUTPUTS["documents"], write=failing))
    result = CliRunner().invoke(main, ["build", str(_corpus(tmp_path / "in2", SECOND)), "--out", str(out), "-q"])
    assert result.exit_code == 2
    (line,) = result.output.strip().splitlines()
    assert line.startswith(f"newsgraph: error: cannot write the outputs of {out}") and words in line
    assert "the former outputs are unchanged" in line
    assert _outputs(out) == old_build[1] and _leftovers(out) == []


@pytest.mark.model
@pytest.mark.skipif(shutil.which("unshare") is None, reason="needs util-linux unshare")
def test_a_full_disk_is_one_line_and_changes_nothing(tmp_path):
    """A real full disk: a small tmpfs, mounted in a user namespace of its own."""
    if subprocess.run(["unshare", "-rm", "true"], capture_output=True).returncode != 0:
        pytest.skip("this kernel refuses unprivileged mount namespaces")
    small, big = _corpus(tmp_path / "small", FIRST), _corpus(tmp_path / "big", SECOND)
    disk = tmp_path / "disk"
    disk.mkdir()
    script = (f"mount -t tmpfs -o size=2m tmpfs {disk} && "
              f"{sys.executable} -c '{RUN_CLI}' build {small} --out {disk}/out --no-cache -q >/dev/null && "
              f"cp -r {disk}/out {tmp_path}/before && "
              f"head -c $(( $(df -k --output=avail {disk} | tail -1) * 1024 - 100000 )) /dev/zero > {disk}/filler; "
              f"{sys.executable} -c '{RUN_CLI}' build {big} --out {disk}/out --no-cache -q; echo \"rc=$?\"; "
              f"cp -r {disk}/out {tmp_path}/after; ls -a {disk}")
    done = subprocess.run(["unshare", "-rm", "sh", "-c", script], capture_output=True, text=True)
    assert "rc=2" in done.stdout, done.stdout + done.stderr
    (line,) = done.stderr.strip().splitlines()
    assert line == (f"newsgraph: error: cannot write the outputs of {disk}/out: No space left on device; "
                    f"the former outputs are unchanged")
    assert _outputs(tmp_path / "after") == _outputs(tmp_path / "before") != {}
    assert ".out.newsgraph-new" not in done.stdout  # the half-written folder is gone


@pytest.mark.model
def test_out_inside_a_file_or_on_a_file_is_one_line(tmp_path):
    (tmp_path / "a-file").write_text("x")
    docs = str(_corpus(tmp_path / "in", FIRST))
    inside = CliRunner().invoke(main, ["build", docs, "--out", str(tmp_path / "a-file" / "out")])
    assert inside.exit_code == 2 and "a-file: is not a folder" in inside.output
    assert "Traceback" not in inside.output
    debug = CliRunner().invoke(main, ["build", docs, "--out", str(tmp_path / "a-file" / "out"), "--debug"])
    assert debug.exit_code == 2 and "is not a folder" in debug.output


@pytest.mark.model
@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_read_only_output_folder_is_one_line(tmp_path):
    parent = tmp_path / "ro"
    parent.mkdir()
    parent.chmod(0o555)
    try:
        result = CliRunner().invoke(main, ["build", str(_corpus(tmp_path / "in", FIRST)), "--out",
                                           str(parent / "out")])
    finally:
        parent.chmod(0o755)
    assert result.exit_code == 2 and "Permission denied" in result.output
    assert len(result.output.strip().splitlines()) == 1


@pytest.mark.model
def test_leftovers_of_a_killed_build_are_removed(out, old_build, tmp_path):
    stale = out.parent / f".{out.name}.newsgraph-new-123-dead"
    stale.mkdir()
    (stale / "actors.jsonl").write_text("half")
    (out / ".graph.html.k2j3h4").write_text("half a page")
    result = CliRunner().invoke(main, ["build", str(_corpus(tmp_path / "in2", SECOND)), "--out", str(out), "-q"])
    assert result.exit_code == 0, result.output
    assert not stale.exists() and not (out / ".graph.html.k2j3h4").exists() and _leftovers(out) == []


@pytest.mark.model
@pytest.mark.parametrize("after", [1, 4])
def test_sigkill_while_writing_outputs_keeps_the_old_set(out, old_build, tmp_path, after):
    hook = (f"import dataclasses, os, signal\n"
            f"from newsgraph.graph.outputs.registry import OUTPUTS\n"
            f"calls = []\n"
            f"def counted(real):\n"
            f"    def write(path, rows):\n"
            f"        real(path, rows); calls.append(path)\n"
            f"        if len(calls) == {after}: os.kill(os.getpid(), signal.SIGKILL)\n"
            f"    return write\n"
            f"for name, output in list(OUTPUTS.items()):\n"
            f"    if output.kind == 'table':\n"
            f"        OUTPUTS[name] = dataclasses.replace(output, write=counted(output.write))\n")
    docs = _corpus(tmp_path / "in2", SECOND)
    killed = subprocess.run([sys.executable, "-c", hook + RUN_CLI, "build", str(docs), "--out", str(out), "-q"],
                            capture_output=True, text=True)
    assert killed.returncode == -signal.SIGKILL
    assert _outputs(out) == old_build[1]
    assert newsgraph.load(out).corpus.documents[0]["id"] == "doc0"
    assert _leftovers(out), "the killed build's folder is still there"
    again = _cli("build", str(docs), "--out", str(out), "-q")
    assert again.returncode == 0, again.stderr
    assert _leftovers(out) == [] and b"doc0" in (out / "documents.jsonl").read_bytes()


@pytest.mark.model
def test_sigkill_just_before_the_swap_keeps_the_old_set(out, old_build, tmp_path):
    hook = ("import os, signal, newsgraph.graph.atomic as atomic\n"
            "def exchange(a, b): os.kill(os.getpid(), signal.SIGKILL)\n"
            "atomic._exchange = exchange\n")
    killed = subprocess.run([sys.executable, "-c", hook + RUN_CLI, "build", str(_corpus(tmp_path / "in2", SECOND)),
                             "--out", str(out), "-q"], capture_output=True, text=True)
    assert killed.returncode == -signal.SIGKILL
    assert _outputs(out) == old_build[1]


@pytest.mark.model
def test_a_second_build_into_the_same_folder_is_refused_naming_the_first(out, old_build, tmp_path):
    docs = str(_corpus(tmp_path / "in2", SECOND))
    with FolderLock(out):  # as a running build holds it
        held = CliRunner().invoke(main, ["build", docs, "--out", str(out)])
    assert held.exit_code == 2
    assert held.output.strip() == (f"newsgraph: error: {out}: another newsgraph build (pid {os.getpid()}) is "
                                   f"writing this folder; wait for it to end or choose another --out")
    assert _outputs(out) == old_build[1]
    first = subprocess.Popen([sys.executable, "-c", RUN_CLI, "build", docs, "--out", str(out), "-q"],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        while lock_path(out).read_text().strip() != str(first.pid):
            assert time.monotonic() < deadline and first.poll() is None
            time.sleep(0.05)
        second = _cli("build", docs, "--out", str(out), "-q")
    finally:
        stdout, stderr = first.communicate(timeout=120)
    assert second.returncode == 2 and f"(pid {first.pid})" in second.stderr
    assert first.returncode == 0, stderr
    assert read_manifest(out)["build"] in stdout


def _children(pid: int) -> list[int]:
    try:
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except OSError:
        return []
    return [int(p) for p in text.split()]


def _alive(pid: int) -> bool:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    return "\nState:\tZ" not in status


@pytest.mark.model
@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="reads worker processes from /proc")
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP, signal.SIGKILL])
def test_workers_end_when_the_build_is_stopped(out, old_build, tmp_path, signum):
    docs = _corpus(tmp_path / "many", *(f"{FIRST} Report {n}." for n in range(300)))
    build = subprocess.Popen([sys.executable, "-c", RUN_CLI, "build", str(docs), "--out", str(out), "--jobs", "2",
                              "--batch-size", "1", "--no-cache", "-q"],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 90
    while len(workers := _children(build.pid)) < 2:
        assert build.poll() is None and time.monotonic() < deadline, build.communicate()
        time.sleep(0.05)
    time.sleep(0.5)
    build.send_signal(signum)
    _, stderr = build.communicate(timeout=60)
    deadline = time.monotonic() + 20
    while any(_alive(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(_alive(w) for w in workers), "a worker outlived its build"
    if signum == signal.SIGKILL:
        assert build.returncode == -signal.SIGKILL
    else:
        assert build.returncode == 128 + signum
        assert stderr.strip().splitlines()[-1] == \
            f"newsgraph: stopped by {signal.Signals(signum).name}: {out} is unchanged"
    assert _outputs(out) == old_build[1]


# a linked group of actors that is less than half of the graph: networkx lists such a subgraph's nodes in
# set order, which follows the hash seed
MANY_ACTORS = (
    "date 2026-03-02 Pakistan accused Afghanistan of shelling Torkham. India condemned Afghanistan on Monday. "
    "Iran accused India of arming Afghanistan. Pakistani jets struck Iranian positions.",
    *(f"date 2026-03-03 {name} said the harvest had been good this year." for name in (
        "Anna Berg", "Carl Dunn", "Erik Falk", "Greta Holm", "Ivan Jensen", "Karl Lund", "Maria Nilsson",
        "Olof Persson", "Rita Svensson", "Tove Ullman")),
)


def test_layout_is_the_same_whatever_the_hash_seed():
    script = ("import json, networkx as nx\n"
              "from newsgraph.graph.page.layout import network_layout\n"
              "g = nx.Graph([('ruritania', 'borduria'), ('borduria', 'syldavia'), ('syldavia', 'zembla'), "
              "('zembla', 'ruritania'), ('vask', 'klow'), ('klow', 'ruritania')])\n"
              "g.add_nodes_from(f'lone-{n}' for n in range(30))\n"
              "print(json.dumps(network_layout(g), sort_keys=True))")
    layouts = {subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                              env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2", "3")}
    assert len(layouts) == 1


@pytest.mark.model
def test_page_is_byte_identical_whatever_the_hash_seed(tmp_path):
    docs = _corpus(tmp_path / "in", *MANY_ACTORS)
    pages = []
    for seed in ("1", "2"):
        done = _cli("build", str(docs), "--out", str(tmp_path / f"out{seed}"), "--no-cache", "-q",
                    env={"PYTHONHASHSEED": seed})
        assert done.returncode == 0, done.stderr
        pages.append((tmp_path / f"out{seed}" / "graph.html").read_bytes())
    assert pages[0] == pages[1]
