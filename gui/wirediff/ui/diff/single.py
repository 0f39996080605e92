"""One document's text as a pane shows it when nothing is compared with it (a lone article,
the base selected): a row per paragraph, plain text, the same blocks as a side of a pair.

Pure Python (no Qt), built in the background like a pair's plan. The plan is of the "left"
side, so find, copy (the file's own text) and the masked characters' tooltips work as in a
pair's left pane.
"""

from __future__ import annotations

from wirediff.core.report.pieces import visible_end
from wirediff.core.result import Side, Span
from wirediff.core.segments import paragraph_spans
from wirediff.ui.common import theme
from wirediff.ui.diff.blocks import BLOCK_LIMIT
from wirediff.ui.diff.offsets import Utf16Offsets
from wirediff.ui.diff.plan import TEXT, PanePlan
from wirediff.ui.diff.runs import BlockPlan, Piece, RowBuilder

SIDE: Side = "left"  # the pane it is shown in: where a document with nothing beside it goes


def single_plan(text: str, limit: int = BLOCK_LIMIT) -> PanePlan:
    """The blocks of ``text`` alone: one row per paragraph (no blank lines), in blocks of
    at most ``limit`` UTF-16 units."""
    offsets: dict[str, Utf16Offsets] = {SIDE: Utf16Offsets(text, reflow=True)}
    blocks: list[BlockPlan] = []
    for row, (start, end) in enumerate(paragraph_spans(text)):
        build = RowBuilder(row, TEXT, offsets, None, limit)
        build.add(SIDE, text, start, visible_end(text, Span(start, end)), theme.PLAIN)
        blocks += build.blocks
    if not blocks:  # no text to show (white space only): one empty row
        blocks = [BlockPlan(0, TEXT, pieces=[Piece(SIDE, 0, 0, 0)])]
    return PanePlan(SIDE, blocks, offsets)
