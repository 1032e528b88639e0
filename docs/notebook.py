# %% [markdown]
# # kg in a notebook
# Build the knowledge graph of the seed articles, ask it questions, and look at Korea's partners.
# Run it as a script (`python docs/notebook.py` from the repository root) or cell by cell in
# Jupyter or VS Code. Set KG_SEEDS and KG_WORK to use other folders.

# %%
import os
from pathlib import Path

import kg

seeds = Path(os.environ.get("KG_SEEDS", "seeds"))
work = Path(os.environ.get("KG_WORK", "."))

# %% Build: every .txt under seeds/ into the embedded store, exports beside it
graph = kg.open(work / ".kg")
report = graph.build([seeds], out=work / "exports")
print(f"{len(report.built)} built, {len(report.unchanged)} unchanged, {len(report.refused)} refused")

# %% Ask: a bundled query by name gives a list of dicts
ties = graph.query("ties")
korea = sorted({(r["a"], r["b"]) for r in ties if "KR" in (r["a"], r["b"])})
print(f"{len(ties)} tie rows; Korea's pairs: {korea}")

# %% Ask in SPARQL: kg's prefixes (dip:, schema:, ...) are declared for you
rows = graph.query("""
    SELECT ?article ?headline WHERE { GRAPH ?g { ?a a schema:NewsArticle ; dip:fileName ?article ;
                                                   schema:headline ?headline } }
    ORDER BY ?article""")
for r in rows:
    print(r["article"], "|", r["headline"][:70])

# %% Analyse: Korea's partners, strongest first, and the whole network in NetworkX
for p in graph.partners(focus="KR", top=5):
    print(f"{p.code:6} {p.label:20} weight {p.weight:4.1f}  {', '.join(p.sectors[:4])}")
net = graph.network()
print(f"network: {net.number_of_nodes()} actors, {net.number_of_edges()} ties")

# %% Draw: the interactive offline page
page = graph.render(work / "korea.html", focus="KR")
print(f"korea.html: {len(page):,} bytes")

# %% Errors are kg.KgError, with one-line messages
try:
    graph.query("DELETE WHERE { ?s ?p ?o }")
except kg.KgError as e:
    print("refused:", e)
