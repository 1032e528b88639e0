"""Article → facts: actors, people and roles, ties with sectors, agreements, meetings, memberships."""

from __future__ import annotations

import datetime
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from functools import partial

from kg import dates, prefilter
from kg.article import Article, Meeting, Mention, Person
from kg.clean import dateline_words
from kg.extract import clauses, lexicon, mentions, people, relations, sentences
from kg.extract.meetings import came_home, day_from_event, filed_from, find_meetings
from kg.gazetteers import Gazetteer, fold_name, is_country
from kg.lang.id.cues import REGION_BLOCS
from kg.lang.id.names import KOREAN_SURNAMES
from kg.lang.id.noise import CAPTION


def event_date(facts: list[clauses.SentenceFacts], published: str | None,
               caption: Callable[[], str | None] = lambda: None) -> str | None:
    """The date of the event an article reports: the first full date of a meeting or visit in its first
    sentences (a byline's date is the publication's), or the day its weekday names ("pada Senin malam");
    not one after publication (the summit the visitor came for); else the day a photo caption gives the
    event ("... berjabat tangan dengan ... di Manila, Senin (8/7/2024). Foto: Reuters"); else the first full
    date there (or weekday), else publication."""
    # (a trip told by the day one came home from it: its talks were before that day, on days not told)
    came_back = {f.sentence.start for f in facts[:6] if came_home(f.sentence.text)}
    home = any(f.kinds & {"meeting", "visit"} and f.sentence.start in came_back for f in facts[:6])
    for f in facts[:6]:
        if f.kinds & {"meeting", "visit"} and f.sentence.start not in came_back:
            # "dua hari sebelum pelantikan pada 20 Oktober": the day counted from the date of what is named
            counted = day_from_event(f)
            # (not the day it was said: "Kementerian ... menginformasikan pada Selasa (10/02) bahwa pembicaraan tersebut
            # berlangsung ... pada Senin (09/02)")
            told = [counted] if counted else [d.value for d in clauses.unsaid_dates(f, clauses.main_clause_dates(f))]
            for value in told:
                if len(value) == 10 and not (published and len(published) == 10 and value > published):
                    return value
            if told and published and all(len(v) == 7 and v in (published[:7], dates.add_months(published[:7], -1))
                                          for v in told):
                # "bertemu Lee di Seoul, akhir pekan lalu, setelah menghadiri KTT APEC": the event's recent month, on
                # no day told (not the summit's, told later)
                return None
            # not the day of what is yet to come ("Shin dijadwalkan mengunjungi ... pada Selasa")
            day = dates.weekday_before(f.sentence.text, published) if not f.dates and \
                not dates.is_future(f.sentence.text) else None
            if day:
                return day
    day = caption()  # read only where the first sentences date no meeting
    if day:
        return day
    for f in facts[:4]:
        if f.sentence.start in came_back:
            continue
        for d in clauses.main_clause_dates(f) if f.kinds & {"meeting", "visit"} else f.dates:
            if len(d.value) == 10 and not (published and len(published) == 10 and d.value > published
                                           and dates.is_future(f.sentence.text)) and not _long_before(d.value, published):
                # (not the day of what is yet to come: "dijadwalkan bertemu X esok hari"; nor a day of history told
                # as background: "Hubungan kedua negara dibuka pada 18 September 1973")
                return d.value
        # "Korea Utara menembakkan rudal ..., Senin sekitar pukul 12.00": the day its weekday names
        day = dates.weekday_before(f.sentence.text, published) if not f.dates and \
            not dates.is_future(f.sentence.text) else None
        if day:
            return day
    return None if home else published


def _long_before(day: str, published: str | None) -> bool:
    """`day` is more than a year before the report's own (a year's days from its date)."""
    return bool(published and len(published) == 10 and
                (datetime.date.fromisoformat(published) - datetime.date.fromisoformat(day)).days > 366)


def _caption_date(raw: str, *, year: int | None, month: int | None, published: str | None) -> str | None:
    """The first full date a photo caption of the page gives (the cleaned body has none), not after publication."""
    for line in raw.split("\n"):
        if CAPTION.search(line):
            for d in dates.find(line, year=year, month=month, today=published):
                if len(d.value) == 10 and not (published and len(published) == 10 and d.value > published):
                    return d.value
    return None


_BLOC = prefilter.compile(r"\b(?:blok|aliansi|organisasi|perhimpunan|kelompok)\s+(?:regional\s+)?(?:tersebut|itu|ini)\b",
                   re.IGNORECASE)


# (its name spelled out in brackets between: "KTT (Konferensi Tingkat Tinggi) Korea-Afrika")
_REGION_IN_SUMMIT = prefilter.compile(r"\b(?:KTT|Konferensi\s+Tingkat\s+Tinggi|Forum|Pertemuan|Dialog)\s+(?:\([^()]{1,40}\)\s+)?"
                                     r"(?:[A-Z][\w]*\s+)?[A-Z][\w]*-("
                               + "|".join(sorted(REGION_BLOCS, key=len, reverse=True)) + r")\b")


# the same told out: "KTT Korea dan Negara-negara Kepulauan Pasifik", "KTT antara Korea Selatan dan Negara Kepulauan di
# Pasifik", "KTT pertama dengan para pemimpin negara-negara di Kepulauan Pasifik", "KTT ... antara Korea dengan
# negara-negara Afrika" (not "Afrika Selatan")
# (a region as REGION_BLOCS names it, "di" between its words or not; not a country named after it, "Afrika Selatan")
_REGION = r"(Kepulauan\s+(?:di\s+)?Pasifik|Afrika|Teluk))\b(?!\s+(?:Selatan|Utara|Barat|Timur|Tengah)\b)"
_REGION_TOLD_IN_SUMMIT = prefilter.compile(
    r"\b(?:KTT|Konferensi\s+Tingkat\s+Tinggi|[Pp]ertemuan\s+(?:[Pp]uncak|[Tt]ingkat\s+[Tt]inggi|Menteri\s+Luar\s+Negeri))\b"
    r"[^.;]{0,60}?\b(?:dan|dengan)\s+(?:para\s+pemimpin\s+)?(?:\d+\s+)?([Nn]egara(?:-[Nn]egara)?\s+(?:di\s+)?" + _REGION)


# and its leaders, as one, opening a sentence: "Para pemimpin Kepulauan Pasifik mengunjungi Seoul untuk menghadiri ..."
# (not those one attends with: "bersama para pemimpin Afrika lainnya")
_REGION_LEADERS = prefilter.compile(r"\bPara\s+pemimpin\s+(?:dari\s+)?((?:[Nn]egara(?:-[Nn]egara)?\s+(?:di\s+)?)?" + _REGION)


def _region_blocs(body: str, found: list[Mention], actors: dict, gaz: Gazetteer) -> list[Mention]:
    """ "KTT Korea-Afrika", "KTT Korea-Kepulauan Pasifik": the region in a summit's name is its bloc."""
    out: list[Mention] = []
    # (the mention is group 1: the region, or the whole phrase told out; the region itself is the last group)
    named = [*_REGION_IN_SUMMIT.finditer(body), *_REGION_TOLD_IN_SUMMIT.finditer(body), *_REGION_LEADERS.finditer(body)]
    for m in sorted(named, key=lambda x: x.start(1)):
        code = REGION_BLOCS[re.sub(r"\s+(?:di\s+)?", " ", m.group(m.re.groups))]
        if code in gaz.actors and not any(x.start < m.end(1) and m.start(1) < x.end for x in found + out):
            out.append(Mention(code, m.start(1), m.end(1), m.group(1), "name"))
            actors.setdefault(code, gaz.actors[code])
    return out


# "KTT antar-Korea", "pertemuan puncak antar-Korea": a summit of the two Koreas (not "dialog dan kerja sama antar-Korea",
# spoken of)
_INTER_KOREAN_SUMMIT = prefilter.compile(r"\b(?:KTT|[Kk]onferensi\s+[Tt]ingkat\s+[Tt]inggi|[Pp]ertemuan\s+[Pp]uncak)"
                                         r"(?:\s+(?:ke-?\w+|pertama|kedua|ketiga|keempat|kelima))?\s+(antar)-?(Korea)\b")


def _inter_korean(body: str, found: list[Mention], actors: dict, gaz: Gazetteer) -> list[Mention]:
    """The two Koreas of an inter-Korean summit, as if written "KTT Korea Selatan-Korea Utara"."""
    out = list(found)
    for m in _INTER_KOREAN_SUMMIT.finditer(body):
        if all(c in gaz.actors for c in ("KR", "KP")):
            out = [x for x in out if not (x.start < m.end(2) and m.start(1) < x.end)]
            out += [Mention("KR", m.start(1), m.end(1), m.group(1), "name"), Mention("KP", m.start(2), m.end(2), m.group(2), "name")]
            actors.setdefault("KR", gaz.actors["KR"])
            actors.setdefault("KP", gaz.actors["KP"])
    return sorted(out, key=lambda x: x.start)


def _bloc_anaphors(body: str, found: list[Mention], actors: dict) -> list[Mention]:
    """ "blok tersebut", "aliansi itu": the organization the article names most, where it names one."""
    counts = Counter(m.code for m in found if m.via == "name" and actors.get(m.code) and actors[m.code].type == "organization")
    if not counts:
        return []
    org = counts.most_common(1)[0][0]
    return [Mention(org, m.start(), m.end(), m.group(0), "name") for m in _BLOC.finditer(body)
            if not any(x.start < m.end() and m.start() < x.end for x in found)]


_INSTITUTION_BEFORE = prefilter.compile(r"\b(?:Kementerian|Kemenko|Kementrian|Menteri|Menko|Badan|Dewan|Komite|Komisi|Kamar|Departemen"
                                 r"|Direktorat|Otoritas|Lembaga)\s+(?:(?:[A-Z][\w-]*|dan|&)\s+){0,4}$")


_NAMED_BEFORE = prefilter.compile(r"\b[A-Z][\w-]*\s+$")
_NAMED_AFTER = prefilter.compile(r"^\s+[A-Z]")


def _not_in_institution_names(body: str, sectors: list) -> list:
    """A sector word in an institution's name is no topic: "Kementerian Investasi Arab Saudi",
    "Kamar Dagang dan Industri" (capitalized, after the institution's head word); nor "Laut" in a name
    ("Laut China Selatan", "Asia Timur Laut", "Angkatan Laut")."""
    out = []
    for h in sectors:
        text = body[h.start:h.end]
        if text[:1].isupper() and _INSTITUTION_BEFORE.search(body, max(0, h.start - 60), h.start):
            continue
        if text == "Laut" and (_NAMED_BEFORE.search(body, max(0, h.start - 30), h.start) or _NAMED_AFTER.match(body[h.end:h.end + 3])):
            continue
        out.append(h)
    return out


def _specific(body: str, sectors: list) -> list:
    """ "industri" that only heads or qualifies another sector's word is that sector, not industry: "industri
    pertahanan" is defense, "industri semikonduktor" semiconductors, "rantai pasok industri" supply chains."""
    out = []
    for h in sectors:
        if h.value == "industry" and body[h.start:h.end].lower() == "industri":
            after = any(x is not h and x.value != "industry" and 0 < x.start - h.end <= 1 for x in sectors)
            before = any(x is not h and x.value != "industry" and 0 < h.start - x.end <= 1 for x in sectors)
            if after or before:
                continue
        out.append(h)
    return out


def _identified(person: Person, gaz: Gazetteer) -> Person:
    """A known office holder (people.tsv) with a Wikidata item carries it: the same person under any spelling."""
    known = gaz.people_by_key.get(fold_name(person.name))
    return replace(person, qid=known.qid) if known and known.qid and known.of == person.of else person


# "Shin mengunjungi pabrik Hanwha Aerospace di Stalowa Wola": a visit to a site of a company
_SITE_VISIT = prefilter.compile(r"\b(?:mengunjungi|meninjau|menyambangi|berkunjung\s+ke)\s+(?:\w+\s+){0,2}?(?:pabrik|fasilitas|galangan"
                         r"|smelter|kilang|lokasi|kantor\s+pusat|pusat\s+riset|lini\s+produksi)\b", re.IGNORECASE)


def _own_site_visit(meeting: Meeting, known: dict) -> bool:
    """A country's official visiting a site of one of its own companies meets no one of another side."""
    firms = [c for c in meeting.participants if known[c].type == "company"]
    return len(meeting.participants) == 2 and len(firms) == 1 and known[firms[0]].of in meeting.participants and \
        bool(_SITE_VISIT.search(meeting.evidence.sentence))


def extract(article: Article, *, lex: lexicon.Lexicon | None = None) -> Article:
    """The Article with its facts filled in, each carrying its evidence sentence and rule."""
    lex = lex or lexicon.default()
    gaz = lex.gazetteer
    body = article.body
    sents = sentences.split(body)
    hits = lex.scan(body)
    year = int(article.published[:4]) if article.published else dates.infer_year(body)

    found_mentions, actors = mentions.find(body, hits["actor"], gaz)
    found_mentions = sorted(found_mentions + _region_blocs(body, found_mentions, actors, gaz), key=lambda m: m.start)
    found_mentions = _inter_korean(body, found_mentions, actors, gaz)
    hits["person"] = sorted(hits["person"] + people.bare_leaders(body, hits["person"], gaz, hits["role"], found_mentions), key=lambda h: h.start)
    found_people = people.find(body, sents, hits["role"], hits["person"], found_mentions, gaz)
    for f in found_people:
        actors.setdefault(f.person.of, gaz.actors[f.person.of]) if f.person.of in gaz.actors else None
    # "pejabat tinggi Malaysia, termasuk Ketua Dewan Perwakilan Rakyat X": a body in the post of one who serves another
    # country is that country's, not the one whose body bears the name
    posts = [(f.title_start, f.start, f.person.of) for f in found_people if f.title_start >= 0]
    found_mentions = [m for m in found_mentions if not (m.via == "agency" and any(
        start <= m.start and m.end <= name_start and of != m.code for start, name_start, of in posts))]
    all_mentions = sorted(found_mentions + people.mentions_of(body, found_people, gaz.people_by_key) + _bloc_anaphors(body, found_mentions, actors),
                          key=lambda m: m.start)

    # Sector words inside a name or a post ("Menteri Perdagangan, Industri dan Energi") are not topics.
    inside_name = bytearray(len(body) + 1)
    for s, e in [(m.start, m.end) for m in found_mentions] + [(f.title_start, f.end) for f in found_people if f.title_start >= 0]:
        inside_name[s:e] = b"\x01" * (e - s)
    hits["sector"] = _specific(body, _not_in_institution_names(body, [h for h in hits["sector"] if not inside_name[h.start]]))
    month = int(article.published[5:7]) if article.published and len(article.published) >= 7 else None
    facts = relations.analyse_sentences(body, sents, hits, all_mentions, year=year, month=month, today=article.published)
    focus = relations.focus_pair(facts)
    drafts = relations.find_ties(body, facts, focus)
    agreements = relations.find_agreements(body, facts, drafts, focus, hits["sector"], published=article.published)
    caption = partial(_caption_date, article.raw, year=year, month=month, published=article.published)
    holders: dict[tuple[str, str], list[str]] = {}  # the article's people by office and side
    for f in found_people:
        names = holders.setdefault((f.person.role, f.person.of), [])
        if f.person.name not in names:
            names.append(f.person.name)
    meetings = find_meetings(body, facts, drafts, focus, event_date=event_date(facts, article.published, caption),
                                       published=article.published, holders=holders)
    meetings = filed_from(meetings, dateline_words(article.raw), body, article.published)
    agreements = relations.date_from_meetings(relations.timed(agreements), meetings, body)
    ties = relations.tie_objects(drafts, agreements)
    orgs = {c for c, a in actors.items() if a.type == "organization"}
    memberships = relations.find_memberships(body, facts, orgs)

    # Every code a fact names must be an actor the article describes: one that is neither found in the
    # text nor known to the gazetteer (a group whose mentions became one of its companies) takes its fact along.
    known = {**gaz.actors, **actors}
    # A company named once in passing ("seperti Apple dan Google") is context; one the article names again,
    # or that takes part in a fact, is an actor.
    named_again = Counter(m.code for m in all_mentions if m.via == "company")
    # ... and a country named only after the town it is in ("di Lima, Peru") is where, unless a fact has it
    used = {m.code for m in all_mentions if m.via in relations.USABLE and m.code in known
            and (known[m.code].type != "company" or named_again[m.code] > 1)
            and not (is_country(m.code) and clauses.town_before(body, m.start))}
    ties = [t for t in ties if t.a in known and t.b in known]
    agreements = [a for a in agreements if all(p in known for p in a.parties)]
    meetings = [m for m in meetings if all(p in known for p in m.participants) and not _own_site_visit(m, known)]
    memberships = [m for m in memberships if m.member in known and m.org in known]
    used |= {c for t in ties for c in (t.a, t.b)} | {c for a in agreements for c in a.parties}
    used |= {c for m in meetings for c in m.participants} | {c for m in memberships for c in (m.member, m.org)}
    # "Presiden Lee" stands for Korea, but a Korean is named in full by a surname and a given name: no person
    kept_people: tuple[Person, ...] = tuple(_identified(f.person, gaz) for f in found_people if f.person.of in known
                                            and f.person.name not in KOREAN_SURNAMES)
    used |= {p.of for p in kept_people}
    kept_actors = tuple(sorted((known[c] for c in used), key=lambda a: a.code))
    codes = {a.code for a in kept_actors}
    homes = {a.of for a in kept_actors if a.type == "company" and a.of and a.of not in codes
             and a.of in gaz.actors and gaz.actors[a.of].type == "country"}
    kept_actors = tuple(replace(a, of="") if a.type == "company" and a.of and
                        (a.of not in gaz.actors or gaz.actors[a.of].type != "country") else a for a in kept_actors)
    return replace(
        article,
        actors=kept_actors,
        described=tuple(gaz.actors[c] for c in sorted(homes)),
        mentions=tuple(all_mentions),
        people=kept_people,
        ties=tuple(ties),
        agreements=tuple(agreements),
        meetings=tuple(meetings),
        memberships=tuple(memberships),
    )
