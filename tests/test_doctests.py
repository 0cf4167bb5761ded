"""Every docstring example in the package runs as a test."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import newsgraph


def _modules():
    names = ["newsgraph"]
    for info in pkgutil.walk_packages(newsgraph.__path__, "newsgraph."):
        names.append(info.name)
    return sorted(names)


@pytest.mark.parametrize("name", _modules())
def test_doctests_pass(name):
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0, f"{result.failed} doctest(s) failed in {name}"
