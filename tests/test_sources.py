"""Real inputs: saved web pages, WARC crawls and JSON Lines dumps, filtered, deduplicated, and built on a
Dask cluster as on this machine. The tests write every input themselves (tests/pages.py)."""

from __future__ import annotations

import filecmp
import shutil
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.build import build_and_export
from kg.cli import cli
from kg.evaluate import evaluate
from kg.sources import Raw, Tally, body_key, canonical, language, merge_copies, prepare, read_jsonl
from kg.store.embedded import Store

from .conftest import GOLD, SEEDS
from .pages import crawl_date, gzip_bytes, jsonl_line, news_page, off_topic_page, published, write_warc

OFF_TOPIC, FOREIGN = 30, 6


def run(runner, *args, ok=True, input=None):
    result = runner.invoke(cli, list(map(str, args)), catch_exceptions=False, input=input)
    if ok:
        assert result.exit_code == 0, result.output
    return result


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> Path:
    """The seeds as a crawl (with a syndicated copy, a re-crawl with a tracking query, off-topic and
    English pages, an image), a truncated copy of the crawl, saved pages of two dev articles, and a
    JSON Lines dump with a broken line."""
    tmp = tmp_path_factory.mktemp("inputs")
    seeds = sorted(SEEDS.glob("*.txt"))
    pages = []
    for p in seeds:
        text = p.read_text(encoding="utf-8")
        url = f"https://kabar.example/berita/{p.stem}"
        pages.append((url, news_page(text, url=url, date=published(text)), crawl_date(published(text))))
    first = seeds[0].read_text(encoding="utf-8")
    pages.append(("https://antara.example/berita/salinan", news_page(first, url="https://antara.example/berita/salinan",
                                                                     date=published(first), outlet="Antara"), crawl_date(None)))
    pages.append((pages[1][0] + "?utm_source=feed", pages[1][1], crawl_date(None)))
    pages += [(f"https://kabar.example/kota/{n}", off_topic_page(n), crawl_date(None)) for n in range(OFF_TOPIC)]
    pages += [(f"https://news.example/en/{n}", off_topic_page(n, lang="en"), crawl_date(None)) for n in range(FOREIGN)]
    write_warc(tmp / "crawl.warc.gz", pages)
    data = (tmp / "crawl.warc.gz").read_bytes()
    (tmp / "cut.warc.gz").write_bytes(data[: len(data) // 2])
    (tmp / "pages").mkdir()
    for name in ("d12_indonesia_australia_sydney", "d05_korsel_jerman_scholz_seoul"):
        text = (GOLD / "dev" / f"{name}.txt").read_text(encoding="utf-8")
        (tmp / "pages" / f"{name}.html").write_text(news_page(text, url=f"https://warta.example/{name}", date=published(text)),
                                                    encoding="utf-8")
    text = (GOLD / "dev" / "d02_korsel_as_deklarasi_washington.txt").read_text(encoding="utf-8")  # a gzipped page
    (tmp / "pages" / "d02.html.gz").write_bytes(gzip_bytes(news_page(text, url="https://warta.example/d02",
                                                                     date=published(text)).encode("utf-8")))
    d08 = (GOLD / "dev" / "d08_korsel_arab_saudi_mbs_seoul.txt").read_text(encoding="utf-8")
    lines = [jsonl_line(d08, url="https://dump.example/d08", date="2022-11-17", key="d08"), '{"title": "rusak"',
             jsonl_line(seeds[2].read_text(encoding="utf-8"), key="copy-of-002")]
    (tmp / "dump.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return tmp


def test_language_check_tells_indonesian_from_english_and_malay():
    assert language("Korea Selatan dan Jepang sepakat memperkuat kerja sama di bidang energi yang akan dibahas "
                    "oleh kedua negara pada tahun ini karena sangat penting") == "id"
    assert language("South Korea and Japan agreed to strengthen their cooperation in the field of energy, which "
                    "the two countries said was important for the region") == "en"
    assert language("Malaysia dan Korea Selatan bersetuju mengukuhkan kerjasama kerana ia penting bahawa kedua-dua "
                    "negara ialah rakan dagang yang rapat dan akan terus bekerjasama") == "ms"


def test_canonical_urls_drop_tracking_and_spelling_differences():
    assert canonical("http://www.Kompas.com/read/a/?utm_source=x&page=2#top") == "https://kompas.com/read/a?page=2"
    assert canonical("https://kompas.com/read/a") == canonical("https://www.kompas.com/read/a/")
    assert canonical("javascript:alert(1)") is None


def test_copies_merge_by_url_then_by_body_keeping_every_source():
    text = "Judul\n\nKorea Selatan dan Vietnam sepakat memperkuat kerja sama di bidang perdagangan dan investasi."
    a = prepare(Raw("a", "text", title="Judul", text=text, url="https://a.example/x"), None)
    b = prepare(Raw("b", "text", title="Judul", text=text.replace("Vietnam", "Vietnam "), url="https://b.example/y"), None)
    c = prepare(Raw("c", "text", title="Judul", text=text, url="https://www.a.example/x/?utm_medium=rss"), None)
    tally = Tally()
    (kept,) = merge_copies([a, b, c], tally)  # type: ignore[list-item]
    assert kept.sources == ("https://a.example/x", "https://b.example/y")
    assert tally.duplicates == {"body": 1, "URL": 1}
    assert body_key("Dua  kata, 2024!") == body_key("dua kata")


def test_a_bad_json_line_is_reported_by_file_and_line(tmp_path):
    path = tmp_path / "dump.jsonl"
    path.write_text('{"title": "A", "text": "teks"}\n{oops\n{"title": "B"}\n', encoding="utf-8")
    tally = Tally()
    records = list(read_jsonl(str(path), tally))
    assert [r.title for r in records] == ["A"]
    assert tally.refused == [f"{path}:2: not JSON (Expecting property name enclosed in double quotes at column 2)",
                             f'{path}:3: no "text" field']


def test_html_versions_of_the_dev_articles_score_as_the_txt_versions(tmp_path):
    for txt in sorted((GOLD / "dev").glob("*.txt")):
        text = txt.read_text(encoding="utf-8")
        (tmp_path / f"{txt.stem}.html").write_text(news_page(text, url=f"https://warta.example/{txt.stem}",
                                                             date=published(text)), encoding="utf-8")
        shutil.copy(txt.with_name(f"{txt.stem}.gold.json"), tmp_path)
    as_txt, as_html = evaluate(GOLD / "dev"), evaluate(tmp_path)
    for kind, score in as_txt.scores.items():
        assert abs(score.f1 - as_html.scores[kind].f1) <= 0.01, (kind, score.f1, as_html.scores[kind].f1)


def test_a_crawl_pages_and_a_dump_build_once_each_with_urls_dates_and_what_was_skipped(runner, inputs, tmp_path,
                                                                                      monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = run(runner, "build", inputs / "crawl.warc.gz", inputs / "cut.warc.gz", inputs / "pages",
                 inputs / "dump.jsonl")
    out = result.output
    assert "dump.jsonl:2: not JSON" in out  # refused by file and line; the rest builds
    assert f"{FOREIGN} en" in out.split("languages:")[1].splitlines()[0]  # declared English: never read further
    assert "not about KR" in out  # the off-topic pages, and d12 (Indonesia–Australia)
    assert "cut.warc.gz: the record after offset" in out and "truncated or corrupt" in out
    assert "WARC records that are not HTML responses" in out
    assert "copies by URL" in out and "copies by body" in out
    assert "articles: 8 built" in out  # five seeds (copies merged), d05 and d02 as saved pages, d08 from the dump
    graph = ox.Store()
    graph.load(path=str(tmp_path / "exports" / "kg.ttl"), format=ox.RdfFormat.TURTLE)
    rows = {str(r["name"].value): r for r in graph.query("""
        PREFIX dip: <https://w3id.org/kg-diplomacy/ontology#> PREFIX schema: <https://schema.org/>
        SELECT ?name (GROUP_CONCAT(STR(?url); separator=" ") AS ?urls) (SAMPLE(?source) AS ?src)
               (SAMPLE(?record) AS ?rec) (SAMPLE(?outlet) AS ?out) (SAMPLE(?date) AS ?published) WHERE {
          ?a dip:fileName ?name . OPTIONAL { ?a schema:url ?url } OPTIONAL { ?a dip:dateSource ?source }
          OPTIONAL { ?a dip:warcRecord ?record } OPTIONAL { ?a schema:publisher ?outlet }
          OPTIONAL { ?a schema:datePublished ?date } } GROUP BY ?name""")}
    assert len(rows) == 8 and rows["d02"]["urls"].value == "https://warta.example/d02"
    seed0 = next(r for n, r in rows.items() if n.startswith("kabar-example-000"))
    assert set(seed0["urls"].value.split()) == {"https://kabar.example/berita/000_ca08ccc277207dda",
                                                "https://antara.example/berita/salinan"}
    assert seed0["rec"].value.startswith("<urn:uuid:") and seed0["src"].value == "page"
    assert seed0["out"].value == "kabar.example" and seed0["published"].value == "2026-01-19"
    seed2 = next(r for n, r in rows.items() if n.startswith("kabar-example-002"))
    assert not any(n.startswith("copy-of-002") for n in rows)  # the dump's copy of seed 002 was merged by its body
    assert seed2["urls"].value == "https://kabar.example/berita/002_e881156971b9c5d5"
    assert rows["d05_korsel_jerman_scholz_seoul"]["urls"].value == "https://warta.example/d05_korsel_jerman_scholz_seoul"
    dump = next(r for n, r in rows.items() if n.startswith("d08"))
    assert dump["src"].value == "dump" and dump["urls"].value == "https://dump.example/d08"
    assert "conforms" in run(runner, "validate", "exports/kg.ttl").output
    again = run(runner, "build", inputs / "crawl.warc.gz", inputs / "cut.warc.gz", inputs / "pages",
                inputs / "dump.jsonl").output
    assert "articles: 0 built, 8 unchanged" in again


def test_about_any_keeps_every_article_with_a_tie_and_stdin_reads_json_lines(runner, inputs, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    out = run(runner, "build", inputs / "pages", "--about", "any").output
    assert "articles: 3 built" in out  # d12 has ties, though not with Korea
    dump = (inputs / "dump.jsonl").read_text(encoding="utf-8")
    out = run(runner, "build", "-", "--store", ".kg2", "--out", "exports2", input=dump).output
    assert "<stdin>:2: not JSON" in out and "articles: 2 built" in out
    refused = run(runner, "build", inputs / "pages", "--about", "XX", ok=False)
    assert refused.exit_code != 0 and "--about XX: not an actor code" in refused.output


def test_the_dask_executor_gives_the_same_exports_as_this_machine(inputs, tmp_path):
    distributed = pytest.importorskip("dask.distributed")
    sources = [inputs / "crawl.warc.gz", inputs / "pages", SEEDS]
    local = build_and_export(sources, Store(None), tmp_path / "local", jobs=2, about="KR")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False, protocol="tcp",
                                  host="127.0.0.1", dashboard_address=None) as cluster:
        address = "dask://" + cluster.scheduler_address.split("://", 1)[1]
        remote = build_and_export(sources, Store(None), tmp_path / "dask", jobs=2, about="KR", executor=address)
    assert sorted(remote.built) == sorted(local.built) and len(local.built) == 12
    for name in ("kg.ttl", "kg.trig", "centrality.csv", "graph.graphml", "graph.html"):
        assert filecmp.cmp(tmp_path / "local" / name, tmp_path / "dask" / name, shallow=False), name


def test_an_unknown_executor_is_refused(runner, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = run(runner, "build", SEEDS, "--executor", "spark://x", ok=False)
    assert result.exit_code != 0 and "--executor spark://x" in result.output


if sys.platform == "win32":  # pragma: no cover
    pytest.skip("POSIX only", allow_module_level=True)
