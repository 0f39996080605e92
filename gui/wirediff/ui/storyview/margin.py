"""The story view's margin: each row's number and a bar of how many versions kept it."""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QHeaderView, QWidget

from wirediff.core.storytable import RowKind
from wirediff.ui.common.theme import LIGHT, Theme
from wirediff.ui.storyview.model import StoryTableModel

BAR = 6  # pixels: the bar's thickness


class KeptMargin(QHeaderView):
    """A vertical header: the row number over a bar whose filled part is the share of
    versions that kept the row (dark: word for word, lighter: with changes, pink: moved);
    for text the base does not have, the share of versions that added it (blue)."""

    def __init__(self, model: StoryTableModel, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self.table_model = model
        self.theme = LIGHT
        self.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        width = self.fontMetrics().horizontalAdvance("0000") + 22
        self.setFixedWidth(max(width, 44))

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
        text_rect = rect.adjusted(4, 2, -4, 0)
        painter.drawText(
            text_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop), str(logical + 1)
        )
        row = data.table.rows[logical]
        total = max(1, len(data.table.columns))
        top = rect.top() + self.fontMetrics().height() + 4
        bar = QRectF(rect.left() + 4, top, rect.width() - 9, BAR)
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawRect(bar)
        t = row.tally
        if row.kind is RowKind.ADDED:
            parts = [
                (t.added, self.theme.overview["insert"]),
                (t.moved, self.theme.overview["move"]),
            ]
        else:
            parts = [
                (t.equal, palette.color(QPalette.ColorRole.WindowText).name()),
                (t.changed, self.theme.overview["replace"]),
                (t.moved, self.theme.overview["move"]),
            ]
        x = bar.left()
        for count, colour in parts:
            width = bar.width() * count / total
            if width > 0:
                painter.fillRect(QRectF(x, bar.top(), width, bar.height()), QColor(colour))
                x += width
        painter.restore()

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        self.viewport().update()
