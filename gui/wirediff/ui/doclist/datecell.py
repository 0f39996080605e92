"""The Date column's cells as drawn: one form for every row (``columns.list_date``: "7 Dec",
"3 Dec 2024", the month by its name, the year unless it is this year's), the day at the
cell's left and the time at its right, so that days and times line up down the column.

The column read "7 Dec 16:08" beside "2026-12-07" and a 2024 take's "3 Dec 09:15": a
date with its time lost its year when its cell was narrower than it, as it always was, and a
date alone kept its ISO form. Only the drawing changes: the cell's text (sort, filter, copy,
a screen reader) is the date as ``display.shown_date`` says it, and its tooltip the full
date and where it comes from.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionViewItem

from wirediff.ui.doclist.columns import list_date

ALIGN_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
ALIGN_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
DateParts = tuple[str, QRect, str, QRect]  # day, where it is drawn, time, where it is drawn


def fitted_date(day: str, time: str, metrics: QFontMetrics, room: int) -> tuple[str, str]:
    """``day`` and ``time`` in ``room`` pixels with a space between them: whole; else the
    time whole and the day cut (``cut_day``); else the time cut too."""
    if not time:
        return cut_day(day, metrics, room), ""
    left = room - metrics.horizontalAdvance(time) - metrics.horizontalAdvance(" ")
    if metrics.horizontalAdvance(day) <= left:
        return day, time
    if left >= metrics.horizontalAdvance("…"):
        return cut_day(day, metrics, left), time
    return "", metrics.elidedText(time, Qt.TextElideMode.ElideRight, room)


def cut_day(day: str, metrics: QFontMetrics, room: int) -> str:
    """``day`` in ``room`` pixels: whole; else its year cut, "3 Dec…" (cut at its start,
    "…024", it told neither day nor year); else at its start, "…Dec", as the column cut a
    time's day before (cut at its end, "12 M…" was any month's)."""
    if metrics.horizontalAdvance(day) <= room:
        return day
    head, _, year = day.rpartition(" ")
    if not (head and len(year) == 4 and year.isdigit()):
        return metrics.elidedText(day, Qt.TextElideMode.ElideLeft, room)
    if metrics.horizontalAdvance(head + "…") <= room:
        return head + "…"
    for start in range(1, len(head) + 1):  # (never "3 Dec" whole: its year was cut)
        shown = "…" + head[start:].lstrip()
        if metrics.horizontalAdvance(shown) <= room:
            return shown
    return ""


def date_parts(
    option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
) -> DateParts | None:
    """What a date cell draws where (``option`` initialised for it): its day and the
    rectangle of its text at the cell's left, its time and its at the right; None for a
    cell that holds no date (``UNDATED``, a group row's count)."""
    shown = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
    day, time = list_date(shown)
    if day == shown:
        return None
    widget = option.widget
    style = widget.style() if widget is not None else QApplication.style()
    text = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, widget)
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
    room = text.adjusted(margin, 0, -margin, 0)
    metrics = QFontMetrics(option.font)
    day, time = fitted_date(day, time, metrics, room.width())
    day_rect = QRect(room.left(), room.top(), metrics.horizontalAdvance(day), room.height())
    width = metrics.horizontalAdvance(time)
    time_rect = QRect(room.right() - width + 1, room.top(), width, room.height())
    return day, day_rect, time, time_rect


def paint_date(painter: QPainter, option: QStyleOptionViewItem, parts: DateParts) -> None:
    """Draw a date cell: its background, selection and focus as the style draws an item's,
    then its day and time (``date_parts``) in the colour the style would draw its text in."""
    day, day_rect, time, time_rect = parts
    widget = option.widget
    style = widget.style() if widget is not None else QApplication.style()
    option.text = ""
    style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, widget)
    state = option.state
    group = QPalette.ColorGroup.Normal
    if not state & QStyle.StateFlag.State_Enabled:
        group = QPalette.ColorGroup.Disabled
    elif not state & QStyle.StateFlag.State_Active:
        group = QPalette.ColorGroup.Inactive
    selected = bool(state & QStyle.StateFlag.State_Selected)
    role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
    painter.save()
    painter.setFont(option.font)
    painter.setPen(option.palette.color(group, role))
    # (a little wider than measured: a text's advance has fractions of a pixel, which
    # ``horizontalAdvance`` rounds down, and ``drawText`` clips to its rectangle)
    painter.drawText(day_rect.adjusted(0, 0, 2, 0), ALIGN_LEFT, day)
    painter.drawText(time_rect.adjusted(-2, 0, 0, 0), ALIGN_RIGHT, time)
    painter.restore()
