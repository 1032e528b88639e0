"""Answer a user's query in the format asked for: SPARQL 1.1 CSV/TSV/JSON/XML results, or a table."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from itertools import chain

import pyoxigraph as ox

from kg.errors import QueryError
from kg.resources import bind, resolve_query
from kg.store.embedded import FORMATS

TABLE_ROWS = 1000
GRAPH_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES, "json": ox.RdfFormat.JSON_LD,
                 "xml": ox.RdfFormat.RDF_XML, "table": ox.RdfFormat.TURTLE}


def rows_of(result) -> tuple[list[str], list[list[str]]]:
    names = [v.value for v in result.variables]
    return names, [[(s[n].value if s[n] is not None else "") for n in names] for s in result]


def render_table(names: list[str], rows: list[list[str]]) -> bytes:
    from rich.console import Console
    from rich.table import Table

    table = Table(*names, show_lines=False, header_style="bold")
    for row in rows[:TABLE_ROWS]:
        table.add_row(*row)
    out = io.StringIO()
    console = Console(file=out, width=200, force_terminal=False, color_system=None)
    console.print(table)
    more = f"... {len(rows) - TABLE_ROWS} more rows (use --format csv)\n" if len(rows) > TABLE_ROWS else ""
    return (out.getvalue() + more + f"{len(rows)} rows\n").encode("utf-8")


def from_tables(store, name: str, fmt: str) -> Iterator[bytes] | None:
    """A bundled per-fact query's CSV answer streamed from the build's competency tables
    (kg.store.tables), or None when the tables cannot answer: another query or format, a remote
    store, or an index left by an unfinished build."""
    from kg.store.embedded import Store
    from kg.store.index import read_answer
    from kg.store.tables import TABLES, csv_header

    if name not in TABLES or fmt != "csv" or not isinstance(store, Store) or store.manifest.path is None:
        return None
    rows = read_answer(store.manifest.path, name)
    return None if rows is None else chain((csv_header(name),), rows)


def run(store, query: str, *, fmt: str = "table", sparql_only: bool = False) -> bytes:
    """Resolve QUERY (name, file or text), run it read-only, and serialize the answer."""
    return b"".join(answer(store, query, fmt=fmt, sparql_only=sparql_only))


def answer(store, query: str, *, fmt: str = "table", sparql_only: bool = False,
           binds: tuple[str, ...] = ()) -> Iterable[bytes]:
    """The answer to QUERY as a stream of bytes: from the competency tables where they hold it
    (unless `sparql_only` or variables are bound), else from the store's SPARQL engine."""
    name, sparql = resolve_query(query)
    sparql = bind(name, sparql, binds)
    if not sparql_only and not binds:
        if (streamed := from_tables(store, name, "csv" if fmt == "table" else fmt)) is not None:
            if fmt == "table":
                rows = list(csv.reader(io.StringIO(b"".join(streamed).decode("utf-8"), newline="")))
                return (render_table(rows[0], rows[1:]),)
            return streamed
    return (_sparql(store, name, sparql, fmt),)


def _sparql(store, name: str, sparql: str, fmt: str) -> bytes:
    if hasattr(store, "answer"):  # a remote SPARQL server answers in the format asked for
        if fmt != "table":
            return bytes(store.answer(sparql, fmt, name=name))
        data = json.loads(store.answer(sparql, "json", name=name))
        names = data.get("head", {}).get("vars", [])
        if "boolean" in data:
            return (str(data["boolean"]).lower() + "\n").encode()
        return render_table(names, [[b.get(n, {}).get("value", "") for n in names] for b in data["results"]["bindings"]])
    result = store.query(sparql, name=name)
    if isinstance(result, ox.QueryBoolean):
        if fmt in FORMATS:
            return bytes(result.serialize(format=FORMATS[fmt]) or b"")
        return (str(bool(result)).lower() + "\n").encode()
    if isinstance(result, ox.QueryTriples):
        if fmt in ("csv", "tsv"):
            raise QueryError(f"{name}: CONSTRUCT and DESCRIBE give triples, not a table: use --format turtle, ntriples, "
                             "json (JSON-LD) or xml (RDF/XML)")
        rdf = GRAPH_FORMATS.get(fmt, ox.RdfFormat.TURTLE)
        return bytes(ox.serialize(result, format=rdf) or b"")
    if fmt in ("turtle", "ntriples"):
        raise QueryError(f"{name}: --format {fmt} is for CONSTRUCT and DESCRIBE; a SELECT or ASK gives table, csv, tsv, json or xml")
    if fmt == "table":
        return render_table(*rows_of(result))
    return bytes(result.serialize(format=FORMATS[fmt]) or b"")
