"""A window's size from its font, within the screen's free part, and kept on the screen:
dialogs sized in fixed pixels hid their last columns at a large font or twice the scale."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

FALLBACK = QRect(0, 0, 1200, 800)  # no screen at all (a test platform without one)
MARGIN = 40  # pixels left free around a window sized to the screen (its frame, a panel)


def room(widget: QWidget) -> QRect:
    """The free part (the available geometry) of ``widget``'s screen."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(FALLBACK)


def chars(widget: QWidget, n: float) -> int:
    """The width of ``n`` average characters of ``widget``'s font, in pixels."""
    return round(widget.fontMetrics().averageCharWidth() * n)


def lines(widget: QWidget, n: float) -> int:
    """The height of ``n`` lines of ``widget``'s font, in pixels."""
    return round(widget.fontMetrics().lineSpacing() * n)


class _KeptOn(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget):
            keep_on(watched, room(watched))  # its frame known now, and its place
        return super().eventFilter(watched, event)


def fit(window: QWidget, width: int, height: int) -> None:
    """Resize ``window`` to ``width`` × ``height``, no larger than its screen's free part
    (less ``MARGIN``), and keep it on that screen each time it is shown (placed over its
    parent, a dialog ran off the screen's edge)."""
    free = room(window)
    window.resize(
        max(1, min(width, free.width() - MARGIN)), max(1, min(height, free.height() - MARGIN))
    )
    window.installEventFilter(_KeptOn(window))


def keep_on(window: QWidget, free: QRect) -> None:
    """Move ``window`` into ``free`` (the screen's free part) where it runs over its
    edges: placed over a large window at twice the scale, its Close button was off the
    screen."""
    frame = window.frameGeometry()
    x = max(free.left(), min(frame.left(), free.right() - frame.width()))
    y = max(free.top(), min(frame.top(), free.bottom() - frame.height()))
    if (x, y) != (frame.left(), frame.top()):
        window.move(x, y)
