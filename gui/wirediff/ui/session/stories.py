"""Stories in the background: grouping the open documents, version stats, similarity matrices
and columns, and the document list rebuilt grouped or flat.

The story index arrives after the flat list (a "stories" job); until then the app works on a
flat list with one base. Every job here is dropped when another folder is opened
(``forget``), and a result for documents that are no longer open is never used.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence, Set
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from wirediff.core.document import Document
from wirediff.core.options import CompareOptions
from wirediff.core.stories import (
    STAGES,
    Automatic,
    Base,
    Cancelled,
    Correction,
    SimilarityMatrix,
    StoryIndex,
    VersionStats,
    corrected_index,
    group_automatically,
    progress_text,
)
from wirediff.core.stories.corrections import Chosen
from wirediff.ui.common.text import names
from wirediff.ui.doclist.model import BuiltList, blank_model, build_list, grouped_list
from wirediff.ui.jobs.collector import collection_paused
from wirediff.ui.jobs.runner import Job, Runner
from wirediff.ui.session.exact import ExactFigures
from wirediff.ui.session.versions import Key, StoryDiffs, diffs_key, story_diffs_job

KINDS = ("stories", "stats", "matrix", "similarity", "list")
MAX_MATRIX = 60  # documents a heat map shows at most (larger events: some of every story)


@dataclass(slots=True)
class Grouped:
    """A story index and the document list's grouped model of it (built off the GUI thread),
    and the automatic grouping it corrects (kept: the next correction starts from it)."""

    index: StoryIndex
    built: BuiltList
    automatic: Automatic
    corrections: tuple[Correction, ...] = ()  # the user's, applied to it


def bases_chosen_in(index: StoryIndex | None, documents: Sequence[Document]) -> tuple[Chosen, ...]:
    """The bases the user chose in ``index``, if it grouped these very ``documents``."""
    if index is None or len(index.documents) != len(documents):
        return ()
    if any(a is not b for a, b in zip(index.documents, documents, strict=True)):
        return ()
    return tuple((s.base, frozenset(s.documents)) for s in index.stories if s.base_overridden)


def stories_job(
    documents: Sequence[Document],
    words: Sequence[int],
    corrections: Sequence[Correction] = (),
    chosen: Sequence[Chosen] = (),
    root: Path | None = None,
    automatic: Automatic | None = None,
) -> Callable[[Job], Grouped | None]:
    """Group ``documents`` into events and stories (reporting (done, total, stage)), the
    user's ``corrections`` applied (their paths relative to ``root``) and the bases they
    ``chosen`` kept, and build the document list grouped that way; ``words``: each
    document's word count. ``automatic``: these documents' automatic grouping, when it was
    made before (a correction then regroups in a second, not minutes)."""
    blank = blank_model()  # (made here, in the GUI thread: ``jobs.handover``)

    def run(job: Job) -> Grouped | None:
        last = [0.0]

        def progress(stage: str, done: int, total: int) -> None:
            now = time.monotonic()
            if now - last[0] >= 0.05:
                last[0] = now
                job.progress(done, total, stage)

        # No collections while millions of objects are made: at 20,000 documents each full
        # collection walked them for 40-200 ms holding the GIL (the window froze), and
        # found nothing (the index holds no reference cycles).
        with collection_paused():
            stop = job.cancelled
            try:
                grouping = automatic
                if grouping is None or not grouping.fits(documents):
                    grouping = group_automatically(
                        documents, on_progress=progress, should_cancel=stop
                    )
                index = corrected_index(
                    grouping, corrections, root, on_progress=progress, should_cancel=stop
                )
            except Cancelled:
                return None
            if job.cancelled():
                return None
            index = index.with_chosen_bases(chosen)
            return Grouped(index, grouped_list(index, words, blank), grouping, tuple(corrections))

    return run


def similarity_job(index: StoryIndex, base: int) -> Callable[[Job], list[tuple[int, float]]]:
    """Similarity of every document to ``base`` from the story index, as (i, value) pairs.

    Each score is a set intersection, not a comparison (the base's set built once: building
    it for each of 10,000 documents, and their terms' cosine no column shows, kept a worker
    busy for a second, which the GUI thread waited on while it showed the new pair); the list
    shows them a slice at a time (``DocumentList.fill_similarity``), so that 100,000 cells
    never flood the GUI.
    """

    def run(job: Job) -> list[tuple[int, float]]:
        values: list[tuple[int, float]] = []
        for value in index.similarities(base):
            if len(values) % 1000 == 0 and job.cancelled():
                break
            values.append(value)
        return values

    return run


OVERALL = 1000  # the grouping's bar counts in thousandths


def overall(stage: str, done: int, total: int) -> int:
    """How far a grouping at ``stage`` (one of ``STAGES``) is, in thousandths of it."""
    at = STAGES.index(stage) if stage in STAGES else 0
    part = min(max(done, 0) / total, 1.0) if total > 0 else 0.0
    return round(OVERALL * (at + part) / len(STAGES))


def _story_files(index: StoryIndex, story: int) -> str:
    return names([index.documents[v.doc].name for v in index.stories[story].versions])


def story_step(
    index: StoryIndex | None,
    current: int | None,
    direction: int,
    order: Sequence[int],
    before: int | None = None,
) -> tuple[int | None, str]:
    """The document to select for the next (+1) or previous (-1) story after ``current``,
    in ``order`` (story ids as the list shows them; empty: the index's order): the story's
    first version, its base if it has no other; and what to say about it. ``before``: the
    place is just before that story instead (an event's row): +1 goes to it."""
    if index is None:
        return None, "Stories are not grouped yet"
    order = list(order) or list(range(len(index.stories)))
    if before in order:
        pos = order.index(before) + (0 if direction > 0 else -1)
    else:
        pos = order.index(current) + direction if current in order else 0
    if not 0 <= pos < len(order):
        return None, "No next story" if direction > 0 else "No previous story"
    story = index.stories[order[pos]]
    doc = story.versions[1].doc if len(story.versions) > 1 else story.base
    return doc, f"Story {pos + 1} of {len(order)}: {story.title}"


class StoriesController(QObject):
    """Owns the story index of the open documents and every job that reads it."""

    progress = Signal(int, int)  # done, total (0, 0: starting)
    message = Signal(str)  # the stage of the grouping under way
    grouped = Signal(object)  # Grouped: the open documents' stories and their grouped list
    story = Signal(object, object, object)  # index, story, its version stats (None: hide)
    stats_shown = Signal()  # the version stats of the story shown arrived
    # A story's versions being compared for its stats (the story view waits for them rather
    # than compare them again): how far (key, done, total), and the end (key, the diffs, or
    # None: stopped for another story, failed, or of an index no longer the folder's).
    counting = Signal(object, int, int)
    counted = Signal(object, object)
    heat_map_started = Signal(str, int, int)  # heading, documents scored, documents in all
    matrix_ready = Signal(object, object, int)  # index, SimilarityMatrix, documents in all
    similarity_ready = Signal(object)  # list[(document, similarity)] to the flat base
    list_built = Signal(object)  # BuiltList: the list rebuilt grouped or flat
    failed = Signal(str)

    def __init__(self, runner: Runner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self._index: StoryIndex | None = None
        self._automatic: Automatic | None = None  # the open documents' automatic grouping
        self.applied: tuple[Correction, ...] = ()  # the corrections the index was made with
        self._bar = 0  # how far the grouping under way is, in thousandths (``overall``)
        self.generation = 0  # one more at each new index (regrouped, rebased, forgotten)
        self._documents: Sequence[Document] = ()  # what the grouping under way is for
        # bases chosen with b (and their stories then) not kept as corrections: no store
        self._chosen: tuple[Chosen, ...] = ()
        self._stats: dict[Key, list[VersionStats] | str] = {}  # ``diffs_key`` -> stats (or why not)
        self.diffs: StoryDiffs | None = None  # the last story's diffs (the story view's too)
        self.exact = ExactFigures()  # every story's counted, for the list (kept by pair)
        self._story: int | None = None  # the story shown with ``story``
        self._compare_as = (CompareOptions(), False)  # how the pair view compares
        self._counting: tuple[object, Key] | None = None  # the stats job's
        # The heat map asked last: its index's generation (an old index is not kept alive
        # for it) and documents, its first document, a story's or an event's.
        self._mapped: tuple[int, Sequence[Document], int, bool] | None = None

    @property
    def index(self) -> StoryIndex | None:
        """The folder's stories (None until grouped)."""
        return self._index

    @index.setter
    def index(self, index: StoryIndex | None) -> None:
        self._index, self.generation = index, self.generation + 1

    def forget(self) -> None:
        """Another folder: drop the index and every job reading it."""
        self._drop_count()
        for kind in KINDS:
            self.runner.cancel(kind)
        self.index, self._documents, self._stats, self._chosen = None, (), {}, ()
        self._automatic, self.applied = None, ()
        self.diffs = None
        self.exact.clear()

    def counting_key(self, key: Key) -> bool:
        """Whether the versions of ``key`` (``diffs_key``) are being compared for the stats."""
        return self._counting is not None and self._counting[1] == key

    def _drop_count(self) -> None:
        """The count under way is no longer wanted (another story, folder, grouping)."""
        if self._counting is not None:
            key, self._counting = self._counting[1], None
            self.runner.cancel("stats")
            self.counted.emit(key, None)

    # --- grouping --------------------------------------------------------------------------
    def start(
        self,
        documents: Sequence[Document],
        words: Sequence[int],
        corrections: Sequence[Correction] = (),
        root: Path | None = None,
        chosen_before: Sequence[Chosen] = (),
    ) -> bool:
        """Group ``documents`` in the background, with the user's ``corrections`` (their
        paths relative to ``root``); False when there is nothing to group.
        ``chosen_before``: bases the user chose when these documents were read last (a
        reload, the folder's last pair at the next start) that are not among the
        corrections (the review store is not open), for new documents."""
        if len(documents) < 2:
            return False
        same = len(documents) == len(self._documents) and all(
            a is b for a, b in zip(documents, self._documents, strict=True)
        )
        if not same:  # bases chosen among other documents (or these, read before)
            self._chosen = tuple(chosen_before)
        # (on the same documents, those of before: bases chosen with b are corrections,
        # kept in the review store; these are the ones it could not keep)
        chosen = self._chosen
        self._documents = documents
        self._bar = 0
        self.progress.emit(0, 0)
        automatic = self._automatic if same else None
        job = stories_job(tuple(documents), words, tuple(corrections), chosen, root, automatic)
        subject = f"Grouping {names([d.name for d in documents])} into stories"
        self.runner.start(
            "stories", job, self._grouped, self.failed.emit, self._progress, subject=subject
        )
        return True

    def grouping(self) -> bool:
        return self.runner.running("stories")

    def cancel(self) -> bool:
        """Stop the grouping under way (the list stays flat); False if there was none."""
        if not self.grouping():
            return False
        self.runner.cancel("stories")
        return True

    def _progress(self, done: int, total: int, stage: object) -> None:
        """One bar over the whole grouping (it ran to 100% and back six times, once a
        step): each step an equal part, the status line says which step it is."""
        self._bar = max(self._bar, overall(str(stage), done, total))  # never backwards
        self.progress.emit(self._bar, OVERALL)
        self.message.emit(f"Grouping into stories, {progress_text(str(stage), done, total)}…")

    def _grouped(self, grouped: Grouped | None) -> None:
        if grouped is None:
            return
        index = grouped.index
        if len(index.documents) != len(self._documents) or any(
            a is not b for a, b in zip(index.documents, self._documents, strict=True)
        ):
            return  # a stale index (another folder was opened meanwhile)
        self._drop_count()
        self.index, self._stats = index, {}  # story ids may differ now
        self._automatic, self.applied = grouped.automatic, grouped.corrections
        self.grouped.emit(grouped)

    def rebase(self, doc: int, kept: Base | None) -> StoryIndex:
        """Make ``doc`` the base of its story; the index with that base. ``kept``: the
        correction that keeps it (applied from now on), None when it could not be kept
        (no review store): it holds until the folder is grouped again."""
        assert self.index is not None
        story = self.index.story_of(doc)
        self.index = self.index.with_base(story.id, doc)
        if kept is not None:
            self.applied = (*self.applied, kept)
        return self.index

    # --- what reads the index --------------------------------------------------------------
    @property
    def shown_story(self) -> int | None:
        """The story the story panel was last given (None: none)."""
        return self._story

    def show_story(
        self, story_id: int | None, options: CompareOptions | None = None, keep: bool = False
    ) -> None:
        """Show the versions of ``story_id`` against its base (None: nothing); their stats
        are counted in the background the first time, compared as the pair view compares
        (``options``, boilerplate kept or not), and shown when they arrive."""
        if options is not None:
            self._compare_as = (options, keep)
        self._story, index = story_id, self.index
        if index is None or story_id is None:
            self.story.emit(None, None, None)
            return
        story = index.stories[story_id]
        stats = self._version_stats(index, story_id) if len(story.versions) > 1 else None
        self.story.emit(index, story, stats)

    def _version_stats(self, index: StoryIndex, story: int) -> list[VersionStats] | str | None:
        options, keep = self._compare_as
        key = diffs_key(index, story, options, keep)
        if key in self._stats:
            return self._stats[key]
        if self._counting == (index, key) and self.runner.running("stats"):
            return None  # on its way: asking again must not start it over

        def done(diffs: StoryDiffs | None) -> None:
            self._counting = None
            fresh = diffs if diffs is not None and index is self.index else None
            if fresh is not None:
                self.diffs = fresh
                self._stats[key] = fresh.stats()
                base = index.stories[story].base
                counted = [(base, s.doc, s.similarity) for s in fresh.stats()[1:]]
                self.exact.add(index, counted, options, keep)
            self.counted.emit(key, fresh)
            if fresh is not None and self._story == story:
                self.show_story(story)
                self.stats_shown.emit()

        def failed(message: str) -> None:
            self._counting = None
            self.counted.emit(key, None)
            self.failed.emit(message)
            if index is self.index:  # said in the panel too (not counted again for it)
                self._stats[key] = message
                if self._story == story:
                    self.show_story(story)

        def progress(done: int, total: int, _payload: object) -> None:
            self.counting.emit(key, done, total)

        self._drop_count()
        self._counting = (index, key)
        job = story_diffs_job(index, story, options, keep)
        subject = f"Counting the versions of {_story_files(index, story)}"
        self.runner.start("stats", job, done, failed, progress, subject=subject)
        return None

    def heat_map(self, story_id: int, event: bool) -> bool:
        """Score every pair of ``story_id``'s documents, or its event's (at most
        ``MAX_MATRIX``: ``StoryIndex.story_sample``, ``event_sample``), in the background;
        False when stories are not grouped yet."""
        index = self.index
        if index is None:
            return False
        story = index.stories[story_id]
        docs = index.event_documents(story.event) if event else story.documents
        heading = f"Event: {index.events[story.event].title}" if event else f"Story: {story.title}"
        self.heat_map_started.emit(heading, min(len(docs), MAX_MATRIX), len(docs))
        shown = (
            index.event_sample(story.event, MAX_MATRIX)
            if event
            else index.story_sample(story_id, MAX_MATRIX)
        )
        self._mapped = (self.generation, index.documents, shown[0], event) if shown else None

        def done(matrix: SimilarityMatrix) -> None:
            now = self.index
            if index is now:
                self.matrix_ready.emit(index, matrix, len(docs))
            elif now is not None and now.documents == index.documents and shown:
                # Rebased or grouped again meanwhile (b, a correction): the map waiting
                # for this one gets that of the story the first document is in now.
                self.heat_map(now.story_of(shown[0]).id, event)

        subject = f"Scoring {names([index.documents[d].name for d in shown])}"
        self.runner.start(
            "matrix", lambda _job: index.matrix(shown), done, self.failed.emit, subject=subject
        )
        return True

    def map_again(self) -> None:
        """Grouped again (a correction, b): the heat map asked last is made again, of the
        story (or event) its first document is in now — it outlined the old story, and
        the new levels' letters did not belong to its index."""
        mapped, now = self._mapped, self.index
        if mapped is None or now is None or mapped[0] == self.generation:
            return
        _generation, documents, first, event = mapped
        if now.documents == documents:
            self.heat_map(now.story_of(first).id, event)

    def similarity(self, base: int) -> None:
        """Every document's similarity to ``base`` (for the flat list), in the background."""
        if self.index is not None:
            job = similarity_job(self.index, base)
            self.runner.start("similarity", job, self.similarity_ready.emit, self.failed.emit)

    def build_list(
        self,
        grouped: bool,
        documents: Sequence[Document],
        words: Sequence[int],
        bases: Set[int] = frozenset(),
    ) -> None:
        """Build the list grouped by the index (or flat, ``bases`` marked) in the background
        (10,000 rows take the best part of a second); ``list_built`` brings it."""
        index = self.index if grouped else None
        blank = blank_model()

        def build(_job: Job) -> BuiltList:
            if index is not None:
                return grouped_list(index, words, blank)
            return build_list(documents, words, None, bases, blank=blank)

        def done(built: BuiltList) -> None:
            if documents is self._documents and index is (self.index if grouped else None):
                self.list_built.emit(built)

        self.runner.start("list", build, done, self.failed.emit)
