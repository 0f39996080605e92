"""Python's cyclic garbage collector held off while a worker builds a large result.

A full collection walks every tracked object while holding the GIL, so the GUI thread waits
for it: building a story table (49 aligned diffs, millions of objects) set off collections
of 100-200 ms, each a frozen window. The results are frozen dataclasses without reference
cycles, freed by reference counting alone, so nothing is lost by not collecting while they
are built; afterwards they are moved out of the collector's sight (``gc.freeze``), as the
window does with the comparison on screen. The pause is counted (``core.collection``), so
that overlapping jobs turn the collector back on only when the last one ends.
"""

from __future__ import annotations

import gc
from contextlib import AbstractContextManager

from wirediff.core.collection import collection_paused as paused


def collection_paused() -> AbstractContextManager[None]:
    """No automatic cyclic collection inside the block (in any thread); on leaving, what
    exists is frozen (left out of later collections) and collection resumes."""
    return paused(freeze=True)


def settle_shown() -> None:
    """Exempt what is on screen from future full collections.

    A full collection walks every tracked object while holding the GIL, and a 100k-word
    comparison is millions of them: a worker thread's collection would freeze the GUI for
    hundreds of milliseconds. Frozen objects are still freed by reference counting when the
    next comparison replaces them (the result types hold no reference cycles).
    """
    gc.freeze()
