"""Actor mentions: gazetteer names, capitals standing for governments, companies by corporate suffix."""

from __future__ import annotations

import re

from kg.article import Actor, Mention
from kg.extract.lexicon import Hit
from kg.gazetteers import Gazetteer
from kg.lang.id.cues import ADJECTIVE_HEADS, PLACE_PREPOSITIONS

_WORD_BEFORE = re.compile(r"([\w\-]+)\W*$")
_COMPANY = re.compile(
    r"\b((?:PT\.?\s+)?[A-Z][A-Za-z0-9&\-]*(?:\s+[A-Z][A-Za-z0-9&\-]*){0,3})\s*,?\s+"
    r"(?:Co\.?,?\s*Ltd\.?|Corp(?:oration)?\.?|Inc\.?|Tbk\.?|Ltd\.?|LLC|GmbH|AG)(?![A-Za-z])"
)
_ADJECTIVE_HEADS = tuple(sorted(ADJECTIVE_HEADS, key=len, reverse=True))


def _preceding_word(text: str, start: int) -> str:
    m = _WORD_BEFORE.search(text[max(0, start - 40) : start])
    return m.group(1).lower() if m else ""


def _context(body: str, hit: Hit) -> str:
    """How a name is used here: 'actor', 'place' (after "di", "kota" ...) or 'adjective' ("dolar AS")."""
    before = body[max(0, hit.start - 40) : hit.start].lower().rstrip()
    word = _preceding_word(body, hit.start)
    if word in PLACE_PREPOSITIONS:
        return "place"
    if before.endswith(_ADJECTIVE_HEADS) and not before.endswith(("-", ",")):
        return "adjective"
    return "actor"


def _capital_is_government(body: str, hit: Hit) -> bool:
    """ "Seoul dan Hanoi sepakat" yes; "di Seoul", "tiba di Seoul", "Istana X, Abu Dhabi" no."""
    word = _preceding_word(body, hit.start)
    if word in PLACE_PREPOSITIONS or word in ("ke", "tiba", "menuju", "istana", "kota", "dari"):
        return False
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
        elif alias.type == "agency":
            via = "agency"
        else:
            use = _context(body, hit)
            if use == "place" and alias.type == "organization":
                use = "actor"  # "mitra dagang di Uni Eropa": a bloc is not a place
            via = "name" if use == "actor" else use
        mentions.append(Mention(alias.code, hit.start, hit.end, hit.text, via))
        actors.setdefault(alias.code, gazetteer.actors[alias.code])
    taken = [(m.start, m.end) for m in mentions]
    for m in _COMPANY.finditer(body):
        start, end = m.start(1), m.end(1)
        for s, e in taken:  # "Korea Selatan AITEC Co.Ltd": the country is the company's home, not its name
            if s <= start < e:
                start = e
        raw = body[start:end].strip()
        start = end - len(raw)
        name = re.sub(r"^PT\.?\s+", "", raw).strip()
        if not name or not name[0].isupper() or name.lower() in ("dan", "the"):
            continue
        home = _home_country(body, start, mentions)
        actor = gazetteer.actors.get(name) or Actor(name, "company", name, name, of=home)
        actors.setdefault(name, actor)
        mentions.append(Mention(name, start, end, raw, "company"))
    return sorted(mentions, key=lambda m: m.start), actors


def _home_country(body: str, start: int, mentions: list[Mention]) -> str:
    """A company's country: the country named just before it ("industri elektronika Korea Selatan AITEC")."""
    before = [m for m in mentions if m.end <= start and start - m.end < 40 and len(m.code) == 2]
    return before[-1].code if before else ""
