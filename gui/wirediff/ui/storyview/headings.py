"""The story view's column headings, each line cut to the column on its own: the first (who:
an outlet and a file name) in its middle, where a translation's revisions, named for the
minute they were filed, differ at their end ("Reuters · pakistan_floods_ru_2026031…" in
every column); the others (date, kept and level) at their end, as Qt cut the whole."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QStyle, QStyleOptionHeader, QWidget

from wirediff.core.display import in_order
from wirediff.ui.widgets.cut_lines import cut_lines


class Headings(QHeaderView):
    """A horizontal header whose sections' lines are cut one by one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)

    def initStyleOptionForIndex(self, option: QStyleOptionHeader, logicalIndex: int) -> None:
        super().initStyleOptionForIndex(option, logicalIndex)
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, option, self)
        width = self.sectionSize(logicalIndex) - 2 * margin - 2
        if width <= 0 or not option.text:
            return
        option.text = cut_lines(self.fontMetrics(), option.text, width)
        # Each line left to right, in its own direction: the header took the first letter's,
        # and under an Arabic outlet the date and time read "16:20 2026-12-05"
        option.text = "\n".join(in_order([line], "") for line in option.text.split("\n"))
