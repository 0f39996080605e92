"""The open story view follows what its table was built from: the compare options and the
boilerplate setting (rebuilt in place, the status line still the view's), and the list's
current story however the list moves (a story of one version gives way to the pair).
Found by a tester (the view stayed on the old table or the old story)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from tests.ui.helpers import (
    DATED_NAMES,
    WAIT_MS,
    open_and_wait,
    settle,
    write_dated_story,
    write_long_story,
)
from wirediff.core.stories import Story
from wirediff.core.storytable import CellState
from wirediff.ui.session import texts
from wirediff.ui.shell.parts import PAIR_PAGE, STORY_PAGE
from wirediff.ui.shell.window import MainWindow
from wirediff.ui.storyview.data import StoryTableData, heading
from wirediff.ui.storyview.view import HINT

CTRL = Qt.KeyboardModifier.ControlModifier
LONE = (
    "Harbour pilots strike over night shifts\n\n"
    "Harbour pilots walked out at dawn over new night shift rosters, leaving a dozen "
    "freighters at anchor outside the breakwater.\n\n"
    "The port authority said talks would resume on Thursday with a mediator present.\n"
)


def table_on_screen(qtbot, window: MainWindow) -> StoryTableData:  # type: ignore[no-untyped-def]
    view = window.parts.story_view
    qtbot.waitUntil(lambda: not view.building() and view.model.data_ is not None, timeout=WAIT_MS)
    settle(qtbot, window)  # the pair compared too: its numbers said, or not
    assert view.model.data_ is not None
    return view.model.data_


def column_of(data: StoryTableData, name: str) -> int:
    return next(k for k, c in enumerate(data.table.columns) if c.doc.path.name == name)


def test_a_compare_option_or_ctrl_h_rebuilds_the_open_story_view_in_place(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    folder = write_dated_story(tmp_path / "news")
    hill = folder / DATED_NAMES[2]  # The Hill: the base's text and a paragraph added
    hill.write_text(hill.read_text().replace("budget", "BUDGET"))  # ... and case edits
    open_and_wait(qtbot, window, [folder])
    qtbot.keyClick(window.doc_list.view, Qt.Key.Key_K, CTRL)
    view, grid = window.parts.story_view, window.parts.story_view.table
    data = table_on_screen(qtbot, window)
    k = column_of(data, hill.name)
    assert "kept 100%" not in heading(data, k + 1)[0]
    assert any(
        data.table.cell(r, k).state is CellState.CHANGED for r in range(len(data.table.rows))
    )
    other = 1 if k + 1 != 1 else 2  # another version, hidden by the reader
    menu = view.column_menu(other)
    next(a for a in menu.actions() if a.text() == "Hide this version").trigger()
    view.go_to(0, k + 1)
    qtbot.keyClick(grid, Qt.Key.Key_Down)
    place = view.current()
    assert place == (k + 1, 1)
    window.actions_["ignore_case"].trigger()  # Compare ▸ Ignore case, the view open
    qtbot.waitUntil(lambda: view.model.data_ is not data, timeout=WAIT_MS)
    rebuilt = table_on_screen(qtbot, window)
    assert rebuilt.key != data.key and rebuilt.docs == data.docs
    assert window.parts.pages.currentIndex() == STORY_PAGE
    k = column_of(rebuilt, hill.name)
    states = {rebuilt.table.cell(r, k).state for r in range(len(rebuilt.table.rows))}
    assert CellState.CHANGED not in states  # case-only edits are no changes now
    assert "kept 100%" in heading(rebuilt, k + 1)[0]  # as the story panel says
    assert view.current() == place and grid.hasFocus()  # the reader's place kept
    assert grid.isColumnHidden(other)  # ... and the version hidden
    assert window.status_label.text().endswith(HINT)  # not the pair's numbers
    qtbot.keyClick(grid, Qt.Key.Key_H, CTRL)  # Hide boilerplate, the view open
    qtbot.waitUntil(lambda: view.model.data_ is not rebuilt, timeout=WAIT_MS)
    hidden = table_on_screen(qtbot, window)
    assert hidden.key[-1] is False  # boilerplate not kept: as the pair compares
    assert view.current() == place and window.status_label.text().endswith(HINT)
    qtbot.keyClick(grid, Qt.Key.Key_Escape)
    assert window.parts.pages.currentIndex() == PAIR_PAGE
    assert window.shown is not None
    assert window.status_label.text() == texts.compared(window.shown)


def stories_and_a_lone_article(tmp_path: Path) -> Path:
    """Two stories of three versions, then a lone article, listed in that order."""
    folder = tmp_path / "mixed"
    write_long_story(folder / "a", versions=3, units=5, seed=1)
    write_long_story(folder / "b", versions=3, units=5, seed=2)
    (folder / "lone.txt").write_text(LONE)
    return folder


def test_the_open_story_view_follows_the_list_however_it_moves(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """A click on another story's version; Ctrl+PgDn onto the next story's base (nothing
    to compare it with: no pair was shown); ] onto a lone article."""
    open_and_wait(qtbot, window, [stories_and_a_lone_article(tmp_path)])
    index, doc_list = window.index, window.doc_list
    assert index is not None
    first, second, lone = (index.stories[s] for s in doc_list.visible_stories())
    assert (len(first.versions), len(second.versions), len(lone.versions)) == (3, 3, 1)
    listed = doc_list.visible_order()
    last_of = {s.id: [d for d in listed if d in s.documents][-1] for s in (first, second)}
    doc_list.select(first.versions[1].doc)
    settle(qtbot, window)
    qtbot.keyClick(doc_list.view, Qt.Key.Key_K, CTRL)
    view, pages = window.parts.story_view, window.parts.pages
    assert table_on_screen(qtbot, window).story == first.id
    # A click on the other story's last version: the view shows that story, the keyboard
    # stays in the list.
    row = doc_list.view.visualRect(doc_list._row_of(last_of[second.id]))
    qtbot.mouseClick(doc_list.view.viewport(), Qt.MouseButton.LeftButton, pos=row.center())
    qtbot.waitUntil(lambda: view.model.data_.story == second.id, timeout=WAIT_MS)  # type: ignore[union-attr]
    assert pages.currentIndex() == STORY_PAGE and doc_list.view.hasFocus()
    # The first story's last version, its story view; Ctrl+PgDn goes on to the next
    # story's base, which is compared with nothing.
    doc_list.select(last_of[first.id])
    qtbot.waitUntil(lambda: view.model.data_.story == first.id, timeout=WAIT_MS)  # type: ignore[union-attr]
    table_on_screen(qtbot, window)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_PageDown, CTRL)
    assert doc_list.selected() == second.base
    qtbot.waitUntil(lambda: view.model.data_.story == second.id, timeout=WAIT_MS)  # type: ignore[union-attr]
    table_on_screen(qtbot, window)
    assert pages.currentIndex() == STORY_PAGE and view.table.hasFocus()
    assert window.status_label.text().endswith(HINT)  # not "This is the base of its story"
    # ] onto the lone article: back to the pair, the status line says why.
    qtbot.keyClick(view.table, Qt.Key.Key_BracketRight)
    qtbot.waitUntil(lambda: pages.currentIndex() == PAIR_PAGE, timeout=WAIT_MS)
    assert doc_list.selected() == lone.base
    settle(qtbot, window)
    assert "This story has one version" in window.status_label.text()


def test_back_to_the_story_built_while_another_is_built_shows_it_for_good(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """Story A open, the list moved to a long story B and back to A while B was built: A's
    table came at once, but B's job went on and its progress put the view back on its
    "Comparing…" page, for good (B's table, not asked for any more, was dropped). Found by
    a reviewer. Asked of the page's table builder directly: whether B's job is still under
    way when A is served depends on how quickly B's versions were counted."""
    from wirediff.ui.session.story_table import TableRequest

    folder = write_dated_story(tmp_path / "news")
    write_long_story(folder, versions=40, units=20)
    open_and_wait(qtbot, window, [folder])
    qtbot.waitUntil(lambda: window.index is not None, timeout=WAIT_MS)
    index, view, tables = window.index, window.parts.story_view, window.story_page.tables
    assert index is not None
    a = index.story_of([d.path.name for d in index.documents].index(DATED_NAMES[1])).id
    b = next(s.id for s in index.stories if len(s.versions) > 20)
    window.doc_list.select(index.stories[a].base)
    qtbot.keyClick(window.doc_list.view, Qt.Key.Key_K, CTRL)
    assert table_on_screen(qtbot, window).story == a
    options = window.session.options
    tables.build(TableRequest(index, b, options, True))  # B on its way (no diffs: slow)
    assert tables.building()
    tables.build(TableRequest(index, a, options, True))  # back to A: built, served at once
    assert not tables.building()  # ... and B's job no longer says its progress
    qtbot.wait(500)
    assert not view.building() and view.model.data_ is not None
    assert view.model.data_.story == a


def slow_counted_comparisons(monkeypatch) -> list[int]:  # type: ignore[no-untyped-def]
    """Each set of a story's versions compared (the story panel's count or the story view's
    table) adds its number of versions to the list returned; every version takes 20 ms
    more, so that a count is still under way when the test acts."""
    import time

    from wirediff.ui.session import versions

    calls: list[int] = []
    real = versions.compare_versions

    def slow(base, docs, options, progress=None, cancelled=None):  # type: ignore[no-untyped-def]
        calls.append(len(docs))
        for comparison in real(base, docs, options, progress, cancelled):
            time.sleep(0.02)
            yield comparison

    monkeypatch.setattr(versions, "compare_versions", slow)
    return calls


def test_the_story_view_waits_for_the_story_panels_count_rather_than_compare_twice(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+K while the story panel was still comparing the story's versions, or a compare
    option changed with the view open: every version was compared twice, once for the panel,
    once for the view (twice the wait). The view now builds its table from the panel's."""
    write_long_story(tmp_path / "long", versions=30, units=12)
    open_and_wait(qtbot, window, [tmp_path / "long"])
    index, stories = window.index, window.session.stories
    assert index is not None
    calls = slow_counted_comparisons(monkeypatch)
    window.actions_["ignore_case"].trigger()  # the story counted again, slowly
    qtbot.waitUntil(lambda: stories._counting is not None, timeout=WAIT_MS)
    qtbot.keyClick(window.doc_list.view, Qt.Key.Key_K, CTRL)
    view = window.parts.story_view
    assert view.building()  # "Comparing…", the panel's count under way
    data = table_on_screen(qtbot, window)
    assert data.key[3] == window.session.options and calls == [29]  # compared once
    assert stories.diffs is not None and stories.diffs.key == data.key
    window.actions_["ignore_case"].trigger()  # an option changed, the view open
    qtbot.waitUntil(lambda: view.model.data_ is not data, timeout=WAIT_MS)
    again = table_on_screen(qtbot, window)
    assert again.key[3] == window.session.options and calls == [29, 29]
    assert window.status_label.text().endswith(HINT)


def test_the_story_view_compares_itself_when_the_count_it_waits_for_stops(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """The panel's count the view waits for is dropped (another story asked for meanwhile,
    a grouping): the view is not left "Comparing…" for ever."""
    write_long_story(tmp_path / "long", versions=30, units=12)
    open_and_wait(qtbot, window, [tmp_path / "long"])
    stories = window.session.stories
    calls = slow_counted_comparisons(monkeypatch)
    window.actions_["ignore_case"].trigger()
    qtbot.waitUntil(lambda: stories._counting is not None, timeout=WAIT_MS)
    qtbot.keyClick(window.doc_list.view, Qt.Key.Key_K, CTRL)
    # (the count's first comparison starts in its worker: not yet, under load)
    qtbot.waitUntil(lambda: calls == [29], timeout=WAIT_MS)
    assert window.parts.story_view.building() and calls == [29]
    stories._drop_count()  # as another story's count or a grouping does
    data = table_on_screen(qtbot, window)
    assert data.key[3] == window.session.options and calls[:2] == [29, 29]
    assert window.status_label.text().endswith(HINT)


def first_of_two_stories_shown(qtbot, window: MainWindow, tmp_path: Path) -> tuple[Story, Story]:  # type: ignore[no-untyped-def]
    """``stories_and_a_lone_article`` open, a version of its first story compared; the two
    stories."""
    open_and_wait(qtbot, window, [stories_and_a_lone_article(tmp_path)])
    index, doc_list = window.index, window.doc_list
    assert index is not None
    first, second = (index.stories[s] for s in doc_list.visible_stories()[:2])
    doc_list.select(first.versions[1].doc)
    settle(qtbot, window)
    return first, second


def test_esc_while_the_view_follows_to_another_story_says_it_was_cancelled(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """The view built on one story, the list moved to another and Esc pressed while its
    table was built: the status line gave the pair's numbers, not "Story view cancelled"."""
    first, second = first_of_two_stories_shown(qtbot, window, tmp_path)
    doc_list = window.doc_list
    qtbot.keyClick(doc_list.view, Qt.Key.Key_K, CTRL)
    assert table_on_screen(qtbot, window).story == first.id
    slow_counted_comparisons(monkeypatch)
    view = window.parts.story_view
    doc_list.select(second.versions[1].doc)
    qtbot.waitUntil(view.building, timeout=WAIT_MS)
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert window.parts.pages.currentIndex() == PAIR_PAGE
    assert window.status_label.text() == "Story view cancelled"


def test_a_click_on_a_story_row_shows_that_story_in_the_story_panel(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """A click on another story's own row (the pair stays): the story view followed it, the
    story panel stayed on the pair's story. Both show the row's story."""
    first, second = first_of_two_stories_shown(qtbot, window, tmp_path)
    doc_list = window.doc_list
    panel = window.changes.story
    assert set(panel.rows) == set(first.documents)
    proxy, view = doc_list.proxy, doc_list.view
    row = doc_list._row_of(second.base).parent()  # the story's own row
    assert row.isValid() and "Story · 3 versions" in proxy.data(row)
    pair = window.session.selection.pair()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(row).center())
    qtbot.waitUntil(lambda: set(panel.rows) == set(second.documents), timeout=WAIT_MS)
    settle(qtbot, window)
    assert set(panel.rows) == set(second.documents)
    assert window.session.selection.pair() == pair  # the pair stays
    # From the first story's last version, listed just above, down to the story's row and
    # back (its pair still on screen, nothing compared again): the panel showed the other
    # story's versions beside this pair (found by a keyboard reviewer).
    view.setCurrentIndex(view.indexAbove(row))
    last = doc_list.selected()
    assert last is not None and last in first.documents
    qtbot.waitUntil(lambda: set(panel.rows) == set(first.documents), timeout=WAIT_MS)
    settle(qtbot, window)
    pair = window.session.selection.pair()
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: set(panel.rows) == set(second.documents), timeout=WAIT_MS)
    qtbot.keyClick(view, Qt.Key.Key_Up)
    assert doc_list.selected() == last
    qtbot.waitUntil(lambda: set(panel.rows) == set(first.documents), timeout=WAIT_MS)
    settle(qtbot, window)
    assert window.session.selection.pair() == pair


def test_a_filter_hiding_the_story_shown_moves_the_view_to_a_story_it_lists(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """The story view open, / and a filter that hides its story: the view kept showing
    it, while the list showed another story. It follows the first story the filter lists
    (its first version made current); a filter that lists no story of two versions or
    more sends it back to the pair, and the status line says why. The keyboard stays in
    the filter throughout."""
    folder = stories_and_a_lone_article(tmp_path)
    for path in (folder / "b").iterdir():  # the second story's own title
        path.write_text(path.read_text().replace("Council vote on the budget", "Harbour dredging"))
    open_and_wait(qtbot, window, [folder])
    index, doc_list = window.index, window.doc_list
    assert index is not None
    first, second, _lone = (index.stories[s] for s in doc_list.visible_stories())
    assert second.title == "Harbour dredging"
    doc_list.select(first.versions[1].doc)
    settle(qtbot, window)
    qtbot.keyClick(doc_list.view, Qt.Key.Key_K, CTRL)
    view, pages = window.parts.story_view, window.parts.pages
    assert table_on_screen(qtbot, window).story == first.id
    qtbot.keyClick(view.table, Qt.Key.Key_Slash)
    assert doc_list.filter.hasFocus()
    qtbot.keyClicks(doc_list.filter, "harbour")
    qtbot.waitUntil(lambda: view.model.data_.story == second.id, timeout=WAIT_MS)  # type: ignore[union-attr]
    assert table_on_screen(qtbot, window).story == second.id
    assert pages.currentIndex() == STORY_PAGE and doc_list.filter.hasFocus()
    assert doc_list.selected() in second.documents  # the list, and the pair behind, follow
    qtbot.waitUntil(
        lambda: window.shown is not None and window.shown.pair[1] in second.documents,
        timeout=WAIT_MS,
    )
    # Esc clears the filter: the story shown is listed, and stays.
    qtbot.keyClick(doc_list.filter, Qt.Key.Key_Escape)
    assert not doc_list.filter.text()
    qtbot.wait(300)
    assert view.model.data_.story == second.id and pages.currentIndex() == STORY_PAGE  # type: ignore[union-attr]
    # A filter that lists the lone article alone (one version): back to the pair.
    qtbot.keyClicks(doc_list.filter, "pilots")
    qtbot.waitUntil(lambda: pages.currentIndex() == PAIR_PAGE, timeout=WAIT_MS)
    assert "The filter lists no story to read side by side" in window.status_label.text()
    assert doc_list.filter.hasFocus()
    qtbot.keyClick(doc_list.filter, Qt.Key.Key_Escape)  # cleared
    qtbot.keyClick(doc_list.filter, Qt.Key.Key_Escape)  # back in the list
    assert doc_list.view.hasFocus()
    qtbot.keyClick(doc_list.view, Qt.Key.Key_K, CTRL)
    shown_now = table_on_screen(qtbot, window).story
    qtbot.keyClick(doc_list.view, Qt.Key.Key_Slash)
    qtbot.keyClicks(doc_list.filter, "no such words")
    qtbot.waitUntil(lambda: pages.currentIndex() == PAIR_PAGE, timeout=WAIT_MS)
    assert shown_now in (first.id, second.id)
    assert "The filter lists no story to read side by side" in window.status_label.text()
    assert doc_list.filter.hasFocus()
