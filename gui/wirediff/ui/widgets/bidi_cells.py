"""Item views' cells drawn in their own direction (the document list's, Flags & notes'
notes): a title in Arabic, Urdu or Hebrew is cut at its end, which is its left, and read
right to left with the English words inside it.

The list is laid out left to right; a right-to-left title in it took the row's direction:
Qt's "…" came at its right, beside its first word (it read as a title cut at its start),
and a title with an English word in it ("… رويترز: شركة Apple تفتح …") showed its clauses
swapped around that word. Each such text is drawn isolated (U+2068 … U+2069: its direction
its first strong character's), as the pane headers and the heat map already draw theirs;
what a group row says before its title ("Story · 3 versions — ") stays as it is. Only the
drawing changes: the cells' text (filter, sort, copy, tooltips) is the title as read.
"""

from __future__ import annotations

import re
from collections.abc import Set

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from wirediff.core.display import isolated, text_direction

GROUP_TITLE = " — "  # what a group row's label puts before its title (``groups.group_cells``)


def drawn_isolated(text: str) -> str:
    """``text`` as a cell draws it: isolated when it opens right to left; a group row's
    title after its counts isolated when it does; else as it is."""
    if not text or text.isascii():
        return text
    if text_direction(text) == "rtl":
        return isolated(text)
    head, sep, title = text.partition(GROUP_TITLE)
    if sep and text_direction(title) == "rtl":
        return f"{head}{sep}{isolated(title)}"
    return text


class IsolatingCells(QStyledItemDelegate):
    """Draws each cell's text through ``drawn_isolated`` (Qt cuts it to the cell after);
    the cells of ``cut_in_middle`` (file names) are cut in their middle: the revisions of a
    translation, named for the minute they were filed, all read "pakistan_flood…" (the
    document list draws its dates itself: ``doclist.datecell``)."""

    def __init__(
        self, parent: QObject | None = None, cut_in_middle: Set[int] = frozenset()
    ) -> None:
        super().__init__(parent)
        self.cut_in_middle = cut_in_middle

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        option.text = drawn_isolated(option.text)
        if option.state & QStyle.StateFlag.State_Selected:  # the row's highlight says it:
            # no box around one of its cells (the mark column's read as a stray inset box)
            option.state &= ~QStyle.StateFlag.State_HasFocus
        if index.column() in self.cut_in_middle:
            option.textElideMode = Qt.TextElideMode.ElideMiddle


def year_left_out(text: str) -> str:
    """ "5 Dec 09:12" of a date with its time, "2026-12-05 09:12"; any other text as it is."""
    if not _YEAR_FIRST.match(text):
        return text
    month, day, rest = int(text[5:7]), int(text[8:10]), text[10:]
    return f"{day} {_MONTHS[month - 1]}{rest}" if 1 <= month <= 12 else text[5:]


_MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


_YEAR_FIRST = re.compile(r"\d{4}-\d\d-\d\d[ T]\d")
