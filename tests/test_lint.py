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


def test_import_contracts_hold():
    """Data flows one way (pyproject's [tool.importlinter]): extraction imports nothing from kg.rdf or
    kg.store, kg.rdf nothing from kg.lang, and no library module imports kg.cli."""
    if importlib.util.find_spec("importlinter") is None:
        pytest.fail("import-linter is not installed: pip install -e '.[test]'")
    result = subprocess.run([sys.executable, "-c", "import sys; from importlinter.cli import lint_imports_command; "
                             "sys.exit(lint_imports_command())"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "3 kept, 0 broken" in result.stdout


def test_a_broken_contract_is_caught(tmp_path):
    """The linter really looks: a copy of the package where extraction imports the store fails."""
    import shutil

    if importlib.util.find_spec("importlinter") is None:
        pytest.fail("import-linter is not installed: pip install -e '.[test]'")
    shutil.copytree(ROOT / "kg", tmp_path / "kg", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    bad = tmp_path / "kg" / "extract" / "sentences.py"
    bad.write_text(bad.read_text() + "\nfrom kg.store import tables  # noqa\n")
    result = subprocess.run([sys.executable, "-c", "import sys; sys.path.insert(0, '.'); "
                             "from importlinter.cli import lint_imports_command; sys.exit(lint_imports_command())"],
                            cwd=tmp_path, capture_output=True, text=True)
    assert result.returncode != 0 and "Extraction knows nothing of RDF or the store BROKEN" in result.stdout
