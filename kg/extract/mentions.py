"""Actor mentions: gazetteer names, capitals standing for governments, companies by corporate suffix."""

from __future__ import annotations

import re
from dataclasses import replace

from kg import prefilter
from kg.article import Actor, Mention
from kg.extract import companies
from kg.extract.lexicon import Hit
from kg.gazetteers import Gazetteer, is_country
from kg.lang.id.cues import ADJECTIVE_HEADS, COUNTERPART_WORD, PLACE_PREPOSITIONS

_WORD_BEFORE = prefilter.compile(r"([\w\-]+)[^\w.!?\n]*\Z")  # not across a sentence or line end
_ADJECTIVE_HEADS = tuple(sorted(ADJECTIVE_HEADS, key=len, reverse=True))


def _preceding_word(text: str, start: int) -> str:
    m = _WORD_BEFORE.search(text[max(0, start - 40) : start])
    return m.group(1).lower() if m else ""


# The next stop of a trip is where the traveller goes on to, not a party here: "sebelum bertolak ke Singapura"
_ONWARD = prefilter.compile(r"\b(?:bertolak|melanjutkan\s+(?:perjalanan|lawatan)|terbang)\s+(?:lagi\s+)?(?:ke|menuju)$")


_VENUES_NAMED_AFTER = frozenset({"hotel", "mal", "menara", "stadion", "arena", "resor"})

# A school's (or a stock exchange's) name holds a country's as a word of it: "Universitas Indonesia", "Institut
# Teknologi Korea", "Bursa Efek Korea"
_SCHOOL = prefilter.compile(r"\b(?:Universitas|Institut|Politeknik|Akademi|Sekolah|Bursa)\s+(?:[A-Z][\w\-]*\s+){0,3}\Z")


# a counterpart, a leader or a delegation from a country stands for it: "bertemu mitranya dari Inggris", "bersama para
# pemimpin mitra Indo-Pasifik dari Jepang, Australia, dan Selandia Baru"
_COUNTERPART_FROM = prefilter.compile(rf"\b(?:{COUNTERPART_WORD}\s+(?:sejawat\s+)?"
                               r"|(?:pemimpin|delegasi|perwakilan|utusan|pejabat)\s+(?:[\w\-]+\s+){0,2}?"
                               # and ministers or heads by their title: "Menteri Luar Negeri dari Korea Selatan, AS, dan
                               # Jepang akan mengadakan pertemuan"
                               r"|(?:menteri|menlu|presiden|perdana\s+menteri|pm|kepala\s+(?:negara|pemerintahan)|kanselir"
                               r"|duta\s+besar|dubes)\s+(?:luar\s+negeri\s+|[a-z]+\s+)?)(?:dari|asal)$")


# a clock's zone names a place, not a party: "pukul 10.00 waktu Jakarta", "Jumat sore waktu Korea"; not "pada waktu
# Indonesia menandatangani ..." (at the time)
_TIME_ZONE = prefilter.compile(r"(?<!pada )(?<!di )(?<!dalam )(?<!sejak )\bwaktu$")


# firms of a kind, then their country: "para pemimpin perusahaan tambang Australia", "perusahaan teknologi Korea Selatan"
# (not a bloc's name: "kelompok produsen minyak OPEC+")
_FIRMS_OF_A_KIND = prefilter.compile(r"\b(?:[Pp]erusahaan(?:-perusahaan)?|[Pp]rodusen|[Pp]abrikan)"
                              r"(?:\s+(?!(?:yang|dan|serta|dengan|untuk|oleh|kepada|bersama|itu|ini|tersebut)\b)[a-z][a-z\-]*){1,2}\s+$")


# where an event is held, a town and its country: "KTT G7 yang akan digelar di Hiroshima, Jepang" (the country is where,
# not who)
_HELD_IN_TOWN = prefilter.compile(r"\byang\s+(?:(?:akan|telah|sudah)\s+)?(?:digelar|diselenggarakan|berlangsung|dihelat|diadakan)\s+di\s+(?-i:[A-Z])[\w\-']*"
                                  r"(?:\s+(?-i:[A-Z])[\w\-']*){0,2}\s*,\s*\Z", re.IGNORECASE)


# a verb next: what is named before it is its subject ("Korea Selatan menyambut", "Taiwan juga akan")
_VERB_NEXT = prefilter.compile(r"\s+(?:(?:me|ber|di|ter)[a-z]{3,}|akan|juga|telah|sudah|sepakat|tidak)\b")


# a visit to one of a bloc's members: "kunjungan perdana ke negara ASEAN", "mengunjungi negara anggota NATO"
_TO_A_MEMBER = prefilter.compile(r"\b(?:ke|kunjungi)\s+(?:salah\s+satu\s+)?negara(?:\s+anggota)?$")
_COUNTRIES_LISTED = prefilter.compile(r"\bnegara\b[^.;]{0,30}?,?\s*terdiri\s+(?:dari|atas)$")


def _context(body: str, hit: Hit) -> str:
    """How a name is used here: 'actor', 'place' (after "di", "kota" ...) or 'adjective' ("dolar AS",
    "Universitas Indonesia")."""
    before = body[max(0, hit.start - 40) : hit.start].lower().rstrip()
    word = _preceding_word(body, hit.start)
    if _COUNTERPART_FROM.search(before) or _COUNTRIES_LISTED.search(before):
        # "bertemu mitranya dari Inggris": the counterpart's country; "3 negara Asia Tengah, terdiri dari A, B dan C":
        # the countries listed
        return "actor"
    if word in PLACE_PREPOSITIONS or _ONWARD.search(before) or _TIME_ZONE.search(before) or \
            hit.value.type == "country" and _HELD_IN_TOWN.search(body, max(0, hit.start - 70), hit.start):
        return "place"
    if _SCHOOL.search(body, max(0, hit.start - 50), hit.start):
        return "adjective"
    if hit.value.type == "organization" and _TO_A_MEMBER.search(before):
        return "adjective"  # "kunjungan perdana Moon ke negara ASEAN": to a member country, not to the bloc
    if before.endswith(_ADJECTIVE_HEADS) and not before.endswith(("-", ",")) or hit.value.type == "country" and \
            _FIRMS_OF_A_KIND.search(body, max(0, hit.start - 60), hit.start):
        return "adjective"
    return "actor"


def _capital_is_government(body: str, hit: Hit) -> bool:
    """ "Seoul dan Hanoi sepakat" yes; "di Seoul", "tiba di Seoul", "Istana X, Abu Dhabi" no."""
    word = _preceding_word(body, hit.start)
    if word in PLACE_PREPOSITIONS or word in ("ke", "tiba", "menuju", "istana", "kota", "dari") or \
            _TIME_ZONE.search(body, max(0, hit.start - 40), hit.start - 1):
        return False
    last = re.search(r"([\w\-]+)( +)$", body[max(0, hit.start - 40) : hit.start])
    if last and last.group(1)[:1].isupper() and last.group(1).lower() not in ("dan", "serta"):
        return False  # the end of a venue's name: "Pusat Konvensi Nasional Vientiane", "Gedung Biru Seoul"
    before = body[max(0, hit.start - 3) : hit.start]
    if before.rstrip().endswith(","):
        prev = body[max(0, hit.start - 40) : hit.start].rstrip(" ,").split()
        if prev and prev[-1][:1].isupper():
            return False
    return True


def find(body: str, hits: list[Hit], gazetteer: Gazetteer) -> tuple[list[Mention], dict[str, Actor]]:
    """Mentions of actors in `body` (places and adjectives kept, marked), and the actors they name."""
    mentions: list[Mention] = []
    actors: dict[str, Actor] = {}
    for hit in hits:
        alias = hit.value
        if alias.type == "ignore":
            continue
        if alias.type == "capital":
            via = "capital" if _capital_is_government(body, hit) else "place"
            if via == "capital" and mentions and mentions[-1].via == "place" and \
                    re.fullmatch(r"\s*(?:,|dan|serta|,\s*dan)\s*", body[mentions[-1].end:hit.start]):
                via = "place"  # "Kunjungi Seoul dan Tokyo": the second town visited, like the first
        elif alias.type == "agency":
            via = "agency"
        else:
            use = _context(body, hit)
            if use == "place" and alias.type == "organization":
                use = "actor"  # "mitra dagang di Uni Eropa": a bloc is not a place
            if alias.type == "company":
                # "dipimpin LG Energy Solution", "di Samsung": a company is neither adjective nor place, but a venue
                # named after it is a place: "di Hotel Lotte, Seoul"
                use = "place" if _preceding_word(body, hit.start) in _VENUES_NAMED_AFTER else "actor"
            via = "name" if use == "actor" else use
        if via == "name" and mentions and mentions[-1].via in ("place", "capital") and \
                re.fullmatch(r"\s*,\s*", body[mentions[-1].end:hit.start]):
            via = "place"  # "di Pusat Konvensi Nasional, Vientiane, Laos": the country of a place
        elif via == "name" and alias.type == "country" and mentions and mentions[-1].via == "place" and \
                is_country(mentions[-1].code) and re.fullmatch(r"\s*(?:dan|serta|,\s*dan)\s*", body[mentions[-1].end:hit.start]) \
                and not _VERB_NEXT.match(body, hit.end):
            # "pelanggan di Amerika Serikat dan Taiwan": the second country where, like the first (not a subject: "... di
            # Jepang dan Korea Selatan menyambut baik ...")
            via = "place"
        if alias.type == "country" and mentions and mentions[-1].via == "agency" and mentions[-1].code != alias.code \
                and not body[mentions[-1].end:hit.start].strip():
            mentions.pop()  # "Ketua DPR Filipina": the body of the country named after it, not of the one it abbreviates
        mentions.append(Mention(alias.code, hit.start, hit.end, hit.text, via))
        actors.setdefault(alias.code, gazetteer.actors[alias.code])
    company_codes = gazetteer.company_codes
    found = companies.find(body, mentions, company_codes)
    names = {f.name: f for f in found}
    # a known company's acronym, introduced in the text ("LG Energy Solution (LGES)"), names it afterwards too
    known = [companies.Found(m.code, m.start, m.end, "", None) for m in mentions if m.code in company_codes]
    for short, full in companies.acronyms(body, found + known).items():
        if full not in names:
            names[full] = next(k for k in known if k.name == full)
        names.setdefault(short, names[full])
    for fuller in companies.extensions(body, list(names)):  # "Siemens" found, "Siemens Energy" written too
        base = next((names[n] for n in sorted(names, key=len, reverse=True) if fuller.startswith(n + " ")), None)
        if base is not None:
            names.setdefault(fuller, companies.Found(fuller, base.start, base.end, base.home, None))
    spans = [(f.start, f.end, f.name) for f in found]
    for name in sorted(names, key=len, reverse=True):  # every later mention of a name found once, longest first
        f = names[name]
        for m in re.finditer(r"(?<![\w\-])" + re.escape(name) + r"(?![\w\-])", body):
            overlapping = [x for x in spans if x[0] < m.end() and m.start() < x[1]]
            if all(m.start() <= x[0] and x[1] <= m.end() and x[1] - x[0] < m.end() - m.start() for x in overlapping):
                spans = [x for x in spans if x not in overlapping]  # "LG Display" inside "LG Display Vietnam Hai Phong"
                spans.append((m.start(), m.end(), f.name))
    extended = {}
    named_companies = {f.name for f in found} | {k.name for k in known}
    for code in {m.code for m in mentions} & company_codes:  # a group's bare name after one of its companies: "LG" after "LG Chem"
        fullers = {n for n in named_companies if n.startswith(code + " ")}
        groups = {n for n in fullers if n.endswith((" Group", " Grup"))} | ({"Grup " + code} & named_companies)
        fullers = groups or fullers  # "Lotte" after "Lotte Group" and "Lotte Chemical", "Hyundai" after "Hyundai Motor Group": the group
        longest = max(fullers, key=len, default="")
        if len(fullers) > 1 and all(longest == n or longest.startswith(n + " ") for n in fullers):
            fullers = {longest}  # "Hyundai" after "Hyundai Motor" and "Hyundai Motor Company": one company, as written in full
        formal = companies.in_full({code} | fullers).get(code)
        if formal:  # "Lotte Chemical" beside "Lotte Chemical Corporation" and "Lotte Chemical Indonesia": the first
            fullers = {formal}
        if len(fullers) == 1:
            extended[code] = fullers.pop()
    homes = {f.home_span for f in found if f.home_span}  # "raksasa kimia Korea Selatan LG Chem": an adjective
    kept = [replace(m, via="adjective") if (m.start, m.end) in homes else m
            for m in mentions if not any(s <= m.start < e for s, e, _ in spans)]
    # not the group written as one: "Chairman Lotte Group Shin Dong-bin" beside "Lotte Chemical Indonesia"
    kept = [replace(m, code=extended[m.code], via="company") if m.code in extended and not _GROUP_WORD.match(body, m.end)
            and not body[max(0, m.start - 5):m.start].lower().endswith("grup ") else m for m in kept]
    for s, e, name in spans:
        f = names[name]
        group = max((c for c in company_codes if f.name.startswith(c + " ")), key=len, default="")
        opening = next((m.code for m in mentions if m.start == f.start and is_country(m.code)
                        and m.code not in company_codes), "")  # "Korea Electric Power Corporation": Korea's
        home = f.home or (gazetteer.actors[group].of if group else "") or _home_country(body, s, mentions) or opening or \
            ("ID" if _INDONESIAN_FORM.search(body[f.start:f.end]) else "")  # "PT Pelabuhan Indonesia (Persero)"
        actors.setdefault(f.name, gazetteer.actors.get(f.name) or Actor(f.name, "company", f.name, f.name, of=home))
        kept.append(Mention(f.name, s, e, body[s:e], "company"))
    kept = [replace(x, via="company") if x.via == "name" and x.code in company_codes else x for x in kept]
    used = {m.code for m in kept}
    actors = {c: a for c, a in actors.items() if c in used}
    return sorted(kept, key=lambda m: m.start), actors


_GROUP_WORD = prefilter.compile(r"\s+(?:Group|Grup)\b")

# Legal forms only Indonesian company law has: a company written with one is Indonesian, unless its home is named
_INDONESIAN_FORM = prefilter.compile(r"^PT\s|\(Persero\)|\bTbk\b")


def _home_country(body: str, start: int, mentions: list[Mention]) -> str:
    """A company's country: the country named just before it ("industri elektronika Korea Selatan AITEC")."""
    before = [m for m in mentions if m.end <= start and start - m.end < 40 and is_country(m.code) and m.via != "company"
              and m.via in ("name", "adjective", "place", "capital")
              and not companies.APART.search(body[m.end:start])]
    return before[-1].code if before else ""
