"""Review ▸ Flags & notes: every flag and note of the open folder, and whether each still
applies (current, edited, orphaned with the reason). Enter or a double click opens one: its
pair, at its change; Delete (Forget…) removes the chosen ones from the review store."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import PurePath

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wirediff.core.counts import count
from wirediff.core.review import Listed, Status
from wirediff.ui.common.text import change_line, folded, one_line, plain_tooltip

FORGET_KEY = "Del"  # (the cheat sheet and README list it; not Ctrl+D of some desktops)
_ENTRY = Qt.ItemDataRole.UserRole  # an item's place in ``FlagsDialog.entries``
HEADERS = ("Pair", "Change", "⚑", "Note", "Status", "When")
EXCERPT = 60  # characters of a change's words shown in the list (all in the tooltip)
PAIR_CHARS = 40  # the widest the pair column gets (its tooltip has the paths)


def change_text(entry: Listed) -> str:
    """A change as "old → new" (one side only for a deletion or an insertion)."""
    if entry.mark is None:
        return "(the whole pair)"
    anchor = entry.mark.anchor
    old, new = folded(anchor.left, EXCERPT // 2), folded(anchor.right, EXCERPT // 2)
    return change_line("replace" if old and new else "delete" if old else "insert", old, new)


def status_text(entry: Listed) -> str:
    return entry.status.value + (f": {entry.reason}" if entry.reason else "")


def when_text(stamp: str) -> str:
    """An ISO UTC stamp in the local time, to the minute."""
    try:
        return datetime.fromisoformat(stamp).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return stamp


def marks_text(entries: Sequence[Listed], join: str = ", ", zeros: bool = True) -> str:
    """ "2 flags, 1 note" (a flagged change with a note counts in both); ``zeros`` False
    leaves a count of none out ("1 note")."""
    counts = [
        (sum(1 for e in entries if e.flagged), "flag"),
        (sum(1 for e in entries if e.note), "note"),
    ]
    said = [count(n, noun) for n, noun in counts if n or zeros]
    return join.join(said) or count(len(entries), "mark")


def summary(entries: Sequence[Listed]) -> str:
    """ "2 flags, 1 note on 2 pairs (1 orphaned: …)"."""
    if not entries:
        return "No flags or notes on pairs of these documents"
    pairs = len({(e.left.hash, e.right.hash) for e in entries})
    orphaned = sum(1 for e in entries if e.status is Status.ORPHANED)
    gone = f" ({orphaned} orphaned: their text or document is gone)" if orphaned else ""
    return f"{marks_text(entries)} on {count(pairs, 'pair')}{gone}"


def _name(path: str) -> str:
    return PurePath(path).name


class FlagsDialog(QDialog):
    """The list, a line saying how many there are, Export… and Close."""

    entry_activated = Signal(object)  # Listed: open its pair at its change
    export_requested = Signal()  # export them all (CSV or JSON)
    forget_requested = Signal(object)  # list[Listed]: remove them from the store

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("flags_dialog")
        self.setWindowTitle("Flags & notes — wirediff")
        hint = QLabel(
            "Every flag and note on pairs of the documents open. Enter or a double click "
            "opens the pair at its change; Delete forgets the chosen ones."
        )
        hint.setWordWrap(True)
        self.view = QTreeWidget()
        self.view.setObjectName("flags_view")
        self.view.setAccessibleName("Flags and notes")
        self.view.setColumnCount(len(HEADERS))
        self.view.setHeaderLabels(list(HEADERS))
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.itemActivated.connect(self._activated)
        header = self.view.header()
        metrics = self.view.fontMetrics()
        for col, sample in enumerate(("000.txt ↔ 001.txt", "", "⚑", "", "orphaned", "")):
            if sample:
                header.resizeSection(col, metrics.horizontalAdvance(sample) + 24)
        header.resizeSection(1, metrics.horizontalAdvance("x" * 30))
        header.resizeSection(5, metrics.horizontalAdvance("2025-01-31 09:15") + 16)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.status = QLabel("")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = QPushButton("Export…")
        self.export_button.setToolTip("Write them all to a CSV or JSON file")
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.clicked.connect(self.export_requested)
        self.forget_button = QPushButton("Forget…")
        self.forget_button.setToolTip(
            "Remove the chosen flags and notes from the review store (Delete): orphaned "
            "ones too, whose pair can no longer be opened"
        )
        buttons.addButton(self.forget_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.forget_button.clicked.connect(self.forget_selected)
        forget_key = QShortcut(QKeySequence(FORGET_KEY), self.view)
        forget_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        forget_key.activated.connect(self.forget_selected)
        buttons.rejected.connect(self.hide)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.entries: list[Listed] = []
        room = parent.width() - 60 if parent is not None else 900
        self.resize(max(560, min(900, room)), 420)

    def set_waiting(self) -> None:
        self.status.setText("Reading the review store…")

    def set_entries(self, entries: Sequence[Listed]) -> None:
        """Show ``entries`` (as ``ReviewStore.list_flags_and_notes`` gives them)."""
        self.entries = list(entries)
        self.view.setSortingEnabled(False)
        self.view.clear()
        for i, entry in enumerate(self.entries):
            self.view.addTopLevelItem(self._item(i, entry))
        self.view.setSortingEnabled(True)
        self.view.resizeColumnToContents(0)  # the pair's two file names, within reason:
        wide = self.view.fontMetrics().horizontalAdvance("x" * PAIR_CHARS)
        self.view.header().resizeSection(0, min(wide, self.view.header().sectionSize(0)))
        self.status.setText(summary(self.entries))
        self.forget_button.setEnabled(bool(self.entries))
        first = self.view.topLevelItem(0)
        if first is not None:
            self.view.setCurrentItem(first)
        self.view.setFocus()

    def _item(self, i: int, entry: Listed) -> QTreeWidgetItem:
        pair = one_line(f"{_name(entry.left.path)} ↔ {_name(entry.right.path)}")
        cells = [
            pair,
            change_text(entry),
            "⚑" if entry.flagged else "",
            folded(entry.note),
            one_line(status_text(entry)),
            when_text(entry.at),
        ]
        item = QTreeWidgetItem(cells)
        item.setData(0, _ENTRY, i)
        item.setToolTip(0, plain_tooltip(f"{entry.left.path}\n{entry.right.path}"))
        if entry.mark is not None:
            anchor = entry.mark.anchor
            item.setToolTip(1, plain_tooltip(f"Base: {anchor.left}\nOther: {anchor.right}"))
        if entry.note:
            item.setToolTip(3, plain_tooltip(entry.note))
        item.setToolTip(4, plain_tooltip(status_text(entry)))
        return item

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        i = item.data(0, _ENTRY)
        if i is not None:
            self.entry_activated.emit(self.entries[int(i)])

    def selected_entries(self) -> list[Listed]:
        """The chosen entries, in the list's order."""
        rows = sorted(self.view.selectedItems(), key=self.view.indexOfTopLevelItem)
        return [self.entries[int(item.data(0, _ENTRY))] for item in rows]

    def forget_selected(self) -> None:
        chosen = self.selected_entries()
        if chosen:
            self.forget_requested.emit(chosen)

    def current_entry(self) -> Listed | None:
        item = self.view.currentItem()
        return None if item is None else self.entries[int(item.data(0, _ENTRY))]
