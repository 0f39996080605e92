"""A row side as a list of text pieces with their operation, shared by the renderers."""

from __future__ import annotations

from collections.abc import Iterator

from wirediff.core.breaks import PILCROW, break_sides
from wirediff.core.record import NamedTuple
from wirediff.core.result import ChangeKind, Comparison, OpKind, Row, RowKind, Span

TYPE_CHECKING = False
if TYPE_CHECKING:
    from wirediff.core.result import Side


class Piece(NamedTuple):
    text: str
    kind: OpKind  # EQUAL pieces are plain text; others are highlighted
    moved: bool  # the piece belongs to a moved unit


def visible_end(text: str, span: Span) -> int:
    """Where ``span`` of ``text`` ends without its trailing white space and line breaks
    (what a row shows: one paragraph, no blank lines after it)."""
    return span.start + len(text[span.start : span.end].rstrip())


def row_pieces(result: Comparison, row: Row, side: Side) -> Iterator[Piece]:
    """The row's text on ``side`` cut at op boundaries, trailing white space split off plain.

    Line breaks at the end of the row are dropped: a row is one paragraph on screen. A
    paragraph break only this side has is marked ¶ where its paragraph ends (``break_marks``).
    """
    span = row.span(side)
    if span is None:
        return
    text = result.left_text if side == "left" else result.right_text
    moved = row.kind is RowKind.MOVED
    row_end = visible_end(text, span)
    marks = break_marks(result, row, side)
    for op in row.ops:
        s = op.left if side == "left" else op.right
        start, end = s.start, min(s.end, row_end)
        if start >= end:
            continue
        for cut in [*(m.at for m in marks if start < m.at < end), end]:
            yield from _op_piece(text[start:cut], op.kind, moved)
            start = cut
            for mark in (m for m in marks if m.at == cut):
                yield Piece(" ", OpKind.EQUAL, moved)
                yield Piece(PILCROW, mark.shown, moved)


def _op_piece(piece: str, kind: OpKind, moved: bool) -> Iterator[Piece]:
    if kind is not OpKind.EQUAL:
        core = piece.rstrip()
        if core:
            yield Piece(core, kind, moved)
        if len(core) < len(piece):
            yield Piece(piece[len(core) :], OpKind.EQUAL, moved)
    else:
        yield Piece(piece, kind, moved)


class BreakMark(NamedTuple):
    """Where a ¶ is shown: after code point ``at`` of a side (its paragraph's visible end),
    as added or taken away (``shown``), for change ``change``."""

    at: int
    shown: OpKind
    change: int


def break_marks(result: Comparison, row: Row, side: Side | None) -> list[BreakMark]:
    """The ¶ marks of a row's side (``side`` None: the inline view, in the left's code
    points, both kinds): where the side breaks a paragraph the other runs on through (the
    right's of a split, added; the left's of a join, taken away), in order."""
    text = result.right_text if side == "right" else result.left_text
    span = row.span(side or "left")
    out = []
    for index in result.breaks.get(row.index, ()):
        change = result.changes[index]
        shown = pilcrow_kind(change.kind, side)
        if shown is None or span is None:
            continue
        at = change.span(side or "left").start
        at = max(span.start, visible_end(text, Span(span.start, at)))
        out.append(BreakMark(at, shown, index))
    return sorted(out)


def pilcrow_kind(kind: ChangeKind | None, side: Side | None) -> OpKind | None:
    """Whether a break change ``kind`` is shown on ``side`` (the right of a split, added;
    the left of a join, taken away; ``side`` None: either, as an inline view shows them),
    and so the kind its ¶ is shown as."""
    if kind is None:
        return None
    breaks = dict(zip(("left", "right"), break_sides(kind), strict=True))
    if not (breaks[side] if side is not None else any(breaks.values())):
        return None
    return OpKind.INSERT if breaks["right"] else OpKind.DELETE
