"""Companies from their shape and context: legal forms, head nouns, group names extended, then every
later mention of a name (or the acronym introduced for it) in the same article."""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from kg import prefilter
from kg.article import Mention
from kg.gazetteers import default as default_gazetteer
from kg.gazetteers import is_country
from kg.lang.id.companies import (
    DESCRIPTORS,
    FUNCTION_WORDS,
    HEADS,
    LEGAL_PREFIXES,
    LEGAL_SUFFIXES,
    NAME_ENDINGS,
    NAME_WORDS,
    NOT_NAME_STARTS,
    VERB_PREFIX,
)
from kg.lang.id.dates import DAYS, MONTHS
from kg.lang.id.names import KOREAN_NAME
from kg.lang.id.roles import DESCRIPTOR_WORDS, ROLE_TITLES
from kg.lang.id.sectors import SECTOR_CUES

_TOKEN = prefilter.compile(r"[^\W_][\w&'’\-]*|&|[^\w\s]")
_SUFFIX = prefilter.compile(r"\s*,?\s*(?:" + "|".join(LEGAL_SUFFIXES + NAME_ENDINGS) + r")(?![\w])")
_LEGAL_PREFIX = prefilter.compile(r"(?<![\w])(?:" + "|".join(re.escape(p) for p in LEGAL_PREFIXES) + r")\s+")
_HEAD = prefilter.compile(r"\b(?:" + "|".join(sorted((re.escape(h).replace(r"\ ", r"\s+") for h in HEADS), key=len, reverse=True))
                   + r")\b", re.IGNORECASE)
_CONNECTORS = {"&", "for", "of", "and", "de", "du", "van"}
_NOT_NAMES = {d.capitalize() for d in DAYS} | {m.capitalize() for m in MONTHS} | NOT_NAME_STARTS | \
    {t.split()[0].capitalize() for t in ROLE_TITLES if t.islower()} | {"CEO", "KTT", "MoU", "MOU", "RI"}
_MAX_TOKENS = 7
_SECTOR_WORDS = {p.lower() for phrases in SECTOR_CUES.values() for p in phrases}  # "produsen LNG": a product
_TITLE_BEFORE = prefilter.compile(r"\b(?:menteri|kementerian|wakil|deputi|kepala|sekretaris|direktur|dirjen|gubernur|ketua)\s*$", re.IGNORECASE)
# an office's name going on with "dan": "Menteri UMKM dan Startup ..." (the head noun is one of its words)
_OFFICE_NAMED_ON = prefilter.compile(r"\b(?:[Mm]enteri|[Kk]ementerian|[Ww]akil|[Dd]eputi|[Kk]epala|[Dd]irektur|[Bb]adan)"
                                     r"(?:\s+[A-Z][\w&/\-]*){1,4}\s+dan\s+\Z")
_TITLE_END = prefilter.compile(r"\b(?:" + "|".join(sorted((re.escape(t) for t in ROLE_TITLES), key=len, reverse=True))
                        + r"|direktur|presiden direktur|wakil presiden|kepala|ketua|chairman|ceo|cfo|coo)\s+$", re.IGNORECASE)
_NAME_ENDS = frozenset({"Indonesia", "(Persero)", "Tbk", "Tbk."})  # the last word of many a company's name in Indonesia
_AGENCY_BEFORE = prefilter.compile(r"\b(?:lembaga|badan(?!\s+usaha)|institut|otoritas|kementerian|dinas)\b"
                            r"(?:(?!\b(?:dan|dengan|serta|kontraktor|perusahaan|antara)\b)[^.,;]){0,60},?\s*$", re.IGNORECASE)
_REPORTING = {"menurut", "kata", "ujar", "ucap", "tutur", "jelas", "imbuh", "tambah"}
_GAP = prefilter.compile(r"[ \t]*")
_ABBREVIATED = prefilter.compile(r"\s*,?\s*(?:" + "|".join(LEGAL_SUFFIXES) + r")(?![\w])")


@dataclass(frozen=True)
class Found:
    name: str  # without its legal form: "PT PLN (Persero)" is PLN
    start: int
    end: int  # the span the text gives, legal form included
    home: str = ""  # the country named as its home next to it
    home_span: tuple[int, int] | None = None  # where the text names that country: an adjective, not an actor


# a name and the comma of an apposition about it, right before: "Hanwha Aerospace, produsen ..."
_NAMED_BEFORE_COMMA = re.compile(r"[A-Z][\w\-&.]*\s*,\s*\Z")


def _name_token(tok: str) -> bool:
    return tok not in _NOT_NAMES and (tok[:1].isupper() or (tok[:1].isdigit() and any(c.isalpha() for c in tok)))


def _next(body: str, pos: int) -> re.Match | None:
    """The next token on the same line, after spaces."""
    return _TOKEN.match(body, _GAP.match(body, pos).end())  # type: ignore[union-attr]


def _run(body: str, pos: int, taken: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The capitalised run starting at `pos` (connectors inside it allowed): its span, or None."""
    start = end = -1
    count = 0
    while count < _MAX_TOKENS:
        m = _next(body, pos)
        if m is None or any(s <= m.start() < e for s, e in taken):
            break
        tok = m.group(0)
        if _name_token(tok):
            start = m.start() if start < 0 else start
            end, pos, count = m.end(), m.end(), count + 1
            continue
        if tok in _CONNECTORS and start >= 0:
            nxt = _next(body, m.end())
            if nxt and _name_token(nxt.group(0)):
                pos = m.end()
                continue
        break
    return (start, end) if start >= 0 else None


def _clean(name: str) -> str:
    name = re.sub(r"^(?:PT\.?|CV)\s+", "", name)
    name = _ABBREVIATED.sub("", name)
    return name.strip(" ,.")


def _valid(name: str) -> bool:
    words = name.split()
    # (two capitals alone that are a country's code would be that country in the graph: "anak usaha khusus AX" is no
    # company Åland; "KT", no country's code, stays a company)
    return len(name) >= 2 and name.lower() not in _SECTOR_WORDS and \
        getattr(default_gazetteer().actors.get(name), "type", "company") == "company" and \
        not all(w.lower() in DESCRIPTOR_WORDS or w in _NOT_NAMES for w in words)


def _person_after(body: str, start: int, end: int, actor_spans: list[tuple[int, int]]) -> bool:
    """What follows a known company's name in a run starts another name, not more of the company's: its first word
    is no word of a company's name and no country ("PT Hyundai Motor Manufacturing Indonesia" goes on)."""
    words = body[start:end].split()
    return bool(words) and words[0] not in NAME_WORDS and not any(s <= start < e for s, e in actor_spans)


def find(body: str, mentions: list[Mention], company_codes: AbstractSet[str]) -> list[Found]:
    """Every company the body names by shape or context, where the text first gives it."""
    actor_spans = [(m.start, m.end) for m in mentions if m.code not in company_codes]
    blocked = [(m.start, m.end) for m in mentions if m.code not in company_codes and not is_country(m.code)]
    homes = {(m.start, m.end): m.code for m in mentions
             if is_country(m.code) and m.code not in company_codes and m.via in ("name", "adjective", "place")}
    spans: dict[tuple[int, int], Found] = {}

    titled = _title_case_lines(body)

    def add(start: int, end: int, text_end: int, home_span: tuple[int, int] | None = None, *, adjective: bool = True) -> None:
        first = body[start:end].split(" ", 1)
        if len(first) == 2 and first[0].lower() in HEADS:  # "Grup Toyota": the head noun is not the name
            start += len(first[0]) + 1
        while len(first) == 2 and _TITLE_END.search(body, max(0, start - 40), start + len(first[0]) + 1):
            start += len(first[0]) + 1  # "Ketua Eksekutif Ford Motor Company": the title's last word is not the name
            first = body[start:end].split(" ", 1)
        words = body[start:end].split(" ")
        titled_before = bool(_TITLE_END.search(body[max(0, start - 30):start]))
        for i in range(1, len(words) - 1):  # "PT CJ Indonesia Shin Hee Sung": the company, then its executive
            if KOREAN_NAME.match(" ".join(words[i:i + 3])) or KOREAN_NAME.match(" ".join(words[i:i + 2])) or \
                    titled_before and (_clean(" ".join(words[:i])) in company_codes or
                                       # "Presiden Direktur PT Hyundai Motors Indonesia Fransiscus Soerjopranoto": a
                                       # subsidiary's or a state firm's name ends there, a name of two words or more follows
                                       i >= 3 and words[i - 1] in _NAME_ENDS and words[i] not in _NAME_ENDS and len(words) - i >= 2) \
                    and _person_after(body, start + len(" ".join(words[:i])) + 1, end, actor_spans):
                # "Direktur Utama PT PLN Darmawan Prasodjo": a title, a known company, then the one who holds the title
                end = text_end = start + len(" ".join(words[:i]))
                break
        name = _clean(body[start:end])
        if _AGENCY_BEFORE.search(body[max(0, start - 70):start]):
            return  # "lembaga penjamin ekspor milik pemerintah Korsel, Korea Trade Insurance Corporation": a state body
        if any(s <= start < e for s, e in titled):
            return  # a headline in Title Case: every word is capitalised, so shapes mean nothing there
        if _valid(name) and not any(s < text_end and start < e for s, e in list(spans) + blocked):
            if home_span is None:  # "Korea Selatan AITEC"; not "Badan Persenjataan Polandia dan Hyundai Rotem"
                before = [(s, e) for s, e in homes if e <= start and len(body[e:start].split()) <= 3
                          and not APART.search(body[e:start])]
                home_span = max(before) if before else None
            home = homes.get(home_span, "") if home_span else ""
            spans[(start, text_end)] = Found(name, start, text_end, home, home_span if home and adjective else None)

    # 1. Legal forms: "PT X", "X Co., Ltd.", "X Tbk", "X A.Ş.".
    for m in _LEGAL_PREFIX.finditer(body):
        run = _run(body, m.end(), [])  # a legal form vouches for the whole name
        if run:
            suffix = _SUFFIX.match(body, run[1])
            add(m.start(), run[1], suffix.end() if suffix else run[1])
    for m in _SUFFIX.finditer(body):
        if not m.group(0)[:1].isspace() and m.group(0)[:1] != ",":
            continue
        start = _run_back(body, m.start(), [])  # "Korea Gas Corporation": a country may begin the name
        if start is None or start >= m.start():
            continue
        before = body[max(0, start - 30):start].split()
        # "produsen senjata Turki X": a company described, then its country; not "jajaran direksi Indonesia Battery
        # Corporation", where the country's name begins the company's
        described = bool(before) and before[-1].islower() and before[-1] not in FUNCTION_WORDS and (
            before[-1] in DESCRIPTORS or bool(_HEAD.search(" ".join(before[-3:]))))
        country = next((x for x in mentions if x.start == start and len(x.code) == 2 and x.code not in company_codes
                        and (" " in x.text or described)), None)
        if country:  # "industri elektronika Korea Selatan AITEC Co.Ltd": the country is its home
            start = _next(body, country.end).start() if _next(body, country.end) else m.start()  # type: ignore[union-attr]
            if start < m.start():  # its home: an adjective after a head noun ("produsen senjata Turki X"),
                headed = bool(_HEAD.search(body[max(0, country.start - 40):country.start]))  # else still an actor
                add(start, m.end(), m.end(), (country.start, country.end), adjective=headed)
        else:
            add(start, m.end(), m.end())  # "Korea Gas Corporation": a name ending stays, an abbreviation goes
    # 2. Head nouns: "perusahaan energi milik negara Uni Emirat Arab Masdar".
    heads = list(_HEAD.finditer(body))
    for m in heads:
        if _TITLE_BEFORE.search(body[max(0, m.start() - 25):m.start()]) or \
                m.group(0)[0].isupper() and _OFFICE_NAMED_ON.search(body, max(0, m.start() - 60), m.start()):
            continue  # "Menteri BUMN Erick Thohir", "Menteri UMKM dan Startup Korea Selatan X": an office's name, a person
        if any(s <= m.start() < e for s, e in blocked):
            continue  # "Presiden Bank Dunia Ajay Banga": the head noun opens a known body's name, then a person
        if m.group(0).lower() in ("produsen", "pabrikan") and _NAMED_BEFORE_COMMA.search(body, max(0, m.start() - 40), m.start()):
            continue  # "Hanwha Aerospace, produsen howitzer swa-gerak K9,": what the one just named makes, no company
        if m.group(0) == "Grup" and re.search(r"[A-Z][\w&\-]*\s\Z", body[max(0, m.start() - 30):m.start()]):
            continue  # "Wakil Presiden Eksekutif Hyundai Motor Grup Chung Eui-sun": the group's name ends there, a person follows
        pos, home, steps = m.end(), None, 0
        while steps < 6:
            nxt = _next(body, pos)
            if nxt is None:
                break
            span = next(((s, e) for s, e in actor_spans if s <= nxt.start() < e), None)
            if span and home and span not in (home,) and re.match(r" [A-Z]", body[span[1]:span[1] + 2]):
                # "produsen asal Korea Selatan, Korea Zinc": the home is named; a country word opening a name is the name
                run = _run(body, span[1] + 1, actor_spans)
                if run:
                    suffix = _SUFFIX.match(body, run[1])
                    add(span[0], run[1], suffix.end() if suffix else run[1], home)
                break
            if span:
                home = span if span in homes else home
                pos, steps = span[1], steps + 1
                continue
            word = nxt.group(0)
            if word.isupper() and word.lower() in DESCRIPTORS:  # "perusahaan LNG asal Australia, Woodside"
                pos, steps = nxt.end(), steps + 1
                continue
            if word.islower() and (word in DESCRIPTORS or (word not in FUNCTION_WORDS and not VERB_PREFIX.match(word))):
                pos, steps = nxt.end(), steps + 1
                continue
            if word == "," and home:  # "produsen logam asal Korea Selatan, Korea Zinc,"
                pos, steps = nxt.end(), steps + 1
                continue
            if _name_token(nxt.group(0)):
                run = _run(body, nxt.start(), actor_spans)
                if run:
                    suffix = _SUFFIX.match(body, run[1])
                    add(run[0], run[1], suffix.end() if suffix else run[1], home)
            break
    # 3. Apposition: "Prime Planet Energy & Solutions, produsen baterai asal Jepang"; "LG-HY BCM, anak usaha ..."
    for m in heads:
        comma = body.rfind(",", max(0, m.start() - 3), m.start())
        if comma < 0 or body[comma + 1:m.start()].strip():
            joined = re.search(r"\s+dan\s+$", body[max(0, m.start() - 8):m.start()])  # "Young Poong dan perusahaan ..."
            if not joined:
                continue
            comma = m.start() - len(joined.group(0))
        # (the name before the acronym the text gives it: "Elektrarna Dukovany II (EDU II), anak usaha ...")
        acronym = _ACRONYM_BEFORE.search(body, max(0, comma - 20), comma)
        name_end = acronym.start() if acronym else comma
        start = _run_back(body, name_end, [s for s in actor_spans if s[1] <= name_end])
        before = body[max(0, (start or 0) - 12):start or 0].split()
        if start is not None and start < name_end and not (before and before[-1].lower() in _REPORTING):
            # "Hyundai Rotem, produsen kendaraan tempur asal Korea Selatan,": its home is the one the apposition names
            end_of_apposition = min([i for i in (body.find(",", m.end()), body.find(".", m.end())) if i >= 0] or [len(body)])
            origin = next(((s, e) for s, e in sorted(homes) if m.end() <= s < end_of_apposition
                           and re.search(r"\b(?:asal|dari)\s+$", body[max(m.end(), s - 8):s])), None)
            add(start, name_end, name_end, origin)  # not "Menurut Bahlil, konsorsium ...": a speaker, then the subject
    # 4. A country's name opening a company's English name: "Brunei Shell Petroleum", "Qatar Energy" (the run ends
    # in a word companies' names are made of); not a mention of the country.
    for mention in mentions:
        after = _CAPITALISED_AFTER.match(body, mention.end) if len(mention.code) == 2 else None
        if after and mention.code not in company_codes and after.group(0).split()[-1] in NAME_WORDS:
            run = _run(body, mention.end + 1, actor_spans)
            if run and run[0] == mention.end + 1:
                words = body[run[0]:run[1]].split()
                if len(words) <= 3 and words[-1] in NAME_WORDS and not _TITLE_END.search(
                        body[max(0, mention.start - 40):mention.start]):
                    add(mention.start, run[1], run[1])
    # 5. A group's name followed by one or two more name words: "LG Chem", "Naver Labs", "Samsung C&T";
    # not a person's name after it ("CEO LG Chem Shin Hak-cheol").
    for mention in mentions:
        nxt = _CAPITALISED_AFTER.match(body, mention.end)
        if mention.code in company_codes and body[mention.end:mention.end + 1] == " " and (
                " " not in mention.code or nxt and nxt.group(0).split()[0] in NAME_WORDS):
            # a one-word group name ("LG", "Naver", "Toyota"); a full name ("Lockheed Martin") is complete, unless a
            # subsidiary's name goes on ("Hyundai Motor Manufacturing Indonesia")
            run = _run(body, mention.end + 1, actor_spans)
            if run and run[0] == mention.end + 1:
                words = body[run[0]:run[1]].split()
                for i in range(len(words)):
                    if KOREAN_NAME.match(" ".join(words[i:i + 2])):
                        words = words[:i]
                        break
                titled_before = bool(_TITLE_END.search(body[max(0, mention.start - 40):mention.start]))
                if titled_before:  # "Direktur Utama PLN Darmawan Prasodjo": a post, its employer, then a person
                    # (a connector between name words is the name's: "pimpinan Hyundai Engineering & Construction")
                    words = words[:next((i for i, w in enumerate(words) if w not in NAME_WORDS and w not in _CONNECTORS), len(words))]
                    while words and words[-1] in _CONNECTORS:
                        words.pop()
                if words and (len(words) <= 2 or any(w in NAME_WORDS for w in words)):
                    end = _initials_go_on(body, mention.start, run[0] + len(" ".join(words)))
                    add(mention.start, end, end)
    # 6. A known company's name, then a country's, is its subsidiary there: "LG Electronics Indonesia", "Samsung Electronics
    # Vietnam" (one space between; not "LG dan Indonesia")
    by_start = {m.start: m for m in mentions}
    for mention in mentions:
        country = by_start.get(mention.end + 1)
        if mention.code in company_codes and country is not None and body[mention.end:mention.end + 1] == " " and \
                is_country(country.code) and country.code not in company_codes and country.via == "name":
            add(mention.start, country.end, country.end)
    # ... and so is a company found by its shape, then a country's name, with a post before it: "Presiden Komisaris
    # Hyundai Motor Manufacturing Indonesia Kim Jae-eun"
    for start, end in list(spans):
        country = by_start.get(end + 1)
        if country is not None and body[end:end + 1] == " " and is_country(country.code) and \
                country.code not in company_codes and country.via == "name" and \
                _TITLE_END.search(body, max(0, start - 40), start):
            del spans[(start, end)]
            add(start, country.end, country.end)
    return sorted(spans.values(), key=lambda f: f.start)


_ACRONYM_BEFORE = prefilter.compile(r"\s*\([A-Z][A-Z0-9&\-]*(?:\s[A-Z0-9&\-]+)?\)\s*\Z")
_CAPITALISED_AFTER = prefilter.compile(r" [A-Z][\w&\-]*(?: [A-Z][\w&\-]*){0,2}")
_WORD_THEN_ACRONYM = prefilter.compile(r" ([A-Z][\w\-]*) \(([A-Z]{2,8})\)")


def _initials_go_on(body: str, start: int, end: int) -> int:
    """Where a company's name ends when the acronym the text gives it spells one more word ("Hyundai Motor
    Manufacturing Indonesia (HMMI)": the country is part of the subsidiary's name); else `end`."""
    m = _WORD_THEN_ACRONYM.match(body, end)
    if m and "".join(w[0] for w in (body[start:end] + " " + m.group(1)).split()).upper() == m.group(2):
        return m.end(1)
    return end
# A conjunction between a country and a name: the country is no home of what follows it
APART = prefilter.compile(r"\b(?:dan|serta|atau|dengan)\b")


def _title_case_lines(body: str) -> list[tuple[int, int]]:
    """Spans of lines written in Title Case (headlines, related-article links): most words capitalised."""
    out = []
    pos = 0
    for line in body.split("\n"):
        words = [w for w in line.split() if w[:1].isalpha()]
        if len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.7 * len(words) and \
                not line.rstrip().endswith((".", '"', "”")):
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _run_back(body: str, end: int, taken: list[tuple[int, int]]) -> int | None:
    """Where the capitalised run that ends at `end` starts."""
    tokens = list(_TOKEN.finditer(body[max(0, end - 120):end]))
    offset = max(0, end - 120)
    start = None
    count = 0
    for m in reversed(tokens):
        tok = m.group(0)
        s = offset + m.start()
        if "\n" in body[s:end]:
            break
        if any(a <= s < b for a, b in taken):
            break
        if _name_token(tok) and count < _MAX_TOKENS:
            start, count = s, count + 1
            continue
        if tok in _CONNECTORS and start is not None:
            continue
        break
    if start is not None:
        # a connector cannot begin a name
        while body[start:].split(" ", 1)[0] in _CONNECTORS:
            start = body.index(" ", start) + 1
    return start


def acronyms(body: str, found: list[Found]) -> dict[str, str]:
    """Acronyms the body introduces for a company: "Korea Gas Corporation (KOGAS)" → KOGAS: Korea Gas Corporation."""
    out = {}
    for f in found:
        m = re.match(r"\s*\(([A-Z][A-Za-z0-9&\-]{1,9})\)", body[f.end:f.end + 16])
        if m:
            out[m.group(1)] = f.name
        # "Daewoo Engineering & Construction (Daewoo E&C)": the first word, then the initials of the rest
        short = re.match(r"\s*\(([A-Z][\w\-]*) ([A-Z][A-Za-z0-9&]{1,5})\)", body[f.end:f.end + 30])
        if short and f.name.split()[0] == short.group(1):
            out[f"{short.group(1)} {short.group(2)}"] = f.name
    return out


# what a name written in full adds to the short one only as its legal form: "Lotte Chemical Corporation"
_FORM_ONLY = prefilter.compile(r",?\s+(?:Corporation|Company|Limited|" + "|".join(LEGAL_SUFFIXES) + r")\Z")


def in_full(names: AbstractSet[str]) -> dict[str, str]:
    """Each name also written with only its legal form after it ("Lotte Chemical", "Lotte Chemical Corporation"), to
    that name in full: one company."""
    out = {}
    for name in names:
        full = [n for n in names if n.startswith(name) and _FORM_ONLY.fullmatch(n, len(name))]
        if len(full) == 1:
            out[name] = full[0]
    return out


def extensions(body: str, names: list[str]) -> list[str]:
    """Longer names the body writes for a company found by a shorter one, with a company-name word
    after it ("Siemens" → "Siemens Energy"), when it does so at least twice."""
    out = []
    for name in names:
        counts: dict[str, int] = {}
        for m in re.finditer(r"(?<![\w\-])" + re.escape(name) + r"((?: [A-Z][\w&\-]*)+)", body):
            words = m.group(1).split()
            run = next((k for k, w in enumerate(words) if w not in NAME_WORDS), len(words))
            if run:  # the whole run of such words: "LG Energy Solution", not "LG Energy"
                longer = " ".join([name, *words[:run]])
                counts[longer] = counts.get(longer, 0) + 1
        out += [longer for longer, n in counts.items() if n >= 2 and longer not in names]
    return out
