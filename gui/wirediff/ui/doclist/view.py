"""The document list: a sortable, filterable tree of documents, the bases marked.

Documents are rows of a QStandardItemModel shown through a QSortFilterProxyModel in a
QTreeView (``tree``). Flat, every document is a top-level row; grouped, event and story
rows are parents with the document rows under them (``groups`` decides the shape).
Each shape is a new model, built whole (in a worker, by ``model``) and swapped in
(``install``); which rows are marked ◆ is the session's to say (``mark_bases``). Rows are
found by their position, kept per document, and carry their document index in ``DOC_ROLE``;
the filter is recursive, so a group stays visible when one of its versions matches.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPoint,
    QTimer,
    Signal,
)
from PySide6.QtGui import QContextMenuEvent, QFont, QResizeEvent, QStandardItem
from PySide6.QtWidgets import (
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from wirediff.core.document import Document
from wirediff.core.review import PairSummary
from wirediff.core.stories import Derivation, StoryIndex
from wirediff.ui.common.roles import DOC_ROLE, SORT_ROLE, STORY_ROLE
from wirediff.ui.common.text import plain_tooltip
from wirediff.ui.doclist.columns import (
    BASE_MARK,
    COLUMNS,
    FLAG_MARK,
    LEVEL,
    LEVEL_ORDER,
    LEVEL_TEXT,
    MARK,
    MARK_ORDER,
    REVIEWED_MARK,
    SIMILARITY,
    base_tip,
    review_mark,
    similarity_text,
)
from wirediff.ui.doclist.disposer import Disposer
from wirediff.ui.doclist.fitting import ColumnChooser
from wirediff.ui.doclist.model import BuiltList, empty_model
from wirediff.ui.doclist.nomatch import NoMatch
from wirediff.ui.doclist.tree import (
    Proxy,
    build_tree,
    doc_at,
    documents_in_view,
    group_key,
    group_rows,
    visible_documents,
)
from wirediff.ui.jobs.slicer import Slicer

SHOWN_MS = 150  # rows on screen are reported once scrolling pauses this long


class DocumentList(QWidget):
    """Filter box over the document tree; says which row is current."""

    current_changed = Signal(object, object)  # (document or None, its story or None)
    hidden_changed = Signal(object)  # list[str]: the headers of the columns the user hid
    documents_shown = Signal(object)  # list[int]: the document rows on screen (after a pause)
    menu_requested = Signal(QPoint)  # the context menu of the current row, at this point

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("document_list")
        self.filter = QLineEdit()
        self.filter.setObjectName("filter")
        self.filter.setPlaceholderText("Filter documents (Ctrl+L or /)")
        self.filter.setClearButtonEnabled(True)
        self.model = empty_model()
        self._disposer = Disposer(self)
        self.proxy = Proxy()
        self.proxy.setSourceModel(self.model)
        self.view = build_tree(self.proxy)
        self.columns = ColumnChooser(self.view, self.hidden_changed.emit)
        self.no_match = NoMatch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.filter)
        layout.addWidget(self.no_match)
        layout.addWidget(self.view, 1)
        self.filter.textChanged.connect(self._filter)
        self.filter.returnPressed.connect(self.view.setFocus)
        for signal in (
            self.proxy.layoutChanged,
            self.proxy.rowsInserted,
            self.proxy.rowsRemoved,
            self.proxy.modelReset,
        ):
            signal.connect(self._span_soon)
        self._span_timer = QTimer(self, singleShot=True, interval=0)
        self._span_timer.timeout.connect(self._span_groups)
        self._spans = Slicer(self)  # spans and opens group rows
        self._fills = Slicer(self)  # shows similarities
        self._collapsed: set[tuple[str, int]] = set()  # groups the user closed
        self.view.collapsed.connect(lambda i: self._collapsed.add(group_key(i)))
        self.view.expanded.connect(lambda i: self._collapsed.discard(group_key(i)))
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        for widget in (self.view, self.view.viewport()):  # keyboard: the view; mouse: viewport
            widget.installEventFilter(self)
        self._shown_timer = QTimer(self, singleShot=True, interval=SHOWN_MS)
        self._shown_timer.timeout.connect(
            lambda: self.documents_shown.emit(documents_in_view(self.view))
        )
        self.view.verticalScrollBar().valueChanged.connect(self._shown_soon)
        for signal in (self.view.expanded, self.view.collapsed, self.proxy.layoutChanged):
            signal.connect(self._shown_soon)
        self.documents: list[Document] = []
        self.words: list[int] = []  # word count of each document
        self.bases: set[int] = set()  # documents marked ◆ (flat: the base; grouped: more)
        self.index: StoryIndex | None = None  # set while the list is grouped
        self._where: dict[int, tuple[int, ...]] = {}  # document index -> its row's position
        self._story_sims: dict[int, float] = {}  # grouped: each version's similarity
        self._exact: dict[int, float] = {}  # similarities counted word by word
        self._scored: set[int] = set()  # documents whose similarity cell holds a value
        self._review: dict[int, PairSummary] = {}  # review state of each pair with its left
        self._marks: dict[int, tuple[str, str]] = {}  # non-empty mark cells: text, tooltip
        self._levels: dict[int, tuple[Derivation, str]] = {}  # documents whose level is shown

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)
        self._say_no_match()

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
        self.documents, self.words = list(built.documents), built.words
        self.index = built.index
        self.bases, self._where = built.bases, built.where
        self._story_sims = built.similarity if built.index is not None else {}
        self._exact = {}
        self._scored = set(built.similarity) - built.bases
        self._marks = dict.fromkeys(built.bases, (BASE_MARK, base_tip(built.index is not None)))
        self._review, self._levels = {}, {}
        self._collapsed = set()
        self._spans.stop()  # a walk of the replaced rows
        self._fills.stop()  # similarities to the replaced rows' base
        blocked = self.blockSignals(True)  # the reset is not the user changing the selection
        header = self.view.header()
        state = header.saveState()  # a reset can forget the widths the user chose
        self.proxy.setSourceModel(built.model)
        self._disposer.dispose(self.model)
        self.model = built.model
        header.restoreState(state)
        self.blockSignals(blocked)
        grouped = built.index is not None
        self.view.setRootIsDecorated(grouped)
        # Versions sit three indentations deep: the mark column makes room for them.
        deep = 3 * self.view.indentation() if grouped else 0
        mark = self.view.fontMetrics().horizontalAdvance(REVIEWED_MARK + FLAG_MARK) + 14
        header.resizeSection(MARK, mark + deep)
        if grouped:
            blocked = self.view.blockSignals(True)  # not the user opening every group
            self.view.expandAll()
            self.view.blockSignals(blocked)
            self._span_groups()
        if current is not None:
            self.select(current)
        self.columns.set_documents(self.documents)
        self._say_no_match()
        self._shown_soon()

    def _rows(self, parent: QStandardItem | None = None) -> Iterator[QStandardItem]:
        """The first-column item of every document row, at any depth."""
        parent = parent or self.model.invisibleRootItem()
        for r in range(parent.rowCount()):
            item = parent.child(r, 0)
            if item.data(DOC_ROLE) is not None:
                yield item
            yield from self._rows(item)

    def _cell(self, doc: int, column: int) -> QStandardItem | None:
        """The item in ``column`` of ``doc``'s row (found by its position in the model)."""
        path = self._where.get(doc)
        if path is None:
            return None
        parent = QModelIndex()
        for row in path[:-1]:
            parent = self.model.index(row, 0, parent)
        return self.model.itemFromIndex(self.model.index(path[-1], column, parent))

    def cell_text(self, doc: int, column: int) -> str:
        """What ``doc``'s row shows in ``column``."""
        cell = self._cell(doc, column)
        return "" if cell is None else cell.text()

    def mark_bases(self, bases: set[int]) -> None:
        """Mark ``bases`` ◆ (bold, "base" as similarity); rows that lose the mark get their
        similarity to their story's base back (grouped) or an empty cell (flat: the new base's
        similarities follow in ``fill_similarity``).

        Only rows whose state changes are touched: each cell set is a signal through the
        proxy, and a folder has thousands of rows.
        """
        old, self.bases = self.bases, set(bases)
        for doc in old ^ self.bases:
            bold = doc in self.bases
            for col in range(len(COLUMNS)):
                cell = self._cell(doc, col)
                if cell is not None:
                    font = QFont(cell.font())
                    font.setBold(bold)
                    cell.setFont(font)
            sim = self._cell(doc, SIMILARITY)
            if sim is not None:
                sim.setText("base" if bold else "")
                sim.setData(2.0 if bold else -1.0, SORT_ROLE)
        self._scored -= self.bases
        if self.index is not None:
            for doc in old - self.bases:
                exact = doc in self._exact
                value = self._exact[doc] if exact else self._story_sims.get(doc)
                self.set_similarity(doc, value, exact)
        elif old != self.bases:
            self._exact = {}  # they were to the old base
            self._fills.stop()  # similarities still being shown were to the old base
            stale = sorted(self._scored - old)
            self._scored -= old
            if stale:  # emptied in slices (or overwritten sooner by the new base's values)
                self.fill_similarity([(doc, None) for doc in stale])
        self._show_marks()

    def _span_soon(self, *_args: object) -> None:
        if self.index is not None:
            self._spans.stop()  # the walk under way may hold rows that moved
            self._span_timer.start()

    def _span_groups(self) -> None:
        """Let each event and story row's label run across the whole row, and open it.

        Rows the filter brings back are new to the view (closed, unspanned); groups the user
        closed stay closed. A folder has thousands of groups: they are walked a slice at a
        time, the top of the list first.
        """
        self._spans.start(self._span_walk())

    def _span_walk(self) -> Iterator[None]:
        for r, parent in group_rows(self.proxy, QModelIndex()):
            index = self.proxy.index(r, 0, parent)
            blocked = self.view.blockSignals(True)  # our own expanding is not the user's
            self.view.setFirstColumnSpanned(r, parent, True)
            if group_key(index) not in self._collapsed and not self.view.isExpanded(index):
                self.view.expand(index)
            self.view.blockSignals(blocked)
            yield

    def fill_similarity(self, values: list[tuple[int, float | None]]) -> None:
        """Show (document, similarity or None: empty) pairs, a slice at a time.

        Setting 10,000 cells takes the best part of a second; the first slice is shown now.
        """
        self._fills.start(self._fill_walk(values))

    def _fill_walk(self, values: list[tuple[int, float | None]]) -> Iterator[None]:
        for doc, value in values:
            self.set_similarity(doc, value)
            yield

    def show_exact(self, values: list[tuple[int, float]]) -> None:
        """Similarities counted word by word (as the changes panel counts them), in place of
        the estimates; kept while the list keeps its bases."""
        for doc, value in values:
            self._exact[doc] = value
            self.set_similarity(doc, value, exact=True)

    def set_similarity(self, doc: int, value: float | None, exact: bool = False) -> None:
        """Show ``doc``'s similarity to the base (None: empty the cell); an estimate is not
        shown over an exact figure."""
        cell = self._cell(doc, SIMILARITY)
        if cell is None or doc in self.bases:
            return
        if not exact and doc in self._exact and value is not None:
            value, exact = self._exact[doc], True
        cell.setText(similarity_text(value, exact))
        cell.setData(-1.0 if value is None else value, SORT_ROLE)
        (self._scored.discard if value is None else self._scored.add)(doc)

    def set_review_marks(self, marks: Mapping[int, PairSummary]) -> None:
        """✓ beside documents whose pair with their left side was reviewed, ⚑ beside those
        with flags or notes (the tooltip counts them)."""
        self._review = dict(marks)
        self._show_marks()

    def _show_marks(self) -> None:
        marks = {d: review_mark(s) for d, s in self._review.items() if d not in self.bases}
        marks.update(dict.fromkeys(self.bases, (BASE_MARK, base_tip(self.index is not None))))
        for doc in marks.keys() | self._marks.keys():  # only rows whose mark changes
            mark, tip = marks.get(doc, ("", ""))
            item = self._cell(doc, MARK)
            if item is None or self._marks.get(doc, ("", "")) == (mark, tip) == (
                item.text(),
                item.toolTip(),
            ):
                continue
            item.setText(mark)
            item.setData(MARK_ORDER.get(mark, 3), SORT_ROLE)
            item.setToolTip(tip)
        self._marks = {doc: shown for doc, shown in marks.items() if shown[0]}

    def set_levels(self, levels: Mapping[int, tuple[Derivation, str]]) -> None:
        """Show each document's derivation level (its sentence as the tooltip)."""
        for doc, (level, sentence) in levels.items():
            if self._levels.get(doc) == (level, sentence):
                continue
            cell = self._cell(doc, LEVEL)
            if cell is not None:
                cell.setText(LEVEL_TEXT[level])
                cell.setData(LEVEL_ORDER[level], SORT_ROLE)
                cell.setToolTip(plain_tooltip(sentence))
                self._levels[doc] = (level, sentence)

    def marks(self) -> dict[int, str]:
        """Document index -> mark shown (for tests and screenshots)."""
        return {item.data(DOC_ROLE): item.text() for item in self._rows()}

    # --- selection ---------------------------------------------------------------------------
    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.current_changed.emit(doc_at(current), self._story_at(current))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The context menu: a right click makes its row current first; the menu key
        (Shift+F10) opens it at the current row."""
        if event.type() != QEvent.Type.ContextMenu or not isinstance(event, QContextMenuEvent):
            return super().eventFilter(watched, event)
        view = self.view
        index = QModelIndex()
        if event.reason() != QContextMenuEvent.Reason.Keyboard and watched is view.viewport():
            index = view.indexAt(event.pos())
            if index.isValid():
                view.setCurrentIndex(index)
        if not index.isValid():
            index = view.currentIndex()
        row = view.visualRect(index)  # below the row, which stays readable
        pos = QPoint(row.left() + 24, row.bottom()) if index.isValid() else QPoint(8, 8)
        self.menu_requested.emit(view.viewport().mapToGlobal(pos))
        return True

    def _story_at(self, index: QModelIndex) -> int | None:
        """The story of a row: a story row's, or a document row's while grouped."""
        if not index.isValid() or self.index is None:
            return None
        story = index.siblingAtColumn(0).data(STORY_ROLE)
        if story is not None:
            return int(story)
        doc = doc_at(index)
        return None if doc is None else self.index.story_of(doc).id

    def selected(self) -> int | None:
        return doc_at(self.view.currentIndex())

    def selected_story(self) -> int | None:
        return self._story_at(self.view.currentIndex())

    def select(self, doc: int) -> None:
        """Make ``doc`` the current row (if it is not filtered out)."""
        item = self._cell(doc, 0)
        if item is None:
            return
        index = self.proxy.mapFromSource(item.index())
        if index.isValid():
            flags = (
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows
            )
            self.view.selectionModel().setCurrentIndex(index, flags)
            self.view.scrollTo(index)

    def reveal(self, doc: int) -> None:
        """Clear the filter if it hides ``doc``."""
        if doc not in self.visible_order():
            self.filter.clear()

    def visible_order(self) -> list[int]:
        """Document indices in the order the view shows them (sorting and filter applied)."""
        return visible_documents(self.proxy)

    def visible_stories(self) -> list[int]:
        """Story ids in the order the view shows them (each story once, filter applied)."""
        if self.index is None:
            return []
        seen: dict[int, None] = {}
        for doc in self.visible_order():
            seen.setdefault(self.index.story_of(doc).id, None)
        return list(seen)

    def step(self, direction: int) -> int | None:
        """Select the next (+1) or previous (-1) document in view order; returns it."""
        order = self.visible_order()
        if not order:
            return None
        current = self.selected()
        pos = order.index(current) + direction if current in order else 0
        pos = max(0, min(len(order) - 1, pos))
        self.select(order[pos])
        return order[pos]
