"""One read-only text pane of the diff view, with the current change outlined."""

from __future__ import annotations

import bisect
import math
from collections.abc import Callable

from PySide6.QtCore import QEvent, QMimeData, QPoint, QRectF, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QFocusEvent,
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
from wirediff.ui.diff.gutter import RowGutter
from wirediff.ui.diff.pacer import LayoutPacer, refresh_range
from wirediff.ui.diff.plan import LABEL, TEXT, PanePlan
from wirediff.ui.widgets.focus_frame import paint_focus_frame
from wirediff.ui.widgets.key_menu import KeyMenu

# The rest of a document laid out at once, rather than by the pacer, for its rows to be
# padded: some 20 ms of Qt's layout (a short pair is aligned as it is shown).
FINISH_CHARS = 20_000


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


def _line_rect(line: QTextLine, block: QTextBlock, top: QRectF, start: int, end: int) -> QRectF:
    """The part of ``line`` of ``block`` between document positions ``start`` and ``end``,
    in document coordinates (``top``: the block's rectangle), a little wider than the text;
    for an empty span, a bar where it is, as a text cursor (a box four pixels wide hid the
    full stop before it)."""
    a = block.position() + line.textStart()
    b = a + line.textLength()
    s = min(max(start, a), b) - block.position()
    e = min(max(end, a), b) - block.position()
    x1, x2 = sorted((_x(line.cursorToX(s)), _x(line.cursorToX(e))))
    pad = 0 if start == end else 3
    return QRectF(top.left() + x1 - pad, top.top() + line.y(), x2 - x1 + 2 * pad, line.height())


class DiffPane(QTextEdit):
    """Shows one side (or the inline view) of a comparison; article text is never HTML."""

    link_clicked = Signal(int)  # a moved unit's label was clicked: jump to that row
    menu_at = Signal(int)  # a right click's document position, before its menu shows
    menu_shown = Signal(bool)  # the context menu opens (True) or closes (False)
    position_clicked = Signal(int)  # the document position of a click
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
        self.outline: tuple[int, int, int] | None = None  # (row, start, end): positions
        self.outline_color = QColor(LIGHT.outline)
        self.flag_color = QColor(LIGHT.flag)
        self.flag_rows: set[int] = set()
        self.gap_brush = gap_brush(LIGHT)
        self.found: list[tuple[int, int]] = []  # the find text's matches: highlighted
        self.empty_message = ""  # what an empty pane says (wrapped, unlike a placeholder)
        self._named_control = False  # the tooltip up is the pane's, naming a control mark
        self.gutter = RowGutter(self)  # row numbers, at the left (shown on one pane)
        # The window's actions its context menu offers after Copy and Select All (None: a
        # line between): flag, note, mark reviewed, find… (the mouse had Copy alone).
        self.menu_actions: list[QAction | None] = []
        self.verticalScrollBar().valueChanged.connect(self.gutter.update)

    def set_empty_message(self, message: str) -> None:
        self.empty_message = message
        self.viewport().update()

    def setDocument(self, document: QTextDocument) -> None:
        # At the pane's width from the first layout: without a width, Qt's first step lays
        # the first blocks out unwrapped, each a line thousands of characters long, and
        # breaking those takes 70 ms for 4,000-character blocks of a long token (then does
        # it again at the width).
        self.gutter.place(document)  # (another count of rows, another font: another width)
        if document.textWidth() != self.viewport().width():
            document.setTextWidth(self.viewport().width())
        super().setDocument(document)
        self.found = []
        self.pacer.start(document)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)  # a new width: Qt starts laying out again
        self.gutter.place()
        self.pacer.start(self.document())
        self.resized.emit()

    # --- geometry: a row is a run of blocks (plan.rows), padded below its last one ----------
    def row_blocks(self, row: int) -> range:
        """The numbers of the blocks showing ``row``."""
        return self.plan.rows.blocks(row) if self.plan is not None else range(row, row + 1)

    def row_count(self) -> int:
        return len(self.plan.rows) if self.plan is not None else self.document().blockCount()

    def block(self, number: int) -> QTextBlock:
        return self.document().findBlockByNumber(number)

    def _rect(self, number: int) -> QRectF:
        """Where block ``number``'s lines sit in document coordinates (lays it out, and
        every block before it, if they are not yet)."""
        return self.document().documentLayout().blockBoundingRect(self.block(number))

    def starts_laid_out(self, row: int) -> bool:
        """Whether the row's first block is laid out (so that where it starts is known
        without laying out more)."""
        return self.row_blocks(row).start < self.pacer.laid_out(self.document())

    def ready_to_pad(self) -> bool:
        """Whether a block's format may change now (``align_rows``): only once Qt has laid
        the whole document out (its last block has lines). A short rest (at most
        ``FINISH_CHARS``) is laid out at once for it; a longer one is left to the pacer,
        whose last slice lines the rows up."""
        doc = self.document()
        rest = doc.characterCount() - self.pacer.position(doc)
        if doc.lastBlock().layout().lineCount() == 0 and rest <= FINISH_CHARS:
            self.pacer.ensure_until(math.inf)
        return doc.lastBlock().layout().lineCount() > 0

    def row_top(self, row: int) -> float:
        """Where row ``row`` starts in document coordinates."""
        return self._rect(self.row_blocks(row).start).top()

    def row_extent(self, row: int, below: float) -> tuple[float, bool]:
        """The height of the row's lines, margins excluded, and whether that is all of
        them: a row of several blocks is laid out no further than ``below`` pixels under
        its top (a megabyte row is measured as far as the screen needs, not to its end)."""
        blocks = self.row_blocks(row)
        top = self._rect(blocks.start).top()
        last = blocks[-1]
        if len(blocks) > 1:
            self.pacer.ensure_until(top + below)
            last = max(blocks.start, min(last, self.pacer.laid_out(self.document()) - 1))
        return self._rect(last).bottom() - top, last == blocks[-1]

    def row_band(self, row: int, below: float) -> QRectF:
        """The row's aligned height (its padding included, the spacing below excluded), as
        far as ``below`` pixels under its top is laid out."""
        rect = self._rect(self.row_blocks(row).start)
        height, complete = self.row_extent(row, below)
        if complete:
            margin = self.block(self.row_blocks(row)[-1]).blockFormat().bottomMargin()
            height += margin - ROW_SPACING
        return QRectF(rect.left(), rect.top(), rect.width(), height)

    def first_baselines(self, below: int) -> list[tuple[int, float]]:
        """Each row on screen down to viewport height ``below``, with the document height
        of its first line's baseline (the row numbers sit on it); rows not laid out yet
        are left out."""
        if self.plan is None:
            return []
        found = []
        for row in range(self.row_at(0), self.row_at(below) + 1):
            block = self.block(self.row_blocks(row).start)
            layout = block.layout()
            if layout.lineCount():
                line = layout.lineAt(0)
                found.append(
                    (row, self._rect(block.blockNumber()).top() + line.y() + line.ascent())
                )
        return found

    def row_at(self, y: int) -> int:
        """The row at viewport height ``y``: the last row that starts at or above it.

        Found among the rows laid out already, by their tops; Qt's own hit test answers
        with the last row of the document for a point in the part not laid out yet, and
        lays all of it out on the way (a fifth of a second for 100k words).
        """
        y_doc = max(0, y) + self.scroll_y()
        self.pacer.ensure_until(y_doc)
        laid_out = self.pacer.laid_out(self.document())
        if self.plan is not None:  # in rows: the rows of the blocks laid out
            blocks = min(laid_out, self.plan.rows.block_count)
            laid_out = self.plan.rows.row_of(blocks - 1) + 1 if blocks > 0 else 0
        return _last_at_most(laid_out, self.row_top, y_doc)

    def screen_bottom(self) -> float:
        """The document height of the viewport's bottom edge."""
        return float(self.scroll_y() + self.viewport().height())

    def scroll_y(self) -> int:
        return self.verticalScrollBar().value()

    def scroll_to_y(self, y: float) -> None:
        """Scroll to document height ``y``, laying out (and ranging the scroll bar) that far."""
        self.pacer.ensure_until(y + self.viewport().height())
        refresh_range(self.document().documentLayout())
        self.verticalScrollBar().setValue(max(0, round(y)))

    def put_cursor(self, position: int) -> None:
        """The text cursor at ``position``, where PgUp, PgDn and the arrows go on from, the
        pane left where it is scrolled (Qt brings a cursor set on screen)."""
        bars = (self.verticalScrollBar(), self.horizontalScrollBar())
        kept = [bar.value() for bar in bars]
        cursor = self.textCursor()
        cursor.setPosition(max(0, min(position, self.document().characterCount() - 1)))
        self.setTextCursor(cursor)
        for bar, value in zip(bars, kept, strict=True):
            bar.setValue(value)

    # --- outline -----------------------------------------------------------------------------
    def set_outline(self, outline: tuple[int, int, int] | None) -> None:
        self.outline = outline
        self.viewport().update()

    def _outline_rects(self) -> list[QRectF]:
        if self.outline is None or self.plan is None:
            return []
        row, start, end = self.outline
        if not 0 <= row < len(self.plan.rows):
            return []
        self.pacer.ensure_until(self.screen_bottom())
        if self.plan.rows.first(row) >= self.pacer.laid_out(self.document()):
            return []  # below the screen (and not laid out for it)
        below = self.screen_bottom() - self.row_top(row)
        if self.plan.blocks[self.plan.rows.first(row)].kind != TEXT:
            return [self.row_band(row, below).adjusted(1, 1, -1, -1)]
        return self._text_rects(start, end)

    def _text_rects(self, start: int, end: int) -> list[QRectF]:
        """Where the text between document positions ``start`` and ``end`` is, as far as it
        is laid out (in document coordinates): its first line's part, its last line's and
        a band of the whole lines between."""
        if self.document().findBlock(start).blockNumber() >= self.pacer.laid_out(self.document()):
            return []  # starts below the screen, further down a long row
        head = self._line_at(start)
        if head is None:
            return []
        first = _line_rect(*head, start, end)
        if start == end:
            return [first]
        # The end's line, unless its block starts below the screen: then the outline goes
        # on past the screen's bottom, and the row is not laid out to its end for it.
        if self.document().findBlock(end).blockNumber() >= self.pacer.laid_out(self.document()):
            return [first, self._band(first, self.screen_bottom() + 2, head[1])]
        tail = self._line_at(end)
        if tail is None:
            return [first]
        last = _line_rect(*tail, start, end)
        if last.top() <= first.top():  # one line
            return [first]
        rects = [first, last]
        if last.top() - first.bottom() > 0.5:  # whole lines between: one band
            rects.append(self._band(first, last.top(), head[1]))
        return sorted(rects, key=lambda r: r.top())

    def spot_top(self) -> tuple[float, float] | None:
        """Where the outlined change's first line is (its top and height, in document
        coordinates), if it is text of this pane; lays the document out that far."""
        if self.outline is None or self.plan is None:
            return None
        row, start, _end = self.outline
        if not 0 <= row < len(self.plan.rows):
            return None
        if self.plan.blocks[self.plan.rows.first(row)].kind != TEXT:
            return None
        head = self._line_at(start)
        if head is None:
            return None
        line, _block, rect = head
        return rect.top() + line.y(), line.height()

    def _line_at(self, position: int) -> tuple[QTextLine, QTextBlock, QRectF] | None:
        """The line holding document position ``position``, with its block and the block's
        rectangle (the next line for a position where a line ends and the next starts)."""
        block = self.document().findBlock(position)
        if not block.isValid():
            return None
        rect = self.document().documentLayout().blockBoundingRect(block)
        layout = block.layout()
        if layout.lineCount() == 0:
            return None
        return layout.lineAt(_line_of(layout, position - block.position())), block, rect

    def _band(self, first: QRectF, bottom: float, block: QTextBlock) -> QRectF:
        """The whole lines from below ``first`` down to ``bottom`` (a row may have 15,000)."""
        rect = self.document().documentLayout().blockBoundingRect(block)
        return QRectF(rect.left() - 2, first.bottom(), rect.width() + 4, bottom - first.bottom())

    # --- the matches of find ---------------------------------------------------------------
    def set_found(self, spans: list[tuple[int, int]]) -> None:
        """Highlight the matches at ``spans`` (document positions, in order)."""
        self.found = spans
        self.viewport().update()

    def _paint_found(self) -> None:
        """A tint and a thin frame of the highlight colour on each match on screen; the
        selected one (the current match) tinted deeper in a thicker frame, ringed in the
        current change's outline colour, so that it stands out while the find box has the
        focus (a selection is pale without it) and on inserted text's blue."""
        if not self.found or self.plan is None:
            return
        rows = self.plan.rows
        first = rows.start(rows.first(self.row_at(0)))
        last = rows.last(min(self.row_at(self.viewport().height()), len(rows) - 1))
        end = rows.start(last) + rows.length(last)
        cursor = self.textCursor()
        selected = (cursor.selectionStart(), cursor.selectionEnd())
        colour = self.palette().color(QPalette.ColorRole.Highlight)
        looks = {}  # the current match's look, and the others'
        for current, alpha, width in ((True, 110, 2), (False, 50, 1)):
            tint = QColor(colour)
            tint.setAlpha(alpha)
            looks[current] = (QPen(colour, width), tint)
        painter = QPainter(self.viewport())
        painter.translate(-self.horizontalScrollBar().value(), -self.scroll_y())
        below = bisect.bisect_left(self.found, (first, first))
        # (the current match ringed in the outline's colour too: its blue on an inserted
        # passage's blue was hard to pick out, a low-vision walkthrough)
        ring = QPen(self.outline_color, 2)
        for span in self.found[below : bisect.bisect_right(self.found, (end, end))]:
            pen, tint = looks[span == selected]
            for rect in self._match_rects(*span):
                if span == selected:
                    painter.setPen(ring)
                    painter.setBrush(Qt.BrushStyle.NoBrush)
                    painter.drawRect(rect.adjusted(-1, -2, 1, 2))
                painter.setPen(pen)
                painter.setBrush(tint)
                painter.drawRect(rect.adjusted(1, 0, -1, 0))
        painter.end()

    def _match_rects(self, start: int, end: int) -> list[QRectF]:
        """``_text_rects`` of a match, quicker for the common one on one line (a letter
        typed puts hundreds on screen, each painted at every scroll step)."""
        block = self.document().findBlock(start)
        offset = block.position()
        if block.blockNumber() < self.pacer.laid_out(self.document()) and end - offset <= (
            block.length() - 1
        ):
            layout = block.layout()
            line = layout.lineForTextPosition(start - offset)
            if line.isValid() and end - offset <= line.textStart() + line.textLength():
                top = self.document().documentLayout().blockBoundingRect(block)
                return [_line_rect(line, block, top, start, end)]
        return self._text_rects(start, end)

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
        last = min(self.row_at(self.viewport().height()), len(self.plan.rows) - 1)
        for row in range(self.row_at(0), last + 1):
            gap = self.plan.blocks[self.plan.rows.first(row)].kind != TEXT
            if not gap and row not in self.flag_rows:
                continue
            band = self.row_band(row, self.screen_bottom() - self.row_top(row))
            if gap:
                painter.fillRect(band, self.gap_brush)
            if row in self.flag_rows:  # a bar in the margin beside a row with a flagged change
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
            self._paint_focus()
            return
        self._paint_gaps()
        super().paintEvent(event)
        if not self.gutter.isHidden():
            self.gutter.update()  # (the rows under it may have moved: laid out, aligned)
        self._paint_found()
        rects = self._outline_rects()
        if rects:
            painter = QPainter(self.viewport())
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(self.outline_color, 2))
            painter.translate(-self.horizontalScrollBar().value(), -self.scroll_y())
            if len(rects) > 2:  # a long change: one frame around all its lines reads better
                rects = [rects[0].united(rects[-1]).united(max(rects, key=lambda r: r.width()))]
            for rect in rects:
                painter.drawRoundedRect(rect, 3, 3)
            painter.end()
        self._paint_focus()

    def _paint_focus(self) -> None:
        """A frame in the highlight colour while the pane has the keyboard focus (a blinking
        caret was the only sign of it); the lists have the same (``FocusFrame``)."""
        if self.hasFocus():
            paint_focus_frame(self.viewport(), self.palette())

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        if self.hasFocus():  # (Qt moves the pixels drawn, the frame's edges with them: they
            self.viewport().update()  # stood across the text, the frame redrawn at the edges)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.viewport().update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.viewport().update()

    # --- what a masked character was --------------------------------------------------------
    def control_at(self, pos: QPoint) -> str:
        """What the character at viewport point ``pos`` stands for, if it is a control or
        bidi character the pane shows masked ("RLO (U+202E)"); "" for any other."""
        if self.plan is None:
            return ""
        cursor = self.cursorForPosition(pos)
        if pos.x() < self.cursorRect(cursor).x():  # the cursor is after the character hit
            cursor.movePosition(QTextCursor.MoveOperation.Left)
        if cursor.blockNumber() >= len(self.plan.blocks):
            return ""
        found = self.plan.source_offset(cursor.position())
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
                self._named_control = True
                return True
            if self._named_control:  # (its own tip only: Ctrl+F1's whole text, shown while
                # the pointer rested on a pane, was hidden at once — a low-vision walkthrough)
                QToolTip.hideText()
                self._named_control = False
        return super().viewportEvent(event)

    # --- clicks ------------------------------------------------------------------------------
    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        """Copy and Select All, then the window's actions on what was clicked: the change
        under the pointer is made current first (``menu_at``)."""
        at = self.cursorForPosition(event.pos()).position()
        if (
            event.reason() == QContextMenuEvent.Reason.Mouse
            and not self.textCursor().hasSelection()
        ):
            self.menu_at.emit(at)
        # (Copy and Select All as Qt offers them, in a menu that shows "f", not "F": a
        # capital read as Shift, and Shift+M is another action; a re-check)
        menu = KeyMenu(self)
        standard = self.createStandardContextMenu(event.pos())
        standard.setParent(menu, standard.windowFlags())  # (its actions live as long)
        for offered in standard.actions():
            menu.addAction(offered)
        if self.menu_actions:
            menu.addSeparator()
        for action in self.menu_actions:
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        menu.aboutToHide.connect(lambda: self.menu_shown.emit(False))
        menu.aboutToHide.connect(menu.deleteLater)  # (the actions are the window's: they stay)
        self.menu_shown.emit(True)
        menu.popup(event.globalPos())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() != Qt.MouseButton.LeftButton or self.plan is None:
            return
        cursor = self.cursorForPosition(event.position().toPoint())
        if cursor.blockNumber() >= len(self.plan.blocks):
            return
        block = self.plan.blocks[cursor.blockNumber()]
        if block.kind == LABEL and block.link is not None:
            self.link_clicked.emit(block.link)
            return
        if not self.textCursor().hasSelection():
            self.position_clicked.emit(cursor.position())

    # --- copy ------------------------------------------------------------------------------
    def createMimeDataFromSelection(self) -> QMimeData:
        """The selection as the file has it (``PanePlan.copied``): no break marks, no move
        labels, a paragraph split into rows one line again.

        Qt's own mime data is reused: a QMimeData made here would be owned by Python and by
        the clipboard both, and deleted twice (a crash at exit). Qt's fills itself in from
        the selection when first read and keeps what it has after, so it is read once, then
        emptied and given the text as read (plain text only: its HTML has the marks).
        """
        mime = super().createMimeDataFromSelection()
        if self.plan is None:
            return mime
        cursor = self.textCursor()
        mime.text()
        for kind in mime.formats():
            mime.removeFormat(kind)
        mime.setText(self.plan.copied(cursor.selectionStart(), cursor.selectionEnd()))
        return mime
