"""`kg serve`: a read-only SPARQL 1.1 Protocol endpoint over the embedded store, plus the HTML view."""

from __future__ import annotations

import html
import io
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import IO, cast
from urllib.parse import parse_qs, urlsplit

import pyoxigraph as ox

from kg.errors import KgError, QueryError
from kg.resources import bundled_queries
from kg.store import check_read_only, prefixed

RESULT_TYPES = {  # Accept header → SPARQL results format
    "application/sparql-results+json": (ox.QueryResultsFormat.JSON, "application/sparql-results+json"),
    "application/json": (ox.QueryResultsFormat.JSON, "application/sparql-results+json"),
    "application/sparql-results+xml": (ox.QueryResultsFormat.XML, "application/sparql-results+xml"),
    "application/xml": (ox.QueryResultsFormat.XML, "application/sparql-results+xml"),
    "text/csv": (ox.QueryResultsFormat.CSV, "text/csv; charset=utf-8"),
    "text/tab-separated-values": (ox.QueryResultsFormat.TSV, "text/tab-separated-values; charset=utf-8"),
}
GRAPH_TYPES = {
    "text/turtle": (ox.RdfFormat.TURTLE, "text/turtle; charset=utf-8"),
    "application/n-triples": (ox.RdfFormat.N_TRIPLES, "application/n-triples"),
    "application/ld+json": (ox.RdfFormat.JSON_LD, "application/ld+json"),
    "application/rdf+xml": (ox.RdfFormat.RDF_XML, "application/rdf+xml"),
}
MAX_BODY = 1 << 20  # a query larger than 1 MiB is not a query anyone types


@dataclass(frozen=True)
class Limits:
    timeout: float = 10.0  # seconds for a query to produce its answer
    max_bytes: int = 64 << 20  # size of one answer; a larger one is refused with 413 (add a LIMIT)
    concurrency: int = 4  # queries evaluated at once; the rest wait their turn


class TooLarge(Exception):
    pass


class CappedBuffer(io.RawIOBase):
    """A binary file that refuses to grow past `cap` bytes: Oxigraph's serializer pulls rows lazily,
    so raising here also stops the evaluation."""

    def __init__(self, cap: int):
        super().__init__()
        self.cap = cap
        self.parts: list[bytes] = []
        self.size = 0

    def writable(self) -> bool:
        return True

    def write(self, data) -> int:  # type: ignore[override]
        self.size += len(data)
        if self.size > self.cap:
            raise TooLarge
        self.parts.append(bytes(data))
        return len(data)

    def getvalue(self) -> bytes:
        return b"".join(self.parts)


def _negotiate(accept: str, table: dict) -> tuple:
    for part in (accept or "").split(","):
        kind = part.split(";")[0].strip().lower()
        if kind in table:
            return table[kind]
    return next(iter(table.values()))


def answer(store, sparql: str, accept: str, limits: Limits) -> tuple[bytes, str]:
    """Evaluate a checked query and serialize it with Oxigraph's own writers, within the size cap."""
    result = store.query(sparql)
    out = CappedBuffer(limits.max_bytes)
    try:
        if isinstance(result, ox.QueryTriples):
            fmt, ctype = _negotiate(accept, GRAPH_TYPES)
            ox.serialize(result, cast(IO[bytes], out), format=fmt)
        else:
            fmt, ctype = _negotiate(accept, RESULT_TYPES)
            if isinstance(result, ox.QueryBoolean) and fmt in (ox.QueryResultsFormat.CSV, ox.QueryResultsFormat.TSV):
                fmt, ctype = RESULT_TYPES["application/sparql-results+json"]
            result.serialize(cast(IO[bytes], out), format=fmt)
    except Exception:
        if out.size > out.cap:  # the writer refused to grow (pyoxigraph reports it as an I/O error)
            raise TooLarge from None
        raise
    finally:
        # Query results belong to this thread (pyoxigraph); an exception kept by the future would
        # otherwise keep this frame, and the results, alive until another thread drops them.
        del result
    return out.getvalue(), ctype


def index_page(graph_link: bool) -> bytes:
    items = []
    for name, path in bundled_queries().items():
        text = path.read_text(encoding="utf-8")
        comment = next((line.lstrip("# ") for line in text.splitlines() if line.startswith("#")), "")
        items.append(f'<li><a href="/queries/{html.escape(name)}.rq"><code>{html.escape(name)}</code></a> — '
                     f'{html.escape(comment)} · <a href="/sparql?query={html.escape(name)}&amp;format=csv">CSV</a></li>')
    body = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>kg SPARQL endpoint</title>
<style>body{{font:15px/1.5 system-ui,sans-serif;max-width:760px;margin:2em auto;padding:0 1em}}code{{background:#f3f3f3}}</style>
</head><body><h1>kg — SPARQL endpoint</h1>
<p>Read-only SPARQL 1.1 Protocol endpoint at <code>/sparql</code> (GET or POST; results as JSON, XML, CSV or TSV by
<code>Accept</code>). Updates, <code>LOAD</code>, <code>SERVICE</code> and <code>FROM</code> are refused.</p>
{'<p><a href="/graph">Interactive graph of the ties</a></p>' if graph_link else ''}
<h2>Bundled queries</h2><ul>{''.join(items)}</ul>
<pre>curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT * WHERE {{ GRAPH ?g {{ ?s a dip:Tie }} }} LIMIT 5' http://HOST:PORT/sparql</pre>
</body></html>"""
    return body.encode("utf-8")


class Endpoint:
    """The server's state: the store, its limits, and the pool that bounds concurrent evaluation."""

    def __init__(self, store, limits: Limits, graph_html: bytes | None = None):
        self.store = store
        self.limits = limits
        self.pool = ThreadPoolExecutor(max_workers=limits.concurrency, thread_name_prefix="kg-query")
        self.slots = threading.BoundedSemaphore(limits.concurrency * 2)
        self.graph_html = graph_html

    def run(self, sparql: str, accept: str) -> tuple[int, bytes, str, dict[str, str]]:
        queries = bundled_queries()
        name = sparql.strip() if sparql.strip() in queries else "query"
        text = queries[name].read_text(encoding="utf-8") if name in queries else sparql
        try:
            check_read_only(prefixed(text), name=name)
        except (QueryError, KgError) as e:
            return 400, (str(e) + "\n").encode(), "text/plain; charset=utf-8", {}
        if not self.slots.acquire(timeout=self.limits.timeout):
            return 503, b"busy: too many queries waiting; try again\n", "text/plain; charset=utf-8", {"Retry-After": "1"}
        started = time.perf_counter()
        future = self.pool.submit(self._evaluate, name, text, accept)
        future.add_done_callback(lambda _: self.slots.release())
        try:
            body, ctype = future.result(timeout=self.limits.timeout)
        except FutureTimeout:
            return 503, f"{name}: timed out after {self.limits.timeout:g} s\n".encode(), "text/plain; charset=utf-8", {}
        except TooLarge:
            return 413, f"{name}: answer larger than {self.limits.max_bytes:,} bytes: add a LIMIT\n".encode(), "text/plain; charset=utf-8", {}
        except (QueryError, KgError) as e:
            return 400, (str(e) + "\n").encode(), "text/plain; charset=utf-8", {}
        return 200, body, ctype, {"X-KG-Seconds": f"{time.perf_counter() - started:.3f}"}

    def _evaluate(self, name: str, sparql: str, accept: str) -> tuple[bytes, str]:
        """A bundled per-fact query asked as CSV comes from the build's competency tables (as in
        `kg query`), within the size cap; anything else is evaluated."""
        from kg.query import from_tables

        fmt, ctype = _negotiate(accept, RESULT_TYPES)
        chunks = from_tables(self.store, name, "csv") if fmt == ox.QueryResultsFormat.CSV else None
        if chunks is None:
            return answer(self.store, sparql, accept, self.limits)
        out = CappedBuffer(self.limits.max_bytes)
        for chunk in chunks:
            out.write(chunk)
        return out.getvalue(), ctype


def make_handler(endpoint: Endpoint):
    class Handler(BaseHTTPRequestHandler):
        server_version = "kg"
        protocol_version = "HTTP/1.1"

        def log_message(self, *args) -> None:  # the CLI decides what to print, not the library
            pass

        def _send(self, status: int, body: bytes, ctype: str, headers: dict[str, str] | None = None) -> None:
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Access-Control-Allow-Origin", "*")
            self.send_header("X-Content-Type-Options", "nosniff")
            for k, v in (headers or {}).items():
                self.send_header(k, v)
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)

        def _accept(self, params: dict) -> str:
            fmt = (params.get("format") or [""])[0]
            by_name = {"json": "application/sparql-results+json", "xml": "application/sparql-results+xml",
                       "csv": "text/csv", "tsv": "text/tab-separated-values", "turtle": "text/turtle"}
            return by_name.get(fmt, self.headers.get("Accept", ""))

        def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
            url = urlsplit(self.path)
            params = parse_qs(url.query)
            if url.path == "/sparql":
                if "query" not in params:
                    return self._send(400, b"missing query parameter\n", "text/plain; charset=utf-8")
                return self._send(*endpoint.run(params["query"][0], self._accept(params)))
            if url.path == "/":
                return self._send(200, index_page(endpoint.graph_html is not None), "text/html; charset=utf-8")
            if url.path == "/graph" and endpoint.graph_html is not None:
                return self._send(200, endpoint.graph_html, "text/html; charset=utf-8")
            if url.path.startswith("/queries/") and url.path.endswith(".rq"):
                path = bundled_queries().get(url.path[len("/queries/"):-3])
                if path:
                    return self._send(200, path.read_bytes(), "application/sparql-query; charset=utf-8")
            return self._send(404, b"not found\n", "text/plain; charset=utf-8")

        do_HEAD = do_GET

        def do_POST(self) -> None:  # noqa: N802
            url = urlsplit(self.path)
            if url.path != "/sparql":
                return self._send(404, b"not found\n", "text/plain; charset=utf-8")
            length = int(self.headers.get("Content-Length") or 0)
            if length > MAX_BODY:
                return self._send(413, b"query too large\n", "text/plain; charset=utf-8")
            raw = self.rfile.read(length).decode("utf-8", errors="replace")
            ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
            params = parse_qs(url.query)
            if ctype == "application/sparql-query":
                sparql = raw
            elif ctype == "application/x-www-form-urlencoded":
                form = parse_qs(raw)
                if "update" in form:
                    return self._send(400, b"refused: this endpoint is read-only (no SPARQL Update)\n", "text/plain; charset=utf-8")
                if "query" not in form:
                    return self._send(400, b"missing query parameter\n", "text/plain; charset=utf-8")
                sparql = form["query"][0]
                params.update(form)
            elif ctype == "application/sparql-update":
                return self._send(400, b"refused: this endpoint is read-only (no SPARQL Update)\n", "text/plain; charset=utf-8")
            else:
                return self._send(415, b"send application/sparql-query or a urlencoded form\n", "text/plain; charset=utf-8")
            return self._send(*endpoint.run(sparql, self._accept(params)))

    return Handler


def make_server(store, *, host: str = "127.0.0.1", port: int = 7878, limits: Limits = Limits(),
                graph_html: bytes | None = None) -> ThreadingHTTPServer:
    class Server(ThreadingHTTPServer):
        daemon_threads = True
        request_queue_size = 128  # the default 5 drops connections under a burst of clients

    return Server((host, port), make_handler(Endpoint(store, limits, graph_html)))
