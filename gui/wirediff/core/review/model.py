"""What the review store hands back: plain frozen data."""

from __future__ import annotations

from dataclasses import dataclass

from wirediff.core.review.anchors import ChangeAnchor
from wirediff.core.review.identity import DocRef, PairKey


@dataclass(frozen=True, slots=True)
class Mark:
    """A flag and/or a note on one change of a pair.

    ``anchor`` is in the orientation the caller asked for (its ``left`` is the caller's
    left). ``inherited`` marks come from an earlier text of one of the two documents (the
    same file, since edited): they are placed by their words, and move to the current pair
    when changed (pass them as ``earlier`` to ``ReviewStore.set_flag``/``set_note``).
    """

    anchor: ChangeAnchor
    flagged_at: str | None
    note: str
    note_at: str | None
    created_at: str
    pair: PairKey  # the pair it is stored on
    stored_key: str  # its change key as stored (the anchor in the pair's own orientation)
    inherited: bool = False
    damaged: str = ""  # why its anchor could not be read (then ``anchor`` is empty): orphaned

    @property
    def flagged(self) -> bool:
        return self.flagged_at is not None


@dataclass(frozen=True, slots=True)
class PairReview:
    """Everything the store keeps about one pair, oriented as asked (``left`` is the base)."""

    left: DocRef
    right: DocRef
    reviewed_at: str | None  # None: not marked reviewed (only this exact pair of texts counts)
    note: str
    note_at: str | None
    marks: tuple[Mark, ...]  # this pair's own marks first, then inherited ones

    @property
    def reviewed(self) -> bool:
        return self.reviewed_at is not None


@dataclass(frozen=True, slots=True)
class PairSummary:
    """For marks in a document list: reviewed, and how many flags and notes."""

    reviewed: bool
    flags: int
    notes: int


@dataclass(frozen=True, slots=True)
class Correction:
    """A user's correction of a story grouping, as stored by ``ReviewStore.add_correction``."""

    id: int
    folder: str
    kind: str
    documents: tuple[str, ...]  # text hashes
    payload: dict[str, object]
    payload_version: int
    created_at: str
    damaged: str = ""  # why its row could not be read (then ``payload`` is empty): skip it
