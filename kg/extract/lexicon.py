"""One Aho–Corasick automaton over every phrase kg looks for, and leftmost-longest hits per layer."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

import ahocorasick

from kg.gazetteers import ASCII_LETTERS, Gazetteer
from kg.gazetteers import default as default_gazetteer
from kg.lang.id import cues, roles, sectors

LAYERS = ("actor", "person", "role", "tie", "hostile", "agreement", "act", "signing", "sector", "anaphor")


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    layer: str
    value: Any
    text: str


def fold(text: str) -> str:
    """Lower-case `text` and strip letters' marks ("Erdoğan" finds "Erdogan"), keeping every offset (a few
    characters change length when lowered)."""
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return low.translate(ASCII_LETTERS)


def name_variants(name: str) -> set[str]:
    """ "Lee Jae Myung" is also written "Lee Jae-myung" and "Lee Jae-Myung": every space or hyphen choice."""
    tokens = name.split()
    variants = {tokens[0]}
    for t in tokens[1:]:
        variants = {v + sep + (t if sep == " " else u) for v in variants for sep in (" ", "-") for u in (t, t.lower())}
    return variants


def case_rule(phrase: str, *, proper: bool) -> str:
    """How the text's case must look for `phrase` to count: decided once, when the automaton is built."""
    if proper:  # a name: acronyms must match exactly, other names must start upper case
        if phrase.isupper() or (" " not in phrase and any(ch.isdigit() for ch in phrase)):
            return "upper"
        return "capital"
    if any(ch.isupper() for ch in phrase):  # "AI", "MoU", "KTT": not in running lower-case text
        return "not-lower"
    return "any"


def _case_ok(rule: str, found: str) -> bool:
    if rule == "any":
        return True
    if rule == "upper":  # (an acronym of four letters or more is written as a word too: "Posco", "Koica", "Unesco")
        return found.upper() == found or len(found) >= 4 and found.isalpha() and found[0].isupper() and found[1:].islower()
    if rule == "capital":
        return found[:1].isupper()
    return not found.islower()


class Lexicon:
    """Finds gazetteer names, role titles, cue words and sector cues in one pass over the text."""

    def __init__(self, gazetteer: Gazetteer):
        self.gazetteer = gazetteer
        entries: dict[str, list[tuple[str, Any, str]]] = {}

        def add(phrase: str, layer: str, value: Any, *, proper: bool = False) -> None:
            entries.setdefault(fold(phrase), []).append((layer, value, case_rule(phrase, proper=proper)))
            for usual, other in cues.SPELLING_VARIANTS:
                if usual in phrase and not proper:
                    add(phrase.replace(usual, other), layer, value)

        for alias in gazetteer.aliases:
            add(alias.text, "actor", alias, proper=True)
        for person in gazetteer.people:
            for variant in sorted(name_variants(person.name) | set(person.also)):
                add(variant, "person", person, proper=True)
        for title, (role, of) in roles.ROLE_TITLES.items():
            add(title, "role", (role, of))
        for kind, phrases in cues.TIE_CUES.items():
            for p in phrases:
                add(p, "tie", kind)
        for p in cues.HOSTILE_CUES:
            add(p, "hostile", True)
        for kind, phrases in cues.AGREEMENT_CUES.items():
            for p in phrases:
                add(p, "agreement", kind)
        for p in cues.AGREEMENT_ACTS:
            add(p, "act", True)
        for p in cues.SIGNING_ACTS:
            add(p, "signing", True)
        for sector, phrases in sectors.SECTOR_CUES.items():
            for p in phrases:
                add(p, "sector", sector)
        for p in sectors.SECTOR_STOP_PHRASES:
            add(p, "sector", None)
        for p in cues.PAIR_ANAPHORS:
            add(p, "anaphor", True)

        self.automaton = ahocorasick.Automaton()
        for key, values in entries.items():
            self.automaton.add_word(key, (len(key), tuple(values)))
        self.automaton.make_automaton()

    def scan(self, text: str) -> dict[str, list[Hit]]:
        """Hits per layer, non-overlapping within a layer, longest first then leftmost, in text order."""
        low = fold(text)
        n = len(text)
        found: dict[str, list[Hit]] = {layer: [] for layer in LAYERS}
        for end_index, (length, values) in self.automaton.iter(low):
            start, end = end_index - length + 1, end_index + 1
            if (start > 0 and text[start - 1].isalnum()) or (end < n and text[end].isalnum()):
                continue
            original = text[start:end]
            for layer, value, rule in values:
                if _case_ok(rule, original):
                    found[layer].append(Hit(start, end, layer, value, original))
        return {layer: _leftmost_longest(hits) for layer, hits in found.items()}


def _leftmost_longest(hits: list[Hit]) -> list[Hit]:
    if len(hits) < 2:
        return hits
    chosen: list[Hit] = []
    taken = bytearray(max(h.end for h in hits))
    for h in sorted(hits, key=lambda h: (h.start - h.end, h.start)):
        if not any(taken[h.start : h.end]):
            chosen.append(h)
            taken[h.start : h.end] = b"\x01" * (h.end - h.start)
    return sorted(chosen, key=lambda h: h.start)


@cache
def default() -> Lexicon:
    """The lexicon over kg's own gazetteer, built once per process."""
    return Lexicon(default_gazetteer())
