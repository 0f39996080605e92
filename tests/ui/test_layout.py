"""Room for the diff: in a 1024×640 window the two panes get more than half the width (the
changes panel folds into a tab beside the list), F9 hides the side panels (issue 12)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QSplitter, QWidget

from tests.ui.helpers import folder_with_a_broken_file, large_font, open_and_wait, settle
from wirediff.ui.common.settings import Settings
from wirediff.ui.doclist.columns import TITLE
from wirediff.ui.panels.changes import CHANGE_ROOM
from wirediff.ui.shell.side import saved_sizes
from wirediff.ui.shell.window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier


def panes_share(window: MainWindow) -> float:
    return (window.diff.left.width() + window.diff.right.width()) / window.width()


def test_a_small_window_gives_the_diff_most_of_its_width(
    qtbot, make_window: Callable[..., MainWindow], sample_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(resize=False)
    window.resize(1024, 640)
    open_and_wait(qtbot, window, [sample_dir])
    side = window.parts.side
    assert side.folded and side.tabs.count() == 2
    qtbot.waitUntil(lambda: panes_share(window) >= 0.55)
    assert window.doc_list.isVisible() and not window.changes.isVisible()
    qtbot.keyClick(window.doc_list.view, Qt.Key.Key_3, CTRL)  # focus changes: its tab
    assert window.changes.isVisible() and window.changes.view.hasFocus()
    qtbot.keyClick(window.changes.view, Qt.Key.Key_1, CTRL)
    assert window.doc_list.isVisible() and window.doc_list.view.hasFocus()
    qtbot.keyClick(window.doc_list.view, Qt.Key.Key_F9)  # the diff alone
    qtbot.waitUntil(lambda: panes_share(window) >= 0.9)
    assert not window.doc_list.isVisible()
    qtbot.keyClick(window.diff.right, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: window.doc_list.isVisible())


def test_a_wide_window_keeps_three_columns_and_unfolds(
    qtbot, make_window: Callable[..., MainWindow], sample_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(resize=False)
    window.resize(1024, 640)
    open_and_wait(qtbot, window, [sample_dir])
    window.resize(1400, 900)
    side = window.parts.side
    qtbot.waitUntil(lambda: not side.folded)
    assert window.changes.isVisible() and window.doc_list.isVisible()
    assert side.tabs.count() == 1 and not side.tabs.tabBar().isVisible()
    assert window.splitter.sizes()[2] > 150


def test_a_list_made_wide_in_a_wide_window_gives_way_when_the_window_narrows(
    qtbot, make_window: Callable[..., MainWindow], sample_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(resize=False)
    window.resize(1400, 900)
    open_and_wait(qtbot, window, [sample_dir])
    side = window.parts.side
    qtbot.waitUntil(lambda: not side.folded)
    total = sum(window.splitter.sizes())
    window.splitter.setSizes([480, total - 480 - 250, 250])  # the user drags the list wide
    window.resize(760, 640)
    qtbot.waitUntil(lambda: side.folded)
    qtbot.waitUntil(lambda: panes_share(window) >= 0.55)
    assert window.splitter.sizes()[0] <= 0.4 * window.width()


def test_a_list_narrowed_by_a_small_window_widens_again_with_the_window(
    qtbot, make_window: Callable[..., MainWindow], sample_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    """Shrunk to 1024 pixels and back to 1600, the list stayed a third of the small window
    (its date and level columns hidden): it gets back the width it had."""
    window = make_window(resize=False)
    window.resize(1600, 900)
    open_and_wait(qtbot, window, [sample_dir])
    side = window.parts.side
    qtbot.waitUntil(lambda: not side.folded)
    settle(qtbot, window)
    total, wide = sum(window.splitter.sizes()), 512  # the first run's share of 1600
    window.splitter.setSizes([wide, total - wide - 288, 288])
    window.splitter.splitterMoved.emit(wide, 1)  # (as a drag of the handle says)
    window.resize(1024, 700)
    qtbot.waitUntil(lambda: side.folded)
    qtbot.waitUntil(lambda: window.splitter.sizes()[0] < wide - 50)
    window.resize(1600, 900)
    qtbot.waitUntil(lambda: not side.folded)
    qtbot.waitUntil(lambda: abs(window.splitter.sizes()[0] - wide) <= 4)
    assert window.splitter.sizes()[2] > 150


def test_a_list_squeezed_by_a_small_window_gets_its_width_back_now_and_at_the_next_start(
    qtbot, make_window: Callable[..., MainWindow], sample_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    """Made 640 pixels wide and back to 1297, the list stayed as the small window had
    squeezed it (306 pixels of 386, 180 after a few rounds), and so at every start: its
    date and level columns gone for good. A handle dragged sets the width wanted. Found by
    a newsroom standards editor."""
    window = make_window(resize=False)
    window.resize(1366, 768)
    open_and_wait(qtbot, window, [sample_dir])
    settle(qtbot, window)
    wide = window.splitter.sizes()[0]
    window.resize(640, 480)
    settle(qtbot, window)
    assert window.splitter.sizes()[0] < wide - 50
    window.resize(1297, 729)
    settle(qtbot, window)
    assert abs(window.splitter.sizes()[0] - wide) <= 4
    window.close()
    second = make_window(resize=False)
    second.resize(1297, 729)
    open_and_wait(qtbot, second, [sample_dir])
    settle(qtbot, second)
    assert abs(second.splitter.sizes()[0] - wide) <= 4
    left, middle, right = second.splitter.sizes()
    second.splitter.setSizes([left - 100, middle + 100, right])
    second.splitter.splitterMoved.emit(left - 100, 1)  # (as a drag of the handle says)
    assert second.parts.side.wanted_list == left - 100


def test_dragging_the_changes_panel_s_handle_keeps_the_list_s_width(
    qtbot, make_window: Callable[..., MainWindow], sample_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    """A drag of the other handle (the diff's and the changes panel's) stored the list's
    squeezed width as the one wanted: it widened no more. Found by a review."""
    window = make_window(resize=False)
    window.resize(1900, 900)
    open_and_wait(qtbot, window, [sample_dir])
    settle(qtbot, window)
    side = window.parts.side
    left, middle, right = window.splitter.sizes()
    wide = 700
    window.splitter.setSizes([wide, left + middle - wide, right])
    window.splitter.splitterMoved.emit(wide, 1)
    window.resize(1000, 900)  # folds
    settle(qtbot, window)
    window.resize(1250, 900)  # unfolds, narrower
    settle(qtbot, window)
    left, middle, right = window.splitter.sizes()
    assert not side.folded and left < wide - 30
    window.splitter.setSizes([left, middle - 40, right + 40])
    window.splitter.splitterMoved.emit(left + middle - 40, 2)
    assert side.wanted_list == wide
    window.resize(1900, 900)
    settle(qtbot, window)
    qtbot.waitUntil(lambda: abs(window.splitter.sizes()[0] - wide) <= 4)


def resized(window: MainWindow, width: int, height: int) -> list[int]:
    """The window resized as a window manager does it, laid out: the splitter's widths."""
    window.resize(width, height)
    QApplication.processEvents()  # (the split is set for the new width once laid out)
    return window.splitter.sizes()


def near(sizes: list[int], expected: list[int]) -> bool:
    return all(abs(a - b) <= 4 for a, b in zip(sizes, expected, strict=True))


def started_at(  # type: ignore[no-untyped-def]
    qtbot, settings_path: Path, store_path: Path, width: int, height: int
) -> MainWindow:
    """The next start, the window given ``width`` × ``height`` before it shows, as its saved
    geometry gives it (the test screen is smaller than such a window)."""
    window = MainWindow(
        Settings(QSettings(str(settings_path), QSettings.Format.IniFormat)), store_path
    )
    qtbot.addWidget(window)
    window.resize(width, height)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_a_window_made_tiny_then_huge_then_normal_gives_its_panes_their_room_back(
    qtbot, make_window: Callable[..., MainWindow], sample_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    """Made 200 pixels wide, then 5,000, then 1,400 again, the window kept a changes panel
    of 877 pixels and diff panes of 68 (a word a line, the banner's words one under the
    other): the splitter had kept the side panels' widths of the huge window and taken all
    the window lost from the diff. The diff keeps two fifths of the width at any size, and
    the panels come back as they were. Found by GUI fuzzing."""
    window = make_window(resize=False)
    window.resize(1400, 900)
    open_and_wait(qtbot, window, [sample_dir])
    settle(qtbot, window)
    side = window.parts.side
    qtbot.waitUntil(lambda: not side.folded)
    before = window.splitter.sizes()
    panes = window.diff.left.width()
    for width, height in ((200, 150), (5000, 4000), (1400, 900), (1250, 900), (5000, 900)):
        left, middle, right = resized(window, width, height)
        assert middle >= 0.4 * (left + middle + right), (width, left, middle, right)
        assert left >= before[0] - 4 or side.folded  # the list keeps its width, or folds
    assert near(resized(window, 1400, 900), before)
    assert (
        abs(window.diff.left.width() - panes) <= 4 and abs(window.diff.right.width() - panes) <= 4
    )


def test_the_split_saved_after_a_huge_window_is_the_one_on_screen(
    qtbot,
    make_window: Callable[..., MainWindow],
    sample_dir: Path,
    settings_path: Path,
    store_path: Path,
) -> None:  # type: ignore[no-untyped-def]
    """Quit at 1,400 pixels after the window had been 5,000 wide, it saved the widths of
    5,000 pixels (476, 3,620, 900), which the next start squeezed into 1,400: the list
    came back 127 pixels wide, every title "… · v…". Found by GUI fuzzing."""
    first = make_window(resize=False)
    first.resize(1400, 900)
    open_and_wait(qtbot, first, [sample_dir])
    settle(qtbot, first)
    qtbot.waitUntil(lambda: not first.parts.side.folded)
    before = first.splitter.sizes()
    resized(first, 5000, 4000)
    shown = resized(first, 1400, 900)
    first.close()
    state = first.settings.bytes("main_splitter")
    assert state is not None and saved_sizes(state) == shown
    second = started_at(qtbot, settings_path, store_path, 1400, 900)
    open_and_wait(qtbot, second, [sample_dir])
    settle(qtbot, second)
    qtbot.waitUntil(lambda: near(second.splitter.sizes(), before))
    assert second.doc_list.width() >= before[0] - 4


def test_a_split_an_older_version_saved_from_a_huge_window_comes_back_in_proportion(
    qtbot,
    make_window: Callable[..., MainWindow],
    sample_dir: Path,
    settings_path: Path,
    store_path: Path,
) -> None:  # type: ignore[no-untyped-def]
    """Older versions saved the widths last set, those of a window made 5,000 pixels
    wide: at every start the list came back 127 pixels wide in a window of 1,400, the user
    dragging the splitters back by hand."""
    first = make_window(resize=False)
    first.resize(1400, 900)
    open_and_wait(qtbot, first, [sample_dir])
    settle(qtbot, first)
    qtbot.waitUntil(lambda: not first.parts.side.folded)
    before = first.splitter.sizes()
    first.close()
    old = QSplitter()
    for _ in range(3):
        old.addWidget(QWidget())
    old.setSizes([before[0], 5000 - before[0] - 900, 900])
    first.settings.set_bytes("main_splitter", old.saveState())
    first.settings.sync()
    second = started_at(qtbot, settings_path, store_path, 1400, 900)
    open_and_wait(qtbot, second, [sample_dir])
    settle(qtbot, second)
    qtbot.waitUntil(lambda: near(second.splitter.sizes(), before))


def test_a_dragged_changes_panel_keeps_its_width_through_a_small_window_and_a_restart(
    qtbot,
    make_window: Callable[..., MainWindow],
    sample_dir: Path,
    settings_path: Path,
    store_path: Path,
) -> None:  # type: ignore[no-untyped-def]
    """The changes panel dragged wider came back at its first share of the window once a
    small window had folded it, and so at the next start. (Dragged so wide that the diff
    has less than the two fifths it keeps as the window narrows, it comes back as it was
    at the width of the drag.)"""
    first = make_window(resize=False)
    first.resize(1600, 900)
    open_and_wait(qtbot, first, [sample_dir])
    settle(qtbot, first)
    qtbot.waitUntil(lambda: not first.parts.side.folded)
    left, middle, right = first.splitter.sizes()
    first.splitter.setSizes([left, middle + right - 700, 700])
    first.splitter.splitterMoved.emit(left + middle + right - 700, 2)  # (as a drag says)
    dragged = first.splitter.sizes()
    assert dragged[2] == 700 and dragged[1] < 0.4 * sum(dragged)
    resized(first, 700, 600)  # folds: the changes panel is a tab
    assert first.parts.side.folded
    assert near(resized(first, 1600, 900), dragged)
    resized(first, 1500, 900)
    first.close()
    second = started_at(qtbot, settings_path, store_path, 1600, 900)
    open_and_wait(qtbot, second, [sample_dir])
    settle(qtbot, second)
    qtbot.waitUntil(lambda: near(second.splitter.sizes(), dragged))


def test_a_folded_window_made_small_keeps_the_diff_most_of_its_width(
    qtbot, make_window: Callable[..., MainWindow], sample_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    """Folded (the changes panel a tab beside the list), the window made 400 pixels wide:
    the tabs kept 236 pixels and the diff had 160, two fifths. It keeps more than half, and
    the tabs their width again as the window widens (the one they were dragged to, too)."""
    window = make_window(resize=False)
    window.resize(1100, 800)
    open_and_wait(qtbot, window, [sample_dir])
    settle(qtbot, window)
    qtbot.waitUntil(lambda: window.parts.side.folded)
    before = resized(window, 1100, 800)
    left, middle, _right = resized(window, 400, 500)
    assert middle >= 0.55 * (left + middle)
    assert near(resized(window, 1100, 800), before)
    qtbot.waitUntil(lambda: panes_share(window) >= 0.55)
    total = sum(before)  # the tabs dragged wider than their share: so again after a round
    window.splitter.setSizes([480, total - 480, 0])
    window.splitter.splitterMoved.emit(480, 1)  # (as a drag says)
    dragged = window.splitter.sizes()
    resized(window, 400, 500)
    assert near(resized(window, 1100, 800), dragged)


def test_a_large_font_keeps_titles_and_changes_readable(  # type: ignore[no-untyped-def]
    qtbot, make_window: Callable[..., MainWindow], sample_dir: Path
) -> None:
    """At 20 pt the list's title column was 61 pixels (four letters: the outlet and file
    columns kept their pixel widths) and the changes list's words were off screen behind
    the number, kind and mark columns. Found by fuzzing."""
    with large_font():
        window = make_window(resize=False)
        window.resize(1400, 900)
        open_and_wait(qtbot, window, [sample_dir])
        settle(qtbot, window)
        view = window.doc_list.view
        least = view.fontMetrics().horizontalAdvance("x" * 8)  # (the list is narrow at 20 pt)
        assert view.header().sectionSize(TITLE) >= least
        changes = window.changes.view
        header = changes.header()
        before_words = sum(header.sectionSize(c) for c in range(3) if not header.isSectionHidden(c))
        room = changes.viewport().width() - before_words
        # (a quarter at least: the number column's "0000" is 80 pixels at 20 pt in Noto Sans)
        assert header.isSectionHidden(1) and room >= changes.viewport().width() // 4
        assert header.sectionSize(3) >= room  # the words take all the room left
        window.splitter.setSizes([300, 400, 700])  # the panel widened: the kind comes back
        qtbot.waitUntil(lambda: not header.isSectionHidden(1))
        assert changes.viewport().width() - sum(header.sectionSize(c) for c in range(3)) >= (
            changes.fontMetrics().horizontalAdvance(CHANGE_ROOM)
        )


def test_a_window_that_quit_folded_opens_wide_with_its_changes_panel(
    qtbot, make_window: Callable[..., MainWindow], sample_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    """Quit folded (the changes panel a tab: at 1.5× scale 1,298 pixels are 865), started
    as wide at 1×: the changes panel came back hidden, with no tab, and Ctrl+3 and F9 could
    not bring it back (the splitter restored it hidden)."""
    first = make_window(resize=False)
    first.resize(1024, 640)
    open_and_wait(qtbot, first, [sample_dir])
    qtbot.waitUntil(lambda: first.parts.side.folded)
    first.close()
    second = make_window()  # 1,200 pixels wide before it shows: never folded
    open_and_wait(qtbot, second, [sample_dir])
    assert not second.parts.side.folded
    qtbot.waitUntil(lambda: second.changes.isVisible() and second.changes.width() > 150)
    assert second.doc_list.width() > 150


def test_side_panels_hidden_then_folded_come_back_with_f9_and_stay_hidden_after_a_restart(
    qtbot, make_window: Callable[..., MainWindow], sample_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    """F9 in a wide window, the window narrowed, F9 again: the list "came back" 0 pixels
    wide. And F9's choice was forgotten at a restart — or restored as panels 0 pixels wide
    with View ▸ Side panels checked."""
    first = make_window(resize=False)
    first.resize(1400, 900)
    open_and_wait(qtbot, first, [sample_dir])
    qtbot.keyClick(first.doc_list.view, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: panes_share(first) >= 0.9)
    first.resize(1024, 640)
    qtbot.waitUntil(lambda: first.parts.side.folded)
    qtbot.keyClick(first.diff.right, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: first.doc_list.isVisible() and first.doc_list.width() > 150)
    qtbot.keyClick(first.doc_list.view, Qt.Key.Key_F9)  # hidden at the quit
    qtbot.waitUntil(lambda: not first.doc_list.isVisible())
    first.close()
    second = make_window(resize=False)
    second.resize(1400, 900)
    open_and_wait(qtbot, second, [sample_dir])
    action = second.actions_["side_panels"]
    assert not action.isChecked() and not second.doc_list.isVisible()
    assert not second.changes.isVisible()
    qtbot.keyClick(second.diff.right, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: second.doc_list.width() > 150 and second.changes.width() > 150)
    assert action.isChecked()


def test_the_changes_panels_numbers_scroll_in_a_short_window_and_show_whole_in_a_tall_one(
    qtbot, make_window: Callable[..., MainWindow], sample_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    """The numbers, the summary and the story panel set the window's least height: at 1.5×
    on a 768-pixel screen, with the problems panel open, the window grew past the screen's
    foot. They scroll when the window is short, and show whole when there is room."""
    window = make_window(resize=False)
    window.resize(1400, 900)
    open_and_wait(qtbot, window, [sample_dir])
    head, story = window.changes.head, window.changes.story
    qtbot.waitUntil(lambda: story.isVisible())
    total = sum(window.splitter.sizes())
    for width in (300, 150):  # (narrower, the summary and the story's title wrap)
        window.splitter.setSizes([300, total - 300 - width, width])
        qtbot.waitUntil(lambda: head.verticalScrollBar().maximum() == 0)  # all in sight
    assert window.changes.minimumSizeHint().height() < head.widget().sizeHint().height()
    window.resize(1400, window.minimumSizeHint().height())  # as short as it goes: it scrolls
    qtbot.waitUntil(lambda: head.verticalScrollBar().maximum() > 0)
    assert window.changes.view.height() >= window.changes.view.minimumSizeHint().height()
    problems = window.problems.list
    assert problems.minimumHeight() <= 3 * problems.fontMetrics().lineSpacing()  # (it rules)


def test_the_window_fits_a_small_screen_with_the_note_editor_and_the_problems_panel(
    qtbot, make_window: Callable[..., MainWindow], sample_dir: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """At 200% a 1024x600 netbook is 512x300: the window asked for 335 pixels at least
    (the hidden welcome page's height), 405 with the note editor open, more with the
    Problems panel, and the status line was below the screen's edge. Found by a tester."""
    window = make_window(resize=False)
    window.resize(1400, 900)
    folder = folder_with_a_broken_file(sample_dir, tmp_path / "some-broken")
    open_and_wait(qtbot, window, [folder])
    assert window.centralWidget().minimumSizeHint().height() < (
        window.welcome.minimumSizeHint().height()
    )  # the welcome page, hidden, asks for nothing
    window.diff.right.setFocus()
    qtbot.keyClick(window.diff.right, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(window.diff.right, Qt.Key.Key_M)  # a note on the change: its editor
    assert window.changes.note_editor.isVisible() and window.problems_dock.isVisible()
    window.resize(512, 270)  # (300 less a title bar)
    qtbot.waitUntil(lambda: window.height() == 270)
    bar = window.statusBar()
    assert bar.isVisible() and bar.geometry().bottom() < window.height()
    assert window.minimumSize().height() <= 270


def changes_tab_of_a_laptop_at_200(  # type: ignore[no-untyped-def]
    qtbot, make_window: Callable[..., MainWindow], sample_dir: Path
) -> MainWindow:
    """The sample in a window of a 1366x768 laptop at 200% (683x384 at a large font), the
    keyboard sent to the changes panel (Ctrl+3: the changes tab, the side folded)."""
    window = make_window(resize=False)
    window.resize(683, 384)
    open_and_wait(qtbot, window, [sample_dir])
    settle(qtbot, window)
    window.diff.right.setFocus()
    qtbot.keyClick(window.diff.right, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    return window


def test_the_changes_list_keeps_room_under_the_figures_at_a_large_font(
    qtbot, make_window: Callable[..., MainWindow], sample_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    """At 200% on a laptop the figures above the changes list took all but two and a half
    of its rows. Found by a keyboard-only tester."""
    with large_font():
        window = changes_tab_of_a_laptop_at_200(qtbot, make_window, sample_dir)
        changes = window.changes
        qtbot.waitUntil(lambda: changes.view.isVisible())
        qtbot.waitUntil(lambda: changes.view.height() >= 0.4 * changes.height())
        assert changes.head.height() <= 0.56 * changes.height()


def test_a_list_under_the_figures_is_scrolled_into_sight_when_it_takes_the_keyboard(
    qtbot, make_window: Callable[..., MainWindow], sample_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    """Shift+Tab from the changes list went to the story panel's list, scrolled out of
    sight below the figures: nothing showed where the keyboard was. Found by a keyboard-only
    tester at 200%."""
    with large_font():
        window = changes_tab_of_a_laptop_at_200(qtbot, make_window, sample_dir)
        story = window.changes.story.view
        qtbot.waitUntil(lambda: window.changes.view.hasFocus())
        story.setFocus(Qt.FocusReason.BacktabFocusReason)  # (where Shift+Tab goes)
        qtbot.waitUntil(lambda: story.hasFocus())
        qtbot.waitUntil(lambda: not story.visibleRegion().isEmpty())


def test_the_story_versions_current_row_stays_in_sight_as_the_keyboard_moves_it(
    qtbot, make_window: Callable[..., MainWindow], sample_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    """Down in the story's versions, below the figures, moved the current version out of
    sight, nothing scrolling (a re-check at 200%)."""
    with large_font():
        window = changes_tab_of_a_laptop_at_200(qtbot, make_window, sample_dir)
        story, head = window.changes.story.view, window.changes.head
        qtbot.waitUntil(lambda: story.topLevelItemCount() >= 2)
        story.setFocus(Qt.FocusReason.BacktabFocusReason)
        head.verticalScrollBar().setValue(0)  # (the figures on screen, the list below)
        qtbot.keyClick(story, Qt.Key.Key_End)
        current = story.visualItemRect(story.currentItem())
        at = story.viewport().mapTo(head.viewport(), current.center())
        assert head.viewport().rect().contains(at), (at, head.viewport().rect())
