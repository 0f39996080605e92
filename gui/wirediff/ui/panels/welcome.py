"""The welcome view shown when no folder is open: open buttons, recent folders, drop hint."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wirediff.ui.common.roles import PATH_ROLE
from wirediff.ui.common.text import plain_tooltip


class WelcomeView(QWidget):
    """What `wirediff` with no arguments shows."""

    open_folder = Signal()
    open_sample = Signal()
    open_recent = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        title = QLabel("wirediff")
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        title.setFont(font)
        blurb = QLabel(
            "Compare versions of the same news story: open a folder of articles, pick two "
            "versions, and review what each outlet cut, added, reworded or moved."
        )
        blurb.setWordWrap(True)
        self.folder_button = QPushButton("Open folder…")
        self.folder_button.setObjectName("open_folder_button")
        self.folder_button.setDefault(True)
        self.sample_button = QPushButton("Open the sample corpus")
        self.sample_button.setObjectName("open_sample_button")
        self.folder_button.clicked.connect(self.open_folder)
        self.sample_button.clicked.connect(self.open_sample)
        buttons = QHBoxLayout()
        buttons.addWidget(self.folder_button)
        buttons.addWidget(self.sample_button)
        buttons.addStretch(1)
        self.recent = QListWidget()
        self.recent.setObjectName("recent_list")
        self.recent.itemActivated.connect(lambda item: self.open_recent.emit(item.data(PATH_ROLE)))
        self.recent_label = QLabel("Recent folders")
        self.drop_hint = QLabel("Drop a folder or files here")
        self.drop_hint.setObjectName("drop_hint")
        self.drop_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.drop_hint.setFrameShape(QFrame.Shape.StyledPanel)
        self.drop_hint.setMinimumHeight(110)
        self.drop_hint.setStyleSheet("QLabel#drop_hint { border: 2px dashed palette(mid); }")
        hint_font = QFont(self.drop_hint.font())
        hint_font.setPointSizeF(hint_font.pointSizeF() * 1.3)
        self.drop_hint.setFont(hint_font)
        keys = QLabel("Press F1 for the keyboard cheat sheet.")
        column = QVBoxLayout()
        column.addStretch(1)
        for widget in (title, blurb):
            column.addWidget(widget)
        column.addSpacing(12)
        column.addLayout(buttons)
        column.addSpacing(12)
        column.addWidget(self.recent_label)
        column.addWidget(self.recent)
        column.addSpacing(12)
        column.addWidget(self.drop_hint)
        column.addWidget(keys)
        column.addStretch(2)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(column, 4)
        outer.addStretch(1)

    def set_recent(self, folders: list[str]) -> None:
        """Show the recent folders (missing ones are listed but marked)."""
        self.recent.clear()
        for folder in folders:
            path = Path(folder)
            missing = "" if path.exists() else "  (missing)"
            item = QListWidgetItem(f"{path.name or folder} — {path.parent}{missing}")
            item.setData(PATH_ROLE, folder)
            item.setToolTip(plain_tooltip(folder))
            self.recent.addItem(item)
        rows = max(1, len(folders))  # as tall as its entries, up to the list's maximum
        self.recent.setFixedHeight(min(170, rows * self.recent.sizeHintForRow(0) + 8))
        self.recent.setVisible(bool(folders))
        self.recent_label.setVisible(bool(folders))
