"""`kg eval` on the gold folders: the seeds and the first dev articles stay at their figures; the whole
dev folder and its held-back fold never fall below what has been reached (the targets are TARGETS)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from kg.cli import cli
from kg.evaluate import HELD_BACK, TARGETS, Score, evaluate, fold_of

from .conftest import GOLD, ROOT

# F1 the extraction had reached when each floor was set: a change that loses any of it fails here.
SEEDS_FLOOR = {"actors": .981, "people": 1.0, "ties": .870, "kr-ties": 1.0, "tie-sectors": .949, "agreements": 1.0,
               "meetings": 1.0, "published": .95, "meeting-dates": 1.0, "meeting-places": .667, "agreement-dates": .875}
FIRST_DEV_FLOOR = {"actors": 1.0, "people": 1.0, "ties": .974, "kr-ties": 1.0, "tie-sectors": .90, "agreements": .909,
                   "meetings": 1.0, "published": .95, "meeting-dates": 1.0}
DEV_FLOOR = {"actors": .969, "people": .966, "ties": .891, "kr-ties": .97, "tie-sectors": .81, "agreements": .793,
             "meetings": .956, "published": .95, "meeting-dates": .939, "agreement-dates": .661,
             "meeting-places": .891}
HELD_BACK_FLOOR = {"actors": .95, "people": .877, "ties": .889, "kr-ties": .99, "tie-sectors": .80, "agreements": .769,
                   "meetings": .877, "published": .95, "meeting-dates": .807, "agreement-dates": .70,
                   "meeting-places": .756}


def _below(result, floor):
    return {t: round(result.scores[t].f1, 3) for t, f in floor.items() if round(result.scores[t].f1, 3) < f}


@pytest.mark.parametrize(("name", "floor", "options"), [
    ("seeds", SEEDS_FLOOR, {}),
    ("dev d01-d12", FIRST_DEV_FLOOR, {"select": lambda n: int(n[1:3]) <= 12}),
    ("dev", DEV_FLOOR, {}),
    ("dev held-back fold", HELD_BACK_FLOOR, {"folds": {HELD_BACK}}),
])
def test_extraction_keeps_its_figures(name, floor, options):
    result = evaluate(GOLD / ("seeds" if name == "seeds" else "dev"), **options)
    assert not _below(result, floor), f"below the floor on {name}: {_below(result, floor)}"


def test_folds_are_fixed_by_article_number():
    assert [fold_of(n) for n in ("d03_x", "d04_x", "d51_x", "000_seed")] == [3, 0, 3, None]


def test_eval_cli_prints_a_table_and_json(runner):
    out = runner.invoke(cli, ["eval", str(GOLD / "seeds")]).output
    assert "precision" in out and "tie-sectors" in out
    data = json.loads(runner.invoke(cli, ["eval", str(GOLD / "seeds"), "--format", "json", "--details"]).output)
    assert data["articles"] == 5 and set(data["scores"]) == set(TARGETS)


def test_scores_are_computed_from_counts():
    s = Score(tp=8, fp=2, fn=8)
    assert (s.precision, s.recall, round(s.f1, 3)) == (0.8, 0.5, 0.615)


def test_gold_without_text_is_an_error(tmp_path):
    (tmp_path / "x.gold.json").write_text("{}")
    from kg.errors import KgError

    with pytest.raises(KgError, match="x.txt: missing"):
        evaluate(tmp_path)


def test_an_undated_fact_matches_a_gold_null_date(tmp_path):
    """A meeting or agreement the text does not date has no date in the graph: it scores as the gold's null."""
    (tmp_path / "a.txt").write_text("Judul\nIndonesia dan Korea Selatan akan menandatangani MoU energi.\n", encoding="utf-8")
    gold = {"file": "a.txt", "published": None, "actors": [{"code": "ID", "type": "country"}, {"code": "KR", "type": "country"}],
            "people": [], "ties": [{"a": "ID", "b": "KR", "kinds": ["agreement"], "sectors": ["energy"]}],
            "agreements": [{"parties": ["ID", "KR"], "kind": "mou", "sectors": ["energy"], "date": None}],
            "meetings": [], "memberships": []}
    (tmp_path / "a.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    score = evaluate(tmp_path).scores["agreement-dates"]
    assert (score.tp, score.fp, score.fn) == (1, 0, 0)


def test_a_date_is_compared_at_the_precision_of_the_gold_event_it_matches(tmp_path):
    """Two gold meetings of the same parties, one dated by its year and one by its day: a predicted day is scored
    against the day, not cut to the other's year."""
    (tmp_path / "a.txt").write_text(
        "Judul\nSelasa, 7 Januari 2025\nIndonesia hadir pada KTT BRICS di Johannesburg pada 2023 dan KTT BRICS di Kazan "
        "pada 24 Oktober 2024.\n", encoding="utf-8")
    gold = {"file": "a.txt", "published": "2025-01-07",
            "actors": [{"code": "ID", "type": "country"}, {"code": "BRICS", "type": "organization"}],
            "people": [], "ties": [{"a": "ID", "b": "BRICS", "kinds": ["meeting"], "sectors": []}], "agreements": [],
            "meetings": [{"participants": ["ID", "BRICS"], "date": "2023", "place": "Johannesburg"},
                         {"participants": ["ID", "BRICS"], "date": "2024-10-24", "place": "Kazan"}],
            "memberships": []}
    (tmp_path / "a.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    score = evaluate(tmp_path).scores["meeting-dates"]
    assert (score.tp, score.fp, score.fn) == (2, 0, 0)


def test_the_worked_on_articles_read_as_well_written_the_way_other_sites_write():
    """`scripts/rewrite_dev.py`: folds 0-2 with other sites' page lines between paragraphs, with "Senin, 10 Juni" for
    "Senin (10/6)", with "bertatap muka dengan" for "bertemu", "meneken"/"kerjasama"/"nota kesepahaman", the date line
    in figures, the story's paragraphs run into one line or one sentence a line, score no lower than as written (to
    the three decimals printed; the gold is the same)."""
    least_changed = {"page-noise": 30, "words": 30, "meet-words": 10, "sign-words": 30, "header-numbers": 30,
                     "one-paragraph": 30, "sentence-lines": 30}
    out = subprocess.run([sys.executable, str(ROOT / "scripts" / "rewrite_dev.py"),
                          *(arg for name in least_changed for arg in ("--only", name))],
                         capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 0, out.stderr
    rows = {line.split()[0]: line.split()[1:] for line in out.stdout.splitlines()[2:]}
    assert set(rows) == set(least_changed)
    for name, (changed, *deltas) in rows.items():
        assert int(changed) > least_changed[name] and all(float(d) >= 0 for d in deltas), out.stdout
