"""The story view's table, its base column kept in sight while the versions scroll sideways.

A story of 50 versions is many screens wide; the reader compares each version with the base,
so the base stays at the left edge and the versions pass under it (Qt's "frozen column":
a second view of the base column alone, laid over the table's first column, sharing its
model, selection, delegate, row heights and vertical scrolling).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from wirediff.ui.common.roles import COPY_ROLE
from wirediff.ui.storyview.cells import BASE_COLUMN
from wirediff.ui.storyview.headings import Headings

Index = QModelIndex | QPersistentModelIndex
Hint = QAbstractItemView.ScrollHint
EDGE = 2  # pixels: the line between the base and the versions scrolling under it


class StoryTable(QTableView):
    """The versions' table; ``base`` is the overlay that keeps the base column in sight.

    Call ``freeze_base()`` once the model, delegate and vertical header are set.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.base: QTableView | None = None

    def freeze_base(self) -> QTableView:
        base = QTableView(self)
        base.setHorizontalHeader(Headings(base))  # (its lines cut as the versions' are)
        base.setObjectName("story_base")
        base.setModel(self.model())
        base.setSelectionModel(self.selectionModel())
        base.setItemDelegate(self.itemDelegate())
        base.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys go to the table, as before
        base.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        base.setSelectionMode(self.selectionMode())
        base.setSelectionBehavior(self.selectionBehavior())
        base.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        base.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        base.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        base.setWordWrap(True)
        base.verticalHeader().hide()
        base.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        mine = self.horizontalHeader()
        header = base.horizontalHeader()
        header.setDefaultAlignment(mine.defaultAlignment())
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # The base's edge: a line of the palette's dark shade between it and the versions
        # (over the column's last pixels, its cells' padding: the overlay is the column).
        base.setStyleSheet(
            f"QTableView#story_base {{ border: none; border-right: {EDGE}px solid palette(dark); }}"
        )
        self.base = base
        # The same rows, at the same heights and place.
        self.verticalHeader().sectionResized.connect(
            lambda row, _old, new: base.setRowHeight(row, new)
        )
        self.verticalScrollBar().valueChanged.connect(base.verticalScrollBar().setValue)
        base.verticalScrollBar().valueChanged.connect(self.verticalScrollBar().setValue)
        # The base column's width, either header resizing it.
        mine.sectionResized.connect(self._mine_resized)
        header.sectionResized.connect(self._base_resized)
        mine.sectionMoved.connect(self._keep_base_first)
        mine.geometriesChanged.connect(self.place_base)
        self.verticalHeader().geometriesChanged.connect(self.place_base)
        # The rows' room changed (a font, a header's height, the window): both scroll ranges
        # follow it, the overlay's laid out again before its value is set.
        self.verticalScrollBar().rangeChanged.connect(lambda _low, _high: self.place_base())
        model = self.model()
        model.modelReset.connect(self._columns)
        model.layoutChanged.connect(self._columns)
        base.doubleClicked.connect(self.doubleClicked)
        base.viewport().installEventFilter(self)
        self._columns()
        return base

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The wheel over the base scrolls the table, sideways too (the overlay has no
        horizontal scroll bar of its own)."""
        base = self.base
        if event.type() == QEvent.Type.Wheel and base is not None and watched is base.viewport():
            QCoreApplication.sendEvent(self.viewport(), event)
            return True
        return super().eventFilter(watched, event)

    def _columns(self) -> None:
        """The overlay shows the base column alone, at the table's rows' heights."""
        base = self.base
        if base is None:
            return
        for column in range(self.model().columnCount()):
            base.setColumnHidden(column, column != BASE_COLUMN)
        base.setColumnWidth(BASE_COLUMN, self.columnWidth(BASE_COLUMN))
        mine = self.verticalHeader()
        for row in range(self.model().rowCount()):
            base.setRowHeight(row, mine.sectionSize(row))
        self.place_base()

    def _mine_resized(self, column: int, _old: int, new: int) -> None:
        if column == BASE_COLUMN and self.base is not None:
            if self.base.columnWidth(BASE_COLUMN) != new:
                self.base.setColumnWidth(BASE_COLUMN, new)
            self.place_base()

    def _base_resized(self, column: int, _old: int, new: int) -> None:
        if column == BASE_COLUMN and self.columnWidth(BASE_COLUMN) != new:
            self.setColumnWidth(BASE_COLUMN, new)  # the versions move right with it

    def _keep_base_first(self, _logical: int, _old: int, _new: int) -> None:
        """A version dragged before the base goes after it: the base stays first."""
        header = self.horizontalHeader()
        at = header.visualIndex(BASE_COLUMN)
        if at > 0:
            header.moveSection(at, 0)

    def place_base(self) -> None:
        """Lay the overlay over the base column, the header's height included (after the
        columns' widths are set: a new default width resizes them without a signal)."""
        base = self.base
        if base is None:
            return
        width = self.columnWidth(BASE_COLUMN)
        if base.columnWidth(BASE_COLUMN) != width:
            base.setColumnWidth(BASE_COLUMN, width)
        frame = self.frameWidth()
        header = self.horizontalHeader()
        if base.horizontalHeader().height() != header.height():
            base.horizontalHeader().setFixedHeight(header.height())
            base.updateGeometries()  # its rows' room follows now, not at its next layout
        base.setGeometry(
            self.verticalHeader().width() + frame,
            frame,
            width,
            self.viewport().height() + header.height(),
        )
        base.verticalScrollBar().setValue(self.verticalScrollBar().value())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and self.base is not None:
            # (its style sheet stops the font's propagation)
            self.base.setFont(self.font())
            self.base.horizontalHeader().setFont(self.horizontalHeader().font())
            self.place_base()
        elif event.type() == QEvent.Type.PaletteChange and self.base is not None:
            # (and the palette's: in a dark look the base column stayed white; a re-check)
            self.base.setPalette(self.palette())
            self.base.horizontalHeader().setPalette(self.horizontalHeader().palette())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Ctrl+C: the current cell's text with what changed marked (``COPY_ROLE``); Qt's
        own copy ran the struck and the new words together."""
        if event.matches(QKeySequence.StandardKey.Copy) and copy_cell(self.currentIndex()):
            event.accept()
            return
        super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.place_base()
        self._snap()

    def updateGeometries(self) -> None:
        """Qt's range ends where the last column meets the view's right edge, which leaves
        the version then at the base's edge half under it, with no room to snap either way
        when the last is current (a bill's v4 opened as a sliver, "IAL"). The range goes on,
        by less than a column of blank past the last, until that version is under the base
        whole, as a spreadsheet's frozen panes do."""
        bar = self.horizontalScrollBar()
        was = bar.value()  # (Qt's range first cuts it back to where the columns end)
        super().updateGeometries()
        end = bar.maximum()
        if self.base is None or end <= 0:
            return
        header, edge = self.horizontalHeader(), self.columnWidth(BASE_COLUMN)
        at = end + edge  # the versions' place at the base's edge, scrolled to the end
        for visual in range(header.count()):
            column = header.logicalIndex(visual)
            if column == BASE_COLUMN or header.isSectionHidden(column):
                continue
            left = header.sectionPosition(column)
            if left < at < left + header.sectionSize(column):
                bar.setMaximum(left + header.sectionSize(column) - edge)
                if bar.value() == end < was:  # cut back by Qt's range, not moved meanwhile
                    bar.setValue(was)
                return

    def scrollTo(self, index: Index, hint: Hint = Hint.EnsureVisible) -> None:
        """Bring ``index`` on screen, clear of the overlay: a version's cell scrolls right of
        the base; a base cell scrolls the rows only (the base is always in sight)."""
        bar = self.horizontalScrollBar()
        if index.column() == BASE_COLUMN:
            keep = bar.value()
            super().scrollTo(index, hint)
            bar.setValue(keep)
            return
        super().scrollTo(index, hint)
        self._clear_of_base(index)
        self._snap()

    def _snap(self) -> None:
        """No version's column left half under the base: the one it covers in part scrolls
        out whole while the current cell stays on screen, else under it whole (a window
        made wider showed a heading "il_programme.docx / 02 / · edited")."""
        if self.base is None:
            return
        self.updateGeometries()  # the scroll range of the columns' widths now (see there)
        edge, header = self.columnWidth(BASE_COLUMN), self.horizontalHeader()
        column = header.logicalIndexAt(edge)
        if column < 0 or column == BASE_COLUMN:
            return
        left = header.sectionViewportPosition(column)
        covered, rest = edge - left, left + header.sectionSize(column) - edge
        if covered <= 0 or rest <= 0:
            return
        current = self.currentIndex()
        at = self.visualRect(current) if current.column() != BASE_COLUMN else None
        bar = self.horizontalScrollBar()
        if at is None or not at.isValid() or at.right() + covered <= self.viewport().width():
            bar.setValue(bar.value() - covered)
        elif at.left() - rest >= edge:
            bar.setValue(bar.value() + rest)

    def _clear_of_base(self, index: Index) -> None:
        """A version's cell partly under the overlay scrolls right of it."""
        if self.base is None or not index.isValid() or index.column() == BASE_COLUMN:
            return
        covered = self.columnWidth(BASE_COLUMN) - self.visualRect(index).left()
        if covered > 0:
            bar = self.horizontalScrollBar()
            bar.setValue(bar.value() - covered)

    def in_sight(self, index: Index) -> bool:
        """Whether any of ``index``'s cell is on screen."""
        return index.isValid() and self.visualRect(index).intersects(self.viewport().rect())

    def hold(self, index: Index, top: int) -> None:
        """After the rows or columns changed size (a zoom, a hidden version): ``index``'s
        row back at ``top`` pixels down the viewport, where the reader was looking, and its
        cell on screen: not past its right edge (the columns before it widened), clear of
        the base."""
        if not index.isValid():
            return
        for view in (self, self.base):  # the scroll ranges of the new sizes, now
            if view is not None:
                view.updateGeometries()
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + self.visualRect(index).top() - top)
        beyond = self.visualRect(index).right() - self.viewport().rect().right()
        if beyond > 0:
            sideways = self.horizontalScrollBar()
            sideways.setValue(sideways.value() + beyond)
        self._clear_of_base(index)
        self._snap()


def copy_cell(index: Index) -> bool:
    """Put a cell's text on the clipboard, what changed marked (``COPY_ROLE``); False when
    the cell has none."""
    copied = index.data(COPY_ROLE)
    if isinstance(copied, str):
        QGuiApplication.clipboard().setText(copied)
        return True
    return False
