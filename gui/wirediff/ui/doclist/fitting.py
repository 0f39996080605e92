"""Which of the list's columns show: the user's choice (the header's menu), those no document
fills, and those left out for want of room, so that the title keeps a readable width in a
narrow list (the title's tooltip has the rest, and the filter still matches it)."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping, Sequence

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QMenu, QTreeView, QWidget

from wirediff.core.display import UNDATED, published_time, short_date, zoned_date
from wirediff.core.document import Document
from wirediff.ui.doclist.columns import (
    AUTHOR,
    COLUMNS,
    DATE,
    FILE,
    LEVEL,
    SIMILARITY,
    SOURCE,
    TITLE,
    WORDS,
    this_year,
)

MIN_TITLE = "x" * 18  # the width the title keeps (of this text, in the list's font: 120
# pixels at 9 pt, twice that at 18) before other columns give way
# Left out, in this order, while the title would be narrower than MIN_TITLE; the date and
# the outlet last (with a large font in a narrow list, the title before them).
GIVE_WAY = (WORDS, AUTHOR, FILE, SIMILARITY, LEVEL, DATE, SOURCE)
# In a list of stories, the level keeps its width and the title gives it, down to this:
# a 357-version story's rows read "Corva… · T0801…" at 1400 pixels and the Level column,
# a PR agency's headline figure (copy or edited?), gave way (a PR agency analyst's
# walkthrough); the other columns give way as they would without it
MIN_TITLE_BESIDE_LEVEL = "x" * 9


# The Date column's width: as wide as its widest form needs (``columns.list_date``): a
# day and its month by its name, "00 May" (a year-first date cut for room, "…-14 08:40",
# lost its month), with a year when one is not this year's, a time, and a time's zone when
# one shows it ("…TC−06:00)" lost its day and its time)
SHORT_DAY, YEAR, TIME, ZONE = "00 May", " 0000", " 00:00", " (UTC−00:00)"
TIMED_DATE = SHORT_DAY + TIME
ZONED_DATE = SHORT_DAY + TIME + ZONE
SPARSE = 0.25  # an outlet column filled for fewer of the documents gives way first


def widest_date(documents: Iterable[Document]) -> str:
    """A text as wide as the widest date the Date column draws for ``documents``
    (``columns.list_date``): a day, a year when one is of another year than this, a time
    when one gives it, and a zone when one shows it."""
    year, shown = str(this_year()), SHORT_DAY
    yeared = timed = zoned = False
    for doc in documents:
        when = published_time(doc)
        if not when:
            continue
        yeared = yeared or when[:4] != year
        timed = timed or len(when) > 10
        zoned = zoned or zoned_date(doc) != short_date(when)
    return shown + YEAR * yeared + TIME * timed + ZONE * zoned


def sparse_columns(documents: Sequence[Document]) -> set[int]:
    """The outlet, author and date columns when filled for fewer than ``SPARSE`` of
    ``documents``: they give way before the others (a standards editor's list kept an
    Outlet column filled for 5 of 44 rows, and dropped the Level column for it; at 150% a
    Date column reading "undated" for 39 of 41 rows kept its width while the versions'
    titles read "s… · 8…": a keyboard-only walkthrough)."""
    sparse = set()
    for col, filled in (
        (SOURCE, _count(d.source for d in documents)),
        (AUTHOR, _count(d.byline for d in documents)),
        (DATE, _count(published_time(d) for d in documents)),
    ):
        if filled < SPARSE * len(documents):
            sparse.add(col)
    return sparse


def _count(values: Iterable[str]) -> int:
    return sum(1 for value in values if value)


def empty_columns(documents: Sequence[Document]) -> set[int]:
    """The outlet and date columns when no document has one: they would only take room."""
    empty = set()
    if not any(doc.source for doc in documents):
        empty.add(SOURCE)
    if not any(doc.byline for doc in documents):
        empty.add(AUTHOR)
    if not any(doc.published for doc in documents):
        empty.add(DATE)
    return empty


def auto_hidden(
    room: int,
    widths: Callable[[int], int],
    shown: Collection[int],
    least: int,
    title: int = TITLE,
    kept: Collection[int] = (),
    sparse: Collection[int] = (),
    floors: Mapping[int, int] | None = None,
) -> set[int]:
    """The columns of ``shown`` to leave out so that the title gets ``least`` of ``room``
    pixels (``widths(col)``: a column's width), ``sparse`` ones first; never those ``kept``
    (the user asked for them with no room to spare: the title gives way). A column of
    ``floors`` takes its width from the title, down to its floor (``floors[col]`` pixels of
    title): those that give way after it (the date, the outlet) give way as they would
    without it, and it gives way last; the ``sparse`` ones and those that give way before
    it go before the title gives it any of its ``least`` (at 150% a mostly undated Date
    column and the File column kept their widths, the level took the rest, and the
    versions' titles read "s… · 8…": a keyboard-only walkthrough). Pure."""
    floors = floors or {}
    visible = [c for c in shown if c != title]
    left_out: set[int] = set()
    order = [*(c for c in GIVE_WAY if c in sparse), *(c for c in GIVE_WAY if c not in sparse)]
    ranked = [GIVE_WAY.index(c) for c in floors if c in GIVE_WAY]
    before = set(GIVE_WAY[: min(ranked)]) if ranked else set()  # (give way before a floored one)
    for col in order:
        beside = set() if col in sparse or col in before else set(floors)  # (floored: counted)
        if room - sum(widths(c) for c in visible if c not in left_out | beside) >= least:
            break
        if col in visible and col not in kept and col not in floors:
            left_out.add(col)
    for col, floor in floors.items():
        title_left = room - sum(widths(c) for c in visible if c not in left_out)
        if col in visible and col not in kept and title_left < floor:
            left_out.add(col)
    return left_out


def _hideable_named(headers: Iterable[str]) -> set[int]:
    """The hideable columns with these headers (unknown ones are ignored)."""
    names = set(headers)
    return {c for c, col in enumerate(COLUMNS) if col.hideable and col.header in names}


class ColumnChooser(QObject):
    """Shows and hides the columns of a tree view: the user's choice (right-click the
    header) and, on top, what ``auto_hidden`` leaves out for want of room (checked whenever
    the view's width changes)."""

    def __init__(
        self,
        view: QTreeView,
        changed: Callable[[list[str]], object],
        kept_changed: Callable[[list[str]], object] = lambda _headers: None,
        widths_changed: Callable[[list[str]], object] = lambda _widths: None,
    ) -> None:
        super().__init__(view)
        self.view = view
        self.changed = changed  # told the headers of the columns the user hid
        self.kept_changed = kept_changed  # ... and of those kept with no room to spare
        self.hidden: set[int] = set()  # the user's choice
        # Shown though there is no room (the user asked, from the menu: at 200% in a narrow
        # list every column but the title gave way, ten versions' rows read alike, and the
        # keyboard could not get one back: the title gives way instead)
        self.kept: set[int] = set()
        self.empty: set[int] = set()  # columns no document has anything in
        # A list of stories with versions: the level keeps its width, down to the title's
        # ``MIN_TITLE_BESIDE_LEVEL`` (a flat list's Level column is empty: it gives way)
        self.levelled = False
        self.sparse: set[int] = set()  # ... and those few fill: they give way first
        # The widths the user dragged columns to ("Outlet=160"), remembered: they were lost
        # at the next start, while hidden columns, the sort and the splitters came back.
        self.widths_changed = widths_changed
        self.by_hand: dict[int, int] = {}
        self._dragging = False
        header = view.header()
        # Each column's width while shown (a hidden section's size reads 0).
        self._widths = {c: header.sectionSize(c) for c in range(len(COLUMNS))}
        header.sectionResized.connect(self._resized)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._menu)
        # (kept: asked of the view while it is destroyed, they raised for every event)
        self._rows, self._headings = view.viewport(), header.viewport()
        self._rows.installEventFilter(self)
        self._headings.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._rows and event.type() == QEvent.Type.Resize:
            self.fit()
        elif watched is self._headings:  # a drag of a column's edge
            if event.type() == QEvent.Type.MouseButtonPress:  # on a column's edge alone
                cursor = self._headings.cursor().shape()
                self._dragging = cursor == Qt.CursorShape.SplitHCursor
            elif event.type() == QEvent.Type.MouseButtonRelease and self._dragging:
                self._dragging = False
                self.widths_changed(self.width_settings())
                self.fit()  # (as the next start will: widened, others give way for the title)
        return False

    def width_settings(self) -> list[str]:
        """The widths set by hand, as settings keep them: "Outlet=160"."""
        return [f"{COLUMNS[c].header}={w}" for c, w in sorted(self.by_hand.items())]

    def set_width_settings(self, settings: Iterable[str]) -> None:
        """Size the columns named as the user last dragged them ("Outlet=160"; the title
        stretches, and a width past a few screens or not a number is ignored)."""
        headers = {col.header: c for c, col in enumerate(COLUMNS) if col.width is not None}
        for item in settings:
            name, _eq, width = str(item).partition("=")
            col = headers.get(name)
            if col is None or not (width.isascii() and width.isdigit()):
                continue  # ("²" is a digit int() refuses: the window was never built)
            if not 8 <= int(width) <= 4000:
                continue
            self.by_hand[col] = int(width)
            self._widths[col] = int(width)
            self.view.header().resizeSection(col, int(width))
        self.fit()

    def hidden_headers(self) -> list[str]:
        return [COLUMNS[c].header for c in sorted(self.hidden)]

    def set_hidden_headers(self, headers: Iterable[str]) -> None:
        """Hide the hideable columns with these headers (unknown ones are ignored)."""
        self.hidden = _hideable_named(headers)
        self.fit()

    def set_documents(self, documents: Sequence[Document]) -> None:
        """Leave out the columns these documents leave empty; the date's as wide as their
        dates' widest form (``widest_date``)."""
        self.empty = empty_columns(documents)
        self.sparse = sparse_columns(documents)
        if DATE not in self.by_hand:
            bold = QFont(self.view.font())
            bold.setBold(True)  # (a base's row is bold)
            samples = [widest_date(documents)]
            samples += [UNDATED] * any(not published_time(d) for d in documents)
            width = max(map(QFontMetrics(bold).horizontalAdvance, samples))
            header = self.view.header()
            # (no narrower than its heading and the sort's arrow)
            least = header.fontMetrics().horizontalAdvance(COLUMNS[DATE].header) + 16
            header.resizeSection(DATE, max(width, least) + 14)
        self.fit()

    def kept_headers(self) -> list[str]:
        return [COLUMNS[c].header for c in sorted(self.kept)]

    def set_kept_headers(self, headers: Iterable[str]) -> None:
        """Keep the hideable columns with these headers with no room to spare."""
        self.kept = _hideable_named(headers)
        self.fit()

    def set_shown(self, col: int, shown: bool) -> None:
        """The user's choice: a column hidden; or shown, and kept when it gave way for want
        of room."""
        if shown:
            self.hidden.discard(col)
            self.fit()
            if self.view.isColumnHidden(col) and col not in self.empty:
                self.kept.add(col)  # (asked for, it gave way at once: kept)
        else:
            self.hidden.add(col)
            self.kept.discard(col)
        self.fit()
        self.changed(self.hidden_headers())
        self.kept_changed(self.kept_headers())

    def _squeezed(self, kept: Collection[int]) -> set[int]:
        """The columns that give way for the title at the view's width (never ``kept``)."""
        shown = [c for c in range(len(COLUMNS)) if c not in self.hidden | self.empty]
        metrics = self.view.fontMetrics()
        least = metrics.horizontalAdvance(MIN_TITLE)
        floors = {LEVEL: metrics.horizontalAdvance(MIN_TITLE_BESIDE_LEVEL)} if self.levelled else {}
        return auto_hidden(
            self.view.viewport().width(),
            self._width,
            shown,
            least,
            kept=kept,
            sparse=self.sparse,
            floors=floors,
        )

    def fit(self) -> None:
        """Show and hide columns for the user's choice and the view's width."""
        squeezed = self._squeezed(self.kept)
        for col in range(len(COLUMNS)):
            hide = col in self.hidden or col in self.empty or col in squeezed
            if hide != self.view.isColumnHidden(col):
                self.view.setColumnHidden(col, hide)

    def _width(self, col: int) -> int:
        return self._widths.get(col, 0)

    def _resized(self, col: int, _old: int, new: int) -> None:
        if new > 0:
            self._widths[col] = new
            if self._dragging and COLUMNS[col].width is not None:
                self.by_hand[col] = new

    def _menu(self, pos: QPoint) -> None:
        menu = self.menu(self.view)
        menu.exec(self.view.header().mapToGlobal(pos))

    def menu(self, parent: QWidget) -> QMenu:
        """A menu of the hideable columns, each checked when shown."""
        menu = QMenu(parent)
        menu.setObjectName("column_menu")
        would_give_way = self._squeezed(())
        for col, column in enumerate(COLUMNS):
            if not column.hideable:
                continue
            empty = col in self.empty
            # (ticked and not there read as a fault: it gave way for the titles' room; it
            # is unticked, and ticking it keeps it, the title narrower)
            squeezed = not empty and col not in self.hidden and self.view.isColumnHidden(col)
            said = " (no document has one)" * empty + " (no room: tick to show it)" * squeezed
            kept = col in self.kept and not squeezed and col in would_give_way
            said += " (shown with no room to spare)" * kept  # (only while it would give way)
            action = menu.addAction(column.header + said)
            action.setData(col)  # (its words vary: found by its column)
            action.setCheckable(True)
            action.setChecked(col not in self.hidden and not squeezed)
            action.setEnabled(not empty)
            action.toggled.connect(lambda on, c=col: self.set_shown(c, on))
        return menu
