"""Stories: group a folder into versions of the same text, and stories into events.

``build_story_index(documents)`` returns a ``StoryIndex``: events > stories > versions, a
base per story (overridable with ``StoryIndex.with_base``), boilerplate spans per document,
and similarity queries (``scores``, ``matrix``, ``story_matrix``, ``event_matrix``).
``version_stats`` diffs each version against its base (kept %, words added, words cut).
Engine code: no Qt.
"""

from wirediff.core.stories.build import STAGES, build_story_index
from wirediff.core.stories.model import (
    Cancelled,
    Event,
    PairScore,
    Relation,
    SimilarityMatrix,
    Story,
    StoryIndex,
    Version,
)
from wirediff.core.stories.options import StoryOptions
from wirediff.core.stories.versions import VersionStats, clean_text, version_stats

__all__ = [
    "STAGES",
    "Cancelled",
    "Event",
    "PairScore",
    "Relation",
    "SimilarityMatrix",
    "Story",
    "StoryIndex",
    "StoryOptions",
    "Version",
    "VersionStats",
    "build_story_index",
    "clean_text",
    "version_stats",
]
