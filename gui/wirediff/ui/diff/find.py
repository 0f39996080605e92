"""Find in the comparison: the find box above the panes and the search in them."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QTextEdit, QWidget


class FindBar(QLineEdit):
    """The text to find; hidden until Ctrl+F."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("find_box")
        self.setPlaceholderText("Find in comparison (Enter or F3: next match, Esc: close)")
        self.hide()


def find_next(text: str, pane: QTextEdit, other: QTextEdit | None) -> str:
    """Select the next match of ``text`` in ``pane`` after its cursor, wrapping around to
    the top, else in ``other``; what to tell the user ("" when found right away)."""
    if pane.find(text):
        return ""
    cursor = pane.textCursor()
    cursor.movePosition(cursor.MoveOperation.Start)
    pane.setTextCursor(cursor)
    if pane.find(text):
        return "Search wrapped to the top"
    found_other = other is not None and other.isVisible() and other.find(text)
    return "" if found_other else f"Not found: {text}"
