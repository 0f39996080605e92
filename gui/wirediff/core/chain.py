"""Best in-order chains: the heaviest chain of pairing steps, and the longest increasing run."""

from __future__ import annotations

import bisect

# steps[(i, j)]: the steps ((di, dj), score) that cover left items i-di..i-1 and right items
# j-dj..j-1.
Offers = dict[tuple[int, int], list[tuple[tuple[int, int], float]]]


def heaviest_chain(steps: Offers) -> list[tuple[int, int, int, int]]:
    """The in-order, non-overlapping pairing steps of greatest total score.

    Returns ``(i, j, di, dj)`` in order. A chain may leave items unpaired, so this is the
    dynamic programme over the whole grid, computed only over the offered steps (sparse,
    usually a few per item) with a prefix-maximum Fenwick tree.
    """
    flat = [
        (i - di, j - dj, i, j, di, dj, score)
        for (i, j), offers in steps.items()
        for (di, dj), score in offers
    ]
    if not flat:
        return []
    size = max(f[3] for f in flat) + 1
    tree_value = [0.0] * (size + 1)
    tree_at = [-1] * (size + 1)

    def best_before(j: int) -> tuple[float, int]:  # best chain ending at a right end <= j
        value, at = 0.0, -1
        k = j + 1
        while k > 0:
            if tree_value[k] > value:
                value, at = tree_value[k], tree_at[k]
            k -= k & -k
        return value, at

    def record(j: int, value: float, at: int) -> None:
        k = j + 1
        while k <= size:
            if value > tree_value[k]:
                tree_value[k], tree_at[k] = value, at
            k += k & -k

    by_start = sorted(range(len(flat)), key=lambda s: (flat[s][0], flat[s][1]))
    by_end = sorted(range(len(flat)), key=lambda s: flat[s][2])
    total = [0.0] * len(flat)
    parent = [-1] * len(flat)
    done = 0
    for s in by_start:
        i0, j0 = flat[s][0], flat[s][1]
        while done < len(by_end) and flat[by_end[done]][2] <= i0:
            t = by_end[done]
            record(flat[t][3], total[t], t)
            done += 1
        value, at = best_before(j0)
        total[s], parent[s] = value + flat[s][6], at
    s = max(range(len(flat)), key=lambda k: total[k])
    chain = []
    while s >= 0:
        chain.append(flat[s][2:6])
        s = parent[s]
    chain.reverse()
    return [(i, j, di, dj) for i, j, di, dj in chain]


def increasing(pairs: list[tuple[int, int, float]]) -> list[tuple[int, int, float]]:
    """The longest subsequence of ``pairs`` strictly increasing on both sides."""
    # Sorting equal lefts by decreasing right keeps two pairs of one left item out of a run.
    pairs = sorted(pairs, key=lambda p: (p[0], -p[1]))
    tails: list[int] = []  # tails[k]: smallest right index ending an increasing run of k+1
    tail_at: list[int] = []  # index into pairs of that run's last pair
    parent = [-1] * len(pairs)
    for p, (_, b, _) in enumerate(pairs):
        k = bisect.bisect_left(tails, b)
        parent[p] = tail_at[k - 1] if k else -1
        if k == len(tails):
            tails.append(b)
            tail_at.append(p)
        else:
            tails[k] = b
            tail_at[k] = p
    out = []
    p = tail_at[-1] if tail_at else -1
    while p >= 0:
        out.append(pairs[p])
        p = parent[p]
    out.reverse()
    return out
