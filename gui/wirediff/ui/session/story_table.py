"""The story view's table, built in the background: every version of a story compared with
its base (one aligned diff each, as the pair view compares them) and laid out unit by unit.

The table is built with the pair view's compare options and boilerplate setting, so that a
cell's rows are the rows of that version's pair diff: the view can open the pair at them.
Versions are in time order (undated ones last). A table already built is not built again, and
the story panel's diffs of the same story (``versions``) are laid out, not compared again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from wirediff.core.chronology import time_order
from wirediff.core.options import CompareOptions
from wirediff.core.stories import StoryIndex
from wirediff.core.storytable import assemble
from wirediff.ui.jobs.collector import collection_paused
from wirediff.ui.jobs.runner import Job, Runner
from wirediff.ui.session.versions import Key, StoryDiffs, diffs_key, story_diffs_job
from wirediff.ui.storyview.data import StoryTableData, prepare

KIND = "story_table"


@dataclass(frozen=True, slots=True)
class TableRequest:
    """A story of an index, compared as the pair view compares (options, boilerplate)."""

    index: StoryIndex
    story: int
    options: CompareOptions
    keep_boilerplate: bool

    def key(self) -> Key:
        return diffs_key(self.index, self.story, self.options, self.keep_boilerplate)


def table_job(
    request: TableRequest, diffs: StoryDiffs | None = None
) -> Callable[[Job], StoryTableData | None]:
    """Compare each version with the base (progress per version, cancel between them) unless
    ``diffs`` are these comparisons already (the story panel's), lay the table out in time
    order and measure its cells."""

    def run(job: Job) -> StoryTableData | None:
        index, story = request.index, request.story
        found = diffs if diffs is not None and diffs.key == request.key() else None
        with collection_paused():  # no GIL-holding collections of the diffs being built
            if found is None:
                found = story_diffs_job(index, story, request.options, request.keep_boilerplate)(
                    job
                )
            if found is None:
                return None
            order = time_order(found.docs, index.documents)
            at = {doc: i for i, doc in enumerate(found.docs)}
            table = assemble(
                found.base,
                [found.versions[at[d]] for d in order],
                [found.comparisons[at[d]] for d in order],
                request.options,
            )
            title = index.stories[story].title
            base = index.stories[story].base
            return prepare(table, story, title, (base, *order), request.key())

    return run


class StoryTableController(QObject):
    """Builds the story table asked for; keeps the last one built."""

    progress = Signal(int, int)  # versions compared, versions in all
    ready = Signal(object)  # StoryTableData
    failed = Signal(str)

    def __init__(self, runner: Runner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.current: StoryTableData | None = None
        self._asked: tuple[object, ...] | None = None  # the key of the job under way

    def build(self, request: TableRequest, diffs: StoryDiffs | None = None) -> None:
        """Build the table of ``request`` (``ready`` brings it; at once if it is built),
        from ``diffs`` if they are its comparisons."""
        key = request.key()
        if self.current is not None and self.current.key == key:
            self.cancel()  # back to the table built: another on its way would say its progress
            self.ready.emit(self.current)
            return
        if self._asked == key and self.runner.running(KIND):
            return  # on its way
        self._asked = key
        versions = len(request.index.stories[request.story].versions) - 1
        self.progress.emit(0, versions)
        job = table_job(request, diffs)
        self.runner.start(KIND, job, self._built, self._failed, self._progress)

    def building(self) -> bool:
        return self.runner.running(KIND)

    def cancel(self) -> None:
        self.runner.cancel(KIND)
        self._asked = None

    def forget(self) -> None:
        """Another folder, or another grouping: drop the table and any on its way."""
        self.cancel()
        self.current = None

    def _progress(self, done: int, total: int, _payload: object) -> None:
        self.progress.emit(done, total)

    def _built(self, data: StoryTableData | None) -> None:
        self._asked = None
        if data is not None:
            self.current = data
            self.ready.emit(data)

    def _failed(self, message: str) -> None:
        self._asked = None
        self.failed.emit(message)
