"""The window's widgets, built in one place: welcome view or list | diff | changes panel,
the status bar and the problems dock."""

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

WELCOME, MAIN = 0, 1  # pages of the stack


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
    status_label: QLabel
    count_label: QLabel
    progress: QProgressBar
    cancel_button: QPushButton


def build_parts(window: QMainWindow) -> Parts:
    """Build the widgets into ``window`` (central area, status bar, problems dock)."""
    welcome, doc_list, diff, changes = WelcomeView(), DocumentList(), DiffView(), ChangesPanel()
    change_bar, banner = ChangeBar(), RelationBanner()
    middle = QWidget()
    column = QVBoxLayout(middle)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    column.addWidget(change_bar)
    column.addWidget(banner)
    column.addWidget(diff, 1)
    splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.setObjectName("main_splitter")
    for widget in (doc_list, middle, changes):
        splitter.addWidget(widget)
    splitter.setStretchFactor(1, 1)
    stack = QStackedWidget()
    stack.addWidget(welcome)
    stack.addWidget(splitter)
    window.setCentralWidget(stack)
    status_label, count_label = QLabel(""), QLabel("")
    status_label.setTextFormat(Qt.TextFormat.PlainText)
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
        status_label, count_label, progress, cancel_button,
    )  # fmt: skip
