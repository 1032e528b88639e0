"""The library's front door: open a knowledge graph, build it, query it, analyse and draw it."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from kg.errors import KgError, StoreError

DEFAULT_STORE = Path(".kg")
FOCUS = "KR"


class Rows(list):
    """A query's answer: one dict per solution, values as strings ('' where unbound)."""

    def __init__(self, rows: Iterable[dict[str, str]] = (), columns: Iterable[str] = ()):
        super().__init__(rows)
        self.columns = list(columns)

    def to_pandas(self):
        """The rows as a pandas DataFrame (pandas is optional: `pip install pandas`)."""
        try:
            import pandas as pd
        except ImportError:
            raise KgError("Rows.to_pandas needs pandas: pip install pandas") from None
        return pd.DataFrame(list(self), columns=self.columns or None)


def open_store(location: str | os.PathLike = DEFAULT_STORE, *, read_only: bool = False):
    """The store at `location`: a directory (embedded Oxigraph) or an http(s) URL (a SPARQL 1.1 server)."""
    text = os.fspath(location)
    if text.startswith(("http://", "https://")):
        from kg.store.remote import RemoteStore

        return RemoteStore.from_env(text)
    from kg.store.embedded import Store

    return Store(Path(text), read_only=read_only)


def open(location: str | os.PathLike = DEFAULT_STORE, *, read_only: bool = False) -> KnowledgeGraph:  # noqa: A001
    """Open (or create, for building) the knowledge graph at `location`.

    >>> graph = kg.open(".kg")                 # the embedded store
    >>> graph = kg.open("http://host:7879")    # a SPARQL 1.1 server
    """
    return KnowledgeGraph(location, read_only=read_only)


class KnowledgeGraph:
    """A knowledge graph in a store. Building needs it writable; everything else reads.

    The embedded store is opened when first used, read-only unless something is built, so a
    notebook can query a store that `kg serve` is serving."""

    def __init__(self, location: str | os.PathLike = DEFAULT_STORE, *, read_only: bool = False):
        self.location = os.fspath(location)
        self.read_only = read_only
        self._store: Any = None
        self._writable = False

    def __repr__(self) -> str:
        return f"KnowledgeGraph({self.location!r})"

    @property
    def remote(self) -> bool:
        return self.location.startswith(("http://", "https://"))

    def store(self, *, write: bool = False):
        """The underlying store (kg.store.Store or kg.store.remote.RemoteStore), opened for reading or writing."""
        if write and self.read_only:
            raise StoreError(f"{self.location}: opened read-only")
        if self._store is None or (write and not self._writable and not self.remote):
            self.close()
            self._store = open_store(self.location, read_only=not write and not self.remote)
            self._writable = write or self.remote
        return self._store

    def close(self) -> None:
        """Release the store (Oxigraph holds a lock on a writable one)."""
        self._store = None
        self._writable = False

    def __enter__(self) -> KnowledgeGraph:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def build(self, inputs: Iterable[str | os.PathLike], *, out: str | os.PathLike | None = "exports",
              jobs: int | None = None, prune: bool = False,
              progress: Callable[[int, int], None] | None = None, about: str | None = None,
              executor: str | None = None):
        """Build every article under `inputs` (.txt, .html, .warc(.gz), .jsonl(.gz), folders of them;
        "-" reads JSON Lines on stdin) into the store, then write the exports to `out` (None: no
        exports). `about`: keep only Indonesian articles with this actor ("KR"), or with at least one
        tie ("any"); None keeps every article. `executor`: "dask" or "dask://HOST:PORT" runs the
        per-article work on a Dask cluster. Returns the build's Report."""
        from kg.build import build, build_and_export

        paths = [Path(p) for p in inputs]
        store = self.store(write=True)
        if about not in (None, "any"):
            from kg.gazetteers import default

            if about not in default().actors:
                raise KgError(f"--about {about}: not an actor code kg knows (e.g. KR, ID, ASEAN), nor 'any' or 'all'")
        if out is None:
            return build(paths, store, jobs=jobs, prune=prune, progress=progress, about=about, executor=executor)
        return build_and_export(paths, store, Path(out), jobs=jobs, prune=prune, progress=progress, about=about,
                                executor=executor)

    def query(self, query: str, *, sparql: bool = False) -> Rows:
        """Rows of a read-only SELECT: a bundled query's name ("ties"), a .rq file, or SPARQL text.
        ASK gives one row {"boolean": "true"|"false"}; CONSTRUCT and DESCRIBE are refused here."""
        from kg.resources import resolve_query
        from kg.store.query import run
        from kg.store.tables import TABLES

        name, _ = resolve_query(query)
        store = self.store()
        if name in TABLES and not sparql and not self.remote:
            text = run(store, query, fmt="csv").decode("utf-8")
            reader = csv.DictReader(io.StringIO(text, newline=""))
            return Rows(reader, reader.fieldnames or ())
        data = run(store, query, fmt="json", sparql_only=sparql)
        try:
            parsed = json.loads(data)
        except ValueError:
            raise KgError(f"{name}: not a SELECT or ASK query (CONSTRUCT and DESCRIBE give triples: "
                          f"use `kg query {name} --format json`)") from None
        if not isinstance(parsed, dict) or "head" not in parsed:
            raise KgError(f"{name}: not a SELECT or ASK query (CONSTRUCT and DESCRIBE give triples)")
        if "boolean" in parsed:
            return Rows([{"boolean": str(parsed["boolean"]).lower()}], ["boolean"])
        names = parsed["head"].get("vars", [])
        return Rows(({n: b.get(n, {}).get("value", "") for n in names} for b in parsed["results"]["bindings"]), names)

    def network(self):
        """The tie network as a NetworkX graph: actors (code, label, type) and weighted ties."""
        from kg.analyse import project

        return project(self.store())

    def measures(self):
        """Every actor's centrality (degree, weighted degree, betweenness, PageRank, community)."""
        from kg.analyse import measures

        return measures(self.network())

    def partners(self, focus: str = FOCUS, *, top: int | None = None):
        """`focus`'s partners, strongest tie first (kg.analyse.Partner rows)."""
        from kg.analyse import partners

        ranked = partners(self.network(), focus.upper())
        if not ranked:
            raise KgError(f"{focus}: not in the knowledge graph's tie network (build first, or check the code)")
        return ranked[:top] if top is not None else ranked

    def render(self, path: str | os.PathLike | None = None, *, focus: str = FOCUS, top: int = 300) -> bytes:
        """The interactive offline HTML view of the tie network; written atomically to `path` if given."""
        from kg.analyse import measures, project
        from kg.rdf.export import write_atomic
        from kg.render import render

        if top < 1:
            raise KgError(f"top must be at least 1, not {top}")
        store = self.store()
        net = project(store)
        if focus.upper() not in net:
            raise KgError(f"{focus}: not in the knowledge graph's tie network (build first, or check the code)")
        html = render(store, net, measures(net), focus=focus.upper(), top=top)
        if path is not None:
            write_atomic(Path(path), html)
        return html

    @contextlib.contextmanager
    def serving(self) -> Iterator[None]:
        """Mark the embedded store as served while the block runs: `kg build` refuses it meanwhile."""
        from kg.store.embedded import SERVING, serving_pid

        if self.remote:
            yield
            return
        path = Path(self.location)
        other = serving_pid(path)
        if other and other != os.getpid():
            raise StoreError(f"{path}: already served by kg serve (pid {other})")
        marker = path / SERVING
        marker.write_text(str(os.getpid()))
        try:
            yield
        finally:
            marker.unlink(missing_ok=True)
