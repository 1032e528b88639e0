"""Cleaning page noise out of article bodies, on the seeds' real noise."""

from __future__ import annotations

import pytest

from kg.clean import clean_text, dateline_words
from kg.read import read_path

from .conftest import SEEDS

LEAD = "Korea Selatan dan Italia sepakat menjalin kerja sama dalam bidang mineral penting pada hari Senin (19/1)."


@pytest.mark.parametrize("noise", [
    "Advertisement",
    "Baca juga: Harga Emas Perhiasan Hari Ini Naik Rp12.000 per Gram",
    "Baca Juga: Pemprov DKI Siapkan 1.000 Personel Antisipasi Banjir",
    "A",
    "Komentar (0)",
    "KOMENTAR",
    "Halaman:",
    "Follow WhatsApp Channel Okezone untuk update berita terbaru setiap hari",
    "Presiden Korsel Lee Jae-myung (kiri) berjabat tangan sebelum KTT di Tokyo. (Foto: Yonhap)",
    "Ilustrasi. Presiden Joko Widodo menerima surat. ANTARA FOTO/Puspa Perwitasari",
    "KTT ASEAN - Korea ke-26 - Foto: VGP",
    ".jpg)",
    "Editor: Redaksi",
    "Scroll untuk melanjutkan membaca",
    'Simak Video "Momen Presiden Tiba di Bandara Gimhae"',
    "Saksikan video: Prabowo tiba di Seoul",
    "Gulir ke bawah untuk melanjutkan",
    "(kid/kid)",
    "16/07/2023, 08:12 WIB",
    "2023-07-16 08:12",
    "16 Juli 2023 | 08:12 WIB",
    "11 Oktober 2024 8:05 WIB",
])
def test_noise_lines_go(noise):
    assert clean_text(f"Judul\n{LEAD}\n{noise}\nPenutup berita ini panjang dan berakhir dengan titik.") == \
        f"Judul\n{LEAD}\nPenutup berita ini panjang dan berakhir dengan titik."


def test_a_story_scraped_without_line_breaks_keeps_its_paragraphs_and_loses_the_credit_and_dateline():
    caption = "Presiden Yoon (kiri) berjabat tangan dengan Presiden Zelensky di Kyiv. (Foto: Kantor Kepresidenan via AP)"
    story = " ".join([LEAD] * 5)
    assert clean_text(f"Judul\n{caption} JAKARTA - {story}") == \
        f"Judul\nPresiden Yoon (kiri) berjabat tangan dengan Presiden Zelensky di Kyiv. {story}"


def test_a_page_without_blank_lines_loses_its_subheadings_and_lone_dateline_and_keeps_its_sentences():
    second = "Perusahaan itu meneken kesepakatan dengan dua BUMN Tanzania untuk membangun pembangkit panas bumi."
    text = f"Judul\nJakarta, CNN Indonesia --\n{LEAD}\nPanas bumi Tanzania\n{second}\nKesepakatan ini\nbernilai besar."
    assert clean_text(text) == f"Judul\n{LEAD}\n{second}\nKesepakatan ini\nbernilai besar."


def test_a_sentence_that_opens_with_a_date_and_its_hour_stays():
    line = "16 Juli 2023 pukul 08.12 waktu setempat, kedua menteri menandatangani nota kesepahaman di Seoul."
    assert clean_text(f"Judul\n{line}") == f"Judul\n{line}"


def test_related_headline_lists_go_with_their_header():
    text = f"Judul\n{LEAD}\nArtikel Terkait\nKemendag Pertemukan Pelaku Animasi\nPresiden AS Joe Biden Memulai Kunjungan"
    assert clean_text(text) == f"Judul\n{LEAD}"


def test_dateline_prefix_and_repeated_caption_go():
    text = f"Judul\nJAKARTA - {LEAD}\n{LEAD[:80]}"
    assert clean_text(text) == f"Judul\n{LEAD}"


def test_a_caption_with_its_photographer_and_agency_goes_with_its_uncredited_copy_before_it():
    caption = "Presiden Korea Selatan Moon Jae-in melakukan kunjungan ke Austria."
    text = f"Judul\n{caption}\n{caption} /Jabin Botsford/Pool via REUTERS\n{LEAD}"
    assert clean_text(text) == f"Judul\n{LEAD}"
    # a story's sentence that ends with a slash and an agency's name in its words stays
    kept = "Kedua negara membahas kerja sama media, termasuk antara kantor berita ANTARA dan Yonhap."
    assert clean_text(f"Judul\n{kept}\n{LEAD}") == f"Judul\n{kept}\n{LEAD}"


@pytest.mark.parametrize("dateline", ["JAKARTA, investor.id - ", "Liputan6.com, Lima - ", "TEMPO.CO, Jakarta - ",
                                      "Jakarta, CNBC Indonesia - ", "Vientiane (ANTARA) - ", "Rio de Janeiro - ",
                                      "Dar es Salaam - ", "Seoul, 18 Juni 2025 - "])
def test_a_dateline_goes_however_the_outlet_writes_its_name(dateline):
    assert clean_text(f"Judul\n{dateline}{LEAD}") == f"Judul\n{LEAD}"


def test_seed_noise_is_gone_and_the_story_stays():
    body = clean_text(read_path(SEEDS / "001_8f08c039d3e307b3.txt").raw)
    assert "Artikel Terkait" not in body and "Jung Chae Yull" not in body and "Lituania" not in body
    assert "Jens Stoltenberg" in body and "Selandia Baru" in body
    body = clean_text(read_path(SEEDS / "003_012170eb7bd0eae3.txt").raw)
    assert "Advertisement" not in body and "\nA\n" not in body and "Berita Terkait" not in body
    assert body.startswith("Indonesia-Korea Selatan Perkuat Kerja Sama Industri 4.0\nMenteri Perindustrian")


def test_subheadings_go_and_list_items_and_the_title_stay():
    text = ("Korea Selatan dan Jepang Sepakat\n\nKorea Selatan dan Jepang sepakat memperkuat kerja sama.\n\n"
            "Beijing dan Moskwa menyambut\n\nTiongkok menyampaikan ucapan selamat.\n\n"
            "Berikut dokumen yang diteken:\n1. Nota Kesepahaman tentang Energi;\n2. Protokol Kesehatan Hewan\n")
    lines = [line for line in clean_text(text).split("\n") if line]
    assert lines[0] == "Korea Selatan dan Jepang Sepakat"
    assert "Beijing dan Moskwa menyambut" not in lines
    assert "2. Protokol Kesehatan Hewan" in lines and "Tiongkok menyampaikan ucapan selamat." in lines


def test_dateline_words_are_what_early_lines_put_before_a_dash():
    text = ("Judul Berita Panjang Sekali\n\nSelasa 15 Jun 2021 05:47 WIB\nREPUBLIKA.CO.ID, WINA -- Korea Selatan dan Austria "
            "sepakat ...\nOSLO, KOMPAS.com - Moon ...\nVientiane (ANTARA) - Para menteri ...")
    assert dateline_words(text) == ["REPUBLIKA.CO.ID", "WINA", "OSLO", "KOMPAS.com", "Vientiane"]
    assert dateline_words("Judul\nPresiden Korea Selatan bertemu - lagi - di Seoul.\nkecil - bukan") == []


def test_a_page_opening_with_its_dateline_has_an_empty_title_line():
    """No headline before the date: the lead stays a sentence of the body, not the title."""
    body = clean_text("Rabu, 13 Maret 2024 | 08:15 WIB\nJokowi bertemu Kishida di Tokyo, Selasa (12/3).\nKeduanya membahas energi.")
    assert body.split("\n")[:2] == ["", "Jokowi bertemu Kishida di Tokyo, Selasa (12/3)."]
    titled = clean_text("Jokowi Temui Kishida\nRabu, 13 Maret 2024 | 08:15 WIB\nJokowi bertemu Kishida di Tokyo, Selasa (12/3).")
    assert titled.split("\n")[0] == "Jokowi Temui Kishida"
