"""The keys that change which two documents are on screen: b, s, Shift+B, V / Shift+V, and a
pair opened from elsewhere (the heat map, the story view).

A mixin of ``Session`` (``session``): each asks ``PairSelection`` what the key does, then
shows it with the session's ``_update`` and says what happened in the status line.
"""

from __future__ import annotations

from typing import Any

from wirediff.core.document import Document
from wirediff.ui.session import texts
from wirediff.ui.session.chain import chain_message
from wirediff.ui.session.comparing import ComparingController
from wirediff.ui.session.selection import Change, IndexStories, Outcome, PairSelection
from wirediff.ui.session.stories import StoriesController


class PairKeys:
    """b, s, Shift+B, V, Shift+V and pairs opened from elsewhere."""

    selection: PairSelection
    documents: list[Document]
    words: list[int]
    comparing: ComparingController
    stories: StoriesController
    message: Any  # the session's signals (str; int)
    select_requested: Any
    _note: str

    def _update(self, soon: bool = False) -> None:
        raise NotImplementedError

    def _show_marks(self) -> None:
        raise NotImplementedError

    def grouped(self) -> bool:
        raise NotImplementedError

    def set_base(self) -> None:
        """b: the selected document goes to the left (grouped: as its story's base)."""
        self._apply(self.selection.set_base(), "b")

    def swap(self) -> None:
        """s: exchange the sides; the selection stays where it is."""
        self._apply(self.selection.swap(), "s")

    def unpin(self) -> None:
        """Shift+B: the left side follows the story bases again."""
        pin = self.selection.unpin()
        self._update()
        self._say(texts.unpinned(pin, self.documents))

    def step_chain(self, direction: int) -> None:
        """V / Shift+V: each version against the one before it in time order, a step back
        or forward along the story's versions."""
        doc = self.selection.step_chain(direction)
        if doc is not None:
            self.select_requested.emit(doc)
            self._update()
        self._say(chain_message(self.selection, self.documents, doc, direction))

    def open_pair(self, left: int, right: int) -> None:
        """Compare ``left`` (on the left) with ``right``, whatever their stories."""
        if left == right:
            self.message.emit("That cell is a document against itself")
            return
        self.selection.pin(left, right)
        self._rebased_flat()
        self.select_requested.emit(right)
        self._update()

    def _say(self, note: str) -> None:
        """Say what a key did, now and again beside the numbers of the pair it brings."""
        self._note = note if self.comparing.pending() else ""
        self.message.emit(note)

    def _apply(self, outcome: Outcome, key: str) -> None:
        if outcome.change is Change.REBASE and outcome.doc is not None:
            self._rebase(outcome.doc)
        elif outcome.change is Change.BASE:
            self._rebased_flat()
        if outcome.change not in (Change.NOTHING, Change.ALREADY):
            self._update()
        self._say(texts.outcome(outcome, key, self.documents, self.grouped()))

    def _rebase(self, doc: int) -> None:
        """``doc`` becomes its story's base: the pair now, the list re-sorted in the back."""
        index = self.stories.rebase(doc)
        self.selection.set_stories(IndexStories(index))
        self.stories.build_list(True, self.documents, self.words)

    def _rebased_flat(self) -> None:
        """Flat list: a new base; its similarity to every document follows."""
        base = self.selection.base
        if not self.grouped() and base is not None:
            self._show_marks()
            self.stories.similarity(base)
