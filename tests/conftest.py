"""Shared fixtures: paths to the project's data, a built seeds store, a CLI runner."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.article import Article
from kg.build import build_and_export, process
from kg.read import read_text
from kg.store import Store

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
GOLD = ROOT / "tests" / "data" / "gold"


@pytest.fixture(scope="session")
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture(scope="session")
def built_seeds(tmp_path_factory) -> tuple[Store, Path]:
    """The seeds built once into a store and an export folder, shared by read-only tests."""
    tmp = tmp_path_factory.mktemp("seeds")
    store = Store(tmp / "store")
    build_and_export([SEEDS], store, tmp / "exports", jobs=1)
    return store, tmp / "exports"


def article_from(text: str, name: str = "t") -> Article:
    """Run the pipeline (clean + extract) over a hand-written article."""
    return process(read_text(text, name=name))
