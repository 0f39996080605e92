"""A story's views on an open stories index: the story view (Ctrl+K), the story's heat map
(Ctrl+Shift+M), the story panel's version table and the story's report (Ctrl+Shift+E) read
that story's texts in a worker, then show what a folder shows. A version that cannot be read
is left out and named; a base that cannot be read is a message naming it; the rest works."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.helpers import WAIT_MS, generated_index, open_index
from wirediff.core.stories import Relation
from wirediff.ui.common.roles import DOC_ROLE
from wirediff.ui.doclist.pages import IndexEvent, IndexStory
from wirediff.ui.session import index_story
from wirediff.ui.shell.parts import PAIR_PAGE, STORY_PAGE
from wirediff.ui.shell.window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = CTRL | Qt.KeyboardModifier.ShiftModifier
DOCUMENTS = 3000
TEXTS = 400  # the first documents of the list have files


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return generated_index(tmp_path_factory.mktemp("archive"), DOCUMENTS, TEXTS)


def stories(window: MainWindow, least: int = 3) -> list[IndexStory]:
    """Stories listed with ``least`` versions or more, every text on disk."""
    archive = window.session.archive
    found = {e.story: archive.story(e.story) for e in archive.entries.values()}
    return [
        s
        for s in found.values()
        if s is not None and len(s.entries) >= least and max(e.row for e in s.entries) < TEXTS
    ]


def select(qtbot, window: MainWindow, row: int) -> None:  # type: ignore[no-untyped-def]
    """Make ``row`` current and wait for its pair and its story panel."""
    if window.doc_list.selected() != row:
        with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
            window.doc_list.select(row)
    qtbot.waitUntil(lambda: not window.session.runner.busy(), timeout=WAIT_MS)
    window.doc_list.view.setFocus()


def opened_story(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, index: Path, which: int = 0, version: int = 1
) -> IndexStory:
    """The index opened, and version ``version`` of its story ``which`` made current."""
    open_index(qtbot, window, index)
    story = stories(window)[which]
    select(qtbot, window, story.entries[version].row)
    return story


def open_story_view(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    view = window.parts.story_view
    qtbot.keyClick(window.doc_list.view, Qt.Key.Key_K, CTRL)
    assert window.parts.pages.currentIndex() == STORY_PAGE
    qtbot.waitUntil(lambda: not view.building() and view.model.rowCount() > 0, timeout=WAIT_MS)


def test_story_view_of_an_index_story_and_enter_opens_a_pair(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, index: Path
) -> None:
    story = opened_story(qtbot, window, index, version=2)
    open_story_view(qtbot, window)
    view = window.parts.story_view
    data = view.model.data_
    assert data is not None and view.model.columnCount() == len(story.entries)
    found = window.commands.story.archived
    assert found is not None and found.story == story.id
    assert sorted(found.rows) == sorted(e.row for e in story.entries)
    assert found.rows[data.docs[0]] == story.entries[0].row  # the index's base is the base
    # Enter on the third version's column opens base ↔ that version.
    view.go_to(0, 3)
    column_row = found.rows[data.docs[3]]
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert window.parts.pages.currentIndex() == PAIR_PAGE
    assert window.shown is not None
    assert window.shown.pair == (story.entries[0].row, column_row)
    assert window.doc_list.selected() == column_row
    # Ctrl+K again, then Esc: back to the pair.
    open_story_view(qtbot, window)
    qtbot.keyClick(view.table, Qt.Key.Key_Escape)
    assert window.parts.pages.currentIndex() == PAIR_PAGE


def test_story_panel_counts_the_versions_and_opens_one(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, index: Path
) -> None:
    story = opened_story(qtbot, window, index, 1)
    panel = window.changes.story
    qtbot.waitUntil(lambda: panel.isVisible() and "…" not in panel.title.text(), timeout=WAIT_MS)
    assert panel.title.text().startswith(f"Story of {len(story.entries)} versions")
    assert len(panel.rows) == len(story.entries)
    numbers = [cells for cells in panel.rows.values() if cells[1] != "base"]
    assert numbers and all(cells[4].endswith("%") for cells in numbers)
    # Down to the last version in the panel, Enter: that version against the base.
    panel.view.setFocus()
    panel.view.setCurrentItem(panel.view.topLevelItem(0))
    for _ in range(len(story.entries) - 1):
        qtbot.keyClick(panel.view, Qt.Key.Key_Down)
    found = window.session.archive.stories.panel_story()
    assert found is not None
    expected = found.rows[panel.view.currentItem().data(0, DOC_ROLE)]
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
        qtbot.keyClick(panel.view, Qt.Key.Key_Return)
    assert window.shown is not None
    assert window.shown.pair == (story.entries[0].row, expected)
    assert window.doc_list.selected() == expected


def test_heat_map_of_an_index_story_and_a_cell_opens_its_pair(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, index: Path
) -> None:
    story = opened_story(qtbot, window, index)
    with qtbot.waitSignal(window.heat_map_shown, timeout=WAIT_MS):
        qtbot.keyClick(window.doc_list.view, Qt.Key.Key_M, CTRL_SHIFT)
    heat = window.heat_map
    assert heat is not None and heat.map.matrix is not None
    assert len(heat.map.matrix.docs) == len(story.entries)
    found = window.session.archive.stories.matrix_of
    assert found is not None and found.story == story.id
    heat.map.setFocus()
    heat.map.cell_cursor = (1, 2)  # two versions, neither the base
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
        qtbot.keyClick(heat.map, Qt.Key.Key_Return)
    docs = heat.map.matrix.docs
    assert window.shown is not None
    assert window.shown.pair == (found.rows[docs[1]], found.rows[docs[2]])


def events(window: MainWindow) -> list[IndexEvent]:
    """Events listed of two stories or more, every text on disk."""
    archive = window.session.archive
    ids = dict.fromkeys(e.event for e in archive.entries.values())
    found = [archive.listed_event(event) for event in ids]
    return [
        e
        for e in found
        if e is not None
        and len(e.stories) > 1
        and max(x.row for s in e.stories for x in s.entries) < TEXTS
    ]


def test_heat_map_of_an_index_event_relates_its_stories(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, index: Path, tmp_path: Path
) -> None:
    open_index(qtbot, window, index)
    event = events(window)[0]
    versions = [s for s in event.stories if len(s.entries) > 1]
    row = versions[0].entries[1].row if versions else event.stories[0].entries[0].row
    select(qtbot, window, row)
    with qtbot.waitSignal(window.heat_map_shown, timeout=WAIT_MS):
        qtbot.keyClick(window.doc_list.view, Qt.Key.Key_M, CTRL)
    heat = window.heat_map
    assert heat is not None and heat.map.matrix is not None
    found = window.session.archive.stories.matrix_of
    assert found is not None
    rows = [found.rows[d] for d in heat.map.matrix.docs]
    assert rows == [e.row for s in event.stories for e in s.entries]  # story by story
    first, second = (len(event.stories[0].entries) - 1, len(event.stories[0].entries))
    assert heat.map.matrix.cells[first][second].relation is Relation.SAME_EVENT
    assert heat.map.matrix.cells[0][first].relation in (Relation.SAME_STORY, Relation.SAME_DOCUMENT)
    # A cell across two stories opens that pair.
    heat.map.setFocus()
    heat.map.cell_cursor = (first, second)
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
        qtbot.keyClick(heat.map, Qt.Key.Key_Return)
    assert window.shown is not None and window.shown.pair == (rows[first], rows[second])


def test_story_report_of_an_index_story(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, index: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from wirediff.ui.shell import export

    story = opened_story(qtbot, window, index)
    out = tmp_path / "story.html"
    monkeypatch.setattr(
        export.QFileDialog, "getSaveFileName", lambda *_a: (str(out), "HTML page (*.html)")
    )
    exporter = window.commands.exporter
    exporter.last = None
    qtbot.keyClick(window.doc_list.view, Qt.Key.Key_E, CTRL_SHIFT)
    qtbot.waitUntil(lambda: exporter.last is not None, timeout=WAIT_MS)
    page = out.read_text(encoding="utf-8")
    for entry in story.entries:
        assert entry.doc.path.name in page


def test_a_story_report_names_the_version_it_leaves_out_and_why(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, index: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A version's file deleted since indexing: the report covered the others and said
    nothing of it (only the status line did); it is in ``files`` with its problem, and in
    a remark, as a folder's report names a file it could not read."""
    import json
    import shutil

    from wirediff.ui.shell import export

    story = opened_story(qtbot, window, index, which=5)
    gone = story.entries[-1].doc.path
    out = tmp_path / "story.json"
    monkeypatch.setattr(
        export.QFileDialog,
        "getSaveFileName",
        lambda *_a: (str(out), "Report data, JSON (*.json)"),
    )
    exporter = window.commands.exporter
    exporter.last = None
    shutil.move(gone, tmp_path / gone.name)
    try:
        open_index(qtbot, window, index)  # anew: no text of the story kept
        select(qtbot, window, story.entries[1].row)
        qtbot.keyClick(window.doc_list.view, Qt.Key.Key_E, CTRL_SHIFT)
        qtbot.waitUntil(lambda: exporter.last is not None, timeout=WAIT_MS)
    finally:
        shutil.move(tmp_path / gone.name, gone)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert len(data["comparisons"]) == len(story.entries) - 2  # the base, the one left out
    (missing,) = [f for f in data["files"] if f["problem"]]
    assert missing["path"].endswith(gone.name) and missing["size"] is None
    assert "left out of this report" in missing["problem"]
    assert "not found" in missing["problem"]
    assert any(gone.name in r and "left out" in r for r in data["remarks"])


def held_reads(monkeypatch: pytest.MonkeyPatch, story: IndexStory) -> threading.Event:
    """Reads of ``story``'s texts wait until the returned event is set (a slow disk)."""
    gate = threading.Event()
    real = index_story.read_stories

    def held(key: int, *args: object, **kwargs: object) -> object:
        if key == story.id:
            gate.wait(WAIT_MS / 1000)
        return real(key, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(index_story, "read_stories", held)
    return gate


def test_moving_the_list_while_a_story_is_read_keeps_the_report_and_the_story_view(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, index: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The story panel follows the list, but a report or a story view asked for a story
    still gets it when the list moves on while its texts are read."""
    from wirediff.ui.shell import export

    open_index(qtbot, window, index)
    first, second, third, fourth = stories(window)[4:8]
    gate = held_reads(monkeypatch, first)
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
        window.doc_list.select(first.entries[1].row)  # the panel starts reading it
    out = tmp_path / "story.html"
    monkeypatch.setattr(
        export.QFileDialog, "getSaveFileName", lambda *_a: (str(out), "HTML page (*.html)")
    )
    exporter = window.commands.exporter
    exporter.last = None
    window.doc_list.view.setFocus()
    qtbot.keyClick(window.doc_list.view, Qt.Key.Key_E, CTRL_SHIFT)
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
        window.doc_list.select(second.entries[1].row)  # on, while the first is read
    gate.set()
    qtbot.waitUntil(lambda: exporter.last is not None, timeout=WAIT_MS)
    page = out.read_text(encoding="utf-8")
    assert all(entry.doc.path.name in page for entry in first.entries)
    reader = window.session.archive.stories
    qtbot.waitUntil(lambda: not window.session.runner.busy(), timeout=WAIT_MS)
    found = reader.panel_story()
    assert found is not None and found.story == second.id  # the panel shows where the list is
    # The story view of a story being read, the list moved meanwhile: it shows that story.
    gate = held_reads(monkeypatch, third)
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
        window.doc_list.select(third.entries[1].row)
    window.doc_list.view.setFocus()
    qtbot.keyClick(window.doc_list.view, Qt.Key.Key_K, CTRL)
    assert window.parts.pages.currentIndex() == STORY_PAGE
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
        window.doc_list.select(second.entries[1].row)
    gate.set()
    view = window.parts.story_view
    qtbot.waitUntil(lambda: not view.building() and view.model.rowCount() > 0, timeout=WAIT_MS)
    archived = window.commands.story.archived
    assert archived is not None and archived.story == third.id
    # Esc while the story view's story is read, the list moved on: that read is dropped.
    qtbot.keyClick(view.table, Qt.Key.Key_Escape)
    gate = held_reads(monkeypatch, fourth)
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
        window.doc_list.select(fourth.entries[1].row)
    window.doc_list.view.setFocus()
    qtbot.keyClick(window.doc_list.view, Qt.Key.Key_K, CTRL)
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
        window.doc_list.select(second.entries[1].row)
    assert window.session.runner.running(index_story.READ)
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert window.parts.pages.currentIndex() == PAIR_PAGE
    assert not window.session.runner.running(index_story.READ)
    gate.set()


def test_a_missing_version_is_left_out_and_named_and_a_missing_base_refused(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, index: Path, tmp_path: Path
) -> None:
    import shutil

    open_index(qtbot, window, index)
    first, second = stories(window)[2:4]
    gone = first.entries[-1].doc.path
    base = second.entries[0].doc.path
    saved = tmp_path / "saved"
    saved.mkdir()
    for path in (gone, base):
        shutil.move(path, saved / path.name)
    try:
        select(qtbot, window, first.entries[1].row)
        open_story_view(qtbot, window)
        assert window.parts.story_view.model.columnCount() == len(first.entries) - 1
        assert gone.name in window.status_label.text()
        assert "cannot be read" in window.status_label.text()
        qtbot.keyClick(window.parts.story_view.table, Qt.Key.Key_Escape)
        # The base of the other story is missing: its versions cannot be compared, and its
        # story view says why, naming the file; the window stays on the pair.
        window.doc_list.select(second.entries[1].row)
        qtbot.waitUntil(lambda: not window.session.runner.busy(), timeout=WAIT_MS)
        window.doc_list.view.setFocus()
        window.status_label.setText("")
        qtbot.keyClick(window.doc_list.view, Qt.Key.Key_K, CTRL)
        qtbot.waitUntil(lambda: base.name in window.status_label.text(), timeout=WAIT_MS)
        assert "cannot be read" in window.status_label.text()
        assert window.parts.pages.currentIndex() == PAIR_PAGE
        # The rest keeps working: the first story's view again.
        select(qtbot, window, first.entries[1].row)
        open_story_view(qtbot, window)
    finally:
        for path in (gone, base):
            shutil.move(saved / path.name, path)


def test_a_huge_story_is_not_read_and_says_why(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, index: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(index_story, "MAX_VERSIONS", 2)
    story = opened_story(qtbot, window, index)
    window.status_label.setText("")
    qtbot.keyClick(window.doc_list.view, Qt.Key.Key_K, CTRL)
    qtbot.waitUntil(lambda: "at most 2 texts" in window.status_label.text(), timeout=WAIT_MS)
    assert f"has {len(story.entries)} versions" in window.status_label.text()
    assert window.parts.pages.currentIndex() == PAIR_PAGE


def test_a_text_failing_with_no_file_error_is_named_and_no_view_waits_for_good(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, index: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A shard rewritten since indexing fails with pyarrow's errors, not a file's: the
    version is left out and named with the reason, a base is refused, and the story view
    and the heat map stop waiting (before, they waited for good, and nothing was said)."""
    from wirediff.scale.reader import StoriesIndex

    open_index(qtbot, window, index)
    first, second = stories(window)[8:10]
    bad = {first.entries[-1].row, second.entries[0].row}
    real = StoriesIndex.text

    def text(self, row):  # type: ignore[no-untyped-def]
        if row.row in bad:
            raise RuntimeError("codec said no")
        return real(self, row)

    monkeypatch.setattr(StoriesIndex, "text", text)
    select(qtbot, window, first.entries[1].row)
    open_story_view(qtbot, window)
    assert window.parts.story_view.model.columnCount() == len(first.entries) - 1
    status = window.status_label.text()
    assert first.entries[-1].doc.path.name in status and "codec said no" in status
    qtbot.keyClick(window.parts.story_view.table, Qt.Key.Key_Escape)
    window.doc_list.select(second.entries[1].row)
    qtbot.waitUntil(lambda: not window.session.runner.busy(), timeout=WAIT_MS)
    window.doc_list.view.setFocus()
    qtbot.keyClick(window.doc_list.view, Qt.Key.Key_M, CTRL_SHIFT)
    heat = window.heat_map
    assert heat is not None
    base = second.entries[0].doc.path.name
    qtbot.waitUntil(lambda: base in heat.status.text(), timeout=WAIT_MS)
    assert "codec said no" in heat.status.text()
    heat.hide()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT_MS)
    # A fault that is no file's (putting the story together): said, and the view is left.
    monkeypatch.setattr(index_story, "group_index", lambda *_a: 1 / 0)
    select(qtbot, window, stories(window)[10].entries[1].row)
    window.status_label.setText("")
    qtbot.keyClick(window.doc_list.view, Qt.Key.Key_K, CTRL)
    qtbot.waitUntil(lambda: "division by zero" in window.status_label.text(), timeout=WAIT_MS)
    assert window.parts.pages.currentIndex() == PAIR_PAGE


def test_a_heat_map_cell_opens_its_pair_once_the_filter_hides_the_story(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, index: Path
) -> None:
    """The heat map keeps the index's entries of what it shows: a cell opens its pair
    whatever the list shows now (before, nothing happened and nothing was said once the
    list had scrolled past the story's page or its filter hid it). Found by fuzzing."""
    story = opened_story(qtbot, window, index)
    with qtbot.waitSignal(window.heat_map_shown, timeout=WAIT_MS):
        qtbot.keyClick(window.doc_list.view, Qt.Key.Key_M, CTRL_SHIFT)
    heat = window.heat_map
    assert heat is not None and heat.map.matrix is not None
    archive = window.session.archive
    with qtbot.waitSignal(archive.listed, timeout=WAIT_MS):
        qtbot.keyClicks(window.doc_list.filter, "no such words")
    assert all(archive.story(e.story) is None for e in story.entries)  # none listed
    heat.map.setFocus()
    heat.map.cell_cursor = (1, 2)
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
        qtbot.keyClick(heat.map, Qt.Key.Key_Return)
    found = archive.stories.matrix_of
    assert found is not None
    docs = heat.map.matrix.docs
    assert window.shown is not None
    assert window.shown.pair == (found.rows[docs[1]], found.rows[docs[2]])


def test_story_panel_says_when_an_index_story_could_not_be_counted(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, index: Path, monkeypatch
) -> None:
    """The title kept "(counting words…)" for ever when the count failed."""

    def failing(*_args: object):  # type: ignore[no-untyped-def]
        def run(_job: object) -> None:
            raise MemoryError

        return run

    monkeypatch.setattr(index_story, "story_diffs_job", failing)
    opened_story(qtbot, window, index, 1)
    panel = window.changes.story
    qtbot.waitUntil(lambda: "not counted" in panel.title.text(), timeout=WAIT_MS)
    assert "(counting words…)" not in panel.title.text()
    assert "could not be counted" in panel.title.toolTip()
    assert {cells[1] for cells in panel.rows.values()} == {"base", "–"}


def test_a_compare_option_rebuilds_an_index_story_s_open_story_view(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, index: Path
) -> None:
    """Compare ▸ Ignore case with the story view open: its table is compared again (it kept
    the table compared without it). Found by a tester (in a folder's story view)."""
    opened_story(qtbot, window, index)
    open_story_view(qtbot, window)
    view = window.parts.story_view
    data = view.model.data_
    assert data is not None
    window.actions_["ignore_case"].trigger()
    qtbot.waitUntil(lambda: view.model.data_ is not data and not view.building(), timeout=WAIT_MS)
    rebuilt = view.model.data_
    assert rebuilt is not None and rebuilt.docs == data.docs
    assert window.parts.pages.currentIndex() == STORY_PAGE
    assert window.session.options.ignore_case and rebuilt.key[3] == window.session.options


def test_an_export_never_replaces_a_version_of_the_index(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, index: Path, monkeypatch
) -> None:
    """The versions' texts are read from the index's text folder, not the index: an export
    onto the version on screen replaced it (found by a reviewer)."""
    from wirediff.ui.shell import export

    story = opened_story(qtbot, window, index)
    victim = story.entries[1].doc.path
    kept = victim.read_bytes()
    answer = (str(victim), "HTML page (*.html)")
    monkeypatch.setattr(export.QFileDialog, "getSaveFileName", lambda *_a: answer)
    qtbot.keyClick(window.doc_list.view, Qt.Key.Key_E, CTRL)
    qtbot.waitUntil(lambda: not window.session.runner.busy(), timeout=WAIT_MS)
    assert victim.read_bytes() == kept
    assert window.status_label.text().startswith("Not written:")
