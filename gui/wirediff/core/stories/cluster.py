"""Union-find over strongest-first edges, with a guard against chaining."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence


def _spread(members: Sequence[int], k: int) -> list[int]:
    """Up to ``k`` members spread evenly over the list (deterministic)."""
    if len(members) <= k:
        return list(members)
    step = len(members) / k
    return [members[int(i * step)] for i in range(k)]


def cluster(
    n: int,
    edges: Iterable[tuple[float, int, int]],
    link: Callable[[int, int], float],
    min_link: float,
    sample: int,
) -> list[int]:
    """Group ``n`` items; returns a group label per item (the smallest member of its group).

    Edges are taken in the given order (strongest first). Two singletons joined by an edge
    merge; otherwise the groups merge only when the mean ``link`` over up to
    ``sample`` x ``sample`` of their members is at least ``min_link`` (average linkage on a
    sample), so one item related to two unrelated groups does not glue them together.
    """
    parent = list(range(n))
    members: dict[int, list[int]] = {}

    def find(x: int) -> int:
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    for _strength, a, b in edges:
        ra, rb = find(a), find(b)
        if ra == rb:
            continue
        ma = members.get(ra) or [ra]
        mb = members.get(rb) or [rb]
        if len(ma) > 1 or len(mb) > 1:
            xs, ys = _spread(ma, sample), _spread(mb, sample)
            mean = sum(link(x, y) for x in xs for y in ys) / (len(xs) * len(ys))
            if mean < min_link:
                continue
        if len(ma) < len(mb):
            ra, rb, ma, mb = rb, ra, mb, ma
        parent[rb] = ra
        ma.extend(mb)
        members[ra] = ma
        members.pop(rb, None)
    labels = [find(i) for i in range(n)]
    smallest: dict[int, int] = {}
    for i, root in enumerate(labels):
        smallest.setdefault(root, i)
    return [smallest[root] for root in labels]
