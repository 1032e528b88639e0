"""`kg serve`: a read-only SPARQL 1.1 Protocol endpoint over the embedded store, plus the HTML view,
served by Starlette on uvicorn (HTTP/1.1, CORS, gzip, q-value content negotiation)."""

from __future__ import annotations

import html
import io
import re
import socket
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass
from typing import IO, cast
from urllib.parse import parse_qs

import pyoxigraph as ox
import uvicorn
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.middleware.cors import CORSMiddleware
from starlette.middleware.gzip import GZipMiddleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from kg.errors import KgError, QueryError
from kg.resources import bundled_queries, resolve_query
from kg.store.embedded import check_read_only, prefixed

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


def _accepted(accept: str) -> list[str]:
    """The media types of an Accept header, best first: by q-value, then as listed (RFC 9110 12.5.1);
    types with q=0 are refused."""
    ranked = []
    for i, part in enumerate((accept or "").split(",")):
        kind, *params = [p.strip() for p in part.split(";")]
        q = 1.0
        for param in params:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        if kind and q > 0:
            ranked.append((-q, i, kind.lower()))
    return [kind for _, _, kind in sorted(ranked)]


def _negotiate(accept: str, table: dict) -> tuple:
    """The format the client prefers among those `table` offers; the first offered when none matches."""
    for kind in _accepted(accept):
        if kind in table:
            return table[kind]
        if kind.endswith("/*"):  # "*/*" takes the first offered, "text/*" the first text type
            prefix = "" if kind == "*/*" else kind[:-1]
            match = next((v for k, v in table.items() if k.startswith(prefix)), None)
            if match:
                return match
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
        if name not in queries and re.fullmatch(r"[\w\-.]+", sparql.strip()):  # a bundled name mistyped: say which
            try:
                resolve_query(sparql.strip())
            except KgError as e:
                return 400, (str(e) + "\n").encode(), "text/plain; charset=utf-8", {}
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
        from kg.store.query import from_tables

        fmt, ctype = _negotiate(accept, RESULT_TYPES)
        chunks = from_tables(self.store, name, "csv") if fmt == ox.QueryResultsFormat.CSV else None
        if chunks is None:
            return answer(self.store, sparql, accept, self.limits)
        out = CappedBuffer(self.limits.max_bytes)
        for chunk in chunks:
            out.write(chunk)
        return out.getvalue(), ctype


_TEXT = "text/plain; charset=utf-8"
_FORMAT_NAMES = {"json": "application/sparql-results+json", "xml": "application/sparql-results+xml",
                 "csv": "text/csv", "tsv": "text/tab-separated-values", "turtle": "text/turtle"}


def make_app(endpoint: Endpoint) -> Starlette:
    """The ASGI app: /sparql (SPARQL 1.1 Protocol, GET and POST), / (bundled queries), /graph, /queries/NAME.rq;
    CORS for read-only GET and POST from any origin, gzip for answers over 1 kB."""

    def reply(status: int, body: bytes, ctype: str, headers: dict[str, str] | None = None) -> Response:
        return Response(body, status_code=status, media_type=None,
                        headers={"Content-Type": ctype, "X-Content-Type-Options": "nosniff", **(headers or {})})

    def accept_of(request: Request, params) -> str:
        return _FORMAT_NAMES.get(params.get("format", ""), request.headers.get("accept", ""))

    def sparql_get(request: Request) -> Response:
        params = request.query_params
        if "query" not in params:
            return reply(400, b"missing query parameter\n", _TEXT)
        return reply(*endpoint.run(params["query"], accept_of(request, params)))

    async def sparql_post(request: Request) -> Response:
        raw = await request.body()
        if len(raw) > MAX_BODY:
            return reply(413, b"query too large\n", _TEXT)
        ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
        params = dict(request.query_params)
        if ctype == "application/sparql-query":
            sparql = raw.decode("utf-8", errors="replace")
        elif ctype == "application/x-www-form-urlencoded":
            form = parse_qs(raw.decode("utf-8", errors="replace"))
            if "update" in form:
                return reply(400, b"refused: this endpoint is read-only (no SPARQL Update)\n", _TEXT)
            if "query" not in form:
                return reply(400, b"missing query parameter\n", _TEXT)
            sparql = form["query"][0]
            params.update({k: v[0] for k, v in form.items()})
        elif ctype == "application/sparql-update":
            return reply(400, b"refused: this endpoint is read-only (no SPARQL Update)\n", _TEXT)
        else:
            return reply(415, b"send application/sparql-query or a urlencoded form\n", _TEXT)
        return await run_in_threadpool(lambda: reply(*endpoint.run(sparql, accept_of(request, params))))

    def index(request: Request) -> Response:
        return reply(200, index_page(endpoint.graph_html is not None), "text/html; charset=utf-8")

    def graph(request: Request) -> Response:
        if endpoint.graph_html is None:
            return reply(404, b"not found\n", _TEXT)
        return reply(200, endpoint.graph_html, "text/html; charset=utf-8")

    def query_file(request: Request) -> Response:
        path = bundled_queries().get(request.path_params["name"])
        if path is None:
            return reply(404, b"not found\n", _TEXT)
        return reply(200, path.read_bytes(), "application/sparql-query; charset=utf-8")

    async def not_found(request: Request, exc: Exception) -> Response:
        return reply(404, b"not found\n", _TEXT)

    app = Starlette(routes=[
        Route("/sparql", sparql_get, methods=["GET"]),
        Route("/sparql", sparql_post, methods=["POST"]),
        Route("/", index), Route("/graph", graph),
        Route("/queries/{name}.rq", query_file),
    ], exception_handlers={404: not_found})
    app.add_middleware(GZipMiddleware, minimum_size=1000)
    app.add_middleware(CORSMiddleware, allow_origins=["*"], allow_methods=["GET", "POST"],
                       allow_headers=["Accept", "Content-Type"], expose_headers=["X-KG-Seconds"], max_age=600)
    return app


class Server:
    """uvicorn serving the app on a socket bound at once (so port 0 gives a real port to report)."""

    def __init__(self, app: Starlette, host: str, port: int):
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        self.socket = socket.socket(family, socket.SOCK_STREAM)
        self.socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            self.socket.bind((host, port))
        except OSError:
            self.socket.close()
            raise
        self.socket.listen(128)  # a burst of clients waits instead of being dropped
        self.server_address = self.socket.getsockname()
        self.server = uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False, lifespan="off",
                                                    timeout_keep_alive=5))
        self._stopped = threading.Event()

    def serve_forever(self) -> None:
        try:
            self.server.run(sockets=[self.socket])
        finally:
            self._stopped.set()

    def shutdown(self) -> None:
        self.server.should_exit = True
        self._stopped.wait(timeout=10)

    def server_close(self) -> None:
        self.socket.close()


def make_server(store, *, host: str = "127.0.0.1", port: int = 7878, limits: Limits = Limits(),
                graph_html: bytes | None = None) -> Server:
    return Server(make_app(Endpoint(store, limits, graph_html)), host, port)
