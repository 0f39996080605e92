"""The main window: builds the widgets, wires them to the session, remembers its layout.

It keeps no state about which documents are compared: the session owns that and says what
to show through its signals; the commands (``commands``) act on the session for the user.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QActionGroup,
    QCloseEvent,
    QFont,
    QGuiApplication,
    QIcon,
    QResizeEvent,
    QSessionManager,
    QShowEvent,
    QTextDocument,
)
from PySide6.QtWidgets import QLayout, QMainWindow, QMenu

from wirediff.core.display import in_order
from wirediff.core.document import Document
from wirediff.core.reading import errors as E
from wirediff.core.stories import PairScore, SimilarityMatrix, StoryIndex
from wirediff.ui.common.settings import Settings
from wirediff.ui.common.text import one_line, one_line_isolating
from wirediff.ui.common.theme import current_theme
from wirediff.ui.doclist.tree import doc_at
from wirediff.ui.jobs.collector import settle_shown
from wirediff.ui.panels.change_bar import OnScreen, on_screen
from wirediff.ui.panels.heatmap import HeatMapDialog
from wirediff.ui.session.comparing import Look, Shown, Single
from wirediff.ui.session.headings import pair_headings
from wirediff.ui.session.last_pair import told_of
from wirediff.ui.session.loading import Loaded
from wirediff.ui.session.session import Session, is_sample
from wirediff.ui.shell import drops
from wirediff.ui.shell.actions import (
    ACTIONS,
    LOOKS,
    PANE_MENU,
    TEXTS,
    UNMARK_TEXTS,
    build_actions,
    window_sequences,
)
from wirediff.ui.shell.commands import Commands
from wirediff.ui.shell.drops import DropFilter
from wirediff.ui.shell.glyphs import GlyphGaps
from wirediff.ui.shell.grouping import CORRECTING, MENU_NEEDS
from wirediff.ui.shell.keymap import cheat_rows
from wirediff.ui.shell.parts import MAIN, WELCOME, build_parts
from wirediff.ui.shell.recent_menu import RecentMenu
from wirediff.ui.shell.remember import remember_columns
from wirediff.ui.shell.side import fit_problems_dock
from wirediff.ui.shell.similarity import show_exact_similarities
from wirediff.ui.shell.story_page import StoryPage
from wirediff.ui.widgets.field_keys import command_keys, window_keys_first
from wirediff.ui.widgets.focus_frame import install_focus_cues
from wirediff.ui.widgets.key_menu import KeyMenu

STATUS_MAX = 600  # characters of the status line
MINIMUM_SIZE = QSize(360, 240)  # the window's least size (a 1024x600 netbook at 200%: 512x300)
FIRST_MOST = QSize(1800, 1100)  # the most of a screen the window takes at its first start


class MainWindow(QMainWindow):
    """The wirediff window."""

    loaded = Signal()  # a load finished, the list is filled and the first pair chosen
    comparison_shown = Signal()  # a comparison is on screen
    stories_ready = Signal()  # the story index arrived and the list is grouped
    story_stats_shown = Signal()  # version stats of the current story are on screen
    heat_map_shown = Signal()  # a heat map's matrix is on screen
    failed = Signal(str)  # background work failed (the message is in the status bar too)

    def __init__(self, settings: Settings | None = None, store_path: Path | None = None) -> None:
        """``store_path``: the review store (None: the one in the user's data folder)."""
        super().__init__()
        self.setObjectName("main_window")
        install_focus_cues()  # (a dialog's buttons and lists: see focus_frame)
        self.setWindowTitle("wirediff")
        self.settings = settings or Settings()
        self.theme = current_theme()
        self.session = Session(self.settings, self.look, self, store_path)
        self.parts = parts = build_parts(self)
        # The window asks for no more than a small screen has: its parts' minimum heights
        # added up (the note editor open, the Problems panel) made it taller than a laptop
        # at 200% scale, the status line below the screen's edge; squeezed, they give way.
        layout = self.layout()
        if layout is not None:  # (a main window always has one)
            layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.setMinimumSize(MINIMUM_SIZE)
        self.welcome, self.doc_list, self.diff = parts.welcome, parts.doc_list, parts.diff
        self.changes, self.banner, self.change_bar = parts.changes, parts.banner, parts.change_bar
        self.stack, self.splitter = parts.stack, parts.splitter
        self.problems, self.problems_dock = parts.problems, parts.problems_dock
        self._problems_told: set[tuple[Path, str]] = set()  # opened the panel already
        self._problems_of: tuple[Path, ...] = ()  # ... for the paths opened
        self.status_label, self.count_label = parts.status_label, parts.count_label
        self.progress, self.cancel_button = parts.progress, parts.cancel_button
        self.glyphs = GlyphGaps()
        self.statusBar().insertPermanentWidget(1, self.glyphs.label)  # (before the count)
        self.heat_map: HeatMapDialog | None = None  # made when first asked for
        self.story_page = StoryPage(self.session, parts, self.look, self.comparison_shown)
        self.commands = Commands(
            self,
            self.session,
            parts,
            cheat_rows(),
            lambda: self.theme,
            lambda: self.heat_map,
            self.story_page,
        )
        contexts = {
            "list": self.doc_list.view,
            "diff": self.diff,
            "changes": self.changes.view,
            "find": self.diff.find_box,
            "story": parts.story_view,
        }
        self.actions_ = build_actions(self.commands, self, contexts)
        # The filter and the find box leave the window its keys that edit no text (X11's
        # line edit took Ctrl+E, the pair's export, to go to the line's end).
        keys = command_keys(window_sequences())
        for field in (self.doc_list.filter, self.diff.find_box):
            window_keys_first(field, keys)
        self._build_menus()
        for pane in (self.diff.left, self.diff.right):  # (the mouse had Copy alone there)
            pane.menu_actions = [self.actions_[n] if n else None for n in PANE_MENU]
            pane.menu_shown.connect(self._review_said)
        self._build_drops()
        self._wire_session()
        self._wire_widgets()
        self.welcome.set_notes(self.settings.notes)
        self.welcome.set_recent(self.settings.recent_folders)
        self._restore()
        self._set_busy(False)
        icon = _app_icon()
        if icon is not None:
            self.setWindowIcon(icon)

    # --- what the tests and the headless entry points read -------------------------------------
    @property
    def documents(self) -> list[Document]:
        return self.session.documents

    @property
    def shown(self) -> Shown | None:
        """The comparison on screen."""
        return self.session.current

    @property
    def base(self) -> int | None:
        """The document on the left (flat, with nothing selected: the base)."""
        pair = self.session.selection.pair()
        return pair[0] if pair is not None else self.session.selection.base

    @property
    def other(self) -> int | None:
        """The document on the right."""
        pair = self.session.selection.pair()
        return pair[1] if pair is not None else None

    @property
    def index(self) -> StoryIndex | None:
        return self.session.index

    def grouped(self) -> bool:
        return self.session.grouped()

    def open_paths(self, paths: Sequence[Path | str]) -> None:
        """Open folders and/or files (replacing what is open)."""
        self.session.open(paths)

    def _dropped(self, paths: list[Path]) -> None:
        """Open what was dropped; a folder dropped while others are open, as the user
        chooses (``drops.ask``), once the drop is over (a menu run inside a drag's own
        loop)."""
        open_now = self.session.loading.reload_paths()
        sample = len(open_now) == 1 and is_sample(open_now[0])
        if not drops.asks(paths, open_now, sample):
            self.open_paths(paths)
            return

        def choose() -> None:
            chosen = drops.opened_with(paths, open_now, drops.ask(self, paths, open_now))
            if chosen:
                self.open_paths(chosen)

        QTimer.singleShot(0, choose)

    # --- building ------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        menus: dict[str, QMenu] = {}
        for spec in ACTIONS:
            if spec.menu:
                if spec.menu not in menus:
                    top, _slash, sub = spec.menu.partition("/")
                    menus[spec.menu] = KeyMenu(sub or top, self)
                    if sub:  # a submenu ("&View/F&ocus"), where its first entry comes
                        menus[top].addMenu(menus[spec.menu])
                    else:
                        self.menuBar().addMenu(menus[spec.menu])
                menus[spec.menu].addAction(self.actions_[spec.name])
        self.recent_menu = RecentMenu(lambda: self.settings.recent_folders, self)
        self.recent_menu.chosen.connect(lambda folder: self.open_paths([Path(folder)]))
        menus["&File"].insertMenu(self.actions_["reload"], self.recent_menu)
        file_menu = menus["&File"]
        file_menu.aboutToShow.connect(lambda: self._file_usable(True))
        file_menu.aboutToHide.connect(lambda: self._file_usable(False))
        stories = menus["&Stories"]
        stories.aboutToShow.connect(lambda: self._corrections_usable(True))
        stories.aboutToHide.connect(lambda: self._corrections_usable(False))
        for name in ("&Review", "&Go"):
            menus[name].aboutToShow.connect(lambda: self._review_said(True))
            menus[name].aboutToHide.connect(lambda: self._review_said(False))
        options = self.session.options
        for name, checked in (
            ("ignore_case", options.ignore_case),
            ("ignore_punctuation", options.ignore_punctuation),
            ("fold_typography", options.fold_typography),
            ("fold_scripts", all(getattr(options, f) for f in options.SCRIPT_FOLDS)),
            ("ignore_paragraphs", options.ignore_paragraphs),
            ("ignore_numbering", options.ignore_numbering),
            ("ignore_fillers", options.ignore_fillers),
            ("group_stories", self.session.grouping),
            ("hide_boilerplate", self.session.hide_boilerplate),
            ("follow_links", self.session.follow_links),
            ("side_panels", self.settings.flag("side_panels", True)),
            ("problems", not self.problems_dock.isHidden()),
        ):
            action = self.actions_[name]
            blocked = action.blockSignals(True)  # the state as remembered, not a user's change
            action.setChecked(checked)
            action.blockSignals(blocked)
        self.parts.side.toggle = self.actions_["side_panels"]
        self.parts.side.set_shown(self.actions_["side_panels"].isChecked())  # as at the last quit

    def _build_drops(self) -> None:
        self.drops = DropFilter(self)
        self.drops.dropped.connect(self._dropped)
        for widget in (
            self,
            self.welcome,
            self.doc_list.view.viewport(),
            self.diff.left.viewport(),
            self.diff.right.viewport(),
            self.changes.view.viewport(),
        ):
            self.drops.watch(widget)

    def _wire_session(self) -> None:
        """What the session says, shown by the widgets."""
        session, doc_list = self.session, self.doc_list
        session.busy.connect(self._set_busy)
        session.progress.connect(self._show_progress)
        session.message.connect(self._say)
        session.failed.connect(self.failed)
        session.documents_loaded.connect(self._documents_loaded)
        session.index_opened.connect(lambda _opened: self._close_heat_map())
        session.loaded.connect(self.loaded)
        session.list_ready.connect(doc_list.install)
        session.list_ready.connect(lambda _built: self._exact_similarities())
        session.stories_ready.connect(self.stories_ready)
        session.select_requested.connect(doc_list.select_asked)
        session.marks_changed.connect(doc_list.cells.mark_bases)
        session.stories.similarity_ready.connect(doc_list.cells.fill_similarity)
        session.pin_changed.connect(self.diff.set_pin)
        session.shown.connect(self._show_comparison)
        session.cleared.connect(self._clear_comparison)
        session.single.connect(self._show_single)
        session.comparing.restyled.connect(self._restyled)
        session.relation.connect(self._show_relation)
        session.stories.story.connect(self.changes.show_story)
        session.stories.stats_shown.connect(self._exact_similarities)
        session.stories.stats_shown.connect(self.story_stats_shown)
        session.stories.heat_map_started.connect(self._heat_map_waiting)
        session.stories_ready.connect(self._heat_map_again)
        session.stories.matrix_ready.connect(self._heat_map_ready)
        for reader in (session.archive.stories,):  # a story of a stories index
            reader.story.connect(self.changes.show_story)
            reader.heat_map_started.connect(self._heat_map_waiting)
            reader.matrix_ready.connect(self._heat_map_ready)
            reader.heat_map_failed.connect(self._heat_map_failed)
        loading = session.loading
        loading.started.connect(self._reading_started)
        loading.progress.connect(self.welcome.reading_progress)
        loading.stage.connect(self.welcome.reading_stage)
        session.busy.connect(lambda busy: None if busy else self._reading_over())
        watch = session.loading.watch
        watch.changed.connect(
            lambda changes: self.change_bar.show_changes(
                changes, watch.one_folder, watch.paths, self._on_screen()
            )
        )
        self.comparison_shown.connect(lambda: self.change_bar.set_shown(self._on_screen()))
        watch.moved.connect(self.change_bar.show_moved)
        watch.checked.connect(lambda changes: None if changes else self.change_bar.hide())
        session.runner.busy_changed.connect(
            lambda busy: self.setCursor(
                Qt.CursorShape.BusyCursor if busy else Qt.CursorShape.ArrowCursor
            )
        )

    def _wire_widgets(self) -> None:
        """What the user does in the widgets, told to the session or the commands."""
        commands = self.commands
        self.welcome.open_folder.connect(commands.open_folder)
        self.welcome.open_sample.connect(commands.open_sample)
        self.welcome.open_recent.connect(lambda path: self.open_paths([Path(path)]))
        self.welcome.cancel_reading.connect(commands.cancel_load)
        self.doc_list.current_changed.connect(self.session.select_row)
        self.doc_list.view.doubleClicked.connect(  # (a group row: the view opens or closes it)
            lambda index: None if doc_at(index) is None else commands.compare_selected()
        )
        self.doc_list.menu_requested.connect(
            lambda at: commands.grouping.list_menu(self.actions_, at)
        )
        self.diff.current_changed.connect(self.changes.set_current)
        self.diff.message.connect(self._say)
        self.diff.pin_released.connect(commands.unpin)
        self.changes.change_activated.connect(commands.show_change)
        self.changes.version_activated.connect(commands.select_version)
        self.change_bar.reload_requested.connect(commands.reload)
        self.change_bar.open_requested.connect(lambda folder: self.open_paths([folder]))
        self.problems.follow_links_requested.connect(commands.follow_links_here)
        self.problems.close_requested.connect(commands.hide_problems)
        # View ▸ Problems panel is checked while the dock shows, however it came or went.
        self.problems_dock.toggleViewAction().toggled.connect(self._problems_shown)
        self.cancel_button.clicked.connect(commands.cancel_load)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._scheme_changed)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):  # the desktop session ends (logging out)
            app.commitDataRequest.connect(self._commit_data, Qt.ConnectionType.DirectConnection)

    # --- showing what the session says ---------------------------------------------------------
    def _say(self, message: str) -> None:
        """The status line: messages name files and titles, shown as plain, visible text
        (each name isolated by its message kept so: it keeps its place in the sentence)."""
        self.status_label.setText(one_line_isolating(message, STATUS_MAX))

    def _corrections_usable(self, showing: bool) -> None:
        """While the Stories menu shows, grey the corrections that have nothing to act on:
        before the stories are grouped, with no document selected, or no pair on screen
        holding it (a lone article's "The pair: versions of one story" was offered); all
        enabled again when it closes (the actions are the window's)."""
        usable = self.commands.grouping.usable()
        self._grey({n: all(usable[need] for need in MENU_NEEDS[n]) for n in CORRECTING}, showing)

    def _review_said(self, showing: bool) -> None:
        """While the Review or Go menu or a pane's menu shows, say what Flag and Mark
        reviewed would do to what is on screen ("Unflag current change" on a flagged one: it
        said Flag) and grey what has nothing to act on: Flag and Note with no current change,
        the pair's marks and steps with no pair, the jump to a moved unit's other place from
        a change that is no move, the list's steps with no folder open. All as built again
        when it closes: a shortcut still says why."""
        diff, current = self.diff, self.diff.current
        flagged = showing and current is not None and current in diff.flags
        reviewed = showing and self.session.review.reviewed(self.session.current)
        for name, marked in (("flag", flagged), ("reviewed", reviewed)):
            self.actions_[name].setText(UNMARK_TEXTS[name] if marked else TEXTS[name])
        paired = diff.comparison is not None
        changes = bool(diff.comparison and diff.comparison.changes)
        opened = self.stack.currentIndex() == MAIN
        usable = {
            "flag": current is not None,
            "note": current is not None,
            "pair_note": paired,
            "reviewed": paired,
            "jump_moved": diff.current_moved(),
            # (with nothing open the Go menu was all offered: a standards editor)
            **dict.fromkeys(("next_change", "prev_change", "first_change", "last_change"), changes),
            **dict.fromkeys(("next_marked", "prev_marked", "go_to_row"), paired),
            **dict.fromkeys(
                (
                    "next_version",
                    "prev_version",
                    "previous_in_time",
                    "next_in_time",
                    "next_story",
                    "prev_story",
                    "next_unreviewed",
                    "flags_and_notes",
                ),
                opened,
            ),
        }
        self._grey(usable, showing)

    def _file_usable(self, showing: bool) -> None:
        """While the File menu shows, grey what has nothing to act on: the exports and Print
        with nothing open (chosen, each said so in the status line only), the pair's with no
        pair on screen, the stories table before a grouping, Reload with no folder. All
        enabled again when it closes: a shortcut still says why it does nothing."""
        opened = self.stack.currentIndex() == MAIN
        archive = self.session.archive.active
        grouped = opened and not archive and self.index is not None
        usable = {
            "reload": opened,
            "export_pair": self.session.current is not None,
            "print": self.session.current is not None,
            "export_story": opened and (archive or self.index is not None),
            **dict.fromkeys(("export_chain", "export_stories", "export_reuse"), grouped),
        }
        self._grey(usable, showing)

    def _grey(self, usable: dict[str, bool], showing: bool) -> None:
        """While a menu shows, grey its actions that cannot act (``usable``); all enabled
        again when it closes (the actions are the window's: a key still says why)."""
        for name, can in usable.items():
            self.actions_[name].setEnabled(not showing or can)

    def _problems_shown(self, shown: bool) -> None:
        action = self.actions_["problems"]
        blocked = action.blockSignals(True)  # the dock's state, not a user's change
        action.setChecked(shown)
        action.blockSignals(blocked)

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.actions_["cancel_load"].setEnabled(busy)

    def _show_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _reading_started(self, paths: list[Path]) -> None:
        """A load begins: from the welcome page, the page says what is read, and how far
        (a reload or another folder opened from the list: the list stays until it is
        read)."""
        if self.stack.currentIndex() == WELCOME:
            self.welcome.show_reading(paths)

    def _reading_over(self) -> None:
        """Nothing is read any more (read, cancelled or failed): the welcome page offers
        its buttons again, where the list does not replace it."""
        if not self.session.loading.reading():
            self.welcome.stop_reading()

    def _documents_loaded(self, loaded: Loaded) -> None:
        from_welcome = self.stack.currentIndex() != MAIN
        self.welcome.stop_reading()
        self.stack.setCurrentIndex(MAIN)
        self.change_bar.hide()
        self._close_heat_map()
        opened = tuple(self.session.loading.reload_paths())
        if opened != self._problems_of and self.doc_list.filter.text():
            # another folder: the last one's filter hid all of it ("No document matches
            # 'hansard'"); a reload keeps it
            self.doc_list.filter.clear()
        if loaded.built is not None:
            self.doc_list.install(loaded.built)
        documents = loaded.result.documents
        self.glyphs.set_list([f"{d.title}{d.source}{d.name}" for d in documents])
        problems = loaded.result.problems
        self.problems.set_problems(problems, opened)
        # Open by itself for a file that could not be read, not for one set aside on purpose
        # (a Word lock file, .DS_Store: listed, counted in the status bar, View ▸ Problems),
        # nor again for one it told already (each F5 opened it anew for the same fifteen
        # files after Esc had hidden it: a fifth of the window)
        real = {(p.path, p.reason) for p in problems if p.code not in E.SET_ASIDE}
        if opened != self._problems_of:  # another folder: what it tells is new...
            self._problems_of, self._problems_told = opened, set()
            # ... but for those told when it was left (at the last start)
            told = self.session.told_before
            if len(opened) == 1 and told:
                self._problems_told = told_of(opened[0], real, told)
        new = real - self._problems_told
        self._problems_told |= real
        self.problems_dock.setVisible(bool(new) or (bool(real) and self.problems_dock.isVisible()))
        fit_problems_dock(self, self.problems_dock, len(problems))
        n, bad = len(loaded.result.documents), len(problems)
        self.count_label.setText(
            f"{n} document{'s' if n != 1 else ''}" + (f" · {bad} skipped" if bad else "")
        )
        if n:
            self.diff.clear("Select a document to compare it with the base.")
            self._set_titles(None)
        else:  # the last folder's pair, its numbers and changes, stayed beside "No documents"
            self._clear_comparison("No documents.")
        self.welcome.set_recent(self.settings.recent_folders)
        # The list, unless the keyboard is at work in the page already (a reload: F5 in a
        # pane sent it to the list, where n does nothing). From the welcome page, the list:
        # Qt had given the page's first field, the filter box, the focus, and the review keys
        # typed into it.
        focus = self.focusWidget()
        page = self.parts.splitter
        if from_welcome or focus is None or not focus.isVisible() or not page.isAncestorOf(focus):
            self.doc_list.view.setFocus()

    def _on_screen(self) -> OnScreen:
        """The files of the documents compared, by side (the change bar says when one of
        them changed on disk)."""
        shown = self.shown
        return {} if shown is None else on_screen(shown.left.path, shown.right.path)

    def _show_comparison(self, shown: Shown) -> None:
        self.diff.show_pair(shown.plan, shown.docs, self.theme)
        plan = shown.plan
        self.changes.show_comparison(plan.comparison, shown.changes, plan.figures, plan.figures_all)
        # (a stories index numbers a story panel's versions apart from the rows compared)
        self.changes.story.set_pair(None if self.session.archive.active else shown.pair)
        self._exact_similarities()
        settle_shown()
        self._set_titles(shown)
        self.glyphs.show_for((shown.left.text, shown.right.text), self.diff.left.font())
        self.comparison_shown.emit()

    def _clear_comparison(self, message: str) -> None:
        self.diff.clear(message)
        self.changes.show_comparison(None, None)
        self._set_titles(None)
        self.glyphs.show_for((), self.diff.left.font())  # (the list's rows still)

    def _show_single(self, single: Single) -> None:
        """Nothing compared: the selected document by itself, to read, headed as a pair's
        left side is (its title over it), the other pane saying why it is alone."""
        self.diff.show_single(single.plan, single.doc, single.message, self.theme)
        self.changes.show_comparison(None, None)
        headings = pair_headings(single.document, single.document)
        self.diff.set_titles(headings.left, None, headings.title)
        self.setWindowTitle(f"{one_line(single.document.name)} — wirediff")
        self.glyphs.show_for((single.document.text,), self.diff.left.font())

    def _exact_similarities(self) -> None:
        show_exact_similarities(self.session, self.doc_list)

    def _set_titles(self, shown: Shown | None) -> None:
        if shown is None:
            self.diff.set_titles(None, None)
            self.setWindowTitle("wirediff")
            return
        headings = pair_headings(shown.left, shown.right)
        self.diff.set_titles(headings.left, headings.right, headings.title, headings.sides)
        names = in_order([one_line(shown.left.said_name), one_line(shown.right.said_name)], " ↔ ")
        self.setWindowTitle(f"{names} — wirediff")

    def _show_relation(self, score: PairScore | None) -> None:
        if score is None:
            self.banner.hide()
        else:
            self.banner.show_score(score)

    def _close_heat_map(self) -> None:
        """Another folder or index: a heat map's cells are documents of what was open."""
        if self.heat_map is not None:
            self.heat_map.hide()

    def _heat_map_again(self) -> None:
        """Grouped again while a map is open: it shows the new grouping."""
        if self.heat_map is not None and self.heat_map.isVisible():
            self.session.stories.map_again()

    def _from_heat_map(self) -> None:
        """Enter in the heat map (which closed): the keyboard goes to the pair it opened,
        where n and p read it (it stayed in the map, a window of its own)."""
        self.activateWindow()
        self.commands.focus_diff()

    def _heat_map_waiting(self, heading: str, shown: int, _total: int) -> None:
        if self.heat_map is None:
            self.heat_map = HeatMapDialog(self)
            self.heat_map.pair_activated.connect(self.commands.open_pair)
            self.heat_map.pair_entered.connect(self._from_heat_map)
        self.heat_map.set_waiting(heading, shown)
        self.heat_map.show()
        if QGuiApplication.platformName() != "offscreen":  # offscreen cannot raise windows
            self.heat_map.raise_()

    def _heat_map_failed(self, why: str) -> None:
        if self.heat_map is not None:
            self.heat_map.set_failed(why)

    def _heat_map_ready(self, index: StoryIndex, matrix: SimilarityMatrix, total: int) -> None:
        if self.heat_map is not None:
            shown = self.session.current  # its cell holds the cursor: not the first pair
            at = shown.pair if shown is not None else None
            self.heat_map.set_matrix(index, matrix, total, at)
            self.heat_map_shown.emit()

    # --- look ----------------------------------------------------------------------------------
    def look(self) -> Look:
        """The theme, the zoomed font and the room after the last row, for new documents."""
        font = QFont(self.font())
        size = font.pointSizeF() if font.pointSizeF() > 0 else 10.0
        font.setPointSizeF(max(5.0, size + self.settings.zoom))
        screen = QGuiApplication.primaryScreen()
        room = screen.availableGeometry().height() if screen is not None else 1200
        return Look(self.theme, font, room)

    def _restyled(self, docs: dict[str, QTextDocument]) -> None:
        self.diff.set_theme(self.theme)
        self.diff.replace_documents(docs)
        self.story_page.restyle()

    def _scheme_changed(self, _scheme: object = None) -> None:
        theme = current_theme()
        if theme != self.theme:
            self.theme = theme
            self.session.comparing.restyle()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "session"):
            self._scheme_changed()  # the system switched between light and dark
        elif (
            event.type() == QEvent.Type.ActivationChange
            and hasattr(self, "commands")
            and self.isActiveWindow()
        ):  # back from another window, which may have written marks to the review store
            self.commands.reviewing.catch_up()

    # --- persistence ---------------------------------------------------------------------------
    def _restore(self) -> None:
        self.parts.side.restore(  # (before any fold or unfold)
            self.settings.bytes("main_splitter"),
            self.settings.list_width,
            self.settings.changes_width,
        )
        geometry = self.settings.bytes("geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            screen = QGuiApplication.primaryScreen()
            self.resize(first_size(screen.availableGeometry().size() if screen else None))
        state = self.settings.bytes("state")
        if state is not None:
            self.restoreState(state)
        self.problems_dock.hide()
        self._split_by_width = self.settings.bytes("main_splitter") is None
        self._room_made = False
        saved = self.settings.bytes("diff_splitter")
        if saved is not None:
            self.diff.splitter.restoreState(saved)
        self.actions_["inline"].setChecked(self.settings.inline)
        self.actions_["row_numbers"].setChecked(self.settings.row_numbers)
        looks = QActionGroup(self)  # Options ▸ Appearance: one look at a time
        for name, look in LOOKS.items():
            looks.addAction(self.actions_[name])
            self.actions_[name].setChecked(look == self.settings.appearance)
        if looks.checkedAction() is None:  # (a look this version does not know)
            self.actions_["look_system"].setChecked(True)
        remember_columns(self.doc_list, self.settings)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.parts.side.fit(self.width())
        if self._split_by_width:  # first run: share the width out by proportion
            self._split_by_width = False
            self.parts.side.share_out(self.width())
        if not self._room_made:  # once, as restored: a panel the user collapsed with the
            self._room_made = True  # splitter's handle stays so when the window comes back
            self.parts.side.make_room()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if hasattr(self, "parts"):
            self.parts.side.fit(self.width())  # a narrow window folds the changes panel

    def save_settings(self) -> None:
        self.settings.set_bytes("geometry", self.saveGeometry())
        self.settings.set_bytes("state", self.saveState())
        self.settings.set_bytes("main_splitter", self.parts.side.saved_state())
        self.settings.set_bytes("diff_splitter", self.diff.splitter.saveState())
        self.settings.list_width = self.parts.side.wanted_list
        self.settings.changes_width = self.parts.side.wanted_changes
        self.settings.options = self.session.options
        self.settings.sync()

    def _commit_data(self, manager: QSessionManager) -> None:
        """The desktop session ends (logging out, shutting down): the process may be ended
        without its windows being closed, so a note being written is saved now. When that
        fails and the session manager lets the app speak, the logout is stopped: the window
        says why."""
        if not self.commands.reviewing.keep_draft() and manager.allowsInteraction():
            manager.cancel()
            manager.release()

    def closeEvent(self, event: QCloseEvent) -> None:
        # A note being written is saved first: the editor must still be open (its text is
        # read before anything is hidden) and the store too (``session.stop`` closes it).
        if not self.commands.reviewing.keep_draft():
            event.ignore()  # that save failed: the text stays in the editor, never dropped
            return
        self.save_settings()
        self.hide()  # gone at once, even while a worker finishes what it cannot drop
        self.session.stop()
        super().closeEvent(event)


def first_size(room: QSize | None) -> QSize:
    """The window's size at its first start on a screen whose free part is ``room``: 95%
    of it, up to ``FIRST_MOST`` (it was 1,400 × 900 at most: on a 1,920-pixel screen
    the diff panes had about 300 pixels each and the changes panel 250, its lines cut)."""
    if room is None or room.isEmpty():
        return QSize(1280, 800)
    return QSize(
        min(FIRST_MOST.width(), int(room.width() * 0.95)),
        min(FIRST_MOST.height(), int(room.height() * 0.95)),
    )


def _app_icon() -> QIcon | None:
    from wirediff.resources import resource_path

    try:
        path = resource_path("icons", "wirediff.svg")
    except FileNotFoundError:
        return None
    return QIcon(str(path)) if path.exists() else None
