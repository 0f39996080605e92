"""Sliders: where a run deleted (or inserted) between two matched runs is put when it could
equally go a unit up or down.

A run of units only one side has, whose last unit equals (by the options' keys) the unit
just before it, can slide up by one, that unit taking the run's last unit's place in the
pairs: both are as good to the alignment. A chapter dropped from the second edition, the
chapters after it renumbered, with Ignore numbering on: "CHAPTER III." was paired with the
new "CHAPTER III." (the old IV), and the run deleted was Chapter III's body followed by
"CHAPTER IV.": read as "Chapter IV cut" (found by a literary scholar). Among the places a
run may slide to, the one where it starts with a heading-like unit and ends before one is
taken (the run holds a heading and its body, not a body and the next heading); else it
stays where it was. Before both, a place where the run meets a run of the other side (it
slid through a whole block of equal units) is taken: the two are paired as an edit. One of
six equal paragraphs edited was shown as the last one moved to the first's place, edited.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from wirediff.core.segments import STATEMENT_STOPS

Block = tuple[int, int, int]
MAX_SLIDE = 16  # units a run slides at most each way (a long run of one repeated unit)
HEADING_MAX_WORDS = 8
HEADING_MAX_CHARS = 80


def heading_like(text: str) -> bool:
    """Whether a unit's ``text`` reads as a heading: short, and with no stop ending a
    statement, or with no lower-case letter ("CHAPTER III."), or of a few words
    ("Chapter 3.")."""
    text = text.strip()
    words = text.split()
    if not words or len(words) > HEADING_MAX_WORDS or len(text) > HEADING_MAX_CHARS:
        return False
    return text[-1] not in STATEMENT_STOPS or text.upper() == text or len(words) <= 3


def slide(
    blocks: list[Block],
    sizes: tuple[int, int],
    same: tuple[Callable[[int, int], bool], Callable[[int, int], bool]],
    heading: tuple[Callable[[int], bool], Callable[[int], bool]] | None,
) -> tuple[list[Block], list[Block]]:
    """``blocks`` (runs ``(i, j, n)`` of matched units, in order, ending with the
    ``(sizes[0], sizes[1], 0)`` sentinel) with each run only one side has between two of
    them slid to its best place; and the pairs slid into, ``(i, j, n)`` each: units equal
    by ``same`` (of one side: ``same[0](x, y)`` on the left) but maybe not as the blocks
    are (the caller decides what they become). ``heading[side](x)``: whether unit ``x``
    of that side is heading-like (``heading`` None: the only better place is where the run
    meets the other side's). A slide of ``d`` units takes ``d`` pairs of the block before
    the run (up) or after it (down)."""
    out = list(blocks)
    slid: list[Block] = []
    prev_end = (0, 0)
    for k, (bi, bj, bn) in enumerate(out):
        s, t = prev_end
        prev_end = (bi + bn, bj + bn)
        if (s == bi) == (t == bj):
            continue  # nothing, or something on both sides
        side = 0 if t == bj else 1
        start, stop = (s, bi) if side == 0 else (t, bj)
        size = stop - start
        before = out[k - 1] if k else None
        same_x = same[side]
        heading_x = heading[side] if heading is not None else None
        up = 0
        room = min(before[2], MAX_SLIDE) if before else 0
        while up < room and same_x(stop - 1 - up, start - 1 - up):
            up += 1
        down = 0
        room = min(bn, MAX_SLIDE)
        while down < room and same_x(start + down, stop + down):
            down += 1
        if not up and not down:
            continue
        # Slid through a whole block, it meets the other side's run there: the two pair
        # as an edit (one of six equal paragraphs edited was shown moved to the end).
        met = set()
        if before is not None and up == before[2] and _other(out, k - 1, side):
            met.add(start - up)
        if down == bn and k + 1 < len(out) and _other(out, k + 1, side):
            met.add(start + down)
        scores = {
            p: (
                p in met,
                0
                if heading_x is None
                else heading_x(p) + (p + size >= sizes[side] or heading_x(p + size)),
                p == start,
            )
            for p in range(start - up, start + down + 1)
        }
        best = max(scores, key=scores.__getitem__)
        if best == start:
            continue
        if best < start:  # up: the block before gives its last pairs
            d = start - best
            assert before is not None
            pi, pj, pn = before
            out[k - 1] = (pi, pj, pn - d)
            slid.append((bi - d, bj - d, d))
        else:  # down: the block after gives its first pairs
            d = best - start
            slid.append((s, t, d))
            out[k] = (bi + d, bj + d, bn - d)
            prev_end = (bi + bn, bj + bn)
    return out, slid


def _other(blocks: list[Block], k: int, side: int) -> bool:
    """Whether the other side than ``side`` has units between block ``k`` and the one
    before it."""
    end = (
        (blocks[k - 1][0] + blocks[k - 1][2], blocks[k - 1][1] + blocks[k - 1][2]) if k else (0, 0)
    )
    other = 1 - side
    return blocks[k][other] > end[other]


def meeting(blocks: list[Block], a: Sequence[object], b: Sequence[object]) -> list[Block]:
    """``blocks`` of equal items of ``a`` and ``b`` (``slide``'s, with its sentinel) with
    each run only one side has slid to meet a run of the other side where it can (five
    equal sentences, the first edited: the last was shown moved to the first's place)."""
    out, slid = slide(
        blocks,
        (len(a), len(b)),
        (lambda x, y: a[x] == a[y], lambda x, y: b[x] == b[y]),
        None,
    )
    if not slid:
        return blocks
    return [*sorted(block for block in out[:-1] + slid if block[2]), out[-1]]
