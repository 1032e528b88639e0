"""Reading files into Articles: encodings, bad files, metadata."""

from __future__ import annotations

import os

import pytest

from kg.errors import ArticleError
from kg.read import decode, read_path, read_text
from kg.sources import find_inputs

BODY = "Judul Berita\nJAKARTA - Korea Selatan dan Indonesia sepakat, Rabu (4/10/2017).\n"


@pytest.mark.parametrize("data", [
    BODY.encode("utf-8"),
    b"\xef\xbb\xbf" + BODY.encode("utf-8"),
    BODY.replace("\n", "\r\n").encode("utf-8"),
    BODY.encode("utf-16"),
])
def test_utf8_bom_crlf_and_utf16_read_the_same(tmp_path, data):
    path = tmp_path / "a.txt"
    path.write_bytes(data)
    article = read_path(path)
    assert article.title == "Judul Berita"
    assert article.published == "2017-10-04"
    assert "\r" not in article.raw and not article.raw.startswith("\ufeff")


def test_windows_1252_is_decoded_with_a_note():
    text, note = decode("Caf\u00e9 Seoul \u2013 kerja sama".encode("cp1252"), name="x.txt")
    assert text == "Caf\u00e9 Seoul \u2013 kerja sama"
    assert note and "Windows-1252" in note


@pytest.mark.parametrize("data, reason", [
    (b"", "empty"),
    (b"  \n\n\t ", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    (bytes(range(1, 32)) * 20, "binary"),
])
def test_empty_and_binary_files_are_refused_by_name(tmp_path, data, reason):
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    with pytest.raises(ArticleError, match=rf"bad\.txt: .*{reason}"):
        read_path(path)


def test_undecodable_bytes_are_refused_with_position(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes(b"Berita \x81\x8d\x8f\x90\x9d Korea")  # undefined in cp1252 too
    with pytest.raises(ArticleError, match="latin.txt: not UTF-8"):
        read_path(path)


def test_a_page_with_only_furniture_is_refused():
    with pytest.raises(ArticleError, match="only page furniture"):
        read_text("Advertisement\nA\nKomentar (0)\n", name="noise")


def test_source_url_and_publisher():
    article = read_text("Judul\nIsi berita.\nSumber: https://vtv.vn/berita-123.htm\n", name="x")
    assert article.url == "https://vtv.vn/berita-123.htm"
    assert article.publisher == "vtv.vn"


@pytest.mark.parametrize("header, date", [
    ("Minggu, 24 Agustus 2025 | 07:12 WIB", "2025-08-24"),
    ("Selasa, 23/05/2023 14:10 WIB", "2023-05-23"),
    ("Kamis 30 Nov 2023 15:20 WIB", "2023-11-30"),
    ("Write: 2025-11-02 10:14:52", "2025-11-02"),
    ("2022.12.02", "2022-12-02"),  # the year first, with dots (korea.net)
    ("2022/12/02 08:00", "2022-12-02"),
])
def test_dateline_formats(header, date):
    assert read_text(f"Judul\n{header}\nIsi berita pada Sabtu (1/11).\n", name="x").published == date


def test_missing_year_is_inferred_from_the_text():
    article = read_text("Judul\nKedua pemimpin bertemu pada hari Senin (19/1). Olimpiade 2026 segera.\n", name="x")
    assert article.published == "2026-01-19"


def test_a_missing_year_follows_the_weekday_told_with_the_day():
    # only "November 2024" to go by, but 26 January is a Sunday in 2025 (a Friday in 2024); a weekday that falls on
    # no year near it leaves the year guessed
    told = "Judul\nPrabowo menghadiri perayaan di New Delhi, Minggu (26/1). Keduanya bertemu pada November 2024.\n"
    assert read_text(told, name="x").published == "2025-01-26"
    wrong = "Judul\nPrabowo menghadiri perayaan di New Delhi, Kamis (31/1). Keduanya bertemu pada November 2024.\n"
    assert read_text(wrong, name="x").published == "2024-01-31"


def test_find_files_sorts_and_reports_missing_paths(tmp_path):
    (tmp_path / "b.txt").write_text("x")
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / "note.md").write_text("x")
    assert [os.path.basename(p) for _, p in find_inputs([tmp_path])] == ["a.txt", "b.txt"]
    with pytest.raises(ArticleError, match="no such file"):
        find_inputs([tmp_path / "nope"])
