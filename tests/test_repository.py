"""The repository holds source, data and docs: no file over 1 MB is tracked outside exports/."""

from __future__ import annotations

import subprocess

import pytest

from tests.conftest import ROOT

LIMIT = 1_000_000


def tracked() -> list[str]:
    try:
        out = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("not a git checkout")
    return [p for p in out.decode().split("\0") if p]


def test_no_large_file_is_tracked_outside_exports():
    large = [p for p in tracked() if not p.startswith("exports/") and (ROOT / p).is_file() and (ROOT / p).stat().st_size > LIMIT]
    assert not large, f"tracked files over 1 MB (build outputs, wheels, caches?): {large}"


def test_no_wheel_is_tracked():
    assert not [p for p in tracked() if p.endswith(".whl")]
