"""The heat map's grid: a similarity matrix as coloured cells; a cell opens that pair.

Colours follow viridis (sequential, readable with the common colour-vision deficiencies and
in greyscale, ``heatscale``), and every cell also prints its number. Versions of one story
form outlined blocks on the diagonal; a version's cells against its story's base carry a
letter for how it was made from it (C copy, E edited, R rewrite, I independent), once that
is measured. Arrow keys move a cell cursor (it starts on the pair on screen when the map
holds it), Enter, Space or a click opens the pair (row document on the left, column document
on the right).

The map scrolls its cells itself, like a spreadsheet: the row labels (left) and the column
numbers (top) stay in sight while the cells pass under them, the cursor's row and column
are marked in both, and the cursor is scrolled clear of them as it moves (in a scroll area,
a cell far down and right on a map of 60 documents had no label in sight).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QScrollBar, QSizePolicy, QToolTip, QWidget

from wirediff.core.counts import percent
from wirediff.core.display import in_order, isolated, telling_name
from wirediff.core.stories import Derivation, PairScore, Relation, SimilarityMatrix, StoryIndex
from wirediff.ui.common.text import one_line, plain_tooltip
from wirediff.ui.common.theme import ink_for
from wirediff.ui.panels.heatscale import cell_colour

_LABEL_MAX = 280
_PAD = 6
_LETTER_LEFT = 7  # pixels from a cell's left edge to its level letter (inside the cursor)
_LETTERS = {
    Derivation.COPY: "C",
    Derivation.EDITED: "E",
    Derivation.REWRITE: "R",
    Derivation.INDEPENDENT: "I",
}
# How the grouping placed a cell's pair (the level line below says how one was made from
# the other; the cell's colour is the share of 5-word runs, not the diff's similarity).
_GROUPED = {
    Relation.SAME_DOCUMENT: "The same document",
    Relation.SAME_STORY: "Listed in one story",
    Relation.SAME_EVENT: "Listed in two stories of one event",
    Relation.UNRELATED: "Listed as unrelated",
}
# The map's keys (the cheat sheet and README list them): arrows move the cell cursor,
# these open the cell's pair.
MOVES = {
    Qt.Key.Key_Left: (0, -1),
    Qt.Key.Key_Right: (0, 1),
    Qt.Key.Key_Up: (-1, 0),
    Qt.Key.Key_Down: (1, 0),
}
GO_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)  # open the cell's pair and go to it
PEEK_KEYS = (Qt.Key.Key_Space,)  # open it, the keyboard staying in the map
OPEN_KEYS = GO_KEYS + PEEK_KEYS


_NAME_MAX = 26  # characters of a file name in a label, cut in its middle (the label at its
# end: "1. Reuters · pakistan_floods_ar_20260314…" was every row of a translation's revisions)


def middle_cut(text: str, limit: int) -> str:
    """``text`` in at most ``limit`` characters, cut in its middle with "…"."""
    if len(text) <= limit:
        return text
    head = (limit - 1) // 2
    return f"{text[:head]}…{text[len(text) - (limit - 1 - head) :]}"


def row_label(k: int, name: str, title: str) -> str:
    """ "k. outlet · title" for a row (and the line about a cell), outlet and title each
    isolated: the label reads left to right whatever their direction (isolated whole, it
    took its direction from its first letter: an Urdu outlet put the number at its right)."""
    return f"{k}. {isolated(one_line(name))} · {isolated(one_line(title))}"


def cell_text(score: PairScore, diagonal: bool) -> str:
    return "—" if diagonal else f"{round(score.similarity * 100)}"


class HeatMap(QWidget):
    """The matrix itself: frozen labels, scrolling cells with numbers, a keyboard cursor."""

    pair_activated = Signal(int, int)  # (left document, right document)
    pair_entered = Signal()  # ... by Enter: the reader goes to it (Space, a click: stays)
    cursor_moved = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("heat_map")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName("Similarity heat map")
        self.index: StoryIndex | None = None
        self.matrix: SimilarityMatrix | None = None
        self.labels: list[str] = []
        self.cell_cursor = (0, 1)
        # The cursor is kept in sight as the map gets its size, until the reader moves or
        # scrolls (it starts on the pair on screen, maybe far down a map of 60 documents).
        self._reveal = False
        self.cell_w, self.cell_h = 44, 30  # a cell's size: a column's width, a row's height
        self._label_natural = 100  # the widest row label's width, up to _LABEL_MAX
        self._band = 0  # the width of the level letters' band at the left of a cell
        self.label_width = 100
        self.levels: dict[int, tuple[Derivation, str]] = {}  # version -> against its base
        self._levels_of: StoryIndex | None = None  # the index ``levels`` were measured on
        self.hbar = QScrollBar(Qt.Orientation.Horizontal, self)
        self.vbar = QScrollBar(Qt.Orientation.Vertical, self)
        for bar in (self.hbar, self.vbar):
            bar.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys move the cursor instead
            bar.valueChanged.connect(lambda _v: self.update())
            bar.actionTriggered.connect(self._scrolled)  # (the reader's: a drag, a click)
            bar.hide()

    # --- content -----------------------------------------------------------------------------
    def set_matrix(
        self, index: StoryIndex, matrix: SimilarityMatrix, at: tuple[int, int] | None = None
    ) -> None:
        """Show ``matrix``, the cursor on the cell of the pair ``at`` (left, right: its row
        and column) when both of its documents are in the map, else on the first pair."""
        self.index, self.matrix = index, matrix
        self.labels = []
        # An outlet naming two rows is followed by their file names (a translation's three
        # revisions, all Reuters', all one title, read alike)
        outlets = Counter(index.documents[doc].source for doc in matrix.docs)
        for k, doc in enumerate(matrix.docs, 1):
            d = index.documents[doc]
            name = telling_name(d, outlets, middle_cut(d.name, _NAME_MAX))
            self.labels.append(row_label(k, name, d.title or d.name))
        metrics = self.fontMetrics()
        widest = max((metrics.horizontalAdvance(t) for t in self.labels), default=60)
        self._label_natural = min(_LABEL_MAX, widest + 2 * _PAD)
        # The level's letter sits in a band at the left of the cell, the number beside it
        # (at a large font the number, centred in the whole cell, ran into the letter): a
        # cell one line high, not two, shows twice the rows on a short screen (a band on
        # top left a laptop at twice the scale a row and a half of cells).
        bold = QFont(self.font())
        bold.setBold(True)
        letters = QFontMetrics(self._letter_font())
        widest = max(letters.horizontalAdvance(t) for t in _LETTERS.values())
        self._band = _LETTER_LEFT + widest + 2
        self.cell_w = self._band + QFontMetrics(bold).horizontalAdvance("100") + 8
        self.cell_h = max(metrics.height(), letters.height()) + 10  # the cursor's frame
        self._fit_labels()
        self.cell_cursor = self._start(matrix, at)
        self.setAccessibleDescription(self.describe(*self.cell_cursor))  # before a move
        self.hbar.setValue(0)
        self.vbar.setValue(0)
        self._place_bars()
        self._reveal = True
        self._open_on_cursor()
        self.updateGeometry()
        self.update()

    @staticmethod
    def _start(matrix: SimilarityMatrix, at: tuple[int, int] | None) -> tuple[int, int]:
        """Where the cursor starts: on the pair ``at`` (the pair on screen: row left, column
        right) when the map holds both, else on the first pair (the diagonal of one)."""
        row = {doc: k for k, doc in enumerate(matrix.docs)}
        if at is not None and at[0] != at[1] and at[0] in row and at[1] in row:
            return row[at[0]], row[at[1]]
        return (0, 1 if len(matrix.docs) > 1 else 0)

    def _scrolled(self, _action: int) -> None:
        self._reveal = False

    def clear(self) -> None:
        """No map: the one asked for cannot be shown (the last one drawn is not left under
        the heading of another)."""
        self.index, self.matrix, self.labels = None, None, []
        self.setAccessibleDescription("")
        self._place_bars()
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

    def pair(self, row: int, col: int) -> tuple[int, int]:
        assert self.matrix is not None
        return self.matrix.docs[row], self.matrix.docs[col]

    # --- geometry: frozen bands (labels) and the scrolling cells ----------------------------
    def _n(self) -> int:
        return len(self.matrix.docs) if self.matrix else 0

    def sizeHint(self) -> QSize:
        """Every cell in sight (the dialog caps this at the screen's size)."""
        n = self._n()
        width = self._label_natural + n * self.cell_w + _PAD
        return QSize(width, self._top() + n * self.cell_h + _PAD)

    def minimumSizeHint(self) -> QSize:
        """The labels and two cells each way, with the scroll bars."""
        extent = self._extent()
        return QSize(
            min(self._label_natural, 160) + 2 * self.cell_w + extent,
            self._top() + 2 * self.cell_h + extent,
        )

    def least_height(self, rows: int) -> int:
        """The height that shows ``rows`` rows of cells (every row of a smaller map) under
        the column numbers, above the sideways scroll bar."""
        return self._top() + min(self._n(), rows) * self.cell_h + self._extent()

    def _extent(self) -> int:
        return self.style().pixelMetric(self.style().PixelMetric.PM_ScrollBarExtent)

    def _fit_labels(self) -> None:
        """The row labels take up to two fifths of a narrow map, or what its cells leave
        (cut with "…", whole in the line below and the tooltip): 280 pixels of a netbook's
        500 at twice the scale left the cells four columns."""
        tall = self.height() - self._top() < self._n() * self.cell_h  # a scroll bar beside
        left = self.width() - self._n() * self.cell_w - _PAD - self._extent() * tall
        room = max(2 * self.cell_w, self.width() * 2 // 5, left)
        self.label_width = min(self._label_natural, room)

    def _top(self) -> int:
        """The height of the band of column numbers."""
        return self.fontMetrics().height() + 2 * _PAD

    def body(self) -> QRect:
        """Where the cells are seen: right of the row labels, below the column numbers."""
        right = self.width() - (self.vbar.width() if self.vbar.isVisibleTo(self) else 0)
        bottom = self.height() - (self.hbar.height() if self.hbar.isVisibleTo(self) else 0)
        return QRect(QPoint(self.label_width, self._top()), QPoint(right - 1, bottom - 1))

    def _place_bars(self) -> None:
        """Show a scroll bar where the cells do not fit, sized and ranged to the room."""
        extent = self._extent()
        wide, tall = self._n() * self.cell_w, self._n() * self.cell_h
        room_w, room_h = self.width() - self.label_width, self.height() - self._top()
        need_h = need_v = False
        for _ in range(2):  # one bar taking room can make the other needed
            need_h = wide > room_w - (extent if need_v else 0)
            need_v = tall > room_h - (extent if need_h else 0)
        w = self.width() - (extent if need_v else 0)
        h = self.height() - (extent if need_h else 0)
        self.hbar.setGeometry(self.label_width, h, w - self.label_width, extent)
        self.vbar.setGeometry(w, self._top(), extent, h - self._top())
        for bar, need, room, content, cell in (
            (self.hbar, need_h, w - self.label_width, wide, self.cell_w),
            (self.vbar, need_v, h - self._top(), tall, self.cell_h),
        ):
            bar.setVisible(need)
            bar.setRange(0, max(0, content - room) if need else 0)
            bar.setPageStep(max(1, room))
            bar.setSingleStep(max(1, cell // 2))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_labels()
        self._place_bars()
        if self._reveal and self.matrix is not None:
            self._open_on_cursor()

    def cell_rect(self, row: int, col: int) -> QRect:
        """The cell where it is painted now (under a frozen band when scrolled there)."""
        return QRect(
            self.label_width + col * self.cell_w - self.hbar.value(),
            self._top() + row * self.cell_h - self.vbar.value(),
            self.cell_w,
            self.cell_h,
        )

    def row_label_rect(self, row: int) -> QRect:
        """The row's label, in the frozen band on the left, level with its cells."""
        return QRect(0, self.cell_rect(row, 0).top(), self.label_width - _PAD, self.cell_h)

    def column_label_rect(self, col: int) -> QRect:
        """The column's number, in the frozen band on top, above its cells."""
        height = self.fontMetrics().height()
        return QRect(self.cell_rect(0, col).left(), _PAD, self.cell_w, height)

    def cell_at(self, pos: QPoint) -> tuple[int, int] | None:
        if self.matrix is None or not self.body().contains(pos):
            return None
        col = (pos.x() - self.label_width + self.hbar.value()) // self.cell_w
        row = (pos.y() - self._top() + self.vbar.value()) // self.cell_h
        n = len(self.matrix.docs)
        return (row, col) if 0 <= row < n and 0 <= col < n else None

    def _label_at(self, pos: QPoint) -> int | None:
        """The document whose row label or column number is at ``pos``."""
        body, n = self.body(), self._n()
        if pos.x() < self.label_width and body.top() <= pos.y() <= body.bottom():
            k = (pos.y() - self._top() + self.vbar.value()) // self.cell_h
        elif pos.y() < self._top() and body.left() <= pos.x() <= body.right():
            k = (pos.x() - self.label_width + self.hbar.value()) // self.cell_w
        else:
            return None
        return k if 0 <= k < n else None

    def ensure_visible(self, row: int, col: int) -> None:
        """Scroll the cell clear of the frozen bands (the least that does)."""
        body = self.body()
        for bar, k, cell, room in ((self.hbar, col, self.cell_w, body.width()),
                                   (self.vbar, row, self.cell_h, body.height())):  # fmt: skip
            start = k * cell
            if start < bar.value():
                bar.setValue(start)
            elif start + cell > bar.value() + room:
                bar.setValue(start + cell - room)

    def _open_on_cursor(self) -> None:
        """As the map opens (and gets its size): its top-left corner, the first rows and
        columns, unless that leaves the cursor's cell out of sight; then scrolled the least
        that shows it, from the corner. Scrolled from where it was, a map opened on its 6th
        column at the dialog's waiting size (320 pixels) kept that scroll once the window
        took its size, its first columns hidden with the cursor's cell in the middle."""
        body = self.body()
        row, col = self.cell_cursor
        for bar, k, cell, room in ((self.hbar, col, self.cell_w, body.width()),
                                   (self.vbar, row, self.cell_h, body.height())):  # fmt: skip
            bar.setValue(max(0, (k + 1) * cell - room))

    # --- painting ----------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        if self.matrix is None or self.index is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        body = self.body()
        painter.setClipRect(body)
        self._paint_cells(painter, self._shown(body))
        self._paint_stories(painter)
        self._paint_cursor(painter)
        painter.setClipping(False)
        self._paint_labels(painter, body)
        painter.end()

    def _shown(self, body: QRect) -> tuple[range, range]:
        """The rows and columns with a cell in ``body``."""
        n = self._n()
        top, left = self.vbar.value() // self.cell_h, self.hbar.value() // self.cell_w
        rows = range(top, min(n, top + body.height() // self.cell_h + 2))
        return rows, range(left, min(n, left + body.width() // self.cell_w + 2))

    def _paint_labels(self, painter: QPainter, body: QRect) -> None:
        """The frozen bands: row labels on the left, column numbers on top, the cursor's
        row and column marked in the highlight colour (as a spreadsheet marks them)."""
        palette = self.palette()
        window = palette.color(QPalette.ColorRole.Window)
        left_band = QRect(0, body.top(), self.label_width, body.height())
        top_band = QRect(body.left(), 0, body.width(), self._top())
        painter.fillRect(QRect(0, 0, self.width(), self._top()), window)
        painter.fillRect(left_band, window)
        mark = QColor(palette.color(QPalette.ColorRole.Highlight))
        mark.setAlpha(60)
        bold = QFont(self.font())
        bold.setBold(True)
        row, col = self.cell_cursor
        rows, cols = self._shown(body)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        painter.setClipRect(left_band)
        for k in rows:
            rect = self.row_label_rect(k)
            if k == row:
                painter.fillRect(rect.adjusted(0, 1, _PAD, -1), mark)
            painter.setFont(bold if k == row else self.font())
            width = self.label_width - 2 * _PAD
            text = painter.fontMetrics().elidedText(
                self.labels[k], Qt.TextElideMode.ElideRight, width
            )
            painter.drawText(rect.adjusted(2, 0, 0, 0), int(Qt.AlignmentFlag.AlignVCenter), text)
        painter.setClipRect(top_band)
        for k in cols:
            rect = self.column_label_rect(k)
            if k == col:
                painter.fillRect(rect.adjusted(1, -_PAD + 1, -1, _PAD - 1), mark)
            painter.setFont(bold if k == col else self.font())
            painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), str(k + 1))
        painter.setClipping(False)
        painter.setFont(self.font())
        painter.setPen(palette.color(QPalette.ColorRole.Mid))  # the bands' edges
        painter.drawLine(body.left() - 1, body.top(), body.left() - 1, body.bottom())
        painter.drawLine(body.left(), body.top() - 1, body.right(), body.top() - 1)

    def _paint_cells(self, painter: QPainter, shown: tuple[range, range]) -> None:
        assert self.matrix is not None
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        rows, cols = shown
        for r in rows:
            for c in cols:
                score = self.matrix.cells[r][c]
                rect = self.cell_rect(r, c)
                colour = self.palette().mid().color() if r == c else cell_colour(score.similarity)
                painter.fillRect(rect.adjusted(1, 1, -1, -1), colour)
                painter.setPen(ink_for(colour))
                number = rect.adjusted(self._band, 0, 0, 0)  # right of the letter's band
                painter.drawText(
                    number, int(Qt.AlignmentFlag.AlignCenter), cell_text(score, r == c)
                )
                if r != c:
                    self._paint_level(painter, r, c, rect)
        painter.setFont(self.font())

    def _letter_font(self) -> QFont:
        """The level letters' font: three quarters of the map's, bold as its numbers."""
        font = QFont(self.font())
        font.setBold(True)
        font.setPointSizeF(max(6.0, font.pointSizeF() * 0.75))
        return font

    def _paint_level(self, painter: QPainter, row: int, col: int, rect: QRect) -> None:
        """The level's letter at the cell's left: a cue besides the colour and number."""
        found = self.level_at(row, col)
        letter = _LETTERS.get(found[0]) if found is not None else None
        if letter is None:
            return
        painter.save()
        painter.setFont(self._letter_font())
        band = rect.adjusted(_LETTER_LEFT, 0, 0, 0)  # inside the cell cursor's frame
        painter.drawText(
            band, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), letter
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
                    size = QSize((k - start) * self.cell_w, (k - start) * self.cell_h)
                    painter.drawRect(QRect(top_left, size))
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
            if key in GO_KEYS:
                self.pair_entered.emit()
        else:
            super().keyPressEvent(event)

    def set_cursor(self, row: int, col: int) -> None:
        self.cell_cursor, self._reveal = (row, col), False
        self.update()
        if self.matrix is not None:
            self.ensure_visible(row, col)
            a, b = self.pair(row, col)
            self.setAccessibleDescription(self.describe(row, col))
            self.cursor_moved.emit(a, b)

    def describe(self, row: int, col: int) -> str:
        """The cell in words (tooltip and status line); each label in its own direction: an
        Arabic title pulled the next label's number over to the arrow."""
        assert self.matrix is not None
        score = self.matrix.cells[row][col]
        if row == col:
            return f"{isolated(self.labels[row])}: the same document"
        level = self.level_at(row, col)
        return (
            f"{in_order((self.labels[row], self.labels[col]), '  ↔  ')}\n"
            f"{_GROUPED[score.relation]}; {percent(score.similarity)} of their 5-word runs shared: "
            f"{percent(score.a_in_b)} of row {row + 1} is in column {col + 1}, "
            f"{percent(score.b_in_a)} the other way" + (f"\n{one_line(level[1])}" if level else "")
        )

    def wheelEvent(self, event: QWheelEvent) -> None:
        """The wheel scrolls the cells (sideways with Shift, or a sideways wheel)."""
        delta = event.angleDelta()
        sideways = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        steps, bar = delta.y(), self.vbar
        if sideways or abs(delta.x()) > abs(delta.y()):
            steps, bar = delta.x() or delta.y(), self.hbar
        before = bar.value()
        self._reveal = False
        cell = self.cell_h if bar is self.vbar else self.cell_w
        bar.setValue(before - steps * cell // 120)
        event.setAccepted(bar.value() != before)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        cell = self.cell_at(event.position().toPoint())
        if cell is None:
            super().mousePressEvent(event)
            return
        self.setFocus()
        self.set_cursor(*cell)
        self.pair_activated.emit(*self.pair(*cell))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        cell = self.cell_at(pos)
        label = self._label_at(pos)
        if cell is not None:
            tip = self.describe(*cell)
        elif label is not None:  # a label cut short, a column's number: the document named
            tip = self.labels[label]
        else:
            QToolTip.hideText()
            return
        tip = plain_tooltip(tip, isolating=True)  # its titles in the order the line has them
        QToolTip.showText(event.globalPosition().toPoint(), tip, self)
