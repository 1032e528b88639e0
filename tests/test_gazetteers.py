"""Gazetteer tables are validated row by row, with file and line in the error."""

from __future__ import annotations

import shutil

import pytest

from kg.errors import GazetteerError
from kg.gazetteers import HERE, load


@pytest.fixture
def tables(tmp_path):
    for f in HERE.glob("*.tsv"):
        shutil.copy(f, tmp_path / f.name)
    return tmp_path


def test_shipped_tables_load_with_every_cldr_country():
    g = load()
    assert g.actors["KR"].label_id == "Korea Selatan" and g.actors["KR"].qid == "Q884"
    assert len([a for a in g.actors.values() if a.type == "country"]) > 240
    assert g.actors["ASEAN"].type == "organization"


@pytest.mark.parametrize("file, row, message", [
    ("aliases.tsv", "Foo\tKR\tplanet", "aliases.tsv:.*unknown type 'planet'"),
    ("aliases.tsv", "Foo\tXX\tcountry", "aliases.tsv:.*unknown code 'XX'"),
    ("aliases.tsv", "Korsel\tJP\tcountry", "alias 'Korsel' names both KR and JP"),
    ("countries.tsv", "KR\tQ-1", "countries.tsv:.*bad Wikidata QID"),
    ("organizations.tsv", "bad code\t\tx\ty", "organizations.tsv:.*bad organization code"),
    ("people.tsv", "Someone\tking\tKR", "people.tsv:.*unknown role 'king'"),
])
def test_bad_rows_fail_with_file_and_line(tables, file, row, message):
    with (tables / file).open("a", encoding="utf-8") as f:
        f.write(row + "\n")
    with pytest.raises(GazetteerError, match=message):
        load(tables)


def test_a_wrong_header_is_named(tables):
    (tables / "companies.tsv").write_text("company\tcountry\nX\tKR\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match="companies.tsv: header must be name of"):
        load(tables)
