"""A story's or an event's similarity matrix as a heat map; a cell opens that pair.

Colours follow viridis (sequential, readable with the common colour-vision deficiencies and
in greyscale), and every cell also prints its number. Versions of one story form outlined
blocks on the diagonal; a version's cells against its story's base carry a letter for how it
was made from it (C copy, E edited, R rewrite, I independent), once that is measured.
Arrow keys move a cell cursor, Enter, Space or a click opens the pair (row document on the
left, column document on the right).
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QKeyEvent,
    QLinearGradient,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QScrollArea,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from wirediff.core.stories import Derivation, PairScore, SimilarityMatrix, StoryIndex
from wirediff.ui.common.text import one_line, plain_tooltip
from wirediff.ui.common.theme import luminance

_VIRIDIS = ("#440154", "#482878", "#3E4989", "#31688E", "#26828E", "#1F9E89", "#35B779",
            "#6DCD59", "#B4DE2C", "#FDE725")  # fmt: skip
_LABEL_MAX = 280
_PAD = 6
_LEGEND_MIN = 160
_NOTE = "Outlined blocks: versions of one story"
_LETTERS = {
    Derivation.COPY: "C",
    Derivation.EDITED: "E",
    Derivation.REWRITE: "R",
    Derivation.INDEPENDENT: "I",
}
# The map's keys (the cheat sheet and README list them): arrows move the cell cursor,
# these open the cell's pair.
MOVES = {
    Qt.Key.Key_Left: (0, -1),
    Qt.Key.Key_Right: (0, 1),
    Qt.Key.Key_Up: (-1, 0),
    Qt.Key.Key_Down: (1, 0),
}
OPEN_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)
_LEVELS_NOTE = "Letters: C copy, E edited, R rewrite, I independent of the story's base"


def cell_colour(value: float) -> QColor:
    """Viridis at ``value`` (0..1), interpolated between ten stops."""
    x = min(1.0, max(0.0, value)) * (len(_VIRIDIS) - 1)
    i = min(int(x), len(_VIRIDIS) - 2)
    a, b, t = QColor(_VIRIDIS[i]), QColor(_VIRIDIS[i + 1]), x - i
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * t,
        a.greenF() + (b.greenF() - a.greenF()) * t,
        a.blueF() + (b.blueF() - a.blueF()) * t,
    )


def ink_for(colour: QColor) -> QColor:
    """Black or white, whichever contrasts more with ``colour`` (WCAG's ratio: black from a
    relative luminance of 0.18 up; a fixed 0.45 on gamma-encoded values gave white numbers
    4.3:1 on the mid teal cells)."""
    return QColor("#000000") if luminance(colour) > CONTRAST_EVEN else QColor("#FFFFFF")


# Where black and white contrast alike: (L + 0.05) / 0.05 == 1.05 / (L + 0.05).
CONTRAST_EVEN = (1.05 * 0.05) ** 0.5 - 0.05


def cell_text(score: PairScore, diagonal: bool) -> str:
    return "—" if diagonal else f"{round(score.similarity * 100)}"


class HeatMap(QWidget):
    """The matrix itself: labels, cells with numbers, a legend, and a keyboard cell cursor."""

    pair_activated = Signal(int, int)  # (left document, right document)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("heat_map")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAccessibleName("Similarity heat map")
        self.index: StoryIndex | None = None
        self.matrix: SimilarityMatrix | None = None
        self.labels: list[str] = []
        self.cell_cursor = (0, 1)
        self.cell = 44
        self.label_width = 100
        self.levels: dict[int, tuple[Derivation, str]] = {}  # version -> against its base
        self._levels_of: StoryIndex | None = None  # the index ``levels`` were measured on

    # --- content -----------------------------------------------------------------------------
    def set_matrix(self, index: StoryIndex, matrix: SimilarityMatrix) -> None:
        self.index, self.matrix = index, matrix
        self.labels = []
        for k, doc in enumerate(matrix.docs, 1):
            d = index.documents[doc]
            name = d.source or d.name
            self.labels.append(one_line(f"{k}. {name} · {d.title or d.name}"))
        metrics = self.fontMetrics()
        widest = max((metrics.horizontalAdvance(t) for t in self.labels), default=60)
        self.label_width = min(_LABEL_MAX, widest + 2 * _PAD)
        self.cell = max(metrics.horizontalAdvance("100") + 14, metrics.height() + 14)
        n = len(matrix.docs)
        self.cell_cursor = (0, 1 if n > 1 else 0)
        self.setAccessibleDescription(self.describe(*self.cell_cursor))  # before a move
        self.setMinimumSize(self.sizeHint())
        self.updateGeometry()
        self.update()

    def clear(self) -> None:
        """No map: the one asked for cannot be shown (the last one drawn is not left under
        the heading of another)."""
        self.index, self.matrix, self.labels = None, None, []
        self.setAccessibleDescription("")
        self.setMinimumSize(self.sizeHint())
        self.updateGeometry()
        self.update()

    def set_levels(self, index: StoryIndex, levels: Mapping[int, tuple[Derivation, str]]) -> None:
        """Derivation levels measured on ``index`` (document -> level against its base)."""
        if index is not self._levels_of:
            self.levels, self._levels_of = {}, index
        self.levels.update(levels)
        self.update()

    def level_at(self, row: int, col: int) -> tuple[Derivation, str] | None:
        """The level of the cell's pair when it is a version and its story's base."""
        assert self.matrix is not None and self.index is not None
        if self._levels_of is not self.index:
            return None
        a, b = self.pair(row, col)
        for base, version in ((a, b), (b, a)):
            story = self.index.story_of(version)
            if story.base == base != version:
                return self.levels.get(version)
        return None

    def sizeHint(self) -> QSize:
        n = len(self.matrix.docs) if self.matrix else 0
        note = self.fontMetrics().horizontalAdvance(_LEVELS_NOTE)
        return QSize(
            self.label_width + max(n * self.cell, note, _LEGEND_MIN) + 2 * _PAD,
            self._top() + n * self.cell + self._legend_height() + 3 * _PAD,
        )

    def _top(self) -> int:
        return self.fontMetrics().height() + 2 * _PAD

    def _legend_height(self) -> int:
        return 4 * self.fontMetrics().height() + 2 * _PAD

    def cell_rect(self, row: int, col: int) -> QRect:
        return QRect(
            self.label_width + col * self.cell, self._top() + row * self.cell, self.cell, self.cell
        )

    def cell_at(self, pos: QPoint) -> tuple[int, int] | None:
        if self.matrix is None:
            return None
        col = (pos.x() - self.label_width) // self.cell
        row = (pos.y() - self._top()) // self.cell
        n = len(self.matrix.docs)
        inside = pos.x() >= self.label_width and pos.y() >= self._top()
        return (row, col) if inside and 0 <= row < n and 0 <= col < n else None

    def pair(self, row: int, col: int) -> tuple[int, int]:
        assert self.matrix is not None
        return self.matrix.docs[row], self.matrix.docs[col]

    # --- painting ----------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        if self.matrix is None or self.index is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        self._paint_labels(painter)
        self._paint_cells(painter)
        self._paint_stories(painter)
        self._paint_cursor(painter)
        self._paint_legend(painter)
        painter.end()

    def _paint_labels(self, painter: QPainter) -> None:
        metrics = self.fontMetrics()
        painter.setPen(self.palette().text().color())
        for k, label in enumerate(self.labels):
            rect = self.cell_rect(k, 0)
            text = metrics.elidedText(label, Qt.TextElideMode.ElideRight, self.label_width - _PAD)
            left = QRect(0, rect.top(), self.label_width - _PAD, self.cell)
            painter.drawText(left, int(Qt.AlignmentFlag.AlignVCenter), text)
            top = QRect(self.label_width + k * self.cell, _PAD, self.cell, metrics.height())
            painter.drawText(top, int(Qt.AlignmentFlag.AlignCenter), str(k + 1))

    def _paint_cells(self, painter: QPainter) -> None:
        assert self.matrix is not None
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        for r, row in enumerate(self.matrix.cells):
            for c, score in enumerate(row):
                rect = self.cell_rect(r, c)
                colour = self.palette().mid().color() if r == c else cell_colour(score.similarity)
                painter.fillRect(rect.adjusted(1, 1, -1, -1), colour)
                painter.setPen(ink_for(colour))
                painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), cell_text(score, r == c))
                if r != c:
                    self._paint_level(painter, r, c, rect)
        painter.setFont(self.font())

    def _paint_level(self, painter: QPainter, row: int, col: int, rect: QRect) -> None:
        """The level's letter in the cell's corner: a cue besides the colour and number."""
        found = self.level_at(row, col)
        letter = _LETTERS.get(found[0]) if found is not None else None
        if letter is None:
            return
        font = QFont(painter.font())
        font.setPointSizeF(max(6.0, font.pointSizeF() * 0.75))
        painter.save()
        painter.setFont(font)
        corner = rect.adjusted(7, 5, -2, -2)  # inside the cell cursor's frame
        painter.drawText(
            corner, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop), letter
        )
        painter.restore()

    def _paint_stories(self, painter: QPainter) -> None:
        """An outline around each story's block (its versions are adjacent on the diagonal)."""
        assert self.matrix is not None and self.index is not None
        docs = self.matrix.docs
        pen = QPen(self.palette().text().color(), 2)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        start = 0
        for k in range(1, len(docs) + 1):
            end_of_story = k == len(docs) or (
                self.index.story_of(docs[k]).id != self.index.story_of(docs[start]).id
            )
            if end_of_story:
                if k - start > 1:
                    top_left = self.cell_rect(start, start).topLeft()
                    size = (k - start) * self.cell
                    painter.drawRect(QRect(top_left, QSize(size, size)))
                start = k

    def _paint_cursor(self, painter: QPainter) -> None:
        rect = self.cell_rect(*self.cell_cursor).adjusted(2, 2, -2, -2)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(QColor("#000000"), 4))
        painter.drawRect(rect)
        painter.setPen(QPen(QColor("#FFFFFF"), 2))
        painter.drawRect(rect)
        if self.hasFocus():
            painter.setPen(QPen(QColor("#FFFFFF"), 1, Qt.PenStyle.DashLine))
            painter.drawRect(rect.adjusted(3, 3, -3, -3))

    def _paint_legend(self, painter: QPainter) -> None:
        assert self.matrix is not None
        metrics = self.fontMetrics()
        n = len(self.matrix.docs)
        top = self._top() + n * self.cell + 2 * _PAD
        width = max(_LEGEND_MIN, min(320, n * self.cell))
        bar = QRect(self.label_width, top, width, metrics.height())
        gradient = QLinearGradient(bar.topLeft(), bar.topRight())
        for k, hex_colour in enumerate(_VIRIDIS):
            gradient.setColorAt(k / (len(_VIRIDIS) - 1), QColor(hex_colour))
        painter.fillRect(bar, gradient)
        painter.setPen(self.palette().text().color())
        painter.drawText(QRect(0, top, self.label_width - _PAD, bar.height()),
                         int(Qt.AlignmentFlag.AlignVCenter), "Shared text:")  # fmt: skip
        below = QRect(bar.left(), bar.bottom() + 2, bar.width(), metrics.height())
        painter.drawText(below, int(Qt.AlignmentFlag.AlignLeft), "0%")
        painter.drawText(below, int(Qt.AlignmentFlag.AlignHCenter), "50%")
        painter.drawText(below, int(Qt.AlignmentFlag.AlignRight), "100%")
        note = QRect(0, below.bottom() + 2, self.width(), metrics.height())
        for text in (_NOTE, _LEVELS_NOTE):
            painter.drawText(
                note.adjusted(self.label_width, 0, 0, 0), int(Qt.AlignmentFlag.AlignLeft), text
            )
            note.translate(0, metrics.height())

    # --- interaction -------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.matrix is None:
            super().keyPressEvent(event)
            return
        n = len(self.matrix.docs)
        key = Qt.Key(event.key())
        if key in MOVES:
            dr, dc = MOVES[key]
            r, c = self.cell_cursor
            self.set_cursor(max(0, min(n - 1, r + dr)), max(0, min(n - 1, c + dc)))
        elif key in OPEN_KEYS:
            self.pair_activated.emit(*self.pair(*self.cell_cursor))
        else:
            super().keyPressEvent(event)

    def set_cursor(self, row: int, col: int) -> None:
        self.cell_cursor = (row, col)
        self.update()
        if self.matrix is not None:
            a, b = self.pair(row, col)
            self.setAccessibleDescription(self.describe(row, col))
            self.cursor_moved.emit(a, b)

    cursor_moved = Signal(int, int)

    def describe(self, row: int, col: int) -> str:
        """The cell in words (tooltip and status line)."""
        assert self.matrix is not None
        score = self.matrix.cells[row][col]
        if row == col:
            return f"{self.labels[row]}: the same document"
        level = self.level_at(row, col)
        return (
            f"{self.labels[row]}  ↔  {self.labels[col]}\n"
            f"{score.relation.value}: {score.similarity:.0%} shared text; "
            f"{score.a_in_b:.0%} of row {row + 1} is in column {col + 1}, "
            f"{score.b_in_a:.0%} the other way" + (f"\n{one_line(level[1])}" if level else "")
        )

    def mousePressEvent(self, event: QMouseEvent) -> None:
        cell = self.cell_at(event.position().toPoint())
        if cell is None:
            super().mousePressEvent(event)
            return
        self.setFocus()
        self.set_cursor(*cell)
        self.pair_activated.emit(*self.pair(*cell))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        cell = self.cell_at(event.position().toPoint())
        if cell is None:
            QToolTip.hideText()
        else:
            tip = plain_tooltip(self.describe(*cell))  # titles are data, never markup
            QToolTip.showText(event.globalPosition().toPoint(), tip, self)


class HeatMapDialog(QDialog):
    """A window around one heat map: what it shows, how to use it, a Close button."""

    pair_activated = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("heat_map_dialog")
        self.setWindowTitle("Similarity heat map — wirediff")
        self._title = ""
        self.heading = QLabel("")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        font = QFont(self.heading.font())
        font.setBold(True)
        self.heading.setFont(font)
        self.hint = QLabel(
            "Each cell: how much text the row and column documents share (%). Arrow keys "
            "move, Enter, Space or a click opens the pair (row on the left, column on the "
            "right)."
        )
        self.hint.setWordWrap(True)
        self.status = QLabel("")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.map = HeatMap()
        self.map.pair_activated.connect(self.pair_activated)
        self.map.cursor_moved.connect(
            lambda _a, _b: self.status.setText(self.map.describe(*self.map.cell_cursor))
        )
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidget(self.map)
        self.scroll_area.setWidgetResizable(False)
        # No Tab stop of its own: the map's cursor scrolls it (a stop that showed nothing).
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.map.cursor_moved.connect(lambda _a, _b: self._follow_cursor())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.hide)
        layout = QVBoxLayout(self)
        for widget in (self.heading, self.hint):
            layout.addWidget(widget)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

    def _follow_cursor(self) -> None:
        """Scroll the cell cursor into sight (an event of 15 documents is larger than the
        window), with its row's and column's labels when it is in the first row or column."""
        rect = self.map.cell_rect(*self.map.cell_cursor)
        row, col = self.map.cell_cursor
        if row == 0 or col == 0:
            self.scroll_area.ensureVisible(
                0 if col == 0 else rect.left(), 0 if row == 0 else rect.top(), 0, 0
            )
        centre = rect.center()
        self.scroll_area.ensureVisible(
            centre.x(), centre.y(), rect.width() // 2 + _PAD, rect.height() // 2 + _PAD
        )

    def set_waiting(self, title: str, shown: int) -> None:
        """A new map is coming: ``title``, ``shown`` documents a side."""
        self._title = one_line(title)
        self.heading.setText(self._title)
        self.status.setText(f"Scoring {shown**2:,} pairs…")

    def set_failed(self, why: str) -> None:
        """The map that was coming cannot be shown: ``why`` (naming the file) instead."""
        self.map.clear()
        self.status.setText(f"No heat map: {one_line(why)}")

    def set_matrix(self, index: StoryIndex, matrix: SimilarityMatrix, total: int) -> None:
        self.map.set_matrix(index, matrix)
        self.map.resize(self.map.sizeHint())
        # In the heading, which stays: the status line is the cursor's from the first move.
        shown = len(matrix.docs)
        more = f" — the first {shown} of {total} documents" if total > shown else ""
        self.heading.setText(self._title + more)
        self.status.setText(self.map.describe(*self.map.cell_cursor))
        hint = self.map.sizeHint()
        screen = self.screen()
        room = screen.availableGeometry() if screen else QRect(0, 0, 1200, 800)
        self.resize(
            min(room.width() - 40, max(520, hint.width() + 40)),
            min(room.height() - 60, hint.height() + 200),
        )
        self._keep_on(room)
        self.map.setFocus()

    def _keep_on(self, room: QRect) -> None:
        """Move the window into ``room`` (the screen's free part) where it runs over its
        edges: placed over a large window at twice the scale, its Close button was off the
        screen."""
        frame = self.frameGeometry()
        x = max(room.left(), min(frame.left(), room.right() - frame.width()))
        y = max(room.top(), min(frame.top(), room.bottom() - frame.height()))
        if (x, y) != (frame.left(), frame.top()):
            self.move(x, y)
