"""NetworkX graph → an offline, self-contained HTML view built on pyvis's model and its bundled vis-network."""

from __future__ import annotations

import json
from pathlib import Path

import jinja2
import networkx as nx
import pyvis
from pyvis.network import Network

from kg.analyse import FOCUS, Measures, edge_evidence

NODE_BUDGET = 300
COLOURS = {"country": "#1f77b4", "organization": "#ff7f0e", "company": "#2ca02c"}
FOCUS_COLOUR = "#d62728"
_TEMPLATES = Path(__file__).parent / "templates"
_VIS = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"


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


def build_network(view: nx.Graph, rows: list[Measures], evidence: dict, *, focus: str) -> Network:
    """A pyvis Network with nodes and edges filled in one pass (its add_node scans for duplicates)."""
    rank = {m.code: m.pagerank for m in rows}
    by_code = {m.code: m for m in rows}
    top_rank = max(rank.values(), default=1.0) or 1.0
    net = Network(height="100vh", width="100%", cdn_resources="in_line")
    net.nodes = [{
        "id": n, "label": n, "name": d.get("label", n), "group": d.get("type", "actor"),
        "color": FOCUS_COLOUR if n == focus else COLOURS.get(d.get("type", ""), "#7f7f7f"),
        "size": round(12 + 38 * rank.get(n, 0) / top_rank, 2), "shape": "dot",
        "font": {"size": 18 if n == focus else 14},
        "measures": {"pagerank": round(by_code[n].pagerank, 4), "degree": by_code[n].degree,
                     "betweenness": round(by_code[n].betweenness, 4), "community": by_code[n].community},
    } for n, d in sorted(view.nodes(data=True))]
    edges = []
    for a, b in sorted(tuple(sorted(e)) for e in view.edges):
        e = view.edges[a, b]
        edges.append({
            "id": f"{a}--{b}", "from": a, "to": b, "value": e["weight"], "pair": f"{a} – {b}",
            "articles": e["articles"], "sectors": e["sectors"], "first": e["first"] or "", "last": e["last"] or "",
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
    network = build_network(view, rows, evidence, focus=focus)
    years = sorted({y for e in network.edges for d in (e["first"], e["last"]) if d for y in [d[:4]]})
    if years:
        years = [str(y) for y in range(int(years[0]), int(years[-1]) + 1)]
    data = {
        "nodes": network.nodes, "edges": network.edges, "options": options(network), "summary": summary,
        "colours": {**COLOURS, f"{focus} (fokus)": FOCUS_COLOUR},
        "sectors": sorted({s for e in network.edges for s in e["sectors"]}), "years": years,
    }
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(_TEMPLATES), autoescape=True)
    html = env.get_template("graph.html").render(
        title=f"Jaringan hubungan {focus} — kg", summary=summary,
        vis_js=jinja2.utils.markupsafe.Markup((_VIS / "vis-network.min.js").read_text(encoding="utf-8").replace("</script", "<\\/script")),
        vis_css=jinja2.utils.markupsafe.Markup((_VIS / "vis-network.css").read_text(encoding="utf-8")),
        data_json=jinja2.utils.markupsafe.Markup(script_json(data)),
    )
    return html.encode("utf-8")
