"""The window's widgets, built in one place: welcome view or list | diff or story view |
changes panel, the status bar and the problems dock."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from wirediff.ui.diff.view import DiffView
from wirediff.ui.doclist.view import DocumentList
from wirediff.ui.panels.banner import RelationBanner
from wirediff.ui.panels.change_bar import ChangeBar
from wirediff.ui.panels.changes import ChangesPanel
from wirediff.ui.panels.problems import ProblemsPanel
from wirediff.ui.panels.welcome import WelcomeView
from wirediff.ui.shell.side import SidePanels
from wirediff.ui.storyview.view import StoryView
from wirediff.ui.widgets.current_page import CurrentPageStack
from wirediff.ui.widgets.elided import ElidedLabel

WELCOME, MAIN = 0, 1  # pages of the stack
PAIR_PAGE, STORY_PAGE = 0, 1  # pages of the middle area


@dataclass(slots=True)
class Parts:
    """Every widget the window wires and the commands act on."""

    welcome: WelcomeView
    doc_list: DocumentList
    diff: DiffView
    changes: ChangesPanel
    banner: RelationBanner
    change_bar: ChangeBar
    splitter: QSplitter
    stack: QStackedWidget
    problems: ProblemsPanel
    problems_dock: QDockWidget
    status_label: ElidedLabel
    count_label: QLabel
    progress: QProgressBar
    cancel_button: QPushButton
    story_view: StoryView
    pages: QStackedWidget  # the middle area: the pair (banner and diff) or the story view
    side: SidePanels  # where the list and the changes panel sit (folded into tabs or not)


def build_parts(window: QMainWindow) -> Parts:
    """Build the widgets into ``window`` (central area, status bar, problems dock)."""
    welcome, doc_list, diff, changes = WelcomeView(), DocumentList(), DiffView(), ChangesPanel()
    changes.view.setAccessibleName("Changes")  # (a screen reader names the list by it)
    changes.view.setAccessibleDescription("Enter goes to the selected change in the diff")
    change_bar, banner = ChangeBar(), RelationBanner()
    story_view = StoryView()
    pages = CurrentPageStack()
    pages.setObjectName("middle_pages")
    pages.addWidget(_column(banner, diff))
    pages.addWidget(story_view)
    middle = _column(change_bar, pages)
    splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.setObjectName("main_splitter")
    side = SidePanels(splitter, doc_list, changes)
    for widget in (side.tabs, middle, side.right):
        splitter.addWidget(widget)
    splitter.setStretchFactor(1, 1)
    stack = CurrentPageStack()
    stack.addWidget(welcome)
    stack.addWidget(splitter)
    window.setCentralWidget(stack)
    # A message too long for the status line is cut in its middle (its start says what
    # happened, its end the numbers), whole in its tooltip: it ran into the document count.
    status_label = ElidedLabel(
        mode=Qt.TextElideMode.ElideMiddle,
        direction=Qt.LayoutDirection.LeftToRight,
        tip_when_cut=True,
    )
    status_label.setObjectName("status_label")
    count_label = QLabel("")
    count_label.setTextFormat(Qt.TextFormat.PlainText)
    count_label.setObjectName("count_label")
    progress = QProgressBar()
    progress.setMaximumWidth(220)
    cancel_button = QPushButton("Cancel")
    cancel_button.setObjectName("cancel_button")
    bar = window.statusBar()
    bar.addWidget(status_label, 1)
    for widget in (count_label, progress, cancel_button):
        bar.addPermanentWidget(widget)
    problems = ProblemsPanel()
    dock = QDockWidget("Problems", window)
    dock.setObjectName("problems_dock")
    dock.setWidget(problems)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
    dock.hide()
    return Parts(
        welcome, doc_list, diff, changes, banner, change_bar, splitter, stack, problems, dock,
        status_label, count_label, progress, cancel_button, story_view, pages, side,
    )  # fmt: skip


def _column(*widgets: QWidget) -> QWidget:
    """A widget holding ``widgets`` one above the other, the last one taking the rest."""
    holder = QWidget()
    column = QVBoxLayout(holder)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    for widget in widgets[:-1]:
        column.addWidget(widget)
    column.addWidget(widgets[-1], 1)
    return holder
