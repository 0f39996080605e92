"""Anchors: paragraphs and sentences that are exactly equal on both sides, matched in order."""

from __future__ import annotations

from collections import Counter
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
    ``(len(lp), len(rp), 0)`` sentinel (difflib's matching blocks)."""
    ids: dict[str, int] = {}
    lids = [ids.setdefault(left[a:b], len(ids)) for a, b in lp]
    rids = [ids.setdefault(right[a:b], len(ids)) for a, b in rp]
    return matching_blocks(lids, rids, options)


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
    a: list[int], b: list[int], options: CompareOptions = _DEFAULT
) -> list[tuple[int, int, int]]:
    """Runs ``(i, j, n)`` with ``a[i:i+n] == b[j:j+n]``, in order, ending with a
    ``(len(a), len(b), 0)`` sentinel.

    ``SequenceMatcher(autojunk=False)`` finds the longest runs, but its work grows with the
    square of how often an item repeats (a thousand "Yes." sentences take seconds); past a
    bound on that, a greedy in-order match with a short look-ahead is used instead.
    """
    counts_a = Counter(a)
    counts_b = Counter(b)
    collisions = sum(n * counts_b[k] for k, n in counts_a.items() if k in counts_b)
    if collisions <= options.repeat_work_factor * (len(a) + len(b)) + 256:
        matcher = SequenceMatcher(None, a, b, autojunk=False)
        return [(m.a, m.b, m.size) for m in matcher.get_matching_blocks()]
    return _greedy_blocks(a, b, options.greedy_window)


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
