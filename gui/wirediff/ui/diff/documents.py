"""Render plans into QTextDocuments: the blocks of each row, text inserted as plain runs.

Article text only ever goes through ``QTextCursor.insertText``, never through HTML, so
``<script>`` or ``&amp;`` in an article is shown literally. Documents are built in a worker
thread (a QTextDocument is reentrant) and handed to the GUI thread when done
(``jobs.handover``, which does it without holding the GIL).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument

from wirediff.ui.common.theme import FOCUS_FRAME, Theme, char_formats
from wirediff.ui.diff.plan import PanePlan

# Space below every row, in pixels, on top of the padding that aligns the two sides.
ROW_SPACING = 8.0


def block_format(ends_row: bool = True) -> QTextBlockFormat:
    """The format of a block showing a row (the pane paints the shading of gaps itself):
    space below the last block of a row, none between the blocks of one row."""
    fmt = QTextBlockFormat()
    fmt.setBottomMargin(ROW_SPACING if ends_row else 0.0)
    return fmt


def build_document(
    plan: PanePlan, th: Theme, font: QFont | None = None, end_room: int = 0
) -> QTextDocument:
    """A document with a block per block of ``plan``, styled by ``th``, in ``font``.

    ``end_room`` pixels of space follow the last row, so that either pane of the
    side-by-side view can scroll any row to its top. Both are set here, before a layout
    exists: set later, they would make Qt lay out the whole document in one go.
    """
    doc = QTextDocument()
    doc.setUndoRedoEnabled(False)
    doc.setDocumentMargin(6)
    if font is not None:
        doc.setDefaultFont(font)
    frame = doc.rootFrame().frameFormat()
    frame.setBottomMargin(end_room)
    # (the focus frame is drawn over the top edge: it cut the marks stacked over the first
    # line's letters, Vietnamese "Ẩ", an Arabic hamza and tanween, of the pane with the focus)
    frame.setTopMargin(doc.documentMargin() + FOCUS_FRAME)
    doc.rootFrame().setFrameFormat(frame)
    formats = char_formats(th)
    ends, goes_on = block_format(), block_format(ends_row=False)
    cursor = QTextCursor(doc)
    cursor.beginEditBlock()
    plain = QTextCharFormat()
    way: str | None = None
    turned = {"rtl": Qt.LayoutDirection.RightToLeft, "ltr": Qt.LayoutDirection.LeftToRight}
    for i, block in enumerate(plan.blocks):
        fmt = ends if i == plan.rows.last(block.row) else goes_on
        if i == plan.rows.first(block.row):
            way = plan.row_direction(block.row)
        if way is not None:  # each block of a long row set out as the row is
            fmt = QTextBlockFormat(fmt)
            fmt.setLayoutDirection(turned[way])
        if i:
            cursor.insertBlock(fmt, plain)
        else:
            cursor.setBlockFormat(fmt)
        for text, style in block.runs:
            cursor.insertText(text, formats[style])
    cursor.endEditBlock()
    return doc
