"""Stories: group a folder into versions of the same text, and stories into events.

``build_story_index(documents)`` returns a ``StoryIndex``: events > stories > versions, a
base per story (overridable with ``StoryIndex.with_base``), boilerplate spans per document,
and similarity queries (``scores``, ``matrix``, ``story_matrix``, ``event_matrix``).
``version_stats`` diffs each version against its base (kept %, words added, words cut);
``derivations`` says how each version was made from the base (copy, edited, rewrite, with
the evidence) and ``describe`` says how two documents relate in a sentence. Corrections
(``Move``, ``Split``, ``SameStory``, ``Apart``, ``SameEvent``, ``OtherEvent``, and ``Base``: a
base chosen) are passed to ``build_story_index``, or applied to a kept automatic grouping
(``group_automatically``) with ``corrected_index``.
Engine code: no Qt.
"""

from wirediff.core.stories.build import (
    STAGES,
    Automatic,
    build_story_index,
    corrected_index,
    group_automatically,
    progress_text,
)
from wirediff.core.stories.corrections import (
    Apart,
    Base,
    Correction,
    DocKey,
    Move,
    OtherEvent,
    SameEvent,
    SameStory,
    Split,
    doc_key,
)
from wirediff.core.stories.derivation import Derivation, classify
from wirediff.core.stories.evidence import Evidence, Side
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
from wirediff.core.stories.relation import (
    PairDerivation,
    derivations,
    describe,
    pair_derivation,
    said_quotations,
    source_named,
    source_of,
    wording,
    wording_as_compared,
)
from wirediff.core.stories.versions import VersionStats, clean_text, version_stats

__all__ = [
    "STAGES",
    "Apart",
    "Automatic",
    "Base",
    "Cancelled",
    "Correction",
    "Derivation",
    "DocKey",
    "Event",
    "Evidence",
    "Move",
    "OtherEvent",
    "PairDerivation",
    "PairScore",
    "Relation",
    "SameEvent",
    "SameStory",
    "Side",
    "SimilarityMatrix",
    "Split",
    "Story",
    "StoryIndex",
    "StoryOptions",
    "Version",
    "VersionStats",
    "build_story_index",
    "classify",
    "clean_text",
    "corrected_index",
    "derivations",
    "describe",
    "doc_key",
    "group_automatically",
    "pair_derivation",
    "progress_text",
    "said_quotations",
    "source_named",
    "source_of",
    "version_stats",
    "wording",
    "wording_as_compared",
]
