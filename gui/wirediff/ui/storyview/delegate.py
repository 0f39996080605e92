"""Painting one cell of the story view: its background (hatched where the version cut the
unit, tinted where it added text), its styled text wrapped to the cell, the current cell
outlined. Only cells on screen are painted; their layouts are kept for the next paint."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Mapping

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QLinearGradient,
    QPainter,
    QPalette,
    QPen,
    QTextCharFormat,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from wirediff.ui.common.text import qt_length
from wirediff.ui.common.theme import LIGHT, Theme, char_formats, gap_brush
from wirediff.ui.storyview.cells import CellRuns, Look
from wirediff.ui.storyview.model import StoryTableModel

PAD = 5  # pixels between a cell's edge and its text
KEEP = 1500  # layouts kept (a few screens' worth)
Index = QModelIndex | QPersistentModelIndex


def build_layout(
    runs: CellRuns,
    font: QFont,
    width: float,
    height: float,
    formats: Mapping[str, QTextCharFormat],
) -> tuple[QTextLayout, bool]:
    """``runs`` laid out in lines of ``width`` pixels, as far as ``height``, styled by
    ``formats`` (``theme.char_formats``); and whether text was left over (the cell is cut)."""
    layout = QTextLayout(runs.text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    if runs.rtl:
        option.setTextDirection(Qt.LayoutDirection.RightToLeft)
        option.setAlignment(Qt.AlignmentFlag.AlignRight)
    layout.setTextOption(option)
    ranges, pos = [], 0
    for text, style in runs.runs:
        length = qt_length(text)
        if style:
            fmt = QTextLayout.FormatRange()
            fmt.start, fmt.length, fmt.format = pos, length, formats[style]
            ranges.append(fmt)
        pos += length
    layout.setFormats(ranges)
    layout.beginLayout()
    y, more = 0.0, False
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        if y + line.height() > height and y > 0:
            # This line would not fit. A created line is always drawn: it goes out of sight
            # (below the cell, where the painter is clipped) and the rest is not laid out.
            more = True
            line.setPosition(QPointF(0, height + 10 * line.height()))
            break
        line.setPosition(QPointF(0, y))
        y += line.height()
    layout.endLayout()
    return layout, more


def past_the_edge(rect: QRect, option: QStyleOptionViewItem) -> int:
    """How many pixels of the cell ``rect`` lie past the right edge of its view's viewport:
    a right-to-left cell's text is drawn that much to the left, its lines' starts in sight
    (a version's column half out of view showed the ends of its lines only, each line's
    start cut off: an Arabic desk's walkthrough), its lines' ends going out of sight at its
    left as a left-to-right cell's do at its right."""
    view = option.widget
    if not isinstance(view, QAbstractItemView):
        return 0
    return max(0, rect.right() + 1 - view.viewport().width())


def laid_out_height(layout: QTextLayout) -> float:
    """The height of the lines of ``layout`` (``build_layout`` with no height limit)."""
    return sum(layout.lineAt(i).height() for i in range(layout.lineCount()))


class CellDelegate(QStyledItemDelegate):
    """Paints the cells of a ``StoryTableModel``."""

    def __init__(self, model: StoryTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.theme = LIGHT
        self.formats = char_formats(LIGHT)
        self._layouts: OrderedDict[tuple[int, int, int, int], tuple[QTextLayout, bool]] = (
            OrderedDict()
        )

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        self.formats = char_formats(theme)
        self.forget()

    def forget(self) -> None:
        """Drop the kept layouts (another table, font, theme or width)."""
        self._layouts.clear()

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        rect: QRect = option.rect
        runs = self.model.runs(index.row(), index.column())
        palette: QPalette = option.palette
        painter.save()
        painter.setClipRect(rect)
        # The style has filled a selected cell with the highlight colour: a tint reads better
        # over highlighted words.
        painter.fillRect(rect, palette.base())
        if runs.look is Look.CUT:
            painter.fillRect(rect, gap_brush(self.theme))
        elif runs.look is not Look.TEXT:  # text this version added; nothing here
            tint = QColor(self.theme.insert_bg if runs.look is Look.ADDED else self.theme.gap)
            tint.setAlpha(110 if runs.look is Look.ADDED else 30)
            painter.fillRect(rect, tint)
        state = option.state
        if state & QStyle.StateFlag.State_Selected:
            highlight = palette.highlight().color()
            highlight.setAlpha(45)
            painter.fillRect(rect, highlight)
        if runs.runs:
            self._draw_text(painter, rect, runs, index, option)
        if state & QStyle.StateFlag.State_HasFocus or self._current_of_focused(option, index):
            painter.setPen(QPen(QColor(self.theme.outline), 2))
            painter.drawRect(QRectF(rect).adjusted(1, 1, -1, -1))
        painter.restore()

    def _current_of_focused(self, option: QStyleOptionViewItem, index: Index) -> bool:
        """Whether ``index``, painted by another view than the table (the base column kept
        in sight, which never takes the focus), is the current cell of the focused table."""
        table = self.parent()
        return (
            isinstance(table, QAbstractItemView)
            and option.widget is not table
            and table.hasFocus()
            and index == table.currentIndex()
        )

    def _draw_text(
        self,
        painter: QPainter,
        rect: QRect,
        runs: CellRuns,
        index: Index,
        option: QStyleOptionViewItem,
    ) -> None:
        font: QFont = option.font
        palette: QPalette = option.palette
        width, height = rect.width() - 2 * PAD, rect.height() - 2 * PAD
        key = (index.row(), index.column(), width, height)
        found = self._layouts.get(key)
        if found is None:
            found = build_layout(runs, font, width, height, self.formats)
            self._layouts[key] = found
            if len(self._layouts) > KEEP:
                self._layouts.popitem(last=False)
        else:
            self._layouts.move_to_end(key)
        layout, more = found
        painter.setPen(palette.text().color())
        left = rect.left() + PAD
        if runs.rtl:  # its lines start at the right: a cell cut by the view's edge keeps those
            left -= past_the_edge(rect, option)
        layout.draw(painter, QPointF(left, rect.top() + PAD))
        if more:  # fade the last line out: the rest is in the tooltip and the pair view
            fade = QFontMetricsF(font).height()
            bottom = QRectF(rect.left(), rect.bottom() - fade, rect.width(), fade)
            gradient = QLinearGradient(bottom.topLeft(), bottom.bottomLeft())
            base = palette.base().color()
            clear = QColor(base)
            clear.setAlpha(0)
            gradient.setColorAt(0, clear)
            gradient.setColorAt(1, base)
            painter.fillRect(bottom, QBrush(gradient))
            # "…" where the text carries on: a right-to-left cell's last line ends at its
            # left (at the right it stood at that line's start)
            if runs.rtl:
                at, align = bottom.adjusted(PAD, 0, 0, 0), Qt.AlignmentFlag.AlignLeft
            else:
                at, align = bottom.adjusted(0, 0, -PAD, 0), Qt.AlignmentFlag.AlignRight
            painter.drawText(at, int(align), "…")
