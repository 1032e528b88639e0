"""The build's index beside the store (SQLite): per article its hash, its serialized export chunks,
its tie contributions and the shared descriptions it uses. Incremental builds, the summary graph
and the exports read this instead of scanning the RDF store."""

from __future__ import annotations

import sqlite3
import sys
from array import array
from collections.abc import Container, Iterable, Iterator
from pathlib import Path

from kg.store.tables import TABLES  # one column of the answers table per competency table

VERSION = 7  # bump when the tables or the IRI scheme change: an older index is dropped and the store rebuilt
SCHEMA = """
-- `lines`: the ids of the shared lines the article names (packed, kg.store.index.pack), before the
-- chunk, so a scan of them does not read through it.
CREATE TABLE IF NOT EXISTS articles (name TEXT PRIMARY KEY, sha TEXT NOT NULL, published TEXT, stamp TEXT,
                                     quads INTEGER NOT NULL, lines BLOB NOT NULL, trig BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS ties (article TEXT NOT NULL, a TEXT NOT NULL, b TEXT NOT NULL, sectors TEXT NOT NULL,
                                 events INTEGER NOT NULL, kinds TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS ties_article ON ties(article);
-- Shared description lines (actors, people, events several articles may report) are kept once,
-- and articles refer to them by number. Every line here is named by some article (a build that
-- replaces or removes articles drops the lines no article names any more). Neither the text nor
-- the references are indexed: kg keeps line → id in memory while it builds (kg.store.index.Manifest),
-- and indexing them cost more than the rest of the index.
CREATE TABLE IF NOT EXISTS lines (id INTEGER PRIMARY KEY, line TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS articles_state ON articles(name, sha, stamp, quads);  -- scans skip the chunks
CREATE TABLE IF NOT EXISTS answers (article TEXT PRIMARY KEY, actors BLOB, people BLOB, ties BLOB,
                                    agreements BLOB, meetings BLOB);
CREATE TABLE IF NOT EXISTS state (key TEXT PRIMARY KEY, value TEXT);
"""


class Manifest:
    def __init__(self, path: Path | None):
        self.path = path
        # One thread at a time: the build's loader thread records each batch it loaded (kg.build).
        self.db = sqlite3.connect(str(path) if path else ":memory:", check_same_thread=False)
        if self.db.execute("PRAGMA user_version").fetchone()[0] != VERSION:
            older = self.db.execute("SELECT 1 FROM sqlite_master WHERE name = 'articles'").fetchone()
            self.db.executescript("DROP TABLE IF EXISTS articles; DROP TABLE IF EXISTS ties; DROP TABLE IF EXISTS shared;"
                                  "DROP TABLE IF EXISTS lines; DROP TABLE IF EXISTS answers; DROP INDEX IF EXISTS articles_state;")
            self.db.executescript(SCHEMA)
            if older:  # an index from an older kg: rebuild the store with it
                self.db.execute("INSERT OR REPLACE INTO state VALUES ('building', 'index rebuilt')")
            self.db.execute(f"PRAGMA user_version = {VERSION}")
            self.db.commit()
        self.db.executescript(SCHEMA)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self._line_ids: dict[str, int] | None = None  # line → id, read on first use
        self._next_line_id = 1  # the id the next new line takes, set when _line_ids is read

    def hashes(self) -> dict[str, str]:
        return dict(self.db.execute("SELECT name, sha FROM articles"))

    def stamps(self) -> dict[str, str]:
        """File size and modification time per article when last built: unchanged files are not even read."""
        return {name: stamp for name, stamp in self.db.execute("SELECT name, stamp FROM articles") if stamp}

    def touch(self, stamps: dict[str, str]) -> None:
        with self.db:
            self.db.executemany("UPDATE articles SET stamp = ? WHERE name = ?", [(v, k) for k, v in stamps.items()])

    def published(self) -> list[tuple[str, str | None]]:
        """(name, publication date) of every article."""
        return self.db.execute("SELECT name, published FROM articles").fetchall()

    def quads(self) -> int:
        return self.db.execute("SELECT COALESCE(SUM(quads), 0) FROM articles").fetchone()[0]

    def put(self, rows: list[tuple], *, replacing: Container[str] = ()) -> list[str]:
        """(name, sha, published, TriG chunk, ties, shared lines, stamp, quad count, answers) per
        article, in one transaction; the rows of the names in `replacing` are dropped first. Gives
        the shared lines no article in the index named before, in their first article's order."""
        try:
            return self._put(rows, replacing)
        except BaseException:
            self._line_ids = None  # it may hold lines the rolled-back transaction added
            raise

    def _put(self, rows: list[tuple], replacing: Container[str]) -> list[str]:
        replaced = [name for name, *_ in rows if name in replacing]
        with self.db:
            for name in replaced:
                self._forget(name)
            ids, new = self._line_ids_of([line for r in rows for line in r[5]])
            self.db.executemany("INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?)",
                                [(r[0], r[1], r[2], r[6], r[7], pack([ids[line] for line in r[5]]), r[3]) for r in rows])
            self.db.executemany("INSERT INTO ties VALUES (?, ?, ?, ?, ?, ?)", [(r[0], *t) for r in rows for t in r[4]])
            self.db.executemany("INSERT INTO answers VALUES (?, ?, ?, ?, ?, ?)",
                                [(r[0], *_answer_columns(r[8])) for r in rows])
            if replaced:  # descriptions only the old versions named
                self._drop_unused_lines()
        return new

    def unsync(self, names: list[str]) -> None:
        """Forget the hashes of articles the store did not take: the next build sends them again."""
        with self.db:
            self.db.executemany("UPDATE articles SET sha = '' WHERE name = ?", [(n,) for n in names])

    def _drop_unused_lines(self) -> None:
        """Forget shared lines no article names any more."""
        used: set[int] = set()
        for (ids,) in self.db.execute("SELECT lines FROM articles"):
            used.update(unpack(ids))
        unused = [(i,) for (i,) in self.db.execute("SELECT id FROM lines") if i not in used]
        if unused:
            self.db.executemany("DELETE FROM lines WHERE id = ?", unused)
            self._line_ids = None

    def _forget(self, name: str) -> None:
        for table, column in (("articles", "name"), ("ties", "article"), ("answers", "article")):
            self.db.execute(f"DELETE FROM {table} WHERE {column} = ?", (name,))

    def _line_ids_of(self, lines: list[str]) -> tuple[dict[str, int], list[str]]:
        """Line → id for the lines given, and the lines new to the index, added in one statement with
        the next free ids."""
        if self._line_ids is None:
            self._line_ids = dict(self.db.execute("SELECT line, id FROM lines"))
            self._next_line_id = max(self._line_ids.values(), default=0) + 1  # what SQLite's rowid would take
        known = self._line_ids
        new = [line for line in dict.fromkeys(lines) if line not in known]
        if new:
            added = {line: self._next_line_id + k for k, line in enumerate(new)}
            self.db.executemany("INSERT INTO lines (id, line) VALUES (?, ?)", [(i, line) for line, i in added.items()])
            known.update(added)
            self._next_line_id += len(new)
        return known, new

    def remove(self, names: Iterable[str]) -> None:
        with self.db:
            for name in names:
                self._forget(name)
            self._drop_unused_lines()

    def chunks(self) -> Iterator[bytes]:
        """Each article's TriG chunk, in article-name order."""
        for (chunk,) in self.db.execute(_CHUNKS):
            yield chunk

    def shared_lines(self) -> list[str]:
        """Every shared line some article names, in order."""
        return [line for (line,) in self.db.execute("SELECT line FROM lines ORDER BY line")]

    def tie_rows(self) -> Iterator[tuple[str, str, str, int, str, str | None]]:
        """(a, b, sectors, events, article, published) for every tie of every article."""
        yield from self.db.execute(
            "SELECT t.a, t.b, t.sectors, t.events, t.article, a.published FROM ties t JOIN articles a ON a.name = t.article")

    def tie_kinds(self) -> dict[tuple[str, str], tuple[set[str], set[str]]]:
        """Per actor pair (IRIs, in order): the kinds of its ties, and the years of the articles that report one
        of a kind."""
        out: dict[tuple[str, str], tuple[set[str], set[str]]] = {}
        for a, b, kinds, published in self.db.execute(
                "SELECT t.a, t.b, t.kinds, a.published FROM ties t JOIN articles a ON a.name = t.article"):
            pair = out.setdefault((a, b), (set(), set()))
            pair[0].update(kinds.split())
            if published and kinds:  # as the store would answer: a tie is found by its kind
                pair[1].add(published[:4])
        return out

    def get_state(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM state WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set_state(self, key: str, value: str | None) -> None:
        with self.db:
            if value is None:
                self.db.execute("DELETE FROM state WHERE key = ?", (key,))
            else:
                self.db.execute("INSERT OR REPLACE INTO state VALUES (?, ?)", (key, value))

    def __len__(self) -> int:
        return self.db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]


_CHUNKS = "SELECT trig FROM articles ORDER BY name"


def pack(ids: list[int]) -> bytes:
    """Line ids as 8-byte little-endian integers."""
    packed = array("q", ids)
    if sys.byteorder != "little":
        packed.byteswap()
    return packed.tobytes()


def unpack(data: bytes) -> array:
    ids = array("q")
    ids.frombytes(data)
    if sys.byteorder != "little":
        ids.byteswap()
    return ids


def read_chunks(path: Path) -> Iterator[bytes]:
    """Manifest.chunks() of the index at `path`, on a read-only connection of the caller's own (another
    process writes the JSON-LD export from it while the build goes on)."""
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        for (chunk,) in db.execute(_CHUNKS):
            yield chunk
    finally:
        db.close()


def _answer_columns(answers: Iterable[tuple[str, bytes]]) -> list[bytes | None]:
    given = dict(answers)
    return [given.get(name) or None for name in TABLES]


def read_answer(path: Path, query: str) -> Iterator[bytes] | None:
    """A bundled query's CSV rows (no header) from the index at `path`, article by article in
    article-name order, on a read-only connection of the caller's own (kg serve answers on worker
    threads, and SQLite connections belong to their thread); None when the index is missing, from
    another kg, or left by an unfinished build."""
    assert query in TABLES
    try:
        # Used by one thread only; check_same_thread=False lets whoever drops an unfinished stream close it.
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        if db.execute("PRAGMA user_version").fetchone()[0] != VERSION or \
                db.execute("SELECT 1 FROM state WHERE key = 'building'").fetchone():
            db.close()
            return None
    except sqlite3.Error:
        return None
    return _rows(db, query)


def _rows(db: sqlite3.Connection, query: str) -> Iterator[bytes]:
    try:
        for (chunk,) in db.execute(f"SELECT {query} FROM answers WHERE {query} IS NOT NULL ORDER BY article"):
            yield chunk
    finally:
        db.close()
