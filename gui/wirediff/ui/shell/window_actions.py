"""The slots behind the action table (see ``actions.ACTIONS``), mixed into MainWindow."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog

from wirediff.resources import sample_corpus
from wirediff.ui.shell.cheatsheet import CheatSheet

if TYPE_CHECKING:
    from wirediff.ui.shell.window import MainWindow

    _Base = MainWindow
else:
    _Base = object


class ActionSlots(_Base):
    """What each action does; every entry of the keyboard map does something real."""

    # --- files -------------------------------------------------------------------------------
    def open_folder_dialog(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Open folder", self.settings.last_folder)
        if folder:
            self.open_paths([Path(folder)])

    def open_files_dialog(self) -> None:
        files, _filter = QFileDialog.getOpenFileNames(self, "Open files", self.settings.last_folder)
        if files:
            self.open_paths([Path(f) for f in files])

    def open_sample(self) -> None:
        self.open_paths([sample_corpus()])

    # --- changes -----------------------------------------------------------------------------
    def next_change(self) -> None:
        self.diff.step(+1)

    def prev_change(self) -> None:
        self.diff.step(-1)

    def first_change(self) -> None:
        self.diff.go_to_end(last=False)

    def last_change(self) -> None:
        self.diff.go_to_end(last=True)

    def jump_moved(self) -> None:
        self.diff.jump_moved()

    def change_activated(self) -> None:
        self.diff.go_to_change(self.changes.selected())
        self.diff.setFocus()

    # --- versions and the base ---------------------------------------------------------------
    def next_version(self) -> None:
        """Select the next document in the order the list shows (grouped: story by story)."""
        self.doc_list.step(+1)

    def prev_version(self) -> None:
        self.doc_list.step(-1)

    def set_base(self) -> None:
        selected = self.doc_list.selected()
        if selected is None:
            self.show_message("Select a document first")
            return
        if self.grouped():
            self.set_story_base(selected)
            return
        self._make_base(selected)
        self.request_compare()
        self.show_message(f"Base: {self.documents[selected].name}")

    def compare_selected(self) -> None:
        self._requested = None  # Enter compares again even if the pair is on screen
        self.request_compare()

    def swap_sides(self) -> None:
        """The compared document becomes the base and the base the compared one."""
        if self.base is None or self.other is None:
            self.show_message("Nothing to swap: select a document other than the base")
            return
        old_base, old_other = self.base, self.other
        if self._pin is not None:  # a pair from a heat map: just the other way round
            self.open_pair(old_other, old_base)
            return
        if self.grouped():
            self.anchor_left(old_other)
            self.doc_list.select(old_base)
            self.request_compare()
            return
        self._make_base(old_other)
        self.doc_list.select(old_base)
        self.request_compare()

    # --- view --------------------------------------------------------------------------------
    def set_option(self, name: str, checked: bool) -> None:
        """Change one compare option and compare again."""
        self.options = replace(self.options, **{name: checked})
        self.settings.options = self.options
        if self.base is not None:
            self._make_base(self.base)
        self.request_compare()

    def toggle_inline(self, checked: bool) -> None:
        self.diff.set_inline(checked)
        self.settings.inline = checked
        self.right_title.setVisible(not checked)

    def focus_filter(self) -> None:
        self.doc_list.filter.setFocus()
        self.doc_list.filter.selectAll()

    def show_find(self) -> None:
        self.find_box.show()
        self.find_box.setFocus()
        self.find_box.selectAll()

    def hide_find(self) -> None:
        self.find_box.hide()
        self.diff.setFocus()

    def find_next(self) -> None:
        """Find the find box's text in the diff after the cursor, wrapping around."""
        text = self.find_box.text()
        if not text:
            self.show_find()
            return
        pane = self.diff.right if self.diff.right.hasFocus() else self.diff.left
        if pane.find(text):
            self.show_message("")
            return
        cursor = pane.textCursor()
        cursor.movePosition(cursor.MoveOperation.Start)
        pane.setTextCursor(cursor)
        if pane.find(text):
            self.show_message("Search wrapped to the top")
        else:
            found_other = self.diff.right.isVisible() and self.diff.right.find(text)
            self.show_message("" if found_other else f"Not found: {text}")

    def focus_list(self) -> None:
        self.doc_list.view.setFocus()

    def focus_diff(self) -> None:
        (self.diff.left if self.diff.inline else self.diff.right).setFocus()

    def focus_changes(self) -> None:
        self.changes.view.setFocus()

    def zoom_in(self) -> None:
        self.settings.zoom = min(30, self.settings.zoom + 1)
        self.restyle()

    def zoom_out(self) -> None:
        self.settings.zoom = max(-5, self.settings.zoom - 1)
        self.restyle()

    def zoom_reset(self) -> None:
        self.settings.zoom = 0
        self.restyle()

    def show_problems(self) -> None:
        self.problems_dock.show()
        self.problems_dock.raise_()

    def show_cheat_sheet(self) -> None:
        if self._cheat is None:
            self._cheat = CheatSheet(self.theme, self)
        self._cheat.show()
        if QGuiApplication.platformName() != "offscreen":  # offscreen cannot raise windows
            self._cheat.raise_()

    # --- review ------------------------------------------------------------------------------
    def toggle_reviewed(self) -> None:
        """Mark (or unmark) the pair on screen as reviewed; shown as ✓ in the list, persisted."""
        key = self.pair_key()
        if key is None:
            self.show_message("Open a pair first")
            return
        now = key not in self.settings.reviewed
        self.settings.set_reviewed(key, now)
        self._show_reviewed()
        self.show_message("Pair marked reviewed" if now else "Pair no longer marked reviewed")

    def toggle_flag(self) -> None:
        """Flag (or unflag) the current change; flags show in the changes list and overview."""
        key, current = self.flag_key(), self.diff.current
        if key is None or current is None:
            self.show_message("Go to a change first (Alt+Down), then press f to flag it")
            return
        flags = self.settings.flags(key)
        flags.symmetric_difference_update({current})
        self.settings.set_flags(key, flags)
        self.changes.model.set_flags(flags)
        self.diff.set_flags(flags)
        self.show_message(f"Change {current + 1} {'flagged' if current in flags else 'unflagged'}")
