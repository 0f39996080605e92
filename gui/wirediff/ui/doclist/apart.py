"""The list's cells: versions whose titles read alike (``alike``) told apart by their file
names, and by their outlets where the Outlet column is not shown, as they are drawn; a
version whose title parts from another's past what the cell shows keeps the part that
differs in sight (``telling_title``)."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFontMetrics, QPainter
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem, QTreeView

from wirediff.ui.common.roles import APART_ROLE, OUTLET_APART_ROLE, TITLE_APART_ROLE
from wirediff.ui.doclist.columns import DATE, FILE, OUTLET, TITLE
from wirediff.ui.doclist.datecell import DateParts, date_parts, paint_date
from wirediff.ui.widgets.bidi_cells import IsolatingCells, drawn_isolated

BETWEEN = " · "  # between a title and what tells its file name apart
WORD_BACK = 8  # characters a title's part that differs starts before the difference at most,
# back to the start of its word or number ("１兆２千億円", not "千億円")


def telling_title(title: str, at: int, metrics: QFontMetrics, room: int) -> str:
    """``title`` in ``room`` pixels, keeping in sight where it parts from the title most like
    it (``at``, ``where_titles_part``): cut at its end when what shows reaches that; else
    its start, "…", and its words from there ("삼성전자, …창출(종합)", "FG…N2.5 billion…");
    one that is the other's start, its start and its end ("삼성전…3만5천명 창출")."""
    if metrics.horizontalAdvance(title) <= room:
        return title
    cut = metrics.elidedText(title, Qt.TextElideMode.ElideRight, room)
    if len(cut) - 1 > at or room <= 0:
        return cut
    if at >= len(title):
        return metrics.elidedText(title, Qt.TextElideMode.ElideMiddle, room)
    if not shows_apart(title, at, metrics, room):
        return cut  # (what differs cut too read "S…Korea -…", "⚡……": a review)
    at = _cluster_start(title, at)
    start = at
    while start > 0 and at - start < WORD_BACK and title[start - 1].isalnum():
        start -= 1
    least = _width(title[:1] + "…", metrics)  # (the part that differs first)
    if _width(title[start:], metrics) > room - least >= _width(title[at:], metrics):
        start = at  # (what differs whole, rather than its word's start: "삼…(종합)", not
        # "삼…창출(종…")
    tail = title[start:]
    head_room = max(least, room - _width(tail, metrics))
    head = metrics.elidedText(title[:start], Qt.TextElideMode.ElideRight, head_room) or "…"
    # (Qt's cut start can come out a pixel or two wider than asked: a letter less)
    while len(head) > 2 and _width(head, metrics) + _width(tail, metrics) > room:
        head = head[:-2].rstrip() + "…"
    rest = room - _width(head, metrics)
    shown = head + metrics.elidedText(tail, Qt.TextElideMode.ElideRight, max(rest, 0))
    over = _width(shown, metrics) - room  # (drawn together, a pixel or two more)
    if over > 0:
        shown = head + metrics.elidedText(tail, Qt.TextElideMode.ElideRight, max(rest - over, 0))
    return shown


def shows_apart(title: str, at: int, metrics: QFontMetrics, room: int) -> bool:
    """Whether ``title`` in ``room`` pixels can show where it parts from the title most like
    it (``at``): it fits, its cut reaches that, or its first letter, "…" and all it holds
    from there fit. Else it is cut at its end, as any title, and the file name's part tells
    it apart (a review: "S…Korea -…" and "⚡……" told nothing, and the name was gone)."""
    if metrics.horizontalAdvance(title) <= room or at >= len(title):
        return True
    cut = metrics.elidedText(title, Qt.TextElideMode.ElideRight, room)
    if len(cut) - 1 > at:
        return True
    at = _cluster_start(title, at)
    return _width(title[:1] + "…", metrics) + _width(title[at:], metrics) <= room


def _cluster_start(title: str, at: int) -> int:
    """``at`` moved back to its character's start: a decomposed accent is no part of its
    own ("…́" showed an accent on the ellipsis: a review)."""
    while at > 0 and unicodedata.combining(title[at]):
        at -= 1
    return at


def _width(text: str, metrics: QFontMetrics) -> int:
    """``text``'s width as ``elidedText`` counts it: its advance in fractions of a pixel,
    which the whole pixels of ``horizontalAdvance`` round down ("창출(종합)", 52.2 pixels,
    was cut in 52)."""
    return metrics.horizontalAdvance(text) + 1


def _text_room(option: QStyleOptionViewItem) -> int:
    """The pixels the style draws a cell's text in (its decoration and margins aside)."""
    widget = option.widget
    if widget is None:
        return option.rect.width()
    style = widget.style()
    text = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, widget)
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
    return text.width() - 2 * margin - 1


def title_and_name(
    title: str, part: str, metrics: QFontMetrics, room: int, at: int | None = None
) -> str:
    """``title`` then ``part`` of its file name in ``room`` pixels: the part whole in up to
    half of them (else cut at its end: it starts with what differs, and "02_e….txt" was
    two names' "02_edit.txt" and "02_edit_FINAL.txt"), the title cut at its end in the
    rest (``telling_title`` where ``at`` says where it parts from another)."""
    whole = f"{title}{BETWEEN}{part}"
    if metrics.horizontalAdvance(whole) <= room:
        return drawn_isolated(title) + BETWEEN + drawn_isolated(part)
    if metrics.horizontalAdvance(part) > room // 2:
        part = metrics.elidedText(part, Qt.TextElideMode.ElideRight, room // 2)
    rest = max(room - metrics.horizontalAdvance(BETWEEN + part), 0)
    if at is None:
        title = metrics.elidedText(title, Qt.TextElideMode.ElideRight, rest)
    else:
        title = telling_title(title, at, metrics, rest)
    if not title:
        return drawn_isolated(part)
    return drawn_isolated(title) + BETWEEN + drawn_isolated(part)


class ListCells(IsolatingCells):
    """The list's cells (``IsolatingCells``: file names cut in their middle), dates in one
    form, day left and time right, cut at their start (``datecell``), and the versions whose
    titles read alike told apart by their file names, and by their outlets when those
    differ and the Outlet column is not shown."""

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view, cut_in_middle={FILE})
        self.view = view

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        if index.column() == DATE:
            drawn = QStyleOptionViewItem(option)
            self.initStyleOption(drawn, index)
            parts = self.date_parts(drawn, index)
            if parts is not None:
                paint_date(painter, drawn, parts)
                return
        super().paint(painter, option, index)

    def date_parts(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> DateParts | None:
        """What a date cell draws where (``datecell.date_parts``)."""
        return date_parts(option, index)

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        column = index.column()
        if column == DATE:  # (undated and a group's count too: a date's day is cut so)
            option.textElideMode = Qt.TextElideMode.ElideLeft
        if column not in (TITLE, FILE) or option.rect.width() <= 0:
            return
        title_cell = index.sibling(index.row(), TITLE)
        part = str(title_cell.data(APART_ROLE) or "")
        if column == TITLE:
            at = title_cell.data(TITLE_APART_ROLE)
            title = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
            metrics, room = QFontMetrics(option.font), _text_room(option)
            if at is not None and not shows_apart(title, at, metrics, room):
                at = None  # (what differs does not fit: the file name's part tells it)
            # (a title that tells itself apart needs no file name after it: "삼성… · s…"
            # twice, Yonhap's story and its (종합) update, a Korean desk's walkthrough)
            told = self._told(title_cell, "" if at is not None else part)
            if told or at is not None:
                if told:
                    option.text = title_and_name(title, told, metrics, room, at)
                else:
                    option.text = drawn_isolated(telling_title(title, at, metrics, room))
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
