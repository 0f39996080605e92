"""Compare two texts: align their sentences, diff words inside each aligned pair.

The one public entry point is ``compare``; see ``wirediff.core.result`` for what it returns.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import accumulate

from wirediff.core.align import (
    DELETE,
    INSERT,
    MOVE_IN,
    MOVE_OUT,
    SAME,
    Entry,
    align_units,
    equal_paragraphs,
)
from wirediff.core.options import CompareOptions
from wirediff.core.result import (
    Change,
    ChangeKind,
    Comparison,
    Op,
    OpKind,
    Row,
    RowKind,
    Span,
    Stats,
)
from wirediff.core.segments import Unit, paragraph_spans, units
from wirediff.core.tokens import TokenArrays, concat, count_words, scan
from wirediff.core.worddiff import Opcode, absorb_islands, diff_tokens

_MOVES = (MOVE_OUT, MOVE_IN)


def compare(left: str, right: str, options: CompareOptions | None = None) -> Comparison:
    """Align and diff ``left`` against ``right``.

    Args:
        left: the base text (shown on the left).
        right: the other version.
        options: what to compare and the alignment thresholds; defaults to CompareOptions().

    Returns:
        A frozen ``Comparison``: rows, word operations, changes and statistics, from which
        both texts can be rebuilt exactly.
    """
    options = options or CompareOptions()
    lp, rp = paragraph_spans(left, options), paragraph_spans(right, options)
    blocks = equal_paragraphs(left, right, lp, rp, options)
    gap_paras: list[tuple[range, range]] = []
    i = j = 0
    for bi, bj, size in blocks:
        gap_paras.append((range(i, bi), range(j, bj)))
        i, j = bi + size, bj + size
    sides = (
        _SideText.build(left, lp, [g[0] for g in gap_paras], options),
        _SideText.build(right, rp, [g[1] for g in gap_paras], options),
    )
    gaps = list(zip(sides[0].gap_units, sides[1].gap_units, strict=True))
    entries = align_units(
        (sides[0].units, sides[0].tokens), (sides[1].units, sides[1].tokens), gaps, blocks, options
    )
    same_words = count_words("\n".join(left[a:b] for i, _, n in blocks for a, b in lp[i : i + n]))
    drafts = _group_rows(entries, sides, options)
    return _build(drafts, sides, same_words, options)


@dataclass(slots=True)
class _SideText:
    """One side: its text, paragraphs, and the tokens and units of the paragraphs that are
    not exactly equal to one on the other side."""

    text: str
    paragraphs: list[tuple[int, int]]
    tokens: TokenArrays
    units: list[Unit]
    gap_units: list[range]  # per gap between equal paragraphs: its units
    words_before: list[int] = field(default_factory=list)  # word tokens before index k

    def __post_init__(self) -> None:
        self.words_before = [0, *accumulate(self.tokens.words)]

    @classmethod
    def build(
        cls,
        text: str,
        paragraphs: list[tuple[int, int]],
        gap_paras: list[range],
        options: CompareOptions,
    ) -> _SideText:
        parts = [
            scan(text, options, paragraphs[r[0]][0], paragraphs[r[-1]][1]) for r in gap_paras if r
        ]
        tokens = concat(parts) if parts else TokenArrays([], [], [], [])
        all_units: list[Unit] = []
        gap_units = []
        for r in gap_paras:
            first = len(all_units)
            all_units.extend(units(text, tokens, paragraphs, r, options))
            gap_units.append(range(first, len(all_units)))
        return cls(text, paragraphs, tokens, all_units, gap_units)

    def word_count(self, lo: int, hi: int) -> int:
        return self.words_before[hi] - self.words_before[lo]

    def unit_words(self, unit: int) -> int:
        u = self.units[unit]
        return self.word_count(u.lo, u.hi)

    def token_range(self, unit_ids: list[int]) -> tuple[int, int]:
        return self.units[unit_ids[0]].lo, self.units[unit_ids[-1]].hi

    def paragraph_start(self, para: int) -> int:
        """Where the paragraph's first visible character is."""
        a, b = self.paragraphs[para]
        line = self.text[a:b]
        return a + len(line) - len(line.lstrip())


@dataclass(slots=True)
class _Draft:
    """A row being built: its entries and, per side, token range and span."""

    entries: list[Entry]
    moved: bool = False
    same: bool = False  # an exactly equal paragraph: no tokens
    tokens: list[tuple[int, int] | None] = field(default_factory=lambda: [None, None])
    first: list[int | None] = field(default_factory=lambda: [None, None])  # span start per side
    spans: list[Span | None] = field(default_factory=lambda: [None, None])
    anchors: list[int] = field(default_factory=lambda: [0, 0])  # where a missing side sits
    opcodes: list[Opcode] = field(default_factory=list)
    partner: int = -1


def _group_rows(
    entries: list[Entry], sides: tuple[_SideText, _SideText], options: CompareOptions
) -> list[_Draft]:
    """Cut the entries into rows: one paragraph (or part of one) per side and row."""
    drafts: list[_Draft] = []
    paras: list[int | None] = [None, None]
    words = [0, 0]  # words of the current row, per side
    for e in entries:
        cur = drafts[-1] if drafts else None
        if e.kind == SAME:
            drafts.append(_Draft([e], same=True))
            paras = [None, None]
            continue
        if e.kind in _MOVES:
            if (
                cur
                and cur.moved
                and cur.entries[0].kind == e.kind
                and cur.entries[0].move == e.move
            ):
                cur.entries.append(e)
            else:
                drafts.append(_Draft([e], moved=True))
            continue
        e_paras = [
            sides[0].units[e.left[0]].para if e.left else None,
            sides[1].units[e.right[0]].para if e.right else None,
        ]
        e_words = [
            sum(sides[0].unit_words(u) for u in e.left),
            sum(sides[1].unit_words(u) for u in e.right),
        ]
        joins = (
            cur is not None
            and not cur.moved
            and not cur.same
            and all(p is None or q is None or p == q for p, q in zip(e_paras, paras, strict=True))
            and not (e.kind == INSERT and paras[1] is None)  # a deleted-only row stays so
            and not (e.kind == DELETE and paras[0] is None)  # an inserted-only row stays so
            and max(words[0] + e_words[0], words[1] + e_words[1]) <= options.row_max_words
        )
        if cur is not None and joins:
            cur.entries.append(e)
            words = [words[0] + e_words[0], words[1] + e_words[1]]
            paras = [p if p is not None else q for p, q in zip(e_paras, paras, strict=True)]
        else:
            drafts.append(_Draft([e]))
            words = e_words
            paras = e_paras
    return drafts


def _build(
    drafts: list[_Draft],
    sides: tuple[_SideText, _SideText],
    same_words: int,
    options: CompareOptions,
) -> Comparison:
    for d in drafts:
        if d.same:
            for s, para in enumerate(d.entries[0].para):
                d.first[s] = sides[s].paragraph_start(para)
            continue
        for s in (0, 1):
            ids = [u for e in d.entries for u in (e.left if s == 0 else e.right)]
            if ids:
                d.tokens[s] = rng = sides[s].token_range(ids)
                d.first[s] = sides[s].tokens.starts[rng[0]]
    _fallback_rows(drafts, sides)
    _place_spans(drafts, sides)
    _link_moves(drafts)
    for d in drafts:
        d.opcodes = _row_opcodes(d, drafts, sides, options)
    rows = tuple(_finish_row(i, d, drafts, sides) for i, d in enumerate(drafts))
    changes = _changes(rows, sides)
    return Comparison(
        left_text=sides[0].text,
        right_text=sides[1].text,
        rows=rows,
        changes=changes,
        stats=_stats(drafts, sides, same_words),
        options=options,
    )


def _fallback_rows(drafts: list[_Draft], sides: tuple[_SideText, _SideText]) -> None:
    """A side with text but no compared token (blank, or all ignored) still needs a row."""
    for s in (0, 1):
        if sides[s].text and not any(d.first[s] is not None for d in drafts):
            d = _Draft([])
            d.first[s] = 0
            drafts.append(d)


def _place_spans(drafts: list[_Draft], sides: tuple[_SideText, _SideText]) -> None:
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


def _link_moves(drafts: list[_Draft]) -> None:
    places: dict[int, int] = {}
    for i, d in enumerate(drafts):
        if d.moved:
            move = d.entries[0].move
            if move in places:
                d.partner, drafts[places[move]].partner = places[move], i
            else:
                places[move] = i


def _row_opcodes(
    d: _Draft, drafts: list[_Draft], sides: tuple[_SideText, _SideText], options: CompareOptions
) -> list[Opcode]:
    """Token-level opcodes of one row, in global token indices of each side."""
    if d.same or not d.entries:
        return []  # one equal op over the whole row (see _finish_row)
    lkeys, rkeys = sides[0].tokens.keys, sides[1].tokens.keys
    weak = _weak_test(sides[0], options)
    if d.moved:
        out, into = (d, drafts[d.partner]) if d.tokens[0] else (drafts[d.partner], d)
        (l0, l1), (r0, r1) = out.tokens[0], into.tokens[1]  # type: ignore[misc]
        moved = diff_tokens(lkeys[l0:l1], rkeys[r0:r1], l0, r0)
        return absorb_islands(moved, weak, options.island_max_tokens)
    lcur = d.tokens[0][0] if d.tokens[0] else 0
    rcur = d.tokens[1][0] if d.tokens[1] else 0
    ops: list[Opcode] = []
    for e in d.entries:
        if e.left and e.right:
            (l0, l1), (r0, r1) = sides[0].token_range(e.left), sides[1].token_range(e.right)
            if e.identical:
                ops.append(("equal", l0, l1, r0, r1))
            else:
                pair = diff_tokens(lkeys[l0:l1], rkeys[r0:r1], l0, r0)
                ops.extend(absorb_islands(pair, weak, options.island_max_tokens))
        elif e.left:
            l0, l1 = sides[0].token_range(e.left)
            ops.append(("delete", l0, l1, rcur, rcur))
        else:
            r0, r1 = sides[1].token_range(e.right)
            ops.append(("insert", lcur, lcur, r0, r1))
        lcur, rcur = ops[-1][2], ops[-1][4]
    return _merge_same(ops)


def _weak_test(side: _SideText, options: CompareOptions) -> Callable[[int], int]:
    """How much left token i weighs in an island: 0 for white space (compared only when
    whitespace is not folded), 1 for punctuation or a short word, more than the island limit
    for a longer word (which keeps the island)."""
    words, keys, starts, ends = (
        side.tokens.words,
        side.tokens.keys,
        side.tokens.starts,
        side.tokens.ends,
    )
    limit, heavy = options.weak_word_max_chars, options.island_max_tokens + 1

    def weight(i: int) -> int:
        if words[i]:
            return 1 if ends[i] - starts[i] <= limit else heavy
        return 0 if keys[i].isspace() else 1

    return weight


def _merge_same(ops: list[Opcode]) -> list[Opcode]:
    out: list[Opcode] = []
    for op in ops:
        if out and out[-1][0] == op[0] and op[0] != "replace":
            prev = out[-1]
            out[-1] = (op[0], prev[1], op[2], prev[3], op[4])
        else:
            out.append(op)
    return out


def _finish_row(
    index: int, d: _Draft, drafts: list[_Draft], sides: tuple[_SideText, _SideText]
) -> Row:
    """Turn token opcodes into spans; pick the row's kind."""
    bounds = []
    for s in (0, 1):
        owner = d if d.tokens[s] is not None or not d.moved else drafts[d.partner]
        bounds.append(_Boundary(owner, s, sides[s].tokens.starts))
    ops = tuple(
        Op(OpKind(tag), bounds[0].span(i1, i2), bounds[1].span(j1, j2))
        for tag, i1, i2, j1, j2 in d.opcodes
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


class _Boundary:
    """Maps token indices of one row side to code-point offsets that partition its span."""

    __slots__ = ("_anchor", "_hi", "_lo", "_span", "_starts")

    def __init__(self, d: _Draft, side: int, starts: list[int]) -> None:
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


def _changes(rows: tuple[Row, ...], sides: tuple[_SideText, _SideText]) -> tuple[Change, ...]:
    texts = (sides[0].text, sides[1].text)
    changes: list[Change] = []
    pos = [0, 0]

    def trim(span: Span, s: int) -> Span:
        """Without trailing white space, unless the change is nothing but white space."""
        piece = texts[s][span.start : span.end]
        kept = len(piece.rstrip())
        return Span(span.start, span.start + kept) if kept else span

    for row in rows:
        spans = [row.left, row.right]
        anchors = [sp.start if sp is not None else pos[s] for s, sp in enumerate(spans)]
        if row.kind is RowKind.MOVED:
            here = [
                trim(sp, s) if sp is not None else Span(anchors[s], anchors[s])
                for s, sp in enumerate(spans)
            ]
            changes.append(Change(len(changes), ChangeKind.MOVE, row.index, here[0], here[1]))
        else:
            run: list[Op] = []
            for op in [*row.ops, None]:
                if op is not None and op.kind is not OpKind.EQUAL:
                    run.append(op)
                    continue
                if run:
                    changes.append(_change_of_run(len(changes), row.index, run, trim))
                    run = []
        for s, sp in enumerate(spans):
            if sp is not None:
                pos[s] = sp.end
    return tuple(changes)


def _change_of_run(
    index: int, row: int, run: list[Op], trim: Callable[[Span, int], Span]
) -> Change:
    kinds = {op.kind for op in run}
    if kinds == {OpKind.DELETE}:
        kind = ChangeKind.DELETE
    elif kinds == {OpKind.INSERT}:
        kind = ChangeKind.INSERT
    else:
        kind = ChangeKind.REPLACE
    left = trim(Span(run[0].left.start, run[-1].left.end), 0)
    right = trim(Span(run[0].right.start, run[-1].right.end), 1)
    return Change(index, kind, row, left, right)


def _stats(drafts: list[_Draft], sides: tuple[_SideText, _SideText], same_words: int) -> Stats:
    lw, rw = sides[0].word_count, sides[1].word_count
    matched, added, deleted, changed = same_words, 0, 0, 0
    moves = 0
    for d in drafts:
        if d.moved and d.tokens[0] is None:
            continue  # a move's ops are counted once, at its left place
        moves += d.moved
        for tag, i1, i2, j1, j2 in d.opcodes:
            if tag == "equal":
                matched += lw(i1, i2)
            elif tag == "delete":
                deleted += lw(i1, i2)
            elif tag == "insert":
                added += rw(j1, j2)
            else:
                changed += lw(i1, i2)
    left_words = sides[0].words_before[-1] + same_words
    right_words = sides[1].words_before[-1] + same_words
    total = left_words + right_words
    return Stats(
        left_words=left_words,
        right_words=right_words,
        matched_words=matched,
        similarity=2 * matched / total if total else 1.0,
        left_in_right=matched / left_words if left_words else 1.0,
        right_in_left=matched / right_words if right_words else 1.0,
        words_added=added,
        words_deleted=deleted,
        words_changed=changed,
        units_moved=moves,
    )
