"""The summary graph: per actor pair, over all articles, article count, weight, sectors, first and last date."""

from __future__ import annotations

from collections import defaultdict

from kg.mapping import date_literal, integer, iri, lit
from kg.store import Store
from kg.vocab import DIP, ID, RDF_TYPE, RDFS, SKOS, SUMMARY_GRAPH

_TIES = """
SELECT ?x ?y ?article ?date ?sector WHERE { GRAPH ?g {
  ?t a dip:Tie ; dip:actor ?x, ?y ; prov:wasDerivedFrom ?a . ?a dip:fileName ?article .
  FILTER(STR(?x) < STR(?y))
  OPTIONAL { ?a schema:datePublished ?date } OPTIONAL { ?t dip:sector ?sector } } }
"""
_EVENTS = """
SELECT ?x ?y ?article (COUNT(DISTINCT ?e) AS ?n) WHERE { GRAPH ?g {
  { ?e a dip:Agreement ; dip:party ?x, ?y } UNION { ?e a dip:Meeting ; dip:participant ?x, ?y }
  ?e prov:wasDerivedFrom ?a . ?a dip:fileName ?article . FILTER(STR(?x) < STR(?y)) } }
GROUP BY ?x ?y ?article
"""
_ACTORS = """
SELECT DISTINCT ?x ?code ?label ?labelid ?class WHERE { GRAPH ?g { ?x skos:notation ?code ; a ?class ; rdfs:label ?label .
  FILTER(LANG(?label) = "en") OPTIONAL { ?x rdfs:label ?labelid FILTER(LANG(?labelid) = "id") }
  FILTER(?class IN (dip:Country, dip:InternationalOrganization, dip:Company)) } }
"""


def pair_rows(store: Store) -> dict[tuple[str, str], dict]:
    """Aggregate the store's ties per actor pair (IRIs): articles, weight, sectors, dates."""
    pairs: dict[tuple[str, str], dict] = defaultdict(lambda: {"articles": set(), "sectors": set(), "dates": set(), "events": 0})
    for r in store.select(_TIES):
        p = pairs[(r["x"], r["y"])]
        p["articles"].add(r["article"])
        if r["sector"]:
            p["sectors"].add(r["sector"].rsplit("/", 1)[1])
        if r["date"]:
            p["dates"].add(r["date"])
    for r in store.select(_EVENTS):
        if (r["x"], r["y"]) in pairs:
            pairs[(r["x"], r["y"])]["events"] += int(r["n"])
    return dict(pairs)


def weight(p: dict) -> float:
    """Tie strength: one per supporting article, a half per agreement or meeting reported."""
    return len(p["articles"]) + 0.5 * p["events"]


def rebuild(store: Store) -> int:
    """Replace the summary graph; returns the number of pairs."""
    pairs = pair_rows(store)
    g = iri(SUMMARY_GRAPH)
    lines: list[str] = []
    actors = {r["x"]: r for r in store.select(_ACTORS)}
    used = sorted({x for pair in pairs for x in pair})
    for x in used:
        r = actors.get(x)
        if r:
            lines.append(f"{iri(x)} {iri(RDF_TYPE)} {iri(r['class'])} {g} .\n")
            lines.append(f"{iri(x)} {iri(SKOS + 'notation')} {lit(r['code'])} {g} .\n")
            lines.append(f"{iri(x)} {iri(RDFS + 'label')} {lit(r['label'], lang='en')} {g} .\n")
            if r["labelid"]:
                lines.append(f"{iri(x)} {iri(RDFS + 'label')} {lit(r['labelid'], lang='id')} {g} .\n")
    for (x, y), p in sorted(pairs.items()):
        s = iri(f"{ID}summary/{x.rsplit('/', 1)[1]}--{y.rsplit('/', 1)[1]}")
        triples = [(RDF_TYPE, iri(DIP.TieSummary)), (DIP.pair, iri(x)), (DIP.pair, iri(y)),
                   (DIP.articleCount, integer(len(p["articles"]))), (DIP.weight, lit(f"{weight(p):.1f}", datatype="http://www.w3.org/2001/XMLSchema#decimal")),
                   (DIP.sectorList, lit(" ".join(sorted(p["sectors"]))))]
        triples += [(DIP.sector, iri(f"https://w3id.org/kg-diplomacy/sector/{sec}")) for sec in sorted(p["sectors"])]
        if p["dates"]:
            triples += [(DIP.firstDate, date_literal(min(p["dates"]))), (DIP.lastDate, date_literal(max(p["dates"])))]
        lines += [f"{s} {iri(pred)} {obj} {g} .\n" for pred, obj in triples]
    store.replace_graphs([SUMMARY_GRAPH], "".join(lines))
    return len(pairs)
