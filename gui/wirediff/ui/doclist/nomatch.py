"""The line under the filter box that says when the filter leaves no row, and what it
looks at (typing part of a file name used to give an empty list and no word why)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from wirediff.ui.common.text import one_line

# Characters of the filter repeated in the line: it says which filter, not all of it.
FILTER_SHOWN = 60


class NoMatch(QLabel):
    """Hidden while the filter finds something."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setObjectName("no_match")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        # A long word cannot widen the list (and the window with it): the line wraps or
        # is cut at the list's width.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.hide()

    def show_for(self, text: str, rows_shown: int, rows: int) -> None:
        """The filter ``text`` left ``rows_shown`` of ``rows`` top-level rows."""
        empty = bool(text) and rows_shown == 0 and rows > 0
        if empty:
            self.setText(
                f"No document matches “{one_line(text, FILTER_SHOWN)}”. The filter looks at "
                "titles, file names, folders, outlets and dates."
            )
        self.setVisible(empty)

    def show_failure(self, text: str, why: str) -> None:
        """The filter ``text`` could not be searched: ``why``."""
        self.setText(f"“{one_line(text, FILTER_SHOWN)}” could not be searched: {one_line(why)}")
        self.show()
