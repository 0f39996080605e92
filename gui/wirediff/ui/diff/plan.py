"""A Comparison turned into what the panes show: one block per row, runs of styled text.

Pure Python (no Qt), so it runs in the background and is tested directly. Each block knows
which source ranges it shows (``Piece``) so that engine offsets map to block positions and
back; all UTF-16 arithmetic goes through ``Utf16Offsets``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from wirediff.core.report.pieces import visible_end
from wirediff.core.result import Comparison, Op, OpKind, Row, RowKind, Side
from wirediff.ui.common import theme
from wirediff.ui.common.text import one_line
from wirediff.ui.diff.offsets import Utf16Offsets

TEXT, GAP, LABEL = "text", "gap", "label"
INLINE = "inline"

# (op kind, side, row moved?) -> style key of the highlighted run.
_SIDE_STYLE = {
    OpKind.DELETE: theme.DELETE,
    OpKind.INSERT: theme.INSERT,
}


@dataclass(frozen=True, slots=True)
class Piece:
    """Source code points ``[start, end)`` of ``side`` shown from block offset ``qt``."""

    side: Side
    start: int
    end: int
    qt: int


@dataclass(slots=True)
class BlockPlan:
    """One block of a pane: the row it shows, its styled runs and where they came from."""

    row: int
    kind: str  # TEXT, GAP (row missing on this side) or LABEL (gap telling where a unit moved)
    runs: list[tuple[str, str]] = field(default_factory=list)  # (display text, style key)
    pieces: list[Piece] = field(default_factory=list)
    link: int | None = None  # for moved units: the row of the unit's other place


@dataclass(slots=True)
class PanePlan:
    """Everything one pane shows, block by block (block number == row index)."""

    side: str  # "left", "right" or INLINE
    blocks: list[BlockPlan]
    offsets: dict[str, Utf16Offsets]

    def block_offset(self, row: int, side: Side, cp: int) -> int | None:
        """Position within block ``row`` of code point ``cp`` of ``side``, if shown there."""
        pieces = [p for p in self.blocks[row].pieces if p.side == side]
        if not pieces:
            return None
        conv = self.offsets[side]
        for p in pieces:
            if p.start <= cp <= p.end:
                return p.qt + conv.qt_length(p.start, cp)
        last = pieces[-1] if cp > pieces[-1].end else pieces[0]
        return last.qt + conv.qt_length(last.start, min(max(cp, last.start), last.end))

    def source_offset(self, row: int, qt: int) -> tuple[Side, int] | None:
        """The source side and code point shown at block position ``qt`` of block ``row``."""
        best = None
        for p in self.blocks[row].pieces:
            if p.qt <= qt:
                best = p
        if best is None:
            return None
        conv = self.offsets[best.side]
        cp = conv.to_cp(conv.to_qt(best.start) + qt - best.qt)
        return best.side, min(cp, best.end)


def display(text: str) -> str:
    """Article text as a block shows it: line breaks stay inside the block (one row, one block)."""
    return text.replace("\n", "\u2028").replace("\u2029", "\u2028")


class _Builder:
    """Appends runs to a block, keeping its pieces and UTF-16 length."""

    def __init__(self, block: BlockPlan, offsets: dict[str, Utf16Offsets]) -> None:
        self.block = block
        self.offsets = offsets
        self.qt = 0

    def add(self, side: Side, text: str, start: int, end: int, style: str) -> None:
        """Show ``text[start:end]`` of ``side``; the style covers it minus surrounding spaces."""
        if start >= end:
            return
        piece = text[start:end]
        core = piece.strip()
        a = start + len(piece) - len(piece.lstrip())
        b = a + len(core)
        parts = [(start, a, theme.PLAIN), (a, b, style), (b, end, "")]
        if not core or not style:
            parts = [(start, end, theme.PLAIN)]
        self.block.pieces.append(Piece(side, start, end, self.qt))
        conv = self.offsets[side]
        for part_start, part_end, key in parts:
            if part_start < part_end:  # as the pane shows it: controls masked, long runs broken
                self.block.runs.append((display(conv.shown(part_start, part_end)), key))
        self.qt += conv.qt_length(start, end)

    def separate(self) -> None:
        """A space between the old and new text of an inline replacement, if none is there."""
        runs = self.block.runs
        if runs and runs[-1][0] and not runs[-1][0][-1].isspace():
            runs.append((" ", theme.PLAIN))
            self.qt += 1

    def label(self, text: str) -> None:
        """A note of the app's own (never article text), styled as a label."""
        self.block.runs.append((text, theme.LABEL))
        self.qt += Utf16Offsets(text).qt_length(0, len(text))


def _clip(op_span: tuple[int, int], end: int) -> tuple[int, int]:
    return op_span[0], min(op_span[1], end)


def _side_style(op: Op, side: Side, moved: bool) -> str:
    if op.kind == OpKind.EQUAL:
        return theme.MOVED if moved else theme.PLAIN
    if op.kind == OpKind.REPLACE:
        return theme.REPLACE_OLD if side == "left" else theme.REPLACE_NEW
    return _SIDE_STYLE[op.kind]


def _row_end(text: str, row: Row, side: Side) -> int:
    span = row.span(side)
    assert span is not None
    return visible_end(text, span)


def _move_label(row: Row, rows: tuple[Row, ...], side: Side) -> str:
    assert row.link is not None
    other = rows[row.link]
    down = row.link > row.index
    if other.left is not None:  # this is where the unit went; it came from the linked row
        return f"{'↓' if down else '↑'} moved here from row {row.link + 1} (click to jump)"
    return f"{'↓' if down else '↑'} moved to row {row.link + 1} (click to jump)"


def side_plan(comparison: Comparison, side: Side, offsets: dict[str, Utf16Offsets]) -> PanePlan:
    """The blocks of one side of the side-by-side view."""
    text = comparison.left_text if side == "left" else comparison.right_text
    blocks = []
    for row in comparison.rows:
        span = row.span(side)
        moved = row.kind == RowKind.MOVED
        if span is None:
            block = BlockPlan(row.index, LABEL if moved else GAP, link=row.link)
            if moved:
                _Builder(block, offsets).label(_move_label(row, comparison.rows, side))
            blocks.append(block)
            continue
        block = BlockPlan(row.index, TEXT, link=row.link if moved else None)
        build = _Builder(block, offsets)
        end = _row_end(text, row, side)
        for op in row.ops:
            start, stop = _clip(op.left if side == "left" else op.right, end)
            build.add(side, text, start, stop, _side_style(op, side, moved))
        if not block.pieces:
            block.pieces.append(Piece(side, span.start, span.start, 0))
        blocks.append(block)
    return PanePlan(side, blocks, offsets)


def _inline_row(comparison: Comparison, row: Row, build: _Builder) -> None:
    left, right = comparison.left_text, comparison.right_text
    lend = _row_end(left, row, "left") if row.left is not None else 0
    rend = _row_end(right, row, "right") if row.right is not None else 0
    moved = row.kind == RowKind.MOVED
    if moved and row.left is not None and row.right is None:  # the old place: struck, with a note
        build.add("left", left, row.left.start, lend, theme.DELETE)
        build.label("  " + _move_label(row, comparison.rows, "right"))
        return
    for op in row.ops:
        if row.left is not None and op.kind in (OpKind.DELETE, OpKind.REPLACE, OpKind.EQUAL):
            style = theme.DELETE if op.kind != OpKind.EQUAL else theme.PLAIN
            if op.kind == OpKind.REPLACE:
                style = theme.INLINE_OLD
            build.add("left", left, *_clip(op.left, lend), style)
            if op.kind == OpKind.REPLACE and row.right is not None:
                build.separate()
        if row.right is not None and (op.kind != OpKind.EQUAL or row.left is None):
            if op.kind == OpKind.DELETE:
                continue
            style = (
                theme.INLINE_NEW if op.kind == OpKind.REPLACE else _side_style(op, "right", moved)
            )
            build.add("right", right, *_clip(op.right, rend), style)
        elif row.right is not None:  # equal text: the right side maps onto the shown left run
            a, b = _clip(op.right, rend)
            build.block.pieces.append(Piece("right", a, b, build.block.pieces[-1].qt))
    if moved:
        build.label("  " + _move_label(row, comparison.rows, "left"))


def inline_plan(comparison: Comparison, offsets: dict[str, Utf16Offsets]) -> PanePlan:
    """The single-pane view: each row shows the base's text with the other's edits inline."""
    blocks = []
    for row in comparison.rows:
        block = BlockPlan(row.index, TEXT, link=row.link)
        _inline_row(comparison, row, _Builder(block, offsets))
        blocks.append(block)
    return PanePlan(INLINE, blocks, offsets)


@dataclass(slots=True)
class PairPlan:
    """All views of one comparison, prepared in the background."""

    comparison: Comparison
    left: PanePlan
    right: PanePlan
    inline: PanePlan
    row_weights: list[int]  # rough relative height of each row, for the overview strip
    excerpts: list[str]  # one line per change, for the changes list


def _excerpt(text: str, limit: int = 70) -> str:
    return one_line(" ".join(text.split()), limit)  # controls and bidi visible


def change_excerpts(comparison: Comparison) -> list[str]:
    """A short 'old → new' line per change."""
    out = []
    for change in comparison.changes:
        old = _excerpt(comparison.left_text[change.left.start : change.left.end])
        new = _excerpt(comparison.right_text[change.right.start : change.right.end])
        if change.kind == "insert":
            out.append(f"+ {new}")
        elif change.kind == "delete":
            out.append(f"− {old}")
        elif change.kind == "move":
            out.append(f"⇄ {old or new}")
        else:
            out.append(f"{old} → {new}")
    return out


def plan_pair(comparison: Comparison) -> PairPlan:
    """Prepare every view of ``comparison``."""
    offsets = {
        "left": Utf16Offsets(comparison.left_text),
        "right": Utf16Offsets(comparison.right_text),
    }
    weights = []
    for row in comparison.rows:
        sizes = [s.end - s.start for s in (row.left, row.right) if s is not None]
        weights.append(max(sizes, default=0) + 80)
    return PairPlan(
        comparison,
        side_plan(comparison, "left", offsets),
        side_plan(comparison, "right", offsets),
        inline_plan(comparison, offsets),
        weights,
        change_excerpts(comparison),
    )
