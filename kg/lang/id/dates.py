"""Indonesian calendar words: month and day names from CLDR (via Babel, Indonesian and English, wide
and abbreviated), plus the spellings Indonesian news uses that CLDR lacks."""

from babel import Locale


def _months() -> dict[str, int]:
    out: dict[str, int] = {}
    for locale in ("id", "en"):  # English months appear in bylines and quotes
        for width in ("wide", "abbreviated"):
            for number, name in Locale(locale).months["format"][width].items():
                out.setdefault(name.lower().rstrip("."), number)
    return out


# Older spellings and abbreviations beyond CLDR's (KBBI and news usage).
_EXTRA_MONTHS = {"pebruari": 2, "mrt": 3, "agt": 8, "ags": 8, "sept": 9, "nopember": 11}

MONTHS: dict[str, int] = {**_months(), **_EXTRA_MONTHS}

# Month names written in full ("Mei", "Juli", "May"), not abbreviated: only these stand alone before a year or "lalu"
MONTH_NAMES: frozenset[str] = frozenset(name.lower() for locale in ("id", "en")
                                        for name in Locale(locale).months["format"]["wide"].values()) | {"pebruari", "nopember", "sept"}

DAYS: tuple[str, ...] = tuple(d.lower() for _, d in sorted(Locale("id").days["format"]["wide"].items())) + ("jum'at", "ahad")

# Phrases meaning "last year" / "this year" / "next year", as offsets from the article's year.
RELATIVE_YEARS = {"tahun lalu": -1, "tahun kemarin": -1, "tahun ini": 0, "tahun depan": 1}

# Words that put a sentence in the future: its years are not the article's date.
FUTURE_MARKERS = ("akan", "mendatang", "dijadwalkan", "direncanakan", "menargetkan", "target", "hingga")

# Verbs whose day is the day something was published or announced, not the day of what it tells: "dalam keterangan
# yang dirilis Jumat (15/8)", "Kedua pemerintah mengumumkan Kamis bahwa ..."; and the verbs that attribute a quote
# ('"...," ujar X kepada wartawan, Senin malam').
RELEASE_VERBS = ("dirilis", "diterbitkan", "dipublikasikan")
ANNOUNCE_VERBS = ("mengumumkan", "diumumkan")
QUOTE_VERBS = ("kata", "ujar", "ucap", "tutur", "ungkap", "jelas", "tegas")
