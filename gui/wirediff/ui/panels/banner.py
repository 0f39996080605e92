"""A line above the diff that says how the two documents on screen relate."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette, QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QWidget

from wirediff.core.counts import percent
from wirediff.core.stories import PairScore, Relation
from wirediff.ui.common.text import flat, isolating_quotes, one_line

SENTENCE_MAX = 1000  # characters of the banner's sentence (an outlet's name can be long)


def relation_text(score: PairScore) -> str:
    """Plain words for how a pair relates, from the shared text alone ("" for a document
    beside itself): said until the derivation sentence (``describe``) is measured."""
    shared = _percent(score.similarity)
    if score.relation == Relation.SAME_STORY:
        return f"Versions of one story — they share {shared} of their text."
    if score.relation == Relation.SAME_EVENT:
        return (
            f"Independent reports of the same event — they share {shared} of their text. "
            "Differences here are two newsrooms writing, not one text edited."
        )
    if score.relation == Relation.UNRELATED:
        return f"Unrelated documents (different events) — they share {shared} of their text."
    return ""


def _percent(value: float) -> str:
    """A share as a whole percentage, but never "0%" for some shared text."""
    if value == 0:
        return "none"
    if value < 0.005:
        return "under 1%"
    return percent(value)


class RelationBanner(QLabel):
    """One plain sentence, word-wrapped: at first from the shared text, then how one text
    was made from the other (``describe``). It keeps the height of its tallest sentence
    while its width stays: going through a story's versions, a sentence of two lines then
    one of one moved the whole diff up and down under the reader's eyes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("relation_banner")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setContentsMargins(6, 3, 6, 3)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.setAutoFillBackground(True)
        self._tallest = (0, 0)  # (width, height): the tallest sentence shown at that width
        self.hide()

    def show_score(self, score: PairScore) -> None:
        """The relation from shared text alone, while the sentence is measured."""
        self.show_text(relation_text(score))

    def show_text(self, text: str, quotes: Iterable[str] = (), note: str = "") -> None:
        """How the two documents relate, in a sentence ("" hides the banner); the sentence
        names a file or an outlet, whose control and bidi characters are shown, not obeyed;
        each of ``quotes`` it quotes is laid out in its own direction (``isolating_quotes``:
        a Persian "«…» → «…»" wrapped with the arrow inside a quote). ``note``: a sentence
        after it, never cut with it (the way to the text the version was made from, which a
        long sentence's figures would push past the banner's limit)."""
        text = isolating_quotes(text, quotes, SENTENCE_MAX)
        if text and note:
            text += f"{'' if text.endswith('.') else '.'} {one_line(note, SENTENCE_MAX)}"
        self.setText(text)
        self.setAccessibleDescription(flat(text))
        self.setVisible(bool(text))
        self._keep_height()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._keep_height()

    def _keep_height(self) -> None:
        """At least the height of the tallest sentence shown at this width (a new width
        wraps anew: from this sentence's)."""
        width = self.width()
        self.setMinimumHeight(0)  # (Qt's heightForWidth would answer at least the minimum)
        needed = self.heightForWidth(width) if self.text() else 0
        if width != self._tallest[0] or needed > self._tallest[1]:
            self._tallest = (width, needed)
        self.setMinimumHeight(self._tallest[1])
