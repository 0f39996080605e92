"""The keys that change which two documents are on screen: b, s, Shift+B, V / Shift+V, and a
pair opened from elsewhere (the heat map, the story view).

``Session.keys``: each asks the session's ``PairSelection`` what the key does, then shows
it with the session's ``update`` and says what happened in the status line.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wirediff.core.stories import source_named
from wirediff.ui.session import texts
from wirediff.ui.session.chain import chain_message
from wirediff.ui.session.selection import Change, IndexStories, Outcome

if TYPE_CHECKING:
    from wirediff.ui.session.session import Session


# d's answer dropped, another key having come first: its "Finding…" stayed on the status
# line (the story view's keys gave none of their own, a review)
_DROPPED = "The text it was made from is not shown: another version or pair was chosen first"


class PairKeys:
    """b, s, Shift+B, V, Shift+V and pairs opened from elsewhere."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._said = ""  # the status line's last message
        session.message.connect(self._heard)
        session.derivation.failed.connect(lambda _message: self._unsay_finding())

    def set_base(self) -> None:
        """b: the selected document goes to the left (grouped: as its story's base)."""
        self._apply(self.session.selection.set_base(), "b")

    def swap(self) -> None:
        """s: exchange the sides; the selection stays where it is."""
        self._apply(self.session.selection.swap(), "s")

    def unpin(self) -> None:
        """Shift+B: the left side follows the story bases again (a pin released, or the
        chain of V / Shift+V ended)."""
        selection = self.session.selection
        pin = selection.unpin()
        chained = selection.end_chain()
        self.session.update()
        self._say(texts.unpinned(pin, self.session.documents, chained))

    def step_chain(self, direction: int) -> None:
        """V / Shift+V: each version against the one before it in time order, a step back
        or forward along the story's versions."""
        doc = self.session.selection.step_chain(direction)
        if doc is not None:
            self.session.select_requested.emit(doc)
            self.session.update()
        self._say(chain_message(self.session.selection, self.session.documents, doc, direction))

    def made_from(self) -> None:
        """d: the selected version beside the text it was made from — the one its level in
        the list was measured against (an agency's take it holds most of, or its story's
        base; ``derived_from`` in ``wirediff stories``) —, that text pinned on the left for
        its story as a pair opened from the heat map is: a paper's rewrite of Reuters'
        23:05 take was "rewrite" in the list, "written anew" beside the 22:10 base, and v
        compared it with the 01:40 take (a Gulf desk's walkthrough). Where that must be
        weighed first (a story of hundreds of takes), the key returns at once and the pair
        opens when the answer arrives, unless another key changed the pair or the selection
        since."""
        session = self.session
        doc, index = session.selection.selected, session.index
        if index is None or doc is None:
            self._say(texts.made_from_nothing(index, doc))
            return
        known, source = session.derivation.made_from(doc)
        if known:
            self._made_from(doc, source)
            return
        self._say(texts.FINDING_SOURCE + "…")
        pair = session.selection.pair()

        def found(source: int | None) -> None:
            # (another version selected, or another pair shown since: a newer key's)
            selection = session.selection
            if session.index is index and selection.selected == doc and selection.pair() == pair:
                self._made_from(doc, source)
            elif self._unsay_finding():
                self.session.message.emit(_DROPPED)

        session.derivation.find_source(doc, found)

    def _made_from(self, doc: int, source: int | None) -> None:
        """Show ``doc`` beside ``source``, the text it was made from (None: none)."""
        session = self.session
        index = session.index
        if index is None or source is None:
            self._say(texts.made_from_nothing(index, doc))
            return
        named = source_named(index, source, doc)
        if session.selection.pair() == (source, doc):
            self._say(f"Already against the text it was made from: {named}")
            return
        self.open_pair(source, doc)
        pin = session.selection.pinned
        pinned = pin is not None and pin.doc == source
        self._say(texts.made_from(named, index.story_of(doc).base == source, pinned))

    def made_from_note(self, pair: tuple[int, int]) -> str:
        """The relation banner's note for ``pair`` on screen: when the version selected
        in it was made from another text than the one beside it, and than its story's
        base (the list's level is then measured against a text not on screen), that text
        and the key that shows it; else "". Not known yet: weighed in the background, and
        the banner said again when it is (``source_ready``)."""
        session = self.session
        doc, index = session.selection.selected, session.index
        if index is None or doc is None or doc not in pair:
            return ""
        known, source = session.derivation.made_from(doc)
        if not known:
            session.derivation.find_source(doc)
            return ""
        if source is None or source in pair or source == index.story_of(doc).base:
            return ""
        level = session.derivation.level(doc)
        side = "right" if pair[1] == doc else "left"
        named = source_named(index, source, doc)
        return texts.made_from_note(side, named, None if level is None else level.level)

    def open_pair(self, left: int, right: int) -> None:
        """Compare ``left`` (on the left) with ``right``, whatever their stories."""
        if left == right:
            self.session.message.emit("That cell is a document against itself")
            return
        self.session.selection.pin(left, right)
        self._rebased_flat()
        self.session.select_requested.emit(right)
        self.session.update()

    def _heard(self, message: str) -> None:
        self._said = message

    def _unsay_finding(self) -> bool:
        """d's "Finding…" unanswered (its answer dropped, or the worker failed): not kept
        before the next pair's numbers; whether the status line still says it (another
        key's message since stays)."""
        if self.session.note.startswith(texts.FINDING_SOURCE):
            self.session.note = ""
        return self._said.startswith(texts.FINDING_SOURCE)

    def _say(self, note: str) -> None:
        """Say what a key did, now and again beside the numbers of the pair it brings."""
        self.session.note = note if self.session.comparing.pending() else ""
        self.session.message.emit(note)

    def _apply(self, outcome: Outcome, key: str) -> None:
        if outcome.change is Change.REBASE and outcome.doc is not None:
            self._rebase(outcome.doc)
        elif outcome.change is Change.BASE:
            self._rebased_flat()
        if outcome.change not in (Change.NOTHING, Change.ALREADY):
            self.session.update()
        self._say(texts.outcome(outcome, key, self.session.documents, self.session.grouped()))

    def _rebase(self, doc: int) -> None:
        """``doc`` becomes its story's base: the pair now, the list re-sorted in the back;
        kept with the folder's corrections (the command line's tables have it too)."""
        session = self.session
        assert session.index is not None
        documents = session.documents
        story = [documents[v.doc] for v in session.index.story_of(doc).versions]
        # (grouped again with it when a grouping is under way: made without it, it would
        # put the old base back)
        kept = session.corrections.base(documents[doc], story, session.stories.grouping())
        index = session.stories.rebase(doc, kept)
        self.session.selection.set_stories(IndexStories(index))
        self.session.stories.build_list(True, self.session.documents, self.session.words)

    def _rebased_flat(self) -> None:
        """Flat list: a new base; its similarity to every document follows."""
        base = self.session.selection.base
        if not self.session.grouped() and base is not None:
            self.session.show_marks()
            self.session.stories.similarity(base)
