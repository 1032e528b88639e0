"""Export chunks: the TriG chunk a worker writes, and the Turtle derived from it at export time."""

from __future__ import annotations

import json

import pyoxigraph as ox
import pytest

from kg.build import write_jsonld_graphs, write_jsonld_head
from kg.rdf.export import HEADER, jsonld, jsonld_around, serialize, turtle
from kg.store.index import Manifest

NQUADS = (
    '<https://w3id.org/kg-diplomacy/id/article/x> <http://www.w3.org/2000/01/rdf-schema#label> '
    '"ends with a brace {" <https://w3id.org/kg-diplomacy/id/graph/x> .\n'
    '<https://w3id.org/kg-diplomacy/id/article/x> <http://www.w3.org/2000/01/rdf-schema#comment> '
    '"line one\\n\\tindented }\\n}" <https://w3id.org/kg-diplomacy/id/graph/x> .\n'
    '<https://w3id.org/kg-diplomacy/id/article/y> <http://www.w3.org/2000/01/rdf-schema#label> '
    '"y" <https://w3id.org/kg-diplomacy/id/graph/y> .\n'
)


def triples(data: bytes, fmt: ox.RdfFormat) -> set:
    return {q.triple for q in ox.parse(data, format=fmt)}


def test_a_trig_chunk_has_no_prefix_lines_and_loads_behind_the_header():
    chunk = serialize(NQUADS)
    assert b"@prefix" not in chunk
    assert {(q.triple, q.graph_name) for q in ox.parse(HEADER + chunk, format=ox.RdfFormat.TRIG)} == \
        {(q.triple, q.graph_name) for q in ox.parse(NQUADS.encode(), format=ox.RdfFormat.N_QUADS)}


def test_turtle_from_a_chunk_holds_the_same_triples_in_one_graph():
    chunk = serialize(NQUADS)
    ttl = turtle(chunk)
    assert b"{\n" not in ttl and b"\n}" not in ttl
    assert triples(HEADER + ttl, ox.RdfFormat.TURTLE) == triples(NQUADS.encode(), ox.RdfFormat.N_QUADS)


def test_the_turtle_export_is_the_trig_export_without_graphs(built_seeds):
    _, exports = built_seeds
    ttl = (exports / "kg.ttl").read_bytes()
    trig = (exports / "kg.trig").read_bytes()
    assert triples(ttl, ox.RdfFormat.TURTLE) == triples(trig, ox.RdfFormat.TRIG)


@pytest.mark.parametrize("articles", [0, 1, 3])
@pytest.mark.parametrize("empty_head", [False, True])
def test_json_ld_from_the_side_process_file_is_the_document_written_in_process(tmp_path, articles, empty_head):
    """The articles' part written to a file by write_jsonld_graphs (from an index) and the head's by
    write_jsonld_head, put around the foot, give the bytes jsonld writes from the chunks directly, with
    or without articles."""
    chunks = [serialize(NQUADS.replace("/x>", f"/x{i}>").replace("/y>", f"/y{i}>")) for i in range(articles)]
    head = b"" if empty_head else serialize(NQUADS.replace("/x>", "/head>"))
    foot = serialize(NQUADS.replace("/x>", "/foot>"))
    manifest = Manifest(tmp_path / "manifest.sqlite")
    manifest.put([(f"a{i}", "sha", None, c, [], [], None, 3, []) for i, c in enumerate(chunks)])
    write_jsonld_graphs(str(tmp_path / "manifest.sqlite"), str(tmp_path / "middle"))
    write_jsonld_head(head, str(tmp_path / "head"))
    whole = b"".join(jsonld_around((tmp_path / "head").read_bytes(), str(tmp_path / "middle"), foot))
    assert whole == b"".join(jsonld([head, *chunks, foot]))
    assert len(json.loads(whole)["@graph"]) == 2 * (articles + 1 + (not empty_head))  # two graphs a chunk


def test_property_names_are_compacted_where_they_are_keys_only():
    """A key after "{" or "," in a namespace of the @context becomes a compact IRI; the same IRI as a value
    (an @id, a @type in a list, a string) or without a local name stays whole."""
    from kg.rdf.export import compact_keys
    from kg.rdf.vocab import PREFIXES

    dip, rdfs, schema = (PREFIXES[p] for p in ("dip", "rdfs", "schema"))
    body = (f'{{"@id":"{dip}x","{dip}actor":[{{"@id":"{dip}y"}}],"{rdfs}label":[{{"@value":"{dip}z"}}],'
            f'"@type":["{schema}A","{schema}B"],"{dip}":[1],"{schema}9":[2],"{schema}name-x":[3]}}').encode()
    assert compact_keys(body).decode() == (
        f'{{"@id":"{dip}x","dip:actor":[{{"@id":"{dip}y"}}],"rdfs:label":[{{"@value":"{dip}z"}}],'
        f'"@type":["{schema}A","{schema}B"],"{dip}":[1],"{schema}9":[2],"schema:name-x":[3]}}')


def test_json_ld_written_many_chunks_at_a_time_is_the_one_written_chunk_by_chunk():
    from kg.rdf.export import jsonld_graphs

    chunks = [serialize(NQUADS.replace("/x>", f"/x{i}>").replace("/y>", f"/y{i}>").replace("/graph/x>", f"/graph/g{i}>")
                        .replace("/graph/y>", f"/graph/h{i}>")) if i % 7 else b"" for i in range(130)]
    one_by_one = [g for chunk in chunks for g in jsonld_graphs([chunk])]
    assert b",".join(jsonld_graphs(chunks)) == b",".join(one_by_one)
    assert len(one_by_one) == sum(1 for c in chunks if c) and len(json.loads(b"[" + b",".join(one_by_one) + b"]")) > 200
