"""The story view: a story's versions side by side against its base, one row per unit.

Columns are the base and then each version in time order (drag a header to move one,
right-click a header to hide or show versions), the base kept in sight while they scroll
sideways (``frozen``); rows are the base's units in its order, with
the text versions added between them. Only the cells on screen are computed and painted
(``model``, ``delegate``), so a story of 50 versions and 300 rows scrolls as fast as a short
one. While the table is built (in the background) the view shows its progress.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPersistentModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QFont, QFontMetricsF, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from wirediff.core.display import isolated
from wirediff.ui.common.roles import COPY_ROLE
from wirediff.ui.common.text import menu_text, one_line, plain_tooltip
from wirediff.ui.common.theme import Theme
from wirediff.ui.common.timers import timer
from wirediff.ui.storyview.cells import BASE_COLUMN, cell_runs
from wirediff.ui.storyview.data import StoryTableData, heading
from wirediff.ui.storyview.delegate import PAD, CellDelegate, build_layout, laid_out_height
from wirediff.ui.storyview.frozen import StoryTable, copy_cell
from wirediff.ui.storyview.headings import Headings
from wirediff.ui.storyview.heights import lines, most_lines, row_heights
from wirediff.ui.storyview.margin import KeptMargin
from wirediff.ui.storyview.model import MARGIN_KEY, StoryTableModel

COLUMN_CHARS = 34  # a column's default width, in average characters
# ... and the widest it is made to fill a view with room to spare (F9, few versions): a
# longer line reads badly, and the rows' height cap (``heights.MAX_LINES``) cut long
# paragraphs into "…" in columns of 34 characters on a view four times as wide.
FILL_CHARS = 80
# ... and narrower, down to this share of COLUMN_CHARS, when that fits every shown version
# in the view: three versions 10 pixels too wide scrolled, and the one before the last
# opened hidden under the base, a blank where it was (a translation reviser).
SQUEEZE = 0.85
# ... and when one version more than fit scrolls, narrower (down to SQUEEZE) or wider (up to
# this share) to fill the view with the others: only whole versions stand beside the base,
# so scrolled to the last a view they do not fill ends in a blank (opened on a story's 4th
# version at 150%, a blank stood right of it, versions 2 and 3 scrolled out of sight under
# the base: a keyboard-only walkthrough).
STRETCH = 1.1
# ... and narrower still, down to this, when the base and one version would not fit side by
# side: at 200% the current version's cell was cut at the view's right edge, the base
# frozen over its left, and no key could bring the rest of it on screen (a keyboard-only,
# 200% walkthrough).
LEAST_CHARS = 12
TALLER_SAMPLE = 8  # the longest cells laid out to see how tall rows really are
# Typical news prose, to measure an average character's width in the view's font.
SAMPLE = "The council approved the budget on Tuesday, officials said (2,500 people)."
HINT_KEYS = (  # the story view's keys, as the status line says them
    "Arrow keys move",
    "Enter: that version's pair at this row",
    "Esc: back to the pair",
    "F9: the whole width",
)
HINT = " · ".join(HINT_KEYS)
# ... and those that give way first where the line is short: cut in its middle at 200%, it
# read "Enter: that version…row", what Enter does lost (a keyboard-only, 200% walkthrough)
HINT_GIVE_WAY = ("F9: the whole width", "Arrow keys move", "Esc: back to the pair")


def shorter_hints(lead: str) -> list[str]:
    """The hint after ``lead`` ("Story view: "), without one more of ``HINT_GIVE_WAY`` each."""
    kept, forms = list(HINT_KEYS), []
    for key in HINT_GIVE_WAY:
        kept.remove(key)
        forms.append(lead + " · ".join(kept))
    return forms


class StoryView(QWidget):
    """Progress while the table is built, then the table itself."""

    pair_requested = Signal(int, int)  # view column, row: open that version's pair there
    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("story_view")
        self.setAccessibleName("Story view")
        # Focus while the table is built (Esc goes back); then the table takes it, and the
        # view is no Tab stop of its own (an empty one, unnamed, before the table).
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.model = StoryTableModel()
        self.heading = QLabel("")
        self.heading.setObjectName("story_heading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_waiting())
        self.table = self._build_table()
        self.pages.addWidget(self.table)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.heading)
        layout.addWidget(self.pages, 1)
        self._fit = timer(self, 0)
        self._fit.timeout.connect(self._fit_rows)
        self._sizing = False  # the columns are being sized here (not by the user's hand)
        self._by_hand = False  # the user resized a column: the view no longer fills them
        self.table.horizontalHeader().sectionResized.connect(self._column_resized)
        self.table.viewport().installEventFilter(self)

    def _build_waiting(self) -> QWidget:
        page = QWidget()
        self.status = QLabel("")
        self.status.setObjectName("story_status")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(320)
        cancel = QPushButton("Cancel")
        cancel.setObjectName("story_cancel")
        cancel.clicked.connect(self.cancel_requested)
        row = QHBoxLayout()
        row.addWidget(self.progress)
        row.addWidget(cancel)
        row.addStretch(1)
        column = QVBoxLayout(page)
        column.addStretch(1)
        column.addWidget(self.status)
        column.addLayout(row)
        column.addStretch(2)
        return page

    def _build_table(self) -> StoryTable:
        table = StoryTable()
        table.setObjectName("story_table")
        table.setAccessibleName("Story view: every version against the base")
        table.setModel(self.model)
        self.delegate = CellDelegate(self.model, table)
        table.setItemDelegate(self.delegate)
        self.margin = KeptMargin(self.model, table)
        table.setVerticalHeader(self.margin)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        table.setTabKeyNavigation(False)
        table.setWordWrap(True)
        table.setHorizontalHeader(Headings(table))  # (each line cut on its own)
        header = table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        table.doubleClicked.connect(
            lambda index: self.pair_requested.emit(index.column(), index.row())
        )
        base = table.freeze_base()
        frozen = base.horizontalHeader()  # the base's heading, kept in sight
        frozen.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        frozen.customContextMenuRequested.connect(
            lambda pos: self.column_menu(BASE_COLUMN).exec(frozen.mapToGlobal(pos))
        )
        for cells in (table, base):  # a right click on a cell: what Enter and Ctrl+C do
            cells.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            cells.customContextMenuRequested.connect(
                lambda pos, view=cells: self._cell_menu(view, pos)
            )
        return table

    # --- content -----------------------------------------------------------------------------
    def waiting(self, title: str, done: int, total: int) -> None:
        """Say the table of ``title`` is being built: ``done`` of ``total`` versions compared."""
        self.heading.setText(f"Story: {isolated(one_line(title))}")
        self.status.setText(
            f"Comparing every version with the base: {done} of {total}… (Esc or Cancel: back)"
        )
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.pages.setCurrentIndex(0)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def building(self) -> bool:
        return self.pages.currentIndex() == 0

    def show_table(self, data: StoryTableData, start: tuple[int, int] | None = None) -> None:
        """Show ``data``; the current cell is ``start`` ((row, column): the version the
        reader was on, at the unit she was reading) if its column is shown, else the first
        version's first row, or, the same documents in the same columns (compared again,
        with other options), the cell that was current (on the last row if there are fewer
        now), its columns still hidden or moved as they were."""
        old = self.model.data_
        same = old is not None and old.same_columns(data)
        place = self.current() if same else None
        self.delegate.forget()
        self.model.set_table(data)
        if not same:  # another story: its own versions, all shown, in time order
            self._reset_columns()
        rows, versions = len(data.table.rows), len(data.table.columns)
        self.heading.setText(
            f"Story: {isolated(one_line(data.title))} — {versions + 1} versions against the "
            "◆ base, "
            f"{rows} rows"
        )
        self.heading.setToolTip(plain_tooltip(f"{data.title}\n{HINT}\nMargin: {MARGIN_KEY}"))
        if not same:
            self._by_hand = False
        self.pages.setCurrentIndex(1)
        self._size_columns()
        if self.hasFocus():
            self.table.setFocus()
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._fit_rows()
        self._fit.stop()  # asked for by each column's resize above: done
        self.table.place_base()
        header = self.table.horizontalHeader()
        if start is not None and not (0 <= start[0] < len(data.table.rows)):
            start = None
        if start is not None and (start[1] >= data.columns or header.isSectionHidden(start[1])):
            start = None
        if place is None:
            self.table.scrollToTop()
        if start is not None:
            self.go_to(*start)
        elif place is None:
            self.go_to(0, min(1, data.columns - 1))
        else:
            self.go_to(min(place[1], len(data.table.rows) - 1), place[0])

    def set_look(self, theme: Theme, font: QFont) -> None:
        """Colours and the (zoomed) font of the cells."""
        self.delegate.set_theme(theme)
        self.margin.set_theme(theme)
        if font != self.table.font():
            self.table.setFont(font)
            self._size_columns()
        self._fit.start()
        self.table.viewport().update()

    # --- rows and columns ----------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.table.viewport():
            self._size_columns()
            if (
                isinstance(event, QResizeEvent)
                and event.size().height() != event.oldSize().height()
            ):
                # a taller or shorter view lets a long unit's row show more or fewer lines
                self._fit.start()
        return False

    def _column_resized(self) -> None:
        if not self._sizing:
            self._by_hand = True
        self._fit.start()

    def _size_columns(self) -> None:
        """Each column COLUMN_CHARS average characters wide, or wider, up to FILL_CHARS,
        while the shown columns would leave the view room to spare; as the user left them
        once a column was resized by hand."""
        data = self.model.data_
        if data is None or self._by_hand:
            return
        header = self.table.horizontalHeader()
        char = QFontMetricsF(self.table.font()).averageCharWidth()
        columns = [c for c in range(data.columns) if not header.isSectionHidden(c)]
        width = column_width(self.table.viewport().width(), len(columns), char)
        if header.defaultSectionSize() == width and all(
            header.sectionSize(c) == width for c in columns
        ):
            return
        table, current = self.table, self.table.currentIndex()
        seen, top = table.in_sight(current), table.visualRect(current).top()
        self._sizing = True
        try:
            header.setDefaultSectionSize(width)
            for column in columns:
                header.resizeSection(column, width)
        finally:
            self._sizing = False
        if seen:  # where the reader was looking (a zoom widens the columns too)
            table.hold(current, top)

    def _fit_rows(self) -> None:
        """Give each row the height its text needs at the columns' widths (estimated)."""
        data = self.model.data_
        if data is None:
            return
        table, current = self.table, self.table.currentIndex()
        seen, top = table.in_sight(current), table.visualRect(current).top()
        self.delegate.forget()
        metrics = QFontMetricsF(self.table.font())
        char = metrics.horizontalAdvance(SAMPLE) / len(SAMPLE)
        header = self.table.horizontalHeader()
        per_line = [
            None if header.isSectionHidden(c) else (header.sectionSize(c) - 2 * PAD) / char
            for c in range(data.columns)
        ]
        line, per_line = self._as_laid_out(data, per_line, int(metrics.lineSpacing()) + 1)
        cap = most_lines(self.table.viewport().height(), line)
        heights = row_heights(data.sizes, per_line, line, 2 * PAD + 2, cap)
        margin = self.margin
        minimum = margin.least_height()  # the number and the bar
        for row, height in enumerate(heights):
            margin.resizeSection(row, max(height, minimum))
        if seen:
            table.hold(current, top)

    def _as_laid_out(
        self, data: StoryTableData, per_line: list[float | None], line: int
    ) -> tuple[int, list[float | None]]:
        """The line height and characters a line of each column holds, corrected by laying
        out a few of the table's longest cells as they are painted (a few milliseconds):
        the estimate counts lines of the table's font and its characters' widths, but
        Urdu is drawn in the bundled Naskh font, narrower letters on lines half as tall
        again, and rows of Urdu were cut short into "…"."""
        header, font = self.table.horizontalHeader(), self.table.font()
        shown = [c for c, p in enumerate(per_line) if p is not None][:2]
        cells = sorted(
            ((data.sizes[r][c][0], r, c) for c in shown for r in range(len(data.sizes))),
            reverse=True,
        )[:TALLER_SAMPLE]
        tallest, scale = float(line), 0.0
        for chars, row, column in cells:
            per = per_line[column]
            if chars == 0 or per is None:
                break
            width = header.sectionSize(column) - 2 * PAD
            runs = cell_runs(data.table, row, column)
            layout, _more = build_layout(runs, font, width, float("inf"), self.delegate.formats)
            count = layout.lineCount()
            if count:
                tallest = max(tallest, laid_out_height(layout) / count)
                scale = max(scale, count / lines(chars, data.sizes[row][column][1], per))
        if not scale:
            return line, per_line
        # Only ever more lines than counted (fewer characters each): the count is generous
        # on purpose, and shorter cells than those laid out can need all of it.
        scale = min(max(scale, 1.0), 2.0)
        return round(tallest) + 1, [None if p is None else p / scale for p in per_line]

    def _column_menu(self, pos: QPoint) -> None:
        header = self.table.horizontalHeader()
        self.column_menu(header.logicalIndexAt(pos)).exec(header.mapToGlobal(pos))

    def _cell_menu(self, view: QAbstractItemView, pos: QPoint) -> None:
        index = view.indexAt(pos)
        if index.isValid():
            self.go_to(index.row(), index.column())
            self.cell_menu(index.row(), index.column()).exec(view.viewport().mapToGlobal(pos))

    def cell_menu(self, row: int, column: int) -> QMenu:
        """A cell's menu (a right click had none): open that version's pair at the row
        (Enter), copy the cell with what changed marked (Ctrl+C), hide the version or show
        them all."""
        menu = QMenu(self)
        menu.setObjectName("story_cell_menu")
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if self.model.data_ is None:
            return menu
        what = "the first version's pair" if column == BASE_COLUMN else "this version's pair"
        pair = menu.addAction(f"Open {what} here\tEnter")
        pair.triggered.connect(lambda: self.pair_requested.emit(column, row))
        copy = menu.addAction("Copy, what changed marked\tCtrl+C")
        cell = QPersistentModelIndex(self.model.index(row, column))
        copy.setEnabled(isinstance(cell.data(COPY_ROLE), str))
        copy.triggered.connect(lambda: copy_cell(cell))
        menu.addSeparator()
        self._column_entries(menu, column)
        return menu

    def column_menu(self, clicked: int) -> QMenu:
        """Hide the clicked version, show them all, or pick which to show."""
        menu = QMenu(self)
        menu.setObjectName("story_column_menu")
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # (one was kept per click)
        data, header = self.model.data_, self.table.horizontalHeader()
        if data is None:
            return menu
        self._column_entries(menu, clicked)
        menu.addSeparator()
        for column in range(1, data.columns):
            action = menu.addAction(menu_text(heading(data, column)[0].replace("\n", " · ")))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.toggled.connect(lambda on, c=column: self.set_column_shown(c, on))
        return menu

    def _column_entries(self, menu: QMenu, clicked: int) -> None:
        """Hide the clicked version (not the base), show every version."""
        data, header = self.model.data_, self.table.horizontalHeader()
        if data is None:
            return
        if clicked > BASE_COLUMN:
            hide = menu.addAction("Hide this version")
            hide.triggered.connect(lambda: self.set_column_shown(clicked, False))
        hidden = [c for c in range(data.columns) if header.isSectionHidden(c)]
        show_all = menu.addAction(f"Show every version ({len(hidden)} hidden)")
        show_all.setEnabled(bool(hidden))
        show_all.triggered.connect(lambda: self.show_columns(hidden))

    def _reset_columns(self) -> None:
        """Every column shown, in the model's order (the header keeps a table's hidden and
        moved sections for the next model, which is another story's)."""
        header = self.table.horizontalHeader()
        for column in range(header.count()):
            header.setSectionHidden(column, False)
            at = header.visualIndex(column)
            if at != column:
                header.moveSection(at, column)

    def set_column_shown(self, column: int, shown: bool) -> None:
        self._sizing = True  # (a section hidden or shown is resized: not by the user's hand)
        try:
            self.table.setColumnHidden(column, not shown)
        finally:
            self._sizing = False
        self._size_columns()
        place = self.current()
        if not shown and place is not None and place[0] == column:
            self._leave_hidden(place)
        self._fit.start()

    def _leave_hidden(self, place: tuple[int, int]) -> None:
        """The current cell's column was hidden: the nearest shown column on the right (else
        on the left) becomes current, on the same row, so Enter opens what is on screen."""
        header = self.table.horizontalHeader()
        at = header.visualIndex(place[0])
        order = [*range(at + 1, header.count()), *range(at - 1, -1, -1)]
        for visual in order:
            column = header.logicalIndex(visual)
            if not header.isSectionHidden(column):
                self.go_to(place[1], column)
                return

    def show_columns(self, columns: list[int]) -> None:
        self._sizing = True
        try:
            for column in columns:
                self.table.setColumnHidden(column, False)
        finally:
            self._sizing = False
        self._size_columns()
        self._fit.start()

    # --- the current cell ----------------------------------------------------------------------
    def current(self) -> tuple[int, int] | None:
        """(column, row) of the current cell."""
        index = self.table.currentIndex()
        return (index.column(), index.row()) if index.isValid() else None

    def go_to(self, row: int, column: int) -> None:
        """Make a cell current and bring it on screen."""
        index = self.model.index(row, column)
        if index.isValid():
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)

    def open_current(self) -> None:
        """Enter: ask for the current cell's pair at its row."""
        place = self.current()
        if place is not None:
            self.pair_requested.emit(*place)


def column_width(room: int, shown: int, char: float) -> int:
    """Each of ``shown`` columns' width on a view ``room`` pixels wide (``char``: an average
    character's width): COLUMN_CHARS, wider up to FILL_CHARS to fill the room, narrower
    down to SQUEEZE of it when all then fit, or down to SQUEEZE or up to STRETCH of it when
    all but one then fill the room, and never wider than half the room (down to
    LEAST_CHARS), so that the current version is seen whole beside the frozen base."""
    each = room // max(shown, 1)
    usual = round(char * COLUMN_CHARS)
    if SQUEEZE * usual <= each < usual:
        return each
    but_one = room // max(shown - 1, 1)  # (all but one in the room: one scrolls in whole)
    if each >= usual:
        width = min(each, round(char * FILL_CHARS))
    elif shown > 2 and SQUEEZE * usual <= but_one <= STRETCH * usual:
        width = but_one
    else:
        width = usual
    return min(width, max(room // 2, round(char * LEAST_CHARS)))  # (beside the base, whole)
