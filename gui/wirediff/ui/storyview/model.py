"""The story table as a Qt table model: cells computed when first asked for, and kept.

Qt asks only for the cells on screen (the delegate paints them, the view asks their
tooltips), so a 50-version story of 300 rows never has its 16,000 cells cut into pieces at
once; the last few thousand asked for are kept.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from wirediff.core.report.story_data import BREAK_WORDS
from wirediff.core.storytable import CellState, RowKind, TableRow, Tally
from wirediff.ui.common.marked import marked
from wirediff.ui.common.roles import COPY_ROLE
from wirediff.ui.common.text import plain_tooltip
from wirediff.ui.storyview.cells import BASE_COLUMN, CellRuns, cell_runs
from wirediff.ui.storyview.data import StoryTableData, heading

Index = QModelIndex | QPersistentModelIndex
KEEP = 4000  # cells kept once computed

_STATE = {
    CellState.EQUAL: "kept word for word",
    CellState.CHANGED: "kept with changes",
    CellState.MOVED: "moved",
    CellState.CUT: "cut by this version",
    CellState.ADDED: "added by this version",
    CellState.ABSENT: "not in this version",
}


ADDED_MARK = "+"  # after the margin's number of a row of text the base does not have
# How the margin's bar tells its parts apart without colour (``margin``), in words.
MARGIN_KEY = (
    "Bar: solid = kept word for word, striped = kept with changes, dotted = moved; "
    f"{ADDED_MARK} after the number: text not in the base (solid blue: the versions that "
    "added it)"
)


def row_label(row: TableRow) -> str:
    """The row's number as the margin shows it ("3", or "4 +" for text not in the base)."""
    number = str(row.index + 1)
    return f"{number} {ADDED_MARK}" if row.kind is RowKind.ADDED else number


def tally_text(kind: RowKind, tally: Tally, versions: int) -> str:
    """What a row's margin bar counts, in words."""
    if kind is RowKind.ADDED:
        moved = f" ({tally.moved} moved here)" if tally.moved else ""
        have = tally.added + tally.moved
        return f"Text not in the base: {have} of {versions} versions have it{moved}"
    return (
        f"Kept by {tally.kept} of {versions} versions ({tally.equal} word for word, "
        f"{tally.changed} with changes); moved by {tally.moved}; cut by {tally.cut}"
    )


class StoryTableModel(QAbstractTableModel):
    """Rows of the story table, the base and each version as columns."""

    def __init__(self) -> None:
        super().__init__()
        self.data_: StoryTableData | None = None
        self._cells: OrderedDict[tuple[int, int], CellRuns] = OrderedDict()
        self._headings: list[tuple[str, str]] = []  # each column's (text, tooltip)

    def set_table(self, data: StoryTableData | None) -> None:
        self.beginResetModel()
        self.data_ = data
        self._cells.clear()
        # The header asks for these on every paint: made once.
        self._levels: dict[int, tuple[str, str]] = {}
        self._headings = [] if data is None else [heading(data, c) for c in range(data.columns)]
        self.endResetModel()

    def set_levels(self, levels: Mapping[int, tuple[str, str]]) -> None:
        """Derivation levels of documents (document -> its word, the sentence saying it):
        the headers of their columns name them."""
        data = self.data_
        if data is None:
            return
        self._levels.update(levels)
        for column in range(1, data.columns):
            found = self._levels.get(data.docs[column])
            if found is not None:
                self._headings[column] = heading(data, column, found)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, data.columns - 1)

    def runs(self, row: int, column: int) -> CellRuns:
        """The cell's runs, cut from the table's pieces the first time they are asked for."""
        key = (row, column)
        found = self._cells.get(key)
        if found is not None:
            self._cells.move_to_end(key)
            return found
        assert self.data_ is not None
        found = cell_runs(self.data_.table, row, column)
        self._cells[key] = found
        if len(self._cells) > KEEP:
            self._cells.popitem(last=False)
        return found

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.data_ is None else len(self.data_.table.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.data_ is None else self.data_.columns

    def data(self, index: Index, role: int = 0) -> Any:
        if not index.isValid() or self.data_ is None:
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.runs(row, column).text.replace("\u2028", "\n")
        if role == COPY_ROLE:
            return marked(self.runs(row, column).runs).replace("\u2028", "\n")
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.runs(row, column).spoken.replace("\u2028", "\n")
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(self._cell_tip(row, column))
        return None

    def _cell_tip(self, row: int, column: int) -> str:
        assert self.data_ is not None
        table = self.data_.table
        name = heading(self.data_, column)[0].replace("\n", " · ")
        if column == BASE_COLUMN:
            state = "the base's unit" if table.rows[row].kind is RowKind.BASE else "not in the base"
        else:
            breaks = (BREAK_WORDS[kind] for kind in table.breaks(row, column - 1))
            state = ", ".join([_STATE[table.cell(row, column - 1).state], *breaks])
        text = self.runs(row, column).text.replace("\u2028", "\n")
        return f"{name}, row {row + 1}: {state}" + (f"\n\n{text}" if text else "")

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        data = self.data_
        if data is None:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if role == Qt.ItemDataRole.DisplayRole:
                return self._headings[section][0]
            if role == Qt.ItemDataRole.ToolTipRole:
                return plain_tooltip(self._headings[section][1])
            return None
        row = data.table.rows[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return row_label(row)
        if role == Qt.ItemDataRole.AccessibleTextRole:  # the "+" and the bar, in words
            added = ", text not in the base" if row.kind is RowKind.ADDED else ""
            return f"Row {section + 1}{added}"
        tally = tally_text(row.kind, row.tally, len(data.table.columns))
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return tally
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(f"{tally}\n{MARGIN_KEY}")
        return None
