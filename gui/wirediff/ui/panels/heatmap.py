"""A story's or an event's similarity matrix as a heat map, in a window of its own.

The window holds a heading, how to use the map, the map (``heatgrid``: cells that scroll
under frozen row and column labels), its legend (``heatscale``: laid out by layouts, so it
wraps at any font size), a line describing the cell under the cursor and a Close button.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from wirediff.core.stories import SimilarityMatrix, StoryIndex
from wirediff.ui.common.text import one_line
from wirediff.ui.common.theme import CONTRAST_EVEN, ink_for
from wirediff.ui.common.timers import timer
from wirediff.ui.panels.heatgrid import GO_KEYS, MOVES, OPEN_KEYS, PEEK_KEYS, HeatMap, cell_text
from wirediff.ui.panels.heatscale import HeatLegend, cell_colour
from wirediff.ui.panels.screen import keep_on, room
from wirediff.ui.panels.views import lettered

__all__ = [
    "CONTRAST_EVEN",
    "GO_KEYS",
    "MOVES",
    "OPEN_KEYS",
    "PEEK_KEYS",
    "HeatMap",
    "HeatMapDialog",
    "cell_colour",
    "cell_text",
    "ink_for",
]


REFIT_MS = 150  # after a map's size is set: the window manager has mapped the dialog


class HeatMapDialog(QDialog):
    """A window around one heat map: what it shows, how to use it, a Close button."""

    pair_activated = Signal(int, int)
    pair_entered = Signal()  # Enter opened it: the map closes, the reader goes to the pair

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("heat_map_dialog")
        self.setWindowTitle("Similarity heat map — wirediff")
        self._title = ""
        # The size the map asked for, asked again a moment later: shown while the map was
        # scored, the dialog was mapped by the window manager at its waiting size, and a
        # resize made just after could be undone by it (one run in three under openbox).
        self._fitted = QSize()
        self._refit = timer(self, REFIT_MS)
        self._refit.timeout.connect(self._fit_again)
        self.heading = QLabel("")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        font = QFont(self.heading.font())
        font.setBold(True)
        self.heading.setFont(font)
        self.hint = QLabel(
            "Each cell: how much text the row and column documents share (%). Arrow keys "
            "move; Space or a click opens the pair (row on the left, column on the right) "
            "and stays here; Enter opens it and goes to it (Ctrl+M or Ctrl+Shift+M comes back)."
        )
        self.hint.setWordWrap(True)
        self.status = QLabel("")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.map = HeatMap()
        self.map.pair_activated.connect(self.pair_activated)
        self.map.pair_entered.connect(self._entered)
        self.map.cursor_moved.connect(
            lambda _a, _b: self.status.setText(self.map.describe(*self.map.cell_cursor))
        )
        self.legend = HeatLegend()
        buttons = lettered(QDialogButtonBox(QDialogButtonBox.StandardButton.Close))
        buttons.rejected.connect(self.hide)
        layout = QVBoxLayout(self)
        for widget in (self.heading, self.hint):
            layout.addWidget(widget)
        layout.addWidget(self.map, 1)
        layout.addWidget(self.legend)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

    def _entered(self) -> None:
        self.hide()
        self.pair_entered.emit()

    def set_waiting(self, title: str, shown: int) -> None:
        """A new map is coming: ``title``, ``shown`` documents a side."""
        self._title = one_line(title)
        self.heading.setText(self._title)
        self.status.setText(f"Scoring {shown**2:,} pairs…")

    def set_failed(self, why: str) -> None:
        """The map that was coming cannot be shown: ``why`` (naming the file) instead."""
        self.map.clear()
        self.status.setText(f"No heat map: {one_line(why)}")

    def set_matrix(
        self,
        index: StoryIndex,
        matrix: SimilarityMatrix,
        total: int,
        at: tuple[int, int] | None = None,
    ) -> None:
        """Show ``matrix`` (of ``total`` documents), the cursor on the pair ``at`` (the one
        on screen: row left, column right) when the map holds both of its documents."""
        self.map.set_matrix(index, matrix, at)
        # In the heading, which stays: the status line is the cursor's from the first move.
        shown = len(matrix.docs)
        # (a story's first versions; an event's, some of every story: ``event_sample``)
        more = f" — {shown:,} of {total:,} documents" if total > shown else ""
        self.heading.setText(self._title + more)
        self.status.setText(self.map.describe(*self.map.cell_cursor))
        hint = self.map.sizeHint()
        free = room(self)
        widest = free.width() - 40
        width = min(widest, max(520, hint.width() + 40))
        # The words around the map wrap at that width (a large font makes them taller):
        # wider, while they would not fit on the screen with the map's least height.
        while width < widest and self.heightForWidth(width) > free.height() - 60:
            width = min(widest, width + 80)
        # The layout's height for that width holds the map at its size hint: the whole map
        # when the screen has room (taken as the map's least height, the words around it
        # were counted twice: a 5 x 5 map sat above 110 px of nothing).
        total = max(self.heightForWidth(width), self.minimumSizeHint().height())
        self._fitted = QSize(width, min(free.height() - 60, total))
        self._fit()
        self._refit.start()
        self.map.setFocus()

    def _fit(self) -> None:
        """Take the fitted size (the least height set at a narrower width, where the words
        wrapped to more lines, would keep it taller) and stay on the screen."""
        self.setMinimumHeight(min(self.minimumHeight(), self._fitted.height()))
        self.resize(self._fitted)
        keep_on(self, room(self))

    def _fit_again(self) -> None:
        if self.isVisible() and self.size() != self._fitted:
            self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Never shorter than the words need at this width: made narrow, the legend's and
        the status line's lines wrap to more lines, and the cells (which scroll) give up
        their height for them, down to their least; then the window grows."""
        super().resizeEvent(event)
        needed = self.heightForWidth(self.width())
        screen = self.screen()
        if screen is not None:
            needed = min(needed, screen.availableGeometry().height() - 60)
        if needed > 0 and needed != self.minimumHeight():
            self.setMinimumHeight(needed)
