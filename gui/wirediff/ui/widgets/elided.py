"""A one-line plain-text label that cuts its text with "…" where it does not fit.

A ``QLabel`` asks for the width of its whole text: in a layout that cannot give it (the
status bar beside its document count, a header over a narrow pane) it is drawn over its
neighbours or cut mid-letter. This one asks for none, and draws what fits.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QFontMetrics, QHelpEvent, QPainter, QPaintEvent, QTextOption
from PySide6.QtWidgets import QLabel, QSizePolicy, QToolTip, QWidget

from wirediff.core.display import FSI, LRM, PDI, in_order
from wirediff.ui.common.text import plain_tooltip
from wirediff.ui.widgets.bidi_cells import year_left_out

MARGIN = 2  # pixels left clear at either end


class ElidedLabel(QLabel):
    """Plain text on one line, cut with "…" (at ``mode``: the end, or the middle, which
    keeps both ends of a message) when it does not fit.

    ``direction`` is the line's own: Auto takes it from the text (a title alone), LeftToRight
    keeps the order of an English sentence that names right-to-left data. With ``tip_when_cut``
    the whole text is the tooltip while it is cut (else the tooltip set, if any)."""

    def __init__(
        self,
        parent: QWidget | None = None,
        mode: Qt.TextElideMode = Qt.TextElideMode.ElideRight,
        direction: Qt.LayoutDirection = Qt.LayoutDirection.LayoutDirectionAuto,
        tip_when_cut: bool = False,
    ) -> None:
        super().__init__(parent)
        self.mode, self.direction, self.tip_when_cut = mode, direction, tip_when_cut
        self.shorter: list[str] = []  # (``shorten``)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def setText(self, text: str) -> None:
        self.shorter = []
        super().setText(text)

    def shorten(self, forms: Sequence[str]) -> None:
        """Shorter forms of the text shown, tried in turn where it does not fit before the
        last is cut (a hint that drops its least needed keys first: cut in its middle, the
        story view's lost what Enter does at 200%); the next text forgets them."""
        self.shorter = list(forms)
        self.update()

    def minimumSizeHint(self) -> QSize:
        return QSize(0, super().minimumSizeHint().height())

    def shown_text(self) -> str:
        """The text as drawn at the label's width (cut with "…" if it does not fit)."""
        room = max(0, self.width() - 2 * MARGIN)
        text, metrics = self.text(), self.fontMetrics()
        if self.shorter and metrics.horizontalAdvance(text) > room:
            fitting = [form for form in self.shorter if metrics.horizontalAdvance(form) <= room]
            text = fitting[0] if fitting else self.shorter[-1]
        return cut_to_fit(text, metrics, self.mode, room)

    def is_cut(self) -> bool:
        return self.shown_text() != self.text()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        option = QTextOption(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        option.setTextDirection(self.direction)
        option.setWrapMode(QTextOption.WrapMode.NoWrap)
        rect = self.rect().adjusted(MARGIN, 0, -MARGIN, 0)
        painter.drawText(rect.toRectF(), self.shown_text(), option)
        painter.end()

    def event(self, event: QEvent) -> bool:
        if self.tip_when_cut and event.type() == QEvent.Type.ToolTip:
            if isinstance(event, QHelpEvent) and self.is_cut():
                tip = plain_tooltip(self.text(), isolating=True)  # (read in the line's order)
                QToolTip.showText(event.globalPos(), tip, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)


_ISOLATED = re.compile(f"{FSI}([^{FSI}{PDI}]*){PDI}")
_ZONE = re.compile(r"\s\(UTC[+−-]\d\d:\d\d\)$")
# A heading's date ("2026-12-07 14:30", "2026-12-07", without its year "7 Dec 14:30"): the
# part never cut while another can be
_DAY = re.compile(r"(?:\d{4}-\d\d-\d\d|\d\d? [A-Z][a-z]{2}(?: \d{4})?)(?: \d\d:\d\d)?$")


def cut_to_fit(text: str, metrics: QFontMetrics, mode: Qt.TextElideMode, room: int) -> str:
    """``text`` cut with "…" to ``room`` pixels. Of a line of isolated parts (``in_order``:
    outlet · byline · date · file name), the widest part is cut, then the next, each in
    its own isolate: cut as one, the "…" took isolating marks away, and an Arabic pane's
    heading read "اليوم المصري · by 0261203…كتب أحمد…T1030_metro-line4.html", its name in
    two and its day gone (a managing editor's walkthrough). The date is never cut while
    another part can be: it loses its zone, then its year ("7 Dec 14:30"), and keeps its day
    and time (cut as the widest part after a short Korean byline, two versions' headings
    read "2026-1… 14:30" and "2026-1… 16:55": a Korean desk's walkthrough)."""
    if metrics.horizontalAdvance(text) <= room:
        # (whole: Qt's cut measures in fractions of a pixel, and a heading exactly as wide
        # as its room, 349 pixels in 349, was cut as one text, its day "2026-12-0…16:55",
        # by the font this machine had — the test of it failed on one machine, not another)
        return text
    parts = _ISOLATED.findall(text)
    if not text.startswith(LRM) or not parts:
        return metrics.elidedText(text, mode, room)
    between = _ISOLATED.split(text[len(LRM) :])[2:-1:2]  # (the separators between parts)
    separator = between[0] if between else ""
    if in_order(parts, separator) != text:  # (something besides the parts)
        return metrics.elidedText(text, mode, room)
    # Cut the widest part first, none below a fair width (ten characters or so); if that is
    # not enough, the byline ("by …") goes, the least telling part, left to the tooltip;
    # then the date's year; then each part down to a few characters. (The day went, "7
    # …0)", and a Wayback capture's name, "w…l", while a byline stood whole: a Hebrew
    # desk's and a Wikipedia editor's walkthroughs.)
    fair = metrics.horizontalAdvance("…") * 10
    # (a date's zone first, "(UTC+03:30)", in the tooltip: a Persian page's day was cut to
    # "2026-1…03:30)" — a re-check of a Persian desk's walkthrough)
    parts = [_ZONE.sub("", part) for part in parts]
    cut_parts = _cut_widest(parts, separator, metrics, mode, room, fair)
    if metrics.horizontalAdvance(in_order(cut_parts, separator)) > room:
        parts = [part for part in parts if not part.startswith("by ")]
        cut_parts = _cut_widest(parts, separator, metrics, mode, room, fair)
    if metrics.horizontalAdvance(in_order(cut_parts, separator)) > room:
        cut_parts = [year_left_out(part) if _DAY.match(part) else part for part in cut_parts]
    least = metrics.horizontalAdvance("…") * 4
    for cut_day in (False, True):  # (the day last, rather than the heading cut as one text)
        cut_parts = _cut_widest(cut_parts, separator, metrics, mode, room, least, cut_day)
        cut = in_order(cut_parts, separator)
        if metrics.horizontalAdvance(cut) <= room:
            return cut
    # (too narrow for every part cut: as one text, rather than drawn past its pane — a
    # review found a heading 163 pixels wide in 20)
    return metrics.elidedText(text, mode, room)


def _cut_widest(
    parts: list[str],
    separator: str,
    metrics: QFontMetrics,
    mode: Qt.TextElideMode,
    room: int,
    least: int,
    cut_day: bool = False,
) -> list[str]:
    """``parts`` with the widest cut, then the next, till they fit ``room`` or each is
    ``least`` pixels wide at most; a date ("2026-12-07 14:30", "7 Dec 14:30") only if
    ``cut_day``."""
    parts = list(parts)
    cuttable = [i for i, part in enumerate(parts) if cut_day or not _DAY.match(part)]
    for _ in range(len(parts)):
        widths = [metrics.horizontalAdvance(part) for part in parts]
        excess = metrics.horizontalAdvance(in_order(parts, separator)) - room
        if excess <= 0 or not cuttable:
            break
        widest = max(cuttable, key=widths.__getitem__)
        if widths[widest] <= least:
            break
        parts[widest] = metrics.elidedText(parts[widest], mode, max(widths[widest] - excess, least))
    return parts
