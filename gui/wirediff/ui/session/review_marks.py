"""The review of the pair on screen as the review controller (``review``) keeps it: the pair
as the store names it, every change's anchor, and where the stored flags and notes fall.
Computed in the background (a 100k-word pair has thousands of changes); no widgets, no store.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from wirediff.core.document import Document
from wirediff.core.result import Comparison
from wirediff.core.review import (
    ChangeAnchor,
    DocRef,
    LeftOut,
    Mark,
    Orphan,
    PairKey,
    PairReview,
    Placement,
    ReviewStore,
    anchors_of,
    doc_ref,
    pair_key,
    place_marks,
)
from wirediff.ui.jobs.runner import Job
from wirediff.ui.session.comparing import Shown


@dataclass(frozen=True, slots=True)
class PairMarks:
    """The review of the pair on screen, placed on its changes."""

    flagged: frozenset[int] = frozenset()
    notes: dict[int, str] = field(default_factory=dict)  # change -> its note
    pair_note: str = ""
    orphans: tuple[Orphan, ...] = ()  # flags and notes whose change is not in this comparison
    reviewed: bool = False


@dataclass(slots=True)
class Screen:
    """The pair on screen as the store names it, and its marks once placed."""

    shown: Shown
    left: DocRef
    right: DocRef
    review: PairReview | None
    anchors: list[ChangeAnchor] | None = None
    keys: dict[str, int] | None = None
    placement: Placement | None = None


@dataclass(frozen=True, slots=True)
class NoteTarget:
    """What a note being written is on: a change of a pair (by its anchor, so it is saved
    on it whatever is on screen by then) or the pair as a whole (``anchor`` None)."""

    left: DocRef
    right: DocRef
    anchor: ChangeAnchor | None
    earlier: tuple[Mark, ...]  # the stored marks placed on the change (they move to it)
    original: str  # the note as stored when the editor opened
    change: int | None = None  # the change's number then (for what is said)

    @property
    def key(self) -> PairKey:
        return pair_key(self.left, self.right)


def stored_note(review: PairReview, target: NoteTarget) -> str:
    """The note ``target`` names as ``review`` (read now) has it."""
    if target.anchor is None:
        return review.note
    earlier = {(m.pair, m.stored_key) for m in target.earlier}
    for mark in review.marks:
        if mark.note and (mark.anchor == target.anchor or (mark.pair, mark.stored_key) in earlier):
            return mark.note
    return ""


def write_note(store: ReviewStore, target: NoteTarget, text: str) -> None:
    if target.anchor is None:
        store.set_pair_note(target.left, target.right, text)
    else:
        store.set_note(target.left, target.right, target.anchor, text, earlier=target.earlier)


@dataclass(frozen=True, slots=True)
class Placed:
    anchors: list[ChangeAnchor]
    keys: dict[str, int]
    placement: Placement


def place(comparison: Comparison, marks: Sequence[Mark], left_out: LeftOut | None) -> Placed:
    """Every change's anchor (a 100k-word pair has thousands) and where ``marks`` fall
    (``left_out``: the lines the comparison leaves out, see ``find_change``)."""
    anchors = anchors_of(comparison)
    keys = {anchor.key: i for i, anchor in enumerate(anchors)}
    return Placed(anchors, keys, place_marks(comparison, marks, keys, left_out))


def hashes_job(documents: Sequence[Document]) -> Callable[[Job], list[DocRef] | None]:
    """The store's name (text hash) of every document."""

    def run(job: Job) -> list[DocRef] | None:
        refs = []
        for doc in documents:
            if job.cancelled():
                return None
            refs.append(doc_ref(doc))
        return refs

    return run


def pair_marks(screen: Screen) -> PairMarks:
    placement, review = screen.placement, screen.review
    assert placement is not None
    notes = {i: placement.note(i) for i in placement.by_change if placement.note(i)}
    return PairMarks(
        frozenset(placement.flagged()),
        notes,
        review.note if review is not None else "",
        placement.orphans,
        review is not None and review.reviewed,
    )
