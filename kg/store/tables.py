"""Competency tables: the answers of the bundled per-fact queries (actors, people, ties, agreements,
meetings), computed per article at build time and kept in the build index.

Every one of those queries matches inside one article's graph (plus, for actors, the shared
descriptions), so its answer over the whole store is the concatenation of per-article answers in
article order. Each function below evaluates its query's graph pattern over one article's own
triples, with SPARQL's semantics (joins over all matching values, OPTIONAL, FILTER, STRAFTER), and
the rows are written as SPARQL 1.1 CSV. `kg query ties --format csv` then streams those chunks
instead of joining in the on-disk store (thousands of rows/s there, millions here).
tests/test_tables.py checks every table, byte for byte, against Oxigraph's answer to the .rq file.
"""

from __future__ import annotations

import csv
import io
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from operator import itemgetter

from kg.rdf.vocab import AGREEMENT_KIND, DIP, ORG, PRECISION, PROV, RDF_TYPE, RDFS, ROLE, SCHEMA, SECTOR, SKOS

Triple = tuple[str, str, str]  # N-Triples terms
Row = tuple[str, ...]

_TYPE, _NOTATION, _DERIVED = f"<{RDF_TYPE}>", f"<{SKOS}notation>", f"<{PROV}wasDerivedFrom>"
_CLASSES = {f"<{DIP.Country}>": "country", f"<{DIP.InternationalOrganization}>": "organization",
            f"<{DIP.Company}>": "company"}
_FILE_NAME = f"<{DIP.fileName}>"
_LOOKED_UP = frozenset(f"<{p}>" for p in (
    RDF_TYPE, DIP.fileName, SKOS + "notation", PROV + "wasDerivedFrom", SCHEMA + "mentions", RDFS + "label",
    ORG + "member", ORG + "role", ORG + "organization", SCHEMA + "name", DIP.actor, DIP.sector, DIP.agreementKind,
    DIP.party, DIP.date, DIP.datePrecision, DIP.participant, DIP.writtenName, DIP.sectorList))
_UNESCAPE = re.compile(r"\\(.)")
_UNESCAPED = {"\\": "\\", '"': '"', "n": "\n", "r": "\r", "t": "\t"}


@lru_cache(maxsize=8192)
def value(term: str) -> str:
    """The lexical value of an N-Triples term as kg's mapping writes it: IRI or literal."""
    if term.startswith("<"):
        return term[1:-1]
    body = term[1:term.rindex('"')]
    return _UNESCAPE.sub(lambda m: _UNESCAPED.get(m.group(1), m.group(1)), body) if "\\" in body else body


def _lang(term: str) -> str:
    end = term.rindex('"')
    return term[end + 2:] if term[end + 1:end + 2] == "@" else ""


def strafter(text: str, sep: str) -> str:
    """SPARQL STRAFTER: what follows the first `sep`, or '' when there is none."""
    at = text.find(sep)
    return text[at + len(sep):] if at >= 0 else ""


class TripleIndex:
    """One article's triples, indexed for the few lookups the competency tables need."""

    def __init__(self, triples: Iterable[Triple]):
        self.objects: defaultdict[tuple[str, str], list[str]] = defaultdict(list)
        self.typed: defaultdict[str, list[str]] = defaultdict(list)  # class → subjects
        self.named: list[tuple[str, str]] = []  # (article, file name literal)
        for s, p, o in triples:
            if p == _TYPE:
                self.typed[o].append(s)
            elif p == _FILE_NAME:
                self.named.append((s, o))
            if p in _LOOKED_UP:
                self.objects[s, p].append(o)

    def facts(self, cls: str) -> Iterator[tuple[str, str]]:
        """(article name, fact) for each fact of class `cls` derived from an article with a file name."""
        for f in self.typed[f"<{cls}>"]:
            for a in self.objects[f, _DERIVED]:
                for name in self.objects[a, _FILE_NAME]:
                    yield value(name), f

    def codes(self, actor: str) -> list[str]:
        return [value(c) for c in self.objects[actor, _NOTATION]]


def actors(g: TripleIndex, shared: TripleIndex) -> Iterator[Row]:
    for a, name in g.named:
        for x in g.objects[a, f"<{SCHEMA}mentions>"]:
            for code in shared.codes(x):
                for cls in shared.objects[x, _TYPE]:
                    kind = _CLASSES.get(cls)
                    if kind is None:
                        continue
                    for label in shared.objects[x, f"<{RDFS}label>"]:
                        if _lang(label) == "en":
                            yield value(name), code, kind, value(label)


def label(shared: TripleIndex, actor: str) -> str:
    """An actor's English label from the shared descriptions ('' when it has none), as the queries' OPTIONAL gives it."""
    return next((value(x) for x in shared.objects[actor, f"<{RDFS}label>"] if _lang(x) == "en"), "")


def people(g: TripleIndex, shared: TripleIndex) -> Iterator[Row]:
    for article, f in g.facts(DIP.RoleAssignment):
        for name in g.objects[f, f"<{DIP.writtenName}>"]:
            for r in g.objects[f, f"<{ORG}role>"]:
                for o in g.objects[f, f"<{ORG}organization>"]:
                    for code in g.codes(o):
                        yield article, value(name), strafter(value(r), "/role/"), code, label(shared, o)


def ties(g: TripleIndex, shared: TripleIndex) -> Iterator[Row]:
    for article, f in g.facts(DIP.Tie):
        members = g.objects[f, f"<{DIP.actor}>"]
        sectors = g.objects[f, f"<{DIP.sector}>"]
        for x in members:
            for y in members:
                for a in g.codes(x):
                    for b in g.codes(y):
                        if a < b:
                            for s in sectors or [""]:
                                yield (article, a, label(shared, x), b, label(shared, y),
                                       strafter(value(s), "/sector/") if s else "")


_LENGTH = {f"<{unit}>": length for length, unit in PRECISION.items()}


def dates(g: TripleIndex, f: str) -> list[str]:
    """An event's date as precise as the text gives it (the queries' SUBSTR of dip:date by dip:datePrecision)."""
    return [value(d)[:_LENGTH[p]] for d in g.objects[f, f"<{DIP.date}>"]
            for p in g.objects[f, f"<{DIP.datePrecision}>"]] or [""]


def agreements(g: TripleIndex, shared: TripleIndex) -> Iterator[Row]:
    for article, f in g.facts(DIP.Agreement):
        for k in g.objects[f, f"<{DIP.agreementKind}>"]:
            for x in g.objects[f, f"<{DIP.party}>"]:
                for party in g.codes(x):
                    for sectors in g.objects[f, f"<{DIP.sectorList}>"]:
                        for date in dates(g, f):
                            for title in g.objects[f, f"<{RDFS}label>"] or [""]:
                                yield (article, value(f), value(title) if title else "", strafter(value(k), "/agreement-kind/"),
                                       party, label(shared, x), date, value(sectors))


def meetings(g: TripleIndex, shared: TripleIndex) -> Iterator[Row]:
    for article, f in g.facts(DIP.Meeting):
        for x in g.objects[f, f"<{DIP.participant}>"]:
            for code in g.codes(x):
                for date in dates(g, f):
                    yield article, value(f), code, label(shared, x), date


# name → (columns as the .rq file selects them, row function, ORDER BY as column positions)
TABLES: dict[str, tuple[tuple[str, ...], Callable[[TripleIndex, TripleIndex], Iterator[Row]], tuple[int, ...]]] = {
    "actors": (("article", "code", "type", "label"), actors, (0, 1, 2, 3)),
    "people": (("article", "name", "role", "affiliation", "affiliation_label"), people, (0, 1, 2, 3)),
    "ties": (("article", "a", "a_label", "b", "b_label", "sector"), ties, (0, 1, 3, 5)),
    "agreements": (("article", "agreement", "name", "kind", "party", "party_label", "date", "sectors"), agreements,
                   (0, 1, 4, 3, 6, 2, 7)),
    "meetings": (("article", "meeting", "participant", "participant_label", "date"), meetings, (0, 1, 2, 4)),
}
assert ROLE.endswith("/role/") and SECTOR.endswith("/sector/") and AGREEMENT_KIND.endswith("/agreement-kind/")


def csv_rows(rows: Iterable[Row]) -> bytes:
    """Rows as SPARQL 1.1 CSV writes them (RFC 4180: CRLF, a field quoted when it holds , " CR or LF)."""
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    return out.getvalue().encode("utf-8")


def csv_header(name: str) -> bytes:
    return csv_rows([TABLES[name][0]])


def answers(triples: Iterable[Triple], shared: Iterable[Triple]) -> tuple[tuple[str, bytes], ...]:
    """(table name, CSV rows without header) for one article, each in its query's ORDER BY, without
    duplicates (the queries SELECT DISTINCT: over a union default graph a triple kept in two graphs matches twice)."""
    # The article's graph with the shared descriptions it names (actors' codes, the events it shares with other
    # articles): what a query over the union of the graphs sees of this article.
    shared = list(shared)
    g, s = TripleIndex(list(triples) + shared), TripleIndex(shared)
    out = []
    for name, (_columns, rows_of, order) in TABLES.items():
        rows = sorted(set(rows_of(g, s)), key=lambda r: (itemgetter(*order)(r), r))
        out.append((name, csv_rows(rows)))
    return tuple(out)
