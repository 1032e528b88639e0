"""Check an export against ontology/shapes.ttl with pySHACL (the ontology and sector scheme mixed in)."""

from __future__ import annotations

from pathlib import Path

from kg.errors import KgError
from kg.resources import ontology_dir


def validate(path: Path) -> tuple[bool, str]:
    """(conforms, report text) for a Turtle or TriG export; TriG graphs are validated as one union."""
    import pyshacl
    from rdflib import Dataset, Graph

    path = Path(path).resolve()  # rdflib resolves a relative path that does not exist against other places
    if not path.is_file():
        raise KgError(f"{path}: no such file (build first with `kg build`, or name an export)")
    onto = ontology_dir()
    ont = Graph()
    for name in ("diplomacy.ttl", "sectors.ttl"):
        ont.parse(onto / name, format="turtle")
    shapes = Graph().parse(onto / "shapes.ttl", format="turtle")
    try:
        if path.suffix == ".trig":
            ds = Dataset()
            ds.parse(path, format="trig")
            data = Graph()
            for quad in ds.quads((None, None, None, None)):
                data.add(quad[:3])
        else:
            data = Graph().parse(path, format="turtle")
    except Exception as e:
        raise KgError(f"{path}: cannot parse ({str(e).splitlines()[0] if str(e) else type(e).__name__})") from None
    data += ont  # class hierarchy and concept schemes, so sh:class and sh:node checks see them
    conforms, _, text = pyshacl.validate(data, shacl_graph=shapes, inference="rdfs", advanced=True)
    return bool(conforms), str(text)
