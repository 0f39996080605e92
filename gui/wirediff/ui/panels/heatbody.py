"""The heat map's window below its heading: the map, and under it the words about it (the
cell under the cursor, the legend, the keys) beside the Close button.

The room goes first to ``ROWS`` rows of cells (all of a smaller map), then to the line
about the cell under the cursor, then to the rest of the map, then to the rest of the words
(the legend, the keys); words short of room scroll, a Tab stop then so that the keyboard
scrolls them too. At twice the scale on a 768-pixel laptop the words above and below the
map left it a row and a half, and on a 600-pixel netbook no row at all, the words drawn
over each other.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from wirediff.ui.common.theme import FOCUS_FRAME
from wirediff.ui.panels.heatgrid import HeatMap
from wirediff.ui.panels.screen import lines
from wirediff.ui.widgets.fitted_scroll import FittedScroll
from wirediff.ui.widgets.focus_frame import FocusFrame

ROWS = 4  # rows of cells the map keeps in sight before the words below it get their room
GAP = 6  # pixels between the map and the words, and between the words and the button


class _Words(QWidget):
    """The words one under the other, clear of the focus frame drawn when they scroll."""

    def __init__(self, parts: list[QWidget]) -> None:
        super().__init__()
        column = QVBoxLayout(self)
        edge = FOCUS_FRAME + 2
        column.setContentsMargins(edge, FOCUS_FRAME, edge, FOCUS_FRAME)
        for part in parts:
            column.addWidget(part)

    def minimumSizeHint(self) -> QSize:
        """No taller than their height for the width they have: a wrapped label's least
        height is that of a narrow one, and the scroll area, taking it, showed a scroll bar
        beside words it had all the room for."""
        return QSize(super().minimumSizeHint().width(), 0)


class HeatBody(QWidget):
    """``heat`` on top; ``words`` (scrolling when short of room) and ``button`` below; the
    first of the words (the line about the cell) has the room before the rest of the map."""

    def __init__(self, heat: HeatMap, words: list[QWidget], button: QWidget) -> None:
        super().__init__()
        self.map, self.lead, self.button = heat, words[0], button
        self.info = FittedScroll(_Words(words))
        self.info.setObjectName("heat_map_words")
        self.info.setAccessibleName("About the heat map")
        self._frame = FocusFrame(self.info)
        self._tallest = (0, 0)  # (width, height): the lead's tallest at this width
        for child in (heat, self.info, button):
            child.setParent(self)
        self.setTabOrder(heat, self.info)
        self.setTabOrder(self.info, button)

    # --- sizes -------------------------------------------------------------------------------
    def _words_width(self, width: int) -> int:
        return max(1, width - self.button.sizeHint().width() - GAP)

    def _words_height(self, width: int) -> int:
        """The height the words need at ``width`` (the body's)."""
        words = self.info.widget()
        needed = words.heightForWidth(self._words_width(width)) if words else 0
        return max(needed, self.button.sizeHint().height())

    def _words_least(self) -> int:
        return max(lines(self, 2.5), self.button.sizeHint().height())

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self.map.sizeHint().height() + GAP + self._words_height(width)

    def sizeHint(self) -> QSize:
        width = max(self.map.sizeHint().width(), self.button.sizeHint().width() * 4)
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        least = self.map.minimumSizeHint()  # (fewer rows than ROWS: a netbook's screen)
        return QSize(least.width(), least.height() + GAP + self._words_least())

    def forget_heights(self) -> None:
        """Another map: the words' height is measured again."""
        self._tallest = (0, 0)
        self._place()

    # --- placing -----------------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:  # another map, the words' height
            self.updateGeometry()
            self._place()
        return super().event(event)

    def _place(self) -> None:
        """The map above, the words below, in the order of the module's words; the button
        at the words' right, level with their last line."""
        width, height = self.width(), self.height()
        needed = self._words_height(width)
        # (at the width the words have beside their scroll bar, if they may scroll)
        bar = self.info.verticalScrollBar().sizeHint().width()
        lead = self.lead.heightForWidth(self._words_width(width) - bar)
        # The tallest it was while the width stays: the line about the cell takes two lines
        # or four as the cursor moves, and the map's bottom edge jumped with it.
        if self._tallest[0] == width:
            lead = max(lead, self._tallest[1])
        self._tallest = (width, lead)
        lead = min(needed, max(lead, self.button.sizeHint().height()))
        room = height - GAP
        least, full = self.map.least_height(ROWS), self.map.sizeHint().height()
        words = min(needed, max(self._words_least(), room - full, min(lead, room - least)))
        words = max(0, min(words, height))
        top = height - words
        self.map.setGeometry(0, 0, width, max(0, top - GAP))
        self.info.setGeometry(0, top, self._words_width(width), words)
        hint = self.button.sizeHint()
        self.button.setGeometry(QRect(QPoint(width, height) - QPoint(*hint.toTuple()), hint))
        scrolls = needed > words
        self.info.setFocusPolicy(Qt.FocusPolicy.StrongFocus if scrolls else Qt.FocusPolicy.NoFocus)
        # No scroll bar when they fit (Qt, once it has shown one, measures the words at the
        # width it leaves them, where they wrap taller and seem to need it still)
        bars = Qt.ScrollBarPolicy
        self.info.setVerticalScrollBarPolicy(
            bars.ScrollBarAsNeeded if scrolls else bars.ScrollBarAlwaysOff
        )

    def show_top(self) -> None:
        """The words from their start: the line about the cell under the cursor."""
        self.info.verticalScrollBar().setValue(0)
