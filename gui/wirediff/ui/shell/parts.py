"""The window's widgets, built in one place: welcome view or list | diff or story view |
changes panel, the status bar and the problems dock."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPaintEvent, QResizeEvent, QTextOption
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

from wirediff.core.display import FSI, PDI
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
from wirediff.ui.widgets.elided import MARGIN, ElidedLabel, cut_to_fit

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
    status_label: StatusLine
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
    status_label = StatusLine()
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


WHOLE_TEXT_KEY = "Shift+F1"  # (the whole_text action's key that no desktop takes: Ctrl+F1 is
# a workspace on Xfce and KDE)
STATUS_LINES = 2  # lines the status line grows to before it cuts a message


class StatusLine(ElidedLabel):
    """The status line: a message too long for one line wraps to a second, the line growing
    a line taller (and staying so till its width changes: the panes do not jump at each
    message); one too long for two keeps its start, what happened, and ends "… (Shift+F1:
    whole text)", the key that shows the rest (whole in its tooltip too). Cut in its
    middle, "Corrected: haemophilia_f9372d.txt is independ…ories (10 with several
    versions) in 10 events" hid what had just happened, and the tooltip asked for a mouse
    (a keyboard-only walkthrough at 200%)."""

    def __init__(self) -> None:
        super().__init__(
            mode=Qt.TextElideMode.ElideRight,
            direction=Qt.LayoutDirection.LeftToRight,  # (a sentence naming data)
            tip_when_cut=True,
        )
        self.setObjectName("status_label")
        self._rows = 1  # the lines it is tall
        self._cut = False

    def setText(self, text: str) -> None:
        super().setText(text)
        self._grow()

    def shorten(self, forms: Sequence[str]) -> None:
        super().shorten(forms)
        self._grow()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._rows = 1  # (as tall as the message now needs at the new width)
        self._grow()

    def _grow(self) -> None:
        rows = max(self._rows, len(self.shown_lines()))
        if rows != self._rows:
            self._rows = rows
            self.updateGeometry()

    def sizeHint(self) -> QSize:
        return self._taller(super().sizeHint())

    def minimumSizeHint(self) -> QSize:
        return self._taller(super().minimumSizeHint())

    def _taller(self, hint: QSize) -> QSize:
        return QSize(hint.width(), hint.height() + (self._rows - 1) * self._step())

    def _step(self) -> int:
        return self.fontMetrics().lineSpacing()

    def shown_lines(self) -> list[str]:
        """The lines drawn at the label's width: the text whole on one or two, else a shorter
        form of it (``shorten``), else its start, cut, and the key to the whole text."""
        room = max(0, self.width() - 2 * MARGIN)
        metrics = self.fontMetrics()
        forms = [self.text(), *self.shorter]
        for form in forms:
            first, rest = _first_line(form, metrics, room)
            if metrics.horizontalAdvance(rest) <= room:
                self._cut = form != self.text()
                return [first, rest] if rest else [first]
        self._cut = True
        first, rest = _first_line(forms[-1], metrics, room)
        note = f" ({WHOLE_TEXT_KEY}: whole text)"
        left = room - metrics.horizontalAdvance(note)
        if left < metrics.horizontalAdvance("…") * 6:  # (no room for the note)
            return [first, cut_to_fit(rest, metrics, self.mode, room)]
        return [first, cut_to_fit(rest, metrics, self.mode, left) + note]

    def shown_text(self) -> str:
        return "\n".join(self.shown_lines())

    def is_cut(self) -> bool:
        self.shown_lines()
        return self._cut

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        option = QTextOption(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        option.setTextDirection(self.direction)
        option.setWrapMode(QTextOption.WrapMode.NoWrap)
        lines, step = self.shown_lines(), self._step()
        top = (self.height() - step * len(lines)) / 2
        for n, line in enumerate(lines):
            rect = QRectF(MARGIN, top + n * step, self.width() - 2 * MARGIN, step)
            painter.drawText(rect, line, option)
        painter.end()


def _first_line(text: str, metrics: QFontMetrics, room: int) -> tuple[str, str]:
    """``text``'s first line in ``room`` pixels, broken after a word where one fits, and the
    rest ("" when it fits whole); a name isolated across the break is isolated on both."""
    if metrics.horizontalAdvance(text) <= room:
        return text, ""
    low, high = 1, len(text)  # (the longest start that fits, a letter at least)
    while low < high:
        mid = (low + high + 1) // 2
        if metrics.horizontalAdvance(text[:mid]) <= room:
            low = mid
        else:
            high = mid - 1
    space = text.rfind(" ", 0, low + 1)
    first, rest = (text[:space], text[space + 1 :]) if space > 0 else (text[:low], text[low:])
    if first.count(FSI) > first.count(PDI):
        first, rest = first + PDI, FSI + rest
    return first, rest
