"""Folders and files dropped anywhere on the window open them."""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import unquote_to_bytes

from PySide6.QtCore import QEvent, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QWidget


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
