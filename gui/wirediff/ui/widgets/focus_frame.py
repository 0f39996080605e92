"""A frame in the highlight colour around a list while it has the keyboard focus.

Qt's own cue on a list with the focus is a faint dotted box around its current row, which
many styles draw in grey or not at all: a keyboard user tabbing through the window could
not see that the document list or the change list had the focus. The diff panes draw the
same frame themselves (``DiffPane._paint_focus``).
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget

from wirediff.ui.common.theme import FOCUS_FRAME, focus_colour


def paint_focus_frame(widget: QWidget, palette: QPalette) -> None:
    """Draw the frame along ``widget``'s edges (call from its paint event), in the
    highlight colour or one that stands 3:1 from the text's background (``focus_colour``)."""
    painter = QPainter(widget)
    painter.setPen(QPen(focus_colour(palette), FOCUS_FRAME))
    inset = FOCUS_FRAME / 2
    painter.drawRect(QRectF(widget.rect()).adjusted(inset, inset, -inset, -inset))
    painter.end()


class FocusFrame(QWidget):
    """An overlay on ``area``'s viewport, shown while ``area`` has the focus: it lets mouse
    clicks through and is drawn over the rows, so the view's own painting is untouched."""

    def __init__(self, area: QAbstractScrollArea) -> None:
        super().__init__(area.viewport())
        self.area = area
        self.setObjectName(f"{area.objectName()}_focus_frame")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.hide()
        area.viewport().installEventFilter(self)  # its resizes: the frame follows
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    def _focus_changed(self, _old: QWidget | None, _new: QWidget | None) -> None:
        if not shiboken6.isValid(self.area):  # the focus left a list being destroyed
            return
        shown = self.area.hasFocus()
        if shown and not self.isVisible():
            self.setGeometry(self.area.viewport().rect())
            self.raise_()
        self.setVisible(shown)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.area.viewport():
            self.setGeometry(self.area.viewport().rect())
        return False

    def paintEvent(self, _event: QPaintEvent) -> None:
        paint_focus_frame(self, self.area.palette())
