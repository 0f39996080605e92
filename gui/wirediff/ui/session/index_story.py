"""One story (or event) of an open stories index with every text of its versions, read on
demand.

The story view, the heat maps, the story panel's version table and a story's report need
every text of one story (a heat map of an event: of its stories), which an index does not
hold: they ask here. The versions are read in a worker (texts already read for a pair are
not read again) and put into a story index of their own — the index's stories alone, of
one event, each with the index's base, its documents numbered from 0 in the index's order
— on which those views work as on a folder's. A version that cannot be read is left out
and named (``ArchiveStory.problems``); without its base a story cannot be shown (an
event's heat map leaves that story out). More than ``MAX_VERSIONS`` versions are not read
(a message says so): a story is a few versions, such a one is a grouping gone wrong or a
feed repeating itself.

The story panel's figures (each version against its base, as the pair view compares) are
counted here too, after the story is read (``show``).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from wirediff.core.counts import count
from wirediff.core.document import Document
from wirediff.core.options import CompareOptions
from wirediff.core.reading import ReadError
from wirediff.core.stories import (
    Event,
    SimilarityMatrix,
    Split,
    StoryIndex,
    VersionStats,
    build_story_index,
    doc_key,
)
from wirediff.ui.common.text import one_line
from wirediff.ui.doclist.pages import IndexEntry, IndexEvent, IndexStory
from wirediff.ui.jobs.collector import collection_paused
from wirediff.ui.jobs.runner import Job, Runner
from wirediff.ui.session.stories import MAX_MATRIX
from wirediff.ui.session.versions import StoryDiffs, diffs_key, story_diffs_job

READ, STATS, MATRIX = "index_story", "index_story_stats", "matrix"
MAX_VERSIONS = 200  # versions of one story read at most
KEPT_STORIES = 4  # stories whose texts are kept after they were shown
PANEL, HEAT_MAP, STORY_VIEW = "panel", "heat map", "story view"  # views of one story at a time


@dataclass(frozen=True, slots=True)
class ArchiveStory:
    """A story (or event) of the index with its texts: ``index`` holds it alone (a story:
    story 0; an event: its stories, of event 0)."""

    story: int  # its id in the stories index (an event's id, for an event)
    index: StoryIndex
    entries: tuple[IndexEntry, ...]  # the index's entry of each of ``index``'s documents
    problems: tuple[str, ...]  # the versions left out: "file: reason"
    read: int = 0  # texts read from the archive for it (the others were kept from a pair)
    # The versions left out (as ``problems``): each file and why, for a report's files.
    left_out: tuple[tuple[Path, str], ...] = ()

    @property
    def rows(self) -> tuple[int, ...]:
        """The list row of each of ``index``'s documents."""
        return tuple(e.row for e in self.entries)

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


def read_stories(
    key: int,
    stories: Sequence[IndexStory],
    title: str,
    read: Callable[[IndexEntry], Document],
    kept: Callable[[int], Document | None],
    cancelled: Callable[[], bool],
    event: bool = False,
) -> ArchiveStory | None:
    """Read the versions of ``stories`` into one story index (``event``: a story whose
    base cannot be read is left out; else that refuses them all)."""
    total = sum(len(s.entries) for s in stories)
    if total > MAX_VERSIONS:
        what = f"an event's views (its {len(stories)} stories)" if event else "a story's views"
        raise StoryRefused(
            f"“{one_line(title)}” has {total:,} versions: {what} read at most {MAX_VERSIONS} "
            "texts from an index"
        )
    groups: list[tuple[str, list[Document]]] = []
    read_entries: list[IndexEntry] = []
    problems: list[str] = []
    left_out: list[tuple[Path, str]] = []
    fresh = 0
    for story in stories:
        docs: list[Document] = []
        at: list[IndexEntry] = []
        for entry in story.entries:  # base first, as the index lists them
            if cancelled():
                return None
            try:
                doc = kept(entry.row)
                if doc is None:
                    fresh += 1
                    doc = read(entry)
            except (ReadError, OSError) as exc:
                reason = exc.reason if isinstance(exc, ReadError) else str(exc)
                if entry.base and not event:
                    raise StoryRefused(
                        f"the base of “{one_line(story.title)}”, {entry.doc.path}, cannot "
                        f"be read: {reason}"
                    ) from None
                base = " (its story's base: the story is left out)" if entry.base else ""
                problems.append(f"{entry.doc.path.name}: {reason}{base}")
                left_out.append((entry.doc.path, f"{reason}{base}"))
                if entry.base:
                    break
                continue
            docs.append(doc)
            at.append(entry)
        else:
            groups.append((story.title, docs))
            read_entries.extend(at)
    if not groups:
        raise StoryRefused(f"no base of “{one_line(title)}” can be read: {'; '.join(problems)}")
    index = group_index(groups, title)
    return ArchiveStory(key, index, tuple(read_entries), tuple(problems), fresh, tuple(left_out))


def group_index(groups: Sequence[tuple[str, Sequence[Document]]], title: str) -> StoryIndex:
    """Each group (a title, and its documents base first) as one story of a story index of
    their own, every story of one event titled ``title``, each with the index's base and
    title. The grouping is the index's: each group is made one story (a ``Split``
    correction), whatever the in-process grouping would say of them alone."""
    docs = [d for _title, group in groups for d in group]
    keys = [doc_key(d) for d in docs]
    firsts, corrections, at = [], [], 0
    for _title, group in groups:
        firsts.append(at)
        corrections.append(Split(tuple(keys[at : at + len(group)])))
        at += len(group)
    built = build_story_index(docs, corrections=corrections)
    ids = [built.story_of(first).id for first in firsts]
    if len(set(ids)) != len(groups) or len(built.stories) != len(groups):
        # a correction names documents by text and path: two groups holding the same file
        raise StoryRefused(f"the versions of “{one_line(title)}” could not be put together")
    for story, first in zip(ids, firsts, strict=True):
        if built.stories[story].base != first:
            built = built.with_base(story, first)
    stories = list(built.stories)
    for story, (name, _group) in zip(ids, groups, strict=True):
        stories[story] = replace(stories[story], title=name, event=0, base_overridden=False)
    return replace(built, stories=tuple(stories), events=(Event(0, title, tuple(ids)),))


@dataclass(slots=True)
class _Ask:
    """A story (or event) asked for, and who waits for it: ``(slot, then)``."""

    title: str
    stories: Sequence[IndexStory]
    thens: list[tuple[str | None, Callable[[ArchiveStory], None]]] = field(default_factory=list)


class StoryReader(QObject):
    """Reads stories of the open index for the views that need every text of one, keeps
    the last few, and counts the story panel's figures."""

    story = Signal(object, object, object)  # as StoriesController.story: index, story, stats
    heat_map_started = Signal(str, int, int)  # as StoriesController's: heading, shown, all
    matrix_ready = Signal(object, object, int)  # ... index, SimilarityMatrix, documents
    refused = Signal(str, object)  # why a story cannot be shown; ("story" or "event", id)
    heat_map_failed = Signal(str)  # why the heat map asked for cannot be shown
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
        self._stories: OrderedDict[tuple[str, int], ArchiveStory] = OrderedDict()
        self._stats: dict[object, list[VersionStats] | str] = {}  # or why not counted
        self.diffs: StoryDiffs | None = None  # the story panel's last (the story view's too)
        self._panel: int | None = None  # the story the panel is to show
        self._asks: OrderedDict[tuple[str, int], _Ask] = OrderedDict()  # stories to read
        self._reading: tuple[str, int] | None = None  # ("story" or "event", its id)
        self.reads = 0  # stories read (tests count them)
        self.texts = 0  # ... and the texts read for them
        self.matrix_of: ArchiveStory | None = None  # the story of the last heat map

    def forget(self) -> None:
        for kind in (READ, STATS):
            self.runner.cancel(kind)
        self._stories.clear()
        self._stats, self.diffs, self._panel, self._reading = {}, None, None, None
        self._asks.clear()
        self.matrix_of = None

    def panel_story(self) -> ArchiveStory | None:
        """The story the story panel shows, if read."""
        return None if self._panel is None else self._stories.get(("story", self._panel))

    def text(self, row: int) -> Document | None:
        """A text of a story read (for a pair's reading)."""
        for found in self._stories.values():
            doc = found.doc_of(row)
            if doc is not None:
                return found.index.documents[doc]
        return None

    def fetch(
        self, story: IndexStory, then: Callable[[ArchiveStory], None], slot: str | None = None
    ) -> None:
        """Call ``then`` with ``story`` read: now if it was, else once read in a worker (a
        message if it cannot be). Reads are made one at a time, in the order asked; a new
        ask in a ``slot`` (the story panel, the story view: a view showing one story at a
        time) replaces that slot's earlier ask, whose read is dropped if nobody else waits
        for it. An ask without a slot (a report to write) is always answered."""
        self._fetch(("story", story.id), story.title, [story], then, slot)

    def fetch_event(
        self, event: IndexEvent, then: Callable[[ArchiveStory], None], slot: str | None = None
    ) -> None:
        """Call ``then`` with every story of ``event`` read (as ``fetch``)."""
        self._fetch(("event", event.id), event.title, event.stories, then, slot)

    def _fetch(
        self,
        key: tuple[str, int],
        title: str,
        stories: Sequence[IndexStory],
        then: Callable[[ArchiveStory], None],
        slot: str | None,
    ) -> None:
        if slot is not None:
            self.drop(slot)
        found = self._stories.get(key)
        if found is not None:
            self._stories.move_to_end(key)
            then(found)
            return
        self._asks.setdefault(key, _Ask(title, stories)).thens.append((slot, then))
        self._read_next()

    def drop(self, slot: str) -> None:
        """Forget ``slot``'s ask; a read nobody else waits for is not made (or stopped)."""
        for key, ask in list(self._asks.items()):
            ask.thens = [(s, then) for s, then in ask.thens if s != slot]
            if not ask.thens:
                del self._asks[key]
                if key == self._reading:
                    self.runner.cancel(READ)
                    self._reading = None
        self._read_next()

    def _read_next(self) -> None:
        """Start reading the first story asked for, unless a read is under way."""
        if self._reading is not None or not self._asks:
            return
        key, ask = next(iter(self._asks.items()))
        self._reading, title, stories = key, ask.title, ask.stories
        read = self._reader()
        entries = [e for s in stories for e in s.entries]
        texts = {e.row: self._kept(e.row) for e in entries}
        kept, event = texts.get, key[0] == "event"

        def run(job: Job) -> ArchiveStory | str | None:
            with collection_paused():
                try:
                    return read_stories(key[1], stories, title, read, kept, job.cancelled, event)
                except StoryRefused as refused:
                    return str(refused)

        def answered() -> list[tuple[str | None, Callable[[ArchiveStory], None]]]:
            self._reading = None
            found = self._asks.pop(key, None)
            return [] if found is None else found.thens

        def done(result: ArchiveStory | str | None) -> None:
            waiting = answered()
            if isinstance(result, str):
                self._refuse(result, key, waiting)
            elif result is not None:
                self.reads += 1
                self.texts += result.read
                if result.problems:
                    self.message.emit(f"“{one_line(title)}”{result.note()}")
                self._stories[key] = result
                while len(self._stories) > KEPT_STORIES:
                    self._stories.popitem(last=False)
                for _slot, then in waiting:
                    then(result)
            self._read_next()

        def failed(message: str) -> None:  # not a file that cannot be read: a fault
            self._refuse(message, key, answered())
            self._read_next()

        subject = f"Reading the {len(entries)} versions of “{one_line(title)}”"
        self.runner.start(READ, run, done, failed, subject=subject)

    def _refuse(
        self, why: str, key: tuple[str, int], waiting: Sequence[tuple[str | None, object]]
    ) -> None:
        """The story ``key`` cannot be shown: the views waiting for it stop waiting."""
        why = why[0].upper() + why[1:]
        self.refused.emit(why, key)
        if any(slot == HEAT_MAP for slot, _then in waiting):
            self.heat_map_failed.emit(why)

    # --- the story panel ---------------------------------------------------------------------
    def show(self, story: IndexStory | None, options: CompareOptions) -> None:
        """The story panel: ``story``'s versions against its base (None, or a story of one
        version: hide it); read, then counted, in the background."""
        self._panel = None if story is None else story.id
        if story is None or len(story.entries) < 2:
            self.runner.cancel(STATS)
            self.drop(PANEL)
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

            def failed(message: str) -> None:
                self.failed.emit(message)
                self._stats[key] = message  # said in the panel too (not counted again for it)
                if self._panel == found.story:
                    self.story.emit(index, index.stories[0], message)

            job = story_diffs_job(index, 0, options, True)
            subject = f"Counting the versions of “{one_line(index.stories[0].title)}”"
            self.runner.start(STATS, job, done, failed, subject=subject)

        self.fetch(story, counted, PANEL)

    # --- the heat map ------------------------------------------------------------------------
    def heat_map(self, story: IndexStory, event: IndexEvent | None = None) -> None:
        """Score every pair of ``story``'s versions, or of its ``event``'s documents (at
        most ``MAX_MATRIX``: ``StoryIndex.story_sample``, ``event_sample``), once read."""
        entries = sum(len(s.entries) for s in event.stories) if event else len(story.entries)
        heading = f"Event: {event.title}" if event else f"Story: {story.title}"
        self.heat_map_started.emit(heading, min(entries, MAX_MATRIX), 0)

        def scored(found: ArchiveStory) -> None:
            index = found.index
            docs = index.event_documents(0) if event else index.stories[0].documents
            shown = (
                index.event_sample(0, MAX_MATRIX) if event else index.story_sample(0, MAX_MATRIX)
            )

            def done(matrix: SimilarityMatrix) -> None:
                self.matrix_of = found
                self.matrix_ready.emit(index, matrix, len(docs))
                self.message.emit(f"Heat map of {count(len(shown), 'document')} · {heading}")

            def failed(message: str) -> None:
                self.failed.emit(message)
                self.heat_map_failed.emit(message)

            subject = f"Scoring the documents of “{one_line(index.events[0].title)}”"
            job = lambda _job: index.matrix(shown)  # noqa: E731
            self.runner.start(MATRIX, job, done, failed, subject=subject)

        if event is not None:
            self.fetch_event(event, scored, HEAT_MAP)
        else:
            self.fetch(story, scored, HEAT_MAP)
