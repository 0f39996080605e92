"""A stack of pages that asks only for the room of the page on show.

``QStackedWidget`` asks for the largest minimum size of all its pages: the welcome page,
hidden once a folder is open, kept the window 670 pixels tall at 200% scale, so on a
600-pixel netbook the status line was never on screen. This stack asks for its current
page's sizes alone, and asks again whenever the page changes.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QStackedWidget, QWidget


class CurrentPageStack(QStackedWidget):
    """A ``QStackedWidget`` sized by the page it shows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentChanged.connect(self._page_changed)

    def _page_changed(self, _at: int) -> None:
        self.updateGeometry()  # (the window's layout asks the sizes again)

    def sizeHint(self) -> QSize:
        page = self.currentWidget()
        return page.sizeHint() if page is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        page = self.currentWidget()
        return page.minimumSizeHint() if page is not None else super().minimumSizeHint()
