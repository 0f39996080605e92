"""A stories index open in the app: its list a page at a time, two texts read per pair.

File ▸ Open stories index… hands the folder here. Opening it (the index's small tables and
the first page of the list) runs in a worker; so does every later page, asked for when the
list is scrolled near its end, the search of the whole index when the list's filter changes
(``search``: the pages are then of the matching documents), the pages sorted again when a
column is clicked (``sort``), and the reading of the two texts of a pair. Nothing reads a
text until a pair is shown; the texts of the last pairs are kept (the base of a story is
read once while its versions are compared with it). What needs every text of a story or an
event (the story panel, the story view, heat maps, story reports) reads it through
``stories`` (``index_story.StoryReader``).

The pair of a selection follows the grouped folder's rule: a version against its story's
base, a story's base (a lone article too) against the base of its event's first story,
the older of the two on the left when both are dated.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from wirediff.core.chronology import earlier
from wirediff.core.document import Document
from wirediff.core.options import CompareOptions
from wirediff.ui.common.text import one_line
from wirediff.ui.common.timers import timer
from wirediff.ui.doclist.pages import IndexEntry, IndexEvent, IndexStory, Order, Page
from wirediff.ui.jobs.collector import collection_paused
from wirediff.ui.jobs.runner import Job, Runner
from wirediff.ui.session.comparing import DEBOUNCE_MS, Alone, ComparingController, Request
from wirediff.ui.session.index_source import (
    IndexRefused,
    IndexSource,
    missing_text,
    scale_missing,
    shown,
    why,
)
from wirediff.ui.session.index_story import StoryReader

OPEN, PAGE, TEXTS, FILTER = "index", "index_page", "index_texts", "index_filter"
KEPT_TEXTS = 16  # documents whose text is kept after a pair was shown
# Pages listed at once. Qt lays every listed row out again when rows are added (2.5 µs a
# row: 150 ms at 18,000 events listed), so past this the list moves on (two pages listed).
MAX_PAGES = 12
DAMAGE_SHOWN = 10  # damaged stories named in one message (a part out of order: every one)


@dataclass(slots=True)
class Opened:
    """An index opened in a worker, with the first page of its list."""

    source: IndexSource
    folder: Path
    documents: int
    stories: int
    events: int
    page: Page


@dataclass(frozen=True, slots=True)
class Listed:
    """The first page of the list after its filter changed: of the documents ``found``
    (a ``reader.Matches``: ``text``, ``count``, ``events``), or of the whole index (None)."""

    page: Page
    found: Any


@dataclass(frozen=True, slots=True)
class Unsearched:
    """The filter's ``text`` could not be searched (``why``: the part and the reason):
    nothing is listed under it (the whole index listed would look like its matches)."""

    text: str
    why: str
    count: int = 0


@dataclass(frozen=True, slots=True)
class Refusal:
    """Why a folder was not opened (a message box: title and text)."""

    title: str
    text: str


def open_job(folder: Path) -> Callable[[Job], Opened | Refusal]:
    def run(_job: Job) -> Opened | Refusal:
        try:
            with collection_paused():
                source = IndexSource(folder)
                page = source.page(0)
        except IndexRefused as refused:
            return Refusal(refused.title, refused.text)
        except Exception as exc:  # a part that opens but cannot be read
            reason = f"{shown(folder)} cannot be read:\n\n{why(folder, exc)}"
            return Refusal("Damaged stories index", reason)
        return Opened(source, folder, source.documents, source.stories, source.events, page)

    return run


class IndexController(QObject):
    """Owns the open stories index (if any), the pages of its list read so far, and the
    reading of a pair's texts."""

    opened = Signal(object)  # Opened: show the index's first page in place of the list
    page_ready = Signal(object)  # Page: append it to the list
    window_ready = Signal(object)  # list[Page]: list these in place of the pages listed
    listed = Signal(object)  # Listed: the filter changed; list this page in place of all
    sorted_ready = Signal(object)  # list[Page]: the pages listed, sorted as asked
    refused = Signal(str, str)  # title, text: the folder was not opened (what is open stays)
    damaged = Signal(str, bool)  # what of the index is damaged and left out; first time: True
    message = Signal(str)
    failed = Signal(str)

    def __init__(
        self,
        runner: Runner,
        comparing: ComparingController,
        options: Callable[[], CompareOptions],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner, self.comparing, self._options = runner, comparing, options
        self.source: IndexSource | None = None
        self.folder: Path | None = None
        self.total = 0  # events in the index
        self.next = 0  # the first event after the list's last page
        self.starts = [0]  # the first event of each page met so far, in order
        self.shown: list[int] = []  # the first events of the pages listed
        self.entries: dict[int, IndexEntry] = {}  # by row: the documents listed so far
        self._stories: dict[int, IndexStory] = {}
        self._events: dict[int, IndexEvent] = {}
        self._page_of: dict[int, int] = {}  # the first event of a listed row's page
        self._texts: OrderedDict[int, Document] = OrderedDict()
        self.reads = 0  # texts read from the archive (tests count them)
        self._reading: tuple[int, ...] | None = None  # the rows of the texts last read
        # A document with nothing to compare it with, and why: read once selection rests.
        self._alone: tuple[IndexEntry, str] | None = None
        self._alone_soon = timer(self, DEBOUNCE_MS)
        self._alone_soon.timeout.connect(self._read_alone)
        self.stories = StoryReader(runner, self._reader, self._texts.get, self)
        self.found: Any = None  # the documents the filter found (None: the whole index)
        self.searched = ""  # the filter's text the list shows (or is being searched for)
        self.order: Order | None = None  # versions sorted by a column in their story
        self.damage: dict[str, None] = {}  # the damage said so far (stories left out), in order

    @property
    def active(self) -> bool:
        return self.source is not None

    def open(self, folder: Path) -> None:
        """Open ``folder`` as a stories index in the background; what is open stays until
        it has opened (``opened``), and stays if it cannot be (``refused``)."""
        missing = scale_missing()
        if missing is not None:
            self.refused.emit("The scale extra is not installed", missing_text(missing))
            return
        subject = f"Opening the stories index {one_line(str(folder))}"
        self.message.emit(f"{subject}…")
        self.runner.start(OPEN, open_job(folder), self._opened, self.failed.emit, subject=subject)

    def _opened(self, result: Opened | Refusal) -> None:
        if isinstance(result, Refusal):
            self.refused.emit(result.title, result.text)
            return
        self.close()
        self.source, self.folder = result.source, result.folder
        self._reset(result.events)
        self._add(result.page)
        self.opened.emit(result)
        self._say_damage([result.page])

    def close(self) -> None:
        """Another folder or index: forget this one and its jobs, an index still opening too
        (what was opened last is what is shown)."""
        for kind in (OPEN, PAGE, TEXTS, FILTER):
            self.runner.cancel(kind)
        self._alone_soon.stop()
        self._alone = None
        self.source, self.folder, self.order = None, None, None
        self.damage = {}
        self._reset(0)
        self._texts.clear()
        self.stories.forget()

    def _reader(self) -> Callable[[IndexEntry], Document]:
        source = self.source
        assert source is not None  # a story is read from an open index
        return source.read

    def story(self, story_id: int | None) -> IndexStory | None:
        """A story listed (None: none, or not listed)."""
        return None if story_id is None else self._stories.get(story_id)

    def listed_event(self, event_id: int) -> IndexEvent | None:
        """An event listed."""
        return self._events.get(event_id)

    def _reset(self, total: int, found: Any = None) -> None:
        """Nothing listed yet, of ``total`` events (of the whole index, or the ``found``)."""
        self.total, self.next, self.found = total, 0, found
        self.searched = "" if found is None else found.text
        self.starts, self.shown = [0], []
        self.entries, self._stories, self._events = {}, {}, {}
        self._page_of = {}

    # --- the filter --------------------------------------------------------------------------
    def search(self, text: str) -> None:
        """The list's filter changed: list the documents of the whole index whose title,
        outlet, date or file name contain ``text`` (searched in a worker; a newer text
        drops the search under way), or, with ``text`` empty, the index's first page."""
        source = self.source
        if source is None or text == self.searched:
            return
        self.searched = text
        self.runner.cancel(PAGE)  # a page of what was listed
        if not text and self.found is None:
            self.runner.cancel(FILTER)  # a search given up before it listed anything
            return
        self._search(source, text)

    def _search(self, source: IndexSource, text: str) -> None:
        """Search in a worker (dropping the search under way), in the order asked now."""
        order = self.order

        def job(job: Job) -> Listed | None:
            with collection_paused():
                found = source.search(text, job.cancelled) if text else None
                if text and found is None:
                    return None  # cancelled
                return Listed(source.page(0, found, order), found)

        def done(listed: Listed | None) -> None:
            if listed is None or self.source is not source:
                return
            found = listed.found
            self._reset(listed.page.total, found)
            self._add(listed.page)
            self.listed.emit(listed)
            self._say_damage([listed.page])

        def failed(message: str) -> None:
            if self.source is not source:
                return
            unsearched = Unsearched(text, message)
            self._reset(0, unsearched)
            self.listed.emit(Listed(Page(0, [], 0), unsearched))  # no events: no rows
            self.failed.emit(message)

        what = f"Searching the index for “{one_line(text)}”" if text else "Reading the index"
        self.message.emit(f"{what}…")
        self.runner.start(FILTER, job, done, failed, subject=what)

    # --- pages -------------------------------------------------------------------------------
    def more(self) -> None:
        """The list is scrolled near its end: append the next page, or, with ``MAX_PAGES``
        listed, list the last page and the next one instead (``window_ready``)."""
        if self.next >= self.total:
            return
        if len(self.shown) < MAX_PAGES:
            self._read([self.next], append=True)
        else:
            self._read([self.shown[-1], self.next])

    def earlier(self) -> None:
        """The list is scrolled to its top: list the page before it and the first one."""
        first = self.shown[0] if self.shown else 0
        if first > 0:
            self._read([self.starts[self.starts.index(first) - 1], first])

    def sort(self, column: int, descending: bool, row: int | None = None) -> None:
        """The list's header was clicked: list the page of ``row`` (the current one) again,
        each story's versions sorted by ``column``; the pages around it follow, sorted too,
        as the list is scrolled (one page swapped in, not the 12 that may be listed: that
        stalled 450 ms). Events and stories stay in the index's order: sorting them would
        sort the pages listed, a few thousand of the archive's documents, not the archive."""
        order = (column, descending) if column >= 0 else None  # (-1: the index's order)
        if self.source is None or self.order == order:
            return
        self.order = order
        self.runner.cancel(PAGE)
        if self.runner.running(FILTER):  # its matches come in the order it was started in
            self._search(self.source, self.searched)
            return
        at = self._page_of.get(row, self.shown[0]) if row is not None and self.shown else 0
        at = self.shown.index(at) if at in self.shown else 0
        self._read(self.shown[at : at + 1] or [0], sort=True)

    def _read(self, firsts: list[int], append: bool = False, sort: bool = False) -> None:
        """Read the pages starting at events ``firsts`` in a worker, unless pages are on
        their way already (``sort``: the pages listed, sorted again)."""
        source, found, order = self.source, self.found, self.order
        busy = self.runner.running(PAGE) or self.runner.running(FILTER)
        if source is None or busy or isinstance(found, Unsearched):
            return

        def job(_job: Job) -> list[Page]:
            # A page is thousands of objects kept while the index is open: the collector's
            # full passes over them (70-100 ms, holding the GIL) froze the window.
            with collection_paused():
                return [source.page(first, found, order) for first in firsts]

        def done(pages: list[Page]) -> None:
            if self.source is not source or self.found is not found:
                return
            if append:
                self._add(pages[0])
                self.page_ready.emit(pages[0])
            else:
                self.shown, self.entries, self._stories, self._events = [], {}, {}, {}
                self._page_of = {}
                for page in pages:
                    self._add(page)
                (self.sorted_ready if sort else self.window_ready).emit(pages)
            self._say_damage(pages)

        subject = "Reading the stories index"
        self.runner.start(PAGE, job, done, self.failed.emit, subject=subject)

    def _add(self, page: Page) -> None:
        self.shown.append(page.first)
        if page.first == self.starts[-1] and page.end < self.total:
            self.starts.append(page.end)  # where the next page starts, now known
        self.next = page.end
        for event in page.events:
            self._events[event.id] = event
            for story in event.stories:
                self._stories[story.id] = story
                for entry in story.entries:
                    if entry.listed:
                        self.entries[entry.row] = entry
                        self._page_of[entry.row] = page.first

    def _say_damage(self, pages: list[Page]) -> None:
        """Say what of ``pages`` was left out as damaged, when not said before (``damaged``:
        the first time for this index with True, for a message box; later in a line)."""
        new = list(dict.fromkeys(d for page in pages for d in page.damage if d not in self.damage))
        if not new:
            return
        first = not self.damage
        self.damage.update(dict.fromkeys(new))
        folder = shown(self.folder) if self.folder is not None else "The index"
        n = len(new)
        left = "1 story" if n == 1 else f"{n:,} stories"
        text = (
            f"{folder} is damaged: {left} of it cannot be listed and "
            f"{'is' if n == 1 else 'are'} left out; the rest is listed.\n\n"
            + "\n".join(new[:DAMAGE_SHOWN])
            + (f"\n… and {n - DAMAGE_SHOWN:,} more" if n > DAMAGE_SHOWN else "")
        )
        self.damaged.emit(text, first)

    def loaded(self) -> tuple[int, int, int]:
        """The first event listed, the event after the last listed, the events in all."""
        return (self.shown[0] if self.shown else 0), self.next, self.total

    # --- the pair ----------------------------------------------------------------------------
    def pair_for(self, row: int | None) -> tuple[IndexEntry, IndexEntry] | str:
        """The two documents to compare for a selected row, or what to say instead."""
        entry = self.entries.get(row) if row is not None else None
        if entry is None:
            return "Select a version to compare it with its story's base."
        story, event = self._stories.get(entry.story), self._events.get(entry.event)
        if story is None or event is None:  # never listed so (``check_story``): a safeguard
            return "This document names a story the list does not hold: the index is damaged."
        if not entry.base:
            other = story.entries[0]
        else:
            first = event.stories[0].entries[0]
            if first.row != entry.row:
                other = first
            elif len(story.entries) > 1:
                return "This is the base of its story. Select another version to compare it."
            elif len(event.stories) > 1:
                other = event.stories[1].entries[0]
            else:
                return "A lone article: the index holds no other version of it."
        left, right = other, entry
        if earlier(right.doc, left.doc):
            left, right = right, left
        return left, right

    def select(self, row: int | None, soon: bool = True) -> None:
        """The list's current row changed: read the pair's texts, then compare them; a
        document with nothing to compare it with (a lone article) is read and shown by
        itself, with the words saying why."""
        self._alone_soon.stop()
        pair = self.pair_for(row)
        if not isinstance(pair, str):
            self._compare(pair)
            return
        entry = self.entries.get(row) if row is not None else None
        self.runner.cancel(TEXTS)
        self._reading = None
        if entry is None or entry.story not in self._stories:
            self.comparing.request(None, pair, soon)
            return
        # Read once the list rests on it (not for a row the list passes on the way, as
        # the first row it makes current while it opens).
        self._alone = entry, pair
        if soon:
            self._alone_soon.start()
        else:
            self._read_alone()

    def _read_alone(self) -> None:
        """Read the text of the document with nothing to compare it with, then show it."""
        if self._alone is None:
            return
        entry, why = self._alone

        def show(texts: dict[int, Document]) -> None:
            alone = Alone(entry.row, texts[entry.row])
            self.comparing.request(None, why, soon=False, alone=alone)

        self._read_texts((entry,), show, "Showing")

    def open_entries(self, left: IndexEntry, right: IndexEntry) -> None:
        """Compare ``left`` (on the left) and ``right``: a pair chosen elsewhere (the heat
        map, the story view, the story panel), listed now or not (the list moved on, or
        its filter hides them, since that view read its story)."""
        self._alone_soon.stop()
        self._compare((left, right))

    def _compare(self, pair: tuple[IndexEntry, IndexEntry]) -> None:
        """Read the two texts of ``pair`` (those not kept), then compare them."""
        options = self._options()

        def compare(texts: dict[int, Document]) -> None:
            left, right = pair
            request = Request(left.row, right.row, texts[left.row], texts[right.row], options)
            self.comparing.request(request, soon=False)

        self._read_texts(pair, compare, "Comparing")

    def _read_texts(
        self,
        entries: tuple[IndexEntry, ...],
        then: Callable[[dict[int, Document]], None],
        doing: str,
    ) -> None:
        """Read the texts of ``entries`` (those not kept), then give them to ``then`` (by
        row); a read of other entries is dropped, one of these goes on (the list asks again
        for the row it keeps current when its pages change). ``doing``: what the job says
        it does when every text is kept."""
        rows = tuple(e.row for e in entries)
        if rows == self._reading and self.runner.running(TEXTS):
            return
        self.runner.cancel(TEXTS)
        self._reading = rows
        source = self.source
        assert source is not None  # entries come from an open index
        kept: dict[int, Document] = {}
        for e in entries:
            doc = self.kept(e.row)
            if doc is not None:
                kept[e.row] = doc
        wanted = [e for e in entries if e.row not in kept]

        def run(_job: Job) -> dict[int, Document]:
            return {e.row: source.read(e) for e in wanted}

        def done(texts: dict[int, Document]) -> None:
            if self.source is not source:
                return
            self.reads += len(texts)
            kept.update(texts)
            for row, doc in kept.items():
                self._texts[row] = doc
                self._texts.move_to_end(row)
            while len(self._texts) > KEPT_TEXTS:
                self._texts.popitem(last=False)
            then(kept)

        names = " and ".join(one_line(e.doc.name) for e in wanted)
        subject = f"Reading {names}" if wanted else doing
        self.runner.start(TEXTS, run, done, self._failed, subject=subject)

    def kept(self, row: int) -> Document | None:
        """The document of ``row`` with its text, if it was read for a pair or a story and
        is still kept."""
        return self._texts.get(row) or self.stories.text(row)

    def _failed(self, message: str) -> None:
        self.comparing.request(None, f"{message}.")
        self.failed.emit(message)
