"""Score the knowledge graph against gold annotations (../shared/corpus/ANNOTATION.md), through the competency queries."""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from kg import gazetteers as gazetteer
from kg.build import build
from kg.errors import KgError
from kg.gazetteers import fold_name
from kg.resources import bundled_queries
from kg.store.embedded import Store

TYPES = ("actors", "people", "ties", "kr-ties", "tie-sectors", "agreements", "meetings",
         "published", "meeting-dates", "agreement-dates", "meeting-places")
TARGETS = {"actors": 0.95, "people": 0.90, "ties": 0.85, "kr-ties": 0.90, "tie-sectors": 0.80,
           "agreements": 0.75, "meetings": 0.80, "published": 0.95, "meeting-dates": 0.85,
           "agreement-dates": 0.0, "meeting-places": 0.0}
FOLDS = 4  # fixed folds by article number: dNN is in fold NN % 4
HELD_BACK = 3  # the fold no rule is written against: d03, d07, ..., d51

_LEGAL = re.compile(r"\b(?:PT|Tbk|Persero|Co|Ltd|Limited|Corp|Inc|LLC|GmbH|AG|A\.?\s?Ş|plc|SE)\b\.?|\(\s*\)", re.IGNORECASE)


fold = fold_name  # names are compared as the extractor compares them


def company_key(name: str) -> str:
    """A company's identity for scoring (ANNOTATION.md): legal forms are not part of it."""
    return fold(re.sub(r"[.,()]", " ", _LEGAL.sub(" ", name)))


def _initials(name: str) -> str:
    return "".join(w[0] for w in re.findall(r"[^\W\d_][\w&]*", _LEGAL.sub(" ", name)) if w[0].isupper()).casefold()


_INTRODUCED = re.compile(r"((?:[A-Z][\w&\-]*\s+){0,5}[A-Z][\w&\-]*)\s*\(([A-Z][A-Za-z0-9&\-]{1,9})\)")


class Companies:
    """Within one article, "PT PLN (Persero)", "PLN" and a full name's initials are one company: each
    predicted company name is scored as the gold company it names, if any."""

    def __init__(self, gold_names: list[str], text: str = "", codes: Iterable[str] = ()):
        self.codes = {fold(c) for c in codes}  # the article's countries and organizations are never a company
        self.gold = {company_key(n): fold(n) for n in gold_names}
        self.initials: dict[str, str] = {}
        for n in gold_names:  # "CJ" for "PT Cheil Jedang Indonesia": the initials of the name or of its first words
            letters = _initials(n)
            for k in range(len(letters), 1, -1):
                self.initials.setdefault(letters[:k], fold(n))
        for long, short in _INTRODUCED.findall(text):  # "Korea Gas Corporation (KOGAS)": one company
            words = long.split()
            for spelling in [" ".join(words[i:]) for i in range(len(words))]:  # "Direktur Utama PT Aneka Tambang Tbk"
                for a, b in ((spelling, short), (short, spelling)):
                    if company_key(b) in self.gold and company_key(a) not in self.gold:
                        self.gold[company_key(a)] = self.gold[company_key(b)]

    def __call__(self, name: str) -> str:
        if fold(name) in self.codes:
            return fold(name)
        key = company_key(name)
        if key in self.gold:
            return self.gold[key]
        if key in self.initials:
            return self.initials[key]
        # "Lotte Chemical" for "PT Lotte Chemical Indonesia": one gold name, and only one, begins with the other
        longer = {gold for gold_key, gold in self.gold.items()
                  if key and gold_key and min(len(key), len(gold_key)) >= 3 and (gold_key.startswith(key) or key.startswith(gold_key))}
        return longer.pop() if len(longer) == 1 else fold(name)




@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Result:
    scores: dict[str, Score] = field(default_factory=lambda: {t: Score() for t in TYPES})
    missed: dict[str, dict[str, list]] = field(default_factory=lambda: defaultdict(lambda: defaultdict(list)))
    invented: dict[str, dict[str, list]] = field(default_factory=lambda: defaultdict(lambda: defaultdict(list)))
    articles: int = 0

    def as_dict(self) -> dict:
        return {t: {"precision": round(s.precision, 4), "recall": round(s.recall, 4), "f1": round(s.f1, 4),
                    "tp": s.tp, "fp": s.fp, "fn": s.fn} for t, s in self.scores.items()}


def gold_facts(gold: dict) -> dict[str, Counter]:
    """The gold file's facts as multisets of comparable keys, per type."""
    actors = Counter(fold(a.get("code") or a.get("name", "")) for a in gold["actors"])
    dated = {
        "published": Counter([gold["published"]] if gold.get("published") else []),
        "meeting-dates": Counter((frozenset(map(fold, m["participants"])), m.get("date")) for m in gold["meetings"]),
        "agreement-dates": Counter((frozenset(map(fold, a["parties"])), a["kind"], a.get("date")) for a in gold["agreements"]),
        "meeting-places": Counter((frozenset(map(fold, m["participants"])), fold(gazetteer.default().place(m["place"]).name))
                                  for m in gold["meetings"] if m.get("place")),
    }
    people = Counter((fold(p["name"]), p["role"], fold(p["of"])) for p in gold["people"])
    ties = Counter(frozenset((fold(t["a"]), fold(t["b"]))) for t in gold["ties"])
    kr = Counter(t for t in ties if "kr" in t)
    sectors = Counter((frozenset((fold(t["a"]), fold(t["b"]))), s) for t in gold["ties"] for s in t.get("sectors", []))
    agreements = Counter((frozenset(map(fold, a["parties"])), a["kind"]) for a in gold["agreements"])
    meetings = Counter(frozenset(map(fold, m["participants"])) for m in gold["meetings"])
    return {"actors": actors, "people": people, "ties": ties, "kr-ties": kr, "tie-sectors": sectors,
            "agreements": agreements, "meetings": meetings, **dated}


_PUBLISHED = "SELECT ?article ?date WHERE { GRAPH ?g { ?d dip:fileName ?article ; schema:datePublished ?date } }"
_PLACES = "SELECT DISTINCT ?meeting ?place WHERE { ?meeting a dip:Meeting ; dip:place ?where . ?where rdfs:label ?place }"


def _at_precision(date: str | None, golds: list[str | None]) -> str | None:
    """A predicted date compared at the gold's precision (a gold "2023-07" is matched by "2023-07-15"). Where the
    gold has several events of the same parties, at the precision of the one the date matches ("2024-10-24" is
    the gold's "2024-10-24", not its "2023"), else of the first."""
    if not date:
        return date
    matching = [g for g in golds if g and date.startswith(g)]
    gold = max(matching, key=len) if matching else next(iter(golds), None)
    return date[: len(gold)] if gold and len(date) > len(gold) else date


def graph_facts(store: Store, companies: dict[str, Companies] | None = None,
                gold_dates: dict[str, dict] | None = None) -> dict[str, dict[str, Counter]]:
    """The store's facts per article, read through the bundled competency queries."""
    queries = {name: path.read_text(encoding="utf-8") for name, path in bundled_queries().items()}
    out: dict[str, dict[str, Counter]] = defaultdict(lambda: {t: Counter() for t in TYPES})
    companies = companies or {}
    gold_dates = gold_dates or {}

    def actor_key(name: str, article: str) -> str:
        """An actor code as scored: the article's company names count as their gold spelling."""
        return companies[article](name) if article in companies else fold(name)

    for r in store.select(queries["actors"]):
        out[r["article"]]["actors"][actor_key(r["code"], r["article"])] += 1
    for r in store.select(queries["people"]):
        out[r["article"]]["people"][(fold(r["name"]), r["role"], actor_key(r["affiliation"], r["article"]))] += 1
    for r in store.select(queries["ties"]):
        pair = frozenset((actor_key(r["a"], r["article"]), actor_key(r["b"], r["article"])))
        facts = out[r["article"]]
        facts["ties"][pair] = 1
        if "kr" in pair:
            facts["kr-ties"][pair] = 1
        if r["sector"]:
            facts["tie-sectors"][(pair, r["sector"])] = 1
    parties: dict[tuple[str, str], set[str]] = defaultdict(set)
    kinds: dict[tuple[str, str], str] = {}
    dates: dict[tuple[str, str], str | None] = {}
    for r in store.select(queries["agreements"]):
        parties[(r["article"], r["agreement"])].add(actor_key(r["party"], r["article"]))
        kinds[(r["article"], r["agreement"])] = r["kind"]
        dates[(r["article"], r["agreement"])] = r.get("date") or None  # unbound: no date, as the gold's null
    for (article, iri), ps in parties.items():
        key = (frozenset(ps), kinds[(article, iri)])
        out[article]["agreements"][key] += 1
        golds = gold_dates.get(article, {}).get(key, [])
        out[article]["agreement-dates"][key + (_at_precision(dates[(article, iri)], golds),)] += 1
    participants: dict[tuple[str, str], set[str]] = defaultdict(set)
    meeting_dates: dict[tuple[str, str], str | None] = {}
    for r in store.select(queries["meetings"]):
        participants[(r["article"], r["meeting"])].add(actor_key(r["participant"], r["article"]))
        meeting_dates[(r["article"], r["meeting"])] = r.get("date") or None
    places = {r["meeting"]: r["place"] for r in store.select(_PLACES)}
    for (article, meeting), ps in participants.items():
        out[article]["meetings"][frozenset(ps)] += 1
        golds = gold_dates.get(article, {}).get(frozenset(ps), [])
        out[article]["meeting-dates"][(frozenset(ps), _at_precision(meeting_dates[(article, meeting)], golds))] += 1
        if meeting in places:
            out[article]["meeting-places"][(frozenset(ps), fold(places[meeting]))] += 1
    for r in store.select(_PUBLISHED):
        out[r["article"]]["published"][r["date"]] += 1
    return out


def fold_of(article: str) -> int | None:
    """The fixed fold of a dev article ("d17_..." → 17 % FOLDS); None for other names."""
    m = re.match(r"d(\d+)_", article)
    return int(m.group(1)) % FOLDS if m else None


def evaluate(gold_dir: Path, *, jobs: int | None = 1, folds: set[int] | None = None,
             select: Callable[[str], bool] | None = None) -> Result:
    """Build `gold_dir`'s articles in a temporary store and compare with their .gold.json files;
    `folds` keeps only the dev articles of those folds, `select` the articles whose name it accepts."""
    golds = sorted(gold_dir.glob("*.gold.json"))
    if folds is not None:
        golds = [g for g in golds if fold_of(g.name) in folds]
    if select is not None:
        golds = [g for g in golds if select(g.name[: -len(".gold.json")])]
    if not golds:
        raise KgError(f"{gold_dir}: no .gold.json files")
    store = Store(None)  # in memory: nothing to clean up, nothing left behind
    texts = []
    for g in golds:  # the article as a .txt file, or as a saved web page
        stem = g.name[: -len(".gold.json")]
        found = next((g.with_name(stem + ext) for ext in (".txt", ".html", ".htm") if g.with_name(stem + ext).exists()), None)
        if found is None:
            raise KgError(f"{g.with_name(stem + '.txt')}: missing beside its gold file")
        texts.append(found)
    report = build(texts, store, jobs=jobs)
    if report.refused:
        raise KgError(report.refused[0])
    golden: dict[str, dict] = {}
    for g in golds:
        try:
            golden[g.name[: -len(".gold.json")]] = json.loads(g.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as e:
            raise KgError(f"{g}: not a readable gold file ({e})") from None
    companies = {a: Companies([x["name"] for x in gold["actors"] if x["type"] == "company"],
                              next(t for t in texts if t.stem == a).read_text(encoding="utf-8"),
                              [x["code"] for x in gold["actors"] if x["type"] != "company"]) for a, gold in golden.items()}
    gold_dates: dict[str, dict] = {}
    for article, gold in golden.items():
        keyed: list[tuple[object, str | None]] = [(frozenset(map(fold, m["participants"])), m.get("date")) for m in gold["meetings"]]
        keyed += [((frozenset(map(fold, a["parties"])), a["kind"]), a.get("date")) for a in gold["agreements"]]
        for key, date in keyed:
            gold_dates.setdefault(article, {}).setdefault(key, []).append(date)
    predicted = graph_facts(store, companies, gold_dates)
    result = Result(articles=len(golds))
    for article, gold in golden.items():
        want = gold_facts(gold)
        got = predicted[article]
        for t in TYPES:
            common = want[t] & got[t]
            s = result.scores[t]
            s.tp += sum(common.values())
            s.fn += sum((want[t] - common).values())
            s.fp += sum((got[t] - common).values())
            result.missed[article][t].extend(sorted(map(_show, (want[t] - common).elements())))
            result.invented[article][t].extend(sorted(map(_show, (got[t] - common).elements())))
    return result


def _show(key) -> str:
    if isinstance(key, frozenset):
        return "-".join(sorted(key)).upper()
    if isinstance(key, tuple):
        return " ".join(_show(k) if isinstance(k, frozenset) else str(k) for k in key)
    return str(key).upper()
