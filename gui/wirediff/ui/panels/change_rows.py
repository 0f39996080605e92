"""The change list's rows, built with the pair in the worker: a model whose data Qt reads
without Python.

A Python model's ``data()`` is called by Qt for every role of every cell it paints (about
900 calls for a screenful of changes), and each call takes the GIL: behind a CPU-bound
worker (a grouping, a story's count) a paint of the list waited 60–70 ms for it. A
``QStandardItemModel`` answers in C++ (`benchmarks/bench_change_list.py` measures both);
its items are made in the worker that compares the pair, the model (made empty in the GUI
thread: ``jobs.handover``) handed back to it with the pair's documents, and only the rows
whose marks change are set again.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from wirediff.core.display import isolated
from wirediff.core.textsafe import printable
from wirediff.ui.common.text import folded, plain_tooltip
from wirediff.ui.jobs.handover import hand_to_gui_thread, let_go, own

KINDS = {
    "replace": "changed",
    "delete": "deleted",
    "insert": "inserted",
    "move": "moved",
    "split": "¶ split",
    "join": "¶ joined",
}
HEADERS = ("#", "Kind", "⚑", "Change")
SPOKEN = ("Number", "Kind", "Flag and note", "Change")  # "⚑" said in words
FLAG, NOTE = "⚑", "✎"
MARKS, CHANGE = 2, 3  # the columns that say a change's marks


@dataclass(slots=True)
class ChangeRows:
    """One row per change of a pair (number, kind, marks, 'old → new'), and its marks."""

    model: QStandardItemModel
    excerpts: Sequence[str]
    flagged: set[int] = field(default_factory=set)
    notes: dict[int, str] = field(default_factory=dict)
    sections: Sequence[str] = ()  # the section each change is in ("" where none)

    def marks(self, row: int) -> str:
        return (FLAG if row in self.flagged else "") + (NOTE if row in self.notes else "")

    def set_marks(self, flags: set[int], notes: Mapping[int, str]) -> None:
        """Flag and note the rows so; only the rows whose marks differ are set again."""
        old_flags, old_notes = self.flagged, self.notes
        self.flagged, self.notes = set(flags), dict(notes)
        rows = (old_flags ^ self.flagged) | {
            row
            for row in old_notes.keys() | self.notes.keys()
            if old_notes.get(row) != self.notes.get(row)
        }
        for row in sorted(r for r in rows if 0 <= r < len(self.excerpts)):
            self._mark(row)

    def _mark(self, row: int) -> None:
        note = self.notes.get(row)
        text = self.excerpts[row] + (f"   {NOTE} {isolated(folded(note))}" if note else "")
        section = self.sections[row] if row < len(self.sections) else ""
        tip = tooltip(self.excerpts[row], row in self.flagged, note, section)
        for col, shown in ((MARKS, self.marks(row)), (CHANGE, text)):
            item = self.model.item(row, col)
            item.setText(shown)
            item.setToolTip(tip)


def tooltip(excerpt: str, flagged: bool, note: str | None, section: str = "") -> str:
    """A change's marks, words and section ("In Part 2 — Licensing › 14"), for the tooltip
    of its marks and its words."""
    flag = "Flagged\n" if flagged else ""
    where = f"\n\nIn {isolated(printable(section, one_line=True))}" if section else ""
    note_text = f"\n\nNote: {printable(note)}" if note else ""  # (its own controls as marks)
    return plain_tooltip(flag + excerpt + where + note_text, isolating=True)


def empty_model() -> QStandardItemModel:
    model = QStandardItemModel(0, len(HEADERS))
    model.setHorizontalHeaderLabels(list(HEADERS))
    for col, spoken in enumerate(SPOKEN):
        model.setHeaderData(
            col, Qt.Orientation.Horizontal, spoken, Qt.ItemDataRole.AccessibleTextRole
        )
    return model


def blank_rows() -> QStandardItemModel:
    """An empty model for a worker's ``change_rows`` (made in the GUI thread, let go of)."""
    return let_go(empty_model())


def change_rows(
    kinds: Sequence[str],
    excerpts: Sequence[str],
    sections: Sequence[str] = (),
    blank: QStandardItemModel | None = None,
) -> ChangeRows:
    """The rows of a pair's changes, unmarked (in a worker, filling ``blank``: its model is
    then handed to the GUI thread, which only the thread that owns it may do; in the GUI
    thread, as is); ``sections``: the section of each ("" where none), said in its tooltip."""
    model = own(blank, empty_model)
    for row, (kind, excerpt) in enumerate(zip(kinds, excerpts, strict=True)):
        section = sections[row] if row < len(sections) else ""
        tip = tooltip(excerpt, False, None, section)
        marks, words = QStandardItem(""), QStandardItem(excerpt)
        marks.setToolTip(tip)
        words.setToolTip(tip)
        model.appendRow(
            [QStandardItem(str(row + 1)), QStandardItem(KINDS.get(kind, kind)), marks, words]
        )
    return ChangeRows(hand_to_gui_thread(model), tuple(excerpts), sections=tuple(sections))
