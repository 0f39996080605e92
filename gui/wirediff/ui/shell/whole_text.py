"""Ctrl+F1: the whole text of what the keyboard is on, which a narrow cell or the status line
cuts and only a tooltip (the mouse's) holds.

At 200% scale almost every cell of the window is cut ("US set to formalize re…"), the list's
outlet, date and file columns give way, and the status line's explanations end in "…": a
keyboard-only user could read none of it. In a list or a table, the current row's cells,
each named by its column, shown or not, and the current cell's tooltip; elsewhere, the
status line's whole message.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, QRect, Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QAbstractItemView, QLabel, QToolTip, QWidget

from wirediff.ui.common.text import one_line_isolating, plain_tooltip

LINES_MAX = 24  # lines of a row told at most
LINE_MAX = 2_000  # characters of a line (a title's 200, a note's more)
SHOWN_MS = 30_000  # how long the text stays up (a tooltip's own is a few seconds)


def row_text(view: QAbstractItemView, index: QModelIndex) -> str:
    """The cells of ``index``'s row, "Column: text" each (a cell with no header alone),
    then the current cell's tooltip when it says more."""
    model = view.model()
    if model is None or not index.isValid():
        return ""
    header = getattr(view, "header", None) or getattr(view, "horizontalHeader", None)
    named = header is None or not header().isHidden()  # (a hidden header's "1" names nothing)
    lines: list[str] = []
    for column in range(model.columnCount(index.parent())):
        cell = index.siblingAtColumn(column)
        text = str(cell.data(Qt.ItemDataRole.DisplayRole) or "").strip()
        if not text:
            continue
        name = str(model.headerData(column, Qt.Orientation.Horizontal) or "").strip()
        name = name if named else ""
        # (a cell of two lines, the story panel's, apart by a line separator: two lines)
        first, *more = text.replace("\u2028", "\n").split("\n")
        lines += [f"{name}: {first}" if name else first, *more]
    tip = _plain(str(index.data(Qt.ItemDataRole.ToolTipRole) or "")).strip()
    if tip and all(tip not in line for line in lines):
        lines += ["", *tip.split("\n")]  # (each line its own: not a "␊" in one)
    # (the cells' isolation marks kept, not shown as "<FSI>": the tooltip keeps them)
    return "\n".join(one_line_isolating(line, LINE_MAX) for line in lines[:LINES_MAX])


def _plain(tip: str) -> str:
    """A tooltip as its words: the cells' are escaped rich text (``plain_tooltip``), which
    Ctrl+F1 showed as such, tags and all (a review)."""
    if not tip.lstrip().startswith("<"):  # (``plain_tooltip``'s are a "<p …>" paragraph)
        return tip
    return QTextDocumentFragment.fromHtml(tip).toPlainText().replace("\u2028", "\n")


def show_whole_text(focus: QWidget | None, status: QLabel) -> str:
    """Show, as a tooltip, the whole text of the current row of ``focus`` (a list or a
    table), else of the ``status`` line; returns what it showed ("" if nothing)."""
    if isinstance(focus, QAbstractItemView):
        index = focus.currentIndex()
        text = row_text(focus, index)
        if text:
            rect = focus.visualRect(index)
            at = focus.viewport().mapToGlobal(rect.bottomLeft())
            _show(at, text, focus)
            return text
    text = status.text()
    if text:
        _show(status.mapToGlobal(QPoint(0, -status.height())), text, status)
    return text


def _show(at: QPoint, text: str, owner: QWidget) -> None:
    """``text`` as written (a title "<b>…" is no markup), held while the mouse stays in
    the window (opened under a mouse pointer left there, it closed at once) for a while."""
    window = owner.window()
    area = QRect(window.mapToGlobal(QPoint(0, 0)), window.size())
    local = owner.mapFromGlobal(area.topLeft())
    QToolTip.showText(
        at, plain_tooltip(text, isolating=True), owner, QRect(local, area.size()), SHOWN_MS
    )
