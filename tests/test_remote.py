"""`--store URL`: a real Oxigraph server (started here, on loopback) as the store."""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pytest

from kg.cli import cli
from kg.store.index import Manifest

from .conftest import SEEDS, free_port, wait_for_port

OXIGRAPH = shutil.which("oxigraph") or str(Path(__import__("sys").executable).parent / "oxigraph")


@pytest.fixture
def oxigraph_server(tmp_path):
    if not Path(OXIGRAPH).exists():
        pytest.fail("the oxigraph server is not installed: pip install -e '.[test]'")
    port = free_port()
    proc = subprocess.Popen([OXIGRAPH, "serve", "--location", str(tmp_path / "server"), "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wait_for_port(port)
    yield f"http://127.0.0.1:{port}"
    proc.terminate()
    proc.wait(timeout=10)


def run(runner, *args, ok=True):
    result = runner.invoke(cli, list(map(str, args)), catch_exceptions=False)
    if ok:
        assert result.exit_code == 0, result.output
    return result


def rows(runner, query, store):
    out = run(runner, "query", query, "--store", store, "--format", "csv").output
    return sorted(map(tuple, (r.values() for r in csv.DictReader(io.StringIO(out)))))


@pytest.mark.server
def test_build_to_a_server_gives_the_same_rows_as_the_embedded_store(runner, tmp_path, monkeypatch, oxigraph_server):
    monkeypatch.chdir(tmp_path)
    run(runner, "build", SEEDS, "--store", "local", "--out", "local-out")
    out = run(runner, "build", SEEDS, "--store", oxigraph_server, "--out", "remote-out").output
    assert "articles: 5 built" in out
    for name in ("actors", "people", "ties", "agreements", "meetings", "partners"):
        assert rows(runner, name, oxigraph_server) == rows(runner, name, "local"), name
    for name in ("kg.ttl", "kg.trig"):
        assert (tmp_path / "remote-out" / name).read_bytes() == (tmp_path / "local-out" / name).read_bytes()


@pytest.mark.server
def test_a_rebuilt_article_replaces_its_graph_on_the_server(runner, tmp_path, monkeypatch, oxigraph_server):
    monkeypatch.chdir(tmp_path)
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    run(runner, "build", corpus, "--store", oxigraph_server)
    (corpus / "002_e881156971b9c5d5.txt").write_text("Judul\nKorea Selatan dan Kanada sepakat memperkuat kerja sama energi.\n")
    assert "1 built, 4 unchanged" in run(runner, "build", corpus, "--store", oxigraph_server).output
    ties = [r for r in rows(runner, "ties", oxigraph_server) if r[0] == "002_e881156971b9c5d5"]
    assert ties == [("002_e881156971b9c5d5", "CA", "Canada", "KR", "South Korea", "energy")]


def test_server_down_is_a_one_line_error_and_exports_are_still_written(runner, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr("kg.store.remote.RETRIES", (0.01, 0.01))
    url = f"http://127.0.0.1:{free_port()}"
    result = run(runner, "build", SEEDS, "--store", url, ok=False)
    assert result.exit_code == 1
    error = [line for line in result.output.splitlines() if line.startswith("Error:")]
    assert len(error) == 1 and url in error[0] and "cannot reach the server" in error[0] and "articles 000_" in error[0]
    assert (tmp_path / "exports" / "kg.trig").stat().st_size > 10000
    # the index keeps the articles without their hashes, and the shared graph as missed: the next build sends both
    (index,) = (tmp_path / ".kg" / "remote").glob("*/manifest.sqlite")
    manifest = Manifest(index)
    try:
        assert len(manifest) == 5 and set(manifest.hashes().values()) == {""} and manifest.get_state("shared") == "stale"
    finally:
        manifest.db.close()


class Recorder(BaseHTTPRequestHandler):
    seen: list[tuple[str, str | None]] = []

    def log_message(self, *args):
        pass

    def do_POST(self):  # noqa: N802
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        Recorder.seen.append((self.path, self.headers.get("Authorization")))
        status = 404 if self.path.startswith("/wrong") else 204
        self.send_response(status)
        self.send_header("Content-Length", "0")
        self.end_headers()


def test_credentials_come_from_the_environment_and_paths_are_configurable(runner, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    server = HTTPServer(("127.0.0.1", 0), Recorder)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}"
    monkeypatch.setenv("KG_STORE_USER", "analyst")
    monkeypatch.setenv("KG_STORE_PASSWORD", "s3cret")
    monkeypatch.setenv("KG_UPDATE_PATH", "/ds/update")
    from kg.store.remote import RemoteStore

    store = RemoteStore.from_env(url)
    store.replace_graphs(["urn:g"], "<urn:s> <urn:p> <urn:o> <urn:g> .\n")
    path, auth = Recorder.seen[-1]
    assert path == "/ds/update" and auth == "Basic YW5hbHlzdDpzM2NyZXQ="
    monkeypatch.setenv("KG_UPDATE_PATH", "/wrong/update")
    result = run(runner, "build", SEEDS, "--store", url, ok=False)
    assert "HTTP 404" in result.output and "/wrong/update" in result.output and "s3cret" not in result.output
    server.shutdown()


class Flaky(BaseHTTPRequestHandler):
    """Answers 503 to the first two updates, then 204; counts what it was sent."""

    calls: list[int] = []

    def do_POST(self):  # noqa: N802 (http.server's name)
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        Flaky.calls.append(1)
        self.send_response(503 if len(Flaky.calls) <= 2 else 204)
        self.end_headers()

    def log_message(self, *args):
        pass


def test_a_server_that_is_briefly_unavailable_is_retried(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr("kg.store.remote.RETRIES", (0.01, 0.01, 0.01))
    Flaky.calls = []
    server = HTTPServer(("127.0.0.1", 0), Flaky)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    from kg.store.remote import RemoteStore

    store = RemoteStore(f"http://127.0.0.1:{server.server_address[1]}")
    store.replace_graphs(["urn:g"], "<urn:s> <urn:p> <urn:o> <urn:g> .\n")
    assert len(Flaky.calls) == 3  # two 503s, then the update went through
    monkeypatch.setattr("kg.store.remote.RETRIES", (0.01,))
    Flaky.calls = []
    from kg.errors import RemoteStoreError

    with pytest.raises(RemoteStoreError, match="HTTP 503.*tried 2 times"):
        store.replace_graphs(["urn:g"], "<urn:s> <urn:p> <urn:o> <urn:g> .\n")
    server.shutdown()
