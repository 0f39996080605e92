"""A pane's header: its document's title, and on the left the chip of a pinned document."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QToolButton, QWidget

from wirediff.core.display import in_order
from wirediff.ui.common.text import flat, plain_tooltip
from wirediff.ui.common.theme import accent_sheet, set_style_sheet
from wirediff.ui.widgets.elided import ElidedLabel


class PaneHeader(QWidget):
    """Title of one pane (plain text, elided) and, hidden unless something is pinned, a chip
    that says so; a click on the chip asks for the pin to be released."""

    released = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = ElidedLabel()
        self.title.setObjectName(name)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.chip = QToolButton()
        self.chip.setObjectName(name.replace("title", "pin"))
        self.chip.setCursor(Qt.CursorShape.PointingHandCursor)
        self.chip.setAccessibleName("Pinned on the left: click to release")
        self.chip.clicked.connect(self.released)
        self.chip.hide()
        # A fixed height: a pane that changes size lays its whole document out again.
        height = self.title.fontMetrics().height() + 4
        self.setFixedHeight(height)
        self.chip.setFixedHeight(height)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        row.addWidget(self.title, 1)
        row.addWidget(self.chip)
        self._restyle()

    def set_title(self, text: str, tip: str = "") -> None:
        self.title.setText(text)
        self.title.setToolTip(plain_tooltip(tip) if tip else "")

    def set_pin(self, chip: tuple[str, str] | None) -> None:
        """Show the chip with (label, tooltip), or hide it (None)."""
        if chip is None:
            self.chip.hide()
            return
        label, tip = chip
        self.chip.setText(label)
        self.chip.setToolTip(plain_tooltip(tip))
        self.chip.setAccessibleDescription(tip)
        self.chip.show()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._restyle()

    def _restyle(self) -> None:
        sheet = accent_sheet(self.palette(), "QToolButton", 8, padding="0px 7px", hover=True)
        set_style_sheet(self.chip, sheet)


class TitleLine(ElidedLabel):
    """The line over both panes: the title they share (plain text, elided), the whole
    title in its tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pair_title")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(self.fontMetrics().height() + 4)  # a pane never changes height

    def set_title(self, title: str) -> None:
        self.setText(title)
        self.setToolTip(plain_tooltip(flat(title)) if title else "")


def show_headings(
    headers: tuple[PaneHeader, PaneHeader],
    headings: tuple[tuple[str, str], tuple[str, str]],
    inline: bool,
) -> None:
    """Each pane its (heading, tooltip); inline, the one pane shown says both (old → new)."""
    (left, left_tip), right = headings
    if inline and left and right[0]:
        headers[0].set_title(in_order([left, right[0]], "  →  "), f"{left_tip}\n→\n{right[1]}")
    else:
        headers[0].set_title(left, left_tip)
    headers[1].set_title(*right)
