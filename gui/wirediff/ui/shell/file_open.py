"""Files opened from the macOS Finder (or dropped on the Dock icon) arrive as QFileOpenEvents.

PyInstaller's argv emulation is off, so they never reach ``sys.argv``: the application gets
one event per file, even when the user opened several at once. Events arriving within
``BURST_MS`` of each other are opened together, so that two selected files open as a pair.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtGui import QFileOpenEvent

from wirediff.ui.common.timers import timer
from wirediff.ui.shell.drops import url_path

BURST_MS = 200


class FileOpenFilter(QObject):
    """Collects QFileOpenEvents sent to the application; emits their paths once a burst ends."""

    opened = Signal(list)  # list[Path], in the order the events came

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._paths: list[Path] = []
        self._burst = timer(self, BURST_MS)
        self._burst.timeout.connect(self._flush)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.FileOpen or not isinstance(event, QFileOpenEvent):
            return False
        url = event.url()
        name = url_path(url) if url.isLocalFile() else event.file()
        if name:
            path = Path(name)
            if path not in self._paths:
                self._paths.append(path)
            self._burst.start()  # restarted by each event of the burst
        return True

    def _flush(self) -> None:
        paths, self._paths = self._paths, []
        if paths:
            self.opened.emit(paths)


def open_files_in(window: QObject, open_paths: Callable[[list[Path]], None]) -> FileOpenFilter:
    """Open the files the application is asked to open with ``open_paths`` (the window's)."""
    opener = FileOpenFilter(window)
    opener.opened.connect(open_paths)
    app = QCoreApplication.instance()
    if app is not None:
        app.installEventFilter(opener)
    return opener
