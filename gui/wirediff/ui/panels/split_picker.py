"""Stories ▸ Split off versions…: the versions of a story to make a story of, ticked.

"Split the story here" takes the selected version and every one listed after it; of
versions of one day, or undated, that order is the list's, and a split of an agency's
update took the papers' copies of the original along (a churnalism walkthrough). Here the
user sees the versions that would go, and ticks or unticks each.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wirediff.ui.common.roles import DOC_ROLE
from wirediff.ui.common.text import one_line, one_line_isolating, plain_tooltip
from wirediff.ui.panels.corrections import HEIGHT_LINES, PICKER_CHARS
from wirediff.ui.panels.screen import chars, fit, lines
from wirediff.ui.panels.views import enter_activates, lettered


class SplitPicker(QDialog):
    """The story's versions but its base, each with a tick: Space ticks or unticks the
    current one, Enter splits the ticked ones off as a story of their own."""

    chosen = Signal(list)  # list[int]: the documents ticked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("split_picker")
        self.setWindowTitle("Split off versions — wirediff")
        self.heading = QLabel("")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("split_choices")
        self.list.setAccessibleName("Versions to split off")
        self.list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.itemChanged.connect(lambda _item: self._say())
        self.list.itemActivated.connect(lambda _item: self.accept())
        enter_activates(self.list)  # (Enter splits; Space ticks the current version)
        self.buttons = lettered(
            QDialogButtonBox(
                QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
            )
        )
        self.split = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert isinstance(self.split, QPushButton)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        fit(self, chars(self, PICKER_CHARS), lines(self, HEIGHT_LINES))

    def ask(self, heading: str, versions: Sequence[tuple[int, str, str, bool]]) -> None:
        """Offer ``versions`` ((document, label, tooltip, ticked)), the first ticked one
        current; ``chosen`` says which are ticked when the user splits. The labels are made
        safe by the caller (``one_line`` of each part)."""
        self.heading.setText(one_line(heading))
        self.list.blockSignals(True)
        self.list.clear()
        for doc, label, tip, ticked in versions:
            item = QListWidgetItem(one_line_isolating(label))
            item.setData(DOC_ROLE, doc)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            item.setToolTip(plain_tooltip(tip))
            self.list.addItem(item)
        self.list.blockSignals(False)
        first = next((r for r, v in enumerate(versions) if v[3]), 0)
        self.list.setCurrentRow(first)
        self._say()
        self.open()
        self.list.setFocus()

    def ticked(self) -> list[int]:
        """The documents ticked, in the list's order."""
        rows = (self.list.item(r) for r in range(self.list.count()))
        return [int(i.data(DOC_ROLE)) for i in rows if i.checkState() == Qt.CheckState.Checked]

    def _say(self) -> None:
        """The button says how many go, and is greyed while none is ticked."""
        n = len(self.ticked())
        self.split.setText(f"&Split off {n} version{'s' * (n != 1)}")
        self.split.setEnabled(n > 0)

    def accept(self) -> None:
        docs = self.ticked()
        if not docs:
            return
        super().accept()
        self.chosen.emit(docs)
