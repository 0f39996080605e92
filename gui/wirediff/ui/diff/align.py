"""Rows that line up: the shorter side of each row on screen is padded to the taller one."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor

from wirediff.ui.diff.documents import ROW_SPACING
from wirediff.ui.diff.pane import DiffPane


def align_rows(master: DiffPane, other: DiffPane, first: int, last: int) -> None:
    """Pad the shorter side of rows ``first..last`` so both sides have the same height.

    The padding is the bottom margin of a row's last block. Only what is on ``master``'s
    screen is measured: a row that starts below the screen's bottom in either pane is not
    padded yet (measuring where it starts would lay out all that comes before it: the
    whole of a megabyte row above it), nor is a side of a row that goes on below it (its
    padding would not show); the other side is padded to that side's height so far.
    Scrolling down measures and pads them again.

    A pane is padded only once Qt has laid all of its document out (``ready_to_pad``: a
    short rest is laid out at once); until then the last slice of its layout lines the rows
    up (``LayoutPacer.advanced``).
    A block format changed while Qt's lazy layout is unfinished makes Qt lay out again from
    the checkpoint before that block and run on through the blocks it had not reached yet:
    those have no lines and no height, so no further checkpoint comes, and Qt takes the
    rest of the document for laid out for good (the rest blank, or, further down a long
    document, a run of some 250 empty rows; only a new width lays it out again).
    """
    panes = (master, other)
    changes: list[list[tuple[int, float]]] = [[], []]
    bottom = master.screen_bottom()
    for pane in panes:
        pane.pacer.ensure_until(bottom)
    for row in range(first, min(last, min(p.row_count() for p in panes) - 1) + 1):
        if not all(p.starts_laid_out(row) for p in panes):
            break  # below the screen
        below = max(0.0, bottom - master.row_top(row))
        extents = [p.row_extent(row, below) for p in panes]
        target = max(height for height, _complete in extents)
        for side, pane in enumerate(panes):
            height, complete = extents[side]
            number = pane.row_blocks(row)[-1]
            want = ROW_SPACING + target - height
            if complete and abs(want - pane.block(number).blockFormat().bottomMargin()) > 0.5:
                changes[side].append((number, want))
    for pane, todo in zip(panes, changes, strict=True):
        if todo and pane.ready_to_pad():
            _pad(pane, todo)


def _pad(pane: DiffPane, todo: list[tuple[int, float]]) -> None:
    """Set the bottom margins of blocks in one edit block (one relayout)."""
    cursor = QTextCursor(pane.document())
    cursor.beginEditBlock()
    for number, margin in todo:
        block = pane.block(number)
        fmt = block.blockFormat()
        fmt.setBottomMargin(margin)
        cursor.setPosition(block.position())
        cursor.setBlockFormat(fmt)
    cursor.endEditBlock()
