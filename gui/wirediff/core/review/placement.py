"""Where a pair's stored marks fall in a comparison on screen, and which are orphaned."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from wirediff.core.result import Comparison
from wirediff.core.review.anchors import LeftOut, Lost, change_keys, find_change
from wirediff.core.review.model import Mark


@dataclass(frozen=True, slots=True)
class Orphan:
    """A mark whose change is not in the comparison; listed, never dropped."""

    mark: Mark
    reason: Lost


@dataclass(frozen=True, slots=True)
class Placement:
    """Marks by change index (own marks before inherited ones), and the orphans."""

    by_change: dict[int, tuple[Mark, ...]]
    orphans: tuple[Orphan, ...]

    def flagged(self) -> set[int]:
        """Indices of the flagged changes."""
        return {i for i, marks in self.by_change.items() if any(m.flagged for m in marks)}

    def note(self, change: int) -> str:
        """The note shown on a change ("" when none)."""
        return next((m.note for m in self.by_change.get(change, ()) if m.note), "")


def place_marks(
    comparison: Comparison,
    marks: Sequence[Mark],
    keys: Mapping[str, int] | None = None,
    left_out: LeftOut | None = None,
) -> Placement:
    """Find every mark's change in ``comparison`` (marks oriented like it, as
    ``ReviewStore.pair_review`` returns them). ``keys``: ``change_keys(comparison)``, when
    the caller keeps them (a view placing marks again after each edit); ``left_out``: the
    lines the comparison's texts leave out (``find_change``)."""
    keys = change_keys(comparison) if keys is None else keys
    by_change: dict[int, list[Mark]] = {}
    orphans: list[Orphan] = []
    for mark in marks:
        found = (
            Lost.DAMAGED if mark.damaged else find_change(comparison, mark.anchor, keys, left_out)
        )
        if isinstance(found, Lost):
            orphans.append(Orphan(mark, found))
        else:
            by_change.setdefault(found, []).append(mark)
    return Placement({i: tuple(ms) for i, ms in sorted(by_change.items())}, tuple(orphans))
