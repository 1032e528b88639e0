"""Where the per-article work runs: this machine's cores, or a Dask distributed cluster.

Extraction is independent per article, so both executors take chunks of items and hand back each
chunk's results in input order, with only a bounded window of chunks in flight: memory stays flat
however large the input, and the output is the same whichever executor ran it.
"""

from __future__ import annotations

import multiprocessing
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from itertools import islice
from typing import Any, TypeVar

from kg.errors import KgError

T = TypeVar("T")
R = TypeVar("R")


def chunked(items: list[T], jobs: int, *, most: int = 32) -> list[list[T]]:
    size = max(1, min(most, len(items) // (max(jobs, 1) * 8)))
    return [items[i:i + size] for i in range(0, len(items), size)]


def check(spec: str | None) -> str | None:
    """None (this machine), "dask" (a local Dask cluster) or "dask://HOST:PORT"; anything else is an error."""
    if spec in (None, "", "local"):
        return None
    if spec == "dask" or spec.startswith(("dask://", "tcp://")):
        return spec
    raise KgError(f"--executor {spec}: use local, dask (a local cluster) or dask://HOST:PORT")


@contextmanager
def _dask_client(spec: str, jobs: int):
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:  # pragma: no cover - an install without the dask extra
        raise KgError("--executor dask needs Dask: pip install 'dask[distributed]'") from None
    if spec == "dask":
        with LocalCluster(n_workers=jobs, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
                Client(cluster) as client:
            yield client
        return
    address = "tcp://" + spec.split("://", 1)[1]
    try:
        client = Client(address, timeout="10s")
    except OSError as e:
        raise KgError(f"--executor {spec}: cannot reach the Dask scheduler ({e})") from None
    with client:
        yield client


def workers_context() -> multiprocessing.context.BaseContext:
    """forkserver where it is safe, else fork. A fork copies the parent's threads' held locks (Oxigraph's, the
    loader's) into the child, where nothing releases them: a build could hang for good. forkserver starts clean,
    but its workers import the main module again; that is safe for a module run with -m (kg, pytest), a notebook
    or an interpreter, but would re-run a plain script without an `if __name__ == "__main__":` guard, so a
    script run by path keeps fork."""
    main = sys.modules.get("__main__")
    script = getattr(main, "__file__", None) and getattr(main, "__spec__", None) is None
    if script:
        return multiprocessing.get_context("fork")
    context = multiprocessing.get_context("forkserver")
    # The server imports the pipeline once, before any store or thread exists, and each worker forked from it
    # starts with it imported (about half a second of a core each, which every worker otherwise spent again).
    context.set_forkserver_preload(["kg.build"])
    return context


def ordered_map(fn: Callable[[list[T]], list[R]], chunks: Iterable[list[T]], *, jobs: int,
                executor: str | None = None, window: int | None = None) -> Iterator[R]:
    """fn over each chunk, results in input order. `executor`: see `check`."""
    chunks = iter(chunks)
    if executor is None and jobs <= 1:
        for chunk in chunks:
            yield from fn(chunk)
        return
    depth = window or max(2, jobs * 16)
    if executor is None:
        with ProcessPoolExecutor(max_workers=jobs, mp_context=workers_context()) as pool:
            pending: deque[Any] = deque(pool.submit(fn, c) for c in islice(chunks, depth))
            while pending:
                done = pending.popleft().result()
                for chunk in islice(chunks, 1):
                    pending.append(pool.submit(fn, chunk))
                yield from done
        return
    with _dask_client(executor, jobs) as client:
        pending = deque(client.submit(fn, c, pure=False) for c in islice(chunks, depth))
        while pending:
            done = pending.popleft().result()
            for chunk in islice(chunks, 1):
                pending.append(client.submit(fn, chunk, pure=False))
            yield from done
