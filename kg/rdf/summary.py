"""Graphs a build derives from its index: shared actor and people descriptions, and per actor pair
over all articles the article count, weight, sectors, first and last date."""

from __future__ import annotations

from collections import defaultdict

from kg.rdf.iris import KINDS, segment
from kg.rdf.mapping import full_date, integer, iri, lit
from kg.rdf.vocab import DIP, RDF_TYPE, SECTOR, SHARED_GRAPH, SUMMARY_GRAPH, XSD
from kg.store.index import Manifest


def shared_nquads(manifest: Manifest) -> str:
    g = iri(SHARED_GRAPH)
    return "".join(f"{line[:-3]} {g} .\n" for line in manifest.shared_lines())


def shared_trig(lines: list[str]) -> bytes:
    """N-Triples lines (kg writes no blank nodes) as a TriG block of the shared graph."""
    return f"{iri(SHARED_GRAPH)} {{\n{''.join(lines)}}}\n".encode()


def weight(articles: int, events: int) -> float:
    """Tie strength: one per supporting article, a half per agreement or meeting reported."""
    return articles + 0.5 * events


def pairs(manifest: Manifest) -> dict[tuple[str, str], dict]:
    out: dict[tuple[str, str], dict] = defaultdict(
        lambda: {"articles": 0, "events": 0, "sectors": set(), "dates": [], "years": defaultdict(lambda: [0, 0])})
    for a, b, sectors, events, _article, published in manifest.tie_rows():
        p = out[(a, b)]
        p["articles"] += 1
        p["events"] += events
        p["sectors"].update(sectors.split())
        if published:
            p["dates"].append(published)
            year = p["years"][int(published[:4])]
            year[0] += 1
            year[1] += events
    return out


def summary_nquads(manifest: Manifest) -> str:
    g = iri(SUMMARY_GRAPH)
    lines: list[str] = []
    for (x, y), p in sorted(pairs(manifest).items()):
        s = iri(f"{KINDS['summary']}{segment(x)}--{segment(y)}")
        triples = [(RDF_TYPE, iri(DIP.TieSummary)), (DIP.pair, iri(x)), (DIP.pair, iri(y)),
                   (DIP.articleCount, integer(p["articles"])),
                   (DIP.weight, lit(f"{weight(p['articles'], p['events']):.1f}", datatype=XSD + "decimal")),
                   (DIP.sectorList, lit(" ".join(sorted(p["sectors"]))))]
        triples += [(DIP.sector, iri(SECTOR + sec)) for sec in sorted(p["sectors"])]
        if p["dates"]:
            triples += [(DIP.firstDate, full_date(min(p["dates"]))), (DIP.lastDate, full_date(max(p["dates"])))]
        lines += [f"{s} {iri(pred)} {obj} {g} .\n" for pred, obj in triples]
        for year, (articles, events) in sorted(p["years"].items()):  # the pair's year by year: by-year questions need no dates
            node = iri(f"{KINDS['summary']}{segment(x)}--{segment(y)}/{year}")
            lines += [f"{node} {iri(pred)} {obj} {g} .\n" for pred, obj in (
                (RDF_TYPE, iri(DIP.TieYear)), (DIP.pair, iri(x)), (DIP.pair, iri(y)), (DIP.year, integer(year)),
                (DIP.articleCount, integer(articles)), (DIP.eventCount, integer(events)))]
    return "".join(lines)
