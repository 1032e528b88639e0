"""What people have, read as articles: saved web pages, news crawls (WARC, CC-NEWS) and JSON Lines dumps.

Records are streamed, never loaded whole. The cheap signals in a raw record (its declared language, a
scan for the focus actor's names) decide before any costly HTML-to-text step whether it is read at
all; trafilatura (with htmldate) then takes the main text, title, date, canonical URL and outlet from
the page. Same canonical URL, or the same body after cleaning, is one article with every source kept.
"""

from __future__ import annotations

import functools
import gzip
import hashlib
import io
import json
import os
import re
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from urllib.parse import urlsplit

from kg.errors import ArticleError

HTML_SUFFIXES = (".html", ".htm", ".html.gz", ".htm.gz")
WARC_SUFFIXES = (".warc", ".warc.gz")
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson")
TEXT_SUFFIXES = (".txt",)
SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + WARC_SUFFIXES + JSONL_SUFFIXES

# Function words by language: enough to tell Indonesian from English and Malay from a short sample.
_STOPWORDS = {
    "id": frozenset("yang dan di dengan untuk ini itu dari dalam tidak akan pada juga ke karena tersebut "
                    "adalah oleh sebagai telah bahwa kata para mereka kami kedua negara sejak saat".split()),
    "ms": frozenset("yang dan di dengan untuk ini itu dari dalam tidak akan pada juga ke kerana tersebut "
                    "ialah oleh sebagai telah bahawa kata mereka kami kedua negara sejak semasa".split()),
    "en": frozenset("the and of to in is that for on with as was by at from it an be are this have has "
                    "which said its were been their".split()),
}
_MALAY = frozenset("kerana bahawa ialah semasa daripada".split())
_INDONESIAN = frozenset("karena bahwa adalah saat tersebut".split())
_WORD = re.compile(r"[a-z]+")
_DECLARED = re.compile(rb"<html[^>]*\blang\s*=\s*[\"']?([A-Za-z]{2,3})", re.IGNORECASE)


def language(text: str, *, sample: int = 4000) -> str:
    """'id', 'ms', 'en' or 'other' from function words in the first few thousand characters."""
    words = _WORD.findall(text[:sample].lower())
    if len(words) < 8:
        return "other"
    scores = {lang: sum(w in stop for w in words) / len(words) for lang, stop in _STOPWORDS.items()}
    best = max(scores, key=lambda k: scores[k])
    if scores[best] < 0.08:
        return "other"
    if best in ("id", "ms"):
        ids, ms = sum(w in _INDONESIAN for w in words), sum(w in _MALAY for w in words)
        return "ms" if ms > ids else "id"
    return best


def declared_language(raw: bytes, header: str | None = None) -> str | None:
    """The language a page or its HTTP response declares ('id' for id/in), or None."""
    value = header
    if not value:
        m = _DECLARED.search(raw[:4096])
        value = m.group(1).decode("ascii") if m else None
    if not value:
        return None
    code = value.strip().lower()[:2]
    return "id" if code in ("id", "in") else code


@dataclass(frozen=True)
class Raw:
    """A record as found: its bytes (a page) or text (a JSON line), and what the container says of it."""

    origin: str  # file, file:line or file@offset, for messages
    kind: str  # html | text
    data: bytes = b""
    title: str = ""
    text: str = ""
    url: str | None = None
    date: str | None = None  # a date the dump or the crawl gives
    date_source: str | None = None  # "dump" | "crawl"
    record: str | None = None  # WARC-Record-ID
    lang: str | None = None  # declared
    key: str | None = None  # an id the dump gives
    name: str | None = None  # a saved page's file name: its article name, as for a .txt


@dataclass(frozen=True)
class Page:
    """A record read as an article's text, with where it came from."""

    name: str
    origin: str
    text: str  # title, blank line, body: what kg.read.read_text takes
    url: str | None = None
    sources: tuple[str, ...] = ()
    outlet: str | None = None
    date: str | None = None
    date_source: str | None = None
    record: str | None = None
    body_key: str = ""

    def meta(self) -> dict:
        return {"url": self.url, "sources": self.sources, "publisher": self.outlet, "date": self.date,
                "date_source": self.date_source, "record": self.record}


@dataclass
class Tally:
    """What the reading skipped and why, for the build report."""

    records: int = 0
    languages: Counter[str] = field(default_factory=Counter)
    not_about: int = 0
    not_html: int = 0
    duplicates: Counter[str] = field(default_factory=Counter)  # by "URL" and "body"
    corrupt: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)  # bad JSON lines, unreadable files

    def lines(self, about: str | None) -> list[str]:
        out = []
        if self.records:
            out.append(f"records: {self.records} read")
        if self.languages:
            langs = ", ".join(f"{n} {k}" for k, n in sorted(self.languages.items(), key=lambda kv: (-kv[1], kv[0])))
            out.append(f"languages: {langs} (only id is built)")
        if self.not_about:
            out.append(f"skipped {self.not_about} records not about {about}")
        if self.not_html:
            out.append(f"skipped {self.not_html} WARC records that are not HTML responses")
        if self.duplicates:
            out.append("built once: " + ", ".join(f"{n} copies by {k}" for k, n in sorted(self.duplicates.items())))
        out += [f"corrupt: {c}" for c in self.corrupt]
        return out


def kind_of(path: str) -> str | None:
    low = path.lower()
    for kind, suffixes in (("txt", TEXT_SUFFIXES), ("html", HTML_SUFFIXES), ("warc", WARC_SUFFIXES), ("jsonl", JSONL_SUFFIXES)):
        if low.endswith(suffixes):
            return kind
    return None


def find_inputs(inputs: Iterable[Path | str], skipped: Counter[str] | None = None) -> list[tuple[str, str]]:
    """(kind, path) of every readable file named or found under the inputs, sorted by name; "-" is JSON
    Lines on stdin. Other files are counted by extension in `skipped`; hidden files and folders (a
    store's `.kg/`) are passed over; a missing path is an error."""
    found: set[tuple[str, str]] = set()
    for p in inputs:
        if str(p) == "-":
            found.add(("jsonl", "-"))
            continue
        p = Path(p)
        if p.is_dir():  # os.walk: its directory entries know what is a file without a stat each
            for folder, dirs, names in os.walk(p):
                dirs[:] = [d for d in dirs if not d.startswith(".")]
                for n in names:
                    if n.startswith("."):
                        continue
                    kind = kind_of(n)
                    if kind:
                        found.add((kind, os.path.normpath(os.path.join(folder, n))))
                    elif skipped is not None:
                        skipped[os.path.splitext(n)[1].lower() or "(no extension)"] += 1
        elif p.is_file():
            found.add((kind_of(str(p)) or "txt", os.path.normpath(p)))
        else:
            raise ArticleError(f"{p}: no such file or directory")
    return sorted(found, key=lambda kp: (os.path.basename(kp[1]), kp[1]))


def _open(path: str):
    if path == "-":
        return sys.stdin.buffer
    return gzip.open(path, "rb") if path.endswith(".gz") else open(path, "rb")


def read_jsonl(path: str, tally: Tally) -> Iterator[Raw]:
    """One article per line: `title`, `text`, optional `url`, `date`, `id`; a bad line is reported by
    file and line number and the rest is read."""
    origin = "<stdin>" if path == "-" else path
    try:
        stream = _open(path)
        for number, line in enumerate(io.TextIOWrapper(stream, encoding="utf-8", errors="replace"), 1):
            if not line.strip():
                continue
            tally.records += 1
            try:
                item = json.loads(line)
            except json.JSONDecodeError as e:
                tally.refused.append(f"{origin}:{number}: not JSON ({e.msg} at column {e.colno})")
                continue
            if not isinstance(item, dict) or not isinstance(item.get("text"), str) or not item["text"].strip():
                tally.refused.append(f"{origin}:{number}: no \"text\" field")
                continue
            title = str(item["title"]) if isinstance(item.get("title"), str) else ""
            date = item.get("date") if isinstance(item.get("date"), str) else None
            key = str(item["id"]) if item.get("id") not in (None, "") else None
            url = item.get("url") if isinstance(item.get("url"), str) else None
            yield Raw(f"{origin}:{number}", "text", title=title, text=item["text"], url=url, date=date,
                      date_source="dump" if date else None, key=key)
    except (OSError, EOFError) as e:
        tally.refused.append(f"{origin}: cannot read ({getattr(e, 'strerror', None) or e})")


def read_html(path: str, tally: Tally) -> Iterator[Raw]:
    try:
        with _open(path) as f:
            data = f.read()
    except (OSError, EOFError) as e:
        tally.refused.append(f"{path}: cannot read ({getattr(e, 'strerror', None) or e})")
        return
    tally.records += 1
    stem = os.path.basename(path)
    for suffix in HTML_SUFFIXES:
        if stem.lower().endswith(suffix):
            stem = stem[: -len(suffix)]
            break
    yield Raw(path, "html", data=data, lang=declared_language(data), name=stem)


def read_warc(path: str, tally: Tally) -> Iterator[Raw]:
    """HTML response records, streamed; a truncated or corrupt record is counted with its offset and
    the file's records before it are kept."""
    from warcio.archiveiterator import ArchiveIterator

    try:
        stream = open(path, "rb")
    except OSError as e:
        tally.refused.append(f"{path}: cannot read ({e.strerror})")
        return
    with stream:
        records = ArchiveIterator(stream)
        offset = -1  # of the last record read whole
        while True:
            try:
                record = next(records)
                if record.rec_type != "response":
                    offset = records.get_record_offset()
                    continue
                tally.records += 1
                headers = record.http_headers
                ctype = (headers.get_header("Content-Type") or "") if headers else ""
                if "html" not in ctype.lower():
                    tally.not_html += 1
                    offset = records.get_record_offset()
                    continue
                data = record.content_stream().read()  # before asking the offset: that moves the stream on
                if getattr(record.raw_stream, "limit", 0) > 0:  # the file ended inside this record
                    raise EOFError(f"{record.raw_stream.limit} bytes missing")
                offset = records.get_record_offset()
            except StopIteration:
                return
            except Exception as e:  # warcio and zlib raise many kinds on a damaged file
                where = f"the record after offset {offset}" if offset >= 0 else "the first record"
                tally.corrupt.append(f"{path}: {where} is truncated or corrupt ({type(e).__name__}: {str(e)[:60]}); "
                                     "the rest of this file is skipped")
                return
            h = record.rec_headers
            date = (h.get_header("WARC-Date") or "")[:10] or None
            yield Raw(f"{path}@{offset}", "html", data=data, url=h.get_header("WARC-Target-URI"), date=date,
                      date_source="crawl" if date else None, record=h.get_header("WARC-Record-ID"),
                      lang=declared_language(data, headers.get_header("Content-Language") if headers else None))


def read_records(kind: str, path: str, tally: Tally) -> Iterator[Raw]:
    reader = {"jsonl": read_jsonl, "html": read_html, "warc": read_warc}[kind]
    yield from reader(path, tally)


class FocusScan:
    """The cheap test of a raw record: does it name the focus actor at all (any of its names or its
    capital, in Indonesian or English)? Plain substring tests on the lower-cased bytes: a few
    microseconds a page; the extraction decides later whether the focus really takes part."""

    def __init__(self, names: Iterable[str]):
        words = {n.lower() for n in names if len(n) >= 4}  # "ROK" would match "rokok"
        # a name that contains another adds nothing: "korea selatan" is found by "korea"
        self.words = tuple(sorted(w.encode("utf-8") for w in words if not any(o != w and o in w for o in words)))

    def __call__(self, text: str | bytes) -> bool:
        low = (text.encode("utf-8") if isinstance(text, str) else text).lower()
        return not self.words or any(w in low for w in self.words)


@functools.cache
def focus_scan(about: str) -> FocusScan:
    """The scan for an actor code, built once per process (the workers test every page with it)."""
    return FocusScan(focus_names(about))


def focus_names(about: str) -> list[str]:
    """Every name the gazetteer knows for an actor code: its labels, aliases and capital."""
    from kg.gazetteers import default

    gaz = default()
    names = [a.text for a in gaz.aliases if a.code == about and a.type != "ignore"]
    actor = gaz.actors.get(about)
    if actor:
        names += [actor.label, actor.label_id]
    return [n for n in names if n]


def cheap_filter(raw: Raw, tally: Tally, focus: FocusScan | None) -> bool:
    """Before any HTML-to-text step: a declared language other than Indonesian, or no mention of the
    focus in the raw bytes, and the record is not read further."""
    if raw.lang and raw.lang != "id":
        tally.languages[raw.lang] += 1
        return False
    if focus is not None:
        if not focus(raw.data if raw.kind == "html" else raw.title + "\n" + raw.text):
            tally.not_about += 1
            return False
    return True


def canonical(url: str | None) -> str | None:
    """A URL without its fragment, tracking query, "www." and trailing slash, for identity."""
    if not url:
        return None
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return None
    host = parts.netloc.lower().removeprefix("www.")
    query = "&".join(q for q in parts.query.split("&") if q and not q.lower().startswith(("utm_", "fbclid", "gclid")))
    path = parts.path.rstrip("/") or "/"
    return f"https://{host}{path}" + (f"?{query}" if query else "")


def outlet_of(url: str | None) -> str | None:
    c = canonical(url)
    return urlsplit(c).netloc if c else None


def body_key(text: str) -> str:
    """Near-duplicates are the same body once case, spacing, digits and punctuation are set aside."""
    words = re.findall(r"[^\W\d_]+", text.lower())
    return hashlib.sha256(" ".join(words).encode("utf-8")).hexdigest()[:24]


def name_for(page_url: str | None, key: str | None, origin: str) -> str:
    """A stable article name: the dump's id, else the canonical URL's host and last path words, else the
    origin; with a short digest of what it was made from, so different sources never share a name."""
    basis = key or canonical(page_url) or origin
    if key:
        stem = re.sub(r"[^A-Za-z0-9]+", "-", key).strip("-")[:60]
    elif canonical(page_url):
        parts = urlsplit(str(canonical(page_url)))
        tail = [p for p in str(parts.path).split("/") if p][-1:] or ["index"]
        stem = re.sub(r"[^A-Za-z0-9]+", "-", f"{parts.netloc}-{tail[0]}").strip("-")[:60]
    else:
        stem = re.sub(r"[^A-Za-z0-9]+", "-", os.path.basename(origin)).strip("-")[:40]
    return f"{stem}_{hashlib.sha256(basis.encode('utf-8')).hexdigest()[:10]}"


def prepare(raw: Raw, about: str | None) -> Page | tuple[str, str]:
    """In a worker: a raw record → a Page, or ("language", code) / ("about", "") when it is skipped.
    HTML goes through trafilatura: main text, title, date (htmldate), canonical URL, site name."""
    if raw.kind == "html":
        from trafilatura import bare_extraction

        doc = bare_extraction(raw.data.decode("utf-8", "replace"),
                              url=raw.url, with_metadata=True, include_comments=False, include_tables=False,
                              favor_precision=True)
        if doc is None:
            return ("language", "other")
        d = doc.as_dict() if hasattr(doc, "as_dict") else doc
        body = (d.get("text") or "").strip()
        title = (d.get("title") or "").strip()
        if body.startswith(title) and title:
            body = body[len(title):].lstrip()
        page_url = d.get("url") or raw.url
        date, date_source = (d.get("date"), "page") if d.get("date") else (raw.date, raw.date_source)
        outlet = outlet_of(page_url) or (d.get("hostname") or None)
        urls = tuple(u for u in dict.fromkeys([canonical(page_url), canonical(raw.url)]) if u)
    else:
        title, body = raw.title.strip(), raw.text.strip()
        page_url, date, date_source = raw.url, raw.date, raw.date_source
        outlet = outlet_of(page_url)
        urls = tuple(u for u in [canonical(page_url)] if u)
    text = f"{title}\n\n{body}" if title else body
    lang = language(text)
    if lang != "id":
        return ("language", lang)
    if about and about != "any" and not focus_scan(about)(text):
        return ("about", "")
    name = raw.name or name_for(page_url, raw.key, raw.origin)
    return Page(name, raw.origin, text, url=urls[0] if urls else None, sources=urls, outlet=outlet,
                date=date[:10] if date else None, date_source=date_source if date else None, record=raw.record,
                body_key=body_key(body))


def merge_copies(pages: list[Page], tally: Tally) -> list[Page]:
    """Same canonical URL, then the same body: one article each, the first seen, with every source URL
    (and the earliest date the copies give)."""
    kept: list[Page] = []
    by_url: dict[str, int] = {}
    by_body: dict[str, int] = {}
    for p in pages:
        at = next((by_url[u] for u in p.sources if u in by_url), None)
        how = "URL"
        if at is None and p.body_key in by_body:
            at, how = by_body[p.body_key], "body"
        if at is None:
            kept.append(p)
            at = len(kept) - 1
        else:
            tally.duplicates[how] += 1
            first = kept[at]
            sources = tuple(dict.fromkeys(first.sources + p.sources))
            kept[at] = replace(first, sources=sources, url=first.url or p.url, outlet=first.outlet or p.outlet,
                               date=first.date or p.date, date_source=first.date_source or p.date_source)
        for u in kept[at].sources:
            by_url.setdefault(u, at)
        by_body.setdefault(p.body_key, at)
    return kept
