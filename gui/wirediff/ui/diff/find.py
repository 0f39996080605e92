"""Find in the comparison: the find box above the panes, the search in them, and the count
of matches ("3 of 12") shown at the box's right end.

The search is in a pane's text as a reader sees it (``PaneText``): a match may span the
break marks of a long run and the blocks of a long row, which Qt's own find would not.
"""

from __future__ import annotations

import bisect
import re
from collections import deque
from itertools import islice

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QResizeEvent, QTextCursor
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from wirediff.ui.diff.blocks import PaneText
from wirediff.ui.diff.pane import DiffPane

MAX_COUNTED = 2000  # matches counted at most (a common word in a long text: "2000+")
COUNT_MS = 150  # the count follows the typing after this pause


class FindBar(QLineEdit):
    """The text to find, and how many matches there are; hidden until Ctrl+F.

    A search starts in the pane with the focus (the left one when neither has it): while
    the text is typed, the count is of its matches (after a short pause); after a step, of
    the pane the match is in.
    """

    def __init__(self, left: DiffPane, right: DiffPane, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._panes = (left, right)
        self._matches = MatchCount()
        self._count_soon = QTimer(self, singleShot=True, interval=COUNT_MS)
        self._count_soon.timeout.connect(
            lambda: self.set_count(self._matches.text(self.text(), self._searched()[0]))
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

    def _searched(self) -> tuple[DiffPane, DiffPane | None]:
        """The pane a search starts in, and the one it goes on to (the right pane only
        follows the left one)."""
        left, right = self._panes
        return (right, None) if right.hasFocus() else (left, right)

    def open(self) -> None:
        """Ctrl+F: show the box with its text selected, ready to type over."""
        self.show()
        self.setFocus()
        self.selectAll()

    def find_match(self, backward: bool) -> str | None:
        """F3 / Shift+F3 (Enter / Shift+Enter in the box): the match after (before) the cursor
        of the pane last used, wrapping around; with no text, open the box. What to tell
        the user, if anything."""
        if not self.text():
            self.open()
            return None
        return self.step(*self._searched(), backward)

    def step(self, pane: DiffPane, other: DiffPane | None, backward: bool) -> str:
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


def _pattern(text: str) -> re.Pattern[str]:
    return re.compile(re.escape(text), re.IGNORECASE)  # as Qt's find: any case


def _shown(pane: DiffPane) -> PaneText | None:
    return pane.plan.text() if pane.plan is not None else None


def matches(pane: DiffPane, text: str) -> list[tuple[int, int]]:
    """Where ``text`` is in ``pane`` (document positions), at most ``MAX_COUNTED`` + 1."""
    shown = _shown(pane)
    if shown is None or not text:
        return []
    found = islice(_pattern(text).finditer(shown.text), MAX_COUNTED + 1)
    return [shown.span(m.start(), m.end()) for m in found]


class MatchCount:
    """Counts the matches of the find text in a pane, once per text and pane text
    (stepping from match to match only looks up where it is)."""

    def __init__(self) -> None:
        self._counted: tuple[str, PaneText | None, list[tuple[int, int]]] = ("", None, [])

    def text(self, text: str, pane: DiffPane) -> str:
        """ "3 of 12" for the match selected in ``pane`` ("12 matches" when none is
        selected, "no match" when there is none, "" without a text)."""
        if not text:
            return ""
        if self._counted[:2] != (text, _shown(pane)):
            self._counted = (text, _shown(pane), matches(pane, text))
        return count_text(pane, self._counted[2])


def count_text(pane: DiffPane, spans: list[tuple[int, int]]) -> str:
    """ "3 of 12" for the match selected in ``pane``, given where they all are."""
    total = f"{MAX_COUNTED}+" if len(spans) > MAX_COUNTED else str(len(spans))
    if not spans:
        return "no match"
    cursor = pane.textCursor()
    selected = cursor.selectionStart(), cursor.selectionEnd()
    at = bisect.bisect_left(spans, selected)
    if cursor.hasSelection() and at < len(spans) and spans[at] == selected:
        return f"{at + 1} of {total}"
    return f"{total} match{'es' * (len(spans) != 1)}"


def select_next(pane: DiffPane, text: str, backward: bool) -> bool:
    """Select the match of ``text`` after (or before) the cursor of ``pane`` and bring it on
    screen, as ``QTextEdit.find`` does; whether there was one."""
    shown = _shown(pane)
    if shown is None:
        return False
    cursor = pane.textCursor()
    if backward:  # the last match ending at or before the selection
        before = deque(
            _pattern(text).finditer(shown.text, 0, shown.index(cursor.selectionStart())), maxlen=1
        )
        found = before[0] if before else None
    else:
        found = _pattern(text).search(shown.text, shown.index(cursor.selectionEnd()))
    if found is None:
        return False
    start, end = shown.span(found.start(), found.end())
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    pane.setTextCursor(cursor)
    pane.ensureCursorVisible()
    return True


def find_step(text: str, pane: DiffPane, other: DiffPane | None, backward: bool) -> str:
    """Select the next (or previous) match of ``text`` in ``pane`` from its cursor, wrapping
    around, else in ``other``; what to tell the user ("" when found right away)."""
    if select_next(pane, text, backward):
        return ""
    cursor = pane.textCursor()
    cursor.movePosition(
        QTextCursor.MoveOperation.End if backward else QTextCursor.MoveOperation.Start
    )
    pane.setTextCursor(cursor)
    if select_next(pane, text, backward):
        return "Search wrapped to the " + ("bottom" if backward else "top")
    found_other = other is not None and other.isVisible() and select_next(other, text, backward)
    return "" if found_other else f"Not found: {text}"
