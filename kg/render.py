"""NetworkX graph → an offline, self-contained HTML view built on pyvis's model and its bundled vis-network.

The page carries its data as escaped JSON: per actor its names (Indonesian and English), measures and
ranked partners; per tie its kinds, weight, sectors, the years it was reported, and its agreements and
meetings with their evidence and source articles. Article text only ever enters the page as text nodes.
"""

from __future__ import annotations

import json
from pathlib import Path

import jinja2
import networkx as nx
import pyvis
from pyvis.network import Network

from kg.analyse import FOCUS, Measures, edge_evidence
from kg.rdf.summary import weight as tie_weight

NODE_BUDGET = 300
DETAIL_LIMIT = 12  # agreements and meetings listed per tie, newest first
DETAIL_TIES = 400  # ties (the strongest) whose kinds, agreements and meetings the page carries: ~50 ms each at 10,000 articles
COLOURS = {"country": "#1f77b4", "organization": "#ff7f0e", "company": "#2ca02c"}
FOCUS_COLOUR = "#d62728"
_TEMPLATES = Path(__file__).parent / "templates"
_VIS = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"

_NEWEST = """
SELECT ?event (MAX(STR(?d)) AS ?day) WHERE {{ GRAPH ?g {{ ?event dip:{link} <{x}> . ?event dip:{link} <{y}> .
  OPTIONAL {{ ?event dip:date ?d }} }} }}
GROUP BY ?event ORDER BY DESC(?day) ?event LIMIT {limit}
"""
# An event several articles report is described from its first report's graph: one graph per event, however many.
_FIRST_REPORT = """
SELECT ?event (MIN(STR(?g)) AS ?graph) WHERE {{ GRAPH ?g {{ VALUES ?event {{ {events} }} ?event prov:wasDerivedFrom ?a }} }}
GROUP BY ?event
"""
_EVENTS = """
SELECT ?event (MIN(?k) AS ?kind) (MIN(?day) AS ?date) (MIN(?n) AS ?name) (MIN(?p) AS ?place)
       (MIN(?q) AS ?quote) (MIN(?f) AS ?file) (GROUP_CONCAT(DISTINCT ?s; separator=" ") AS ?sectors) WHERE {{
  {reports}
  BIND(SUBSTR(STR(?d), 1, IF(?precision = time:unitYear, 4, IF(?precision = time:unitMonth, 7, 10))) AS ?day)
  BIND(STRAFTER(STR(?kind_iri), "/agreement-kind/") AS ?k) BIND(STRAFTER(STR(?sector_iri), "/sector/") AS ?s) }}
GROUP BY ?event
"""
# What the report says (its article, place and sentence) from its graph; what the event is (kind, date, title,
# sectors) from wherever it is described: the article's graph, or the shared graph for an event several report.
# (the place's label only with the place: a label pattern with nothing bound would match every label in the store)
_REPORT = """{{ GRAPH <{graph}> {{
    <{event}> prov:wasDerivedFrom ?a . ?a dip:fileName ?f .
    OPTIONAL {{ <{event}> dip:evidence ?e . ?e dip:quote ?q }} }}
  OPTIONAL {{ GRAPH <{graph}> {{ <{event}> dip:place ?where }} ?where rdfs:label ?p }}
  OPTIONAL {{ <{event}> dip:agreementKind ?kind_iri }}
  OPTIONAL {{ <{event}> dip:date ?d ; dip:datePrecision ?precision }}
  OPTIONAL {{ <{event}> rdfs:label ?n }}
  OPTIONAL {{ <{event}> dip:sector ?sector_iri }}
  BIND(<{event}> AS ?event) }}"""
_ARTICLES = """
SELECT ?file ?headline ?publisher ?url ?published WHERE {{ GRAPH ?g {{
  VALUES ?file {{ {files} }}
  ?a dip:fileName ?file ; schema:headline ?headline .
  OPTIONAL {{ ?a schema:publisher ?publisher }} OPTIONAL {{ ?a schema:url ?url }}
  OPTIONAL {{ ?a schema:datePublished ?published }} }} }}
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


def tie_details(store, view: nx.Graph, evidence: dict | None = None) -> tuple[dict[tuple[str, str], dict], dict[str, dict]]:
    """Per tie of the view: its kinds, the years it was reported, and its newest agreements and meetings
    (DETAIL_LIMIT each); and the headline, outlet, URL and date of every article cited. A few small
    queries per tie, each answered from the store's indexes."""
    if store is None or view.number_of_nodes() == 0:
        return {}, {}
    out: dict[tuple[str, str], dict] = {}
    strongest = sorted(view.edges(data=True), key=lambda e: (-e[2]["weight"], tuple(sorted(e[:2]))))[:DETAIL_TIES]
    kinds = store.manifest.tie_kinds()  # from the build's index: a scan of it costs less than a query per tie
    for a, b in sorted(tuple(sorted(e[:2])) for e in strongest):
        # the actor with fewer ties first: the store's join starts from its (shorter) index range
        first, second = sorted((a, b), key=lambda n: (view.degree(n, weight="weight"), n))
        x, y = view.nodes[first]["iri"], view.nodes[second]["iri"]
        tie_kinds, years = kinds.get((min(x, y), max(x, y)), (set(), set()))
        d = {"kinds": sorted(tie_kinds), "years": sorted(years)}
        for link, key in (("party", "agreements"), ("participant", "meetings")):
            newest = [r["event"] for r in store.select(_NEWEST.format(x=x, y=y, link=link, limit=DETAIL_LIMIT))]
            first = {r["event"]: r["graph"] for r in store.select(_FIRST_REPORT.format(
                events=" ".join(f"<{e}>" for e in newest)))} if newest else {}
            reports = " UNION ".join(_REPORT.format(event=e, graph=first[e]) for e in newest if e in first)
            rows = store.select(_EVENTS.format(reports=reports)) if reports else []
            by_event = {r["event"]: r for r in rows}
            d[key] = [{"kind": r["kind"], "date": r["date"], "name": r["name"], "place": r["place"], "quote": r["quote"],
                       "article": r["file"], "sectors": sorted(set(r["sectors"].split()))}
                      for r in (by_event[e] for e in newest if e in by_event)]
        out[(a, b)] = d
    files = {e["article"] for d in out.values() for k in ("agreements", "meetings") for e in d[k]}
    files |= {e["article"] for items in (evidence or {}).values() for e in items}
    articles: dict[str, dict] = {}
    names = sorted(files)
    for i in range(0, len(names), 500):
        values = " ".join(json.dumps(n) for n in names[i:i + 500])
        for r in store.select(_ARTICLES.format(files=values)):
            articles[r["file"]] = {"headline": r["headline"], "publisher": r["publisher"], "url": r["url"],
                                   "published": r["published"]}
    return out, articles


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
        # the weight counts each reported agreement or meeting: what it adds to the articles, in events
        events = round((e["weight"] - tie_weight(e["articles"], 0)) / tie_weight(0, 1))
        edges.append({
            "id": f"{a}--{b}", "from": a, "to": b, "value": e["weight"], "articles": e["articles"],
            "sectors": e["sectors"], "first": e["first"] or "", "last": e["last"] or "",
            "years": d.get("years") or sorted({day[:4] for day in (e["first"], e["last"]) if day}),
            "kinds": d.get("kinds", []), "events": events,
            "agreements": d.get("agreements", []), "meetings": d.get("meetings", []),
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
    details, articles = tie_details(store, view, evidence)
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
