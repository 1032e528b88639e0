"""The build: files → articles → facts → named graphs in the store → summary → exports."""

from __future__ import annotations

import hashlib
import os
import time
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from kg.article import Article
from kg.clean import clean
from kg.errors import ArticleError, KgError
from kg.extract import extract
from kg.mapping import graph_iri, to_nquads
from kg.read import decode, find_files, read_text
from kg.store import Store

STAGES: tuple[Callable[[Article], Article], ...] = (clean, extract)
BATCH = 500


@dataclass
class Report:
    built: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)  # one-line reasons
    pruned: list[str] = field(default_factory=list)
    facts: Counter[str] = field(default_factory=Counter)
    triples: int = 0
    pairs: int = 0
    exports: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    notes: list[str] = field(default_factory=list)
    network: tuple = ()  # (networkx graph, measures) after the build


def process(article: Article) -> Article:
    for stage in STAGES:
        article = stage(article)
    return article


def _work(item: tuple[str, str, str, bytes]) -> tuple[str, str | None, str, dict[str, int], str | None]:
    """In a worker: bytes → N-Quads. Returns (name, error, nquads, fact counts, note)."""
    name, source, digest, data = item
    try:
        text, note = decode(data, name=source)
        article = process(read_text(text, name=name, source=source, note=note))
    except ArticleError as e:
        return name, str(e), "", {}, None
    except Exception as e:  # an extractor bug must not stop the other articles
        return name, f"{source}: extraction failed ({type(e).__name__}: {e})", "", {}, None
    article = _with_hash(article, digest)
    counts = {"actors": len(article.actors), "people": len(article.people), "ties": len(article.ties),
              "agreements": len(article.agreements), "meetings": len(article.meetings),
              "memberships": len(article.memberships)}
    return name, None, to_nquads(article), counts, note and f"{source}: {note}"


def _with_hash(article: Article, digest: str) -> Article:
    from dataclasses import replace

    return replace(article, sha256=digest)


def _results(items: list[tuple[str, str, str, bytes]], jobs: int) -> Iterator[tuple]:
    if jobs <= 1 or len(items) < 2 * jobs:
        yield from map(_work, items)
        return
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        yield from pool.map(_work, items, chunksize=max(1, min(64, len(items) // (jobs * 8))))


def build(inputs: list[Path], store: Store, *, jobs: int | None = None, prune: bool = False,
          progress: Callable[[int, int], None] | None = None) -> Report:
    """Build every article under `inputs` into `store`; unchanged articles are skipped, changed ones
    replace their named graph, refused ones are reported and the rest still build."""
    started = time.perf_counter()
    report = Report()
    files = find_files(inputs)
    known = store.article_hashes()
    seen: dict[str, Path] = {}
    todo: list[tuple[str, str, str, bytes]] = []
    for path in files:
        name = path.stem
        if name in seen:
            report.refused.append(f"{path}: same article name as {seen[name]}; skipped")
            continue
        seen[name] = path
        try:
            data = path.read_bytes()
        except OSError as e:
            report.refused.append(f"{path}: cannot read ({e.strerror})")
            continue
        digest = hashlib.sha256(data).hexdigest()
        if known.get(name) == digest:
            report.unchanged.append(name)
            continue
        todo.append((name, str(path), digest, data))

    jobs = jobs or os.cpu_count() or 1
    done = 0
    graphs: list[str] = []
    chunks: list[str] = []
    for name, error, nquads, counts, note in _results(todo, jobs):
        done += 1
        if error:
            report.refused.append(error)
        else:
            report.built.append(name)
            report.facts.update(counts)
            graphs.append(graph_iri(name))
            chunks.append(nquads)
            if note:
                report.notes.append(note)
        if len(graphs) >= BATCH:
            store.replace_graphs(graphs, "".join(chunks))
            graphs, chunks = [], []
        if progress:
            progress(done, len(todo))
    if graphs:
        store.replace_graphs(graphs, "".join(chunks))
    if prune:
        for name in sorted(set(known) - set(seen)):
            store.remove_graph(graph_iri(name))
            report.pruned.append(name)
    from kg import summary

    report.pairs = summary.rebuild(store)
    from kg import analyse

    report.network = analyse.update_store(store)
    store.flush()
    report.triples = len(store)
    report.seconds = time.perf_counter() - started
    return report


def build_and_export(inputs: list[Path], store: Store, out: Path, **options) -> Report:
    """Build, then write the exports; a failure before the exports leaves the last good ones intact."""
    from kg.export import export

    report = build(inputs, store, **options)
    started = time.perf_counter()
    if not report.built and not report.unchanged and not report.pruned:
        raise KgError(f"no article could be built from {', '.join(map(str, inputs))}: nothing exported")
    from kg.analyse import centrality_csv, graphml
    from kg.render import render

    net, rows = report.network
    report.exports = export(store, out, extra={
        "centrality.csv": centrality_csv(rows), "graph.graphml": graphml(net, rows), "graph.html": render(store, net, rows)})
    report.seconds += time.perf_counter() - started
    return report
