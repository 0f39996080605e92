"""GUI-thread work in slices: a walk of small steps, a few milliseconds per event-loop turn.

Some work must run on the GUI thread (it touches widgets, models attached to views, or a
text layout) and is too long for one turn: spanning thousands of group rows, filling a column
of similarities, freeing a replaced model, laying out a long document, handing paths to the
folder watcher. Each is written as a walk (an iterator whose every step does a little) and
given to a ``Slicer``, which runs steps until its slice time is spent, lets the event loop
handle input and painting, and goes on at the next turn. Starting a new walk replaces the
one under way.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator

from PySide6.QtCore import QObject

from wirediff.ui.common.timers import timer

SLICE_SECONDS = 0.015  # GUI-thread time per turn, unless a slicer is given its own


class Slicer(QObject):
    """Runs one walk at a time on the GUI thread, ``seconds`` per event-loop turn."""

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        seconds: float | None = None,
        after_slice: Callable[[], None] | None = None,
        done: Callable[[], None] | None = None,
    ) -> None:
        """``seconds``: the slice time (None: ``SLICE_SECONDS``, read at every slice);
        ``after_slice`` runs after every slice, ``done`` once a walk is finished."""
        super().__init__(parent)
        self.seconds = seconds
        self._after_slice = after_slice
        self._done = done
        self._walk: Iterator[object] | None = None
        # A real interval: a zero timer would run before any other timer, starving them.
        self._timer = timer(self, 1)
        self._timer.timeout.connect(self._slice)

    def start(self, walk: Iterable[object], now: bool = True) -> None:
        """Replace the walk under way with ``walk``; its first slice runs now or next turn."""
        self._walk = iter(walk)
        if now:
            self._slice()
        else:
            self._timer.start()

    def stop(self) -> None:
        """Drop the walk under way (the steps it did stay done)."""
        self._walk = None
        self._timer.stop()

    def running(self) -> bool:
        return self._walk is not None

    def _slice(self) -> None:
        walk = self._walk
        if walk is None:
            return
        seconds = SLICE_SECONDS if self.seconds is None else self.seconds
        deadline = time.perf_counter() + seconds
        finished = True
        for _step in walk:
            if self._walk is not walk:
                return  # a step started another walk or stopped this one
            if time.perf_counter() > deadline:  # at least one step per slice
                finished = False
                break
        if self._walk is not walk:
            return
        if finished:
            self._walk = None
        if self._after_slice is not None:
            self._after_slice()
            if self._walk is not (None if finished else walk):
                return  # it started another walk (that one goes on) or stopped this one
        if not finished:
            self._timer.start()
        elif self._done is not None:
            self._done()
