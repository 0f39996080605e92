"""Freeing a replaced list model on the GUI thread without a stall."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QObject
from PySide6.QtGui import QStandardItemModel

from wirediff.ui.jobs.slicer import Slicer


class Disposer(QObject):
    """Frees replaced models a few rows at a time (50,000 cells at once take ~0.1 s)."""

    SLICE_SECONDS = 0.008
    ROWS = 20  # top-level rows freed at once (a grouped row holds a whole event)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._models: list[QStandardItemModel] = []
        self._slicer = Slicer(self, seconds=self.SLICE_SECONDS)

    def dispose(self, model: QStandardItemModel) -> None:
        """Take ``model`` (attached to nothing any more) and free it over the next turns."""
        self._models.append(model)
        if not self._slicer.running():
            self._slicer.start(self._walk(), now=False)

    def _walk(self) -> Iterator[None]:
        while self._models:
            model = self._models[-1]
            rows = model.rowCount()
            if rows == 0:
                self._models.pop()
                continue
            take = min(rows, self.ROWS)
            model.removeRows(rows - take, take)
            yield
