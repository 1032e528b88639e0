"""The build's index beside the store (SQLite): per article its hash, its serialized export chunks,
its tie contributions and the shared descriptions it uses. Incremental builds, the summary graph
and the exports read this instead of scanning the RDF store."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path

from kg.tables import TABLES  # one column of the answers table per competency table

VERSION = 3  # bump when the tables change: an older index is dropped and the store rebuilt
SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (name TEXT PRIMARY KEY, sha TEXT NOT NULL, published TEXT,
                                     trig BLOB NOT NULL, ttl BLOB NOT NULL, stamp TEXT, quads INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS ties (article TEXT NOT NULL, a TEXT NOT NULL, b TEXT NOT NULL, sectors TEXT NOT NULL,
                                 events INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS ties_article ON ties(article);
CREATE TABLE IF NOT EXISTS shared (article TEXT NOT NULL, line TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS shared_article ON shared(article);
CREATE INDEX IF NOT EXISTS shared_line ON shared(line);  -- DISTINCT lines in order, without a sort
CREATE INDEX IF NOT EXISTS articles_state ON articles(name, sha, stamp, quads);  -- scans skip the chunks
CREATE TABLE IF NOT EXISTS answers (article TEXT PRIMARY KEY, actors BLOB, people BLOB, ties BLOB,
                                    agreements BLOB, meetings BLOB);
CREATE TABLE IF NOT EXISTS state (key TEXT PRIMARY KEY, value TEXT);
"""


class Manifest:
    def __init__(self, path: Path | None):
        self.path = path
        self.db = sqlite3.connect(str(path) if path else ":memory:")
        if self.db.execute("PRAGMA user_version").fetchone()[0] != VERSION:
            older = self.db.execute("SELECT 1 FROM sqlite_master WHERE name = 'articles'").fetchone()
            self.db.executescript("DROP TABLE IF EXISTS articles; DROP TABLE IF EXISTS ties; DROP TABLE IF EXISTS shared;"
                                  "DROP TABLE IF EXISTS answers;")
            self.db.executescript(SCHEMA)
            if older:  # an index from an older kg: rebuild the store with it
                self.db.execute("INSERT OR REPLACE INTO state VALUES ('building', 'index rebuilt')")
            self.db.execute(f"PRAGMA user_version = {VERSION}")
            self.db.commit()
        self.db.executescript(SCHEMA)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")

    def hashes(self) -> dict[str, str]:
        return dict(self.db.execute("SELECT name, sha FROM articles"))

    def stamps(self) -> dict[str, str]:
        """File size and modification time per article when last built: unchanged files are not even read."""
        return {name: stamp for name, stamp in self.db.execute("SELECT name, stamp FROM articles") if stamp}

    def touch(self, stamps: dict[str, str]) -> None:
        with self.db:
            self.db.executemany("UPDATE articles SET stamp = ? WHERE name = ?", [(v, k) for k, v in stamps.items()])

    def quads(self) -> int:
        return self.db.execute("SELECT COALESCE(SUM(quads), 0) FROM articles").fetchone()[0]

    def put(self, rows: Iterable[tuple]) -> None:
        """(name, sha, published, trig chunk, turtle chunk, ties, shared lines, stamp, quad count,
        answers) per article, replacing old rows."""
        with self.db:
            for name, sha, published, trig, ttl, ties, shared, stamp, quads, answers in rows:
                self._forget(name)
                self.db.execute("INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?)",
                                (name, sha, published, trig, ttl, stamp, quads))
                self.db.executemany("INSERT INTO ties VALUES (?, ?, ?, ?, ?)", [(name, *t) for t in ties])
                self.db.executemany("INSERT INTO shared VALUES (?, ?)", [(name, line) for line in shared])
                self.db.execute("INSERT INTO answers VALUES (?, ?, ?, ?, ?, ?)", (name, *_answer_columns(answers)))

    def _forget(self, name: str) -> None:
        for table, column in (("articles", "name"), ("ties", "article"), ("shared", "article"), ("answers", "article")):
            self.db.execute(f"DELETE FROM {table} WHERE {column} = ?", (name,))

    def remove(self, names: Iterable[str]) -> None:
        with self.db:
            for name in names:
                self._forget(name)

    def chunks(self, column: str) -> Iterator[bytes]:
        """Each article's serialized chunk ('trig' or 'ttl'), in article-name order."""
        assert column in ("trig", "ttl")
        for (chunk,) in self.db.execute(f"SELECT {column} FROM articles ORDER BY name"):
            yield chunk

    def shared_lines(self) -> list[str]:
        return [line for (line,) in self.db.execute("SELECT DISTINCT line FROM shared ORDER BY line")]

    def tie_rows(self) -> Iterator[tuple[str, str, str, int, str, str | None]]:
        """(a, b, sectors, events, article, published) for every tie of every article."""
        yield from self.db.execute(
            "SELECT t.a, t.b, t.sectors, t.events, t.article, a.published FROM ties t JOIN articles a ON a.name = t.article")

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
