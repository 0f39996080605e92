"""Which two documents are on screen: one owner, plain Python, pure rules (no Qt).

The rules as the user meets them (``tests/ui/test_pair_selection.py`` checks them as a table):

1. The right side is the document selected in the list. The left side is
   ``left_for(selected)``:

   - flat list: the base (b sets it);
   - grouped: the base of the selected document's story; for a story's base itself, the base
     of its event's first story, so that independent reports of one event sit side by side;
   - a pin overrides both. A pin holds one document on the left for the documents of one
     story, and ends when the selection leaves that story, unless the user pinned it for every
     story (b on a document that is its story's base already). It is shown as a chip in the
     left pane's header, and Shift+B (or a click on the chip) releases it.

2. The left side is always a document the list marks ◆ (``marked``), and grouped, putting a
   version of a story on the left by b or s makes it that story's base, so that the story
   panel calls it base too.

3. b and s never move the list's selection. b puts the selected document on the left; s swaps
   the two sides. While the selected document is itself on the left, the document it was
   compared with stays on the right ("faces" it) until the selection moves.

4. A pair opened from elsewhere (the heat map, two files given, a reload of a pair pinned)
   selects its right document and, when the usual rule would put another document beside
   it, pins its left document for that story (``pin``). Nothing else is pinned: the flat
   list's base is a pin only when the user chose it (``user_base``).

5. Time order: of two versions of one story, the older one (both dated) is shown on the left,
   so that edits read forwards, unless the user chose the story's base (b) or pinned a
   document (s on that pair pins the base on the left for the story). The document beside
   the selection (``left_for``) is then on the right.

6. The chain (V / Shift+V, ``step_chain``): each version of a story is compared with the
   version before it in time order (of its own outlet, else of an agency: ``chain_steps``);
   each press moves one step along, and the chain holds while the selection stays in that
   story and no other key takes the left side.

Changing a story's base is the caller's job (the story index is not owned here): ``set_base``
and ``swap`` say so by returning ``Change.REBASE``; the caller then gives the re-based stories
to ``set_stories``.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Protocol

from wirediff.core.chronology import chain_steps, earlier, time_order
from wirediff.core.stories import StoryIndex


class StoryMap(Protocol):
    """What the rules need to know about stories (``IndexStories`` reads a StoryIndex)."""

    def story_of(self, doc: int) -> int:
        """The id of ``doc``'s story."""
        ...

    def base_of(self, doc: int) -> int:
        """The base of ``doc``'s story."""
        ...

    def event_base_of(self, doc: int) -> int:
        """The base of the first story of ``doc``'s event."""
        ...

    def chain(self, doc: int) -> tuple[int, ...]:
        """The versions of ``doc``'s story in time order (undated ones last)."""
        ...

    def previous(self, doc: int) -> int | None:
        """The version ``doc`` is read against in its story's chain (``chain_steps``), None
        for the first."""
        ...

    def base_chosen(self, doc: int) -> bool:
        """Whether the user chose the base of ``doc``'s story."""
        ...

    def earlier(self, a: int, b: int) -> bool:
        """Whether ``a`` is known to be older than ``b`` (both dated)."""
        ...


class IndexStories:
    """A ``StoryIndex`` seen as a ``StoryMap``."""

    __slots__ = ("_chains", "_steps", "index")

    def __init__(self, index: StoryIndex) -> None:
        self.index = index
        self._chains: dict[int, tuple[int, ...]] = {}
        self._steps: dict[int, dict[int, int]] = {}

    def story_of(self, doc: int) -> int:
        return self.index.story_of(doc).id

    def base_of(self, doc: int) -> int:
        return self.index.story_of(doc).base

    def event_base_of(self, doc: int) -> int:
        index = self.index
        first = index.events[index.story_of(doc).event].stories[0]
        return index.stories[first].base

    def chain(self, doc: int) -> tuple[int, ...]:
        story = self.index.story_of(doc)
        if story.id not in self._chains:
            versions = [v.doc for v in story.versions]  # (ties as the list has them)
            self._chains[story.id] = time_order(versions, self.index.documents)
        return self._chains[story.id]

    def previous(self, doc: int) -> int | None:
        story = self.index.story_of(doc).id
        if story not in self._steps:
            self._steps[story] = chain_steps(self.chain(doc), self.index.documents)
        return self._steps[story].get(doc)

    def base_chosen(self, doc: int) -> bool:
        return self.index.story_of(doc).base_overridden

    def earlier(self, a: int, b: int) -> bool:
        return earlier(self.index.documents[a], self.index.documents[b])


@dataclass(frozen=True, slots=True)
class Pin:
    """A document held on the left: for the documents of ``story``, or of every story."""

    doc: int
    story: int | None  # None: every story (the user asked for it)


class Change(Enum):
    """What b or s did (the caller words the message and re-bases a story if asked)."""

    NOTHING = "nothing"  # no document selected, or no pair to swap
    ALREADY = "already"  # b on the base, or on the document pinned everywhere already
    BASE = "base"  # flat: the base changed
    REBASE = "rebase"  # grouped: ``doc`` must become its story's base (caller's job)
    PINNED = "pinned"  # ``doc`` is pinned on the left
    SWAPPED = "swapped"  # the sides were exchanged; no base changed


@dataclass(frozen=True, slots=True)
class Outcome:
    change: Change
    doc: int | None = None  # the document now on the left (REBASE: the story's new base)
    released: Pin | None = None  # a pin that b or s released


class PairSelection:
    """The base, the pin, the facing document, grouping, and the selected document."""

    def __init__(self) -> None:
        self.base: int | None = None  # flat list: the base (kept while grouped, for later)
        # The flat list's base is the user's (b, s, a pair opened or a pin restored on it),
        # not the first document: a reload keeps it as a pin (``reload_hint``).
        self.user_base = False
        self.stories: StoryMap | None = None  # set while the list is grouped
        self.pinned: Pin | None = None
        self.selected: int | None = None  # the document selected in the list
        # (left, right): ``right`` stays beside ``left`` while ``left`` itself is selected.
        self.facing: tuple[int, int] | None = None
        self.chain: int | None = None  # the story whose versions face their previous one

    @property
    def grouped(self) -> bool:
        return self.stories is not None

    # --- the rule --------------------------------------------------------------------------
    def left_for(self, selected: int) -> int | None:
        """The document on the left beside ``selected`` (``selected`` itself: no pair).

        Pure: reads the state, changes nothing.
        """
        if self.facing is not None and self.facing[0] == selected:
            return selected
        previous = self._previous(selected)
        return previous if previous is not None else self._usual_left(selected, self.pinned)

    def _previous(self, doc: int) -> int | None:
        """In the chain: the version before ``doc`` (None: not chained, or the first)."""
        stories = self.stories
        if self.chain is None or stories is None or stories.story_of(doc) != self.chain:
            return None
        return stories.previous(doc)

    def _reads_backwards(self, left: int, selected: int) -> bool:
        """Whether ``selected`` is an older version than ``left``, its story's base beside
        it by the usual rule (no base chosen, nothing pinned, not the chain)."""
        stories = self.stories
        if stories is None or self.chain is not None or stories.base_chosen(selected):
            return False
        if self.pinned is not None and self.applies(self.pinned, selected):
            return False
        return stories.base_of(selected) == left and stories.earlier(selected, left)

    def _usual_left(self, selected: int, pin: Pin | None) -> int | None:
        stories = self.stories
        if stories is None:
            return self.base
        if pin is not None and (pin.story is None or pin.story == stories.story_of(selected)):
            return pin.doc
        base = stories.base_of(selected)
        return base if base != selected else stories.event_base_of(selected)

    def pair(self) -> tuple[int, int] | None:
        """(left, right) to show, or None when there is nothing to compare."""
        selected = self.selected
        if selected is None:
            return None
        left = self.left_for(selected)
        if left is None:
            return None
        if left != selected:
            return (selected, left) if self._reads_backwards(left, selected) else (left, selected)
        return self.facing if self.facing is not None and self.facing[0] == selected else None

    def marked(self) -> set[int]:
        """What the list marks ◆ besides the bases of stories: flat, the base; grouped, the
        document the selection is compared with (on the left, unless time order put it on
        the right) and the pinned document."""
        if self.stories is None:
            return set() if self.base is None else {self.base}
        pair, selected = self.pair(), self.selected
        beside = None if pair is None or selected is None else self.left_for(selected)
        marks = set() if beside is None else {beside}
        if self.pinned is not None:
            marks.add(self.pinned.doc)
        return marks

    def applies(self, pin: Pin, doc: int) -> bool:
        """Whether ``pin`` holds the left side for ``doc``."""
        stories = self.stories
        return stories is not None and (pin.story is None or pin.story == stories.story_of(doc))

    # --- changes ---------------------------------------------------------------------------
    def forget(self) -> None:
        """Another folder: nothing is based, pinned or selected."""
        self.base = self.pinned = self.selected = self.facing = self.chain = None
        self.stories, self.user_base = None, False

    def set_stories(self, stories: StoryMap | None) -> None:
        """Group by ``stories`` (again, after a story's base changed), or go back to the flat
        list (None), where the document on the left becomes the base."""
        if stories is None and self.stories is not None:
            pair, pin = self.pair(), self.pinned
            if pair is not None:
                self.base = pair[0]
                self.user_base = pin is not None and pin.doc == pair[0]
            self.pinned = self.chain = None
        self.stories = stories

    def select(self, doc: int | None) -> None:
        """The list's selection moved to ``doc`` (None, a group row: the pair stays)."""
        if doc is None:
            return
        self.selected = doc
        if self.facing is not None and self.facing[0] != doc:
            self.facing = None
        if self.pinned is not None and not self.applies(self.pinned, doc):
            self.pinned = None
        if self.chain is not None and (
            self.stories is None or self.stories.story_of(doc) != self.chain
        ):
            self.chain = None

    def set_base(self) -> Outcome:
        """b: put the selected document on the left; the document beside it faces it."""
        doc = self.selected
        if doc is None:
            return Outcome(Change.NOTHING)
        other = self._other_side(doc)
        self.chain = None
        stories = self.stories
        if stories is None:
            if self.base == doc:
                self.user_base = True  # (the first document: now the user's)
                return Outcome(Change.ALREADY, doc)
            old, self.base, self.user_base = self.base, doc, True
            self.facing = (doc, old) if old is not None else None
            return Outcome(Change.BASE, doc)
        released = self.pinned if self.pinned is not None and self.pinned.doc != doc else None
        self.facing = (doc, other) if other is not None else None
        if stories.base_of(doc) != doc:
            self.pinned = None
            return Outcome(Change.REBASE, doc, released)
        if self.pinned == Pin(doc, None):
            return Outcome(Change.ALREADY, doc)
        self.pinned = Pin(doc, None)
        return Outcome(Change.PINNED, doc, released)

    def swap(self) -> Outcome:
        """s: exchange the two sides; the selection stays where it is."""
        pair = self.pair()
        if pair is None or self.selected is None:
            return Outcome(Change.NOTHING)
        left, right = pair
        selected, stories = self.selected, self.stories
        if self.chain is not None and selected == right:  # as a version s'd against its base
            self.chain, self.facing = None, (right, left)
            return Outcome(Change.REBASE, right)
        if stories is not None and right == self.left_for(selected) != selected:
            # Time order put the selection's base on the right: s pins it on the left.
            self.pinned = Pin(right, stories.story_of(selected))
            return Outcome(Change.PINNED, right)
        released = None
        if self.pinned is not None and self.pinned.doc == left:  # the swap replaces it
            released, self.pinned = self.pinned, None
        if selected == right:  # the usual case: the selected document goes to the left
            self.facing = (right, left)
            if stories is None:
                self.base, self.user_base = right, True
                return Outcome(Change.BASE, right)
            if stories.base_of(right) == left:  # its story's base: it takes its place
                return Outcome(Change.REBASE, right, released)
            return Outcome(Change.SWAPPED, right, released)
        # The selected document is on the left, facing ``right``: that one goes to the left.
        self.facing = None
        if stories is None:
            self.base, self.user_base = right, True
            return Outcome(Change.BASE, right)
        if self._usual_left(selected, self.pinned) == right:
            return Outcome(Change.SWAPPED, right, released)
        same_story = stories.story_of(right) == stories.story_of(selected)
        if same_story and stories.base_of(selected) == selected:
            return Outcome(Change.REBASE, right, released)
        self.pinned = Pin(right, stories.story_of(selected))
        return Outcome(Change.PINNED, right, released)

    def pin(self, doc: int, beside: int | None = None) -> None:
        """Hold ``doc`` on the left: beside ``beside`` (which becomes the selection) and the
        rest of its story, or with ``beside`` None for every story. Flat: ``doc`` becomes the
        base."""
        if beside is not None:
            self.selected, self.facing = beside, None
        self.chain = None
        if self.stories is None:
            self.base, self.user_base = doc, True
            return
        if beside is None:
            self.pinned = Pin(doc, None)
            return
        self.pinned = None
        if self.pair() != (doc, beside):  # the usual rule (time order too) shows another
            self.pinned = Pin(doc, self.stories.story_of(beside))

    def unpin(self) -> Pin | None:
        """Release the pin (returned, None if there was none); the pinned document, if it is
        selected, goes back beside its usual left side."""
        pin, self.pinned = self.pinned, None
        if pin is not None and self.facing is not None and self.facing[0] == pin.doc:
            self.facing = None
        return pin

    def chain_back(self, left: int, selected: int) -> bool:
        """Take up the chain again at ``selected`` facing ``left`` (a step of it kept over
        a restart or a reload), when ``left`` is the version before it in time order;
        whether it was."""
        stories = self.stories
        if stories is None or stories.story_of(left) != stories.story_of(selected):
            return False
        if stories.previous(selected) != left:
            return False
        self.chain, self.facing, self.pinned = stories.story_of(selected), None, None
        self.selected = selected
        return True

    def end_chain(self) -> bool:
        """Shift+B with a chain on: versions face their story's base again. Whether one was."""
        was, self.chain = self.chain is not None, None
        return was

    def step_chain(self, direction: int) -> int | None:
        """V (-1) / Shift+V (+1): compare versions with the one before them in time order.

        V shows the selected version against the one before it and, pressed again, moves
        one step back (the previous version against the one before it); Shift+V moves one
        step forward (the next version against the selected one). Returns the document to
        select, or None when the chain ends there (or nothing is grouped and selected).
        """
        doc, stories = self.selected, self.stories
        if doc is None or stories is None:
            return None
        chain = stories.chain(doc)
        at = chain.index(doc)
        on = self.chain == stories.story_of(doc) and self.facing is None and at > 0
        target = at - 1 if direction < 0 and on else at if direction < 0 else at + 1
        if not 1 <= target < len(chain):
            return None
        self.chain, self.facing, self.pinned = stories.story_of(doc), None, None
        self.selected = chain[target]
        return chain[target]

    def _other_side(self, doc: int) -> int | None:
        """The document shown beside ``doc`` now, if ``doc`` is on screen."""
        pair = self.pair()
        if pair is None or doc not in pair:
            return None
        return pair[1] if pair[0] == doc else pair[0]
