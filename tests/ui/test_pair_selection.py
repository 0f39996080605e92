"""The rules of PairSelection as a table: keys pressed -> the pair on screen.

A corpus of two events: event 1 holds story A (0 the base, 1, 2), story B (3 the base, 4)
and story C (5); event 2 holds story D (6 the base, 7) and story F (8). In the ``dated`` copy
story A's versions are dated: 1 (the oldest), 0 (its base), 2; story B's are not. Every step
of every row also checks the rules that always hold: b and s never move the selection; the
document the selection is compared with is marked ◆; grouped and unpinned, out of the chain,
that document is its story's base when it is in the selection's story (what the story panel
calls base).
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
    dates: dict[int, str] = field(default_factory=dict)
    chosen: frozenset[str] = frozenset()  # stories whose base the user chose
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

    def chain(self, doc: int) -> tuple[int, ...]:
        docs = self.stories[self._name(doc)]
        dated = sorted((d for d in docs if d in self.dates), key=lambda d: self.dates[d])
        return (*dated, *(d for d in docs if d not in self.dates))

    def previous(self, doc: int) -> int | None:
        chain = self.chain(doc)
        at = chain.index(doc)
        return chain[at - 1] if at else None

    def base_chosen(self, doc: int) -> bool:
        return self._name(doc) in self.chosen

    def earlier(self, a: int, b: int) -> bool:
        return a in self.dates and b in self.dates and self.dates[a] < self.dates[b]

    def with_base(self, doc: int) -> Stories:
        name = self._name(doc)
        docs = [doc, *(d for d in self.stories[name] if d != doc)]
        return Stories({**self.stories, name: docs}, self.events, self.dates, self.chosen | {name})

    def bases(self) -> set[int]:
        """What the list marks ◆ by itself: the base of every story of two or more."""
        return {docs[0] for docs in self.stories.values() if len(docs) > 1}


CORPUS = Stories(
    {"A": [0, 1, 2], "B": [3, 4], "C": [5], "D": [6, 7], "F": [8]},
    [["A", "B", "C"], ["D", "F"]],
)
DATED = Stories(CORPUS.stories, CORPUS.events, {1: "2021-07-24", 0: "2021-07-25", 2: "2021-07-26"})


def run(steps: list[str]) -> tuple[PairSelection, Stories | None, list[Change]]:
    """Play ``steps`` from a fresh open of the corpus (grouped unless the first is "flat")."""
    selection = PairSelection()
    selection.base = 0  # as a load leaves it: the first document is the base
    first = steps[:1]
    stories: Stories | None = {"flat": None, "dated": DATED}.get(steps[0], CORPUS)
    selection.set_stories(stories)
    changes: list[Change] = []
    for step in steps[1:] if first in (["flat"], ["dated"]) else steps:
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
        elif op in ("prev", "next"):  # V, Shift+V: the list then selects the document
            doc = selection.step_chain(-1 if op == "prev" else +1)
            if doc is not None:
                selection.select(doc)
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
    assert selection.selected is not None
    beside = selection.left_for(selection.selected)
    assert beside in pair and beside in marks(selection, stories), "what is compared is not ◆"
    if beside != selection.selected:
        assert (left, right) in ((beside, selection.selected), (selection.selected, beside))
    unpinned = stories is not None and selection.pinned is None and selection.chain is None
    if unpinned and stories is not None and stories.story_of(left) == stories.story_of(right):
        assert stories.base_of(beside) == beside, "the story panel would call another base"


# (what the user sees, steps, the pair on screen after them, other expectations)
RULES: list[tuple[str, list[str], tuple[int, int] | None, dict[str, Any]]] = [
    ("flat: the base is on the left", ["flat", "select 2"], (0, 2), {"user_base": False}),
    ("flat: the base itself has nothing beside it", ["flat", "select 0"], None, {}),
    ("flat: b on the base says so", ["flat", "select 0", "b"], None,
     {"changes": ["already"], "user_base": True}),
    ("flat: b makes the selection the base, the old base faces it",
     ["flat", "select 2", "b"], (2, 0), {"marked": {2}, "unmarked": {0}, "user_base": True}),
    ("flat: after b the next document is compared with the new base",
     ["flat", "select 2", "b", "select 1"], (2, 1), {}),
    ("flat: s swaps the sides, the selection stays",
     ["flat", "select 2", "s"], (2, 0), {"user_base": True}),
    ("flat: s twice is back where it was", ["flat", "select 2", "s", "s"], (0, 2), {}),
    ("flat: a pair from the heat map makes its left the base",
     ["flat", "pin 3 1"], (3, 1), {"marked": {3}, "user_base": True}),
    # A flat pair kept by a reload is pinned once grouped only when its base is the user's:
    # the first document came back pinned beside a version of another story (fuzzing).
    ("flat again: the pair's left side is the base, the user's when pinned",
     ["pin 5 1", "ungroup"], (5, 1), {"user_base": True}),
    ("flat again: the base of the pair's story is the base, not the user's",
     ["select 4", "ungroup"], (3, 4), {"user_base": False}),
    ("another folder: no base is the user's", ["flat", "select 2", "b", "forget"], None,
     {"user_base": False}),
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
    # Issue 12: time order.
    ("time order: an older version is on the left of its story's base",
     ["dated", "select 1"], (1, 0), {"marked": {0}, "unmarked": {1}}),
    ("time order: a later version is on the right of its base", ["dated", "select 2"], (0, 2), {}),
    ("time order: undated versions keep their base on the left", ["dated", "select 4"], (3, 4), {}),
    ("time order: a pair asked for with its base on the left pins it (the story view)",
     ["dated", "pin 0 1"], (0, 1), {"pin": Pin(0, 0)}),
    ("time order: asking for the pair it shows pins nothing", ["dated", "select 2", "pin 0 2"],
     (0, 2), {"pin": None}),
    ("time order: s pins the base on the left for the story",
     ["dated", "select 1", "s"], (0, 1), {"changes": ["pinned"], "pin": Pin(0, 0)}),
    ("time order: Shift+B after s: the older one on the left again",
     ["dated", "select 1", "s", "unpin"], (1, 0), {"pin": None}),
    ("time order: a base the user chose stays on the left",
     ["dated", "select 2", "b", "select 1"], (2, 1), {"changes": ["rebase"]}),
    ("time order: b on the older version makes it the base",
     ["dated", "select 1", "b", "select 2"], (1, 2), {"changes": ["rebase"]}),
    ("V: the selected version against the one before it",
     ["dated", "select 2", "prev"], (0, 2), {"selected": 2}),
    ("V again: one step back along the chain",
     ["dated", "select 2", "prev", "prev"], (1, 0), {"selected": 0, "marked": {1}}),
    ("V on the oldest version: the chain ends there",
     ["dated", "select 2", "prev", "prev", "prev"], (1, 0), {"selected": 0}),
    ("Shift+V: the next version against the selected one",
     ["dated", "select 1", "next"], (1, 0), {"selected": 0}),
    ("Shift+V again: one step forward", ["dated", "select 1", "next", "next"], (0, 2), {}),
    ("Shift+V on the newest version: the chain ends there",
     ["dated", "select 1", "next", "next", "next"], (0, 2), {"selected": 2}),
    ("the chain holds while the selection stays in the story",
     ["dated", "select 2", "prev", "select 0"], (1, 0), {}),
    ("the chain ends when the selection leaves the story",
     ["dated", "select 2", "prev", "select 4", "select 2"], (0, 2), {}),
    ("s in the chain: the selected version goes left as its story's base",
     ["dated", "select 2", "prev", "s"], (2, 0), {"changes": ["rebase"], "unmarked": {0}}),
    ("s in the chain on the base itself: it goes left, the older version faces it",
     ["dated", "select 0", "next", "next", "prev", "s"], (0, 1), {"changes": ["rebase"]}),
    ("b in the chain ends it", ["dated", "select 0", "prev", "b", "select 2"], (0, 2), {}),
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
    if "user_base" in more:
        assert selection.user_base is more["user_base"]
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


def test_the_chain_claims_no_time_order_for_versions_of_one_date() -> None:
    """Three revisions dated by their dateline's day alone read "Version 2 of 3 in time
    order": 15:20 before 11:30."""
    from pathlib import Path
    from types import SimpleNamespace

    from wirediff.core.document import Document
    from wirediff.ui.session.chain import chain_message

    def doc(name: str, day: str) -> Document:
        return Document(Path(name), "Text.", name, date=day, date_source="document")

    documents = [
        doc("a.txt", "2026-03-14T09:30:00"),
        doc("b.txt", "2026-03-14"),
        doc("c.txt", "2026-03-15"),
    ]
    stories = SimpleNamespace(chain=lambda _doc: (0, 1, 2), previous={1: 0, 2: 1}.get)
    selection = SimpleNamespace(selected=1, stories=stories)
    said = chain_message(selection, documents, 1, -1)  # type: ignore[arg-type]
    assert "in the list's order (same date: which came first is not known)" in said
    assert "Version 3 of 3 in time order" in chain_message(selection, documents, 2, 1)  # type: ignore[arg-type]
    # (captures of one date their files' times order: in time order — two captures of one
    # page, 11:30 on the 5th and 08:00 on the 6th, "same date: which came first is not
    # known", a fact-checker's walkthrough)
    documents = [
        Document(Path(n), "Text.", n, date="2026-12-05", date_source="document", captured=c)
        for n, c in (("a.html", "2026-12-05T11:30:00"), ("b.html", "2026-12-06T08:00:00"))
    ]
    stories = SimpleNamespace(chain=lambda _doc: (0, 1), previous={1: 0}.get)
    selection = SimpleNamespace(selected=1, stories=stories)
    assert "Version 2 of 2 in time order" in chain_message(selection, documents, 1, 1)  # type: ignore[arg-type]


def test_the_chain_says_the_names_order_undated_revisions_they_number() -> None:
    """rev05 of a numbered chain, v pressed: the banner said "Trimmed copy of
    heap_rev04.txt, which came first by the numbers in their names", the status line
    "Version 5 of 22 in the list's order (undated: which came first is not known)" (a
    revision researcher's walkthrough). Unnumbered undated versions still say the list's
    order."""
    from pathlib import Path
    from types import SimpleNamespace

    from wirediff.core.document import Document
    from wirediff.ui.session.chain import chain_message

    documents = [Document(Path(f"heap_rev{n:02}.txt"), "Text.", "Heap") for n in (3, 4, 5)]
    stories = SimpleNamespace(chain=lambda _doc: (0, 1, 2), previous={1: 0, 2: 1}.get)
    selection = SimpleNamespace(selected=2, stories=stories)
    said = chain_message(selection, documents, 2, -1)  # type: ignore[arg-type]
    assert said.startswith("Version 3 of 3 by the numbers in their names: against")
    documents = [Document(Path(n), "Text.", "Heap") for n in ("a.txt", "b.txt", "c.txt")]
    said = chain_message(selection, documents, 2, -1)  # type: ignore[arg-type]
    assert "Version 3 of 3 in the list's order (undated: which came first is not known)" in said


def test_a_date_without_a_time_is_not_midnight_of_its_day() -> None:
    """A wire dated "2026-02-02" read as older than the release of 2026-02-02 13:50 it was
    written from: the pair showed the wire on the left, its numbers backwards against the
    story panel's. Found by a tester."""
    from pathlib import Path

    from wirediff.core.chronology import earlier
    from wirediff.core.document import Document

    def dated(when: str) -> Document:
        return Document(Path("x.txt"), "Text.", "x", date=when, date_source="document")

    day, timed = dated("2026-02-02"), dated("2026-02-02T13:50:00+00:00")
    assert not earlier(day, timed) and not earlier(timed, day)  # the same day: unknown
    assert earlier(dated("2026-02-01"), timed) and earlier(
        dated("2026-02-02T09:00:00+00:00"), timed
    )


def test_the_chain_says_a_revision_putting_back_an_earlier_ones_text_is_a_revert() -> None:
    """A vandal's revision reverted read "Copy of …15-45.txt, 5 words differ" and nothing
    said it was the 13:20 revision again, in the app as in the chain report (a Wikipedia
    editor's walkthrough)."""
    from pathlib import Path
    from types import SimpleNamespace

    from wirediff.core.document import Document
    from wirediff.ui.session.chain import chain_message

    good, bad = "Sixteen wagons left the track.", "Sixteen wagons left the track, asleep."
    documents = [
        Document(Path(f"rev_{t}.txt"), text, "t", date=f"2026-12-01T{t[:2]}:{t[2:]}:00")
        for t, text in (("1320", good), ("1545", bad), ("1552", good))
    ]
    stories = SimpleNamespace(chain=lambda _doc: (0, 1, 2), previous={1: 0, 2: 1}.get)
    selection = SimpleNamespace(selected=2, stories=stories)
    said = chain_message(selection, documents, 2, 1)  # type: ignore[arg-type]
    assert said == (
        "Version 3 of 3 in time order: against the one before it, identical to the "
        "2026-12-01 13:20 version: a revert — press v to go back, Shift+V forward"
    )
    # (the key back is lowercase v: "V back" read as Shift+V, the key forward)
    assert "V back" not in said
    assert "revert" not in chain_message(selection, documents, 1, -1)  # type: ignore[arg-type]
