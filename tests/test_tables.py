"""Competency tables (kg.store.tables): the per-fact bundled queries answered from the build's index must
give exactly, byte for byte, the CSV that Oxigraph's SPARQL engine gives over the store."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.build import build_and_export
from kg.store.embedded import Store
from kg.store.query import from_tables, run
from kg.store.tables import TABLES, csv_rows

from .conftest import GOLD, ROOT, SEEDS


def _generate(out: Path, n: int) -> None:
    spec = importlib.util.spec_from_file_location("generate", ROOT / "benchmarks" / "generate.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.generate(out, n, seed=11, gold=False)


@pytest.fixture(scope="module")
def corpus_store(tmp_path_factory) -> Store:
    """Seeds, dev articles and 150 synthetic ones, in one store."""
    tmp = tmp_path_factory.mktemp("tables")
    corpus = tmp / "corpus"
    corpus.mkdir()
    for folder in (SEEDS, GOLD / "dev"):
        for f in folder.glob("*.txt"):
            shutil.copy(f, corpus / f.name)
    _generate(corpus / "synthetic", 150)
    store = Store(tmp / "store")
    build_and_export([corpus], store, tmp / "out", jobs=2)
    return store


@pytest.mark.parametrize("name", sorted(TABLES))
def test_each_table_is_the_sparql_answer(corpus_store: Store, name: str) -> None:
    fast = run(corpus_store, name, fmt="csv")
    slow = run(corpus_store, name, fmt="csv", sparql_only=True)
    assert fast.count(b"\r\n") > 20, "the corpus gives every table rows"
    assert fast == slow


@pytest.mark.parametrize("name", sorted(TABLES))
def test_table_format_matches_sparql(corpus_store: Store, name: str) -> None:
    assert run(corpus_store, name, fmt="table") == run(corpus_store, name, fmt="table", sparql_only=True)


def test_tables_follow_incremental_builds(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    store = Store(tmp_path / "store")
    build_and_export([corpus], store, tmp_path / "out", jobs=1)
    before = run(store, "ties", fmt="csv")
    victim = sorted(corpus.glob("*.txt"))[0]
    victim.unlink()
    build_and_export([corpus], store, tmp_path / "out", jobs=1, prune=True)
    after = run(store, "ties", fmt="csv")
    assert victim.stem.encode() in before and victim.stem.encode() not in after
    assert after == run(store, "ties", fmt="csv", sparql_only=True)


def test_other_queries_and_formats_go_to_sparql(built_seeds) -> None:
    store, _ = built_seeds
    assert from_tables(store, "ties", "csv") is not None
    assert from_tables(store, "ties", "json") is None
    assert from_tables(store, "partners", "csv") is None
    assert from_tables(store, "SELECT * { ?s ?p ?o } LIMIT 1", "csv") is None


def test_unfinished_build_falls_back_to_sparql(tmp_path: Path) -> None:
    store = Store(tmp_path / "store")
    build_and_export([SEEDS], store, tmp_path / "out", jobs=1)
    store.manifest.set_state("building", "1")
    assert from_tables(store, "ties", "csv") is None
    assert run(store, "ties", fmt="csv").startswith(b"article,a,a_label,b,b_label,sector\r\n")


def test_csv_quoting_matches_oxigraph() -> None:
    """Values with commas, quotes, line breaks and non-ASCII text are written as Oxigraph writes them."""
    values = ["plain", "a, b", 'say "hi"', "two\nlines", "cr\rhere", "Séoul – 서울", ""]
    store = ox.Store()
    for i, v in enumerate(values):
        store.add(ox.Quad(ox.NamedNode(f"http://x/{i}"), ox.NamedNode("http://x/p"), ox.Literal(v)))
    result = store.query("SELECT ?s ?v { ?s <http://x/p> ?v } ORDER BY ?s")
    expected = bytes(result.serialize(format=ox.QueryResultsFormat.CSV) or b"")
    rows = [(f"http://x/{i}", v) for i, v in sorted(enumerate(values), key=lambda p: f"http://x/{p[0]}")]
    assert b"s,v\r\n" + csv_rows(rows) == expected

