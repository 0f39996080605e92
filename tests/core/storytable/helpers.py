"""Small made-up stories and the checks every story table must pass."""

from __future__ import annotations

from pathlib import Path

from wirediff.core.document import Document
from wirediff.core.storytable import CellState, RowKind, StoryTable

# Sentences long enough for the aligner to pair them and to detect a moved one.
P = (
    "The city council approved the new budget on Tuesday after a long debate about road repairs.",
    "Opposition members said the plan leaves too little money for schools and public libraries.",
    "The mayor promised to revisit the spending plan in the autumn if tax revenue rises again.",
    "Residents will be able to comment on the projects at a public meeting next month.",
    "The council's finance committee will publish a detailed report on the budget in June.",
)


def doc(name: str, *paragraphs: str, title: str = "Council approves budget") -> Document:
    return Document(Path(name), "\n\n".join(paragraphs) + "\n", title)


def check_table(table: StoryTable) -> None:
    """What holds for every table: base rows partition the base in order; every row of
    every pair diff is in exactly one cell, in the version's reading order; states match
    the row kinds; tallies add up; moved units are linked both ways."""
    pos = 0
    for row in table.rows:
        assert row.index == table.rows.index(row)
        assert len(row.cells) == len(table.columns)
        if row.kind is RowKind.BASE:
            assert row.base is not None and row.base.start == pos
            pos = row.base.end
        else:
            assert row.base is None
        t = row.tally
        assert t.equal + t.changed + t.moved + t.cut + t.added + t.absent == len(table.columns)
    assert pos == len(table.base.text)
    for k, column in enumerate(table.columns):
        assert column.index == k
        assert column.comparison.left_text == table.base.text
        assert column.comparison.right_text == column.doc.text
        seen = [i for row in table.rows for i in row.cells[k].pair_rows]
        assert seen == list(range(len(column.comparison.rows)))  # each once, reading order
        for row in table.rows:
            cell = row.cells[k]
            assert all(column.table_rows[i] == row.index for i in cell.pair_rows)
            states = _allowed[row.kind]
            assert cell.state in states, (row.index, k, cell)
            for target in cell.moved_to:
                assert row.index in table.rows[target].cells[k].moved_from
            for source in cell.moved_from:
                assert row.index in table.rows[source].cells[k].moved_to
            text = table.cell_text(row.index, k)
            if cell.span is not None:
                shown = column.doc.text[cell.span.start : cell.span.end]
                assert text == shown.rstrip(), (row.index, k)
            else:
                assert text == ""
        words = [w for row in table.rows for w in table.cell_text(row.index, k).split()]
        assert words == column.doc.text.split()  # moved-away units are not counted twice


_allowed = {
    RowKind.BASE: {CellState.EQUAL, CellState.CHANGED, CellState.MOVED, CellState.CUT},
    RowKind.ADDED: {CellState.ADDED, CellState.MOVED, CellState.ABSENT},
}
