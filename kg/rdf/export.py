"""Exports written atomically (temporary file + rename), streamed from per-article chunks."""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path

import pyoxigraph as ox

from kg.rdf.vocab import PREFIXES

HEADER = "".join(f"@prefix {p}: <{iri}> .\n" for p, iri in sorted(PREFIXES.items())).encode("utf-8")


def serialize(nquads: str) -> bytes:
    """N-Quads text as a TriG chunk using kg's prefixes, without prefix lines (the export's header
    declares them once, and the store loads chunks behind that header)."""
    quads = ox.parse(nquads.encode("utf-8"), format=ox.RdfFormat.N_QUADS, lenient=True)  # kg wrote it
    trig = ox.serialize(quads, format=ox.RdfFormat.TRIG, prefixes=PREFIXES) or b""
    start = 0
    while trig.startswith(b"@prefix ", start):
        start = trig.index(b"\n", start) + 1
    return trig[start:]


def check_ntriples(lines: Iterable[str]) -> None:
    """Raise ValueError unless every line is strict N-Triples (valid IRIs, escaped literals)."""
    text = "".join(lines)
    if text:
        for _ in ox.parse(text.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES):
            pass


# Lines of a TriG chunk that Turtle has no use for: graph openers ("graph:x {"), closers, blank lines.
_GRAPH_LINES = re.compile(rb"^(?:[^\t\n][^\n]*\{|\}|)\n", re.M)


def turtle(trig: bytes) -> bytes:
    """A TriG chunk as Turtle: every graph's triples at top level (one graph, as kg.ttl holds them).
    The serializer escapes newlines inside literals, so every line is a line of RDF."""
    opener = trig.find(b"\n") + 1
    if trig.endswith(b"\n}\n") and trig[opener - 2:opener] == b"{\n" and trig[:1] != b"\t" and \
            trig.count(b"\n}\n") == 1:  # one graph's block, as every article's chunk is: no regex over it
        return trig[opener + 1:-2].replace(b"\n\t", b"\n")
    ttl = _GRAPH_LINES.sub(b"", trig).replace(b"\n\t", b"\n")
    return ttl[1:] if ttl.startswith(b"\t") else ttl


def _temp(path: Path, data: bytes | Iterable[bytes]) -> tuple[str, int]:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    size = 0
    try:
        with os.fdopen(fd, "wb") as f:
            for chunk in ([data] if isinstance(data, bytes) else data):
                f.write(chunk)
                size += len(chunk)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o644)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return tmp, size


def write_all(out: Path, files: dict[str, bytes | Iterable[bytes]]) -> dict[str, int]:
    """Write every file (bytes or a stream of chunks) to a temporary file first, then rename them
    all into place: readers see the old exports or the new ones, never half of one."""
    temps: list[tuple[str, Path]] = []
    sizes: dict[str, int] = {}
    try:
        for name, data in files.items():
            tmp, sizes[name] = _temp(out / name, data)
            temps.append((tmp, out / name))
    except BaseException:
        for tmp, _ in temps:
            Path(tmp).unlink(missing_ok=True)
        raise
    for tmp, path in temps:
        os.replace(tmp, path)
    return sizes


def write_atomic(path: Path, data: bytes | Iterable[bytes]) -> int:
    return write_all(path.parent, {path.name: data})[path.name]


def stream(head: bytes, chunks: Iterable[bytes], tail: bytes) -> Iterable[bytes]:
    """An RDF export: the prefix header once, then the chunks in order."""
    yield HEADER
    yield head
    yield from chunks
    yield tail


# Namespaces whose property names the JSON-LD export writes as compact IRIs ("dip:actor"), by its @context.
_COMPACT = ("dip", "rdf", "rdfs", "skos", "schema", "org", "prov", "owl", "dcterms")
# A property name is a key: after "{" or ",", a namespace IRI and a local name, then ":[". One literal-led pattern
# per namespace and opener (Python's re finds a leading literal fast; a leading class it tries at every byte).
_KEYS = [(PREFIXES[p].encode(), [(re.compile(re.escape(opener + b'"' + PREFIXES[p].encode()) + rb'(?=[A-Za-z][\w\-]*":\[)'),
                                  opener + b'"' + p.encode() + b":") for opener in (b"{", b",")]) for p in _COMPACT]
_CHUNKS_PER_CALL = 50  # chunks parsed and written in one call: the same bytes as one by one, for less per call


def jsonld_context() -> dict[str, str]:
    return dict(sorted(PREFIXES.items()))


def _jsonld_open() -> bytes:
    import json

    return b'{"@context":' + json.dumps(jsonld_context(), separators=(",", ":")).encode() + b',"@graph":['


def compact_keys(body: bytes) -> bytes:
    """JSON-LD with its property names in kg's namespaces written as compact IRIs."""
    for namespace, keys in _KEYS:
        if namespace in body:
            for key, compact in keys:
                body = key.sub(compact, body)
    return body


def jsonld_graphs(chunks: Iterable[bytes]) -> Iterator[bytes]:
    """The chunks' graph objects as JSON-LD (pyoxigraph writes them), property names compacted by the
    export's @context, without the enclosing brackets, a few chunks at a time (each chunk is one named
    graph, and the writer starts a graph object where the graph changes); chunks with no graph give nothing."""
    chunks = iter(chunks)
    while batch := list(islice(chunks, _CHUNKS_PER_CALL)):
        quads = ox.parse(HEADER + b"".join(batch), format=ox.RdfFormat.TRIG)
        body = ox.serialize(quads, format=ox.RdfFormat.JSON_LD) or b"[]"
        inner = body.strip()[1:-1]  # the chunks' array of graph objects, without its brackets
        if inner:
            yield compact_keys(inner)


def jsonld(chunks: Iterable[bytes]) -> Iterator[bytes]:
    """The TriG chunks as one JSON-LD 1.1 document: kg's prefixes as its @context, one graph object per
    named graph. Streamed: one chunk in memory at a time."""
    yield _jsonld_open()
    for i, graphs in enumerate(jsonld_graphs(chunks)):
        yield (b"," if i else b"") + graphs
    yield b"]}\n"


def jsonld_around(head: bytes, middle: str, foot: bytes) -> Iterator[bytes]:
    """The document `jsonld` writes for a head chunk, the articles and the foot chunk, given the head's
    graph objects (`head`, as `jsonld_graphs` gives them, joined) and the articles' read from the file
    `middle`, each after a comma (kg.build writes both in a process beside the other exports)."""
    yield _jsonld_open()
    first = not head
    yield head
    with open(middle, "rb") as f:
        comma = f.read(1)  # every article's objects come after a comma; an empty file has none
        if comma:
            if not first:
                yield comma
            first = False
            yield from iter(lambda: f.read(1 << 20), b"")
    for graphs in jsonld_graphs((foot,)):
        yield (b"" if first else b",") + graphs
        first = False
    yield b"]}\n"
