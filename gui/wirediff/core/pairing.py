"""Pairing the sentences of one gap between anchors: groups of sentences, chosen by DP.

A *step* pairs a run of up to ``group_max_units`` left sentences with a run of up to as many
right sentences (1:1, a sentence split in two or three, two merged into one, 2:3 where the
sentence boundaries moved...). Steps are scored on the weight of the words they share
(``wirediff.core.bags``): a step is offered when its weighted Dice similarity, or the share
of the smaller side found in the larger, is high enough; a group of several sentences only
when each of its sentences finds enough of its own words on the other side. The dynamic
programme then takes the in-order chain of steps that shares the most weight; what it
leaves out is deleted or inserted.

Only pairs that share a distinctive word are scored (a word in few of the gap's right-hand
sentences), and, for groups, the pairs around a pair that pairs up, so work stays near the
number of real pairs. Gaps too large for that are first cut by confident pairs found
through an index of rare words.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Callable, Sequence
from itertools import chain

from wirediff.core.bags import Bag, UnitBags, Weights
from wirediff.core.chain import Offers, heaviest_chain, increasing
from wirediff.core.entries import Step
from wirediff.core.options import CompareOptions
from wirediff.core.record import NamedTuple


class Pairing(NamedTuple):
    """What every pairing of one comparison shares: both sides' units with their bags, the
    options, and the cancellation check."""

    left: UnitBags
    right: UnitBags
    options: CompareOptions
    check: Callable[[], None]


def accepts(
    shared: float,
    weights: tuple[float, float],
    bags: tuple[Bag, Bag],
    sizes: tuple[int, int],
    options: CompareOptions,
    dice: float,
) -> bool:
    """Whether two groups pair up: ``shared`` is the weight they share, ``weights`` /
    ``bags`` / ``sizes`` each group's weight, words and word count, ``dice`` the least
    weighted Dice."""
    if shared <= 0.0:
        return False
    wl, wr = weights
    if 2.0 * shared < dice * (wl + wr):
        contained = shared >= options.pair_min_containment * min(wl, wr)
        if not (contained and min(sizes) >= options.containment_min_words):
            return False
    # One word in common says the two are alike only when neither has many words besides.
    return max(sizes) <= options.single_word_pair_max_words or shares_two_words(*bags)


def shares_two_words(a: Bag, b: Bag) -> bool:
    """Whether two bags have at least two words in common, a repeated word counted as often
    as it is in both."""
    if len(b) < len(a):
        a, b = b, a
    found = 0
    for word, n in a.items():
        m = b.get(word)
        if m:
            found += n if n < m else m
            if found >= 2:
                return True
    return False


def pair_gap(
    at: Pairing, li: Sequence[int], rj: Sequence[int], dice: float | None = None
) -> list[Step]:
    """The units of a gap (increasing unit indices), in order, as pairing steps and
    unpaired units; ``dice`` is the least weighted Dice of a pair (default: the options')."""
    options = at.options
    dice = options.pair_min_weighted_dice if dice is None else dice
    if not li or not rj:
        return _unpaired(li, rj)  # (one side empty)
    if len(li) * len(rj) <= options.dp_max_cells:
        return _dp(at, li, rj, dice)
    # Too large for DP: anchor on confident candidate pairs, then DP the pieces between.
    found = candidates(
        [(at.left.bag(u), at.left.weight(u)) for u in li],
        [(at.right.bag(u), at.right.weight(u)) for u in rj],
        at.left.weights,
        max(dice, options.pair_min_weighted_dice),
        1,
        options,
    )
    out: list[Step] = []
    i = j = 0
    for a, b in [*((a, b) for a, b, _ in increasing(found)), (len(li), len(rj))]:
        at.check()
        sub_l, sub_r = li[i:a], rj[j:b]
        if len(sub_l) * len(sub_r) <= options.dp_max_cells:
            out.extend(_dp(at, sub_l, sub_r, dice))
        else:
            out.extend(_unpaired(sub_l, sub_r, at))
        if a < len(li):
            out.append(([li[a]], [rj[b]]))
        i, j = a + 1, b + 1
    return out


# A unit of at most this many words is a cell of a table (a figure, a short label).
CELL_MAX_WORDS = 3


def _a_figure_cell(side: UnitBags, unit: int) -> bool:
    """Whether a unit is a table's cell of a figure: a few words, one of them a number
    (short paragraphs of words, "Ends" and "Reuters", are no table's; a review)."""
    return side.size(unit) <= CELL_MAX_WORDS and any(
        any(c.isdigit() for c in word) for word in side.bag(unit)
    )


def _unpaired(li: Sequence[int], rj: Sequence[int], at: Pairing | None = None) -> list[Step]:
    """Units no step pairs: deleted, then inserted; but as many cells of a table on either
    side (``_a_figure_cell``), one deleted beside one inserted, in
    order. A penalties table's row whose two figures changed (120,000 and 6,000 to 150,000
    and 7,500) showed "−120,000", "6,000 → 150,000", "+7,500": a daily penalty of 150,000
    to a reader (a tester comparing a bill's drafts)."""
    if at is not None and len(li) == len(rj) > 1:
        cells = all(_a_figure_cell(at.left, u) for u in li) and all(
            _a_figure_cell(at.right, u) for u in rj
        )
        if cells:
            out: list[Step] = []
            for left, right in zip(li, rj, strict=True):
                out += [([left], []), ([], [right])]
            return out
    return [([u], []) for u in li] + [([], [u]) for u in rj]


def _dp(at: Pairing, li: Sequence[int], rj: Sequence[int], dice: float) -> list[Step]:
    """Best in-order pairing of a gap, maximizing the weight of the words paired."""
    if not li or not rj:
        return _unpaired(li, rj)
    chosen = heaviest_chain(_Offers(at, li, rj, dice).build())
    out: list[Step] = []
    i = j = 0
    for i1, j1, di, dj in chosen:
        i0, j0 = i1 - di, j1 - dj
        out.extend(_unpaired(li[i:i0], rj[j:j0], at))
        out.append((list(li[i0:i1]), list(rj[j0:j1])))
        i, j = i1, j1
    out.extend(_unpaired(li[i:], rj[j:], at))
    return out


class _Offers:
    """The pairing steps of one gap and their scores (see ``chain.heaviest_chain``)."""

    def __init__(self, at: Pairing, li: Sequence[int], rj: Sequence[int], dice: float) -> None:
        ls, rs = at.left, at.right
        self.options = at.options
        self.check = at.check
        self.dice = dice
        self.sides = (ls, rs)
        self.units = (li, rj)
        # Groups are runs of consecutive units: none spans a jump in unit indices (where a
        # moved unit was taken out). One that spans a paragraph break asks more of its units.
        self.l_run, self.l_para = _run_ids(li), [ls.units[u].para for u in li]
        self.r_run, self.r_para = _run_ids(rj), [rs.units[u].para for u in rj]
        self.weights = ls.weights
        self.lb = [ls.bag(u) for u in li]
        self.rb = [rs.bag(u) for u in rj]
        self.lw = [ls.weight(u) for u in li]
        self.rw = [rs.weight(u) for u in rj]
        self.lsz = [ls.size(u) for u in li]
        self.rsz = [rs.size(u) for u in rj]
        self.out: Offers = {}
        # by_left[i][j] = by_right[j][i]: the weight units i and j share, for scored pairs.
        self.by_left: list[dict[int, float]] = []
        self.by_right: list[dict[int, float]] = [{} for _ in rj]
        # Groups' merged runs of units, and what a unit shares with a run of the other side.
        self._runs: dict[tuple[int, int, int], Bag] = {}
        self._parts: dict[tuple[int, int, int, int], float] = {}

    def build(self) -> Offers:
        self._pairs()
        paired = self._singles()
        if self.options.group_max_units > 1:
            self._neighbours(paired)
            self._groups()
        return self.out

    def _singles(self) -> list[tuple[int, int]]:
        """Offer the scored pairs of one unit a side that pair up; return them."""
        paired = []
        for i, row in enumerate(self.by_left):
            for j, shared in row.items():
                weights, bags = (self.lw[i], self.rw[j]), (self.lb[i], self.rb[j])
                sizes = (self.lsz[i], self.rsz[j])
                if accepts(shared, weights, bags, sizes, self.options, self.dice):
                    self._offer(i + 1, j + 1, 1, 1, 2.0 * shared)
                    paired.append((i, j))
        return paired

    def _offer(self, i: int, j: int, di: int, dj: int, score: float) -> None:
        if score > 0.0:
            self.out.setdefault((i, j), []).append(((di, dj), score))

    def _pairs(self) -> None:
        """Score the pairs that share a distinctive word (one in few of the gap's right-hand
        units; any word in a small gap). How many distinctive words they share times the
        heaviest of them, plus at most the smaller of the two units' weights in common
        words, bounds their shared weight: pairs whose bound cannot reach a threshold are
        not scored exactly. The shares are counted in C (a Counter over postings)."""
        lb, rb, of = self.lb, self.rb, self.weights.of
        cap = max(2, int(len(rb) * self.options.distinctive_max_share))
        if len(lb) * len(rb) <= self.options.exact_max_cells:
            cap = len(rb)
        df: Counter[str] = Counter()
        for bag in rb:
            df.update(bag.keys())
        postings: dict[str, list[int]] = {}
        right_common = [0.0] * len(rb)
        for j, bag in enumerate(rb):
            for key in bag:
                if df[key] <= cap:
                    postings.setdefault(key, []).append(j)
                else:
                    right_common[j] += bag[key] * of[key]
        dice = self.dice
        # A pair matters when it could pair, or be the corner of a group.
        contain = min(self.options.pair_min_containment, self.options.group_part_min_share)
        ls, rs, li, rj = self.sides[0], self.sides[1], self.units[0], self.units[1]
        near = self.options.group_max_units
        # A gap where most sentences have no distinctive word (a list or a table, one word
        # changed per line) is paired by place too; in prose the few without one stay
        # unpaired unless their neighbours pair (``_neighbours``): paired by place, a
        # paragraph that had moved was paired where it stood.
        distincts = [[key for key in bag if key in postings] for bag in lb]
        by_place = 2 * sum(1 for d in distincts if not d) > len(lb)
        for i, (bag, distinct) in enumerate(zip(lb, distincts, strict=True)):
            if i % 64 == 0:
                self.check()
            votes = Counter(chain.from_iterable(postings[key] for key in distinct))
            if not distinct and by_place:
                # No word of it is distinctive (a line of a list whose every word is in
                # every line): the units near its place in the gap are weighed instead.
                at = round(i * len(rb) / len(lb))
                votes.update(range(max(0, at - near), min(len(rb), at + near + 1)))
            heaviest = max((bag[key] * of[key] for key in distinct), default=0.0)
            left_common = self.lw[i] - sum(bag[key] * of[key] for key in distinct)
            row = {}
            wl = self.lw[i]
            for j, count in votes.items():
                bound = count * heaviest + min(left_common, right_common[j])
                wr = self.rw[j]
                if 2.0 * bound < dice * (wl + wr) and bound < contain * min(wl, wr):
                    continue
                s = ls.shared_with(li[i], rs, rj[j])
                if s > 0.0:
                    row[j] = s
                    self.by_right[j][i] = s
            self.by_left.append(row)

    def _neighbours(self, paired: list[tuple[int, int]]) -> None:
        """Score the pairs near a pair that pairs up, in the same paragraphs, for groups.

        A group that holds the pair has its other units within ``group_max_units`` of it on
        each side, and they may share no distinctive word with the other side: in a long
        gap, a word found in three of its sentences is not distinctive, and a sentence that
        became part of a long one may keep only such words (Acts 9:32 in the WEB, all of
        whose shared words recur in YLT's chapter). These pairs are offered only inside
        groups, around a pair that pairs up on its own: offered alone, or around a pair
        that merely shares words, they let repetitive texts pair paragraphs in place that
        had moved (Genesis 1 or Joshua 6 with paragraphs shuffled)."""
        k = self.options.group_max_units
        ls, rs, li, rj = self.sides[0], self.sides[1], self.units[0], self.units[1]
        for n, (i, j) in enumerate(paired):
            if n % 64 == 0:
                self.check()
            for i2 in range(max(0, i - k + 1), min(len(li), i + k)):
                if self.l_run[i2] != self.l_run[i] or self.l_para[i2] != self.l_para[i]:
                    continue
                row = self.by_left[i2]
                for j2 in range(max(0, j - k + 1), min(len(rj), j + k)):
                    if j2 in row or self.r_run[j2] != self.r_run[j]:
                        continue
                    if self.r_para[j2] != self.r_para[j]:
                        continue
                    s = ls.shared_with(li[i2], rs, rj[j2])
                    if s > 0.0:
                        row[j2] = s
                        self.by_right[j2][i2] = s

    def _groups(self) -> None:
        """Offer the groups (more than one unit on a side) whose every unit belongs.

        A group starts together and ends together: its first units share words, and so do
        its last (two sentences that swapped places are no group, since a word diff cannot
        match them crosswise). So groups are found from pairs of such corners."""
        k_max = self.options.group_max_units
        share = self.options.group_part_min_share
        corners: list[list[int]] = [
            sorted(j for j, s in row.items() if s >= share * min(self.lw[i], self.rw[j]))
            for i, row in enumerate(self.by_left)
        ]
        if self._group_work(corners) > self._group_budget():
            corners = self._strongest(corners)
        for i0, starts in enumerate(corners):
            if i0 % 16 == 0:
                self.check()
            for j0 in starts:
                for i1 in range(i0, min(i0 + k_max, len(corners))):
                    if self.l_run[i1] != self.l_run[i0]:
                        break
                    lo = bisect.bisect_left(corners[i1], j0)
                    hi = bisect.bisect_left(corners[i1], j0 + k_max)
                    for j1 in corners[i1][lo:hi]:
                        if (i1, j1) == (i0, j0) or self.r_run[j1] != self.r_run[j0]:
                            continue
                        di, dj = i1 - i0 + 1, j1 - j0 + 1
                        need = self._share(i0, j0, di, dj)
                        if self._may_group(i0, j0, di, dj, need):
                            self._group(i0, j0, di, dj, need)

    def _group_budget(self) -> int:
        """How many candidate groups a gap may weigh: ``repeat_work_factor`` times
        ``group_max_units`` per unit of the gap (and 256), as the anchors bound their work
        on repeats. On real text a unit shares enough words with a few units of the other
        side: on the development data a gap weighs at most 36 candidates per unit (a 9 x 9
        gap, which the 256 covers), its largest gaps 13; in text of a tiny vocabulary (Thai letters
        without spaces, a few words repeated) every pair of units is a corner, and the
        candidates grow with the gap's area (321 per unit in 10,000 Thai letters)."""
        k = self.options.group_max_units
        units = len(self.lb) + len(self.rb)
        return self.options.repeat_work_factor * k * units + 256

    def _group_work(self, corners: list[list[int]]) -> int:
        """How many candidate groups ``_groups`` tries with these corners (counting stops
        past the budget)."""
        k_max = self.options.group_max_units
        budget = self._group_budget()
        work = 0
        for i0, starts in enumerate(corners):
            for j0 in starts:
                for i1 in range(i0, min(i0 + k_max, len(corners))):
                    ends = corners[i1]
                    work += bisect.bisect_left(ends, j0 + k_max) - bisect.bisect_left(ends, j0)
            if work > budget:
                break
        return work

    def _strongest(self, corners: list[list[int]]) -> list[list[int]]:
        """Each unit's ``group_max_units`` corners that share the most weight with it (the
        earlier first on ties): a gap past its budget tries at most ``group_max_units``
        cubed groups per left unit."""
        k_max = self.options.group_max_units
        out = []
        for i, row in enumerate(corners):
            by_left = self.by_left[i]
            best = sorted(row, key=lambda j: (-by_left[j], j))[:k_max]
            out.append(sorted(best))
        return out

    def _share(self, i0: int, j0: int, di: int, dj: int) -> float:
        """The share of its weight each unit of the group must find on the other side."""
        across = (
            self.l_para[i0] != self.l_para[i0 + di - 1]
            or self.r_para[j0] != self.r_para[j0 + dj - 1]
        )
        o = self.options
        return o.group_across_min_share if across else o.group_part_min_share

    def _may_group(self, i0: int, j0: int, di: int, dj: int, share: float) -> bool:
        """A cheap bound: each unit's pairwise shares with the other group add up to enough
        (a unit shares at most that much with the group's merged words)."""
        for i in range(i0, i0 + di):
            row = self.by_left[i]
            if sum(row.get(j, 0.0) for j in range(j0, j0 + dj)) < share * self.lw[i]:
                return False
        for j in range(j0, j0 + dj):
            col = self.by_right[j]
            if sum(col.get(i, 0.0) for i in range(i0, i0 + di)) < share * self.rw[j]:
                return False
        return True

    def _group(self, i0: int, j0: int, di: int, dj: int, share: float) -> None:
        shared = self.weights.shared
        merged_l, merged_r = self._merged(0, i0, di), self._merged(1, j0, dj)
        for i in range(i0, i0 + di):
            if self._part(0, i, j0, dj) < share * self.lw[i]:
                return
        for j in range(j0, j0 + dj):
            if self._part(1, j, i0, di) < share * self.rw[j]:
                return
        total = shared(merged_l, merged_r)
        wl, wr = sum(self.lw[i0 : i0 + di]), sum(self.rw[j0 : j0 + dj])
        sizes = (sum(self.lsz[i0 : i0 + di]), sum(self.rsz[j0 : j0 + dj]))
        if accepts(total, (wl, wr), (merged_l, merged_r), sizes, self.options, self.dice):
            cost = self.options.group_penalty * self.weights.mean * (di + dj - 2)
            self._offer(i0 + di, j0 + dj, di, dj, 2.0 * total - cost)

    def _merged(self, side: int, start: int, n: int) -> Bag:
        """The merged bag of a run of units on one side (0 left, 1 right), remembered: the
        groups that start from neighbouring corners share their runs."""
        key = (side, start, n)
        bag = self._runs.get(key)
        if bag is None:
            bags = self.lb if side == 0 else self.rb
            bag = self._runs[key] = _merge(bags[start : start + n])
        return bag

    def _part(self, side: int, u: int, start: int, n: int) -> float:
        """The weight unit ``u`` of one side shares with a run of the other side's units,
        remembered: every group holding ``u`` against that run asks for it again."""
        key = (side, u, start, n)
        found = self._parts.get(key)
        if found is None:
            bag = (self.lb if side == 0 else self.rb)[u]
            found = self._parts[key] = self.weights.shared(bag, self._merged(1 - side, start, n))
        return found


def _run_ids(units: Sequence[int]) -> list[int]:
    """For each position, a number shared by the runs of consecutive unit indices."""
    out = []
    run = 0
    for k, u in enumerate(units):
        if k and u != units[k - 1] + 1:
            run += 1
        out.append(run)
    return out


def _merge(bags: list[Bag]) -> Bag:
    if len(bags) == 1:
        return bags[0]
    out: Bag = Counter()
    for bag in bags:
        out.update(bag)
    return out


def candidates(
    left: Sequence[tuple[Bag, float]],
    right: Sequence[tuple[Bag, float]],
    weights: Weights,
    min_similarity: float,
    per_item: int,
    options: CompareOptions,
) -> list[tuple[int, int, float]]:
    """Pairs (left index, right index, weighted Dice) at or above ``min_similarity``, among
    items given as (bag, weight): units, or runs of units.

    Right items are indexed by their rarer words (a word in more than ``cap`` right items
    carries no signal and is skipped), so this stays near-linear on long texts.
    """
    index: dict[str, list[int]] = {}
    for j, (bag, _) in enumerate(right):
        for key in bag:
            index.setdefault(key, []).append(j)
    cap = max(8, int(len(right) * options.index_max_share))
    index = {key: items for key, items in index.items() if len(items) <= cap}
    found: list[tuple[int, int, float]] = []
    for i, (bag, weight) in enumerate(left):
        votes = Counter(chain.from_iterable(index[key] for key in bag if key in index))
        scored = []
        for j, _ in votes.most_common(options.candidates_per_unit):
            total = weight + right[j][1]
            if total > 0.0:
                scored.append((2.0 * weights.shared(bag, right[j][0]) / total, j))
        scored.sort(reverse=True)
        found.extend((i, j, s) for s, j in scored[:per_item] if s >= min_similarity)
    return found
