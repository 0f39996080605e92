"""The overview strip beside the scrollbar: every change of the pair at a glance, clickable.

The changes' marks are painted once (per comparison, size, pixel ratio and theme) into an
image that every repaint copies: a pair may have 40,000 changes, and painting each of them
in Python took half a second a repaint, on every key that scrolled. Only the marks that
show are painted into it: where many fall on the same pixels, the last painted hides the
others wholly, and those are left out (``shown_marks``).
"""

from __future__ import annotations

import bisect
import math
from itertools import accumulate

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from wirediff.core.result import BREAK_KINDS
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
        self._bars: list[tuple[int, str]] = []  # the same, of paragraph breaks
        self._flags: set[int] = set()
        self._visible = (0, 0)
        self._current: int | None = None
        self.theme: Theme = LIGHT
        self._image: QImage | None = None  # the marks, painted for ``_image_key``
        self._image_key: tuple[object, ...] = ()

    def sizeHint(self) -> QSize:
        return QSize(18, 200)

    def set_rows(self, weights: list[int], marks: list[tuple[int, str]]) -> None:
        """Row sizes (relative) and the (row, kind) of every change (a paragraph break's is
        a thin bar at its row's foot, painted over the others: no words changed there)."""
        self._bounds = [0, *accumulate(weights)]
        self._marks = [m for m in marks if m[1] not in BREAK_KINDS]
        self._bars = [m for m in marks if m[1] in BREAK_KINDS]
        self._current = None
        self._flags = set()  # (rows of the pair before: a lone article kept its flag mark)
        self._image = None
        self.update()

    def set_state(self, visible: tuple[int, int], current: int | None, flags: set[int]) -> None:
        """The rows on screen, the current change's row and the flagged changes' rows."""
        if (visible, current, flags) == (self._visible, self._current, self._flags):
            return  # (asked at every slice of a layout: no repaint for nothing)
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

    def _mark_rect(self, row: int) -> QRectF:
        y1, y2 = self._y(row), self._y(row + 1)
        return QRectF(2, y1, self.width() - 4, max(2.0, y2 - y1))

    def shown_marks(self, ratio: float) -> list[int]:
        """The indices of the marks that show at device pixel ratio ``ratio``, in the order
        they are painted: a mark is left out when the marks painted after it cover every
        pixel row it would touch (its frame is drawn inside it). Qt fills an aliased
        rectangle's rows from its top rounded to its bottom rounded; a coordinate that
        could round either way (a half) counts as covered only if it is either way.

        One pass over the marks, in plain floats (the ``_mark_rect`` of each, computed as
        it computes them): 40,000 changes take some 40 ms, once."""
        height, bounds, marks = self.height(), self._bounds, self._marks
        total, end = bounds[-1] or 1, len(bounds) - 1
        covered = bytearray(max(0, math.ceil(height * ratio)) + 2)
        size = len(covered)
        floor, ceil = math.floor, math.ceil
        shown: list[int] = []
        after = -1  # the row of the mark painted after this one
        for i in range(len(marks) - 1, -1, -1):
            row = marks[i][0]
            if row == after:
                continue  # the same rectangle painted over it (changes of one row)
            after = row
            y1 = height * bounds[min(row, end)] / total
            y2 = height * bounds[min(row + 1, end)] / total
            top, bottom = y1 * ratio, (y1 + max(2.0, y2 - y1)) * ratio
            lo = min(max(floor(top + 0.5 - _TIE), 0), size)
            hi = min(max(ceil(bottom - 0.5 + _TIE), 0), size)
            if lo < hi and covered.find(0, lo, hi) == -1:
                continue  # hidden by the marks painted after it
            shown.append(i)
            lo = min(max(ceil(top - 0.5 + _TIE), 0), size)
            hi = min(max(floor(bottom + 0.5 - _TIE), 0), size)
            if lo < hi:
                covered[lo:hi] = b"\x01" * (hi - lo)
        shown.reverse()
        return shown

    def marks_image(self, ratio: float | None = None) -> QImage:
        """The marks of every change on a transparent strip, at the widget's pixel ratio
        (or ``ratio``), painted again only when the comparison, the size, the ratio or the
        theme change."""
        ratio = self.devicePixelRatioF() if ratio is None else ratio
        key = (self.width(), self.height(), ratio, self.theme)
        if self._image is not None and self._image_key == key:
            return self._image
        image = QImage(
            max(1, math.ceil(self.width() * ratio)),
            max(1, math.ceil(self.height() * ratio)),
            QImage.Format.Format_ARGB32_Premultiplied,
        )
        image.setDevicePixelRatio(ratio)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        looks: dict[str, tuple[QColor, QColor | None]] = {}
        for kind, colour in self.theme.overview.items():
            frame = self.theme.overview_edge(colour)
            looks[kind] = (QColor(colour), None if frame is None else QColor(frame))
        for i in self.shown_marks(ratio):
            row, kind = self._marks[i]
            fill, edge = looks[kind]
            mark = self._mark_rect(row)
            painter.fillRect(mark, fill)
            if edge is not None:
                painter.setPen(edge)
                painter.drawRect(mark.adjusted(0.5, 0.5, -0.5, -0.5))
        for row, kind in self._bars:
            mark = self._mark_rect(row)
            mark.setTop(max(mark.top(), mark.bottom() - BREAK_BAR))
            painter.fillRect(mark, looks[kind][0])
        painter.end()
        self._image, self._image_key = image, key
        return image

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.AlternateBase))
        painter.drawImage(QPointF(0, 0), self.marks_image())
        self.paint_overlay(painter)
        painter.end()

    def paint_overlay(self, painter: QPainter) -> None:
        """What moves over the marks: the flags, the frame of the rows in view and the
        current change's bar."""
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

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.row_clicked.emit(self.row_at(event.position().y()))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self.row_clicked.emit(self.row_at(event.position().y()))


BREAK_BAR = 3.0  # pixels: the height of a paragraph break's mark (a row's mark: the row's)
_TIE = 1e-6  # how near a half a coordinate is taken to be one
