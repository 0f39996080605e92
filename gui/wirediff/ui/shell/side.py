"""The side panels around the diff: the document list on the left, the changes panel on the
right; in a narrow window the changes panel folds into a tab beside the list, so that the
two diff panes keep most of the width, and F9 hides both. The problems dock below takes the
height of what it lists.

Below ``FOLD_WIDTH`` pixels the left side is a tab widget ("Documents", "Changes") taking
``FOLDED_SHARE`` of the width; at 1024 pixels the diff then gets about 64% of it, where three
columns left it 52% (panes of four or five words a line). Wider, the three columns come back
in their first-run proportions.

Whenever the window's width changes, the split is set anew for it (``SidePanels.settle``):
each side panel at the width the user left it (the changes panel, never dragged, at its
share), the list at most half the window, the diff at least ``MIDDLE_LEAST`` of it (folded,
``1 - FOLDED_MOST``), or what the user's drag left it if less — the side panels give way
together when they would take more. Left to itself, Qt's splitter kept
the side panels' pixel widths and took all it lost from the diff: made 200 pixels wide, then
5,000, then 1,400, the window kept a changes panel of 877 pixels and diff panes of 68, and
saved the split of 5,000 pixels, which squeezed the list to 127 at the next start.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QDataStream, QEvent, QIODevice, QObject, Qt
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
from wirediff.ui.panels.changes import ChangesPanel

FOLD_WIDTH = 1200
FOLDED_SHARE = 0.36  # of the width, for the tabs of a folded window
FOLDED_MOST = 0.4  # of the width, that they keep as the window narrows
SHARES = (0.34, 0.48, 0.18)  # list, middle, changes: a wide window's first proportions
MIDDLE_LEAST = 0.4  # of the width, for the diff of an unfolded window, as the window resizes
SPLITTER_MAGIC = 0xFF  # (what QSplitter.saveState writes first)


class SidePanels(QObject):
    """Owns where the list and the changes panel sit, and whether they show."""

    def __init__(self, splitter: QSplitter, doc_list: QWidget, changes: ChangesPanel) -> None:
        super().__init__(splitter)
        self.splitter, self.doc_list, self.changes = splitter, doc_list, changes
        self.tabs = QTabWidget()
        self.tabs.setObjectName("side_tabs")
        # (the only focusable widgets of the window with no name a screen reader says: a
        # keyboard-only walkthrough; the tab bar's focus is ringed, see focus_frame)
        self.tabs.setAccessibleName("Documents and changes")
        self.tabs.tabBar().setAccessibleName("Documents or changes")
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
        # The changes panel's width as the user dragged it (0: its share of the window).
        self.wanted_changes = 0
        self._folded_list = 0  # the tabs' width as dragged in a folded window (0: none)
        # The diff's width as the user's last drag left it, unfolded and folded (0: none):
        # narrower than its share, the diff keeps no more than that as the window narrows.
        self._dragged_diff = [0, 0]
        self._laid_for = 0  # the splitter's width the split was last set for (or dragged in)
        self._restored: list[int] | None = None  # the split saved at the last quit
        splitter.splitterMoved.connect(self._moved)
        splitter.installEventFilter(self)  # (its width changes: the split is set for it)
        self._settling = timer(self, 0)
        self._settling.timeout.connect(self.settle)
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
            side = min(left, max(int(width * FOLDED_SHARE), self._folded_least()))
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
        """Fold or unfold for a window ``width`` pixels wide; the split then set for the
        splitter's new width (``settle``)."""
        self.fold(width < FOLD_WIDTH, width)
        self._settling.start()  # (once the splitter has the window's new width)

    def restore(self, state: QByteArray | None, list_width: int, changes_width: int) -> None:
        """The splitter as the last quit left it (``state``) and the side panels' widths
        wanted then; the split comes back as saved in a splitter as wide as it was, else
        it is set for the width it has (``settle``)."""
        self.wanted_list, self.wanted_changes = list_width, changes_width
        if state is not None and self.splitter.restoreState(state):
            self._restored = saved_sizes(state)
        if self._restored is not None:  # (as the user left it, or as set for its width)
            self._dragged_diff[self._restored[2] == 0] = self._restored[1]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.splitter and event.type() == QEvent.Type.Resize:
            self._settling.start()
        return False

    def settle(self) -> None:
        """The split set for the splitter's width, when it changed (laid out, on screen):
        the side panels at their wanted widths (``_targets``); the first time, as saved at
        the last quit if the splitter is as wide (and its panels shown, hidden and folded
        as they were: Qt laid the restored split out in the hidden splitter's own width,
        squeezing it). A panel the user collapsed with its handle stays so."""
        sizes = self.splitter.sizes()
        total = sum(sizes)
        if not self.splitter.isVisible() or not total:
            return
        if total == self._laid_for and self._restored is None:
            return
        self._laid_for = total
        restored, self._restored = self._restored, None
        if not self.shown:
            return
        if (
            restored is not None
            and sum(restored) == total
            and all((a == 0) == (b == 0) for a, b in zip(restored, sizes, strict=True))
        ):
            wanted = restored
        else:
            wanted = self._targets(sizes)
        if wanted != sizes:
            self.splitter.setSizes(wanted)

    def saved_state(self) -> QByteArray:
        """The splitter's state to save: the widths on screen, set for the splitter's width
        (Qt's own state holds the widths last set, by a drag or a call: the window resized
        since, they were another width's — 476, 3,620 and 900 pixels saved from a window
        made 5,000 pixels wide, then 1,400)."""
        if self.splitter.isVisible():
            self.settle()
            self.splitter.setSizes(self.splitter.sizes())
        return self.splitter.saveState()

    def _targets(self, sizes: list[int]) -> list[int]:
        """The split for a splitter of ``sizes``: the list as wide as the user left it (up
        to half the window; folded, up to its folded share), the changes panel too (or its
        share), the diff keeping at least ``MIDDLE_LEAST`` of the width."""
        left, middle, right = sizes
        total = left + middle + right
        if self.folded:
            left = self._folded_width(total, left) if left else 0
            return [left, total - left, 0]
        if left:
            left = min(self.wanted_list or left, total // 2)
        least = self.changes.least_width()
        if right:
            right = self.wanted_changes or max(int(total * SHARES[2]), least)
        over = left + right - (total - self._least_diff(total, MIDDLE_LEAST))
        spare_left = max(left - self.tabs.minimumSizeHint().width(), 0)
        spare = spare_left + max(right - least, 0)
        if over > 0 and spare > 0:  # (both give way, as far as each can)
            cut = min(over, spare)
            left -= cut * spare_left // spare
            right -= cut - cut * spare_left // spare
        return [left, total - left - right, right]

    def _folded_width(self, total: int, width: int) -> int:
        """The width for the tabs, ``width`` wide, in a folded splitter of ``total`` pixels:
        widened back to the width the user dragged them to, else to the list's up to the
        folded share; narrowed to leave the diff ``1 - FOLDED_MOST`` of the width (or what
        the drag left it); never narrower than the changes panel's figures need (at 200%
        they were cut)."""
        least = self._folded_least()
        most = max(total - self._least_diff(total, 1 - FOLDED_MOST), least)
        widest = self._folded_list or min(
            self.wanted_list or total, max(int(total * FOLDED_SHARE), least)
        )
        return min(max(width, widest), most)

    def _least_diff(self, total: int, share: float) -> int:
        """The diff's least width in a splitter of ``total`` pixels: its ``share``, or the
        width the user's drag left it if less (their split comes back at its own width)."""
        return min(int(total * share), self._dragged_diff[self.folded] or total)

    def _folded_least(self) -> int:
        """The least width of the tabs that hold the list and the changes panel."""
        return max(self.tabs.minimumSizeHint().width(), self.changes.least_width())

    def _moved(self, _pos: int, handle: int) -> None:
        """The user dragged a handle: the width of the panel beside it is the one wanted
        (the list's unfolded; a drag of the other handle stored the list's squeezed width:
        a review), and the split is the one for this width."""
        sizes = self.splitter.sizes()
        self._laid_for = sum(sizes)
        if not self.shown:
            return
        self._dragged_diff[self.folded] = sizes[1]
        if handle == 1:
            if self.folded:
                self._folded_list = sizes[0]
            else:
                self.wanted_list = sizes[0]
        elif handle == 2 and not self.folded:
            self.wanted_changes = sizes[2]

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


def saved_sizes(state: QByteArray) -> list[int] | None:
    """The widths a main splitter's saved ``state`` holds (None: not three widths)."""
    stream = QDataStream(state, QIODevice.OpenModeFlag.ReadOnly)
    stream.setVersion(QDataStream.Version.Qt_5_0)
    if stream.readInt32() != SPLITTER_MAGIC:
        return None
    stream.readInt32()  # (its version)
    if stream.readUInt32() != 3:
        return None
    sizes = [stream.readInt32() for _ in range(3)]
    if stream.status() != QDataStream.Status.Ok or min(sizes) < 0 or max(sizes) == 0:
        return None
    return sizes


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
