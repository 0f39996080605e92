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

import dataclasses
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from wirediff.core.chronology import time_order
from wirediff.core.deskzone import clock_name
from wirediff.core.document import Document
from wirediff.core.reading import Problem
from wirediff.core.review.folders import real
from wirediff.core.stories import PairScore, StoryIndex
from wirediff.core.stories.corrections import Base, Chosen, Correction
from wirediff.resources import sample_corpus
from wirediff.ui.common.paths import is_folder
from wirediff.ui.common.settings import Settings
from wirediff.ui.common.timers import timer
from wirediff.ui.diff.place import Place
from wirediff.ui.doclist.groups import marked_bases
from wirediff.ui.doclist.model import BuiltList
from wirediff.ui.jobs.runner import Runner
from wirediff.ui.session import last_pair, texts
from wirediff.ui.session.archive import IndexController, Opened
from wirediff.ui.session.comparing import (
    DEBOUNCE_MS,
    Alone,
    ComparingController,
    Look,
    Request,
    Shown,
    Single,
)
from wirediff.ui.session.corrections import CorrectionsController
from wirediff.ui.session.derivation import DerivationController
from wirediff.ui.session.loading import (
    KeptPlace,
    Loaded,
    LoadingController,
    PairHint,
    chosen_again,
    first_of,
    given_base,
    hint_found,
    initial_pair,
    moved_hint,
    overlapping_hint,
    reload_hint,
    texts_digest,
)
from wirediff.ui.session.pair_keys import PairKeys
from wirediff.ui.session.review import ReviewController
from wirediff.ui.session.selection import IndexStories, PairSelection
from wirediff.ui.session.stories import Grouped, StoriesController
from wirediff.ui.session.view_options import ViewOptions

RELATION_SCORE = "relation-score"  # the pair's shingle overlap, for a long pair
SCORE_AT_ONCE = 100_000  # shingles of a pair scored on the GUI thread (~30 ms); more: a job
# (F5 reads again only the files changed since: "F5 reads the folder again" said it cost
# every file's reading, as it did before)
GROUPING_CANCELLED = (
    "Story grouping cancelled: the list stays flat (to group it, F5 reloads the folder, "
    "reading only the files changed since)"
)


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
    place_kept = Signal(object)  # Place: ... and go back there in it (a reload changed
    # neither text of the pair on screen)
    cleared = Signal(str)  # nothing to compare: the diff says this instead
    single = Signal(object)  # Single: nothing to compare, the selected document shown alone
    relation = Signal(object)  # PairScore of the pair on screen, or None (versions, flat)
    index_opened = Signal(object)  # archive.Opened: a stories index replaces what was open

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
        self.desk_zone = settings.desk_zone  # times that give no zone: ``set_desk_zone``
        self.runner = Runner(self)
        self.loading = LoadingController(self.runner, self)
        self.comparing = ComparingController(self.runner, look, self)
        self.stories = StoriesController(self.runner, self)
        self.review = ReviewController(settings, self.runner, store_path, self)
        self.corrections = CorrectionsController(self.review, self)
        self.derivation = DerivationController(self.runner, self.stories, self)
        self.archive = IndexController(self.runner, self.comparing, lambda: self.options, self)
        self._index_row: int | None = None  # the list's current row (a stories index open)
        self._index_keep: Path | None = None  # the document to make current when it opens
        self._corrected = False  # the grouping under way follows a correction of the user's
        self._facing_base: int | None = None  # the left side as its base, before a regrouping
        self._untouched: tuple[int, int | None] | None = None  # the first pair, if no hint
        self._reread = ""  # what the load read of a folder read before, said once grouped
        self.selection = PairSelection()
        self.documents: list[Document] = []
        self.words: list[int] = []
        self.problems: list[Problem] = []  # the files of the last reading that were not read
        # the keys of the problems told of the folder opened when it was last left
        self.told_before: frozenset[str] = frozenset()
        self._hint: PairHint | None = None
        self._given: tuple[Path, Path] | None = None  # wirediff A B: A is the base
        self._place: KeptPlace | None = None  # where to go back to once the pair is shown
        # Where the reader is in the pair on screen (the diff view's, set by the window).
        self.reader_place: Callable[[], Place | None] = lambda: None
        # Whether the pair is hidden (the story view on screen, set by it): what the pair
        # says is kept for when it shows again, not said over the story view's line.
        self.pair_hidden: Callable[[], bool] = lambda: False
        self._pair_said = ""  # the status line the pair last gave
        self.row_story: int | None = None  # story of the list's current row (grouped)
        # A story's own row made current: the story panel shows it a moment later, once for
        # a burst of keys (held Down over closed stories started and dropped a count a row).
        self._story_soon = timer(self, DEBOUNCE_MS)
        self._story_soon.timeout.connect(self._show_row_story)
        self._marks: set[int] | None = None  # last sent to the list
        self._story_bases: tuple[object, set[int]] = (None, set())
        self._pin: tuple[str, str] | None = None
        self.note = ""  # what b, s or Shift+B did, kept before the comparison's numbers
        self.keys = PairKeys(self)  # b, s, Shift+B, V / Shift+V, pairs opened from elsewhere
        self.view = ViewOptions(self)  # grouping, boilerplate, compare options, the story
        self._connect()

    def _connect(self) -> None:
        for controller in (self.loading, self.stories):
            controller.progress.connect(self._progress)
            controller.message.connect(self.message)
        self.loading.loaded.connect(self._loaded)
        self.comparing.started.connect(self._say_pair)
        self.comparing.shown.connect(self._shown)
        self.comparing.cleared.connect(self._cleared)
        self.comparing.single.connect(self._single)
        self.stories.grouped.connect(self._grouped)
        self.stories.list_built.connect(self._list_built)
        self.review.message.connect(self.message)
        self.corrections.message.connect(self.message)
        self.corrections.changed.connect(self._regroup)
        self.archive.message.connect(self.message)
        self.archive.opened.connect(self._index_opened)
        workers = (self.loading, self.comparing, self.stories, self.derivation, self.archive)
        for worker in (*workers, self.archive.stories):
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
        """The window closes: the pair on screen is remembered; stop watching and every
        job, and wait for the workers."""
        self.remember_pair()
        self.loading.stop()
        self.comparing.forget()
        self.stories.forget()
        self.review.close()
        self.runner.cancel_all()
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
        self.remember_pair()
        self.archive.close()
        self.stories.forget()
        self._corrected = False  # (a correction's regrouping, if any, was of what closes)
        self.comparing.forget()
        self.selection.forget()
        self.row_story, self._marks, self._place = None, None, None
        self._pair_said = ""
        self.stories.show_story(None)
        self.relation.emit(None)
        self._show_pin()
        if len(paths) == 1 and is_folder(paths[0]) and not is_sample(paths[0]):
            self.settings.add_recent(real(paths[0]))
        files = [p for p in paths if not is_folder(p)]
        two = len(paths) == 2 and len(files) == 2
        self._hint = PairHint(files[0], files[1], pinned=True) if two else None
        self._given = (files[0], files[1]) if two else None
        self.told_before = frozenset()
        if len(paths) == 1 and not files:  # a folder: on the pair last compared in it
            kept = self.settings.last_pair(pair_key(paths[0]))
            self._hint = last_pair.hint_from(paths[0], kept)
            self.told_before = last_pair.told_before(kept)
        follow = self.follow_links if follow_links is None else follow_links
        self.loading.open(paths, follow, self.desk_zone)

    def open_index(self, folder: Path | str, keep: Path | None = None) -> None:
        """Open a stories index (``wirediff stories --engine dask -o FOLDER``) in the
        background; what is open stays until it has opened, and if it cannot be. ``keep``:
        the document to make current once it has opened, if its first page lists it (else
        the first version of the list, as always)."""
        self._index_keep = keep
        self.archive.open(Path(folder))

    def reload_index(self) -> None:
        """F5 with a stories index open: read it again, the document current before kept
        current (it went back to the list's first pair)."""
        folder = self.archive.folder
        if folder is None:
            return
        row = self._index_row
        entry = self.archive.entries.get(row) if row is not None else None
        self.open_index(folder, entry.doc.path if entry is not None else None)

    def _index_opened(self, opened: Opened) -> None:
        """The index replaces the folder: its first page is the list, nothing else is open."""
        self.loading.stop()
        self.loading.watch.paths = []  # no folder is open (F5 reads the index again)
        self.review.documents_loaded([])  # no review marks: an index has no review store
        self.stories.forget()
        self.comparing.forget()
        self.selection.forget()
        self.documents, self.words, self._hint, self._place = [], [], None, None
        self.problems = []
        self.row_story, self._marks, self._index_row = None, None, None
        self.stories.show_story(None)
        self.relation.emit(None)
        self._show_pin()
        self.busy.emit(False)
        self.index_opened.emit(opened)
        self.message.emit(texts.index_opened(opened))
        entries, keep = self.archive.entries.values(), self._index_keep
        kept = next((e for e in entries if keep is not None and e.doc.path == keep), None)
        first = kept or next((e for e in entries if not e.base), None)
        if first is not None:
            self.select_requested.emit(first.row)

    def reload(self, follow_links: bool | None = None, place: Place | None = None) -> None:
        """Read what is open again, keeping the pair and the pin where they still exist
        (not when the open folder is gone or cannot be read: what is open stays).

        ``follow_links``: follow the links that leave the folder this time and at later
        reloads (the Problems panel's button), or not; None: as the last load did.
        ``place``: where the reader is in the pair on screen, gone back to if the reload
        leaves both its texts unchanged.
        """
        reading = self.loading.reading()  # a load under way: read what it reads, its pair
        paths = self.loading.reload_paths()
        if not paths:
            self.message.emit("Nothing to reload: open a folder first")
            return
        hint = overlapping_hint(
            None if reading else self._with_place(self._reload_hint(), place),
            self._hint,
        )
        barred = None if reading else self.loading.watch.unreadable()
        if barred is not None:  # there, but reading it would find nothing: keep what is open
            self.message.emit(texts.cannot_reload(*barred))
            return
        gone = None if reading else self.loading.watch.missing()
        if gone is not None:  # the open folder is no longer at its path
            folder, now = gone
            if now is None:
                self.message.emit(texts.nothing_to_reload(folder))
                return
            paths, hint = [now], moved_hint(hint, folder, now)  # renamed: read it there
        if follow_links is None:
            follow_links = self.loading.options.follow_external_links
        self.open(paths, follow_links)
        self._hint = hint

    def remember_pair(self) -> None:
        """The folder open is left (another opened, the window closed): the pair on screen
        and where the reader is in it are remembered for it (``last_pair``)."""
        watch = self.loading.watch
        if not watch.one_folder or not self.documents or self.loading.reading():
            return
        folder = watch.paths[0]
        hint = self._with_place(self._reload_hint(), self.reader_place())
        told = last_pair.problems_told(folder, self.problems)
        kept = last_pair.record(folder, hint, told)
        self.settings.remember_pair(pair_key(folder), kept, last_pair.MAX_FOLDERS)

    def _reload_hint(self) -> PairHint | None:
        """The pair on screen and, when the review store is not open to keep them with the
        corrections, the stories' bases the user chose, by path (with it open, a base
        undone whose regrouping was not done yet was still the index's, and came back)."""
        hint = reload_hint(self.selection, self.documents, self.stories.index)
        if hint is not None and self.review.store is not None:
            hint = dataclasses.replace(hint, bases=())
        return hint

    def _with_place(self, hint: PairHint | None, place: Place | None) -> PairHint | None:
        """``hint`` with where the reader is in the pair on screen (if that is its pair)."""
        shown = self.comparing.current
        if hint is None or place is None or shown is None or shown.pair != self.selection.pair():
            return hint
        kept = KeptPlace(texts_digest(shown.left.text, shown.right.text), shown.clean, place)
        return dataclasses.replace(hint, place=kept)

    def set_follow_links(self, on: bool) -> None:
        """Options ▸ Follow links that leave the folder: for every folder opened from now."""
        self.settings.follow_external_links = on
        self.follow_links = on
        if self.loading.watch.paths and self.loading.options.follow_external_links != on:
            self.message.emit(
                f"Links that leave the folder are {'followed' if on else 'not followed'} "
                "from the next load (F5 reloads)"
            )

    def set_desk_zone(self, zone: str) -> None:
        """Options ▸ Times without a zone…: the zone (``deskzone.desk_clock``'s) a folder's
        times that give none are read in, after their outlet's and their language's,
        remembered; the folder open is read again in it, and regrouped (the order of its
        versions, and their bases, may change: a desk whose computer's clock reads UTC had
        ANA-MPA's takes and Ynet's items out of order — the Greek and the Hebrew desks'
        walkthroughs)."""
        self.settings.desk_zone = zone
        self.desk_zone = zone
        if not self.loading.watch.paths or self.loading.options.desk_zone == zone:
            return
        self.message.emit(f"Times without a zone are read in {clock_name(zone)}: reading again")
        self.reload()

    def cancel(self) -> None:
        """Cancel the load, or else the story grouping, under way."""
        if self.loading.cancel():
            self.busy.emit(False)
            self.message.emit("Loading cancelled")
        elif self.stories.cancel():
            # (no command groups again without reloading: "F5 groups it again" hid that F5
            # is Reload folder, then minutes of reading at 20,000 files — a big-folder
            # walkthrough; it reads only the files changed since now)
            self.busy.emit(False)
            self._reread = ""  # (said of this grouping, not of a later one)
            corrected, self._corrected = self._corrected, False
            if not corrected or self.stories.index is None:
                self.message.emit(GROUPING_CANCELLED)
            else:  # grouping again after a correction: the grouping of before stays
                self.message.emit(
                    "Grouping again cancelled: the list keeps the grouping of before "
                    "(corrections made are kept, and apply at the next grouping: at the next "
                    "correction, or F5, which reloads the folder, reading only the files "
                    "changed since)"
                )

    def _progress(self, done: int, total: int) -> None:
        self.busy.emit(True)
        self.progress.emit(done, total)

    def _failed(self, message: str) -> None:
        self.busy.emit(False)
        self._corrected = False
        self.message.emit(f"Error: {message}")
        self.failed.emit(message)

    def _loaded(self, loaded: Loaded) -> None:
        self.busy.emit(False)
        self.documents, self.words = loaded.result.documents, loaded.words
        self.problems = list(loaded.result.problems)
        # This folder's corrections before anyone hears of it (the list of them follows).
        corrections = self.corrections.load(self.loading.watch.paths, self.documents)
        # Bases chosen with b that the settings kept (a reload's, an older wirediff's) are
        # kept with the corrections (the command line has them); those it cannot keep (no
        # review store) the grouping applies on its own.
        chosen = self.corrections.keep_bases(chosen_again(loaded, self._hint))
        corrections = self.corrections.corrections()
        chosen = (*self._given_base(loaded, corrections), *chosen)  # (a later choice wins)
        self.documents_loaded.emit(loaded)
        problems = len(loaded.result.problems)
        self.message.emit(texts.opened(len(self.documents), problems, loaded.reread))
        self._reread = texts.files_reread(*loaded.reread) if loaded.reread is not None else ""
        self._place = self._hint.place if self._hint is not None else None
        self._untouched = None
        if self.documents:
            base, selected = initial_pair(loaded, self._hint)
            if self._hint is None and self._given is None:
                self._untouched = (base, selected)  # (the first two files: no choice)
            self._hint = hint_found(loaded, self._hint)  # pinned again once grouped
            self.selection.base = base
            kept = self._hint
            self.selection.user_base = kept is not None and (kept.pinned or kept.everywhere)
            self.show_marks()
            if selected is not None:
                self.select_requested.emit(selected)
                if selected == base:
                    self._face(selected, self._hint)
                self.update()
        self.loaded.emit()
        self.review.documents_loaded(self.documents)
        root = self.corrections.root
        self._corrected = False  # (a grouping of what was read: not a correction's)
        self.stories.start(self.documents, self.words, corrections, root, chosen)

    def _given_base(self, loaded: Loaded, corrections: Sequence[Correction]) -> tuple[Chosen, ...]:
        """The first of two files given is the base of their story, unless the user chose
        a base for it with b (a correction kept in the review store names either file)."""
        given = given_base(loaded, self._given)
        if given is None:
            return ()
        keys = {self.corrections.key_of(self.documents[doc]) for doc in given[1]}
        if any(isinstance(c, Base) and (c.doc in keys or keys & set(c.story)) for c in corrections):
            return ()
        return (given,)

    def _regroup(self) -> None:
        """The user corrected the grouping: group again (the list stays until then)."""
        facing, index = self.selection.facing, self.stories.index
        # the left side there as its story's base (b): once a correction takes that away
        # (b undone), the story's base is on the left again (``_keep_or_choose_pair``)
        self._facing_base = (
            facing[0]
            if facing is not None
            and index is not None
            and index.story_of(facing[0]).base == facing[0]
            else None
        )
        corrections = self.corrections.corrections()
        if self.stories.start(self.documents, self.words, corrections, self.corrections.root):
            self._corrected = True
        else:
            self.message.emit("Open a folder of several documents to correct its stories")

    def _grouped(self, grouped: Grouped) -> None:
        self.busy.emit(False)
        said, self.corrections.said = (self.corrections.said if self._corrected else ""), ""
        # What a reload read, after the numbers (the grouping's progress wrote over it).
        reread, self._reread = ("" if self._corrected else self._reread), ""
        if self.grouping:
            self.selection.set_stories(IndexStories(grouped.index))
            self._keep_or_choose_pair()
            self.list_ready.emit(grouped.built)
        # After a correction, what it was, then the numbers (the progress wrote over it);
        # and before the line of the pair compared again (which wrote over it at once).
        self.note = said or self.note
        self._arranged()
        if reread and not self.note and self.comparing.pending():
            self.note = reread  # (so is what a reload read: the pair's line ended its say)
        numbers = texts.grouped(grouped.index) + f" · {reread}" * bool(reread)
        self.message.emit(f"{said} — " * bool(said) + numbers)
        self.review.import_legacy(self.documents, grouped.index, self.options)
        self.stories_ready.emit()

    def _keep_or_choose_pair(self) -> None:
        """Keep a pair the user asked for (files given, a reload); otherwise, if grouping
        leaves the selection with nothing beside it, select a real version."""
        hint, self._hint = self._hint, None
        corrected, self._corrected = self._corrected, False
        facing_base, self._facing_base = self._facing_base, None
        selection, index = self.selection, self.stories.index
        base, selected = selection.base, selection.selected
        if selected is None or index is None:
            return
        if hint is not None and base is not None and base != selected:
            if hint.chain and selection.chain_back(base, selected):
                return  # the chain of v, as it was (not a pin of its step's left side)
            if hint.everywhere:
                selection.pin(base, None)
            elif hint.pinned and self._pinned_for(hint, base, selected):
                selection.pin(base, selected)
            return
        if hint is not None and base == selected:  # the selection was on the left
            if hint.everywhere:
                selection.pin(base, None)
            return
        # the base chosen on the left no longer its story's (b undone): the base is on the
        # left again (the banner read base to version, the panel left to right)
        was = selection.facing[0] if selection.facing is not None else None
        if corrected and was is not None and was == facing_base != index.story_of(was).base:
            selection.facing = None
        # A correction left the document alone (independent of its story, a story of its
        # own): it stays selected, the window saying it stands alone (the selection jumped
        # to the first story of several versions, in another event).
        # A folder opened afresh, its first two files still on screen and of no one story:
        # the first story of several versions in the list's grouped order, its base beside
        # its first version (the first two files by name were a bill beside its explanatory
        # notes: a walkthrough).
        untouched, self._untouched = self._untouched, None
        pair = selection.pair()
        apart = pair is None or index.story_of(pair[0]).id != index.story_of(pair[1]).id
        # (a pair of one story stays: its reader may be well into it — a review)
        fresh = untouched == (base, selected) and apart and not corrected
        if fresh or (selection.pair() is None and not corrected):
            first = first_story_version(index)
            if first is not None and first != selected:
                self.select_requested.emit(first)

    def _pinned_for(self, hint: PairHint, base: int, selected: int) -> bool:
        """Whether the pin ``hint`` kept (found) holds ``base`` beside ``selected``: ``base``
        its left side still, and ``selected`` in the story of the document it was pinned
        beside (the selection moved to another story while grouping ended the pin, as it
        does once grouped: it came back beside a version of another story)."""
        index = self.stories.index
        at = first_of([d.path for d in self.documents])
        beside = None if hint.selected is None else at.get(hint.selected)
        if index is None or beside is None or at.get(hint.left) != base:
            return False
        return index.story_of(beside).id == index.story_of(selected).id

    def _face(self, doc: int, hint: PairHint | None) -> None:
        """The selection ``doc`` was on the left when the reload was asked for: the document
        that faced it (``hint``, as found) faces it again."""
        if hint is None or hint.facing is None or self.selection.selected != doc:
            return
        facing = first_of([d.path for d in self.documents]).get(hint.facing)
        if facing is not None and facing != doc:
            self.selection.facing = (doc, facing)

    def _list_built(self, built: BuiltList) -> None:
        self.list_ready.emit(built)
        self.say_pair()  # not "Arranging the list…" still, when the pair stays the same
        self._arranged()

    def _arranged(self) -> None:
        """The list has a new shape: mark it, fill it, and compare what it selects."""
        self._marks = None
        self.show_marks()
        if not self.grouped() and self.selection.base is not None:
            self.stories.similarity(self.selection.base)
        self.update()
        self._show_relation()

    # --- the pair --------------------------------------------------------------------------
    def select_row(self, doc: int | None, story: int | None) -> None:
        """The list's current row changed: a document, or a group row (``doc`` None)."""
        self.row_story, self.note = story, ""
        self._index_row = doc
        if not self.archive.active:
            self.selection.select(doc)
        self.update(soon=True)
        if self.archive.active:
            return
        # A group row (the pair stays: no comparison to wait for), or a version of another
        # story than the panel shows whose pair is the one on screen (from a story's row
        # back to the version it left: nothing is compared again): the panel shows the
        # row's story.
        if doc is None or self.view.current_story() != self.stories.shown_story:
            self._story_soon.start()

    def _show_row_story(self) -> None:
        self.view.show_story()

    def compare_again(self) -> None:
        """Enter: compare the selected document now, even if the pair is on screen."""
        self.comparing.again()
        self.update()

    def update(self, soon: bool = False) -> None:
        """Show what the pair selection says: marks and pin now, the comparison soon or now
        (a stories index: the pair of the list's current row)."""
        if self.archive.active:
            self.archive.select(self._index_row, soon)
            return
        self.show_marks()
        self._show_pin()
        pair = self.selection.pair()
        if pair is None:
            why = texts.alone(self.stories.index, self.selection)
            self.comparing.request(None, why, soon, self._alone())
        else:
            left, right = pair
            index = self.stories.index if self.hide_boilerplate else None
            docs = self.documents
            request = Request(left, right, docs[left], docs[right], self.options, index)
            self.comparing.request(request, soon=soon)
        if not soon:
            self.view.show_story()

    def _shown(self, shown: Shown) -> None:
        if self.archive.active:  # no review store or relation for an index
            self.shown.emit(shown)
            self._say_pair(texts.compared(shown))
            self.view.show_story()  # the story panel, once the story's texts are read
            return
        self.shown.emit(shown)
        self.review.show_marks(shown)
        self._show_relation()
        self.view.show_story()
        self._say_pair(self._noted(texts.compared(shown)))
        self._go_back(shown)

    def _noted(self, message: str) -> str:
        """``message`` of what is shown now, after what brought it (``note``: a correction,
        its undo or redo, b, s or Shift+B), said once: shown by itself (a lone article
        after an undo), the document's line wrote over "Undone: …" at once, as the pair's
        numbers had (a keyboard-only walkthrough)."""
        note, self.note = self.note, ""
        return f"{note} · {message}" if note else message

    def _go_back(self, shown: Shown) -> None:
        """The pair on screen before a reload is shown again with the same texts: back to
        where the reader was in it (not to its top). Another pair shown first: forgotten."""
        kept = self._place
        if kept is None:
            return
        if texts_digest(shown.left.text, shown.right.text) != kept.texts:
            self._place = None
        elif shown.clean == kept.clean:  # (else the one without boilerplate is on its way)
            self._place = None
            self.place_kept.emit(kept.place)

    def _alone(self) -> Alone | None:
        """The selected document, to read by itself while nothing is compared with it (a
        lone article, the base, the document pinned on the left)."""
        doc = self.selection.selected
        if doc is None or not 0 <= doc < len(self.documents):
            return None
        index = self.stories.index if self.hide_boilerplate else None
        return Alone(doc, self.documents[doc], index)

    def _cleared(self, message: str) -> None:
        self.cleared.emit(message)
        self._say_pair(self._noted(message))  # not the numbers of the pair on screen before
        self._show_relation()
        self.view.show_story()

    def _single(self, single: Single) -> None:
        """Nothing compared, the selected document shown by itself: as ``_cleared``."""
        self.single.emit(single)
        self._say_pair(self._noted(single.message))
        self._show_relation()
        self.view.show_story()

    def _say_pair(self, message: str) -> None:
        """What the pair says (comparing, its numbers, why nothing is compared): on the
        status line if the pair is on screen, else kept for ``say_pair``."""
        self._pair_said = message
        if not self.pair_hidden():
            self.message.emit(message)

    def say_pair(self) -> None:
        """The pair shows again: the status line says what it last said."""
        self.message.emit(self._pair_said)

    def show_marks(self) -> None:
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
        """The chip in the left pane's header: a pin, or the chain of V / Shift+V (which
        holds while the selection stays in the story: seen, and released as a pin is)."""
        pin, selection = self.selection.pinned, self.selection
        chip = None if pin is None else texts.pin_chip(pin, self.documents[pin.doc])
        if chip is None and selection.chain is not None and selection.facing is None:
            chip = texts.chain_chip()
        if chip != self._pin:
            self._pin = chip
            self.pin_changed.emit(chip)

    def _show_relation(self) -> None:
        """Say plainly when the pair on screen is not two versions of one story.

        A pair of long documents is scored in the background (two 4 MB texts: 800k
        shingles, 0.3 s), its banner hidden meanwhile; a news-sized pair at once, so the
        banner does not blink at each pair.
        """
        index, shown = self.stories.index, self.comparing.current
        self.runner.cancel(RELATION_SCORE)
        if index is None or shown is None:
            self.relation.emit(None)
            return
        pair = shown.pair
        if sum(index.shingle_count(doc) for doc in pair) <= SCORE_AT_ONCE:
            self._relation_scored(index, pair, index.scores(*pair))
            return
        self.relation.emit(None)
        self.runner.start(
            RELATION_SCORE,
            lambda _job: index.scores(*pair),
            lambda score: self._relation_scored(index, pair, score),
        )

    def _relation_scored(self, index: StoryIndex, pair: tuple[int, int], score: PairScore) -> None:
        shown = self.comparing.current
        if index is not self.stories.index or shown is None or shown.pair != pair:
            return  # another pair or grouping since: its own scoring says
        self.relation.emit(score)
        self.derivation.relation(pair, shown.plan.comparison)  # the sentence follows


# The sample's key among the folders' last pairs (no folder's real path starts so).
SAMPLE_PAIR_KEY = "<the bundled sample>"


def pair_key(folder: Path) -> str:
    """The settings' key for the pair last compared in ``folder``: its real path; for the
    bundled sample, one key wherever it is (the one-file app unpacks it to a new temporary
    folder at each start: each start's pair was kept under a path never seen again, and
    50 starts pushed the user's folders out of the ``last_pair.MAX_FOLDERS`` kept)."""
    return SAMPLE_PAIR_KEY if is_sample(folder) else str(real(folder))


def is_sample(folder: Path) -> bool:
    """Whether ``folder`` is the bundled sample corpus: not remembered as a folder of the
    user's (inside the app, it was where Open folder… started; the one-file app unpacks it
    to a new temporary folder at each start, each one then listed as a missing recent
    folder — found by a tester). The welcome view offers it anyway."""
    try:
        return real(folder) == real(sample_corpus())
    except FileNotFoundError:  # (no resources: then it is not theirs)
        return False


def first_story_version(index: StoryIndex) -> int | None:
    """The first version of the first story of several versions, in the grouped list's
    order (events, their stories, each story's versions in time order), not its base."""
    for event in index.events:
        for story_id in event.stories:
            story = index.stories[story_id]
            if len(story.versions) > 1:
                docs = time_order([v.doc for v in story.versions], index.documents)
                return next(d for d in docs if d != story.base)
    return None
