"""`kg eval` on both gold folders meets the extraction targets of the quality issue."""

from __future__ import annotations

import json

import pytest

from kg.cli import cli
from kg.evaluate import TARGETS, Score, evaluate

from .conftest import GOLD


@pytest.mark.parametrize("folder", ["seeds", "dev"])
def test_extraction_meets_the_targets(folder):
    result = evaluate(GOLD / folder)
    below = {t: round(s.f1, 3) for t, s in result.scores.items() if s.f1 < TARGETS[t]}
    assert not below, f"below target on {folder}: {below}"


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
