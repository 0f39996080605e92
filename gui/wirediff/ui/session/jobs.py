"""The background work of the app, as plain functions run by ``workers.Runner``.

Each ``*_job`` returns the function a worker runs; nothing here touches a widget.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtGui import QFont, QTextDocument

from wirediff.core.compare import compare
from wirediff.core.document import Document
from wirediff.core.options import CompareOptions
from wirediff.core.reading import LoadResult, load_paths
from wirediff.core.stories import (
    Cancelled,
    StoryIndex,
    VersionStats,
    build_story_index,
    version_stats,
)
from wirediff.core.tokens import count_words
from wirediff.ui.common.theme import Theme
from wirediff.ui.diff.documents import build_document, hand_to_gui_thread
from wirediff.ui.diff.plan import PairPlan, plan_pair
from wirediff.ui.doclist.model import BuiltList, build_list, grouped_list
from wirediff.ui.jobs.runner import Job


def word_count(text: str) -> int:
    """Words as the engine counts them (punctuation excluded)."""
    return count_words(text)


@dataclass(slots=True)
class Loaded:
    """A finished load: what was read, what was skipped, each document's word count, and
    the document list's flat model (built here, off the GUI thread)."""

    result: LoadResult
    words: list[int]
    built: BuiltList | None = None
    resolved: list[Path] | None = None  # each document's resolved path (to keep a pair)
    folders: list[str] | None = None  # the folders to watch for changes


def load_job(paths: Sequence[Path]) -> Callable[[Job], Loaded]:
    """Read ``paths`` (folders and files), reporting (done, total, file name) as it goes."""

    def run(job: Job) -> Loaded:
        last = [0.0]

        def progress(done: int, total: int, path: Path) -> None:
            now = time.monotonic()  # at most 20 updates a second, and always the last one
            if done == total or now - last[0] >= 0.05:
                last[0] = now
                job.progress(done, total, path.name)

        result = load_paths(paths, on_progress=progress, should_cancel=job.cancelled)
        words = [word_count(doc.text) for doc in result.documents]
        if job.cancelled():
            return Loaded(result, words)
        # All of this walks every document: done here, not in the GUI thread.
        built = build_list(result.documents, words)
        resolved = [doc.path.resolve() for doc in result.documents]
        folders = sorted({str(f) for f in result.snapshot.folders()})
        return Loaded(result, words, built, resolved, folders)

    return run


@dataclass(slots=True)
class Shown:
    """A comparison ready to display: the plan and its three documents (GUI-thread owned)."""

    left: Document
    right: Document
    plan: PairPlan
    docs: dict[str, QTextDocument]
    clean: bool = False  # compared without boilerplate lines (change numbers differ)


@dataclass(frozen=True, slots=True)
class Look:
    """How documents are drawn: colours, font, and the room left after the last row."""

    theme: Theme
    font: QFont
    end_room: int


def build_documents(plan: PairPlan, look: Look, job: Job) -> dict[str, QTextDocument] | None:
    """The three documents of a plan (None when the job went stale meanwhile)."""
    docs = {}
    for name in ("left", "right", "inline"):
        if job.cancelled():
            return None
        doc = build_document(getattr(plan, name), look.theme, look.font, look.end_room)
        docs[name] = hand_to_gui_thread(doc)
    return docs


def compare_job(
    left: Document,
    right: Document,
    options: CompareOptions,
    look: Look,
    texts: tuple[str, str] | None = None,
) -> Callable[[Job], Shown | None]:
    """Compare, plan and build the documents of one pair.

    ``texts`` replaces the documents' own texts (boilerplate left out): the comparison, and
    so every offset the views use, is then of those texts.
    """
    left_text, right_text = texts or (left.text, right.text)

    def run(job: Job) -> Shown | None:
        comparison = compare(left_text, right_text, options)
        if job.cancelled():
            return None
        plan = plan_pair(comparison)
        docs = build_documents(plan, look, job)
        return None if docs is None else Shown(left, right, plan, docs, texts is not None)

    return run


def restyle_job(plan: PairPlan, look: Look) -> Callable[[Job], dict[str, QTextDocument] | None]:
    """Rebuild the documents of a shown comparison in another font or palette."""
    return lambda job: build_documents(plan, look, job)


def similarity_job(index: StoryIndex, base: int) -> Callable[[Job], list[tuple[int, float]]]:
    """Similarity of every document to ``base`` from the story index, as (i, value) pairs.

    Each score is a set intersection, not a comparison; the list shows them a slice at a
    time (``DocumentList.fill_similarity``), so that 100,000 cells never flood the GUI.
    """

    def run(job: Job) -> list[tuple[int, float]]:
        values = []
        for i in range(len(index.documents)):
            if job.cancelled():
                break
            if i != base:
                values.append((i, index.scores(base, i).similarity))
        return values

    return run


@dataclass(slots=True)
class Grouped:
    """A story index and the document list's grouped model of it (built off the GUI thread)."""

    index: StoryIndex
    built: BuiltList


def stories_job(
    documents: Sequence[Document], words: Sequence[int]
) -> Callable[[Job], Grouped | None]:
    """Group ``documents`` into events and stories (reporting (done, total, stage)), and
    build the document list grouped that way; ``words``: each document's word count."""

    def run(job: Job) -> Grouped | None:
        last = [0.0]

        def progress(stage: str, done: int, total: int) -> None:
            now = time.monotonic()
            if now - last[0] >= 0.05:
                last[0] = now
                job.progress(done, total, stage)

        try:
            index = build_story_index(documents, on_progress=progress, should_cancel=job.cancelled)
        except Cancelled:
            return None
        if job.cancelled():
            return None
        return Grouped(index, grouped_list(index, words))

    return run


def version_stats_job(index: StoryIndex, story: int) -> Callable[[Job], list[VersionStats] | None]:
    """Each version of ``story`` against its base (one aligned diff per version)."""

    def run(job: Job) -> list[VersionStats] | None:
        try:
            return version_stats(index, story, should_cancel=job.cancelled)
        except Cancelled:
            return None

    return run
