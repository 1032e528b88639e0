"""The CLI end to end, as a user runs it: build, query, eval, explain, validate."""

from __future__ import annotations

import csv
import io
import json
import shutil
import sqlite3
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.cli import cli
from kg.store.index import unpack

from .conftest import ROOT, SEEDS


def run(runner, *args, ok=True):
    result = runner.invoke(cli, list(map(str, args)), catch_exceptions=False)
    if ok:
        assert result.exit_code == 0, result.output
    return result


@pytest.fixture
def workdir(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return tmp_path


def rows(runner, query, store):
    return list(csv.DictReader(io.StringIO(run(runner, "query", query, "--store", store, "--format", "csv").output)))


def test_build_prints_a_summary_and_writes_exports(runner, workdir):
    out = run(runner, "build", SEEDS).output
    assert "articles: 5 built, 0 unchanged, 0 refused" in out
    assert "facts:" in out and "triples:" in out and "time:" in out
    assert (workdir / "exports" / "kg.ttl").stat().st_size > 1000
    assert (workdir / ".kg").is_dir()


def test_build_reports_the_files_it_skips_by_kind(runner, workdir):
    folder = workdir / "in"
    folder.mkdir()
    for seed in sorted(SEEDS.glob("*.txt"))[:2]:
        shutil.copy(seed, folder)
    for name in ("notes.md", "table.csv", "more.csv", "photo.png", ".hidden.md"):
        (folder / name).write_text("x")
    (folder / ".kg").mkdir()
    (folder / ".kg" / "store.db").write_text("x")  # a store's folder is not input
    out = run(runner, "build", folder).output
    assert "skipped 4 files that are not articles (.txt, .html, .warc, .jsonl): 2 .csv, 1 .md, 1 .png" in out
    assert "articles: 2 built" in out


def test_competency_queries_return_the_seeds_facts(runner, workdir):
    run(runner, "build", SEEDS)
    ties = rows(runner, "ties", ".kg")
    assert {"article", "a", "a_label", "b", "b_label", "sector"} == set(ties[0])
    assert {(r["a"], r["b"]) for r in ties if r["article"] == "001_8f08c039d3e307b3"} >= {("KR", "NATO")}
    assert any(r["sector"] == "critical-minerals" for r in ties if {r["a"], r["b"]} == {"KR", "IT"})
    people = rows(runner, "people", ".kg")
    assert {"name": "Jens Stoltenberg", "role": "secretary-general", "affiliation": "NATO",
            "affiliation_label": "North Atlantic Treaty Organization", "article": "001_8f08c039d3e307b3"} in people
    actors = rows(runner, "actors", ".kg")
    assert {"article": "002_e881156971b9c5d5", "code": "AITEC", "type": "company", "label": "AITEC"} in actors
    agreements = rows(runner, "agreements", ".kg")
    assert {r["kind"] for r in agreements} >= {"mou", "joint-statement", "partnership", "action-plan"}
    meetings = rows(runner, "meetings", ".kg")
    multilateral = [r for r in meetings if r["article"] == "004_1ff4434fd1fdf8f1"]
    assert {r["participant"] for r in multilateral} == {"ASEAN", "KR", "VN"} and len({r["meeting"] for r in multilateral}) == 1
    partners = rows(runner, "partners", ".kg")
    assert {"partner", "label", "articles", "sectors"} == set(partners[0])
    assert partners[0]["partner"] == "ID" and partners[0]["articles"] == "2"


def test_query_from_text_and_file_and_json(runner, workdir):
    run(runner, "build", SEEDS)
    (workdir / "q.rq").write_text("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?t a dip:Tie } }")
    answer = json.loads(run(runner, "query", "q.rq", "--format", "json").output)
    assert int(answer["results"]["bindings"][0]["n"]["value"]) >= 8
    assert "rows" in run(runner, "query", "SELECT ?s WHERE { GRAPH ?g { ?s a dip:Meeting } }").output
    assert "true" in run(runner, "query", "ASK { GRAPH ?g { ?s a dip:Agreement } }").output


@pytest.mark.parametrize("query, message", [
    ("INSERT DATA { <http://a> <http://b> <http://c> }", "refused: updates"),
    ("DELETE WHERE { ?s ?p ?o }", "refused: updates"),
    ("LOAD <http://example.org/data.ttl>", "refused: updates"),
    ("DROP ALL", "refused: updates"),
    ("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }", "refused: SERVICE"),
    ("SELECT * FROM <http://example.org/g> WHERE { ?s ?p ?o }", "refused: FROM"),
    ("SELECT * FROM NAMED <file:///etc/passwd> WHERE { GRAPH ?g { ?s ?p ?o } }", "refused: FROM"),
    ("SELECT ?x WHERE { ?x ", "syntax error"),
    ("no such query", "not SPARQL"),
])
def test_hostile_and_broken_queries_get_one_line_errors(runner, workdir, query, message):
    run(runner, "build", SEEDS)
    before = store_quads(workdir / ".kg")
    result = run(runner, "query", query, ok=False)
    assert result.exit_code == 1
    assert message in result.output and "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert store_quads(workdir / ".kg") == before  # the store itself: the refused query changed nothing


def store_quads(path) -> list:
    """Every quad in the store, read from Oxigraph itself (kg.trig is written from the build index)."""
    store = ox.Store.read_only(str(path / "oxigraph"))
    try:
        return sorted(map(str, store))
    finally:
        del store


def test_store_quads_sees_a_change_made_behind_kg(runner, workdir):
    run(runner, "build", SEEDS)
    before = store_quads(workdir / ".kg")
    store = ox.Store(str(workdir / ".kg" / "oxigraph"))
    store.update("DELETE WHERE { GRAPH ?g { ?s <https://w3id.org/kg-diplomacy/ontology#quote> ?q } }")
    del store
    assert len(store_quads(workdir / ".kg")) < len(before)


def test_an_extractor_bug_refuses_one_article_with_its_cause_and_verbose_shows_the_traceback(runner, workdir, monkeypatch):
    from kg import build as build_module

    stages = build_module.process

    def broken(article):
        if article.name == "001_8f08c039d3e307b3":
            raise ZeroDivisionError("a bug in a rule")
        return stages(article)

    monkeypatch.setattr(build_module, "process", broken)
    out = run(runner, "build", SEEDS, "--jobs", "1").output
    assert "4 built" in out and "1 refused" in out
    assert "001_8f08c039d3e307b3.txt: extraction failed (ZeroDivisionError: a bug in a rule)" in out
    assert "Traceback" not in out
    verbose = run(runner, "build", SEEDS, "--jobs", "1", "--verbose", "--store", "other").output
    assert "Traceback (most recent call last)" in verbose and "raise ZeroDivisionError" in verbose


@pytest.mark.parametrize("jobs", ["0", "-2"])
def test_jobs_below_one_are_refused(runner, workdir, jobs):
    result = run(runner, "build", SEEDS, "--jobs", jobs, ok=False)
    assert result.exit_code == 1 and "--jobs must be at least 1" in result.output


def test_query_without_a_store_says_to_build(runner, workdir):
    result = run(runner, "query", "ties", ok=False)
    assert result.exit_code == 1 and "run `kg build` first" in result.output


def test_bad_files_are_refused_by_name_and_the_rest_still_builds(runner, workdir):
    corpus = workdir / "corpus"
    shutil.copytree(SEEDS, corpus)
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00")
    (corpus / "bom_crlf.txt").write_bytes("\ufeffJudul\r\nKorea Selatan dan Jepang sepakat bekerja sama.\r\n".encode())
    out = run(runner, "build", corpus).output
    assert "articles: 6 built, 0 unchanged, 2 refused" in out
    result = run(runner, "build", corpus)
    assert "0 built, 6 unchanged, 2 refused" in result.output


def test_rebuild_replaces_an_article_and_never_duplicates(runner, workdir):
    corpus = workdir / "corpus"
    shutil.copytree(SEEDS, corpus)
    run(runner, "build", corpus)
    first = rows(runner, "ties", ".kg")
    (corpus / "001_8f08c039d3e307b3.txt").write_text("Judul\nKorea Selatan dan Kanada sepakat memperkuat kerja sama energi.\n")
    assert "1 built, 4 unchanged" in run(runner, "build", corpus).output
    second = rows(runner, "ties", ".kg")
    assert [r for r in second if r["article"] == "001_8f08c039d3e307b3"] == [
        {"article": "001_8f08c039d3e307b3", "a": "CA", "a_label": "Canada", "b": "KR", "b_label": "South Korea",
         "sector": "energy"}]
    assert [r for r in first if r["article"] != "001_8f08c039d3e307b3"] == [r for r in second if r["article"] != "001_8f08c039d3e307b3"]
    assert unused_shared_lines(workdir / ".kg") == 0  # NATO's description went with the old article
    (corpus / "004_1ff4434fd1fdf8f1.txt").unlink()
    assert "1 pruned" in run(runner, "build", corpus, "--prune").output
    assert not [r for r in rows(runner, "ties", ".kg") if r["article"] == "004_1ff4434fd1fdf8f1"]
    assert unused_shared_lines(workdir / ".kg") == 0


def test_new_extraction_rules_rebuild_every_article(runner, workdir, monkeypatch):
    corpus = workdir / "corpus"
    shutil.copytree(SEEDS, corpus)
    run(runner, "build", corpus)
    assert "0 built, 5 unchanged" in run(runner, "build", corpus).output
    from kg import build as build_module

    monkeypatch.setattr(build_module, "pipeline_fingerprint", lambda: "other rules")
    out = run(runner, "build", corpus).output
    assert "5 built, 0 unchanged" in out and "another version of the extraction rules" in out
    assert len({r["article"] for r in rows(runner, "ties", ".kg")}) == 5


def test_the_shared_graph_follows_the_articles_through_rebuilds(runner, workdir):
    """New articles add their shared lines to the store's shared graph as they load; a replaced or
    pruned article reloads it whole: either way it holds exactly the lines the index holds."""
    corpus = workdir / "corpus"
    corpus.mkdir()
    for seed in sorted(SEEDS.glob("*.txt"))[:3]:
        shutil.copy(seed, corpus)
    steps = [lambda: None,
             lambda: shutil.copy(sorted(SEEDS.glob("*.txt"))[3], corpus),  # a new article only
             lambda: (corpus / sorted(SEEDS.glob("*.txt"))[0].name).write_text(
                 "Judul\nKorea Selatan dan NATO sepakat memperkuat kerja sama pertahanan.\n"),  # replaced
             lambda: (corpus / sorted(SEEDS.glob("*.txt"))[1].name).unlink()]  # pruned
    sizes = []
    for step in steps:
        step()
        run(runner, "build", corpus, "--prune")
        in_store, in_index = shared_graph(workdir / ".kg")
        assert in_store == in_index and in_index
        sizes.append(len(in_index))
    assert sizes[1] > sizes[0] and sizes[3] < sizes[2]


def shared_graph(store) -> tuple[set[str], set[str]]:
    """The shared graph's triples in the store, and the index's shared lines, both as N-Triples lines."""
    from kg.rdf.vocab import SHARED_GRAPH
    from kg.store.index import Manifest

    ox_store = ox.Store.read_only(str((store / "oxigraph").absolute()))
    in_store = {f"{q.subject} {q.predicate} {q.object} .\n" for q in ox_store.quads_for_pattern(None, None, None, ox.NamedNode(SHARED_GRAPH))}
    del ox_store
    manifest = Manifest(store / "manifest.sqlite")
    try:
        in_index = {f"{t.subject} {t.predicate} {t.object} .\n" for line in manifest.shared_lines()
                    for t in ox.parse(line.encode(), format=ox.RdfFormat.N_TRIPLES)}
    finally:
        manifest.db.close()
    return in_store, in_index


def unused_shared_lines(store) -> int:
    db = sqlite3.connect(store / "manifest.sqlite")
    try:
        used = {i for (ids,) in db.execute("SELECT lines FROM articles") for i in unpack(ids)}
        return sum(i not in used for (i,) in db.execute("SELECT id FROM lines"))
    finally:
        db.close()


def test_large_loads_compact_the_store_and_answers_stay(runner, workdir, monkeypatch):
    run(runner, "build", SEEDS)
    before = {q: run(runner, "query", q, "--store", ".kg", "--format", "csv", "--sparql").output for q in ("ties", "partners")}
    assert "optimize" not in run(runner, "build", SEEDS, "--store", ".kg2").output
    monkeypatch.setattr("kg.build.OPTIMIZE_QUADS", 100)  # the seeds as if they were a large corpus
    assert "optimize" in run(runner, "build", SEEDS, "--store", ".kg3").output
    for q, answer in before.items():
        assert run(runner, "query", q, "--store", ".kg3", "--format", "csv", "--sparql").output == answer


def test_a_failed_build_leaves_the_last_good_exports(runner, workdir):
    run(runner, "build", SEEDS)
    before = (workdir / "exports" / "kg.ttl").read_bytes()
    bad = workdir / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_bytes(b"")
    result = run(runner, "build", bad, "--store", "other", ok=False)
    assert result.exit_code == 1 and "nothing exported" in result.output
    assert (workdir / "exports" / "kg.ttl").read_bytes() == before


def test_exports_are_byte_identical_across_stores_and_orders(runner, workdir):
    run(runner, "build", SEEDS, "--store", "one", "--out", "one-out", "--jobs", "1")
    reversed_dir = workdir / "copy"
    reversed_dir.mkdir()
    for f in sorted(SEEDS.glob("*.txt"), reverse=True):
        shutil.copy(f, reversed_dir / f.name)
    run(runner, "build", reversed_dir, "--store", "two", "--out", "two-out", "--jobs", "2")
    # With two jobs the articles' JSON-LD is written by a process of its own, with one in this one.
    for name in ("kg.ttl", "kg.trig", "kg.jsonld"):
        assert (workdir / "one-out" / name).read_bytes() == (workdir / "two-out" / name).read_bytes()
    assert sorted(p.name for p in (workdir / "two-out").iterdir()) == sorted(p.name for p in (workdir / "one-out").iterdir())


def test_exports_parse_with_a_strict_parser_and_conform_to_the_shapes(runner, built_seeds):
    _, exports = built_seeds
    assert len(list(ox.parse(path=str(exports / "kg.ttl"), format=ox.RdfFormat.TURTLE))) > 1000
    assert len({q.graph_name for q in ox.parse(path=str(exports / "kg.trig"), format=ox.RdfFormat.TRIG)}) == 5 + 3  # + shared, summary, measures
    out = run(runner, "validate", exports / "kg.ttl", exports / "kg.trig").output
    assert out.count("conforms") == 2 and "does not" not in out


def test_committed_exports_are_what_kg_build_seeds_writes(built_seeds):
    """The committed graphs hold the triples a build writes now (compared as graphs, with the
    differing triples shown); the other exports are compared as bytes."""
    from rdflib import Dataset, Graph
    from rdflib.compare import graph_diff, to_isomorphic

    _, exports = built_seeds
    for path in sorted(exports.iterdir()):
        committed = ROOT / "exports" / path.name
        assert committed.exists(), f"exports/{path.name} missing: run `kg build seeds/`"
        if path.suffix in (".ttl", ".trig"):
            fmt = "turtle" if path.suffix == ".ttl" else "trig"
            graphs = []
            for source in (committed, path):
                data = Dataset() if fmt == "trig" else Graph()
                data.parse(source, format=fmt, publicID="https://example.org/exports/")  # void.ttl's dumps are relative
                flat = Graph()
                for triple in (data.triples((None, None, None)) if fmt == "turtle" else
                               ((s, p, o) for s, p, o, _ in data.quads((None, None, None, None)))):
                    flat.add(triple)
                graphs.append(to_isomorphic(flat))
            if graphs[0] != graphs[1]:
                _, gone, new = graph_diff(*graphs)
                shown = [f"- {t}" for t in sorted(gone)[:10]] + [f"+ {t}" for t in sorted(new)[:10]]
                pytest.fail(f"exports/{path.name} is stale (run `kg build seeds/`):\n" + "\n".join(shown))
        else:
            assert committed.read_bytes() == path.read_bytes(), f"exports/{path.name} is stale: run `kg build seeds/`"


def test_explain_shows_facts_with_sentences_and_rules(runner):
    out = run(runner, "explain", SEEDS / "001_8f08c039d3e307b3.txt").output
    assert "person Jens Stoltenberg: secretary-general of NATO" in out
    assert "tie KR–NATO" in out and "pair-group" in out and "Sekretaris Jenderal NATO" in out


def test_every_command_is_documented_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in cli.commands:
        assert f"kg {name}" in readme, name


def test_the_dev_folder_builds_and_its_exports_conform(runner, workdir):
    """52 varied articles (companies, monarchs, summits): none refused, both exports pass the shapes."""
    out = run(runner, "build", ROOT / "tests" / "data" / "gold" / "dev", "--about", "all").output
    assert "52 built, 0 unchanged, 0 refused" in out
    about = run(runner, "build", ROOT / "tests" / "data" / "gold" / "dev", "--store", ".kg-kr", "--out", "kr").output
    assert "not about KR" in about  # by default, only the articles about Korea: Indonesia's own ties are left out
    checked = run(runner, "validate", "exports/kg.ttl", "exports/kg.trig").output
    assert checked.count(": conforms") == 2, checked


def test_validate_names_a_missing_export_instead_of_finding_another(runner, workdir):
    result = run(runner, "validate", ok=False)  # no exports/ here (one exists in the parent folders of some checkouts)
    assert result.exit_code == 1 and str(workdir / "exports" / "kg.ttl") in result.output and "no such file" in result.output


def test_syntax_errors_count_lines_in_the_users_text(runner, workdir):
    run(runner, "build", SEEDS)
    result = run(runner, "query", "SELECT ?x\nWHERE { ?x ", ok=False)
    assert "line 2" in result.output and "line 2" in result.output.splitlines()[-1]


def test_a_pattern_without_graph_finds_the_facts(runner, workdir):
    run(runner, "build", SEEDS)
    out = run(runner, "query", "SELECT (COUNT(DISTINCT ?t) AS ?n) WHERE { ?t a dip:Tie }", "--format", "csv").output
    assert int(out.splitlines()[1]) == len({(r["article"], r["a"], r["b"]) for r in rows(runner, "ties", ".kg")})


def test_graph_answers_need_a_graph_format(runner, workdir):
    run(runner, "build", SEEDS)
    construct = "CONSTRUCT { ?t a dip:Tie } WHERE { GRAPH ?g { ?t a dip:Tie } }"
    refused = run(runner, "query", construct, "--format", "csv", ok=False)
    assert refused.exit_code == 1 and "--format turtle" in refused.output
    turtle = run(runner, "query", construct, "--format", "turtle").output
    assert len(list(ox.parse(turtle.encode(), format=ox.RdfFormat.TURTLE))) >= 8
    select = run(runner, "query", "ties", "--format", "ntriples", ok=False)
    assert "for CONSTRUCT and DESCRIBE" in select.output


def test_a_mistyped_query_name_gets_a_suggestion(runner, workdir):
    run(runner, "build", SEEDS)
    assert "did you mean ties?" in run(runner, "query", "tiez", ok=False).output


@pytest.mark.parametrize(("args", "message"), [
    (["render", "--focus", "ZZ"], "ZZ: not in the knowledge graph's tie network"),
    (["render", "--top", "0"], "top must be at least 1"),
    (["analyze", "--top", "-3"], "--top must be at least 1"),
    (["analyze", "--focus", "ZZ"], "ZZ: not in the knowledge graph's tie network"),
])
def test_views_refuse_what_they_cannot_show(runner, workdir, args, message):
    run(runner, "build", SEEDS)
    result = run(runner, *args, ok=False)
    assert result.exit_code == 1 and message in result.output


def test_a_store_opened_by_a_relative_path_closes_where_it_was_opened(tmp_path, monkeypatch):
    """RocksDB rewrites its MANIFEST and CURRENT when a store closes: opened as ".kg" and closed after a chdir,
    it used to write them into the new folder's .kg, damaging the store there (the repository's own .kg, after a
    test that chdir'ed into a temporary folder and back)."""
    import gc

    from kg.store.embedded import Store

    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    monkeypatch.chdir(second)
    bystander = Store(Path(".kg"))  # a store in the folder we will come back to
    bystander.replace_graphs(["urn:g"], "<urn:s> <urn:p> <urn:o> <urn:g> .\n")
    del bystander
    gc.collect()
    before = sorted((p.name, p.stat().st_mtime_ns) for p in (second / ".kg" / "oxigraph").iterdir())
    monkeypatch.chdir(first)
    store = Store(Path(".kg"))
    store.replace_graphs(["urn:g"], "<urn:a> <urn:b> <urn:c> <urn:g> .\n")
    monkeypatch.chdir(second)
    del store
    gc.collect()
    after = sorted((p.name, p.stat().st_mtime_ns) for p in (second / ".kg" / "oxigraph").iterdir())
    assert after == before
    assert len(Store(Path(".kg"), read_only=True)) == 1
