"""Split a cleaned body into sentences with their character offsets."""

from __future__ import annotations

from dataclasses import dataclass

from kg import prefilter

# A sentence ends at . ! ? (and a closing quote) followed by space and an upper-case or quoted start.
# (or glued to the next, as some sites print paragraphs: "pada hari Selasa (29/07) mendatang.Setelah dilantik ...": after a
# lower-case word, a name ("Sung Kim.Menteri") or a closing bracket, a capitalised word right after the stop; not "D.C",
# "PT.Pertamina", "kbs.co.kr"); a two-letter opening word too ("jamuan kenegaraan.Di hari kedua ...")
_BOUNDARY = prefilter.compile(r"(?<=[.!?])[\"”’']?\s+(?=[\"“‘(]?[A-Z0-9])|(?<=[a-z]{3}[.!?]|[A-Z][a-z]{2}[.!?]|[A-Z]{3}[.!?]|[^\w.][A-Z]{2}[.!?]|[A-Za-z\d]{2}\)[.!?])(?<!www[.]|.PT[.]|.CV[.]|.UD[.])(?=[A-Z][a-z]{2}|(?:Di|Ia|Ke)\b)")
_ABBREVIATIONS = ("Dr.", "Prof.", "H.", "Hj.", "No.", "St.", "Jl.", "Co.", "Ltd.", "Inc.", "dll.", "dsb.", "Sdr.", "Ir.", "Drs.",
                  "Dra.", "dr.", "drg.", "K.H.", "tgl.", "Tgl.",  # ("mulai tgl. 28 Januari": a date's word)
                  " Pol.")  # a police rank's word: "Kapolri Jenderal Pol. Listyo Sigit Prabowo"
# a name's initial: "Susilo B. Yudhoyono", "Tata Sons N. Chandrasekaran"
# (after a comma or a bracket too: "Menteri Luar Negeri India, S. Jaishankar")
_INITIAL_BEFORE = prefilter.compile(r"(?:\b[A-Z][a-z]+|[,(])\s*(?:[A-Z]\.){1,3}\Z")  # "Retno L.P. Marsudi" too


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


def split(body: str) -> list[Sentence]:
    """Sentences of `body`: each line is a paragraph; inside it, split at sentence boundaries."""
    out: list[Sentence] = []
    offset = 0
    for line in body.split("\n"):
        cut = 0
        for m in _BOUNDARY.finditer(line):
            if line[: m.start()].endswith(_ABBREVIATIONS) or _INITIAL_BEFORE.search(line, max(0, m.start() - 30), m.start()):
                continue
            _add(out, line, cut, m.start(), offset)
            cut = m.end()
        _add(out, line, cut, len(line), offset)
        offset += len(line) + 1
    return out


def _add(out: list[Sentence], line: str, start: int, end: int, offset: int) -> None:
    while start < end and line[start].isspace():
        start += 1
    while end > start and line[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(offset + start, offset + end, line[start:end]))
