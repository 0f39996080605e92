"""Stories in the app: the grouped list, story keys, heat map, banner, base override, staleness."""

from __future__ import annotations

import shutil
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtGui import QTextDocument

from tests.ui.helpers import WAIT_MS, key, open_and_wait, pair, settle, tree
from wirediff.core.compare import compare
from wirediff.core.stories import (
    Cancelled,
    PairScore,
    Relation,
    describe,
    group_automatically,
)
from wirediff.ui.doclist.columns import SIMILARITY, TITLE
from wirediff.ui.doclist.fitting import MIN_TITLE_BESIDE_LEVEL
from wirediff.ui.panels.banner import relation_text
from wirediff.ui.session import stories
from wirediff.ui.shell.window import MainWindow

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def test_sample_groups_into_one_event_with_one_story_of_two(
    qtbot, window: MainWindow, sample_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    open_and_wait(qtbot, window, [sample_dir])
    assert window.index is not None and window.grouped()
    shape = tree(window)
    assert len(shape) == 1, "one event"
    event_title, stories = shape[0]  # type: ignore[misc]
    assert str(event_title).startswith("US set to formalize")
    assert stories[0][1] == [0, 1]  # the Reuters story, 000 (its base) first
    assert stories[1:] == [2, 3, 4]  # three independent reports, each a story of one
    marks = window.doc_list.cells.marks()
    assert marks[0] == "◆" and marks[1] == ""
    assert [marks[d] for d in (2, 3, 4)] == ["", "", ""]
    model = window.doc_list.proxy
    event = model.index(0, 0)
    assert model.index(0, 0).data().startswith("Event · 4 stories, 5 documents — US set")
    assert model.index(0, 0, event).data().startswith("Story · 2 versions — US set")
    assert window.doc_list.view.isFirstColumnSpanned(0, QModelIndex())
    header = window.doc_list.view.header()
    # widths survive the regrouping: the title as wide as the others leave it, more than
    # its floor beside the level (the sample's 2021 date with its year takes some of it)
    floor = window.doc_list.view.fontMetrics().horizontalAdvance(MIN_TITLE_BESIDE_LEVEL)
    assert header.sectionSize(TITLE) > floor + 14
    assert pair(window) == ("000", "001")
    banner = window.banner  # how 001 was made from Reuters' text (one more diff, measured)
    qtbot.waitUntil(lambda: banner.text() == describe(window.index, 0, 1), timeout=WAIT_MS)
    assert banner.isVisible() and banner.text().startswith("Rewrite of Reuters' story")


def test_version_stats_of_the_story_on_screen(qtbot, window: MainWindow, sample_dir: Path) -> None:  # type: ignore[no-untyped-def]
    """One similarity figure per pair: the story panel counts each version as the pair view
    compares it, and the list and the changes panel show the same number."""
    open_and_wait(qtbot, window, [sample_dir])
    qtbot.waitUntil(
        lambda: 1 in window.changes.story.rows and "…" not in window.changes.story.rows[1],
        timeout=WAIT_MS,
    )
    docs = window.documents
    expected = compare(docs[0].text, docs[1].text, window.session.options).stats
    _name, kept, added, cut, similarity = window.changes.story.rows[1]
    assert kept == f"{expected.left_in_right:.0%}" and similarity == f"{expected.similarity:.0%}"
    assert added == f"+{expected.words_added:,}" and cut == f"−{expected.words_deleted:,}"
    assert window.changes.story.rows[0][0].startswith("◆") and window.changes.story.isVisible()
    assert window.shown is not None and window.shown.pair == (0, 1)
    assert window.changes.stats["similarity"].text() == similarity
    assert window.doc_list.cells.cell_text(1, SIMILARITY) == similarity  # exact: no ≈
    assert window.changes.stats["left_in_right"].text() == kept
    assert "Similarity" in window.changes.stats["similarity"].toolTip()


def test_next_and_previous_story_keys(qtbot, window: MainWindow, sample_dir: Path) -> None:  # type: ignore[no-untyped-def]
    open_and_wait(qtbot, window, [sample_dir])
    view = window.doc_list.view
    view.setFocus()
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
        qtbot.keyClick(view, Qt.Key.Key_BracketRight)
    assert window.doc_list.selected() == 2 and pair(window) == ("000", "002")
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
        qtbot.keyClick(view, Qt.Key.Key_PageDown, CTRL_SHIFT)
    assert window.doc_list.selected() == 3 and pair(window) == ("000", "003")
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
        qtbot.keyClick(view, Qt.Key.Key_BracketLeft)
    assert window.doc_list.selected() == 2
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
        qtbot.keyClick(view, Qt.Key.Key_PageUp, CTRL_SHIFT)
    assert window.doc_list.selected() == 1 and pair(window) == ("000", "001")
    qtbot.keyClick(view, Qt.Key.Key_PageUp, CTRL_SHIFT)
    assert window.doc_list.selected() == 1 and "No previous story" in window.status_label.text()
    # From the event's row (Home), ] goes to its first story, not on from the pair compared
    # (a desk editor at the list's top was sent far down it).
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
        window.doc_list.select(4)
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert window.doc_list.selected() is None and window.doc_list.event_row_story() == 0
    qtbot.keyClick(view, Qt.Key.Key_BracketLeft)
    assert "No previous story" in window.status_label.text()
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
        qtbot.keyClick(view, Qt.Key.Key_BracketRight)
    assert window.doc_list.selected() == 1 and pair(window) == ("000", "001")


def test_independent_reports_say_so(qtbot, window: MainWindow, sample_dir: Path) -> None:  # type: ignore[no-untyped-def]
    open_and_wait(qtbot, window, [sample_dir])
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
        window.doc_list.select(2)
    assert pair(window) == ("000", "002")
    assert window.banner.isVisible()
    text = window.banner.text()
    assert text.startswith("Independent reports of the same event — ")  # shared text, then:
    assert window.index is not None
    expected = describe(window.index, 0, 2)
    qtbot.waitUntil(lambda: window.banner.text() == expected, timeout=WAIT_MS)
    assert "two newsrooms writing, not one text edited" in expected
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
        window.doc_list.select(1)
    qtbot.waitUntil(lambda: window.banner.text().startswith("Rewrite of Reuters"), timeout=WAIT_MS)


def open_heat_map(qtbot, window: MainWindow):  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.heat_map_shown, timeout=WAIT_MS):
        qtbot.keyClick(window.doc_list.view, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert window.heat_map is not None and window.heat_map.isVisible()
    return window.heat_map.map


def test_heat_map_cell_opened_by_keyboard(qtbot, window: MainWindow, sample_dir: Path) -> None:  # type: ignore[no-untyped-def]
    open_and_wait(qtbot, window, [sample_dir])
    window.doc_list.view.setFocus()
    heat = open_heat_map(qtbot, window)
    assert heat.matrix is not None and heat.matrix.docs == (0, 1, 2, 3, 4)  # the event
    assert heat.hasFocus() and heat.cell_cursor == (0, 1)
    for k in (Qt.Key.Key_Right, Qt.Key.Key_Right, Qt.Key.Key_Down):
        qtbot.keyClick(heat, k)
    assert heat.cell_cursor == (1, 3)
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
        qtbot.keyClick(heat, Qt.Key.Key_Return)
    assert pair(window) == ("001", "003")
    assert window.banner.isVisible() and "Independent reports" in window.banner.text()


def test_heat_map_cell_opened_by_mouse(qtbot, window: MainWindow, sample_dir: Path) -> None:  # type: ignore[no-untyped-def]
    open_and_wait(qtbot, window, [sample_dir])
    heat = open_heat_map(qtbot, window)
    centre = heat.cell_rect(4, 0).center()
    assert heat.cell_at(centre) == (4, 0)
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
        qtbot.mouseClick(heat, Qt.MouseButton.LeftButton, pos=centre)
    assert pair(window) == ("004", "000")
    assert heat.cell_at(QPoint(2, 2)) is None  # the label area is not a cell


def test_base_override_by_key(qtbot, window: MainWindow, sample_dir: Path) -> None:  # type: ignore[no-untyped-def]
    open_and_wait(qtbot, window, [sample_dir])
    view = window.doc_list.view
    view.setFocus()
    assert window.doc_list.selected() == 1
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
        qtbot.keyClick(view, Qt.Key.Key_B)
    settle(qtbot, window)  # the list re-sorted in the background
    marks = window.doc_list.cells.marks()
    assert marks[1] == "◆" and marks[0] == ""
    assert window.index is not None and window.index.stories[0].base == 1
    assert window.index.stories[0].base_overridden
    assert pair(window) == ("001", "000")  # the old base is compared with the new one
    assert tree(window)[0][1][0][1] == [1, 0]  # type: ignore[index]
    assert window.doc_list.selected() == 1  # and the selection stays where b was pressed


def test_hide_boilerplate_compares_clean_texts(qtbot, window: MainWindow, sample_dir: Path) -> None:  # type: ignore[no-untyped-def]
    open_and_wait(qtbot, window, [sample_dir])
    assert window.index is not None
    text = window.documents[0].text  # the base, on the left
    lines = [text[a:b].strip() for a, b in window.index.boilerplate[0]]
    once = [line for line in lines if line and text.count(line) == 1]
    assert "Read more:" in once
    assert "Read more:" in window.diff.left.toPlainText()
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
        qtbot.keyClick(window.doc_list.view, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert window.shown is not None and window.shown.clean
    assert not any(line in window.diff.left.toPlainText() for line in once)
    assert "boilerplate lines hidden" in window.status_label.text()
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
        window.actions_["hide_boilerplate"].setChecked(False)
    assert "Read more:" in window.diff.left.toPlainText()


def test_flat_list_similarity_comes_from_the_index(
    qtbot, window: MainWindow, sample_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    open_and_wait(qtbot, window, [sample_dir])
    window.actions_["group_stories"].setChecked(False)
    settle(qtbot, window)
    assert tree(window) == [0, 1, 2, 3, 4]
    assert window.index is not None
    column = [window.doc_list.cells.cell_text(d, SIMILARITY) for d in range(5)]
    assert column[0] == "base"
    assert column[2] == f"≈{window.index.scores(0, 2).similarity:.0%}"  # an estimate
    assert window.shown is not None and window.shown.pair == (0, 1)
    assert column[1] == window.changes.stats["similarity"].text()  # the pair on screen


def test_reload_drops_stale_clustering(
    qtbot, window: MainWindow, sample_dir: Path, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """A grouping that ignores its cancel flag and finishes late must not be applied."""
    gate, returned = threading.Event(), threading.Event()
    calls: list[int] = []

    def slow_first(documents, options=None, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(len(documents))
        if len(calls) == 1:
            gate.wait(WAIT_MS / 1000)
            grouping = group_automatically(documents, options)  # no should_cancel: finishes
            returned.set()
            return grouping
        return group_automatically(documents, options, **kwargs)

    monkeypatch.setattr(stories, "group_automatically", slow_first)
    with qtbot.waitSignal(window.loaded, timeout=WAIT_MS):
        window.open_paths([sample_dir])
    assert window.progress.isVisible() and window.index is None  # grouping under way
    second = tmp_path / "two"
    second.mkdir()
    for name in sorted(p.name for p in sample_dir.iterdir())[2:4]:
        shutil.copy(sample_dir / name, second / name)
    with qtbot.waitSignal(window.stories_ready, timeout=WAIT_MS):
        window.open_paths([second])
    gate.set()
    qtbot.waitUntil(returned.is_set, timeout=WAIT_MS)
    settle(qtbot, window)
    assert calls == [5, 2]
    assert window.index is not None and len(window.index.documents) == 2
    assert window.index.documents[0] is window.documents[0]
    assert sorted(d for d in window.doc_list.cells.marks()) == [0, 1]


def test_grouping_can_be_cancelled_from_the_status_bar(
    qtbot, window: MainWindow, sample_dir: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    started = threading.Event()

    def until_cancelled(documents, options=None, *, on_progress=None, should_cancel=None):  # type: ignore[no-untyped-def]
        started.set()
        while not should_cancel():
            threading.Event().wait(0.01)
        raise Cancelled("lines")

    monkeypatch.setattr(stories, "group_automatically", until_cancelled)
    open_and_wait(qtbot, window, [sample_dir], settle_down=False)
    qtbot.waitUntil(started.is_set, timeout=WAIT_MS)
    assert window.cancel_button.isVisible()
    qtbot.mouseClick(window.cancel_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert window.index is None and not window.cancel_button.isVisible()
    # F5 is Reload folder, which reads the files changed since (it read every file again,
    # minutes at 20,000 files): said so, where it said "F5 groups it again" (a big-folder
    # walkthrough, finding 10)
    said = window.status_label.text()
    assert said == (
        "Story grouping cancelled: the list stays flat (to group it, F5 reloads the folder, "
        "reading only the files changed since)"
    )
    assert window.actions_["reload"].shortcut().toString() == "F5"
    assert tree(window) == [0, 1, 2, 3, 4]  # the flat list stays, and still works
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
        window.doc_list.select(3)
    assert pair(window) == ("000", "003")


def test_unrelated_documents_are_named_plainly() -> None:
    score = PairScore(Relation.UNRELATED, 0.0, 0.0, 0.0, 0.02)
    assert relation_text(score).startswith("Unrelated documents (different events)")
    assert "share none of their text" in relation_text(score)
    versions = PairScore(Relation.SAME_STORY, 0.4, 0.3, 0.6, 1.0)
    assert relation_text(versions) == "Versions of one story — they share 40% of their text."
    assert relation_text(PairScore(Relation.SAME_DOCUMENT, 1.0, 1.0, 1.0, 1.0)) == ""
    event = PairScore(Relation.SAME_EVENT, 0.021, 0.03, 0.01, 0.3)
    assert "they share 2% of their text" in relation_text(event)


def test_grouping_never_leaves_the_diff_empty(
    qtbot, window: MainWindow, sample_dir: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """Flat, the first pair is Sputnik vs Reuters; grouped, Reuters is a story's base with
    nothing beside it, so the window moves to the story's other version."""
    names = sorted(p.name for p in sample_dir.iterdir())
    for prefix, name in zip("abc", (names[2], names[0], names[1]), strict=True):
        shutil.copy(sample_dir / name, tmp_path / f"{prefix}-{name}")
    open_and_wait(qtbot, window, [tmp_path])
    assert window.grouped()
    assert window.shown is not None and window.diff.comparison is not None
    assert (window.shown.left.name, window.shown.right.name) == (
        f"b-{names[0]}",
        f"c-{names[1]}",
    )


def test_filter_keeps_groups_open_and_spanned(qtbot, window: MainWindow, sample_dir: Path) -> None:  # type: ignore[no-untyped-def]
    open_and_wait(qtbot, window, [sample_dir])
    doc_list = window.doc_list
    qtbot.keyClicks(doc_list.filter, "politico")
    assert doc_list.visible_order() == [3]
    assert tree(window)[0][1] == [3]  # type: ignore[index]  # the event row stays above it
    doc_list.filter.clear()
    event = doc_list.proxy.index(0, 0)
    story = doc_list.proxy.index(0, 0, event)

    def opened() -> bool:
        return doc_list.view.isExpanded(story) and doc_list.view.isFirstColumnSpanned(0, event)

    qtbot.waitUntil(opened, timeout=WAIT_MS)
    doc_list.view.collapse(story)  # the user closes the story; a filter does not reopen it
    qtbot.keyClicks(doc_list.filter, "politico")  # takes the story row out, then back
    doc_list.filter.clear()
    qtbot.wait(50)
    story = doc_list.proxy.index(0, 0, doc_list.proxy.index(0, 0))
    assert not doc_list.view.isExpanded(story)


def test_a_pair_given_on_opening_stays_and_is_named_unrelated(
    qtbot, window: MainWindow, sample_dir: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    other = tmp_path / "recipe.txt"
    other.write_text(
        "Slow-cooked lentil soup\n\nRinse two cups of red lentils, soften an onion and two "
        "carrots in olive oil, add cumin, stock and the lentils, and simmer for forty "
        "minutes before blending half of it.\n",
        encoding="utf-8",
    )
    reuters = sorted(sample_dir.iterdir())[0]
    open_and_wait(qtbot, window, [reuters, other])
    assert window.index is not None and window.grouped()
    assert pair(window) == ("000", "rec")
    assert window.other == 1 and window.diff.comparison is not None  # still on screen
    assert window.banner.isVisible()
    assert window.banner.text().startswith("Unrelated")  # by shared text, then by reuse


def test_the_first_of_two_files_given_is_the_base_of_their_story(
    qtbot, window: MainWindow, sample_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    """``wirediff A B``: A is the base — on the left, and the base of their story in the
    list (◆), the story panel and the banner (the rule's base, Reuters' 000, was marked ◆
    while 001 was pinned on its left)."""
    reuters, copy = sorted(sample_dir.iterdir())[:2]
    open_and_wait(qtbot, window, [copy, reuters])
    index = window.index
    assert index is not None and window.grouped()
    first = next(i for i, d in enumerate(window.documents) if d.path.name == copy.name)
    assert index.story_of(first).base == first
    assert window.base == first and window.other != first
    assert window.session.selection.pinned is None  # the base of the story: no pin to say so
    second = 1 - first
    assert (
        window.doc_list.cells.marks()[first] == "◆" and window.doc_list.cells.marks()[second] == ""
    )
    story = window.changes.story
    qtbot.waitUntil(lambda: story.rows.get(0, ("",))[0].startswith("◆"), timeout=WAIT_MS)
    assert story.rows[0][0].startswith("◆ Asharq Al-Awsat")  # 001
    # b on the other file is the user's choice: it wins, and a reload keeps it
    window.doc_list.select(second)
    settle(qtbot, window)
    key(qtbot, window.doc_list.view, Qt.Key.Key_B)
    qtbot.waitUntil(
        lambda: window.index is not None and window.index.story_of(0).base == second,
        timeout=WAIT_MS,
    )
    window.session.reload()
    qtbot.waitUntil(lambda: window.index is not None and window.index is not index, timeout=WAIT_MS)
    settle(qtbot, window)
    assert window.index is not None and window.index.story_of(first).base == second


def test_heat_map_scored_while_the_base_changes_arrives(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, sample_dir: Path, monkeypatch
) -> None:
    """b while the heat map is scored: the map was dropped (the index had changed) and the
    window said "Scoring 25 pairs…" for ever (found by fuzzing the app). It now scores the
    story again with its new base."""
    from wirediff.core.stories.model import StoryIndex

    gate, scoring = threading.Event(), threading.Event()
    matrix = StoryIndex.matrix

    def slow(self, docs):  # type: ignore[no-untyped-def]
        scoring.set()
        gate.wait(WAIT_MS / 1000)
        return matrix(self, docs)

    monkeypatch.setattr(StoryIndex, "matrix", slow)
    open_and_wait(qtbot, window, [sample_dir])
    index = window.index
    assert index is not None
    reuters = index.stories[0]
    assert len(reuters.versions) == 2
    window.doc_list.select(reuters.versions[1].doc)
    settle(qtbot, window)
    view = window.doc_list.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert scoring.wait(WAIT_MS / 1000)
    qtbot.keyClick(view, Qt.Key.Key_B)  # the selected version becomes its story's base
    assert window.index is not index
    with qtbot.waitSignal(window.heat_map_shown, timeout=WAIT_MS):
        gate.set()
    assert window.heat_map is not None and window.heat_map.map.matrix is not None
    assert window.heat_map.map.matrix.docs[0] == reuters.versions[1].doc  # the new base first
    assert "Scoring" not in window.heat_map.status.text()
    # Another folder opened: the map of the old one goes (its cells were its documents).
    two = sorted(sample_dir.glob("00[12]_*.txt"))
    open_and_wait(qtbot, window, two)
    assert not window.heat_map.isVisible()


def test_the_story_panel_says_when_the_words_could_not_be_counted(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, sample_dir: Path, monkeypatch
) -> None:
    """The panel's title kept "(counting words…)" and every version "counting…" for ever
    when the count failed; the failure was only in the status line."""

    def failing(*_args: object) -> Callable[[object], None]:
        def run(_job: object) -> None:
            raise OSError("the disk went away")

        return run

    monkeypatch.setattr(stories, "story_diffs_job", failing)
    open_and_wait(qtbot, window, [sample_dir])
    panel = window.changes.story
    qtbot.waitUntil(lambda: "not counted" in panel.title.text(), timeout=WAIT_MS)
    assert panel.title.text() == "Story of 2 versions, against the ◆ base (words not counted)"
    assert "the disk went away" in panel.title.toolTip()
    assert [cells[1] for cells in panel.rows.values()] == ["base", "–"]
    assert "the disk went away" in window.status_label.text()


def test_a_group_rows_counts_are_written_as_the_status_line_writes_them(qapp) -> None:  # type: ignore[no-untyped-def]
    """ "Event · 120 stories, 2131 documents" beside "2,798 documents" in the status line."""
    from wirediff.ui.doclist.groups import GROUP_TITLE_ROLE, group_cells, plain_item

    first = plain_item()
    first.setData("Event: Floods", GROUP_TITLE_ROLE)
    (cell, *_rest) = group_cells(first, 1200, "stories", 2131)
    assert cell.text() == "Event · 1,200 stories, 2,131 documents — Floods"


def test_the_grouping_bar_goes_once_from_start_to_end(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """The bar ran to 100% and back at each of the grouping's six steps (a user watching it
    saw it jump backwards); the status line says the step in words."""
    from wirediff.core.stories.synth import generate, write

    write(generate(400, seed=4, stock_phrases=40), tmp_path / "day")
    bars: list[tuple[int, int]] = []
    messages: list[str] = []
    window.session.stories.progress.connect(lambda done, total: bars.append((done, total)))
    window.session.stories.message.connect(messages.append)
    open_and_wait(qtbot, window, [tmp_path / "day"])
    assert bars[0] == (0, 0) and {total for _, total in bars[1:]} == {stories.OVERALL}
    shown = [done for done, _ in bars[1:]]
    assert shown == sorted(shown) and len(set(shown)) > 3, shown
    assert any(m.startswith("Grouping into stories, step ") for m in messages)
    assert stories.overall("lines", 0, 5) == 0 and stories.overall("events", 4, 4) == 1000
    assert stories.overall("rewrites", 1, 2) == 583 and stories.overall("rewrites", 0, 0) == 500


def test_the_story_panel_names_the_files_of_versions_one_outlet_credits(
    qtbot, window: MainWindow, sample_dir: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """Papers that ran Reuters' copy credit Reuters: the panel read "◆ Reuters" and
    "Reuters · copy", which paper was which unsaid."""
    folder = tmp_path / "news"
    folder.mkdir()
    wire = (sample_dir / "000_95eef2de69d379ca.txt").read_text(encoding="utf-8")
    (folder / "wire.txt").write_text(wire, encoding="utf-8")
    (folder / "paper.txt").write_text(wire.replace("Thursday", "Friday"), encoding="utf-8")
    shutil.copy(sample_dir / "002_3458ed2ff60c0bff.txt", folder / "other.txt")
    open_and_wait(qtbot, window, [folder])
    panel = window.changes.story
    qtbot.waitUntil(lambda: len(panel.rows) == 2, timeout=WAIT_MS)
    names = {cells[0].removeprefix("◆ ").split(" · copy")[0] for cells in panel.rows.values()}
    assert names == {"Reuters · paper.txt", "Reuters · wire.txt"}


def test_the_story_panel_says_the_words_a_version_replaced(
    qtbot, window: MainWindow, sample_dir: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """A correction of two figures read "+18 −0": a copy, its changes unsaid."""
    folder = tmp_path / "news"
    folder.mkdir()
    wire = (sample_dir / "000_95eef2de69d379ca.txt").read_text(encoding="utf-8")
    (folder / "wire.txt").write_text(wire, encoding="utf-8")
    (folder / "fixed.txt").write_text(wire.replace("Thursday", "Friday"), encoding="utf-8")
    open_and_wait(qtbot, window, [folder])
    panel = window.changes.story
    qtbot.waitUntil(
        lambda: any("similar" in panel.view.topLevelItem(k).text(0) for k in range(2)),
        timeout=WAIT_MS,
    )
    lines = [panel.view.topLevelItem(k).text(0) for k in range(2)]
    (counted,) = [line for line in lines if "similar" in line]
    assert counted.endswith(" ~1")  # Thursday → Friday


def test_the_changes_panel_says_the_figures_a_version_changed(
    qtbot, window: MainWindow, sample_dir: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """A correction of a figure read as a plain copy: which figures changed was found only
    by stepping through the changes (a night editor's walkthrough)."""
    folder = tmp_path / "news"
    folder.mkdir()
    wire = (sample_dir / "000_95eef2de69d379ca.txt").read_text(encoding="utf-8")
    assert "2,500" in wire
    (folder / "wire.txt").write_text(wire, encoding="utf-8")
    (folder / "fixed.txt").write_text(wire.replace("2,500", "2,800"), encoding="utf-8")
    open_and_wait(qtbot, window, [folder])
    comparison = window.diff.comparison
    assert comparison is not None
    old, new = ("2,500", "2,800") if "2,500" in comparison.left_text else ("2,800", "2,500")
    said = f"Figures changed, left → right: {old} → {new}"
    assert window.changes.summary.text().splitlines()[-1] == said
    tip = QTextDocument()
    tip.setHtml(window.changes.summary.toolTip())
    assert f"Every figure changed, left → right:\n{old} → {new}" in tip.toPlainText()


def test_the_changes_panel_says_the_quotes_a_version_changed(
    qtbot, window: MainWindow, sample_dir: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """A capture rewriting a quote read as a copy, nothing said (a fact-checker's
    walkthrough): the panel says which quotation changed, as it says figures."""
    folder = tmp_path / "news"
    folder.mkdir()
    wire = (sample_dir / "000_95eef2de69d379ca.txt").read_text(encoding="utf-8")
    assert "The mission doesn’t change" in wire
    (folder / "wire.txt").write_text(wire, encoding="utf-8")
    changed = wire.replace("The mission doesn’t change", "The mission will change")
    (folder / "fixed.txt").write_text(changed, encoding="utf-8")
    open_and_wait(qtbot, window, [folder])
    comparison = window.diff.comparison
    assert comparison is not None
    last = window.changes.summary.text().splitlines()[-1]
    # (each side in its own direction: a Hebrew quote's marks were drawn out of place)
    assert last.startswith("Quotes changed, left → right: \u2068“The mission")
    assert "doesn’t change" in last and "will change" in last


def test_a_story_row_shown_beside_another_storys_pair_says_so(
    qtbot, window: MainWindow, sample_dir: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """Down from a version onto the next story's row: the story panel shows that story
    while the pair, its stats and changes stay the last one's — read as if they were this
    story's (a night editor's walkthrough). The panel says the pair is of another story."""
    folder = tmp_path / "news"
    shutil.copytree(sample_dir, folder)
    report = (folder / "002_3458ed2ff60c0bff.txt").read_text(encoding="utf-8")
    (folder / "002_copy.txt").write_text(report.replace("Thursday", "Friday"), encoding="utf-8")
    open_and_wait(qtbot, window, [folder])
    view, panel, session = window.doc_list.view, window.changes.story, window.session
    assert window.shown is not None
    story = window.index.story_of(window.shown.pair[1]).id
    assert "another" not in panel.title.text()
    view.setFocus()
    for _ in range(12):  # down the list to another story's row
        qtbot.keyClick(view, Qt.Key.Key_Down)
        if session.row_story not in (None, story) and window.doc_list.selected() is None:
            break
    else:
        raise AssertionError("no other story's row")
    other = session.row_story
    qtbot.waitUntil(lambda: panel.isVisible() and panel._shown is not None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: panel._shown[1].id == other, timeout=WAIT_MS)
    assert panel.title.text().endswith("\nThe list's current story: the pair shown is of another")
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
        qtbot.keyClick(view, Qt.Key.Key_Down)  # its first version: the pair is of it
    qtbot.waitUntil(lambda: "another" not in panel.title.text(), timeout=WAIT_MS)
