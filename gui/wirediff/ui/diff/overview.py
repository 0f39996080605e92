"""The overview strip beside the scrollbar: every change of the pair at a glance, clickable."""

from __future__ import annotations

import bisect
from itertools import accumulate

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from wirediff.ui.common.theme import LIGHT, Theme


class Overview(QWidget):
    """Rows drawn to scale (by their size), coloured by the kind of change they hold."""

    row_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overview")
        self.setFixedWidth(18)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip("Overview of all changes: click to go there")
        self.setAccessibleName("Overview of changes")
        self._bounds: list[int] = [0]
        self._marks: list[tuple[int, str]] = []  # (row, change kind)
        self._flags: set[int] = set()
        self._visible = (0, 0)
        self._current: int | None = None
        self.theme: Theme = LIGHT

    def sizeHint(self) -> QSize:
        return QSize(18, 200)

    def set_rows(self, weights: list[int], marks: list[tuple[int, str]]) -> None:
        """Row sizes (relative) and the (row, kind) of every change."""
        self._bounds = [0, *accumulate(weights)]
        self._marks = marks
        self._current = None
        self.update()

    def set_state(self, visible: tuple[int, int], current: int | None, flags: set[int]) -> None:
        """The rows on screen, the current change's row and the flagged changes' rows."""
        self._visible, self._current, self._flags = visible, current, flags
        self.update()

    def _y(self, row: int) -> float:
        total = self._bounds[-1] or 1
        return self.height() * self._bounds[min(row, len(self._bounds) - 1)] / total

    def row_at(self, y: float) -> int:
        total = self._bounds[-1]
        if len(self._bounds) < 2 or total == 0:
            return 0
        target = max(0.0, y) / max(1, self.height()) * total
        return min(len(self._bounds) - 2, max(0, bisect.bisect_right(self._bounds, target) - 1))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.AlternateBase))
        colors = self.theme.overview
        for row, kind in self._marks:
            y1, y2 = self._y(row), self._y(row + 1)
            mark = QRectF(2, y1, self.width() - 4, max(2.0, y2 - y1))
            painter.fillRect(mark, QColor(colors[kind]))
            edge = self.theme.overview_edge(colors[kind])
            if edge is not None:
                painter.setPen(QColor(edge))
                painter.drawRect(mark.adjusted(0.5, 0.5, -0.5, -0.5))
        for row in self._flags:
            painter.fillRect(QRectF(0, self._y(row), 5, 5), QColor(self.theme.flag))
        first, last = self._visible
        text = self.palette().color(QPalette.ColorRole.Text)
        painter.setPen(text)
        painter.drawRect(
            QRectF(0.5, self._y(first), self.width() - 1, self._y(last + 1) - self._y(first))
        )
        if self._current is not None:
            y = (self._y(self._current) + self._y(self._current + 1)) / 2
            painter.fillRect(QRectF(0, y - 1.5, self.width(), 3), text)
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.row_clicked.emit(self.row_at(event.position().y()))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self.row_clicked.emit(self.row_at(event.position().y()))
