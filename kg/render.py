"""NetworkX graph → an offline, self-contained HTML view built on pyvis's model and its bundled vis-network.

The page carries its data as escaped JSON: per actor its names (Indonesian and English), measures and
ranked partners; per tie its kinds, weight, sectors, the years it was reported, and its agreements and
meetings with their evidence and source articles. Article text only ever enters the page as text nodes.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import jinja2
import networkx as nx
import pyvis
from pyvis.network import Network

from kg.analyse import FOCUS, Measures, edge_evidence
from kg.rdf.summary import weight as tie_weight

NODE_BUDGET = 300
DETAIL_LIMIT = 12  # agreements and meetings listed per tie, newest first
COLOURS = {"country": "#1f77b4", "organization": "#ff7f0e", "company": "#2ca02c"}
FOCUS_COLOUR = "#d62728"
_TEMPLATES = Path(__file__).parent / "templates"
_VIS = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"

_TIE_ROWS = """
SELECT ?x ?y ?kind ?file WHERE {{ GRAPH ?g {{
  VALUES ?x {{ {iris} }}
  ?t a dip:Tie ; dip:actor ?x, ?y ; dip:tieKind ?k ; prov:wasDerivedFrom ?a . ?a dip:fileName ?file
  FILTER(STR(?x) < STR(?y)) }} BIND(STRAFTER(STR(?k), "/tie-kind/") AS ?kind) }}
"""
_EVENTS = """
SELECT ?event ?class ?party ?kind ?date ?name ?place ?quote ?file ?sector WHERE {{ GRAPH ?g {{
  VALUES ?party {{ {iris} }}
  ?event dip:{link} ?party ; a ?class ; prov:wasDerivedFrom ?a . ?a dip:fileName ?file .
  OPTIONAL {{ ?event dip:agreementKind ?k }}
  OPTIONAL {{ ?event dcterms:date ?date }}
  OPTIONAL {{ ?event rdfs:label ?name }}
  OPTIONAL {{ ?event dip:place ?place }}
  OPTIONAL {{ ?event dip:sector ?s }}
  OPTIONAL {{ ?event dip:evidence ?e . ?e dip:quote ?quote }} }}
  BIND(STRAFTER(STR(?k), "/agreement-kind/") AS ?kind) BIND(STRAFTER(STR(?s), "/sector/") AS ?sector) }}
"""
_ARTICLES = """
SELECT ?file ?headline ?publisher ?url ?published WHERE { GRAPH ?g {
  ?a dip:fileName ?file ; schema:headline ?headline .
  OPTIONAL { ?a schema:publisher ?publisher } OPTIONAL { ?a schema:url ?url }
  OPTIONAL { ?a schema:datePublished ?published } } }
"""


def script_json(value) -> str:
    """JSON that is safe inside <script>: no '<', '>' or '&' survives, so no text can close the tag."""
    return (json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
            .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def select_view(net: nx.Graph, rows: list[Measures], *, focus: str = FOCUS, top: int = NODE_BUDGET) -> tuple[nx.Graph, str]:
    """The whole network when it fits the node budget; else the focus actor's ego network topped up
    with the most central actors, and a note saying so."""
    if net.number_of_nodes() <= top:
        return net, f"{net.number_of_nodes()} aktor, {net.number_of_edges()} hubungan"
    ranked = [m.code for m in rows]
    keep: list[str] = [focus] if focus in net else []
    neighbours = sorted(net[focus], key=lambda n: (-net.edges[focus, n]["weight"], n)) if focus in net else []
    for n in neighbours + ranked:
        if len(keep) >= top:
            break
        if n not in keep:
            keep.append(n)
    view = net.subgraph(keep).copy()
    return view, (f"{view.number_of_nodes()} dari {net.number_of_nodes()} aktor ditampilkan (jaringan ego {focus} dan "
                  f"aktor paling sentral); {view.number_of_edges()} dari {net.number_of_edges()} hubungan")


def tie_details(store, view: nx.Graph) -> tuple[dict[tuple[str, str], dict], dict[str, dict]]:
    """Per tie of the view: its kinds, the articles that report it, and the agreements and meetings whose
    parties include both actors; and the reporting articles' headline, outlet, URL and date."""
    if store is None or view.number_of_nodes() == 0:
        return {}, {}
    code = {d["iri"]: n for n, d in view.nodes(data=True)}
    iris = " ".join(f"<{i}>" for i in sorted(code))
    out: dict[tuple[str, str], dict] = defaultdict(lambda: {"kinds": set(), "files": set(), "agreements": [], "meetings": []})
    for r in store.select(_TIE_ROWS.format(iris=iris)):
        a, b = code.get(r["x"]), code.get(r["y"])
        if a and b and view.has_edge(a, b):
            d = out[tuple(sorted((a, b)))]  # type: ignore[index]
            d["kinds"].add(r["kind"])
            d["files"].add(r["file"])
    for link, kind in (("party", "agreements"), ("participant", "meetings")):
        events: dict[str, dict] = {}
        for r in store.select(_EVENTS.format(iris=iris, link=link)):
            e = events.setdefault(r["event"], {"parties": set(), "kind": r["kind"], "date": r["date"], "name": r["name"],
                                               "place": r["place"], "quote": r["quote"], "article": r["file"],
                                               "sectors": set()})
            if r["party"] in code:
                e["parties"].add(code[r["party"]])
            if r["sector"]:
                e["sectors"].add(r["sector"])
        for e in events.values():
            e["sectors"] = sorted(e["sectors"])
            parties = sorted(e.pop("parties"))
            for i, a in enumerate(parties):
                for b in parties[i + 1:]:
                    if view.has_edge(a, b):
                        out[(a, b)][kind].append(e)
    files = {f for d in out.values() for f in d["files"]} | {e["article"] for d in out.values()
                                                            for k in ("agreements", "meetings") for e in d[k]}
    articles = {r["file"]: {"headline": r["headline"], "publisher": r["publisher"], "url": r["url"],
                            "published": r["published"]}
                for r in store.select(_ARTICLES) if r["file"] in files}
    return dict(out), articles


def _newest(events: list[dict]) -> list[dict]:
    ordered = sorted(events, key=lambda e: (e["date"] or "", e["article"], e["quote"]), reverse=True)
    return ordered[:DETAIL_LIMIT]


def build_network(view: nx.Graph, rows: list[Measures], evidence: dict, details: dict, articles: dict, *,
                  focus: str) -> Network:
    """A pyvis Network with nodes and edges filled in one pass (its add_node scans for duplicates)."""
    rank = {m.code: m.pagerank for m in rows}
    by_code = {m.code: m for m in rows}
    order = {m.code: i + 1 for i, m in enumerate(sorted(rows, key=lambda m: (-m.pagerank, m.code)))}
    top_rank = max(rank.values(), default=1.0) or 1.0
    net = Network(height="100vh", width="100%", cdn_resources="in_line")
    net.nodes = [{
        "id": n, "label": d.get("label_id") or d.get("label", n), "label_id": d.get("label_id") or d.get("label", n),
        "label_en": d.get("label", n), "group": d.get("type", "actor"),
        "color": FOCUS_COLOUR if n == focus else COLOURS.get(d.get("type", ""), "#7f7f7f"),
        "size": round(12 + 38 * rank.get(n, 0) / top_rank, 2), "shape": "dot",
        "font": {"size": 18 if n == focus else 14},
        "measures": {"pagerank": round(by_code[n].pagerank, 4), "rank": order.get(n, 0), "of": len(rows),
                     "degree": by_code[n].degree, "weighted_degree": round(by_code[n].weighted_degree, 1),
                     "betweenness": round(by_code[n].betweenness, 4), "community": by_code[n].community},
        "partners": [p for p, _ in sorted(view[n].items(), key=lambda kv: (-kv[1]["weight"], kv[0]))],
    } for n, d in sorted(view.nodes(data=True))]
    edges = []
    for a, b in sorted(tuple(sorted(e)) for e in view.edges):
        e = view.edges[a, b]
        d = details.get((a, b), {})
        files = sorted(d.get("files", ()))
        years = sorted({(articles.get(f, {}).get("published") or "")[:4] for f in files} - {""})
        events = len(d.get("agreements", [])) + len(d.get("meetings", []))
        edges.append({
            "id": f"{a}--{b}", "from": a, "to": b, "value": e["weight"], "articles": e["articles"],
            "sectors": e["sectors"], "first": e["first"] or "", "last": e["last"] or "",
            "years": years or sorted({d[:4] for d in (e["first"], e["last"]) if d}),
            "kinds": sorted(d.get("kinds", ())), "events": events,
            "agreements": _newest(d.get("agreements", [])), "meetings": _newest(d.get("meetings", [])),
            "evidence": evidence.get((a, b), []),
        })
    net.edges = edges
    net.barnes_hut(gravity=-4000, spring_length=160, damping=0.3)
    return net


def options(net: Network) -> dict:
    opts = json.loads(net.options.to_json())
    opts["layout"] = {"randomSeed": 7, "improvedLayout": True}
    opts["physics"]["stabilization"] = {"enabled": True, "iterations": 400, "fit": True}
    opts["interaction"] = {"hover": True, "tooltipDelay": 100, "navigationButtons": False}
    opts["edges"] = {"color": {"color": "#9aa5b1", "highlight": "#d62728", "hover": "#d62728"},
                     "scaling": {"min": 1, "max": 12}, "smooth": {"enabled": False}}
    return opts


def render(store, net: nx.Graph, rows: list[Measures], *, focus: str = FOCUS, top: int = NODE_BUDGET) -> bytes:
    """The HTML page: inlined vis-network, data as escaped JSON, article text only set as text nodes."""
    view, summary = select_view(net, rows, focus=focus, top=top)
    pairs = [tuple(sorted(e)) for e in view.edges]
    evidence = edge_evidence(store, view, sorted(pairs)) if store is not None else {}
    details, articles = tie_details(store, view)
    network = build_network(view, rows, evidence, details, articles, focus=focus)
    years = sorted({y for e in network.edges for y in e["years"]})
    if years:
        years = [str(y) for y in range(int(years[0]), int(years[-1]) + 1)]
    data = {
        "nodes": network.nodes, "edges": network.edges, "options": options(network), "summary": summary,
        "colours": {**COLOURS, "focus": FOCUS_COLOUR}, "focus": focus, "articles": articles,
        "sectors": sorted({s for e in network.edges for s in e["sectors"]}), "years": years,
        "weight": {"article": tie_weight(1, 0), "event": tie_weight(0, 1)},
    }
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(_TEMPLATES), autoescape=True)
    html = env.get_template("graph.html").render(
        title=f"Jaringan hubungan {focus} — kg", summary=summary,
        vis_js=jinja2.utils.markupsafe.Markup((_VIS / "vis-network.min.js").read_text(encoding="utf-8").replace("</script", "<\\/script")),
        vis_css=jinja2.utils.markupsafe.Markup((_VIS / "vis-network.css").read_text(encoding="utf-8")),
        data_json=jinja2.utils.markupsafe.Markup(script_json(data)),
    )
    return html.encode("utf-8")
