"""The document list's tree view and proxy, and walks over the rows the view shows."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView

from wirediff.ui.common.roles import (
    DOC_ROLE,
    EVENT_ROLE,
    FILTER_ROLE,
    LONE_ROLE,
    SORT_ROLE,
    STORY_ROLE,
)
from wirediff.ui.doclist.apart import ListCells
from wirediff.ui.doclist.columns import COLUMNS, DATE, TITLE
from wirediff.ui.doclist.groups import indent_step, lone_last


class Proxy(QSortFilterProxyModel):
    """Sorts by ``SORT_ROLE``; the filter matches a title, an outlet, a date or a file name
    (``FILTER_ROLE``; any column matched "copy" on every copy's level) and keeps a match's
    groups."""

    def __init__(self) -> None:
        super().__init__()
        self.setSortRole(SORT_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(TITLE)
        self.setFilterRole(FILTER_ROLE)
        self.setRecursiveFilteringEnabled(True)
        self.setAutoAcceptChildRows(True)  # a matching story shows all of its versions

    # The lone articles' row stays last whichever way the list is sorted: its sort values
    # are set for the order before the proxy sorts by them (once a sort, not a Python
    # ``lessThan`` called for every comparison).
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        model = self.sourceModel()
        if model is not None:
            blocked = model.blockSignals(True)  # (the sort below reads them: no re-sort now)
            lone_last(model, order)
            model.blockSignals(blocked)
        super().sort(column, order)

    def setSourceModel(self, model: QAbstractItemModel) -> None:
        lone_last(model, self.sortOrder())  # (not shown yet: sorted as it is set)
        super().setSourceModel(model)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        """A group's heading says how many of its documents the filter shows when it hides
        some ("Lone articles · 4 (1 shown) — …": its counts were the whole group's under a
        filter showing one)."""
        value = super().data(index, role)
        if (
            role != Qt.ItemDataRole.DisplayRole
            or index.column() != 0
            or not self.filterRegularExpression().pattern()
            or not self.hasChildren(index)
        ):
            return value
        at = self.index(index.row(), 0, index.parent())  # (a QModelIndex, not a persistent one)
        shown, total = _documents_under(at), _documents_under(self.mapToSource(at))
        if shown >= total or not isinstance(value, str) or " — " not in value:
            return value
        head, _sep, rest = value.partition(" — ")
        return f"{head} ({shown:,} shown) — {rest}"


def _documents_under(index: QModelIndex) -> int:
    """How many document rows stand under a group's row (``index`` of the model or of
    the proxy: all of them, or those the filter shows)."""
    model = index.model()
    if index.data(LONE_ROLE) is not None:  # (documents only: thousands, counted at once)
        return model.rowCount(index)
    count = 0
    for row in range(model.rowCount(index)):
        child = model.index(row, 0, index)
        count += _documents_under(child) if model.hasChildren(child) else 1
    return count


class ListTree(QTreeView):
    """The list's tree: End with no row current goes to the last row shown (after a
    filter, with none current, it went to the top event's row: a walkthrough)."""

    def moveCursor(
        self, cursorAction: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        end = QAbstractItemView.CursorAction.MoveEnd
        if cursorAction == end and not self.currentIndex().isValid():
            last = _last_shown(self)
            if last.isValid():
                return last
        return super().moveCursor(cursorAction, modifiers)


def _last_shown(view: QTreeView) -> QModelIndex:
    """The last row the view shows: the last top-level row, then, while it is open, its
    last child."""
    model = view.model()
    found, parent = QModelIndex(), QModelIndex()
    while model is not None and model.rowCount(parent):
        found = model.index(model.rowCount(parent) - 1, 0, parent)
        if not view.isExpanded(found):
            break
        parent = found
    return found


def build_tree(proxy: QSortFilterProxyModel) -> QTreeView:
    """The tree view of the list, its columns sized from the font."""
    view = ListTree()
    view.setObjectName("document_view")
    view.setModel(proxy)
    view.setRootIsDecorated(False)
    view.setUniformRowHeights(True)
    view.setIndentation(indent_step(view.fontMetrics()))
    view.setSortingEnabled(True)
    view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # keep file order until asked
    # A third click on a header goes back to the list's own order (stories in time order, the
    # base first): once sorted, nothing led back to it, and the sort is remembered.
    view.header().setSortIndicatorClearable(True)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    # right-to-left titles cut at their end, file names in their middle, dates at their
    # start (a date with its time kept the width of a date: a wider column squeezed titles
    # to eleven characters, and cut at its end, same-day revisions read alike); versions
    # whose titles read alike told apart by their file names (``apart``)
    view.setItemDelegate(ListCells(view))
    header = view.header()
    header.setStretchLastSection(False)
    metrics = view.fontMetrics()  # fixed widths: ResizeToContents reads every row
    bold = QFont(view.font())
    bold.setBold(True)  # (a base's row is bold: its date lost its month, "…-14 08:40")
    for col, column in enumerate(COLUMNS):
        if column.width is None:
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
            continue
        header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
        width = (QFontMetrics(bold) if col == DATE else metrics).horizontalAdvance(column.width)
        header.resizeSection(col, width + 14)
    return view


def visible_documents(proxy: QSortFilterProxyModel) -> list[int]:
    """Document indices in the order ``proxy`` shows them (sorting and filter applied)."""
    out: list[int] = []

    def walk(parent: QModelIndex) -> None:
        for r in range(proxy.rowCount(parent)):
            index = proxy.index(r, 0, parent)
            doc = index.data(DOC_ROLE)
            if doc is not None:
                out.append(int(doc))
            walk(index)

    walk(QModelIndex())
    return out


def neighbour_document(
    proxy: QSortFilterProxyModel, index: QModelIndex, direction: int
) -> QModelIndex:
    """The document row after (+1) or before (-1) ``index`` in the order of
    ``visible_documents`` (invalid: none, or ``index`` is no row), found by stepping from
    row to row: a few rows are looked at, not the whole tree."""
    if not index.isValid():
        return QModelIndex()
    step = _after if direction > 0 else _before
    index = step(proxy, index.siblingAtColumn(0))
    while index.isValid() and index.data(DOC_ROLE) is None:
        index = step(proxy, index)
    return index


def first_document(proxy: QSortFilterProxyModel) -> QModelIndex:
    """The first document row in view order (invalid: none listed)."""
    index = proxy.index(0, 0)
    if index.isValid() and index.data(DOC_ROLE) is None:
        return neighbour_document(proxy, index, +1)
    return index


def _after(proxy: QSortFilterProxyModel, index: QModelIndex) -> QModelIndex:
    """The row after ``index`` depth first: its first child, else the next row at its
    level or at its parent's, and so up."""
    if proxy.hasChildren(index):
        return proxy.index(0, 0, index)
    while index.isValid():
        parent = index.parent()
        if index.row() + 1 < proxy.rowCount(parent):
            return proxy.index(index.row() + 1, 0, parent)
        index = parent
    return QModelIndex()


def _before(proxy: QSortFilterProxyModel, index: QModelIndex) -> QModelIndex:
    """The row before ``index`` depth first: the last row inside the row above it, else
    its parent."""
    if index.row() == 0:
        return index.parent()
    index = proxy.index(index.row() - 1, 0, index.parent())
    while proxy.hasChildren(index):
        index = proxy.index(proxy.rowCount(index) - 1, 0, index)
    return index


def documents_in_view(view: QTreeView) -> list[int]:
    """Document indices of the rows inside ``view``'s viewport, top to bottom."""
    out: list[int] = []
    height = view.viewport().height()
    index = view.indexAt(QPoint(1, 1))
    while index.isValid() and view.visualRect(index).top() < height:
        doc = doc_at(index)
        if doc is not None:
            out.append(doc)
        index = view.indexBelow(index)
    return out


def doc_at(index: QModelIndex) -> int | None:
    """The document of a row (None for a group row or no row)."""
    if not index.isValid():
        return None
    value = index.siblingAtColumn(0).data(DOC_ROLE)
    return int(value) if value is not None else None


def group_rows(
    proxy: QSortFilterProxyModel, parent: QModelIndex
) -> Iterator[tuple[int, QModelIndex]]:
    """(row, parent) of every group row under ``parent`` in view order, depth first."""
    for r in range(proxy.rowCount(parent)):
        index = proxy.index(r, 0, parent)
        if index.isValid() and index.data(DOC_ROLE) is None:
            yield r, parent
            yield from group_rows(proxy, index)


def group_key(index: QModelIndex) -> tuple[str, int]:
    """("story", id) or ("event", id) for a group row, ("lone", 0) for the lone articles'
    (("", -1) for a document row)."""
    for kind, role in (("story", STORY_ROLE), ("event", EVENT_ROLE), ("lone", LONE_ROLE)):
        value = index.siblingAtColumn(0).data(role)
        if value is not None:
            return kind, int(value) if role != LONE_ROLE else 0
    return "", -1
