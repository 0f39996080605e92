"""Lines of a cell or a heading cut to a width one by one: the first (a name: an outlet and a
file name) in its middle, where versions named for the minute they were filed differ; the
others (numbers, a date) at their end, their first figures kept whole. One mode for the whole
cut its other lines as it did the first ("similarity 40…pt 32%"), or all lines after the
first away."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics

LINE_SEPARATOR = "\u2028"  # (Qt's initStyleOption makes a cell's "\n" this)


def cut_lines(metrics: QFontMetrics, text: str, width: int, separator: str = "\n") -> str:
    """``text``'s lines (parted by ``separator``) each cut to ``width`` pixels."""
    lines = text.split(separator)
    modes = [Qt.TextElideMode.ElideMiddle] + [Qt.TextElideMode.ElideRight] * (len(lines) - 1)
    return separator.join(
        metrics.elidedText(line, mode, width) for line, mode in zip(lines, modes, strict=True)
    )
