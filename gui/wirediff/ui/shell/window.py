"""The main window: welcome view or document list | diff view | changes panel.

Loading and comparing run through one ``Runner``; the window only starts jobs and shows
their results. The slots behind the action table live in ``window_actions.ActionSlots``.
"""

from __future__ import annotations

import gc
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFont, QGuiApplication, QIcon, QShowEvent, QTextDocument
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QLineEdit,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from wirediff.core.document import Document
from wirediff.ui.common.settings import Settings, pair_key
from wirediff.ui.common.text import plain_tooltip
from wirediff.ui.common.theme import current_theme
from wirediff.ui.diff.view import DiffView
from wirediff.ui.doclist.view import DocumentList
from wirediff.ui.jobs.runner import Runner
from wirediff.ui.panels.banner import RelationBanner
from wirediff.ui.panels.change_bar import ChangeBar
from wirediff.ui.panels.changes import ChangesPanel
from wirediff.ui.panels.problems import ProblemsPanel
from wirediff.ui.panels.welcome import WelcomeView
from wirediff.ui.session.folder_watch import FolderWatch, keep_pair
from wirediff.ui.session.jobs import Loaded, Look, Shown, compare_job, load_job, restyle_job
from wirediff.ui.shell.actions import build_actions
from wirediff.ui.shell.drops import DropFilter
from wirediff.ui.shell.story_slots import STORY_KINDS, StorySlots
from wirediff.ui.shell.window_actions import ActionSlots

DEBOUNCE_MS = 120
WELCOME, MAIN = 0, 1


class MainWindow(StorySlots, ActionSlots, QMainWindow):
    """The wirediff window."""

    loaded = Signal()  # a load finished and the list is filled
    comparison_shown = Signal()  # a comparison is on screen
    stories_ready = Signal()  # the story index arrived and the list is grouped
    story_stats_shown = Signal()  # version stats of the current story are on screen
    heat_map_shown = Signal()  # a heat map's matrix is on screen
    failed = Signal(str)  # background work failed (the message is in the status bar too)

    def __init__(self, settings: Settings | None = None) -> None:
        super().__init__()
        self.setObjectName("main_window")
        self.setWindowTitle("wirediff")
        self.settings = settings or Settings()
        self.options = self.settings.options
        self.theme = current_theme()
        self.runner = Runner(self)
        self.documents: list[Document] = []
        self.base: int | None = None
        self.other: int | None = None
        self.shown: Shown | None = None
        self._pair_hint: tuple[Path, Path | None] | None = None  # base and selection to open on
        self.watch = FolderWatch(self)  # offers a reload when the loaded files change
        self._opening: list[Path] = []  # paths of the load under way (watched once it is done)
        self._paths_at: tuple[object, dict[str, int]] = (None, {})  # path -> document index
        self._cheat = None
        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._debounce.timeout.connect(self.request_compare)
        self._build_central()
        self._build_status()
        self._build_problems()
        self.actions_ = build_actions(
            self,
            {
                "list": self.doc_list.view,
                "diff": self.diff,
                "changes": self.changes.view,
                "find": self.find_box,
            },
        )
        self._build_menus()
        self._build_drops()
        self._connect()
        self._init_stories()
        self._restore()
        self._set_busy(False)
        icon = _app_icon()
        if icon is not None:
            self.setWindowIcon(icon)

    # --- building ----------------------------------------------------------------------------
    def _build_central(self) -> None:
        self.welcome = WelcomeView()
        self.welcome.set_recent(self.settings.recent_folders)
        self.doc_list = DocumentList()
        self.diff = DiffView()
        self.changes = ChangesPanel()
        self.left_title, self.right_title = self.diff.left_title, self.diff.right_title
        self.find_box = QLineEdit()
        self.find_box.setObjectName("find_box")
        self.find_box.setPlaceholderText("Find in comparison (Enter or F3: next match, Esc: close)")
        self.find_box.hide()
        middle = QWidget()
        column = QVBoxLayout(middle)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        self.change_bar = ChangeBar()
        column.addWidget(self.change_bar)
        column.addWidget(self.find_box)
        self.banner = RelationBanner()
        column.addWidget(self.banner)
        column.addWidget(self.diff, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("main_splitter")
        self.splitter.addWidget(self.doc_list)
        self.splitter.addWidget(middle)
        self.splitter.addWidget(self.changes)
        self.splitter.setStretchFactor(1, 1)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(self.splitter)
        self.setCentralWidget(self.stack)

    def _build_status(self) -> None:
        self.status_label = QLabel("")
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(220)
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setObjectName("cancel_button")
        self.cancel_button.clicked.connect(self.cancel_loading)
        self.count_label = QLabel("")
        self.count_label.setObjectName("count_label")
        self.statusBar().addWidget(self.status_label, 1)
        self.statusBar().addPermanentWidget(self.count_label)
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().addPermanentWidget(self.cancel_button)

    def _build_problems(self) -> None:
        self.problems = ProblemsPanel()
        self.problems_dock = QDockWidget("Problems", self)
        self.problems_dock.setObjectName("problems_dock")
        self.problems_dock.setWidget(self.problems)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.problems_dock)
        self.problems_dock.hide()

    def _build_menus(self) -> None:
        from wirediff.ui.shell.actions import ACTIONS

        menus: dict[str, object] = {}
        for spec in ACTIONS:
            if not spec.menu:
                continue
            if spec.menu not in menus:
                menus[spec.menu] = self.menuBar().addMenu(spec.menu)
            menus[spec.menu].addAction(self.actions_[spec.name])  # type: ignore[attr-defined]
        for name in ("ignore_case", "ignore_punctuation", "fold_typography"):
            self.actions_[name].blockSignals(True)
            self.actions_[name].setChecked(bool(getattr(self.options, name)))
            self.actions_[name].blockSignals(False)

    def _build_drops(self) -> None:
        self.drops = DropFilter(self)
        self.drops.dropped.connect(self.open_paths)
        for widget in (
            self,
            self.welcome,
            self.doc_list.view.viewport(),
            self.diff.left.viewport(),
            self.diff.right.viewport(),
            self.changes.view.viewport(),
        ):
            self.drops.watch(widget)

    def _connect(self) -> None:
        self.welcome.open_folder.connect(self.open_folder_dialog)
        self.welcome.open_sample.connect(self.open_sample)
        self.welcome.open_recent.connect(lambda path: self.open_paths([Path(path)]))
        self.doc_list.selection_changed.connect(self._selection_changed)
        self.doc_list.view.doubleClicked.connect(lambda _i: self.compare_selected())
        self.diff.current_changed.connect(self.changes.set_current)
        self.diff.message.connect(self.show_message)
        self.changes.change_activated.connect(self.diff.go_to_change)
        self.find_box.returnPressed.connect(self.find_next)
        self.watch.changed.connect(
            lambda changes: self.change_bar.show_changes(changes, self.watch.one_folder)
        )
        self.watch.checked.connect(lambda changes: None if changes else self.change_bar.hide())
        self.change_bar.reload_requested.connect(self.reload_folder)
        self.runner.busy_changed.connect(
            lambda busy: self.setCursor(
                Qt.CursorShape.BusyCursor if busy else Qt.CursorShape.ArrowCursor
            )
        )
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.connect(self._scheme_changed)

    # --- persistence -------------------------------------------------------------------------
    def _restore(self) -> None:
        geometry = self.settings.bytes("geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            screen = QGuiApplication.primaryScreen()
            room = screen.availableGeometry().size() if screen is not None else None
            width = min(1400, int(room.width() * 0.95)) if room is not None else 1280
            height = min(900, int(room.height() * 0.95)) if room is not None else 800
            self.resize(width, height)
        state = self.settings.bytes("state")
        if state is not None:
            self.restoreState(state)
        self.problems_dock.hide()
        self._split_by_width = self.settings.bytes("main_splitter") is None
        for name, splitter in (
            ("main_splitter", self.splitter),
            ("diff_splitter", self.diff.splitter),
        ):
            saved = self.settings.bytes(name)
            if saved is not None:
                splitter.restoreState(saved)
        self.actions_["inline"].setChecked(self.settings.inline)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._split_by_width:  # first run: share the width out by proportion
            self._split_by_width = False
            width = self.width()
            self.splitter.setSizes([int(width * 0.28), int(width * 0.53), int(width * 0.19)])

    def save_settings(self) -> None:
        self.settings.set_bytes("geometry", self.saveGeometry())
        self.settings.set_bytes("state", self.saveState())
        self.settings.set_bytes("main_splitter", self.splitter.saveState())
        self.settings.set_bytes("diff_splitter", self.diff.splitter.saveState())
        self.settings.options = self.options
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_settings()
        self.watch.stop()
        for kind in ("load", "compare", *STORY_KINDS):
            self.runner.cancel(kind)
        self.runner.wait(5000)
        super().closeEvent(event)

    # --- status ------------------------------------------------------------------------------
    def show_message(self, text: str) -> None:
        self.status_label.setText(text)

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        action = getattr(self, "actions_", {}).get("cancel_load")
        if action is not None:
            action.setEnabled(busy)

    # --- loading -----------------------------------------------------------------------------
    def open_paths(self, raw: Sequence[Path | str]) -> None:
        """Open folders and/or files in the background (replacing what is open)."""
        paths = [Path(p) for p in raw]
        if not paths:
            return
        self._forget_stories()
        if len(paths) == 1 and paths[0].is_dir():
            self.settings.add_recent(paths[0].resolve())
            self.welcome.set_recent(self.settings.recent_folders)
        files = [p for p in paths if not p.is_dir()]
        self._pair_hint = (files[0], files[1]) if len(paths) == 2 and len(files) == 2 else None
        self._opening = paths
        self.stack.setCurrentIndex(MAIN)
        self.progress.setRange(0, 0)
        self._set_busy(True)
        self.show_message(f"Reading {', '.join(p.name or str(p) for p in paths)}…")
        self.runner.start("load", load_job(paths), self._loaded, self._failed, self._load_progress)

    def _load_progress(self, done: int, total: int, name: object) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.show_message(f"Reading {done}/{total} files… {name}")

    def cancel_loading(self) -> None:
        if self.runner.is_current("load", getattr(self.runner._latest.get("load"), "token", -1)):
            self.runner.cancel("load")
            self._set_busy(False)
            self.show_message("Loading cancelled")
        elif self.runner.is_current(
            "stories", getattr(self.runner._latest.get("stories"), "token", -1)
        ):
            self.runner.cancel("stories")
            self._set_busy(False)
            self.show_message("Story grouping cancelled (the list stays flat)")

    def _failed(self, message: str) -> None:
        self._set_busy(False)
        self.show_message(f"Error: {message}")
        self.failed.emit(message)

    def _loaded(self, loaded: Loaded) -> None:
        self._set_busy(False)
        result = loaded.result
        self.documents = result.documents
        self.shown = None
        self.watch.watch(self._opening, result.snapshot, loaded.folders)
        self.change_bar.hide()
        self.doc_list.set_documents(result.documents, loaded.words, loaded.built)
        self.problems.set_problems(result.problems)
        self.problems_dock.setVisible(bool(result.problems))
        n, bad = len(result.documents), len(result.problems)
        skipped = f", {bad} skipped (see Problems)" if bad else ""
        self.show_message(f"{n} document{'s' if n != 1 else ''} opened{skipped}")
        self.count_label.setText(
            f"{n} document{'s' if n != 1 else ''}" + (f" · {bad} skipped" if bad else "")
        )
        self.diff.clear("Select a document to compare it with the base." if n else "No documents.")
        self.base = self.other = None
        if n:
            base, other = self._initial_pair(loaded.resolved)
            self._make_base(base)
            if other is not None:
                self.doc_list.select(other)
                self.request_compare()
        self.doc_list.view.setFocus()
        self._start_stories()
        self.loaded.emit()

    def _initial_pair(self, resolved: list[Path] | None) -> tuple[int, int | None]:
        if self._pair_hint is None:
            return 0, (1 if len(self.documents) > 1 else None)
        paths = resolved or [d.path.resolve() for d in self.documents]
        base, other = self._pair_hint
        return keep_pair(paths, base.resolve(), other.resolve() if other is not None else None)

    def reload_folder(self) -> None:
        """Read what is open again, keeping the base and the selection where they still exist."""
        if not self.watch.paths:
            self.show_message("Nothing to reload: open a folder first")
            return
        base, selected = (
            self.documents[i].path if i is not None else None
            for i in (self.base, self.doc_list.selected())
        )
        self.open_paths(self.watch.paths)
        self._pair_hint = (base, selected) if base is not None else None

    # --- base and comparison -----------------------------------------------------------------
    def _make_base(self, doc: int) -> None:
        self.base = doc
        if self.grouped():  # the list marks story bases; the left side follows the selection
            return
        self.doc_list.set_base(doc)
        self._show_reviewed()
        self._refresh_similarity()

    def _selection_changed(self, doc: int | None) -> None:
        self._debounce.start()

    def request_compare(self) -> None:
        """Compare the selected document with the base, in the background."""
        self._debounce.stop()
        selected = self.doc_list.selected()
        if selected is None and self.doc_list.view.currentIndex().isValid():
            self._update_story_panel()  # a group row: keep the pair, show the story's versions
            return
        base = self._left_for(selected) if selected is not None else None
        if base is not None and self.grouped():
            self.base = base
        if self.base is None or selected is None or selected == self.base:
            self.runner.cancel("compare")
            self.other, self._requested = None, None
            self.diff.clear(self._base_message(selected) if selected is not None else "")
            self.changes.show_comparison(None, [], set())
            self._set_titles()
            self._show_relation()
            self._update_story_panel()
            return
        texts = self._texts(self.base, selected)
        request = (self.base, selected, texts is not None, self.options)
        if request == self._requested:
            return  # already on screen or on its way
        self._requested, self.other = request, selected
        left, right = self.documents[self.base], self.documents[selected]
        self.show_message(f"Comparing {left.name} with {right.name}…")
        self.runner.start(
            "compare",
            compare_job(left, right, self.options, self.look(), texts),
            self._compared,
            self._failed,
        )

    def _compared(self, shown: Shown | None) -> None:
        if shown is None:
            return
        self.shown = shown
        flags = self.settings.flags(self.flag_key() or "")
        self.diff.show_pair(shown.plan, shown.docs, self.theme)
        self.diff.set_flags(flags)
        self.changes.show_comparison(shown.plan.comparison, shown.plan.excerpts, flags)
        _settle_garbage_collector()
        self._set_titles()
        self._show_relation()
        self._update_story_panel()
        stats = shown.plan.comparison.stats
        self.show_message(
            f"{shown.left.name} ↔ {shown.right.name}: {stats.similarity:.0%} similar, "
            f"{len(shown.plan.comparison.changes)} changes"
            + (" · boilerplate lines hidden (Ctrl+H shows them)" if shown.clean else "")
        )
        self.comparison_shown.emit()

    def _set_titles(self) -> None:
        shown = self.shown if self.other is not None else None
        if shown is None:
            self.left_title.setText("")
            self.right_title.setText("")
            self.setWindowTitle("wirediff")
            return
        for label, doc, role in (
            (self.left_title, shown.left, "Base"),
            (self.right_title, shown.right, "Other"),
        ):
            source = f" · {doc.source}" if doc.source else ""
            label.setText(f"{role}: {doc.title or doc.name}{source}")
            label.setToolTip(plain_tooltip(str(doc.path)))
        self.right_title.setVisible(not self.diff.inline)
        self.setWindowTitle(f"{shown.left.name} ↔ {shown.right.name} — wirediff")

    def pair_key(self) -> str | None:
        if self.shown is None:
            return None
        return pair_key(self.shown.left.path, self.shown.right.path)

    def _show_reviewed(self) -> None:
        """Tick documents whose pair with their left side was reviewed.

        Goes through the reviewed pairs (a handful) rather than the documents (thousands).
        """
        if self.base is None:
            return
        key = (id(self.documents), len(self.documents))
        if self._paths_at[0] != key:
            self._paths_at = (key, {str(d.path): i for i, d in enumerate(self.documents)})
        where = self._paths_at[1]
        docs = set()
        for pair in self.settings.reviewed:
            a, _tab, b = pair.partition("\t")
            i, j = where.get(a), where.get(b)
            if i is None or j is None:
                continue
            docs.update(d for d, other in ((i, j), (j, i)) if self._review_base(d) == other)
        self.doc_list.set_reviewed(docs)

    def _scheme_changed(self, _scheme: object = None) -> None:
        theme = current_theme()
        if theme != self.theme:
            self.theme = theme
            self.restyle()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "runner"):
            self._scheme_changed()  # the system switched between light and dark

    def look(self) -> Look:
        """The theme, the zoomed font and the room after the last row, for new documents."""
        font = QFont(self.font())
        size = font.pointSizeF() if font.pointSizeF() > 0 else 10.0
        font.setPointSizeF(max(5.0, size + self.settings.zoom))
        screen = QGuiApplication.primaryScreen()
        room = screen.availableGeometry().height() if screen is not None else 1200
        return Look(self.theme, font, room)

    def restyle(self) -> None:
        """Redraw the comparison on screen with the current zoom and palette (in the background)."""
        if self.shown is None:
            return
        self.runner.start(
            "compare", restyle_job(self.shown.plan, self.look()), self._restyled, self._failed
        )

    def _restyled(self, docs: dict[str, QTextDocument] | None) -> None:
        if docs is None or self.shown is None:
            return
        self.shown.docs = docs
        self.diff.set_theme(self.theme)
        self.diff.replace_documents(docs)


def _settle_garbage_collector() -> None:
    """Exempt what is on screen from future full collections.

    A full collection walks every tracked object while holding the GIL, and a 100k-word
    comparison is millions of them: a worker thread's collection would freeze the GUI for
    hundreds of milliseconds. Frozen objects are still freed by reference counting when the
    next comparison replaces them (the result types hold no reference cycles).
    """
    gc.freeze()


def _app_icon() -> QIcon | None:
    from wirediff.resources import resource_path

    try:
        path = resource_path("icons", "wirediff.svg")
    except FileNotFoundError:
        return None
    return QIcon(str(path)) if path.exists() else None
