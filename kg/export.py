"""Exports written atomically (temporary file + rename), chosen by name from one table."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from kg.store import Store

WRITERS: dict[str, tuple[str, Callable[[Store], bytes]]] = {
    "turtle": ("kg.ttl", lambda store: store.dump("turtle")),
    "trig": ("kg.trig", lambda store: store.dump("trig")),
}


def write_atomic(path: Path, data: bytes) -> None:
    """Write `data` to `path` so that readers see the old file or the new one, never half of one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def export(store: Store, out: Path, *, formats: tuple[str, ...] = tuple(WRITERS),
           extra: dict[str, bytes] | None = None) -> dict[str, int]:
    """Write each export (and the `extra` files given) to `out`; all are rendered before any is
    replaced, each replaced atomically. Returns file sizes."""
    rendered = {WRITERS[f][0]: WRITERS[f][1](store) for f in formats} | (extra or {})
    for name, data in rendered.items():
        write_atomic(out / name, data)
    return {name: len(data) for name, data in rendered.items()}
