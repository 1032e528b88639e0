"""The knowledge-graph store: embedded Oxigraph on disk by default; a read-only SPARQL guard for users."""

from __future__ import annotations

import io
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kg.errors import QueryError, StoreError
from kg.vocab import DIP, GRAPH, PREFIXES

FORMATS = {"csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV,
           "json": ox.QueryResultsFormat.JSON, "xml": ox.QueryResultsFormat.XML}


def check_read_only(sparql: str, *, name: str = "query") -> None:
    """Refuse, before anything runs, what is not a read-only query over the store: updates, LOAD,
    SERVICE (network) and FROM / FROM NAMED (which engines may dereference)."""
    from pyparsing import ParseException
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

    try:
        tree = parseQuery(sparql)
    except ParseException as e:
        try:
            parseUpdate(sparql)
        except ParseException:
            raise QueryError(f"{name}: SPARQL syntax error at line {e.lineno}, column {e.column}: {e.msg}") from None
        raise QueryError(f"{name}: refused: updates (INSERT, DELETE, LOAD, CLEAR, DROP ...) are not allowed") from None
    except Exception as e:  # rdflib raises assorted errors on odd input
        raise QueryError(f"{name}: SPARQL syntax error: {str(e).splitlines()[0] if str(e) else type(e).__name__}") from None
    for node in _walk(tree):
        label = getattr(node, "name", None)
        if label == "ServiceGraphPattern":
            raise QueryError(f"{name}: refused: SERVICE would reach another endpoint over the network")
        if label and label.endswith("Query") and "datasetClause" in node:
            raise QueryError(f"{name}: refused: FROM / FROM NAMED would load data from outside the store")


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


def prefixed(sparql: str) -> str:
    """The query with kg's prefixes declared, unless it declares them itself."""
    lines = [f"PREFIX {p}: <{iri}>" for p, iri in PREFIXES.items() if f"PREFIX {p}:".lower() not in sparql.lower()]
    return "\n".join(lines) + "\n" + sparql


class Store:
    """An Oxigraph store holding one named graph per article plus the build's summary graphs."""

    def __init__(self, path: Path | None = None, *, read_only: bool = False):
        self.path = path
        try:
            if path is None:
                self.ox = ox.Store()
            elif read_only:
                if not path.exists():
                    raise StoreError(f"{path}: no knowledge graph here yet: run `kg build` first")
                self.ox = ox.Store.read_only(str(path))
            else:
                path.mkdir(parents=True, exist_ok=True)
                self.ox = ox.Store(str(path))
        except OSError as e:
            raise StoreError(f"{path}: cannot open the store ({e})") from None

    def _solutions(self, sparql: str) -> ox.QuerySolutions:
        result = self.ox.query(prefixed(sparql))
        assert isinstance(result, ox.QuerySolutions), "kg's own queries are SELECTs"
        return result

    def article_hashes(self) -> dict[str, str]:
        rows = self._solutions("SELECT ?name ?hash WHERE { GRAPH ?g { ?a dip:fileName ?name ; dip:contentHash ?hash } }")
        return {r["name"].value: r["hash"].value for r in rows}

    def replace_graphs(self, graphs: list[str], nquads: str) -> None:
        """Drop the named graphs given and load `nquads` (their new content) in one go."""
        for g in graphs:
            self.ox.remove_graph(ox.NamedNode(g))
        if nquads:
            self.ox.load(nquads.encode("utf-8"), format=ox.RdfFormat.N_QUADS)

    def remove_graph(self, graph: str) -> None:
        self.ox.remove_graph(ox.NamedNode(graph))

    def article_graphs(self) -> list[str]:
        return sorted(g.value for g in self.ox.named_graphs() if g.value.startswith(GRAPH) and "/_" not in g.value[len(GRAPH) - 1 :])

    def select(self, sparql: str) -> list[dict[str, str]]:
        """Rows of a trusted (kg's own) SELECT query as plain strings; unbound → ''."""
        result = self._solutions(sparql)
        names = [v.value for v in result.variables]
        return [{n: (r[n].value if r[n] is not None else "") for n in names} for r in result]

    def query(self, sparql: str, *, name: str = "query") -> Any:
        """Run a user's query after the read-only guard; SyntaxError → QueryError."""
        check_read_only(prefixed(sparql), name=name)
        try:
            return self.ox.query(prefixed(sparql))
        except SyntaxError as e:
            raise QueryError(f"{name}: {str(e).splitlines()[0]}") from None
        except OSError as e:
            raise StoreError(f"{name}: store error: {e}") from None

    def dump(self, fmt: str) -> bytes:
        """The whole store as TriG (named graphs), or as Turtle (every graph merged, duplicates once)."""
        out = io.BytesIO()
        if fmt == "trig":
            self.ox.dump(out, ox.RdfFormat.TRIG, prefixes=PREFIXES)
        elif fmt == "turtle":
            triples = self.ox.query("CONSTRUCT { ?s ?p ?o } WHERE { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } }")
            assert isinstance(triples, ox.QueryTriples)
            ox.serialize(triples, out, ox.RdfFormat.TURTLE, prefixes=PREFIXES)
        elif fmt == "nquads":
            self.ox.dump(out, ox.RdfFormat.N_QUADS)
        else:
            raise StoreError(f"unknown export format {fmt!r}")
        return out.getvalue()

    def flush(self) -> None:
        if self.path is not None:
            self.ox.flush()

    def __len__(self) -> int:
        return len(self.ox)


__all__ = ["Store", "check_read_only", "prefixed", "FORMATS", "DIP"]
