"""The welcome view shown when no folder is open: open buttons, recent folders, drop hint.

The recent folders are listed at once and looked at in the background: a folder on a share
that errors or hangs must not hold up the start, and one that cannot be examined at all is
left out with a note. While the first folder is read, the view says so in its place
(``ReadingView``): what is read, how many files of how many, the progress and Cancel.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QProxyStyle,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedLayout,
    QStyle,
    QStyleHintReturn,
    QStyleOption,
    QVBoxLayout,
    QWidget,
)

from wirediff.ui.common.paths import Examined, examine
from wirediff.ui.common.roles import PATH_ROLE
from wirediff.ui.common.settings import path_of, stored_path
from wirediff.ui.common.text import files_read, names, one_line, plain_tooltip
from wirediff.ui.jobs.runner import Job, Runner
from wirediff.ui.widgets.focus_frame import FocusFrame

KIND = "recent"
# The keys the welcome view names (the window's action table binds them: open_folder,
# open_files, cheat_sheet; tests check they agree). Made into sequences only once the
# application exists (a standard key needs its platform theme).
OPEN_FOLDER_KEY = QKeySequence.StandardKey.Open
OPEN_FILES_KEY = "Ctrl+Shift+O"
HELP_KEY = QKeySequence.StandardKey.HelpContents
FILES_READ = "Files read"  # the reading view's progress bar, until every file is read


def key_text(key: QKeySequence.StandardKey | str) -> str:
    """A key as the platform writes it ("Ctrl+O"; on macOS "⌘O")."""
    return QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)


def keys_line() -> str:
    """The keys line under the drop area, said to a screen reader as well."""
    return (
        f"{key_text(OPEN_FOLDER_KEY)}: open a folder · {key_text(OPEN_FILES_KEY)}: open files · "
        f"{key_text(HELP_KEY)}: the keyboard cheat sheet"
    )


# The drop box's dashed edge in the placeholder text's grey, 3:1 from the window or more in
# every look (4.4:1 light, 4.9:1 dark, 12.5:1 high contrast): the mid shade it was drawn in
# is a shade off the window, 1.7:1 in the light look, and in the dark one the box had no
# edge to see (#2a2a2a on #2d2d2d, 1.04:1: a keyboard-only walkthrough).
_DROP_HINT_STYLE = (
    "QLabel#drop_hint { border: 2px dashed palette(placeholder-text);"
    " color: palette(window-text); }"
)


class WelcomeView(QWidget):
    """What `wirediff` with no arguments shows."""

    open_folder = Signal()
    open_sample = Signal()
    open_recent = Signal(object)  # the path (a str: not through Qt, which drops a lone surrogate)
    cancel_reading = Signal()  # the reading view's Cancel

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        self.home = HomePage()  # what it offers: open buttons, recent folders, drop hint
        # The page scrolls when even a squeezed drop box leaves it too little room (at 200%
        # in a 1280x800 window the keys line was drawn over the drop box, the column squeezed
        # below its least height; a keyboard-only walkthrough).
        self.home_scroll = QScrollArea()
        self.home_scroll.setObjectName("welcome_scroll")
        self.home_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.home_scroll.setWidgetResizable(True)
        self.home_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # (its buttons take the keys)
        self.home_scroll.setWidget(self.home)
        self.reading_view = ReadingView()
        self.reading_view.cancel.clicked.connect(self.cancel_reading)
        self._pages = QStackedLayout(self)
        self._pages.addWidget(self.home_scroll)
        self._pages.addWidget(self.reading_view)
        # What a screen reader says of the page the app starts on: what it is, what to do.
        self.setAccessibleName("Welcome to wirediff: no folder is open")
        self.setAccessibleDescription(
            f"Open a folder of news articles to compare their versions: press "
            f"{key_text(OPEN_FOLDER_KEY)} or the Open folder button, {key_text(OPEN_FILES_KEY)} "
            f"to open files, or drop a folder or files on the window. The sample articles and "
            f"recent folders are listed here too. {key_text(HELP_KEY)} lists every key."
        )
        title = QLabel("wirediff")
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        title.setFont(font)
        blurb = QLabel(
            "Compare versions of the same news story: open a folder of articles, pick two "
            "versions, and review what each outlet cut, added, reworded or moved."
        )
        blurb.setWordWrap(True)
        self.folder_button = QPushButton("Open folder…")
        self.folder_button.setObjectName("open_folder_button")
        self.folder_button.setDefault(True)
        self.sample_button = QPushButton("Open the sample articles")
        self.sample_button.setObjectName("open_sample_button")
        for button in (self.folder_button, self.sample_button):
            button.setAutoDefault(True)  # Enter presses the focused one (outside a dialog
            # only Space did, but for the default one)
        self.folder_button.clicked.connect(self.open_folder)
        self.sample_button.clicked.connect(self.open_sample)
        buttons = QHBoxLayout()
        buttons.addWidget(self.folder_button)
        buttons.addWidget(self.sample_button)
        buttons.addStretch(1)
        self.recent = QListWidget()
        self.recent.setObjectName("recent_list")
        self.recent.setAccessibleName("Recent folders")
        self._focus_frame = FocusFrame(self.recent)  # (a faint tint in the dark theme)
        # One click opens a folder, as a link on a start page does (a click only selected it,
        # and nothing said a double-click was wanted); Enter too.
        self._one_click = OneClick()
        self.recent.setStyle(self._one_click)
        self.recent.itemActivated.connect(
            lambda item: self.open_recent.emit(path_of(item.data(PATH_ROLE)))
        )
        self.recent_label = QLabel("Recent folders (a click opens one)")
        self.notes = QLabel("")
        self.notes.setObjectName("welcome_notes")
        self.notes.setTextFormat(Qt.TextFormat.PlainText)
        self.notes.setWordWrap(True)
        self.notes.hide()
        self._settings_notes: list[str] = []
        self._unreachable: list[Examined] = []  # recent folders that could not be examined
        self.runner = Runner(self)
        self.drop_hint = DropHint("Drop a folder or files here")
        self.drop_hint.setObjectName("drop_hint")
        self.drop_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.drop_hint.setFrameShape(QFrame.Shape.StyledPanel)
        self.drop_hint.setStyleSheet(_DROP_HINT_STYLE)
        hint_font = QFont(self.drop_hint.font())
        hint_font.setPointSizeF(hint_font.pointSizeF() * 1.3)
        self.drop_hint.setFont(hint_font)
        self.keys = QLabel(keys_line())
        self.keys.setObjectName("welcome_keys")
        self.keys.setWordWrap(True)
        column = QVBoxLayout()
        column.addStretch(1)
        for widget in (title, blurb):
            column.addWidget(widget)
        column.addSpacing(12)
        column.addLayout(buttons)
        column.addSpacing(12)
        column.addWidget(self.recent_label)
        column.addWidget(self.recent)
        column.addWidget(self.notes)
        column.addSpacing(12)
        column.addWidget(self.drop_hint)
        column.addWidget(self.keys)
        column.addStretch(2)
        outer = QHBoxLayout(self.home)
        outer.addStretch(1)
        outer.addLayout(column, 4)
        outer.addStretch(1)

    def show_reading(self, paths: list[Path]) -> None:
        """Say in the view's place that ``paths`` are being read: a month of feed (10,502
        files) took 70 s, the view offering "Open folder…" all along, the status bar alone
        saying "Reading 975/10502 files…" — an analyst could think the folder had not
        opened, and open it again (a media-monitoring analyst's walkthrough)."""
        self.reading_view.start(paths)
        self._pages.setCurrentWidget(self.reading_view)

    def reading_progress(self, done: int, total: int) -> None:
        """``done`` files of ``total`` read (0 of 0: the files are still being listed)."""
        self.reading_view.show_progress(done, total)

    def reading_stage(
        self, said: str, done: int, total: int, of: str = "", measure: str = ""
    ) -> None:
        """Every file is read: ``said`` is what is done with them, ``done`` of ``total``;
        ``of`` begins the title ("Counting the words of" news…), ``measure`` names the
        progress ("Documents counted")."""
        self.reading_view.show_stage(said, done, total, of, measure)

    def stop_reading(self) -> None:
        """The reading is over (the list shows, or it was cancelled or failed): the view
        offers its buttons again."""
        self._pages.setCurrentWidget(self.home_scroll)

    def reading(self) -> bool:
        return self._pages.currentWidget() is self.reading_view

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            # (a style sheet's colours are taken when it is set: the dark palette, set at
            # start after this view was made, left the hint black on dark grey, 1.5:1)
            self.drop_hint.setStyleSheet("")
            self.drop_hint.setStyleSheet(_DROP_HINT_STYLE)

    def set_notes(self, notes: list[str]) -> None:
        """Notes about the settings, shown under the recent folders."""
        self._settings_notes = list(notes)
        self._show_notes()

    def set_recent(self, folders: list[str]) -> None:
        """List the recent folders now; look at them in the background (``_examined``)."""
        self.recent.clear()
        for folder in folders:
            self.recent.addItem(_recent_item(folder, ""))
        self._fit(len(folders))
        self.runner.start(KIND, _examine_all(folders), self._examined)

    def _examined(self, found: list[Examined]) -> None:
        """Mark missing folders; leave out those that cannot be examined, with a note."""
        self.recent.clear()
        shown = [f for f in found if not f.problem]
        for f in shown:
            self.recent.addItem(_recent_item(f.path, "" if f.exists else "  (missing)"))
        self._fit(len(shown))
        self._unreachable = [f for f in found if f.problem]
        self._show_notes()

    def _show_notes(self) -> None:
        notes, unreachable = list(self._settings_notes), self._unreachable
        if unreachable:
            n = len(unreachable)
            paths = "; ".join(f"{one_line(f.path)} ({f.problem})" for f in unreachable)
            notes.append(
                f"{n} remembered folder{'s' if n != 1 else ''} could not be examined and "
                f"{'are' if n != 1 else 'is'} not listed: {paths}"
            )
        self.notes.setText("\n".join(notes))
        self.notes.setVisible(bool(notes))

    def _fit(self, rows: int) -> None:
        """As tall as its entries, up to the list's maximum; hidden when there are none."""
        self.recent.setFixedHeight(min(170, max(1, rows) * self.recent.sizeHintForRow(0) + 8))
        self.recent.setVisible(bool(rows))
        self.recent_label.setVisible(bool(rows))


class HomePage(QWidget):
    """The welcome page's offers, in its scroll area: as tall as the area where its least
    height fits (the drop box squeezed first), taller, and scrolled, where it does not."""

    def heightForWidth(self, width: int) -> int:
        # (a resizable scroll area makes a widget its height for the width: the layout's
        # preferred one would scroll the page rather than let the drop box give way)
        layout = self.layout()
        return layout.totalMinimumHeightForWidth(width) if layout else super().heightForWidth(width)


class DropHint(QLabel):
    """The dashed drop box: 110 pixels tall where there is room, and the first part of the
    welcome page to give way where there is not, down to its text and a margin."""

    ROOMY = 110

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), max(hint.height(), self.ROOMY))

    def minimumSizeHint(self) -> QSize:
        least = super().minimumSizeHint()
        return QSize(least.width(), least.height() + self.fontMetrics().lineSpacing())


class ReadingView(QWidget):
    """What is being read, in the welcome view's place: "Reading news…", its path, "975 of
    10,502 files read", the progress and Cancel."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reading_view")
        self._named = ""  # what is read: "news", "a.txt, b.txt"
        self.title = QLabel("")
        self.title.setObjectName("reading_title")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title.setFont(font)
        self.where = QLabel("")
        self.where.setObjectName("reading_where")
        self.where.setTextFormat(Qt.TextFormat.PlainText)
        self.where.setWordWrap(True)
        self.count = QLabel("")
        self.count.setObjectName("reading_count")
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        self.bar = QProgressBar()
        self.bar.setObjectName("reading_progress")
        self.bar.setAccessibleName(FILES_READ)
        self.cancel = QPushButton("Cancel")
        self.cancel.setObjectName("reading_cancel")
        self.cancel.setToolTip("Stop reading: nothing is opened")
        note = QLabel("The list of documents shows once every file is read.")
        note.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel)
        buttons.addStretch(1)
        column = QVBoxLayout()
        column.addStretch(1)
        for widget in (self.title, self.where, self.count, self.bar, note):
            column.addWidget(widget)
        column.addSpacing(12)
        column.addLayout(buttons)
        column.addStretch(2)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(column, 4)
        outer.addStretch(1)

    def start(self, paths: list[Path]) -> None:
        """Reading ``paths`` begins: named, their files still to be counted."""
        self._named = names([p.name or str(p) for p in paths])
        self._title("Reading", FILES_READ)
        self.where.setText(f"in {one_line(str(paths[0].parent))}" if len(paths) == 1 else "")
        self.where.setVisible(bool(self.where.text()))
        self.show_progress(0, 0)

    def _title(self, doing: str, measure: str) -> None:
        """ "Reading news…", "Counting the words of news…"; the bar named what it counts."""
        self.title.setText(f"{doing} {self._named}…")
        self.setAccessibleName(self.title.text())
        self.bar.setAccessibleName(measure)

    def show_progress(self, done: int, total: int) -> None:
        if not total:
            self.count.setText("Listing the files…")
            self.bar.setRange(0, 0)  # (busy: no count yet)
            return
        self.count.setText(files_read(done, total))
        self.bar.setRange(0, total)
        self.bar.setValue(done)

    def show_stage(self, said: str, done: int, total: int, of: str = "", measure: str = "") -> None:
        """The files are read: what is done with them (``said``), ``done`` of ``total``
        (0 of 0: busy, no count); the title begins with ``of`` ("Counting the words of"
        news…), and the bar is named ``measure`` ("Documents counted"), when given."""
        if of:
            self._title(of, measure or said)
        self.count.setText(said)
        self.bar.setRange(0, total)
        self.bar.setValue(done)


def _examine_all(folders: list[str]) -> Callable[[Job], list[Examined]]:
    return lambda _job: [examine(folder) for folder in folders]


def recent_label(folder: str) -> str:
    """A recent folder as the list and the menu name it: its name, then where it is."""
    path = Path(folder)  # names only: nothing here touches the disk
    return one_line(f"{path.name or folder} — {path.parent}")


class OneClick(QProxyStyle):
    """The style of a list whose items are activated by one click."""

    def styleHint(
        self,
        hint: QStyle.StyleHint,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
        returned: QStyleHintReturn | None = None,
    ) -> int:
        if hint is QStyle.StyleHint.SH_ItemView_ActivateItemOnSingleClick:
            return 1
        return super().styleHint(hint, option, widget, returned)


def _recent_item(folder: str, suffix: str) -> QListWidgetItem:
    """A recent folder's row: its name, where it is, and ``suffix`` ("  (missing)")."""
    item = QListWidgetItem(recent_label(folder) + suffix)
    item.setData(PATH_ROLE, stored_path(folder))  # a non-UTF-8 name kept whole
    item.setToolTip(plain_tooltip(folder))
    return item
