"""Analysis reads the knowledge graph: the tie network, centrality, partners, exports of measures."""

from __future__ import annotations

import csv
import io

import networkx as nx

from kg.analyse import centrality_csv, graphml, measures, partners, project
from kg.cli import cli
from kg.render import select_view


def test_network_is_projected_from_the_store(built_seeds):
    store, _ = built_seeds
    net = project(store)
    assert {"KR", "IT", "NATO", "ASEAN", "ID", "AITEC"} <= set(net)
    edge = net.edges["KR", "ID"]
    assert edge["articles"] == 2 and "energy" in edge["sectors"] and edge["first"] == "2017-10-04"
    assert net.nodes["AITEC"]["type"] == "company"


def test_measures_are_complete_and_seeded():
    net = nx.Graph()
    for a, b, w in [("KR", "US", 3.0), ("KR", "JP", 2.0), ("JP", "US", 1.0), ("KR", "ID", 1.0), ("ID", "AU", 1.0)]:
        net.add_edge(a, b, weight=w, articles=1, sectors=[], first="", last="")
        net.nodes[a]["label"] = a
    rows = measures(net)
    assert rows[0].code == "KR" and rows[0].degree == 3 and rows[0].weighted_degree == 6.0
    assert {m.code: m.betweenness for m in rows}["ID"] > 0
    assert [m.community for m in measures(net)] == [m.community for m in rows]


def test_partners_rank_by_tie_strength(built_seeds):
    store, _ = built_seeds
    ranked = partners(project(store))
    assert [p.code for p in ranked][:2] == ["ID", "IT"]
    assert ranked[0].articles == 2 and "investment" in ranked[0].sectors


def test_centrality_csv_and_graphml_are_deterministic_and_complete(built_seeds):
    store, exports = built_seeds
    net = project(store)
    rows = measures(net)
    data = centrality_csv(rows)
    assert data == centrality_csv(measures(project(store)))
    table = list(csv.DictReader(io.StringIO(data.decode())))
    assert len(table) == net.number_of_nodes() and set(table[0]) >= {"pagerank", "betweenness", "community"}
    assert (exports / "centrality.csv").read_bytes() == data
    g = nx.read_graphml(io.BytesIO(graphml(net, rows)))
    assert g.number_of_edges() == net.number_of_edges() and "pagerank" in g.nodes["KR"]


def test_measures_are_in_the_graph_for_sparql(runner, built_seeds):
    store, _ = built_seeds
    rows = store.select("SELECT ?code ?rank WHERE { GRAPH ?g { ?m dip:measureOf ?x ; dip:pagerank ?rank } GRAPH ?h { ?x skos:notation ?code } } "
                        "ORDER BY DESC(?rank)")
    assert rows[0]["code"] == "KR"


def test_analyze_cli(runner, built_seeds, tmp_path):
    store, _ = built_seeds
    result = runner.invoke(cli, ["analyze", "--store", str(store.path), "--format", "csv", "--top", "3"])
    assert result.exit_code == 0, result.output
    lines = result.output.strip().splitlines()
    assert lines[0].startswith("partner,label,type,weight") and lines[1].startswith("ID,Indonesia") and len(lines) == 4
    bad = runner.invoke(cli, ["analyze", "--store", str(store.path), "--focus", "XX"])
    assert bad.exit_code == 1 and "XX: not in" in bad.output


def test_large_networks_render_the_ego_network_plus_central_actors():
    net = nx.barabasi_albert_graph(600, 2, seed=1)
    net = nx.relabel_nodes(net, {i: f"N{i}" for i in net} | {0: "KR"})
    for a, b in net.edges:
        net.edges[a, b].update(weight=1.0, articles=1, sectors=[], first="", last="")
    view, note = select_view(net, measures(net), top=100)
    assert view.number_of_nodes() == 100 and "KR" in view
    assert set(net["KR"]) <= set(view) or len(net["KR"]) >= 99
    assert "dari 600 aktor" in note
