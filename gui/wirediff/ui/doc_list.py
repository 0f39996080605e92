"""The document list: a sortable, filterable tree of documents, the base marked.

Documents are rows of a QStandardItemModel shown through a QSortFilterProxyModel in a
QTreeView. Today every document is a top-level row; story grouping (event > story >
version) will add parent rows and move document rows under them. Nothing here depends on
documents being top-level: rows are found by walking the tree and carry their document
index in ``DOC_ROLE``, and the filter is recursive, so a group stays visible when one of
its versions matches.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from wirediff.core.document import Document
from wirediff.ui.text import plain_tooltip

DOC_ROLE = Qt.ItemDataRole.UserRole + 1  # document index (int) on every cell of a document row
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # value to sort by (numbers sort as numbers)
COLUMNS = ("", "Title", "Source", "Words", "Similarity")
MARK, TITLE, SOURCE, WORDS, SIMILARITY = range(5)
BASE_MARK, REVIEWED_MARK = "◆", "✓"


class _Proxy(QSortFilterProxyModel):
    def __init__(self) -> None:
        super().__init__()
        self.setSortRole(SORT_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)  # title, source and file name all match
        self.setRecursiveFilteringEnabled(True)


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
        self.proxy = _Proxy()
        self.proxy.setSourceModel(self.model)
        self.view = QTreeView()
        self.view.setObjectName("document_view")
        self.view.setModel(self.proxy)
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)
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
        self.filter.returnPressed.connect(self.view.setFocus)
        self.view.selectionModel().currentRowChanged.connect(
            lambda current, _prev: self.selection_changed.emit(self._doc_at(current))
        )
        self.documents: list[Document] = []
        self.base: int | None = None
        self._first: dict[int, QStandardItem] = {}  # document index -> its first-column item

    # --- content -----------------------------------------------------------------------------
    def set_documents(self, documents: list[Document], words: list[int]) -> None:
        """Replace the list with ``documents`` (in the order given)."""
        self.documents = list(documents)
        self.base = None
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
        items[TITLE].setToolTip(plain_tooltip(f"{doc.title}\n{doc.path}"))
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
        for item in self._rows():
            i = item.data(DOC_ROLE)
            parent = item.parent() or self.model.invisibleRootItem()
            for col in range(len(COLUMNS)):
                cell = parent.child(item.row(), col)
                font = QFont(cell.font())
                font.setBold(i == doc)
                cell.setFont(font)
            sim = parent.child(item.row(), SIMILARITY)
            sim.setText("base" if i == doc else "")
            sim.setData(2.0 if i == doc else -1.0, SORT_ROLE)
        self.set_reviewed(set())

    def set_similarity(self, doc: int, value: float) -> None:
        cell = self._cell(doc, SIMILARITY)
        if cell is not None and doc != self.base:
            cell.setText(f"{value:.0%}")
            cell.setData(value, SORT_ROLE)

    def set_reviewed(self, docs: set[int]) -> None:
        """Show the base mark and a ✓ beside documents whose pair with the base was reviewed."""
        for item in self._rows():
            i = item.data(DOC_ROLE)
            mark = BASE_MARK if i == self.base else (REVIEWED_MARK if i in docs else "")
            item.setText(mark)
            item.setData({BASE_MARK: 0, REVIEWED_MARK: 1}.get(mark, 2), SORT_ROLE)
            item.setToolTip(
                {BASE_MARK: "base (left side)", REVIEWED_MARK: "reviewed"}.get(mark, "")
            )

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
