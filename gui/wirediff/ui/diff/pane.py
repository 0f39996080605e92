"""One read-only text pane of the diff view, with the current change outlined."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QTextBlock,
    QTextDocument,
)
from PySide6.QtWidgets import QFrame, QTextEdit, QWidget

from wirediff.ui.common.theme import LIGHT, Theme, gap_brush
from wirediff.ui.diff.documents import ROW_SPACING
from wirediff.ui.diff.pacer import LayoutPacer, refresh_range
from wirediff.ui.diff.plan import LABEL, TEXT, PanePlan


def _x(line_x: object) -> float:
    """QTextLine.cursorToX returns (x, position) in PySide6 (typed ``object`` in its stubs);
    accept a bare float too."""
    x = line_x[0] if isinstance(line_x, tuple) else line_x
    assert isinstance(x, int | float), f"unexpected cursorToX result {line_x!r}"
    return float(x)


class DiffPane(QTextEdit):
    """Shows one side (or the inline view) of a comparison; article text is never HTML."""

    link_clicked = Signal(int)  # a moved unit's label was clicked: jump to that row
    position_clicked = Signal(int, int)  # (row, position in block) of a click
    resized = Signal()  # rows wrap differently now: the view aligns them again

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.setAcceptRichText(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.pacer = LayoutPacer(self)
        self.plan: PanePlan | None = None
        self.outline: tuple[int, int, int] | None = None  # (row, start, end) in block offsets
        self.outline_color = QColor(LIGHT.outline)
        self.flag_color = QColor(LIGHT.flag)
        self.flag_rows: set[int] = set()
        self.gap_brush = gap_brush(LIGHT)

    def setDocument(self, document: QTextDocument) -> None:
        super().setDocument(document)
        self.pacer.start(document)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)  # a new width: Qt starts laying out again
        self.pacer.start(self.document())
        self.resized.emit()

    # --- geometry ----------------------------------------------------------------------------
    def block(self, row: int) -> QTextBlock:
        return self.document().findBlockByNumber(row)

    def row_rect(self, row: int) -> QRectF:
        """Where row ``row`` sits in document coordinates."""
        return self.document().documentLayout().blockBoundingRect(self.block(row))

    def row_band(self, row: int) -> QRectF:
        """The row's whole aligned height (its padding included, the spacing below excluded)."""
        rect = self.row_rect(row)
        rect.setHeight(rect.height() + self.block(row).blockFormat().bottomMargin() - ROW_SPACING)
        return rect

    def text_height(self, row: int) -> float:
        """The height of row ``row``'s lines, margins excluded (lays the row out if needed)."""
        self.row_rect(row)  # makes the lazy layout reach this block
        layout = self.block(row).layout()
        return sum(layout.lineAt(i).height() for i in range(layout.lineCount()))

    def row_at(self, y: int) -> int:
        """The row at viewport height ``y``: the last row that starts at or above it.

        Found among the rows laid out already, by their tops; Qt's own hit test answers
        with the last row of the document for a point in the part not laid out yet, and
        lays all of it out on the way (a fifth of a second for 100k words).
        """
        y_doc = max(0, y) + self.scroll_y()
        self.pacer.ensure_until(y_doc)
        lo, hi = 0, self.pacer.laid_out(self.document()) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.row_rect(mid).top() <= y_doc:
                lo = mid
            else:
                hi = mid - 1
        return lo

    def scroll_y(self) -> int:
        return self.verticalScrollBar().value()

    def scroll_to_y(self, y: float) -> None:
        """Scroll to document height ``y``, laying out (and ranging the scroll bar) that far."""
        self.pacer.ensure_until(y + self.viewport().height())
        refresh_range(self.document().documentLayout())
        self.verticalScrollBar().setValue(max(0, round(y)))

    # --- outline -----------------------------------------------------------------------------
    def set_outline(self, outline: tuple[int, int, int] | None) -> None:
        self.outline = outline
        self.viewport().update()

    def _outline_rects(self) -> list[QRectF]:
        if self.outline is None or self.plan is None:
            return []
        row, start, end = self.outline
        block = self.block(row)
        if not block.isValid():
            return []
        top = self.row_rect(row)
        if self.plan.blocks[row].kind != TEXT:
            return [self.row_band(row).adjusted(1, 1, -1, -1)]
        layout = block.layout()
        rects = []
        for i in range(layout.lineCount()):
            line = layout.lineAt(i)
            a, b = line.textStart(), line.textStart() + line.textLength()
            if end < a or start > b or (start == end and not a <= start < b + (i == 0)):
                continue
            s, e = max(start, a), min(end, b)
            x1, x2 = sorted((_x(line.cursorToX(s)), _x(line.cursorToX(e))))
            rects.append(
                QRectF(top.left() + x1 - 2, top.top() + line.y(), x2 - x1 + 4, line.height())
            )
            if start == end:
                break
        return rects

    def set_theme(self, th: Theme) -> None:
        self.flag_color = QColor(th.flag)
        self.outline_color = QColor(th.outline)
        self.gap_brush = gap_brush(th)

    def _paint_gaps(self) -> None:
        """Shade the rows missing on this side, over their full (aligned) height."""
        if self.plan is None:
            return
        painter = QPainter(self.viewport())
        painter.translate(-self.horizontalScrollBar().value(), -self.scroll_y())
        last = min(self.row_at(self.viewport().height()), len(self.plan.blocks) - 1)
        for row in range(self.row_at(0), last + 1):
            if self.plan.blocks[row].kind != TEXT:
                painter.fillRect(self.row_band(row), self.gap_brush)
            if row in self.flag_rows:  # a bar in the margin beside a row with a flagged change
                band = self.row_band(row)
                painter.fillRect(QRectF(0, band.top(), 4, band.height()), self.flag_color)
        painter.end()

    def paintEvent(self, event: QPaintEvent) -> None:
        self._paint_gaps()
        super().paintEvent(event)
        rects = self._outline_rects()
        if not rects:
            return
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(self.outline_color, 2))
        painter.translate(-self.horizontalScrollBar().value(), -self.scroll_y())
        if len(rects) > 2:  # a long change: one frame around all its lines reads better
            rects = [rects[0].united(rects[-1]).united(max(rects, key=lambda r: r.width()))]
        for rect in rects:
            painter.drawRoundedRect(rect, 3, 3)
        painter.end()

    # --- clicks ------------------------------------------------------------------------------
    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() != Qt.MouseButton.LeftButton or self.plan is None:
            return
        cursor = self.cursorForPosition(event.position().toPoint())
        row = cursor.blockNumber()
        if row >= len(self.plan.blocks):
            return
        block = self.plan.blocks[row]
        if block.kind == LABEL and block.link is not None:
            self.link_clicked.emit(block.link)
            return
        if not self.textCursor().hasSelection():
            self.position_clicked.emit(row, cursor.positionInBlock())
