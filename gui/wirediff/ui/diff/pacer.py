"""Lay long documents out in small slices, so the GUI thread never stalls on Qt's layout.

QTextEdit lays a big document out lazily, but in steps that double up to 200,000
characters, and one such step of prose takes 150-250 ms. While a pacer runs it swallows the
timer events of the document's layout (Qt's own lazy steps and size notifications) and
instead lays out whole blocks for about 15 ms per event-loop turn (``jobs.slicer``), then
tells the text edit to resize its scroll bar. When the document is complete the filter is
removed.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QEvent, QObject, QSizeF, Signal
from PySide6.QtGui import QAbstractTextDocumentLayout, QTextBlock, QTextDocument

from wirediff.ui.jobs.slicer import Slicer


def refresh_range(layout: QAbstractTextDocumentLayout) -> None:
    """Let the text edit size its scroll bar to what is laid out so far.

    Its slot ignores the size and asks the layout for the laid-out size, so any size will
    do (asking for the document size here would force the whole layout).
    """
    layout.documentSizeChanged.emit(QSizeF())


class LayoutPacer(QObject):
    """Drives the layout of one document at a time, a slice per event-loop turn."""

    advanced = Signal()  # a slice was laid out: rows measured before may have moved

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._slicer = Slicer(self, after_slice=self._refresh, done=self.stop)
        self._layout: QAbstractTextDocumentLayout | None = None
        self._block: QTextBlock | None = None

    def start(self, doc: QTextDocument) -> None:
        """Take over the layout of ``doc`` (after it was attached or resized)."""
        self.stop()
        self._layout = doc.documentLayout()
        self._layout.installEventFilter(self)
        self._block = doc.begin()
        self._slicer.start(self._walk(), now=False)

    def stop(self) -> None:
        if self._layout is not None:
            self._layout.removeEventFilter(self)
        self._layout, self._block = None, None
        self._slicer.stop()

    def running(self) -> bool:
        return self._layout is not None

    def laid_out(self, doc: QTextDocument) -> int:
        """How many blocks of ``doc``, from its start, are laid out (all when not paced)."""
        if self._block is not None and self._block.isValid():
            return self._block.blockNumber()
        return doc.blockCount()

    def position(self, doc: QTextDocument) -> int:
        """The document position the layout is paced from (its end when not paced)."""
        if self._block is not None and self._block.isValid():
            return self._block.position()
        return doc.characterCount()

    def ensure_until(self, y: float) -> None:
        """Lay out at least down to document height ``y`` now (for hit tests and scrolling)."""
        layout, block = self._layout, self._block
        if layout is None or block is None:
            return
        while block.isValid() and layout.blockBoundingRect(block).top() <= y:
            block = block.next()
        self._block = block
        if not block.isValid():
            refresh_range(layout)
            self.stop()
            self.advanced.emit()  # laid out to its end: the rows on screen can be padded now

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        return event.type() == QEvent.Type.Timer  # Qt's lazy layout steps: ours instead

    def _walk(self) -> Iterator[None]:
        """Lay out the next block, from wherever ``ensure_until`` left off."""
        while True:
            layout, block = self._layout, self._block
            if layout is None or block is None or not block.isValid():
                return
            layout.blockBoundingRect(block)  # lays the document out up to this block
            self._block = block.next()
            yield

    def _refresh(self) -> None:
        if self._layout is not None:
            refresh_range(self._layout)
        self.advanced.emit()
