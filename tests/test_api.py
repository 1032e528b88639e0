"""The public API a notebook uses: kg.open, build, query, partners, network, render; KgError; no printing."""

from __future__ import annotations

import os
import runpy
import subprocess
import sys

import networkx as nx
import pytest

import kg
from kg.analyse import Partner

from .conftest import ROOT, SEEDS


@pytest.fixture(scope="module")
def graph(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("api")
    g = kg.open(tmp / "store")
    report = g.build([SEEDS], out=tmp / "exports")
    assert len(report.built) == 5 and (tmp / "exports" / "kg.ttl").exists()
    return g


def test_all_lists_exactly_the_public_names():
    public = {n for n in dir(kg) if not n.startswith("_") and not isinstance(getattr(kg, n), type(kg))}
    assert set(kg.__all__) == public | {"__version__"}
    for name in kg.__all__:
        assert hasattr(kg, name)
    assert issubclass(kg.StoreError, kg.KgError) and issubclass(kg.QueryError, kg.KgError)


def test_query_by_name_gives_rows_of_dicts(graph):
    rows = graph.query("ties")
    assert isinstance(rows, kg.Rows) and rows.columns == ["article", "a", "a_label", "b", "b_label", "sector"]
    assert {"article": "001_8f08c039d3e307b3", "a": "KR", "a_label": "South Korea", "b": "NATO",
            "b_label": "North Atlantic Treaty Organization", "sector": "cybersecurity"} in rows
    assert graph.query("ties", sparql=True) == rows  # the competency tables and SPARQL agree


def test_query_in_sparql_and_ask(graph):
    rows = graph.query("SELECT ?f WHERE { GRAPH ?g { ?a dip:fileName ?f } } ORDER BY ?f")
    assert [r["f"] for r in rows][:2] == ["000_ca08ccc277207dda", "001_8f08c039d3e307b3"]
    assert graph.query("ASK { GRAPH ?g { ?t a dip:Tie } }") == [{"boolean": "true"}]


@pytest.mark.parametrize(("query", "message"), [
    ("DELETE WHERE { ?s ?p ?o }", "refused"),
    ("SELECT ?s WHERE { SERVICE <http://example.org/> { ?s ?p ?o } }", "refused"),
    ("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } } LIMIT 1", "not a SELECT or ASK"),
    ("SELECT ?s WHERE {", "line"),
])
def test_refused_queries_raise_kg_errors_with_one_line(graph, query, message):
    with pytest.raises(kg.KgError, match=message) as info:
        graph.query(query)
    assert "\n" not in str(info.value)


def test_partners_network_and_render(graph, tmp_path):
    partners = graph.partners(focus="kr", top=3)
    assert len(partners) == 3 and all(isinstance(p, Partner) for p in partners)
    assert partners == sorted(partners, key=lambda p: (-p.weight, -p.articles, -p.pagerank, p.code))
    net = graph.network()
    assert isinstance(net, nx.Graph) and {"KR", "NATO", "ASEAN"} <= set(net)
    page = graph.render(tmp_path / "g.html")
    assert (tmp_path / "g.html").read_bytes() == page and b"<html" in page
    with pytest.raises(kg.KgError, match="ZZ"):
        graph.partners(focus="ZZ")
    with pytest.raises(kg.KgError, match="ZZ"):
        graph.render(focus="ZZ")


def test_the_library_prints_nothing(graph, capsys):
    graph.query("ties")
    graph.partners()
    assert capsys.readouterr() == ("", "")


def test_rows_to_pandas_explains_a_missing_pandas(graph, monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(kg.KgError, match="pip install pandas"):
        graph.query("ties").to_pandas()


def test_a_served_store_is_refused_to_builders(tmp_path):
    g = kg.open(tmp_path / "store")
    g.build([SEEDS], out=None)
    g.close()
    reader = kg.open(tmp_path / "store")
    with reader.serving():
        with pytest.raises(kg.StoreError, match="kg serve"):
            kg.open(tmp_path / "store").build([SEEDS], out=None)
    assert kg.open(tmp_path / "store").build([SEEDS], out=None).unchanged


def test_the_notebook_script_runs_end_to_end(tmp_path):
    env = dict(os.environ, KG_SEEDS=str(SEEDS), KG_WORK=str(tmp_path))
    out = subprocess.run([sys.executable, str(ROOT / "docs" / "notebook.py")], env=env, capture_output=True, text=True,
                         timeout=300)
    assert out.returncode == 0, out.stderr
    assert "5 built" in out.stdout and "Korea's pairs" in out.stdout and "refused:" in out.stdout
    assert (tmp_path / "korea.html").exists() and (tmp_path / "exports" / "kg.trig").exists()


def test_the_notebook_runs_in_process(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "seeds").symlink_to(SEEDS)
    scope = runpy.run_path(str(ROOT / "docs" / "notebook.py"))
    assert scope["report"].built and scope["rows"]


def test_the_readme_example_runs_as_written(tmp_path, monkeypatch):
    """The Python block of README's "Python API" section, run as a user pastes it in the repository root."""
    import re

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Python API"):]
    code = re.search(r"```python\n(.*?)```", section, re.S).group(1)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "seeds").symlink_to(SEEDS)
    scope: dict = {}
    exec(compile(code, "README.md", "exec"), scope)  # noqa: S102 (our own documentation)
    assert len(scope["report"].built) == 5 and scope["rows"] and (tmp_path / "exports" / "kg.ttl").exists()
