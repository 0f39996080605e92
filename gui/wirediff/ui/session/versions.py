"""A story's versions each compared with its base as the pair view compares them (its compare
options and boilerplate setting), in the background: one set of diffs that the story panel
counts and the story view lays out, so that a pair's figures are the same in the list, the
changes panel, the story panel and the story view.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from wirediff.core.document import Document
from wirediff.core.options import CompareOptions
from wirediff.core.result import Comparison
from wirediff.core.stories import Cancelled, StoryIndex, VersionStats
from wirediff.core.storytable import compare_versions, story_documents
from wirediff.ui.jobs.collector import collection_paused
from wirediff.ui.jobs.runner import Job

Key = tuple[object, ...]


def diffs_key(index: StoryIndex, story: int, options: CompareOptions, keep: bool) -> Key:
    """What makes two sets of diffs the same: the index, the story and its base, how they
    are compared (``keep``: boilerplate lines kept)."""
    return id(index), story, index.stories[story].base, options, keep


@dataclass(frozen=True, slots=True)
class StoryDiffs:
    """Each version of a story (in the story's order, the base not included) against its
    base, the base on the left of every comparison."""

    key: Key
    index: StoryIndex  # held, so that the id in ``key`` stays its own
    story: int
    base: Document  # as compared (boilerplate left out unless kept)
    versions: tuple[Document, ...]
    docs: tuple[int, ...]  # the document of each version, then
    comparisons: tuple[Comparison, ...]

    def stats(self) -> list[VersionStats]:
        """The story panel's figures: the base, then each version."""
        out = [VersionStats(self.index.stories[self.story].base, 1.0, 0, 0, 0, 1.0)]
        for doc, comparison in zip(self.docs, self.comparisons, strict=True):
            s = comparison.stats
            out.append(
                VersionStats(
                    doc,
                    s.left_in_right,
                    s.words_added,
                    s.words_deleted,
                    s.words_changed,
                    s.similarity,
                )
            )
        return out


def story_diffs_job(
    index: StoryIndex, story: int, options: CompareOptions, keep: bool
) -> Callable[[Job], StoryDiffs | None]:
    """Compare every version of ``story`` with its base (progress per version)."""

    def run(job: Job) -> StoryDiffs | None:
        base, versions = story_documents(index, story, boilerplate=keep)
        with collection_paused():
            try:
                comparisons = tuple(
                    compare_versions(base, versions, options, job.progress, job.cancelled)
                )
            except Cancelled:
                return None
        docs = index.stories[story].documents[1:]
        key = diffs_key(index, story, options, keep)
        return StoryDiffs(key, index, story, base, tuple(versions), docs, comparisons)

    return run
