"""What the user reviewed, flagged and noted, kept in the review store (``review_store``).

One controller answers every review question the app asks: the flags and notes of the pair
on screen, placed on its changes (``marks_changed``); the reviewed ✓ and ⚑ marks of each
document's pair with its left side (``list_marks`` — the document list shows them, and any
other view of versions against their left side, such as a story view, connects to the same
signal or asks ``summary``); the next unreviewed pair; the folder's flags and notes.

Documents are named by the hash of their text (computed once per load, in the background)
and changes by their words and context, so a review survives renaming the folder and
changing a compare option. A store that fails is said to the user, never a crash.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QObject, Signal

from wirediff.core.counts import count
from wirediff.core.document import Document
from wirediff.core.options import CompareOptions
from wirediff.core.review import (
    ChangeAnchor,
    DocRef,
    Listed,
    PairKey,
    PairReview,
    PairSummary,
    ReviewStore,
    StoreError,
    doc_ref,
    find_change,
    pair_key,
    place_marks,
)
from wirediff.core.review.anchors import change_keys
from wirediff.core.review.legacy import Imported
from wirediff.core.stories import StoryIndex
from wirediff.core.textsafe import utf8_safe
from wirediff.ui.common.settings import Settings
from wirediff.ui.jobs.runner import Job, Runner
from wirediff.ui.session.comparing import Shown
from wirediff.ui.session.review_marks import (
    NoteTarget,
    PairMarks,
    Placed,
    Screen,
    hashes_job,
    pair_marks,
    place,
    stored_note,
    write_note,
)
from wirediff.ui.session.review_store import (
    app_store_path,
    forget_legacy,
    import_job,
    legacy_for,
    open_store,
    read_legacy,
    worker_store,
)

T = TypeVar("T")
LeftFor = Callable[[int], int | None]


class ReviewController(QObject):
    """The review store behind every review mark, flag and note the app shows."""

    marks_changed = Signal(object)  # PairMarks of the pair on screen
    list_marks = Signal(object)  # dict[int, PairSummary]: each document's pair with its left
    listing_ready = Signal(object)  # list[Listed]: the folder's flags and notes
    go_to_change = Signal(int)  # a change asked for from Flags & notes is on screen
    store_changed = Signal()  # another window or process wrote to the store: read it again
    message = Signal(str)
    problem = Signal(str)  # the store failed: tell the user (once per kind of failure)

    def __init__(
        self,
        settings: Settings,
        runner: Runner,
        path: Path | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings, self.runner = settings, runner
        self.path = path or app_store_path()
        opened = open_store(self.path)
        self.store = opened.store
        self.notice = opened.notice  # for the window to show once it is up
        self._documents: Sequence[Document] = ()
        self._refs: list[DocRef] | None = None
        self._by_hash: dict[str, list[int]] = {}
        self._by_path: dict[str, list[int]] = {}  # as stored (``utf8_safe``)
        self._left_for: LeftFor = lambda _doc: None
        self._screen: Screen | None = None
        self._pending: tuple[tuple[int, int], ChangeAnchor] | None = None
        self._told: set[str] = set()

    def close(self) -> None:
        for kind in ("hashes", "placing", "listing", "import"):
            self.runner.cancel(kind)
        if self.store is not None:
            self.store.close()
            self.store = None

    # --- store access ------------------------------------------------------------------
    def _read(self, read: Callable[[ReviewStore], T], default: T) -> T:
        if self.store is None:
            return default
        try:
            return read(self.store)
        except StoreError as exc:
            self.say_failure(f"Could not read the review store: {exc}")
            return default

    def _write(self, write: Callable[[ReviewStore], object], what: str) -> bool:
        if self.store is None:
            self.message.emit(f"Not saved ({what}): the review store could not be opened")
            return False
        try:
            write(self.store)
        except StoreError as exc:
            self.say_failure(f"Could not save {what}: {exc}")
            return False
        return True

    def say_failure(self, text: str) -> None:
        """A read or a write of the store failed: said on the status line, and in a message
        the first time for its kind ("Could not save the flag")."""
        self.message.emit(text)
        kind = text.split(":", 1)[0]
        if kind not in self._told:  # a dialog once; the status line every time
            self._told.add(kind)
            self.problem.emit(text)

    # --- what another window wrote --------------------------------------------------------
    def catch_up(self, shown: Shown | None) -> bool:
        """Show what another window or process wrote to the store since this one last
        looked: the list's marks and the pair on screen (``shown``) are read again, and
        ``store_changed`` tells the rest (Flags & notes, story corrections). Nothing is read
        when nothing changed (``ReviewStore.changed_elsewhere``): cheap enough to ask at
        every activation of the window, and every few seconds. True when it changed."""
        if not self._changed_elsewhere():
            return False
        screen = self._screen
        if screen is None or shown is None or screen.shown is not shown:
            self.refresh_list()  # (no pair on screen, or one whose marks are to come)
        elif screen.placement is not None:
            self._reload(screen)  # (the list too)
        else:  # still being placed, with the marks read before
            self.show_marks(shown)
            self.refresh_list()
        self.store_changed.emit()
        return True

    def _changed_elsewhere(self) -> bool:
        if self.store is None or not self._documents:
            return False  # (nothing shown from the store: a folder opened reads it all)
        try:
            return self.store.changed_elsewhere()
        except StoreError:
            return False  # the next read or write says what fails

    # --- the documents open ------------------------------------------------------------
    def documents_loaded(self, documents: Sequence[Document]) -> None:
        """New documents: name them (text hashes) in the background, then mark the list."""
        self._documents, self._refs, self._by_hash, self._by_path = documents, None, {}, {}
        self._screen = self._pending = None
        self.list_marks.emit({})

        def done(refs: list[DocRef] | None) -> None:
            if refs is not None and documents is self._documents:
                self._set_refs(refs)
                self.refresh_list()
                if self._screen is not None:  # shown before the store knew what is open
                    self.show_marks(self._screen.shown)

        self.runner.start("hashes", hashes_job(documents), done, self.say_failure)

    def _set_refs(self, refs: list[DocRef]) -> None:
        self._refs = refs
        self._by_hash, self._by_path = {}, {}
        for i, ref in enumerate(refs):
            self._by_hash.setdefault(ref.hash, []).append(i)
            self._by_path.setdefault(utf8_safe(ref.path), []).append(i)
        if self.store is not None:  # a text open under another name inherits nothing
            self.store.documents_open(refs)

    def _ref(self, doc: int) -> DocRef:
        if self._refs is not None:
            return self._refs[doc]
        return doc_ref(self._documents[doc])

    def show_reviewed(self, documents: Sequence[Document], left_for: LeftFor) -> None:
        """The list's pairs changed (``left_for``: each document's left side): mark them."""
        if documents is self._documents:
            self._left_for = left_for
            self.refresh_list()

    def refresh_list(self) -> None:
        """Emit ``list_marks``: the documents whose pair with their left side has anything
        stored, counted as the pair shows it (inherited flags and notes of a file edited in
        place included).

        Goes through the stored pairs (human-sized), not through the documents; the pairs
        that inherit (rare) are read whole, all at once (``pair_reviews``).
        """
        if self._refs is None:
            return
        empty: tuple[dict[PairKey, PairSummary], dict[PairKey, tuple[str, str]]] = ({}, {})
        summaries, marked = self._read(
            lambda store: (store.summaries(), store.marked_pairs()), empty
        )
        marks: dict[int, PairSummary | None] = dict(self._marks_of(summaries))
        inheriting = self._inheriting(marked)
        if inheriting:

            def read(store: ReviewStore) -> dict[int, PairSummary | None]:
                pairs = [(self._ref(left), self._ref(doc)) for left, doc in inheriting]
                reviews = store.pair_reviews(pairs)
                return {
                    doc: _summary_of(review)
                    for (_left, doc), review in zip(inheriting, reviews, strict=True)
                }

            none: dict[int, PairSummary | None] = {}
            marks.update(self._read(read, none))
        self.list_marks.emit({doc: m for doc, m in marks.items() if m is not None})

    def _marks_of(self, summaries: dict[PairKey, PairSummary]) -> dict[int, PairSummary]:
        marks: dict[int, PairSummary] = {}
        for (a, b), summary in summaries.items():
            for i in self._by_hash.get(a, ()):
                for j in self._by_hash.get(b, ()):
                    for doc, other in ((i, j), (j, i)):
                        if doc != other and self._left_for(doc) == other:
                            marks[doc] = summary
        return marks

    def _inheriting(self, marked: dict[PairKey, tuple[str, str]]) -> list[tuple[int, int]]:
        """The list's pairs (left, document) that inherit the flags or notes of a pair of
        ``marked`` stored on an earlier text of one of them: its text is not open, and a
        document open at its path is (the rule of ``ReviewStore.pair_review``)."""
        found: set[tuple[int, int]] = set()
        for key, paths in marked.items():
            if all(h in self._by_hash for h in key):
                continue  # both texts open: its marks are its own (``summaries``)
            sides = [
                self._by_hash[h] if h in self._by_hash else self._by_path.get(path, [])
                for h, path in zip(key, paths, strict=True)
            ]
            for i in sides[0]:
                for j in sides[1]:
                    for doc, other in ((i, j), (j, i)):
                        if doc != other and self._left_for(doc) == other:
                            found.add((other, doc))
        return sorted(found)

    def summary(self, left: int, right: int) -> PairSummary | None:
        """What is stored about any pair of open documents (for views of other pairs),
        counted as the pair shows it."""
        return self._read(
            lambda store: _summary_of(store.pair_review(self._ref(left), self._ref(right))), None
        )

    # --- the pair on screen ------------------------------------------------------------
    def show_marks(self, shown: Shown) -> None:
        """A comparison is on screen: place its stored flags and notes (in the background)."""
        if self._changed_elsewhere():  # another window wrote: the list must agree with it
            self.refresh_list()
            self.store_changed.emit()
        left, right = self._ref(shown.pair[0]), self._ref(shown.pair[1])
        no_review: PairReview | None = None
        review = self._read(lambda store: store.pair_review(left, right), no_review)
        self._screen = screen = Screen(shown, left, right, review)
        self.marks_changed.emit(PairMarks(reviewed=review is not None and review.reviewed))
        marks = review.marks if review is not None else ()

        def done(placed: Placed) -> None:
            if self._screen is screen:
                screen.anchors, screen.keys = placed.anchors, placed.keys
                screen.placement = placed.placement
                self._emit_marks(screen)
                self._go_to_pending(screen)

        comparison = shown.plan.comparison
        left_out = shown.left_out
        self.runner.start(
            "placing", lambda _job: place(comparison, marks, left_out), done, self.say_failure
        )

    def _ready(self, shown: Shown | None) -> Screen | None:
        """The screen with its anchors (computed now if the background has not yet)."""
        screen = self._screen
        if shown is None or screen is None or screen.shown is not shown:
            return None
        if screen.anchors is None:
            self.runner.cancel("placing")
            marks = screen.review.marks if screen.review else ()
            placed = place(shown.plan.comparison, marks, shown.left_out)
            screen.anchors, screen.keys = placed.anchors, placed.keys
            screen.placement = placed.placement
        return screen

    def _reload(self, screen: Screen) -> None:
        """Read the pair again after a write and show its marks."""
        screen.review = self._read(
            lambda store: store.pair_review(screen.left, screen.right), screen.review
        )
        comparison = screen.shown.plan.comparison
        marks = screen.review.marks if screen.review is not None else ()
        keys = screen.keys or change_keys(comparison)
        screen.placement = place_marks(comparison, marks, keys, screen.shown.left_out)
        self._emit_marks(screen)
        self.refresh_list()

    def _emit_marks(self, screen: Screen) -> None:
        if screen.placement is not None:
            self.marks_changed.emit(pair_marks(screen))

    def reviewed(self, shown: Shown | None) -> bool:
        """Whether the pair on screen is marked reviewed (as last read)."""
        screen = self._screen
        return (
            shown is not None
            and screen is not None
            and screen.shown is shown
            and screen.review is not None
            and screen.review.reviewed
        )

    # --- r, f, m ---------------------------------------------------------------------------
    def toggle_reviewed(self, shown: Shown | None) -> None:
        """Mark the pair on screen reviewed, or no longer."""
        screen = self._ready(shown)
        if screen is None:
            self.message.emit("Open a pair first")
            return
        now = not (screen.review is not None and screen.review.reviewed)
        write = lambda store: store.set_reviewed(screen.left, screen.right, now)  # noqa: E731
        if self._write(write, "the reviewed mark"):
            self._reload(screen)
            self.message.emit("Pair marked reviewed" if now else "Pair no longer marked reviewed")

    def toggle_flag(self, shown: Shown | None, change: int | None) -> None:
        """Flag (or unflag) change ``change`` of the pair on screen."""
        screen = self._ready(shown)
        if screen is None or change is None:
            self.message.emit("Go to a change first (Alt+Down), then press f to flag it")
            return
        assert screen.anchors is not None and screen.placement is not None
        on = change not in screen.placement.flagged()
        anchor, earlier = screen.anchors[change], screen.placement.by_change.get(change, ())

        def write(store: ReviewStore) -> None:
            store.set_flag(screen.left, screen.right, anchor, on, earlier=earlier)

        if self._write(write, "the flag"):
            self._reload(screen)
            self.message.emit(f"Change {change + 1} {'flagged' if on else 'unflagged'}")

    def note_target(self, shown: Shown | None, change: int | None) -> NoteTarget | None:
        """What a note on ``change`` of the pair on screen (None: on the pair) is written on,
        with the note as stored now — read again, another window may have written it —, or
        None when there is no such pair or change."""
        screen = self._ready(shown)
        if screen is None or screen.anchors is None:
            return None
        self._reload(screen)
        if change is None:
            review = screen.review
            return NoteTarget(screen.left, screen.right, None, (), review.note if review else "")
        if screen.placement is None or not 0 <= change < len(screen.anchors):
            return None
        earlier = screen.placement.by_change.get(change, ())
        note = screen.placement.note(change)
        return NoteTarget(screen.left, screen.right, screen.anchors[change], earlier, note, change)

    def save_note(self, target: NoteTarget, text: str) -> bool:
        """Keep ``text`` as the note ``target`` names ("" removes it), whatever pair is on
        screen now. A note changed elsewhere since the editor opened (another window) is not
        overwritten: both are kept. False when the store failed (the text is not kept)."""
        text = text.strip()
        review = self._read(lambda store: store.pair_review(target.left, target.right), None)
        now = target.original if review is None else stored_note(review, target)
        elsewhere = now not in (target.original, text) and bool(now)
        if elsewhere:
            text = f"{now}\n\n{text}" if text else now
        what = "the note on the pair" if target.anchor is None else "the note"
        if not self._write(lambda store: write_note(store, target, text), what):
            return False
        screen = self._screen
        if screen is not None and pair_key(screen.left, screen.right) == target.key:
            self._reload(screen)
        else:
            self.refresh_list()
        on = "the pair" if target.change is None else f"change {target.change + 1}"
        if elsewhere:
            self.message.emit(
                f"The note on {on} was changed in another window meanwhile: both are kept"
            )
        else:
            self.message.emit(f"Note on {on} {'saved' if text else 'removed'}")
        return True

    # --- u ---------------------------------------------------------------------------------
    def next_unreviewed(
        self, order: Sequence[int], current: int | None, left_for: LeftFor
    ) -> int | None:
        """The next document after ``current`` in ``order`` (the list's order, wrapping
        around) whose pair with its left side is not marked reviewed; None if none is
        (as the store is now: ``catch_up`` first, for the list to agree)."""
        if self._refs is None and self._documents:
            self._set_refs([doc_ref(d) for d in self._documents])  # asked before they came
        start = order.index(current) + 1 if current in order else 0
        rotated = [*order[start:], *order[:start]]
        docs, pairs = [], []
        for doc in rotated:
            left = left_for(doc)
            if left is not None and left != doc:
                docs.append(doc)
                pairs.append((self._ref(left), self._ref(doc)))
        found = self._read(lambda store: store.next_unreviewed(pairs), None)
        return None if found is None else docs[found]

    # --- Review ▸ Flags & notes ------------------------------------------------------------
    def list_flags_and_notes(self, documents: Sequence[Document], folder: Path | None) -> None:
        """Every flag and note of the pairs of ``documents`` (``listing_ready``), read in the
        background (the status of an edited file's marks searches its text)."""
        path = self.path if self.store is not None else None

        def run(_job: Job) -> list[Listed]:
            with worker_store(path) as store:
                return [] if store is None else store.list_flags_and_notes(documents, folder)

        self.runner.start("listing", run, self.listing_ready.emit, self.say_failure)

    def forget(self, entries: Sequence[Listed], what: str) -> bool:
        """Remove ``entries`` (Flags & notes' chosen ones, ``what`` says them) from the
        store; the pair on screen and the list's marks show it. False when the store failed."""
        if not self._write(lambda store: store.forget(entries), f"the removal of {what}"):
            return False
        screen = self._screen
        if screen is not None and screen.placement is not None:
            self._reload(screen)
        else:
            self.refresh_list()
        self.message.emit(f"Forgot {what}")
        return True

    def open_at(self, pair: tuple[int, int], anchor: ChangeAnchor) -> None:
        """Go to ``anchor``'s change once ``pair`` (left, right) is on screen."""
        self._pending = (pair, anchor)
        screen = self._screen
        if screen is not None and screen.placement is not None:
            self._go_to_pending(screen)

    def _go_to_pending(self, screen: Screen) -> None:
        if self._pending is None or self._pending[0] != screen.shown.pair:
            return
        anchor = self._pending[1]
        self._pending = None
        shown = screen.shown
        found = find_change(shown.plan.comparison, anchor, screen.keys, shown.left_out)
        if isinstance(found, int):
            self.go_to_change.emit(found)
        else:
            self.message.emit(f"That change is not in this comparison: {found.value}")

    # --- the review state older versions kept in QSettings --------------------------------
    def import_legacy(
        self, documents: Sequence[Document], index: StoryIndex | None, options: CompareOptions
    ) -> None:
        """Move the old QSettings review marks of pairs of ``documents`` into the store,
        once: imported keys leave QSettings."""
        legacy = legacy_for(read_legacy(self.settings), documents)
        if not legacy or self.store is None:
            return

        def done(imported: Imported) -> None:
            forget_legacy(self.settings, legacy)
            self.refresh_list()
            if self._screen is not None and self._screen.placement is not None:
                self._reload(self._screen)  # the pair on screen may be one of them
            skipped = f", {len(imported.skipped)} could not be" if imported.skipped else ""
            self.message.emit(
                f"Moved {count(imported.reviewed, 'reviewed pair')} and "
                f"{count(imported.flags, 'flag')} from the old settings into the review "
                f"store{skipped}"
            )

        job = import_job(self.path, legacy, documents, index, options)
        self.runner.start("import", job, done, self.say_failure, lasting=True)


def _summary_of(review: PairReview) -> PairSummary | None:
    """What the list shows of ``review`` (None: nothing), inherited marks counted."""
    flags = sum(mark.flagged for mark in review.marks)
    notes = sum(bool(mark.note) for mark in review.marks) + bool(review.note)
    if not (review.reviewed or flags or notes):
        return None
    return PairSummary(review.reviewed, flags, notes)
