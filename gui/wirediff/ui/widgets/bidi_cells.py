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

A text too long for its cell is cut here, not by Qt (``fitted``): Qt's cut text came out up
to three pixels wider than the room it was cut for, an italic letter's slant further, and a
story row's Arabic title cut at the list's edge lost its first word, at its right end,
under the border (an Arabic desk's walkthrough).
"""

from __future__ import annotations

import math
import re
from collections import OrderedDict
from collections.abc import Set

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QFontMetrics, QFontMetricsF, QPainter
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

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
    """Draws each cell's text through ``drawn_isolated``, cut to fit its cell (``fitted``);
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

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        # (QStyledItemDelegate.paint, the text cut here: what subclasses set in
        # initStyleOption is cut too)
        drawn = QStyleOptionViewItem(option)
        self.initStyleOption(drawn, index)
        fitted(drawn)
        widget = drawn.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, drawn, painter, widget)


def fitted(option: QStyleOptionViewItem) -> None:
    """``option``'s text cut to the room the style draws it in, so that Qt draws it as it
    is (one line of text only; a wrapped one is left to Qt). A cell painted again at the
    same width is not measured again (``KEEP_FITTED``)."""
    text = option.text
    mode = option.textElideMode
    features = option.features
    if (
        not text
        or mode == Qt.TextElideMode.ElideNone
        or features & QStyleOptionViewItem.ViewItemFeature.WrapText
        or "\n" in text
    ):
        return
    decoration, widget = option.decorationSize, option.widget
    style = widget.style() if widget is not None else QApplication.style()
    key = (
        id(style),
        text,
        QFont(option.font),  # (a copy: the option's own goes with it)
        option.rect.width(),
        int(features.value),
        decoration.width(),
        int(option.decorationPosition.value),
        option.direction,
        int(option.displayAlignment.value),
        mode,
    )  # (what the style's room for the text depends on: asking it costs as much as the cut)
    shown = _fitted.get(key)
    if shown is None:
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, widget)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
        room = rect.width() - 2 * margin  # (as the style lays the text out, its margins aside)
        align = QStyle.visualAlignment(option.direction, option.displayAlignment)
        shown = fitted_text(text, option.font, room, mode, margin, align)
        _fitted[key] = shown
        if len(_fitted) > KEEP_FITTED:
            _fitted.popitem(last=False)
    else:
        _fitted.move_to_end(key)
    option.text = shown


KEEP_FITTED = 4000  # cells' texts as cut (a few screens of a list's cells)
_fitted: OrderedDict[tuple[object, ...], str] = OrderedDict()


def fitted_text(
    text: str,
    font: QFont,
    room: int,
    mode: Qt.TextElideMode,
    margin: int = 0,
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
) -> str:
    """``text`` as it is when Qt would not cut it in ``room`` pixels and its ink stays within
    ``margin`` of them (in its cell); else cut (``mode``) until Qt would not cut it again and
    its ink, a slanted or a wide letter's overhang included, stays within ``room`` at the
    end its line grows to (and within ``margin`` of it at the end it starts from)."""
    cutting, metrics = QFontMetrics(font), QFontMetricsF(font)
    cut = cutting.elidedText(text, mode, room)
    if cut == text and _over(text, metrics, room, margin, margin, align) <= 0:
        return text  # (Qt would draw it whole, and inside its cell)
    width = room
    while width > 0:
        over = _over(cut, metrics, room, margin, 0, align)
        if over <= 0:
            return cut
        width -= max(1, math.ceil(over))
        cut = cutting.elidedText(text, mode, width)
    return ""


def _over(
    text: str,
    metrics: QFontMetricsF,
    room: int,
    start_margin: int,
    end_margin: int,
    align: Qt.AlignmentFlag,
) -> float:
    """How many pixels ``text`` drawn in ``room`` pixels (aligned by ``align``) runs over:
    wider than the room (Qt would cut it), or its ink past the end its line grows to by
    more than ``end_margin``, past the other by more than ``start_margin``."""
    width = metrics.horizontalAdvance(text)
    ink = metrics.tightBoundingRect(text)
    if align & Qt.AlignmentFlag.AlignRight:  # (its line grows to the left)
        left, right = room - width + ink.left(), room - width + ink.right()
        return max(width - room, -left - end_margin, right - room - start_margin)
    if align & Qt.AlignmentFlag.AlignHCenter:
        left, right = (room - width) / 2 + ink.left(), (room - width) / 2 + ink.right()
        return max(width - room, -left - end_margin, right - room - end_margin)
    return max(width - room, -ink.left() - start_margin, ink.right() - room - end_margin)


def year_left_out(text: str) -> str:
    """ "5 Dec 09:12" of a date with its time, "2026-12-05 09:12"; any other text as it is."""
    if not _YEAR_FIRST.match(text):
        return text
    month, day, rest = int(text[5:7]), int(text[8:10]), text[10:]
    return f"{day} {_MONTHS[month - 1]}{rest}" if 1 <= month <= 12 else text[5:]


_MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


_YEAR_FIRST = re.compile(r"\d{4}-\d\d-\d\d[ T]\d")
