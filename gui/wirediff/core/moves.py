"""Moves: deleted text that turns up, perhaps edited, somewhere else.

Left unpaired by the in-order alignment, deleted sentences form *blocks* (runs of consecutive
deleted sentences of one paragraph), and so do inserted ones. A deleted block and an inserted
block at another place are a move when the weighted similarity of their words reaches
``move_min_similarity`` and each has at least ``move_min_words`` words; the most similar go
first. Inside a move the two blocks are paired like a gap (``wirediff.core.pairing``, with
the lenient threshold of rewrites: the move vouches for them), and what lies from the first
pair to the last moves as one unit; sentences before or after that stay deleted or inserted.
So a moved paragraph is one move even when its sentences were split, merged or reworded.
Deletions and insertions that touch a move at one end on both sides then join it when they
pair as any gap's sentences do (not with the rewrites' leniency), from the move on, though
they are of another paragraph: two paragraphs moved and run into one (the
second's block found no move of its own: the first's move took the whole joined paragraph
from the other side) are one move, not a move plus a sentence deleted and inserted. Two
blocks at the same place (no pair between them) did not move: they stay side by side, for
the rewrite pass.
"""

from __future__ import annotations

from wirediff.core.bags import UnitBags
from wirediff.core.entries import DELETE, INSERT, MOVE_IN, MOVE_OUT, Entry, Step
from wirediff.core.pairing import Pairing, candidates, pair_gap


def find_moves(at: Pairing, entries: list[Entry]) -> list[Entry]:
    """The entries with the units that moved as linked MOVE_OUT / MOVE_IN entries."""
    ls, rs, options = at.left, at.right, at.options
    run = 0  # runs of unpaired entries: blocks inside one run did not move
    run_of_left: dict[int, int] = {}
    run_of_right: dict[int, int] = {}
    for e in entries:
        if e.kind == DELETE:
            run_of_left[e.left[0]] = run
        elif e.kind == INSERT:
            run_of_right[e.right[0]] = run
        else:
            run += 1
    # Blocks in the same run stand at the same place and never move (see below): when every
    # deletion and insertion is in one run (texts with nothing paired, such as two
    # unrelated reports), nothing can have moved.
    if len({*run_of_left.values(), *run_of_right.values()}) <= 1:
        return entries
    dl = _blocks(ls, sorted(run_of_left), options.move_min_words)
    ir = _blocks(rs, sorted(run_of_right), options.move_min_words)
    if not dl or not ir:
        return entries
    seeds = candidates(
        [(ls.merged(b), sum(map(ls.weight, b))) for b in dl],
        [(rs.merged(b), sum(map(rs.weight, b))) for b in ir],
        ls.weights,
        options.move_min_similarity,
        3,
        options,
    )
    seeds.sort(key=lambda p: (-p[2], p[0], p[1]))
    moved_left: dict[int, int] = {}  # unit -> move id
    moved_right: dict[int, int] = {}
    moves: list[list[Step]] = []
    for bi, bj, _ in seeds:
        at.check()
        left, right = dl[bi], ir[bj]
        if run_of_left[left[0]] == run_of_right[right[0]]:
            continue
        if any(u in moved_left for u in left) or any(v in moved_right for v in right):
            continue
        steps = pair_gap(at, left, right, options.rewrite_min_weighted_dice)
        steps = _trimmed(steps) or [(left, right)]
        for a, b in steps:
            moved_left.update(dict.fromkeys(a, len(moves)))
            moved_right.update(dict.fromkeys(b, len(moves)))
        moves.append(steps)
    for k, steps in enumerate(moves):
        moves[k] = _grown(at, steps, (run_of_left, moved_left), (run_of_right, moved_right), k)
    return _rebuilt(entries, moves, moved_left, moved_right)


_Side = tuple[dict[int, int], dict[int, int]]  # unpaired unit -> run; moved unit -> move id


def _grown(at: Pairing, steps: list[Step], left: _Side, right: _Side, move: int) -> list[Step]:
    """The move's steps with the unmoved deletions and insertions that touch it on both
    sides at one end, when they pair: a moved paragraph merged with the next one (whose
    sentences, a block of another paragraph, found no move of their own), or split."""
    for forward in (True, False):
        a = [u for s, _ in steps for u in s]
        b = [v for _, s in steps for v in s]
        more_left = _touching(a[-1] if forward else a[0], forward, *left)
        more_right = _touching(b[-1] if forward else b[0], forward, *right)
        if not more_left or not more_right:
            continue
        if len(more_left) * len(more_right) > at.options.rewrite_max_cells:
            continue
        at.check()
        # (paired as any gap is, not with the rewrites' leniency: being beside a move does
        # not vouch for a sentence as its place does; and from the move on without a gap)
        more = pair_gap(at, more_left, more_right)
        paired = [k for k, (x, y) in enumerate(more) if x and y]
        if not paired or paired[0 if forward else -1] != (0 if forward else len(more) - 1):
            continue
        more = more[: paired[-1] + 1] if forward else more[paired[0] :]
        for x, y in more:
            left[1].update(dict.fromkeys(x, move))
            right[1].update(dict.fromkeys(y, move))
        steps = steps + more if forward else more + steps
    return steps


def _touching(unit: int, forward: bool, run_of: dict[int, int], moved: dict[int, int]) -> list[int]:
    """The unmoved unpaired units next to ``unit`` (one way) in its run, in reading order."""
    found: list[int] = []
    step = 1 if forward else -1
    v = unit + step
    while v in run_of and run_of[v] == run_of[unit] and v not in moved:
        found.append(v)
        v += step
    return found if forward else found[::-1]


def _blocks(side: UnitBags, unpaired: list[int], min_words: int) -> list[list[int]]:
    """Runs of consecutive unpaired units of one paragraph with at least ``min_words``."""
    runs: list[list[int]] = []
    for u in unpaired:
        if runs and runs[-1][-1] == u - 1 and side.units[u].para == side.units[u - 1].para:
            runs[-1].append(u)
        else:
            runs.append([u])
    return [r for r in runs if sum(map(side.size, r)) >= min_words]


def _trimmed(steps: list[Step]) -> list[Step]:
    """The steps from the first pair to the last (none if nothing pairs)."""
    paired = [k for k, (a, b) in enumerate(steps) if a and b]
    return steps[paired[0] : paired[-1] + 1] if paired else []


def _rebuilt(
    entries: list[Entry],
    moves: list[list[Step]],
    moved_left: dict[int, int],
    moved_right: dict[int, int],
) -> list[Entry]:
    """Replace the moved units' deletions and insertions by one entry per move and place."""
    out: list[Entry] = []
    placed: set[tuple[str, int]] = set()
    for e in entries:
        if e.kind == DELETE and e.left[0] in moved_left:
            kind, move = MOVE_OUT, moved_left[e.left[0]]
        elif e.kind == INSERT and e.right[0] in moved_right:
            kind, move = MOVE_IN, moved_right[e.right[0]]
        else:
            out.append(e)
            continue
        if (kind, move) in placed:
            continue
        placed.add((kind, move))
        steps = moves[move]
        units = [u for a, b in steps for u in (a if kind == MOVE_OUT else b)]
        left, right = (units, []) if kind == MOVE_OUT else ([], units)
        out.append(Entry(kind, left, right, move=move, steps=steps))
    return out
