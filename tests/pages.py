"""Test inputs as people have them, written by the tests themselves: articles wrapped in realistic news
pages (navigation, ads, related lists, scripts, <meta> dates, canonical links), WARC crawls of those
pages with off-topic and foreign pages among them, and JSON Lines dumps."""

from __future__ import annotations

import gzip
import html
import io
import json
from datetime import UTC, datetime
from pathlib import Path

from kg.read import read_text


def article_parts(text: str) -> tuple[str, list[str]]:
    """An article .txt's headline and its body paragraphs (the page furniture of the .txt is kept: the
    page wraps it the way a site would)."""
    lines = [line.strip() for line in text.replace("\r\n", "\n").split("\n")]
    content = [line for line in lines if line]
    return content[0], content[1:]


def news_page(text: str, *, url: str, date: str | None, outlet: str = "Kabar Nusantara", lang: str = "id") -> str:
    """A news site's page around an article: nav, ads, a related-articles list, scripts, meta tags."""
    title, paragraphs = article_parts(text)
    esc = html.escape
    body = "\n".join(f"<p>{esc(p)}</p>" for p in paragraphs)
    meta_date = f'<meta property="article:published_time" content="{date}T09:30:00+07:00">' if date else ""
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8">
<title>{esc(title)} - {esc(outlet)}</title>
<link rel="canonical" href="{esc(url)}">
<meta property="og:site_name" content="{esc(outlet)}">
<meta property="og:title" content="{esc(title)}">
{meta_date}
<script>window.dataLayer = [{{"page": "article"}}]; function track() {{ return 1; }}</script>
<style>.ad {{ display: block }}</style>
</head><body>
<header><nav><ul><li><a href="/">Beranda</a></li><li><a href="/nasional">Nasional</a></li>
<li><a href="/internasional">Internasional</a></li><li><a href="/ekonomi">Ekonomi</a></li></ul></nav></header>
<div class="ad">ADVERTISEMENT - Promo akhir tahun, diskon hingga 70 persen!</div>
<main><article>
<h1>{esc(title)}</h1>
<div class="byline">Oleh Redaksi {esc(outlet)}</div>
{body}
</article>
<section class="related"><h2>Berita Terkait</h2><ul>
<li><a href="/x1">Harga Emas Hari Ini Naik Tipis</a></li>
<li><a href="/x2">Timnas Menang di Laga Uji Coba</a></li>
<li><a href="/x3">Cuaca Jakarta Berawan hingga Hujan Ringan</a></li></ul></section>
</main>
<footer><p>Hak cipta &copy; {esc(outlet)}. Dilarang mengutip tanpa izin.</p></footer>
<script>track();</script>
</body></html>"""


def off_topic_page(n: int, *, lang: str = "id") -> str:
    words = {"id": "Pemerintah kota meresmikan taman baru dan warga menyambut baik fasilitas itu untuk olahraga pagi.",
             "en": "The city council opened a new park and residents welcomed the facility for morning exercise."}[lang]
    return (f'<html lang="{lang}"><head><title>Berita {n}</title></head><body><article><h1>Berita kota {n}</h1>'
            + "".join(f"<p>{words} Paragraf {i}.</p>" for i in range(6)) + "</article></body></html>")


def write_warc(path: Path, pages: list[tuple[str, str, str]], *, gzipped: bool = True) -> None:
    """A WARC of (url, html, crawl date) response records, plus a request and a non-HTML record."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as f:
        writer = WARCWriter(f, gzip=gzipped)
        for url, page, when in pages:
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            record = writer.create_warc_record(url, "response", payload=io.BytesIO(page.encode("utf-8")),
                                               http_headers=headers, warc_headers_dict={"WARC-Date": when})
            writer.write_record(record)
        image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record("https://example.org/logo.png", "response",
                                                      payload=io.BytesIO(b"\x89PNG...."), http_headers=image))


def jsonl_line(text: str, *, url: str | None = None, date: str | None = None, key: str | None = None) -> str:
    title, paragraphs = article_parts(text)
    item: dict = {"title": title, "text": "\n".join(paragraphs)}
    if url:
        item["url"] = url
    if date:
        item["date"] = date
    if key:
        item["id"] = key
    return json.dumps(item, ensure_ascii=False)


def published(text: str) -> str | None:
    return read_text(text, name="x").published


def crawl_date(date: str | None) -> str:
    day = date or "2024-01-01"
    return datetime.fromisoformat(day).replace(tzinfo=UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def gzip_bytes(data: bytes) -> bytes:
    return gzip.compress(data, mtime=0)
