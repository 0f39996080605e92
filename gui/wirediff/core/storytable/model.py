"""The story table: plain frozen data and the queries a view or a report asks of it.

Offsets are code points: ``TableRow.base`` into the base's text, ``Cell.span`` into the
column's version text (``Column.comparison.right_text``).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from wirediff.core.display import doc_heading
from wirediff.core.document import Document
from wirediff.core.options import CompareOptions
from wirediff.core.result import ChangeKind, Comparison, Span
from wirediff.core.storytable.pieces import CellPiece, cell_pieces


class RowKind(StrEnum):
    BASE = "base"  # a unit of the base text
    ADDED = "added"  # text one or more versions have between two units of the base


class CellState(StrEnum):
    """What a version did with a row."""

    EQUAL = "equal"  # base row: the version has the unit word for word (as compared)
    CHANGED = "changed"  # base row: kept with word changes (or partly cut, moved, added to)
    MOVED = "moved"  # base row: the unit is elsewhere in the version (Cell.moved_to);
    # added row: a unit of the base this version moved here (Cell.moved_from)
    CUT = "cut"  # base row: the version does not have the unit at all
    ADDED = "added"  # added row: text this version added here
    ABSENT = "absent"  # added row: this version has no such text here


@dataclass(frozen=True, slots=True)
class Cell:
    """One version's text for one row."""

    state: CellState
    # The rows of the column's Comparison that make up this cell, in reading order (empty
    # when absent): where the version's pair diff opens for this cell.
    pair_rows: tuple[int, ...]
    # Moved units: the table rows where units of the base in this cell went (a unit moved
    # away), and where units now in this cell were in the base (a unit moved here).
    moved_to: tuple[int, ...] = ()
    moved_from: tuple[int, ...] = ()
    # The version's text in this cell, [start, end) of its right_text; None when it has none.
    span: Span | None = None


@dataclass(frozen=True, slots=True)
class Tally:
    """How many versions did what with a row (the counts add up to the number of columns)."""

    equal: int = 0
    changed: int = 0
    moved: int = 0
    cut: int = 0
    added: int = 0
    absent: int = 0

    @property
    def kept(self) -> int:
        """Versions that have the base unit in place, word for word or with changes."""
        return self.equal + self.changed


@dataclass(frozen=True, slots=True)
class TableRow:
    index: int
    kind: RowKind
    base: Span | None  # the base unit, [start, end) of the base's text; None for added rows
    cells: tuple[Cell, ...]  # one per column
    tally: Tally


@dataclass(frozen=True, slots=True)
class Column:
    """One version, compared with the base (the base on the left of ``comparison``)."""

    index: int
    doc: Document
    comparison: Comparison
    # The table row of each row of ``comparison`` (by its index): from a place in the pair
    # diff back to the table.
    table_rows: tuple[int, ...]

    @property
    def heading(self) -> str:
        """outlet · date · file name."""
        return doc_heading(self.doc)

    @property
    def kept(self) -> float:
        """Share of the base's words found in this version, 0..1 (``Stats.left_in_right``)."""
        return self.comparison.stats.left_in_right


@dataclass(frozen=True, slots=True)
class StoryTable:
    """Every version of a story against its base, unit by unit. Build with
    ``wirediff.core.storytable.build_story_table`` (or ``assemble``).

    ``rows`` are in reading order: base units in the base's order, and before each, the
    text versions added at that place (``RowKind.ADDED``). ``columns`` are the versions in
    the order the caller gave them.
    """

    base: Document  # its ``text`` is the left text of every column's comparison
    columns: tuple[Column, ...]
    rows: tuple[TableRow, ...]
    options: CompareOptions

    def cell(self, row: int, column: int) -> Cell:
        return self.rows[row].cells[column]

    def pieces(self, row: int, column: int) -> tuple[CellPiece, ...]:
        """The cell's text cut where its words differ from the base, computed on demand (a
        view asks only for the cells it shows). Empty for a cut or absent cell."""
        cell = self.rows[row].cells[column]
        if cell.state in (CellState.CUT, CellState.ABSENT):
            return ()
        return cell_pieces(self.columns[column].comparison, cell.pair_rows)

    def breaks(self, row: int, column: int) -> tuple[ChangeKind, ...]:
        """The paragraph breaks the version's pair diff tells in this cell's rows (``SPLIT``:
        the version breaks the base's paragraph here, ``JOIN``: it runs two into one), in
        reading order: a re-paragraphed cell read "word for word" with no word of it."""
        comparison = self.columns[column].comparison
        changes = comparison.changes
        return tuple(
            changes[i].kind
            for r in self.rows[row].cells[column].pair_rows
            for i in comparison.breaks.get(r, ())
        )

    def cell_text(self, row: int, column: int) -> str:
        """What the version reads in this cell (its own words, without the base's words it
        cut): "" for a cut or absent cell."""
        return "".join(p.text for p in self.pieces(row, column) if p.version).rstrip()

    def base_text(self, row: int) -> str:
        """The base unit of a base row, without its trailing white space ("" for added
        rows)."""
        span = self.rows[row].base
        return "" if span is None else self.base.text[span.start : span.end].rstrip()
