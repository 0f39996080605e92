"""Ctrl+C for a command with workers: never lost, never a worker's.

Python raises ``KeyboardInterrupt`` wherever the main thread happens to be. When that is a
garbage collector's callback (distributed's ``GCDiagnosis`` watches every full collection of
the process that holds the client), Python prints "Exception ignored in …" with the
traceback and goes on: the grouping ran to its end and the command said status 0, as if the
key had not been pressed (seen in CI, after the first stage). So the interrupt is also
noted, said nowhere when it is swallowed like that, and raised again as the next stage of
the work ends (``check``).

A terminal's Ctrl+C reaches the whole process group, the workers of a pool too: ``held``
starts them with SIGINT blocked (a thread's signal mask is inherited by the processes it
starts), and they ignore it before they let it through.
"""

from __future__ import annotations

import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType
from typing import Any


class Interrupts:
    """A context: SIGINT raises ``KeyboardInterrupt`` and is remembered until it ends."""

    def __init__(self) -> None:
        self.seen = False
        self._handler: Any = None
        self._hook: Any = None

    def __enter__(self) -> Interrupts:
        self._handler = signal.signal(signal.SIGINT, self._take)
        self._hook = sys.unraisablehook
        sys.unraisablehook = self._unraisable
        return self

    def __exit__(self, *exc: object) -> None:
        signal.signal(signal.SIGINT, self._handler)
        sys.unraisablehook = self._hook

    def check(self) -> None:
        """Raise the interrupt a callback swallowed."""
        if self.seen:
            raise KeyboardInterrupt

    def _take(self, number: int, frame: FrameType | None) -> None:
        self.seen = True
        raise KeyboardInterrupt

    def _unraisable(self, unraisable: Any) -> None:
        if isinstance(unraisable.exc_value, KeyboardInterrupt):
            return  # noted: ``check`` raises it where it can stop the command
        self._hook(unraisable)


@contextmanager
def held() -> Iterator[None]:
    """SIGINT blocked in this thread, and so in the threads and processes it starts, until
    the block ends; one that came meanwhile is then raised here."""
    if not hasattr(signal, "pthread_sigmask"):  # Windows: no process-group SIGINT either
        yield
        return
    before = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, before)
