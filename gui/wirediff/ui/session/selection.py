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

4. A pair opened from elsewhere (the heat map, two files given, a reload) selects its right
   document and, when the usual rule would put another document beside it, pins its left
   document for that story (``pin``).

Changing a story's base is the caller's job (the story index is not owned here): ``set_base``
and ``swap`` say so by returning ``Change.REBASE``; the caller then gives the re-based stories
to ``set_stories``.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Protocol

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


class IndexStories:
    """A ``StoryIndex`` seen as a ``StoryMap``."""

    __slots__ = ("index",)

    def __init__(self, index: StoryIndex) -> None:
        self.index = index

    def story_of(self, doc: int) -> int:
        return self.index.story_of(doc).id

    def base_of(self, doc: int) -> int:
        return self.index.story_of(doc).base

    def event_base_of(self, doc: int) -> int:
        index = self.index
        first = index.events[index.story_of(doc).event].stories[0]
        return index.stories[first].base


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
        self.stories: StoryMap | None = None  # set while the list is grouped
        self.pinned: Pin | None = None
        self.selected: int | None = None  # the document selected in the list
        # (left, right): ``right`` stays beside ``left`` while ``left`` itself is selected.
        self.facing: tuple[int, int] | None = None

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
        return self._usual_left(selected, self.pinned)

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
            return left, selected
        return self.facing if self.facing is not None and self.facing[0] == selected else None

    def marked(self) -> set[int]:
        """What the list marks ◆ besides the bases of stories: flat, the base; grouped, the
        left side on screen and the pinned document."""
        if self.stories is None:
            return set() if self.base is None else {self.base}
        pair = self.pair()
        marks = set() if pair is None else {pair[0]}
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
        self.base = self.pinned = self.selected = self.facing = None
        self.stories = None

    def set_stories(self, stories: StoryMap | None) -> None:
        """Group by ``stories`` (again, after a story's base changed), or go back to the flat
        list (None), where the document on the left becomes the base."""
        if stories is None and self.stories is not None:
            pair = self.pair()
            if pair is not None:
                self.base = pair[0]
            self.pinned = None
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

    def set_base(self) -> Outcome:
        """b: put the selected document on the left; the document beside it faces it."""
        doc = self.selected
        if doc is None:
            return Outcome(Change.NOTHING)
        other = self._other_side(doc)
        stories = self.stories
        if stories is None:
            if self.base == doc:
                return Outcome(Change.ALREADY, doc)
            old, self.base = self.base, doc
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
        released = None
        if self.pinned is not None and self.pinned.doc == left:  # the swap replaces it
            released, self.pinned = self.pinned, None
        if selected == right:  # the usual case: the selected document goes to the left
            self.facing = (right, left)
            if stories is None:
                self.base = right
                return Outcome(Change.BASE, right)
            if stories.base_of(right) == left:  # its story's base: it takes its place
                return Outcome(Change.REBASE, right, released)
            return Outcome(Change.SWAPPED, right, released)
        # The selected document is on the left, facing ``right``: that one goes to the left.
        self.facing = None
        if stories is None:
            self.base = right
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
        if self.stories is None:
            self.base = doc
            return
        if beside is None:
            self.pinned = Pin(doc, None)
        elif self._usual_left(beside, None) == doc:
            self.pinned = None  # the usual rule shows this pair: nothing to hold
        else:
            self.pinned = Pin(doc, self.stories.story_of(beside))

    def unpin(self) -> Pin | None:
        """Release the pin (returned, None if there was none); the pinned document, if it is
        selected, goes back beside its usual left side."""
        pin, self.pinned = self.pinned, None
        if pin is not None and self.facing is not None and self.facing[0] == pin.doc:
            self.facing = None
        return pin

    def _other_side(self, doc: int) -> int | None:
        """The document shown beside ``doc`` now, if ``doc`` is on screen."""
        pair = self.pair()
        if pair is None or doc not in pair:
            return None
        return pair[1] if pair[0] == doc else pair[0]
