"""The keyboard cheat sheet (F1 or ?), generated from the action table, with a colour key."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wirediff.ui.common.theme import Theme
from wirediff.ui.shell.actions import ACTIONS, key_text

_CONTEXT = {
    "list": " (in the list)",
    "diff": " (in the diff)",
    "changes": " (in the changes list)",
    "find": " (in the find bar)",
}


# The section of an action that is in no menu (it works only where its context has focus).
_SECTION = {"list": "Compare", "diff": "Go", "changes": "Go", "find": "View"}


def cheat_rows() -> list[tuple[str, str, str]]:
    """(section, action, keys) for every action with keys, grouped by menu, one per label."""
    rows: dict[str, tuple[str, str, list[str]]] = {}
    for spec in ACTIONS:
        keys = key_text(spec)
        if not keys:
            continue
        label = spec.text.replace("&", "").rstrip("…")
        menu = spec.menu.replace("&", "") or _SECTION.get(spec.context, "View")
        entry = rows.setdefault(label, (menu, label, []))
        entry[2].append(keys + _CONTEXT.get(spec.context, ""))
    order = list(dict.fromkeys(menu for menu, _label, _keys in rows.values()))
    ranked = sorted(rows.values(), key=lambda row: order.index(row[0]))
    return [(menu, label, ", ".join(keys)) for menu, label, keys in ranked]


def _legend(th: Theme) -> list[tuple[str, str, Cue]]:
    return [
        ("deleted", th.delete_bg, Cue(strike=True)),
        ("inserted", th.insert_bg, Cue(underline=True)),
        ("replaced", th.replace_bg, Cue(underline=True)),
        ("moved", th.moved_bg, Cue(italic=True)),
    ]


class Cue:
    """The second, colour-free cue of a highlight kind."""

    def __init__(self, strike: bool = False, underline: bool = False, italic: bool = False):
        self.strike, self.underline, self.italic = strike, underline, italic

    def font(self, base: QFont) -> QFont:
        font = QFont(base)
        font.setStrikeOut(self.strike)
        font.setUnderline(self.underline)
        font.setItalic(self.italic)
        return font


class CheatSheet(QDialog):
    """A dialog listing every shortcut, grouped by menu."""

    def __init__(self, th: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cheat_sheet")
        self.setWindowTitle("Keyboard cheat sheet — wirediff")
        self.tree = QTreeWidget()
        self.tree.setObjectName("cheat_tree")
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels(["Action", "Keys"])
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.tree.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._fill(th)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Every action of wirediff and its keys. Esc closes this window."))
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        screen = self.screen().availableGeometry()
        self.resize(min(620, int(screen.width() * 0.9)), min(680, int(screen.height() * 0.9)))

    def _fill(self, th: Theme) -> None:
        bold = QFont(self.font())
        bold.setBold(True)
        last = None
        for menu, label, keys in cheat_rows():
            if menu != last:
                header = QTreeWidgetItem(self.tree, [menu, ""])
                header.setFont(0, bold)
                header.setFirstColumnSpanned(True)
                last = menu
            QTreeWidgetItem(self.tree, ["    " + label, keys])
        header = QTreeWidgetItem(self.tree, ["Highlights", ""])
        header.setFont(0, bold)
        header.setFirstColumnSpanned(True)
        for name, colour, style in _legend(th):
            item = QTreeWidgetItem(self.tree, ["    " + name, "example text"])
            item.setBackground(1, QBrush(QColor(colour)))
            item.setForeground(1, QBrush(QColor("#FFFFFF" if th.dark else "#000000")))
            item.setFont(1, style.font(self.font()))

    def rows(self) -> list[tuple[str, str]]:
        """What the sheet shows, for tests."""
        out = []
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            out.append((item.text(0).strip(), item.text(1)))
        return out
