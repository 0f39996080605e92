"""The one mechanism for background work: QThreadPool + QRunnable reporting through signals.

``Runner.start(kind, fn)`` runs ``fn(job)`` in the pool. A newer job of the same kind makes
the older one stale: the older job's ``job.cancelled()`` turns true and its results are
dropped, so a slow comparison can never overwrite the display of a newer one.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, SignalInstance, Slot

from wirediff.core.cancel import Cancelled
from wirediff.core.reading.errors import ReadError
from wirediff.core.report.output import OutputError
from wirediff.core.review.connection import StoreError
from wirediff.core.textsafe import printable

log = logging.getLogger(__name__)

# How long a worker may hold the GIL while the GUI thread waits for it. Every Python slot,
# event filter, paint override and model ``data()`` call needs the GIL, so with CPU-bound
# workers each one waits up to this long; at Python's default of 5 ms the waits queue up
# behind each other, and the window froze for 0.3-1.2 s at a time while a 10,000-document
# folder was grouped. At 1 ms, painting the change list (about 900 ``data()`` calls from
# Qt) still took up to 0.7 s while a grouping ran: stepping through the list then stalled
# 0.3-0.7 s a key; at 0.2 ms, 0.1-0.28 s, the grouping as quick (the workers switch among
# themselves more often, a few microseconds a switch).
SWITCH_INTERVAL = 0.0002

# Failures that name the file and the reason (a report written into a missing folder, a file
# that cannot be read, a review store that cannot be opened): the error callback says them
# to the user; a traceback on stderr would add nothing but noise. Others are logged in full.
SAID: tuple[type[Exception], ...] = (OSError, OutputError, ReadError, StoreError)


@dataclass(slots=True)
class Job:
    """What a background function sees: its token, a cancel flag and a progress reporter."""

    kind: str
    token: int
    _signals: _Signals
    _cancel: threading.Event = field(default_factory=threading.Event)

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def progress(self, done: int, total: int, payload: object = None) -> None:
        """Report progress; ``payload`` is whatever the caller's progress callback expects."""
        if not self.cancelled():
            _tell(self._signals.progress, self.kind, self.token, (done, total, payload))


class _Signals(QObject):
    """Lives in the GUI thread; the worker emits, so delivery is queued to the GUI thread.

    It has no parent: every task holds it, so a worker can still report when the window
    (and the Runner with it) was deleted while the worker ran — the report then reaches
    nobody instead of raising "Signal source has been deleted" in the worker.
    """

    finished = Signal(str, int, object)
    failed = Signal(str, int, str)
    progress = Signal(str, int, object)


def _tell(signal: SignalInstance, *args: object) -> None:
    """Send a worker's report; when its signals' object is gone (the process quitting: as
    the application ended, PySide deleted it while a worker still ran, and a --screenshot
    taken while a folder was grouped printed "Signal source has been deleted" with its
    traceback), the report reaches nobody, and says nothing."""
    try:
        signal.emit(*args)
    except RuntimeError:
        log.debug("a background report after its receiver was deleted: dropped")


def _spent(job: Job) -> None:
    """What a task runs once it has run (never: a runnable runs once)."""


class _Task(QRunnable):
    def __init__(self, job: Job, fn: Callable[[Job], Any], signals: _Signals, subject: str) -> None:
        super().__init__()
        self.setAutoDelete(False)  # Python keeps it alive until its result arrives
        self.job = job
        self.fn = fn
        self.signals = signals
        self.subject = subject

    def run(self) -> None:
        # Given to the pool, the task is never freed (PySide keeps a runnable that does not
        # delete itself): let go of the function, and all its closure holds (a story
        # index, the folder's documents), so that each reload did not keep the last one's.
        try:
            result = self._call()
        except Cancelled:  # asked for: nobody waits for its result (the job is stale)
            result = None
        except Exception as exc:  # reported to the user, never swallowed
            if isinstance(exc, SAID):  # the file and the reason are the whole story
                log.info("background %s failed: %s", self.job.kind, exc)
            else:
                log.error("background %s failed:\n%s", self.job.kind, traceback.format_exc())
            _tell(self.signals.failed, self.job.kind, self.job.token, failure(self.subject, exc))
            return
        _tell(self.signals.finished, self.job.kind, self.job.token, result)

    def _call(self) -> Any:
        """Run the function, let go of it (its frame, which holds it, ends here: before
        the result is sent, so the GUI thread never sees it still held)."""
        fn, self.fn = self.fn, _spent
        return fn(self.job)


def failure(subject: str, exc: BaseException) -> str:
    """What the user reads when a job fails: what it was doing and why, in one line.

    ``str(MemoryError())`` is empty, and so are many exceptions' messages: an empty status
    line said nothing, so the kind of failure is named instead.
    """
    if isinstance(exc, MemoryError):
        why = "out of memory"
    else:
        why = str(exc).strip() or type(exc).__name__
    return printable(f"{subject}: {why}" if subject else why, one_line=True)


@dataclass(slots=True)
class _Callbacks:
    done: Callable[[Any], None]
    error: Callable[[str], None] | None
    progress: Callable[[int, int, Any], None] | None


class Runner(QObject):
    """Starts jobs, drops results of stale ones, and calls back in the GUI thread."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        if sys.getswitchinterval() > SWITCH_INTERVAL:
            sys.setswitchinterval(SWITCH_INTERVAL)
        self.pool = pool or QThreadPool.globalInstance()
        self._signals = _Signals()  # no parent: see _Signals
        self._signals.finished.connect(self._on_finished)
        self._signals.failed.connect(self._on_failed)
        self._signals.progress.connect(self._on_progress)
        self._latest: dict[str, Job] = {}
        self._lasting: set[str] = set()  # kinds of job that finish when the window closes
        self._tasks: dict[tuple[str, int], tuple[_Task, _Callbacks]] = {}
        self._next = 0

    def start(
        self,
        kind: str,
        fn: Callable[[Job], Any],
        done: Callable[[Any], None],
        error: Callable[[str], None] | None = None,
        progress: Callable[[int, int, Any], None] | None = None,
        subject: str = "",
        lasting: bool = False,
    ) -> Job:
        """Run ``fn(job)`` in the pool; ``done(result)`` runs in the GUI thread if not stale.

        ``subject`` says what the job does, naming its files ("Comparing a.txt with b.txt"):
        ``error`` gets it before the reason of a failure. A ``lasting`` job (one that writes
        what the user asked for: a report, the review store) is let finish when the window
        closes; the others are cancelled then (``cancel_all``).
        """
        self.cancel(kind)
        if lasting:
            self._lasting.add(kind)
        self._next += 1
        job = Job(kind, self._next, self._signals)
        task = _Task(job, fn, self._signals, subject)
        self._latest[kind] = job
        self._tasks[(kind, job.token)] = (task, _Callbacks(done, error, progress))
        self.busy_changed.emit(True)
        self.pool.start(task)
        return job

    def cancel(self, kind: str) -> None:
        """Make the running job of ``kind`` stale (it stops at its next check)."""
        job = self._latest.pop(kind, None)
        if job is not None:
            job.cancel()

    def cancel_all(self) -> None:
        """The window closes: cancel every job but the lasting ones (they write files)."""
        for kind in [k for k in self._latest if k not in self._lasting]:
            self.cancel(kind)

    def is_current(self, kind: str, token: int) -> bool:
        job = self._latest.get(kind)
        return job is not None and job.token == token and not job.cancelled()

    def running(self, kind: str) -> bool:
        """Whether a job of ``kind`` is under way and not cancelled."""
        job = self._latest.get(kind)
        return job is not None and not job.cancelled()

    def busy(self) -> bool:
        return bool(self._tasks)

    def wait(self, msecs: int = 30000) -> bool:
        """Block until the pool is idle (for shutdown and tests)."""
        return self.pool.waitForDone(msecs)

    def _take(self, kind: str, token: int) -> _Callbacks | None:
        entry = self._tasks.pop((kind, token), None)
        if not self._tasks:
            self.busy_changed.emit(False)
        if entry is None or not self.is_current(kind, token):
            return None
        del self._latest[kind]
        return entry[1]

    @Slot(str, int, object)
    def _on_finished(self, kind: str, token: int, result: object) -> None:
        callbacks = self._take(kind, token)
        if callbacks is not None:
            callbacks.done(result)

    @Slot(str, int, str)
    def _on_failed(self, kind: str, token: int, message: str) -> None:
        callbacks = self._take(kind, token)
        if callbacks is not None and callbacks.error is not None:
            callbacks.error(message)

    @Slot(str, int, object)
    def _on_progress(self, kind: str, token: int, value: object) -> None:
        if not self.is_current(kind, token):
            return
        entry = self._tasks.get((kind, token))
        if entry is not None and entry[1].progress is not None and isinstance(value, tuple):
            done, total, payload = value  # as Job.progress packed them
            entry[1].progress(done, total, payload)
