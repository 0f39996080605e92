"""The story view's margin: each row's number and a bar of how many versions kept it.

The bar's parts are told apart by their pattern as well as their colour, so that they read
without colour vision and in greyscale: solid for word for word (dark), striped for with
changes (orange), dotted for moved (pink); for text the base does not have, "+" after the
row number and a solid blue part for the versions that added it. ``model.MARGIN_KEY`` says
so in the rows' tooltips and the story view's heading; the rows' accessible text (and
tooltip) says the counts in words.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QHeaderView, QWidget

from wirediff.core.storytable import RowKind, TableRow
from wirediff.ui.common.theme import LIGHT, Theme, ink_for
from wirediff.ui.storyview.model import ADDED_MARK, StoryTableModel, row_label


class Mark(Enum):
    """A part of the bar: what the versions it counts did with the row; its pattern."""

    EQUAL = ("kept word for word", "solid")
    CHANGED = ("kept with changes", "striped")
    MOVED = ("moved", "dotted")
    ADDED = ("added", "solid")

    @property
    def pattern(self) -> str:
        return self.value[1]


def parts(row: TableRow) -> list[tuple[Mark, int]]:
    """The bar's parts in order, with how many versions each counts."""
    t = row.tally
    if row.kind is RowKind.ADDED:
        return [(Mark.ADDED, t.added), (Mark.MOVED, t.moved)]
    return [(Mark.EQUAL, t.equal), (Mark.CHANGED, t.changed), (Mark.MOVED, t.moved)]


class KeptMargin(QHeaderView):
    """A vertical header: the row number over a bar whose filled part is the share of
    versions that kept the row (solid: word for word, striped: with changes, dotted: moved);
    for text the base does not have, the share of versions that added it (solid blue)."""

    def __init__(self, model: StoryTableModel, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self.table_model = model
        self.theme = LIGHT
        self.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        width = self.fontMetrics().horizontalAdvance(f"0000 {ADDED_MARK}") + 14
        self.setFixedWidth(max(width, 44))

    def bar_height(self) -> int:
        """Tall enough for its pattern to show, growing with the font."""
        return max(8, self.fontMetrics().height() // 2)

    def least_height(self) -> int:
        """A row's least height: its number and the bar."""
        return self.fontMetrics().height() + self.bar_height() + 10

    def segments(self, rect: QRect, logical: int) -> list[tuple[Mark, QRectF]]:
        """Where each part of row ``logical``'s bar is drawn in its section ``rect``."""
        data = self.table_model.data_
        if data is None:
            return []
        row = data.table.rows[logical]
        total = max(1, len(data.table.columns))
        bar = self._bar(rect)
        found, x = [], bar.left()
        for mark, count in parts(row):
            width = bar.width() * count / total
            if width > 0:
                found.append((mark, QRectF(x, bar.top(), width, bar.height())))
                x += width
        return found

    def _bar(self, rect: QRect) -> QRectF:
        top = rect.top() + self.fontMetrics().height() + 4
        return QRectF(rect.left() + 4, top, rect.width() - 9, self.bar_height())

    def paintSection(self, painter: QPainter, rect: QRect, logical: int) -> None:
        data = self.table_model.data_
        if data is None or not rect.isValid():
            return
        painter.save()
        palette = self.palette()
        painter.fillRect(rect, palette.color(QPalette.ColorRole.Window))
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(rect.topRight(), rect.bottomRight())
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        painter.drawText(
            rect.adjusted(4, 2, -4, 0),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
            row_label(data.table.rows[logical]),
        )
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawRect(self._bar(rect))
        for k, (mark, part) in enumerate(self.segments(rect, logical)):
            # A sliver of the window's colour between parts, so two patterns never merge.
            self._paint_part(painter, mark, part.adjusted(1 if k else 0, 0, 0, 0))
        painter.restore()

    def _colour(self, mark: Mark) -> QColor:
        overview = self.theme.overview
        colours = {
            Mark.EQUAL: self.palette().color(QPalette.ColorRole.WindowText).name(),
            Mark.CHANGED: overview["replace"],
            Mark.MOVED: overview["move"],
        }
        return QColor(colours.get(mark, overview["insert"]))

    def _paint_part(self, painter: QPainter, mark: Mark, part: QRectF) -> None:
        """Fill ``part`` in its colour, then its pattern in black or white (whichever stands
        out more from that colour): diagonal stripes, or a grid of dots."""
        fill = self._colour(mark)
        painter.fillRect(part, fill)
        if mark.pattern == "solid" or part.width() < 2:
            return
        ink = ink_for(fill)
        painter.save()
        painter.setClipRect(part)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        left, top, height = int(part.left()), int(part.top()), int(part.height())
        if mark is Mark.CHANGED:
            painter.setPen(ink)
            for x in range(left - height, int(part.right()) + 1, 4):
                painter.drawLine(QPointF(x, top + height), QPointF(x + height, top))
        else:
            for x in range(left + 1, int(part.right()), 4):
                for y in range(top + 1, top + height - 2, 4):
                    painter.fillRect(QRectF(x, y, 2, 2), ink)
        painter.restore()

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        self.viewport().update()
