"""The list's cells: versions whose titles read alike (``alike``) told apart by their file
names, and by their outlets where the Outlet column is not shown, as they are drawn."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem, QTreeView

from wirediff.ui.common.roles import APART_ROLE, OUTLET_APART_ROLE
from wirediff.ui.doclist.columns import DATE, FILE, OUTLET, TITLE
from wirediff.ui.widgets.bidi_cells import IsolatingCells, drawn_isolated

BETWEEN = " · "  # between a title and what tells its file name apart


def _text_room(option: QStyleOptionViewItem) -> int:
    """The pixels the style draws a cell's text in (its decoration and margins aside)."""
    widget = option.widget
    if widget is None:
        return option.rect.width()
    style = widget.style()
    text = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, widget)
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
    return text.width() - 2 * margin - 1


def title_and_name(title: str, part: str, metrics: QFontMetrics, room: int) -> str:
    """``title`` then ``part`` of its file name in ``room`` pixels: the part whole in up to
    half of them (else cut at its end: it starts with what differs, and "02_e….txt" was
    two names' "02_edit.txt" and "02_edit_FINAL.txt"), the title cut at its end in the
    rest."""
    whole = f"{title}{BETWEEN}{part}"
    if metrics.horizontalAdvance(whole) <= room:
        return drawn_isolated(title) + BETWEEN + drawn_isolated(part)
    if metrics.horizontalAdvance(part) > room // 2:
        part = metrics.elidedText(part, Qt.TextElideMode.ElideRight, room // 2)
    rest = room - metrics.horizontalAdvance(BETWEEN + part)
    title = metrics.elidedText(title, Qt.TextElideMode.ElideRight, max(rest, 0))
    if not title:
        return drawn_isolated(part)
    return drawn_isolated(title) + BETWEEN + drawn_isolated(part)


class ListCells(IsolatingCells):
    """The list's cells (``IsolatingCells``: file names cut in their middle, dates at their
    start), and the versions whose titles read alike told apart by their file names, and by
    their outlets when those differ and the Outlet column is not shown."""

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view, cut_in_middle={FILE}, cut_at_start={DATE})
        self.view = view

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        column = index.column()
        if column not in (TITLE, FILE) or option.rect.width() <= 0:
            return
        title_cell = index.sibling(index.row(), TITLE)
        part = str(title_cell.data(APART_ROLE) or "")
        if column == TITLE:
            told = self._told(title_cell, part)
            if told:
                title = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
                option.text = title_and_name(
                    title, told, QFontMetrics(option.font), _text_room(option)
                )
            return
        if not part:
            return
        metrics, room = QFontMetrics(option.font), _text_room(option)
        name = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        if name != part and name.endswith(part) and metrics.horizontalAdvance(name) > room:
            left = room - metrics.horizontalAdvance("…")
            shown = metrics.elidedText(part, Qt.TextElideMode.ElideRight, max(left, 0))
            option.text = "…" + drawn_isolated(shown)

    def _told(self, title_cell: QModelIndex, part: str) -> str:
        """What the title cell draws after the title: the version's outlet, when titles read
        alike from other outlets and the Outlet column is not shown (its file name for a
        version with no outlet), then what tells its file name apart, when the File column
        is not shown."""
        view = self.view
        told: list[str] = []
        outlet = title_cell.data(OUTLET_APART_ROLE)
        if outlet is not None and view.isColumnHidden(OUTLET):
            if outlet:
                told.append(str(outlet))
            elif not part and view.isColumnHidden(FILE):
                told.append(str(title_cell.siblingAtColumn(FILE).data() or ""))
        if part and view.isColumnHidden(FILE):
            told.append(part)
        return BETWEEN.join(t for t in told if t)
