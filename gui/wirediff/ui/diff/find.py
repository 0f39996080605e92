"""Find in the comparison: the find box above the panes, the search in them, and the count
of matches ("3 of 12") shown at the box's right end."""

from __future__ import annotations

import bisect
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QResizeEvent, QTextCursor, QTextDocument
from PySide6.QtWidgets import QLabel, QLineEdit, QTextEdit, QWidget

MAX_COUNTED = 2000  # matches counted at most (a common word in a long text: "2000+")
COUNT_MS = 150  # the count follows the typing after this pause


class FindBar(QLineEdit):
    """The text to find, and how many matches there are; hidden until Ctrl+F.

    ``searched()`` names the pane a search starts in: while the text is typed, the count
    is of its matches (after a short pause); after a step, of the pane the match is in.
    """

    def __init__(self, searched: Callable[[], QTextEdit], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._searched = searched
        self._matches = MatchCount()
        self._count_soon = QTimer(self, singleShot=True, interval=COUNT_MS)
        self._count_soon.timeout.connect(
            lambda: self.set_count(self._matches.text(self.text(), self._searched()))
        )
        self.textChanged.connect(lambda _text: self._count_soon.start())
        self.setObjectName("find_box")
        self.setPlaceholderText(
            "Find in comparison (Enter or F3: next match, Shift+Enter or Shift+F3: previous, "
            "Esc: close)"
        )
        self.count = QLabel("", self)
        self.count.setObjectName("find_count")
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        self.count.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.count.setForegroundRole(self.foregroundRole())
        self.hide()

    def set_count(self, text: str) -> None:
        """Show ``text`` ("3 of 12") inside the box, at its right end."""
        self.count.setText(text)
        self.count.adjustSize()
        self.setTextMargins(0, 0, self.count.width() + 8 if text else 0, 0)
        self._place_count()

    def step(self, pane: QTextEdit, other: QTextEdit | None, backward: bool) -> str:
        """Select the next (or previous) match in ``pane``, else in ``other`` (see
        ``find_step``), and count where it is; what to tell the user."""
        message = find_step(self.text(), pane, other, backward)
        self._count_soon.stop()
        found = pane if pane.textCursor().hasSelection() or other is None else other
        self.set_count(self._matches.text(self.text(), found))
        return message

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_count()

    def _place_count(self) -> None:
        x = self.width() - self.count.width() - 6
        self.count.move(x, (self.height() - self.count.height()) // 2)


def match_starts(doc: QTextDocument, text: str) -> list[int]:
    """Where ``text`` starts in ``doc`` (as the find does: case-insensitive), at most
    ``MAX_COUNTED`` + 1 places."""
    starts: list[int] = []
    cursor = QTextCursor(doc)
    while len(starts) <= MAX_COUNTED:
        cursor = doc.find(text, cursor)
        if cursor.isNull():
            break
        starts.append(cursor.selectionStart())
    return starts


class MatchCount:
    """Counts the matches of the find text in a pane's document, once per text and document
    (stepping from match to match only looks up where it is)."""

    def __init__(self) -> None:
        self._counted: tuple[str, QTextDocument | None, list[int]] = ("", None, [])

    def text(self, text: str, pane: QTextEdit) -> str:
        """ "3 of 12" for the match selected in ``pane`` ("12 matches" when none is
        selected, "no match" when there is none, "" without a text)."""
        if not text:
            return ""
        doc = pane.document()
        if self._counted[:2] != (text, doc):
            self._counted = (text, doc, match_starts(doc, text))
        return count_text(text, pane, self._counted[2])


def count_text(text: str, pane: QTextEdit, starts: list[int]) -> str:
    """ "3 of 12" for the match of ``text`` selected in ``pane``, given where they all start."""
    total = f"{MAX_COUNTED}+" if len(starts) > MAX_COUNTED else str(len(starts))
    if not starts:
        return "no match"
    cursor = pane.textCursor()
    if cursor.hasSelection() and cursor.selectedText().casefold() == text.casefold():
        at = bisect.bisect_left(starts, cursor.selectionStart())
        if at < len(starts) and starts[at] == cursor.selectionStart():
            return f"{at + 1} of {total}"
    return f"{total} match{'es' * (len(starts) != 1)}"


def find_step(text: str, pane: QTextEdit, other: QTextEdit | None, backward: bool) -> str:
    """Select the next (or previous) match of ``text`` in ``pane`` from its cursor, wrapping
    around, else in ``other``; what to tell the user ("" when found right away)."""
    flags = QTextDocument.FindFlag.FindBackward if backward else QTextDocument.FindFlag(0)
    if pane.find(text, flags):
        return ""
    cursor = pane.textCursor()
    cursor.movePosition(
        QTextCursor.MoveOperation.End if backward else QTextCursor.MoveOperation.Start
    )
    pane.setTextCursor(cursor)
    if pane.find(text, flags):
        return "Search wrapped to the " + ("bottom" if backward else "top")
    found_other = other is not None and other.isVisible() and other.find(text, flags)
    return "" if found_other else f"Not found: {text}"
