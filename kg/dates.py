"""Dates in Indonesian text: "Senin (19/1)", "Selasa (11/7/2023)", "27 Oktober", "Juni tahun lalu"."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.lang.id.dates import DAYS, FUTURE_MARKERS, MONTHS, RELATIVE_YEARS

_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_DAY = "|".join(DAYS)
# Month names are matched as any word and checked against MONTHS afterwards: a regex alternation
# of forty month names, tried at every position, costs more than the rest of extraction.
_WORD = r"([A-Za-z]{3,9})"
_PATTERNS = [
    ("iso", re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")),
    ("dmy_slash", re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b")),
    ("dm_slash", re.compile(r"\((\d{1,2})/(\d{1,2})\)")),
    ("d_month_y", re.compile(rf"\b(\d{{1,2}})(?:\s*[-–]\s*\d{{1,2}})?\s+{_WORD}\.?\s+(\d{{4}})\b")),
    ("d_month", re.compile(rf"\b(\d{{1,2}})(?:\s*[-–]\s*\d{{1,2}})?\s+{_WORD}\b(?!\s+\d)")),
    ("month_y", re.compile(rf"\b{_WORD}\s+(\d{{4}})\b")),
    ("month_rel", re.compile(rf"\b{_WORD}\s+(tahun lalu|tahun ini|tahun depan|lalu)\b", re.I)),
    ("year", re.compile(r"\b(?:tahun|pada|sejak|since|in)\s+(19\d\d|20\d\d)\b(?!\s*[-–/]\s*\d)", re.I)),
    ("rel_year", re.compile(r"\b(tahun lalu|tahun ini|tahun depan)\b", re.I)),
]
_STANDALONE_YEAR = re.compile(r"(?<![\d/\-–.,])\b(19\d\d|20\d\d)\b(?![\d/]|\s*[-–]\s*\d)")
_MONTHS_NAMES = {k for k in MONTHS if len(k) > 3}


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
    if not 1 <= d <= 31:
        return None
    return f"{y:04d}-{m:02d}-{d:02d}"


def find(text: str, *, year: int | None) -> list[DateHit]:
    """Dates in `text`, non-overlapping, first pattern wins; `year` fills in a missing year."""
    hits: list[DateHit] = []
    taken: list[tuple[int, int]] = []
    for name, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            value = _value(name, m, year)
            if not value or any(m.start() < e and m.end() > s for s, e in taken):
                continue
            if value:
                hits.append(DateHit(m.start(), m.end(), value))
                taken.append((m.start(), m.end()))
    return sorted(hits, key=lambda h: h.start)


def _value(name: str, m: re.Match[str], year: int | None) -> str | None:
    g = m.groups()
    if name in ("d_month_y", "d_month") and g[1].lower() not in MONTHS:
        return None
    if name in ("month_y", "month_rel") and g[0].lower() not in MONTHS:
        return None
    if name == "iso":
        return _iso(int(g[0]), int(g[1]), int(g[2]))
    if name == "dmy_slash":
        return _iso(int(g[2]), int(g[1]), int(g[0]))
    if name == "dm_slash":
        return _iso(year, int(g[1]), int(g[0])) if year else None
    if name == "d_month_y":
        return _iso(int(g[2]), MONTHS[g[1].lower()], int(g[0]))
    if name == "d_month":
        return _iso(year, MONTHS[g[1].lower()], int(g[0])) if year else None
    if name == "month_y":
        if g[0].lower() not in _MONTHS_NAMES:
            return None
        return _iso(int(g[1]), MONTHS[g[0].lower()])
    if name == "month_rel":
        if not year or g[0].lower() not in _MONTHS_NAMES:
            return None
        return _iso(year + RELATIVE_YEARS.get(g[1].lower(), 0), MONTHS[g[0].lower()])
    if name == "year":
        return _iso(int(g[0]))
    if name == "rel_year":
        return _iso(year + RELATIVE_YEARS[g[0].lower()]) if year else None
    return None


def infer_year(text: str) -> int | None:
    """The article's probable year when no dateline gives it: the latest year it names outside ranges."""
    years = [int(m.group(1)) for m in _STANDALONE_YEAR.finditer(text)]
    return max(years) if years else None


def is_future(sentence: str) -> bool:
    words = set(re.findall(r"\w+", sentence.lower()))
    return any(w in words for w in FUTURE_MARKERS)
