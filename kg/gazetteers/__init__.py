"""Gazetteer tables (TSV) and CLDR country names, loaded and validated row by row."""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path
from string import ascii_uppercase

from babel import Locale
from babel.core import get_global

from kg.article import Actor
from kg.errors import GazetteerError

HERE = Path(__file__).parent
ACTOR_TYPES = {"country", "organization", "company"}
ALIAS_TYPES = {"country", "organization", "capital", "agency", "company", "ignore"}
ROLES = {"head-of-state", "head-of-government", "minister", "secretary-general", "ambassador", "official",
         "business", "other"}
ORG_CODE = re.compile(r"^[A-Z0-9][A-Z0-9+\-]*$")
QID = re.compile(r"^Q[1-9][0-9]*$")
# CLDR lists regions and groupings too ("001", "EU", "UN", "ZZ"); countries are two letters, not these.
NOT_COUNTRIES = {"EU", "EZ", "UN", "ZZ", "QO", "XA", "XB", "XK"}
# CLDR qualifies some names where news does not: "Myanmar (Burma)", "Hong Kong DAK Tiongkok",
# "Macao SAR China". The name without its qualifier is a name too, when no other country claims it.
_QUALIFIED = re.compile(r"^(.+?) (?:\([^)]+\)|(?:DAK|SAR) (?:Tiongkok|China))$")


@dataclass(frozen=True)
class Alias:
    text: str
    code: str
    type: str  # country | organization | company | capital | agency | ignore


@dataclass(frozen=True)
class Place:
    name: str  # English name (or the name as written, for a place the table does not list)
    country: str = ""  # ISO alpha-2 of the country it is in; "" when not known
    qid: str = ""


@dataclass(frozen=True)
class KnownPerson:
    name: str
    role: str
    of: str
    qid: str = ""  # Wikidata item, where known: the person's identity across spellings
    also: tuple[str, ...] = ()  # other names the person goes by ("Jokowi")


# An actor code of two letters, as a country's (ISO alpha-2), not a forum's of two characters ("G7"). (EU and UN have
# two letters too, and the rules have always read them as sides like a country.) A set's lookup: the rules ask it
# some hundred times an article.
is_country: Callable[[str], bool] = frozenset(a + b for a in ascii_uppercase for b in ascii_uppercase).__contains__


_FOLD = re.compile(r"[\s\-\u2010]+")

# A Latin letter with marks, as its bare letter, one character for one: "Erdoğan" is written "Erdogan" too.
def _bare(c: int) -> str | None:
    """The letter a marked Latin letter is made from ("ğ" -> "g"), or None where it is no such letter."""
    parts = unicodedata.normalize("NFKD", chr(c))
    base, marks = parts[0], parts[1:]
    return base if marks and base.isascii() and base.isalpha() and all(unicodedata.combining(m) for m in marks) else None


ASCII_LETTERS = {c: base for c in range(0xC0, 0x250) if (base := _bare(c))}


def fold_name(name: str) -> str:
    """Names compare with case, marks, hyphens and spaces folded: "Lee Jae-myung" == "Lee Jae Myung",
    "Erdoğan" == "Erdogan"."""
    return _FOLD.sub("", name).translate(ASCII_LETTERS).casefold()


@dataclass(frozen=True)
class Gazetteer:
    actors: dict[str, Actor]
    aliases: tuple[Alias, ...]
    people: tuple[KnownPerson, ...]
    monarchies: frozenset[str] = frozenset()  # countries whose head of state is a monarch
    places: dict[str, Place] = field(default_factory=dict)  # by casefolded name as written

    @cached_property
    def people_by_key(self) -> dict[str, KnownPerson]:
        """Known people by folded name (fold_name), built once, not per article."""
        return {fold_name(p.name): p for p in self.people}

    @cached_property
    def person_names(self) -> dict[str, str]:
        """A known person's full name by each folded name they go by ("jokowi" -> "Joko Widodo")."""
        return {fold_name(n): p.name for p in self.people for n in (p.name, *p.also)}

    @cached_property
    def people_by_surname(self) -> dict[tuple[str, str], tuple[KnownPerson, ...]]:
        """Known people by (a name of theirs a title may stand before alone, role): "Presiden Yoon" is Yoon Suk Yeol,
        "Perdana Menteri Ishiba" Shigeru Ishiba; the first and the last word of each name."""
        out: dict[tuple[str, str], tuple[KnownPerson, ...]] = {}
        for p in self.people:
            words = p.name.split()
            for word in {words[0], words[-1]} if len(words) > 1 else ():
                out[(fold_name(word), p.role)] = out.get((fold_name(word), p.role), ()) + (p,)
        return out

    @cached_property
    def _leaders_by_word(self) -> dict[str, tuple[KnownPerson, ...]]:
        """The heads of state or government each first or last name stands for, by that name folded, in the table's
        order."""
        same: dict[str, tuple[KnownPerson, ...]] = {}
        for (word, role), holders in self.people_by_surname.items():
            if role in ("head-of-state", "head-of-government"):
                same[word] = same.get(word, ()) + tuple(h for h in holders if h not in same.get(word, ()))
        return same

    @cached_property
    def leaders_sharing_name(self) -> dict[str, tuple[KnownPerson, ...]]:
        """The leaders a name several go by stands for ("lee": Lee Jae Myung, Lee Hsien Loong, Lee Nak-yon)."""
        return {word: holders for word, holders in self._leaders_by_word.items() if len(holders) > 1}

    @cached_property
    def leaders_by_name(self) -> dict[str, KnownPerson]:
        """The one head of state or government a first or last name stands for, by that name folded ("albanese"); a
        name several go by ("kim", "lee") is none's."""
        return {word: holders[0] for word, holders in self._leaders_by_word.items() if len(holders) == 1}

    @cached_property
    def capital_names(self) -> frozenset[str]:
        """Capitals' names as written ("Sofia", "Victoria"): some are first names too."""
        return frozenset(a.text for a in self.aliases if a.type == "capital")

    @cached_property
    def company_codes(self) -> frozenset[str]:
        """The codes of the companies the gazetteer lists, built once, not per article."""
        return frozenset(c for c, a in self.actors.items() if a.type == "company")

    @cached_property
    def _by_alias(self) -> dict[str, Alias]:
        return {a.text.casefold(): a for a in self.aliases}

    def names_country(self, written: str) -> bool:
        """Whether `written` is a country's name ("Turkmenistan", "Korsel"), not a town's."""
        alias = self._by_alias.get(written.casefold())
        return bool(alias and alias.type == "country") and written.casefold() not in self.places

    def place(self, written: str) -> Place:
        """A place as a meeting's sentence names it: the table's entry; else a country, or a capital
        standing for its country; else the name as written, in no known country."""
        known = self.places.get(written.casefold())
        if known:
            return known
        alias = self._by_alias.get(written.casefold())
        if alias and alias.type in ("country", "capital") and alias.code in self.actors:
            return Place(self.actors[alias.code].label if alias.type == "country" else written, alias.code,
                         self.actors[alias.code].qid if alias.type == "country" else "")
        return Place(written)


def alpha3(code: str) -> str:
    """The ISO 3166-1 alpha-3 code of an alpha-2 code (CLDR's current one), as GDELT/CAMEO actor codes use
    them: "KR" → "KOR"; "" for a code without one."""
    return _ALPHA3.get(code, "")


def _alpha3_table() -> dict[str, str]:
    old = {"DDR", "FXX", "BUR", "ZAR", "TMP", "YMD"}  # withdrawn codes CLDR still maps
    out: dict[str, str] = {}
    for three, twos in get_global("territory_aliases").items():
        if len(three) == 3 and three.isalpha() and len(twos) == 1 and three not in old:
            out.setdefault(twos[0], three)
    return out


_ALPHA3 = _alpha3_table()


def _rows(path: Path, columns: tuple[str, ...]):
    """Yield (line number, row dict) of a TSV file, skipping comments; fail on a wrong header."""
    with path.open(encoding="utf-8", newline="") as f:
        lines = [(n, line) for n, line in enumerate(f, 1) if line.strip() and not line.startswith("#")]
    header = lines[0][1].rstrip("\n").split("\t") if lines else []
    if tuple(header) != columns:
        raise GazetteerError(f"{path}: header must be {' '.join(columns)}, found {' '.join(header)}")
    for n, line in lines[1:]:
        cells = next(csv.reader([line.rstrip("\n")], delimiter="\t", quoting=csv.QUOTE_NONE))
        if len(cells) != len(columns):
            raise GazetteerError(f"{path}:{n}: expected {len(columns)} columns, found {len(cells)}")
        yield n, dict(zip(columns, (c.strip() for c in cells), strict=True))


def _check(ok: bool, path: Path, n: int, message: str) -> None:
    if not ok:
        raise GazetteerError(f"{path}:{n}: {message}")


def load(directory: Path = HERE) -> Gazetteer:
    """Read and validate the tables in `directory`; raise GazetteerError naming file and line."""
    names_id: dict[str, str] = dict(Locale("id").territories)
    names_en: dict[str, str] = dict(Locale("en").territories)
    iso2 = {c for c in names_en if len(c) == 2 and c.isalpha() and c not in NOT_COUNTRIES and c in names_id}
    actors: dict[str, Actor] = {c: Actor(c, "country", names_en[c], names_id.get(c, names_en[c])) for c in iso2}
    aliases: list[Alias] = []
    for c in sorted(iso2):
        aliases += [Alias(names_id[c], c, "country"), Alias(names_en[c], c, "country")]
    aliases += _short_forms({c: (names_id[c], names_en[c]) for c in iso2})

    path = directory / "countries.tsv"
    for n, row in _rows(path, ("code", "qid")):
        _check(row["code"] in iso2, path, n, f"unknown country code {row['code']!r}")
        _check(bool(QID.match(row["qid"])), path, n, f"bad Wikidata QID {row['qid']!r}")
        a = actors[row["code"]]
        actors[a.code] = Actor(a.code, a.type, a.label, a.label_id, row["qid"])

    path = directory / "organizations.tsv"
    for n, row in _rows(path, ("code", "qid", "label_en", "label_id")):
        _check(bool(ORG_CODE.match(row["code"])), path, n, f"bad organization code {row['code']!r}")
        _check(row["code"] not in actors, path, n, f"duplicate code {row['code']!r}")
        _check(not row["qid"] or bool(QID.match(row["qid"])), path, n, f"bad Wikidata QID {row['qid']!r}")
        actors[row["code"]] = Actor(row["code"], "organization", row["label_en"], row["label_id"], row["qid"])
        aliases += [Alias(row["code"], row["code"], "organization"), Alias(row["label_en"], row["code"], "organization"),
                    Alias(row["label_id"], row["code"], "organization")]

    path = directory / "companies.tsv"
    for n, row in _rows(path, ("name", "of", "qid")):
        _check(row["of"] in iso2, path, n, f"unknown country code {row['of']!r}")
        _check(bool(row["name"]), path, n, "empty company name")
        _check(not row["qid"] or bool(QID.match(row["qid"])), path, n, f"bad Wikidata QID {row['qid']!r}")
        # a company is keyed by its name: "SK" would be Slovakia's code ("SK Group" is the company, "SK" its alias)
        _check(actors.get(row["name"], Actor("", "company", "", "")).type == "company", path, n,
               f"company name {row['name']!r} is the code of {actors[row['name']].label if row['name'] in actors else ''}")
        actors.setdefault(row["name"], Actor(row["name"], "company", row["name"], row["name"], row["qid"], of=row["of"]))
        aliases.append(Alias(row["name"], row["name"], "company"))

    path = directory / "aliases.tsv"
    for n, row in _rows(path, ("alias", "code", "type")):
        _check(row["type"] in ALIAS_TYPES, path, n, f"unknown type {row['type']!r}")
        _check(bool(row["alias"]), path, n, "empty alias")
        if row["type"] != "ignore":
            _check(row["code"] in actors, path, n, f"unknown code {row['code']!r}")
        aliases.append(Alias(row["alias"], row["code"], row["type"]))

    # One alias, one meaning: the same text may repeat only with the same code. Its spellings in another case
    # are kept ("QUAD" matches only in upper case; "Quad" is the name as news writes it).
    seen: dict[str, Alias] = {}
    written: set[str] = set()
    unique = []
    for alias in aliases:
        key = alias.text.casefold()
        if key in seen and seen[key].code != alias.code and "ignore" not in (alias.type, seen[key].type):
            raise GazetteerError(f"alias {alias.text!r} names both {seen[key].code} and {alias.code}")
        if alias.text in written or key in seen and seen[key].code != alias.code:
            continue
        seen.setdefault(key, alias)
        written.add(alias.text)
        unique.append(alias)

    people = []
    path = directory / "people.tsv"
    for n, row in _rows(path, ("name", "role", "of", "qid", "also")):
        _check(row["role"] in ROLES, path, n, f"unknown role {row['role']!r}")
        _check(row["of"] in actors, path, n, f"unknown code {row['of']!r}")
        _check(not row["qid"] or bool(QID.match(row["qid"])), path, n, f"bad Wikidata QID {row['qid']!r}")
        also = tuple(a.strip() for a in row["also"].split(";") if a.strip())
        people.append(KnownPerson(row["name"], row["role"], row["of"], row["qid"], also))

    monarchies = set()
    path = directory / "monarchies.tsv"
    for n, row in _rows(path, ("code",)):
        _check(row["code"] in iso2, path, n, f"unknown country code {row['code']!r}")
        _check(row["code"] not in monarchies, path, n, f"duplicate code {row['code']!r}")
        monarchies.add(row["code"])
    places = {}
    path = directory / "places.tsv"
    for n, row in _rows(path, ("name", "place", "country", "qid")):
        _check(row["country"] in iso2, path, n, f"unknown country code {row['country']!r}")
        _check(not row["qid"] or bool(QID.match(row["qid"])), path, n, f"bad Wikidata QID {row['qid']!r}")
        _check(row["name"].casefold() not in places, path, n, f"duplicate place {row['name']!r}")
        places[row["name"].casefold()] = Place(row["place"], row["country"], row["qid"])
    return Gazetteer(actors, tuple(unique), tuple(people), frozenset(monarchies), places)


def _short_forms(names: dict[str, tuple[str, ...]]) -> list[Alias]:
    """Qualified CLDR names without their qualifier ("Myanmar (Burma)" → "Myanmar"), except a
    short name that is another country's name or shared by two countries."""
    full = {n.casefold(): c for c, ns in names.items() for n in ns}
    short: dict[str, set[str]] = {}
    for c, ns in names.items():
        for m in filter(None, map(_QUALIFIED.match, ns)):
            short.setdefault(m.group(1), set()).add(c)
    return [Alias(name, code, "country") for name, (code, *others) in sorted(short.items())
            if not others and full.get(name.casefold(), code) == code]


@cache
def default() -> Gazetteer:
    """The gazetteer shipped with kg, loaded once per process."""
    return load(HERE)
