"""The code passes the project's linters (ruff, mypy), as part of the one test command."""

from __future__ import annotations

import importlib.util
import subprocess
import sys

import pytest

from .conftest import ROOT


@pytest.mark.parametrize("tool, args", [("ruff", ["check", "kg", "tests", "scripts", "benchmarks"]), ("mypy", ["kg"])])
def test_linter_is_clean(tool, args):
    if importlib.util.find_spec(tool) is None:
        pytest.fail(f"{tool} is not installed: pip install -e '.[test]'")
    args = [a for a in args if a.startswith("-") or a == "check" or (ROOT / a).exists()]
    result = subprocess.run([sys.executable, "-m", tool, *args], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
