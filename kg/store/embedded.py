"""The knowledge-graph store: embedded Oxigraph on disk by default; a read-only SPARQL guard for users."""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from functools import lru_cache
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kg.errors import QueryError, StoreError
from kg.rdf.vocab import DIP, PREFIXES

FORMATS = {"csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV,
           "json": ox.QueryResultsFormat.JSON, "xml": ox.QueryResultsFormat.XML}


# rdflib's pyparsing grammar is not safe to use from two threads at once, and the exceptions it
# caches keep the frames that called it alive (and with them, query results bound to their thread).
# So every parse runs on one thread of its own.
_PARSER = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kg-sparql-parser")


def check_read_only(sparql: str, *, name: str = "query") -> None:
    """Refuse, before anything runs, what is not a read-only query over the store: updates, LOAD,
    SERVICE (network) and FROM / FROM NAMED (which engines may dereference)."""
    problem = _problem(sparql)
    if problem:
        raise QueryError(f"{name}: {user_lines(problem, sparql)}")


def user_lines(message: str, sparql: str) -> str:
    """A parser's message with its line numbers counted in the user's text, not in the prefixes kg added."""
    added = 0
    for line in sparql.split("\n"):
        if line not in _PREFIX_LINES:
            break
        added += 1
    return re.sub(r"\bline (\d+)", lambda m: f"line {max(1, int(m.group(1)) - added)}", message) if added else message


@lru_cache(maxsize=1024)
def _problem(sparql: str) -> str | None:
    """Why `sparql` is refused, or None; cached, as endpoints see the same queries again and again."""
    return _PARSER.submit(_reason, sparql).result()


def _reason(sparql: str) -> str | None:
    from pyparsing import ParseException
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

    try:
        tree = parseQuery(sparql)
    except ParseException as e:
        try:
            parseUpdate(sparql)
        except ParseException:
            return f"SPARQL syntax error at line {e.lineno}, column {e.column}: {e.msg}"
        return "refused: updates (INSERT, DELETE, LOAD, CLEAR, DROP ...) are not allowed"
    except Exception as e:  # rdflib raises assorted errors on odd input
        return f"SPARQL syntax error: {str(e).splitlines()[0] if str(e) else type(e).__name__}"
    for node in _walk(tree):
        label = getattr(node, "name", None)
        if label == "ServiceGraphPattern":
            return "refused: SERVICE would reach another endpoint over the network"
        if label and label.endswith("Query") and "datasetClause" in node:
            return "refused: FROM / FROM NAMED would load data from outside the store"
    return None


def _walk(node: Any, depth: int = 0) -> Iterable[Any]:
    if depth > 200:
        return
    yield node
    if isinstance(node, dict):
        children: Iterable[Any] = node.values()
    elif isinstance(node, (list, tuple)) or type(node).__name__ == "ParseResults":
        children = list(node)
    else:
        return
    for child in children:
        yield from _walk(child, depth + 1)


_PREFIX_LINES = frozenset(f"PREFIX {p}: <{iri}>" for p, iri in PREFIXES.items())


def prefixed(sparql: str) -> str:
    """The query with kg's prefixes declared, unless it declares them itself."""
    lines = [f"PREFIX {p}: <{iri}>" for p, iri in PREFIXES.items() if f"PREFIX {p}:".lower() not in sparql.lower()]
    return "\n".join(lines) + "\n" + sparql


# Loads of more lines than this (a line is about a quad in N-Quads and in kg's TriG) go through
# Oxigraph's bulk loader: measured on a store of 8,000 articles, it took half the CPU of a
# transactional load from 60 articles (4,700 quads) up. A one-article update stays transactional.
BULK_LINES = 2000

SERVING = "SERVING"  # a file kg serve keeps in the store while it runs: its pid


def serving_pid(path: Path) -> int | None:
    """The pid of a live `kg serve` on this store, if any (a file left by a dead one is ignored)."""
    try:
        pid = int((path / SERVING).read_text().strip())
        os.kill(pid, 0)
    except (OSError, ValueError):
        return None
    return pid


class Store:
    """The embedded store: Oxigraph (one named graph per article, plus the shared, summary and
    measures graphs) and, beside it, the build's index (manifest.sqlite). `path=None`: in memory."""

    def __init__(self, path: Path | None = None, *, read_only: bool = False):
        from kg.store.index import Manifest

        # An absolute path: RocksDB writes its MANIFEST and CURRENT again when the store closes (often at exit),
        # through the path it was opened with; a relative one would then land in whatever folder is current.
        self.path = path
        path = path.absolute() if path is not None else None
        try:
            if path is None:
                self.ox = ox.Store()
                self.manifest = Manifest(None)
            elif read_only:
                if not (path / "oxigraph").exists():
                    raise StoreError(f"{self.path}: no knowledge graph here yet: run `kg build` first")
                self.ox = ox.Store.read_only(str(path / "oxigraph"))
                self.manifest = Manifest(path / "manifest.sqlite")
            else:
                server = serving_pid(path)
                if server:
                    raise StoreError(f"{self.path}: kg serve (pid {server}) has this store open: stop it before building")
                path.mkdir(parents=True, exist_ok=True)
                self.ox = ox.Store(str(path / "oxigraph"))
                self.manifest = Manifest(path / "manifest.sqlite")
        except OSError as e:
            raise StoreError(f"{self.path}: cannot open the store ({e})") from None
        except RuntimeError as e:  # RocksDB reports a damaged store this way
            first = str(e).splitlines()[0] if str(e) else type(e).__name__
            raise StoreError(f"{self.path}: the store is damaged ({first[:160]}); remove {self.path} and run `kg build` again "
                             "(the exports are untouched)") from None

    def __str__(self) -> str:
        return str(self.path) if self.path else "in-memory store"

    def _solutions(self, sparql: str) -> ox.QuerySolutions:
        result = self.ox.query(prefixed(sparql), use_default_graph_as_union=True)
        assert isinstance(result, ox.QuerySolutions), "kg's own queries are SELECTs"
        return result

    def replace_graphs(self, graphs: list[str], data: str | bytes, *, what: str = "", trig: bool = False) -> None:
        """Drop the named graphs given, then load `data` (their new content): N-Quads, or a TriG
        document when `trig`. Large loads go through Oxigraph's bulk loader; the build's index
        records what was loaded only after."""
        for g in graphs:
            self.ox.remove_graph(ox.NamedNode(g))
        if not data:
            return
        text = data.encode("utf-8") if isinstance(data, str) else data
        fmt = ox.RdfFormat.TRIG if trig else ox.RdfFormat.N_QUADS
        if text.count(b"\n") > BULK_LINES:
            self.ox.bulk_load(text, format=fmt)
        else:
            self.ox.load(text, format=fmt)

    def remove_graph(self, graph: str) -> None:
        self.ox.remove_graph(ox.NamedNode(graph))

    def clear(self) -> None:
        """Forget everything: every graph and the index (after an interrupted build)."""
        self.ox.clear()
        self.manifest.remove(list(self.manifest.hashes()))

    def select(self, sparql: str) -> list[dict[str, str]]:
        """Rows of a trusted (kg's own) SELECT query as plain strings; unbound → ''."""
        result = self._solutions(sparql)
        names = [v.value for v in result.variables]
        return [{n: (r[n].value if r[n] is not None else "") for n in names} for r in result]

    def query(self, sparql: str, *, name: str = "query") -> Any:
        """Run a user's query after the read-only guard; SyntaxError → QueryError."""
        text = prefixed(sparql)
        check_read_only(text, name=name)
        try:
            # The default graph is the union of the article graphs: a pattern without GRAPH finds the facts.
            return self.ox.query(text, use_default_graph_as_union=True)
        except SyntaxError as e:
            raise QueryError(f"{name}: {user_lines(str(e).splitlines()[0], text)}") from None
        except OSError as e:
            raise StoreError(f"{name}: store error: {e}") from None

    def flush(self) -> None:
        if self.path is not None:
            self.ox.flush()

    def optimize(self) -> None:
        """Compact the on-disk store after large loads: many bulk loads leave many overlapping
        files, and every lookup pays for them (measured at 100,000 articles: 39 s to compact, then
        SPARQL over raw facts 3.7-4x faster)."""
        if self.path is not None:
            self.ox.optimize()

    def __len__(self) -> int:
        return len(self.ox)


__all__ = ["Store", "check_read_only", "prefixed", "FORMATS", "DIP"]
