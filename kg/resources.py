"""Where the ontology and bundled queries live: inside the installed package, or beside it in a checkout."""

from __future__ import annotations

import difflib
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
