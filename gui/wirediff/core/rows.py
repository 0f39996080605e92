"""Rows: the aligned entries cut into bands of the side-by-side view, and their word diffs.

A row holds one paragraph (or part of one) per side. Entries of the same paragraphs join one
row; a deletion and an insertion at the same place stand side by side in one row; a moved
unit and an equal paragraph are rows of their own.
"""

from __future__ import annotations

import unicodedata

from wirediff.core.entries import DELETE, INSERT, MOVE_IN, MOVE_OUT, SAME, Entry
from wirediff.core.options import CompareOptions
from wirediff.core.record import field, record
from wirediff.core.result import Op, OpKind, Row, RowKind, Span
from wirediff.core.segments import Unit
from wirediff.core.tokens import TokenArrays
from wirediff.core.worddiff import Opcode, diff_tokens, island_folder, merge_same

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Protocol

    class SideLike(Protocol):
        """What rows need to know of one side (``compare._SideText``)."""

        text: str
        tokens: TokenArrays
        units: list[Unit]

        def unit_words(self, unit: int) -> int: ...
        def token_range(self, unit_ids: list[int]) -> tuple[int, int]: ...
        def paragraph_start(self, para: int) -> int: ...

    Sides = tuple[SideLike, SideLike]


_MOVES = (MOVE_OUT, MOVE_IN)
_UNPAIRED = (DELETE, INSERT)
_OP_KINDS = {kind.value: kind for kind in OpKind}  # a lookup: OpKind(tag) is ten times slower


@record()
class Draft:
    """A row being built: its entries and, per side, token range and span."""

    entries: list[Entry]
    moved: bool = False
    same: bool = False  # an exactly equal paragraph: no tokens
    tokens: list[tuple[int, int] | None] = field(default_factory=lambda: [None, None])
    first: list[int | None] = field(default_factory=lambda: [None, None])  # span start per side
    spans: list[Span | None] = field(default_factory=lambda: [None, None])
    anchors: list[int] = field(default_factory=lambda: [0, 0])  # where a missing side sits
    raw: list[Opcode] = field(default_factory=list)  # the word diff, as matched
    opcodes: list[Opcode] = field(default_factory=list)  # as shown (islands folded)
    partner: int = -1

    def mirror(self) -> None:
        """Swap the sides (see ``compare``: the result of B A is the mirror of A B)."""
        for pair in (self.tokens, self.first, self.spans, self.anchors):
            pair.reverse()
        self.raw = [_mirror_op(op) for op in self.raw]
        self.opcodes = [_mirror_op(op) for op in self.opcodes]


_MIRRORED_TAG = {"delete": "insert", "insert": "delete"}


def _mirror_op(op: Opcode) -> Opcode:
    tag, i1, i2, j1, j2 = op
    return (_MIRRORED_TAG.get(tag, tag), j1, j2, i1, i2)


def group_rows(entries: list[Entry], sides: Sides, options: CompareOptions) -> list[Draft]:
    """Cut the entries into rows: one paragraph (or part of one) per side and row."""
    drafts: list[Draft] = []
    paras: list[int | None] = [None, None]
    words = [0, 0]  # words of the current row, per side
    unpaired = False  # the current row holds only unpaired entries (kept as it grows: a
    # row's kinds gathered at each entry cost 100 s for 16,000 sentences without words)
    limit = options.row_max_words
    for e in entries:
        cur = drafts[-1] if drafts else None
        if e.kind == SAME:
            drafts.append(Draft([e], same=True))
            paras = [None, None]
            continue
        if e.kind in _MOVES:
            drafts.append(Draft([e], moved=True))
            continue
        e_paras = [
            sides[0].units[e.left[0]].para if e.left else None,
            sides[1].units[e.right[0]].para if e.right else None,
        ]
        e_words = [sum(map(sides[0].unit_words, e.left)), sum(map(sides[1].unit_words, e.right))]
        grown = [words[0] + e_words[0], words[1] + e_words[1]]
        if cur is not None and max(grown) <= limit and _joins(cur, e, e_paras, paras, unpaired):
            cur.entries.append(e)
            words = grown
            paras = [p if p is not None else q for p, q in zip(e_paras, paras, strict=True)]
            unpaired = unpaired and e.kind in _UNPAIRED
            continue
        drafts.append(Draft([e]))
        words = e_words
        paras = e_paras
        unpaired = e.kind in _UNPAIRED
    return drafts


def _joins(
    cur: Draft, e: Entry, e_paras: list[int | None], paras: list[int | None], unpaired: bool
) -> bool:
    """Whether entry ``e`` continues the row ``cur`` (whose paragraphs are ``paras``;
    ``unpaired``: all its entries are)."""
    if cur.moved or cur.same:
        return False
    if not all(p is None or q is None or p == q for p, q in zip(e_paras, paras, strict=True)):
        return False
    # A row with nothing on one side takes text there only when all it holds is unpaired:
    # a deletion and an insertion at the same place share a row, but an insertion does not
    # join a row of deleted text that it does not stand beside.
    if e.kind == INSERT and paras[1] is None:
        return unpaired
    if e.kind == DELETE and paras[0] is None:
        return unpaired
    return True


def locate_rows(drafts: list[Draft], sides: Sides) -> None:
    """Give each row its token ranges, spans and anchors, and link the places of moves."""
    for d in drafts:
        if d.same:
            for s, para in enumerate(d.entries[0].para):
                d.first[s] = sides[s].paragraph_start(para)
            continue
        for s in (0, 1):
            ids = [u for e in d.entries for u in (e.left if s == 0 else e.right)]
            if ids:
                d.tokens[s] = sides[s].token_range(ids)
                d.first[s] = _unit_start(sides[s], ids[0])
    _fallback_rows(drafts, sides)
    _place_spans(drafts, sides)
    _link_moves(drafts)


def _unit_start(side: SideLike, unit: int) -> int:
    """Where unit ``unit``'s row starts: its first compared token, taken back over what
    opens it that the options leave out — the punctuation opening its paragraph, or an
    opening bracket or quote before it ("(Reuters)", "【北京共同】", "«…») — never past the
    compared token before it. With punctuation ignored, "(" was drawn alone at the end of
    the row before, and the row began with "Reuters)" (found by a CJK news monitor)."""
    units, starts = side.units, side.tokens.starts
    u = units[unit]
    at = starts[u.lo]
    floor = side.tokens.ends[u.lo - 1] if u.lo > 0 else 0
    if unit == 0 or units[unit - 1].para != u.para:
        return max(floor, min(at, side.paragraph_start(u.para)))
    text = side.text
    while at > floor and (
        unicodedata.category(text[at - 1]) in ("Ps", "Pi") or text[at - 1] in "\"'¿¡"
    ):
        at -= 1
    return at


def _fallback_rows(drafts: list[Draft], sides: Sides) -> None:
    """A side with text but no compared token (blank, or all ignored) still needs a row
    (one row for both sides when both need one)."""
    bare = [s for s in (0, 1) if sides[s].text and all(d.first[s] is None for d in drafts)]
    if bare:
        d = Draft([])
        for s in bare:
            d.first[s] = 0
        drafts.append(d)


def _place_spans(drafts: list[Draft], sides: Sides) -> None:
    """Give each row its spans so that each side's spans partition its text."""
    for s in (0, 1):
        text = sides[s].text
        present = [d for d in drafts if d.first[s] is not None]
        bounds = [0, *(d.first[s] or 0 for d in present[1:]), len(text)]
        for k, d in enumerate(present):
            d.spans[s] = Span(bounds[k], bounds[k + 1])
        pos = 0
        for d in drafts:
            span = d.spans[s]
            if span is None:
                d.anchors[s] = pos
            else:
                pos = span.end
                d.anchors[s] = span.start


def _link_moves(drafts: list[Draft]) -> None:
    places: dict[int, int] = {}
    for i, d in enumerate(drafts):
        if d.moved:
            move = d.entries[0].move
            if move in places:
                d.partner, drafts[places[move]].partner = places[move], i
            else:
                places[move] = i


def diff_rows(
    drafts: list[Draft], sides: Sides, options: CompareOptions, check: Callable[[], None]
) -> None:
    """The word diff of every row (``raw``) and the same with islands folded (``opcodes``)."""
    fold = island_folder((sides[0].tokens, sides[1].tokens), options)
    for d in drafts:
        check()
        d.raw, d.opcodes = _row_opcodes(d, drafts, sides, fold, options.join_respaced)


def _row_opcodes(
    d: Draft,
    drafts: list[Draft],
    sides: Sides,
    fold: Callable[[list[Opcode]], list[Opcode]],
    respaced: bool,
) -> tuple[list[Opcode], list[Opcode]]:
    """Token-level opcodes of one row, in global token indices of each side (``respaced``:
    ``CompareOptions.join_respaced``)."""
    if d.same or not d.entries:
        return [], []  # one equal op over the whole row (see finish_row)
    lkeys, rkeys = sides[0].tokens.keys, sides[1].tokens.keys
    if d.moved:
        out, into = (d, drafts[d.partner]) if d.tokens[0] else (drafts[d.partner], d)
        pieces = [(a, b, False) for a, b in d.entries[0].steps or []]
        lcur, rcur = out.tokens[0][0], into.tokens[1][0]  # type: ignore[index]
    else:
        pieces = [(e.left, e.right, e.identical) for e in d.entries]
        lcur = d.tokens[0][0] if d.tokens[0] else 0
        rcur = d.tokens[1][0] if d.tokens[1] else 0
    raw: list[Opcode] = []
    shown: list[Opcode] = []
    for left, right, identical in pieces:
        if left and right:
            (l0, l1), (r0, r1) = sides[0].token_range(left), sides[1].token_range(right)
            if identical:
                ops = [("equal", l0, l1, r0, r1)]
                raw += ops
                shown += ops
            else:
                pair = diff_tokens(lkeys[l0:l1], rkeys[r0:r1], l0, r0, respaced)
                raw += pair
                shown += fold(pair)
        elif left:
            l0, l1 = sides[0].token_range(left)
            raw.append(("delete", l0, l1, rcur, rcur))
            shown.append(raw[-1])
        else:
            r0, r1 = sides[1].token_range(right)
            raw.append(("insert", lcur, lcur, r0, r1))
            shown.append(raw[-1])
        lcur, rcur = raw[-1][2], raw[-1][4]
    return merge_same(raw), merge_same(shown)


def finish_row(index: int, d: Draft, drafts: list[Draft], sides: Sides) -> Row:
    """Turn token opcodes into spans; pick the row's kind."""
    bounds = []
    for s in (0, 1):
        owner = d if d.tokens[s] is not None or not d.moved else drafts[d.partner]
        bounds.append(_Boundary(owner, s, sides[s].tokens.starts))
    ops = tuple(
        Op(_OP_KINDS[tag], bounds[0].span(i1, i2), bounds[1].span(j1, j2))
        for tag, i1, i2, j1, j2 in _deletions_first(d.opcodes)
    )
    left, right = d.spans
    if d.moved:
        kind = RowKind.MOVED
    elif right is None:
        kind = RowKind.DELETED
    elif left is None:
        kind = RowKind.INSERTED
    elif all(op.kind is OpKind.EQUAL for op in ops):
        kind = RowKind.EQUAL
    else:
        kind = RowKind.CHANGED
    if d.same or not d.entries:  # equal paragraph, or fallback row (see _fallback_rows)
        left = left or Span(d.anchors[0], d.anchors[0])
        right = right or Span(d.anchors[1], d.anchors[1])
        ops = (Op(OpKind.EQUAL, left, right),)
        kind = RowKind.EQUAL
    return Row(index, kind, left, right, ops, d.partner if d.moved else None)


def _deletions_first(ops: list[Opcode]) -> list[Opcode]:
    """An insertion directly followed by a deletion, listed the other way round (as diffs
    show them, whichever side the comparison was worked out from)."""
    out = list(ops)
    for k in range(len(out) - 1):
        a, b = out[k], out[k + 1]
        if a[0] == "insert" and b[0] == "delete":
            out[k] = ("delete", b[1], b[2], a[3], a[3])
            out[k + 1] = ("insert", b[2], b[2], a[3], a[4])
    return out


class _Boundary:
    """Maps token indices of one row side to code-point offsets that partition its span."""

    __slots__ = ("_anchor", "_hi", "_lo", "_span", "_starts")

    def __init__(self, d: Draft, side: int, starts: list[int]) -> None:
        rng, span = d.tokens[side], d.spans[side]
        self._lo, self._hi = rng if rng is not None else (-1, -1)
        self._span = span
        self._starts = starts
        self._anchor = d.anchors[side]

    def at(self, k: int) -> int:
        if self._span is None:
            return self._anchor
        if k <= self._lo:
            return self._span.start
        if k >= self._hi:
            return self._span.end
        return self._starts[k]

    def span(self, a: int, b: int) -> Span:
        return Span(self.at(a), self.at(b))
