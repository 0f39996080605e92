"""Row numbers in a margin at the left of a pane: the rows a moved unit's label names ("moved
to row 12"), as the reports and the story table number them.

A row is numbered once, on the baseline of its first line. The two panes' rows line up, so
the left pane (or the one pane inline, or a document shown by itself) numbers them for both.
The numbers are in the document's font (they follow the zoom), in the placeholder colour,
aligned right.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPaintEvent, QPalette, QTextDocument
from PySide6.QtWidgets import QWidget

TYPE_CHECKING = False
if TYPE_CHECKING:
    from wirediff.ui.diff.pane import DiffPane

PAD = 6  # pixels either side of the widest number


class RowGutter(QWidget):
    """The margin of row numbers of ``pane``; shown with :meth:`show_on`."""

    def __init__(self, pane: DiffPane) -> None:
        super().__init__(pane)
        self.setObjectName("row_numbers")
        self.setAccessibleName("Row numbers")
        self._pane = pane
        self._placing: QTextDocument | None = None  # the document a ``place`` sizes for
        self.hide()

    def _font(self, document: QTextDocument | None = None) -> QFont:
        return (document or self._pane.document()).defaultFont()

    def wanted_width(self, document: QTextDocument | None = None) -> int:
        """Room for the largest row number of the pane's plan, in ``document``'s font (the
        pane's), padded."""
        digits = len(str(max(1, self._pane.row_count())))
        return QFontMetrics(self._font(document)).horizontalAdvance("9" * digits) + 2 * PAD

    def place(self, document: QTextDocument | None = None) -> None:
        """Size the pane's left margin to the numbers (none while hidden) and sit in it;
        ``document``: the one the pane is about to show (sized first, it is laid out
        once, at the width it will have)."""
        document = document or self._placing
        width = self.wanted_width(document) if not self.isHidden() else 0
        if self._pane.viewportMargins().left() != width:
            # (the new margins resize the pane, whose resize places the margin again: for
            # the document it is about to show, not the one it shows — with the old one's
            # font, a zoomed text's row numbers ran into its words, "11The region…")
            self._placing = document
            try:
                self._pane.setViewportMargins(width, 0, 0, 0)
            finally:
                self._placing = None
        area = self._pane.contentsRect()
        self.setGeometry(QRect(area.left(), area.top(), width, area.height()))
        self.update()

    def show_on(self, on: bool) -> None:
        self.setHidden(not on)
        self.place()

    def paintEvent(self, event: QPaintEvent) -> None:
        pane = self._pane
        if pane.plan is None or pane.document().isEmpty():
            return
        painter = QPainter(self)
        painter.setFont(self._font())
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        metrics, right = painter.fontMetrics(), self.width() - PAD
        scroll = pane.scroll_y()
        for row, baseline in pane.first_baselines(event.rect().bottom()):
            number = str(row + 1)
            painter.drawText(
                QPointF(right - metrics.horizontalAdvance(number), baseline - scroll), number
            )
        painter.end()
