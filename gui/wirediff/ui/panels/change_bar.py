"""The bar above the diff that says the open folder changed on disk, and offers a reload."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QRect, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QStyle, QWidget

from wirediff.core.reading import Changes
from wirediff.core.textsafe import printable
from wirediff.ui.common.text import folder_gone, folders_unreadable, plain_tooltip
from wirediff.ui.common.theme import accent_sheet, set_style_sheet

HIDE_KEY = Qt.Key.Key_Escape  # with the focus in the bar (the cheat sheet lists it)
RELOAD_TIP = "Read the folder again, keeping the base and selection (F5)"


KEPT = "What was read stays open here."


def describe(changes: Changes, one_folder: bool, opened: Sequence[Path] = ()) -> str:
    """The bar's sentence: "3 files changed in the folder since it was loaded (2 added, ...)",
    after the folders that can no longer be read: "The folder “news” cannot be read
    (permission denied)" (their files are not "removed"; alone, nothing is to reload), each
    named by its path in the folders ``opened`` ("y2023/m01", not "m01")."""
    return sayings(changes, one_folder, opened)[0]


def sayings(changes: Changes, one_folder: bool, opened: Sequence[Path] = ()) -> list[str]:
    """The bar's sentence (:func:`describe`), then shorter ones that say the same for a
    narrow window: "3 files changed (2 added, 1 removed). Reload?", "3 files changed.
    Reload?" (at 200% on a netbook the whole sentence wrapped to five lines)."""
    barred = changes.unreadable
    unreadable = f"{folders_unreadable(barred, opened)}. " if barred else ""
    short = (
        f"{len(changes.unreadable):,} folder{'s' if len(changes.unreadable) != 1 else ''}"
        " cannot be read. "
        if changes.unreadable
        else ""
    )
    parts = [
        f"{len(paths)} {word}"
        for paths, word in (
            (changes.added, "added"),
            (changes.removed, "removed"),
            (changes.modified, "modified"),
        )
        if paths
    ]
    n = len(changes.added) + len(changes.removed) + len(changes.modified)
    if not n:
        return [f"{unreadable}{KEPT}", unreadable.strip(), short.strip()]
    files = f"{n:,} file{'s' if n != 1 else ''}"
    where = "in the folder since it was" if one_folder else "since the files were"
    counts = ", ".join(parts)
    return [
        f"{unreadable}{files} changed {where} loaded ({counts}). Reload?",
        f"{short}{files} changed ({counts}). Reload?",
        f"{short}{files} changed. Reload?",
    ]


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
        self.reload_button.clicked.connect(self._act)
        self.dismiss_button.clicked.connect(self.hide)
        self._restyle()
        self.hide()

    def show_changes(self, changes: Changes, one_folder: bool, opened: Sequence[Path] = ()) -> None:
        """Say what changed (hide when nothing differs from the load any more), naming
        folders by their paths in the folders ``opened``."""
        if not changes:
            self.hide()
            return
        self._button(None)
        self._say(sayings(changes, one_folder, opened))
        self.reload_button.setVisible(to_reload(changes))
        self.show()

    def show_moved(self, folder: Path, now: Path | None) -> None:
        """The open folder is no longer there: renamed ``now`` (offer to open it there), or
        moved elsewhere or deleted (``now`` None; nothing to reload)."""
        self._button(now)
        if now is None:
            gone = folder_gone(folder.name)
            self._say([f"{gone}. {KEPT}", f"{gone}.", "The folder is gone."])
        else:
            renamed = f"The folder “{folder.name}” was renamed “{now.name}”."
            self._say([f"{renamed} {KEPT}", renamed, f"Renamed “{now.name}”."])
        self.reload_button.setVisible(now is not None)
        self.show()

    def _say(self, sayings: list[str]) -> None:
        """Show the longest of ``sayings`` that fits the bar in two lines (the whole one in
        the tooltip and to a screen reader when a shorter one shows)."""
        self._sayings = [printable(text, one_line=True) for text in sayings if text]
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
        self.label.setToolTip("" if text == self._sayings[0] else plain_tooltip(self._sayings[0]))

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
