"""The build: files → articles → facts → named graphs in the store → summary → exports."""

from __future__ import annotations

import functools
import hashlib
import json
import os
import tempfile
import time
import traceback
from collections import Counter, deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from itertools import chain, islice
from pathlib import Path
from typing import NamedTuple

from kg import sources
from kg.article import Article
from kg.clean import clean
from kg.errors import ArticleError, KgError
from kg.executors import check as check_executor
from kg.executors import chunked, ordered_map
from kg.extract import extract
from kg.rdf.export import HEADER, check_ntriples, serialize
from kg.rdf.mapping import graph_iri, map_article
from kg.rdf.vocab import DIP, MEASURES_GRAPH, SHARED_GRAPH, SUMMARY_GRAPH
from kg.read import decode, read_text
from kg.sources import language

STAGES: tuple[Callable[[Article], Article], ...] = (clean, extract)
# A store write every ~450,000 quads (about 5,700 synthetic articles): bounded memory, and few
# large bulk loads, which cost Oxigraph far less CPU per quad than many small ones (measured on
# 40,000 articles: loads of 2,000 articles took 70 CPU-s, of 4,000 62, of 8,000 52, one load 47).
# Near the end, batches shrink to half of what is left: the last load, which no extraction
# overlaps, is then small.
BATCH_QUADS = 450_000
MIN_BATCH_QUADS = 20_000
# A build that loads this many quads compacts the store afterwards (kg.store.Store.optimize).
OPTIMIZE_QUADS = 2_000_000


@dataclass
class Report:
    built: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)  # one-line reasons
    tracebacks: list[str] = field(default_factory=list)  # of articles refused by an unexpected error
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
    derived: tuple[str, str] = ("", "")  # the shared and summary graphs' N-Quads, for the exports


@dataclass(frozen=True)
class Built:
    """What a worker sends back for one article."""

    name: str
    error: str | None = None
    sha: str = ""
    published: str | None = None
    trig: bytes = b""  # the article's graph as a TriG chunk (kg.rdf.export.serialize): store load and export
    quads: int = 0
    ties: tuple = ()
    shared: tuple = ()
    counts: tuple[tuple[str, int], ...] = ()
    note: str | None = None
    answers: tuple[tuple[str, bytes], ...] = ()
    detail: str = ""  # the traceback of an unexpected failure, for --verbose
    skipped: str = ""  # why a filter (--about, language) left it out


# What decides an article's facts and triples: when any of it changes, every article is rebuilt.
_PIPELINE = ("extract", "lang", "gazetteers", "clean.py", "read.py", "dates.py", "prefilter.py", "rdf/mapping.py", "rdf/iris.py",
             "store/tables.py", "rdf/vocab.py", "article.py")


@functools.cache
def pipeline_fingerprint() -> str:
    """A digest of the code and data that turn text into triples (not of the CLI, the store or the views)."""
    root = Path(__file__).parent
    digest = hashlib.sha256()
    for part in _PIPELINE:
        paths = sorted((root / part).rglob("*")) if (root / part).is_dir() else [root / part]
        for path in paths:
            if path.suffix in (".py", ".tsv"):
                digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def process(article: Article) -> Article:
    for stage in STAGES:
        article = stage(article)
    return article


class Item(NamedTuple):
    """One article for a worker: its name, where it came from, its digest and bytes (None: the worker
    reads the file), what its container said of it (URL, outlet, dates, WARC record) and the focus
    filter (None: every article is built)."""

    name: str
    source: str
    digest: str
    data: bytes | None
    meta: dict | None = None
    about: str | None = None


def _with_meta(article: Article, meta: dict) -> Article:
    """The page's own metadata beats a guess from the text; the text's date is kept when it differs."""
    published = meta.get("date") or article.published
    text_date = article.published if article.published and article.published != published else None
    return replace(article, url=meta.get("url") or article.url, publisher=meta.get("publisher") or article.publisher,
                   published=published, sources=tuple(meta.get("sources") or ()), record=meta.get("record"),
                   date_source=(meta.get("date_source") if meta.get("date") else ("text" if published else None)),
                   text_date=text_date)


def _off_topic(article: Article, about: str) -> str | None:
    """Why an extracted article is not kept under --about: no tie at all, or the focus is no actor."""
    if about == "any":
        return None if article.ties else "no tie"
    return None if any(a.code == about for a in article.actors) else f"not about {about}"


def work(item: Item) -> Built:
    """In a worker: one file or record → its graph, export chunks and index rows."""
    name, source, digest, data, meta, about = item
    try:
        if data is None:
            try:
                data = Path(source).read_bytes()
            except OSError as e:
                return Built(name, error=f"{source}: cannot read ({e.strerror})")
            digest = hashlib.sha256(data).hexdigest()
        text, note = decode(data, name=source)
        if about and meta is None:  # a .txt file: the same language test a crawl's records get
            lang = language(text)
            if lang != "id":
                return Built(name, skipped=f"language {lang}")
        article = read_text(text, name=name, source=source, note=note)
        if meta is not None:
            article = _with_meta(article, meta)
        article = replace(process(article), sha256=digest)
        if about:
            off = _off_topic(article, about)
            if off:
                return Built(name, skipped=off)
        mapped = map_article(article)
        trig = serialize(mapped.nquads)
        check_ntriples(mapped.shared)  # they are loaded with every article's: one bad line would stop the build
    except ArticleError as e:
        return Built(name, error=str(e))
    except Exception as e:  # an extractor bug must not stop the other articles
        first = str(e).splitlines()[0][:200] if str(e) else ""
        return Built(name, error=f"{source}: extraction failed ({type(e).__name__}: {first})",
                     detail=traceback.format_exc())
    counts = (("actors", len(article.actors)), ("people", len(article.people)), ("ties", len(article.ties)),
              ("agreements", len(article.agreements)), ("meetings", len(article.meetings)),
              ("memberships", len(article.memberships)))
    return Built(name, None, digest, article.published, trig, mapped.nquads.count("\n"),
                 mapped.ties, mapped.shared, counts, note and f"{source}: {note}", mapped.answers)


def work_many(items: list[Item]) -> list[Built]:
    return [work(item) for item in items]


def _results(items: list[Item], jobs: int, executor: str | None = None) -> Iterator[Built]:
    """Built articles in input order, from `jobs` worker processes or a Dask cluster. At most a few
    chunks are in flight at once, so memory stays bounded however large the corpus, and the workers
    read the files themselves."""
    if executor is None and (jobs <= 1 or len(items) < 2 * jobs):
        yield from map(work, items)
        return
    yield from ordered_map(work_many, chunked(items, jobs), jobs=jobs, executor=executor)


def prepare_many(raws: list[sources.Raw], about: str | None) -> list[sources.Page | tuple[str, str]]:
    return [sources.prepare(r, about) for r in raws]


def read_pages(records: list[tuple[str, str]], about: str | None, jobs: int, executor: str | None,
               tally: sources.Tally) -> list[sources.Page]:
    """Pages, web pages and crawls → the Indonesian pages about the focus, one per article: raw records are
    streamed through the cheap filters here, the HTML-to-text step runs on the workers, copies merge."""
    focus = sources.focus_scan(about) if about and about != "any" else None

    def candidates() -> Iterator[sources.Raw]:
        for kind, path in records:
            for raw in sources.read_records(kind, path, tally):
                if about is None or sources.cheap_filter(raw, tally, focus):
                    yield raw

    def chunks() -> Iterator[list[sources.Raw]]:
        it = candidates()
        while chunk := list(islice(it, 8)):
            yield chunk

    pages: list[sources.Page] = []
    for result in ordered_map(functools.partial(prepare_many, about=about), chunks(), jobs=jobs, executor=executor):
        if isinstance(result, sources.Page):
            pages.append(result)
        elif result[0] == "language":
            tally.languages[result[1]] += 1
        else:
            tally.not_about += 1
    if pages:
        tally.languages["id"] += len(pages)
    return sources.merge_copies(pages, tally)


def build(inputs: list[Path], store, *, jobs: int | None = None, prune: bool = False,
          progress: Callable[[int, int], None] | None = None, about: str | None = None,
          executor: str | None = None, indexed: Callable[[], None] | None = None) -> Report:
    """Build every article under `inputs` (.txt files, web pages, WARC crawls, JSON Lines; "-" for JSON
    Lines on stdin) into `store`; unchanged articles are skipped, changed ones replace their named
    graph, refused ones are reported and the rest still build. `about`: keep only Indonesian articles
    with that actor ("any": with at least one tie); None keeps everything. `executor`: None (this
    machine's cores), "dask" or "dask://HOST:PORT". `indexed` is called once the index holds every
    article's chunks, before the shared graphs are derived."""
    from kg import analyse
    from kg.rdf import summary

    started = clock = time.perf_counter()
    report = Report()
    manifest = store.manifest
    if manifest.get_state("building"):
        report.notes.append(f"{store}: the last build did not finish (or its index is from an older kg); rebuilding every article")
        store.clear()
    elif len(manifest) and manifest.get_state("pipeline") != pipeline_fingerprint():
        report.notes.append(f"{store}: built by another version of the extraction rules or data; rebuilding every article")
        store.clear()
    manifest.set_state("pipeline", pipeline_fingerprint())
    known = manifest.hashes()
    stamps = manifest.stamps()
    executor = check_executor(executor)
    jobs = jobs or os.cpu_count() or 1
    skipped: Counter[str] = Counter()
    entries = sources.find_inputs(inputs, skipped)
    if skipped:
        kinds = ", ".join(f"{n} {ext}" for ext, n in sorted(skipped.items(), key=lambda kv: (-kv[1], kv[0])))
        report.notes.append(f"skipped {sum(skipped.values())} files that are not articles "
                            f"(.txt, .html, .warc, .jsonl): {kinds}")
    files = [path for kind, path in entries if kind == "txt"]
    tally = sources.Tally()
    pages = read_pages([e for e in entries if e[0] != "txt"], about, jobs, executor, tally)
    report.notes += tally.lines(about)
    report.refused += tally.refused
    seen: dict[str, str] = {}
    todo: list[Item] = []
    new_stamps: dict[str, str] = {}
    touched: dict[str, str] = {}
    for path in files:
        name = os.path.splitext(os.path.basename(path))[0]
        if name in seen:
            report.refused.append(f"{path}: same article name as {seen[name]}; skipped")
            continue
        seen[name] = path
        try:
            st = os.stat(path)
            stamp = f"{st.st_size}:{st.st_mtime_ns}"
            if known.get(name) and stamps.get(name) == stamp:  # same size and time: not even read
                report.unchanged.append(name)
                continue
            if name not in known:  # new: the worker reads and hashes it
                todo.append(Item(name, path, "", None, None, about))
                new_stamps[name] = stamp
                continue
            data = Path(path).read_bytes()
        except OSError as e:
            report.refused.append(f"{path}: cannot read ({e.strerror})")
            continue
        digest = hashlib.sha256(data).hexdigest()
        if known.get(name) == digest:  # touched, not changed
            report.unchanged.append(name)
            touched[name] = stamp
        else:
            todo.append(Item(name, path, digest, data, None, about))
            new_stamps[name] = stamp
    for page in pages:
        if page.name in seen:
            report.refused.append(f"{page.origin}: same article name as {seen[page.name]}; skipped")
            continue
        seen[page.name] = page.origin
        meta = page.meta()
        data = page.text.encode("utf-8")
        digest = hashlib.sha256(data + json.dumps(meta, sort_keys=True).encode("utf-8")).hexdigest()
        if known.get(page.name) == digest:
            report.unchanged.append(page.name)
        else:
            todo.append(Item(page.name, page.origin, digest, data, meta, about))
    manifest.touch(touched)
    report.phases["scan"] = time.perf_counter() - clock

    clock = time.perf_counter()
    waiting = 0.0  # on the store and the index, not on the workers
    batch: list[Built] = []
    batch_quads = loaded_quads = 0
    # Nothing replaced or pruned: the shared graph only grows, so each batch's new shared lines go
    # into the store with it, and the graph need not be loaded again whole after extraction (unless
    # a write of it failed, in this build or the last: the "shared" state).
    gone = sorted(set(known) - set(seen)) if prune else []
    growing = not gone and not any(item.name in known for item in todo) and not manifest.get_state("shared")
    # The index records batches, and the store loads them, on a thread of their own (SQLite and
    # Oxigraph let go of the GIL) while this thread keeps the workers fed: it waits only when two
    # batches are already queued.
    loader = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kg-load")
    loading: deque[Future[None]] = deque()

    def load(built: list[Built]) -> None:
        """On the loader thread: a batch into the index, then into the store, in one load with the
        shared lines new to the index when the shared graph only grows (each load the store takes
        costs it a compaction later)."""
        names = [b.name for b in built]
        new = manifest.put([(b.name, b.sha, b.published, b.trig, b.ties, b.shared, new_stamps.get(b.name), b.quads,
                             b.answers) for b in built], replacing=known)
        shared = summary.shared_trig(new) if growing and new else b""
        what = f"articles {', '.join(names[:3])}" + (f" and {len(names) - 3} more" if len(names) > 3 else "")
        if not write(store, [graph_iri(n) for n in names if n in known], HEADER + b"".join(b.trig for b in built) + shared,
                     what, report, trig=True):
            # An article the store did not take keeps no hash, so the next build sends it again;
            # its chunks stay in the local index, so the exports lose nothing.
            manifest.unsync(names)
            if shared:
                manifest.set_state("shared", "stale")

    def finish_load() -> None:
        """Wait for the oldest batch to be in the store and the index."""
        nonlocal waiting
        t = time.perf_counter()
        loading.popleft().result()
        waiting += time.perf_counter() - t

    def flush_batch() -> None:
        while loading and (len(loading) >= 2 or loading[0].done()):
            finish_load()
        loading.append(loader.submit(load, list(batch)))
        batch.clear()

    off_topic: Counter[str] = Counter()
    manifest.set_state("building", "1")
    try:
        for done, built in enumerate(_results(todo, jobs, executor), 1):
            if built.skipped:
                off_topic[built.skipped] += 1
            elif built.error:
                report.refused.append(built.error)
                if built.detail:
                    report.tracebacks.append(built.detail)
            else:
                report.built.append(built.name)
                report.facts.update(dict(built.counts))
                if built.note:
                    report.notes.append(built.note)
                batch.append(built)
                loaded_quads += built.quads
                batch_quads += built.quads
            left = loaded_quads / done * (len(todo) - done)  # quads still to come, estimated
            if batch_quads >= max(MIN_BATCH_QUADS, min(BATCH_QUADS, left / 2)):
                flush_batch()
                batch_quads = 0
            if progress:
                progress(done, len(todo))
        if batch:
            flush_batch()
        while loading:
            finish_load()
    finally:
        loader.shutdown(wait=True)
    if off_topic:
        report.notes.append("left out after reading: " + ", ".join(f"{n} {why}" for why, n in sorted(off_topic.items())))
    report.phases["extract"] = time.perf_counter() - clock - waiting
    report.phases["load"] = waiting  # what loading added after extraction: the last batch, the index

    clock = time.perf_counter()
    if prune:
        for name in gone:
            store.remove_graph(graph_iri(name))
        manifest.remove(gone)
        report.pruned = gone
    if indexed:
        indexed()
    shared_text = summary.shared_nquads(manifest)
    if not growing or report.store_errors:  # lines may have gone, or a write was missed: the whole graph again
        synced = write(store, [SHARED_GRAPH], shared_text, "the shared actor graph", report)
        manifest.set_state("shared", None if synced else "stale")
    summary_text = summary.summary_nquads(manifest)
    write(store, [SUMMARY_GRAPH], summary_text, "the summary graph", report)
    report.pairs = summary_text.count(DIP.TieSummary)
    report.derived = (shared_text, summary_text)
    report.phases["summary"] = time.perf_counter() - clock
    clock = time.perf_counter()
    if report.store_errors:  # the server missed some writes: analyse what this build has, locally
        from kg.store.embedded import Store

        local = Store(None)
        local.replace_graphs([], shared_text + summary_text)
        net = analyse.project(local)
    else:
        net = analyse.project(store)
    rows = analyse.measures(net)
    write(store, [MEASURES_GRAPH], analyse.measures_nquads(net, rows), "the measures graph", report)
    report.network = (net, rows)
    store.flush()
    report.phases["analyse"] = time.perf_counter() - clock
    if loaded_quads >= OPTIMIZE_QUADS:
        clock = time.perf_counter()
        store.optimize()
        report.phases["optimize"] = time.perf_counter() - clock
    manifest.set_state("building", None)
    # Counted from the index (counting an on-disk store means reading all of it).
    report.triples = manifest.quads() + sum(t.count("\n") for t in (shared_text, summary_text, analyse.measures_nquads(net, rows)))
    report.seconds = time.perf_counter() - started
    return report


def write(store, graphs: list[str], data: str | bytes, what: str, report: Report, *, trig: bool = False) -> bool:
    """Replace graphs in the store (`data`: N-Quads, or TriG when `trig`); a remote store's refusal
    is recorded, not raised, so the other articles and the local exports still get written."""
    from kg.errors import RemoteStoreError

    try:
        store.replace_graphs(graphs, data, what=what, trig=trig)
        return True
    except RemoteStoreError as e:
        report.store_errors.append(str(e))
        return False


def build_and_export(inputs: list[Path], store, out: Path, **options) -> Report:
    """Build, then write the exports; a failure before the exports leaves the last good ones intact."""
    from kg.analyse import centrality_csv, graphml, measures_nquads
    from kg.rdf.dataset import void_turtle
    from kg.rdf.export import jsonld, stream, turtle, write_all
    from kg.render import render

    with _jsonld_beside(store, out, options.get("jobs")) as (start, send_head, jsonld_for):
        report = build(inputs, store, indexed=start, **options)
        started = time.perf_counter()
        if not report.built and not report.unchanged and not report.pruned:
            raise KgError(f"no article could be built from {', '.join(map(str, inputs))}: nothing exported")
        net, rows = report.network
        shared, summary_text = report.derived
        head = serialize(shared)
        send_head(head)  # its JSON-LD is written beside the page
        html = render(None if report.store_errors else store, net, rows)  # no evidence from a store that failed
        report.phases["render"] = time.perf_counter() - started
        clock = time.perf_counter()
        manifest = store.manifest
        tail = summary_text + measures_nquads(net, rows)
        foot = serialize(tail)
        report.exports = write_all(out, {
            "kg.ttl": stream(turtle(head), map(turtle, manifest.chunks()), turtle(foot)),
            "kg.trig": stream(head, manifest.chunks(), foot),
            "void.ttl": void_turtle(None if report.store_errors else store, report.triples),  # no counts from a failed store
            "centrality.csv": centrality_csv(rows),
            "graph.graphml": graphml(net, rows),
            "graph.html": html,
            # Last: its articles' part may still be being written in a process of its own.
            "kg.jsonld": jsonld_for(head, foot) or jsonld(chain((head,), manifest.chunks(), (foot,))),
        })
        report.phases["export"] = time.perf_counter() - clock
        report.seconds += time.perf_counter() - started
    return report


def write_jsonld_graphs(index: str, path: str) -> None:
    """The graph objects of every article chunk in the build's index at `index`, in article-name order,
    each after a comma, into the file at `path`. Run in a process of its own beside the other exports:
    pyoxigraph's JSON-LD writer holds the GIL, and after extraction a core is free."""
    from kg.rdf.export import jsonld_graphs
    from kg.store.index import read_chunks

    with open(path, "wb") as f:
        for graphs in jsonld_graphs(read_chunks(Path(index))):
            f.write(b",")
            f.write(graphs)


def write_jsonld_head(head: bytes, path: str) -> None:
    """The head chunk's graph objects (the shared graph: as large as many articles), into the file at `path`."""
    from kg.rdf.export import jsonld_graphs

    with open(path, "wb") as f:
        f.write(b"".join(jsonld_graphs((head,))))


@contextmanager
def _jsonld_beside(store, out: Path, jobs: int | None):
    """(start, send_head, jsonld_for): `start()` begins writing the articles' JSON-LD graph objects from
    the index in a process of its own (when there is a second core and an index on disk), and
    `send_head(head)` has that process write the head chunk's after them; then `jsonld_for(head,
    foot)` streams the whole document, or gives None when nothing was started. The process's files
    are removed on the way out, whatever happened."""
    from concurrent.futures import ProcessPoolExecutor

    from kg.executors import workers_context
    from kg.rdf.export import jsonld_around, jsonld_graphs

    index = store.manifest.path
    pool: ProcessPoolExecutor | None = None
    futures: list[Future[None]] = []
    files: list[str] = []

    def part() -> str:
        fd, path = tempfile.mkstemp(prefix=".kg.jsonld.", suffix=".part", dir=out)
        os.close(fd)
        files.append(path)
        return path

    def start() -> None:
        nonlocal pool
        if index is None or (jobs or os.cpu_count() or 1) < 2:
            return
        out.mkdir(parents=True, exist_ok=True)
        pool = ProcessPoolExecutor(max_workers=1, mp_context=workers_context())
        futures.append(pool.submit(write_jsonld_graphs, str(index), part()))

    def send_head(head: bytes) -> None:
        if pool is not None:
            futures.append(pool.submit(write_jsonld_head, head, part()))

    def jsonld_for(head: bytes, foot: bytes) -> Iterator[bytes] | None:
        if not futures:
            return None

        def document() -> Iterator[bytes]:
            for future in futures:
                future.result()
            head_graphs = Path(files[1]).read_bytes() if len(files) > 1 else b"".join(jsonld_graphs((head,)))
            yield from jsonld_around(head_graphs, files[0], foot)
        return document()

    try:
        yield start, send_head, jsonld_for
    finally:
        if pool:
            pool.shutdown(wait=True, cancel_futures=True)
        for path in files:
            Path(path).unlink(missing_ok=True)
