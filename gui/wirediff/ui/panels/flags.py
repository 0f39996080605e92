"""Review ▸ Flags & notes: every flag and note of the open folder, and whether each still
applies (current, edited, orphaned with the reason). Enter opens one and goes to it (its
pair, at its change: the list closes, the keyboard in the diff); Space or a double click opens
it and stays in the list, to look at one after another; Delete (Forget…) removes the chosen
ones from the review store."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import PurePath

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wirediff.core.counts import count
from wirediff.core.result import BREAK_KINDS
from wirediff.core.review import Listed, Status
from wirediff.ui.common.text import change_line, folded, one_line, plain_tooltip
from wirediff.ui.panels.screen import chars, fit, lines
from wirediff.ui.panels.views import (
    ENTER_KEYS,
    ColumnShares,
    PiecesCut,
    enter_activates,
    lettered,
    text_widths,
)
from wirediff.ui.widgets.bidi_cells import IsolatingCells

# Keys handled here (the cheat sheet and README list them).
FORGET_KEY = "Del"  # (not Ctrl+D of some desktops)
GO_KEYS = ENTER_KEYS  # open the entry and go to it: the list closes, the keyboard in the diff
PEEK_KEYS = (Qt.Key.Key_Space,)  # open it, staying in the list (a double click too)
_ENTRY = Qt.ItemDataRole.UserRole  # an item's place in ``FlagsDialog.entries``
_PIECES = Qt.ItemDataRole.UserRole + 1  # the pair's two file names, each cut in its middle
PAIR_JOIN = " ↔ "
HEADERS = ("Pair", "Change", "⚑", "Note", "Status", "When")
EXCERPT = 60  # characters of a change's words shown in the list (all in the tooltip)
# The widest each column gets, in characters (0: as wide as its text, which is short); the
# tooltips have the whole text. Narrower in proportion when the window is (Note takes the
# room left over). The pair's holds two file names of wire copy ("000_95eef2de69d379ca.txt")
# whole, when the window has the room (else each is cut in its middle).
CAPS = (52, 30, 0, 30, 40, 0)  # pair (its tooltip has the paths), change, ⚑, note, status, when
NOTE_COLUMN = 3
FIXED_COLUMNS = (2, 5)
# The window's size when it first opens, in the font's (within the screen): at 120 the pair
# had 20 characters on a 1400-pixel screen.
WIDTH_CHARS, HEIGHT_LINES = 150, 24


def change_text(entry: Listed) -> str:
    """A change as "old → new" (one side only for a deletion or an insertion)."""
    if entry.mark is None:
        return "(the whole pair)"
    anchor = entry.mark.anchor
    if anchor.kind in BREAK_KINDS:  # one side shown: the words around the break
        old, new = (folded(words, EXCERPT) for words in anchor.words())
        return change_line(anchor.kind, old, new)
    if anchor.kind == "move":  # "⇄ text", as the changes list says it (it read "+ text")
        old, new = (folded(words, EXCERPT) for words in anchor.words())
        return change_line("move", old, new)
    old, new = (folded(words, EXCERPT // 2) for words in anchor.words())
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


def _identity(entry: Listed | None) -> tuple[object, ...] | None:
    """What an entry is, across two readings of the list: its stored pair and mark."""
    if entry is None:
        return None
    return (entry.stored, entry.mark.stored_key if entry.mark is not None else None)


class FlagsDialog(QDialog):
    """The list, a line saying how many there are, Export… and Close."""

    entry_activated = Signal(object)  # Listed: open its pair at its change (Space, double click)
    entry_entered = Signal(object)  # ... and go to it, the list closing (Enter)
    export_requested = Signal()  # export them all (CSV or JSON)
    forget_requested = Signal(object)  # list[Listed]: remove them from the store

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("flags_dialog")
        self.setWindowTitle("Flags & notes — wirediff")
        hint = QLabel(
            "Every flag and note on pairs of the documents open. Enter opens the pair at its "
            "change and goes to it (Review ▸ Flags & notes comes back here); Space or a double "
            "click opens it and stays here; Delete forgets the chosen ones."
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
        # A to Z by pair (within a pair, in the order they were made): Qt's header starts
        # descending, and the list read Z to A.
        self.view.header().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.itemActivated.connect(self._activated)  # a double click: stays here
        enter_activates(self.view, self._entered)
        peek = QShortcut(QKeySequence(PEEK_KEYS[0]), self.view)
        peek.setContext(Qt.ShortcutContext.WidgetShortcut)
        peek.activated.connect(self._peek)
        # Each file name of a pair cut in its middle: both rows of one base read
        # "000_95eef2de69d379c…" cut at the end.
        self.pairs = PiecesCut(self.view, _PIECES)
        self.view.setItemDelegateForColumn(0, self.pairs)
        # An Urdu note cut at its end, its left (the "…" came at its right, by its start).
        self.view.setItemDelegateForColumn(NOTE_COLUMN, IsolatingCells(self.view))
        self.columns = ColumnShares(self.view, stretch=NOTE_COLUMN, fixed=FIXED_COLUMNS)
        self.columns.want(self._wants())
        self.status = QLabel("")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        buttons = lettered(QDialogButtonBox(QDialogButtonBox.StandardButton.Close))
        self.export_button = QPushButton("&Export…")
        self.export_button.setToolTip("Write them all to a CSV or JSON file")
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.clicked.connect(self.export_requested)
        self.forget_button = QPushButton("&Forget…")
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
        fit(self, chars(self, WIDTH_CHARS), lines(self, HEIGHT_LINES))

    def set_waiting(self) -> None:
        self.status.setText("Reading the review store…")

    def set_entries(self, entries: Sequence[Listed]) -> None:
        """Show ``entries`` (as ``ReviewStore.list_flags_and_notes`` gives them)."""
        was, row = self.current_entry(), max(0, self._current_row())
        self.entries = list(entries)
        self.view.setSortingEnabled(False)
        self.view.clear()
        for i, entry in enumerate(self.entries):
            self.view.addTopLevelItem(self._item(i, entry))
        self.view.setSortingEnabled(True)
        self.columns.want(self._wants())
        self.status.setText(summary(self.entries))
        self.forget_button.setEnabled(bool(self.entries))
        # The entry the user was on, if it is still listed (opened again, or read again
        # after a change): else the one now at its place.
        again = _identity(was)
        rows = [self.view.topLevelItem(r) for r in range(self.view.topLevelItemCount())]
        same = [item for item in rows if _identity(self._entry_of(item)) == again]
        current = same[0] if same else rows[min(row, len(rows) - 1)] if rows else None
        if current is not None:
            self.view.setCurrentItem(current)
        self.view.setFocus()

    def _wants(self) -> list[int]:
        """Each column's width: its header's and its cells' (the pair's two file names, a
        change's words, a note, a status), within ``CAPS`` characters."""
        return text_widths(self.view, [chars(self, cap) for cap in CAPS])

    def _current_row(self) -> int:
        item = self.view.currentItem()
        return -1 if item is None else self.view.indexOfTopLevelItem(item)

    def _entry_of(self, item: QTreeWidgetItem | None) -> Listed | None:
        return None if item is None else self.entries[int(item.data(0, _ENTRY))]

    def _item(self, i: int, entry: Listed) -> QTreeWidgetItem:
        names = (one_line(_name(entry.left.path)), one_line(_name(entry.right.path)))
        cells = [
            PAIR_JOIN.join(names),
            change_text(entry),
            "⚑" if entry.flagged else "",
            folded(entry.note),
            one_line(status_text(entry)),
            when_text(entry.at),
        ]
        item = QTreeWidgetItem(cells)
        item.setData(0, _ENTRY, i)
        item.setData(0, _PIECES, [(names[0], True), (PAIR_JOIN, False), (names[1], True)])
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

    def _peek(self) -> None:
        item = self.view.currentItem()
        if item is not None:
            self._activated(item)

    def _entered(self, index: QModelIndex) -> None:
        entry = self._entry_of(self.view.itemFromIndex(index))
        if entry is not None:
            self.entry_entered.emit(entry)

    def say(self, text: str) -> None:
        """``text`` in the line under the list (why an entry cannot be opened)."""
        self.status.setText(one_line(text))

    def selected_entries(self) -> list[Listed]:
        """The chosen entries, in the list's order."""
        rows = sorted(self.view.selectedItems(), key=self.view.indexOfTopLevelItem)
        return [self.entries[int(item.data(0, _ENTRY))] for item in rows]

    def forget_selected(self) -> None:
        chosen = self.selected_entries()
        if chosen:
            self.forget_requested.emit(chosen)

    def current_entry(self) -> Listed | None:
        return self._entry_of(self.view.currentItem())
