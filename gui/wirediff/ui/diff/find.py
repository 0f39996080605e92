"""Find in the comparison: the find box above the panes, the matches selected in the panes
and highlighted, and the count of matches ("3 of 9, in the right pane") shown at the box's
right end. Where the matches are and their order: ``matching``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent, QTextCursor
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from wirediff.ui.common.timers import timer
from wirediff.ui.diff.matching import MAX_COUNTED, Hit, Matches, row_of, step
from wirediff.ui.diff.pane import DiffPane

COUNT_MS = 150  # the count follows the typing after this pause


class FindBar(QLineEdit):
    """The text to find, and how many matches there are; hidden until Ctrl+F.

    Both panes are searched (the one pane inline). A step goes to the next match in reading
    order (``matching.step``) from the selection of the pane the user last worked in
    (``worked_in``: clicked, reached with the keys, or where the last match was found), the
    left one at first; the count covers both panes and says which one the match is in.
    """

    selected = Signal(object)  # the DiffPane a step selected a match in
    opening = Signal()  # the box is about to open (Ctrl+F, or F3 with nothing to find)

    def __init__(
        self,
        panes: tuple[DiffPane, DiffPane],
        worked_in: Callable[[], DiffPane | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._panes = panes
        self._worked_in = worked_in
        self._matches: Matches | None = None
        self._count_soon = timer(self, COUNT_MS)
        self._count_soon.timeout.connect(self.refresh)
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
        """Show ``text`` ("3 of 12") inside the box, at its right end; it is the box's
        accessible description too (a screen reader never reaches the label drawing it)."""
        self.count.setText(text)
        self.setAccessibleDescription(text)
        self.count.adjustSize()
        self.setTextMargins(0, 0, self.count.width() + 8 if text else 0, 0)
        self._place_count()

    def _searched(self) -> list[DiffPane]:
        """The panes shown with a comparison in them, left to right."""
        return [p for p in self._panes if p.plan is not None and not p.isHidden()]

    def _found(self) -> Matches | None:
        """The matches of the text in the panes searched (found again only when either
        changed)."""
        panes = self._searched()
        plans = [p.plan for p in panes if p.plan is not None]
        if not self.text() or not plans:
            return None
        if self._matches is None or not self._matches.fits(self.text(), plans):
            self._matches = Matches(self.text(), plans)
        return self._matches

    def _start(self) -> tuple[int, DiffPane]:
        """The pane a search starts in (its index among those searched): the one last
        worked in, else the first."""
        panes = self._searched()
        pane = self._worked_in()
        return (panes.index(pane), pane) if pane in panes else (0, panes[0])

    def refresh(self) -> None:
        """Count the matches and highlight them (nothing while the box is closed); the one
        selected in the pane last worked in is numbered."""
        self._count_soon.stop()
        found = self._found() if not self.isHidden() else None
        selected = None
        if found is not None:
            index, pane = self._start()
            cursor = pane.textCursor()
            start, end = cursor.selectionStart(), cursor.selectionEnd()
            if cursor.hasSelection() and pane.plan is not None:
                selected = Hit(row_of(pane.plan, start), index, start, end)
        self.set_count(found.label(selected) if found is not None else "")
        searched = self._searched()
        for pane in self._panes:
            if found is not None and pane in searched:
                pane.set_found(found.spans[searched.index(pane)][:MAX_COUNTED])
            else:
                pane.set_found([])

    def open(self) -> None:
        """Ctrl+F: show the box with its text selected, ready to type over."""
        self.opening.emit()  # (before it takes the keyboard: where it was, for Esc)
        self.show()
        self.setFocus()
        self.selectAll()
        self.refresh()

    def dismiss(self) -> None:
        """Esc: hide the box and the highlights of its matches."""
        self.hide()
        self.refresh()

    def recount(self) -> None:
        """The panes show other text (another pair, inline): count again soon."""
        self._matches = None
        self._count_soon.start()

    def find_match(self, backward: bool) -> str | None:
        """F3 / Shift+F3 (Enter / Shift+Enter in the box): the match after (before) the
        selection of the pane last worked in, in reading order through both panes, wrapping
        around; with no text, open the box. What to tell the user, if anything."""
        if not self.text():
            self.open()
            return None
        panes = self._searched()
        if not panes:
            return f"Not found: {self.text()}"
        index, pane = self._start()
        cursor = pane.textCursor()
        at = (index, cursor.selectionStart(), cursor.selectionEnd())
        hit, wrapped = step(
            self.text(), [p.plan for p in panes if p.plan is not None], at, backward
        )
        if hit is None:
            self.refresh()
            return f"Not found: {self.text()}"
        _select(panes, hit)
        self.selected.emit(panes[hit.pane])
        self.refresh()
        said = ["Search wrapped to the " + ("bottom" if backward else "top")] * wrapped
        found = self._found() if self.isHidden() else None
        if found is not None:  # no box to count in: the status line says where the match is
            said.append(f"“{self.text()}”: {found.label(hit)} (Ctrl+F shows every match)")
        return " · ".join(said)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_count()

    def _place_count(self) -> None:
        x = self.width() - self.count.width() - 6
        self.count.move(x, (self.height() - self.count.height()) // 2)


def _select(panes: list[DiffPane], hit: Hit) -> None:
    """Select ``hit`` in its pane and bring it on screen, the other pane's selection
    dropped first (one match selected at a time; dropping it may scroll that pane)."""
    for other in panes:
        if other is not panes[hit.pane] and other.textCursor().hasSelection():
            cursor = other.textCursor()
            cursor.clearSelection()
            other.setTextCursor(cursor)
    pane = panes[hit.pane]
    cursor = pane.textCursor()
    cursor.setPosition(hit.start)
    cursor.setPosition(hit.end, QTextCursor.MoveMode.KeepAnchor)
    pane.setTextCursor(cursor)
    pane.ensureCursorVisible()
    # On the edge of the screen (Qt scrolls just far enough: the match on the last line,
    # no line after it to read it in), it goes 0.3 of the way down, as a change does.
    rect, height = pane.cursorRect(), pane.viewport().height()
    line = pane.fontMetrics().lineSpacing()
    if rect.top() < line or rect.bottom() > height - 2 * line:
        bar = pane.verticalScrollBar()
        bar.setValue(bar.value() + rect.top() - round(height * 0.3))
