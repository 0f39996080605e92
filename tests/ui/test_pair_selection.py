"""The rules of PairSelection as a table: keys pressed -> the pair on screen.

A corpus of two events: event 1 holds story A (0 the base, 1, 2), story B (3 the base, 4)
and story C (5); event 2 holds story D (6 the base, 7) and story F (8). Every step of every
row also checks the rules that always hold: b and s never move the selection; the left side
is marked ◆; grouped and unpinned, a left side in the right side's story is its story's base
(what the story panel calls base).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pytest

from wirediff.ui.session.selection import Change, PairSelection, Pin


@dataclass
class Stories:
    """A StoryMap: each story's documents (its base first) and each event's stories."""

    stories: dict[str, list[int]]
    events: list[list[str]]
    _names: list[str] = field(init=False)

    def __post_init__(self) -> None:
        self._names = list(self.stories)

    def _name(self, doc: int) -> str:
        return next(name for name, docs in self.stories.items() if doc in docs)

    def story_of(self, doc: int) -> int:
        return self._names.index(self._name(doc))

    def base_of(self, doc: int) -> int:
        return self.stories[self._name(doc)][0]

    def event_base_of(self, doc: int) -> int:
        event = next(e for e in self.events if self._name(doc) in e)
        return self.stories[event[0]][0]

    def with_base(self, doc: int) -> Stories:
        name = self._name(doc)
        docs = [doc, *(d for d in self.stories[name] if d != doc)]
        return Stories({**self.stories, name: docs}, self.events)

    def bases(self) -> set[int]:
        """What the list marks ◆ by itself: the base of every story of two or more."""
        return {docs[0] for docs in self.stories.values() if len(docs) > 1}


CORPUS = Stories(
    {"A": [0, 1, 2], "B": [3, 4], "C": [5], "D": [6, 7], "F": [8]},
    [["A", "B", "C"], ["D", "F"]],
)


def run(steps: list[str]) -> tuple[PairSelection, Stories | None, list[Change]]:
    """Play ``steps`` from a fresh open of the corpus (grouped unless the first is "flat")."""
    selection = PairSelection()
    selection.base = 0  # as a load leaves it: the first document is the base
    stories: Stories | None = None if steps[:1] == ["flat"] else CORPUS
    selection.set_stories(stories)
    changes: list[Change] = []
    for step in steps[1:] if stories is None else steps:
        op, *args = step.split()
        before = selection.selected
        if op == "select":
            selection.select(int(args[0]))
        elif op in ("b", "s"):
            outcome = selection.set_base() if op == "b" else selection.swap()
            changes.append(outcome.change)
            if outcome.change is Change.REBASE:  # the session re-bases the story index
                assert stories is not None and outcome.doc is not None
                stories = stories.with_base(outcome.doc)
                selection.set_stories(stories)
            assert selection.selected == before, f"{op} moved the selection"
        elif op == "pin":
            selection.pin(int(args[0]), int(args[1]) if len(args) > 1 else None)
        elif op == "unpin":
            selection.unpin()
        elif op == "ungroup":
            stories = None
            selection.set_stories(None)
        elif op == "group":
            stories = CORPUS
            selection.set_stories(stories)
        elif op == "forget":
            selection.forget()
        else:
            raise AssertionError(f"unknown step {step}")
        check_invariants(selection, stories)
    return selection, stories, changes


def marks(selection: PairSelection, stories: Stories | None) -> set[int]:
    return (stories.bases() if stories is not None else set()) | selection.marked()


def check_invariants(selection: PairSelection, stories: Stories | None) -> None:
    pair = selection.pair()
    if pair is None:
        return
    left, right = pair
    assert left != right
    assert left in marks(selection, stories), "the left side is not marked ◆"
    unpinned = stories is not None and selection.pinned is None
    if unpinned and stories is not None and stories.story_of(left) == stories.story_of(right):
        assert stories.base_of(left) == left, "the story panel would call another base"


# (what the user sees, steps, the pair on screen after them, other expectations)
RULES: list[tuple[str, list[str], tuple[int, int] | None, dict[str, Any]]] = [
    ("flat: the base is on the left", ["flat", "select 2"], (0, 2), {}),
    ("flat: the base itself has nothing beside it", ["flat", "select 0"], None, {}),
    ("flat: b on the base says so", ["flat", "select 0", "b"], None, {"changes": ["already"]}),
    ("flat: b makes the selection the base, the old base faces it",
     ["flat", "select 2", "b"], (2, 0), {"marked": {2}, "unmarked": {0}}),
    ("flat: after b the next document is compared with the new base",
     ["flat", "select 2", "b", "select 1"], (2, 1), {}),
    ("flat: s swaps the sides, the selection stays", ["flat", "select 2", "s"], (2, 0), {}),
    ("flat: s twice is back where it was", ["flat", "select 2", "s", "s"], (0, 2), {}),
    ("flat: a pair from the heat map makes its left the base",
     ["flat", "pin 3 1"], (3, 1), {"marked": {3}}),
    ("grouped: a version beside its story's base", ["select 1"], (0, 1), {}),
    ("grouped: a story's base beside its event's first base", ["select 3"], (0, 3), {}),
    ("grouped: a lone report beside its event's first base", ["select 5"], (0, 5), {}),
    ("grouped: the first story's base has nothing beside it", ["select 0"], None, {}),
    ("grouped: a version of another event beside its own base", ["select 7"], (6, 7), {}),
    # Issue 9, first failure: b on a version of story A kept it on the left for story B.
    ("b on a version makes it its story's base: B's version keeps B's base",
     ["select 1", "b", "select 4"], (3, 4), {"changes": ["rebase"], "pin": None}),
    ("b on a version makes it its story's base: another event keeps its base",
     ["select 1", "b", "select 7"], (6, 7), {"pin": None}),
    ("b on a version: its story's other versions are compared with it",
     ["select 1", "b", "select 2"], (1, 2), {"marked": set(), "unmarked": {0}}),
    # Issue 9, second failure: b moved the selection to the old base.
    ("b keeps the selection; the old base faces the new one",
     ["select 1", "b"], (1, 0), {"selected": 1, "unmarked": {0}}),
    # Issue 9, third failure: after s, ◆ and the story panel marked the right side.
    ("s on a version: it becomes its story's base, ◆ and the panel follow it",
     ["select 1", "s"], (1, 0), {"changes": ["rebase"], "selected": 1, "unmarked": {0}}),
    ("s on a version, then the next version: compared with the new base",
     ["select 1", "s", "select 2"], (1, 2), {}),
    ("s with the new base selected swaps back (re-basing the story again)",
     ["select 1", "b", "s"], (0, 1), {"changes": ["rebase", "rebase"], "unmarked": {1}}),
    ("s on independent reports: the selected one goes left, no base changes",
     ["select 3", "s"], (3, 0), {"changes": ["swapped"], "pin": None}),
    ("s twice on independent reports is back where it was",
     ["select 3", "s", "s"], (0, 3), {"changes": ["swapped", "swapped"]}),
    ("b on a story's base pins it for every story",
     ["select 3", "b", "select 7"], (3, 7), {"changes": ["pinned"], "pin": Pin(3, None)}),
    ("b on a story's base: what was on the left faces it",
     ["select 3", "b"], (3, 0), {"pin": Pin(3, None), "marked": {3}}),
    ("b on the pinned document again says so",
     ["select 3", "b", "b"], (3, 0), {"changes": ["pinned", "already"]}),
    ("Shift+B releases the pin", ["select 3", "b", "unpin", "select 7"], (6, 7), {"pin": None}),
    ("Shift+B on the pinned document puts it back beside its usual left side",
     ["select 3", "b", "unpin"], (0, 3), {"pin": None}),
    ("a version with a pin elsewhere: b makes it its story's base and releases the pin",
     ["select 3", "b", "select 1", "b", "select 4"], (3, 4), {"pin": None}),
    ("a pair from the heat map pins its left side for that story",
     ["pin 5 1"], (5, 1), {"pin": Pin(5, 0), "marked": {5}}),
    ("the pin holds for the rest of that story", ["pin 5 1", "select 2"], (5, 2), {}),
    ("the pin ends when the selection leaves the story",
     ["pin 5 1", "select 4"], (3, 4), {"pin": None}),
    ("the pin is not renewed by coming back", ["pin 5 1", "select 4", "select 1"], (0, 1), {}),
    ("a pair the usual rule shows needs no pin", ["pin 0 1"], (0, 1), {"pin": None}),
    ("s on a pinned pair releases the pin", ["pin 5 1", "s", "select 2"], (0, 2), {"pin": None}),
    ("grouping off: the left side on screen becomes the base",
     ["select 4", "ungroup", "select 1"], (3, 1), {"marked": {3}}),
    ("grouping off drops the pin", ["pin 5 1", "ungroup"], (5, 1), {"pin": None}),
    ("grouping on again: story bases again", ["select 4", "ungroup", "group", "select 1"],
     (0, 1), {}),
    ("another folder: nothing selected", ["select 1", "forget"], None, {"pin": None}),
]  # fmt: skip


@pytest.mark.parametrize(("rule", "steps", "pair", "more"), RULES, ids=[r[0] for r in RULES])
def test_rule(rule: str, steps: list[str], pair: tuple[int, int] | None, more: dict[str, Any]):
    selection, stories, changes = run(steps)
    assert selection.pair() == pair
    if "changes" in more:
        assert [c.value for c in changes] == more["changes"]
    if "pin" in more:
        assert selection.pinned == more["pin"]
    if "selected" in more:
        assert selection.selected == more["selected"]
    shown = marks(selection, stories)
    assert more.get("marked", set()) <= shown
    assert not more.get("unmarked", set()) & shown


def test_left_for_is_pure() -> None:
    selection, _stories, _changes = run(["pin 5 1"])
    state = (selection.base, selection.pinned, selection.selected, selection.facing)
    for doc in range(9):  # asking about any document changes nothing, pins included
        selection.left_for(doc)
    assert (selection.base, selection.pinned, selection.selected, selection.facing) == state
    assert selection.left_for(4) == 3 and selection.left_for(2) == 5


def test_b_and_s_with_nothing_selected_do_nothing() -> None:
    selection = PairSelection()
    selection.set_stories(CORPUS)
    assert selection.set_base().change is Change.NOTHING
    assert selection.swap().change is Change.NOTHING
    assert selection.pair() is None
