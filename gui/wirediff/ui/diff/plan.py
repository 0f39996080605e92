"""A Comparison turned into what the panes show: the blocks of each row, runs of styled text.

Pure Python (no Qt), so it runs in the background and is tested directly. A row is one
block, or several when it is longer than ``BLOCK_LIMIT`` (``blocks.RowBlocks`` maps rows to
blocks and document positions). Each block knows which source ranges it shows (``Piece``)
so that engine offsets map to document positions and back; all UTF-16 arithmetic goes
through ``Utf16Offsets``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from wirediff.core.breaks import PILCROW
from wirediff.core.display import isolated
from wirediff.core.quoting import change_words, figure_changes, figures_said
from wirediff.core.renames import name_changes, names_said
from wirediff.core.report.pieces import BreakMark, break_marks, visible_end
from wirediff.core.requotes import Quote, quote_changes, quotes_said
from wirediff.core.result import Comparison, Op, OpKind, Row, RowKind, Side
from wirediff.core.sections import change_sections
from wirediff.ui.common import theme
from wirediff.ui.common.marked import marked
from wirediff.ui.common.text import BREAK, change_line, one_line, one_line_isolating
from wirediff.ui.diff.blocks import BLOCK_LIMIT, PaneText, RowBlocks, direction
from wirediff.ui.diff.offsets import Utf16Offsets
from wirediff.ui.diff.runs import BlockPlan, Piece, RowBuilder

TEXT, GAP, LABEL = "text", "gap", "label"
JUMP_KEY = "Ctrl+J"  # to a moved unit's other place (the action's key; its label says it)
INLINE = "inline"

# (op kind, side, row moved?) -> style key of the highlighted run.
_SIDE_STYLE = {
    OpKind.DELETE: theme.DELETE,
    OpKind.INSERT: theme.INSERT,
}


@dataclass(slots=True)
class PanePlan:
    """Everything one pane shows, block by block; ``rows`` says which blocks show a row."""

    side: str  # "left", "right" or INLINE
    blocks: list[BlockPlan]
    offsets: dict[str, Utf16Offsets]
    # Change -> (block, offset in it) of the ¶ that marks a paragraph break the other side
    # has not (``pieces.break_marks``).
    pilcrows: dict[int, tuple[int, int]] = field(default_factory=dict)
    rows: RowBlocks = field(init=False)
    _text: PaneText | None = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        self.rows = RowBlocks([b.row for b in self.blocks], [b.length for b in self.blocks])

    def text(self) -> PaneText:
        """The pane's text as read (for find and copy), made when first asked for."""
        if self._text is None:
            self._text = PaneText([(b.read_text(), b.marks) for b in self.blocks], self.rows)
        return self._text

    def row_text(self, row: int) -> str:
        """What the row shows, its blocks joined (break marks included)."""
        return "".join(self.blocks[b].text() for b in self.rows.blocks(row))

    def pilcrow(self, change: int) -> tuple[int, int] | None:
        """The document positions ``[start, end)`` of the ¶ of break change ``change``, if
        this pane shows one."""
        found = self.pilcrows.get(change)
        if found is None:
            return None
        block, at = found
        start = self.rows.start(block) + at
        return start, start + len(PILCROW)

    def row_direction(self, row: int) -> str | None:
        """The direction a row of several blocks is set out in on each of them ("rtl" or
        "ltr", see ``blocks.direction``); None for a row of one block (Qt's own choice)."""
        if len(self.rows.blocks(row)) == 1:
            return None
        return direction(self.row_text(row))

    def position(self, row: int, side: Side, cp: int, end: bool = False) -> int | None:
        """The document position of code point ``cp`` of ``side`` in row ``row``, if the
        row shows that side. Where one block of the row ends and the next begins, the
        position is the next block's start, or with ``end`` the earlier block's end."""
        blocks = self.rows.blocks(row)
        for i, b in enumerate(blocks):
            qt = self._in_block(b, side, cp)
            if qt is None:
                continue
            if end or qt < self.blocks[b].length or i + 1 == len(blocks):
                return self.rows.start(b) + qt
            after = self._in_block(blocks[i + 1], side, cp)
            if after is None:
                return self.rows.start(b) + qt
            return self.rows.start(blocks[i + 1]) + after
        return self._nearest(row, side, cp)

    def _in_block(self, b: int, side: Side, cp: int) -> int | None:
        """Where in block ``b`` code point ``cp`` of ``side`` is shown, if there."""
        conv = self.offsets[side]
        for p in self.blocks[b].pieces:
            if p.side == side and p.start <= cp <= p.end:
                return p.qt + conv.qt_length(p.start, cp)
        return None

    def _nearest(self, row: int, side: Side, cp: int) -> int | None:
        """The nearer end of the row's text of ``side`` for a code point outside it."""
        pieces = [(b, p) for b in self.rows.blocks(row) for p in self.blocks[b].pieces]
        pieces = [(b, p) for b, p in pieces if p.side == side]
        if not pieces:
            return None
        b, last = pieces[-1] if cp > pieces[-1][1].end else pieces[0]
        qt = last.qt + self.offsets[side].qt_length(last.start, min(max(cp, last.start), last.end))
        return self.rows.start(b) + qt

    def copied(self, start: int, end: int) -> str:
        """What a reader copies of document positions ``[start, end)``: in a side's pane the
        file's own text from the first character selected to the last — one paragraph one
        line however many rows its sentences take, paragraphs apart as in the file, no move
        label, no filler; in the inline pane (both sides) the text as shown, what was taken
        away marked ``[-…-]`` and what was put in ``{+…+}`` (``marked``: plain, struck and
        new words ran together into a sentence neither version has)."""
        if self.side not in ("left", "right"):
            return self._marked(start, end)
        side: Side = "left" if self.side == "left" else "right"
        first, last = self._cp_at(side, start, True), self._cp_at(side, end, False)
        if first is None or last is None or last <= first:
            return ""
        return self.offsets[side].text[first:last]

    def _marked(self, start: int, end: int) -> str:
        """The inline pane's text between document positions ``start`` and ``end``, its
        changes marked, a row a line (no move label)."""
        runs: list[tuple[str, str]] = []
        for b in range(self.rows.block_at(start), len(self.blocks)):
            at = self.rows.start(b)
            if at >= end:
                break
            if runs and not self.rows.continues(b):
                runs.append(("\n", ""))
            if self.blocks[b].kind == LABEL:
                continue
            for text, style in self.blocks[b].runs:
                wide = text.encode("utf-16-le", "surrogatepass")
                first, last = max(start - at, 0), min(end - at, len(wide) // 2)
                at += len(wide) // 2
                # (a moved row's "↓ moved here from row 7 (click…)" was pasted with it)
                if first < last and style != theme.LABEL:
                    part = wide[2 * first : 2 * last].decode("utf-16-le", "surrogatepass")
                    # (no break opportunity put in a long word: a URL copied broke; a review)
                    runs.append((part.replace("\u2028", "\n").replace(BREAK, ""), style))
        return marked(runs)

    def _cp_at(self, side: Side, position: int, forward: bool) -> int | None:
        """The code point of ``side`` at document position ``position``; between pieces
        (a filler, a label, a gap between rows), the start of the next piece (``forward``)
        or the end of the one before."""
        conv = self.offsets[side]
        blocks = range(self.rows.block_at(position), len(self.blocks))
        if not forward:
            blocks = range(self.rows.block_at(position), -1, -1)
        for b in blocks:
            qt = position - self.rows.start(b)
            pieces = [p for p in self.blocks[b].pieces if p.side == side]
            for p in pieces if forward else reversed(pieces):
                length = conv.qt_length(p.start, p.end)
                if p.qt <= qt <= p.qt + length:
                    return min(max(conv.to_cp(conv.to_qt(p.start) + qt - p.qt), p.start), p.end)
                if forward and qt < p.qt:
                    return p.start
                if not forward and qt > p.qt + length:
                    return p.end
        return None

    def source_offset(self, position: int) -> tuple[Side, int] | None:
        """The source side and code point shown at document position ``position``."""
        b = self.rows.block_at(position)
        qt = position - self.rows.start(b)
        best = None
        for p in self.blocks[b].pieces:
            if p.qt <= qt:
                best = p
        if best is None:
            return None
        conv = self.offsets[best.side]
        cp = conv.to_cp(conv.to_qt(best.start) + qt - best.qt)
        return best.side, min(cp, best.end)


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


_JUMP = f"click or {JUMP_KEY} to jump"  # (it said "click to jump": no keyboard way)


def _move_label(row: Row, rows: tuple[Row, ...], side: Side) -> str:
    assert row.link is not None
    other = rows[row.link]
    down = row.link > row.index
    if other.left is not None:  # this is where the unit went; it came from the linked row
        return f"{'↓' if down else '↑'} moved here from row {row.link + 1} ({_JUMP})"
    return f"{'↓' if down else '↑'} moved to row {row.link + 1} ({_JUMP})"


class _Marks:
    """Puts a row's ¶ marks (``pieces.break_marks``) into its runs where they stand, styled
    as added or taken away, and keeps where each went (change -> block of the row, offset)."""

    def __init__(self, build: RowBuilder, marks: list[BreakMark]) -> None:
        self.build, self.marks = build, marks
        self.placed: dict[int, tuple[int, int]] = {}

    def add(
        self, side: Side, text: str, start: int, stop: int, style: str
    ) -> list[tuple[BlockPlan, Piece]]:
        """``RowBuilder.add``, a mark put in where one stands inside the text."""
        shown = []
        for mark in [m for m in self.marks if start < m.at < stop]:
            shown += self.build.add(side, text, start, mark.at, style)
            self._put(mark)
            start = mark.at
        return shown + self.build.add(side, text, start, stop, style)

    def finish(self, offset: int) -> dict[int, tuple[int, int]]:
        """The marks left (at the row's end) put in; where each mark went, its block counted
        from ``offset`` (the row's first)."""
        for mark in list(self.marks):
            self._put(mark)
        return {change: (offset + block, at) for change, (block, at) in self.placed.items()}

    def _put(self, mark: BreakMark) -> None:
        self.marks = [m for m in self.marks if m is not mark]
        build = self.build
        if build.block.length + 2 <= build.limit:  # (no space alone at a block's end)
            build.label(" ", theme.PLAIN)
        style = theme.PILCROW_ADDED if mark.shown is OpKind.INSERT else theme.PILCROW_TAKEN
        self.placed[mark.change] = build.label(PILCROW, style)


def side_plan(
    comparison: Comparison,
    side: Side,
    offsets: dict[str, Utf16Offsets],
    limit: int = BLOCK_LIMIT,
) -> PanePlan:
    """The blocks of one side of the side-by-side view."""
    text = comparison.left_text if side == "left" else comparison.right_text
    blocks: list[BlockPlan] = []
    pilcrows: dict[int, tuple[int, int]] = {}
    for row in comparison.rows:
        span = row.span(side)
        moved = row.kind == RowKind.MOVED
        if span is None:
            build = RowBuilder(row.index, LABEL if moved else GAP, offsets, row.link, limit)
            if moved:
                build.label(_move_label(row, comparison.rows, side))
            blocks += build.blocks
            continue
        build = RowBuilder(row.index, TEXT, offsets, row.link if moved else None, limit)
        marks = _Marks(build, break_marks(comparison, row, side))
        end = _row_end(text, row, side)
        for op in row.ops:
            start, stop = _clip(op.left if side == "left" else op.right, end)
            marks.add(side, text, start, stop, _side_style(op, side, moved))
        if not build.block.pieces:
            build.block.pieces.append(Piece(side, span.start, span.start, 0))
        pilcrows |= marks.finish(len(blocks))
        blocks += build.blocks
    return PanePlan(side, blocks, offsets, pilcrows)


def _inline_row(comparison: Comparison, row: Row, build: RowBuilder, marks: _Marks) -> None:
    left, right = comparison.left_text, comparison.right_text
    lend = _row_end(left, row, "left") if row.left is not None else 0
    rend = _row_end(right, row, "right") if row.right is not None else 0
    moved = row.kind == RowKind.MOVED
    if moved and row.left is not None and row.right is None:  # the old place: struck, with a note
        build.add("left", left, row.left.start, lend, theme.DELETE)
        build.label("  " + _move_label(row, comparison.rows, "right"))
        return
    deleted = False  # the op before struck out old text
    for at, op in enumerate(row.ops):
        shown = []
        if deleted and op.kind == OpKind.INSERT:
            # a deletion and an insertion side by side, as a replacement's old and new text
            # are: apart ("…Jerry Lampen JFL/THIUS soldiers" read as one word)
            build.separate(right[op.right.start : op.right.start + 1])
        deleted = op.kind == OpKind.DELETE and row.left is not None
        if row.left is not None and op.kind in (OpKind.DELETE, OpKind.REPLACE, OpKind.EQUAL):
            style = theme.DELETE if op.kind != OpKind.EQUAL else theme.PLAIN
            if op.kind == OpKind.REPLACE:
                style = theme.INLINE_OLD
            start, stop = _clip(op.left, lend)
            spaced = ""
            if op.kind == OpKind.EQUAL and row.right is not None and at + 1 < len(row.ops):
                stop, spaced = _before_insert(left, right, op, row.ops[at + 1], start, stop)
            shown = marks.add("left", left, start, stop, style)
            if spaced:
                build.label(spaced, theme.PLAIN)
            if op.kind == OpKind.REPLACE and row.right is not None:
                build.separate(right[op.right.start : op.right.start + 1])
        if row.right is not None and (op.kind != OpKind.EQUAL or row.left is None):
            if op.kind == OpKind.DELETE:
                continue
            style = (
                theme.INLINE_NEW if op.kind == OpKind.REPLACE else _side_style(op, "right", moved)
            )
            build.add("right", right, *_clip(op.right, rend), style)
        elif row.right is not None:  # equal text: the right side maps onto the shown left run
            build.mirror("right", *_clip(op.right, rend), shown)
    if moved:
        build.label("  " + _move_label(row, comparison.rows, "left"))


def _before_insert(
    left: str, right: str, op: Op, after: Op, start: int, stop: int
) -> tuple[int, str]:
    """Where the inline view ends the base's kept text ``left[start:stop]`` before the
    insertion ``after``, and the space to show between them: the edited text's. The
    base's own space stood before the inserted words ("catch , the gear" of "catch, the
    gear") and its own line break ("writing" at a line's end, then "or online")."""
    if after.kind != OpKind.INSERT:
        return stop, ""
    kept = left[start:stop]
    own = kept[len(kept.rstrip()) :]
    theirs = right[op.right.start : op.right.end]
    theirs = theirs[len(theirs.rstrip()) :]
    if not own or own == theirs:
        return stop, ""
    return stop - len(own), " " if theirs else ""


def inline_plan(
    comparison: Comparison, offsets: dict[str, Utf16Offsets], limit: int = BLOCK_LIMIT
) -> PanePlan:
    """The single-pane view: each row shows the base's text with the other's edits inline."""
    blocks: list[BlockPlan] = []
    pilcrows: dict[int, tuple[int, int]] = {}
    for row in comparison.rows:
        build = RowBuilder(row.index, TEXT, offsets, row.link, limit)
        marks = _Marks(build, break_marks(comparison, row, None))
        _inline_row(comparison, row, build, marks)
        pilcrows |= marks.finish(len(blocks))
        blocks += build.blocks
    return PanePlan(INLINE, blocks, offsets, pilcrows)


@dataclass(slots=True)
class PairPlan:
    """All views of one comparison, prepared in the background."""

    comparison: Comparison
    left: PanePlan
    right: PanePlan
    inline: PanePlan
    row_weights: list[int]  # rough relative height of each row, for the overview strip
    excerpts: list[str]  # one line per change, for the changes list
    figures: str = ""  # "Figures changed: 60 → 62, …", "Names changed: …" ("" when none)
    figures_all: str = ""  # every one of them, a line each, headed (the lines' tooltip)
    # The section each change is in ("Part 2 — Licensing › 14", "" where none): the status
    # line and the change list say it (an analyst had row numbers alone in a 100-page bill).
    sections: list[str] = field(default_factory=list)


def _excerpt(text: str, limit: int = 70) -> str:
    return one_line(" ".join(text.split()), limit)  # controls and bidi visible


_SAID = {
    "replace": "changed from “{old}” to “{new}”",
    "delete": "deleted: “{old}”",
    "insert": "inserted: “{new}”",
    "move": "moved: “{old}”",
    "split": "a paragraph split: “{new}”",
    "join": "two paragraphs joined: “{old}”",
}


# A change's kind in a word, as the status line says it after the change's number ("Change
# 3 of 6: replaced"): the panes tell the kinds by colours and line styles, which a
# colour-blind or low-vision reader stepping with n could not (a low-vision walkthrough).
KIND_WORDS = {
    "replace": "replaced",
    "delete": "deleted",
    "insert": "inserted",
    "move": "moved",
    "split": "paragraph split",
    "join": "paragraphs joined",
}


def spoken_change(comparison: Comparison, index: int) -> str:
    """A change in words, for a screen reader ("changed from “Thursday” to “Friday”"): the
    panes show it by colour and strike-through alone."""
    old, new = (_excerpt(words) for words in change_words(comparison, index))
    kind = str(comparison.changes[index].kind)
    return _SAID.get(kind, kind + ": “{old}{new}”").format(old=old or new, new=new or old)


def change_excerpts(comparison: Comparison) -> list[str]:
    """A short 'old → new' line per change."""
    out = []
    for index, change in enumerate(comparison.changes):
        old, new = (_excerpt(words) for words in change_words(comparison, index))
        out.append(change_line(str(change.kind), old, new))
    return out


def plan_pair(comparison: Comparison, limit: int = BLOCK_LIMIT) -> PairPlan:
    """Prepare every view of ``comparison``, in blocks of at most ``limit`` UTF-16 units."""
    offsets = {
        "left": Utf16Offsets(comparison.left_text, reflow=True),
        "right": Utf16Offsets(comparison.right_text, reflow=True),
    }
    weights = []
    for row in comparison.rows:
        sizes = [s.end - s.start for s in (row.left, row.right) if s is not None]
        weights.append(max(sizes, default=0) + 80)
    return PairPlan(
        comparison,
        side_plan(comparison, "left", offsets, limit),
        side_plan(comparison, "right", offsets, limit),
        inline_plan(comparison, offsets, limit),
        weights,
        change_excerpts(comparison),
        *figures_lines(comparison),
        change_sections(comparison),
    )


def _quotes_isolated(found: Sequence[Quote], limit: int | None = 2, separator: str = "; ") -> str:
    """``quotes_said``, each side laid out in its own direction: a Hebrew or Arabic quote's
    marks and "and 1 more" were drawn out of place (a probe)."""
    safe = [(isolated(one_line(a)), isolated(one_line(b))) for a, b in found]
    return quotes_said(safe, limit, separator)


def figures_lines(comparison: Comparison) -> tuple[str, str]:
    """The lines saying the figures and the names the pair's replacements change, from the
    left pane's to the right's ("Figures changed, left → right: 60 → 62, 12% → 21%", and how
    many more; "Names changed, left → right: Alexiou → Andreou"), "" when none: a
    correction of a figure or a name read as a plain copy; and every one of them, a line
    each, under its heading (their tooltip)."""
    lines, tips = [], []
    for what, found, said in (
        ("Figures", figure_changes(comparison), figures_said),
        ("Names", name_changes(comparison), names_said),
        ("Quotes", quote_changes(comparison), _quotes_isolated),
    ):
        if found:
            lines.append(one_line_isolating(f"{what} changed, left → right: {said(found)}"))
            every = "\n".join(one_line_isolating(f) for f in said(found, None, "\n").splitlines())
            tips.append(f"Every {what[:-1].lower()} changed, left → right:\n{every}")
    return "\n".join(lines), "\n\n".join(tips)
