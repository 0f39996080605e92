"""Correcting the story grouping: a story picker (Stories ▸ Move to another story…) and the
list of the folder's corrections, each of which can be undone."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import PurePath

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wirediff.core.display import LRM
from wirediff.core.outlet_names import other_names
from wirediff.core.tokens import filter_key, search_key, search_matcher
from wirediff.ui.common.roles import FILTER_ROLE, STORY_ROLE
from wirediff.ui.common.text import one_line, one_line_isolating, plain_tooltip
from wirediff.ui.panels.screen import chars, fit, lines
from wirediff.ui.panels.views import (
    ColumnShares,
    Pieces,
    PiecesCut,
    enter_activates,
    lettered,
    text_widths,
)
from wirediff.ui.widgets.strong_rows import StrongSelection

_ID = Qt.ItemDataRole.UserRole  # a correction's id in the store
_PIECES = Qt.ItemDataRole.UserRole + 1  # its text: file names (cut in their middle) and words
# Keys handled here (the cheat sheet and README list them): in the story picker's filter,
# these move in its list; in the corrections, Delete undoes the chosen ones.
PICKER_MOVES = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)
UNDO_KEY = "Del"  # (the standard Delete is Ctrl+D too on some desktops)
REDO_KEY = "Ctrl+Shift+Z"  # keeps again what the last undo forgot
PICKER_CHARS = 80  # the story picker when it opens, widened to its longest line (of the first
WIDEN_ROWS = 300  # this many) within the screen
WIDTH_CHARS, HEIGHT_LINES = 110, 20  # the corrections' window when it opens, in its font (at
# 90, two file names of wire copy and the words between them did not fit)


class StoryPicker(QDialog):
    """Type to filter the stories, arrows to choose, Enter to move the document there."""

    chosen = Signal(int)  # a story id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("story_picker")
        self.setWindowTitle("Move to another story — wirediff")
        self.heading = QLabel("")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        self.filter = QLineEdit()
        self.filter.setObjectName("story_filter")
        self.filter.setPlaceholderText("Filter the stories")
        self.filter.setAccessibleName("Filter the stories")
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter)
        self.filter.installEventFilter(self)
        self.list = QListWidget()
        self.list.setObjectName("story_choices")
        self.list.setAccessibleName("Stories")
        self.list.setUniformItemSizes(True)
        # A long title is cut in its middle: its end says the versions and the base (a
        # scroll bar to the side hid them).
        self.list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.itemActivated.connect(lambda _item: self.accept())
        # The story Enter acts on in the strong colour while the keys are in the filter (in
        # the dark look, unfocused grey: 2.2:1)
        self.list.setItemDelegate(StrongSelection(self.list))
        self._likely: int | None = None  # the story listed first and chosen (``ask``)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("&Move")
        lettered(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.filter.returnPressed.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        fit(self, chars(self, PICKER_CHARS), lines(self, HEIGHT_LINES))

    def ask(
        self,
        heading: str,
        stories: Sequence[tuple[int, str, str]],
        likely: int | None = None,
        outlets: Mapping[int, Sequence[str]] | None = None,
    ) -> None:
        """Offer ``stories`` ((id, label, tooltip)); ``chosen`` says which was taken. The
        labels are made safe by the caller (``one_line`` of each part), their direction
        marks kept (a right-to-left title is followed by a left-to-right mark). The story
        ``likely`` (that of the pair's other document) is listed first and chosen; without
        it, of several, none is until a key says so (the list's first story, unrelated, was
        chosen, and a hasty Enter moved the document into it). ``outlets``: each story's
        outlets (display names, as ``Document.source`` holds them), which the filter finds
        by every name the list's filter does (``_outlet_names``)."""
        self.heading.setText(one_line(heading))
        self.list.clear()
        self._likely = likely
        stories = sorted(stories, key=lambda choice: choice[0] != likely)  # (stable)
        for story, label, tip in stories:
            item = QListWidgetItem(one_line_isolating(label))  # made safe by the caller
            item.setData(STORY_ROLE, story)
            # its files' names too (not their folders: the folder's name matched them all)
            files = "\n".join(PurePath(line).name for line in tip.splitlines())
            names = _outlet_names((outlets or {}).get(story, ()))
            # (what a filter is typed against)
            typed = f"{label}\n{files}\n{names}".replace(LRM, "")
            item.setData(FILTER_ROLE, filter_key(typed))
            item.setToolTip(plain_tooltip(tip))
            self.list.addItem(item)
        self._widen()
        self.filter.clear()
        self._filter("")
        self.open()
        self.filter.setFocus()

    def _widen(self) -> None:
        """As wide as the longest story's line (of the first few hundred), within the
        screen: a line cut in its middle hid its count of versions in a dialog with room
        to spare (a walkthrough)."""
        metrics = self.list.fontMetrics()
        rows = range(min(self.list.count(), WIDEN_ROWS))
        widest = max((metrics.horizontalAdvance(self.list.item(r).text()) for r in rows), default=0)
        want = widest + chars(self, 8)  # the frames, the margins, a scroll bar
        if want > self.width():
            fit(self, want, self.height())

    def _filter(self, text: str) -> None:
        needle = search_key(text)
        finds = search_matcher(text)
        first = None
        for row in range(self.list.count()):
            item = self.list.item(row)
            hidden = not finds(str(item.data(FILTER_ROLE)))
            item.setHidden(hidden)
            if not hidden and first is None:
                first = item
        if not needle:  # nothing typed: the likely story, or the one story offered, else none
            top = self.list.item(0)
            one = self.list.count() == 1
            first = (
                top if top is not None and (one or top.data(STORY_ROLE) == self._likely) else None
            )
        if first is not None:
            self.list.setCurrentItem(first)
        else:
            self.list.setCurrentRow(-1)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Arrow keys in the filter move in the list."""
        if watched is self.filter and isinstance(event, QKeyEvent) and event.key() in PICKER_MOVES:
            if event.type() == QEvent.Type.KeyPress:
                self.list.keyPressEvent(event)
            return True
        return super().eventFilter(watched, event)

    def accept(self) -> None:
        item = self.list.currentItem()
        if item is None or item.isHidden():
            return
        super().accept()
        self.chosen.emit(int(item.data(STORY_ROLE)))


def _outlet_names(outlets: Sequence[str]) -> str:
    """The outlets whole (the label cuts a long list) and the other names the outlet table
    knows each by, one a line, as the document list's filter matches a document's: typed
    新華社, 新华社 or 中央社, the picker listed nothing while Ctrl+L found both agencies'
    stories (a Chinese desk's walkthrough). Simplified and traditional, accents and case
    are one through ``search_key``, which the caller applies to the whole."""
    return "\n".join(
        one_line(name) for outlet in outlets for name in (outlet, *other_names(outlet))
    )


class CorrectionsDialog(QDialog):
    """The corrections of the folder, oldest first; Delete or Undo forgets the chosen ones."""

    undo_requested = Signal(object)  # list[int]: correction ids
    redo_requested = Signal()  # keep again what the last undo forgot

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("corrections_dialog")
        self.setWindowTitle("Story corrections — wirediff")
        hint = QLabel(
            "Your corrections of the grouping of this folder, applied in this order each time "
            "it is grouped. Undo one (Delete) to group without it; Redo keeps again what the "
            "last undo forgot."
        )
        hint.setWordWrap(True)
        # The row undone last, and what it undid: the current row once they are gone.
        self._undone: tuple[int, set[int]] | None = None
        self._shown: list[int] = []  # the ids listed
        self.view = QTreeWidget()
        self.view.setObjectName("corrections_view")
        self.view.setAccessibleName("Corrections")
        self.view.setHeaderLabels(["Correction", "When"])
        self.view.setRootIsDecorated(False)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        enter_activates(self.view)  # a row has no action of its own: Enter keeps the list open
        # When as wide as its text; the correction takes the rest (its tooltip has it whole),
        # its file names cut in their middles, the words saying what it is kept whole.
        self.columns = ColumnShares(self.view, stretch=0, fixed=(1,))
        self.texts = PiecesCut(self.view, _PIECES)
        self.view.setItemDelegateForColumn(0, self.texts)
        self.empty = QLabel("No corrections: the grouping is the automatic one.")
        self.undo_button = QPushButton("&Undo")
        self.undo_button.clicked.connect(self.undo_selected)
        undo_key = QShortcut(QKeySequence(UNDO_KEY), self.view)
        undo_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        undo_key.activated.connect(self.undo_selected)
        self.redo_button = QPushButton("&Redo")
        self.redo_button.setEnabled(False)
        self.redo_button.clicked.connect(self.redo_requested)
        redo_key = QShortcut(QKeySequence(REDO_KEY), self.view)  # (anywhere in the dialog)
        redo_key.setContext(Qt.ShortcutContext.WindowShortcut)
        redo_key.activated.connect(self._redo)
        buttons = lettered(QDialogButtonBox(QDialogButtonBox.StandardButton.Close))
        buttons.addButton(self.undo_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.redo_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.hide)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        self._share()
        fit(self, chars(self, WIDTH_CHARS), lines(self, HEIGHT_LINES))

    def _share(self) -> None:
        self.columns.want(text_widths(self.view, [chars(self, WIDTH_CHARS)]))

    def set_corrections(
        self, rows: Sequence[tuple[int, str | Pieces, str, str]], *, redo: bool = False
    ) -> None:
        """Show (id, description, when, tooltip) rows; a description in ``Pieces`` is shown
        with its file names cut in their middles when the column is too narrow; the
        tooltip says it whole (every document of a split). ``redo``: an undo can be
        redone."""
        self.view.clear()
        for correction, said, when, whole in rows:
            text = said if isinstance(said, str) else "".join(t for t, _cut in said)
            item = QTreeWidgetItem([one_line(text), when])
            item.setData(0, _ID, correction)
            if not isinstance(said, str):
                item.setData(0, _PIECES, [(one_line(t), cut) for t, cut in said])
            item.setToolTip(0, plain_tooltip(whole))
            self.view.addTopLevelItem(item)
        self._share()
        self.empty.setVisible(not rows)
        self.undo_button.setEnabled(bool(rows))
        self.redo_button.setEnabled(redo)
        # The last row (a correction just made); after an undo, the row that took the
        # undone one's place (it jumped to the last).
        at = len(rows) - 1
        ids = [row[0] for row in rows]
        if self._undone is not None and ids == [i for i in self._shown if i not in self._undone[1]]:
            at = min(self._undone[0], at)  # (not so: refused, or the list of another folder)
        self._undone, self._shown = None, ids
        current = self.view.topLevelItem(at) if rows else None
        if current is not None:
            self.view.setCurrentItem(current)
        self.view.setFocus()

    def _redo(self) -> None:
        if self.redo_button.isEnabled():
            self.redo_requested.emit()

    def undo_selected(self) -> None:
        chosen = self.view.selectedItems()
        ids = [int(item.data(0, _ID)) for item in chosen]
        if ids:
            self._undone = (min(self.view.indexOfTopLevelItem(i) for i in chosen), set(ids))
            self.undo_requested.emit(ids)
