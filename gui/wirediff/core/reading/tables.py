"""A table's row as every reader gives it: one line, its cells apart by a space and a tab.

A table in a Word file, a web page or a Markdown file, and the same table typed in a text
file (a row a line, its columns set out with spaces), are one text: a row is one unit of the
comparison in each. Read a cell a paragraph, a draft's schedule in .docx against the same
schedule in .txt was dozens of changes ("− section 43", "− £1,000", "− £600", "+ section 44
£1,000 £600"), and the fines changed in it were missing from "Figures changed" (a tester
comparing a bill's drafts). A table laid out for its looks (an article in a cell, two
columns of prose) is no data: a row with a long cell is read as before, a paragraph a line.
"""

from __future__ import annotations

from collections.abc import Sequence

# Between a row's cells: a space and a tab (a tab alone glued a cell to the next on screen
# when it ended just before a tab stop, "Conservatives12,977")
CELL_JOIN = " \t"
# Tables in cells read as rows this deep at most; a deeper one's cells a paragraph each
# (each level's rows join the text of all the levels within it again: a file of thousands
# of tables one in another would take time that grows as the square of their depth)
MAX_NESTED = 8
CELL_MAX_LINES = 3  # a data cell's paragraphs at most ("£5,000" / "(per day)")
CELL_MAX_WORDS = 30  # and its words


def row_lines(cells: Sequence[Sequence[str]]) -> list[str]:
    """The lines of a table row whose ``cells`` hold these lines (paragraphs) each: one line,
    the cells' text joined by ``CELL_JOIN`` (empty cells left out, as Word's empty
    paragraphs are), when two cells or more hold text and each is short; else every cell's
    lines, in order."""
    kept = [[" ".join(line.split()) for line in cell] for cell in cells]
    kept = [[line for line in cell if line] for cell in kept]
    kept = [cell for cell in kept if cell]
    short = all(
        len(cell) <= CELL_MAX_LINES and sum(len(line.split()) for line in cell) <= CELL_MAX_WORDS
        for cell in kept
    )
    if len(kept) >= 2 and short:
        return [CELL_JOIN.join(" ".join(cell) for cell in kept)]
    return [line.strip() for cell in cells for line in cell if line.strip()]
