"""A pane's header: its document's title, and on the left the chip of a pinned document."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QRect, Qt, Signal
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QTextOption
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QToolButton, QWidget

from wirediff.core.display import in_order, text_direction
from wirediff.ui.common.text import TITLES_BETWEEN, plain_tooltip
from wirediff.ui.common.theme import accent_sheet, set_style_sheet
from wirediff.ui.widgets.elided import MARGIN, ElidedLabel
from wirediff.ui.widgets.focus_frame import OWN_FOCUS_CUE

Columns = tuple[tuple[int, int], tuple[int, int]]  # x from, x to of the left and right panes
LEFT = Qt.AlignmentFlag.AlignLeft


class PaneHeader(QWidget):
    """Title of one pane (plain text, elided) and, hidden unless something is pinned, a chip
    that says so; a click on the chip asks for the pin to be released."""

    released = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Cut in its middle: the outlet first and the file's name last are what tell two
        # versions apart (cut at its end, "by Documents Management Section · WRM-…" hid
        # which revision stood on which side: a translation reviser at 175%)
        self.title = ElidedLabel(mode=Qt.TextElideMode.ElideMiddle)
        self.title.setObjectName(name)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.chip = QToolButton()
        self.chip.setObjectName(name.replace("title", "pin"))
        self.chip.setCursor(Qt.CursorShape.PointingHandCursor)
        self.chip.setAccessibleName("Pinned on the left: click to release")
        self.chip.clicked.connect(self.released)
        # (its style sheet edges it with the focus: no ring through its one-line label)
        self.chip.setProperty(OWN_FOCUS_CUE, True)
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
    title in its tooltip. Two titles side by side are each drawn over their own pane
    (``set_columns``), cut to it, and a rule stands between them over the splitter, as the
    pane headers stand apart: in one line an Urdu title ran on over the other pane, and with
    "↔" between two cut right-to-left titles the line read, from the right, as one sentence
    "right title ↔ left title" (reported by reviewers as the titles swapped)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, direction=Qt.LayoutDirection.LeftToRight)
        self.setObjectName("pair_title")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(self.fontMetrics().height() + 4)  # a pane never changes height
        self.sides: tuple[str, str] | None = None
        self._columns: Callable[[], Columns | None] = lambda: None

    def set_title(self, title: str, sides: tuple[str, str] | None = None) -> None:
        """``title``: the line as one text (read out, and drawn when the panes are not side
        by side); ``sides``: the two titles when they differ, each drawn over its pane."""
        self.sides = sides
        self.setText(title)
        self.setToolTip(plain_tooltip(title, isolating=True) if title else "")
        self.update()

    def set_columns(self, columns: Callable[[], Columns | None]) -> None:
        """Where the two panes are, (left, right) spans of x in this line (None: inline)."""
        self._columns = columns
        self.update()

    def placed(self) -> list[tuple[str, QRect, Qt.AlignmentFlag]]:
        """What is drawn where: each title (cut to fit its pane) with its alignment, left
        then right; empty when the line is drawn as one text."""
        columns = self._columns()
        if self.sides is None or columns is None:
            return []
        metrics = self.fontMetrics()
        shown: list[tuple[str, QRect, Qt.AlignmentFlag]] = []
        for side, (x, end) in zip(self.sides, columns, strict=True):
            span = QRect(x + MARGIN, 0, max(0, end - x - 2 * MARGIN), self.height())
            cut = metrics.elidedText(side, Qt.TextElideMode.ElideRight, span.width())
            rtl = text_direction(side) == "rtl"  # starts at its pane's right, as its text
            shown.append((cut, span, Qt.AlignmentFlag.AlignRight if rtl else LEFT))
        return shown

    def shown_text(self) -> str:
        """The line as one text (inline: one pane), two titles each cut on its own to half
        the room: cut as one, the "…" took the second title's isolating marks away, and
        two Urdu titles read in the other order, the first letter of one under the edge."""
        if self.sides is None:
            return super().shown_text()
        metrics = self.fontMetrics()
        room = max(0, self.width() - 2 * MARGIN - metrics.horizontalAdvance(TITLES_BETWEEN) - 4)
        cut = [
            metrics.elidedText(side, Qt.TextElideMode.ElideRight, room // 2) for side in self.sides
        ]
        if sum(metrics.horizontalAdvance(c) for c in cut) < room:  # one short: the other more
            widths = [metrics.horizontalAdvance(side) for side in self.sides]
            short = 0 if widths[0] <= room // 2 else 1 if widths[1] <= room // 2 else None
            if short is not None:
                other = 1 - short
                cut[other] = metrics.elidedText(
                    self.sides[other], Qt.TextElideMode.ElideRight, room - widths[short]
                )
        return in_order(cut, TITLES_BETWEEN)

    def rule(self) -> int | None:
        """Where the rule between the two titles is drawn (x), None when it is not."""
        columns = self._columns()
        if self.sides is None or columns is None:
            return None
        (_left_x, left_end), (right_x, _right_end) = columns
        return (left_end + right_x) // 2

    def paintEvent(self, event: QPaintEvent) -> None:
        placed = self.placed()
        if not placed and self.sides is None and text_direction(self.text()) == "rtl":
            # one title, right to left ("اتفاقية Smart Customs …", a document alone or two of
            # one title): drawn in its own direction from the line's right, as a title over
            # its pane is — in the line's, left to right, its Arabic and English words
            # stood in the wrong order (an Arabic media monitor's walkthrough)
            room = max(0, self.width() - 2 * MARGIN)
            text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, room)
            placed = [
                (text, self.rect().adjusted(MARGIN, 0, -MARGIN, 0), Qt.AlignmentFlag.AlignRight)
            ]
        if not placed:
            super().paintEvent(event)
            return
        painter = QPainter(self)
        for text, rect, align in placed:
            option = QTextOption(
                align | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter
            )
            # A right-to-left title in its own direction: in the line's, left to right, its
            # "…" came at its right, beside its first word, and an English word inside it
            # swapped its clauses around (as the list's titles: ``widgets.bidi_cells``).
            rtl = align == Qt.AlignmentFlag.AlignRight
            option.setTextDirection(
                Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
            )
            option.setWrapMode(QTextOption.WrapMode.NoWrap)
            painter.save()
            painter.setClipRect(rect)  # never over the other pane
            painter.drawText(rect.toRectF(), text, option)
            painter.restore()
        x = self.rule()
        if x is not None:
            painter.setPen(self.palette().color(QPalette.ColorRole.Mid))
            painter.drawLine(x, 2, x, self.height() - 3)
        painter.end()


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
