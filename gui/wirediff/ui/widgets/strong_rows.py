"""Rows that say what a key will act on, drawn in the strong selection colour whether or not
their list has the focus (``theme.strong_selection``).

A list driven from somewhere else — Move to another story's, from its filter — showed the
story Enter would move the document into in the dark look's unfocused grey, 2.2:1; the
keyboard cheat sheet, which selects nothing so that its colour key keeps its colours,
showed its current row in a tint 1.13:1 from the rows (a keyboard-only, 200% walkthrough).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import QAbstractItemView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from wirediff.ui.common.theme import strong_selection


def show_strongly(option: QStyleOptionViewItem) -> None:
    """Draw ``option``'s cell as selected, in the strong selection colour, without the
    style's faint focus box (the fill says it)."""
    option.state |= QStyle.StateFlag.State_Selected
    option.state &= ~QStyle.StateFlag.State_HasFocus
    option.palette = strong_selection(option.palette)


class StrongSelection(QStyledItemDelegate):
    """A list's selected rows in the strong selection colour, the focus in the list or not
    (for a list its filter drives)."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        if option.state & QStyle.StateFlag.State_Selected:
            show_strongly(option)
