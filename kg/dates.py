"""Dates in Indonesian text: "Senin (19/1)", "Selasa (11/7/2023)", "27 Oktober", "Juni tahun lalu"."""

from __future__ import annotations

import calendar
import datetime
import re
from collections.abc import Iterator
from dataclasses import dataclass

from kg import prefilter
from kg.lang.id.dates import (
    ANNOUNCE_VERBS,
    DAYS,
    FUTURE_MARKERS,
    MONTH_NAMES,
    MONTHS,
    QUOTE_VERBS,
    RELATIVE_YEARS,
    RELEASE_VERBS,
)
from kg.lang.id.numbers import NUMBER_WORDS

_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_DAY = "|".join(DAYS)
# Month names are matched as any word and checked against MONTHS afterwards: a regex alternation
# of forty month names, tried at every position, costs more than the rest of extraction.
_WORD = r"([A-Za-z]{3,9})"


class _Found:
    """What the caller reads of a re.Match: its span and groups."""

    __slots__ = ("_span", "_groups")

    def __init__(self, start: int, end: int, groups: tuple[str, ...]):
        self._span, self._groups = (start, end), groups

    def start(self) -> int:
        return self._span[0]

    def end(self) -> int:
        return self._span[1]

    def groups(self) -> tuple[str, ...]:
        return self._groups


class _TailFirst:
    """finditer for `\\b HEAD \\s+ TAIL` that looks for the rarer TAIL first and checks HEAD just
    before it: Python's re tries a pattern that opens with a word class at every position, which
    cost more than all other date patterns together. Same matches (tests/test_dates.py compares)."""

    def __init__(self, head: str, tail: str, *, width: int, flags: int = 0):
        self.tail = prefilter.compile(rf"\s+(?:{tail})", flags)
        self.head = prefilter.compile(rf"\b{head}\Z", flags)
        self.width = width  # the longest HEAD

    def finditer(self, text: str) -> Iterator[_Found]:
        for t in self.tail.finditer(text):
            h = self.head.search(text, max(0, t.start() - self.width), t.start())
            if h:
                yield _Found(h.start(), t.end(), h.groups() + t.groups())


# other words for a part of a month or year: "penghujung Februari", "medio Maret", "permulaan 2024"
_PART = r"penghujung|ujung|permulaan|medio"
_DAYS_TO = r"(?:\s*[-–]\s*\d{1,2}|\s+(?:dan|hingga|sampai)\s+\d{1,2})"
_MONTH_ALTERNATION = "|".join(sorted(MONTH_NAMES, key=len, reverse=True))  # a rare tail: month names only
_PATTERNS: list[tuple[str, prefilter.Pattern | _TailFirst]] = [
    # "2024-03-12", "2024-03-12T14:30:00+07:00"; the year first with dots or slashes too ("2024.03.12", a dateline of
    # korea.net's)
    ("iso", prefilter.compile(r"\b(\d{4})-(\d{2})-(\d{2})(?:\b|(?=T\d))|\b(\d{4})\.(\d{2})\.(\d{2})\b(?!\.\d)|\b(\d{4})/(\d{2})/(\d{2})\b")),
    # "12/03/2024", "12-03-2024", "12.03.2024"
    ("dmy_slash", prefilter.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b|\b(\d{1,2})-(\d{1,2})-(\d{4})\b|\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b")),
    ("dmyy_slash", prefilter.compile(r"\((\d{1,2})/(\d{1,2})/(\d{2})\)")),  # "Senin (11/3/24)": the century is this one
    # "(11/3)", and after a weekday and a comma "pada Senin, 11/3"
    # and after "pada" / "tanggal" / "tgl.": "pada 11/3 lalu", "tgl. 11/3"; a span of days is its first: "Senin-Selasa
    # (11-12/3)"
    ("dm_slash", prefilter.compile(r"(?:\(|\b(?:" + _DAY + r"),\s+|\b(?:pada|tanggal|tgl\.?)\s+)(\d{1,2})(?:\s*[-–]\s*\d{1,2})?\s?/\s?(\d{1,2})"
                            r"(?:\)|\b(?!/\d))", re.IGNORECASE)),  # (and a stray space: "Selasa (12 /3)")
    # a span of days is its first: "10-11 Juli 2024", "pada 11 dan 12 Maret", "10 hingga 12 Juni"
    ("d_month_y", prefilter.compile(rf"\b(\d{{1,2}}){_DAYS_TO}?\s+{_WORD}\.?\s+(?:tahun\s+)?(\d{{4}})\b")),  # "5 Juni (tahun) 2022"
    ("d_month", prefilter.compile(rf"\b(\d{{1,2}}){_DAYS_TO}?\s+{_WORD}\b(?!\s+(?:tahun\s+)?\d)")),
    ("month_y", _TailFirst(_WORD, r"(?:tahun\s+)?(\d{4})\b", width=9)),  # "November (tahun) 2022"
    ("month_rel", _TailFirst(_WORD, r"(tahun lalu|tahun ini|tahun depan|lalu|mendatang)\b", width=9, flags=re.I)),
    # and a part of a year: "awal 2024", "pertengahan 2023", "paruh pertama 2024", "semester kedua 2025", "penghujung
    # 2023", "medio 2024"
    ("year", _TailFirst(r"(?:tahun|pada|di|sejak|since|in|setelah|sesudah|awal|akhir|pertengahan|" + _PART + r"|paruh\s+(?:pertama|kedua)"
                        r"|semester\s+(?:pertama|kedua|I|II)|(?:kuartal|triwulan)\s+(?:pertama|kedua|ketiga|keempat|I|II|III|IV))", r"(19\d\d|20\d\d)\b(?!\s*[-–/]\s*\d)", width=26, flags=re.I)),
    # the year in an event's name: "KTT NATO 2023 di Vilnius", "di sela-sela KTT G7 Hiroshima 2023"
    ("event_year", _TailFirst(r"(?:KTT|Summit|Sidang|Konferensi|Pertemuan|Forum|Dialog)(?:\s+(?:[A-Z][\w\-+]*|ke-\d+)){1,4}",
                              r"(19\d\d|20\d\d)\b(?!\s*[-–/]\s*\d)", width=80)),
    ("rel_year", prefilter.compile(r"\b(?:se(?=tahun\s+(?:yang\s+)?lalu))?(tahun (?:yang )?lalu|tahun ini|tahun depan)\b", re.I)),  # "setahun lalu"
    # a month named alone after "pada" / "bulan": the article's year ("dijadwalkan berkunjung ke Jakarta pada Mei")
    ("month_only", _TailFirst(r"(?:pada|bulan|awal|akhir|pertengahan|" + _PART +
                              r"|(?:pekan|minggu)\s+(?:pertama|kedua|ketiga|keempat|terakhir))",  # "pekan pertama Maret"
                              rf"({_MONTH_ALTERNATION})\b(?!\s*(?:tahun\s+)?\d)", width=17, flags=re.I)),
]
_STANDALONE_YEAR = prefilter.compile(r"(?<![\d/\-–.,])\b(19\d\d|20\d\d)\b(?![\d/]|\s*[-–]\s*\d)")


@dataclass(frozen=True)
class DateHit:
    start: int
    end: int
    value: str  # YYYY-MM-DD, YYYY-MM or YYYY


def _iso(y: int, m: int | None = None, d: int | None = None) -> str | None:
    if not 1900 <= y <= 2100:
        return None
    if m is None:
        return f"{y:04d}"
    if not 1 <= m <= 12:
        return None
    if d is None:
        return f"{y:04d}-{m:02d}"
    if not 1 <= d <= calendar.monthrange(y, m)[1]:
        return None  # "31/02/2024" is no day
    return f"{y:04d}-{m:02d}-{d:02d}"


_REL_MONTH = prefilter.compile(r"\b(?:se(?=bulan\s+(?:yang\s+)?lalu))?bulan\s+(?:yang\s+(?=lalu))?(lalu|ini|depan)\b", re.IGNORECASE)  # "sebulan lalu"
_MONTH_STEP = {"lalu": -1, "ini": 0, "depan": 1}
_DAY_OF_MONTH_BEFORE = prefilter.compile(r"\btanggal\s+(\d{1,2})\s+\Z", re.IGNORECASE)  # "tanggal 7 bulan ini"


def _valid_day(month: str, day: int) -> str | None:
    """`month` (YYYY-MM) on `day`, if the month has that day."""
    try:
        return datetime.date(int(month[:4]), int(month[5:7]), day).isoformat()
    except ValueError:
        return None


# "kemarin", "pekan lalu", and read tail first (cheaper than a pattern opening with any weekday or count): a weekday
# of a week told ("Rabu pekan lalu", "Senin minggu depan") and days ago ("dua hari lalu")
_REL_DAY = prefilter.compile(r"\b(kemarin\s+lusa|(?:besok\s+)?lusa|kemarin|tadi\s+malam|hari\s+ini|(?:pagi|siang|sore|malam)\s+ini|(?:pagi|siang|sore)\s+tadi|besok|(?<!hari\s)esok(?!\s+harinya)(?:\s+hari)?|(?:pekan|minggu)\s+(?:lalu|ini|depan)|pekan\s+kemarin"
                      r"|se(?:pekan|minggu)\s+(?:yang\s+)?lalu"  # "sepekan lalu": a week ago, as "pekan lalu"
                      r"|hari\s+(?:yang\s+)?lalu)\b(?!\s+lusa)", re.IGNORECASE)
_DAY_STEP = {"kemarin": -1, "tadi malam": -1, "hari ini": 0, "besok": 1, "pekan lalu": -7, "minggu lalu": -7, "pekan ini": 0,
             "pekan kemarin": -7,  # "akhir pekan kemarin": last week's ("Minggu kemarin" is last Sunday)
             "minggu ini": 0, "pekan depan": 7, "minggu depan": 7, "lusa": 2, "besok lusa": 2, "kemarin lusa": -2, "esok": 1,
             "esok hari": 1,
             # a part of the publication's day: "pagi ini", "malam ini", "sore tadi"
             **{f"{part} ini": 0 for part in ("pagi", "siang", "sore", "malam")},
             **{f"{part} tadi": 0 for part in ("pagi", "siang", "sore")}}
_QUOTES = prefilter.compile(r'["“”]')
_WEEKDAY_BEFORE = prefilter.compile(r"\b(" + "|".join(DAYS) + r")\s+\Z", re.IGNORECASE)
_COUNT_BEFORE = prefilter.compile(r"\b(\d|dua|tiga|empat|lima|enam)\s+\Z", re.IGNORECASE)
# how many months or years: "tiga bulan lalu", "dua tahun lalu", "beberapa bulan lalu" (none told)
_SPAN_COUNT_BEFORE = prefilter.compile(r"\b(\d{1,2}|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|beberapa)\s+\Z", re.IGNORECASE)
_WEEKDAY_THIS = prefilter.compile(r"\b(" + "|".join(DAYS) + r")\s+ini\b(?!\s+(?:juga|pula)\b)", re.IGNORECASE)
_WEEK_STEP = {"lalu": -1, "kemarin": -1, "ini": 0, "depan": 1}
_WEEKEND_BEFORE = prefilter.compile(r"\bakhir\s+\Z", re.IGNORECASE)


def _in_quote(text: str, start: int) -> bool:
    """`start` is inside a quote opened earlier on its line (the speaker's day, not the reporter's)."""
    return len(_QUOTES.findall(text, text.rfind("\n", 0, start) + 1, start)) % 2 == 1


def add_months(value: str, step: int) -> str:
    """The month `step` months after (before, if negative) the month of `value` (YYYY-MM or YYYY-MM-DD), as YYYY-MM."""
    y, m = divmod(int(value[:4]) * 12 + int(value[5:7]) - 1 + step, 12)
    return f"{y:04d}-{m + 1:02d}"


def count_of(word: str) -> int:
    """A count written in digits or as a word: "3", "tiga"."""
    return int(word) if word.isdigit() else NUMBER_WORDS[word.lower()]
_DAY_INDEX = {"senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "jum'at": 4, "sabtu": 5, "minggu": 6, "ahad": 6}


# a day written out right after "hari ini": "Hari ini, Selasa, 17 Mei 2016, Presiden ..."
_DAY_TOLD_AFTER = prefilter.compile(r"\s*,?\s*(?:(?:" + "|".join(DAYS) + r")\s*,?\s*)?(?:\(?\d{1,2}\s*/\s*\d{1,2}|\d{1,2}\s+(?:"
                                    + "|".join(sorted(MONTH_NAMES, key=len, reverse=True)) + r"))", re.IGNORECASE)


_SAME_YEAR = prefilter.compile(r"\b(?:(?:pada\s+)?(?:bulan\s+)?(" + _MONTH_ALTERNATION + r")\s+)?(?:pada\s+)?tahun\s+"
                               r"(yang\s+sama|berikutnya|sesudahnya|setelahnya)\b", re.IGNORECASE)
_WRITTEN_YEAR = prefilter.compile(r"\b(?:19|20)\d\d\b")
_YEAR_STEP = {"sama": 0, "berikutnya": 1, "sesudahnya": 1, "setelahnya": 1}
# a day of the month alone: "pada tanggal 14", "Pada tanggal 12, ..." (not "tanggal 12-17 April", "tanggal 14 Juni")
_DAY_ALONE = prefilter.compile(r"\btanggal\s+(\d{1,2})\b(?!\s*[-–/.]\s*\d|\s+(?:" + _MONTH + r")\b)", re.IGNORECASE)


def find(text: str, *, year: int | None, month: int | None = None, today: str | None = None) -> list[DateHit]:
    """Dates in `text`, non-overlapping, first pattern wins; `year` fills in a missing year, and with `month`
    (the publication's) "bulan lalu" / "bulan ini" / "bulan depan" are months too. With `today` (the
    publication's day) "kemarin" / "hari ini" / "besok" are days, where the reporter says them: not in a quote,
    whose "hari ini" is the speaker's day."""
    hits: list[DateHit] = []
    taken: list[tuple[int, int]] = []
    bare: set[int] = set()  # where a month is named alone
    if today and len(today) == 10:
        now = datetime.date.fromisoformat(today)
        for rel in _REL_DAY.finditer(text):
            said, start = " ".join(rel.group(1).lower().split()), rel.start()
            if said.startswith("se"):  # "sepekan (yang) lalu", "seminggu lalu"
                said = said[2:].split()[0] + " lalu"
            words = said.split()
            if words[0] == "hari" and words[-1] == "lalu":  # "dua hari lalu"
                count = _COUNT_BEFORE.search(text, max(0, start - 8), start)
                if count is None:
                    continue
                n = count.group(1).lower()
                told, start = (now - datetime.timedelta(days=int(n) if n.isdigit() else NUMBER_WORDS[n])).isoformat(), count.start()
            elif words[0] in ("pekan", "minggu") and (weekend := _WEEKEND_BEFORE.search(text, max(0, start - 8), start)):
                # "akhir pekan lalu" in a report of Monday 3 June: Saturday 1 June's month, not a week before's
                monday = now - datetime.timedelta(days=now.weekday())
                told = (monday + datetime.timedelta(days=7 * _WEEK_STEP[words[1]] + 5)).isoformat()[:7]
                start = weekend.start()
            elif words[0] in ("pekan", "minggu") and (weekday := _WEEKDAY_BEFORE.search(text, max(0, start - 10), start)):
                monday = now - datetime.timedelta(days=now.weekday())
                told = (monday + datetime.timedelta(days=7 * _WEEK_STEP[words[1]] + _DAY_INDEX[weekday.group(1).lower()])).isoformat()
                start = weekday.start()
            elif said == "kemarin" and (weekday := _WEEKDAY_BEFORE.search(text, max(0, start - 10), start)) and \
                    (last := weekday_on(weekday.group(1), (now - datetime.timedelta(days=1)).isoformat(), future=False)):
                # "pada Minggu kemarin": the last Sunday before the day of publication, not yesterday
                told, start = last, weekday.start()
            elif said == "hari ini" and _SPAN_COUNT_BEFORE.search(text, max(0, start - 10), start):
                continue  # "lawatan tiga hari ini": this three-day trip, not today
            elif said in ("hari ini", "kemarin") and _DAY_TOLD_AFTER.match(text, rel.end()):
                continue  # "Hari ini, Selasa, 17 Mei 2016, ...": the day written after it is the day (a page filed later)
            else:
                if _in_quote(text, start):
                    continue
                weeks = _COUNT_BEFORE.search(text, max(0, start - 8), start) if words[0] in ("pekan", "minggu") else None
                if weeks:  # "dua pekan lalu": that many weeks
                    n = weeks.group(1).lower()
                    said_step, start = _DAY_STEP[said] * (int(n) if n.isdigit() else NUMBER_WORDS[n]), weeks.start()
                else:
                    said_step = _DAY_STEP[said]
                day = now + datetime.timedelta(days=said_step)
                told = day.isoformat()[:7] if words[0] in ("pekan", "minggu") else day.isoformat()  # a week names no day
            hits.append(DateHit(start, rel.end(), told))
            taken.append((start, rel.end()))
    if today and len(today) == 10:
        # "pada hari Selasa ini dan Rabu besok": a weekday of the publication's week ("Minggu ini" is also "this week")
        monday = now - datetime.timedelta(days=now.weekday())
        for rel in _WEEKDAY_THIS.finditer(text):
            index = _DAY_INDEX.get(rel.group(1).lower())
            if index is None or index == 6 or any(rel.start() < e and rel.end() > s for s, e in taken) or \
                    _in_quote(text, rel.start()):
                continue
            hits.append(DateHit(rel.start(), rel.end(), (monday + datetime.timedelta(days=index)).isoformat()))
            taken.append((rel.start(), rel.end()))
    if year and month:
        for rel in _REL_MONTH.finditer(text):
            step, start = _MONTH_STEP[rel.group(1).lower()], rel.start()
            if day_of := _DAY_OF_MONTH_BEFORE.search(text, max(0, start - 16), start):
                # "pada tanggal 7 bulan ini": that day of it (a day the month lacks: the month)
                told_month = add_months(f"{year:04d}-{month:02d}", step)
                hits.append(DateHit(day_of.start(), rel.end(), _valid_day(told_month, int(day_of.group(1))) or told_month))
                taken.append((day_of.start(), rel.end()))
                continue
            count = _SPAN_COUNT_BEFORE.search(text, max(0, start - 10), start) if step else None
            if count and count.group(1).lower() == "beberapa":  # "beberapa bulan lalu": some months, no month told
                taken.append((count.start(), rel.end()))
                continue
            if count:  # "tiga bulan lalu": that many months
                step, start = step * count_of(count.group(1)), count.start()
            hits.append(DateHit(start, rel.end(), add_months(f"{year:04d}-{month:02d}", step)))
            taken.append((start, rel.end()))
    # "pada April 1995, ... pada Juni tahun yang sama", "Tahun 2012, ... tahun berikutnya": of the year written before
    for rel in _SAME_YEAR.finditer(text):
        written = list(_WRITTEN_YEAR.finditer(text, 0, rel.start()))
        if not written or any(rel.start() < e and rel.end() > s for s, e in taken):
            continue
        told_year = int(written[-1].group(0)) + _YEAR_STEP[rel.group(2).split()[-1].lower()]
        named = rel.group(1)
        same = f"{told_year:04d}-{MONTHS[named.lower()]:02d}" if named and named.lower() in MONTHS else f"{told_year:04d}"
        hits.append(DateHit(rel.start(), rel.end(), same))
        taken.append((rel.start(), rel.end()))
    for name, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            value = _value(name, m, year)
            if not value or any(m.start() < e and m.end() > s for s, e in taken):
                continue
            if name == "month_only" and today and len(today) == 10 and len(value) == 7:
                value = _nearest_month(value, today, _scheduled_before(text, m.start()), _recalled_before(text, m.start()),
                                       fronted=_opens_unmarked(text, m.start(), m.end()))
                bare.add(m.start())
            if name in ("d_month", "dm_slash") and today and len(today) == 10 and len(value) == 10:
                value = _nearest_year(value, today, text[m.end():m.end() + 12], _scheduled_before(text, m.start()),
                                      _weekday_told(text, m.start()))
            said = _rel_year(m.groups()[0]) if name == "rel_year" else ""
            if said and said != "tahun ini" and (count := _SPAN_COUNT_BEFORE.search(text, max(0, m.start() - 10), m.start())):
                # "dua tahun lalu": that many years; "beberapa tahun lalu": some, no year told
                n = count.group(1).lower()
                if n == "beberapa":
                    taken.append((count.start(), m.end()))
                    continue
                years = int(value[:4]) + RELATIVE_YEARS[said] * (count_of(n) - 1)
                hits.append(DateHit(count.start(), m.end(), f"{years:04d}"))
                taken.append((count.start(), m.end()))
                continue
            if name == "month_rel" and month and value and len(value) == 7:
                # "Juli lalu" told in March: last year's July; "Januari mendatang" told in March: next year's
                when = m.groups()[1].lower()
                if when == "lalu" and int(value[5:]) > month or when == "mendatang" and int(value[5:]) < month:
                    value = f"{int(value[:4]) + (-1 if when == 'lalu' else 1):04d}{value[4:]}"
            if value:
                start = m.end() - 4 if name == "event_year" else m.start()  # the year, not the event's name
                hits.append(DateHit(start, m.end(), value))
                taken.append((start, m.end()))
    for hit in sorted(hits, key=lambda h: h.start):
        # "pada Juli dan September": each month, of one year ("pada Juli dan Oktober 2023": the year written last)
        if hit.start not in bare:
            continue
        end, named = hit.end, [hit]
        while (more := _MORE_MONTHS.match(text, end)) and not any(s <= more.start(1) < e for s, e in taken):
            number = MONTHS[more.group(1).lower()]
            year_of = int(named[-1].value[:4]) + (number < int(named[-1].value[5:7]))
            named.append(DateHit(more.start(1), more.end(1), f"{year_of:04d}-{number:02d}"))
            taken.append((more.start(1), more.end(1)))
            hits.append(named[-1])
            end = more.end(1)
        after = next((h for h in hits if h.start > named[-1].start and len(h.value) == 7 and _AND_NEXT.fullmatch(text, named[-1].end, h.start)), None)
        if after is not None and all(int(h.value[5:7]) <= int(after.value[5:7]) for h in named):
            for h in named:
                hits[hits.index(h)] = DateHit(h.start, h.end, after.value[:4] + h.value[4:])
    for hit in sorted(hits, key=lambda h: h.start):  # "pada 2012 dan 1998", "pada 2015, 2019, dan 2023": each year
        end = hit.end
        while len(hit.value) == 4 and (more := _MORE_YEARS.match(text, end)) and \
                not any(s <= more.start(1) < e for s, e in taken):
            hits.append(DateHit(more.start(1), more.end(1), more.group(1)))
            taken.append((more.start(1), more.end(1)))
            end = more.end(1)
    for m in _DAY_ALONE.finditer(text):
        # "Pada tanggal 12, delegasi ini bertemu ...", after "pada tanggal 11-14 Agustus": a day of the month of the
        # day written last before it
        if any(s <= m.start(1) < e for s, e in taken):
            continue
        before = max((h for h in hits if h.end <= m.start() and len(h.value) == 10), key=lambda h: h.start, default=None)
        value = _valid_day(before.value[:7], int(m.group(1))) if before else None
        if value:
            hits.append(DateHit(m.start(1), m.end(1), value))
    return sorted(hits, key=lambda h: h.start)


_FULL_DAYS = [(name, pattern) for name, pattern in _PATTERNS if name in ("iso", "dmy_slash", "dmyy_slash", "d_month_y")]


def full_dates(text: str) -> list[DateHit]:
    """The dates of `text` with day, month and year written out: what find(text, year=None) gives of
    that length, from only the patterns that can give one without a year (none before them takes
    text without one), at a third of the cost."""
    hits: list[DateHit] = []
    taken: list[tuple[int, int]] = []
    for name, pattern in _FULL_DAYS:
        for m in pattern.finditer(text):
            value = _value(name, m, None)
            if value and not any(m.start() < e and m.end() > s for s, e in taken):
                hits.append(DateHit(m.start(), m.end(), value))
                taken.append((m.start(), m.end()))
    return sorted((h for h in hits if len(h.value) == 10), key=lambda h: h.start)


_AND_NEXT = prefilter.compile(r"\s*(?:,\s*(?:dan\s+|serta\s+)?|dan\s+|serta\s+)")
_MORE_MONTHS = prefilter.compile(_AND_NEXT.pattern + rf"({_MONTH_ALTERNATION})\b(?!\s*\d)", re.IGNORECASE)
_MORE_YEARS = prefilter.compile(_AND_NEXT.pattern + r"(19\d\d|20\d\d)\b(?![\d/]|\s*[-–]\s*\d)")
_PAST_AFTER = prefilter.compile(r"\)?\s*(?:yang\s+)?lalu\b", re.IGNORECASE)
_COMING_AFTER = prefilter.compile(r"\)?\s*(?:mendatang|yang\s+akan\s+datang)\b", re.IGNORECASE)


# what is scheduled, before a day in its sentence: "dijadwalkan bertemu X pada 22 November" is the next 22 November
_PLANNED_BEFORE = prefilter.compile(r"\b(?:dijadwalkan|direncanakan|akan|rencananya|berencana"
                             # an invitation is to what is to come: "mengundang Pak Presiden melakukan kunjungan resmi ke
                             # Astana pada 10 Oktober"
                             r"|mengundang|undangan"
                             # what is being prepared: "membahas persiapan kunjungan PM X ... pada Oktober"
                             r"|(?:persiapan|rencana)\s+(?:kunjungan|lawatan|KTT|pertemuan)"
                             # what two agree to hold: "sepakat untuk bertemu ... pada akhir Oktober"
                             r"|sepakat\s+(?:untuk\s+)?(?:(?:kembali|segera)\s+)?(?:bertemu|menggelar|mengadakan))\b", re.IGNORECASE)


def _told_before(pattern: prefilter.Pattern, text: str, start: int) -> bool:
    """The sentence has `pattern` before `start` (within 200 characters)."""
    return pattern.search(text, max(0, text.rfind(".", 0, start) + 1, start - 200), start) is not None


def _scheduled_before(text: str, start: int) -> bool:
    """The sentence says what is at `start` is scheduled ("dijadwalkan ... pada 6 November")."""
    return _told_before(_PLANNED_BEFORE, text, start)


# what is recalled, before a month in its sentence: "Keduanya terakhir bertemu pada Mei" is the last May
_RECALLED_BEFORE = prefilter.compile(r"\b(?:sebelumnya|pernah|terakhir(?:\s+kali)?)\b", re.IGNORECASE)


def _recalled_before(text: str, start: int) -> bool:
    """The sentence tells what is at `start` as past ("sebelumnya bertemu ... pada Mei")."""
    return _told_before(_RECALLED_BEFORE, text, start)


_SENTENCE_BREAK = prefilter.compile(r"[.!?][\"”]?\s+(?=[\"“]?[A-Z])|\n")


def _opens_unmarked(text: str, start: int, end: int) -> bool:
    """The month at start..end opens its sentence, before a comma ("Pada Maret, ..."), and the sentence has no word
    of the future."""
    if text[end : end + 1] != ",":
        return False
    opening = max((b.end() for b in _SENTENCE_BREAK.finditer(text, max(0, start - 400), start + 1)), default=0)
    if text[opening:start].strip(" \"“"):
        return False
    close = _SENTENCE_BREAK.search(text, end)
    return not is_future(text[opening : close.start() if close else len(text)])


def _nearest_month(value: str, today: str, planned: bool = False, recalled: bool = False, fronted: bool = False) -> str:
    """A month named alone ("pada akhir Desember" in a report of 2 January) is of the year that puts it nearest
    publication; one the sentence says is scheduled, the next one from the month before publication's on; one it
    recalls, the last one up to publication's."""
    year, month = int(value[:4]), int(value[5:7])
    now = int(today[:4]) * 12 + int(today[5:7]) - 1
    options = [(y * 12 + month - 1) for y in (year - 1, year, year + 1)]
    if planned:  # still to come, or last month's (a report a little late)
        options = [o for o in options if o >= now - 1] or options
    elif recalled:
        options = [o for o in options if o <= now] or options
    elif fronted:
        # a month opening a sentence with no word of the future tells the story's time: a month past or the next at
        # most ("Pada Maret, Yoon bertemu Kishida" in a year's review of December is March past)
        options = [o for o in options if o <= now + 1] or options
    # told without a word of the future, a month past is likelier than one to come: a coming one must be at most half
    # as far ("Pada Mei, ..." in a year's review of December is May past; "pertemuan perdana pada pertengahan Juni"
    # in late May is June to come)
    best = min(options, key=lambda o: (abs(o - now) * (2 if o > now and not planned else 1), o))
    return f"{best // 12:04d}-{best % 12 + 1:02d}"


def _nearest_year(value: str, today: str, after: str, planned: bool = False, weekday: str | None = None) -> str:
    """A day and month written without a year ("pada 28 Desember", "(7/11)") are of the year that puts them
    nearest publication; "28 Desember lalu" the last one before it, "6 November mendatang" (or one the sentence
    says is scheduled) the next after it; a weekday written with it ("Senin (7/10)") keeps the year where the day is
    that weekday, if it is within 250 days of publication."""
    day, now = datetime.date.fromisoformat(value), datetime.date.fromisoformat(today)
    options = []
    for y in (day.year - 1, day.year, day.year + 1):
        try:
            options.append(day.replace(year=y))
        except ValueError:  # 29 February
            continue
    index = _weekday_index(weekday) if weekday else None
    if index is not None:  # (a weekday written wrong does not move a day near publication a year away)
        options = [d for d in options if d.weekday() == index and abs((d - now).days) <= 250] or options
    if _PAST_AFTER.match(after):
        options = [d for d in options if d <= now] or options
    elif _COMING_AFTER.match(after) or planned and not any(0 < (now - d).days <= 14 for d in options):
        # what is scheduled is still to come, unless the day is just past: a report a few days late
        options = [d for d in options if d >= now] or options
    # as with a month named alone, a day past is likelier than one to come, told without a word of the future: a coming
    # one must be at most half as far ("bertemu ... yang mengunjungi Korea pada 27 Oktober" told in May is last October's)
    return min(options, key=lambda d: (abs((d - now).days) * (2 if d > now and not planned else 1), d)).isoformat()


def _rel_year(said: str) -> str:
    """ "tahun yang lalu" is "tahun lalu" (RELATIVE_YEARS' key)."""
    return said.lower().replace(" yang", "")


def _value(name: str, m: re.Match[str] | _Found, year: int | None) -> str | None:
    g = m.groups()
    if name in ("d_month_y", "d_month") and g[1].lower() not in MONTHS:
        return None
    if name in ("month_y", "month_rel") and g[0].lower() not in MONTHS:
        return None
    if name == "iso":
        year_, month, day = next(g[k:k + 3] for k in (0, 3, 6) if g[k] is not None)
        return _iso(int(year_), int(month), int(day))
    if name == "dmy_slash":
        day, month, year_ = next(g[k:k + 3] for k in (0, 3, 6) if g[k] is not None)
        return _iso(int(year_), int(month), int(day))
    if name == "dmyy_slash":
        return _iso(2000 + int(g[2]), int(g[1]), int(g[0]))
    if name == "dm_slash":
        return _iso(year, int(g[1]), int(g[0])) if year else None
    if name == "d_month_y":
        return _iso(int(g[2]), MONTHS[g[1].lower()], int(g[0]))
    if name == "d_month":
        return _iso(year, MONTHS[g[1].lower()], int(g[0])) if year else None
    if name == "month_y":
        if g[0].lower() not in MONTH_NAMES:
            return None
        return _iso(int(g[1]), MONTHS[g[0].lower()])
    if name == "month_rel":
        if not year or g[0].lower() not in MONTH_NAMES:
            return None
        return _iso(year + RELATIVE_YEARS.get(g[1].lower(), 0), MONTHS[g[0].lower()])
    if name == "month_only":
        if not year or g[0].lower() not in MONTH_NAMES or not g[0][:1].isupper():
            return None
        return _iso(year, MONTHS[g[0].lower()])
    if name in ("year", "event_year"):
        return _iso(int(g[0]))
    if name == "rel_year":
        return _iso(year + RELATIVE_YEARS[_rel_year(g[0])]) if year else None
    return None


def infer_year(text: str) -> int | None:
    """The article's probable year when no dateline gives it. The latest year it reports as past or
    present (outside ranges) bounds it from below, the earliest year it announces as future ("akan
    ... pada tahun 2026") from above; news announces what comes this year, so the upper bound wins."""
    past: list[int] = []
    future: list[int] = []
    for sentence in re.split(r"(?<=[.!?])\s+|\n+", text):
        years = [int(m.group(1)) for m in _STANDALONE_YEAR.finditer(sentence)]
        (future if is_future(sentence) else past).extend(years)
    if future and (not past or min(future) >= max(past)):
        return min(future)
    return max(past) if past else None


# "mulai dari perusahaan rintisan hingga energi", "dari Senin hingga Rabu": a range's end, not a time to come
_RANGE_END = prefilter.compile(r"\bdari\b[^.;]{1,60}?\bhingga\b", re.IGNORECASE)


def is_future(sentence: str) -> bool:
    words = set(re.findall(r"\w+", sentence.lower()))
    if "hingga" in words and _RANGE_END.search(sentence):
        words.discard("hingga")
    return any(w in words for w in FUTURE_MARKERS)


# the weekday a day is written with: "Senin (7/10)", "Senin malam (7/10)", "Kamis waktu setempat (29/8)", "Senin, 7 Oktober"
_WEEKDAY_WITH = prefilter.compile(r"\b(" + _DAY + r")\b(?:\s+(?:pagi|siang|sore|malam|dini\s+hari|waktu\s+setempat))*\s*,?\s*\(?\Z",
                           re.IGNORECASE)
_WEEKDAY_FIRST = prefilter.compile(r"(" + _DAY + r"),", re.IGNORECASE)  # "pada Senin, 7/10": the weekday opens the match
_LAST_AFTER = prefilter.compile(r"\s+(?:yang\s+)?lalu\b", re.IGNORECASE)
# where the next clause of a sentence starts: ", dan ...", ", sementara ...", ";"
NEXT_CLAUSE = prefilter.compile(r",\s+(?:dan|lalu|kemudian|serta|sebelum|sementara|sedangkan|namun|tetapi)\b|;")
# a clause of what is yet to come joined without a comma: "tiba pada Senin malam dan dijadwalkan bertemu X pada Selasa"
PLANNED_NEXT = prefilter.compile(r"\s(?:dan|lalu|kemudian|serta)\s+(?:juga\s+)?(?:akan|dijadwalkan|direncanakan)\b",
                                 re.IGNORECASE)
# (not weeks counted: "dalam dua minggu", "beberapa minggu setelah ...")
# (nor a part of a week: "awal minggu ini", "akhir minggu lalu"; a week, lower-case, told from this one: "minggu depan")
_WEEKS_COUNTED = "".join(rf"(?<!\b{w}\s)" for w in ("dua", "tiga", "empat", "lima", "enam", "satu", "beberapa", "dalam", "tiap",
                                                    "setiap", "per", "awal", "akhir", "pertengahan"))
_WEEKDAY = prefilter.compile(r"\b(" + "|".join(d for d in DAYS if d.lower() != "minggu") + r"|" + _WEEKS_COUNTED + r"(?<!\d\s)"
                             r"(?:(?-i:Minggu)|minggu(?!\s+(?:ini|depan|lalu|kemarin|berikutnya|sebelumnya)\b)))\b"
                             r"(?!\s*[,(]?\s*\(?\d)", re.IGNORECASE)


# the day a quote was said, after it: '"...," ujar Menteri Sekretaris Negara X kepada wartawan, Senin malam' (not
# '..., kata Yoon usai bertemu X, Senin': the talks' day)
_QUOTE_SAID = prefilter.compile(r"[\"”]\s*,?\s*(?:" + "|".join(QUOTE_VERBS) + r")(?:nya)?\b"
                                r"(?:(?!\b(?:bertemu|pertemuan|kunjungan|pembicaraan|KTT|menerima|tiba)\b)[^.;\"”])*,\s*(?:pada\s+)?\Z"
                                # and the day of an announcement or a release, right after its verb: "Kedua pemerintah
                                # mengumumkan Kamis bahwa mereka mengadakan pembicaraan ..."
                                r"|\b(?:" + "|".join(RELEASE_VERBS + ANNOUNCE_VERBS) + r")\s+(?:pada\s+)?(?:hari\s+)?\Z",
                                re.IGNORECASE)


def weekday_after(sentence: str, day: str, start: int = 0) -> str | None:
    """The first weekday named from `start` on ("..., sebelum ia bertolak ke Washington untuk bertemu Trump pada Senin"),
    as the first such day after `day` (YYYY-MM-DD): what is told to come after that day."""
    m = _WEEKDAY.search(sentence, start)
    index = _DAY_INDEX.get(m.group(1).lower().replace("'", "")) if m else None
    if index is None or len(day) != 10:
        return None
    when = datetime.date.fromisoformat(day)
    return (when + datetime.timedelta(days=(index - when.weekday() - 1) % 7 + 1)).isoformat()


# "Senin waktu setempat atau Selasa (14/11) dini hari WIB": the day where it happened, then the day in Jakarta
_LOCAL_OR_HOME = prefilter.compile(r"\b(" + _DAY + r")\s+(?:(?:pagi|siang|sore|malam)\s+)?waktu\s+setempat\s*,?\s+atau\s+"
                            r"(?:pada\s+)?(?:hari\s+)?(?:" + _DAY + r")\s*[(,]?\s*\Z", re.IGNORECASE)


def local_day(text: str, start: int, told: str) -> str:
    """The date told at `start` in `text`, or the local weekday's date just before it where the text gives the local
    day first ("Senin waktu setempat atau Selasa (14/11) dini hari WIB" is Monday the 13th)."""
    m = _LOCAL_OR_HOME.search(text, max(0, start - 80), start)
    index = _DAY_INDEX.get(m.group(1).lower().replace("'", "")) if m else None
    if index is None or len(told) != 10:
        return told
    when = datetime.date.fromisoformat(told)
    return (when - datetime.timedelta(days=(when.weekday() - index) % 7)).isoformat()


def weekday_before(sentence: str, published: str | None) -> str | None:
    """A weekday named without a date ("Kamis pagi, Yoon bertemu ...") is the last such day on or
    before publication (news reports what has happened), or the next one for what is announced."""
    if not published or len(published) != 10:
        return None
    m = next((w for w in _WEEKDAY.finditer(sentence) if not _QUOTE_SAID.search(sentence, max(0, w.start() - 100), w.start())),
             None)
    if not m:
        return None
    # what the weekday's clause says, not a later one's: "tiba di Jakarta pada Selasa malam, dan akan bertolak ke
    # Pakistan pada Kamis" ("... pada Senin malam dan dijadwalkan bertemu X pada Selasa") is the Tuesday past, as is
    # "pada Sabtu lalu" whatever follows
    later = min((c.start() for c in (NEXT_CLAUSE.search(sentence, m.end()), PLANNED_NEXT.search(sentence, m.end())) if c),
                default=len(sentence))
    # "Yoon dijadwalkan bertemu ... Jumat": the next such day
    last = _LAST_AFTER.match(sentence, m.end())
    day = weekday_on(m.group(1), published, future=not last and is_future(sentence[:later]))
    if day == published and last:
        # "pada Rabu lalu" in a report of a Wednesday: the one a week before
        return (datetime.date.fromisoformat(day) - datetime.timedelta(days=7)).isoformat()
    return day


def _weekday_told(text: str, start: int) -> str | None:
    """The weekday written with the day that starts at `start`: "Senin (7/10)", "Senin, 7/10"."""
    told = _WEEKDAY_WITH.search(text, max(0, start - 30), start) or _WEEKDAY_FIRST.match(text, start)
    return told.group(1) if told else None


def _weekday_index(name: str) -> int | None:
    """Monday 0 ... Sunday 6 for a weekday's name ("Jum'at" as "Jumat"), else None."""
    return _DAY_INDEX.get(name.lower().replace("'", ""))


def year_by_weekday(text: str, hit: DateHit, year: int) -> int:
    """The year of a day written without one where the weekday told with it ("Minggu (26/1)") falls on that day in the
    year guessed or the one after or before it (in that order); else the year guessed."""
    told = _weekday_told(text, hit.start)
    index = _weekday_index(told) if told else None
    if index is None or len(hit.value) != 10:
        return year
    month, day = int(hit.value[5:7]), int(hit.value[8:10])
    for candidate in (year, year + 1, year - 1):
        try:
            if datetime.date(candidate, month, day).weekday() == index:
                return candidate
        except ValueError:  # 29 February
            continue
    return year


def weekday_on(name: str, published: str, *, future: bool) -> str | None:
    """The day a weekday's name stands for: the last such day on or before publication (`published`, YYYY-MM-DD),
    or the next one on or after it for what is to come."""
    index = _weekday_index(name)
    if index is None or len(published) != 10:
        return None
    when = datetime.date.fromisoformat(published)
    if future:
        return (when + datetime.timedelta(days=(index - when.weekday()) % 7)).isoformat()
    return (when - datetime.timedelta(days=(when.weekday() - index) % 7)).isoformat()
