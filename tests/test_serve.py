"""`kg serve`: a read-only SPARQL 1.1 endpoint, checked with a standard client and under load."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from kg.store.query import run
from kg.store.serve import Limits, make_server

from .conftest import SEEDS, free_port, wait_for_port


@pytest.fixture(scope="module")
def endpoint(built_seeds):
    store, _ = built_seeds
    server = make_server(store, port=0, limits=Limits(timeout=5, max_bytes=2 << 20), graph_html=b"<html>graph</html>")
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def get(url: str, *, data: bytes | None = None, headers: dict | None = None) -> tuple[int, bytes, Any]:
    req = urllib.request.Request(url, data=data, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=20) as r:
            return r.status, r.read(), r.headers  # case-insensitive, as HTTP header names are
    except urllib.error.HTTPError as e:
        return e.code, e.read(), e.headers


def csv_rows(data: bytes) -> list[dict]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8"))))


def test_bundled_queries_over_http_match_kg_query(endpoint, built_seeds):
    store, _ = built_seeds
    for name in ("actors", "people", "ties", "agreements", "meetings", "partners"):
        status, body, headers = get(f"{endpoint}/sparql?query={name}", headers={"Accept": "text/csv"})
        assert status == 200 and headers["Content-Type"].startswith("text/csv")
        assert csv_rows(body) == csv_rows(run(store, name, fmt="csv")), name
        assert body == run(store, name, fmt="csv", sparql_only=True), name  # tables or SPARQL, the same bytes


def test_sparqlwrapper_reads_json_results(endpoint):
    from SPARQLWrapper import JSON, POST, SPARQLWrapper

    client = SPARQLWrapper(f"{endpoint}/sparql")
    client.setMethod(POST)
    client.setReturnFormat(JSON)
    client.setQuery("PREFIX dip: <https://w3id.org/kg-diplomacy/ontology#> "
                    "SELECT (COUNT(?t) AS ?n) WHERE { GRAPH ?g { ?t a dip:Tie } }")
    answer = client.queryAndConvert()
    assert int(answer["results"]["bindings"][0]["n"]["value"]) >= 8


@pytest.mark.parametrize("accept, kind", [
    ("application/sparql-results+json", "application/sparql-results+json"),
    ("application/sparql-results+xml", "application/sparql-results+xml"),
    ("text/tab-separated-values", "text/tab-separated-values"),
    ("", "application/sparql-results+json"),
    # q-values decide, then the order given; q=0 refuses a type
    ("text/csv;q=0.5, application/sparql-results+json", "application/sparql-results+json"),
    ("application/sparql-results+xml;q=0.2, text/tab-separated-values;q=0.9", "text/tab-separated-values"),
    ("text/csv;q=0, application/sparql-results+xml", "application/sparql-results+xml"),
    ("text/html, */*;q=0.1", "application/sparql-results+json"),
])
def test_content_negotiation(endpoint, accept, kind):
    q = urllib.parse.quote("SELECT ?m WHERE { GRAPH ?g { ?m a dip:Meeting } } LIMIT 2")
    status, _, headers = get(f"{endpoint}/sparql?query={q}", headers={"Accept": accept} if accept else {})
    assert status == 200 and headers["Content-Type"].startswith(kind)


def test_post_forms(endpoint):
    q = "ASK { GRAPH ?g { ?s a dip:Agreement } }"
    status, body, _ = get(f"{endpoint}/sparql", data=q.encode(), headers={"Content-Type": "application/sparql-query"})
    assert status == 200 and json.loads(body)["boolean"] is True
    form = urllib.parse.urlencode({"query": q}).encode()
    status, body, _ = get(f"{endpoint}/sparql", data=form, headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert status == 200 and json.loads(body)["boolean"] is True


@pytest.mark.parametrize("query, reason", [
    ("INSERT DATA { <http://a> <http://b> <http://c> }", "refused: updates"),
    ("LOAD <http://example.org/x.ttl>", "refused: updates"),
    ("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }", "refused: SERVICE"),
    ("SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }", "refused: FROM"),
    ("SELECT * WHERE {", "syntax error"),
])
def test_hostile_queries_get_400_with_a_one_line_reason(endpoint, query, reason):
    status, body, _ = get(f"{endpoint}/sparql?query={urllib.parse.quote(query)}")
    assert status == 400 and reason in body.decode() and body.decode().count("\n") == 1


def test_updates_through_the_protocol_are_refused(endpoint):
    form = urllib.parse.urlencode({"update": "DROP ALL"}).encode()
    status, body, _ = get(f"{endpoint}/sparql", data=form, headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert status == 400 and b"read-only" in body
    status, _, _ = get(f"{endpoint}/sparql", data=b"DROP ALL", headers={"Content-Type": "application/sparql-update"})
    assert status == 400


@pytest.mark.parametrize("limits, query, status, message", [
    (Limits(max_bytes=2000), "SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }", 413, b"add a LIMIT"),
    (Limits(timeout=0.2), "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?a { ?s ?p ?o } GRAPH ?b { ?x ?y ?z } "
     "FILTER(STR(?o) < STR(?z)) }", 503, b"timed out after 0.2 s"),
])
def test_limits_on_size_and_time(built_seeds, limits, query, status, message):
    store, _ = built_seeds
    server = make_server(store, port=0, limits=limits)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        got, body, _ = get(f"http://127.0.0.1:{server.server_address[1]}/sparql?query={urllib.parse.quote(query)}")
        assert got == status and message in body
    finally:
        server.shutdown()
        server.server_close()


def test_index_page_and_graph_view(endpoint):
    status, body, _ = get(f"{endpoint}/")
    assert status == 200 and b"/queries/ties.rq" in body
    status, body, _ = get(f"{endpoint}/graph")
    assert status == 200 and body == b"<html>graph</html>"
    status, body, _ = get(f"{endpoint}/queries/partners.rq")
    assert status == 200 and b"SELECT" in body


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


@pytest.mark.server
def test_kg_serve_keeps_answering_under_concurrent_load(built_seeds, tmp_path):
    """8 clients × 25 queries on loopback, three rounds, bounded in count and time: every answer right,
    and memory that levels off after the first round instead of growing with every request."""
    from kg.build import build_and_export
    from kg.store.embedded import Store

    store = Store(tmp_path / "store")
    build_and_export([SEEDS], store, tmp_path / "out", jobs=1)
    del store
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "kg", "serve", "--store", str(tmp_path / "store"), "--port", str(port)],
                            stderr=subprocess.PIPE)
    try:
        wait_for_port(port)
        base = f"http://127.0.0.1:{port}/sparql?query="
        expected = {name: csv_rows(get(base + name, headers={"Accept": "text/csv"})[1]) for name in ("ties", "people", "partners")}

        def client(i: int) -> list[str]:
            wrong = []
            for j in range(25):
                name = ("ties", "people", "partners")[(i + j) % 3]
                status, body, _ = get(base + name, headers={"Accept": "text/csv"})
                if status != 200 or csv_rows(body) != expected[name]:
                    wrong.append(f"{name}: {status} {body[:80]!r}")
            return wrong

        memory = []
        for _ in range(3):
            started = time.time()
            with ThreadPoolExecutor(max_workers=8) as pool:
                results = list(pool.map(client, range(8)))
            assert [w for r in results for w in r] == [] and time.time() - started < 60
            memory.append(rss_mb(proc.pid))
        assert memory[2] - memory[0] < 50, f"memory grows with every round of requests: {memory} MB"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_a_served_store_is_not_built_into(runner, tmp_path, monkeypatch):
    import os

    from kg.cli import cli

    monkeypatch.chdir(tmp_path)
    assert runner.invoke(cli, ["build", str(SEEDS)]).exit_code == 0
    (tmp_path / ".kg" / "SERVING").write_text(str(os.getpid()))
    result = runner.invoke(cli, ["build", str(SEEDS)])
    assert result.exit_code == 1 and "kg serve (pid" in result.output and "stop it before building" in result.output
    (tmp_path / ".kg" / "SERVING").write_text("999999999")  # left behind by a server that died
    assert runner.invoke(cli, ["build", str(SEEDS)]).exit_code == 0


def test_a_browser_on_another_origin_may_query(endpoint):
    origin = "http://localhost:3000"  # YASGUI or a notebook served elsewhere
    status, _, headers = get(f"{endpoint}/sparql?query=ties", headers={"Origin": origin, "Accept": "text/csv"})
    assert status == 200 and headers["Access-Control-Allow-Origin"] == "*"
    req = urllib.request.Request(f"{endpoint}/sparql", method="OPTIONS", headers={
        "Origin": origin, "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "content-type"})
    with urllib.request.urlopen(req, timeout=20) as r:
        assert r.status == 200 and "POST" in r.headers["Access-Control-Allow-Methods"]
    req = urllib.request.Request(f"{endpoint}/sparql", method="OPTIONS", headers={
        "Origin": origin, "Access-Control-Request-Method": "DELETE"})
    with pytest.raises(urllib.error.HTTPError):  # only read-only methods are offered
        urllib.request.urlopen(req, timeout=20)


def test_large_answers_are_gzipped_for_clients_that_ask(endpoint):
    import gzip

    plain = get(f"{endpoint}/sparql?query=actors", headers={"Accept": "text/csv"})
    zipped = get(f"{endpoint}/sparql?query=actors", headers={"Accept": "text/csv", "Accept-Encoding": "gzip"})
    assert zipped[2]["Content-Encoding"] == "gzip" and gzip.decompress(zipped[1]) == plain[1]
    assert len(zipped[1]) < len(plain[1])


def test_the_server_speaks_http_1_1_with_keep_alive(endpoint):
    import http.client

    host, port = endpoint.removeprefix("http://").split(":")
    conn = http.client.HTTPConnection(host, int(port), timeout=20)
    for _ in range(3):  # one connection, several requests
        conn.request("GET", "/sparql?query=ties", headers={"Accept": "text/csv"})
        response = conn.getresponse()
        assert response.status == 200 and response.version == 11
        response.read()
    conn.close()


def test_a_mistyped_bundled_name_gets_the_same_answer_as_the_cli(endpoint):
    status, body, _ = get(f"{endpoint}/sparql?query=tiez")
    assert status == 400 and b"did you mean ties?" in body and b"syntax" not in body
