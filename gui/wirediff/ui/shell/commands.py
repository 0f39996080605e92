"""What each user action does: the callables the action table (``actions.ACTIONS``) binds to.

A command tells the session what the user asked for, or acts on a widget of the view alone
(focus, find, zoom); what changes in the session comes back to the widgets through its
signals (see ``window``), never by a command writing it there.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMainWindow

from wirediff.core.display import isolated
from wirediff.core.options import CompareOptions
from wirediff.core.result import Comparison, RowKind
from wirediff.core.sections import heading_rows
from wirediff.resources import sample_corpus
from wirediff.ui.common.paths import dialog_folder
from wirediff.ui.common.roles import LONE_ROLE
from wirediff.ui.common.settings import ZOOM_RANGE
from wirediff.ui.common.text import one_line
from wirediff.ui.common.theme import Theme
from wirediff.ui.panels.heatmap import HeatMapDialog
from wirediff.ui.session.session import Session
from wirediff.ui.shell import appearance
from wirediff.ui.shell.about import show_about
from wirediff.ui.shell.cheatsheet import CheatSheet
from wirediff.ui.shell.desk_zone import DeskZoneDialog
from wirediff.ui.shell.export import Exporter
from wirediff.ui.shell.grouping import Grouping
from wirediff.ui.shell.guide import show_guide
from wirediff.ui.shell.index_stories import IndexStories
from wirediff.ui.shell.index_view import FOLDERS, GROUPED, IndexView
from wirediff.ui.shell.parts import WELCOME, Parts
from wirediff.ui.shell.reviewing import Reviewing
from wirediff.ui.shell.story_page import StoryPage
from wirediff.ui.shell.whole_text import show_whole_text


class Commands:
    """One method per action; each does something real."""

    def __init__(
        self,
        window: QMainWindow,
        session: Session,
        parts: Parts,
        cheat_rows: Sequence[tuple[str, str, str]],
        theme: Callable[[], Theme],
        heat_map: Callable[[], HeatMapDialog | None],
        story: StoryPage,
    ) -> None:
        self.window, self.session, self.parts = window, session, parts
        self.story = story
        self.settings = session.settings
        self._cheat_rows = cheat_rows
        self._theme = theme
        self.appearance = appearance.shared()
        self.cheat_sheet: CheatSheet | None = None
        self.exporter = Exporter(window, session, parts)
        self.reviewing = Reviewing(window, session, parts, self.exporter)
        self.grouping = Grouping(window, session, parts, heat_map)
        self.index = IndexView(window, session, parts)
        self.index_stories = IndexStories(window, session, parts, self.exporter)
        session.place_kept.connect(parts.diff.restore_place)  # (after a reload)
        session.reader_place = parts.diff.place  # (remembered when the folder is left)
        self._queued: Callable[[], None] | None = None  # a step asked for while comparing
        # the pair's sections (row, label) and the row last gone to (``_step_section``)
        self._sections: tuple[Comparison, list[tuple[int, str]], int] | None = None
        comparing = session.comparing
        comparing.shown.connect(self._run_queued, Qt.ConnectionType.QueuedConnection)
        for nothing in (comparing.cleared, comparing.single, comparing.failed, comparing.forgotten):
            nothing.connect(self._drop_queued)

    # --- files -----------------------------------------------------------------------------
    def open_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self.window, "Open folder", dialog_folder(self.settings.last_folder)
        )
        if folder:
            self.session.open([Path(folder)])

    def open_files(self) -> None:
        files, _filter = QFileDialog.getOpenFileNames(
            self.window, "Open files", dialog_folder(self.settings.last_folder)
        )
        if files:
            self.session.open([Path(f) for f in files])

    def open_index(self) -> None:
        """File ▸ Open stories index…"""
        self.index.open_dialog()

    def open_sample(self) -> None:
        self.session.open([sample_corpus()])

    def reload(self) -> None:
        if self.session.archive.folder is not None:
            self.session.reload_index()
        else:
            self.session.reload(place=self.parts.diff.place())

    def follow_links_here(self) -> None:
        """The Problems panel's button: read the folder again, following links out of it."""
        self.session.reload(follow_links=True, place=self.parts.diff.place())

    def toggle_follow_links(self, on: bool) -> None:
        self.session.set_follow_links(on)

    def desk_zone(self) -> None:
        """Options ▸ Times without a zone…: the zone the desk's times that give none are
        read in (``DeskZoneDialog``), remembered; the folder open is read again in it."""
        dialog = DeskZoneDialog(self.session.desk_zone, self.window)
        if dialog.exec() == DeskZoneDialog.DialogCode.Accepted:
            self.session.set_desk_zone(dialog.chosen())

    def cancel_load(self) -> None:
        """Cancel (the status bar's button): an export under way, else a load or grouping."""
        if not self.exporter.cancel():
            self.session.cancel()

    def export_pair(self) -> None:
        self.exporter.export_pair()

    def export_story(self) -> None:
        if self.index.active:
            self.index_stories.export_story()
        else:
            self.exporter.export_story()

    def export_chain(self) -> None:
        if self.index.active:  # (a stories index's versions are read as they are shown)
            self.session.message.emit(
                "A story version by version is exported from a folder, not a stories index"
            )
        else:
            self.exporter.export_story(chain=True)

    def export_stories(self) -> None:
        self.exporter.export_stories()

    def export_reuse(self) -> None:
        self.exporter.export_stories(by_outlet=True)

    def print_pair(self) -> None:
        self.exporter.print_pair()

    def quit(self) -> None:
        self.window.close()

    # --- changes ---------------------------------------------------------------------------
    def next_change(self) -> None:
        if not self._pair_hidden("Stepping through changes"):
            self._when_compared(lambda: self.parts.diff.step(+1))

    def prev_change(self) -> None:
        if not self._pair_hidden("Stepping through changes"):
            self._when_compared(lambda: self.parts.diff.step(-1))

    def next_marked(self) -> None:
        if not self._pair_hidden("Stepping through flagged and noted changes"):
            self._when_compared(lambda: self.parts.diff.step_marked(+1))

    def prev_marked(self) -> None:
        if not self._pair_hidden("Stepping through flagged and noted changes"):
            self._when_compared(lambda: self.parts.diff.step_marked(-1))

    def first_change(self) -> None:
        if not self._pair_hidden("Going to the first change"):
            self._when_compared(lambda: self.parts.diff.go_to_end(last=False))

    def last_change(self) -> None:
        if not self._pair_hidden("Going to the last change"):
            self._when_compared(lambda: self.parts.diff.go_to_end(last=True))

    def jump_moved(self) -> None:
        if not self._pair_hidden("Going to a moved unit's other place"):
            self._when_compared(self.parts.diff.jump_moved)

    def go_to_row(self) -> None:
        """Go ▸ Go to row… (Ctrl+R): a row by its number in the margin, its change current
        if it has one (a scholar's 75 chapters were reached by Find alone); a number past
        the last row goes to the last, said so (a spin box cut 9999 to 99 unsaid)."""
        comparison = self._pair_with_rows("Going to a row")
        if comparison is None:
            return
        diff = self.parts.diff
        rows = len(comparison.rows)
        typed, ok = QInputDialog.getText(
            self.window, "Go to row", f"Row (1 to {rows:,}):", text=str(diff.visible_rows()[0] + 1)
        )
        if not ok or diff.comparison is not comparison:
            return
        digits = "".join(typed.split()).replace(",", "")
        if not digits.isdecimal():
            self.session.message.emit(f"Not a row number: {one_line(typed, 40)} (1 to {rows:,})")
            return
        row = min(max(int(digits), 1), rows)
        diff.go_to_row(row - 1)  # (its change current says "Change 3 of 8")
        if row != int(digits):
            self.session.message.emit(f"There are {rows:,} rows: row {row:,} shown")
        elif comparison.rows[row - 1].kind is not RowKind.MOVED and all(
            change.row != row - 1 for change in comparison.changes
        ):  # (a move is one change, at its first place: its other place is no "no change")
            self.session.message.emit(f"Row {row:,} of {rows:,}: no change")

    def _pair_with_rows(self, doing: str) -> Comparison | None:
        """The comparison on screen, to go to a row of; None (and said why) when the pair
        is hidden (``doing`` then names the step) or none is shown."""
        if self._pair_hidden(doing):
            return None
        comparison = self.parts.diff.comparison
        if comparison is None or not comparison.rows:
            self.session.message.emit("No pair is shown: select a document to compare it")
            return None
        return comparison

    def next_section(self) -> None:
        self._step_section(+1)

    def prev_section(self) -> None:
        self._step_section(-1)

    def _step_section(self, step: int) -> None:
        """Go ▸ Next / Previous section: the row of the version's next (or previous) heading
        — a Part, a Schedule, a numbered section — from the one last reached while it is on
        screen, else from the top row shown (a policy analyst walked a 100-page bill's diff
        change by change, or by Find); the status line says which of how many."""
        comparison = self._pair_with_rows("Going to a section")
        if comparison is None:
            return
        diff = self.parts.diff
        if self._sections is None or self._sections[0] is not comparison:
            self._sections = (comparison, heading_rows(comparison), -1)
        _shown, rows, last = self._sections
        if not rows:
            self.session.message.emit(
                "No sections: the text has no headings (Part 2, Schedule 1, 14. Penalties, "
                "a Markdown heading)"
            )
            return
        top, bottom = diff.visible_rows()
        here = last if top <= last <= bottom else top
        ahead = [r for r in rows if (r[0] > here if step > 0 else r[0] < here)]
        if not ahead:
            where = "after" if step > 0 else "before"
            self.session.message.emit(f"No section {where} this one ({len(rows):,} in all)")
            return
        row, label = ahead[0] if step > 0 else ahead[-1]
        diff.go_to_row(row)
        self._sections = (comparison, rows, row)
        number = rows.index((row, label)) + 1
        said = isolated(one_line(label))  # (the text's own heading, in its own direction)
        self.session.message.emit(f"Section {number:,} of {len(rows):,}: {said}")

    def _when_compared(self, step: Callable[[], None]) -> None:
        """Take ``step`` now, or, while the pair asked for is being compared, once it shows
        (the last asked for): Alt+End pressed while a long novel's pair was compared did
        nothing, the pair then shown at its top (a literary scholar)."""
        if self.session.comparing.pending():
            self._queued = step
        else:
            self._queued = None
            step()

    def _run_queued(self) -> None:
        step, self._queued = self._queued, None
        if step is not None:
            step()

    def _drop_queued(self) -> None:
        self._queued = None

    def go_to_change(self) -> None:
        """Enter in the changes list."""
        self.show_change(self.parts.changes.selected())
        self.parts.diff.last_pane().setFocus()

    def show_change(self, change: int | None) -> None:
        """A change chosen in the changes list (Enter, a click): the pair shown at it — the
        story view closed first (the pair's change moved under it, unseen)."""
        if self.story.showing():
            self.story.close()
        self.parts.diff.go_to_change(change)

    # --- documents and the pair ------------------------------------------------------------
    def next_version(self) -> None:
        """The next document in the order the list shows (grouped: story by story)."""
        self.parts.doc_list.step(+1)

    def prev_version(self) -> None:
        self.parts.doc_list.step(-1)

    def next_story(self) -> None:
        self._step_story(+1)

    def prev_story(self) -> None:
        self._step_story(-1)

    def _step_story(self, direction: int) -> None:
        """] and [ in the order the list shows; a filter listing nothing lists no story (they
        stepped through every story of the index, the list empty, the pair unchanged)."""
        doc_list = self.parts.doc_list
        if self.session.index is not None and not doc_list.visible_order():
            self.session.message.emit("No story is listed: the filter hides every document")
            return
        # On an event's row, from there (they went from the pair compared before, far down).
        at = doc_list.event_row_story()
        self.session.view.step_story(direction, doc_list.visible_stories(), at)

    def previous_in_time(self) -> None:
        """V: the selected version against the one before it; again: a step back."""
        self.session.keys.step_chain(-1)

    def next_in_time(self) -> None:
        """Shift+V: the next version against the selected one."""
        self.session.keys.step_chain(+1)

    def set_base(self) -> None:
        self.session.keys.set_base()

    def swap(self) -> None:
        self.session.keys.swap()

    def unpin(self) -> None:
        self.session.keys.unpin()

    def compare_made_from(self) -> None:
        """d: the selected version beside the text it was made from."""
        if self.index.active:  # (a stories index measures no level against another take)
            self.session.message.emit(
                "A stories index does not say which text each version was made from: open "
                "its folder to compare them"
            )
            return
        self.session.keys.made_from()

    def list_menu(self) -> None:
        self.parts.doc_list.open_menu()

    def compare_selected(self) -> None:
        """Enter in the list: the selected document compared now; on a story's or an
        event's row, which compares nothing, the row opened or closed, and said so (the
        pair of another story stayed on screen, said again)."""
        view = self.parts.doc_list.view
        row = view.currentIndex()
        if self.parts.doc_list.selected() is None and row.isValid():
            view.setExpanded(row, not view.isExpanded(row))
            if row.siblingAtColumn(0).data(LONE_ROLE) is not None:
                self.session.message.emit(
                    "Select one of the lone articles to read it: none has another version "
                    "or report to compare it with (b keeps it on the left)"
                )
                return
            self.session.message.emit("Select a version in the story to compare it with its base")
            return
        self.session.compare_again()

    def open_pair(self, left: int, right: int) -> None:
        """A pair from the heat map: ``left`` on the left, ``right`` selected."""
        if self.index.active:
            self.index_stories.heat_map_pair(left, right)
            return
        self.parts.doc_list.reveal(right)
        self.session.keys.open_pair(left, right)

    # --- compare options and views ---------------------------------------------------------
    def ignore_case(self, on: bool) -> None:
        self.session.view.set_option("ignore_case", on)

    def ignore_punctuation(self, on: bool) -> None:
        self.session.view.set_option("ignore_punctuation", on)

    def fold_typography(self, on: bool) -> None:
        self.session.view.set_option("fold_typography", on)

    def fold_scripts(self, on: bool) -> None:
        self.session.view.set_options(CompareOptions.SCRIPT_FOLDS, on)

    def ignore_paragraphs(self, on: bool) -> None:
        self.session.view.set_option("ignore_paragraphs", on)

    def ignore_numbering(self, on: bool) -> None:
        self.session.view.set_option("ignore_numbering", on)

    def ignore_fillers(self, on: bool) -> None:
        self.session.view.set_option("ignore_fillers", on)

    def toggle_inline(self, on: bool) -> None:
        """Ctrl+I: one inline pane, or the two side by side. The keyboard in the pane that
        goes stays in the diff (Qt gave it to the next widget, the story panel, where n
        does nothing); in the story view, the pair view's mode changes and that is said."""
        diff = self.parts.diff
        had = diff.right.hasFocus()
        diff.set_inline(on)
        self.settings.inline = on
        if self.story.showing():
            mode = "inline" if on else "side by side"
            self.session.message.emit(f"The pair view will show the pair {mode} (Esc goes back)")
        elif on and had:  # (back side by side, the left pane keeps it)
            diff.left.setFocus()

    def look_system(self, on: bool) -> None:
        if on:
            self._look("system")

    def look_light(self, on: bool) -> None:
        if on:
            self._look("light")

    def look_dark(self, on: bool) -> None:
        if on:
            self._look("dark")

    def look_contrast(self, on: bool) -> None:
        if on:
            self._look("contrast")

    def _look(self, look: str) -> None:
        """Options ▸ Appearance: the application's colours, remembered (the window restyles
        the diff as the palette changes)."""
        self.appearance.apply(look)
        self.settings.appearance = look

    def toggle_row_numbers(self, on: bool) -> None:
        self.parts.diff.set_row_numbers(on)
        self.settings.row_numbers = on

    def toggle_grouping(self, on: bool) -> None:
        if on or not self.index.refuse_toggle("group_stories", on, "A flat list", GROUPED):
            self.session.view.set_grouping(on)

    def toggle_boilerplate(self, on: bool) -> None:
        if not (on and self.index.refuse_toggle("hide_boilerplate", on, "Hiding boilerplate")):
            self.session.view.set_hide_boilerplate(on)

    def heat_map_event(self) -> None:
        if self.index.active:
            self.index_stories.heat_map(event=True)
        else:
            self.session.view.show_heat_map(event=True)

    def heat_map_story(self) -> None:
        if self.index.active:
            self.index_stories.heat_map()
        else:
            self.session.view.show_heat_map(event=False)

    def story_view(self) -> None:
        """Ctrl+K: every version of the current story against its base, or back."""
        self.story.toggle()

    def select_version(self, doc: int) -> None:
        """A version activated in the story panel: select it in the list."""
        if not (self.index.active and self.index_stories.select_version(doc)):
            self.parts.doc_list.select(doc)

    def story_back(self) -> None:
        """Esc in the story view."""
        self.story.close()

    def story_open_pair(self) -> None:
        """Enter in the story view: that version's pair at that row."""
        self.parts.story_view.open_current()

    def toggle_side_panels(self, on: bool) -> None:
        """F9: the document list and the changes panel, or the diff alone (remembered)."""
        self.parts.side.set_shown(on)
        self.settings.set_flag("side_panels", on)

    def focus_filter(self) -> None:
        if self._nothing_open():
            return
        self.parts.side.reveal(self.parts.doc_list)
        self.parts.doc_list.filter.setFocus()
        self.parts.doc_list.filter.selectAll()

    def find(self) -> None:
        if not (self._nothing_open() or self._pair_hidden("Find")):
            self.parts.diff.find_box.open()

    def find_next(self) -> None:
        if not (self._nothing_open() or self._pair_hidden("Find")):
            self.parts.diff.find_match(backward=False)

    def find_previous(self) -> None:
        if not (self._nothing_open() or self._pair_hidden("Find")):
            self.parts.diff.find_match(backward=True)

    def _pair_hidden(self, what: str) -> bool:
        """What works on the pair on screen (find, its changes, flags, notes, reviewed) is
        refused while the story view hides it, saying so, the keys left with the table: f
        flagged a change of the pair under it, r marked it reviewed, Alt+End moved its
        current change, none of it seen (found by a tester)."""
        if self.story.showing():
            self.session.message.emit(f"{what} works in the pair view: Esc goes back to it")
            return True
        return False

    def close_find(self) -> None:
        self.parts.diff.hide_find()

    def _nothing_open(self) -> bool:
        """The welcome view is shown: the keys that go to the list, the filter, the panes or
        the find box say to open something first (they sent the keyboard into the hidden
        page; typed there, "/zzz" filtered the folder opened next down to nothing)."""
        if self.parts.stack.currentIndex() == WELCOME and self.parts.welcome.reading():
            self.session.message.emit("Still reading: the list shows once every file is read")
            return True
        if self.parts.stack.currentIndex() == WELCOME:
            self.session.message.emit("Open a folder or files first (Ctrl+O, Ctrl+Shift+O)")
            return True
        return False

    def focus_list(self) -> None:
        if self._nothing_open():
            return
        self.parts.side.reveal(self.parts.doc_list)
        self.parts.doc_list.view.setFocus()

    def focus_diff(self) -> None:
        if self._nothing_open():
            return
        if self.story.showing():
            self.parts.story_view.table.setFocus()
            return
        self.parts.diff.reading_pane().setFocus()

    def focus_changes(self) -> None:
        if self._nothing_open():
            return
        self.parts.side.reveal(self.parts.changes)
        self.parts.changes.view.setFocus()

    def zoom_in(self) -> None:
        self._zoom(min(ZOOM_RANGE[1], self.settings.zoom + 1))

    def zoom_out(self) -> None:
        self._zoom(max(ZOOM_RANGE[0], self.settings.zoom - 1))

    def zoom_reset(self) -> None:
        self._zoom(0)

    def _zoom(self, steps: int) -> None:
        """The panes' and the story view's text ``steps`` points larger than the window's
        (the lists and the menus follow the system's scale), said on the status line:
        nothing said it, nor that it was the text's alone."""
        at_limit = steps == self.settings.zoom and steps != 0
        self.settings.zoom = steps
        self.session.comparing.restyle()
        self.story.restyle()
        points = f"{steps:+d} point{'s' * (abs(steps) != 1)}"
        if at_limit:
            said = f"Zoom: {points}, the {'most' if steps > 0 else 'least'} there is"
        elif steps:
            said = f"Zoom: the compared texts {points} (Ctrl+0 resets)"
        else:
            said = "Zoom: the compared texts at the window's size"
        self.session.message.emit(said)

    def toggle_problems(self, on: bool) -> None:
        """View ▸ Problems panel: show it, the focus in its list, or hide it."""
        dock = self.parts.problems_dock
        if not on:
            self.hide_problems()
            return
        dock.show()
        dock.raise_()
        self.parts.problems.list.setFocus()

    def focus_problems(self) -> None:
        """Ctrl+4: the Problems panel shown, the keyboard in its list (it opens by itself
        when files fail to read, the keyboard staying where it was: at 200% it opened below
        a laptop's screen and no key reached it)."""
        self.toggle_problems(True)

    def hide_problems(self) -> None:
        """Esc in the Problems panel (or View ▸ Problems panel again): hide it; the focus
        it had goes back to the document list (the diff, the side panels hidden)."""
        dock = self.parts.problems_dock
        focus = QApplication.focusWidget()
        had_focus = focus is not None and dock.isAncestorOf(focus)
        dock.hide()
        if had_focus:
            if self.parts.side.shown:
                self.focus_list()
            else:
                self.focus_diff()

    def show_whole_text(self) -> None:
        """Ctrl+F1: the whole text of the list's or table's current row, or of the status
        line, which narrow cells and lines cut (``whole_text``)."""
        show_whole_text(QApplication.focusWidget(), self.parts.status_label)

    def about(self) -> None:
        """Help ▸ About wirediff."""
        review = self.session.review
        store = review.path if review.store is not None else None
        show_about(self.window, self.settings.where(), store)

    def show_guide(self) -> None:
        """Help ▸ Reading the levels and figures."""
        show_guide(self.window)

    def show_cheat_sheet(self) -> None:
        if self.cheat_sheet is None:
            self.cheat_sheet = CheatSheet(self._theme(), self._cheat_rows, self.window)
        self.cheat_sheet.show()
        if QGuiApplication.platformName() != "offscreen":  # offscreen cannot raise windows
            self.cheat_sheet.raise_()

    # --- review ----------------------------------------------------------------------------
    def toggle_reviewed(self) -> None:
        what = "Marking a pair reviewed"
        if not (self._pair_hidden(what) or self.index.refuse(what, FOLDERS)):
            self.session.review.toggle_reviewed(self.session.current)

    def toggle_flag(self) -> None:
        what = "Flagging a change"
        if not (self._pair_hidden(what) or self.index.refuse(what, FOLDERS)):
            self.session.review.toggle_flag(self.session.current, self.parts.diff.current)

    def note(self) -> None:
        if not (self._pair_hidden("A note") or self.index.refuse("A note", FOLDERS)):
            self.reviewing.note()

    def pair_note(self) -> None:
        if not (self._pair_hidden("A note") or self.index.refuse("A note", FOLDERS)):
            self.reviewing.pair_note()

    def next_unreviewed(self) -> None:
        if not self.index.refuse("The next unreviewed pair", FOLDERS):
            self.reviewing.next_unreviewed()

    def flags_and_notes(self) -> None:
        self.reviewing.show_flags()

    # --- stories ---------------------------------------------------------------------------
    def move_to_story(self) -> None:
        if not self.index.refuse("A correction of the grouping", FOLDERS):
            self.grouping.move_to_story()

    def split_story(self) -> None:
        if not self.index.refuse("A correction of the grouping", FOLDERS):
            self.grouping.split_story()

    def split_off(self) -> None:
        if not self.index.refuse("A correction of the grouping", FOLDERS):
            self.grouping.split_off()

    def same_story(self) -> None:
        if not self.index.refuse("A correction of the grouping", FOLDERS):
            self.grouping.same_story()

    def independent(self) -> None:
        if not self.index.refuse("A correction of the grouping", FOLDERS):
            self.grouping.independent()

    def same_event(self) -> None:
        if not self.index.refuse("A correction of the grouping", FOLDERS):
            self.grouping.same_event()

    def other_event(self) -> None:
        if not self.index.refuse("A correction of the grouping", FOLDERS):
            self.grouping.other_event()

    def corrections(self) -> None:
        self.grouping.show_corrections()

    def undo_correction(self) -> None:
        self.grouping.undo_last()

    def redo_correction(self) -> None:
        self.grouping.corrections.redo()
