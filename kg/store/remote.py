"""A SPARQL 1.1 server as the store (`--store http://...`): graphs written with SPARQL Update,
read with the SPARQL Protocol. Works with Oxigraph server, Fuseki, GraphDB, Virtuoso, QLever."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import httpx
import pyoxigraph as ox
from tenacity import Retrying, retry_if_exception_type, stop_after_attempt, wait_chain, wait_fixed

from kg.errors import RemoteStoreError
from kg.rdf.iris import path_safe
from kg.store.embedded import check_read_only, prefixed

RETRIES = (0.5, 1.0, 2.0)  # seconds to wait before each retry of a transient failure
TRANSIENT = {429, 500, 502, 503, 504}
MAX_UPDATE = 8 << 20  # bytes of SPARQL Update per request
ACCEPT = {"csv": "text/csv", "tsv": "text/tab-separated-values", "json": "application/sparql-results+json",
          "xml": "application/sparql-results+xml"}


class _Transient(Exception):
    """A failure that may pass: the server is not answering, or says to come back (429, 5xx)."""


class RemoteStore:
    """Same interface as kg.store.Store; the build's index stays local, under .kg/remote/."""

    def __init__(self, url: str, *, query_path: str = "/query", update_path: str = "/update",
                 user: str | None = None, password: str | None = None, timeout: float = 60.0,
                 index_dir: Path | None = None):
        from kg.store.index import Manifest

        self.url = url.rstrip("/")
        # kg's queries read the union of the article graphs as the default graph: Oxigraph takes this parameter per
        # request; other servers ignore it and need their union default graph switched on (README: Remote store).
        self.query_url = self.url + query_path + ("&" if "?" in query_path else "?") + "union-default-graph"
        self.update_url = self.url + update_path
        self.timeout = timeout
        self._client = httpx.Client(timeout=timeout, auth=httpx.BasicAuth(user, password or "") if user else None)
        index_dir = index_dir or Path(".kg") / "remote" / path_safe(self.url)
        index_dir.mkdir(parents=True, exist_ok=True)
        self.manifest = Manifest(index_dir / "manifest.sqlite")
        self.path = index_dir

    @classmethod
    def from_env(cls, url: str) -> RemoteStore:
        """Paths from KG_QUERY_PATH / KG_UPDATE_PATH (Oxigraph's /query and /update by default);
        credentials from KG_STORE_USER / KG_STORE_PASSWORD, never from the command line."""
        return cls(url, query_path=os.environ.get("KG_QUERY_PATH", "/query"),
                   update_path=os.environ.get("KG_UPDATE_PATH", "/update"),
                   user=os.environ.get("KG_STORE_USER"), password=os.environ.get("KG_STORE_PASSWORD"),
                   timeout=float(os.environ.get("KG_STORE_TIMEOUT", "60")))

    def __str__(self) -> str:
        return self.url

    def _request(self, url: str, body: bytes, content_type: str, accept: str = "*/*", *, what: str) -> bytes:
        """POST with retries (tenacity) of what may pass: no answer, 429 and 5xx; other errors at once."""
        headers = {"Content-Type": content_type, "Accept": accept, "User-Agent": "kg"}
        retrying = Retrying(stop=stop_after_attempt(len(RETRIES) + 1), wait=wait_chain(*map(wait_fixed, RETRIES)),
                            retry=retry_if_exception_type(_Transient), reraise=True)
        try:
            for attempt in retrying:
                with attempt:
                    return self._post(url, body, headers, what=what)
        except _Transient as e:
            raise RemoteStoreError(f"{url}: {e} ({what}; tried {len(RETRIES) + 1} times)") from None
        raise AssertionError("unreachable")

    def _post(self, url: str, body: bytes, headers: dict[str, str], *, what: str) -> bytes:
        try:
            response = self._client.post(url, content=body, headers=headers)
        except httpx.TransportError as e:  # refused, reset, timed out
            raise _Transient(f"cannot reach the server: {e or type(e).__name__}") from None
        if response.is_success:
            return response.content
        detail = response.text[:300].strip().splitlines()
        reason = f"HTTP {response.status_code} {response.reason_phrase}" + (f": {detail[0]}" if detail else "")
        if response.status_code in TRANSIENT:
            raise _Transient(reason)
        raise RemoteStoreError(f"{url}: {reason} ({what})")

    def replace_graphs(self, graphs: list[str], nquads: str | bytes, *, what: str = "", trig: bool = False) -> None:
        """DROP the graphs given and INSERT the new content (N-Quads, or TriG when `trig`), as SPARQL
        Update requests of bounded size."""
        if trig:
            nquads = ox.serialize(ox.parse(nquads, format=ox.RdfFormat.TRIG), format=ox.RdfFormat.N_QUADS) or b""
        by_graph: dict[str, list[str]] = {}
        text = nquads.decode("utf-8") if isinstance(nquads, bytes) else nquads
        for line in text.splitlines():
            head, graph, _dot = line.rsplit(" ", 2)
            by_graph.setdefault(graph, []).append(head + " .")
        drops = "".join(f"DROP SILENT GRAPH <{g}> ;\n" for g in graphs)
        parts: list[str] = []
        size = len(drops)
        requests: list[str] = []
        for graph, lines in by_graph.items():
            block = f"GRAPH {graph} {{\n" + "\n".join(lines) + "\n}\n"
            if parts and size + len(block) > MAX_UPDATE:
                requests.append("INSERT DATA {\n" + "".join(parts) + "}")
                parts, size = [], 0
            parts.append(block)
            size += len(block)
        if parts:
            requests.append("INSERT DATA {\n" + "".join(parts) + "}")
        what = what or f"{len(by_graph) or len(graphs)} graphs"
        if drops and requests:
            requests[0] = drops + requests[0]
        elif drops:
            requests.append(drops.rstrip(" ;\n"))
        for update in requests:
            self._request(self.update_url, update.encode("utf-8"), "application/sparql-update", what=what)

    def remove_graph(self, graph: str) -> None:
        self.replace_graphs([graph], "", what=f"drop {graph}")

    def clear(self) -> None:
        self._request(self.update_url, b"DROP SILENT ALL", "application/sparql-update", what="clear")
        self.manifest.remove(list(self.manifest.hashes()))

    def answer(self, sparql: str, fmt: str, *, name: str = "query") -> bytes:
        check_read_only(prefixed(sparql), name=name)
        return self._request(self.query_url, prefixed(sparql).encode("utf-8"), "application/sparql-query",
                             ACCEPT.get(fmt, ACCEPT["json"]), what=name)

    def select(self, sparql: str) -> list[dict[str, str]]:
        raw = self._request(self.query_url, prefixed(sparql).encode("utf-8"), "application/sparql-query",
                            ACCEPT["json"], what="kg query")
        try:
            data = json.loads(raw)
        except ValueError:
            raise RemoteStoreError(f"{self.query_url}: not a SPARQL JSON answer (is KG_QUERY_PATH right?)") from None
        names = data["head"]["vars"]
        return [{n: b.get(n, {}).get("value", "") for n in names} for b in data["results"]["bindings"]]

    def query(self, sparql: str, *, name: str = "query") -> Any:
        raise NotImplementedError("use answer() for a remote store")

    def flush(self) -> None:
        pass

    def optimize(self) -> None:
        pass  # the server keeps its own storage in shape

    def __len__(self) -> int:
        rows = self.select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
        return int(rows[0]["n"]) if rows else 0
