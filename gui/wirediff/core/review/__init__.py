"""The review store: what a user reviewed, flagged and noted, kept across sessions.

Plain Python over SQLite (no Qt). Documents are named by the hash of their text, so moving
or renaming a folder keeps its review; a change is named by its words and their context
(``ChangeAnchor``), so flags survive option changes and re-comparison; a flag whose words
are gone is listed as orphaned, never dropped. See ``ReviewStore`` for the API.
"""

from wirediff.core.review.anchors import (
    ChangeAnchor,
    LeftOut,
    Lost,
    anchor_of,
    anchors_of,
    find_change,
)
from wirediff.core.review.connection import StoreError
from wirediff.core.review.identity import DocRef, PairKey, doc_ref, pair_key, text_hash
from wirediff.core.review.listing import Listed, Status
from wirediff.core.review.model import Correction, Mark, PairReview, PairSummary
from wirediff.core.review.placement import Orphan, Placement, place_marks
from wirediff.core.review.store import STORE_FILE, ReviewStore

__all__ = [
    "STORE_FILE",
    "ChangeAnchor",
    "Correction",
    "DocRef",
    "LeftOut",
    "Listed",
    "Lost",
    "Mark",
    "Orphan",
    "PairKey",
    "PairReview",
    "PairSummary",
    "Placement",
    "ReviewStore",
    "Status",
    "StoreError",
    "anchor_of",
    "anchors_of",
    "doc_ref",
    "find_change",
    "pair_key",
    "place_marks",
    "text_hash",
]
