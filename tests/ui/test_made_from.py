"""Compare ▸ Compare with the version it was made from (d): a version beside the text its
level in the list was measured against, and the banner saying the way there.

The folder (``tests/fixtures/takes-rewrite``): Reuters' takes of 22:10 (the base), 23:05 and
01:40, and a paper's rewrite of the 23:05 take. A Gulf desk's walkthrough: the list said
"rewrite", the banner beside the 22:10 base "written anew", v compared it with the 01:40
take, and nothing reached the 23:05 take it ran — which is what a corrections editor asks.
"""

from __future__ import annotations

import shutil
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu

from tests.ui.helpers import WAIT_MS, open_and_wait, settle
from wirediff.core.stories import source_of
from wirediff.core.stories.relation import Sources
from wirediff.ui.common.text import flat
from wirediff.ui.doclist.columns import LEVEL
from wirediff.ui.session import derivation
from wirediff.ui.shell.window import MainWindow

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "takes-rewrite"
FIRST, UPDATE, MORNING = "reuters_20251117_2210", "reuters_20251117_2305", "reuters_20251118_0140"
PAPER = "gazette_quake_2025-11-18"
MADE_FROM = "Reuters' story of 2025-11-17 23:05"
NOTE = f"The version on the right was made from {MADE_FROM}"


@pytest.fixture
def takes(tmp_path: Path) -> Path:
    folder = tmp_path / "takes"
    folder.mkdir()
    for path in FIXTURE.glob("*.txt"):  # (not its README)
        shutil.copy(path, folder / path.name)
    return folder


def names(window: MainWindow) -> tuple[str, str]:
    shown = window.shown
    assert shown is not None
    return shown.left.path.stem, shown.right.path.stem


def doc(window: MainWindow, stem: str) -> int:
    return next(i for i, d in enumerate(window.documents) if d.path.stem == stem)


def press(qtbot, window: MainWindow, key: Qt.Key, mods=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    """A key in the document list, then wait until what it started is done."""
    qtbot.keyClick(window.doc_list.view, key, mods)
    settle(qtbot, window)
    qtbot.waitUntil(lambda: not window.session.comparing.pending(), timeout=WAIT_MS)


def banner(window: MainWindow) -> str:
    return flat(window.banner.text())


def on_the_paper(qtbot, window: MainWindow, folder: Path) -> int:  # type: ignore[no-untyped-def]
    """The folder open, its story's levels measured, the paper's version selected."""
    open_and_wait(qtbot, window, [folder])
    index = window.index
    assert index is not None and len(index.stories) == 1
    paper = doc(window, PAPER)
    assert index.story_of(paper).base == doc(window, FIRST)
    assert source_of(index, paper) == doc(window, UPDATE)  # (derived_from, as the CLI says)
    cells = window.doc_list.cells
    qtbot.waitUntil(lambda: cells.cell_text(paper, LEVEL) == "rewrite", timeout=WAIT_MS)
    window.doc_list.view.setFocus()
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
        window.doc_list.select(paper)
    settle(qtbot, window)
    return paper


def test_d_compares_a_rewrite_with_the_take_it_was_made_from(
    qtbot, window: MainWindow, takes: Path
) -> None:  # type: ignore[no-untyped-def]
    paper = on_the_paper(qtbot, window, takes)
    assert names(window) == (FIRST, PAPER)  # beside the story's base, as before
    # The banner says it was written anew beside the base, and where it was made from.
    qtbot.waitUntil(lambda: "written anew" in banner(window), timeout=WAIT_MS)
    assert banner(window).endswith(
        f". {NOTE} (a rewrite of it, as the list says): press d to compare them"
    ), banner(window)
    press(qtbot, window, Qt.Key.Key_D)
    assert names(window) == (UPDATE, PAPER)
    assert window.doc_list.selected() == paper  # the selection stays on the version
    chip = window.diff.headers[0].chip
    assert chip.isVisible() and chip.text().startswith("Pinned: story")
    qtbot.waitUntil(lambda: banner(window).startswith(f"Rewrite of {MADE_FROM}: "), timeout=WAIT_MS)
    assert "press d" not in banner(window)  # (the text it was made from is on screen)
    said = window.status_label.text()
    assert flat(said).startswith(f"Against the text it was made from: {MADE_FROM} (pinned")
    press(qtbot, window, Qt.Key.Key_D)  # again: nothing moves, and it says so
    assert names(window) == (UPDATE, PAPER)
    assert flat(window.status_label.text()).startswith("Already against the text it was made")
    press(qtbot, window, Qt.Key.Key_B, Qt.KeyboardModifier.ShiftModifier)  # released
    assert names(window) == (FIRST, PAPER) and not chip.isVisible()
    qtbot.waitUntil(lambda: NOTE in banner(window), timeout=WAIT_MS)


def test_v_then_d_goes_from_the_take_before_it_to_the_one_it_ran(
    qtbot, window: MainWindow, takes: Path
) -> None:  # type: ignore[no-untyped-def]
    """v compares the paper with the 01:40 take (the agency's latest before it): the banner
    says which take it was made from, and d goes there."""
    on_the_paper(qtbot, window, takes)
    press(qtbot, window, Qt.Key.Key_V)
    assert names(window) == (MORNING, PAPER)
    qtbot.waitUntil(lambda: NOTE in banner(window), timeout=WAIT_MS)
    press(qtbot, window, Qt.Key.Key_D)
    assert names(window) == (UPDATE, PAPER)


def test_d_on_the_base_or_an_agencys_take(qtbot, window: MainWindow, takes: Path) -> None:  # type: ignore[no-untyped-def]
    """The base was made from none of its story's versions: d says so and changes nothing;
    an agency's take is measured against the base, which d puts beside it."""
    on_the_paper(qtbot, window, takes)
    window.doc_list.select(doc(window, FIRST))  # (read alone: its event has no other story)
    settle(qtbot, window)
    qtbot.waitUntil(lambda: window.shown is None, timeout=WAIT_MS)
    press(qtbot, window, Qt.Key.Key_D)
    assert window.shown is None and window.doc_list.selected() == doc(window, FIRST)
    assert window.status_label.text() == (
        "This is its story's base: the text its other versions were made from"
    )
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
        window.doc_list.select(doc(window, MORNING))
    settle(qtbot, window)
    press(qtbot, window, Qt.Key.Key_V)  # the take against the one before it (23:05)
    assert names(window) == (UPDATE, MORNING)
    assert "press d" not in banner(window)  # (made from the base: the list's level says so)
    press(qtbot, window, Qt.Key.Key_D)
    assert names(window) == (FIRST, MORNING)
    assert flat(window.status_label.text()).startswith(
        "Against its story's base, the text it was made from: Reuters' story of 2025-11-17 22:10"
    )


# A popup menu raises itself and grabs the keyboard, which the offscreen platform cannot.
@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")
def test_the_list_menu_and_the_compare_menu_offer_it(
    qtbot, window: MainWindow, takes: Path
) -> None:  # type: ignore[no-untyped-def]
    on_the_paper(qtbot, window, takes)
    action = window.actions_["made_from"]
    compare = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Compare")
    assert action in compare.actions()
    qtbot.keyClick(window.doc_list.view, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu), timeout=WAIT_MS)
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu) and action in menu.actions() and action.isEnabled()
    qtbot.keyClick(menu, Qt.Key.Key_W)  # its letter: Compare &with the version it was made from
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None, timeout=WAIT_MS)
    settle(qtbot, window)
    qtbot.waitUntil(lambda: not window.session.comparing.pending(), timeout=WAIT_MS)
    assert names(window) == (UPDATE, PAPER)


# --- a story whose versions are weighed in the background ----------------------------------
# In a story of hundreds of takes, which one a paper's version was made from is weighed in
# a worker (``Sources``: the story's takes indexed on the first version asked of). Here
# the levels are still being measured (they never arrive), and the weighing is held until
# the test lets it go: what the user sees while it runs, and once it answers.


@pytest.fixture
def slow(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """Levels not measured yet; a version's source weighed in a worker, held until set."""
    release = threading.Event()

    class Held(Sources):
        def __call__(self, doc: int, should_cancel: Callable[[], bool] | None = None) -> int | None:
            if threading.current_thread() is not threading.main_thread():
                release.wait(WAIT_MS / 1000)
            return super().__call__(doc, should_cancel)

        def quick(self, doc: int) -> bool:
            """As a story of hundreds of takes: not quick until its takes are indexed (this
            one, of four versions, would be indexed at once on the GUI thread)."""
            story = self.index.story_of(doc).id
            if self._weighs(doc) and story not in self._stories:
                return False
            return super().quick(doc)

    monkeypatch.setattr(derivation, "Sources", Held)
    monkeypatch.setattr(derivation, "levels_job", lambda _index, _stories: lambda _job: None)
    yield release
    release.set()  # (a test that failed lets its worker go)


def on_the_paper_unmeasured(qtbot, window: MainWindow, folder: Path) -> int:  # type: ignore[no-untyped-def]
    """The folder open, the paper's version selected beside the base, its levels unknown."""
    open_and_wait(qtbot, window, [folder], settle_down=False)
    qtbot.waitUntil(lambda: window.index is not None, timeout=WAIT_MS)
    paper = doc(window, PAPER)
    window.doc_list.view.setFocus()
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
        window.doc_list.select(paper)
    qtbot.waitUntil(lambda: not window.session.comparing.pending(), timeout=WAIT_MS)
    assert names(window) == (FIRST, PAPER)
    return paper


def key(qtbot, window: MainWindow, which: Qt.Key) -> None:  # type: ignore[no-untyped-def]
    """A key in the document list, and the comparison it starts (not the weighing held)."""
    qtbot.keyClick(window.doc_list.view, which)
    qtbot.waitUntil(lambda: not window.session.comparing.pending(), timeout=WAIT_MS)


def test_d_returns_at_once_and_the_pair_opens_when_the_source_is_weighed(
    qtbot, window: MainWindow, takes: Path, slow: threading.Event
) -> None:  # type: ignore[no-untyped-def]
    paper = on_the_paper_unmeasured(qtbot, window, takes)
    assert NOTE not in banner(window)  # (not known yet: weighed in the background)
    key(qtbot, window, Qt.Key.Key_D)
    assert names(window) == (FIRST, PAPER)  # (the key returned; nothing opened yet)
    assert window.status_label.text() == "Finding the text it was made from…"
    assert window.session.derivation.finding() == paper
    slow.set()
    qtbot.waitUntil(lambda: names(window) == (UPDATE, PAPER), timeout=WAIT_MS)
    settle(qtbot, window)
    assert flat(window.status_label.text()).startswith(
        f"Against the text it was made from: {MADE_FROM} (pinned"
    )
    press(qtbot, window, Qt.Key.Key_B, Qt.KeyboardModifier.ShiftModifier)  # (released)
    assert names(window) == (FIRST, PAPER)
    qtbot.waitUntil(lambda: NOTE in banner(window), timeout=WAIT_MS)  # (known now)
    press(qtbot, window, Qt.Key.Key_D)  # (known: at once)
    assert names(window) == (UPDATE, PAPER)


def test_a_newer_key_press_drops_the_older_answer(
    qtbot, window: MainWindow, takes: Path, slow: threading.Event
) -> None:  # type: ignore[no-untyped-def]
    """d on the paper, then (its source still weighed) the 01:40 take selected and d
    pressed on it, which answers at once (an agency's take: the base): the paper's answer,
    arriving then, opens nothing."""
    paper = on_the_paper_unmeasured(qtbot, window, takes)
    key(qtbot, window, Qt.Key.Key_D)
    assert window.session.derivation.finding() == paper
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
        window.doc_list.select(doc(window, MORNING))
    key(qtbot, window, Qt.Key.Key_V)  # (the take before it: 23:05)
    assert names(window) == (UPDATE, MORNING)
    key(qtbot, window, Qt.Key.Key_D)
    assert names(window) == (FIRST, MORNING)
    opened: list[object] = []
    window.comparison_shown.connect(lambda *shown: opened.append(shown))
    with qtbot.waitSignal(window.session.derivation.source_ready, timeout=WAIT_MS):
        slow.set()  # (the paper's answer arrives)
    settle(qtbot, window)
    assert names(window) == (FIRST, MORNING) and not opened
    assert window.doc_list.selected() == doc(window, MORNING)


def test_a_key_changing_the_pair_drops_the_answer_d_waits_for(
    qtbot, window: MainWindow, takes: Path, slow: threading.Event
) -> None:  # type: ignore[no-untyped-def]
    """d, then V before the answer arrives, on the same version: V's pair stays."""
    paper = on_the_paper_unmeasured(qtbot, window, takes)
    key(qtbot, window, Qt.Key.Key_D)
    key(qtbot, window, Qt.Key.Key_V)
    assert names(window) == (MORNING, PAPER)
    with qtbot.waitSignal(window.session.derivation.source_ready, timeout=WAIT_MS):
        slow.set()
    settle(qtbot, window)
    assert names(window) == (MORNING, PAPER) and window.doc_list.selected() == paper
    qtbot.waitUntil(lambda: NOTE in banner(window), timeout=WAIT_MS)  # (the way there)


def test_a_correction_weighs_the_source_again(
    qtbot, window: MainWindow, takes: Path, slow: threading.Event
) -> None:  # type: ignore[no-untyped-def]
    """The sources weighed are kept for one grouping: the 01:40 take made the base (b, a
    correction kept with the folder), every version is measured against it, and d says so
    (the 23:05 take, weighed before, is no longer the paper's source)."""
    slow.set()  # (not held)
    paper = on_the_paper_unmeasured(qtbot, window, takes)
    press(qtbot, window, Qt.Key.Key_D)
    assert names(window) == (UPDATE, PAPER)
    press(qtbot, window, Qt.Key.Key_B, Qt.KeyboardModifier.ShiftModifier)
    window.doc_list.select(doc(window, MORNING))
    settle(qtbot, window)
    press(qtbot, window, Qt.Key.Key_B)  # (the 01:40 take, the story's base)
    index = window.index
    assert index is not None and index.story_of(paper).base == doc(window, MORNING)
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
        window.doc_list.select(paper)
    settle(qtbot, window)
    assert names(window) == (MORNING, PAPER)
    press(qtbot, window, Qt.Key.Key_D)
    assert names(window) == (MORNING, PAPER)
    assert flat(window.status_label.text()) == (
        "Already against the text it was made from: Reuters' story of 2025-11-18 01:40"
    )


def test_d_dropped_for_another_version_says_so_in_the_story_view(
    qtbot, window: MainWindow, takes: Path, slow: threading.Event
) -> None:  # type: ignore[no-untyped-def]
    """d in the story view, then another version chosen before the answer: the story
    view's keys say nothing of their own, and "Finding the text it was made from…" stayed
    on the status line for good once the answer was dropped (a review)."""
    on_the_paper_unmeasured(qtbot, window, takes)
    view = window.parts.story_view
    qtbot.keyClick(window.doc_list.view, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not view.building() and view.model.rowCount() > 0, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "Story view" in window.status_label.text(), timeout=WAIT_MS)
    assert window.session.pair_hidden()
    qtbot.keyClick(window.doc_list.view, Qt.Key.Key_D)
    assert window.status_label.text() == "Finding the text it was made from…"
    chosen = window.session.selection.selected
    qtbot.keyClick(window.doc_list.view, Qt.Key.Key_Up)
    qtbot.waitUntil(lambda: window.session.selection.selected != chosen, timeout=WAIT_MS)
    with qtbot.waitSignal(window.session.derivation.source_ready, timeout=WAIT_MS):
        slow.set()
    qtbot.waitUntil(lambda: "Finding" not in window.status_label.text(), timeout=WAIT_MS)
    assert flat(window.status_label.text()) == (
        "The text it was made from is not shown: another version or pair was chosen first"
    )


def test_d_whose_weighing_fails_leaves_the_error_on_the_status_line(
    qtbot, window: MainWindow, takes: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """d pressed as a version is selected (its pair not compared yet), and the weighing
    fails: the error was written over by "Finding the text it was made from… · " and the
    pair's numbers once the pair was compared (a review)."""

    class Failing(Sources):
        def __call__(self, doc: int, should_cancel: Callable[[], bool] | None = None) -> int | None:
            if threading.current_thread() is not threading.main_thread():
                raise OSError("the story's takes could not be weighed")
            return super().__call__(doc, should_cancel)

        def quick(self, doc: int) -> bool:  # (as a story of hundreds of takes: weighed apart)
            return not self._weighs(doc)

    monkeypatch.setattr(derivation, "Sources", Failing)
    monkeypatch.setattr(derivation, "levels_job", lambda _index, _stories: lambda _job: None)
    open_and_wait(qtbot, window, [takes], settle_down=False)
    qtbot.waitUntil(lambda: window.index is not None, timeout=WAIT_MS)
    window.doc_list.view.setFocus()
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
        window.doc_list.select(doc(window, MORNING))
    qtbot.waitUntil(lambda: not window.session.comparing.pending(), timeout=WAIT_MS)
    window.doc_list.select(doc(window, PAPER))
    assert window.session.comparing.pending()  # (its pair waits to be compared)
    said: list[str] = []
    window.session.message.connect(said.append)
    with qtbot.waitSignals([window.session.derivation.failed, window.comparison_shown]):
        qtbot.keyClick(window.doc_list.view, Qt.Key.Key_D)
    settle(qtbot, window)
    assert said[0] == "Finding the text it was made from…"
    failed = next(i for i, message in enumerate(said) if message.startswith("Error: "))
    assert not any(message.startswith(said[0]) for message in said[failed:]), said
    assert flat(window.status_label.text()).startswith("Error: ")
