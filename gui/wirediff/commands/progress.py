"""The work under way, said on stderr: one line that rewrites itself on a terminal, plain
lines elsewhere.

A terminal that draws escapes gets the status line ("\\r\\x1b[K" before each text). Where
stderr is a file or a pipe (a cron job, a pipeline's log) or a dumb terminal, the same texts
are written as lines of their own, ``prog: text``, but only once the run has taken
``QUIET_FOR`` seconds (a short run's stderr stays as it was: its problems alone), then at a
change of step and at most every ``EVERY`` seconds within one: a media-monitoring analyst's
month of feed (10,502 files) wrote nothing to a redirected stderr for 17 minutes, and the job
log could not tell a run at work from one stuck. A step's line is written again as it ends
(the next step begins, or ``finish``) with its figures at their end, "(286/286)": a log held
each step's first line alone, "weighing candidate pairs (0/286)", and did not show that the
step was done (a data engineer's cron walkthrough).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable

from wirediff.commands.output import message

# Seconds of silence before the first line (a short run gains no noise), and at most
# between two lines of one step.
QUIET_FOR = 10.0
EVERY = 30.0


class Progress:
    """Says what a command is doing, the way its stderr can show it (``__doc__``)."""

    def __init__(
        self,
        prog: str,
        *,
        rewrite: bool,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        """``rewrite``: stderr is a terminal that draws the status line; else lines."""
        self.prog = prog
        self.rewrite = rewrite
        self.clock = clock
        self._start = clock()
        self._shown = False  # a status line on screen, to wipe
        self._step: str | None = None  # the step at work (the last said)
        self._ended = ""  # what its line says once it has ended
        self._written = ""  # the last line written
        self._said_at = 0.0

    def say(self, step: str, text: str, ended: str | None = None) -> None:
        """``text`` says the work of ``step`` (a key: a new one is said at once, after the
        line of the one before as it ended); ``ended``: what the line says once the step
        has ended, "(900/900)" (default: ``text``, the last said)."""
        if self.rewrite:
            print(f"\r\033[K{text}", end="", file=sys.stderr, flush=True)
            self._shown = True
            return
        now = self.clock()
        if step != self._step:
            self._end(now)
            self._step, self._said_at = step, float("-inf")
        self._ended = text if ended is None else ended
        if now - self._start < QUIET_FOR or now - self._said_at < EVERY:
            return
        self._said_at = now
        self._write(text)

    def finish(self) -> None:
        """The work said has ended: its last step's line as it ended (redirected), and the
        status line wiped (on a terminal)."""
        if not self.rewrite:
            self._end(self.clock())
            self._step = None
        self.clear()

    def clear(self) -> None:
        """Wipe the status line, so what follows on stderr starts a line of its own."""
        if self._shown:
            print("\r\033[K", end="", file=sys.stderr, flush=True)
            self._shown = False

    def _end(self, now: float) -> None:
        """The line of the step at work as it ended, unless it is the last written (or the
        run is still short)."""
        long = now - self._start >= QUIET_FOR
        if self._step is not None and long and self._ended != self._written:
            self._write(self._ended)

    def _write(self, text: str) -> None:
        self._written = text
        message(self.prog, text)


def add_progress_argument(parser: argparse.ArgumentParser) -> None:
    """``--no-progress``: nothing on stderr but problems, however long the run."""
    parser.add_argument(
        "--no-progress",
        action="store_true",
        help="do not say the work under way on stderr (on a terminal, a line that rewrites "
        f"itself; redirected, a line per step, at most one every {EVERY:.0f} s and one as it "
        f"ends, once the "
        f"run has taken {QUIET_FOR:.0f} s)",
    )
