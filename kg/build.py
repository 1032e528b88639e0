"""The build: files → articles → facts → named graphs in the store → summary → exports."""

from __future__ import annotations

import hashlib
import os
import time
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path

from kg.article import Article
from kg.clean import clean
from kg.errors import ArticleError, KgError
from kg.export import serialize
from kg.extract import extract
from kg.mapping import graph_iri, map_article
from kg.read import decode, find_files, read_text
from kg.vocab import DIP, MEASURES_GRAPH, SHARED_GRAPH, SUMMARY_GRAPH

STAGES: tuple[Callable[[Article], Article], ...] = (clean, extract)
BATCH = 2000  # articles per store write: bounded memory, few large writes


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
    phases: dict[str, float] = field(default_factory=dict)  # seconds per phase
    store_errors: list[str] = field(default_factory=list)  # writes a remote store refused; retried next build


@dataclass(frozen=True)
class Built:
    """What a worker sends back for one article."""

    name: str
    error: str | None = None
    sha: str = ""
    published: str | None = None
    nquads: str = ""
    trig: bytes = b""
    ttl: bytes = b""
    ties: tuple = ()
    shared: tuple = ()
    counts: tuple[tuple[str, int], ...] = ()
    note: str | None = None
    answers: tuple[tuple[str, bytes], ...] = ()


def process(article: Article) -> Article:
    for stage in STAGES:
        article = stage(article)
    return article


def work(item: tuple[str, str, str, bytes]) -> Built:
    """In a worker: one file's bytes → its graph, export chunks and index rows."""
    name, source, digest, data = item
    try:
        text, note = decode(data, name=source)
        article = replace(process(read_text(text, name=name, source=source, note=note)), sha256=digest)
        mapped = map_article(article)
        trig, ttl = serialize(mapped.nquads)
    except ArticleError as e:
        return Built(name, error=str(e))
    except Exception as e:  # an extractor bug must not stop the other articles
        return Built(name, error=f"{source}: extraction failed ({type(e).__name__}: {e})")
    counts = (("actors", len(article.actors)), ("people", len(article.people)), ("ties", len(article.ties)),
              ("agreements", len(article.agreements)), ("meetings", len(article.meetings)),
              ("memberships", len(article.memberships)))
    return Built(name, None, digest, article.published, mapped.nquads, trig, ttl, mapped.ties, mapped.shared, counts,
                 note and f"{source}: {note}", mapped.answers)


def _results(items: list[tuple[str, str, str, bytes]], jobs: int) -> Iterator[Built]:
    if jobs <= 1 or len(items) < 2 * jobs:
        yield from map(work, items)
        return
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        yield from pool.map(work, items, chunksize=max(1, min(64, len(items) // (jobs * 8))))


def build(inputs: list[Path], store, *, jobs: int | None = None, prune: bool = False,
          progress: Callable[[int, int], None] | None = None) -> Report:
    """Build every article under `inputs` into `store`; unchanged articles are skipped, changed ones
    replace their named graph, refused ones are reported and the rest still build."""
    from kg import analyse, summary

    started = clock = time.perf_counter()
    report = Report()
    manifest = store.manifest
    if manifest.get_state("building"):
        report.notes.append(f"{store}: the last build did not finish (or its index is from an older kg); rebuilding every article")
        store.clear()
    known = manifest.hashes()
    stamps = manifest.stamps()
    files = find_files(inputs)
    seen: dict[str, Path] = {}
    todo: list[tuple[str, str, str, bytes]] = []
    new_stamps: dict[str, str] = {}
    touched: dict[str, str] = {}
    for path in files:
        name = path.stem
        if name in seen:
            report.refused.append(f"{path}: same article name as {seen[name]}; skipped")
            continue
        seen[name] = path
        try:
            st = path.stat()
            stamp = f"{st.st_size}:{st.st_mtime_ns}"
            if known.get(name) and stamps.get(name) == stamp:  # same size and time: not even read
                report.unchanged.append(name)
                continue
            data = path.read_bytes()
        except OSError as e:
            report.refused.append(f"{path}: cannot read ({e.strerror})")
            continue
        digest = hashlib.sha256(data).hexdigest()
        if known.get(name) == digest:
            report.unchanged.append(name)
            touched[name] = stamp
        else:
            todo.append((name, str(path), digest, data))
            new_stamps[name] = stamp
    manifest.touch(touched)
    report.phases["scan"] = time.perf_counter() - clock

    clock = time.perf_counter()
    loading = 0.0
    batch: list[Built] = []

    def flush_batch() -> float:
        t = time.perf_counter()
        names = [b.name for b in batch]
        what = f"articles {', '.join(names[:3])}" + (f" and {len(names) - 3} more" if len(names) > 3 else "")
        synced = write(store, [graph_iri(n) for n in names if n in known], "".join(b.nquads for b in batch), what, report)
        # An article the store did not take keeps no hash, so the next build sends it again;
        # its chunks still go into the local index, so the exports lose nothing.
        manifest.put((b.name, b.sha if synced else "", b.published, b.trig, b.ttl, b.ties, b.shared,
                      new_stamps.get(b.name), b.nquads.count("\n"), b.answers) for b in batch)
        batch.clear()
        return time.perf_counter() - t

    manifest.set_state("building", "1")
    for done, built in enumerate(_results(todo, jobs or os.cpu_count() or 1), 1):
        if built.error:
            report.refused.append(built.error)
        else:
            report.built.append(built.name)
            report.facts.update(dict(built.counts))
            if built.note:
                report.notes.append(built.note)
            batch.append(built)
        if len(batch) >= BATCH:
            loading += flush_batch()
        if progress:
            progress(done, len(todo))
    if batch:
        loading += flush_batch()
    report.phases["extract"] = time.perf_counter() - clock - loading
    report.phases["load"] = loading

    clock = time.perf_counter()
    if prune:
        gone = sorted(set(known) - set(seen))
        for name in gone:
            store.remove_graph(graph_iri(name))
        manifest.remove(gone)
        report.pruned = gone
    shared_text = summary.shared_nquads(manifest)
    write(store, [SHARED_GRAPH], shared_text, "the shared actor graph", report)
    summary_text = summary.summary_nquads(manifest)
    write(store, [SUMMARY_GRAPH], summary_text, "the summary graph", report)
    report.pairs = summary_text.count(DIP.TieSummary)
    report.phases["summary"] = time.perf_counter() - clock
    clock = time.perf_counter()
    if report.store_errors:  # the server missed some writes: analyse what this build has, locally
        from kg.store import Store

        local = Store(None)
        local.replace_graphs([], shared_text + summary_text)
        net = analyse.project(local)
    else:
        net = analyse.project(store)
    rows = analyse.measures(net)
    write(store, [MEASURES_GRAPH], analyse.measures_nquads(net, rows), "the measures graph", report)
    report.network = (net, rows)
    store.flush()
    manifest.set_state("building", None)
    report.phases["analyse"] = time.perf_counter() - clock
    # Counted from the index (counting an on-disk store means reading all of it).
    report.triples = manifest.quads() + sum(t.count("\n") for t in (shared_text, summary_text, analyse.measures_nquads(net, rows)))
    report.seconds = time.perf_counter() - started
    return report


def write(store, graphs: list[str], nquads: str, what: str, report: Report) -> bool:
    """Replace graphs in the store; a remote store's refusal is recorded, not raised, so the
    other articles and the local exports still get written."""
    from kg.errors import RemoteStoreError

    try:
        store.replace_graphs(graphs, nquads, what=what)
        return True
    except RemoteStoreError as e:
        report.store_errors.append(str(e))
        return False


def build_and_export(inputs: list[Path], store, out: Path, **options) -> Report:
    """Build, then write the exports; a failure before the exports leaves the last good ones intact."""
    from kg import summary
    from kg.analyse import centrality_csv, graphml, measures_nquads
    from kg.export import stream, write_all
    from kg.render import render

    report = build(inputs, store, **options)
    started = time.perf_counter()
    if not report.built and not report.unchanged and not report.pruned:
        raise KgError(f"no article could be built from {', '.join(map(str, inputs))}: nothing exported")
    net, rows = report.network
    html = render(None if report.store_errors else store, net, rows)  # no evidence from a store that failed
    report.phases["render"] = time.perf_counter() - started
    clock = time.perf_counter()
    manifest = store.manifest
    shared = summary.shared_nquads(manifest)
    tail = summary.summary_nquads(manifest) + measures_nquads(net, rows)
    head, foot = serialize(shared), serialize(tail)
    report.exports = write_all(out, {
        "kg.ttl": stream(head[1], manifest.chunks("ttl"), foot[1]),
        "kg.trig": stream(head[0], manifest.chunks("trig"), foot[0]),
        "centrality.csv": centrality_csv(rows),
        "graph.graphml": graphml(net, rows),
        "graph.html": html,
    })
    report.phases["export"] = time.perf_counter() - clock
    report.seconds += time.perf_counter() - started
    return report
