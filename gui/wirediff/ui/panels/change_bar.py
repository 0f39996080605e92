"""The bar above the diff that says the open folder changed on disk, and offers a reload."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QStyle, QWidget

from wirediff.core.reading import Changes
from wirediff.core.textsafe import printable
from wirediff.ui.common.text import folder_gone, folders_unreadable, plain_tooltip
from wirediff.ui.common.theme import accent_sheet, set_style_sheet

HIDE_KEY = Qt.Key.Key_Escape  # with the focus in the bar (the cheat sheet lists it)
RELOAD_TIP = "Read the folder again, keeping the base and selection (F5)"


KEPT = "What was read stays open here."


def describe(changes: Changes, one_folder: bool) -> str:
    """The bar's sentence: "3 files changed in the folder since it was loaded (2 added, ...)",
    after the folders that can no longer be read: "The folder “news” cannot be read
    (permission denied)" (their files are not "removed"; alone, nothing is to reload)."""
    unreadable = f"{folders_unreadable(changes.unreadable)}. " if changes.unreadable else ""
    parts = [
        f"{len(paths)} {word}"
        for paths, word in (
            (changes.added, "added"),
            (changes.removed, "removed"),
            (changes.modified, "modified"),
        )
        if paths
    ]
    n = len(changes.added) + len(changes.removed) + len(changes.modified)
    if not n:
        return f"{unreadable}{KEPT}"
    files = f"{n} file{'s' if n != 1 else ''}"
    where = "in the folder since it was" if one_folder else "since the files were"
    return f"{unreadable}{files} changed {where} loaded ({', '.join(parts)}). Reload?"


def to_reload(changes: Changes) -> bool:
    """Whether a reload would read anything new (not when folders only became unreadable:
    it could only drop what was read from them)."""
    return bool(changes.added or changes.removed or changes.modified)


class ChangeBar(QFrame):
    """A non-modal bar: "N files changed … Reload?" with Reload and Dismiss buttons."""

    reload_requested = Signal()
    open_requested = Signal(object)  # Path: the open folder under its new name

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("change_bar")
        self.setAccessibleName("Folder changed")
        icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        info = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
        icon.setPixmap(info.pixmap(size, size))
        self.label = QLabel("")
        self.label.setObjectName("change_bar_text")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.reload_button = QPushButton("Re&load")
        self.reload_button.setObjectName("change_bar_reload")
        self.reload_button.setToolTip(RELOAD_TIP)
        self.dismiss_button = QPushButton("&Dismiss")
        self.dismiss_button.setObjectName("change_bar_dismiss")
        self.dismiss_button.setToolTip("Hide this until the next change (Esc)")
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 6, 4)
        row.addWidget(icon)
        row.addWidget(self.label, 1)
        row.addWidget(self.reload_button)
        row.addWidget(self.dismiss_button)
        self.label.setBuddy(self.reload_button)
        self._moved_to: Path | None = None  # the button opens it (the folder was renamed)
        self.reload_button.clicked.connect(self._act)
        self.dismiss_button.clicked.connect(self.hide)
        self._restyle()
        self.hide()

    def show_changes(self, changes: Changes, one_folder: bool) -> None:
        """Say what changed (hide when nothing differs from the load any more)."""
        if not changes:
            self.hide()
            return
        self._button(None)
        self.label.setText(printable(describe(changes, one_folder), one_line=True))
        self.reload_button.setVisible(to_reload(changes))
        self.show()

    def show_moved(self, folder: Path, now: Path | None) -> None:
        """The open folder is no longer there: renamed ``now`` (offer to open it there), or
        moved elsewhere or deleted (``now`` None; nothing to reload)."""
        self._button(now)
        if now is None:
            text = f"{folder_gone(folder.name)}. {KEPT}"
        else:
            text = f"The folder “{folder.name}” was renamed “{now.name}”. {KEPT}"
        self.label.setText(printable(text, one_line=True))
        self.reload_button.setVisible(now is not None)
        self.show()

    def _button(self, moved_to: Path | None) -> None:
        """Reload, or open the folder under its new name."""
        self._moved_to = moved_to
        self.reload_button.setVisible(True)
        if moved_to is None:
            self.reload_button.setText("Re&load")
            self.reload_button.setToolTip(RELOAD_TIP)
        else:
            self.reload_button.setText("O&pen it there")  # (Alt+O is the Options menu)
            self.reload_button.setToolTip(plain_tooltip(f"Open {moved_to}"))

    def _act(self) -> None:
        if self._moved_to is None:
            self.reload_requested.emit()
        else:
            self.open_requested.emit(self._moved_to)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == HIDE_KEY:
            self.hide()
            return
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._restyle()

    def _restyle(self) -> None:
        set_style_sheet(self, accent_sheet(self.palette(), "QFrame#change_bar", radius=4))
