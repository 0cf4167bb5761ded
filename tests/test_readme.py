"""Every example the README prints, run on the sample article and compared with what it shows.

Python sessions (```pycon blocks) run as doctests; shell sessions (blocks of ``$`` lines) run
through the command line, each command's output compared with the lines under it ("..."
stands for text left out).
"""

from __future__ import annotations

import doctest
import re
import shlex
from pathlib import Path

import pytest
from click.testing import CliRunner

import newsgraph
from newsgraph.cli import main

pytestmark = pytest.mark.model

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
BLOCKS = re.findall(r"^```(\w*)\n(.*?)^```", README, re.MULTILINE | re.DOTALL)
PYTHON = [body for lang, body in BLOCKS if lang == "pycon"]
CHECKER = doctest.OutputChecker()
SHELL = [body for lang, body in BLOCKS if not lang and body.startswith("$ ")]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    folder = tmp_path_factory.mktemp("readme")
    newsgraph.build([ROOT / "seeds"], folder / "output", cache=False)
    (folder / "tests").symlink_to(ROOT / "tests")
    return folder


@pytest.fixture
def in_built(built, monkeypatch):
    monkeypatch.chdir(built)
    monkeypatch.setenv("COLUMNS", "120")
    return built


def test_readme_has_examples():
    assert len(PYTHON) >= 2 and len(SHELL) >= 3


def test_readme_python_examples(in_built):
    # the sessions follow on from one another: ``g`` loaded in the first is used by the next
    pytest.importorskip("pandas")
    globs = {"newsgraph": newsgraph}
    runner = doctest.DocTestRunner(optionflags=doctest.NORMALIZE_WHITESPACE | doctest.ELLIPSIS)
    report: list[str] = []
    for session in PYTHON:
        line = README[:README.index(session)].count("\n")
        test = doctest.DocTestParser().get_doctest(session, globs, "README", "README.md", line)
        runner.run(test, out=report.append, clear_globs=False)
        globs = test.globs
    assert runner.failures == 0, "".join(report)


def _commands(session: str) -> list[tuple[str, str]]:
    """(command, the output printed under it) for every ``$`` line of a shell session."""
    steps: list[tuple[str, list[str]]] = []
    for line in session.splitlines():
        if line.startswith("$ "):
            steps.append((line[2:], []))
        else:
            steps[-1][1].append(line)
    return [(command, "".join(f"{line}\n" for line in lines)) for command, lines in steps]


@pytest.mark.parametrize("session", SHELL, ids=[f"shell-{i}" for i in range(len(SHELL))])
def test_readme_shell_examples(in_built, session):
    runner = CliRunner()
    status = 0
    for command, shown in _commands(session):
        words = shlex.split(command)
        if words == ["echo", "$?"]:
            printed = f"{status}\n"
        else:
            assert words[0] == "newsgraph", command
            result = runner.invoke(main, words[1:])
            status, printed = result.exit_code, result.output
        # "..." in the README stands for text left out, as in a doctest
        assert CHECKER.check_output(shown, printed, doctest.ELLIPSIS), (
            f"$ {command}\n--- the README shows:\n{shown}--- it prints:\n{printed}")
