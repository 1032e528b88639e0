"""Files → Article: decoding, title, dateline date, source URL, publisher. Reads; never cleans."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from pathlib import Path

from kg import dates
from kg.article import Article
from kg.errors import ArticleError
from kg.lang.id.noise import DATELINE_PREFIX, NOISE_LINE, SOURCE_LINE

_SITE_PREFIX = re.compile(r"^\s*([A-Za-z0-9-]+\.(?:co\.id|id|com|net|vn|kr))\s*[-–—]", re.IGNORECASE | re.MULTILINE)
_HEADER_LINES = 8
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")


def decode(data: bytes, *, name: str) -> tuple[str, str | None]:
    """Text of `data` and a note when it was not UTF-8; ArticleError for empty or binary input."""
    if not data.strip():
        raise ArticleError(f"{name}: empty file")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "decoded as UTF-16"
    if b"\x00" in data:
        raise ArticleError(f"{name}: binary file (contains NUL bytes), not an article")
    try:
        text, note = data.decode("utf-8-sig"), None
    except UnicodeDecodeError as e:
        try:
            text, note = data.decode("cp1252"), "not UTF-8: decoded as Windows-1252"
        except UnicodeDecodeError:
            raise ArticleError(f"{name}: not UTF-8 text ({e.reason} at byte {e.start})") from None
    controls = len(_CONTROL.findall(text))
    if controls > max(2, len(text) // 100):
        raise ArticleError(f"{name}: binary file ({controls} control characters), not an article")
    return text, note


def read_text(text: str, *, name: str, source: str = "", note: str | None = None) -> Article:
    """An Article from already decoded text: normalised newlines, title, date, URL and publisher."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n")).replace("\u00a0", " ")
    lines = [line.strip() for line in text.split("\n")]
    content = [line for line in lines if line and not NOISE_LINE.match(line)]
    if not content:
        raise ArticleError(f"{name}: no article text (only page furniture)")
    url_match = SOURCE_LINE.search(text)
    url = url_match.group(1).rstrip(".,)") if url_match else None
    site = _SITE_PREFIX.search(text)
    publisher = site.group(1).lower() if site else (re.sub(r"^https?://(www\.)?", "", url).split("/")[0] if url else None)
    return Article(
        name=name,
        source=source,
        raw=text,
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        title=DATELINE_PREFIX.sub("", content[0]),
        published=published_date([line for line in lines if line]),
        url=url,
        publisher=publisher,
        notes=(note,) if note else (),
    )


def read_path(path: Path) -> Article:
    """Read one article file; ArticleError names the file when it cannot be an article."""
    try:
        data = path.read_bytes()
    except OSError as e:
        raise ArticleError(f"{path}: cannot read ({e.strerror})") from None
    text, note = decode(data, name=str(path))
    return read_text(text, name=path.stem, source=str(path), note=note)


def published_date(lines: list[str]) -> str | None:
    """The dateline's date; else the first full date in the text; else a day and month with an inferred year."""
    header = "\n".join(line for line in lines[:_HEADER_LINES] if len(line) < 80)
    full = dates.full_dates(header)
    if full:
        return full[0].value
    text = "\n".join(lines)
    full = dates.full_dates(text)
    if full:
        return full[0].value
    year = dates.infer_year(text)
    partial = [h for h in dates.find(text, year=year) if len(h.value) == 10]
    if partial and year:
        # "Minggu (26/1)" with nothing but "November 2024" to go by: 26 January is a Sunday in 2025
        told = dates.year_by_weekday(text, partial[0], year)
        return f"{told}{partial[0].value[4:]}"
    return partial[0].value if partial else (str(year) if year else None)
