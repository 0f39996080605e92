"""The open documents and the pair on screen, and the commands that change them.

Two flows run through here. Folder -> list -> grouped list: ``open`` starts a load
(``loading``); ``documents_loaded`` hands the flat list to the window; the story grouping
(``stories``) then brings the grouped list (``list_ready``). Selection -> compare -> painted
diff: the list reports its current row (``select_row``); ``PairSelection`` decides the pair;
the comparing controller compares it in the background and ``shown`` hands it to the window
to paint.

The session touches no widget: it is told what the user did and says what to show, by
signals the window wires to its widgets.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from wirediff.core.document import Document
from wirediff.core.stories import StoryIndex
from wirediff.ui.common.paths import is_folder
from wirediff.ui.common.settings import Settings
from wirediff.ui.doclist.groups import marked_bases
from wirediff.ui.doclist.model import BuiltList
from wirediff.ui.jobs.runner import Runner
from wirediff.ui.session import texts
from wirediff.ui.session.chain import chain_message
from wirediff.ui.session.comparing import ComparingController, Look, Request, Shown
from wirediff.ui.session.corrections import CorrectionsController
from wirediff.ui.session.derivation import DerivationController
from wirediff.ui.session.loading import (
    Loaded,
    LoadingController,
    PairHint,
    initial_pair,
    reload_hint,
)
from wirediff.ui.session.review import ReviewController
from wirediff.ui.session.selection import Change, IndexStories, Outcome, PairSelection
from wirediff.ui.session.stories import Grouped, StoriesController, story_step


class Session(QObject):
    """Owns the documents, the pair selection and the controllers that work on them."""

    busy = Signal(bool)  # a load or a grouping is under way (progress and Cancel)
    progress = Signal(int, int)  # done, total (0, 0: under way, no count)
    message = Signal(str)  # the status line
    failed = Signal(str)  # background work failed
    documents_loaded = Signal(object)  # Loaded: the flat list, problems and counts to show
    loaded = Signal()  # ... and the first pair is chosen
    list_ready = Signal(object)  # BuiltList: the list grouped, or flat again, to install
    stories_ready = Signal()
    select_requested = Signal(int)  # the list should make this document current
    marks_changed = Signal(object)  # set[int]: the documents the list marks ◆
    pin_changed = Signal(object)  # (chip label, tooltip), or None: nothing pinned
    shown = Signal(object)  # Shown: paint this comparison
    cleared = Signal(str)  # nothing to compare: the diff says this instead
    relation = Signal(object)  # PairScore of the pair on screen, or None (versions, flat)

    def __init__(
        self,
        settings: Settings,
        look: Callable[[], Look],
        parent: QObject | None = None,
        store_path: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.options = settings.options
        self.grouping = settings.flag("group_stories", True)
        self.hide_boilerplate = settings.flag("hide_boilerplate", False)
        self.follow_links = settings.follow_external_links  # for every folder opened
        self.runner = Runner(self)
        self.loading = LoadingController(self.runner, self)
        self.comparing = ComparingController(self.runner, look, self)
        self.stories = StoriesController(self.runner, self)
        self.review = ReviewController(settings, self.runner, store_path, self)
        self.corrections = CorrectionsController(self.review, self)
        self.derivation = DerivationController(self.runner, self.stories, self)
        self.selection = PairSelection()
        self.documents: list[Document] = []
        self.words: list[int] = []
        self._hint: PairHint | None = None
        self._row_story: int | None = None  # story of the list's current row (grouped)
        self._marks: set[int] | None = None  # last sent to the list
        self._story_bases: tuple[object, set[int]] = (None, set())
        self._pin: tuple[str, str] | None = None
        self._note = ""  # what b, s or Shift+B did, kept before the comparison's numbers
        self._connect()

    def _connect(self) -> None:
        for controller in (self.loading, self.stories):
            controller.progress.connect(self._progress)
            controller.message.connect(self.message)
        self.loading.loaded.connect(self._loaded)
        self.comparing.started.connect(self.message)
        self.comparing.shown.connect(self._shown)
        self.comparing.cleared.connect(self._cleared)
        self.stories.grouped.connect(self._grouped)
        self.stories.list_built.connect(self._list_built)
        self.review.message.connect(self.message)
        self.corrections.message.connect(self.message)
        self.corrections.changed.connect(self._regroup)
        for worker in (self.loading, self.comparing, self.stories, self.derivation):
            worker.failed.connect(self._failed)

    # --- what is on screen -----------------------------------------------------------------
    @property
    def index(self) -> StoryIndex | None:
        return self.stories.index

    @property
    def current(self) -> Shown | None:
        return self.comparing.current

    def grouped(self) -> bool:
        return self.selection.grouped

    def stop(self) -> None:
        """The window closes: stop watching and every job, and wait for the workers."""
        self.loading.stop()
        self.comparing.forget()
        self.stories.forget()
        self.review.close()
        self.runner.wait(5000)

    # --- loading ---------------------------------------------------------------------------
    def open(self, raw: Sequence[Path | str], follow_links: bool | None = None) -> None:
        """Open folders and/or files in the background (replacing what is open).

        ``follow_links``: read the folders that links lead to outside them (None: as the
        Options menu says).
        """
        paths = [Path(p) for p in raw]
        if not paths:
            return
        self.stories.forget()
        self.comparing.forget()
        self.selection.forget()
        self._row_story, self._marks = None, None
        self.stories.show_story(None)
        self.relation.emit(None)
        self._show_pin()
        if len(paths) == 1 and is_folder(paths[0]):
            self.settings.add_recent(paths[0].resolve())
        files = [p for p in paths if not is_folder(p)]
        two = len(paths) == 2 and len(files) == 2
        self._hint = PairHint(files[0], files[1]) if two else None
        follow = self.follow_links if follow_links is None else follow_links
        self.loading.open(paths, follow)

    def reload(self, follow_links: bool | None = None) -> None:
        """Read what is open again, keeping the pair and the pin where they still exist.

        ``follow_links``: follow the links that leave the folder this time and at later
        reloads (the Problems panel's button), or not; None: as the last load did.
        """
        paths = self.loading.watch.paths
        if not paths:
            self.message.emit("Nothing to reload: open a folder first")
            return
        hint = reload_hint(self.selection, self.documents)
        if follow_links is None:
            follow_links = self.loading.options.follow_external_links
        self.open(paths, follow_links)
        self._hint = hint

    def set_follow_links(self, on: bool) -> None:
        """Options ▸ Follow links that leave the folder: for every folder opened from now."""
        self.settings.follow_external_links = on
        self.follow_links = on
        if self.loading.watch.paths and self.loading.options.follow_external_links != on:
            self.message.emit(
                f"Links that leave the folder are {'followed' if on else 'not followed'} "
                "from the next load (F5 reloads)"
            )

    def cancel(self) -> None:
        """Cancel the load, or else the story grouping, under way."""
        if self.loading.cancel():
            self.busy.emit(False)
            self.message.emit("Loading cancelled")
        elif self.stories.cancel():
            self.busy.emit(False)
            self.message.emit("Story grouping cancelled (the list stays flat)")

    def _progress(self, done: int, total: int) -> None:
        self.busy.emit(True)
        self.progress.emit(done, total)

    def _failed(self, message: str) -> None:
        self.busy.emit(False)
        self.message.emit(f"Error: {message}")
        self.failed.emit(message)

    def _loaded(self, loaded: Loaded) -> None:
        self.busy.emit(False)
        self.documents, self.words = loaded.result.documents, loaded.words
        self.documents_loaded.emit(loaded)
        self.message.emit(texts.opened(len(self.documents), len(loaded.result.problems)))
        if self.documents:
            base, selected = initial_pair(loaded, self._hint)
            self.selection.base = base
            self._show_marks()
            if selected is not None:
                self.select_requested.emit(selected)
                self._update()
        self.loaded.emit()
        self.review.documents_loaded(self.documents)
        corrections = self.corrections.load(self.loading.watch.paths)
        self.stories.start(self.documents, self.words, corrections)

    def _regroup(self) -> None:
        """The user corrected the grouping: group again (the list stays until then)."""
        if not self.stories.start(self.documents, self.words, self.corrections.corrections()):
            self.message.emit("Open a folder of several documents to correct its stories")

    def _grouped(self, grouped: Grouped) -> None:
        self.busy.emit(False)
        if self.grouping:
            self.selection.set_stories(IndexStories(grouped.index))
            self._keep_or_choose_pair()
            self.list_ready.emit(grouped.built)
        self._arranged()
        self.message.emit(texts.grouped(grouped.index))
        self.review.import_legacy(self.documents, grouped.index, self.options)
        self.stories_ready.emit()

    def _keep_or_choose_pair(self) -> None:
        """Keep a pair the user asked for (files given, a reload); otherwise, if grouping
        leaves the selection with nothing beside it, select a real version."""
        hint, self._hint = self._hint, None
        selection, index = self.selection, self.stories.index
        base, selected = selection.base, selection.selected
        if selected is None or index is None:
            return
        if hint is not None and base is not None and base != selected:
            selection.pin(base, None if hint.everywhere else selected)
            return
        if selection.pair() is None:
            story = next((s for s in index.stories if len(s.versions) > 1), None)
            if story is not None:
                self.select_requested.emit(story.versions[1].doc)

    def _list_built(self, built: BuiltList) -> None:
        self.list_ready.emit(built)
        self._arranged()

    def _arranged(self) -> None:
        """The list has a new shape: mark it, fill it, and compare what it selects."""
        self._marks = None
        self._show_marks()
        if not self.grouped() and self.selection.base is not None:
            self.stories.similarity(self.selection.base)
        self._update()
        self._show_relation()

    # --- the pair --------------------------------------------------------------------------
    def select_row(self, doc: int | None, story: int | None) -> None:
        """The list's current row changed: a document, or a group row (``doc`` None)."""
        self._row_story, self._note = story, ""
        self.selection.select(doc)
        self._update(soon=True)

    def compare_again(self) -> None:
        """Enter: compare the selected document now, even if the pair is on screen."""
        self.comparing.again()
        self._update()

    def _update(self, soon: bool = False) -> None:
        """Show what the pair selection says: marks and pin now, the comparison soon or now."""
        self._show_marks()
        self._show_pin()
        pair = self.selection.pair()
        if pair is None:
            alone = texts.alone(self.stories.index, self.selection)
            self.comparing.request(None, alone, soon)
        else:
            left, right = pair
            index = self.stories.index if self.hide_boilerplate else None
            docs = self.documents
            request = Request(left, right, docs[left], docs[right], self.options, index)
            self.comparing.request(request, soon=soon)
        if not soon:
            self._show_story()

    def _shown(self, shown: Shown) -> None:
        self.shown.emit(shown)
        self.review.show_marks(shown)
        self._show_relation()
        self._show_story()
        note, self._note = self._note, ""
        self.message.emit(f"{note} · {texts.compared(shown)}" if note else texts.compared(shown))

    def _cleared(self, message: str) -> None:
        self.cleared.emit(message)
        self.message.emit(message)  # not the numbers of the pair that was on screen
        self._show_relation()
        self._show_story()

    def _show_marks(self) -> None:
        marks = self.selection.marked()
        index = self.stories.index
        if index is not None and self.grouped():
            if self._story_bases[0] is not index:
                self._story_bases = (index, marked_bases(index))
            marks |= self._story_bases[1]
        if marks != self._marks:
            self._marks = marks
            self.marks_changed.emit(marks)
            self._show_reviewed()

    def _show_reviewed(self) -> None:
        if self.documents:
            self.review.show_reviewed(self.documents, self.selection.left_for)

    def _show_pin(self) -> None:
        pin = self.selection.pinned
        chip = None if pin is None else texts.pin_chip(pin, self.documents[pin.doc])
        if chip != self._pin:
            self._pin = chip
            self.pin_changed.emit(chip)

    def _show_relation(self) -> None:
        """Say plainly when the pair on screen is not two versions of one story."""
        index, shown = self.stories.index, self.comparing.current
        self.relation.emit(None if index is None or shown is None else index.scores(*shown.pair))
        if index is not None and shown is not None:
            self.derivation.relation(shown.pair)  # the sentence follows (one more diff)

    # --- b, s, Shift+B, pairs from elsewhere -----------------------------------------------
    def set_base(self) -> None:
        """b: the selected document goes to the left (grouped: as its story's base)."""
        self._apply(self.selection.set_base(), "b")

    def swap(self) -> None:
        """s: exchange the sides; the selection stays where it is."""
        self._apply(self.selection.swap(), "s")

    def unpin(self) -> None:
        """Shift+B: the left side follows the story bases again."""
        pin = self.selection.unpin()
        self._update()
        self._say(texts.unpinned(pin, self.documents))

    def step_chain(self, direction: int) -> None:
        """V / Shift+V: each version against the one before it in time order, a step back
        or forward along the story's versions."""
        doc = self.selection.step_chain(direction)
        if doc is not None:
            self.select_requested.emit(doc)
            self._update()
        self._say(chain_message(self.selection, self.documents, doc, direction))

    def open_pair(self, left: int, right: int) -> None:
        """Compare ``left`` (on the left) with ``right``, whatever their stories."""
        if left == right:
            self.message.emit("That cell is a document against itself")
            return
        self.selection.pin(left, right)
        self._rebased_flat()
        self.select_requested.emit(right)
        self._update()

    def _say(self, note: str) -> None:
        """Say what a key did, now and again beside the numbers of the pair it brings."""
        self._note = note if self.comparing.pending() else ""
        self.message.emit(note)

    def _apply(self, outcome: Outcome, key: str) -> None:
        if outcome.change is Change.REBASE and outcome.doc is not None:
            self._rebase(outcome.doc)
        elif outcome.change is Change.BASE:
            self._rebased_flat()
        if outcome.change not in (Change.NOTHING, Change.ALREADY):
            self._update()
        self._say(texts.outcome(outcome, key, self.documents, self.grouped()))

    def _rebase(self, doc: int) -> None:
        """``doc`` becomes its story's base: the pair now, the list re-sorted in the back."""
        index = self.stories.rebase(doc)
        self.selection.set_stories(IndexStories(index))
        self.stories.build_list(True, self.documents, self.words)

    def _rebased_flat(self) -> None:
        """Flat list: a new base; its similarity to every document follows."""
        base = self.selection.base
        if not self.grouped() and base is not None:
            self._show_marks()
            self.stories.similarity(base)

    # --- view options ----------------------------------------------------------------------
    def set_grouping(self, on: bool) -> None:
        """Show the list grouped by story, or flat (the left side on screen as its base)."""
        self.settings.set_flag("group_stories", on)
        self.grouping = on
        index = self.stories.index
        if index is None:
            return
        self.selection.set_stories(IndexStories(index) if on else None)
        base = self.selection.base
        self.message.emit("Arranging the list…")
        bases = set() if base is None else {base}
        self.stories.build_list(on, self.documents, self.words, bases)

    def set_hide_boilerplate(self, on: bool) -> None:
        self.settings.set_flag("hide_boilerplate", on)
        self.hide_boilerplate = on
        if self.stories.index is None:
            self.message.emit("Boilerplate is known once stories are grouped (in progress)")
            return
        self._update()

    def set_option(self, name: str, on: bool) -> None:
        """Change one compare option and compare again."""
        self.options = replace(self.options, **{name: on})
        self.settings.options = self.options
        self._update()

    # --- stories ---------------------------------------------------------------------------
    def current_story(self) -> int | None:
        """The story of the list's current row, else of the document on the right."""
        index, pair = self.stories.index, self.selection.pair()
        if self._row_story is not None or index is None:
            return self._row_story
        return index.story_of(pair[1]).id if pair is not None else None

    def _show_story(self) -> None:
        """The versions of the current story against its base (stats in the background)."""
        story, keep = self.current_story(), not self.hide_boilerplate
        self.stories.show_story(story, self.options, keep)

    def step_story(self, direction: int, order: list[int]) -> None:
        """]/[: the next or previous story in ``order`` (story ids as the list shows them)."""
        doc, message = story_step(self.stories.index, self.current_story(), direction, order)
        if doc is not None:
            self.select_requested.emit(doc)
            self._update()
        self.message.emit(message)

    def show_heat_map(self, event: bool) -> None:
        """The heat map of the current story or its event (scores in the background)."""
        story = self.current_story()
        if story is None or not self.stories.heat_map(story, event):
            self.message.emit("Select a document once stories are grouped")
