"""The story table: every version of a story against its base, unit by unit. No Qt.

``build_story_table(base, versions, options, on_progress=, should_cancel=)`` diffs each
version against the base (``wirediff.core.compare``, once per version) and lays the diffs out
as a ``StoryTable``: one row per unit of the base and, between them, rows of text the versions
added; one column per version, in the caller's order; per cell the version's text for that
row, its state (equal, changed, moved, cut; added or absent on added rows), the rows of its
pair diff and links to the other place of moved units; per row a ``Tally`` of what the
versions did; per column the comparison, its stats and a heading. ``StoryTable.pieces(row,
column)`` cuts a cell's text at its word changes on demand. ``story_documents(index, story)``
gives a story of a ``StoryIndex`` as (base, versions) in the story's order, boilerplate left
out. ``assemble`` builds the table from diffs the caller already has.
"""

from wirediff.core.storytable.bands import interleave, unit_key
from wirediff.core.storytable.build import assemble, build_story_table, compare_versions
from wirediff.core.storytable.model import (
    Cell,
    CellState,
    Column,
    RowKind,
    StoryTable,
    TableRow,
    Tally,
)
from wirediff.core.storytable.pieces import CellPiece
from wirediff.core.storytable.source import story_documents

__all__ = [
    "Cell",
    "CellPiece",
    "CellState",
    "Column",
    "RowKind",
    "StoryTable",
    "TableRow",
    "Tally",
    "assemble",
    "build_story_table",
    "compare_versions",
    "interleave",
    "story_documents",
    "unit_key",
]
