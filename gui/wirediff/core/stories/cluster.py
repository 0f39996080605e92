"""Union-find over strongest-first edges, with a guard against chaining."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

Link = Callable[[int, int], float]


def spread(members: Sequence[int], k: int) -> list[int]:
    """Up to ``k`` members spread evenly over the list (deterministic)."""
    if len(members) <= k:
        return list(members)
    step = len(members) / k
    return [members[int(i * step)] for i in range(k)]


class Groups:
    """Items merged into groups by edges, in rounds (each round its own link and guard)."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))
        self.members: dict[int, list[int]] = {}

    def find(self, x: int) -> int:
        parent = self.parent
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    def group(self, x: int) -> list[int]:
        """The members of ``x``'s group."""
        root = self.find(x)
        return self.members.get(root) or [root]

    def merge(
        self, edges: Iterable[tuple[float, int, int]], link: Link, min_link: float, sample: int
    ) -> None:
        """Take the edges in the given order (strongest first).

        Two singletons joined by an edge merge; otherwise the groups merge only when the
        mean ``link`` over up to ``sample`` x ``sample`` of their members is at least
        ``min_link`` (average linkage on a sample), so one item related to two unrelated
        groups does not glue them together.
        """
        for _strength, a, b in edges:
            ra, rb = self.find(a), self.find(b)
            if ra == rb:
                continue
            ma = self.members.get(ra) or [ra]
            mb = self.members.get(rb) or [rb]
            if len(ma) > 1 or len(mb) > 1:
                xs, ys = spread(ma, sample), spread(mb, sample)
                mean = sum(link(x, y) for x in xs for y in ys) / (len(xs) * len(ys))
                if mean < min_link:
                    continue
            self.join(ra, rb)

    def join(self, a: int, b: int) -> None:
        """Merge the groups of ``a`` and ``b`` unconditionally."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return
        ma = self.members.get(ra) or [ra]
        mb = self.members.get(rb) or [rb]
        if len(ma) < len(mb):
            ra, rb, ma, mb = rb, ra, mb, ma
        self.parent[rb] = ra
        ma.extend(mb)
        self.members[ra] = ma
        self.members.pop(rb, None)

    def labels(self) -> list[int]:
        """A group label per item: the smallest member of its group."""
        roots = [self.find(i) for i in range(len(self.parent))]
        smallest: dict[int, int] = {}
        for i, root in enumerate(roots):
            smallest.setdefault(root, i)
        return [smallest[root] for root in roots]


def cluster(
    n: int,
    edges: Iterable[tuple[float, int, int]],
    link: Link,
    min_link: float,
    sample: int,
) -> list[int]:
    """Group ``n`` items in one round; returns a group label per item (see ``Groups.merge``)."""
    groups = Groups(n)
    groups.merge(edges, link, min_link, sample)
    return groups.labels()
