"""The Review menu's part of the window: notes (m, Shift+M), next unreviewed pair (u),
Review ▸ Flags & notes, and what the review store says shown in the widgets.

The session's ``ReviewController`` keeps everything in the store; this puts its answers on
screen (flags and notes in the diff and the changes panel, ✓ and ⚑ in the list) and tells
it what the user did.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QMessageBox, QWidget

from wirediff.core.document import Document
from wirediff.core.quoting import change_words
from wirediff.core.review import Listed, Lost, Orphan, doc_ref, pair_key
from wirediff.ui.common.text import change_line, folded, one_line
from wirediff.ui.common.timers import timer
from wirediff.ui.panels.flags import FlagsDialog, marks_text, status_text
from wirediff.ui.panels.notes import replacement_excerpt
from wirediff.ui.session.comparing import Shown
from wirediff.ui.session.review_marks import NoteTarget, PairMarks
from wirediff.ui.session.session import Session
from wirediff.ui.shell.export import Exporter
from wirediff.ui.shell.parts import Parts

EXCERPT = 48  # characters of a change shown above its note (two lines of the panel)
# How often the window asks whether another window or process wrote to the review store
# (one ``PRAGMA data_version``, no table read; read again only when it did).
STORE_CHECK_MS = 2000


_TWINS_SAID = 3  # files of the same text named, the others counted


class Reviewing:
    """Notes, the next unreviewed pair and Flags & notes, for the window's commands."""

    def __init__(
        self, window: QMainWindow, session: Session, parts: Parts, exporter: Exporter
    ) -> None:
        self.window, self.session, self.parts, self.exporter = window, session, parts, exporter
        self.review = session.review
        self.flags: FlagsDialog | None = None  # made when first asked for
        self._note_on: NoteTarget | None = None  # what the note being written is on
        # what Esc put away unsaved, by what it was written on: m there opens it again (one
        # Esc too many — a tooltip's, a menu's — lost a note without a trace)
        self._drafts: dict[tuple[object, object], tuple[NoteTarget, str]] = {}
        self._focus_back: QWidget | None = None
        # the open documents by their texts (``_shared_with``), for the list they were of
        self._twins_of: list[Document] | None = None
        self._twins: dict[str, list[int]] = {}
        review, editor = self.review, parts.changes.note_editor
        review.marks_changed.connect(self._show_marks)
        review.list_marks.connect(parts.doc_list.cells.set_review_marks)
        review.go_to_change.connect(self._go_to_change)
        review.listing_ready.connect(self._listed)
        review.problem.connect(self._warn)
        review.store_changed.connect(self._relist)  # another window wrote: Flags & notes too
        editor.saved.connect(self._note_saved)
        editor.discarded.connect(self._note_put_away)
        session.documents_loaded.connect(lambda _loaded: self._relist())
        editor.closed.connect(self._note_closed)
        session.shown.connect(self._pair_shown)
        if review.notice:  # a store set aside, or none at all: said once the window is up
            QTimer.singleShot(0, lambda: self._warn(review.notice))
        # Another window (a process of its own) writing marks is seen without a restart:
        # when this one is activated (the window calls ``catch_up``) and, for one left
        # beside it, every STORE_CHECK_MS.
        self._store_check = timer(window, STORE_CHECK_MS, single_shot=False)
        self._store_check.timeout.connect(self._check_store)
        self._store_check.start()

    # --- what another window wrote --------------------------------------------------------------
    def catch_up(self) -> None:
        """Show what another window or process wrote to the review store meanwhile."""
        self.review.catch_up(self.session.current)

    def _check_store(self) -> None:
        if self.window.isVisible() and not self.window.isMinimized():
            self.catch_up()

    # --- what the store says -----------------------------------------------------------------
    def _show_marks(self, marks: PairMarks) -> None:
        self.parts.diff.set_flags(set(marks.flagged), set(marks.notes))
        reasons = [orphan_line(o) for o in marks.orphans]
        marked = marks.reviewed or marks.pair_note or marks.flagged or marks.notes
        self.parts.changes.show_review(
            set(marks.flagged),
            marks.notes,
            marks.pair_note,
            marks.reviewed,
            reasons,
            self._shared_with() if marked else "",
        )

    def _shared_with(self) -> str:
        """The other files open whose text is the pair's right side's (or its left's), its
        marks theirs too: the store knows a text, not a file, and a note naming one client
        showed on another that ran the same words (a corrections editor's walkthrough)."""
        shown = self.session.current
        documents = self.session.documents
        if shown is None or not documents:
            return ""
        if self._twins_of is not documents:  # (grouped once per folder opened)
            self._twins_of, self._twins = documents, {}
            for i, doc in enumerate(documents):
                self._twins.setdefault(doc.text, []).append(i)
        mine = {id(shown.left), id(shown.right)}
        names = [
            documents[i].name
            for side in (shown.right, shown.left)
            for i in self._twins.get(side.text, ())
            if id(documents[i]) not in mine
            and documents[i].path not in (shown.left.path, shown.right.path)
        ]
        names = list(dict.fromkeys(names))
        if len(names) > _TWINS_SAID:  # (60 copies of a story were a line of 2,331 characters)
            return f"{', '.join(names[:_TWINS_SAID])} and {len(names) - _TWINS_SAID:,} more"
        return ", ".join(names)

    def _warn(self, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, "Review store — wirediff", text)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setParent(self._over(), box.windowFlags())
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def _over(self) -> QWidget:
        """The window a message comes over: the dialog of the window the user is in (a
        forget or an undo in Flags & notes or Corrections the store refused), for the
        keyboard to go back there when it closes (it went to the main window behind: Esc
        then acted there); else the main window."""
        active = QApplication.activeWindow()
        if (
            isinstance(active, QDialog)
            and not isinstance(active, QMessageBox)
            and active.parentWidget() is self.window
            and active.isVisible()
        ):
            return active
        return self.window

    def _go_to_change(self, change: int) -> None:
        self.parts.diff.go_to_change(change)
        self._focus_diff()

    def _focus_diff(self) -> None:
        self.parts.diff.reading_pane().setFocus()

    # --- m, Shift+M ----------------------------------------------------------------------------
    def note(self) -> None:
        """m: write or edit the note on the current change."""
        shown, change = self.session.current, self.parts.diff.current
        if shown is None or change is None:
            self.session.message.emit("Go to a change first (Alt+Down), then press m to note it")
            return
        target = self.review.note_target(shown, change)
        if target is None:
            return
        comparison = shown.plan.comparison
        found = comparison.changes[change]
        old, new = (folded(words, EXCERPT // 2) for words in change_words(comparison, change))
        kind = str(found.kind)
        if kind == "replace":  # (on one line or two: ``replacement_excerpt``)
            excerpt = replacement_excerpt(old, new)
        else:
            excerpt = change_line(kind, old, new)
        self._edit(target, f"Note on change {change + 1} ({kind}):\n{excerpt}")

    def pair_note(self) -> None:
        """Shift+M: write or edit the note on the pair as a whole."""
        shown = self.session.current
        target = self.review.note_target(shown, None)
        if shown is None or target is None:
            self.session.message.emit("Open a pair first")
            return
        names = f"{one_line(shown.right.name)} against {one_line(shown.left.name)}"
        self._edit(target, f"Note on the pair: {names}")

    def _edit(self, target: NoteTarget, heading: str, text: str | None = None) -> None:
        """Open the editor on ``target``; on the note already being written, go back to it."""
        editor = self.parts.changes.note_editor
        on = self._note_on
        if (
            on is not None
            and editor.is_open()
            and (on.key, on.anchor)
            == (
                target.key,
                target.anchor,
            )
        ):
            self.parts.side.reveal(self.parts.changes)
            editor.text.setFocus()
            return
        if not self._leave_draft():
            return
        self._note_on = target
        focus = QApplication.focusWidget()
        editor = self.parts.changes.note_editor
        if focus is not None and not editor.isAncestorOf(focus):
            self._focus_back = focus
        # (folded into a tab behind the list's, the editor took the keys unseen: what was
        # typed went into it, and after Tab the letters were commands — f flagged a change)
        self.parts.side.reveal(self.parts.changes)
        if text is None:  # (a draft put away is in the editor now, not kept twice: it
            # was saved at quit, then the editor's text added to it, "Draft one\n\nDraft
            # one plus more" — a standards editor's walkthrough)
            _kept, text = self._drafts.pop((target.key, target.anchor), (target, target.original))
        editor.edit(heading, text)

    def _note_put_away(self, text: str) -> None:
        """Esc on a note: what was typed, when it is not the note as it was, is kept to be
        opened again on what it was written for, and the status line says so."""
        target = self._note_on
        if target is None:
            return
        key = (target.key, target.anchor)
        if text.strip() == target.original.strip():
            self._drafts.pop(key, None)
            return
        self._drafts[key] = (target, text)
        again = "Shift+M" if target.anchor is None else "m on the change"
        self.session.message.emit(
            f"Note not saved: {again} opens it again as you left it (it is saved if the "
            "window closes first)"
        )

    def _note_saved(self, text: str) -> None:
        """Keep the note; when the store fails, the editor opens again on what was typed."""
        target, self._note_on = self._note_on, None
        if target is not None:
            self._drafts.pop((target.key, target.anchor), None)
        if target is not None and not self.review.save_note(target, text):
            self._edit(target, self.parts.changes.note_editor.heading.text(), text)

    def _pair_shown(self, shown: Shown) -> None:
        """Another comparison is on screen. A note being written on the same two documents
        stays open (the grouping ended and swapped the sides, an option changed); on another
        pair, what was typed is saved on the pair it was written for, never dropped."""
        target, editor = self._note_on, self.parts.changes.note_editor
        if target is None or not editor.is_open():
            return  # (nothing open: no text hashed)
        if pair_key(doc_ref(shown.left), doc_ref(shown.right)) != target.key:
            self._leave_draft()

    def _leave_draft(self) -> bool:
        """Close the editor before it is used for another note: what was typed is saved on
        what it was written for (unchanged, it is just closed). False when that save failed
        (the editor stays open on the text)."""
        target, editor = self._note_on, self.parts.changes.note_editor
        if target is None or not editor.is_open():
            return True
        if editor.text.toPlainText().strip() == target.original:
            editor.cancel()
        else:
            editor.save()
        return not editor.is_open()

    def keep_draft(self) -> bool:
        """The window closes (or the session ends): a note being written is saved on what
        it was written for, now, while the store is open, and so is each one Esc put away
        (Esc "to be safe", then Ctrl+Q, lost one: a low-vision user's re-check). False when
        the open one's save failed: the editor stays open on the text, and the status line
        says why the window stays."""
        on = self._note_on
        open_key = (
            (on.key, on.anchor)
            if on is not None and self.parts.changes.note_editor.is_open()
            else None
        )
        for target, text in list(self._drafts.values()):
            if (target.key, target.anchor) == open_key:
                continue  # (the editor holds it, as typed since: saved below)
            if self.review.save_note(target, text):
                self._drafts.pop((target.key, target.anchor), None)
        if self._leave_draft():
            return True
        self.session.message.emit(
            "The window was not closed: the note being written could not be saved. Save it "
            "(Ctrl+Enter) once the review store works again, or drop it (Esc), then close"
        )
        return False

    def _note_closed(self) -> None:
        back, self._focus_back = self._focus_back, None
        if back is not None and back.isVisible():
            back.setFocus()
        else:
            self._focus_diff()

    # --- u ---------------------------------------------------------------------------------------
    def next_unreviewed(self) -> None:
        """u: select the next document in the list whose pair is not marked reviewed."""
        self.catch_up()  # u reads the store as it is now: the list's ✓ must agree
        selection, doc_list = self.session.selection, self.parts.doc_list
        current = selection.selected
        found = self.review.next_unreviewed(doc_list.visible_order(), current, selection.left_for)
        if not doc_list.visible_order():
            self.session.message.emit("No document is listed: nothing to review")
        elif found is None:
            self.session.message.emit(self._all_reviewed(current))
        elif found == current:
            self.session.message.emit("This is the only pair in the list not marked reviewed")
        else:
            doc_list.select(found)
            self.session.message.emit(f"Next pair to review: {self.session.documents[found].name}")

    def _all_reviewed(self, current: int | None) -> str:
        """What u says when the list has no pair left to review: under a filter, whether
        pairs it hides are (it said "Every pair in the list is marked reviewed" with one
        of thirteen reviewed, the filter leaving one listed: a wire-desk editor)."""
        typed = self.parts.doc_list.filter.text().strip()
        if typed:
            every = range(len(self.session.documents))
            left_for = self.session.selection.left_for
            if self.review.next_unreviewed(every, current, left_for) is not None:
                return (
                    f"Every pair the filter “{typed}” lists is marked reviewed; pairs it "
                    "hides are not (Esc in the filter clears it)"
                )
        return "Every pair in the list is marked reviewed"

    # --- Review ▸ Flags & notes ----------------------------------------------------------------
    def show_flags(self) -> None:
        """List every flag and note of the documents open (read in the background)."""
        if not self.session.documents:
            self.session.message.emit("Open a folder first")
            return
        if self.flags is None:
            self.flags = FlagsDialog(self.window)
            self.flags.entry_activated.connect(self.open_entry)
            self.flags.entry_entered.connect(self.go_to_entry)
            self.flags.export_requested.connect(lambda: self.exporter.export_flags(self.flags))
            self.flags.forget_requested.connect(self.forget)
        self.flags.show()
        self.flags.activateWindow()
        if QGuiApplication.platformName() != "offscreen":  # offscreen cannot raise windows
            self.flags.raise_()
        self._relist()

    def _relist(self) -> None:
        """List the flags and notes of the documents open now, if the list is on screen
        (another folder opened: its entries were documents of the one before, by index)."""
        if self.flags is None or not self.flags.isVisible():
            return
        self.flags.set_waiting()
        paths = self.session.loading.watch.paths
        folder = Path(paths[0]) if len(paths) == 1 and Path(paths[0]).is_dir() else None
        self.review.list_flags_and_notes(self.session.documents, folder)

    def forget(self, entries: list[Listed]) -> None:
        """Ask, then remove ``entries`` from the review store (a note's text is not kept)."""
        if self.flags is None:
            return
        what = marks_text(entries, " and ", zeros=False)
        box = QMessageBox(
            QMessageBox.Icon.Question,
            "Forget flags and notes — wirediff",
            f"Forget {what}? They are removed from the review store; a note's text cannot "
            "be brought back.",
            QMessageBox.StandardButton.Cancel,
            self.flags,
        )
        box.setObjectName("forget_box")
        box.setTextFormat(Qt.TextFormat.PlainText)
        forget = box.addButton("&Forget", QMessageBox.ButtonRole.DestructiveRole)
        # Enter keeps them (a note's text is gone for good): Forget is a click or Alt+F.
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered() -> None:
            if box.clickedButton() is forget and self.review.forget(entries, what):
                self._relist()

        box.finished.connect(answered)
        box.open()

    def _listed(self, entries: list[Listed]) -> None:
        if self.flags is not None:
            self.flags.set_entries(entries)

    def open_entry(self, entry: Listed) -> bool:
        """Open a flag's or note's pair (its left document on the left) at its change, the
        keyboard staying in Flags & notes (Space, a double click: the next one is a key
        away). False when it cannot be opened (said)."""
        left, right = entry.left_doc, entry.right_doc
        if left is None or right is None:
            why = f"Cannot open it: {status_text(entry)}"
            self.session.message.emit(why)
            if self.flags is not None and self.flags.isVisible():
                self.flags.say(why)  # where the user is looking
            return False
        if entry.mark is not None:
            self.review.open_at((left, right), entry.mark.anchor)
        self.parts.doc_list.reveal(right)
        self.session.keys.open_pair(left, right)
        self._focus_diff()  # the main window's focus, for when the user goes there
        return True

    def go_to_entry(self, entry: Listed) -> None:
        """Enter in Flags & notes: open the entry and go to it, as Enter in the heat map
        does: the list closes (it covered the change) and the keyboard is in the diff,
        where n and p read on. Review ▸ Flags & notes brings it back on that entry."""
        if not self.open_entry(entry):
            return  # (the list stays, saying why)
        if self.flags is not None:
            self.flags.hide()
        self.window.activateWindow()
        self._focus_diff()


def orphan_line(orphan: Orphan) -> str:
    """A mark not found in the comparison: "old → new: why", each side isolated as the
    changes list has a change (between two Urdu sides the arrow pointed back at the old)."""
    anchor = orphan.mark.anchor
    old, new = (folded(words, 80) or "…" for words in (anchor.left, anchor.right))
    shows = " (Ctrl+H shows it)" if orphan.reason is Lost.HIDDEN else ""
    return f"{change_line('replace', old, new)}: {orphan.reason.value}{shows}"
