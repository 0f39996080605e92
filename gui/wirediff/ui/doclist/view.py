"""The document list: a sortable, filterable tree of documents, the bases marked.

Documents are rows of a QStandardItemModel shown through a QSortFilterProxyModel in a
QTreeView (``tree``). Flat, every document is a top-level row; grouped, event and story
rows are parents with the document rows under them (``groups`` decides the shape).
Each shape is a new model, built whole (in a worker, by ``model``) and swapped in
(``install``); which rows are marked ◆ is the session's to say (``mark_bases``, in
``cells``). Rows are found by their position, kept per document, and carry their document
index in ``DOC_ROLE``; the filter is recursive, so a group stays visible when one of its
versions matches. A stories index is shown a page at a time (``show_index``, ``add_page``):
the list asks for more (``more_wanted``) when it is scrolled near its end.

The filter's text is never changed over the rows shown: the proxy lets go of its rows, takes
the text, and takes the rows back (``_show_through_proxy``): one reset, laid out once.
Changed over the rows, the proxy removed and inserted them range by range, and each range
updated every opened and spanned group row the view keeps (persistent indexes): 5–17 s a key
on 20,000 documents. A big list is filtered once typing pauses (``FILTER_MS``).
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRegularExpression,
    Qt,
    Signal,
)
from PySide6.QtGui import QContextMenuEvent, QKeyEvent, QResizeEvent, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QToolTip, QVBoxLayout, QWidget

from wirediff.core.datequery import iso_dates
from wirediff.core.document import Document
from wirediff.core.tokens import search_key, search_pattern
from wirediff.ui.common.roles import DOC_ROLE, EVENT_ROLE, LONE_ROLE, STORY_ROLE
from wirediff.ui.common.timers import timer
from wirediff.ui.doclist.cells import CellMarks
from wirediff.ui.doclist.columns import (
    FLAG_MARK,
    LEVEL,
    MARK,
    REVIEWED_MARK,
)
from wirediff.ui.doclist.disposer import Disposer
from wirediff.ui.doclist.fitting import ColumnChooser
from wirediff.ui.doclist.model import BuiltList, empty_model, shared_folder
from wirediff.ui.doclist.nomatch import NoMatch
from wirediff.ui.doclist.pages import Page
from wirediff.ui.doclist.tree import (
    Proxy,
    build_tree,
    doc_at,
    documents_in_view,
    first_document,
    group_key,
    group_rows,
    neighbour_document,
    visible_documents,
)
from wirediff.ui.jobs.slicer import Slicer
from wirediff.ui.widgets.focus_frame import FocusFrame

SHOWN_MS = 150  # rows on screen are reported once scrolling pauses this long
SEARCH_MS = 250  # a stories index is searched once typing in the filter pauses this long
FILTER_MS = 150  # a big list is filtered once typing in the filter pauses this long
FILTER_AT_ONCE = 2_000  # documents up to which the list is filtered at each key (a few ms)
# In the filter: to the list, on its first document listed (the filter's matches)
TO_LIST_KEYS = (Qt.Key.Key_Down, Qt.Key.Key_PageDown)
# On the list's top row, the list filtered: back to the filter
TO_FILTER_KEYS = (Qt.Key.Key_Up,)
_PLAIN = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)


class DocumentList(QWidget):
    """Filter box over the document tree; says which row is current."""

    current_changed = Signal(object, object)  # (document or None, its story or None)
    hidden_changed = Signal(object)  # list[str]: the headers of the columns the user hid
    kept_changed = Signal(object)  # list[str]: ... and of those kept with no room to spare
    widths_changed = Signal(object)  # list[str]: "Outlet=160", the widths dragged by hand
    documents_shown = Signal(object)  # list[int]: the document rows on screen (after a pause)
    menu_requested = Signal(QPoint)  # the context menu of the current row, at this point
    more_wanted = Signal()  # a stories index: scrolled near the end of the pages shown
    earlier_wanted = Signal()  # ... to the top of them
    search_wanted = Signal(str)  # ... its filter's text changed (the index is searched)
    filtered = Signal()  # a folder's list was filtered anew (its filter's text changed)
    sort_wanted = Signal(int, bool)  # ... a column's header clicked: column, descending

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("document_list")
        self.filter = QLineEdit()
        self.filter.setObjectName("filter")
        self.filter.setPlaceholderText("Filter documents (Ctrl+L or /)")
        self.filter.setAccessibleName("Filter documents")
        self.filter.setClearButtonEnabled(True)
        self.model = empty_model()
        self._disposer = Disposer(self)
        self.proxy = Proxy()
        self.proxy.setSourceModel(self.model)
        self.view = build_tree(self.proxy)
        self._focus_frame = FocusFrame(self.view)
        self.view.setAccessibleName("Documents")
        self.view.setAccessibleDescription(
            "Enter compares the selected document with the base; marks: base, reviewed, flagged"
        )
        self.columns = ColumnChooser(
            self.view, self.hidden_changed.emit, self.kept_changed.emit, self.widths_changed.emit
        )
        self.no_match = NoMatch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.filter)
        layout.addWidget(self.no_match)
        layout.addWidget(self.view, 1)
        self.filter.textChanged.connect(self._filter)
        self.filter.returnPressed.connect(self._filter_now)
        self.filter.returnPressed.connect(self.focus_list)
        self.filter.installEventFilter(self)  # Esc
        self._filter_timer = timer(self, FILTER_MS)
        self._filter_timer.timeout.connect(self._apply_filter)
        self._parked = empty_model()  # what the proxy holds while its filter changes
        # The documents and stories in view order, listed once for as long as the rows the
        # proxy shows and their order stay as they are (a list of 20,000 takes 0.1-0.2 s).
        self._order: tuple[list[int], list[int] | None] | None = None
        shape = (self.proxy.layoutChanged, self.proxy.rowsInserted, self.proxy.rowsRemoved)
        for signal in (*shape, self.proxy.modelReset):
            signal.connect(self._span_soon)
        for signal in (*shape, self.proxy.rowsMoved, self.proxy.modelReset):
            signal.connect(self._forget_order)
        self._span_timer = timer(self, 0)
        self._span_timer.timeout.connect(self._span_groups)
        self._spans = Slicer(self)  # spans and opens group rows
        self._fills = Slicer(self)  # shows similarities
        self._opening = Slicer(self)  # opens the groups a big list's filter brought back
        # Groups the user closed, and where they are in the model.
        self._collapsed: dict[tuple[str, int], QPersistentModelIndex] = {}
        self.view.collapsed.connect(self._user_collapsed)
        self.view.expanded.connect(lambda i: self._collapsed.pop(group_key(i), None))
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        for widget in (self.view, self.view.viewport()):  # keyboard: the view; mouse: viewport
            widget.installEventFilter(self)
        self._shown_timer = timer(self, SHOWN_MS)
        self._shown_timer.timeout.connect(
            lambda: self.documents_shown.emit(documents_in_view(self.view))
        )
        self.view.verticalScrollBar().valueChanged.connect(self._shown_soon)
        self.view.verticalScrollBar().valueChanged.connect(self._near_end)
        self.paged = False  # showing a stories index, a page at a time
        self._appending = False  # a page's rows going in (``add_page``)
        self._search = timer(self, SEARCH_MS)
        self._search.timeout.connect(lambda: self.search_wanted.emit(self.filter.text()))
        self.view.header().sortIndicatorChanged.connect(self._sort_index)
        # After pages are swapped in, the scroll bar moves on its own as they are laid out.
        self._moved = timer(self, SHOWN_MS)
        self._moved.timeout.connect(lambda: self._near_end(self.view.verticalScrollBar().value()))
        # (a reset too: the filter typed or cleared lists other rows, and the levels of a
        # list installed after a correction were asked only for the rows the filter left)
        shown = (self.view.expanded, self.view.collapsed, self.proxy.layoutChanged)
        for signal in (*shown, self.proxy.modelReset):
            signal.connect(self._shown_soon)
        self.documents: list[Document] = []
        self.words: list[int] = []  # word count of each document
        # ◆, similarity, ✓ ⚑, level
        self.cells = CellMarks(lambda: self.model, self._fills, Slicer(self))
        self._filtering = False  # the filter is being applied: the current row is ours
        self._kept: int | None = None  # the current document, while the filter hides it
        self._scroll_back = False  # the filter was cleared: back to the current row, once open
        self._shared: tuple[object, str] | None = None  # (documents, their shared folder)

    def _filter(self, text: str) -> None:
        """Filter the rows as the user types: at each key in a small list, once typing
        pauses in a big one (each filtering lays the whole tree out again: about 0.1 s for
        20,000 documents). What is compared does not change: the current document stays
        current while listed; filtered out, no row is current (Qt made a neighbour current,
        and the window compared it at each key) until it is listed again."""
        QToolTip.hideText()  # (a row's tooltip stayed over the rows the filter lists now)
        if self.paged:  # the index is searched, not the pages listed (``show_found``)
            self._search.start()
        elif len(self.documents) <= FILTER_AT_ONCE:
            self._apply_filter()
        else:
            self._filter_timer.start()

    def _filter_now(self) -> None:
        """Filter by the text typed now if that waits for a pause in typing (Enter in the
        filter, or reading which rows the filter leaves)."""
        if self._filter_timer.isActive():
            self._apply_filter()

    def _apply_filter(self) -> None:
        """Filter by the text typed; a big list's groups are opened at the next turns of the
        event loop (``_show_through_proxy``)."""
        self._filter_timer.stop()
        kept = self.selected() if self._kept is None else self._kept
        current = self.view.currentIndex()  # a group row stays current while listed
        row = QPersistentModelIndex(self.proxy.mapToSource(current.siblingAtColumn(0)))
        self._filtering = True
        # While typing the list stays put; the filter cleared, it is scrolled back to the
        # current row once its groups are open (it showed its top, the document on screen
        # out of sight).
        back = not self.filter.text()
        try:
            later = len(self.documents) > FILTER_AT_ONCE
            self._show_through_proxy(self.model, self.filter.text(), later=later)
            if kept is not None:
                self.select(kept, scroll=False)
                if self.selected() != kept:
                    self.view.selectionModel().clear()
                self._kept = None if self.selected() == kept else kept
            elif row.isValid():
                self._make_current(self.proxy.mapFromSource(row), scroll=False)
            # Opened later only when grouped (a flat list has no groups to open).
            self._scroll_back = back
            if back and (not later or self.cells.index is None):
                self._back_to_current()
        finally:
            self._filtering = False
        self._say_no_match()
        self.filtered.emit()

    def _shared_folder(self) -> str:
        """``model.shared_folder`` of the documents listed, folded (worked out once)."""
        if self._shared is None or self._shared[0] is not self.documents:
            self._shared = (self.documents, search_key(shared_folder(self.documents)))
        return self._shared[1]

    def show_found(self, text: str, count: int, why: str = "") -> None:
        """A stories index was searched for ``text``: ``count`` documents matched (``why``:
        the search failed, and why)."""
        if why:
            self.no_match.show_failure(text, why)
        else:
            self.no_match.show_for(text, count, 1)

    def _say_no_match(self) -> None:
        self.no_match.show_for(self.filter.text(), self.proxy.rowCount(), self.model.rowCount())

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Other rows on screen (the columns fit the width by themselves: ``columns``)."""
        super().resizeEvent(event)
        self._shown_soon()

    def _shown_soon(self, *_args: object) -> None:
        self._shown_timer.start()

    # --- content -----------------------------------------------------------------------------
    def install(self, built: BuiltList) -> None:
        """Show a model built by ``model.build_list``, keeping the current document."""
        same = len(built.documents) == len(self.documents) and all(
            a is b for a, b in zip(built.documents, self.documents, strict=True)
        )
        current = self.selected() if same else None
        self._kept = self._kept if same else None
        self.documents, self.words = list(built.documents), built.words
        self.cells.reset(built.index, built.bases, built.where, built.similarity)
        was_paged, self.paged = self.paged, False
        if was_paged:
            self._search.stop()
            self.unsorted()  # a folder's list starts in file order
            self.view.setSortingEnabled(True)
        self._swap_model(built.model, built.index is not None)  # the filter's text applied
        if current is not None:
            self.select(current)
            if self.selected() != current:  # the text typed since hides it
                self._kept = current
        index = built.index
        self.columns.levelled = index is not None and any(
            len(s.versions) > 1 for s in index.stories
        )
        self.columns.set_documents(self.documents)
        self._say_no_match()
        self._shown_soon()

    def _swap_model(self, model: QStandardItemModel, grouped: bool) -> None:
        """Show ``model`` in place of the model shown (which is freed in slices)."""
        self._collapsed = {}
        self._spans.stop()  # a walk of the replaced rows
        self._fills.stop()  # similarities to the replaced rows' base
        blocked = self.blockSignals(True)  # the reset is not the user changing the selection
        self._show_through_proxy(model, "" if self.paged else self.filter.text(), grouped)
        self._disposer.dispose(self.model)
        self.model = model
        self.blockSignals(blocked)
        self.view.setRootIsDecorated(grouped)
        # Versions sit three indentations deep: the mark column makes room for them.
        deep = 3 * self.view.indentation() if grouped else 0
        mark = self.view.fontMetrics().horizontalAdvance(REVIEWED_MARK + FLAG_MARK) + 14
        self.view.header().resizeSection(MARK, mark + deep)

    def _show_through_proxy(
        self, model: QStandardItemModel, text: str, grouped: bool | None = None, later: bool = False
    ) -> None:
        """Show ``model``'s rows that match ``text``, every group open but those the user
        closed (``grouped``: whether ``model`` has groups; None: as the list says).

        The proxy takes the text while it holds no rows, then ``model``: one reset, laid
        out once, instead of a removal or insertion for every range of rows the text hides
        or shows (each of which updates every opened and spanned row the view keeps). The
        reset closes and unspans every group and clears the current row: the groups are
        opened again and spanned in slices, and the caller makes a row current again.

        Opening every group lays the whole tree out (up to 0.1 s for 20,000 documents, as
        long as the rest): ``later``, it is done at the next turn of the event loop, and the
        first slice of spans at the one after, the view not painted meanwhile (it would show
        every group closed, then unspanned); the rows, the current row and their order are
        right from the start.
        """
        self._filter_timer.stop()
        self._opening.stop()
        self.view.setUpdatesEnabled(True)
        header = self.view.header()
        state = header.saveState()  # a reset can forget the widths the user chose
        self.proxy.setSourceModel(self._parked)
        if text.strip() and search_key(text.strip()) == self._shared_folder():
            text = ""  # (the folder every document is in, typed whole: all of them)
        dates = iso_dates(text)  # "05.12.2026" finds the 2026-12-05 the list shows
        arabic = search_pattern(text)  # (Arabic-script words: a space where they allow it)
        if dates or arabic:
            typed = arabic if arabic is not None else QRegularExpression.escape(search_key(text))
            words = "|".join([typed, *map(QRegularExpression.escape, dates)])
            options = (
                QRegularExpression.PatternOption.CaseInsensitiveOption
                | QRegularExpression.PatternOption.UseUnicodePropertiesOption
            )
            self.proxy.setFilterRegularExpression(QRegularExpression(words, options))
        else:
            self.proxy.setFilterFixedString(search_key(text))  # (as the cells' filter text)
        self.proxy.setSourceModel(model)
        header.restoreState(state)
        if not (grouped if grouped is not None else self.cells.index is not None):
            return
        if later:
            self._span_timer.stop()  # (the reset asked for a walk of the closed groups)
            self.view.setUpdatesEnabled(False)
            self._opening.start(self._open_walk(), now=False)
        else:
            self._open_groups_all()
            self._span_groups()

    def _open_walk(self) -> Iterator[None]:
        """Open every group (a turn), then span them (the first slice), then paint."""
        self._open_groups_all()
        self._shown_soon()  # (the rows on screen are the versions now, not closed groups)
        if self._scroll_back:
            self._back_to_current()
        yield
        self._span_groups()
        self.view.setUpdatesEnabled(True)
        yield

    def _open_groups_all(self) -> None:
        """Open every group row but those the user closed."""
        blocked = self.view.blockSignals(True)  # not the user opening every group
        self.view.expandAll()
        for row in self._collapsed.values():
            self.view.collapse(self.proxy.mapFromSource(row))
        self.view.blockSignals(blocked)

    def show_index(self, pages: list[Page], anchor: int = 0, keep: bool = True) -> None:
        """Show pages of a stories index in place of what was shown, page ``anchor`` at the
        top, in the index's order (sorting by a column would sort only the pages listed);
        the current row stays current if ``keep`` (other pages of the same index), not for
        an index opened (read again: its row is to be selected as the user's choice)."""
        current = self.selected() if self.paged and keep else None
        self._moved.start()  # the swap moves the scroll bar: look where it is after
        self.documents, self.words = [], []
        self.cells.reset()
        self.paged = True
        self.view.setSortingEnabled(False)  # the index sorts (``_sort_index``), not the proxy
        header = self.view.header()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        self.proxy.sort(-1)
        self._swap_model(empty_model(), True)  # (unfiltered: the index's own search filters)
        for page in pages:
            self.add_page(page)
        top = self.proxy.index(sum(len(p.rows) for p in pages[:anchor]), 0)
        if anchor:
            self.view.scrollTo(top, QAbstractItemView.ScrollHint.PositionAtTop)
        blocked = self.blockSignals(True)  # the same document, not the user's choice
        if current is not None:
            self.select(current)
        self.blockSignals(blocked)
        docs = [
            entry.doc for p in pages for e in p.events for s in e.stories for entry in s.entries
        ]
        self.columns.set_documents(docs)
        self.columns.empty.add(LEVEL)  # levels need the texts: not measured for an index
        self.columns.fit()

    def _sort_index(self, column: int, order: Qt.SortOrder) -> None:
        """A header clicked while an index is shown: its pages are sorted again in a worker
        (``sort_wanted``), each story's versions by that column."""
        if self.paged:  # (column -1: a third click, the index's own order)
            self.sort_wanted.emit(column, order == Qt.SortOrder.DescendingOrder)

    def unsorted(self) -> None:
        """An index opened: no column sorts its list yet (the index's order)."""
        header = self.view.header()
        blocked = header.blockSignals(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.blockSignals(blocked)

    def add_page(self, page: Page) -> None:
        """Append the rows of the next page of the index."""
        root = self.model.invisibleRootItem()
        top = root.rowCount()
        self._appending = True  # one walk for the page, not one timer restart per row
        try:
            for cells in page.rows:
                root.appendRow(cells)
        finally:
            self._appending = False
        for row, path in page.where.items():
            self.cells.where[row] = (top + path[0], *path[1:])
        self._spans.stop()  # an index's group rows are not spanned (``pages``)
        self._span_timer.stop()
        self._open_groups(top, page.groups)
        self._shown_soon()

    def _open_groups(self, top: int, groups: list[tuple[int, ...]]) -> None:
        """Open a page's group rows (``Page.groups``, from top-level row ``top``), found by
        their paths rather than by walking every row of the page (which took most of a page
        append). Opening a row while a layout is pending only remembers it: the page is laid
        out once, when it is painted."""
        blocked = self.view.blockSignals(True)  # our own expanding is not the user's
        for path in groups:
            index = self.model.index(top + path[0], 0)
            for r in path[1:]:
                index = self.model.index(r, 0, index)
            self.view.expand(self.proxy.mapFromSource(index))
        self.view.blockSignals(blocked)

    def _near_end(self, value: int) -> None:
        bar = self.view.verticalScrollBar()
        if self._moved.isActive():
            return
        if self.paged and value >= bar.maximum() - 2 * bar.pageStep():
            self.more_wanted.emit()
        elif self.paged and value == 0:
            self.earlier_wanted.emit()

    def _span_soon(self, *_args: object) -> None:
        if self._appending:
            return
        if self.cells.index is not None or self.paged:
            self._spans.stop()  # the walk under way may hold rows that moved
            self._span_timer.start()

    def _span_groups(self) -> None:
        """Let each event and story row's label run across the whole row, and open it.

        Rows the filter brings back are new to the view (closed, unspanned); groups the user
        closed stay closed. A folder has thousands of groups: they are walked a slice at a
        time, the top of the list first.
        """
        self._span_timer.stop()  # (asked for by the reset that brought these rows)
        self._spans.start(self._span_walk())

    def _span_walk(self, first: int = 0) -> Iterator[None]:
        """Top-level rows from ``first`` on, a step each (an index lists thousands of lone
        articles between its groups), spanning the groups at and under each."""
        root = QModelIndex()
        for top in range(first, self.proxy.rowCount(root)):
            index = self.proxy.index(top, 0, root)
            if index.data(DOC_ROLE) is None:
                self._span(top, root)
                if index.data(LONE_ROLE) is None:  # (the lone articles' holds no group)
                    for r, parent in group_rows(self.proxy, index):
                        self._span(r, parent)
            yield

    def _span(self, r: int, parent: QModelIndex) -> None:
        index = self.proxy.index(r, 0, parent)
        blocked = self.view.blockSignals(True)  # our own expanding is not the user's
        if not self.paged:
            self.view.setFirstColumnSpanned(r, parent, True)
        if group_key(index) not in self._collapsed and not self.view.isExpanded(index):
            self.view.expand(index)
        self.view.blockSignals(blocked)

    def _user_collapsed(self, index: QModelIndex) -> None:
        """The user closed a group: it stays closed when the filter lists it again."""
        row = QPersistentModelIndex(self.proxy.mapToSource(index))
        self._collapsed[group_key(index)] = row

    def focus_list(self) -> None:
        """The keyboard to the list, no row made current that was not: given the focus
        without a current row (the document on screen filtered out), Qt makes the first
        row current, and the window compared it (Enter in the filter of a flat list)."""
        if self.view.currentIndex().isValid():
            self.view.setFocus()
            return
        self._filtering = True  # (what Qt makes current is not the user's choice)
        try:
            self.view.setFocus()
            self.view.selectionModel().clearCurrentIndex()
        finally:
            self._filtering = False

    # --- selection ---------------------------------------------------------------------------
    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._filtering:
            return
        self._kept = None
        self.current_changed.emit(doc_at(current), self._story_at(current))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Esc in the filter clears it, or, empty, goes back to the list (it did nothing).
        The context menu: a right click makes its row current first; the menu key
        (Shift+F10 on Windows) opens it at the current row."""
        if (
            watched is self.filter
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Escape
        ):
            if self.filter.text():
                self.filter.clear()
            else:
                self.focus_list()
            return True
        if self._down_to_first_match(watched, event):
            return True
        if self._filter_to_list(watched, event) or self._list_to_filter(watched, event):
            return True
        if event.type() != QEvent.Type.ContextMenu or not isinstance(event, QContextMenuEvent):
            return super().eventFilter(watched, event)
        view = self.view
        index = QModelIndex()
        if event.reason() != QContextMenuEvent.Reason.Keyboard and watched is view.viewport():
            index = view.indexAt(event.pos())
            if index.isValid():
                view.setCurrentIndex(index)
        self.open_menu(index)
        return True

    def _down_to_first_match(self, watched: QObject, event: QEvent) -> bool:
        """Down in the list filtered with no row current (Enter in the filter leaves
        none): the first document listed, not the event row above it that Qt goes to (two
        more Downs to the file typed)."""
        if (
            watched is not self.view
            or not isinstance(event, QKeyEvent)
            or event.type() != QEvent.Type.KeyPress
            or event.key() != Qt.Key.Key_Down
            or event.modifiers()
            not in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
            or not self.filter.text()
            or self.view.currentIndex().isValid()
        ):
            return False
        found = first_document(self.proxy)
        if not found.isValid():
            return False
        self._make_current(found)
        return True

    def _filter_to_list(self, watched: QObject, event: QEvent) -> bool:
        """Down or PgDown in the filter: the keyboard to the list, on its first document
        listed when a filter is typed (it did nothing: Enter first, then Down — a Spanish
        desk's walkthrough); nothing listed: it stays in the filter, which says so. An
        empty filter: to the list's current row, as Esc."""
        if watched is not self.filter or not _plain_press(event, TO_LIST_KEYS):
            return False
        self._filter_now()
        searching = self.paged and self._search.isActive()  # (the rows shown are not its)
        if self.filter.text() and not searching:
            found = first_document(self.proxy)
            if not found.isValid():
                return True
            self._make_current(found)
        self.focus_list()
        return True

    def _list_to_filter(self, watched: QObject, event: QEvent) -> bool:
        """Up on the top row of the list filtered (or with no row current): back to the
        filter, to change what it lists. Not while Up is held (it ran on into the filter,
        where the next letter, a key of the list's, was typed), nor with no filter typed
        (the list's top is where Home and a held Up stop)."""
        if (
            watched is not self.view
            or not _plain_press(event, TO_FILTER_KEYS)
            or (isinstance(event, QKeyEvent) and event.isAutoRepeat())
            or not self.filter.text()
            or not self.filter.isVisibleTo(self)
            or self.view.indexAbove(self.view.currentIndex()).isValid()
        ):
            return False
        self.filter.setFocus(Qt.FocusReason.OtherFocusReason)  # (the caret after the text)
        return True

    def open_menu(self, index: QModelIndex | None = None) -> None:
        """The context menu of ``index``'s row (the current row by default), below it: the
        menu key and Shift+F10 (an action: on X11 only the menu key makes a context-menu
        event)."""
        view = self.view
        if index is None or not index.isValid():
            index = view.currentIndex()
        row = view.visualRect(index)  # below the row, which stays readable
        pos = QPoint(row.left() + 24, row.bottom()) if index.isValid() else QPoint(8, 8)
        self.menu_requested.emit(view.viewport().mapToGlobal(pos))

    def _story_at(self, index: QModelIndex) -> int | None:
        """The story of a row: a story row's, or a document row's while grouped."""
        if not index.isValid():
            return None
        story = index.siblingAtColumn(0).data(STORY_ROLE)  # an index's rows carry it too
        if story is not None:
            return int(story)
        doc = doc_at(index)
        if self.cells.index is None:
            return None
        return None if doc is None else self.cells.index.story_of(doc).id

    def selected(self) -> int | None:
        return doc_at(self.view.currentIndex())

    def selected_story(self) -> int | None:
        return self._story_at(self.view.currentIndex())

    def event_row_story(self) -> int | None:
        """On an event's row or the lone articles': its first story listed (the row stands
        just before it); else None."""
        row = self.view.currentIndex().siblingAtColumn(0)
        if not row.isValid() or (row.data(EVENT_ROLE) is None and row.data(LONE_ROLE) is None):
            return None
        for n in range(self.proxy.rowCount(row)):
            story = self._story_at(self.proxy.index(n, 0, row))
            if story is not None:
                return story
        return None

    def select(self, doc: int, scroll: bool = True) -> None:
        """Make ``doc`` the current row (if it is not filtered out), scrolled to unless
        ``scroll`` is False (scrolling opens a story the user closed)."""
        self._make_current(self._row_of(doc), scroll)

    def select_asked(self, doc: int) -> None:
        """The session asks for ``doc`` (a reload keeping the pair, a key): made current,
        or, when the filter hides it, compared all the same and kept for when the filter
        lists it again, as when the filter is typed over it (F5 with a filter hiding the
        pair on screen left "Select a document to compare it")."""
        if self._row_of(doc).isValid() or not self.filter.text() or self.cells.cell(doc, 0) is None:
            self.select(doc)
            return
        self.view.selectionModel().clear()
        self._kept = doc
        story = None if self.cells.index is None else self.cells.index.story_of(doc).id
        self.current_changed.emit(doc, story)

    def _row_of(self, doc: int) -> QModelIndex:
        """``doc``'s row in the view (invalid: filtered out, or not in the list)."""
        item = self.cells.cell(doc, 0)
        return QModelIndex() if item is None else self.proxy.mapFromSource(item.index())

    def _back_to_current(self) -> None:
        """Scroll the current row into sight, unless a group the user closed holds it (a
        filter cleared does not open it again)."""
        self._scroll_back = False
        current = self.view.currentIndex()
        parent = current.parent()
        while parent.isValid():
            if not self.view.isExpanded(parent):
                return
            parent = parent.parent()
        if current.isValid():
            self.view.scrollTo(current)

    def _make_current(self, index: QModelIndex, scroll: bool = True) -> None:
        if index.isValid():
            flags = (
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows
            )
            auto = self.view.hasAutoScroll()
            self.view.setAutoScroll(scroll)  # (the view scrolls to a new current row itself)
            self.view.selectionModel().setCurrentIndex(index, flags)
            self.view.setAutoScroll(auto)
            if scroll:
                self.view.scrollTo(index)
                self._show_story_row(index)

    def _show_story_row(self, index: QModelIndex) -> None:
        """Scroll ``index``'s story row into sight above it, when it is out of sight and
        both fit: after a move the document came at the list's top edge, where it went
        not to be seen (not when the row is in sight: stepping through a long story
        jumped up to its row and back)."""
        parent = index.parent()
        if not parent.isValid():
            return
        top, row = self.view.visualRect(parent), self.view.visualRect(index)
        if top.top() < 0 and row.bottom() - top.top() < self.view.viewport().height():
            self.view.scrollTo(parent, QAbstractItemView.ScrollHint.PositionAtTop)

    def reveal(self, doc: int) -> None:
        """Clear the filter if it hides ``doc``."""
        self._filter_now()
        if not self._row_of(doc).isValid() and self.filter.text():
            self.filter.clear()
            self._filter_now()

    def visible_order(self) -> list[int]:
        """Document indices in the order the view shows them (sorting and filter applied)."""
        return list(self._listed()[0])

    def visible_stories(self) -> list[int]:
        """Story ids in the order the view shows them (each story once, filter applied)."""
        order, stories = self._listed()
        if stories is None and self.cells.index is not None:
            seen: dict[int, None] = {}
            for doc in order:
                seen.setdefault(self.cells.index.story_of(doc).id, None)
            stories = list(seen)
            self._order = order, stories
        return list(stories or ())

    def _listed(self) -> tuple[list[int], list[int] | None]:
        """The documents in view order, and their stories if listed yet (listed again only
        once the proxy's rows or their order changed: ] and [ listed every row at each
        key)."""
        self._filter_now()
        if self._order is None:
            self._order = visible_documents(self.proxy), None
        return self._order

    def _forget_order(self, *_args: object) -> None:
        self._order = None

    def step(self, direction: int) -> int | None:
        """Select the next (+1) or previous (-1) document in view order; returns it. From a
        group row: the document after or before it; from no row: the first document; at
        either end the document stays.

        The row is found by stepping from the current one (into a group, on to the next
        row, up and on), not in a list of every row: that walked the whole tree at each
        key (0.1–0.3 s a key on 20,000 documents)."""
        self._filter_now()
        current = self.view.currentIndex()
        found = neighbour_document(self.proxy, current, direction)
        if not found.isValid():
            found = current if doc_at(current) is not None else first_document(self.proxy)
        doc = doc_at(found)
        if doc is not None:
            self.select(doc)
        return doc


def _plain_press(event: QEvent, keys: tuple[Qt.Key, ...]) -> bool:
    """Whether ``event`` is a press of one of ``keys`` with no modifier (the keypad's too)."""
    return (
        isinstance(event, QKeyEvent)
        and event.type() == QEvent.Type.KeyPress
        and event.key() in keys
        and event.modifiers() in _PLAIN
    )
