"""The tail-first date matchers (kg.dates._TailFirst) give the dates the plain regexes give."""

from __future__ import annotations

import re

import pytest

from kg import dates

from .conftest import GOLD, SEEDS

PLAIN = {
    "month_y": re.compile(rf"\b{dates._WORD}\s+(?:tahun\s+)?(\d{{4}})\b"),
    "month_rel": re.compile(rf"\b{dates._WORD}\s+(tahun lalu|tahun ini|tahun depan|lalu|mendatang)\b", re.I),
    "year": re.compile(r"\b(?:tahun|pada|di|sejak|since|in|setelah|sesudah|awal|akhir|pertengahan|penghujung|ujung|permulaan|medio|paruh\s+(?:pertama|kedua)"
                       r"|semester\s+(?:pertama|kedua|I|II)|(?:kuartal|triwulan)\s+(?:pertama|kedua|ketiga|keempat|I|II|III|IV))\s+(19\d\d|20\d\d)\b(?!\s*[-–/]\s*\d)", re.I),
    "event_year": re.compile(r"\b(?:KTT|Summit|Sidang|Konferensi|Pertemuan|Forum|Dialog)(?:\s+(?:[A-Z][\w\-+]*|ke-\d+)){1,4}"
                             r"\s+(19\d\d|20\d\d)\b(?!\s*[-–/]\s*\d)"),
    "month_only": re.compile(rf"\b(?:pada|bulan|awal|akhir|pertengahan|penghujung|ujung|permulaan|medio|(?:pekan|minggu)\s+(?:pertama|kedua|ketiga|keempat"
                             rf"|terakhir))\s+({dates._MONTH_ALTERNATION})\b(?!\s*(?:tahun\s+)?\d)", re.I),
}
TRICKY = [
    "Juni 2023, Juli  2024 dan xyz 2019 2020; pada Agustus lalu, Oktober tahun lalu dan Desember tahun depan.",
    "tahun 2019 - 2020, sejak 1998, since 2001/2, in 2010-an, Sejak\n2005 dan PADA 2007.",
    "Décembre 2020, Septembers 2021, AprilMei 2022, 12345 2019 2020, xx tahun lalu lalu, Maret\tlalu",
    "pada Mei, bulan Juni lalu, pada mei, pada Mei 2021, Pada\nJuli, bulan  Agustus, pada Jan.",
    "pekan pertama Maret, minggu  terakhir Juni, pekan kedua\nMei 2024, Januari mendatang, pekan lalu Mei.",
    "paruh pertama 2024, paruh  kedua\n2025, awal 2023, akhir 2022-an, semester II 2021, pertengahan 2020.",
    "penghujung 2023, medio Maret, ujung  Februari, permulaan\n2024, diujung 2019, Penghujung Mei 2022.",
    "pada bulan November tahun 2022, 5 Juni tahun 2021, bulan Mei tahun\n2020, Maret tahun lalu, tahun 2019.",
    "KTT NATO 2023, Sidang Umum PBB ke-78 2023, KTT G20 2022-2023, ktt G7 2021, Forum A B C D E 2019, KTT\nG7 Hiroshima 2023.",
]


def _found(text: str, year: int | None) -> list[tuple[int, int, str]]:
    return [(h.start, h.end, h.value) for h in dates.find(text, year=year)]


def test_tail_first_finds_the_dates_the_plain_regexes_find(monkeypatch) -> None:
    texts = TRICKY + [f.read_text(encoding="utf-8") for folder in (SEEDS, GOLD / "dev") for f in sorted(folder.glob("*.txt"))]
    fast = {(t, y): _found(t, y) for t in texts for y in (None, 2024)}
    monkeypatch.setattr(dates, "_PATTERNS", [(n, PLAIN.get(n, getattr(p, "compiled", p))) for n, p in dates._PATTERNS])
    assert all(isinstance(p, re.Pattern) for _, p in dates._PATTERNS)
    for (text, year), found in fast.items():
        assert found == _found(text, year), text[:60]
    assert sum(map(len, fast.values())) > 50, "the texts hold dates"
    assert ("2023-06") in {v for _, _, v in fast[TRICKY[0], None]}


def test_full_dates_are_the_full_dates_find_gives_without_a_year() -> None:
    texts = TRICKY + [f.read_text(encoding="utf-8") for folder in (SEEDS, GOLD / "dev") for f in sorted(folder.glob("*.txt"))]
    texts += ["12/03/2024 (12/3) 2024-03-12 12 Maret 2024", "Senin (11/3/2024), 11-03-2024, 5 - 7 Mei 2023", "31 Februari 2024"]
    found = 0
    for text in texts:
        full = [(h.start, h.end, h.value) for h in dates.full_dates(text)]
        assert full == [hit for hit in _found(text, None) if len(hit[2]) == 10], text[:60]
        found += len(full)
    assert found > 50, "the texts hold full dates"


@pytest.mark.parametrize(("sentence", "published", "expected"), [
    ("Masih pada Kamis pagi, Yoon bertemu Perdana Menteri Norwegia.", "2024-07-12", "2024-07-11"),
    ("Pada Jumat, kedua pemimpin bertemu.", "2024-07-12", "2024-07-12"),
    ("Yoon dijadwalkan bertemu Kishida pada Senin.", "2024-07-12", "2024-07-15"),
    ("Senin (14/6), Moon bertemu Kurz.", "2021-06-15", None),  # a dated weekday is the date's business
    ("Kedua pemimpin bertemu.", "2024-07-12", None),
    ("Kedua menteri bertemu pada Jumat lalu.", "2024-07-12", "2024-07-05"),  # told on a Friday: the Friday before
    ("Kedua menteri bertemu pada Senin lalu.", "2024-07-12", "2024-07-08"),
    # a later clause's future is not the weekday's: the Tuesday past, not the next
    ("Erdogan tiba di Jakarta pada Selasa malam, dan akan bertolak ke Pakistan pada Kamis.", "2025-02-13", "2025-02-11"),
    ("Erdogan akan tiba di Jakarta pada Selasa malam, lalu bertolak ke Pakistan.", "2025-02-13", "2025-02-18"),
    # ... joined without a comma, and a weekday "lalu" whatever follows it
    ("Kishida tiba di Jakarta pada Senin malam dan dijadwalkan bertemu Jokowi pada Selasa.", "2024-03-13", "2024-03-11"),
    ("Ruto tiba di Seoul pada Sabtu lalu, dan akan bertemu Yoon.", "2024-03-13", "2024-03-09"),
    # "minggu" counted or as part of a week is a week, not Sunday; "Minggu" and "hari minggu" are Sunday
    ("Lee akan mengunjungi AS untuk bertemu Trump dalam dua minggu.", "2025-08-01", None),
    ("Memang benar kita bertemu awal minggu ini.", "2024-11-21", None),
    ("Kedua menteri akan bertemu lagi minggu depan.", "2024-11-21", None),
    ("Kedua pemimpin bertemu pada Minggu.", "2024-11-21", "2024-11-17"),
    ("Kedua pemimpin bertemu pada hari minggu.", "2024-11-21", "2024-11-17"),
])
def test_a_weekday_without_a_date_is_resolved_against_publication(sentence, published, expected):
    assert dates.weekday_before(sentence, published) == expected


def test_days_told_against_publication_where_the_reporter_says_them():
    text = 'Keduanya bertemu kemarin. Hari ini ia bertolak, besok tiba. "Pertemuan hari ini penting," katanya. Pekan lalu pun.'
    found = [(text[h.start:h.end], h.value) for h in dates.find(text, year=2025, month=3, today="2025-03-15")]
    assert found == [("kemarin", "2025-03-14"), ("Hari ini", "2025-03-15"), ("besok", "2025-03-16"),
                     ("Pekan lalu", "2025-03")]
    assert dates.find(text, year=2025, month=3) == []  # without the publication's day, none


def test_last_night_and_the_day_after_one_told():
    """"tadi malam" is the night before publication, "pagi ini" its day; "esok harinya" is the day after a day told,
    not tomorrow."""
    text = "Keduanya bertemu tadi malam. Ia bertemu X esok harinya. Ia bertolak esok hari. Pagi ini ia pulang."
    found = [(text[h.start:h.end], h.value) for h in dates.find(text, year=2025, month=3, today="2025-03-15")]
    assert found == [("tadi malam", "2025-03-14"), ("esok hari", "2025-03-16"), ("Pagi ini", "2025-03-15")]


def test_a_span_of_days_this_is_no_today():
    """"Dalam lawatan tiga hari ini" is this three-day trip; "hari ini" alone is the publication's day."""
    text = "Dalam lawatan tiga hari ini Moon didampingi Menlu Chung. Beberapa hari ini cuaca cerah. Hari ini ia pulang."
    found = [(text[h.start:h.end], h.value) for h in dates.find(text, year=2021, month=6, today="2021-06-15")]
    assert found == [("Hari ini", "2021-06-15")]


def test_may_written_in_full_is_a_month_before_lalu_and_a_year():
    found = [h.value for h in dates.find("pada Mei lalu, Mei 2023 dan Sept 2023", year=2024)]
    assert found == ["2024-05", "2023-05", "2023-09"]


def test_a_weekday_of_a_week_told_is_that_day_and_a_week_alone_its_month():
    text = "Keduanya bertemu pada Rabu pekan lalu, lalu Senin minggu depan. Menlu bertemu awal pekan ini."
    found = [(text[h.start:h.end], h.value) for h in dates.find(text, year=2024, month=5, today="2024-05-09")]
    assert found == [("Rabu pekan lalu", "2024-05-01"), ("Senin minggu depan", "2024-05-13"), ("pekan ini", "2024-05")]


def test_months_and_years_ago_count_back_and_some_are_no_date():
    text = "Mereka bertemu dua tahun lalu, lalu tiga bulan lalu, beberapa bulan lalu dan beberapa tahun lalu; bulan lalu juga."
    found = [(text[h.start:h.end], h.value) for h in dates.find(text, year=2024, month=3, today="2024-03-13")]
    assert found == [("dua tahun lalu", "2022"), ("tiga bulan lalu", "2023-12"), ("bulan lalu", "2024-02")]


def test_a_day_of_this_last_or_next_month_is_that_day_and_never_a_count_of_months():
    text = "pada tanggal 7 bulan ini, tanggal 12 bulan lalu, tanggal 31 bulan depan (April has 30 days), dua bulan lalu"
    found = [(text[h.start:h.end], h.value) for h in dates.find(text, year=2024, month=3, today="2024-03-13")]
    assert found == [("tanggal 7 bulan ini", "2024-03-07"), ("tanggal 12 bulan lalu", "2024-02-12"),
                     ("tanggal 31 bulan depan", "2024-04"), ("dua bulan lalu", "2024-01")]


def test_a_span_of_days_is_its_first_day_however_joined():
    text = "pada 11 dan 12 Maret, 10-11 Juli 2024, 3 hingga 5 Juni 2023 dan 20 sampai 22 Mei; 12 Maret"
    found = [(text[h.start:h.end], h.value) for h in dates.find(text, year=2024)]
    assert found == [("11 dan 12 Maret", "2024-03-11"), ("10-11 Juli 2024", "2024-07-10"),
                     ("3 hingga 5 Juni 2023", "2023-06-03"), ("20 sampai 22 Mei", "2024-05-20"), ("12 Maret", "2024-03-12")]


def test_a_span_of_days_in_parentheses_after_two_weekdays_is_its_first_day():
    # "Senin-Selasa (11-12/3)": read as a span, not left unread (a bare weekday then dated the meeting by guess)
    text = "pada Senin-Selasa (11-12/3), Kamis hingga Jumat (14 - 15/3) dan Rabu (6/3)"
    found = [(text[h.start:h.end], h.value) for h in dates.find(text, year=2024, month=3, today="2024-03-13")]
    assert [value for _, value in found] == ["2024-03-11", "2024-03-14", "2024-03-06"]
    assert found[0][0] == "(11-12/3)"


def test_one_week_month_or_year_ago_written_as_one_word():
    text = "sepekan lalu, seminggu yang lalu, sebulan lalu, setahun yang lalu, dua tahun yang lalu; sebulan ini"
    found = [(text[h.start:h.end], h.value) for h in dates.find(text, year=2024, month=3, today="2024-03-05")]
    assert found == [("sepekan lalu", "2024-02"), ("seminggu yang lalu", "2024-02"), ("sebulan lalu", "2024-02"),
                     ("setahun yang lalu", "2023"), ("dua tahun yang lalu", "2022")]


def test_full_dates_with_dashes_a_timestamp_and_no_impossible_day():
    text = "Selasa, 12-03-2024 | 14:30 WIB; 2024-03-12T14:30:00+07:00; 31-02-2024, 29/02/2024, 29/02/2023, 2019-2024"
    assert [h.value for h in dates.find(text, year=2024)] == ["2024-03-12", "2024-03-12", "2024-02-29"]
    # and dots: "Jumat (8.3.2024)", "14.03.2024 | 10:15"; not a sum of money
    dotted = "Jumat (8.3.2024); 14.03.2024 | 10:15; Rp 2.500.000; 31.02.2024"
    assert [h.value for h in dates.find(dotted, year=2024)] == ["2024-03-08", "2024-03-14"]


@pytest.mark.parametrize(("text", "today", "expected"), [
    ("bertemu pada akhir Desember", "2025-01-02", "2024-12"),  # nearest publication: last year's
    ("dijadwalkan bertemu pada Januari", "2024-12-30", "2025-01"),  # scheduled: next year's
    ("bertemu pada Juni", "2024-03-13", "2024-06"),
    ("akan bertemu pada Oktober", "2024-12-20", "2025-10"),  # scheduled, long past: the next one
    ("dijadwalkan bertemu pada Oktober", "2024-11-02", "2024-10"),  # a report a little late
    ("Pada Mei, ia bertemu", "2023-12-30", "2023-05"),  # a year's review: the May past, though the next is nearer
    ("dengan pertemuan perdana pada Juni", "2024-05-27", "2024-06"),  # next month, much nearer than last June
    ("keduanya terakhir bertemu pada Mei", "2024-03-13", "2023-05"),  # recalled: the last May, though the next is nearer
    # a month opening a sentence with no word of the future: the story's time, a month past, though the next is nearer
    ("Sibuk sekali. Pada Maret, ia bertemu Kishida.", "2023-12-31", "2023-03"),
    ("Pada Maret, ia akan bertemu Kishida.", "2023-12-31", "2024-03"),  # (with one: the next)
])
def test_a_month_without_a_year_is_the_one_nearest_publication(text, today, expected):
    assert [h.value for h in dates.find(text, year=int(today[:4]), month=int(today[5:7]), today=today)] == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("bertemu dua kali, pada Juli dan September", ["2023-07", "2023-09"]),  # each month named, of one year
    ("bertemu pada Juli, September, dan Oktober 2023", ["2023-07", "2023-09", "2023-10"]),  # the year written last
    ("bertemu pada Juli dan Oktober 2022", ["2022-07", "2022-10"]),
    ("pada November dan Januari", ["2023-11", "2024-01"]),  # a month before the one named before: the next year's
    ("pada Juli dan menteri September", ["2023-07"]),  # no month joined to it
])
def test_months_named_together_are_each_a_month(text, expected):
    assert [h.value for h in dates.find(text, year=2024, month=3, today="2024-03-13")] == expected


def test_a_part_of_a_year_is_that_year():
    text = "pada paruh pertama 2024, awal 2023 dan semester kedua 2025, penghujung 2022, permulaan 2021"
    assert [h.value for h in dates.find(text, year=2024)] == ["2024", "2023", "2025", "2022", "2021"]
    assert [h.value for h in dates.find("pada penghujung Februari dan medio Maret", year=2024)] == ["2024-02", "2024-03"]


@pytest.mark.parametrize(("text", "today", "expected"), [
    ("pada 28 Desember", "2025-01-05", "2024-12-28"),  # nearest publication: last year's
    ("pada 11 Juli lalu", "2024-06-20", "2023-07-11"),  # past: the last one before publication
    ("Selasa (7/11)", "2024-01-10", "2023-11-07"),
    ("pada 6 November mendatang", "2024-12-01", "2025-11-06"),  # to come: the next one
    ("pada 14-16 Mei", "2024-06-20", "2024-05-14"),
    ("dua hari lalu", "2024-06-20", "2024-06-18"),
    ("pada akhir Mei", "2024-06-20", "2024-05"),
    ("membahas persiapan kunjungan PM X ke Seoul pada Oktober", "2024-03-13", "2024-10"),  # being prepared: to come
    ("bertemu pada akhir pekan lalu", "2024-06-03", "2024-06"),  # Saturday 1 June, not the week before's May
    ("tiba akhir pekan ini", "2024-05-29", "2024-06"),
    ("berkunjung akhir pekan depan", "2024-06-19", "2024-06"),
    ("bertemu pada Minggu kemarin", "2024-03-13", "2024-03-10"),  # the last Sunday, not yesterday
    ("bertemu pada Rabu kemarin", "2024-03-13", "2024-03-06"),
    # the weekday written with a day picks its year: 7 October 2024 was a Monday, 7 October 2023 a Saturday
    ("bertemu pada Senin (7/10)", "2024-03-13", "2024-10-07"),
    ("bertemu pada Sabtu (7/10)", "2024-03-13", "2023-10-07"),
    ("bertemu Senin, 7 Oktober", "2024-03-13", "2024-10-07"),
    ("bertemu Senin malam (7/10)", "2024-03-13", "2024-10-07"),
    ("Kamis (13/6)", "2025-06-14", "2025-06-13"),  # a weekday written wrong: the day near publication, not a year away
    ("bertemu pada 11/3 lalu", "2024-03-13", "2024-03-11"),  # a day and month after "pada", no brackets
    ("pada kuartal pertama 2024", "2024-03-13", "2024"),
    ("lawatan ketiganya setelah 2015", "2019-02-19", "2015"),  # a year right after "setelah"
    # told with no word of the future, a day past is likelier: one to come must be at most half as far
    ("yang mengunjungi Korea pada 27 Oktober", "2023-05-26", "2022-10-27"),
    ("akan mengunjungi Korea pada 27 Oktober", "2023-05-26", "2023-10-27"),
    ("mengunjungi Korea pada 27 Juli", "2023-05-26", "2023-07-27"),
    # an invitation is to what is to come
    ("mengundang Presiden melakukan kunjungan resmi ke Astana pada 10 Oktober", "2018-03-13", "2018-10-10"),
])
def test_a_day_without_a_year_is_the_one_nearest_publication_or_the_side_it_is_told_on(text, today, expected):
    assert [h.value for h in dates.find(text, year=int(today[:4]), month=int(today[5:7]), today=today)] == [expected]


def test_years_listed_after_a_year_are_each_a_date_and_a_number_or_a_span_is_not():
    found = [(h.value, h.start) for h in dates.find("setelah sebelumnya pada 2012 dan 1998; pada 2015, 2019, dan 2023; "
                                                     "tahun 2010 dan 2.000 orang; pada 2011 dan 1998-2000", year=2023)]
    assert [v for v, _ in found] == ["2012", "1998", "2015", "2019", "2023", "2010", "2011"]


@pytest.mark.parametrize(("text", "expected"), [
    ("menghadiri KTT NATO 2023 di Vilnius", [("2023", "2023")]),
    ("bertemu di sela-sela KTT G7 Hiroshima 2023", [("2023", "2023")]),
    ("dalam Sidang Umum PBB ke-78 2023", [("2023", "2023")]),
    ("KTT G20 di Bali pada November 2022", [("November 2022", "2022-11")]),  # a month and year: the month's pattern
    ("mendukung World Expo 2030 Busan", []),  # a bid's year, not an event's date
    ("KTT G20 2022-2023", []),  # a span is no year
])
def test_the_year_in_an_events_name_is_its_date_and_only_the_year_is_the_hit(text, expected):
    found = [(text[h.start:h.end], h.value) for h in dates.find(text, year=2024)]
    assert found == expected


def test_last_week_said_with_kemarin_is_last_week_and_a_sunday_with_kemarin_is_that_sunday():
    def found(text):
        return [h.value for h in dates.find(text, year=2024, month=3, today="2024-03-13")]
    assert found("pada akhir pekan kemarin") == ["2024-03"]  # the weekend of 9-10 March, not yesterday
    assert found("pada akhir pekan kemarin") != found("kemarin")
    assert found("Senin pekan kemarin") == ["2024-03-04"]
    assert found("pada Minggu kemarin") == ["2024-03-10"]


def test_a_day_and_month_after_the_abbreviation_of_tanggal():
    assert [h.value for h in dates.find("rapat pada tgl. 11/3 dan tgl 12/3", year=2024, month=3, today="2024-03-13")] == \
        ["2024-03-11", "2024-03-12"]


def test_older_spellings_and_abbreviations_of_months_beyond_cldr():
    text = "11 Mrt 2024, 17 Agt 2023, 3 Ags 2022, 5 Pebruari 2021 dan 9 Nopember 2020"
    assert [h.value for h in dates.find(text, year=2024)] == ["2024-03-11", "2023-08-17", "2022-08-03", "2021-02-05",
                                                              "2020-11-09"]


def test_a_month_with_its_year_after_tahun_is_that_year_s_month():
    found = [(h.value, text[h.start:h.end]) for text in ["kunjungan ke Korea pada bulan November tahun 2022 dan pada 5 Juni tahun 2021"]
             for h in dates.find(text, year=2023, month=10, today="2023-10-23")]
    assert found == [("2022-11", "November tahun 2022"), ("2021-06-05", "5 Juni tahun 2021")]


def test_a_weekday_said_with_ini_is_that_day_of_the_publications_week():
    def found(text):
        return [(h.value, text[h.start:h.end]) for h in dates.find(text, year=2024, month=3, today="2024-03-13")]
    assert found("KTT pada hari Rabu ini dan Kamis besok") == [("2024-03-13", "Rabu ini"), ("2024-03-14", "besok")]
    assert found("bertemu pada Jumat ini") == [("2024-03-15", "Jumat ini")]
    assert found("pada Senin ini") == [("2024-03-11", "Senin ini")]
    assert found("Minggu ini") == [("2024-03", "Minggu ini")]  # "this week" as often as Sunday: the week
    assert found('"Saya bertemu dia Jumat ini," katanya') == []  # the speaker's week, in a quote


def test_the_same_or_the_next_year_is_of_the_year_written_before_it():
    found = dates.find("berkunjung ke Almaty pada April 1995, lalu dibalas dengan kunjungan X pada Juni tahun yang sama. "
                       "Tahun 2012, Y berkunjung ke Jakarta dan dibalas Z tahun berikutnya.", year=2022, month=7, today="2022-07-05")
    assert [h.value for h in found] == ["1995-04", "1995-06", "2012", "2013"]
    assert dates.find("pada tahun yang sama", year=2022, month=7, today="2022-07-05") == []  # no year written before


def test_a_day_of_the_month_alone_is_in_the_month_of_the_day_told_before_it():
    text = ("Utusan itu datang ke Indonesia pada tanggal 11-14 Agustus lalu, seperti dibahas lewat telepon bulan Juni. "
            "Pada tanggal 12, utusan bertemu Menlu. Pertemuan berikutnya pada tanggal 14 Juni 2026, atau tanggal 7 bulan ini.")
    found = [(text[h.start:h.end], h.value) for h in dates.find(text, year=2025, month=8, today="2025-08-19")]
    assert ("12", "2025-08-12") in found and ("14 Juni 2026", "2026-06-14") in found  # (not June's: no day told)
    assert ("tanggal 7 bulan ini", "2025-08-07") in found and len(found) == 5  # its own month, read once
    assert dates.find("Pada tanggal 12, utusan bertemu Menlu.", year=2025, month=8) == []  # no day told before it
