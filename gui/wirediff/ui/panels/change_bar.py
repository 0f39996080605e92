"""The bar above the diff that says the open folder changed on disk, and offers a reload."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QRect, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QStyle, QWidget

from wirediff.core.reading import Changes
from wirediff.core.textsafe import printable
from wirediff.ui.common.text import (
    folder_gone,
    folders_unreadable,
    names,
    path_in,
    plain_tooltip,
)
from wirediff.ui.common.theme import accent_sheet, set_style_sheet

HIDE_KEY = Qt.Key.Key_Escape  # with the focus in the bar (the cheat sheet lists it)
RELOAD_TIP = "Read the folder again, keeping the base and selection (F5)"


KEPT = "What was read stays open here."
NAMED = 3  # files the sentence names ("a.txt, b.txt, c.txt and 5 more")
LISTED = 20  # of each kind, in the tooltip

# The files of the documents on screen, by side: "left" and "right" (a record of a file
# of several is there by its file's path as well as by its own, "feed.jsonl#3").
OnScreen = Mapping[str, Sequence[Path]]


def on_screen(left: Path, right: Path) -> dict[str, tuple[Path, ...]]:
    """The files behind the documents on the left and on the right (``OnScreen``)."""
    return {"left": _files(left), "right": _files(right)}


def _files(path: Path) -> tuple[Path, ...]:
    name, mark, item = path.name.rpartition("#")
    return (path, path.with_name(name)) if mark and name and item.isdigit() else (path,)


def describe(
    changes: Changes, one_folder: bool, opened: Sequence[Path] = (), shown: OnScreen | None = None
) -> str:
    """The bar's sentence: "3 files changed in the folder since it was loaded (2 added, ...):
    a.txt, b.txt, c.txt. Reload?", after the folders that can no longer be read: "The folder
    “news” cannot be read (permission denied)" (their files are not "removed"; alone,
    nothing is to reload), each named by its path in the folders ``opened`` ("y2023/m01",
    not "m01"); first of all, whether a document ``shown`` is one of them ("The document on
    the right changed.")."""
    return sayings(changes, one_folder, opened, shown)[0]


def sayings(
    changes: Changes, one_folder: bool, opened: Sequence[Path] = (), shown: OnScreen | None = None
) -> list[str]:
    """The bar's sentence (:func:`describe`), then shorter ones that say the same for a
    narrow window: "3 files changed (2 added, 1 removed): a.txt, b.txt, c.txt. Reload?",
    "3 files changed (2 added, 1 removed). Reload?", "3 files changed. Reload?" (at 200% on
    a netbook the whole sentence wrapped to five lines). The document on screen changed is
    said in each: the bar said "2 files changed … (1 added, 1 modified)" and not which, not
    even that the document on the left was one (a big-folder walkthrough)."""
    barred = changes.unreadable
    unreadable = f"{folders_unreadable(barred, opened)}. " if barred else ""
    short = (
        f"{len(changes.unreadable):,} folder{'s' if len(changes.unreadable) != 1 else ''}"
        " cannot be read. "
        if changes.unreadable
        else ""
    )
    kinds = _kinds(changes)
    parts = [f"{len(paths)} {word}" for paths, word in kinds]
    n = len(changes.added) + len(changes.removed) + len(changes.modified)
    if not n:
        return [f"{unreadable}{KEPT}", unreadable.strip(), short.strip()]
    screen = on_screen_said(changes, shown or {})
    files = f"{n:,} file{'s' if n != 1 else ''}"
    where = "in the folder since it was" if one_folder else "since the files were"
    counts = ", ".join(parts)
    seen = {path for files in (shown or {}).values() for path in files}
    changed = sorted(
        (path for paths, _word in kinds for path in paths), key=lambda p: p not in seen
    )
    named = names([_named(path, opened) for path in changed], NAMED)  # those on screen first
    return [
        f"{screen}{unreadable}{files} changed {where} loaded ({counts}): {named}. Reload?",
        f"{screen}{short}{files} changed ({counts}): {named}. Reload?",
        f"{screen}{short}{files} changed ({counts}). Reload?",
        f"{screen}{short}{files} changed. Reload?",
        *([f"{short}{files} changed. Reload?"] if screen else []),  # (the tooltip says it)
    ]


def listed(changes: Changes, opened: Sequence[Path] = ()) -> str:
    """Which files changed, a line a kind ("Added: a.txt, b.txt"), up to ``LISTED`` of
    each (the tooltip: the sentence names three)."""
    return "\n".join(
        f"{word.capitalize()}: {names([_named(p, opened) for p in paths], LISTED)}"
        for paths, word in _kinds(changes)
    )


def on_screen_said(changes: Changes, shown: OnScreen) -> str:
    """ "The document on the right changed. ", "Both documents on screen were removed. ":
    which of the documents compared are among the files ``changes`` (else "")."""
    said: dict[str, str] = {}  # side: what became of it
    for side in ("left", "right"):
        files = set(shown.get(side, ()))
        for paths, word in ((changes.modified, "changed"), (changes.removed, "removed")):
            if files & set(paths):
                said[side] = word
    if not said:
        return ""
    if len(said) == 2 and said["left"] == said["right"]:
        if shown["left"][:1] == shown["right"][:1]:  # (the base itself, selected)
            return f"The document on screen {_became(said['left'], 1)}. "
        return f"Both documents on screen {_became(said['left'], 2)}. "
    told = "; ".join(
        f"the {'document' if i == 0 else 'one'} on the {side} {_became(word, 1)}"
        for i, (side, word) in enumerate(said.items())
    )
    return f"{told[0].upper()}{told[1:]}. "


def _became(word: str, n: int) -> str:
    return word if word == "changed" else f"{'was' if n == 1 else 'were'} {word}"


def _kinds(changes: Changes) -> list[tuple[list[Path], str]]:
    return [
        (paths, word)
        for paths, word in (
            (changes.added, "added"),
            (changes.removed, "removed"),
            (changes.modified, "modified"),
        )
        if paths
    ]


def _named(path: Path, opened: Sequence[Path]) -> str:
    """A file by its path in the folders ``opened`` ("00h/afp/a.txt"), else by its name."""
    return path_in(path, opened) if opened else path.name or str(path)


def to_reload(changes: Changes) -> bool:
    """Whether a reload would read anything new (not when folders only became unreadable:
    it could only drop what was read from them)."""
    return bool(changes.added or changes.removed or changes.modified)


class ChangeBar(QFrame):
    """A non-modal bar: "N files changed … Reload?" with Reload and Dismiss buttons."""

    reload_requested = Signal()
    open_requested = Signal(object)  # Path: the open folder under its new name

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("change_bar")
        self.setAccessibleName("Folder changed")
        icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        info = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
        icon.setPixmap(info.pixmap(size, size))
        self.label = QLabel("")
        self.label.setObjectName("change_bar_text")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.reload_button = QPushButton("Re&load")
        self.reload_button.setObjectName("change_bar_reload")
        self.reload_button.setToolTip(RELOAD_TIP)
        self.dismiss_button = QPushButton("&Dismiss")
        self.dismiss_button.setObjectName("change_bar_dismiss")
        self.dismiss_button.setToolTip("Hide this until the next change (Esc)")
        self.buttons = QWidget()  # beside the sentence, or under it in a narrow bar
        beside = QHBoxLayout(self.buttons)
        beside.setContentsMargins(0, 0, 0, 0)
        beside.addWidget(self.reload_button)
        beside.addWidget(self.dismiss_button)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(8, 4, 6, 4)
        self.grid.addWidget(icon, 0, 0, Qt.AlignmentFlag.AlignTop)
        self.grid.addWidget(self.label, 0, 1)
        self.grid.setColumnStretch(1, 1)
        self._icon = icon
        self._stacked = True
        self._stack(False)
        self.label.setBuddy(self.reload_button)
        self._moved_to: Path | None = None  # the button opens it (the folder was renamed)
        self._sayings: list[str] = []  # what the bar says, the longest first
        self._listed = ""  # the files that changed, a line a kind (in the tooltip)
        self._changes: tuple[Changes, bool, Sequence[Path]] | None = None  # (show_changes')
        self.reload_button.clicked.connect(self._act)
        self.dismiss_button.clicked.connect(self.hide)
        self._restyle()
        self.hide()

    def show_changes(
        self,
        changes: Changes,
        one_folder: bool,
        opened: Sequence[Path] = (),
        shown: OnScreen | None = None,
    ) -> None:
        """Say what changed (hide when nothing differs from the load any more), naming
        files and folders by their paths in the folders ``opened``, and first whether the
        documents ``shown`` are among them."""
        self._changes = None
        if not changes:
            self.hide()
            return
        self._changes = (changes, one_folder, opened)
        self._button(None)
        self._say(sayings(changes, one_folder, opened, shown), listed(changes, opened))
        self.reload_button.setVisible(to_reload(changes))
        self.show()

    def set_shown(self, shown: OnScreen) -> None:
        """Other documents are on screen: what the bar says of them follows (it said "the
        document on the right changed" of one no longer there)."""
        if self._changes is not None and self.isVisible():
            changes, one_folder, opened = self._changes
            self._say(sayings(changes, one_folder, opened, shown), listed(changes, opened))

    def show_moved(self, folder: Path, now: Path | None) -> None:
        """The open folder is no longer there: renamed ``now`` (offer to open it there), or
        moved elsewhere or deleted (``now`` None; nothing to reload)."""
        self._changes = None
        self._button(now)
        if now is None:
            gone = folder_gone(folder.name)
            self._say([f"{gone}. {KEPT}", f"{gone}.", "The folder is gone."])
        else:
            renamed = f"The folder “{folder.name}” was renamed “{now.name}”."
            self._say([f"{renamed} {KEPT}", renamed, f"Renamed “{now.name}”."])
        self.reload_button.setVisible(now is not None)
        self.show()

    def _say(self, sayings: list[str], listed: str = "") -> None:
        """Show the longest of ``sayings`` that fits the bar in two lines (the whole one in
        the tooltip and to a screen reader when a shorter one shows; the tooltip lists the
        files ``listed`` too)."""
        self._sayings = [printable(text, one_line=True) for text in sayings if text]
        self._listed = printable(listed)
        whole = self._sayings[0]
        self.label.setAccessibleDescription(whole)
        self._fit()

    def _fit(self) -> None:
        """The longest saying that fits two lines beside the buttons; in a bar too narrow
        for even the shortest there, the buttons go under the sentence."""
        if not self._sayings:
            return
        metrics, spacing = self.label.fontMetrics(), self.grid.horizontalSpacing()
        margins = self.grid.contentsMargins()
        width = self.width() - margins.left() - margins.right()
        width -= self._icon.sizeHint().width() + spacing
        beside = width - self.buttons.sizeHint().width() - spacing
        lines = 2 * metrics.lineSpacing()

        def fits(room: int, text: str) -> bool:
            bounds = QRect(0, 0, max(room, 1), 100 * lines)
            return metrics.boundingRect(bounds, Qt.TextFlag.TextWordWrap, text).height() <= lines

        stacked = not fits(beside, self._sayings[-1])
        room = width if stacked else beside
        text = next((s for s in self._sayings if fits(room, s)), self._sayings[-1])
        self._stack(stacked)
        self.label.setText(text)
        tip = "\n\n".join(
            [self._sayings[0]] * (text != self._sayings[0]) + [self._listed] * bool(self._listed)
        )
        self.label.setToolTip(plain_tooltip(tip) if tip else "")

    def _stack(self, stacked: bool) -> None:
        """The buttons beside the sentence, or under it (right-aligned)."""
        if stacked == self._stacked:
            return
        self._stacked = stacked
        self.grid.removeWidget(self.buttons)
        at = (1, 1) if stacked else (0, 2)
        self.grid.addWidget(self.buttons, *at, Qt.AlignmentFlag.AlignRight)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit()

    def _button(self, moved_to: Path | None) -> None:
        """Reload, or open the folder under its new name."""
        self._moved_to = moved_to
        self.reload_button.setVisible(True)
        if moved_to is None:
            self.reload_button.setText("Re&load")
            self.reload_button.setToolTip(RELOAD_TIP)
        else:
            self.reload_button.setText("O&pen it there")  # (Alt+O is the Options menu)
            self.reload_button.setToolTip(plain_tooltip(f"Open {moved_to}"))

    def _act(self) -> None:
        if self._moved_to is None:
            self.reload_requested.emit()
        else:
            self.open_requested.emit(self._moved_to)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == HIDE_KEY:
            self.hide()
            return
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._restyle()
        elif event.type() == QEvent.Type.FontChange:
            self._fit()

    def _restyle(self) -> None:
        set_style_sheet(self, accent_sheet(self.palette(), "QFrame#change_bar", radius=4))
