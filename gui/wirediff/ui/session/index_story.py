"""One story of an open stories index with every text of its versions, read on demand.

The story view, a story's heat map, the story panel's version table and a story's report
need every text of one story, which an index does not hold: they ask here. The story's
versions are read in a worker (texts already read for a pair are not read again) and put
into a story index of their own — the index's story alone, its base the index's base, its
documents numbered from 0 in the index's order — on which those views work as on a
folder's. A version that cannot be read is left out and named (``ArchiveStory.problems``);
without its base a story cannot be shown. A story of more than ``MAX_VERSIONS`` versions is
not read (a message says so): a story is a few versions, such a one is a grouping gone wrong
or a feed repeating itself.

The story panel's figures (each version against its base, as the pair view compares) are
counted here too, after the story is read (``show``).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from PySide6.QtCore import QObject, Signal

from wirediff.core.document import Document
from wirediff.core.options import CompareOptions
from wirediff.core.reading import ReadError
from wirediff.core.stories import (
    SimilarityMatrix,
    Split,
    StoryIndex,
    VersionStats,
    build_story_index,
    doc_key,
)
from wirediff.ui.common.text import one_line
from wirediff.ui.doclist.pages import IndexEntry, IndexStory
from wirediff.ui.jobs.collector import collection_paused
from wirediff.ui.jobs.runner import Job, Runner
from wirediff.ui.session.stories import MAX_MATRIX
from wirediff.ui.session.versions import StoryDiffs, diffs_key, story_diffs_job

READ, STATS, MATRIX = "index_story", "index_story_stats", "matrix"
MAX_VERSIONS = 200  # versions of one story read at most
KEPT_STORIES = 4  # stories whose texts are kept after they were shown


@dataclass(frozen=True, slots=True)
class ArchiveStory:
    """A story of the index with its texts: ``index`` holds it alone (story 0, event 0)."""

    story: int  # its id in the stories index
    index: StoryIndex
    rows: tuple[int, ...]  # the list row of each of ``index``'s documents
    problems: tuple[str, ...]  # the versions left out: "file: reason"

    def doc_of(self, row: int) -> int | None:
        """The document of ``index`` that is list row ``row``, if read."""
        return self.rows.index(row) if row in self.rows else None

    def note(self) -> str:
        """What the views say about the versions left out ("" when none was)."""
        if not self.problems:
            return ""
        n = len(self.problems)
        left = "1 version" if n == 1 else f"{n} versions"
        return f" (without {left} that cannot be read: {'; '.join(self.problems)})"


class StoryRefused(Exception):
    """The story cannot be shown: ``str(exc)`` says why, naming the file."""


def read_story(
    story: IndexStory,
    read: Callable[[IndexEntry], Document],
    kept: Callable[[int], Document | None],
    cancelled: Callable[[], bool] = lambda: False,
) -> ArchiveStory | None:
    """Read ``story``'s versions (``kept``: a text read already, by row) and make its story
    index; None if ``cancelled``. Raises ``StoryRefused`` when the base cannot be read."""
    if len(story.entries) > MAX_VERSIONS:
        raise StoryRefused(
            f"“{one_line(story.title)}” has {len(story.entries):,} versions: a story's views "
            f"read at most {MAX_VERSIONS} texts from an index"
        )
    docs: list[Document] = []
    rows: list[int] = []
    problems: list[str] = []
    for entry in story.entries:  # base first, as the index lists them
        if cancelled():
            return None
        doc = kept(entry.row)
        if doc is None:
            try:
                doc = read(entry)
            except (ReadError, OSError) as exc:
                reason = exc.reason if isinstance(exc, ReadError) else str(exc)
                if entry.base:
                    raise StoryRefused(
                        f"the base of “{one_line(story.title)}”, {entry.doc.path}, cannot be "
                        f"read: {reason}"
                    ) from None
                problems.append(f"{entry.doc.path.name}: {reason}")
                continue
        docs.append(doc)
        rows.append(entry.row)
    return ArchiveStory(story.id, story_index(docs, story.title), tuple(rows), tuple(problems))


def story_index(docs: Sequence[Document], title: str) -> StoryIndex:
    """``docs`` (the base first) as one story of a story index of their own, titled as the
    index titles it. The grouping is the index's: the documents are made one story (a
    ``Split`` correction), whatever the in-process grouping would say of them alone."""
    keys = tuple(doc_key(d) for d in docs)
    built = build_story_index(docs, corrections=[Split(keys)] if len(docs) > 1 else [])
    if len(built.stories) != 1:  # a correction names documents by text and path
        raise StoryRefused(f"the versions of “{one_line(title)}” could not be put together")
    rebased = built.with_base(0, 0)
    story = replace(rebased.stories[0], title=title, base_overridden=False)
    events = tuple(replace(e, title=title) for e in rebased.events)
    return replace(rebased, stories=(story,), events=events)


class StoryReader(QObject):
    """Reads stories of the open index for the views that need every text of one, keeps
    the last few, and counts the story panel's figures."""

    story = Signal(object, object, object)  # as StoriesController.story: index, story, stats
    heat_map_started = Signal(str, int, int)  # as StoriesController's: heading, shown, all
    matrix_ready = Signal(object, object, int)  # ... index, SimilarityMatrix, documents
    refused = Signal(str)  # a story that cannot be shown, and why
    message = Signal(str)  # versions of a story read that could not be read
    failed = Signal(str)

    def __init__(
        self,
        runner: Runner,
        reader: Callable[[], Callable[[IndexEntry], Document]],
        kept: Callable[[int], Document | None],
        parent: QObject | None = None,
    ) -> None:
        """``reader()``: how the open index reads an entry's text; ``kept(row)``: a text
        read already (for a pair), else None."""
        super().__init__(parent)
        self.runner, self._reader, self._kept = runner, reader, kept
        self._stories: OrderedDict[int, ArchiveStory] = OrderedDict()
        self._stats: dict[object, list[VersionStats]] = {}
        self.diffs: StoryDiffs | None = None  # the story panel's last (the story view's too)
        self._panel: int | None = None  # the story the panel is to show
        self._then: list[Callable[[ArchiveStory], None]] = []  # waiting for the story read
        self._reading: int | None = None
        self.reads = 0  # stories read (tests count them)
        self.matrix_of: ArchiveStory | None = None  # the story of the last heat map

    def forget(self) -> None:
        for kind in (READ, STATS):
            self.runner.cancel(kind)
        self._stories.clear()
        self._stats, self.diffs, self._panel, self._then, self._reading = {}, None, None, [], None
        self.matrix_of = None

    def panel_story(self) -> ArchiveStory | None:
        """The story the story panel shows, if read."""
        return None if self._panel is None else self._stories.get(self._panel)

    def text(self, row: int) -> Document | None:
        """A text of a story read (for a pair's reading)."""
        for found in self._stories.values():
            doc = found.doc_of(row)
            if doc is not None:
                return found.index.documents[doc]
        return None

    def cached(self, story: int) -> ArchiveStory | None:
        return self._stories.get(story)

    def fetch(self, story: IndexStory, then: Callable[[ArchiveStory], None]) -> None:
        """Call ``then`` with ``story`` read: now if it was, else once read in a worker
        (a message if it cannot be; the last story asked for wins)."""
        found = self._stories.get(story.id)
        if found is not None:
            self._stories.move_to_end(story.id)
            then(found)
            return
        if self._reading == story.id and self.runner.running(READ):
            self._then.append(then)
            return
        self._then, self._reading = [then], story.id
        read = self._reader()
        texts = {e.row: self._kept(e.row) for e in story.entries}
        kept = texts.get

        def run(job: Job) -> ArchiveStory | str | None:
            with collection_paused():
                try:
                    return read_story(story, read, kept, job.cancelled)
                except StoryRefused as refused:
                    return str(refused)

        def done(result: ArchiveStory | str | None) -> None:
            self._reading = None
            waiting, self._then = self._then, []
            if isinstance(result, str):
                self.refused.emit(result[0].upper() + result[1:])
                return
            if result is None:
                return
            self.reads += 1
            if result.problems:
                self.message.emit(f"“{one_line(story.title)}”{result.note()}")
            self._stories[story.id] = result
            while len(self._stories) > KEPT_STORIES:
                self._stories.popitem(last=False)
            for then in waiting:
                then(result)

        names = one_line(story.title)
        subject = f"Reading the {len(story.entries)} versions of “{names}”"
        self.runner.start(READ, run, done, self.failed.emit, subject=subject)

    # --- the story panel ---------------------------------------------------------------------
    def show(self, story: IndexStory | None, options: CompareOptions) -> None:
        """The story panel: ``story``'s versions against its base (None, or a story of one
        version: hide it); read, then counted, in the background."""
        self._panel = None if story is None else story.id
        if story is None or len(story.entries) < 2:
            self.runner.cancel(STATS)
            self.story.emit(None, None, None)
            return

        def counted(found: ArchiveStory) -> None:
            if self._panel != found.story:
                return
            index = found.index
            key = diffs_key(index, 0, options, True)
            stats = self._stats.get(key)
            self.story.emit(index, index.stories[0], stats)
            if stats is not None or len(index.documents) < 2:
                return

            def done(diffs: StoryDiffs | None) -> None:
                if diffs is None:
                    return
                self.diffs = diffs
                self._stats[key] = diffs.stats()
                if self._panel == found.story:
                    self.story.emit(index, index.stories[0], self._stats[key])

            job = story_diffs_job(index, 0, options, True)
            subject = f"Counting the versions of “{one_line(index.stories[0].title)}”"
            self.runner.start(STATS, job, done, self.failed.emit, subject=subject)

        self.fetch(story, counted)

    # --- the heat map ------------------------------------------------------------------------
    def heat_map(self, story: IndexStory) -> None:
        """Score every pair of ``story``'s versions (the first ``MAX_MATRIX``), once read."""
        heading = f"Story: {story.title}"
        self.heat_map_started.emit(heading, min(len(story.entries), MAX_MATRIX), 0)

        def scored(found: ArchiveStory) -> None:
            index = found.index
            shown = index.stories[0].documents[:MAX_MATRIX]

            def done(matrix: SimilarityMatrix) -> None:
                self.matrix_of = found
                self.matrix_ready.emit(index, matrix, len(index.documents))

            subject = f"Scoring the versions of “{one_line(story.title)}”"
            job = lambda _job: index.matrix(shown)  # noqa: E731
            self.runner.start(MATRIX, job, done, self.failed.emit, subject=subject)

        self.fetch(story, scored)
