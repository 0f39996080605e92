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


def _mean(link: Link, ma: Sequence[int], mb: Sequence[int], sample: int) -> float:
    """The mean link over up to ``sample`` x ``sample`` members of two groups."""
    xs, ys = spread(ma, sample), spread(mb, sample)
    return sum(link(x, y) for x in xs for y in ys) / (len(xs) * len(ys))


class Groups:
    """Items merged into groups by edges, in rounds (each round its own link and guard).

    ``twin_of``: each item's twin class (``twin_classes``: near-duplicates, the same page
    twice); the guards also hold with twins counted once: two copies of a digest page
    carrying halves of two stories weighed twice in the average and glued the stories.
    """

    def __init__(self, n: int, twin_of: Sequence[int] | None = None) -> None:
        self.parent = list(range(n))
        self.members: dict[int, list[int]] = {}
        self.twin_of = twin_of
        # per group root with twins: one member per twin class, and those classes
        self._distinct: dict[int, tuple[list[int], set[int]]] = {}

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

    def distinct(self, x: int) -> list[int]:
        """The members of ``x``'s group, one per twin class."""
        root = self.find(x)
        found = self._distinct.get(root)
        return found[0] if found is not None else self.group(x)

    def others(self, x: int, k: int) -> list[int]:
        """Up to ``k`` members of ``x``'s group that are not ``x`` or its twins, one per
        twin class, spread over the group."""
        twin_of = self.twin_of
        mine = x if twin_of is None else twin_of[x]
        sample = spread(self.distinct(x), k + 1)  # holds one of x's class at most
        return [y for y in sample if (y if twin_of is None else twin_of[y]) != mine][:k]

    def merge(
        self, edges: Iterable[tuple[float, int, int]], link: Link, min_link: float, sample: int
    ) -> None:
        """Take the edges in the given order (strongest first).

        Two singletons joined by an edge merge; otherwise the groups merge only when the
        mean ``link`` over up to ``sample`` x ``sample`` of their members is at least
        ``min_link`` (average linkage on a sample), so one item related to two unrelated
        groups does not glue them together; with twins, over one member per twin class too.
        """
        for _strength, a, b in edges:
            ra, rb = self.find(a), self.find(b)
            if ra == rb:
                continue
            ma = self.members.get(ra) or [ra]
            mb = self.members.get(rb) or [rb]
            if len(ma) > 1 or len(mb) > 1:
                if _mean(link, ma, mb, sample) < min_link:
                    continue
                # Twins counted once too: a group stronger only by copies of one page
                # (two copies of a digest) does not merge.
                da, db = self.distinct(ra), self.distinct(rb)
                twins = (len(da), len(db)) != (len(ma), len(mb))
                if twins and _mean(link, da, db, sample) < min_link:
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
        if self.twin_of is not None:
            self._join_distinct(ra, rb, ma, mb)
        ma.extend(mb)
        self.members[ra] = ma
        self.members.pop(rb, None)

    def _join_distinct(self, ra: int, rb: int, ma: list[int], mb: list[int]) -> None:
        """Group ``rb`` (members ``mb``) joins ``ra``: its twin classes not yet there too."""
        twin_of = self.twin_of
        assert twin_of is not None
        mine = self._distinct.pop(ra, None)
        kept, classes = mine if mine is not None else (list(ma), {twin_of[m] for m in ma})
        theirs = self._distinct.pop(rb, None)
        for m in theirs[0] if theirs is not None else mb:
            if twin_of[m] not in classes:
                classes.add(twin_of[m])
                kept.append(m)
        self._distinct[ra] = (kept, classes)

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
