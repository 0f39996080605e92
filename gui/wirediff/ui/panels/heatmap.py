"""A story's or an event's similarity matrix as a heat map, in a window of its own.

The window holds a heading, the map (``heatgrid``: cells that scroll under frozen row and
column labels) and below it (``heatbody``: they scroll when the map leaves them little room)
a line describing the cell under the cursor, the legend (``heatscale``: laid out by layouts,
so it wraps at any font size), how to use the map, and a Close button.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from wirediff.core.stories import SimilarityMatrix, StoryIndex
from wirediff.ui.common.text import one_line
from wirediff.ui.common.theme import CONTRAST_EVEN, ink_for
from wirediff.ui.common.timers import timer
from wirediff.ui.panels.heatbody import HeatBody
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


HINT = (
    "Each cell: how much text the row and column documents share (%). Arrow keys move; "
    "Space or a click opens the pair (row on the left, column on the right) and stays here; "
    "Enter opens it and goes to it (Ctrl+M or Ctrl+Shift+M comes back). F1: every key."
)
REFIT_MS = 150  # after a map's size is set: the window manager has mapped the dialog
FRAME_GUESS = 40  # pixels of a window's frame, before the window manager has put one on


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
        self.hint = QLabel(HINT)
        self.hint.setWordWrap(True)
        self.status = QLabel("")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.map = HeatMap()
        self.map.pair_activated.connect(self.pair_activated)
        self.map.pair_entered.connect(self._entered)
        self.map.cursor_moved.connect(lambda _a, _b: self._say(*self.map.cell_cursor))
        self.legend = HeatLegend()
        buttons = lettered(QDialogButtonBox(QDialogButtonBox.StandardButton.Close))
        buttons.rejected.connect(self.hide)
        # Below the map, the line about the cell under the cursor first: the words scroll
        # when the map leaves them little room (``heatbody``).
        self.body = HeatBody(self.map, [self.status, self.legend, self.hint], buttons)
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self.heading)
        self._layout.addWidget(self.body, 1)

    def _say(self, row: int, col: int) -> None:
        """The line about the cell under the cursor, in sight (the words may have been
        scrolled down to the legend)."""
        self.status.setText(self.map.describe(row, col))
        self.body.show_top()

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
        # (a story's least similar and first versions: ``story_sample``; an event's, some of
        # every story: ``event_sample``)
        more = f" — {shown:,} of {total:,} documents" if total > shown else ""
        self.heading.setText(self._title + more)
        self.status.setText(self.map.describe(*self.map.cell_cursor))
        self.body.forget_heights()
        # The whole map and its words when the screen has room; else the screen's free
        # part, the map scrolling (``_fit``).
        margins = self._layout.contentsMargins()
        width = max(520, self.body.sizeHint().width() + margins.left() + margins.right())
        self._fitted = QSize(width, self.heightForWidth(width))
        self._fit()
        self._refit.start()
        self.map.setFocus()

    def _fit(self) -> None:
        """Take the fitted size, within the screen's free part, and stay on it. A window
        maximized keeps the screen."""
        if self.isMaximized() or self.isFullScreen():
            return
        self.resize(self._fitted.boundedTo(self._room_inside()))
        keep_on(self, room(self))

    def _room_inside(self) -> QSize:
        """The screen's free part less the window's frame (known once the window manager
        has put one on: a guess before; 60 pixels were taken for it, 120 at twice the scale,
        a fifth of a netbook's height)."""
        frame = self.frameGeometry().size() - self.size()
        if not self.isVisible() or frame.height() <= 0:
            frame = QSize(FRAME_GUESS // 2, FRAME_GUESS)
        return room(self).size() - frame

    def _fit_again(self) -> None:
        """Once more, in case the window manager undid the size, or the frame it put on
        the window takes more room than guessed."""
        if self.isVisible() and self.size() != self._fitted.boundedTo(self._room_inside()):
            self._fit()
