"""Score the knowledge graph against gold annotations (../shared/corpus/ANNOTATION.md), through the competency queries."""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from kg.build import build
from kg.errors import KgError
from kg.resources import bundled_queries
from kg.store import Store

TYPES = ("actors", "people", "ties", "kr-ties", "tie-sectors", "agreements", "meetings")
TARGETS = {"actors": 0.95, "people": 0.90, "ties": 0.85, "kr-ties": 0.90, "tie-sectors": 0.75,
           "agreements": 0.70, "meetings": 0.75}


def fold(name: str) -> str:
    """Case-insensitive, hyphens and spaces folded."""
    return re.sub(r"[\s\-‐]+", "", name).casefold()


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
    people = Counter((fold(p["name"]), p["role"], fold(p["of"])) for p in gold["people"])
    ties = Counter(frozenset((fold(t["a"]), fold(t["b"]))) for t in gold["ties"])
    kr = Counter(t for t in ties if "kr" in t)
    sectors = Counter((frozenset((fold(t["a"]), fold(t["b"]))), s) for t in gold["ties"] for s in t.get("sectors", []))
    agreements = Counter((frozenset(map(fold, a["parties"])), a["kind"]) for a in gold["agreements"])
    meetings = Counter(frozenset(map(fold, m["participants"])) for m in gold["meetings"])
    return {"actors": actors, "people": people, "ties": ties, "kr-ties": kr, "tie-sectors": sectors,
            "agreements": agreements, "meetings": meetings}


def graph_facts(store: Store) -> dict[str, dict[str, Counter]]:
    """The store's facts per article, read through the bundled competency queries."""
    queries = {name: path.read_text(encoding="utf-8") for name, path in bundled_queries().items()}
    out: dict[str, dict[str, Counter]] = defaultdict(lambda: {t: Counter() for t in TYPES})
    for r in store.select(queries["actors"]):
        out[r["article"]]["actors"][fold(r["code"])] += 1
    for r in store.select(queries["people"]):
        out[r["article"]]["people"][(fold(r["name"]), r["role"], fold(r["affiliation"]))] += 1
    for r in store.select(queries["ties"]):
        pair = frozenset((fold(r["a"]), fold(r["b"])))
        facts = out[r["article"]]
        facts["ties"][pair] = 1
        if "kr" in pair:
            facts["kr-ties"][pair] = 1
        if r["sector"]:
            facts["tie-sectors"][(pair, r["sector"])] = 1
    parties: dict[tuple[str, str], set[str]] = defaultdict(set)
    kinds: dict[tuple[str, str], str] = {}
    for r in store.select(queries["agreements"]):
        parties[(r["article"], r["agreement"])].add(fold(r["party"]))
        kinds[(r["article"], r["agreement"])] = r["kind"]
    for (article, iri), ps in parties.items():
        out[article]["agreements"][(frozenset(ps), kinds[(article, iri)])] += 1
    participants: dict[tuple[str, str], set[str]] = defaultdict(set)
    for r in store.select(queries["meetings"]):
        participants[(r["article"], r["meeting"])].add(fold(r["participant"]))
    for (article, _), ps in participants.items():
        out[article]["meetings"][frozenset(ps)] += 1
    return out


def evaluate(gold_dir: Path, *, jobs: int | None = 1) -> Result:
    """Build `gold_dir`'s articles in a temporary store and compare with their .gold.json files."""
    golds = sorted(gold_dir.glob("*.gold.json"))
    if not golds:
        raise KgError(f"{gold_dir}: no .gold.json files")
    store = Store(None)  # in memory: nothing to clean up, nothing left behind
    texts = [g.with_name(g.name[: -len(".gold.json")] + ".txt") for g in golds]
    missing = [t for t in texts if not t.exists()]
    if missing:
        raise KgError(f"{missing[0]}: missing beside its gold file")
    report = build(texts, store, jobs=jobs)
    if report.refused:
        raise KgError(report.refused[0])
    predicted = graph_facts(store)
    result = Result(articles=len(golds))
    for g in golds:
        try:
            gold = json.loads(g.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as e:
            raise KgError(f"{g}: not a readable gold file ({e})") from None
        article = g.name[: -len(".gold.json")]
        want = gold_facts(gold)
        got = predicted[article]
        for t in TYPES:
            common = want[t] & got[t]
            s = result.scores[t]
            s.tp += sum(common.values())
            s.fn += sum((want[t] - common).values())
            s.fp += sum((got[t] - common).values())
            for key in sorted(map(_show, (want[t] - common).elements())):
                result.missed[article][t].append(key)
            for key in sorted(map(_show, (got[t] - common).elements())):
                result.invented[article][t].append(key)
    return result


def _show(key) -> str:
    if isinstance(key, frozenset):
        return "-".join(sorted(key)).upper()
    if isinstance(key, tuple):
        return " ".join(_show(k) if isinstance(k, frozenset) else str(k) for k in key)
    return str(key).upper()
