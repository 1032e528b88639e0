"""Write docs/ontology.html: the ontology's HTML documentation, generated with pyLODE from ontology/diplomacy.ttl.

    python scripts/ontology_docs.py           # regenerate
    python scripts/ontology_docs.py --check   # exit 1 when docs/ontology.html is not what the ontology gives

tests/test_linked_data.py runs the check, so the page cannot fall behind the ontology.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET = ROOT / "docs" / "ontology.html"


def html() -> str:
    logging.disable(logging.WARNING)  # pyLODE logs every term it cannot describe further
    from pylode import OntPub
    from rdflib import RDF, SKOS, Graph

    ontology = Graph().parse(ROOT / "ontology" / "diplomacy.ttl", format="turtle")
    # pyLODE titles the page after the last ontology or concept scheme it finds: the kinds' scheme would win.
    ontology.remove((None, RDF.type, SKOS.ConceptScheme))
    return OntPub(ontology=ontology).make_html()


def main(argv: list[str]) -> int:
    if os.environ.get("PYTHONHASHSEED") != "0":  # pyLODE's embedded JSON-LD follows set order: fix the hash seed
        os.execve(sys.executable, [sys.executable, __file__, *argv], {**os.environ, "PYTHONHASHSEED": "0"})
    page = html()
    if "--check" in argv:
        current = TARGET.read_text(encoding="utf-8") if TARGET.exists() else ""
        if current != page:
            print(f"{TARGET}: out of date; run python scripts/ontology_docs.py", file=sys.stderr)
            return 1
        print(f"{TARGET}: up to date")
        return 0
    TARGET.write_text(page, encoding="utf-8")
    print(f"wrote {TARGET} ({len(page):,} characters)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
