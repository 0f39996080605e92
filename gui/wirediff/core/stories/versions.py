"""Each version against its story's base, word by word (kept %, words added, words cut).

This runs the aligned diff (``wirediff.core.compare``) once per version of one story, so a
view calls it for the story the user opens, not for the whole folder. Boilerplate lines are
left out of both texts first: they are not part of what an outlet kept or cut.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from wirediff.core.compare import compare
from wirediff.core.options import CompareOptions
from wirediff.core.stories.model import Cancelled, StoryIndex

T = TypeVar("T")
# Case, punctuation and typography are not what "kept" is about.
STATS_OPTIONS = CompareOptions(ignore_case=True, ignore_punctuation=True)


@dataclass(frozen=True, slots=True)
class VersionStats:
    """One version against the base, counted in words (boilerplate left out)."""

    doc: int
    kept: float  # share of the base's words found in this version, 0..1
    words_added: int  # words of this version in text the base does not have
    words_cut: int  # words of the base this version does not have
    words_changed: int  # words of the base replaced by other words
    similarity: float  # word-level Dice of the two texts, 0..1


def clean_text(index: StoryIndex, doc: int) -> str:
    """A document's text with its boilerplate lines taken out (paragraphs kept apart)."""
    text = index.documents[doc].text
    parts: list[str] = []
    pos = 0
    for start, end in index.boilerplate[doc]:
        parts.append(text[pos:start])
        pos = end
    parts.append(text[pos:])
    return "".join(parts)


def version_stats(
    index: StoryIndex,
    story: int,
    *,
    options: CompareOptions = STATS_OPTIONS,
    on_progress: Callable[[int, int], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> list[VersionStats]:
    """Stats of every version of ``story`` against its base, in the story's version order.

    ``on_progress(done, total)`` after each version; ``Cancelled`` is raised when
    ``should_cancel()`` returns True.
    """
    base = index.stories[story].base
    base_text = clean_text(index, base)

    def one(doc: int) -> VersionStats:
        text = base_text if doc == base else clean_text(index, doc)
        stats = compare(base_text, text, options).stats
        return VersionStats(
            doc,
            stats.left_in_right,
            stats.words_added,
            stats.words_deleted,
            stats.words_changed,
            stats.similarity,
        )

    docs = index.stories[story].documents
    return each_version(docs, one, "versions", on_progress, should_cancel)


def each_version(
    docs: Sequence[int],
    measure: Callable[[int], T],
    stage: str,
    on_progress: Callable[[int, int], None] | None,
    should_cancel: Callable[[], bool] | None,
) -> list[T]:
    """``measure(doc)`` for each of ``docs`` in order, reporting progress after each and
    raising ``Cancelled(stage)`` when ``should_cancel()`` returns True."""
    out: list[T] = []
    for done, doc in enumerate(docs, 1):
        if should_cancel is not None and should_cancel():
            raise Cancelled(stage)
        out.append(measure(doc))
        if on_progress is not None:
            on_progress(done, len(docs))
    return out
