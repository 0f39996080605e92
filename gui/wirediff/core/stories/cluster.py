"""Union-find over strongest-first edges, with a guard against chaining.

The guards look at a sample of each group: its members lowest in content order (each item's
``key``: a hash of a document's content, or of a story's documents), kept per group as it
grows (the lowest of a union are among the lowest of its two parts), so the sample is the
same whatever order the members joined in, and costs nothing to find.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from heapq import merge as merged_in_order

Link = Callable[[int, int], float]
Key = Callable[[int], int]
_Low = list[tuple[int, int, int]]  # (key, item, class), in that order, one per class


def _mean(link: Link, xs: Sequence[int], ys: Sequence[int]) -> float:
    """The mean link over the pairs of two samples."""
    return sum(link(x, y) for x in xs for y in ys) / (len(xs) * len(ys))


def _lowest(a: _Low, b: _Low, k: int) -> _Low:
    """The ``k`` lowest entries of two sorted lists, one per class (its lowest)."""
    out: _Low = []
    seen: set[int] = set()
    for entry in merged_in_order(a, b):
        if entry[2] not in seen:
            seen.add(entry[2])
            out.append(entry)
            if len(out) == k:
                break
    return out


def ends_apart(
    apart: Callable[[int, int], bool], a: int, b: int, xs: Sequence[int], ys: Sequence[int]
) -> bool:
    """Whether an end of the edge (``a`` of the group sampled ``xs``, ``b`` of ``ys``) is
    apart from a member of the other group: a briefing (``a``) joined to a port strike,
    facing a quake (``b``), which the strike is apart from. Only the edge's ends: the first
    and the eighth take of a developing story, each take sharing with the next, name
    little in common, while each is near the takes at the link's ends."""
    return any(apart(a, y) for y in ys if y != b) or any(apart(x, b) for x in xs if x != a)


class Groups:
    """Items merged into groups by edges, in rounds (each round its own link and guard).

    ``twin_of``: each item's twin class (``twin_classes``: near-duplicates, the same page
    twice); the guards also hold with twins counted once: two copies of a digest page
    carrying halves of two stories weighed twice in the average and glued the stories.
    ``key``: each item's place in content order (``order.document_key``; default: the
    item's number), by which the samples are chosen; ``keep``: the largest sample asked for
    (``others`` asks for one more than it gives).
    """

    def __init__(
        self,
        n: int,
        twin_of: Sequence[int] | None = None,
        key: Key | None = None,
        keep: int = 0,
    ) -> None:
        self.parent = list(range(n))
        self.members: dict[int, list[int]] = {}
        self.twin_of = twin_of
        self.key: Key = key if key is not None else int
        self.keep = keep
        # per group root of several members: its lowest members, and (with twins) its
        # lowest member of each of its lowest twin classes and how many classes it holds
        self._low: dict[int, _Low] = {}
        self._low_classes: dict[int, _Low] = {}
        self._classes: dict[int, set[int]] = {}

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

    def _class(self, x: int) -> int:
        return x if self.twin_of is None else self.twin_of[x]

    def _single(self, root: int, distinct: bool) -> _Low:
        return [(self.key(root), root, self._class(root) if distinct else root)]

    def sample(self, x: int, k: int) -> list[int]:
        """Up to ``k`` members of ``x``'s group, the lowest in content order."""
        assert k <= self.keep, "a sample larger than the groups keep"
        root = self.find(x)
        low = self._low.get(root) or self._single(root, False)
        return [item for _, item, _ in low[:k]]

    def distinct(self, x: int, k: int) -> list[int]:
        """Up to ``k`` members of ``x``'s group, one per twin class: the classes of the
        lowest members in content order, each by its lowest member but ``x``'s, which is
        ``x`` itself (a guard weighing the edge at ``x`` weighs ``x``, not its twin)."""
        assert k <= self.keep, "a sample larger than the groups keep"
        mine = self._class(x)
        return [x if cls == mine else item for _, item, cls in self._distinct_low(x)[:k]]

    def _distinct_low(self, x: int) -> _Low:
        root = self.find(x)
        if self.twin_of is None:
            return self._low.get(root) or self._single(root, False)
        return self._low_classes.get(root) or self._single(root, True)

    def classes(self, x: int) -> int:
        """How many twin classes ``x``'s group holds."""
        root = self.find(x)
        found = self._classes.get(root)
        return len(found) if found is not None else len(self.group(x))

    def others(self, x: int, k: int) -> list[int]:
        """Up to ``k`` members of ``x``'s group that are not ``x`` or its twins, one per
        twin class, the lowest in content order."""
        assert k < self.keep, "a sample larger than the groups keep"
        mine = self._class(x)
        return [item for _, item, cls in self._distinct_low(x)[: k + 1] if cls != mine][:k]

    def merge(
        self,
        edges: Iterable[tuple[float, int, int]],
        link: Link,
        min_link: float,
        sample: int,
        apart: Callable[[int, int], bool] | None = None,
    ) -> None:
        """Take the edges in the given order (strongest first).

        Two singletons joined by an edge merge; otherwise the groups merge only when the
        mean ``link`` over up to ``sample`` x ``sample`` of their members is at least
        ``min_link`` (average linkage on a sample), so one item related to two unrelated
        groups does not glue them together; with twins, over one member per twin class too
        (the edge's own ends for their classes). ``apart(x, y)``: whether two items can be
        of no common group (``strangers``); groups do not merge, however high the mean (a
        group of one item each: nothing to average), where an end of the edge is such with
        a member of the other's sample (``ends_apart``).
        """
        for _strength, a, b in edges:
            ra, rb = self.find(a), self.find(b)
            if ra == rb:
                continue
            ma = self.members.get(ra) or [ra]
            mb = self.members.get(rb) or [rb]
            if len(ma) > 1 or len(mb) > 1:
                sa, sb = self.sample(ra, sample), self.sample(rb, sample)
                if _mean(link, sa, sb) < min_link:
                    continue
                if apart is not None and ends_apart(apart, a, b, sa, sb):
                    continue
                # Twins counted once too: a group stronger only by copies of one page
                # (two copies of a digest) does not merge.
                twins = (self.classes(ra), self.classes(rb)) != (len(ma), len(mb))
                if twins:
                    da, db = self.distinct(a, sample), self.distinct(b, sample)
                    if _mean(link, da, db) < min_link:
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
        if self.keep:
            low = self._low.pop(ra, None) or self._single(ra, False)
            theirs = self._low.pop(rb, None) or self._single(rb, False)
            self._low[ra] = _lowest(low, theirs, self.keep)
        if self.twin_of is not None:
            self._join_classes(ra, rb, ma, mb)
        ma.extend(mb)
        self.members[ra] = ma
        self.members.pop(rb, None)

    def _join_classes(self, ra: int, rb: int, ma: list[int], mb: list[int]) -> None:
        """Group ``rb`` (members ``mb``, the smaller) joins ``ra``: its twin classes too."""
        twin_of = self.twin_of
        assert twin_of is not None
        mine = self._classes.pop(ra, None)
        classes = mine if mine is not None else {twin_of[m] for m in ma}
        theirs = self._classes.pop(rb, None)
        classes.update(theirs if theirs is not None else (twin_of[m] for m in mb))
        self._classes[ra] = classes
        if self.keep:
            low = self._low_classes.pop(ra, None) or self._single(ra, True)
            other = self._low_classes.pop(rb, None) or self._single(rb, True)
            self._low_classes[ra] = _lowest(low, other, self.keep)

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
    key: Key | None = None,
) -> list[int]:
    """Group ``n`` items in one round; returns a group label per item (see ``Groups.merge``;
    ``key``: each item's place in content order, by which the guard's samples are chosen)."""
    groups = Groups(n, key=key, keep=sample)
    groups.merge(edges, link, min_link, sample)
    return groups.labels()
