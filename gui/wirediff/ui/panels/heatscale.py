"""The heat map's colour scale (viridis, black or white numbers on it) and its legend.

The legend is laid out by Qt layouts with word-wrapped labels, outside the scrolling cells:
at twice the scale or with a large font its lines wrap and the dialog makes room for them
(painted under the cells at fixed heights, its second line was clipped).
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QLinearGradient, QPainter, QPaintEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

VIRIDIS = ("#440154", "#482878", "#3E4989", "#31688E", "#26828E", "#1F9E89", "#35B779",
           "#6DCD59", "#B4DE2C", "#FDE725")  # fmt: skip
STORIES_NOTE = "Outlined blocks: versions of one story"
LEVELS_NOTE = "Letters: C copy, E edited, R rewrite, I independent of the story's base"
_BAR_MIN, _BAR_MAX = 120, 320  # pixels: the colour bar's width


def cell_colour(value: float) -> QColor:
    """Viridis at ``value`` (0..1), interpolated between ten stops."""
    x = min(1.0, max(0.0, value)) * (len(VIRIDIS) - 1)
    i = min(int(x), len(VIRIDIS) - 2)
    a, b, t = QColor(VIRIDIS[i]), QColor(VIRIDIS[i + 1]), x - i
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * t,
        a.greenF() + (b.greenF() - a.greenF()) * t,
        a.blueF() + (b.blueF() - a.blueF()) * t,
    )


class ColourBar(QWidget):
    """The scale itself: viridis from 0% to 100%, one line of text high."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("heat_map_scale")
        self.setAccessibleName("Colour scale: dark purple 0% shared text, teal 50%, yellow 100%")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(_BAR_MAX, self.fontMetrics().height())

    def minimumSizeHint(self) -> QSize:
        return QSize(_BAR_MIN, self.fontMetrics().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        gradient = QLinearGradient(self.rect().topLeft(), self.rect().topRight())
        for k, hex_colour in enumerate(VIRIDIS):
            gradient.setColorAt(k / (len(VIRIDIS) - 1), QColor(hex_colour))
        painter.fillRect(self.rect(), gradient)
        painter.end()


class HeatLegend(QWidget):
    """Below the map: the colour scale with its 0/50/100% ticks, then what the outlines and
    the letters mean, each a label that wraps."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("heat_map_legend")
        self.bar = ColourBar()
        ticks = QHBoxLayout()
        ticks.setContentsMargins(0, 0, 0, 0)
        for k, text in enumerate(("0%", "50%", "100%")):
            if k:
                ticks.addStretch(1)
            ticks.addWidget(QLabel(text))
        scale = QVBoxLayout()
        scale.setSpacing(2)
        scale.addWidget(self.bar)
        scale.addLayout(ticks)
        self.notes = [_wrapping(STORIES_NOTE), _wrapping(LEVELS_NOTE)]
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(2)
        grid.addWidget(QLabel("Shared text:"), 0, 0, Qt.AlignmentFlag.AlignTop)
        grid.addLayout(scale, 0, 1)
        grid.setColumnStretch(2, 1)  # the scale keeps its width in a wide window
        for row, note in enumerate(self.notes, 1):
            grid.addWidget(note, row, 0, 1, 3)


def _wrapping(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label
