"""The document list: a sortable, filterable tree of documents, the base marked.

Documents are rows of a QStandardItemModel shown through a QSortFilterProxyModel in a
QTreeView. Flat, every document is a top-level row; grouped (``group``), event and story
rows are parents and document rows move under them (``stories_list`` decides the shape).
Rows are found through a per-document map and carry their document index in ``DOC_ROLE``;
the filter is recursive, so a group stays visible when one of its versions matches.
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
from PySide6.QtGui import QFont, QResizeEvent, QStandardItem, QStandardItemModel
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
from wirediff.ui import stories_list
from wirediff.ui.text import plain_tooltip

DOC_ROLE = Qt.ItemDataRole.UserRole + 1  # document index (int) on every cell of a document row
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # value to sort by (numbers sort as numbers)
STORY_ROLE = stories_list.STORY_ROLE  # story id on the first cell of a story row
COLUMNS = ("", "Title", "Source", "Words", "Similarity")
MARK, TITLE, SOURCE, WORDS, SIMILARITY = range(5)
BASE_MARK, REVIEWED_MARK = "◆", "✓"
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
        self.model = QStandardItemModel(0, len(COLUMNS))
        self.model.setHorizontalHeaderLabels(list(COLUMNS))
        self.model.setHeaderData(
            SIMILARITY,
            Qt.Orientation.Horizontal,
            "Shared text with the base (word shingles, from the story index; grouped: with the "
            "story's base). The changes panel counts the pair on screen word by word.",
            Qt.ItemDataRole.ToolTipRole,
        )
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
        for signal in (self.proxy.layoutChanged, self.proxy.rowsInserted, self.proxy.modelReset):
            signal.connect(self._span_soon)
        self._span_timer = QTimer(self, singleShot=True, interval=0)
        self._span_timer.timeout.connect(self._span_groups)
        self._collapsed: set[tuple[str, int]] = set()  # groups the user closed
        self.view.collapsed.connect(lambda i: self._collapsed.add(_group_key(i)))
        self.view.expanded.connect(lambda i: self._collapsed.discard(_group_key(i)))
        self.filter.returnPressed.connect(self.view.setFocus)
        self.view.selectionModel().currentRowChanged.connect(
            lambda current, _prev: self.selection_changed.emit(self._doc_at(current))
        )
        self.documents: list[Document] = []
        self.base: int | None = None
        self.bases: set[int] = set()  # documents marked as a base (one flat, one per story)
        self.index: StoryIndex | None = None  # set while the list is grouped
        self._first: dict[int, QStandardItem] = {}  # document index -> its first-column item

    def resizeEvent(self, event: QResizeEvent) -> None:
        """In a narrow list the title needs the room more than the word count (in tooltips)."""
        super().resizeEvent(event)
        narrow = self.width() < NARROW
        if narrow != self.view.isColumnHidden(WORDS):
            self.view.setColumnHidden(WORDS, narrow)
            self.view.header().resizeSection(SOURCE, 64 if narrow else 84)

    # --- content -----------------------------------------------------------------------------
    def set_documents(self, documents: list[Document], words: list[int]) -> None:
        """Replace the list with ``documents`` (in the order given)."""
        self.documents = list(documents)
        self.base = None
        self.bases = set()
        self.index = None
        self.view.setRootIsDecorated(False)
        self.model.removeRows(0, self.model.rowCount())
        root = self.model.invisibleRootItem()
        self._first = {}
        for i, (doc, count) in enumerate(zip(documents, words, strict=True)):
            row = self._row(i, doc, count)
            self._first[i] = row[0]  # stays valid when grouping moves the row under a parent
            root.appendRow(row)

    def _row(self, i: int, doc: Document, words: int) -> list[QStandardItem]:
        values = ("", doc.title or doc.name, doc.source, f"{words:,}", "")
        sorts = ("", (doc.title or doc.name).casefold(), doc.source.casefold(), words, -1.0)
        items = []
        for col, (text, key) in enumerate(zip(values, sorts, strict=True)):
            item = QStandardItem(text)
            item.setData(i, DOC_ROLE)
            item.setData(key, SORT_ROLE)
            if col in (WORDS, SIMILARITY):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            items.append(item)
        items[TITLE].setToolTip(plain_tooltip(f"{doc.title}\n{doc.path}\n{words:,} words"))
        return items

    def _rows(self, parent: QStandardItem | None = None) -> Iterator[QStandardItem]:
        """The first-column item of every document row, at any depth."""
        parent = parent or self.model.invisibleRootItem()
        for r in range(parent.rowCount()):
            item = parent.child(r, 0)
            if item.data(DOC_ROLE) is not None:
                yield item
            yield from self._rows(item)

    def _cell(self, doc: int, column: int) -> QStandardItem | None:
        item = self._first.get(doc)
        if item is None:
            return None
        parent = item.parent() or self.model.invisibleRootItem()
        return parent.child(item.row(), column)

    def set_base(self, doc: int | None) -> None:
        """Mark ``doc`` as the base (bold, ◆); similarities are reset until recomputed."""
        self.base = doc
        self._mark_bases(set() if doc is None else {doc})

    def _mark_bases(self, bases: set[int]) -> None:
        """Bold and "base" for ``bases``, other similarity cells emptied."""
        self.bases = bases
        for item in self._rows():
            i = item.data(DOC_ROLE)
            parent = item.parent() or self.model.invisibleRootItem()
            bold = i in bases
            if item.font().bold() != bold:  # touch only what changes: each set is a signal
                for col in range(len(COLUMNS)):
                    cell = parent.child(item.row(), col)
                    font = QFont(cell.font())
                    font.setBold(bold)
                    cell.setFont(font)
            sim = parent.child(item.row(), SIMILARITY)
            if sim.text() or bold:
                sim.setText("base" if bold else "")
                sim.setData(2.0 if bold else -1.0, SORT_ROLE)
        self.set_reviewed(set())

    def group(self, index: StoryIndex | None) -> None:
        """Show events > stories > versions from ``index`` (None: the flat list again)."""
        current = self.selected()
        self.index = index
        self._collapsed = set()
        with stories_list.detached(self):  # marks set while detached: no proxy work per cell
            stories_list.regroup(self.model, self._take_all(), index)
            if index is None:
                self._mark_bases(set() if self.base is None else {self.base})
            else:
                self._mark_bases(stories_list.marked_bases(index))
                for story in index.stories:
                    for version in story.versions[1:]:
                        self.set_similarity(version.doc, version.similarity)
        self.view.setRootIsDecorated(index is not None)
        # Versions sit three indentations deep: the mark column makes room for them.
        deep = 3 * self.view.indentation() if index is not None else 0
        mark = self.view.fontMetrics().horizontalAdvance(BASE_MARK) + 14
        self.view.header().resizeSection(MARK, mark + deep)
        if index is not None:
            self.view.expandAll()
            self._span_groups()
        if current is not None:
            self.select(current)

    def _span_soon(self, *_args: object) -> None:
        if self.index is not None:
            self._span_timer.start()

    def _span_groups(self, parent: QModelIndex | None = None) -> None:
        """Let each event and story row's label run across the whole row, and open it.

        Rows the filter brings back are new to the view (closed, unspanned); groups the user
        closed stay closed.
        """
        parent = parent or QModelIndex()
        for r in range(self.proxy.rowCount(parent)):
            index = self.proxy.index(r, 0, parent)
            if index.data(DOC_ROLE) is None:
                self.view.setFirstColumnSpanned(r, parent, True)
                if _group_key(index) not in self._collapsed and not self.view.isExpanded(index):
                    self.view.expand(index)
                self._span_groups(index)

    def _take_all(self) -> dict[int, list[QStandardItem]]:
        """Every document row taken out of the model (group rows dropped), by document."""
        taken: dict[int, list[QStandardItem]] = {}

        def strip(parent: QStandardItem) -> None:
            for r in reversed(range(parent.rowCount())):
                items = parent.takeRow(r)
                doc = items[0].data(DOC_ROLE)
                if doc is not None:
                    taken[int(doc)] = items
                strip(items[0])

        strip(self.model.invisibleRootItem())
        return taken

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

    def set_similarity(self, doc: int, value: float) -> None:
        cell = self._cell(doc, SIMILARITY)
        if cell is not None and doc not in self.bases:
            cell.setText(f"{value:.0%}")
            cell.setData(value, SORT_ROLE)

    def set_reviewed(self, docs: set[int]) -> None:
        """Show the base mark and a ✓ beside documents whose pair with the base was reviewed."""
        for item in self._rows():
            i = item.data(DOC_ROLE)
            mark = BASE_MARK if i in self.bases else (REVIEWED_MARK if i in docs else "")
            item.setText(mark)
            item.setData({BASE_MARK: 0, REVIEWED_MARK: 1}.get(mark, 2), SORT_ROLE)
            base_tip = "base of its story" if self.index is not None else "base (left side)"
            item.setToolTip({BASE_MARK: base_tip, REVIEWED_MARK: "reviewed"}.get(mark, ""))

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
    for kind, role in (("story", STORY_ROLE), ("event", stories_list.EVENT_ROLE)):
        value = index.siblingAtColumn(0).data(role)
        if value is not None:
            return kind, int(value)
    return "", -1
