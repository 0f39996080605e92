"""How each version was made from its story's base, shown in the app: the list's Level
column, the story panel, the relation banner and the heat map's letters."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.ui.helpers import WAIT_MS, drawn, levels_folder, open_and_wait, pair, settle
from wirediff.core.stories import Derivation, derivations, describe, wording
from wirediff.ui.common.text import plain_tooltip
from wirediff.ui.doclist.columns import LEVEL
from wirediff.ui.panels.story import LINE_SEPARATOR
from wirediff.ui.shell.window import MainWindow


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return levels_folder(tmp_path / "levels")


def doc(window: MainWindow, name: str) -> int:
    return next(i for i, d in enumerate(window.documents) if d.name == f"{name}.txt")


def opened(qtbot, window: MainWindow, folder: Path) -> dict[str, int]:  # type: ignore[no-untyped-def]
    open_and_wait(qtbot, window, [folder])
    names = ("APP_source", "copy", "edited", "rewrite", "independent")
    docs = {name: doc(window, name) for name in names}
    index = window.index
    assert index is not None
    story = index.story_of(docs["APP_source"])
    assert story.base == docs["APP_source"] and len(story.versions) == 4
    return docs


def test_the_list_shows_each_versions_level(qtbot, window: MainWindow, folder: Path) -> None:  # type: ignore[no-untyped-def]
    docs = opened(qtbot, window, folder)
    doc_list = window.doc_list
    qtbot.waitUntil(lambda: doc_list.cells.cell_text(docs["rewrite"], LEVEL) != "", timeout=WAIT_MS)
    shown = {name: doc_list.cells.cell_text(d, LEVEL) for name, d in docs.items()}
    assert shown == {
        "APP_source": "",  # the base: its similarity cell says "base"
        "copy": "copy",
        "edited": "edited",
        "rewrite": "rewrite",
        "independent": "",  # a story of its own: no base to be made from
    }
    index = window.index
    assert index is not None
    story = index.story_of(docs["rewrite"]).id
    (rewrite,) = [p for p in derivations(index, story) if p.derived == docs["rewrite"]]
    cell = doc_list.cells.cell(docs["rewrite"], LEVEL)
    assert cell is not None and cell.toolTip() == plain_tooltip(wording(index, rewrite))
    view = doc_list.view
    view.sortByColumn(LEVEL, Qt.SortOrder.AscendingOrder)  # sorts by level, not by word
    order = [d for d in doc_list.visible_order() if d in (docs["copy"], docs["rewrite"])]
    assert order == [docs["copy"], docs["rewrite"]]


def test_levels_are_measured_once_per_grouping(qtbot, window: MainWindow, folder: Path) -> None:  # type: ignore[no-untyped-def]
    docs = opened(qtbot, window, folder)
    controller = window.session.derivation
    qtbot.waitUntil(lambda: controller.level(docs["copy"]) is not None, timeout=WAIT_MS)
    measured: list[object] = []
    controller.levels_ready.connect(lambda _i, levels: measured.append(levels))
    jobs: list[str] = []
    real = window.session.runner.start
    window.session.runner.start = lambda kind, *a, **k: (jobs.append(kind), real(kind, *a, **k))[1]  # type: ignore[method-assign]
    try:
        controller.want_documents(docs.values())
    finally:
        window.session.runner.start = real  # type: ignore[method-assign]
    assert "levels" not in jobs and measured  # known: sent again at once, not measured again


def test_a_version_beside_its_base_is_measured_once_not_twice_at_once(
    qtbot, window: MainWindow, folder: Path
) -> None:  # type: ignore[no-untyped-def]
    """The relation banner measured the pair on screen while the levels job measured the
    very same pair: on two 30 MB texts, two measures of 2 GB and 80 s each side by side.
    The banner waits for the levels' sentence, the same one."""
    docs = opened(qtbot, window, folder)
    controller = window.session.derivation
    index = window.index
    assert index is not None
    story = index.story_of(docs["rewrite"]).id
    controller._levels.pop(story, None)  # as before the levels came: measured anew
    jobs: list[str] = []
    real = window.session.runner.start
    window.session.runner.start = lambda kind, *a, **k: (jobs.append(kind), real(kind, *a, **k))[1]  # type: ignore[method-assign]
    said: list[tuple[object, str]] = []
    controller.relation_ready.connect(lambda pair, sentence, _quotes: said.append((pair, sentence)))
    try:
        controller.want([story])
        pair = (docs["APP_source"], docs["rewrite"])
        controller.relation(pair)
        qtbot.waitUntil(lambda: bool(said), timeout=WAIT_MS)
    finally:
        window.session.runner.start = real  # type: ignore[method-assign]
    assert jobs == ["levels"]  # no "relation" job beside it
    assert said == [(pair, describe(index, *pair))]


def test_a_pair_waiting_for_the_levels_does_not_cancel_the_next_pairs_banner(
    qtbot, window: MainWindow, folder: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """A version beside its base waited for the levels job; another pair came on screen and
    was measured; the levels job then failed, and the waiting pair was measured after all,
    cancelling the other's measure: its banner never came. Found by a review."""
    import threading

    from wirediff.ui.session import derivation as controller_module

    docs = opened(qtbot, window, folder)
    controller = window.session.derivation
    index = window.index
    assert index is not None
    story = index.story_of(docs["rewrite"]).id
    controller._levels.pop(story, None)
    gate = threading.Event()

    def failing(*_args: object) -> None:
        gate.wait(10)
        raise RuntimeError("out of memory (simulated)")

    monkeypatch.setattr(controller_module, "story_levels", failing)
    said: list[object] = []
    controller.relation_ready.connect(lambda pair, _sentence, _quotes: said.append(pair))
    controller.want([story])
    waiting = (docs["APP_source"], docs["rewrite"])
    controller.relation(waiting)
    assert controller._pending == waiting
    other = (docs["copy"], docs["edited"])  # no version beside its base: measured on its own
    controller.relation(other)
    gate.set()  # the levels fail while the other pair is measured
    qtbot.waitUntil(lambda: other in said, timeout=WAIT_MS)
    assert waiting not in said


def test_the_story_panel_names_each_level(qtbot, window: MainWindow, folder: Path) -> None:  # type: ignore[no-untyped-def]
    docs = opened(qtbot, window, folder)
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
        window.doc_list.select(docs["edited"])
    panel = window.changes.story
    qtbot.waitUntil(lambda: "·" in panel.rows.get(docs["rewrite"], [""])[0], timeout=WAIT_MS)
    assert panel.rows[docs["copy"]][0].endswith("· copy")
    assert panel.rows[docs["edited"]][0].endswith("· edited")
    assert panel.rows[docs["rewrite"]][0].endswith("· rewrite")
    assert panel.rows[docs["APP_source"]][0].startswith("◆")
    # In a narrow panel, a long file name is cut in its middle (the level at the end of the
    # line stays in sight), the numbers at their end (one mode for both lines cut them in
    # their middle: "similarity 40…pt 32%").
    panel.view.setFixedWidth(panel.view.fontMetrics().horizontalAdvance("rewrite.txt · rewrite"))
    lines = [text.split(LINE_SEPARATOR) for text in drawn(panel.view, 0)]
    cut = [first for first, _numbers in lines if "…" in first]
    assert cut and all(first.endswith((" copy", " edited", " rewrite")) for first in cut)
    assert any("…" in numbers for _first, numbers in lines[1:])
    assert all(re.match(r"  \d+% similar ", numbers) for _first, numbers in lines[1:])


def test_the_banner_says_how_the_text_was_made(qtbot, window: MainWindow, folder: Path) -> None:  # type: ignore[no-untyped-def]
    docs = opened(qtbot, window, folder)
    index = window.index
    assert index is not None
    for name, opening in (
        ("rewrite", "Rewrite of APP's story: "),
        ("copy", "Trimmed copy of APP's story: "),
        ("independent", "Independent reports of the same event — two newsrooms"),
    ):
        with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
            window.doc_list.select(docs[name])
        assert pair(window) == ("APP", name[:3])
        expected = describe(index, docs["APP_source"], docs[name])
        qtbot.waitUntil(lambda e=expected: window.banner.text() == e, timeout=WAIT_MS)  # type: ignore[misc]
        assert expected.startswith(opening) and window.banner.isVisible()
    assert "of its sentences reused" in describe(index, docs["APP_source"], docs["rewrite"])


@pytest.mark.qt_log_ignore("does not support raise")  # offscreen, showing the tooltip
def test_the_lists_tooltip_names_a_quotation_cut_as_the_banner_does(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """A capture dropping a resident's quote: the banner named it, the list's Level
    tooltip (hovered) did not (a Wikipedia editor's walkthrough). It says it in the
    banner's words."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    from tests.core.test_evidence import _capture
    from tests.ui.test_bidi import tooltip_text

    folder = tmp_path / "captures"
    folder.mkdir()
    (folder / "a-0715.txt").write_text(_capture(True), encoding="utf-8")
    (folder / "b-1600.txt").write_text(_capture(False), encoding="utf-8")
    open_and_wait(qtbot, window, [folder])
    index = window.index
    assert index is not None
    version = next(v.doc for v in index.stories[0].versions if v.doc != index.stories[0].base)
    doc_list = window.doc_list
    qtbot.waitUntil(lambda: doc_list.cells.cell_text(version, LEVEL) != "", timeout=WAIT_MS)
    cell = doc_list.cells.cell(version, LEVEL)
    assert cell is not None
    view = doc_list.view
    at = view.visualRect(view.model().mapFromSource(cell.index())).center()  # type: ignore[attr-defined]
    hover = QHelpEvent(QEvent.Type.ToolTip, at, view.viewport().mapToGlobal(at))
    QApplication.sendEvent(view.viewport(), hover)
    qtbot.waitUntil(QToolTip.isVisible, timeout=WAIT_MS)
    tip = tooltip_text(QToolTip.text())
    QToolTip.hideText()
    quote = '"The whole house shook. I thought a bomb had gone off" (Carol Benson)'
    assert re.search(rf"; quotation (removed|added): {re.escape(quote)}", tip), tip
    doc_list.select(version)  # (beside its base: maybe the pair on screen already)

    def banner() -> str:  # (its quotations set in isolates, FSI … PDI, for right-to-left)
        return window.banner.text().replace("\u2068", "").replace("\u2069", "")

    qtbot.waitUntil(lambda: quote in banner(), timeout=WAIT_MS)
    assert banner() == tip


def test_the_heat_map_marks_rewrites_apart_from_copies(
    qtbot, window: MainWindow, folder: Path
) -> None:  # type: ignore[no-untyped-def]
    docs = opened(qtbot, window, folder)
    window.doc_list.select(docs["copy"])
    settle(qtbot, window)
    with qtbot.waitSignal(window.heat_map_shown, timeout=WAIT_MS):
        qtbot.keyClick(window.doc_list.view, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert window.heat_map is not None
    heat = window.heat_map.map
    assert heat.matrix is not None
    at = {d: k for k, d in enumerate(heat.matrix.docs)}
    base = at[docs["APP_source"]]

    def level(name: str) -> Derivation | None:
        found = heat.level_at(base, at[docs[name]])
        return None if found is None else found[0]

    qtbot.waitUntil(lambda: level("rewrite") is not None, timeout=WAIT_MS)
    assert [level(n) for n in ("copy", "edited", "rewrite")] == [
        Derivation.COPY,
        Derivation.EDITED,
        Derivation.REWRITE,
    ]
    assert heat.level_at(at[docs["rewrite"]], base) == heat.level_at(base, at[docs["rewrite"]])
    assert heat.level_at(at[docs["copy"]], at[docs["rewrite"]]) is None  # two versions
    assert "Rewrite of APP's story" in heat.describe(base, at[docs["rewrite"]])
    # The letter is painted: the rewrite's cell differs from the same cell without levels.
    heat.resize(heat.sizeHint())
    with_letters = heat.grab().toImage()
    levels, heat.levels = heat.levels, {}
    without = heat.grab().toImage()
    heat.levels = levels
    rect = heat.cell_rect(base, at[docs["rewrite"]])
    corner = rect.adjusted(2, 2, -rect.width() // 2, -rect.height() // 2)
    assert any(
        with_letters.pixel(x, y) != without.pixel(x, y)
        for x in range(corner.left(), corner.right())
        for y in range(corner.top(), corner.bottom())
    )


def test_closing_the_window_stops_a_measure(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, folder: Path, monkeypatch
) -> None:
    """Two long texts take seconds to measure (two 4 MB texts: five); the window used to stay
    on screen, frozen, until the measure ended. It now goes at once and the measure stops."""
    import threading

    from wirediff.core.cancel import Cancelled
    from wirediff.core.stories import relation

    running, stopped = threading.Event(), threading.Event()

    def slow(*_texts, should_cancel=None, **_options):  # type: ignore[no-untyped-def]
        running.set()
        for _ in range(1000):  # ten seconds, unless cancelled
            if should_cancel is not None and should_cancel():
                stopped.set()
                raise Cancelled("measure")
            threading.Event().wait(0.01)
        raise AssertionError("the measure was never cancelled")

    docs = opened(qtbot, window, folder)
    monkeypatch.setattr(relation, "measure_read", slow)
    window.session.derivation.relation((docs["edited"], docs["rewrite"]))  # one more diff
    assert running.wait(WAIT_MS / 1000)
    window.close()
    assert not window.isVisible()
    assert stopped.is_set()  # the window waited for the measure to see its cancel, no longer
    assert window.session.runner.wait(1000)


def test_a_long_pair_is_scored_in_the_background(
    qtbot, window: MainWindow, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """Past SCORE_AT_ONCE shingles the pair's overlap is a job (800k shingles held the GUI
    0.3 s): the banner is hidden meanwhile, then says the same as for a short pair, and a
    score that comes after the user moved on to another pair is dropped."""
    import wirediff.ui.session.session as session_module

    docs = opened(qtbot, window, folder)
    index = window.index
    assert index is not None
    monkeypatch.setattr(session_module, "SCORE_AT_ONCE", 0)
    said: list[object] = []
    window.session.relation.connect(said.append)
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
        window.doc_list.select(docs["rewrite"])
    expected = describe(index, docs["APP_source"], docs["rewrite"])
    qtbot.waitUntil(lambda: window.banner.text() == expected, timeout=WAIT_MS)
    assert said[0] is None and said[-1] == index.scores(docs["APP_source"], docs["rewrite"])
    said.clear()
    window.doc_list.select(docs["copy"])  # and at once another: only its score is said
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
        window.doc_list.select(docs["independent"])
    shown = window.shown
    assert shown is not None
    qtbot.waitUntil(lambda: said and said[-1] is not None, timeout=WAIT_MS)
    settle(qtbot, window)
    assert [s for s in said if s is not None] == [index.scores(*shown.pair)]


def test_the_banner_keeps_its_height_from_sentence_to_sentence(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Going through a story's versions, a sentence of two lines then one of one moved the
    whole diff up and down (found by a fact-checker's walkthrough): the banner keeps the
    height of its tallest sentence while its width stays."""
    from wirediff.ui.panels.banner import RelationBanner

    banner = RelationBanner()
    qtbot.addWidget(banner)
    banner.resize(300, 20)
    banner.show()
    banner.show_text("Copy.")
    one = banner.minimumHeight()
    banner.show_text("Copy of Reuters' story: 90% of its sentences kept nearly word for word")
    tall = banner.minimumHeight()
    banner.show_text("Copy.")
    assert one < tall == banner.minimumHeight()
    banner.resize(2000, 20)  # wide enough for one line: a new width wraps anew
    qtbot.waitUntil(lambda: banner.minimumHeight() == one)
