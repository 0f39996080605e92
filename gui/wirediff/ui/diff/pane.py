"""One read-only text pane of the diff view, with the current change outlined."""

from __future__ import annotations

import bisect
from collections.abc import Callable

from PySide6.QtCore import QEvent, QPoint, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextLayout,
    QTextLine,
)
from PySide6.QtWidgets import QFrame, QTextEdit, QToolTip, QWidget

from wirediff.core.textsafe import control_name
from wirediff.ui.common.text import plain_tooltip
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


def _last_at_most(count: int, key: Callable[[int], float], value: float) -> int:
    """The last of ``0 .. count-1`` whose rising ``key`` is at most ``value`` (0 if none),
    in a binary search: ``key`` may lay text out, so it is asked as little as possible."""
    return max(0, bisect.bisect_right(range(count), value, key=key) - 1)


def _line_of(layout: QTextLayout, pos: int) -> int:
    """The number of the last line of ``layout`` starting at or before ``pos``."""
    return _last_at_most(layout.lineCount(), lambda i: layout.lineAt(i).textStart(), pos)


def _line_rect(line: QTextLine, start: int, end: int, top: QRectF) -> QRectF:
    """The part of ``line`` between block positions ``start`` and ``end``, in document
    coordinates (``top``: the block's rectangle), a little wider than the text."""
    a, b = line.textStart(), line.textStart() + line.textLength()
    s, e = min(max(start, a), b), min(max(end, a), b)
    x1, x2 = sorted((_x(line.cursorToX(s)), _x(line.cursorToX(e))))
    return QRectF(top.left() + x1 - 2, top.top() + line.y(), x2 - x1 + 4, line.height())


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
        self.empty_message = ""  # what an empty pane says (wrapped, unlike a placeholder)

    def set_empty_message(self, message: str) -> None:
        self.empty_message = message
        self.viewport().update()

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
        if layout.lineCount() == 0:
            return 0.0
        last = layout.lineAt(layout.lineCount() - 1)  # lines are stacked: no loop over
        return last.y() + last.height() - layout.lineAt(0).y()  # a 15,000-line row

    def row_at(self, y: int) -> int:
        """The row at viewport height ``y``: the last row that starts at or above it.

        Found among the rows laid out already, by their tops; Qt's own hit test answers
        with the last row of the document for a point in the part not laid out yet, and
        lays all of it out on the way (a fifth of a second for 100k words).
        """
        y_doc = max(0, y) + self.scroll_y()
        self.pacer.ensure_until(y_doc)
        laid_out = self.pacer.laid_out(self.document())
        return _last_at_most(laid_out, lambda row: self.row_rect(row).top(), y_doc)

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
        if layout.lineCount() == 0:
            return []
        first = _line_of(layout, start)
        if start == end:
            return [_line_rect(layout.lineAt(first), start, end, top)]
        if first + 1 < layout.lineCount() and layout.lineAt(first + 1).textStart() == start:
            first += 1  # a change starting where a line ends starts on the next line
        last = _line_of(layout, end)
        rects = [_line_rect(layout.lineAt(i), start, end, top) for i in {first, last}]
        if last - first > 1:  # whole lines between: one band (a row may have 15,000 lines)
            inner, below = layout.lineAt(first + 1), layout.lineAt(last - 1)
            width = layout.boundingRect().width()
            rects.append(
                QRectF(top.left() - 2, top.top() + inner.y(), width + 4,
                       below.y() + below.height() - inner.y())
            )  # fmt: skip
        return sorted(rects, key=lambda r: r.top())

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
        if self.empty_message and self.document().isEmpty():
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            margin = int(self.document().documentMargin())
            area = self.viewport().rect().adjusted(margin, margin, -margin, -margin)
            flags = Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft
            painter.drawText(area, int(flags) | int(Qt.TextFlag.TextWordWrap), self.empty_message)
            painter.end()
            return
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

    # --- what a masked character was --------------------------------------------------------
    def control_at(self, pos: QPoint) -> str:
        """What the character at viewport point ``pos`` stands for, if it is a control or
        bidi character the pane shows masked ("RLO (U+202E)"); "" for any other."""
        if self.plan is None:
            return ""
        cursor = self.cursorForPosition(pos)
        if pos.x() < self.cursorRect(cursor).x():  # the cursor is after the character hit
            cursor.movePosition(QTextCursor.MoveOperation.Left)
        row = cursor.blockNumber()
        if row >= len(self.plan.blocks):
            return ""
        found = self.plan.source_offset(row, cursor.positionInBlock())
        if found is None:
            return ""
        side, cp = found
        text = self.plan.offsets[side].text
        return control_name(text[cp]) if cp < len(text) else ""

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            name = self.control_at(event.pos())
            if name:
                QToolTip.showText(event.globalPos(), plain_tooltip(name), self.viewport())
                return True
            QToolTip.hideText()
        return super().viewportEvent(event)

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
