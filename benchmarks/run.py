"""Benchmark kg at scale on synthetic corpora, against the path a user of rdflib would write by default.

    python benchmarks/run.py --sizes 1000 10000 100000

For each size: end-to-end `kg build` (wall time, articles/s, peak RSS, store and export sizes), the
extraction stage alone, each bundled query's latency (and rows/s), `kg analyze`, an incremental
rebuild after changing one article, precision and recall on the first 1,000 articles against
their gold facts, and, up to --reference-max articles, the reference path
(rdflib's in-memory Dataset filled with the same triples, written with rdflib's Turtle and TriG
writers). Prints a table and appends it, with versions and machine, to benchmarks/results.md.
"""

from __future__ import annotations

import argparse
import datetime
import os
import platform
import resource
import shutil
import subprocess
import sys
import time
from importlib.metadata import version
from pathlib import Path

HERE = Path(__file__).resolve().parent
WORK = HERE / "work"
RESULTS = HERE / "results.md"
SAMPLE = 1000  # articles scored against their gold facts in every run
sys.path.insert(0, str(HERE))

from generate import generate  # noqa: E402


def du(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) if path.is_dir() else path.stat().st_size


def kg(*args: str, cwd: Path) -> tuple[float, str]:
    started = time.perf_counter()
    out = subprocess.run([sys.executable, "-m", "kg", *args], cwd=cwd, capture_output=True, text=True)
    if out.returncode:
        raise SystemExit(f"kg {' '.join(args)} failed:\n{out.stderr}")
    return time.perf_counter() - started, out.stdout


def extraction_profile(corpus: Path, sample: int = 1000) -> dict[str, float]:
    """Milliseconds per article for each stage a build worker runs, in this process (one core)."""
    from dataclasses import replace

    from kg.build import Item, work
    from kg.clean import clean
    from kg.extract import extract
    from kg.rdf.export import serialize
    from kg.rdf.mapping import map_article
    from kg.read import decode, read_text

    files = sorted(corpus.glob("*.txt"))[:sample]
    items = [(f.stem, str(f), f.read_bytes()) for f in files]
    work(Item(items[0][0], items[0][1], "0" * 64, items[0][2]))  # build the lexicon outside the timing
    spent = dict.fromkeys(("read", "clean", "extract", "map", "serialize"), 0.0)
    for name, source, data in items:
        t0 = time.perf_counter()
        text, note = decode(data, name=source)
        article = replace(read_text(text, name=name, source=source, note=note), sha256="0" * 64)
        t1 = time.perf_counter()
        article = clean(article)
        t2 = time.perf_counter()
        article = extract(article)
        t3 = time.perf_counter()
        mapped = map_article(article)
        t4 = time.perf_counter()
        serialize(mapped.nquads)
        t5 = time.perf_counter()
        for stage, seconds in zip(spent, (t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4), strict=True):
            spent[stage] += seconds
    return {stage: 1000 * seconds / len(items) for stage, seconds in spent.items()}


def correctness(sample: int = SAMPLE) -> dict[str, dict]:
    """`kg eval` on the first `sample` generated articles, with their gold facts: the same articles
    every corpus starts with (the generator is sequential from one seed), so precision and recall
    at scale are checked in the same run as speed."""
    from kg.evaluate import evaluate

    gold = WORK / f"gold-{sample}"
    if not (gold / f"{sample - 1:06d}.gold.json").exists():
        shutil.rmtree(gold, ignore_errors=True)
        generate(gold, sample, seed=7, gold=True)
    return evaluate(gold, jobs=None).as_dict()


def query_latencies(store_dir: Path) -> list[tuple[str, str, float, int]]:
    """(query, how, seconds, rows) for each bundled query as `kg query NAME --format csv` answers it
    (the per-fact ones from the competency tables), the per-fact ones again evaluated by SPARQL,
    and `kg analyze`."""
    from kg.analyse import partners, project
    from kg.resources import bundled_queries
    from kg.store.embedded import Store
    from kg.store.query import run
    from kg.store.tables import TABLES

    store = Store(store_dir, read_only=True)
    # Imports happen once per process, not per query: load the read-only guard's SPARQL parser
    # and the analysis libraries before timing (cold, they added ~0.3 s to the first of each).
    run(store, "ASK {}", fmt="csv")
    partners(project(store))
    out = []
    for name in bundled_queries():
        for how, sparql_only in (("kg query", False), ("SPARQL", True)):
            if sparql_only and name not in TABLES:
                continue
            started = time.perf_counter()
            data = run(store, name, fmt="csv", sparql_only=sparql_only)
            out.append((name, how if name in TABLES else "SPARQL", time.perf_counter() - started, data.count(b"\n") - 1))
    started = time.perf_counter()
    partners(project(store))
    out.append(("kg analyze", "summary graph", time.perf_counter() - started, 0))
    return out


def reference(store_dir: Path) -> dict[str, float]:
    """rdflib's in-memory Dataset filled with the store's quads (terms converted outside the timing),
    then written with rdflib's own Turtle and TriG writers."""
    import pyoxigraph as ox
    from rdflib import BNode, Dataset, Literal, URIRef

    def term(t):
        if isinstance(t, ox.NamedNode):
            return URIRef(t.value)
        if isinstance(t, ox.Literal):
            return Literal(t.value, lang=t.language, datatype=None if t.language else URIRef(t.datatype.value))
        return BNode(str(t))

    store = ox.Store.read_only(str(store_dir / "oxigraph"))
    quads = [(term(q.subject), term(q.predicate), term(q.object), URIRef(q.graph_name.value)) for q in store]
    ds = Dataset()
    started = time.perf_counter()
    for s, p, o, g in quads:
        ds.graph(g).add((s, p, o))
    fill = time.perf_counter() - started
    started = time.perf_counter()
    union = ds.graph(URIRef("urn:union"))
    for s, p, o, _ in quads:
        union.add((s, p, o))
    union.serialize(format="turtle")
    turtle = time.perf_counter() - started
    ds.remove_graph(union)
    started = time.perf_counter()
    ds.serialize(format="trig")
    trig = time.perf_counter() - started
    return {"fill": fill, "turtle": turtle, "trig": trig, "triples": len(quads)}


def timed_build(source: Path, run_dir: Path, jobs_args: list[str]) -> tuple[float, str, float, str]:
    """`kg build source` in a fresh run_dir: seconds, its output, peak RSS (MB) and its phase line."""
    shutil.rmtree(run_dir, ignore_errors=True)
    run_dir.mkdir(parents=True)
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    seconds, out = kg("build", str(source), *jobs_args, cwd=run_dir)
    peak_rss_mb = max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024
    phases = next(line for line in out.splitlines() if line.startswith("time:")).split("(", 1)[1].rstrip(")")
    return seconds, out, peak_rss_mb, phases


def bench(n: int, *, jobs: int | None, reference_max: int) -> dict:
    corpus = WORK / f"corpus-{n}"
    if not (corpus / f"{n - 1:06d}.txt").exists():
        shutil.rmtree(corpus, ignore_errors=True)
        generate(corpus, n, seed=7, gold=False)
    run_dir = WORK / f"run-{n}"
    jobs_args = ["--jobs", str(jobs)] if jobs else []
    seconds, out, peak_rss_mb, phases = timed_build(corpus, run_dir, jobs_args)
    triples = int(next(line for line in out.splitlines() if line.startswith("triples:")).split()[1])
    exports = {f.name: f.stat().st_size for f in (run_dir / "exports").iterdir()}

    profile = extraction_profile(corpus)
    per_core = 1000 / sum(profile.values())
    queries = query_latencies(run_dir / ".kg")

    changed = corpus / f"{n // 2:06d}.txt"
    original = changed.read_bytes()
    changed.write_bytes(original.replace(b"Kedua pemimpin sepakat", b"Kedua pemimpin juga sepakat", 1))
    try:
        incremental, _ = kg("build", str(corpus), *jobs_args, cwd=run_dir)
    finally:
        changed.write_bytes(original)
    kg("build", str(corpus), *jobs_args, cwd=run_dir)  # back to the generated corpus

    ref = reference(run_dir / ".kg") if n <= reference_max else None
    return {"n": n, "seconds": seconds, "phases": phases, "rate": n / seconds, "rss_mb": peak_rss_mb, "triples": triples,
            "store_mb": du(run_dir / ".kg") / 2**20, "exports_mb": sum(exports.values()) / 2**20,
            "extract_per_core": per_core, "profile": profile, "queries": queries, "incremental": incremental, "reference": ref}


def bench_crawl(n: int, *, jobs: int | None) -> dict:
    """A WARC of n records, 5% of them relevant Indonesian articles: `kg build` end to end."""
    from generate import crawl

    warc = WORK / f"crawl-{n}.warc.gz"
    relevant_file = WORK / f"crawl-{n}.relevant"
    if not warc.exists() or not relevant_file.exists():
        relevant_file.write_text(str(crawl(warc, n, share=0.05, seed=7)))
    relevant = int(relevant_file.read_text())
    seconds, out, peak_rss_mb, phases = timed_build(warc, WORK / f"run-crawl-{n}", ["--jobs", str(jobs)] if jobs else [])
    built = int(next(line for line in out.splitlines() if line.startswith("articles:")).split()[1])
    scan = float(phases.split("scan ")[1].split(",")[0])
    return {"n": n, "relevant": relevant, "built": built, "seconds": seconds, "scan": scan, "phases": phases,
            "rss_mb": peak_rss_mb, "mb": warc.stat().st_size / 2**20}


def crawl_report(results: list[dict], jobs: int | None) -> str:
    lines = [f"## {datetime.date.today().isoformat()} — crawl input — {platform.machine()}, {os.cpu_count()} cores, "
             f"Python {platform.python_version()}, kg {version('kg')}, trafilatura {version('trafilatura')}, "
             f"warcio {version('warcio')}, jobs {jobs or os.cpu_count()}", "",
             "A WARC of N HTML records (about 17 kB each: scripts, navigation, related lists), 5% of them Indonesian "
             "articles about Korea's ties, the rest other Indonesian news and English and Malay pages; `kg build "
             "crawl.warc.gz` end to end (process start included).", "",
             "| records | WARC MB | relevant | built | build s | records/s end to end | records/s through the filter "
             "(scan + HTML-to-text) | articles/s built | peak RSS MB |",
             "|---|---|---|---|---|---|---|---|---|"]
    for r in results:
        lines.append(f"| {r['n']:,} | {r['mb']:.0f} | {r['relevant']:,} | {r['built']:,} | {r['seconds']:.1f} | "
                     f"{r['n'] / r['seconds']:,.0f} | {r['n'] / r['scan']:,.0f} | {r['built'] / r['seconds']:.0f} | "
                     f"{r['rss_mb']:.0f} |")
    lines += ["", "Phases (seconds, from `kg build`):", ""] + [f"- {r['n']:,} records: {r['phases']}" for r in results]
    return "\n".join(lines) + "\n"


def report(results: list[dict], jobs: int | None, scores: dict[str, dict]) -> str:
    lines = [f"## {datetime.date.today().isoformat()} — {platform.machine()}, {os.cpu_count()} cores, "
             f"Python {platform.python_version()}, kg {version('kg')}, pyoxigraph {version('pyoxigraph')}, "
             f"rdflib {version('rdflib')}, jobs {jobs or os.cpu_count()}", "",
             "| N | build s | articles/s | peak RSS MB | triples | store MB | exports MB | extract/s/core | incremental s |",
             "|---|---|---|---|---|---|---|---|---|"]
    for r in results:
        lines.append(f"| {r['n']:,} | {r['seconds']:.1f} | {r['rate']:.0f} | {r['rss_mb']:.0f} | {r['triples']:,} | "
                     f"{r['store_mb']:.0f} | {r['exports_mb']:.0f} | {r['extract_per_core']:.0f} | {r['incremental']:.1f} |")
    lines += ["", "Where the build's time goes (seconds per phase, from `kg build`):", ""]
    lines += [f"- N={r['n']:,}: {r['phases']}" for r in results]
    lines += ["", "A build worker's time per article, by stage (ms, one core, first 1,000 articles):", ""]
    lines += [f"- N={r['n']:,}: " + ", ".join(f"{k} {v:.2f}" for k, v in r["profile"].items()) +
              f" = {sum(r['profile'].values()):.2f}" for r in results]
    lines += ["", "| N | query | answered by | seconds | rows | rows/s |", "|---|---|---|---|---|---|"]
    for r in results:
        for name, how, s, rows in r["queries"]:
            lines.append(f"| {r['n']:,} | {name} | {how} | {s:.3f} | {rows:,} | {rows / s if rows else 0:,.0f} |")
    refs = [r for r in results if r["reference"]]
    if refs:
        lines += ["", "| N | rdflib fill s | rdflib Turtle s | rdflib TriG s | kg build s (all stages) | kg / reference |",
                  "|---|---|---|---|---|---|"]
        for r in refs:
            ref = r["reference"]
            extract = r["n"] / (r["extract_per_core"] * (jobs or os.cpu_count() or 1))
            total = extract + ref["fill"] + ref["turtle"] + ref["trig"]
            lines.append(f"| {r['n']:,} | {ref['fill']:.1f} | {ref['turtle']:.1f} | {ref['trig']:.1f} | "
                         f"{r['seconds']:.1f} | {r['seconds'] / total:.2f} |")
        lines.append("")
        lines.append("Reference = the same extraction (at kg's measured rate on the same cores) + rdflib fill + rdflib writers.")
    lines += ["", f"Extraction on the first {SAMPLE:,} synthetic articles, against their gold facts (`kg eval`):", "",
              "| type | precision | recall | F1 |", "|---|---|---|---|"]
    lines += [f"| {t} | {s['precision']:.3f} | {s['recall']:.3f} | {s['f1']:.3f} |" for t, s in scores.items()]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--jobs", type=int, default=None)
    parser.add_argument("--reference-max", type=int, default=1000, help="largest N to run the rdflib reference on (its writers take minutes at 10,000)")
    parser.add_argument("--no-record", action="store_true", help="print only; do not append to results.md")
    parser.add_argument("--crawl", type=int, nargs="*", default=None,
                        help="also (or, with --sizes 0, only) build WARC crawls of these many records")
    args = parser.parse_args()
    if args.crawl:
        crawls = [bench_crawl(n, jobs=args.jobs) for n in args.crawl]
        text = crawl_report(crawls, args.jobs)
        print(text)
        if not args.no_record:
            with RESULTS.open("a", encoding="utf-8") as f:
                f.write("\n" + text)
    if args.sizes == [0]:
        return
    results = []
    for n in args.sizes:
        print(f"benchmarking N={n:,} ...", file=sys.stderr, flush=True)
        results.append(bench(n, jobs=args.jobs, reference_max=args.reference_max))
    print(f"scoring the first {SAMPLE:,} articles against their gold facts ...", file=sys.stderr, flush=True)
    text = report(results, args.jobs, correctness())
    print(text)
    if not args.no_record:
        with RESULTS.open("a", encoding="utf-8") as f:
            f.write("\n" + text)


if __name__ == "__main__":
    main()
