"""The problems panel: files that could not be read, each with its reason.

A link to a folder outside the opened folder is not followed unless the user asks: such
problems come with a button that reads the folder again following them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wirediff.core.reading import Problem
from wirediff.core.reading.errors import EXTERNAL_LINK, SET_ASIDE
from wirediff.ui.common.text import one_line, path_in, plain_tooltip

# Hints of the engine that name a command-line option, as the app says them.
APP_HINTS = {
    EXTERNAL_LINK: "open what it points to itself, or follow such links: the button above, or "
    "Options ▸ Follow links that leave the folder",
}
FOLLOW = "Follow links that leave the folder, and reload"
PROBLEMS_CLOSE = "Escape"  # hides the panel (its dock's buttons take no focus)
SHOWN_ROWS = 6  # problems the dock shows without scrolling when it opens


def heading(n: int, aside: int = 0) -> str:
    """What the panel says above its list: "items", as a problem may be a file, a folder (a
    link looping back, one not readable) or one record of a file of many; ``aside`` of them
    skipped on purpose (listed after the others: a saved page's 32 folders of parts buried
    the three files that could not be read)."""
    unread = n - aside
    said = []
    if unread:
        verb = "was" if unread == 1 else "were"
        said.append(f"{_items(unread)} could not be read and {verb} skipped")
    if aside:
        what = f"{aside:,}" if unread else _items(aside)
        said.append(f"{what} set aside on purpose (hidden or system files, a saved page's parts)")
    return "; ".join(said) + ":" if said else "No file was skipped."  # (Ctrl+4 shows it)


def _items(n: int) -> str:
    return "1 item" if n == 1 else f"{n:,} items"


class ProblemsPanel(QWidget):
    """Lists skipped files; the rest of the folder opens regardless."""

    follow_links_requested = Signal()  # read the folder again, following external links
    close_requested = Signal()  # Esc: hide the panel

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problems_panel")
        self.heading = QLabel("")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.follow_button = QPushButton(FOLLOW)
        self.follow_button.setObjectName("follow_links_button")
        self.follow_button.setToolTip(
            "Read the folders these links lead to as well (this folder only; Options ▸ "
            "Follow links that leave the folder does it for every folder)"
        )
        self.follow_button.clicked.connect(self.follow_links_requested)
        self.follow_button.hide()
        self.list = QListWidget()
        self.list.setObjectName("problems_list")
        self.list.setWordWrap(True)
        self.list.setAccessibleName("Files that could not be read")
        self.list.itemActivated.connect(self._activated)
        # One line and a half at least (a scroll area's own least is about five): the dock's
        # least height was a short window's least too (at 1.5× on a 768-pixel screen, the
        # window grew past its foot).
        self.list.setMinimumHeight(self.list.fontMetrics().lineSpacing() * 3 // 2 + 8)
        escape = QShortcut(QKeySequence(PROBLEMS_CLOSE), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.close_requested)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.follow_button)
        self._layout = layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)

    def set_problems(self, problems: list[Problem], opened: Sequence[Path] = ()) -> None:
        """List ``problems``: those that could not be read first, those set aside on
        purpose after them, each in the folder's order, and each named by its path in the
        folder ``opened`` (``path_in``): "y2023/m01", where "m01" was one of four such
        folders, and a name a problem alone had could be a document's too."""
        self.list.clear()
        problems = sorted(problems, key=lambda p: p.code in SET_ASIDE)
        said = {p.path: path_in(p.path, opened) for p in problems}
        twice = {name for name, n in Counter(said.values()).items() if n > 1}
        for problem in problems:
            hint = APP_HINTS.get(problem.code, problem.hint)
            name = said[problem.path]  # (two files opened by themselves, of one name: whole)
            name = str(problem.path) if name in twice else name
            item = QListWidgetItem(
                one_line(f"{name}: {problem.reason}" + (f" — {hint}" if hint else ""))
            )
            item.setData(Qt.ItemDataRole.UserRole, problem.code)
            item.setToolTip(plain_tooltip(f"{problem.path}\n{problem.reason}\n{hint}".strip()))
            self.list.addItem(item)
        self.heading.setText(heading(len(problems), sum(p.code in SET_ASIDE for p in problems)))
        self.follow_button.setVisible(any(p.code == EXTERNAL_LINK for p in problems))

    def sizeHint(self) -> QSize:
        """A few lines tall (up to ``SHOWN_ROWS`` problems): the dock opens below the diff
        without taking half the window; the user can drag it taller."""
        hint = super().sizeHint()
        rows = min(max(1, self.list.count()), SHOWN_ROWS)
        row = self.list.sizeHintForRow(0) if self.list.count() else self.fontMetrics().height()
        list_height = rows * row + 2 * self.list.frameWidth() + 6
        top = max(self.heading.sizeHint().height(), self.follow_button.sizeHint().height())
        layout = self._layout
        margins = layout.contentsMargins().top() + layout.contentsMargins().bottom()
        return QSize(hint.width(), margins + top + layout.spacing() + list_height)

    def _activated(self, item: QListWidgetItem) -> None:
        """Enter or a double-click on a link that was not followed: follow it."""
        if item.data(Qt.ItemDataRole.UserRole) == EXTERNAL_LINK:
            self.follow_links_requested.emit()

    def lines(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]
