"""Menus that show an action's keys as the user types them."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QStyleOptionMenuItem


def key_label(text: str) -> str:
    """A key as the user reads it: a letter alone lower-case, as it is typed ("m" beside
    "Shift+M": "M" and "Shift+M" read as the same key); any other key as Qt writes it."""
    return text.lower() if len(text) == 1 and text.isalpha() else text


class KeyMenu(QMenu):
    """A menu that shows a letter key as it is typed ("r", not "R" above "Shift+M").

    Qt draws an action's first shortcut after a tab of the item's text; only the drawn
    text is changed, so ``action.text()`` — what the cheat sheet, tooltips and screen
    readers read — stays the label alone."""

    def initStyleOption(self, option: QStyleOptionMenuItem, action: QAction) -> None:
        super().initStyleOption(option, action)
        label, tab, keys = option.text.partition("\t")
        if tab:
            option.text = f"{label}\t{key_label(keys)}"
