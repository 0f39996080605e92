"""What a comparison adds up to: the list of changes to step through, and the statistics."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence

from wirediff.core.result import (
    BREAK_KINDS,
    Change,
    ChangeKind,
    Op,
    OpKind,
    Row,
    RowKind,
    Span,
    Stats,
)
from wirediff.core.rows import Draft


def changes(
    rows: tuple[Row, ...],
    texts: tuple[str, str],
    sentences: tuple[list[int], list[int]],
    breaks: Sequence[tuple[int, ChangeKind, tuple[int, int] | None]],
) -> tuple[Change, ...]:
    """Every change once, in order: a moved unit, the changed words of one sentence in a
    row, or a paragraph break (``breaks``: row, SPLIT or JOIN, and where on each side, None
    at the row's end; ``breaks.paragraph_breaks``). A break inside a row that falls inside a
    change of it (between its matched words) is that change's.

    A moved unit is one change, at the first of its two rows (its other place is that row's
    ``link``, one jump away): listed at both places, a section of 12 paragraphs moved took
    24 of a pair's 32 changes, and ``n`` stepped through it twice (a legal reviser's
    walkthrough). The first row, not the left place, so that the pair the other way round
    keeps the same change.

    The word operations of a row that fall in one sentence are one change, with the matched
    words between them: a reader reads a sentence as a whole, so three one-word edits in it
    are one place to look, and one stop of next/previous change. A change run across a
    sentence's end, or matched text that reaches into another sentence on either side,
    starts a new change. ``sentences[s]`` are the offsets where side s's sentences start, in
    order (the aligned units; text outside them belongs to the sentence before).
    """
    out: list[Change] = []
    pos = [0, 0]
    by_row: dict[int, list[tuple[ChangeKind, tuple[int, int] | None]]] = {}
    for row_index, kind, at in breaks:
        by_row.setdefault(row_index, []).append((kind, at))

    def trim(span: Span, s: int) -> Span:
        """Without trailing white space, unless the change is nothing but white space."""
        piece = texts[s][span.start : span.end]
        kept = len(piece.rstrip())
        return Span(span.start, span.start + kept) if kept else span

    def one_sentence(between: list[Op]) -> bool:
        """Whether matched ops lie inside one sentence on both sides (what stands just
        before them and just after them is in the same sentence)."""
        for s, (lo, hi) in enumerate(
            (
                (between[0].left.start, between[-1].left.end),
                (between[0].right.start, between[-1].right.end),
            )
        ):
            starts = sentences[s]
            if lo == 0 or bisect.bisect_right(starts, lo - 1) != bisect.bisect_right(starts, hi):
                return False
        return True

    for row in rows:
        spans = [row.left, row.right]
        anchors = [sp.start if sp is not None else pos[s] for s, sp in enumerate(spans)]
        if row.kind is RowKind.MOVED:
            if row.link is None or row.link > row.index:  # (its first place: see above)
                here = [
                    trim(sp, s) if sp is not None else Span(anchors[s], anchors[s])
                    for s, sp in enumerate(spans)
                ]
                out.append(Change(len(out), ChangeKind.MOVE, row.index, here[0], here[1]))
        else:
            runs: list[list[Op]] = []
            between: list[Op] = []  # matched ops since the last changed one
            for op in row.ops:
                if op.kind is OpKind.EQUAL:
                    between.append(op)
                    continue
                if runs and (not between or one_sentence(between)):
                    runs[-1] += [*between, op]
                else:
                    runs.append([op])
                between = []
            found = [_change_of_run(0, row.index, run, trim) for run in runs]
            inside = [(kind, at) for kind, at in by_row.get(row.index, ()) if at is not None]
            for c in _with_breaks(found, row.index, inside):
                out.append(Change(len(out), c.kind, c.row, c.left, c.right))
        for s, sp in enumerate(spans):
            if sp is not None:
                pos[s] = sp.end
        for kind, at in by_row.get(row.index, ()):
            if at is None:  # the row's end, where the next row starts
                ends = Span(pos[0], pos[0]), Span(pos[1], pos[1])
                out.append(Change(len(out), kind, row.index, *ends))
    return tuple(out)


def _with_breaks(
    found: list[Change], row: int, inside: list[tuple[ChangeKind, tuple[int, int]]]
) -> list[Change]:
    """The row's changes with its breaks between matched words among them, in order; one
    inside a change (between matched words it holds) left out."""
    if not inside:
        return found
    out = list(found)
    for kind, (left, right) in inside:
        if any(
            c.left.start < left < c.left.end or c.right.start < right < c.right.end for c in found
        ):
            continue
        out.append(Change(0, kind, row, Span(left, left), Span(right, right)))
    # (a break where a change starts comes first: the paragraph ends before its words)
    return sorted(out, key=lambda c: (c.left.start, c.right.start, c.kind not in BREAK_KINDS))


def _change_of_run(
    index: int, row: int, run: list[Op], trim: Callable[[Span, int], Span]
) -> Change:
    kinds = {op.kind for op in run} - {OpKind.EQUAL}
    if kinds == {OpKind.DELETE}:
        kind = ChangeKind.DELETE
    elif kinds == {OpKind.INSERT}:
        kind = ChangeKind.INSERT
    else:
        kind = ChangeKind.REPLACE
    left = trim(Span(run[0].left.start, run[-1].left.end), 0)
    right = trim(Span(run[0].right.start, run[-1].right.end), 1)
    return Change(index, kind, row, left, right)


def stats(
    drafts: list[Draft],
    words: tuple[Callable[[int, int], int], Callable[[int, int], int]],
    totals: tuple[int, int],
    same_words: int,
) -> Stats:
    """Counted on the word diff as matched (``Draft.raw``): a short island shown inside a
    replacement still counts as matched. ``words[s](lo, hi)`` counts the words of side s's
    tokens ``[lo, hi)``; ``totals`` are the words of each side's tokens."""
    lw, rw = words
    matched, added, deleted, changed, changed_right = same_words, 0, 0, 0, 0
    matched_right = same_words  # an equal run may hold words written together on one side
    moves = passages = 0
    for i, d in enumerate(drafts):
        if d.moved and d.tokens[0] is None:
            continue  # a move's ops are counted once, at its left place
        moves += d.moved
        if d.moved:  # a passage goes on from the row before to the row after its other place
            before = drafts[i - 1] if i else None
            on = before is not None and before.moved and before.tokens[0] is not None
            passages += not (on and before is not None and before.partner + 1 == d.partner)
        for tag, i1, i2, j1, j2 in d.raw:
            if tag == "equal":
                matched += lw(i1, i2)
                matched_right += rw(j1, j2)
            elif tag == "delete":
                deleted += lw(i1, i2)
            elif tag == "insert":
                added += rw(j1, j2)
            else:
                changed += lw(i1, i2)
                changed_right += rw(j1, j2)
    left_words = totals[0] + same_words
    right_words = totals[1] + same_words
    total = left_words + right_words
    return Stats(
        left_words=left_words,
        right_words=right_words,
        matched_words=matched,
        similarity=(matched + matched_right) / total if total else 1.0,
        left_in_right=matched / left_words if left_words else 1.0,
        right_in_left=matched_right / right_words if right_words else 1.0,
        words_added=added,
        words_deleted=deleted,
        words_changed=changed,
        words_changed_right=changed_right,
        units_moved=moves,
        matched_words_right=matched_right,
        passages_moved=passages,
    )
