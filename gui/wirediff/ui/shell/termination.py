"""SIGTERM and SIGHUP close the windows as File ▸ Quit does.

A logout, a shutdown, ``kill`` or a closed terminal ends the process with SIGTERM or
SIGHUP; Python's default for them is to die at once, and the window's settings (its size,
the splitters, the base chosen with b) and a note being written were lost. A signal only
reaches Python code when Qt calls into Python, which an idle event loop never does: the
signal's number is written to a socket (``signal.set_wakeup_fd``) that Qt watches, so the
handler runs at once.
"""

from __future__ import annotations

import contextlib
import signal
import socket
import threading
from types import FrameType

from PySide6.QtCore import QObject, QSocketNotifier, QTimer
from PySide6.QtWidgets import QApplication

SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name))


class _Waker(QObject):
    """Holds the socket pair and its notifier for the application's lifetime."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.reader, self.writer = socket.socketpair()
        for end in (self.reader, self.writer):
            end.setblocking(False)
        self.notifier = QSocketNotifier(self.reader.fileno(), QSocketNotifier.Type.Read, self)
        self.notifier.activated.connect(self._drain)

    def _drain(self) -> None:
        with contextlib.suppress(OSError):
            self.reader.recv(64)  # (the handler has run: Python ran it on the way here)


def close_on_termination(app: QApplication) -> bool:
    """Make SIGTERM and SIGHUP close every window (each saves its state as on Ctrl+Q; the
    last closed, the app quits). False where it cannot be done (not the main thread, no
    such signals)."""
    if not SIGNALS or threading.current_thread() is not threading.main_thread():
        return False
    waker = _Waker(app)
    try:
        signal.set_wakeup_fd(waker.writer.fileno(), warn_on_full_buffer=False)
    except (ValueError, OSError):
        waker.deleteLater()
        return False

    def closing(_number: int, _frame: FrameType | None) -> None:
        # Not here, wherever the main thread's Python was when the signal came: at the
        # event loop's next turn. Closing the last window quits; a window that will not
        # close (a note that could not be saved stays in its editor) keeps the app open,
        # as Quit does.
        QTimer.singleShot(0, app.closeAllWindows)

    for number in SIGNALS:
        signal.signal(number, closing)
    return True
