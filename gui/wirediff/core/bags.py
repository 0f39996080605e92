"""The words of each sentence, and how much each word says about which sentences pair.

A unit's *bag* holds its words (case folded) and how often each occurs. A word's *weight* is
its inverse document frequency over the units being aligned, on both sides: log((N + 1) / n)
for a word found in n of N units. Names, numbers and rare words weigh most; a word found in
nearly every sentence ("the", "and", "کے") weighs almost nothing, so two sentences that share
only such words do not look alike.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from itertools import chain, compress
from operator import mul

from wirediff.core.record import field, record
from wirediff.core.segments import Unit
from wirediff.core.tokens import TokenArrays

Bag = Counter[str]


@record()
class Weights:
    """Word weights shared by both sides of one comparison."""

    of: dict[str, float] = field(default_factory=dict)
    mean: float = 1.0  # the mean weight of a word occurrence (the scale of penalties)

    @classmethod
    def build(cls, bags: Sequence[Bag], least: float = 0.0) -> tuple[Weights, list[float]]:
        """Weights from the bags of all the units being aligned (every bag later weighed
        must be among them), and the weight of each of those bags; no word weighs less
        than ``least``."""
        df = Counter(chain.from_iterable(bags))  # a bag iterates over its distinct words
        units = len(bags)
        of = {word: max(least, math.log((units + 1) / n)) for word, n in df.items()}
        weights = cls(of)
        each = list(map(weights.of_bag, bags))
        total = sum(map(sum, map(Counter.values, bags)))
        mean = sum(each) / total if total else 1.0
        weights.mean = mean or 1.0
        return weights, each

    def of_bag(self, bag: Bag) -> float:
        """The bag's weight, each occurrence counted (summed in C: this is the hot path)."""
        return float(sum(map(mul, map(self.of.__getitem__, bag), bag.values())))

    def shared(self, a: Bag, b: Bag) -> float:
        """The weight of the words two bags share, with multiplicity.

        A plain loop over the smaller bag: for bags of a sentence or a few, about twice as
        fast as intersecting their keys, and summed in the bag's order, not a set's (which
        changes with the hash seed, and with it the last bits of the sum between runs)."""
        if len(b) < len(a):
            a, b = b, a
        of = self.of
        total = 0.0
        for word, n in a.items():
            m = b.get(word)
            if m:
                total += of[word] * (n if n < m else m)
        return total


@record()
class UnitBags:
    """One side's units with their bags and weighted sizes (built when first asked for)."""

    units: list[Unit]
    tokens: TokenArrays
    weights: Weights = field(default_factory=Weights)
    _bags: dict[int, Bag] = field(default_factory=dict)
    _sizes: dict[int, int] = field(default_factory=dict)
    _weighed: dict[int, float] = field(default_factory=dict)
    _shared: dict[tuple[int, int], float] = field(default_factory=dict)

    def use(self, weights: Weights, units: Sequence[int], weighed: Sequence[float]) -> None:
        """Weigh with ``weights`` from now on; ``weighed`` are the weights of ``units``,
        as ``Weights.build`` found them (so that they are not summed twice)."""
        self.weights = weights
        self._weighed.update(zip(units, weighed, strict=True))

    def bag(self, u: int) -> Bag:
        """The unit's words and how often each occurs."""
        bag = self._bags.get(u)
        if bag is None:
            lo, hi = self.units[u].lo, self.units[u].hi
            # Case is folded for pairing only: a headline in title case still pairs with the
            # same headline in sentence case, and the word diff then shows the case changes.
            words = compress(self.tokens.keys[lo:hi], self.tokens.words[lo:hi])
            bag = self._bags[u] = Counter(map(str.casefold, words))
            self._sizes[u] = sum(bag.values())
        return bag

    def size(self, u: int) -> int:
        """How many words the unit has."""
        if u not in self._sizes:
            self.bag(u)
        return self._sizes[u]

    def weight(self, u: int) -> float:
        """The summed weight of the unit's words."""
        w = self._weighed.get(u)
        if w is None:
            w = self._weighed[u] = self.weights.of_bag(self.bag(u))
        return w

    def shared_with(self, u: int, other: UnitBags, v: int) -> float:
        """The weight unit ``u`` shares with unit ``v`` of ``other`` (always the same other
        side; remembered, since the rewrite pass scores pairs the first pass scored)."""
        found = self._shared.get((u, v))
        if found is None:
            found = self._shared[(u, v)] = self.weights.shared(self.bag(u), other.bag(v))
        return found

    def merged(self, units: Sequence[int]) -> Bag:
        """The bag of several units together (the unit's own bag for one unit: read only)."""
        if len(units) == 1:
            return self.bag(units[0])
        out: Bag = Counter()
        for u in units:
            out.update(self.bag(u))
        return out
