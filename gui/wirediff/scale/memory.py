"""Workers give memory back between stages.

A stage's tasks free most of what they made, but CPython's allocator keeps the freed heap
and the process's resident set stays at its high-water mark. Dask counts that resident set
against ``--memory-limit`` and spills persisted data to disk when it passes 70%, so the
next stage would find less room than its own data leaves. Measured on the generated 100k
archive: at the end of the stories stage a worker held ~1.45 GB resident for ~0.23 GB of
persisted data; a collection and ``malloc_trim`` brought it to ~0.95 GB, and the
shingling caches another ~0.1 GB (they refill when a later stage shingles again). At 1M
documents a worker holds ~1.8 GB after the stories stage instead of ~4.9 GB (benchmark
runs S and T in the README); that stage's own spilling, from its own tasks, is unchanged.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import gc
from collections.abc import Callable
from typing import Any

from wirediff.core.stories.perdoc import forget_words


def release(client: Any) -> None:
    """Every worker of ``client`` drops its shingling caches and returns its freed heap."""
    client.run(released)


def released() -> None:
    """In this process: drop the shingling caches, collect, and return free heap pages to
    the system where the C library can (glibc's ``malloc_trim``)."""
    forget_words()
    gc.collect()
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


@functools.cache
def _malloc_trim() -> Callable[[int], int] | None:
    name = ctypes.util.find_library("c")
    if name is None:
        return None
    try:
        trim: Callable[[int], int] = ctypes.CDLL(name).malloc_trim
    except (OSError, AttributeError):  # not glibc (musl, macOS, Windows): nothing to ask
        return None
    return trim
