"""Where the ontology and bundled queries live: inside the installed package, or beside it in a checkout."""

from __future__ import annotations

import difflib
import re
from pathlib import Path

from kg.errors import QueryError

_PACKAGE = Path(__file__).parent


def ontology_dir() -> Path:
    for candidate in (_PACKAGE / "ontology", _PACKAGE.parent / "ontology"):
        if (candidate / "diplomacy.ttl").exists():
            return candidate
    raise FileNotFoundError("ontology/ not found beside the kg package")


def bundled_queries() -> dict[str, Path]:
    return {p.stem: p for p in sorted((ontology_dir() / "queries").glob("*.rq"))}


def describe_queries() -> dict[str, str]:
    """Each bundled query's name and its leading comment (what it answers, its columns), as one line."""
    out = {}
    for name, path in bundled_queries().items():
        lines = []
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.startswith("#"):
                break
            lines.append(line.lstrip("# ").strip())
        out[name] = " ".join(lines)
    return out


_BIND = re.compile(r"^([A-Za-z_][A-Za-z0-9_]*)=(.*)$", re.S)


def bind(name: str, sparql: str, binds: tuple[str, ...]) -> str:
    """The query with `VALUES ?var { value }` first in its outermost WHERE block for each NAME=VALUE."""
    if not binds:
        return sparql
    values = []
    for b in binds:
        m = _BIND.match(b)
        if not m:
            raise QueryError(f"{name}: --bind {b!r}: expected NAME=VALUE, e.g. partner=JP")
        var, value = m.groups()
        if not re.search(r"[?$]" + re.escape(var) + r"\b", sparql):
            raise QueryError(f"{name}: --bind {var}: the query has no variable ?{var}")
        if value.startswith(("http://", "https://")):
            if re.search(r"[\s<>\"{}|^`\\]", value):
                raise QueryError(f"{name}: --bind {var}: not an IRI: {value!r}")
            term = f"<{value}>"
        else:
            term = '"' + value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'
        values.append(f"VALUES ?{var} {{ {term} }}")
    where = re.search(r"\bWHERE\s*\{", sparql, re.I)
    if not where:
        raise QueryError(f"{name}: --bind needs a query with a WHERE block")
    return sparql[:where.end()] + "\n  " + "\n  ".join(values) + sparql[where.end():]


def resolve_query(text_or_name: str) -> tuple[str, str]:
    """(name, SPARQL) for a bundled query name, a path to a .rq file, or SPARQL text."""
    queries = bundled_queries()
    if text_or_name in queries:
        return text_or_name, queries[text_or_name].read_text(encoding="utf-8")
    if text_or_name.endswith(".rq") or (len(text_or_name) < 250 and "\n" not in text_or_name and Path(text_or_name).is_file()):
        path = Path(text_or_name)
        try:
            return str(path), path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as e:
            raise QueryError(f"{path}: cannot read query file ({e})") from None
    if not any(w in text_or_name.upper() for w in ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE", "INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE")):
        close = difflib.get_close_matches(text_or_name.strip().lower(), list(queries), n=1)
        hint = f"; did you mean {close[0]}?" if close else ""
        raise QueryError(f"{text_or_name!r}: not SPARQL, a .rq file, or a bundled query ({', '.join(queries)}){hint}")
    return "query", text_or_name
