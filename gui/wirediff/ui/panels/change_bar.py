"""The bar above the diff that says the open folder changed on disk, and offers a reload."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QStyle, QWidget

from wirediff.core.reading import Changes
from wirediff.ui.common.theme import accent_sheet, set_style_sheet


def describe(changes: Changes, one_folder: bool) -> str:
    """The bar's sentence: "3 files changed in the folder since it was loaded (2 added, ...)"."""
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
    files = f"{n} file{'s' if n != 1 else ''}"
    where = "in the folder since it was" if one_folder else "since the files were"
    return f"{files} changed {where} loaded ({', '.join(parts)}). Reload?"


class ChangeBar(QFrame):
    """A non-modal bar: "N files changed … Reload?" with Reload and Dismiss buttons."""

    reload_requested = Signal()

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
        self.reload_button.setToolTip("Read the folder again, keeping the base and selection (F5)")
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
        self.reload_button.clicked.connect(self.reload_requested)
        self.dismiss_button.clicked.connect(self.hide)
        self._restyle()
        self.hide()

    def show_changes(self, changes: Changes, one_folder: bool) -> None:
        """Say what changed (hide when nothing differs from the load any more)."""
        if not changes:
            self.hide()
            return
        self.label.setText(describe(changes, one_folder))
        self.show()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.hide()
            return
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._restyle()

    def _restyle(self) -> None:
        set_style_sheet(self, accent_sheet(self.palette(), "QFrame#change_bar", radius=4))
