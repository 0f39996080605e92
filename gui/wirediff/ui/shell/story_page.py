"""The story view as a page of the middle area: Ctrl+K opens it on the current story, Esc
goes back to the pair, Enter on a cell opens that version's pair at that row. While it is
open it follows the list's current story and the pair view's compare options."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import QObject, SignalInstance

from wirediff.core.stories import StoryIndex
from wirediff.core.storytable import StoryTable
from wirediff.ui.common.timers import timer
from wirediff.ui.session.comparing import DEBOUNCE_MS, Look
from wirediff.ui.session.derivation import Level
from wirediff.ui.session.index_story import STORY_VIEW, ArchiveStory
from wirediff.ui.session.session import Session
from wirediff.ui.session.story_table import StoryTableController, TableRequest
from wirediff.ui.session.versions import Key, StoryDiffs
from wirediff.ui.shell.parts import PAIR_PAGE, STORY_PAGE, Parts
from wirediff.ui.storyview.cells import BASE_COLUMN
from wirediff.ui.storyview.data import StoryTableData
from wirediff.ui.storyview.view import HINT, shorter_hints

ONE_VERSION = "This story has one version: nothing to read side by side"
NONE_LISTED = (
    "The filter lists no story to read side by side (of two versions or more): back to the pair"
)


def pair_row(table: StoryTable, row: int, version: int) -> int:
    """The row of ``version``'s pair diff to open for table row ``row``: the cell's first,
    else (the version has no text there) the first of its rows after it, else its last."""
    cell = table.cell(row, version)
    if cell.pair_rows:
        return cell.pair_rows[0]
    after = [i for i, r in enumerate(table.columns[version].table_rows) if r >= row]
    return after[0] if after else max(0, len(table.columns[version].table_rows) - 1)


@dataclass(frozen=True, slots=True)
class Start:
    """Where the cell cursor starts in a story's table: the version the reader was on (the
    document selected in the list, else the one beside it on screen), at the unit she was
    reading when that version's pair with the base is the pair on screen (``row``: the row
    of that pair's diff she was at, ``rows``: how many it has, to check it is the table's
    comparison)."""

    doc: int | None
    pair: tuple[int, int] | None = None
    row: int | None = None
    rows: int = 0

    def cell(self, data: StoryTableData) -> tuple[int, int] | None:
        """(row, column) of ``data`` to start on; None: the view's own start."""
        if self.doc is None or self.doc not in data.docs[1:]:
            return None
        column = data.docs.index(self.doc, 1)
        table_rows = data.table.columns[column - 1].table_rows
        row = self.row
        if self.pair != (data.docs[0], self.doc) or row is None or len(table_rows) != self.rows:
            return 0, column  # (the pair on screen is not the table's: its top)
        return (table_rows[row] if 0 <= row < len(table_rows) else 0), column


class StoryPage(QObject):
    """Opens and closes the story view, builds its table, and opens pairs from it."""

    def __init__(
        self,
        session: Session,
        parts: Parts,
        look: Callable[[], Look],
        comparison_shown: SignalInstance,
    ) -> None:
        super().__init__(session)
        self.session, self.parts, self.look = session, parts, look
        self.view = parts.story_view
        self.tables = StoryTableController(session.runner, self)
        self._title = ""
        self._hinted = False  # the status line shows the story view's keys
        self._asked: Key | None = None  # the table on screen or being built
        self._pending: tuple[int, int, int] | None = None  # (base, version, pair row)
        self._start: Start | None = None  # where the next table shown starts (Ctrl+K)
        # The table asked for, whose versions the story panel is comparing already: built
        # from the panel's diffs when they come (not compared twice).
        self._awaiting: TableRequest | None = None
        self.archived: ArchiveStory | None = None  # a stories index's story on screen
        self.archive_asked: int | None = None  # ... the story being read for it
        session.archive.stories.refused.connect(self._archive_refused)
        self.tables.progress.connect(
            lambda done, total: self.view.waiting(self._title, done, total)
        )
        self.tables.ready.connect(self._ready)
        self.tables.failed.connect(self._failed)
        self.view.pair_requested.connect(self.open_pair)
        self.view.cancel_requested.connect(self.close)
        session.stories.counting.connect(self._counting)
        session.stories.counted.connect(self._counted)
        session.documents_loaded.connect(self._forget)
        session.index_opened.connect(self._forget)
        session.derivation.levels_ready.connect(self._levels)
        session.pair_hidden = self.showing  # the status line is the story view's
        # What the table is built from may have changed: the story panel shows the current
        # story (after a move, an option or boilerplate change), the list's current row
        # moved (onto a story's own row too): the view follows a moment later, once for a
        # burst of keys, after what they say. The folder was grouped again: at once.
        self._soon = timer(self, DEBOUNCE_MS)
        self._soon.timeout.connect(self._follow)
        session.stories.story.connect(self._follow_soon)
        session.archive.stories.story.connect(self._follow_soon)  # (a stories index's)
        parts.doc_list.current_changed.connect(self._follow_soon)
        parts.doc_list.filtered.connect(self._filtered)
        session.stories_ready.connect(self._follow)  # a correction, b
        comparison_shown.connect(self._scroll_to_pending)

    def showing(self) -> bool:
        return self.parts.pages.currentIndex() == STORY_PAGE

    def toggle(self) -> None:
        """Ctrl+K: the story view of the current story, or back to the pair."""
        if self.showing():
            self.close()
        else:
            self.open()

    def open(self) -> None:
        session = self.session
        if session.archive.active:
            self._open_archive()
            return
        index, story = session.index, session.view.current_story()
        if index is None or story is None:
            session.message.emit(
                "The story view needs stories: select a version once they are grouped"
            )
            return
        if len(index.stories[story].versions) < 2:
            session.message.emit(ONE_VERSION)
            return
        self._start = self._reading(index, story)
        self._show(index, story, not session.hide_boilerplate, session.stories.diffs)

    def _reading(self, index: StoryIndex, story: int) -> Start:
        """What the reader is on in ``story``: the version selected in the list, else the
        one on screen beside it (not the story's base: its column is every row's own), and
        where she is in the pair on screen."""
        selection, base = self.session.selection, index.stories[story].base
        pair = selection.pair()
        beside = () if pair is None else (pair[1], pair[0])
        doc = next(
            (
                d
                for d in (selection.selected, *beside)
                if d is not None and d != base and index.story_of(d).id == story
            ),
            None,
        )
        shown, diff = self.session.current, self.parts.diff
        if shown is None or diff.comparison is None or self.session.comparing.pending():
            return Start(doc)
        return Start(doc, shown.pair, diff.reading_row(), len(diff.comparison.rows))

    def _show(
        self,
        index: StoryIndex,
        story: int,
        keep: bool,
        diffs: StoryDiffs | None,
        focus: bool = True,
    ) -> None:
        """Build (or show, if built) the table of ``story``, compared as the pair view
        compares; ``focus``: the view takes the keyboard (Ctrl+K, a key in the view)."""
        self._title = index.stories[story].title
        look = self.look()
        self.view.set_look(look.theme, look.font)
        self.parts.pages.setCurrentIndex(STORY_PAGE)
        request = TableRequest(index, story, self.session.options, keep)
        self._asked, self._awaiting = request.key(), None
        built = self.tables.current
        if self.session.stories.counting_key(self._asked) and (
            built is None or built.key != self._asked
        ):
            self.tables.cancel()  # (another story's table on its way)
            self._awaiting = request
            self.view.waiting(self._title, 0, len(index.stories[story].versions) - 1)
        else:
            self.tables.build(request, diffs)
        if focus:
            (self.view if self.view.building() else self.view.table).setFocus()

    def _has_focus(self) -> bool:
        """Whether the keyboard is in the story view (not in the list beside it)."""
        widget = self.view.window().focusWidget()
        return widget is not None and (widget is self.view or self.view.isAncestorOf(widget))

    def _open_archive(self) -> None:
        """A stories index: read the current story's texts, then show it as a folder's."""
        archive = self.session.archive
        story = archive.story(self.session.row_story)
        if story is None:
            self.session.message.emit("The story view needs a story: select one of its versions")
            return
        if len(story.entries) < 2:
            self.session.message.emit(ONE_VERSION)
            return
        self.archived, self._title = None, story.title
        self.parts.pages.setCurrentIndex(STORY_PAGE)
        self.view.waiting(story.title, 0, len(story.entries) - 1)
        self.view.setFocus()
        asked = self.archive_asked = story.id

        def then(found: ArchiveStory) -> None:
            if not self.showing() or self.archive_asked != asked:
                return
            if len(found.index.documents) < 2:
                self.session.message.emit(f"Only the base of the story can be read{found.note()}")
                self.close()
                return
            self.archived = found
            self._show(found.index, 0, True, archive.stories.diffs)

        archive.stories.fetch(story, then, STORY_VIEW)

    def _archive_refused(self, _message: str, key: tuple[str, int]) -> None:
        """The story asked for cannot be read (the reader says why): back to the pair."""
        asked = self.archive_asked
        if self.showing() and self.archived is None and key == ("story", asked):
            self.archive_asked = None
            self._back_to_pair()

    def _counting(self, key: Key, done: int, total: int) -> None:
        if self._awaiting is not None and self._awaiting.key() == key:
            self.view.waiting(self._title, done, total)

    def _counted(self, key: Key, diffs: StoryDiffs | None) -> None:
        """The story panel's count ended: the table awaited is built from its diffs (or,
        without them, compares its versions itself)."""
        request = self._awaiting
        if request is not None and request.key() == key:
            self._awaiting = None
            if diffs is None and (not self.showing() or request.index is not self.session.index):
                return  # (another folder or grouping: the view follows it, or is gone)
            self.tables.build(request, diffs)

    def close(self) -> None:
        """Esc: back to the pair (a table being built is dropped)."""
        if self.tables.building() or self._awaiting is not None:
            self.tables.cancel()
            self._awaiting = None
            self._hinted = False  # (the pair's line would say over it)
            self.session.message.emit("Story view cancelled")
        if self.archived is None and self.archive_asked is not None:  # its story still read
            self.archive_asked = None
            self.session.archive.stories.drop(STORY_VIEW)
        self._back_to_pair()

    def _back_to_pair(self) -> None:
        """The pair page, the focus in the pane that had it before the story view; the
        status line speaks of the pair again (it kept the story view's keys)."""
        pane = self.parts.diff.last_pane()
        self.parts.pages.setCurrentIndex(PAIR_PAGE)
        self._asked, self._awaiting, self._start = None, None, None
        pane.setFocus()
        if self._hinted:  # (not another message said since: a cancel, an error)
            self._hinted = False
            self.session.say_pair()

    def restyle(self) -> None:
        look = self.look()
        self.view.set_look(look.theme, look.font)

    def _ready(self, data: StoryTableData) -> None:
        if not self.showing() or data.key != self._asked:
            return
        focus = self._has_focus()
        archived = self.archived
        shown = archived is not None and data.key[0] == id(archived.index)
        start, self._start = self._start, None
        # (a stories index's columns are its own documents, not the list's)
        self.view.show_table(data, None if start is None or shown else start.cell(data))
        if focus:
            self.view.table.setFocus()
        self.session.derivation.want([data.story], first=True)  # levels, in the headers
        note = archived.note() if archived is not None and shown else ""
        self.session.message.emit(f"Story view{note}: {HINT}")
        # (short of room, its least needed keys give way, not what Enter does)
        self.parts.status_label.shorten(shorter_hints(f"Story view{note}: "))
        self._hinted = True

    def _levels(self, index: StoryIndex, levels: Mapping[int, Level]) -> None:
        """Derivation levels measured: the columns of the story on screen name theirs."""
        data = self.view.model.data_
        if data is not None and data.key[0] == id(index):
            found = {doc: (lv.level.value, lv.sentence) for doc, lv in levels.items()}
            self.view.model.set_levels(found)

    def _failed(self, message: str) -> None:
        self.session.message.emit(f"Error: the story view could not be built: {message}")
        self.close()

    def _forget(self, _loaded: object = None) -> None:
        self.archived, self.archive_asked, self._awaiting = None, None, None
        self.tables.forget()
        self.view.model.set_table(None)
        if self.showing():
            self.close()

    # --- from a cell to its pair ---------------------------------------------------------------
    def open_pair(self, column: int, row: int) -> None:
        """Open the pair of the base and the version of ``column`` at table row ``row`` (the
        base's own column: the first version shown after it)."""
        data = self.view.model.data_
        if data is None:
            return
        if column == BASE_COLUMN:
            first = self._first_version_shown()
            if first is None:
                return
            column = first
        version = column - 1
        base, doc = data.docs[0], data.docs[column]
        at = pair_row(data.table, row, version)
        archived = self.archived
        if archived is not None and data.key[0] == id(archived.index):  # a stories index
            self._pending = (archived.rows[base], archived.rows[doc], at)
            self.close()
            self.parts.doc_list.select(self._pending[1])  # when listed; then the pair asked
            self.session.archive.open_entries(archived.entries[base], archived.entries[doc])
            return
        self._pending = (base, doc, at)
        self.close()
        self.parts.doc_list.reveal(doc)
        self.session.keys.open_pair(base, doc)
        shown = self.session.current
        if shown is not None and shown.pair == (base, doc) and not self.session.comparing.pending():
            self._scroll_to_pending()  # the pair was on screen already

    def _first_version_shown(self) -> int | None:
        header = self.view.table.horizontalHeader()
        order = sorted(range(1, header.count()), key=header.visualIndex)
        return next((c for c in order if not header.isSectionHidden(c)), None)

    def _follow_soon(self, *_what: object) -> None:
        if self.showing():
            self._soon.start()

    def _follow(self) -> None:
        """The list moved to another story while the view shows one (], [, u, Ctrl+PgDn, a
        click, the filter), the folder was grouped again (a correction, b), or a compare
        option or the boilerplate setting changed: the view shows the current story as the
        pair view compares it now, built in the background, the current cell kept where the
        story is the same (a story of one version gives way to the pair)."""
        session = self.session
        if not self.showing() or self._asked is None:
            return
        if session.archive.active:  # its story stays (read for it); the options may not
            self._follow_options()
            return
        index, story = session.index, session.view.current_story()
        if index is None or story is None:
            return
        keep = not session.hide_boilerplate
        if TableRequest(index, story, session.options, keep).key() == self._asked:
            return
        if len(index.stories[story].versions) < 2:
            view = self.parts.doc_list.view
            in_list = view.window().focusWidget() is view  # (the window active or not)
            self.close()
            if in_list:  # (a correction made from the list: the keyboard stays there)
                view.setFocus()
            session.message.emit(ONE_VERSION)
            return
        if self._asked[:2] != (id(index), story):  # another story: on the list's version
            self._start = self._reading(index, story)
        self._show(index, story, keep, session.stories.diffs, self._has_focus())

    def _filtered(self) -> None:
        """The list's filter changed while the view shows a folder's story: if the filter
        hides that story, the first story it lists of two versions or more is shown (its
        first version listed made current: the list, the pair behind and the view follow
        it, the keyboard left in the filter); none such: back to the pair, saying why."""
        asked, index = self._asked, self.session.index
        if not self.showing() or self.session.archive.active or asked is None or index is None:
            return
        if asked[0] != id(index):  # (the folder was grouped again: ``_follow`` does it)
            return
        doc_list = self.parts.doc_list
        listed = doc_list.visible_order()
        if any(index.story_of(doc).id == asked[1] for doc in listed):
            return
        doc = next((d for d in listed if len(index.story_of(d).versions) > 1), None)
        if doc is None:
            typing = self.view.window().focusWidget() is doc_list.filter
            self.close()
            if typing:  # (the pair's pane took it back)
                doc_list.filter.setFocus()
            self.session.message.emit(NONE_LISTED)
            return
        doc_list.select(doc)  # (current_changed: the view follows a moment later)

    def _follow_options(self) -> None:
        """A stories index's story on screen: built again if the compare options changed."""
        archived = self.archived
        if archived is None:
            return
        if TableRequest(archived.index, 0, self.session.options, True).key() != self._asked:
            diffs = self.session.archive.stories.diffs
            self._show(archived.index, 0, True, diffs, self._has_focus())

    def _scroll_to_pending(self) -> None:
        pending, shown = self._pending, self.session.current
        if pending is None or shown is None or shown.pair != pending[:2]:
            return
        self._pending = None
        self.parts.diff.go_to_row_link(pending[2])
