"""The changes panel: the statistics of the pair and the list of its changes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from wirediff.core.result import Comparison
from wirediff.core.stories import Story, StoryIndex, VersionStats
from wirediff.ui.common.text import no_changes, plain_tooltip
from wirediff.ui.panels.story import StoryPanel

_KIND = {"replace": "changed", "delete": "deleted", "insert": "inserted", "move": "moved"}
# What the pair's figures measure (the list, the story panel and the story view use the same
# names for the same figures).
STAT_TIPS = {
    "similarity": "Similarity: the share of both texts' words that the aligned diff matches "
    "(2 × words in common ÷ the words of both). The list and the story panel show the same "
    "figure for a version and its base.",
    "left_in_right": "Kept: the share of the left text's words found in the right one. For a "
    "version beside its base, the share of the base it keeps: the story view's kept %.",
    "right_in_left": "Reused: the share of the right text's words found in the left one (the "
    "rest is new to it).",
}
FLAG = "⚑"
Index = QModelIndex | QPersistentModelIndex


class ChangesModel(QAbstractTableModel):
    """One row per change: number, kind, flag and an 'old → new' excerpt."""

    HEADERS = ("#", "Kind", FLAG, "Change")

    def __init__(self) -> None:
        super().__init__()
        self.kinds: list[str] = []
        self.excerpts: list[str] = []
        self.flagged: set[int] = set()

    def set_changes(self, kinds: list[str], excerpts: list[str], flags: set[int]) -> None:
        self.beginResetModel()
        self.kinds, self.excerpts, self.flagged = kinds, excerpts, set(flags)
        self.endResetModel()

    def set_flags(self, flags: set[int]) -> None:
        self.flagged = set(flags)
        if self.kinds:
            self.dataChanged.emit(self.index(0, 2), self.index(len(self.kinds) - 1, 2))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.kinds)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.HEADERS[section]
        return None

    def data(self, index: Index, role: int = 0) -> Any:
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return str(row + 1)
            if col == 1:
                return _KIND.get(self.kinds[row], self.kinds[row])
            if col == 2:
                return FLAG if row in self.flagged else ""
            return self.excerpts[row]
        if role == Qt.ItemDataRole.ToolTipRole and col == 3:
            return plain_tooltip(self.excerpts[row])
        return None


class ChangesPanel(QWidget):
    """Statistics above, the change list below; Enter or a click jumps to a change."""

    change_activated = Signal(int)
    version_activated = Signal(int)  # a version of the story panel was chosen

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changes_panel")
        self.stats: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setContentsMargins(4, 4, 4, 4)
        for key, label in (
            ("similarity", "Similarity"),
            ("left_in_right", "Kept"),
            ("right_in_left", "Reused"),
            ("added", "Words added"),
            ("deleted", "Words deleted"),
            ("changed", "Words changed"),
            ("moved", "Units moved"),
        ):
            value = QLabel("–")
            value.setObjectName(f"stat_{key}")
            value.setTextFormat(Qt.TextFormat.PlainText)
            name = QLabel(label)
            if key in STAT_TIPS:
                for widget in (name, value):
                    widget.setToolTip(plain_tooltip(STAT_TIPS[key]))
            form.addRow(name, value)
            self.stats[key] = value
        self.model = ChangesModel()
        self.view = QTreeView()
        self.view.setObjectName("changes_view")
        self.view.setModel(self.model)
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.view.header()
        header.setStretchLastSection(True)
        # Widths from the font, not ResizeToContents: that asks the model for every row's
        # text, and thousands of changes would stall the GUI thread on each repaint.
        metrics = self.view.fontMetrics()
        for col, sample in enumerate(("0000", "inserted", FLAG)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(col, metrics.horizontalAdvance(sample) + 18)
        self.view.clicked.connect(lambda index: self.change_activated.emit(index.row()))
        self.summary = QLabel("")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        self.story = StoryPanel()
        self.story.version_activated.connect(self.version_activated)
        layout.addWidget(self.story)
        layout.addWidget(self.view, 1)

    def show_comparison(
        self, comparison: Comparison | None, excerpts: list[str], flags: set[int]
    ) -> None:
        """Fill the panel from a comparison (None empties it)."""
        if comparison is None:
            for label in self.stats.values():
                label.setText("–")
            self.summary.setText("")
            self.model.set_changes([], [], set())
            return
        s = comparison.stats
        values = {
            "similarity": f"{s.similarity:.0%}",
            "left_in_right": f"{s.left_in_right:.0%}",
            "right_in_left": f"{s.right_in_left:.0%}",
            "added": f"{s.words_added:,}",
            "deleted": f"{s.words_deleted:,}",
            "changed": f"{s.words_changed:,}",
            "moved": f"{s.units_moved:,}",
        }
        for key, text in values.items():
            self.stats[key].setText(text)
        words = f"{s.left_words:,} words left, {s.right_words:,} right"
        nothing = no_changes(comparison)
        changes = f"{len(comparison.changes):,} changes"
        self.summary.setText(f"{nothing}. {words}" if nothing else f"{changes} · {words}")
        self.model.set_changes([str(c.kind) for c in comparison.changes], excerpts, flags)

    def show_story(
        self, index: StoryIndex | None, story: Story | None, stats: list[VersionStats] | None
    ) -> None:
        """The versions of ``story`` against its base (None: hide them)."""
        self.story.show_story(index, story, stats)

    def set_flags(self, flags: set[int]) -> None:
        """Show the flagged changes of the pair on screen."""
        self.model.set_flags(flags)

    def set_current(self, index: int | None) -> None:
        """Select change ``index`` in the list without emitting ``change_activated``."""
        if index is None or index >= self.model.rowCount():
            self.view.clearSelection()
            return
        model_index = self.model.index(index, 0)
        self.view.selectionModel().setCurrentIndex(
            model_index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.view.scrollTo(model_index)

    def selected(self) -> int | None:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else None
