"""Anchors: paragraphs and sentences that are exactly equal on both sides, matched in order."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from difflib import SequenceMatcher

from wirediff.core.options import CompareOptions
from wirediff.core.segments import Unit
from wirediff.core.tokens import TokenArrays

_DEFAULT = CompareOptions()


def equal_paragraphs(
    left: str,
    right: str,
    lp: list[tuple[int, int]],
    rp: list[tuple[int, int]],
    options: CompareOptions = _DEFAULT,
) -> list[tuple[int, int, int]]:
    """Runs ``(i, j, n)`` of paragraphs with identical text, in order, ending with a
    ``(len(lp), len(rp), 0)`` sentinel: those that weigh most together (``matching_blocks``
    with the paragraphs' lengths)."""
    ids: dict[str, int] = {}
    lids = [ids.setdefault(left[a:b], len(ids)) for a, b in lp]
    rids = [ids.setdefault(right[a:b], len(ids)) for a, b in rp]
    return matching_blocks(lids, rids, options, [b - a for a, b in lp])


def unit_ids(
    left: tuple[list[Unit], TokenArrays], right: tuple[list[Unit], TokenArrays]
) -> tuple[list[int], list[int]]:
    """Small integers standing for each unit's key sequence (equal keys, equal id)."""
    ids: dict[tuple[str, ...], int] = {}
    out = []
    for units, tokens in (left, right):
        keys = tokens.keys
        out.append([ids.setdefault(tuple(keys[u.lo : u.hi]), len(ids)) for u in units])
    return out[0], out[1]


def matching_blocks(
    a: list[int],
    b: list[int],
    options: CompareOptions = _DEFAULT,
    weights: Sequence[int] | None = None,
) -> list[tuple[int, int, int]]:
    """Runs ``(i, j, n)`` with ``a[i:i+n] == b[j:j+n]``, in order, ending with a
    ``(len(a), len(b), 0)`` sentinel.

    With ``weights`` (of ``a``'s items: their length), the equal items kept in order are
    those that weigh most together (``_heaviest_in_order``); without, difflib's longest
    runs. ``SequenceMatcher`` takes the longest run first, then looks on either side of it:
    of equal paragraphs in another order it kept the first it met, one moved paragraph,
    and six that stayed in place around it became six moves. Both works grow with how often
    an item repeats (the pairs of equal items: a thousand "Yes." sentences took seconds);
    past a bound on that, a greedy in-order match with a short look-ahead is used instead.
    """
    counts_a = Counter(a)
    counts_b = Counter(b)
    collisions = sum(n * counts_b[k] for k, n in counts_a.items() if k in counts_b)
    if collisions > options.repeat_work_factor * (len(a) + len(b)) + 256:
        return _greedy_blocks(a, b, options.greedy_window)
    if weights is not None:
        return _heaviest_in_order(a, b, weights)
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    return [(m.a, m.b, m.size) for m in matcher.get_matching_blocks()]


def _heaviest_in_order(
    a: list[int], b: list[int], weights: Sequence[int]
) -> list[tuple[int, int, int]]:
    """The pairs of equal items, in order on both sides, of the greatest total weight (of
    those, the most pairs), as runs: a heaviest increasing subsequence over the pairs (i
    ascending, j descending for one i so that an item pairs once), a Fenwick tree of the
    best chain ending below each j."""
    where: dict[int, list[int]] = {}
    for j, item in enumerate(b):
        where.setdefault(item, []).append(j)
    pairs = [(i, j) for i, item in enumerate(a) for j in reversed(where.get(item, ()))]
    scale = len(pairs) + 1  # a weight's unit outweighs any count of pairs
    size = len(b)
    tree_value = [0] * (size + 1)
    tree_at = [-1] * (size + 1)
    best: list[int] = []
    before: list[int] = []
    for k, (i, j) in enumerate(pairs):
        value, at = 0, -1  # the best chain ending at a j below this one
        x = j
        while x > 0:
            if tree_value[x] > value:
                value, at = tree_value[x], tree_at[x]
            x -= x & -x
        best.append(value + weights[i] * scale + 1)  # (of equal weights, more pairs)
        before.append(at)
        x = j + 1
        while x <= size:
            if best[k] > tree_value[x]:
                tree_value[x], tree_at[x] = best[k], k
            x += x & -x
    chain: list[tuple[int, int]] = []
    k = max(range(len(pairs)), key=best.__getitem__, default=-1)
    while k >= 0:
        chain.append(pairs[k])
        k = before[k]
    runs: list[tuple[int, int, int]] = []
    for i, j in reversed(chain):
        if runs and runs[-1][0] + runs[-1][2] == i and runs[-1][1] + runs[-1][2] == j:
            runs[-1] = (runs[-1][0], runs[-1][1], runs[-1][2] + 1)
        else:
            runs.append((i, j, 1))
    runs.append((len(a), len(b), 0))
    return runs


def _greedy_blocks(a: list[int], b: list[int], window: int) -> list[tuple[int, int, int]]:
    """In-order matching that skips at most ``window`` items on one side to find the next
    equal pair: linear time whatever repeats."""
    blocks: list[tuple[int, int, int]] = []
    i = j = 0
    while i < len(a) and j < len(b):
        if a[i] == b[j]:
            if blocks and blocks[-1][0] + blocks[-1][2] == i and blocks[-1][1] + blocks[-1][2] == j:
                bi, bj, n = blocks[-1]
                blocks[-1] = (bi, bj, n + 1)
            else:
                blocks.append((i, j, 1))
            i, j = i + 1, j + 1
            continue
        for k in range(1, window + 1):
            if i + k < len(a) and a[i + k] == b[j]:
                i += k
                break
            if j + k < len(b) and a[i] == b[j + k]:
                j += k
                break
        else:
            i, j = i + 1, j + 1
    blocks.append((len(a), len(b), 0))
    return blocks
