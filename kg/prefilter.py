"""Compiled patterns that do not search a text which cannot hold a match.

Python's `re` scans ahead only for a literal first character, and not at all when a pattern ignores
case or opens with a word boundary, as most of the extraction's cue patterns do: it tries the pattern
at every offset, so a cue looked for in every sentence costs microseconds where its words are absent,
as they mostly are. `compile` reads the pattern's syntax tree for words one of which every match must
contain (the literal runs of some part that no match can skip), and `search`, `finditer`, `findall`
and `sub` of the result first look for those words in the text, lower-cased: one Aho-Corasick automaton of
every pattern's words scans a sentence or a body once (the last 16 are kept), and each pattern asked of
it then only checks whether one of its own words is among those found.

Matches are unchanged: a text that holds one of the words is searched as before, and so is every text
when no part of the pattern gives words of three letters or more, or when `re` scans ahead for the
pattern's first character itself (`compile` then returns the plain compiled pattern), and so is a window
of under a hundred characters, which costs `re` less than the words would. Only ASCII words are taken,
and a text with one of the three characters that `re` matches to an ASCII letter while `str.lower` does
not ("İ", "ı", "ſ") is always searched. tests/test_prefilter.py compares the results with `re`'s on the
dev articles' sentences and on generated texts.
"""

from __future__ import annotations

import functools
import re
import sys
from collections.abc import Callable, Iterator
from re import _compiler, _parser  # type: ignore[attr-defined]
from re import _constants as sre  # type: ignore[attr-defined]  # the parser's opcodes; Python >= 3.11
from typing import Any

import ahocorasick

# The parts with words: a word shorter than this is in most sentences, and a part with more words than this
# (a list of names) is in most texts anyway.
MIN_LENGTH = 3
MOST_WORDS = 64
# Characters `re.IGNORECASE` matches to an ASCII letter that `str.lower` does not map to it.
_ODD = re.compile("[\u0130\u0131\u017f]")
# A window of a text up to this long is lower-cased on its own; in a longer one, the whole text's words are looked for.
_SHORT = 400
# A shorter window ("the 60 characters before a name") is searched at once: the words would cost more.
_NARROW = 100
# A window is looked into for so few words one by one, for more with the automaton.
_FEW = 4

Words = frozenset[str]


def _score(words: Words | None) -> tuple[int, int]:
    """Longer words first (a word of six letters is rare enough), then fewer of them; none that cannot be used."""
    shortest = min(map(len, words)) if words else 0
    if shortest < MIN_LENGTH or len(words or ()) > MOST_WORDS:
        return (0, 0)
    return (min(shortest, 6), -len(words or ()))


def _better(a: Words | None, b: Words | None) -> Words | None:
    return b if _score(b) > _score(a) else a


def _letter(op: Any, av: Any) -> str | None:
    """The ASCII character a LITERAL, or a class of one letter's cases ("[Dd]"), stands for, lower-cased."""
    if op is sre.LITERAL:
        ch = chr(av)
        return ch.lower() if ch.isascii() else None
    if op is sre.IN and av and all(o is sre.LITERAL for o, _ in av):
        chars = {chr(a).lower() for _, a in av}
        if len(chars) == 1:
            ch = chars.pop()
            return ch if ch.isascii() else None
    return None


def needed(items: Any) -> Words | None:
    """Words (lower case) one of which every match of the sequence `items` (a parsed pattern) contains,
    or None when no part of it gives such words."""
    best: Words | None = None
    run: list[str] = []
    for op, av in list(items) + [(None, None)]:
        ch = _letter(op, av) if op is not None else None
        if ch is not None:
            run.append(ch)
            continue
        if run:
            best = _better(best, frozenset({"".join(run)}))
            run = []
        found: Words | None = None
        if op is sre.SUBPATTERN:
            found = needed(av[-1])
        elif op is sre.ATOMIC_GROUP:
            found = needed(av)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and av[0] >= 1:
            found = needed(av[2])
        elif op is sre.BRANCH:
            alternatives = [needed(p) for p in av[1]]
            if all(alternatives):
                found = frozenset().union(*alternatives)  # type: ignore[arg-type]
        best = _better(best, found)
    return best


def words_of(pattern: str, flags: int = 0) -> Words | None:
    """The words to look for before searching `pattern`, or None when it is searched every time: it has none,
    or it opens with a character (or a set of them) that `re` itself scans ahead for (",\\s*yang")."""
    parsed = _parser.parse(pattern, flags)
    if _compiler._get_literal_prefix(parsed, flags)[0] or _compiler._get_charset_prefix(parsed, flags):
        return None
    words = needed(parsed)
    return words if _score(words) > (0, 0) else None


def _fold(text: str) -> str | None:
    """`text` lower-cased, or None when it holds a character `re` matches to a letter that lower() would miss."""
    if not text.isascii() and _ODD.search(text):
        return None
    return text.lower()


# Every prefiltered pattern's words, numbered: a sentence or an article's body, looked into by many patterns in
# turn, is scanned once by an automaton of all of them, and each pattern then asks whether one of its own is there.
_WORD_IDS: dict[str, int] = {}
_automaton: list[Any] = []  # [the automaton, the number of words it knows]


def _word_ids(words: Words) -> frozenset[int]:
    return frozenset(_WORD_IDS.setdefault(w, len(_WORD_IDS)) for w in words)


def _scanner() -> Any:
    if not _automaton or _automaton[1] != len(_WORD_IDS):  # a pattern compiled since (at import, or later)
        found = ahocorasick.Automaton()
        for word, i in _WORD_IDS.items():
            found.add_word(word, i)
        found.make_automaton()
        _automaton[:] = [found, len(_WORD_IDS)]
    return _automaton[0]


def _ids_in(folded: str) -> frozenset[int]:
    return frozenset(i for _, i in _scanner().iter(folded)) if _WORD_IDS else frozenset()


@functools.lru_cache(maxsize=16)
def _present(text: str) -> frozenset[int] | None:
    """The numbers of the words `text` holds (lower-cased), or None when it must be searched whatever its words."""
    folded = _fold(text)
    return None if folded is None else _ids_in(folded)


class Prefiltered:
    """A compiled pattern with its words: the methods of `re.Pattern` the project uses, same results."""

    __slots__ = ("compiled", "words", "ids", "pattern", "flags", "groups", "groupindex", "match", "fullmatch")

    def __init__(self, compiled: re.Pattern[str], words: Words):
        self.compiled = compiled
        self.words = tuple(sorted(words, key=lambda w: (len(w), w), reverse=True))
        self.ids = _word_ids(words)
        self.pattern, self.flags = compiled.pattern, compiled.flags
        self.groups, self.groupindex = compiled.groups, compiled.groupindex
        # anchored at one offset, a match costs less than the words would
        self.match: Callable[..., re.Match[str] | None] = compiled.match
        self.fullmatch: Callable[..., re.Match[str] | None] = compiled.fullmatch

    def __repr__(self) -> str:
        return f"prefilter.compile({self.pattern!r}, {self.flags!r})  # words {self.words}"

    def possible(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> bool:
        """Whether text[pos:endpos] may hold a match: it holds one of the words."""
        if pos > 0 or endpos < len(text):
            pos, endpos = max(pos, 0), min(max(endpos, 0), len(text))  # as re reads them, not as a slice would
            if endpos - pos < _NARROW:
                return True
            if endpos - pos <= _SHORT:
                folded = _fold(text[pos:endpos])
                if folded is None:
                    return True
                if len(self.words) <= _FEW:
                    return any(map(folded.__contains__, self.words))
                return not self.ids.isdisjoint(_ids_in(folded))
        present = _present(text)
        return present is None or not self.ids.isdisjoint(present)

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if pos <= 0 and endpos >= len(string):  # the whole text, as most calls: `possible` inlined
            present = _present(string)
            if present is not None and self.ids.isdisjoint(present):
                return None
        elif not self.possible(string, pos, endpos):
            return None
        return self.compiled.search(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(string, pos, endpos) if self.possible(string, pos, endpos) else iter(())

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return self.compiled.findall(string, pos, endpos) if self.possible(string, pos, endpos) else []

    def sub(self, repl: Any, string: str, count: int = 0) -> str:
        return self.compiled.sub(repl, string, count) if self.possible(string) else string


Pattern = Prefiltered | re.Pattern[str]


def compile(pattern: str, flags: int = 0) -> Pattern:  # noqa: A001 - as re.compile
    """`re.compile(pattern, flags)`, prefiltered by its words when it has some."""
    compiled = re.compile(pattern, flags)
    words = words_of(pattern, flags)
    return Prefiltered(compiled, words) if words else compiled
