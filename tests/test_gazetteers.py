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
    ("people.tsv", "Someone\tking\tKR\t\t", "people.tsv:.*unknown role 'king'"),
    ("companies.tsv", "SK\tKR\t", "companies.tsv:.*company name 'SK' is the code of Slovakia"),
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


@pytest.mark.parametrize("text, code", [
    ("Myanmar", "MM"),  # CLDR: "Myanmar (Burma)"
    ("Hong Kong", "HK"),  # CLDR: "Hong Kong DAK Tiongkok"
    ("Hongaria", "HU"),  # KBBI's spelling; CLDR has "Hungaria"
    ("Pantai Gading", "CI"),
    ("Palestina", "PS"),
    ("Negeri Paman Sam", "US"),  # the nicknames Indonesian news gives countries
    ("Negeri Jiran", "MY"),
    ("Negeri Kincir Angin", "NL"),
    ("Negeri Matahari Terbit", "JP"),
])
def test_names_news_uses_find_their_country(text, code):
    from kg.extract.lexicon import default

    hits = default().scan(f"Menteri Luar Negeri {text} tiba di Seoul.")["actor"]
    assert [(h.text, h.value.code) for h in hits][:1] == [(text, code)]


def test_a_qualified_name_shared_by_two_countries_gives_neither_its_short_form():
    from kg.gazetteers import _short_forms

    aliases = _short_forms({"XA": ("Foo (North)",), "XB": ("Foo (South)",), "XC": ("Bar SAR China",),
                            "XD": ("Qux (Old)",), "XE": ("Qux",)})
    assert [(a.text, a.code) for a in aliases] == [("Bar", "XC")]


def test_names_compare_without_their_letters_marks():
    from kg.gazetteers import fold_name

    assert fold_name("Recep Tayyip Erdoğan") == fold_name("Recep Tayyip Erdogan")
    assert fold_name("Šefčovič") == fold_name("Sefcovic") and fold_name("Lula") != fold_name("Lulu")


def test_a_known_name_written_with_marks_is_found_at_its_place_in_the_text():
    from kg.extract.lexicon import default

    text = "Presiden Turki Recep Tayyip Erdoğan tiba di Jakarta."
    hits = [h for h in default().scan(text)["person"]]
    assert [(h.value.of, text[h.start:h.end]) for h in hits] == [("TR", "Recep Tayyip Erdoğan")]


def test_a_two_letter_group_name_that_is_a_country_code_is_the_company():
    from kg.extract.lexicon import default

    hits = default().scan("Ketua SK Chey Tae-won bertemu Presiden AS.")["actor"]
    assert [(h.text, h.value.code, h.value.type) for h in hits][:1] == [("SK", "SK Group", "company")]
