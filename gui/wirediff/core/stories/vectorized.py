"""NumPy versions of the hot loops of story grouping: shingle hashes and pair counts.

Each gives exactly what its pure-Python counterpart gives (tested), only faster and in less
memory: ``shingle_sets`` what ``features.make_shingles`` gives per document, ``count_pairs``
what ``candidates.shared_counts`` counts. NumPy is optional (``wirediff[fast]``): import this
module only after ``available()`` in ``build`` said yes.

The shingle hash is CPython's hash of a tuple of ints (the xxHash-style mixing of
``tuplehash`` in ``Objects/tupleobject.c``), computed for every window of a document at once;
the word ids are CRC-32 values, and an int below 2**61 hashes to itself.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import islice, pairwise

import numpy as np
import numpy.typing as npt

from wirediff.core.stories.candidates import Edge, link_min_shared
from wirediff.core.stories.features import Shingles, shingles_from_hashes, word_id
from wirediff.core.stories.options import StoryOptions
from wirediff.core.stories.rewrites import rewrite_min_shared

I64 = npt.NDArray[np.int64]
EVENT_BLOCKS = 8  # ranges of stories the event candidates are counted in (less memory)
U64 = npt.NDArray[np.uint64]

_P1 = np.uint64(11400714785074694791)
_P2 = np.uint64(14029467366897019727)
_P5 = np.uint64(2870177450012600261)
_R31, _R33 = np.uint64(31), np.uint64(33)
_MINUS_ONE = np.uint64(0xFFFFFFFFFFFFFFFF)
_MINUS_ONE_HASH = np.uint64(1546275796)  # what CPython returns instead of -1


def tuple_hashes(ids: U64, k: int) -> I64:
    """``hash(tuple(ids[i:i + k]))`` for every window of ``k`` ids, in order."""
    count = len(ids) - k + 1
    if count <= 0:
        return np.empty(0, np.int64)
    acc = np.full(count, _P5, np.uint64)
    with np.errstate(over="ignore"):
        for j in range(k):
            acc += ids[j : j + count] * _P2
            acc = (acc << _R31) | (acc >> _R33)
            acc *= _P1
        acc += np.uint64(k) ^ (_P5 ^ np.uint64(3527539))
    acc[acc == _MINUS_ONE] = _MINUS_ONE_HASH
    return acc.view(np.int64)


def shingle_sets(
    keys: Sequence[Sequence[str]],
    k: int,
    lead_words: int,
    sample_every: int,
    vocab: dict[str, int],
) -> list[Shingles]:
    """The shingles of each document's normalized words, as ``make_shingles`` makes them:
    the hashes of every document at once, then each document's set (a Python set is
    faster than sorting to find the distinct ones)."""
    flat: list[int] = []
    for doc in keys:
        for key in set(doc).difference(vocab):
            vocab[key] = word_id(key)
        flat.extend(map(vocab.__getitem__, doc))
    hashes = tuple_hashes(np.array(flat, np.uint64), k).tolist()
    del flat
    out = []
    at = 0
    for words in keys:
        n = len(words)
        if n >= k:  # the windows that start in this document and end in it
            ordered = hashes[at : at + n - k + 1]
        elif n:  # shorter than a shingle: one hash of all its words
            ordered = [hash(tuple(map(vocab.__getitem__, words)))]
        else:
            ordered = []
        out.append(shingles_from_hashes(ordered, n, lead_words, sample_every))
        at += n
    return out


def count_pairs(keys: I64, docs: I64, *rules: int, batch: int = 1 << 22) -> tuple[I64, I64, I64]:
    """``count_sorted_pairs`` of posting entries in any order (sorted here, stably)."""
    order = np.argsort(keys, kind="stable")
    return count_sorted_pairs(keys[order], docs[order], *rules, batch=batch)


def count_sorted_pairs(
    keys: I64,
    docs: I64,
    all_pairs_max: int,
    window: int,
    max_df: int,
    common_window: int = 0,
    *,
    batch: int = 1 << 22,
) -> tuple[I64, I64, I64]:
    """How many keys each pair of documents shares, from posting entries (key, doc) sorted
    by key, documents ascending within a key (the Dask stage sorts its partition so).

    A key held by at most ``all_pairs_max`` documents pairs all of them; one held by up to
    ``max_df`` pairs each document with the next ``window`` of its posting list; a more
    common one with the next ``common_window`` (``shared_counts``' rules). Returns ``(a, b,
    shared)`` with ``a < b``, sorted by ``(a, b)``. Pairs are counted in batches of about
    ``batch`` entries, so memory stays bounded.
    """
    windows = _Windows(all_pairs_max, window, max_df, common_window)
    return _count_sorted(keys, docs, windows, batch)


@dataclass(frozen=True, slots=True)
class _Windows:
    """Which neighbours a posting list pairs (``count_pairs``' rules)."""

    all_pairs_max: int  # a list this long or shorter: all pairs
    window: int  # a longer one: each entry with the next `window`, ...
    max_df: int  # ... up to this length
    common_window: int = 0  # a longer one still: each entry with the next `common_window`


def _count_sorted(
    sorted_keys: I64,
    sorted_docs: npt.NDArray[np.int64] | npt.NDArray[np.int32],
    windows: _Windows,
    batch: int,
    blocks: int = 1,
    min_shared: int = 1,
) -> tuple[I64, I64, I64]:
    """``count_pairs`` of entries sorted by key (documents ascending within a key), only
    the pairs sharing at least ``min_shared``. With ``blocks`` > 1 the pairs are counted
    for one range of first documents at a time (the pairs made again for each, the counts
    of one range only held at once): less memory when few pairs are kept."""
    docs = sorted_docs
    edge = np.flatnonzero(np.diff(sorted_keys)) + 1
    del sorted_keys
    run_start = np.concatenate(([0], edge))
    run_len = np.diff(np.concatenate((run_start, [len(sorted_docs)])))
    del edge, sorted_docs
    span = np.int64(int(docs.max()) + 1 if len(docs) else 1)
    cuts = np.linspace(0, int(span), blocks + 1).astype(np.int64).tolist()
    found: list[tuple[I64, I64]] = []
    for lo, hi in pairwise(cuts):
        part = (lo, hi) if blocks > 1 else None
        runs = _pair_batches(docs, span, run_start, run_len, windows, part)
        partial: list[tuple[I64, I64]] = []
        pending: list[I64] = []
        size = 0
        for pairs in runs:
            pending.append(pairs)
            size += len(pairs)
            if size >= batch:
                partial.append(_tally(np.concatenate(pending)))
                pending, size = [], 0
        if pending:
            partial.append(_tally(np.concatenate(pending)))
        if partial:
            codes, counts = _merge(partial)
            del partial
            if min_shared > 1:
                keep = counts >= min_shared
                codes, counts = codes[keep], counts[keep]
            found.append((codes, counts))
    if not found:
        empty = np.empty(0, np.int64)
        return empty, empty, empty
    codes = np.concatenate([c for c, _ in found])
    counts = np.concatenate([n for _, n in found])
    return codes // span, codes % span, counts


def _pair_batches(
    docs: npt.NDArray[np.int64] | npt.NDArray[np.int32],
    span: np.int64,
    run_start: I64,
    run_len: I64,
    windows: _Windows,
    part: tuple[int, int] | None = None,
) -> Iterator[I64]:
    """Pair codes ``a * span + b`` of every posting list, grouped by list length; with
    ``part`` only those whose ``a`` is in that range."""
    for length in range(2, windows.all_pairs_max + 1):
        starts = run_start[run_len == length]
        if not len(starts):
            continue
        i, j = np.triu_indices(length, 1)
        first = (starts[:, None] + i[None, :]).ravel()
        a = docs[first].astype(np.int64)
        if part is None:
            yield a * span + docs[(starts[:, None] + j[None, :]).ravel()]
            continue
        mine = (a >= part[0]) & (a < part[1])
        second = (starts[:, None] + j[None, :]).ravel()[mine]
        yield a[mine] * span + docs[second]
    longer = run_len > windows.all_pairs_max
    common = run_len > windows.max_df
    yield from _windowed(docs, span, run_start, run_len, longer & ~common, windows.window, part)
    yield from _windowed(docs, span, run_start, run_len, common, windows.common_window, part)


def _windowed(
    docs: npt.NDArray[np.int64] | npt.NDArray[np.int32],
    span: np.int64,
    run_start: I64,
    run_len: I64,
    chosen: npt.NDArray[np.bool_],
    window: int,
    part: tuple[int, int] | None,
) -> Iterator[I64]:
    """Pair codes of each ``chosen`` posting list's entries with the next ``window``."""
    if window and chosen.any():
        starts, lengths = run_start[chosen], run_len[chosen]
        pos = np.repeat(starts, lengths) + (
            np.arange(int(lengths.sum())) - np.repeat(np.cumsum(lengths) - lengths, lengths)
        )
        end = np.repeat(starts + lengths, lengths)
        for step in range(1, window + 1):
            ok = pos + step < end
            if part is not None:
                first = docs[pos]
                ok &= (first >= part[0]) & (first < part[1])
            yield docs[pos[ok]].astype(np.int64) * span + docs[pos[ok] + step]


def _starts(ordered: I64) -> npt.NDArray[np.bool_]:
    """Where each run of equal values of a sorted array starts."""
    new = np.ones(len(ordered), bool)
    new[1:] = ordered[1:] != ordered[:-1]
    return new


def _tally(codes: I64) -> tuple[I64, I64]:
    """The distinct codes, ascending, and how often each occurs (a sort, not a hash:
    NumPy's hash-based ``unique`` is several times slower on these)."""
    codes = np.sort(codes)
    first = np.flatnonzero(_starts(codes))
    counts = np.diff(np.append(first, len(codes)))
    return codes[first], counts.astype(np.int64)


def _merge(parts: list[tuple[I64, I64]]) -> tuple[I64, I64]:
    """Add up the counts of the same pair code across batches."""
    if len(parts) == 1:
        return parts[0]
    return add_up(np.concatenate([c for c, _ in parts]), np.concatenate([n for _, n in parts]))


def add_up(codes: I64, counts: I64) -> tuple[I64, I64]:
    """The distinct ``codes``, ascending, each with the sum of its ``counts``."""
    order = np.argsort(codes, kind="stable")
    codes, counts = codes[order], counts[order]
    starts = np.flatnonzero(_starts(codes))
    if not len(starts):
        return codes, counts
    return codes[starts], np.add.reduceat(counts, starts)


def shingle_pairs(
    sampled: Sequence[array[int]], options: StoryOptions, rate: int
) -> tuple[list[Edge], list[tuple[int, int]]]:
    """The copy links ``(strength, a, b)`` (unordered) and the candidate rewrites ``(a, b)``
    (in order) of the documents whose indexed shingles are ``sampled``: what
    ``shared_counts`` then ``strong_links`` and ``rewrite_candidates`` select."""
    sizes = np.fromiter(map(len, sampled), np.int64, len(sampled))
    max_df = max(options.max_df_min_docs, int(options.max_df_share * len(sampled)))
    sorted_keys, sorted_docs = _sorted_entries(sampled, sizes)
    windows = _Windows(
        options.all_pairs_max_df, options.window_pairs, max_df, options.common_window_pairs
    )
    a, b, shared = _count_sorted(sorted_keys, sorted_docs, windows, 1 << 22)
    del sorted_keys, sorted_docs
    strength = shared / np.minimum(sizes[a], sizes[b])
    link = (shared >= link_min_shared(options, rate)) & (strength >= options.link_min_containment)
    maybe = shared >= rewrite_min_shared(options, rate)  # copy links too: ``rewrite_candidates``
    edges = list(zip(strength[link].tolist(), a[link].tolist(), b[link].tolist(), strict=True))
    rewrites = list(zip(a[maybe].tolist(), b[maybe].tolist(), strict=True))
    return edges, rewrites


def _sorted_entries(sampled: Sequence[array[int]], sizes: I64) -> tuple[I64, npt.NDArray[np.int32]]:
    """The posting entries (key, document) sorted by key, documents ascending within a key,
    holding as few arrays at once as it can (documents as int32: the order tells them)."""
    keys = np.frombuffer(b"".join(s.tobytes() for s in sampled), np.int64)
    order = np.argsort(keys, kind="stable")
    sorted_keys = keys[order]
    del keys
    bounds = np.cumsum(sizes)
    sorted_docs = np.searchsorted(bounds, order, side="right").astype(np.int32)
    return sorted_keys, sorted_docs


def term_pairs(
    vectors: Sequence[dict[str, float]], index_terms: int, max_df: int, min_shared: int = 1
) -> Iterator[tuple[tuple[int, int], int]]:
    """Pairs of stories sharing some of their first ``index_terms`` terms (each held by at
    most ``max_df`` stories), with how many: what ``events._candidate_pairs`` counts; only
    those sharing at least ``min_shared``."""
    ids: dict[str, int] = {}
    keys: list[int] = []
    owners: list[int] = []
    for story, vector in enumerate(vectors):
        for term in islice(vector, index_terms):
            keys.append(ids.setdefault(term, len(ids)))
            owners.append(story)
    order = np.argsort(np.array(keys, np.int64), kind="stable")
    sorted_keys = np.array(keys, np.int64)[order]
    sorted_owners = np.array(owners, np.int64)[order]
    # Most pairs share one term: counted a range of stories at a time and dropped in NumPy.
    blocks = EVENT_BLOCKS if min_shared > 1 else 1
    windows = _Windows(max_df, 0, max_df)  # a term in more stories pairs nothing
    a, b, shared = _count_sorted(sorted_keys, sorted_owners, windows, 1 << 22, blocks, min_shared)
    return zip(zip(a.tolist(), b.tolist(), strict=True), shared.tolist(), strict=True)
