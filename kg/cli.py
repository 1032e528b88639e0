"""The `kg` command: one thin command per verb over the library; KgError → a one-line error."""

from __future__ import annotations

import functools
import sys
from pathlib import Path

import click

from kg.errors import KgError

DEFAULT_STORE = Path(".kg")
DEFAULT_OUT = Path("exports")


def _fail_cleanly(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except KgError as e:
            raise click.ClickException(str(e)) from None

    return wrapper


def store_option(fn):
    return click.option("--store", "store_path", default=str(DEFAULT_STORE), show_default=True,
                        help="Store: a directory for the embedded store, or http(s)://... for a SPARQL 1.1 server.")(fn)


def open_store(location: str, *, read_only: bool = False):
    from kg.api import open_store as opener

    return opener(location, read_only=read_only)


def open_graph(location: str):
    from kg.api import open as opener

    return opener(location)


@click.group()
@click.version_option(package_name="kg")
def cli() -> None:
    """kg: knowledge graphs of South Korea's foreign ties from Indonesian news."""


@cli.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@store_option
@click.option("--out", default=str(DEFAULT_OUT), show_default=True, type=click.Path(path_type=Path), help="Export directory.")
@click.option("--jobs", "-j", type=int, default=None, help="Worker processes (default: all cores).")
@click.option("--prune", is_flag=True, help="Drop articles from the store that are no longer among INPUTS.")
@click.option("--about", default="KR", show_default=True, metavar="CODE|any|all",
              help="Keep Indonesian articles with this actor; 'any': with at least one tie; 'all': every article.")
@click.option("--executor", default="local", show_default=True, metavar="local|dask|dask://HOST:PORT",
              help="Where the per-article work runs: this machine, a local Dask cluster, or a Dask scheduler.")
@click.option("--verbose", "-v", is_flag=True, help="Show the traceback of an article refused by an unexpected error.")
@_fail_cleanly
def build(inputs: tuple[Path, ...], store_path: str, out: Path, jobs: int | None, prune: bool, about: str,
          executor: str, verbose: bool) -> None:
    """Build the knowledge graph from articles and write the exports. INPUTS: .txt files, saved web pages
    (.html, .htm, gzipped too), news crawls (.warc, .warc.gz, CC-NEWS), JSON Lines dumps (.jsonl,
    .jsonl.gz: title, text, url, date, id), folders of them, or - for JSON Lines on stdin.

    Examples: kg build seeds/ ; kg build crawl.warc.gz pages/ dump.jsonl ; cat dump.jsonl | kg build -
    """
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    if jobs is not None and jobs < 1:
        raise KgError(f"--jobs must be at least 1, not {jobs}")
    err = Console(stderr=True)
    graph = open_graph(store_path)
    with Progress(TextColumn("building"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                  console=err, transient=True, disable=not err.is_terminal) as bar:
        task = bar.add_task("build", total=None)

        def progress(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        focus = None if about.lower() == "all" else ("any" if about.lower() == "any" else about.upper())
        report = graph.build(inputs, out=out, jobs=jobs, prune=prune, progress=progress, about=focus,
                             executor=None if executor == "local" else executor)
    for line in report.refused:
        err.print(f"[yellow]refused[/] {line}", highlight=False, soft_wrap=True)
    if verbose:
        for text in report.tracebacks:
            err.print(text, highlight=False, markup=False, soft_wrap=True)
    for line in report.notes:
        err.print(f"[cyan]note[/] {line}", highlight=False, soft_wrap=True)
    facts = ", ".join(f"{report.facts[k]} {k}" for k in ("actors", "people", "ties", "agreements", "meetings", "memberships"))
    click.echo(f"articles: {len(report.built)} built, {len(report.unchanged)} unchanged, {len(report.refused)} refused"
               + (f", {len(report.pruned)} pruned" if report.pruned else ""))
    click.echo(f"facts: {facts}")
    click.echo(f"triples: {report.triples or 'unknown'} in {store_path}; {report.pairs} actor pairs")
    click.echo("exports: " + ", ".join(f"{out / name} ({size:,} bytes)" for name, size in report.exports.items()))
    phases = ", ".join(f"{k} {v:.2f}" for k, v in report.phases.items())
    click.echo(f"time: {report.seconds:.2f} s ({phases})")
    if report.store_errors:
        more = f" (+{len(report.store_errors) - 1} more failed writes)" if len(report.store_errors) > 1 else ""
        raise KgError(f"{report.store_errors[0]}{more}; exports written; the next build sends these articles again")


@cli.command()
@click.argument("query", required=False)
@store_option
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json", "xml", "turtle", "ntriples"]),
              default="table", show_default=True, help="SELECT/ASK: table, csv, tsv, json, xml; CONSTRUCT/DESCRIBE: turtle, "
              "ntriples, json (JSON-LD), xml (RDF/XML).")
@click.option("--bind", "binds", multiple=True, metavar="NAME=VALUE",
              help="Fix a variable of the query: VALUES ?NAME { VALUE } (an IRI when VALUE starts with http, else text). "
                   "Repeatable. Example: --bind partner=JP")
@click.option("--list", "list_queries", is_flag=True, help="List the bundled queries with what each answers.")
@click.option("--sparql", "sparql_only", is_flag=True,
              help="Evaluate with SPARQL even where the build's competency tables hold the answer.")
@_fail_cleanly
def query(query: str | None, store_path: str, fmt: str, binds: tuple[str, ...], list_queries: bool, sparql_only: bool) -> None:
    """Run a read-only SPARQL query: SPARQL text, a .rq file, or a bundled query's name (kg query --list).

    The bundled queries declare their prefixes and read the union of the article graphs as the default graph, so
    they give the same rows on kg's store, on exports/kg.trig in any SPARQL 1.1 store with a union default graph,
    and on exports/kg.ttl in rdflib. As CSV, the per-fact ones (actors, people, ties, agreements, meetings) stream
    from tables the build keeps beside the store: the same rows SPARQL gives, without the joins.

    Examples: kg query ties --format csv; kg query timeline --bind partner=JP
    """
    from kg.resources import describe_queries
    from kg.store.query import answer

    if list_queries:
        for name, about in describe_queries().items():
            click.echo(f"{name:14} {about}")
        return
    if not query:
        raise KgError("kg query: name a query (SPARQL text, a .rq file or a bundled query; kg query --list)")
    for chunk in answer(open_store(store_path, read_only=True), query, fmt=fmt, sparql_only=sparql_only, binds=binds):
        sys.stdout.buffer.write(chunk)


def main() -> None:  # pragma: no cover - console script entry
    cli()


@cli.command("eval")
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--details", is_flag=True, help="Per article: what was missed and what was invented.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--folds", default=None, metavar="0,1,2",
              help="Only the dev articles of these folds (dNN is in fold NN % 4; fold 3 is held back).")
@_fail_cleanly
def eval_(gold_dir: Path, details: bool, fmt: str, folds: str | None) -> None:
    """Score extraction against gold annotations: precision, recall and F1 per fact type.

    Example: kg eval tests/data/gold/dev --folds 3 --details
    """
    import json

    from kg.evaluate import FOLDS, TARGETS, TYPES, evaluate

    chosen = None
    if folds is not None:
        try:
            chosen = {int(x) for x in folds.split(",")}
        except ValueError:
            raise click.BadParameter(f"{folds!r}: folds are numbers 0-{FOLDS - 1}, comma-separated") from None
        if not chosen <= set(range(FOLDS)):
            raise click.BadParameter(f"{folds!r}: folds are numbers 0-{FOLDS - 1}")
    result = evaluate(gold_dir, folds=chosen)
    if fmt == "json":
        click.echo(json.dumps({"articles": result.articles, "scores": result.as_dict(),
                               "missed": result.missed, "invented": result.invented} if details else
                              {"articles": result.articles, "scores": result.as_dict()}, indent=2, sort_keys=True))
        return
    if details:
        for article in sorted(set(result.missed) | set(result.invented)):
            click.echo(f"== {article}")
            for t in TYPES:
                for key in result.missed[article].get(t, []):
                    click.echo(f"  missed   {t:<11} {key}")
                for key in result.invented[article].get(t, []):
                    click.echo(f"  invented {t:<11} {key}")
    click.echo(f"{result.articles} articles in {gold_dir}")
    click.echo(f"{'type':<15} {'precision':>9} {'recall':>7} {'F1':>6} {'target':>7}")
    for t in TYPES:
        s = result.scores[t]
        mark = "ok" if s.f1 >= TARGETS[t] else "below"
        click.echo(f"{t:<15} {s.precision:>9.3f} {s.recall:>7.3f} {s.f1:>6.3f} {TARGETS[t]:>7.2f} {mark}")


@cli.command()
@click.argument("article", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@_fail_cleanly
def explain(article: Path) -> None:
    """Show each fact read from an article with its evidence sentence and the rule that produced it.

    Example: kg explain seeds/000_ca08ccc277207dda.txt
    """
    from kg.build import process
    from kg.explain import lines
    from kg.read import read_path

    for line in lines(process(read_path(article))):
        click.echo(line)


@cli.command()
@click.argument("files", nargs=-1, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@_fail_cleanly
def validate(files: tuple[Path, ...]) -> None:
    """Check exports against ontology/shapes.ttl (SHACL); exits 1 when one does not conform.

    Example: kg validate exports/kg.ttl exports/kg.trig
    """
    from kg.rdf.validate import validate as check

    bad = 0
    for path in files or (DEFAULT_OUT / "kg.ttl", DEFAULT_OUT / "kg.trig"):
        conforms, reasons = check(path)
        click.echo(f"{path}: {'conforms' if conforms else f'does not conform ({len(reasons)} violations)'}")
        for reason in reasons:
            click.echo(f"{path}: {reason}", err=True)
        bad += not conforms
    if bad:
        raise SystemExit(1)


@cli.command()
@store_option
@click.option("--top", type=int, default=20, show_default=True, help="How many partners to list.")
@click.option("--focus", default="KR", show_default=True, help="Whose partners: an actor code.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
@_fail_cleanly
def analyze(store_path: str, top: int, focus: str, fmt: str) -> None:
    """Rank an actor's partners by tie strength, with sectors, dates and centrality.

    Example: kg analyze --top 10
    """
    import csv
    import dataclasses
    import io
    import json

    from kg.store.query import render_table

    if top < 1:
        raise KgError(f"--top must be at least 1, not {top}")
    ranked = open_graph(store_path).partners(focus, top=top)
    header = ["partner", "label", "type", "weight", "articles", "sectors", "first", "last", "pagerank"]
    table = [[p.code, p.label, p.type, f"{p.weight:.1f}", str(p.articles), " ".join(p.sectors), p.first, p.last,
              f"{p.pagerank:.4f}"] for p in ranked]
    if fmt == "json":
        click.echo(json.dumps([dataclasses.asdict(p) for p in ranked], indent=2, ensure_ascii=False))
    elif fmt == "csv":
        out = io.StringIO()
        csv.writer(out, lineterminator="\n").writerows([header, *table])
        click.echo(out.getvalue(), nl=False)
    else:
        click.echo(render_table(header, table).decode("utf-8"), nl=False)


@cli.command()
@store_option
@click.option("--top", type=int, default=300, show_default=True, help="Node budget of the view.")
@click.option("--focus", default="KR", show_default=True, help="The actor in focus.")
@click.option("--out", "out_file", default=str(DEFAULT_OUT / "graph.html"), show_default=True, type=click.Path(path_type=Path))
@_fail_cleanly
def render(store_path: str, top: int, focus: str, out_file: Path) -> None:
    """Write the interactive, offline HTML graph of the store's tie network.

    Example: kg render --focus ID --top 50 --out id.html
    """
    html = open_graph(store_path).render(out_file, focus=focus, top=top)
    click.echo(f"{out_file} ({len(html):,} bytes)")


@cli.command()
@store_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind (loopback by default).")
@click.option("--port", default=7878, show_default=True, type=int)
@click.option("--timeout", default=10.0, show_default=True, type=float, help="Seconds a query may take.")
@click.option("--max-bytes", default=64 << 20, show_default=True, type=int, help="Largest answer; larger ones get 413.")
@click.option("--concurrency", default=4, show_default=True, type=int, help="Queries evaluated at once.")
@_fail_cleanly
def serve(store_path: str, host: str, port: int, timeout: float, max_bytes: int, concurrency: int) -> None:
    """Serve the store as a read-only SPARQL 1.1 endpoint at /sparql, with the graph view at /graph.

    Example: kg serve --port 7878   (then: curl 'http://127.0.0.1:7878/sparql?query=ties&format=csv')
    """
    from kg.analyse import measures, project
    from kg.render import render as render_html
    from kg.store.serve import Limits, make_server

    graph = open_graph(store_path)
    store = graph.store()
    net = project(store)
    page = render_html(store, net, measures(net)) if net.number_of_nodes() else None
    try:
        server = make_server(store, host=host, port=port, graph_html=page,
                             limits=Limits(timeout=timeout, max_bytes=max_bytes, concurrency=concurrency))
    except OSError as e:
        raise KgError(f"{host}:{port}: cannot listen ({e.strerror})") from None
    import signal

    def stop(*_: object) -> None:
        raise KeyboardInterrupt  # SIGTERM stops the server the way Ctrl-C does, cleanly

    signal.signal(signal.SIGTERM, stop)
    with graph.serving():  # kg build refuses this store while it is served
        click.echo(f"kg: SPARQL endpoint at http://{host}:{server.server_address[1]}/sparql (Ctrl-C stops)", err=True)
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass
        finally:
            server.server_close()
