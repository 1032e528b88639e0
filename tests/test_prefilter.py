"""Prefiltered patterns (kg.prefilter) find what `re` finds: the words they look for first are in every match."""

from __future__ import annotations

import importlib
import pkgutil
import random
import re
import string

import pytest
from hypothesis import given
from hypothesis import strategies as st

import kg.extract
from kg import prefilter
from kg.prefilter import Prefiltered, words_of

from .conftest import GOLD, SEEDS


@pytest.mark.parametrize(("pattern", "flags", "words"), [
    (r"\b(?:setelah|usai)\s+bertemu\b", re.I, {"bertemu"}),  # the longer part
    (r"\b(?:setelah|sesudah)\b", re.I, {"telah", "sudah"}),  # re's parser takes the common "se" out first
    (r"\b[Dd]i\s+Jakarta\b", 0, {"jakarta"}),
    (r"\b[Dd]ibahas", 0, {"dibahas"}),  # a class of one letter's cases is that letter
    (r"[Dd]ibahas", 0, None),  # re scans ahead for "D" and "d" itself
    (r"Kantor\s+(?:Presiden|Wakil)", 0, None),  # and for "Kantor"
    (r"(?:foo)?barbaz", 0, {"barbaz"}),  # an optional part is no word
    (r"(?:kunjungan)+", 0, {"kunjungan"}),
    (r"(?:kunjungan)*\s+", 0, None),
    (r"(?=lusa)\w+", 0, None),  # what a lookahead sees is not consumed
    (r"abc|de", 0, None),  # a word too short
    (r"\bdi\s+\w+", re.I, None),
    (r"\b(?:" + "|".join(f"{c}{d}kata" for c in "abc" for d in string.ascii_lowercase) + ")", 0, None),  # too many words
    (r"\bKantor\s+(?:Presiden|Wakil)", 0, {"kantor"}),
    (r"(?i:KTT)\s+[A-Z]\w+", 0, {"ktt"}),
    (r"é+tude|caf[ée]", 0, {"tude", "caf"}),  # ASCII runs only
    (r"é+|caf[ée]", 0, None),
])
def test_the_words_every_match_holds(pattern, flags, words) -> None:
    assert words_of(pattern, flags) == (frozenset(words) if words else None)
    compiled = prefilter.compile(pattern, flags)
    assert isinstance(compiled, Prefiltered) == bool(words)
    assert compiled.pattern == pattern


def test_a_text_without_the_words_is_not_searched_and_one_with_them_is() -> None:
    p = prefilter.compile(r"\bsetelah\s+(bertemu|berkunjung)\b", re.I)
    assert isinstance(p, Prefiltered)
    assert not p.possible("Presiden tiba di Seoul pada Senin.")
    assert p.search("Presiden tiba di Seoul, SETELAH Bertemu PM Jepang.").group(1) == "Bertemu"
    text = "Setelah bertemu A, lalu setelah berkunjung ke B"
    assert [m.span() for m in p.finditer(text)] == [m.span() for m in p.compiled.finditer(text)]
    assert p.findall(text) == ["bertemu", "berkunjung"]
    assert p.sub("X", text) == "X A, lalu X ke B" and p.sub("X", "tanpa kata") == "tanpa kata"
    # a window as re reads it: a negative start is the text's start, not its end
    assert p.search(text, -5, 20) and p.search(text, 1, 20) is None and p.search(text, 0, -3) is None
    assert p.search("x" * 500 + text, 400, 900) and p.search(text, 10) and p.match(text) and p.fullmatch(text) is None
    assert p.possible("x" * 50 + "tanpa kata", 10, 60), "a narrow window is searched at once"


@pytest.mark.parametrize("odd", ["\u0130", "\u0131", "\u017f"])
def test_a_character_re_folds_to_a_letter_that_lower_does_not_is_searched(odd) -> None:
    p = prefilter.compile(r"\b(?:sesi|kisah)\b", re.I)
    text = "pada " + "sesi kisah".replace("s" if odd == "\u017f" else "i", odd) + " itu"
    assert p.search(text).span() == p.compiled.search(text).span()  # "ſeſi", "kİsah" ...


def test_every_character_re_matches_to_an_ascii_letter_lower_maps_to_it_or_is_searched_always() -> None:
    """The three characters prefilter always searches are all there are, in this Python's Unicode tables."""
    letters = re.compile("[" + string.ascii_letters + string.digits + "]", re.I)
    odd = {chr(c) for c in range(0x80, 0x110000) if not 0xD800 <= c < 0xE000 and letters.fullmatch(chr(c))
           and not chr(c).lower().isascii()}
    assert odd == {"\u0130", "\u0131", "\u017f"}
    assert all(prefilter._ODD.search(c) for c in odd)


def _project_patterns() -> list[tuple[str, Prefiltered]]:
    modules = ["kg.dates", "kg.clean", "kg.lang.id.noise", "kg.extract"] + \
        [f"kg.extract.{m.name}" for m in pkgutil.iter_modules(kg.extract.__path__)]
    found = {}
    for name in modules:
        for key, value in vars(importlib.import_module(name)).items():
            if isinstance(value, Prefiltered):
                found[value.pattern, value.flags] = (f"{name}.{key}", value)
    return sorted(found.values(), key=lambda kv: kv[0])


PATTERNS = _project_patterns()


def test_most_of_the_extraction_patterns_are_prefiltered() -> None:
    assert len(PATTERNS) > 250


def _texts() -> list[str]:
    """Sentences of the seeds and the dev articles, and each again with its letters' case shuffled."""
    rng = random.Random(7)
    texts = []
    for folder in (SEEDS, GOLD / "dev"):
        for f in sorted(folder.glob("*.txt"))[::3]:
            texts += [t for t in re.split(r"(?<=[.!?])\s+", f.read_text(encoding="utf-8")) if t]
    return texts + ["".join(c.upper() if rng.random() < 0.3 else c for c in t) for t in texts[::4]]


def test_the_project_patterns_find_what_re_finds_in_real_sentences() -> None:
    texts = _texts()
    joined = " ".join(texts[:40])
    searched = 0
    for name, p in PATTERNS:
        for text in texts:
            assert [m.span() for m in p.finditer(text)] == [m.span() for m in p.compiled.finditer(text)], (name, text)
            searched += p.possible(text)
        assert [m.span() for m in p.finditer(joined, 100, 2000)] == [m.span() for m in p.compiled.finditer(joined, 100, 2000)], name
    assert searched < len(PATTERNS) * len(texts) / 3, "most sentences are not searched by most patterns"


@given(st.lists(st.sampled_from(["setelah", "sebelum", "bertemu", "KTT", "Presiden", "di", "Seoul", " ", ", ", ".",
                                 "pada", "Senin", "12", "Maret", "2024", "kunjungan", "\u0130", "\u017f", "sepakat",
                                 "ke", "dan", "mitra", "MoU", "Pertemuan", "ini"]), max_size=30),
       st.integers(0, len(PATTERNS) - 1), st.integers(-5, 200), st.integers(-5, 300))
def test_a_prefiltered_pattern_matches_as_re_on_any_text(parts, which, pos, endpos) -> None:
    text = "".join(parts)
    p = PATTERNS[which][1]
    assert (m.span() if (m := p.search(text, pos, endpos)) else None) == \
        (m.span() if (m := p.compiled.search(text, pos, endpos)) else None)
    assert p.findall(text) == p.compiled.findall(text)
