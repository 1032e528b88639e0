"""People with their roles: a role title, then the body it serves, then a capitalised name."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Container
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace

from kg import prefilter
from kg.article import Evidence, Mention, Person
from kg.extract.clauses import town_before
from kg.extract.lexicon import Hit
from kg.extract.sentences import Sentence
from kg.gazetteers import ASCII_LETTERS, Gazetteer, KnownPerson, Place, fold_name, is_country
from kg.lang.id.cues import BUILDINGS, COUNTERPART_WORD
from kg.lang.id.dates import DAYS, MONTH_NAMES
from kg.lang.id.names import HEADLINE_VERBS, KOREAN_NAME, KOREAN_SURNAMES
from kg.lang.id.roles import (
    COMPANION_CUES,
    DESCRIPTOR_WORDS,
    HOME_COUNTRY,
    HONORIFICS,
    MONARCHIC_TITLES,
    NAME_PARTICLES,
    ROLE_TITLES,
)

_TOKEN = prefilter.compile(r"[^\W\d_][\w'’]*(?:-[\w'’]+)*|\(|\)|,|[^\w\s]")  # a word opens with any letter: "Šefčovič"
_CONNECTORS = {"dan", "untuk", "urusan", "bidang", "luar", "negeri", "&", "sekaligus", "merangkap", "/"}
# months in full only: "Jan" is a first name too ("Menteri-Presiden Flanders Jan Jambon")
_NOT_NAMES = {d.capitalize() for d in DAYS} | {m.capitalize() for m in MONTH_NAMES} | {"KTT", "MoU", "MOU", "Ia", "Dia"} | {
    "CEO", "COO", "CFO", "CTO", "Presdir", "Dirut", "Wapres"} | HEADLINE_VERBS | {  # posts written as one word are never a name
    "Semenanjung"}  # a region's word: "Biro Rezim Perdamaian Semenanjung Korea" names a bureau, no one
_MAX_ZONE_TOKENS = 16
_MAX_NAME_TOKENS = 5


@dataclass(frozen=True)
class Found:
    person: Person
    start: int
    end: int
    title_start: int = -1  # where its role title began: the words up to the name describe the post


_NAME_TOKEN = prefilter.compile(r"\s*([^\W\d_][\w'’]*(?:-[\w'’]+)*\.?)")


def _inside(pos: int, spans: list[tuple[int, int]]) -> tuple[int, int] | None:
    for s, e in spans:
        if s <= pos < e:
            return s, e
    return None


def _name_after(body: str, start: int, limit: int, actor_spans: list[tuple[int, int]],
                actor_codes: dict[tuple[int, int], str], first_names: Container[str] = frozenset(),
                towns: Container[str] = frozenset(), agencies: Container[tuple[int, int]] = frozenset(),
                employers: dict[str, str] | None = None) -> tuple[str, int, int, str] | None:
    """From the end of a title: skip the body it serves, return (name, start, end, affiliation). A capital's name
    after the country served and before a name is a first name ("Perdana Menteri Australia Sofia Novak")."""
    pos, affiliation, depth, zone_tokens = start, "", 0, 0
    comma_after_body = False
    while pos < limit and zone_tokens < _MAX_ZONE_TOKENS:
        m = _TOKEN.match(body, pos)
        if m is None:
            pos += 1
            continue
        tok = m.group(0)
        span = _inside(m.start(), actor_spans)
        if comma_after_body and tok[:1].islower():
            return None  # "Li Qiang, Perdana Menteri China, dalam KTT ...": the post ends at its comma, no name after
        comma_after_body = tok == "," and bool(affiliation) and not depth
        if tok == "(":
            depth += 1
        elif tok == ")":
            depth = max(0, depth - 1)
        elif tok == "," and affiliation and not depth and re.match(r"\s*(?:dan|serta)\b", body[m.end():m.end() + 8]):
            return None  # "X, Menteri Luar Negeri Arab Saudi, dan Menteri ... Y": the post of the one named before
        elif depth or tok == "," or span:
            if span and affiliation and not depth and body[span[0]:span[1]] in first_names and \
                    _capitalised_next(body, span[1], limit):
                taken = _take_name(body, span[1], limit, actor_spans, affiliation)
                if taken and KOREAN_NAME.fullmatch(taken[0]):  # "KOTRA Jakarta Park Jae-won": the post's town
                    return taken
                if taken:
                    return body[span[0]:span[1]] + " " + taken[0], span[0], taken[2], affiliation
            if span and affiliation and not depth and is_country(actor_codes[span]) and not is_country(affiliation) and \
                    (span in agencies or _MINISTRY_BEFORE.search(body, max(start, span[0] - 40), span[0])):
                # "Direktur Jenderal Kerja Sama ASEAN Kemlu RI X" ("... Kementerian Luar Negeri RI X"): the ministry
                # served, not the bloc its office deals with
                affiliation = actor_codes[span]
            if span and not affiliation and not depth:
                affiliation = actor_codes[span]
                whose = _inside(span[1] + 1, actor_spans) if span in agencies and body[span[1]:span[1] + 1] == " " else None
                if whose and len(actor_codes[whose]) == 2 and body[whose[0]:whose[1]] not in first_names:
                    # "Dirjen Asia Pasifik Kemlu Korsel X": Korea's ministry; "KOTRA Jakarta": the office's town
                    affiliation = actor_codes[whose]
            if span:
                pos = span[1]
                zone_tokens += 1
                continue
        elif tok in _ABBREVIATED_RANKS and body.startswith(".", m.end()):
            pos, zone_tokens = m.end() + 1, zone_tokens + 1  # "Kapolri Jenderal Pol. Listyo Sigit Prabowo": a rank's word
            continue
        elif tok == "Bidang" and (fields := _FIELDS_LISTED.match(body, m.end())):
            # "Deputi Bidang Protokol, Pers, dan Media Sekretariat Presiden X": the post's fields, listed
            pos, zone_tokens = fields.end(), zone_tokens + len(fields.group(0).split())
            continue
        elif _is_acronym(tok) and (_capitalised_next(body, m.end(), limit) or body.startswith("/", m.end())):
            pass  # an agency or employer named by its acronym before the name: "Kepala BKPM Rosan Roeslani"
        elif _is_acronym(tok) and len(tok) > 2 and not _descriptor(tok):
            return None  # "Ketua MPR, Ketua DPR ...": the post of a body, no person named; "Menteri Sains, TIK, dan ..." goes on
        elif tok[0].isupper() and not _descriptor(tok) and tok not in _NOT_NAMES:
            taken = _take_name(body, m.start(), limit, actor_spans, affiliation)
            if employers and not affiliation and tok in employers and taken and len(taken[0].split()) >= 3:
                affiliation = employers[tok]  # "Chairman Ford William Clay Ford Jr.": the company, then the name
                pos, zone_tokens = m.end(), zone_tokens + 1
                continue
            if taken and " " not in taken[0] and taken[0].casefold() in towns:
                return None  # "saat menjabat Sultan Johor": the post's state, no one named
            after = _INTRODUCED_ACRONYM.match(body, taken[2]) if taken else None
            if after and taken and _inside(body.index("(", taken[2]) + 1, actor_spans):
                after = None  # "Menteri Luar Negeri Wang Yi (China)": the country served, after the name
            if taken and after:  # "Badan Koordinasi Penanaman Modal (BKPM) Rosan": a body's name, then the person's
                pos, zone_tokens = after.end(), zone_tokens + 1
                continue
            if taken and len(taken[0].split()) >= 3 and taken[0].split()[0].casefold() in towns:
                # "Wali Kota Surabaya Eri Cahyadi": the post's town, then the name
                skip = len(taken[0].split()[0])
                taken = (taken[0][skip + 1:], taken[1] + skip + 1, taken[2], taken[3])
            if taken and (_office_word_next(body, taken[2], limit, actor_spans) or _body_then_name(body, taken, limit, actor_spans)
                          or _unit_named(body, taken, limit)):
                # "Kepala Badan Sarana Pertahanan, Marsda X": a word of the body's name, not a person's
                pos, zone_tokens = taken[2], zone_tokens + len(taken[0].split())
                continue
            return _korean_tail(taken)
        elif tok == "di" and _capitalised_next(body, m.end(), limit):
            # "Konsul Jenderal Jepang di Surabaya Yoshihiro Kamikawa": the post's town, then the name
            town = _NAME_TOKEN.match(body, m.end())
            run = _CAPITALISED_WORDS.match(body, m.end())
            if run and any(" ".join(run.group(0).split()[:n]).casefold() in towns for n in (2, 3)):
                return None  # "bagi sang putra mahkota di Cheong Wa Dae": a place of more words than one, no name
            if town and town.group(1) not in BUILDINGS and not _descriptor(town.group(1)) and \
                    _capitalised_next(body, town.end(), limit) and _TWO_WORDS_NEXT.match(body, town.end()):
                # (not "pertemuan tingkat menteri BRICS di Nizhny Novgorod": a town of two words, no one named)
                pos, zone_tokens = town.end(), zone_tokens + 2
                continue
            return None
        elif tok == "Dan" and _capitalised_next(body, m.end(), limit):
            # "Menteri Kerja Sama Pembangunan Denmark Dan Jorgensen": a first name, not "dan", before a name
            following = _NAME_TOKEN.match(body, m.end())
            rest = _take_name(body, following.start(1), limit, actor_spans, affiliation) if following else None
            if rest:
                return "Dan " + rest[0], m.start(), rest[2], rest[3]
            pos = m.end()
        elif tok == "dan" and _ADDRESSED_NEXT.match(body, m.end()):
            return None  # "Presiden dan Ibu Iriana": the post names no one; the one after it is another, addressed
        elif _descriptor(tok) or tok.lower() in _CONNECTORS:
            pass
        else:
            return None
        pos = m.end()
        zone_tokens += 1
    return None


_ADDRESSED_NEXT = prefilter.compile(r"\s+(?:Ibu|Bapak|Bu|Pak)\s+(?!Negara|Kota)[A-Z]")  # "Ibu Iriana", not "Ibu Negara"


_ABBREVIATED_RANKS = frozenset({"Pol", "Purn"})
# the fields of a post, listed: "Bidang Protokol, Pers, dan Media" (the last one word after "dan")
_FIELDS_LISTED = prefilter.compile(r"(?:\s+[A-Z][\w\-]*)+(?:\s*,\s*[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*)+,?\s+(?:dan|serta)\s+[A-Z][\w\-]*")
_MINISTRY_BEFORE = prefilter.compile(r"\bKementerian(?:\s+[A-Z][\w&\-]*){1,4}\s+\Z")
_CAPITALISED_WORDS = prefilter.compile(r"(?:\s+[A-Z][\w'\-]*){1,4}")
_TWO_WORDS_NEXT = prefilter.compile(r"\s+[A-Z][\w'\-]*\s+[A-Z]")
_INTRODUCED_ACRONYM = prefilter.compile(r"\s*\([A-Z][A-Za-z0-9&\-]{1,9}\)")


def _office_word_next(body: str, pos: int, limit: int, actor_spans: list[tuple[int, int]]) -> bool:
    """The capitalised run read as a name goes on with words that name offices, then a comma or a country
    ("Kepala Badan Sarana Pertahanan, Marsda X"): the run is part of a body's name. A name with such a
    word inside ("Raja Juli Antoni", "Agus Putra Wijaya") goes on with a name."""
    words = 0
    while (m := _NAME_TOKEN.match(body, pos)) and m.start(1) < limit and m.start(1) == pos + 1 and \
            m.group(1)[0].isupper() and _descriptor(m.group(1).rstrip(".")) and not _inside(m.start(1), actor_spans):
        pos, words = m.end(), words + 1
    following = body[pos:pos + 2].lstrip(" ")
    return words > 0 and (following.startswith(",") or _inside(pos + 1, actor_spans) is not None)


# the words that open the name of a unit of government: "Biro Rezim Perdamaian ...", "Dewan Dominasi Energi Nasional"
_UNIT_BEFORE = prefilter.compile(r"\b(?:Biro|Dewan|Direktorat|Divisi|Departemen|Komite|Lembaga|Pusat)\s+\Z")


def _unit_named(body: str, taken: tuple[str, int, int, str], limit: int) -> bool:
    """One word after a unit's word, then a word that names offices or fields ("Direktur Jenderal Biro Rezim
    Perdamaian ...", "Ketua Dewan Dominasi Energi Nasional Doug Burgum"): the word belongs to the unit's name."""
    following = _NAME_TOKEN.match(body, taken[2])
    return " " not in taken[0] and bool(_UNIT_BEFORE.search(body, max(0, taken[1] - 16), taken[1])) and \
        following is not None and following.start(1) < limit and _descriptor(following.group(1).rstrip(".,"))


def _body_then_name(body: str, taken: tuple[str, int, int, str], limit: int, actor_spans: list[tuple[int, int]]) -> bool:
    """One word, then the body served, then a name: "Komisioner Pasar Internal UE Thierry Breton", "Ketua Umum
    Kadin Indonesia Anindya Bakrie": the word belongs to the post."""
    span = _inside(taken[2] + 1, actor_spans) if body[taken[2]:taken[2] + 1] == " " else None
    return " " not in taken[0] and span is not None and body[span[1]:span[1] + 1] == " " and \
        _capitalised_next(body, span[1], limit)


def _korean_tail(taken: tuple[str, int, int, str] | None) -> tuple[str, int, int, str] | None:
    """ "Zinc Choi Yoon-beom" after "Chairman Korea": the employer's last word, then a Korean name."""
    if taken is None:
        return None
    name, start, end, affiliation = taken
    words = name.split()
    if len(words) >= 3 and KOREAN_NAME.match(" ".join(words[-2:])):
        tail = " ".join(words[-2:])
        return tail, end - len(tail), end, affiliation
    return taken


# Indonesian nominalisations (pe-/per-/pen-/pem-/peng-/peny-/ke- ... -an: "Pengendalian", "Pelaksanaan",
# "Kesehatan") name offices and fields, never people.
_PARTICLE_JOINED = prefilter.compile(r"^(?:al|el|ad|as|ar|bin|ibn|abu)-[A-Z]")
_SERVES = prefilter.compile(r"\b(?:penasihat|juru\s+bicara|staf|ajudan|sekretaris|kantor|utusan)\b[^,.;]*$", re.IGNORECASE)
_NOMINAL = prefilter.compile(r"^(?:pe|per|pen|pem|peng|peny|ke)[a-z]{2,}an$")


def _descriptor(tok: str) -> bool:
    low = tok.lower()
    base, dash, again = low.partition("-")
    if dash and base == again:  # a word said twice is its plural: "Negara-negara", "Pemimpin-pemimpin"
        low = base
    # letters no Indonesian root has: "Pezeshkian" is a name, not a pe-...-an word
    return low in DESCRIPTOR_WORDS or bool(_NOMINAL.match(low)) and not _FOREIGN_LETTERS.search(low)


_FOREIGN_LETTERS = prefilter.compile(r"[zqx]|sh")


# capital letters of the Latin scripts names are written in: "Ömer", "Šefčovič", "Łukasz"
_UPPER = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())
_PARTICLE_WORDS = "|".join(sorted(NAME_PARTICLES, key=len, reverse=True))
_NAME_THEN_COMMA = prefilter.compile(rf"(?<![\w\-])([{_UPPER}][\w'’]*(?:-[\w'’]+)*\s+(?:(?:[{_UPPER}][\w'’]*(?:-[\w'’]+)*|(?:{_PARTICLE_WORDS}))\s+){{0,4}}"
                              rf"[{_UPPER}][\w'’]*(?:-[\w'’]+)*)"
                              # "Abdullah bin Zayed Al Nahyan, Menteri Luar Negeri ...": particles inside the name
                              # an academic degree after the name, and "selaku" before the post: "X, M.Sc., selaku Kepala"
                              r"(?:,\s*(?:[A-Z][a-zA-Z]{0,3}\.){1,3})?(?:,\s*(?:(?:selaku|sebagai)\s+)?|\s+selaku\s+)$")
_STYLES = frozenset({"sheikh", "syekh", "pangeran", "putri", "sultan", "emir"})  # a style or rank before a name
# words that open a sentence or clause before a name, never part of it
_OPENERS = frozenset({"Menurut", "Kata", "Ujar", "Bagi", "Oleh", "Namun", "Sementara", "Sedangkan", "Adapun", "Dan", "Tetapi",
                      "Bahkan", "Kemudian", "Lalu", "Selain", "Sebelumnya", "Kini", "Saat", "Ketika"})
# "..., selaku Kepala Otorita ...": the post of the one named before it; no name follows it
_DEPUTY = prefilter.compile(r"\bwakil\s+(?:pertama\s+)?$", re.IGNORECASE)  # "Wakil Pertama Perdana Menteri"
_OFFICE_OF = prefilter.compile(r"\b(?:Sekretariat|Kantor|Istana|Tim\s+[A-Z]\w+)\s+\Z")  # (a team: "Tim Komunikasi Presiden, X")
_AS_POST = prefilter.compile(r"\b(?:selaku|sebagai)\s+$", re.IGNORECASE)


def _name_before(body: str, sentence: Sentence, hit: Hit, named: list[Mention]) -> tuple[str, int, int, str] | None:
    """A post written after the name: "Chae Sun-joo, pimpinan bidang ESG ... Naver"; its body is the
    first actor named after the post, in the same clause."""
    m = _NAME_THEN_COMMA.search(body[sentence.start:hit.start])
    if not m:
        return None
    name = m.group(1)
    words = name.split()
    lead = 0
    # "Menurut Ahn Duk-geun, menteri perdagangan ...", "Sheikh Abdullah bin Zayed, Menteri ...": the name after it
    while len(words) > 2 and (words[0] in _OPENERS or words[0].lower() in _STYLES):
        lead += len(words[0]) + 1
        words = words[1:]
    name = " ".join(words)
    # (nor a post's short form before one: "selain Menko Airlangga, Presiden juga ...")
    if any(_descriptor(w) or w in _NOT_NAMES or w.isupper() or w.lower() in ROLE_TITLES for w in words):
        return None
    start = sentence.start + m.start(1) + lead
    end = start + len(name)
    if any(x.start < end and start < x.end for x in named):
        return None  # an actor's name, not a person's
    clause_end = min([i for i in (body.find(",", hit.end, sentence.end), body.find(" yang ", hit.end, sentence.end)) if i >= 0]
                     or [sentence.end])
    after = [x for x in named if hit.end <= x.start < clause_end]
    return name, start, end, after[0].code if after else ""


def _is_acronym(tok: str) -> bool:
    return len(tok) >= 2 and tok.upper() == tok and any(c.isalpha() for c in tok) and tok.isalnum()


def _capitalised_next(body: str, pos: int, limit: int) -> bool:
    m = _NAME_TOKEN.match(body, pos)
    if m is None:
        return False
    return m.start(1) < limit and m.group(1)[0].isupper() and not _is_acronym(m.group(1).rstrip("."))


def _take_name(body: str, start: int, limit: int, actor_spans: list[tuple[int, int]],
               affiliation: str) -> tuple[str, int, int, str] | None:
    parts: list[str] = []
    starts: list[int] = []
    while (degree := _DEGREE_BEFORE.match(body, start)) and degree.end() < limit:  # "Dr. Ir. Airlangga Hartarto"
        start = degree.end()
    pos, end = start, start
    while pos < limit and len(parts) < _MAX_NAME_TOKENS + 2:
        m = _NAME_TOKEN.match(body, pos)
        if m is None:
            break
        initial = bool(_INITIAL.match(m.group(1))) and _capitalised_next(body, m.end(), limit)  # "N. Chandrasekaran"
        tok = m.group(1) if initial or m.group(1).endswith("Jr.") else m.group(1).rstrip(".")
        if _inside(m.start(1), actor_spans) or tok in _NOT_NAMES or _descriptor(tok) and not (
                parts and tok.islower() and tok in NAME_PARTICLES):  # "Juan Ramón de la Fuente"
            break
        if tok[0].isupper() or (parts and _PARTICLE_JOINED.match(tok)):  # "Munir al-Bursh"
            parts.append(tok)
            starts.append(m.start(1))
            end = m.start(1) + len(tok)
        elif tok.lower() in NAME_PARTICLES and parts:
            parts.append(tok)
            starts.append(m.start(1))
        else:
            break
        if m.group(1).endswith(".") and not initial:
            break
        pos = m.end()
    while parts and parts[-1].lower() in NAME_PARTICLES:
        parts.pop()
    first_initial = next((k for k, p in enumerate(parts) if _INITIAL.match(p)), None)
    if first_initial is not None and first_initial >= 2:  # "Chairman Tata Sons N. Chandrasekaran": the employer, then the name
        parts, start = parts[first_initial:], starts[first_initial]
    if not parts or len(parts) > _MAX_NAME_TOKENS:
        return None
    return _JOINED_INITIALS.sub(r"\1", " ".join(parts)), start, end, affiliation


_JOINED_INITIALS = prefilter.compile(r"\b([A-Z]\.) (?=[A-Z]\.)")  # "Retno L.P. Marsudi" as written


_INITIAL = prefilter.compile(r"^[A-Z]\.$")
# academic and religious styles written before a name, never part of it
_DEGREE_BEFORE = prefilter.compile(r"(?:Dr|Prof|Ir|Drs|Dra|dr|drg|H|Hj|K\.H)\.\s+(?=[A-Z])")
_STATE_OFFICES = frozenset({"head-of-state", "head-of-government", "minister"})


def find(body: str, sentences: list[Sentence], role_hits: list[Hit], person_hits: list[Hit], mentions: list[Mention],
         gazetteer: Gazetteer) -> list[Found]:
    """Every titled person, once per name (first full mention), plus well-known names said without a
    title. A person's affiliation comes from the text (title, the body named with the title, the
    same title with a country elsewhere, the delegation they are listed in) or from the pair the
    article is about; never guessed: without support the person is left out."""
    named = [m for m in mentions if m.via in ("name", "agency", "place", "adjective", "company", "capital")]
    spans = [(m.start, m.end) for m in named]
    codes = {(m.start, m.end): m.code for m in named}
    company_codes = {m.code for m in named if m.via == "company"}
    # "Ford Motor Company ... Chairman Ford William Clay Ford Jr.": a company named again by its first word
    first_words: dict[str, tuple[int, str]] = {}
    for m in named:
        if m.via == "company" and " " in m.code and (word := m.code.split()[0]).istitle() and word.lower() not in DESCRIPTOR_WORDS:
            first_words.setdefault(word, (m.start, m.code))
    agencies = {(m.start, m.end) for m in named if m.via == "agency"}
    known = gazetteer.people_by_key
    found: dict[str, Found] = {}
    focus = _focus(body, mentions, person_hits)
    home_town = any(m.via == "place" and m.code == HOME_COUNTRY for m in mentions)  # "di Jakarta"
    covered_until = covered_until_title(body)  # the headline is Title Case: no names read there
    for hit in role_hits:
        if hit.start < covered_until:
            continue
        sentence = next((s for s in sentences if s.start <= hit.start < s.end), None)
        if sentence is None:
            continue
        role, title_of = hit.value
        if _OFFICE_OF.search(body, max(sentence.start, hit.start - 30), hit.start):
            continue  # "Sekretariat Presiden X", "Kantor Perdana Menteri": an office, the post of the one named is told before
        if _DEPUTY.search(body[max(sentence.start, hit.start - 16):hit.start]):
            role = "official"  # "Wakil Kanselir", "Wakil Sekretaris Jenderal": a deputy is an official
        as_post = bool(_AS_POST.search(body[max(sentence.start, hit.start - 10):hit.start]))
        employers = {w: code for w, (at, code) in first_words.items() if at < hit.start}
        result = (None if as_post else _name_after(body, hit.end, sentence.end, spans, codes, gazetteer.capital_names,
                                                gazetteer.places, agencies, employers if role == "business" else {})) or \
            _name_before(body, sentence, hit, named)
        if not result:
            continue
        name, start, end, affiliation = result
        covered_until = max(covered_until, end)
        listed = _listed_officials(body, sentence, hit.start, named)
        if listed and affiliation != listed and (not affiliation or is_country(affiliation)) and not any(
                m.code == affiliation and m.via in ("name", "capital") and hit.end <= m.start < start for m in named):
            # "pejabat tinggi Malaysia, termasuk Ketua Dewan Perwakilan Rakyat X": the list's country, not the one
            # whose body bears that name
            affiliation = listed
        honorific = next((h for h in HONORIFICS if name.lower().startswith(h + " ")), None)
        if honorific and len(name.split()) - len(honorific.split()) >= 2:  # "Datuk Seri Anwar Ibrahim": the name after
            name, start = name[len(honorific) + 1:], start + len(honorific) + 1
        key = fold_name(name)
        if key in found and found[key].person.role == "other" and role != "other" and affiliation:
            # "Pangeran Faisal bin Farhan Al Saud, Menteri Luar Negeri Arab Saudi": the post after a rank of birth
            was = found[key]
            found[key] = replace(was, person=replace(was.person, role=role, of=affiliation))
            continue
        if key in found or any(is_short_form(name, f.person.name) for f in found.values()):
            continue
        hint = known.get(key) or known.get(key.rstrip("."))  # "Ferdinand Marcos Jr." is the table's "... Jr"
        if hint is None and key in gazetteer.person_names:  # "Presiden Jokowi": Joko Widodo, by the name he goes by
            hint = known[fold_name(gazetteer.person_names[key])]
            name, key = hint.name, fold_name(hint.name)
            if key in found:
                continue
        # "Presiden Yoon": the one known head of state of that name, in full; a Korean family name alone names no one
        # minister or official ("Menteri Kim" is one of many Kims in office)
        # (a monarch's title names no president: "Sultan Ibrahim" is not the Maldives' Ibrahim Mohamed Solih)
        crowned = gazetteer.monarchies if hit.text.lower() in MONARCHIC_TITLES else None
        if hint is None and " " not in name and (role in _FEW_HOLDERS or name not in KOREAN_SURNAMES):
            same = _holders(gazetteer, key, role, crowned)
            if len(same) == 1:
                hint = same[0]
                name, key = hint.name, fold_name(hint.name)
                if key in found:
                    continue
        if hint is None and " " in name:  # "Raja Salman bin Abdulaziz": the one known holder whose name it begins
            same = tuple(p for p in _holders(gazetteer, name.split()[0], role, crowned) if p.name.startswith(name + " "))
            if len(same) == 1:
                hint = same[0]
        if hint is None and " " in name:  # "Presiden Lula da Silva": the one known holder whose name it ends, in full
            words = name.split()
            by_last = _holders(gazetteer, words[-1], role, crowned)
            same = tuple(p for p in by_last if p.name.endswith(" " + name))
            if len(same) != 1 and len(words) >= 3:
                # "Presiden Turki Recep Tayyib Erdogan": the one known holder of that first and last name, a middle one
                # spelled otherwise
                same = tuple(p for p in by_last if len(p.name.split()) >= 3 and fold_name(p.name.split()[0]) == fold_name(words[0])
                             and fold_name(p.name.split()[-1]) == fold_name(words[-1]))
            if len(same) == 1:
                hint = same[0]
                name, key = hint.name, fold_name(hint.name)
                if key in found:
                    continue
        if hint and affiliation and hint.of != affiliation and is_country(affiliation) and is_country(hint.of) and \
                "," in body[hit.end:start]:
            # "Setelah pertemuan dengan Menlu Turki, Retno melanjutkan ...": the post ended at its comma; the one
            # known to serve another country is the next clause's subject, in the post the table knows, not this one
            affiliation, role, title_of = hint.of, hint.role, ""
        if hint and role == "other":  # "Putra Mahkota" who is also prime minister: the office he holds
            role = hint.role
        title = hit.text.lower()
        people = list(found.values())
        # "Menteri Perindustrian (Menperin) X": an abbreviation only one country's officials use
        title_of = title_of or next((h.value[1] for h in role_hits if hit.end <= h.start < start and h.value[1]), "")
        # "Wakil Perdana Menteri sekaligus Menteri Pertahanan X": the post named next to the name is the one held here
        later = [h for h in role_hits if hit.end <= h.start < start and not h.text.lower().endswith("terpilih")
                 # an honorific or a rank of birth, not a post: "Perdana Menteri Sheikh X", "Menteri Energi Pangeran X"
                 and h.text.lower() not in ("sheikh", "syekh", "pangeran", "putri")
                 and body[h.start - 1:h.start] != "/"  # "Menteri Investasi/Kepala BKPM X": the first post is the office
                 and not _OFFICE_OF.search(body, max(0, h.start - 30), h.start)  # "Deputi ... Sekretariat Presiden X"
                 # "Penasihat Ekonomi Presiden X": the adviser's post (not "Utusan khusus Presiden Korea Selatan
                 # Lee Jae-myung, ...", the president known, whose envoy is another)
                 and not (_SERVES.search(body[hit.start:h.start]) and not (hint and hint.role == h.value[0]))]
        if later:
            role = later[-1].value[0]
        # a state's office ("Perdana Menteri Mark Rutte") is not the organization a known person leads today
        # (NATO): the table's affiliation is then from another time
        hint_of = hint.of if hint and not (role in _STATE_OFFICES and role != hint.role and hint.of in gazetteer.actors
                                           and gazetteer.actors[hint.of].type != "country") else ""
        of = (affiliation or title_of or hint_of
              or _post_place(body, hit.end, start, gazetteer.places)
              or _korean(name, role, focus)
              or _delegation(body, sentence, hit.start, people, named, person_hits)
              or _leads(body, sentence, hit.start, named)
              or _represents(body, sentence, end, named)
              or _from_country_after(body, end, named)
              or _host(body, sentence, hit.start, named)
              or _ministry(body, sentence, hit, named)
              or _gone_to_meet(body, sentence, hit.start, named, role)
              or _home(focus, role, people, home_town)
              or _tours_the_focus(body, sentence, end, named, focus, role)
              or _returns_home(body, name)
              or _accompanies(body, name, person_hits)
              or _same_title_elsewhere(body, title, named)
              or _employer(role, sentence, hit.start, named)
              or _met_where(body, sentence, hit.start, named, met_by := _met_by(body, sentence, hit.start, people, named))
              or _hosts_at(body, sentence, end, named)
              or _meets_abroad(body, sentence, end, named, role)
              or _from_focus(focus, role, title, people + _known_leaders(sentence, person_hits, start), gazetteer, name,
                             met_by or _visited(body, sentence, end, named) or _counterpart(body, sentence, end, named)
                             or _coordinated_with(body, sentence, hit.start, people, named)))
        if not of:
            continue
        if of in company_codes and role in ("official", "other", "head-of-state"):
            role = "business"  # a company's "Direktur Jenderal" or "Presiden" is one of its executives
        elif role == "business" and any(m.via == "agency" and hit.end <= m.start < start for m in named):
            role = "official"  # "Presiden Direktur K-sure X": the head of a state body is an official
        evidence = Evidence(sentence.text, sentence.start, sentence.end, f"title:{title}")
        found[key] = Found(Person(name, role, of, evidence), start, end, hit.start)
    for hit in person_hits:  # well-known office holders named without a title
        hint = hit.value
        key = fold_name(hint.name)
        if key in found or hit.start < covered_until_title(body) or any(f.start <= hit.start < f.end for f in found.values()):
            continue  # "Raja Salman bin Abdulaziz Al Saud": the titled reading has the whole name
        if re.match(r"-[a-z]", body[hit.end:hit.end + 2]):
            continue  # "Cho Hyun-joon", another's name that a known one ("Cho Hyun") begins (not "Jokowi-Yoon", a pair)
        if any(is_short_form(hint.name, f.person.name) and f.person.of == hint.of for f in found.values()):
            continue  # "Presiden Dina Boluarte" after "Presiden Republik Peru Dina Ercilia Boluarte Zegarra": that one
        sentence = next((s for s in sentences if s.start <= hit.start < s.end), None)
        if sentence is None:
            continue
        evidence = Evidence(sentence.text, sentence.start, sentence.end, "gazetteer:people")
        # "Jokowi", and a leader's bare name in a pair ("Jokowi-Kishida"): the name in full
        written = hint.name if fold_name(hit.text) in {fold_name(a) for a in hint.also} or \
            (" " not in hit.text and " " in hint.name) else hit.text
        found[key] = Found(Person(written, hint.role, hint.of, evidence), hit.start, hit.end)
    _counterparts(body, sentences, named, spans, found)
    _consorts(body, found)
    return sorted(found.values(), key=lambda f: f.start)


CONSORT_WORDS = r"Ibu\s+Negara|Permaisuri"  # a leader's spouse, by title
_CONSORT_TITLE = prefilter.compile(r"\b(?:" + CONSORT_WORDS + r"|First\s+Lady)\s+\Z", re.IGNORECASE)


def _consorts(body: str, found: dict[str, Found]) -> None:
    """ "Presiden Ferdinand Marcos Jr dengan Ibu Negara Marie Louise Araneta Marcos": a first lady who bears a head of
    state's family name serves that head of state's country, not the one the article is about."""
    heads = {words[-2 if _SUFFIX.fullmatch(words[-1]) else -1]: f.person.of
             for f in found.values() if f.person.role == "head-of-state" and len(words := f.person.name.split()) > 1}
    for key, f in list(found.items()):
        if f.person.role != "other" or not _CONSORT_TITLE.search(body, max(0, f.start - 20), f.start):
            continue
        of = heads.get(f.person.name.split()[-1])
        if of and of != f.person.of:
            found[key] = replace(f, person=replace(f.person, of=of))


_COMMA = prefilter.compile(r"\s*,\s*")
# "mitranya dari Jepang" before a country's name: the counterpart it stands for
_COUNTERPART_OF = prefilter.compile(rf"\b{COUNTERPART_WORD}\s+(?:sejawat(?:nya)?\s+)?(?:dari|asal)\s+\Z",
                             re.IGNORECASE)


def _counterparts(body: str, sentences: list[Sentence], named: list[Mention], spans: list[tuple[int, int]],
                  found: dict[str, Found]) -> None:
    """A counterpart named beside the words that make them one ("bertemu mitranya dari Jepang, Yoko Kamikawa,",
    "Yoko Kamikawa, mitranya dari Jepang,"): of that country, in the post of the one whose counterpart they are (the
    person named before in the sentence)."""
    for m in named:
        if m.via != "name" or not is_country(m.code):
            continue
        cue = _COUNTERPART_OF.search(body, max(0, m.start - 40), m.start)
        if cue is None:
            continue
        sentence = next((x for x in sentences if x.start <= m.start < x.end), None)
        if sentence is None:
            continue
        at = max(sentence.start, cue.start() - 60)
        before = _NAME_THEN_COMMA.search(body[at:cue.start()])
        if before and not any(_descriptor(w) or w in _NOT_NAMES or w.isupper() for w in before.group(1).split()):
            name, start, end = before.group(1), at + before.start(1), at + before.end(1)
        else:
            comma = _COMMA.match(body, m.end)  # "mitranya dari Jepang, Yoko Kamikawa,"
            taken = _take_name(body, comma.end(), sentence.end, spans, m.code) if comma else None
            if not taken or len(taken[0].split()) < 2:
                continue
            name, start, end = taken[0], taken[1], taken[2]
        whose = [f for f in found.values() if sentence.start <= f.start < min(start, cue.start()) and f.person.of != m.code]
        key = fold_name(name)
        if not whose or key in found or any(is_short_form(name, f.person.name) for f in found.values()):
            continue
        evidence = Evidence(sentence.text, sentence.start, sentence.end, "counterpart")
        found[key] = Found(Person(name, whose[-1].person.role, m.code, evidence), start, end)


_FEW_HOLDERS = ("head-of-state", "head-of-government", "secretary-general")  # one holder per country at a time

# two leaders joined by a hyphen, as the press names a summit: "pertemuan Jokowi-Kishida", "KTT Prabowo-Xi"
_LEADER_PAIR = prefilter.compile(r"(?<![\w\-])([A-Z][a-z]+)-([A-Z][a-z]+)(?![\w\-])")
# a bare name joined to another person: "Yoon dan Albanese", "Presiden Yoon bertemu Albanese"
_LEADER_JOINED = prefilter.compile(r"(?<![\w\-])([A-Z][a-z]+)? ?\b(dan|bertemu(?: dengan)?|menerima|bersama) "
                            r"(?:([A-Z][a-z]+)(?![\w\-]))?")
_SHORT_PARTICLES = "|".join(sorted(NAME_PARTICLES - {"e"}))  # not "e", which joins two names only ("Correia e Silva")
_NAME_BEFORE = prefilter.compile(rf"((?:[A-Z][\w\-]*|{_SHORT_PARTICLES}) )$")
_NAME_AFTER = prefilter.compile(rf"(?: (?:(?:{_SHORT_PARTICLES}) )?[A-Z][\w\-]*)+")
_NAMED_LAST = prefilter.compile(r"(?: [A-Z][\w\-]*){1,3} $")  # "(Presiden) Yoon Suk Yeol (bertemu)"


def bare_leaders(body: str, person_hits: list[Hit], gazetteer: Gazetteer, role_hits: list[Hit] = (),  # type: ignore[assignment]
                 mentions: list[Mention] = ()) -> list[Hit]:  # type: ignore[assignment]
    """The leader a bare name stands for, where the article does not name them in full (a later mention of one named in
    full is theirs already): the one head of state or government of that first or last name ("Albanese", "Yoon", "Xi"),
    beside another person in a hyphenated pair ("pertemuan Jokowi-Kishida") or joined to them by "dan", "bertemu",
    "menerima", "bersama" ("Yoon dan PM Australia Anthony Albanese", "Presiden Yoon bertemu Albanese", "Putin dan Xi"),
    or alone where the article names the leader's country ("Yoon tiba di Tashkent, lalu bertemu Presiden Uzbekistan
    ..." in a story of Korea). Never a word of a longer name ("Al Saud" in "Faisal bin Farhan Al Saud"), nor a name the
    article gives someone else in full ("Ketua MK Anwar Usman", "Jill Biden")."""
    out = []
    taken = {h.start for h in person_hits}
    ends = {h.end for h in person_hits}
    titled = {h.start for h in role_hits}
    title_ends = {h.end for h in role_hits}
    leaders = dict(gazetteer.leaders_by_name)
    # a name several leaders go by ("Lee") is the one whose office the article writes with its country ("Presiden Korea
    # Selatan"): "Trump berencana untuk bertemu dengan Lee pada Rabu" in a story of the Korean president
    offices = {(h.value[0], m.code) for h in role_hits if isinstance(h.value, tuple)
               for m in mentions if m.via == "name" and 0 < m.start - h.end <= 2}
    for word, holders in gazetteer.leaders_sharing_name.items():
        written = [p for p in holders if (p.role, p.of) in offices]
        if len(written) == 1:
            leaders[word] = written[0]
    in_full = {h.value for h in person_hits}  # named in full too: its bare name is a later mention of that one
    # right after a title or a country's name ("Presiden Korsel Yoon"), not a capital's that is a first name too ("Sofia")
    said = {h.end + 1 for h in role_hits} | {m.end + 1 for m in mentions if m.via == "name"}

    someone_else: dict[str, bool] = {}  # by word: the article gives the name to another in full somewhere

    def leader(word: str, at: int) -> KnownPerson | None:
        if at in taken:
            return None
        known = leaders.get(word.lower())  # [A-Z][a-z]+: folded by lower()
        if known is None:
            return None  # not a leader's name: "Korea-Jepang", "Hyundai-Kia"
        if around(at, at + len(word)) != word:
            return None  # a word of a longer name here: "Al Saud" in "Pangeran Faisal bin Farhan Al Saud"
        if word not in someone_else:  # "Anwar Usman", "Jill Biden" elsewhere: this one is someone else
            names = {fold_name(n) for n in (known.name, *known.also)}
            someone_else[word] = any(
                (whole := around(w.start(), w.end())) != word and not any(n.endswith(fold_name(whole)) for n in names)
                for w in re.finditer(r"(?<![\w\-])" + re.escape(word) + r"(?![\w\-])", body))
        return None if someone_else[word] or otherwise_titled(word, known) else known

    def otherwise_titled(word: str, known: KnownPerson) -> bool:
        # "Putra Mahkota Denmark Frederik" before "Frederik diterima Presiden Yoon": the one the article titled so, not
        # the king of that name
        for w in re.finditer(r"(?<![\w\-])" + re.escape(word) + r"(?![\w\-])", body):
            title = next((h for h in role_hits if 0 <= w.start() - h.end <= 25 and
                          re.fullmatch(r"(?:\s+[A-Z][\w\-]*){0,2}\s+", body[h.end:w.start()])), None)
            if title is not None and isinstance(title.value, tuple) and title.value[0] not in (known.role, "") and \
                    title.value[0] not in ("head-of-state", "head-of-government"):
                return True
        return False

    def around(start: int, end: int) -> str:
        """The name a word is part of: with the word before it (not a title's or a country's, "Presiden Korsel Yoon",
        nor one opening the clause, "Namun Yoon") and those after it."""
        before = _NAME_BEFORE.search(body[max(0, start - 30):start])
        if before and (start in said or before[1].strip() in _OPENERS):  # "Namun Yoon ...": a word opening the clause
            before = None
        after = _NAME_AFTER.match(body[end:end + 30])
        return (before[1] if before else "") + body[start:end] + (after[0] if after else "")

    for m in _LEADER_PAIR.finditer(body):
        new: list[Hit] = []
        for g in (1, 2):
            if m.start(g) in taken:
                continue  # known already ("Jokowi")
            if (known := leader(m.group(g), m.start(g))) is None:
                break
            new.append(Hit(m.start(g), m.end(g), "person", known, m.group(g)))
        else:
            out += new
    wanted = {w for w in _BARE_WORD.findall(body) if (p := leaders.get(w.lower())) and p not in in_full}
    if not wanted:  # no leader's bare name the article does not give in full
        return sorted(out, key=lambda h: h.start)
    for m in _LEADER_JOINED.finditer(body):
        for g, other in ((1, m.end(2) + 1), (3, m.start(2) - 1)):
            word = m.group(g)
            if word not in wanted or word.lower() in DESCRIPTOR_WORDS or (known := leader(word, m.start(g))) is None:
                continue
            # the other side: a known person, a title, or a leader of a bare name of their own
            if g == 1:
                ok = other in taken or other in titled or (m.group(3) and leader(m.group(3), m.start(3)) is not None)
            else:
                named = _NAMED_LAST.search(body[max(0, m.start(2) - 60):m.start(2)])  # "Presiden Yoon bertemu Albanese"
                ok = other in ends or bool(named and m.start(2) - len(named[0]) in title_ends) or \
                    bool(m.group(1) and leader(m.group(1), m.start(1)) is not None)
            if ok and all(h.start != m.start(g) for h in out):
                out.append(Hit(m.start(g), m.end(g), "person", known, word))
    codes = {m.code for m in mentions}
    for m in _BARE_WORD.finditer(body):
        word = m.group(0)
        if word not in wanted or leaders[word.lower()].of not in codes or any(h.start == m.start() for h in out) or \
                word.lower() in DESCRIPTOR_WORDS:
            continue
        if (known := leader(word, m.start())) is not None:
            out.append(Hit(m.start(), m.end(), "person", known, word))
    return sorted(out, key=lambda h: h.start)


_BARE_WORD = prefilter.compile(r"(?<![\w\-])[A-Z][a-z]+(?![\w\-])")


def _holders(gazetteer: Gazetteer, surname: str, role: str, crowned: AbstractSet[str] | None) -> tuple[KnownPerson, ...]:
    """The known holders of `role` of that family name (folded here), monarchs reigning where `crowned` is given."""
    return _reigning(gazetteer.people_by_surname.get((fold_name(surname), role), ()), crowned)


def _reigning(holders: tuple[KnownPerson, ...], monarchies: AbstractSet[str] | None) -> tuple[KnownPerson, ...]:
    """The known holders of a name who reign, where a monarch's title names them (`monarchies` given)."""
    return holders if monarchies is None else tuple(p for p in holders if p.of in monarchies)


def _focus(body: str, mentions: list[Mention], known: list[Hit] = ()) -> tuple[str, ...]:  # type: ignore[assignment]
    """The two actors the article names most (the headline counting double; as often named, the one named first),
    before any person is read; a well-known office holder counts for the country they serve ("Prabowo" for Indonesia)."""
    first_line = covered_until_title(body)
    count: dict[str, int] = {}
    first: dict[str, int] = {}
    for m in mentions:
        if m.via in ("name", "capital", "agency") and is_country(m.code) and not town_before(body, m.start):
            # countries: whom a person can serve (not one named as a town's: "di Washington DC, Amerika Serikat")
            count[m.code] = count.get(m.code, 0) + (2 if m.start < first_line else 1)
            first.setdefault(m.code, m.start)
    for h in known:
        count[h.value.of] = count.get(h.value.of, 0) + (2 if h.start < first_line else 1)
        first[h.value.of] = min(first.get(h.value.of, h.start), h.start)
    return tuple(sorted(count, key=lambda c: (-count[c], first[c], c))[:2])  # as often named: the one named first


def _known_leaders(sentence: Sentence, known: list[Hit], name_start: int) -> list[Found]:
    """Well-known leaders the sentence names after this person ("Presiden X dan Presiden Yoon Suk Yeol"): the sides
    they head are taken."""
    return [Found(Person(h.value.name, h.value.role, h.value.of, Evidence(sentence.text, sentence.start, sentence.end, "")),
                  h.start, h.end) for h in known if name_start < h.start < sentence.end
            and h.value.role in ("head-of-state", "head-of-government")]


def _same_title_elsewhere(body: str, title: str, named: list[Mention]) -> str:
    """ "Raja Harald V" is the king of the country another sentence writes as "Raja Norwegia" (a
    monarch's title: a prime minister's could be either side's)."""
    if title not in MONARCHIC_TITLES:
        return ""
    codes = set()
    for m in named:
        if m.via in ("name", "capital") and body[max(0, m.start - len(title) - 1):m.start].lower().rstrip() == title:
            codes.add(m.code)
    return codes.pop() if len(codes) == 1 else ""


_LIST_GAP = prefilter.compile(r"^\s*(?:,|dan|serta|,\s*dan|,\s*serta)\s*$", re.IGNORECASE)


def _delegation(body: str, sentence: Sentence, title_start: int, people: list[Found], named: list[Mention],
                known: list[Hit] = ()) -> str:  # type: ignore[assignment]
    """A person listed right after another ("Menteri A, Menteri B dan ...") or after a companion cue
    ("Moon didampingi Menteri X") is on the same side as the one before."""
    before = [f for f in people if sentence.start <= f.start < title_start]
    if before and _LIST_GAP.match(body[before[-1].end:title_start]):
        return before[-1].person.of
    text = body[sentence.start:title_start].lower()
    cue = max((text.rfind(c) for c in COMPANION_CUES), default=-1)
    if cue < 0:
        return ""
    cue += sentence.start
    heads = [(f.end, f.person.of) for f in before if f.end <= cue]
    heads += [(h.end, h.value.of) for h in known if sentence.start <= h.start and h.end <= cue]
    for f in people:  # "Borissov didampingi ...": a person named before, by one of their names
        for token in {t for t in f.person.name.split() if len(t) > 2 and t[0].isupper()}:
            at = body.rfind(token, sentence.start, cue)
            if at >= 0 and not body[at + len(token):at + len(token) + 1].isalpha():
                heads.append((at + len(token), f.person.of))
    heads += [(m.end, m.code) for m in named if sentence.start <= m.start and m.end <= cue and m.via in ("name", "capital")]
    # "Presiden X menerima Menlu Korsel Y didampingi Menlu Z": Z goes with the one who receives (or meets), not the one met
    # (not "... bertemu PM Jepang Y yang didampingi Menlu Z": Y's)
    verb = _RECEIVES_OR_MEETS.search(body, sentence.start, cue) if not _WHO_BEFORE.search(body, max(0, cue - 5), cue) else None
    if verb is not None:
        subject_side = [h for h in heads if h[0] <= verb.start()]
        if subject_side and any(h[0] > verb.end() for h in heads):
            heads = subject_side
    if not heads and people and _HE_FIRST.match(body, sentence.start):
        return people[-1].person.of  # "Ia didampingi Menteri Luar Negeri X": the one named last leads
    return max(heads)[1] if heads else ""


# "sejumlah pejabat tinggi Malaysia, termasuk ...": officials of one country, listed after it
_OFFICIALS_OF = prefilter.compile(r"\b(?:pejabat|petinggi|menteri|tokoh|pemimpin)(?:\s+[a-z]+){0,2}\s+$", re.IGNORECASE)
_LISTED_AFTER = prefilter.compile(r"(?:\s+(?:lainnya|lain))?\s*,?\s+(?:termasuk|yaitu|yakni|antara\s+lain|di\s+antaranya|seperti)\s+",
                                  re.IGNORECASE)  # ("pejabat penting Turki lainnya, yaitu ...")


def _listed_officials(body: str, sentence: Sentence, title_start: int, named: list[Mention]) -> str:
    """ "... dengan sejumlah pejabat tinggi Malaysia, termasuk Ketua X, Wakil PM Y, serta Menlu Z": the country whose
    officials the list names (no other country named between)."""
    heads = [m for m in named if sentence.start <= m.start and m.end <= title_start]
    for m in reversed(heads):
        if m.via not in ("name", "capital") or not is_country(m.code):
            continue
        cue = _LISTED_AFTER.match(body, m.end)
        if cue and cue.end() <= title_start and _OFFICIALS_OF.search(body, max(sentence.start, m.start - 30), m.start) \
                and not any(o.via in ("name", "capital") and is_country(o.code) and cue.end() <= o.start < title_start
                            for o in named):
            return m.code
        return ""
    return ""


_HE_FIRST = prefilter.compile(r"\s*(?:Ia|Dia|Beliau)\b")
_WHO_BEFORE = prefilter.compile(r"\byang\s+\Z", re.IGNORECASE)
_RECEIVING_OR_MEETING = r"menerima|bertemu|menjamu|menyambut|menemui"
_RECEIVES_OR_MEETS = prefilter.compile(rf"\b(?:{_RECEIVING_OR_MEETING})\b", re.IGNORECASE)
_MEETS = prefilter.compile(r"\b(?:bertemu|menerima|berbicara|menemui|disambut|menyambut|berjabat\s+tangan|berdialog|berbincang|"
                    r"bertatap\s+muka|berjumpa|bersua|menjumpai|menjamu|"
                    r"pembicaraan|pertemuan)\b(?:(?!\bdan\b)[^.;])*?\b(?:dengan|bersama)?\s*(?:[A-Z][\w\-]*\s+)*$")


_AT_OR_TO = prefilter.compile(r"\b(?:ke|di)\s+\Z", re.IGNORECASE)


def _met_by(body: str, sentence: Sentence, title_start: int, people: list[Found], named: list[Mention]) -> str:
    """ "Moon bertemu Perdana Menteri ...": the side of whoever meets the person (their country)."""
    if not _MEETS.search(body[sentence.start:title_start]):
        return ""
    # "Kunjungan Menlu X ke Australia ... pertemuan dengan Menlu Y": a country travelled to or in is a place, no side
    sides = [(m.end, m.code) for m in named if sentence.start <= m.start and m.end <= title_start and m.via == "name"
             and not _AT_OR_TO.search(body, max(sentence.start, m.start - 4), m.start)]
    for f in people:
        for token in {t for t in f.person.name.split() if len(t) > 2 and t[0].isupper()}:
            at = body.rfind(token, sentence.start, title_start)
            if at >= 0:
                sides.append((at + len(token), f.person.of))
    # "Cho diterima Raja Abdullah II dan bertemu Menlu X": the second verb's subject is the first's, not the one
    # received by
    again = _AND_MEETS.search(body, sentence.start, title_start)
    first = _FIRST_VERB.search(body, sentence.start, again.start()) if again else None
    if first is not None and any(at <= first.start() for at, _ in sides):
        sides = [(at, code) for at, code in sides if at <= first.start()]
    return max(sides)[1] if sides else ""


_AND_MEETS = prefilter.compile(r"\b(?:dan|serta|lalu|kemudian)\s+(?:juga\s+)?(?:bertemu|menemui)\b", re.IGNORECASE)
_FIRST_VERB = prefilter.compile(rf"\b(?:{_RECEIVING_OR_MEETING}|diterima|disambut)\b", re.IGNORECASE)  # (or received by)
_LED_BY = prefilter.compile(r"^\s+(?:yang\s+)?dipimpin(?:\s+oleh)?\s+$", re.IGNORECASE)
_REPRESENTED_BY = prefilter.compile(r"^\s+(?:yang\s+)?diwakili(?:\s+oleh)?\s+$", re.IGNORECASE)
_PARTY_NOUN = prefilter.compile(r"\b(?:delegasi|rombongan|tim|misi)\s+(?:[a-z]+\s+){0,2}$", re.IGNORECASE)


def _leads(body: str, sentence: Sentence, title_start: int, named: list[Mention]) -> str:
    """ "Delegasi bisnis Belanda yang dipimpin Menteri Perdagangan Luar Negeri X", "Jepang diwakili Wakil Menteri X":
    the country whose party X leads or who stands for it."""
    for m in named:
        if sentence.start <= m.start and m.end <= title_start and is_country(m.code) and (
                _LED_BY.match(body[m.end:title_start]) and _PARTY_NOUN.search(body[max(sentence.start, m.start - 40):m.start])
                or _REPRESENTED_BY.match(body[m.end:title_start])):  # "sementara Jepang diwakili Wakil Menteri X"
            return m.code
    return ""


_REPRESENTS = prefilter.compile(r"\s+(?:(?:yang|hadir|juga|akan|turut)\s+)*mewakili\s+(?:(?:pemerintah|negara|pemerintahan)\s+)?$",
                         re.IGNORECASE)


_FROM_AFTER = prefilter.compile(r"\s+(?:dari|asal)\s+$", re.IGNORECASE)


def _from_country_after(body: str, name_end: int, named: list[Mention]) -> str:
    """ "Ratu Rania dari Yordania", "Menteri Luar Negeri Wang Yi (China)": the country right after the name."""
    after = next((m for m in named if name_end < m.start <= name_end + 10), None)
    if after is None or len(after.code) != 2:
        return ""
    if _FROM_AFTER.fullmatch(body, name_end, after.start) or \
            re.fullmatch(r"\s*\(\s*", body[name_end:after.start]) and body[after.end:after.end + 1] == ")":
        return after.code
    return ""


# "X, yang memimpin delegasi besar Mesir": the party X leads, of its country
_LEADS_PARTY = prefilter.compile(r"\s*,?\s+(?:yang\s+)?(?:juga\s+)?memimpin\s+(?:delegasi|rombongan|misi)\s+(?:[a-z]+\s+){0,2}$",
                                 re.IGNORECASE)


def _represents(body: str, sentence: Sentence, name_end: int, named: list[Mention]) -> str:
    """ "Wakil Presiden X mewakili Indonesia", "X, yang memimpin delegasi Mesir": the country X stands for."""
    for m in named:
        if name_end <= m.start < sentence.end and is_country(m.code) and m.via in ("name", "capital") and \
                (_REPRESENTS.fullmatch(body, name_end, m.start) or _LEADS_PARTY.fullmatch(body, name_end, m.start)):
            return m.code
    return ""


_TRAVELS_TO = prefilter.compile(r"\b(?:berkunjung|tiba|terbang|datang|melawat|bertolak)\s+(?:ke|di)\s+$", re.IGNORECASE)


def _visited(body: str, sentence: Sentence, name_end: int, named: list[Mention]) -> str:
    """ "X, wakil menteri luar negeri ..., belum lama ini berkunjung ke Seoul": the country X visited is not X's."""
    for m in named:
        if name_end <= m.start < sentence.end and is_country(m.code) and \
                _TRAVELS_TO.search(body[max(name_end, m.start - 30):m.start]):
            return m.code
    return ""


_COUNTERPART = prefilter.compile(r"\b(?:mitra|rekan|kolega|sejawat)(?:nya)?\s+(?:dari\s+|asal\s+)?\Z", re.IGNORECASE)


_HOME_BOUND = prefilter.compile(r"\b(?:kembali|pulang|bertolak\s+pulang)\s+ke\s+(?:Tanah\s+Air|Jakarta|Indonesia)\b")


def _named_before(body: str, name: str, pos: int) -> bool:
    """A word of `name` stands in the sentence before `pos`."""
    start = max(body.rfind(c, 0, pos) for c in ".!?\n") + 1
    return any(re.search(rf"\b{re.escape(w)}\b", body[start:pos]) for w in re.split(r"[\s\-]+", name) if len(w) > 2)


def _returns_home(body: str, name: str) -> str:
    """ "Ma'ruf dijadwalkan bertemu X sebelum kembali ke Jakarta": one who goes back to Indonesia ("Tanah Air" in
    Indonesian news) serves it, where the sentence names them."""
    return HOME_COUNTRY if any(_named_before(body, name, home.start()) for home in _HOME_BOUND.finditer(body)) else ""


_ACCOMPANIES = prefilter.compile(r"\b(?:mendampingi|menemani)\s+")


def _accompanies(body: str, name: str, known: list[Hit]) -> str:
    """ "Sehari sebelumnya, Sugiono mendampingi Presiden Prabowo ...": one who goes with a known leader, where a
    sentence names them doing so, serves the leader's country."""
    for cue in _ACCOMPANIES.finditer(body):
        led = next((h for h in known if 0 <= h.start - cue.end() <= 30), None)
        if led is not None and _named_before(body, name, cue.start()) and \
                not re.search(r"[.!?\n]", body[cue.end():led.start]):  # the leader named in the same sentence
            return str(led.value.of)
    return ""


_AND_BEFORE = prefilter.compile(r"\s+dan\s+\Z")


def _coordinated_with(body: str, sentence: Sentence, title_start: int, people: list[Found], named: list[Mention]) -> str:
    """ "Yoon dan Perdana Menteri X menggelar pertemuan puncak": the side of the one X is joined with, whose
    counterpart X is."""
    before = _AND_BEFORE.search(body, sentence.start, title_start)
    if before is None:
        return ""
    word = body[max(sentence.start, before.start() - 40):before.start()].split()[-1:]
    return next((f.person.of for f in people if len(f.person.of) == 2 and (f.end == before.start() or word and
                                                                         word[0] in f.person.name.split())),
                next((m.code for m in named if m.end == before.start() and is_country(m.code)), ""))


def _meets_abroad(body: str, sentence: Sentence, name_end: int, named: list[Mention], role: str) -> str:
    """ "Menteri Perdagangan X melakukan pertemuan bilateral dengan Menteri Perdagangan Korea Selatan Y", in an
    article that names Indonesia: the one the publisher names without a country, beside one named with a foreign one,
    is its own (Indonesia's)."""
    if role not in ("minister", "official") or not any(m.code == HOME_COUNTRY and m.via == "name" for m in named):
        return ""
    met = next((m for m in named if name_end <= m.start < sentence.end and is_country(m.code) and m.via == "name"), None)
    return HOME_COUNTRY if met is not None and met.code != HOME_COUNTRY and \
        _MEETS.search(body, name_end, met.start) and not _AT_OR_TO.search(body, max(name_end, met.start - 4), met.start) \
        else ""


def _counterpart(body: str, sentence: Sentence, name_end: int, named: list[Mention]) -> str:
    """ "Menteri Luar Negeri X bertemu mitranya dari Korea": X serves the other side than the counterpart's."""
    for m in named:
        if name_end <= m.start < sentence.end and is_country(m.code) and \
                _COUNTERPART.search(body, max(name_end, m.start - 25), m.start):
            return m.code
    return ""


# "berada di Turkmenistan", "memulai lawatannya di Riyadh, Arab Saudi", "kunjungan kenegaraan dua hari di Turkmenistan":
# where the traveller is (a town before its country)
_STAYS_IN = prefilter.compile(r"\b(?:berada|tiba|singgah|berkunjung|mendarat|(?:lawatan|kunjungan)(?:nya)?(?:\s+(?-i:[a-z]+)){0,3}?)\s+(?:ke|di)\s+"
                       r"(?:(?-i:[A-Z])[\w'’\-]*(?:\s+(?-i:[A-Z])[\w'’\-]*)?\s*,\s*)?$", re.IGNORECASE)


_OPENS_AT = prefilter.compile(r"\s*Di\s+")  # a sentence opening with the town it is in


def _met_where(body: str, sentence: Sentence, title_start: int, named: list[Mention], met_by: str) -> str:
    """ "Yoon berada di Turkmenistan dan bertemu Presiden X": whom a traveller meets where they are is of that country."""
    if not met_by or not _MEETS.search(body[sentence.start:title_start]):
        return ""
    for m in reversed(named):  # the nearest: "tiba di Astana setelah kunjungan di Turkmenistan, tempat ia bertemu ..."
        if sentence.start <= m.start and m.end <= title_start and is_country(m.code) and m.code != met_by and \
                (_STAYS_IN.search(body[max(sentence.start, m.start - 50):m.start])
                 or _OPENS_AT.fullmatch(body, sentence.start, m.start)):  # "Di Amman, Cho ... bertemu Menlu X"
            return m.code
    return ""


_RECEIVES = prefilter.compile(r"\s*,?\s*(?:menerima|menjamu|menyambut)\b", re.IGNORECASE)


def _hosts_at(body: str, sentence: Sentence, name_end: int, named: list[Mention]) -> str:
    """ "Perdana Menteri Mark Carney menerima Presiden Lee di Ottawa, Kanada": who receives a guest does so at home,
    in the country of the town the sentence names."""
    if not _RECEIVES.match(body, name_end):
        return ""
    # (or the town after the building: "di Kantor Kementerian Pertanian, Jakarta")
    at = {m.code for m in named if name_end <= m.start < sentence.end and m.via in ("place", "capital")
          and is_country(m.code) and (body[max(sentence.start, m.start - 3):m.start] == "di "
                                      or _BUILDING_THEN.search(body, max(sentence.start, m.start - 70), m.start))}
    return at.pop() if len(at) == 1 else ""


_BUILDING_THEN = prefilter.compile(r"\bdi\s+(?-i:[A-Z])[^,.;]{0,60},\s*\Z", re.IGNORECASE)
_HOST = prefilter.compile(r"\btuan\s+rumah\b", re.IGNORECASE)


def _host(body: str, sentence: Sentence, title_start: int, named: list[Mention]) -> str:
    """ "Dari pihak tuan rumah hadir Menteri X": the host is the country the article's events take place in
    (its places and capitals, the most named)."""
    if not _HOST.search(body[sentence.start:title_start]):
        return ""
    places = Counter(m.code for m in named if m.via in ("place", "capital") and is_country(m.code))
    return places.most_common(1)[0][0] if places else ""


_MINISTRY = prefilter.compile(r"\bKementerian\s+((?:[A-Z][\w\-]*\s+){1,4})$")


_PORTFOLIO_OF = {"menlu": "luar negeri", "menhan": "pertahanan"}  # the short titles any country's ministers are given


def _ministry(body: str, sentence: Sentence, hit: Hit, named: list[Mention]) -> str:
    """ "di Kementerian Pertahanan Rusia bersama Menteri Pertahanan X": the minister of the ministry named
    before, in the same sentence, with the same portfolio, is of its country."""
    portfolio = set(_PORTFOLIO_OF.get(hit.text.lower(), hit.text.lower()).split()) - {"menteri", "wakil"}
    for m in reversed([m for m in named if sentence.start <= m.start and m.end <= hit.start and is_country(m.code)]):
        ministry = _MINISTRY.search(body[max(sentence.start, m.start - 60):m.start])
        if ministry and portfolio and portfolio <= set(ministry.group(1).lower().split()):
            return m.code
    return ""


def _post_place(body: str, title_end: int, name_start: int, places: dict[str, Place]) -> str:
    """ "Gubernur Jawa Timur Khofifah ...", "Wali Kota Surabaya Eri Cahyadi": the country of the province or town
    whose post it is, named between the title and the name."""
    words = body[title_end:name_start].split()
    for n in (3, 2, 1):
        for k in range(len(words) - n + 1):
            place = places.get(" ".join(words[k:k + n]).casefold())
            if place and place.country:
                return place.country
    return ""


# "bertolak ke Singapura pada Kamis untuk bertemu ": the trip's country, then whom it is to meet
_GONE_TO_MEET = prefilter.compile(r"\s*(?:,\s*)?(?:pada\s+\w+(?:\s+\w+)?(?:\s*\([\d/]+\))?\s+)?untuk\s+(?:bertemu|menemui)\s+(?:dengan\s+)?\Z",
                                  re.IGNORECASE)
_TO_BEFORE = prefilter.compile(r"\b(?:ke|menuju)\s+\Z", re.IGNORECASE)


def _gone_to_meet(body: str, sentence: Sentence, title_start: int, named: list[Mention], role: str) -> str:
    """ "Cho kemudian bertolak ke Singapura pada Kamis untuk bertemu Menteri Luar Negeri X": a minister or official named
    without a country, met where the trip goes, is that country's."""
    if role not in ("minister", "official"):
        return ""
    went = next((m for m in reversed(named) if sentence.start <= m.start and m.end <= title_start and is_country(m.code)), None)
    if went is None or not _TO_BEFORE.search(body, max(sentence.start, went.start - 8), went.start):
        return ""
    return went.code if _GONE_TO_MEET.match(body, went.end, title_start) else ""


def _home(focus: tuple[str, ...], role: str, people: list[Found], home_town: bool = False) -> str:
    """Indonesian news names its own ministers and officials without a country (where no country is in focus, once
    it has named one of them: "Menteri Investasi X menerima CEO Lotte Chemical ... di Jakarta. Y juga akan bertemu
    Menteri Perindustrian Z"; or one of its towns: "... di Jakarta. Sehari sebelumnya, Lee bertemu Menteri Energi
    dan Sumber Daya Mineral X")."""
    ours = HOME_COUNTRY in focus or not any(map(is_country, focus)) and (_own_official_told(people) or home_town)
    return HOME_COUNTRY if role in ("minister", "official") and ours else ""


def _own_official_told(people: list[Found]) -> bool:
    """The article has named one of Indonesia's own ministers or officials already."""
    return any(f.person.of == HOME_COUNTRY and f.person.role in ("minister", "official") for f in people)


_TRIP_TO = prefilter.compile(r"\b(?:berkunjung|tiba|terbang|datang|melawat|bertolak|(?:kunjungan|lawatan)(?:\s+(?:kerja|resmi|kenegaraan))?)"
                      r"\s+ke\s+$", re.IGNORECASE)
_LISTED_NEXT = prefilter.compile(r"\s*(?:,\s*(?:dan\s+|serta\s+)?|dan\s+|serta\s+)")  # "ke Korea Selatan dan Jepang"


def _tours_the_focus(body: str, sentence: Sentence, name_end: int, named: list[Mention], focus: tuple[str, ...],
                     role: str) -> str:
    """ "Menteri Perdagangan Zulkifli Hasan melakukan kunjungan kerja ke Korea Selatan dan Jepang": a minister who
    travels to both countries the article is about is of neither; Indonesian news's own, where it names Indonesia."""
    if role not in ("minister", "official") or len(focus) < 2 or HOME_COUNTRY in focus or \
            not any(m.code == HOME_COUNTRY for m in named):
        return ""
    after = [m for m in named if name_end <= m.start < sentence.end and is_country(m.code)]
    for k, m in enumerate(after):
        if not _TRIP_TO.search(body[max(name_end, m.start - 40):m.start]):
            continue
        visited, last = {m.code}, m
        for n in after[k + 1:]:
            if not _LISTED_NEXT.fullmatch(body[last.end:n.start]):
                break
            visited.add(n.code)
            last = n
        return HOME_COUNTRY if set(focus) <= visited else ""
    return ""


def _korean(name: str, role: str, focus: tuple[str, ...]) -> str:
    """A Korean name (a Korean surname, then a given name "Eui-yong") serves Korea when the article's
    Korea is one: South Korea in focus and North Korea not (named only as a topic at most), or the other way round."""
    if role == "business" or not KOREAN_NAME.match(name):
        return ""
    for code, other in (("KR", "KP"), ("KP", "KR")):
        if code in focus and other not in focus:
            return code
    return ""


def _employer(role: str, sentence: Sentence, title_start: int, named: list[Mention]) -> str:
    """An executive's company: the company named last before the title in the same sentence."""
    if role != "business":
        return ""
    before = [m for m in named if m.via == "company" and sentence.start <= m.start < title_start]
    return before[-1].code if before else ""


def _from_focus(focus: tuple[str, ...], role: str, title: str, people: list[Found], gazetteer: Gazetteer, name: str = "",
                counterpart_of: str = "") -> str:
    """The one country of the pair in focus that the person can serve: a monarch's only a monarchy; a
    head of state or government the side that has none named yet; a minister or official named
    without a country is the publisher's own (Indonesia) when Indonesia is in focus, and Korea's partner's when
    Korea and one other country are, if the name is no Korean's ("Menteri Luar Negeri Ine Eriksen Søreide")."""
    candidates = [c for c in focus if is_country(c)]
    if title in MONARCHIC_TITLES:
        candidates = [c for c in candidates if c in gazetteer.monarchies]
    if role in ("head-of-state", "head-of-government") or title in MONARCHIC_TITLES:
        headed = {f.person.of for f in people if f.person.role in ("head-of-state", "head-of-government")}
        unheaded = [c for c in candidates if c not in headed]
        if not unheaded:  # both sides have a leader named: the side without one in this office
            unheaded = [c for c in candidates if c not in {f.person.of for f in people if f.person.role == role}]
        candidates = unheaded or (candidates if title in MONARCHIC_TITLES else [])
    elif role in ("minister", "official"):
        if HOME_COUNTRY in candidates:
            return HOME_COUNTRY
        if counterpart_of != HOME_COUNTRY and _own_official_told(people):
            # "Park juga menggelar konsultasi bilateral dengan Wakil Menteri Luar Negeri X" after Indonesia's own
            # minister told: the one met, named without a country, is Indonesia's (not the country of a stop before)
            return HOME_COUNTRY
        if len(candidates) == 2 and counterpart_of in candidates:  # "Park ... dengan Ketua Parlemen X": the host side
            return next(c for c in candidates if c != counterpart_of)
        if len(candidates) == 2 and "KR" in candidates and "KP" not in candidates and name and \
                name.split()[0] not in KOREAN_SURNAMES:
            return next(c for c in candidates if c != "KR")
        return ""
    else:
        return ""
    if len(candidates) == 2 and counterpart_of in candidates:  # "Moon bertemu Perdana Menteri X": Moon's counterpart
        candidates = [c for c in candidates if c != counterpart_of]
    return candidates[0] if len(candidates) == 1 else ""


def covered_until_title(body: str) -> int:
    return body.find("\n") if "\n" in body else 0


REGNAL = prefilter.compile(r"\s+[IVX]+\b")  # a monarch's number: "Ratu Margrethe II", "Carl XVI Gustaf"


def is_short_form(short: str, full: str) -> bool:
    """ "Thuong" or "Lee" is a later mention of "Vo Van Thuong" or "Lee Jae-myung"."""
    tokens = {fold_name(t) for t in re.split(r"[\s\-]+", full)} | {fold_name(t) for t in full.split()}
    unnumbered = fold_name(REGNAL.sub("", full))  # "Carl Gustaf" is "Carl XVI Gustaf" without his number
    words = short.split()
    # "Dina Boluarte" is "Dina Ercilia Boluarte Zegarra": the first name and another, in order, of the full one
    in_order = len(words) >= 2 and fold_name(words[0]) == fold_name(full.split()[0]) and \
        all(fold_name(w) in tokens for w in words) and \
        [fold_name(t) for t in full.split() if fold_name(t) in {fold_name(w) for w in words}] == [fold_name(w) for w in words]
    return fold_name(short) != fold_name(full) and (fold_name(short) in tokens or fold_name(full).startswith(fold_name(short))
                                                    or fold_name(short) == unnumbered or in_order)


# The short name a person goes by, given right after the full one: "Sheikh Mohamed bin Zayed Al Nahyan (MBZ)",
# "Joko Widodo alias Jokowi", "Pangeran Mohammed, yang kerap disapa MBS"
_KNOWN_AS = prefilter.compile(r"\s*(?:\(([A-Z]{2,5})\)|,?\s+(?:alias|yang\s+(?:akrab|kerap|biasa)\s+(?:disapa|dipanggil))\s+"
                       r"([A-Z][\w\-]+))")


_TWO_NAMES_JOINED = prefilter.compile(r"(?<![\w\-])([A-Z][\w'’]*)[-–]([A-Z][\w'’]*)(?![\w\-])")
_SUFFIX = prefilter.compile(r"(?:Jr|Sr|[IVX]+)\.?")


def mentions_of(body: str, people: list[Found], known: dict[str, KnownPerson] | None = None) -> list[Mention]:
    """Every place a person is named again, in full or by one of their names ("kata Lee"), or by a name they
    go by ("Jokowi", from the gazetteer or the text), as a mention of the actor they serve; a short name two
    people share is left out."""
    short: dict[str, set[str]] = {}
    by_middle: dict[str, set[str]] = {}  # a name's middle words, after its first and last ones
    for f in people:
        hint = (known or {}).get(fold_name(f.person.name))
        for name in hint.also if hint else ():
            short.setdefault(name, set()).add(f.person.of)
        tokens = [t for t in re.split(r"[\s]+", f.person.name) if t.lower() not in NAME_PARTICLES]
        while len(tokens) > 1 and _SUFFIX.fullmatch(tokens[-1]):
            tokens.pop()  # "Ferdinand Marcos Jr" is "Marcos" again; "Abdullah II" is no "II"
        # (and a name of three or more by its middle word: "Mohamed Khaled Nordin" is "Khaled" again, "Luiz Inácio Lula
        # da Silva" is "Lula")
        middle = {t for t in tokens[1:-1] if len(t) > 2 and t[0].isupper()} if len(tokens) >= 3 else set()
        # (and a one-word hyphenated name's last part: "Raja Alexander" after "Willem-Alexander")
        last_part = tokens[-1].split("-")[-1] if len(tokens) == 1 else ""
        for t in {tokens[0], tokens[-1], tokens[0].split("-")[0], *([last_part] if last_part[:1].isupper() else [])}:
            if len(t) > 1:
                short.setdefault(t, set()).add(f.person.of)
        for t in middle:
            by_middle.setdefault(t, set()).add(f.person.of)
        known_as = _KNOWN_AS.match(body, f.end)  # "Sheikh Mohamed bin Zayed Al Nahyan (MBZ)"
        if known_as:
            short.setdefault(known_as.group(1) or known_as.group(2), set()).add(f.person.of)
    for t, codes in by_middle.items():  # "Kim" is Kim Hong-kyun's, not Kao Kim Hourn's
        short.setdefault(t, codes)
    out: list[Mention] = []
    for f in people:
        out.append(Mention(f.person.of, f.start, f.end, f.person.name, "person"))
    taken = [(f.start, f.end) for f in people]
    # two people's names joined by a hyphen: "pertemuan Prabowo-Anwar", "KTT Lee-Trump" (each a name of one person
    # only; a hyphenated name's own parts are not: "Jae-myung")
    one_each = {t: next(iter(codes)) for t, codes in short.items() if len(codes) == 1 and t[:1].isupper() and "-" not in t}
    for m in _TWO_NAMES_JOINED.finditer(body) if len(one_each) >= 2 else ():
        if m.group(1) == m.group(2) or m.group(1) not in one_each or m.group(2) not in one_each or _inside(m.start(), taken):
            continue
        for k in (1, 2):
            out.append(Mention(one_each[m.group(k)], m.start(k), m.end(k), m.group(k), "person"))
        taken.append((m.start(), m.end()))
    for token, codes in short.items():
        if len(codes) != 1:
            continue
        # (and without its letters' marks: "Presiden Erdogan" after "Recep Tayyip Erdoğan")
        spellings = sorted({token, token.translate(ASCII_LETTERS)}, key=len, reverse=True)
        for m in re.finditer(r"(?<![\w\-])(?:" + "|".join(map(re.escape, spellings)) + r")(?![\w\-])", body):
            if _inside(m.start(), taken):
                continue
            out.append(Mention(next(iter(codes)), m.start(), m.end(), token, "person"))
    return out
