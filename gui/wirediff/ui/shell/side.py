"""The side panels around the diff: the document list on the left, the changes panel on the
right; in a narrow window the changes panel folds into a tab beside the list, so that the
two diff panes keep most of the width, and F9 hides both. The problems dock below takes the
height of what it lists.

Below ``FOLD_WIDTH`` pixels the left side is a tab widget ("Documents", "Changes") taking
``FOLDED_SHARE`` of the width; at 1024 pixels the diff then gets about 64% of it, where three
columns left it 52% (panes of four or five words a line). Wider, the three columns come back
in their first-run proportions.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDockWidget,
    QMainWindow,
    QSplitter,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from wirediff.ui.common.timers import timer

FOLD_WIDTH = 1200
FOLDED_SHARE = 0.36  # of the width, for the tabs of a folded window
SHARES = (0.34, 0.48, 0.18)  # list, middle, changes: a wide window's first proportions


class SidePanels(QObject):
    """Owns where the list and the changes panel sit, and whether they show."""

    def __init__(self, splitter: QSplitter, doc_list: QWidget, changes: QWidget) -> None:
        super().__init__(splitter)
        self.splitter, self.doc_list, self.changes = splitter, doc_list, changes
        self.tabs = QTabWidget()
        self.tabs.setObjectName("side_tabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(doc_list, "Documents")
        self._show_tab_bar(False)
        self.right = QWidget()
        self.right.setObjectName("changes_side")
        self._column = QVBoxLayout(self.right)
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.addWidget(changes)
        self.folded = False
        # The list's width as the user left it (dragged, or as restored or first shared
        # out; 0: not known): what a window made narrow squeezed, it gets back as it widens.
        self.wanted_list = 0
        splitter.splitterMoved.connect(self._moved)
        self._widen = timer(self, 0)
        self._widen.timeout.connect(self._widen_list)
        self.shown = True
        self.toggle: QAction | None = None  # View ▸ Side panels (F9), checked when shown

    def fold(self, folded: bool, width: int) -> None:
        """Put the changes panel in a tab beside the list (True) or back on the right, in a
        window ``width`` pixels wide."""
        if folded == self.folded:
            return
        self.folded = folded
        if folded:
            self.tabs.addTab(self.changes, "Changes")
            self._show_tab_bar(True)
            self.right.hide()
        else:
            self.tabs.setCurrentWidget(self.doc_list)
            self.tabs.removeTab(self.tabs.indexOf(self.changes))
            self._column.addWidget(self.changes)
            self.changes.show()  # a tab page not current was hidden
            self._show_tab_bar(False)
            self.right.setVisible(self.shown)
        left, middle, right = self.splitter.sizes()
        if not left + middle + right:  # not laid out yet: the first-run shares
            self.share_out(width)
        elif folded:  # the list keeps its width (as restored or set by the user) up to
            # its folded share: a list made wide in a wide window (or restored so) would
            # leave the panes a third of a narrow one
            self.wanted_list = self.wanted_list or left
            side = min(left, max(int(width * FOLDED_SHARE), self.tabs.minimumSizeHint().width()))
            self.splitter.setSizes([side, middle + right + left - side, 0])
        elif right == 0:  # the changes panel comes back with its share, from the middle, and
            # the list the width it had before the fold (or its share), up to half the window:
            # it stayed as narrow as the small window had made it
            total = left + middle
            right = int(width * SHARES[2])
            wide = self.wanted_list or int(width * SHARES[0])
            left = max(left, min(wide, width // 2, total - right - 1))
            self.splitter.setSizes([left, max(total - left - right, 1), right])
            self.wanted_list = self.wanted_list or left

    def _show_tab_bar(self, shown: bool) -> None:
        """The tab bar is the tab widget's focus proxy: hidden, it must take no Tab stop, or
        Tab picks the tab widget, hands the focus to the hidden bar, and stays where it was."""
        bar = self.tabs.tabBar()
        bar.setVisible(shown)
        bar.setFocusPolicy(Qt.FocusPolicy.TabFocus if shown else Qt.FocusPolicy.NoFocus)

    def share_out(self, width: int) -> None:
        """Give each side its first-run share of ``width`` pixels."""
        if self.folded:
            side = int(width * FOLDED_SHARE)
            self.splitter.setSizes([side, width - side, 0])
        else:
            self.splitter.setSizes([int(width * share) for share in SHARES])
            self.wanted_list = self.wanted_list or int(width * SHARES[0])

    def fit(self, width: int) -> None:
        """Fold or unfold for a window ``width`` pixels wide; unfolded, the list widened
        back to the width the user left it (``wanted_list``) as far as the window allows."""
        self.fold(width < FOLD_WIDTH, width)
        self._widen.start()  # (once the splitter has the window's new width)

    def _widen_list(self) -> None:
        """The list widened back towards ``wanted_list`` (after ``fit``, laid out)."""
        left, middle, right = self.splitter.sizes()
        width = self.splitter.window().width()
        if self.folded or not self.shown or not left or left >= self.wanted_list:
            return
        # (up to half the window, the diff keeping half of what is not the changes panel:
        # the splitter took from every column as the window narrowed, and gave what the
        # window then added to the diff alone; the list stayed 180 pixels wide for good)
        grow = min(self.wanted_list, width // 2) - left
        grow = min(grow, (middle - left) // 2)
        if grow > 0:
            self.splitter.setSizes([left + grow, middle - grow, right])

    def _moved(self, _pos: int, handle: int) -> None:
        """The user dragged the list's handle: its width is the one wanted (unfolded; the
        other handle's drag stored the list's squeezed width: a review)."""
        if handle == 1 and not self.folded and self.shown:
            self.wanted_list = self.splitter.sizes()[0]

    def set_shown(self, shown: bool) -> None:
        """F9: both side panels (False: the diff takes the whole width)."""
        self.shown = shown
        self.make_room()

    def make_room(self) -> None:
        """The panels shown as F9 says, and those shown with no width given their share of
        the window back from the middle: restored so (a session that quit folded left the
        changes panel hidden in a wide window, its splitter restoring that), or folded while
        F9 hid them (F9 then "showed" the list at 0 pixels)."""
        self.tabs.setVisible(self.shown)
        self.right.setVisible(self.shown and not self.folded)
        sizes = self.splitter.sizes()
        left, middle, right = sizes
        # (shares of the window: a splitter not laid out yet, behind the welcome page, has
        # its last size, and the middle takes what the window adds to it)
        total = self.splitter.window().width()
        if not self.shown or not left + middle + right:
            return
        if left == 0:
            share = FOLDED_SHARE if self.folded else SHARES[0]
            left = max(int(total * share), self.tabs.minimumSizeHint().width())
        if right == 0 and not self.folded:
            right = int(total * SHARES[2])
        if (left, right) != (sizes[0], sizes[2]):
            self.splitter.setSizes([left, max(total - left - right, 1), right])

    def reveal(self, part: QWidget) -> None:
        """Bring the list or the changes panel into view (its tab, the panels shown, and F9's
        check with them: left unchecked, the next F9 "showed" them and did nothing)."""
        if not self.shown:
            if self.toggle is not None:
                self.toggle.setChecked(True)  # (which shows them)
            self.set_shown(True)
        if self.folded:
            self.tabs.setCurrentWidget(part)
        self.make_room()


def fit_problems_dock(window: QMainWindow, dock: QDockWidget, lines: int) -> None:
    """Give the problems dock the height of its ``lines`` (a heading and up to six files),
    not the share of the window a dock takes by default (40% for one skipped file)."""
    if not dock.isVisible():
        return
    metrics = dock.fontMetrics()
    rows = min(max(lines, 1), 6)
    title = dock.style().pixelMetric(QStyle.PixelMetric.PM_TitleBarHeight)
    wanted = title + (rows + 1) * (metrics.lineSpacing() + 6) + 24
    height = min(wanted, window.height() // 4)
    window.resizeDocks([dock], [height], Qt.Orientation.Vertical)
