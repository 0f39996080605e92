"""Rows that line up: the shorter side of each row on screen is padded to the taller one."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor

from wirediff.ui.diff.documents import ROW_SPACING
from wirediff.ui.diff.pane import DiffPane


def align_rows(left: DiffPane, right: DiffPane, first: int, last: int) -> None:
    """Pad the shorter side of rows ``first..last`` so both sides have the same height."""
    panes = (left, right)
    changes: list[list[tuple[int, float]]] = [[], []]
    count = min(p.document().blockCount() for p in panes)
    for row in range(first, min(last, count - 1) + 1):
        heights = [p.text_height(row) for p in panes]
        target = max(heights)
        for side, pane in enumerate(panes):
            want = ROW_SPACING + target - heights[side]
            if abs(want - pane.block(row).blockFormat().bottomMargin()) > 0.5:
                changes[side].append((row, want))
    for pane, todo in zip(panes, changes, strict=True):
        if todo:
            _pad(pane, todo)


def _pad(pane: DiffPane, todo: list[tuple[int, float]]) -> None:
    """Set the bottom margins of rows in one edit block (one relayout)."""
    cursor = QTextCursor(pane.document())
    cursor.beginEditBlock()
    for row, margin in todo:
        block = pane.block(row)
        fmt = block.blockFormat()
        fmt.setBottomMargin(margin)
        cursor.setPosition(block.position())
        cursor.setBlockFormat(fmt)
    cursor.endEditBlock()
