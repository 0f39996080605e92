"""Versions whose titles read alike, told apart by their file names.

Drafts of a bill, a report's revisions: every version has one title ("Clean Air and
Industrial Emissi…" five times over), and the file name is what tells them apart
(``CleanAirBill_v1.docx`` … ``_v5.docx``). The list's File column gives way first when room
is short, and cut in its middle read "CleanA…1.docx". So the title cell of such a version
ends in what tells its file name from the others' ("Clean Air and Indus… · v2.txt") while
the File column is not shown, and the File column, when a name does not fit, keeps that part
("…v2.txt"). Only the drawing changes: the cell's text (sort, filter, copy, a screen
reader) is the title.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem, QTreeView

from wirediff.core.document import Document
from wirediff.ui.common.roles import APART_ROLE
from wirediff.ui.doclist.columns import DATE, FILE, TITLE
from wirediff.ui.widgets.bidi_cells import IsolatingCells, drawn_isolated

TITLE_ALIKE = 32  # two titles whose first characters (this many, case aside) are the same,
# from one outlet (or none), read alike in the list: it shows about as many of a title
SEPARATORS = frozenset("_-. ()[]")  # where the shared start of file names is cut back to
BETWEEN = " · "  # between a title and what tells its file name apart


def _shared_start(names: Sequence[str]) -> int:
    """How many characters every one of ``names`` starts with, cut back to just after a
    separator (the part left keeps its word: "v1.docx", "rev0.docx", not "1.docx")."""
    first, last = min(names), max(names)
    n = 0
    while n < min(len(first), len(last)) and first[n] == last[n]:
        n += 1
    while n > 0 and first[n - 1] not in SEPARATORS:
        n -= 1
    return n


def apart(documents: Sequence[Document], versions: Sequence[int]) -> dict[int, str]:
    """The versions (document indices) of one story whose titles read alike, each with what
    tells its file name from those of the versions it is alike with: the name without the
    start they all share (the whole name when that would leave nothing)."""
    alike: dict[tuple[str, str], list[int]] = {}
    for doc in versions:
        document = documents[doc]
        title = " ".join((document.title or document.name).split()).casefold()
        alike.setdefault((document.source.casefold(), title[:TITLE_ALIKE]), []).append(doc)
    told: dict[int, str] = {}
    for docs in alike.values():
        if len(docs) < 2:
            continue
        names = [documents[doc].name for doc in docs]
        cut = _shared_start(names) if len(set(names)) > 1 else 0  # (namesakes: whole)
        for doc, name in zip(docs, names, strict=True):
            told[doc] = name[cut:] or name
    return told


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
    half of them (else cut in its middle), the title cut at its end in the rest."""
    whole = f"{title}{BETWEEN}{part}"
    if metrics.horizontalAdvance(whole) <= room:
        return drawn_isolated(title) + BETWEEN + drawn_isolated(part)
    if metrics.horizontalAdvance(part) > room // 2:
        part = metrics.elidedText(part, Qt.TextElideMode.ElideMiddle, room // 2)
    rest = room - metrics.horizontalAdvance(BETWEEN + part)
    title = metrics.elidedText(title, Qt.TextElideMode.ElideRight, max(rest, 0))
    if not title:
        return drawn_isolated(part)
    return drawn_isolated(title) + BETWEEN + drawn_isolated(part)


class ListCells(IsolatingCells):
    """The list's cells (``IsolatingCells``: file names cut in their middle, dates at their
    start), and the versions whose titles read alike told apart by their file names."""

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
        part = index.sibling(index.row(), TITLE).data(APART_ROLE)
        if not part:
            return
        part = str(part)
        metrics, room = QFontMetrics(option.font), _text_room(option)
        if column == TITLE:
            if self.view.isColumnHidden(FILE):
                title = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
                option.text = title_and_name(title, part, metrics, room)
            return
        name = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        if name != part and name.endswith(part) and metrics.horizontalAdvance(name) > room:
            left = room - metrics.horizontalAdvance("…")
            shown = metrics.elidedText(part, Qt.TextElideMode.ElideMiddle, max(left, 0))
            option.text = "…" + drawn_isolated(shown.lstrip("…"))
