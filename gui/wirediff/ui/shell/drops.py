"""Folders and files dropped anywhere on the window open them; a folder dropped while
others are open is opened instead of them or added to them, as the user chooses."""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import unquote_to_bytes

from PySide6.QtCore import QEvent, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QCursor, QDropEvent
from PySide6.QtWidgets import QMenu, QWidget

from wirediff.core.review.folders import real
from wirediff.ui.common.paths import is_folder
from wirediff.ui.common.text import names


def local_paths(event: QDropEvent) -> list[Path]:
    """The local files and folders a drag carries."""
    mime = event.mimeData()
    if mime is None or not mime.hasUrls():
        return []
    return [Path(url_path(url)) for url in mime.urls() if url.isLocalFile()]


def url_path(url: QUrl) -> str:
    """The local path of a ``file:`` URL, as the command line would get it.

    A file manager percent-encodes a name's bytes (``file:///…/caf%E9`` for a Latin-1
    "café" on Linux); ``QUrl.toLocalFile`` decodes them as UTF-8 and turns the bytes that
    are not into U+FFFD, a path that does not exist. On POSIX the bytes are decoded as
    the file system does (``os.fsdecode``: surrogateescape), the name ``sys.argv`` holds.
    Elsewhere (a UNC host, Windows drive letters, names that are UTF-16 there) Qt's."""
    local = url.toLocalFile()
    if os.name != "posix" or not local or url.host():
        return local
    encoded = url.path(QUrl.ComponentFormattingOption.FullyEncoded)
    return os.fsdecode(unquote_to_bytes(encoded))


def read_action(event: QDropEvent) -> Qt.DropAction | None:
    """What the window tells the drag's source it did with the files: it reads them, so a
    copy (or a link), never the move a source may propose (Shift held, or a source's own
    default): told "moved", a file manager may delete the originals. None when the source
    offers neither (such a drag is refused)."""
    for action in (Qt.DropAction.CopyAction, Qt.DropAction.LinkAction):
        if event.possibleActions() & action:
            return action
    return None


class DropFilter(QObject):
    """An event filter that accepts drags of local paths on any widget it watches."""

    dropped = Signal(list)  # list[Path]

    def watch(self, widget: QWidget) -> None:
        widget.setAcceptDrops(True)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Drag enter and drag move events are drop events too.
        if not isinstance(event, QDropEvent):
            return False
        paths = local_paths(event)
        action = read_action(event)
        if not paths or action is None:
            return False
        event.setDropAction(action)
        event.accept()
        if event.type() == QEvent.Type.Drop:
            self.dropped.emit(paths)
        return True


REPLACE, ADD = "replace", "add"


def asks(dropped: list[Path], open_now: list[Path], sample: bool) -> bool:
    """Whether a drop needs the user's choice: it holds a folder, and other folders or
    files than it are open — not the sample corpus, which a first drop replaces. A pair
    of files dropped opens as that pair, as before."""
    if not open_now or sample or not any(is_folder(p) for p in dropped):
        return False
    return {_real(p) for p in dropped} != {_real(p) for p in open_now}


def ask(parent: QWidget, dropped: list[Path], open_now: list[Path]) -> str | None:
    """Open ``dropped`` instead of what is open (REPLACE, the first choice: Enter), add it
    to what is open (ADD), or nothing (None: Esc). A researcher's second day's folder,
    dropped, replaced the first without a word (a walkthrough)."""
    new, old = (names([p.name or str(p) for p in paths], 2) for paths in (dropped, open_now))
    menu = QMenu(parent)
    menu.setObjectName("drop_menu")
    replace = menu.addAction(f"Open “{new}” instead of “{old}”")
    add = menu.addAction(f"Add “{new}” to “{old}”")
    menu.addSeparator()
    menu.addAction("Cancel")
    menu.setActiveAction(replace)
    chosen = menu.exec(QCursor.pos())
    return REPLACE if chosen is replace else ADD if chosen is add else None


def opened_with(dropped: list[Path], open_now: list[Path], choice: str | None) -> list[Path]:
    """What to open for ``choice``: the drop, what is open and the drop (each once), or
    nothing."""
    if choice == REPLACE:
        return dropped
    if choice == ADD:
        known = {_real(p) for p in open_now}
        return [*open_now, *(p for p in dropped if _real(p) not in known)]
    return []


def _real(path: Path) -> str:
    try:
        return str(real(path))
    except (OSError, RuntimeError):  # (a link loop: said when it is read)
        return str(path)
