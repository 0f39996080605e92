"""Menus that show an action's keys as the user types them, and say what an entry does."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtGui import QAction, QTextDocumentFragment
from PySide6.QtWidgets import QMenu, QStyleOptionMenuItem


def key_label(text: str) -> str:
    """A key as the user reads it: a letter alone lower-case, as it is typed ("m" beside
    "Shift+M": "M" and "Shift+M" read as the same key); any other key as Qt writes it."""
    return text.lower() if len(text) == 1 and text.isalpha() else text


def bare_label(text: str) -> str:
    """A menu label as Qt's default tooltip writes it: "..." and "…" taken out, each "&"
    that marks a letter dropped and "&&" read as the "&" it stands for."""
    return re.sub("&(.?)", r"\1", text.replace("...", "").replace("…", ""), flags=re.S).strip()


def explanation(action: QAction) -> str:
    """What ``action``'s tooltip says beyond its label ("" when it has none of its own: Qt
    makes one of the label, see ``bare_label``), as plain text. An entry whose label ends
    in "…" or has "&&" had its label said again as its status tip, hiding the line's
    message, and a screen reader said the entry twice (11 entries, "Flags & notes": a
    review)."""
    tip = action.toolTip().strip()
    if not tip or tip in (bare_label(action.text()), QAction(action.text()).toolTip()):
        return ""
    if tip.startswith("<"):  # (a rich-text tip, escaped by ``plain_tooltip``: its words)
        tip = QTextDocumentFragment.fromHtml(tip).toPlainText()
    return " ".join(tip.split())


class KeyMenu(QMenu):
    """A menu that shows a letter key as it is typed ("r", not "R" above "Shift+M"), and
    an entry's explanation: as a tooltip under the mouse, and on the status line while the
    entry is highlighted, from the keyboard too.

    Qt draws an action's first shortcut after a tab of the item's text; only the drawn
    text is changed, so ``action.text()`` — what the cheat sheet, tooltips and screen
    readers read — stays the label alone. A menu shows no tooltips unless told, and the
    status line shows an entry's status tip alone, which none had: the explanations of
    some 30 entries (what "The pair: independent texts" would do to the stories) could be
    read neither from the keyboard nor with the mouse (a keyboard-only walkthrough)."""

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.setToolTipsVisible(True)
        self.aboutToShow.connect(self._say_explanations)

    def _say_explanations(self) -> None:
        """Each entry's status tip from its tooltip, as it is now (some change with the
        state: a greyed entry says why)."""
        for action in self.actions():
            said = explanation(action)
            if action.statusTip() != said:
                action.setStatusTip(said)

    def initStyleOption(self, option: QStyleOptionMenuItem, action: QAction) -> None:
        super().initStyleOption(option, action)
        label, tab, keys = option.text.partition("\t")
        if tab:
            option.text = f"{label}\t{key_label(keys)}"
