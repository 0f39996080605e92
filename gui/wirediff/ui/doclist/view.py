"""The document list: a sortable, filterable tree of documents, the base marked.

Documents are rows of a QStandardItemModel shown through a QSortFilterProxyModel in a
QTreeView. Flat, every document is a top-level row; grouped (``group``), event and story
rows are parents with the document rows under them (``groups`` decides the shape).
Each shape is a new model, built whole (in a worker, by ``model``) and swapped in
(``install``). Rows are found by their position, kept per document, and carry their
document index in ``DOC_ROLE``; the filter is recursive, so a group stays visible when one
of its versions matches.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QResizeEvent, QStandardItem
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from wirediff.core.document import Document
from wirediff.core.stories import StoryIndex
from wirediff.ui.common.roles import DOC_ROLE, EVENT_ROLE, SORT_ROLE, STORY_ROLE
from wirediff.ui.doclist.disposer import Disposer
from wirediff.ui.doclist.model import (
    BASE_MARK,
    COLUMNS,
    MARK,
    MARK_ORDER,
    REVIEWED_MARK,
    SIMILARITY,
    SOURCE,
    TITLE,
    WORDS,
    BuiltList,
    build_list,
    empty_model,
    grouped_list,
)
from wirediff.ui.jobs.slicer import Slicer

NARROW = 360  # below this width (pixels) the Words column is hidden


class _Proxy(QSortFilterProxyModel):
    def __init__(self) -> None:
        super().__init__()
        self.setSortRole(SORT_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)  # title, source and file name all match
        self.setRecursiveFilteringEnabled(True)
        self.setAutoAcceptChildRows(True)  # a matching story shows all of its versions


class DocumentList(QWidget):
    """Filter box over the document tree; emits the document index of the selection."""

    selection_changed = Signal(object)  # document index or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("document_list")
        self.filter = QLineEdit()
        self.filter.setObjectName("filter")
        self.filter.setPlaceholderText("Filter documents (Ctrl+L or /)")
        self.filter.setClearButtonEnabled(True)
        self.model = empty_model()
        self._disposer = Disposer(self)
        self.proxy = _Proxy()
        self.proxy.setSourceModel(self.model)
        self.view = QTreeView()
        self.view.setObjectName("document_view")
        self.view.setModel(self.proxy)
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)
        self.view.setIndentation(max(12, self.view.fontMetrics().horizontalAdvance("M")))
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # keep file order until asked
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setAlternatingRowColors(True)
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        metrics = self.view.fontMetrics()  # fixed widths: ResizeToContents reads every row
        for col, sample in ((MARK, "◆"), (WORDS, "00,000"), (SIMILARITY, "Similarity")):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(col, metrics.horizontalAdvance(sample) + 14)
        header.setSectionResizeMode(SOURCE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(SOURCE, 84)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.filter)
        layout.addWidget(self.view, 1)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
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
        self.view.collapsed.connect(lambda i: self._collapsed.add(_group_key(i)))
        self.view.expanded.connect(lambda i: self._collapsed.discard(_group_key(i)))
        self.filter.returnPressed.connect(self.view.setFocus)
        self.view.selectionModel().currentRowChanged.connect(
            lambda current, _prev: self.selection_changed.emit(self._doc_at(current))
        )
        self.documents: list[Document] = []
        self.words: list[int] = []  # word count of each document
        self.base: int | None = None
        self.bases: set[int] = set()  # documents marked as a base (one flat, one per story)
        self.index: StoryIndex | None = None  # set while the list is grouped
        self._where: dict[int, tuple[int, ...]] = {}  # document index -> its row's position
        self._scored: set[int] = set()  # documents whose similarity cell holds a value
        self._marks: dict[int, str] = {}  # documents whose mark column is not empty

    def resizeEvent(self, event: QResizeEvent) -> None:
        """In a narrow list the title needs the room more than the word count (in tooltips)."""
        super().resizeEvent(event)
        narrow = self.width() < NARROW
        if narrow != self.view.isColumnHidden(WORDS):
            self.view.setColumnHidden(WORDS, narrow)
            self.view.header().resizeSection(SOURCE, 64 if narrow else 84)

    # --- content -----------------------------------------------------------------------------
    def set_documents(
        self, documents: list[Document], words: list[int], built: BuiltList | None = None
    ) -> None:
        """Replace the list with ``documents`` (in the order given).

        ``built``: the same documents' flat model, built in a worker (``model``).
        """
        self.base = None
        self.install(built or build_list(documents, words))

    def install(self, built: BuiltList) -> None:
        """Show a model built by ``model.build_list``, keeping the current document."""
        same = len(built.documents) == len(self.documents) and all(
            a is b for a, b in zip(built.documents, self.documents, strict=True)
        )
        current = self.selected() if same else None
        self.documents, self.words = list(built.documents), built.words
        self.index = built.index
        self.bases, self._scored, self._where = built.bases, built.scored, built.where
        self._marks = dict.fromkeys(built.bases, BASE_MARK)
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
        mark = self.view.fontMetrics().horizontalAdvance(BASE_MARK) + 14
        header.resizeSection(MARK, mark + deep)
        if grouped:
            blocked = self.view.blockSignals(True)  # not the user opening every group
            self.view.expandAll()
            self.view.blockSignals(blocked)
            self._span_groups()
        if current is not None:
            self.select(current)

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

    def set_base(self, doc: int | None) -> None:
        """Mark ``doc`` as the base (bold, ◆); similarities are reset until recomputed."""
        self.base = doc
        self._mark_bases(set() if doc is None else {doc})

    def _mark_bases(self, bases: set[int]) -> None:
        """Bold and "base" for ``bases``, other similarity cells emptied.

        Only rows whose state changes are touched: each cell set is a signal through the
        proxy, and a folder has thousands of rows.
        """
        old, self.bases = self.bases, bases
        self._fills.stop()  # similarities still being shown were to the old base
        for doc in old ^ bases:
            bold = doc in bases
            for col in range(len(COLUMNS)):
                cell = self._cell(doc, col)
                if cell is not None:
                    font = QFont(cell.font())
                    font.setBold(bold)
                    cell.setFont(font)
        for doc in old | bases:
            sim = self._cell(doc, SIMILARITY)
            if sim is not None:
                bold = doc in bases
                sim.setText("base" if bold else "")
                sim.setData(2.0 if bold else -1.0, SORT_ROLE)
        stale = sorted(self._scored - old - bases)
        self._scored -= old | bases
        self.set_reviewed(set())
        if stale:  # emptied in slices (or overwritten sooner by the new base's similarities)
            self.fill_similarity([(doc, None) for doc in stale])

    def group(self, index: StoryIndex | None, built: BuiltList | None = None) -> None:
        """Show events > stories > versions from ``index`` (None: the flat list again).

        ``built``: that model, built in a worker for these documents (``model``).
        """
        if index is None and self.index is None and built is None:
            self._mark_bases(self._flat_bases())
            return  # flat already
        if built is None or built.index is not index:
            if index is None:
                built = build_list(self.documents, self.words, None, self._flat_bases())
            else:
                built = grouped_list(index, self.words)
        self.install(built)

    def _flat_bases(self) -> set[int]:
        return set() if self.base is None else {self.base}

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

    def _group_rows(self, parent: QModelIndex) -> Iterator[tuple[int, QModelIndex]]:
        """(row, parent) of every group row under ``parent`` in view order, depth first."""
        for r in range(self.proxy.rowCount(parent)):
            index = self.proxy.index(r, 0, parent)
            if index.isValid() and index.data(DOC_ROLE) is None:
                yield r, parent
                yield from self._group_rows(index)

    def _span_walk(self) -> Iterator[None]:
        for r, parent in self._group_rows(QModelIndex()):
            index = self.proxy.index(r, 0, parent)
            blocked = self.view.blockSignals(True)  # our own expanding is not the user's
            self.view.setFirstColumnSpanned(r, parent, True)
            if _group_key(index) not in self._collapsed and not self.view.isExpanded(index):
                self.view.expand(index)
            self.view.blockSignals(blocked)
            yield

    def selected_story(self) -> int | None:
        """The story of the current row: a story row, or a document row while grouped."""
        index = self.view.currentIndex()
        if not index.isValid() or self.index is None:
            return None
        story = index.siblingAtColumn(0).data(STORY_ROLE)
        if story is not None:
            return int(story)
        doc = self._doc_at(index)
        return None if doc is None else self.index.story_of(doc).id

    def visible_stories(self) -> list[int]:
        """Story ids in the order the view shows them (each story once, filter applied)."""
        if self.index is None:
            return []
        seen: dict[int, None] = {}
        for doc in self.visible_order():
            seen.setdefault(self.index.story_of(doc).id, None)
        return list(seen)

    def fill_similarity(self, values: list[tuple[int, float | None]]) -> None:
        """Show (document, similarity or None: empty) pairs, a slice at a time.

        Setting 10,000 cells takes the best part of a second; the first slice is shown now.
        """
        self._fills.start(self.set_similarity(doc, value) for doc, value in values)

    def set_similarity(self, doc: int, value: float | None) -> None:
        """Show ``doc``'s similarity to the base (None: empty the cell)."""
        cell = self._cell(doc, SIMILARITY)
        if cell is None or doc in self.bases:
            return
        cell.setText("" if value is None else f"{value:.0%}")
        cell.setData(-1.0 if value is None else value, SORT_ROLE)
        (self._scored.discard if value is None else self._scored.add)(doc)

    def set_reviewed(self, docs: set[int]) -> None:
        """Show the base mark and a ✓ beside documents whose pair with the base was reviewed."""
        marks = dict.fromkeys(docs - self.bases, REVIEWED_MARK)
        marks.update(dict.fromkeys(self.bases, BASE_MARK))
        base_tip = "base of its story" if self.index is not None else "base (left side)"
        tips = {BASE_MARK: base_tip, REVIEWED_MARK: "reviewed"}
        for doc in marks.keys() | self._marks.keys():  # only rows whose mark changes
            mark = marks.get(doc, "")
            item = self._cell(doc, MARK)
            if item is None or self._marks.get(doc, "") == mark == item.text():
                continue
            item.setText(mark)
            item.setData(MARK_ORDER.get(mark, 2), SORT_ROLE)
            item.setToolTip(tips.get(mark, ""))
        self._marks = marks

    def marks(self) -> dict[int, str]:
        """Document index -> mark shown (for tests and screenshots)."""
        return {item.data(DOC_ROLE): item.text() for item in self._rows()}

    # --- selection ---------------------------------------------------------------------------
    def _doc_at(self, index: QModelIndex) -> int | None:
        if not index.isValid():
            return None
        value = index.siblingAtColumn(0).data(DOC_ROLE)
        return int(value) if value is not None else None

    def selected(self) -> int | None:
        return self._doc_at(self.view.currentIndex())

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

    def visible_order(self) -> list[int]:
        """Document indices in the order the view shows them (sorting and filter applied)."""
        out: list[int] = []

        def walk(parent: QModelIndex) -> None:
            for r in range(self.proxy.rowCount(parent)):
                index = self.proxy.index(r, 0, parent)
                doc = index.data(DOC_ROLE)
                if doc is not None:
                    out.append(int(doc))
                walk(index)

        walk(QModelIndex())
        return out

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


def _group_key(index: QModelIndex) -> tuple[str, int]:
    """("story", id) or ("event", id) for a group row (("", -1) for a document row)."""
    for kind, role in (("story", STORY_ROLE), ("event", EVENT_ROLE)):
        value = index.siblingAtColumn(0).data(role)
        if value is not None:
            return kind, int(value)
    return "", -1
