"""Unit alignment: pair the sentences of two texts, allowing merges, splits and moves.

0. Paragraphs whose text is exactly equal anchor first (``equal_paragraphs``): on realistic
   edits most of a long text is untouched, and those paragraphs need no tokens at all.
1. In the gaps between them, sentences that are exactly equal (by comparison keys) anchor
   the alignment: a ``SequenceMatcher`` over sentence ids finds the longest common runs.
2. Each gap between anchors is aligned by dynamic programming over 1:1, 2:1 and 1:2
   pairings scored by matched words (Dice of word bags), or — for gaps too large for that —
   by candidate pairs from an index of rare words, kept in order with a longest increasing
   subsequence, and the sub-gaps between them aligned by dynamic programming.
3. Deleted and inserted sentences that are similar enough become moves; consecutive moved
   sentences of one paragraph that moved together form one moved unit.

The output is a list of entries in reading order on both sides.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from itertools import chain, compress

from wirediff.core.options import CompareOptions
from wirediff.core.segments import Unit
from wirediff.core.tokens import TokenArrays

PAIR = "pair"  # left units aligned with right units (1:1, 2:1 or 1:2)
DELETE = "delete"  # a left unit with no counterpart
INSERT = "insert"  # a right unit with no counterpart
MOVE_OUT = "move_out"  # a left unit that moved (its place on the left)
MOVE_IN = "move_in"  # the same unit's place on the right
SAME = "same"  # a paragraph exactly equal on both sides; ``para`` holds both its indices

_DEFAULT = CompareOptions()


@dataclass(slots=True)
class Entry:
    kind: str
    left: list[int]  # unit indices on the left
    right: list[int]  # unit indices on the right
    identical: bool = False  # keys equal: no word diff needed
    move: int = -1  # move id for MOVE_OUT / MOVE_IN
    para: tuple[int, int] = (-1, -1)  # for SAME: paragraph index on the left, on the right


@dataclass(slots=True)
class _Side:
    units: list[Unit]
    tokens: TokenArrays
    bags: dict[int, Counter[str]] = field(default_factory=dict)
    sizes: dict[int, int] = field(default_factory=dict)

    def bag(self, u: int) -> Counter[str]:
        """The unit's words and how often each occurs (built when first asked for)."""
        bag = self.bags.get(u)
        if bag is None:
            lo, hi = self.units[u].lo, self.units[u].hi
            # Case is folded for pairing only: a headline in title case still pairs with the
            # same headline in sentence case, and the word diff then shows the case changes.
            words = compress(self.tokens.keys[lo:hi], self.tokens.words[lo:hi])
            bag = self.bags[u] = Counter(map(str.casefold, words))
            self.sizes[u] = sum(bag.values())
        return bag

    def size(self, u: int) -> int:
        """How many words the unit has."""
        if u not in self.sizes:
            self.bag(u)
        return self.sizes[u]


def _overlap(a: Counter[str], b: Counter[str]) -> int:
    """Words the two bags share, with multiplicity."""
    return sum(min(a[k], b[k]) for k in a.keys() & b.keys())


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


def align_units(
    left: tuple[list[Unit], TokenArrays],
    right: tuple[list[Unit], TokenArrays],
    gaps: list[tuple[range, range]],
    blocks: list[tuple[int, int, int]],
    options: CompareOptions,
) -> list[Entry]:
    """Align two texts; see the module docstring.

    ``gaps[k]`` are the unit ranges of the paragraphs before equal-paragraph run
    ``blocks[k]`` (on the left, on the right).
    """
    ls, rs = _Side(*left), _Side(*right)
    lids, rids = _unit_ids(ls, rs)
    entries: list[Entry] = []
    for (lg, rg), (bi, bj, size) in zip(gaps, blocks, strict=True):
        i, j = lg.start, rg.start
        lpart, rpart = lids[lg.start : lg.stop], rids[rg.start : rg.stop]
        for ui, uj, n in matching_blocks(lpart, rpart, options):
            ui, uj = ui + lg.start, uj + rg.start
            entries.extend(_align_gap(ls, rs, range(i, ui), range(j, uj), options))
            entries.extend(Entry(PAIR, [ui + k], [uj + k], identical=True) for k in range(n))
            i, j = ui + n, uj + n
        entries.extend(
            Entry(SAME, [], [], identical=True, para=(bi + k, bj + k)) for k in range(size)
        )
    _find_moves(ls, rs, entries, options)
    return entries


def _unit_ids(ls: _Side, rs: _Side) -> tuple[list[int], list[int]]:
    """Small integers standing for each unit's key sequence (equal keys, equal id)."""
    ids: dict[tuple[str, ...], int] = {}
    out = []
    for side in (ls, rs):
        keys = side.tokens.keys
        out.append([ids.setdefault(tuple(keys[u.lo : u.hi]), len(ids)) for u in side.units])
    return out[0], out[1]


def _unpaired(li: range, rj: range) -> list[Entry]:
    """Every unit of a gap deleted or inserted (deletions first, as diff tools show them)."""
    return [Entry(DELETE, [u], []) for u in li] + [Entry(INSERT, [], [u]) for u in rj]


def _align_gap(ls: _Side, rs: _Side, li: range, rj: range, options: CompareOptions) -> list[Entry]:
    if not li or not rj:
        return _unpaired(li, rj)
    if len(li) * len(rj) <= options.dp_max_cells:
        return _dp(ls, rs, li, rj, options)
    # Too large for DP: anchor on confident candidate pairs, then DP the pieces between.
    anchors = _increasing(_candidates(ls, rs, li, rj, options.pair_min_similarity, 1, options))
    entries: list[Entry] = []
    i, j = li.start, rj.start
    for a, b, _ in [*anchors, (li.stop, rj.stop, 0.0)]:
        sub_l, sub_r = range(i, a), range(j, b)
        if len(sub_l) * len(sub_r) <= options.dp_max_cells:
            entries.extend(_dp(ls, rs, sub_l, sub_r, options))
        else:
            entries.extend(_unpaired(sub_l, sub_r))
        if a < li.stop:
            entries.append(Entry(PAIR, [a], [b]))
        i, j = a + 1, b + 1
    return entries


def _dp(ls: _Side, rs: _Side, li: range, rj: range, options: CompareOptions) -> list[Entry]:
    """Best in-order pairing of a small gap, maximizing matched words."""
    n, m = len(li), len(rj)
    if n == 0 or m == 0:
        return _unpaired(li, rj)
    lb = [ls.bag(u) for u in li]
    rb = [rs.bag(u) for u in rj]
    # Scores of the possible steps, keyed by the DP cell they end in: 1:1, 2:1 and 1:2.
    lsz = [ls.size(u) for u in li]
    rsz = [rs.size(u) for u in rj]
    steps_score = _step_scores(lb, rb, lsz, rsz, options)
    if not steps_score:
        return _unpaired(li, rj)
    chosen = _heaviest_chain(steps_score)
    steps: list[tuple[int, int, int, int]] = []
    i = j = 0
    for i1, j1, di, dj in chosen:
        i0, j0 = i1 - di, j1 - dj
        steps.extend((k, j, 1, 0) for k in range(i, i0))
        steps.extend((i0, k, 0, 1) for k in range(j, j0))
        steps.append((i0, j0, di, dj))
        i, j = i1, j1
    steps.extend((k, j, 1, 0) for k in range(i, n))
    steps.extend((n, k, 0, 1) for k in range(j, m))
    entries: list[Entry] = []
    pending_del: list[Entry] = []
    pending_ins: list[Entry] = []
    for i0, j0, di, dj in steps:
        if di and dj:
            entries += pending_del + pending_ins
            pending_del, pending_ins = [], []
            lefts = [li[i0 + k] for k in range(di)]
            rights = [rj[j0 + k] for k in range(dj)]
            entries.append(Entry(PAIR, lefts, rights))
        elif di:
            pending_del.append(Entry(DELETE, [li[i0]], []))
        else:
            pending_ins.append(Entry(INSERT, [], [rj[j0]]))
    return entries + pending_del + pending_ins


def _heaviest_chain(
    steps: dict[tuple[int, int], list[tuple[tuple[int, int], float]]],
) -> list[tuple[int, int, int, int]]:
    """The in-order, non-overlapping pairing steps of greatest total score.

    ``steps[(i, j)]`` lists steps ``((di, dj), score)`` covering left units ``i-di..i-1`` and
    right units ``j-dj..j-1``. Returns ``(i, j, di, dj)`` in order. A chain may leave units
    unpaired, so this is the dynamic programme over the whole gap, computed only over the
    offered steps (sparse, usually a few per unit) with a prefix-maximum Fenwick tree.
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


def _step_scores(
    lb: list[Counter[str]],
    rb: list[Counter[str]],
    lsz: list[int],
    rsz: list[int],
    options: CompareOptions,
) -> dict[tuple[int, int], list[tuple[tuple[int, int], float]]]:
    """For each DP cell (i, j), the pairing steps ending there and their scores.

    A step's score is twice the words it matches (so the DP maximizes matched words), minus
    ``merge_penalty`` for 2:1 and 1:2 steps; a step whose Dice similarity is under
    ``pair_min_similarity`` is not offered.
    """
    threshold, penalty = options.pair_min_similarity, options.merge_penalty
    # Candidate pairs share a distinctive word (one in at most a share of the right units).
    # Their overlap is bounded by what they share in distinctive words plus the fewer common
    # words of the two; only pairs whose bound reaches the threshold get the exact count.
    # Sentences sharing nothing but "the", "said" and "," are never scored at all.
    cap = max(2, int(len(rb) * options.distinctive_max_share))
    if len(lb) * len(rb) <= options.exact_max_cells:
        cap = len(rb)  # small gap: every shared word counts, every pair is scored
    df: dict[str, int] = {}
    for bag in rb:
        for key in bag:
            df[key] = df.get(key, 0) + 1
    postings: dict[str, list[int]] = {}
    right_common = []
    for j, bag in enumerate(rb):
        common = 0
        for key, n in bag.items():
            if df[key] <= cap:
                postings.setdefault(key, []).append(j)
            else:
                common += n
        right_common.append(common)
    by_left: list[dict[int, int]] = []  # by_left[i][j]: words units i and j share (or more)
    for i, bag in enumerate(lb):
        distinctive = [key for key in bag if key in postings]
        # Counted in C: how many distinctive words each right unit shares with this one.
        votes = Counter(chain.from_iterable(postings[key] for key in distinctive))
        most = max((bag[key] for key in distinctive), default=0)
        left_common = sum(n for key, n in bag.items() if df.get(key, 0) > cap)
        row: dict[int, int] = {}
        for j, shared in votes.items():
            bound = shared * most + min(left_common, right_common[j])
            if 2 * bound >= threshold * (lsz[i] + rsz[j]):
                bound = _overlap(bag, rb[j])
            row[j] = bound
        by_left.append(row)
    by_right: list[dict[int, int]] = [{} for _ in rb]
    for i, scores in enumerate(by_left):
        for j, count in scores.items():
            by_right[j][i] = count
    out: dict[tuple[int, int], list[tuple[tuple[int, int], float]]] = {}

    def offer(cell: tuple[int, int], step: tuple[int, int], shared: int, total: int) -> None:
        if 2 * shared >= threshold * total:
            cost = 0.0 if step == (1, 1) else penalty
            out.setdefault(cell, []).append((step, 2.0 * shared - cost))

    for i, scores in enumerate(by_left):
        for j, count in scores.items():
            offer((i + 1, j + 1), (1, 1), count, lsz[i] + rsz[j])
    # 2:1 and 1:2 steps. A merged bag overlaps at most the sum of its parts' overlaps, so a
    # merge is only scored (merging the bags) where that sum could reach the threshold, and
    # only when each part pairs well enough on its own.
    part_share = options.merge_part_min_share

    def part_ok(bl: Counter[str], size: int, br: Counter[str]) -> bool:
        return _overlap(bl, br) >= part_share * size

    for a in range(len(lb) - 1):
        first, second = by_left[a], by_left[a + 1]
        for j in first.keys() | second.keys():
            total = lsz[a] + lsz[a + 1] + rsz[j]
            if (
                2 * (first.get(j, 0) + second.get(j, 0)) >= threshold * total
                and part_ok(lb[a], lsz[a], rb[j])
                and part_ok(lb[a + 1], lsz[a + 1], rb[j])
            ):
                offer((a + 2, j + 1), (2, 1), _overlap(lb[a] + lb[a + 1], rb[j]), total)
    for b in range(len(rb) - 1):
        first, second = by_right[b], by_right[b + 1]
        for i in first.keys() | second.keys():
            total = lsz[i] + rsz[b] + rsz[b + 1]
            if (
                2 * (first.get(i, 0) + second.get(i, 0)) >= threshold * total
                and part_ok(rb[b], rsz[b], lb[i])
                and part_ok(rb[b + 1], rsz[b + 1], lb[i])
            ):
                offer((i + 1, b + 2), (1, 2), _overlap(lb[i], rb[b] + rb[b + 1]), total)
    return out


def _candidates(
    ls: _Side,
    rs: _Side,
    li: Sequence[int],
    rj: Sequence[int],
    min_similarity: float,
    per_unit: int,
    options: CompareOptions,
) -> list[tuple[int, int, float]]:
    """Pairs (left unit, right unit, similarity) at or above ``min_similarity``.

    Right units are indexed by their rarer words (a word in more than ``cap`` right units
    carries no signal and is skipped), so this stays near-linear on long texts.
    """
    index: dict[str, list[int]] = {}
    for u in rj:
        for key in rs.bag(u):
            index.setdefault(key, []).append(u)
    cap = max(8, int(len(rj) * options.index_max_share))
    found: list[tuple[int, int, float]] = []
    index = {key: units for key, units in index.items() if len(units) <= cap}
    for u in li:
        bag, size = ls.bag(u), ls.size(u)
        votes = Counter(chain.from_iterable(index[key] for key in bag if key in index))
        best = votes.most_common(options.candidates_per_unit)
        scored = []
        for v, _ in best:
            total = size + rs.size(v)
            # Dice is at most 2 * min(size) / total: skip pairs too unequal in length.
            if total and 2 * min(size, rs.size(v)) >= min_similarity * total:
                scored.append((2 * _overlap(bag, rs.bag(v)) / total, v))
        scored.sort(reverse=True)
        found.extend((u, v, s) for s, v in scored[:per_unit] if s >= min_similarity)
    return found


def _increasing(pairs: list[tuple[int, int, float]]) -> list[tuple[int, int, float]]:
    """The longest subsequence of ``pairs`` strictly increasing on both sides."""
    # Sorting equal lefts by decreasing right keeps two pairs of one left unit out of a run.
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


def _find_moves(ls: _Side, rs: _Side, entries: list[Entry], options: CompareOptions) -> None:
    """Turn similar deleted/inserted units into linked moves, in place."""
    deleted = {e.left[0]: e for e in entries if e.kind == DELETE}
    inserted = {e.right[0]: e for e in entries if e.kind == INSERT}
    min_words = options.move_min_words
    dl = [u for u in deleted if ls.size(u) >= min_words]
    ir = [u for u in inserted if rs.size(u) >= min_words]
    if not dl or not ir:
        return
    pairs = _candidates(ls, rs, dl, ir, options.move_min_similarity, 3, options)
    pairs.sort(key=lambda p: (-p[2], p[0], p[1]))
    taken_l: set[int] = set()
    taken_r: set[int] = set()
    moves: list[tuple[int, int]] = []
    for u, v, _ in pairs:
        if u not in taken_l and v not in taken_r:
            taken_l.add(u)
            taken_r.add(v)
            moves.append((u, v))
    moves = _pair_neighbours(entries, moves)
    moves.sort()
    move_id = -1
    prev: tuple[int, int] | None = None
    for u, v in moves:
        joins = (
            prev is not None
            and u == prev[0] + 1
            and v == prev[1] + 1
            and ls.units[u].para == ls.units[prev[0]].para
            and rs.units[v].para == rs.units[prev[1]].para
        )
        if not joins:
            move_id += 1
        out, into = deleted[u], inserted[v]
        out.kind, out.move = MOVE_OUT, move_id
        into.kind, into.move = MOVE_IN, move_id
        prev = (u, v)


def _pair_neighbours(entries: list[Entry], moves: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A "move" whose two places have only deletions and insertions between them did not
    move: pair it where it stands (in place, keeping both sides in order). Returns the rest."""
    out: list[Entry] = []
    left_moves = dict(moves)
    paired: set[tuple[int, int]] = set()
    k = 0
    while k < len(entries):
        if entries[k].kind not in (DELETE, INSERT):
            out.append(entries[k])
            k += 1
            continue
        end = k
        while end < len(entries) and entries[end].kind in (DELETE, INSERT):
            end += 1
        run = entries[k:end]
        dels = [e for e in run if e.kind == DELETE]
        ins = [e for e in run if e.kind == INSERT]
        here = {e.right[0] for e in ins}
        local = [
            (e.left[0], left_moves[e.left[0]], 0.0)
            for e in dels
            if left_moves.get(e.left[0]) in here
        ]
        di = ii = 0
        for u, v, _ in _increasing(local):
            while dels[di].left[0] != u:
                out.append(dels[di])
                di += 1
            while ins[ii].right[0] != v:
                out.append(ins[ii])
                ii += 1
            out.append(Entry(PAIR, [u], [v]))
            paired.add((u, v))
            di, ii = di + 1, ii + 1
        out.extend(dels[di:])
        out.extend(ins[ii:])
        k = end
    entries[:] = out
    return [m for m in moves if m not in paired]
