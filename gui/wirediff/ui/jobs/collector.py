"""Python's cyclic garbage collector held off while a worker builds a large result.

A full collection walks every tracked object while holding the GIL, so the GUI thread waits
for it: building a story table (49 aligned diffs, millions of objects) set off collections
of 100-200 ms, each a frozen window. The results are frozen dataclasses without reference
cycles, freed by reference counting alone, so nothing is lost by not collecting while they
are built; afterwards they are moved out of the collector's sight (``gc.freeze``), as the
window does with the comparison on screen. The collector is process-wide: the pause is
counted, so that overlapping jobs turn it back on only when the last one ends.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0
_was_enabled = True


@contextmanager
def collection_paused() -> Iterator[None]:
    """No automatic cyclic collection inside the block (in any thread); on leaving, what
    exists is frozen (left out of later collections) and collection resumes."""
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0:
                gc.freeze()
                if _was_enabled:
                    gc.enable()


def settle_shown() -> None:
    """Exempt what is on screen from future full collections.

    A full collection walks every tracked object while holding the GIL, and a 100k-word
    comparison is millions of them: a worker thread's collection would freeze the GUI for
    hundreds of milliseconds. Frozen objects are still freed by reference counting when the
    next comparison replaces them (the result types hold no reference cycles).
    """
    gc.freeze()
