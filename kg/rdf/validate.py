"""Check an export against ontology/shapes.ttl and shapes-codes.ttl with pySHACL, without inference: the
ontology, sector and event schemes are merged into the data so that sh:class follows rdfs:subClassOf, but no
range ever gives a node a class it does not have."""

from __future__ import annotations

from pathlib import Path

from kg.errors import KgError
from kg.resources import ontology_dir

SCHEMES = ("diplomacy.ttl", "sectors.ttl", "events.ttl")
CODES = "shapes-codes.ttl"


def code_shapes() -> str:
    """shapes-codes.ttl as kg's gazetteer implies it: the country codes (ISO 3166-1 alpha-2, from CLDR) and the
    organization codes a notation may take. `python -m kg.rdf.validate` rewrites the file; a test keeps it in step."""
    from kg.gazetteers import default

    actors = default().actors
    countries = sorted(c for c, a in actors.items() if a.type == "country")
    orgs = sorted(c for c, a in actors.items() if a.type == "organization")

    def listed(codes: list[str]) -> str:
        lines = [" ".join(f'"{c}"' for c in codes[i:i + 16]) for i in range(0, len(codes), 16)]
        return "\n        ".join(lines)

    return f"""@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix dipsh: <https://w3id.org/kg-diplomacy/shapes#> .

# Generated from kg's gazetteer by `python -m kg.rdf.validate`: do not edit by hand.

dipsh:CountryCode a sh:NodeShape ;
    sh:in (
        {listed(countries)}
    ) .

dipsh:OrganizationCode a sh:NodeShape ;
    sh:in (
        {listed(orgs)}
    ) .
"""


def _reasons(report) -> list[str]:
    """One line per violation: focus node, path, message (and the offending value)."""
    from rdflib import Namespace

    sh = Namespace("http://www.w3.org/ns/shacl#")
    out = set()
    for result in report.subjects(predicate=None, object=sh.ValidationResult):
        focus = report.value(result, sh.focusNode)
        path = report.value(result, sh.resultPath)
        value = report.value(result, sh.value)
        message = report.value(result, sh.resultMessage) or "violates " + str(report.value(result, sh.sourceShape))
        where = f"<{focus}>" + (f" {path.n3(report.namespace_manager)}" if path is not None else "")
        shown = f" (value: {value})" if value is not None and str(value) != str(focus) else ""
        out.add(f"{where}: {' '.join(str(message).split())}{shown}")
    return sorted(out)


def validate(path: Path) -> tuple[bool, list[str]]:
    """(conforms, one line per violation) for a Turtle, TriG or JSON-LD export; TriG graphs are validated as one union."""
    import pyshacl
    from rdflib import Dataset, Graph

    path = Path(path).resolve()  # rdflib resolves a relative path that does not exist against other places
    if not path.is_file():
        raise KgError(f"{path}: no such file (build first with `kg build`, or name an export)")
    onto = ontology_dir()
    shapes = Graph().parse(onto / "shapes.ttl", format="turtle")
    shapes.parse(data=code_shapes(), format="turtle")  # the codes of the gazetteer in use (shapes-codes.ttl ships them)
    try:
        if path.suffix == ".trig":
            ds = Dataset()
            ds.parse(path, format="trig")
            data = Graph()
            for quad in ds.quads((None, None, None, None)):
                data.add(quad[:3])
        elif path.suffix in (".jsonld", ".json"):
            data = Graph().parse(path, format="json-ld")
        else:
            data = Graph().parse(path, format="turtle")
    except Exception as e:
        raise KgError(f"{path}: cannot parse ({str(e).splitlines()[0] if str(e) else type(e).__name__})") from None
    for name in SCHEMES:  # class hierarchy and concept schemes, so sh:class and sh:node checks see them
        data.parse(onto / name, format="turtle")
    conforms, report, text = pyshacl.validate(data, shacl_graph=shapes, inference="none", advanced=True)
    return bool(conforms), [] if conforms else _reasons(report) or [" ".join(str(text).split())[:300]]


if __name__ == "__main__":  # python -m kg.rdf.validate: rewrite ontology/shapes-codes.ttl
    target = ontology_dir() / CODES
    target.write_text(code_shapes(), encoding="utf-8")
    print(f"wrote {target}")
