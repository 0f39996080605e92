"""``evidence.PhraseCounts``' table in NumPy: a run of words as one integer, exactly.

The paraphrase pass counts the 3-word runs of every story it may merge: at 100k documents
millions of distinct runs, each a tuple in a ``Counter`` (~0.1 KB apiece). Here each word
gets a number in order of first sight and a run of ``k`` words is its numbers side by side
in one 63-bit integer (``63 // k`` bits each): an exact code, not a hash, so the counts are
the ``Counter``'s. The codes of all groups are sorted once; a count is a binary search.
When the words outnumber the bits (or runs differ in length) ``None`` says so and the
caller keeps its ``Counter``.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import chain

import numpy as np
import numpy.typing as npt

Gram = tuple[str, ...]


class GramCounts:
    """In how many groups each run occurs (``PhraseCounts.holders``, compact)."""

    def __init__(self, vocab: dict[str, int], bits: int, codes: npt.NDArray[np.int64]) -> None:
        self.vocab = vocab
        self.bits = bits
        codes.sort()
        first = np.ones(len(codes), bool)
        first[1:] = codes[1:] != codes[:-1]
        starts = np.flatnonzero(first)
        self.codes = codes[starts]
        self.counts = np.diff(np.append(starts, len(codes)))

    @staticmethod
    def build(groups: Iterable[Iterable[set[Gram]]]) -> GramCounts | list[set[Gram]]:
        """The counts of ``groups`` (each group's runs counted once), or, when the runs do
        not fit the code, every group's set of runs (for a ``Counter``)."""
        vocab: dict[str, int] = {}
        parts: list[npt.NDArray[np.int64]] = []
        held_sets: list[set[Gram]] = []
        k = bits = 0
        fallback = False
        for members in groups:
            held: set[Gram] = set()
            for runs in members:
                held |= runs
            if fallback:
                held_sets.append(held)
                continue
            if not held:
                continue
            runs_list = list(held)
            if not k:
                k = len(runs_list[0])
                bits = 63 // k if k else 0
            words = list(chain.from_iterable(runs_list))
            for word in set(words).difference(vocab):
                vocab[word] = len(vocab)
            if not bits or set(map(len, runs_list)) != {k} or len(vocab) >= 1 << bits:
                fallback = True  # does not fit the code: the sets go back to the caller
                held_sets = _decode(parts, vocab, bits, k)
                held_sets.append(held)
                continue
            ids = np.fromiter(map(vocab.__getitem__, words), np.int64, len(words))
            parts.append(_combine(ids.reshape(-1, k), bits))
        if fallback:
            return held_sets
        codes = np.concatenate(parts) if parts else np.empty(0, np.int64)
        return GramCounts(vocab, bits, codes)

    def holders(self, grams: Iterable[Gram]) -> list[int]:
        """How many groups hold each of ``grams`` (0 for a run none holds)."""
        runs = list(grams)
        vocab, k = self.vocab, None
        known = []
        for gram in runs:
            ids = [vocab.get(word, -1) for word in gram]
            k = k or len(gram)
            known.append(ids if -1 not in ids and len(ids) == k else None)
        out = [0] * len(runs)
        found = [i for i, ids in enumerate(known) if ids is not None]
        if not found or not len(self.codes):
            return out
        codes = _combine(np.array([known[i] for i in found], np.int64), self.bits)
        at = np.minimum(np.searchsorted(self.codes, codes), len(self.codes) - 1)
        hit = self.codes[at] == codes
        counts = np.where(hit, self.counts[at], 0).tolist()
        for i, count in zip(found, counts, strict=True):
            out[i] = count
        return out


def _combine(ids: npt.NDArray[np.int64], bits: int) -> npt.NDArray[np.int64]:
    """Each row of word numbers as one integer (the first word in the highest bits)."""
    codes = np.zeros(len(ids), np.int64)
    for column in range(ids.shape[1]):
        codes = (codes << np.int64(bits)) | ids[:, column]
    return codes


def _decode(
    parts: list[npt.NDArray[np.int64]], vocab: dict[str, int], bits: int, k: int
) -> list[set[Gram]]:
    """The groups' runs back from their codes."""
    words = list(vocab)
    mask = (1 << bits) - 1
    out = []
    for codes in parts:
        runs = set()
        for code in codes.tolist():
            ids = [(code >> (bits * (k - 1 - j))) & mask for j in range(k)]
            runs.add(tuple(words[i] for i in ids))
        out.append(runs)
    return out
