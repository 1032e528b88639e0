"""Knowledge graph → NetworkX: actors as nodes, ties as weighted edges; centrality and communities as plain data."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

import networkx as nx

from kg.rdf.iris import KINDS, segment
from kg.rdf.mapping import integer, iri, lit
from kg.rdf.vocab import DIP, MEASURES_GRAPH, RDF_TYPE, SHARED_GRAPH, SUMMARY_GRAPH, XSD

FOCUS = "KR"
EXACT_BETWEENNESS_MAX = 500  # exact betweenness is cubic: above this many actors, sample
BETWEENNESS_SAMPLE = 200
SEED = 42

_PAIRS = f"""
SELECT ?x ?y ?articles ?weight ?sectors ?first ?last WHERE {{ GRAPH <{SUMMARY_GRAPH}> {{
  ?s a dip:TieSummary ; dip:pair ?x, ?y ; dip:articleCount ?articles ; dip:weight ?weight ; dip:sectorList ?sectors .
  FILTER(STR(?x) < STR(?y)) OPTIONAL {{ ?s dip:firstDate ?first ; dip:lastDate ?last }} }} }}
"""
_ACTORS = f"""
SELECT ?x ?code ?label ?label_id ?class WHERE {{ GRAPH <{SHARED_GRAPH}> {{
  ?x skos:notation ?code ; a ?class ; rdfs:label ?label FILTER(LANG(?label) = "en")
  OPTIONAL {{ ?x rdfs:label ?label_id FILTER(LANG(?label_id) = "id") }} }} }}
"""
_TYPES = {DIP.Country: "country", DIP.InternationalOrganization: "organization", DIP.Company: "company"}


def project(store) -> nx.Graph:
    """The tie network the store holds (read from its summary graph): works on any built store."""
    net = nx.Graph()
    rows = store.select(_PAIRS)
    linked = {r["x"] for r in rows} | {r["y"] for r in rows}
    for r in sorted(store.select(_ACTORS), key=lambda r: r["code"]):
        if r["x"] in linked:
            net.add_node(r["code"], label=r["label"], label_id=r["label_id"] or r["label"],
                         type=_TYPES.get(r["class"], "actor"), iri=r["x"])
    codes = {d["iri"]: n for n, d in net.nodes(data=True)}
    for r in sorted(rows, key=lambda r: (codes.get(r["x"], ""), codes.get(r["y"], ""))):
        a, b = codes.get(r["x"]), codes.get(r["y"])
        if a is None or b is None:
            continue
        net.add_edge(a, b, weight=float(r["weight"]), articles=int(r["articles"]),
                     sectors=r["sectors"].split(), first=r["first"], last=r["last"])
    return net


@dataclass(frozen=True)
class Measures:
    code: str
    label: str
    type: str
    degree: int
    weighted_degree: float
    betweenness: float
    pagerank: float
    community: int


def measures(net: nx.Graph) -> list[Measures]:
    """Per actor: degree, weighted degree, betweenness, PageRank, Louvain community (seeded)."""
    if net.number_of_nodes() == 0:
        return []
    if net.number_of_nodes() <= EXACT_BETWEENNESS_MAX:
        between = nx.betweenness_centrality(net)
    else:
        between = nx.betweenness_centrality(net, k=BETWEENNESS_SAMPLE, seed=SEED)
    rank = nx.pagerank(net, weight="weight") if net.number_of_edges() else {n: 1 / len(net) for n in net}
    groups = nx.community.louvain_communities(net, weight="weight", seed=SEED)
    ordered = sorted(groups, key=lambda g: (-len(g), min(g)))
    community = {n: i for i, g in enumerate(ordered) for n in g}
    out = [Measures(n, d.get("label", n), d.get("type", "actor"), net.degree(n), net.degree(n, weight="weight"),
                    between[n], rank[n], community[n]) for n, d in net.nodes(data=True)]
    return sorted(out, key=lambda m: (-m.pagerank, m.code))


@dataclass(frozen=True)
class Partner:
    code: str
    label: str
    type: str
    weight: float
    articles: int
    sectors: list[str]
    first: str
    last: str
    pagerank: float


def partners(net: nx.Graph, focus: str = FOCUS) -> list[Partner]:
    """The focus actor's partners, strongest tie first."""
    if focus not in net:
        return []
    rank = {m.code: m.pagerank for m in measures(net)}
    out = [Partner(p, net.nodes[p].get("label", p), net.nodes[p].get("type", ""), e["weight"], e["articles"],
                   e["sectors"], e["first"], e["last"], rank[p]) for p, e in net[focus].items()]
    return sorted(out, key=lambda p: (-p.weight, -p.articles, -p.pagerank, p.code))


def centrality_csv(rows: list[Measures]) -> bytes:
    """One row per actor, all measures; fixed order and float formatting so builds are byte-identical."""
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["code", "label", "type", "degree", "weighted_degree", "betweenness", "pagerank", "community"])
    for m in rows:
        w.writerow([m.code, m.label, m.type, m.degree, f"{m.weighted_degree:.1f}", f"{m.betweenness:.6f}",
                    f"{m.pagerank:.6f}", m.community])
    return out.getvalue().encode("utf-8")


def graphml(net: nx.Graph, rows: list[Measures]) -> bytes:
    """The network with its measures for Gephi or Cytoscape (lists flattened to text)."""
    g = nx.Graph()
    by_code = {m.code: m for m in rows}
    for n in sorted(net.nodes):
        d = net.nodes[n]
        m = by_code[n]
        g.add_node(n, label=d.get("label", n), type=d.get("type", ""), degree=m.degree,
                   pagerank=round(m.pagerank, 6), betweenness=round(m.betweenness, 6), community=m.community)
    for a, b in sorted(tuple(sorted(e)) for e in net.edges):
        e = net.edges[a, b]
        g.add_edge(a, b, weight=e["weight"], articles=e["articles"], sectors=" ".join(e["sectors"]),
                   first=e["first"] or "", last=e["last"] or "")
    out = io.BytesIO()
    nx.write_graphml_xml(g, out, encoding="utf-8", prettyprint=True)  # the same bytes whether or not lxml is installed
    return out.getvalue()


def measures_nquads(net: nx.Graph, rows: list[Measures]) -> str:
    """Centrality as RDF, in its own small named graph, so SPARQL can sort partners by it."""
    g = iri(MEASURES_GRAPH)
    lines = []
    for m in rows:
        actor_iri = net.nodes[m.code]["iri"]
        node = iri(KINDS["measure"] + segment(actor_iri))
        actor = iri(actor_iri)
        dec = XSD + "decimal"
        for p, o in ((RDF_TYPE, iri(DIP.Measure)), (DIP.measureOf, actor), (DIP.degree, integer(m.degree)),
                     (DIP.weightedDegree, lit(f"{m.weighted_degree:.1f}", datatype=dec)),
                     (DIP.betweenness, lit(f"{m.betweenness:.6f}", datatype=dec)),
                     (DIP.pagerank, lit(f"{m.pagerank:.6f}", datatype=dec)), (DIP.community, integer(m.community))):
            lines.append(f"{node} {iri(p)} {o} {g} .\n")
    return "".join(lines)


_EVIDENCE = """
SELECT ?quote ?headline ?article WHERE {{ GRAPH ?g {{
  ?t dip:actor <{y}> . ?t dip:actor <{x}> . ?t a dip:Tie ; dip:evidence ?e ; prov:wasDerivedFrom ?a .
  ?e dip:quote ?quote . ?a schema:headline ?headline ; dip:fileName ?article }} }}
LIMIT {limit}
"""


def edge_evidence(store, net: nx.Graph, edges: list[tuple[str, str]], *, limit: int = 3) -> dict[tuple[str, str], list[dict]]:
    """Up to `limit` evidence sentences per edge, with their article's headline (sorted for determinism)."""
    out: dict[tuple[str, str], list[dict]] = {}
    for a, b in edges:
        x, y = net.nodes[a]["iri"], net.nodes[b]["iri"]
        rows = store.select(_EVIDENCE.format(x=x, y=y, limit=limit * 20))
        by_article: dict[str, list[tuple[str, str]]] = {}
        for r in sorted({(r["article"], r["headline"], r["quote"]) for r in rows}):
            by_article.setdefault(r[0], []).append((r[1], r[2]))
        picked: list[dict] = []
        for depth in range(limit):  # one sentence per article first, so the evidence spans articles
            for article, items in by_article.items():
                if depth < len(items) and len(picked) < limit:
                    picked.append({"article": article, "headline": items[depth][0], "quote": items[depth][1]})
        out[(a, b)] = picked
    return out
