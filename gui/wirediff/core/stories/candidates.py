"""Candidate pairs from an inverted index of shingles: never all pairs of documents."""

from __future__ import annotations

import math
from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from itertools import combinations

from wirediff.core.stories.options import StoryOptions

Edge = tuple[float, int, int]  # (strength, a, b) with a < b


def shared_counts(
    sampled: Sequence[array[int]],
    options: StoryOptions,
    should_cancel: Callable[[], bool] | None = None,
) -> Counter[tuple[int, int]]:
    """How many indexed shingles each candidate pair of documents shares.

    A shingle in at most ``all_pairs_max_df`` documents pairs all of them; a more common one
    pairs each document with its next ``window_pairs`` neighbours in the posting list (the
    story still connects, without a quadratic blow-up); one in more than the max-df share of
    the folder, too common to mean reuse, with its next ``common_window_pairs`` only (a
    chain: a folder of one story's many pickups still connects).
    """
    postings: dict[int, int | list[int]] = {}
    for doc, hashes in enumerate(sampled):
        for h in hashes:
            p = postings.get(h)
            if p is None:
                postings[h] = doc
            elif isinstance(p, int):
                postings[h] = [p, doc]
            else:
                p.append(doc)
        if should_cancel is not None and doc % 1024 == 0 and should_cancel():
            return Counter()
    max_df = max(options.max_df_min_docs, int(options.max_df_share * len(sampled)))
    counts: Counter[tuple[int, int]] = Counter()
    for p in postings.values():
        if isinstance(p, int):
            continue
        if len(p) <= options.all_pairs_max_df:
            counts.update(combinations(p, 2))
        else:
            window = options.window_pairs if len(p) <= max_df else options.common_window_pairs
            for step in range(1, window + 1):
                counts.update(zip(p, p[step:], strict=False))
    return counts


def link_min_shared(options: StoryOptions, rate: int) -> int:
    """The fewest indexed shingles a copy link needs (scaled down when sampling)."""
    return max(2, math.ceil(options.link_min_shared / rate))


def strong_links(
    counts: Counter[tuple[int, int]], sizes: Sequence[int], options: StoryOptions, rate: int
) -> list[Edge]:
    """Pairs whose estimated containment (smaller in larger) passes the link threshold,
    as ``(strength, a, b)`` (``order_edges`` puts them in the order they are taken)."""
    min_shared = link_min_shared(options, rate)
    strong: list[Edge] = []
    for (a, b), shared in counts.items():
        if shared < min_shared:
            continue
        strength = shared / min(sizes[a], sizes[b])
        if strength >= options.link_min_containment:
            strong.append((strength, a, b))
    return strong


def twin_classes(strong: Iterable[Edge], sizes: Sequence[int], least: float, n: int) -> list[int]:
    """Each document's twin class, named by its smallest member: documents linked by an
    edge on which each holds at least ``least`` of the other (the same page twice, a
    digest republished with its halves swapped). A copy trimmed by a quarter is no twin."""
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for strength, a, b in strong:
        small, big = sorted((sizes[a], sizes[b]))
        if big and strength * small / big >= least:
            ra, rb = find(a), find(b)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
    return [find(x) for x in range(n)]


def order_edges(
    strong: Iterable[Edge],
    sizes: Sequence[int],
    opens: Callable[[int, int], bool],
    key: Callable[[int], int] = int,
) -> list[Edge]:
    """The links in the order they are taken, strength capped at 1.

    Edges where the smaller document shares the larger one's opening come first, then the
    rest, each strongest first (ties in content order, ``key`` of their two ends: the same
    files under other names are taken in the same order). A page that carries a second,
    appended article (like 001) thus joins the story it opens with before the appended one
    can claim it; the chaining guard then keeps the two stories apart. ``opens(big,
    small)`` answers that question.
    """
    keyed: list[tuple[bool, float, tuple[int, int], int, int]] = []
    for strength, a, b in strong:
        big, small = (a, b) if sizes[a] >= sizes[b] else (b, a)
        keyed.append((not opens(big, small), -min(strength, 1.0), pair_key(key, a, b), a, b))
    keyed.sort()
    return [(-negative, a, b) for _late, negative, _key, a, b in keyed]


def pair_key(key: Callable[[int], int], a: int, b: int) -> tuple[int, int]:
    """A pair's place in content order (of equal pairs): its two ends' ``key``, lower first."""
    ka, kb = key(a), key(b)
    return (ka, kb) if ka <= kb else (kb, ka)
