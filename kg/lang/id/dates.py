"""Indonesian calendar words. Source: KBBI month and day names, with the abbreviations news sites use."""

MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "feb": 2, "pebruari": 2, "maret": 3, "mar": 3,
    "april": 4, "apr": 4, "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7,
    "agustus": 8, "agu": 8, "agt": 8, "ags": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10, "oct": 10, "november": 11, "nov": 11, "nopember": 11,
    "desember": 12, "des": 12, "dec": 12,
    # English months appear in bylines and quotes.
    "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7, "august": 8,
    "october": 10, "december": 12,
}

DAYS = ("senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu", "minggu", "ahad")

# Phrases meaning "last year" / "this year" / "next year", as offsets from the article's year.
RELATIVE_YEARS = {"tahun lalu": -1, "tahun kemarin": -1, "tahun ini": 0, "tahun depan": 1}

# Words that put a sentence in the future: its years are not the article's date.
FUTURE_MARKERS = ("akan", "mendatang", "dijadwalkan", "direncanakan", "menargetkan", "target", "hingga")
