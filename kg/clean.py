"""Small str → str cleaners that take page noise out of an article, composed in one explicit order."""

from __future__ import annotations

import itertools
import re

from kg import prefilter
from kg.article import Article
from kg.lang.id.noise import CAPTION, DATELINE_PREFIX, METADATA_LINE, NOISE_LINE, RELATED_HEADER, SOURCE_LINE

_SPACES = prefilter.compile(r"[ \t\u00a0\u2009\u200b]+")
_SENTENCE_END = ('.', '"', '”', '’', '!', '?', ')')


def normalize_whitespace(text: str) -> str:
    return "\n".join(_SPACES.sub(" ", line).strip() for line in text.split("\n"))


def drop_related_lists(text: str, *, long_line: int = 120) -> str:
    """Drop a "Berita Terkait" header and the headline lines that follow it (short, no final period)."""
    out: list[str] = []
    skipping = False
    for line in text.split("\n"):
        if RELATED_HEADER.match(line):
            skipping = True
            continue
        if skipping:
            # a headline has no final full stop: a sentence that has one is the story again ("Albanese dijadwalkan
            # melanjutkan lawatannya ke Tokyo pada Kamis."), however short
            story = line.endswith(".") and len(line.split()) >= 6 or line.endswith(_SENTENCE_END) and len(line) > long_line
            if not line or line.startswith("- ") or not story:
                continue
            skipping = False
        out.append(line)
    return "\n".join(out)


_CREDIT = prefilter.compile(r"\s*\(\s*(?:foto|dok\.?|ilustrasi)\s*[:/.][^()]{0,120}\)", re.IGNORECASE)
_LIST_ITEM = prefilter.compile(r"^\s*(?:\d{1,2}[.)]|[-•*–])\s+\S")


def drop_headline_lines(text: str, *, min_words: int = 4) -> str:
    """Lines after the title written in Title Case without a final period: headlines of other
    articles (related links, video titles, "Next Article" lists), never sentences of this one."""
    out: list[str] = []
    title_seen = False
    announced = False  # the lines of a list a sentence announces ("Berikut tujuh dokumen ...:") are its items
    for line in text.split("\n"):
        words = [w for w in line.lstrip("-•–* ").split() if w[:1].isalpha()]
        item = announced and bool(_LIST_ITEM.match(line))
        headline = (len(words) >= min_words and sum(w[0].isupper() for w in words) >= 0.7 * len(words)
                    and not line.rstrip().endswith((".", '"', "”")) and not item)
        out.append("" if headline and title_seen else line)
        title_seen = title_seen or bool(line.strip())
        announced = line.rstrip().endswith(":") or item
    return "\n".join(out)


def drop_noise_lines(text: str) -> str:
    """Ads, "Baca juga", share bars, comment counters, pagers, bylines, stray one-letter lines."""
    return "\n".join("" if NOISE_LINE.match(line) else line for line in text.split("\n"))


def drop_captions(text: str, *, paragraphs: int = 400) -> str:
    """Photo captions and credits: lines carrying "Foto:", "ANTARA FOTO", image file names. A line as long as
    paragraphs run (a page scraped without its line breaks) loses only the credit in brackets, not the story. The
    caption's words on the line right before it, without the credit, are the caption too."""
    lines = text.split("\n")
    out = [_CREDIT.sub("", line) if len(line) > paragraphs else "" if CAPTION.search(line) else line for line in lines]
    for i in range(1, len(lines)):
        prior = lines[i - 1].strip().rstrip(".")
        if not out[i] and lines[i].strip() and len(prior) >= 20 and lines[i].strip().startswith(prior):
            out[i - 1] = ""
    return "\n".join(out)


def drop_metadata_lines(text: str) -> str:
    """Dateline and source lines: their facts were read into the Article's metadata already."""
    text = SOURCE_LINE.sub("", text)
    return "\n".join("" if METADATA_LINE.match(line) else line for line in text.split("\n"))


def drop_repeated_lines(text: str, *, min_length: int = 20) -> str:
    """A line that repeats an earlier line, or its start (the title again, a caption quoting the lead)."""
    seen: list[str] = []
    out = []
    for line in text.split("\n"):
        key = line.rstrip(".").strip()
        if len(key) >= min_length and any(s.startswith(key) for s in seen):
            out.append("")
            continue
        if key:
            seen.append(key)
        out.append(line)
    return "\n".join(out)


def strip_dateline_prefix(text: str) -> str:
    """ "JAKARTA - Menteri ..." → "Menteri ...": the place of filing is not part of the story."""
    out = []
    for line in text.split("\n"):
        if len(line) > 60:
            line = DATELINE_PREFIX.sub("", line, count=1)
            # a caption run into the lead (a page scraped without its line breaks): "... di Seoul. JAKARTA - Perang ..."
            line = _DATELINE_INSIDE.sub("", line[:400], count=1) + line[400:]
        elif (alone := DATELINE_PREFIX.match(line + " ")) and alone.end() == len(line) + 1:
            line = ""  # the dateline on a line of its own: "Jakarta, CNN Indonesia --"
        out.append(line)
    return "\n".join(out)


_DATELINE_INSIDE = prefilter.compile(r"(?<=[.!?] )[A-Z][A-Z.]{2,}(?:\s[A-Z][A-Z.]+)?\s*[-–—]{1,2}\s+(?=[A-Z])")


# capitalised words, commas and an agency in brackets before a dash: "REPUBLIKA.CO.ID, WINA -- ", "Vientiane (ANTARA) - "
_FILED_FROM = prefilter.compile(r"([A-Z][\w.]*+(?:(?:\s+|\s*,\s*)[A-Z][\w.]*+){0,4}\s*(?:\([^)]*\)\s*)?)[-–—]{1,2}\s+\S")


def dateline_words(text: str, *, lines: int = 15) -> list[str]:
    """The words early lines put before a dash, the dateline's filing town among them: "REPUBLIKA.CO.ID, WINA -- ..." →
    "REPUBLIKA.CO.ID", "WINA"; "OSLO, KOMPAS.com - ..." → "OSLO", "KOMPAS.com"; "Vientiane (ANTARA) - ..." →
    "Vientiane". Which of them is a town is for the gazetteer to say."""
    words: list[str] = []
    head = text[:4000].split("\n")  # (the opening lines only: a dateline opens the story)
    for line in itertools.islice((line.strip() for line in head if not line.isspace() and line), lines):
        filed = _FILED_FROM.match(line)
        if filed:
            words += [w for w in (re.sub(r"\([^)]*\)", "", part).strip() for part in filed.group(1).split(",")) if w]
    return words


def squeeze_blank_lines(text: str) -> str:
    return re.sub(r"\n{2,}", "\n", text).strip("\n")


def drop_subheadings(text: str, *, max_words: int = 6) -> str:
    """Short lines without a sentence's final stop between paragraphs ("Beijing dan Moskwa menyambut",
    "Tiga pilar bantuan"): a section's heading, which states no fact of its own; the title is kept."""
    lines = text.split("\n")
    out: list[str] = []
    title_seen = False
    for i, line in enumerate(lines):
        stripped = line.strip()
        heading = (title_seen and stripped and len(stripped.split()) <= max_words
                   and not stripped.endswith((".", "!", "?", '"', "”", ":", ";", ","))
                   and not _LIST_ITEM.match(line)
                   # a blank line after it, or (a page without blank lines) a sentence (or a line gone) before it, one after it
                   and (i + 1 == len(lines) or not lines[i + 1].strip()
                        or (_ends_sentence(lines[i - 1]) or not lines[i - 1].strip()) and _ends_sentence(lines[i + 1])))
        out.append("" if heading else line)
        title_seen = title_seen or bool(stripped)
    return "\n".join(out)


def _ends_sentence(line: str) -> bool:
    return len(line) > 60 and line.rstrip().endswith((".", "!", "?", '"', "”"))


CLEANERS = (
    normalize_whitespace,
    drop_related_lists,
    drop_noise_lines,
    drop_captions,
    drop_metadata_lines,
    drop_headline_lines,
    drop_subheadings,
    strip_dateline_prefix,
    drop_repeated_lines,
    squeeze_blank_lines,
)


def clean_text(text: str) -> str:
    # a page that opens with its dateline, no headline before it: the body's first line (its title) is left empty, so
    # that the lead is read as a sentence, not as a headline
    first = text.lstrip().split("\n", 1)[0].strip()
    untitled = bool(METADATA_LINE.match(first))
    for cleaner in CLEANERS:
        text = cleaner(text)
    return "\n" + text if untitled and text else text


def clean(article: Article) -> Article:
    """The Article with `body` set: its text without page noise (the title stays as the first line)."""
    from dataclasses import replace

    return replace(article, body=clean_text(article.raw))
