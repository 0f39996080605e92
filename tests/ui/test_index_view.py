"""File ▸ Open stories index…: the app browses a 200,000-document index without reading its
texts, a page of the list at a time; a pair's two texts are read when it is shown.

The index is written directly (``wirediff.scale.synthetic``: the engine's own placement and
file layout) in about two seconds; only the first documents of its list have text files,
so reading any other would fail. The longest GUI-thread stall while it opens and scrolls is
measured by ``benchmarks/bench_index_view.py``, not here (no wall-clock limits in tests).
"""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from tests.ui.helpers import WAIT_MS, generated_index, open_and_wait, tree
from wirediff.resources import sample_corpus
from wirediff.ui.common.roles import DOC_ROLE
from wirediff.ui.doclist.columns import DATE, OUTLET, TITLE
from wirediff.ui.session import archive as archive_module
from wirediff.ui.session import index_source
from wirediff.ui.shell.window import MainWindow

DOCUMENTS = 200_000
TEXTS = 60  # the first documents of the list have files; the rest exist in the index only


@pytest.fixture(scope="module")
def big_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return generated_index(tmp_path_factory.mktemp("archive"), DOCUMENTS, TEXTS)


def choose_folder(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(folder))


def open_index_from_menu(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """File ▸ Open stories index…, as a user does it (the dialog answered)."""
    menu = next(a for a in window.menuBar().actions() if a.text() == "&File")
    (item,) = [a for a in menu.menu().actions() if a.text() == "Open stories in&dex…"]
    item.trigger()


def the_box(qtbot, window: MainWindow) -> QMessageBox:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: bool(window.findChildren(QMessageBox)), timeout=WAIT_MS)
    (box,) = window.findChildren(QMessageBox)
    return box


def count_reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every text the app reads from the index, by path."""
    read: list[str] = []
    original = index_source.IndexSource.read

    def counting(self, entry):  # type: ignore[no-untyped-def]
        read.append(entry.doc.path.name)
        return original(self, entry)

    monkeypatch.setattr(index_source.IndexSource, "read", counting)
    return read


def documents_listed(window: MainWindow) -> int:
    def walk(parent: QModelIndex) -> int:
        model = window.doc_list.model
        n = 0
        for r in range(model.rowCount(parent)):
            index = model.index(r, 0, parent)
            n += (index.data(DOC_ROLE) is not None) + walk(index)
        return n

    return walk(QModelIndex())


def groups_closed(window: MainWindow) -> int:
    """Event and story rows of the list that are not open (every one is, on every page)."""
    view, proxy = window.doc_list.view, window.doc_list.proxy

    def walk(parent: QModelIndex) -> int:
        n = 0
        for r in range(proxy.rowCount(parent)):
            index = proxy.index(r, 0, parent)
            if index.data(DOC_ROLE) is None:
                n += (not view.isExpanded(index)) + walk(index)
        return n

    return walk(QModelIndex())


def story_files(window: MainWindow) -> list[str]:
    """The file names of the versions of the story of the pair on screen."""
    archive = window.session.archive
    assert window.shown is not None
    story = archive.story(archive.entries[window.shown.pair[1]].story)
    assert story is not None
    return sorted(e.doc.path.name for e in story.entries)


def test_a_200k_index_opens_paged_and_reads_only_the_story_shown(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, big_index: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    reads = count_reads(monkeypatch)
    choose_folder(monkeypatch, big_index)
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
        open_index_from_menu(qtbot, window)
    archive = window.session.archive
    assert archive.active and window.doc_list.paged
    # The list is the index's first page, grouped as a folder's: events > stories > versions.
    listed = documents_listed(window)
    assert 0 < listed < 3000 < DOCUMENTS
    _first, shown, total = archive.loaded()
    assert total > 50_000 and shown < total
    shape = tree(window)
    groups = [row for row in shape if isinstance(row, tuple)]
    events = [g for g in groups if any(isinstance(child, tuple) for child in g[1])]
    stories = [g for g in groups if all(isinstance(child, int) for child in g[1])]
    assert events and stories and any(isinstance(row, int) for row in shape)  # lone articles
    proxy = window.doc_list.proxy
    event = proxy.index(shape.index(events[0]), 0)
    stories_cell, docs_cell = (event.siblingAtColumn(c).data() for c in (OUTLET, DATE))
    assert stories_cell == f"{len(events[0][1])} stories" and docs_cell.endswith(" docs")
    assert event.siblingAtColumn(TITLE).data() == events[0][0]
    assert "independent stories" in event.data(Qt.ItemDataRole.ToolTipRole)
    story = proxy.index(shape.index(stories[0]), 0)
    assert story.siblingAtColumn(OUTLET).data() == f"{len(stories[0][1])} versions"
    assert window.doc_list.visible_order()[:1]
    # The first version against its story's base: two texts read, then the story's other
    # versions for the story panel; no other text, and none twice.
    assert window.shown is not None
    assert archive.reads == 2
    qtbot.waitUntil(lambda: window.changes.story.isVisible(), timeout=WAIT_MS)
    assert sorted(reads) == story_files(window)
    assert window.shown.right.text and window.shown.left.text != window.shown.right.text
    assert "version" in window.shown.right.text
    # Down to the next version: one more text (the base is kept).
    view = window.doc_list.view
    view.setFocus()
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
        qtbot.keyClick(view, Qt.Key.Key_Down)
    assert sorted(reads) == story_files(window)  # a version of the same story: kept
    # Scrolling to the end of the list asks for the next page, read without any text.
    bar = view.verticalScrollBar()
    with qtbot.waitSignal(archive.page_ready, timeout=WAIT_MS):
        bar.setValue(bar.maximum())
    assert archive.loaded()[1] > shown
    assert documents_listed(window) > listed
    assert groups_closed(window) == 0
    assert len(reads) == len(story_files(window)) < DOCUMENTS


def test_past_max_pages_the_list_moves_on_and_back(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, big_index: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The list holds at most MAX_PAGES pages (Qt lays every listed row out again as rows
    are added): scrolled past them it lists the last page and the next; scrolled to its
    top, the page before and the first."""
    monkeypatch.setattr(archive_module, "MAX_PAGES", 2)
    reads = count_reads(monkeypatch)
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
        window.commands.index.open(big_index)
    archive, bar = window.session.archive, window.doc_list.view.verticalScrollBar()
    with qtbot.waitSignal(archive.page_ready, timeout=WAIT_MS):
        bar.setValue(bar.maximum())
    assert archive.loaded()[0] == 0 and len(archive.shown) == 2
    for _ in range(2):
        qtbot.waitUntil(lambda: bar.maximum() > bar.value(), timeout=WAIT_MS)  # laid out
        with qtbot.waitSignal(archive.window_ready, timeout=WAIT_MS):
            bar.setValue(bar.maximum())
        assert len(archive.shown) == 2
    first, end, _total = archive.loaded()
    assert first > 0 and first == archive.shown[0]
    rows = set(window.doc_list.cells.where)
    assert rows == set(archive.entries)  # what is listed is what the session knows
    assert groups_closed(window) == 0
    assert "Listing events" in window.status_label.text()
    with qtbot.waitSignal(archive.window_ready, timeout=WAIT_MS):
        bar.setValue(0)
    assert archive.loaded()[0] < first and archive.loaded()[1] < end
    assert len(reads) <= 8  # the first story's (the story panel's); no text for any page


def test_a_pair_asked_for_again_while_it_is_read_is_read_once(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, big_index: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When its pages change the list asks again for the row it keeps current: a read of
    that row's pair under way goes on (before, it was dropped and both texts read again)."""
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
        window.commands.index.open(big_index)
    archive = window.session.archive
    qtbot.waitUntil(lambda: window.changes.story.isVisible(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not window.session.runner.busy(), timeout=WAIT_MS)

    def unread(row: int) -> bool:
        pair = archive.pair_for(row)
        return not isinstance(pair, str) and all(
            e.doc.path.exists() and archive.kept(e.row) is None for e in pair
        )

    row = next(r for r in archive.entries if unread(r))
    gate, reads = threading.Event(), count_reads(monkeypatch)
    counting = index_source.IndexSource.read

    def held(self, entry):  # type: ignore[no-untyped-def]
        gate.wait(WAIT_MS / 1000)
        return counting(self, entry)

    monkeypatch.setattr(index_source.IndexSource, "read", held)
    archive.select(row)
    archive.select(row)  # as the list does when a page is added or let go
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
        gate.set()
    qtbot.waitUntil(lambda: not window.session.runner.busy(), timeout=WAIT_MS)
    left, right = archive.pair_for(row)  # type: ignore[misc]
    assert sorted(reads) == sorted([left.doc.path.name, right.doc.path.name])


def test_index_keys_and_the_pair_report(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, big_index: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl+PgDown steps to the next document and compares it; Ctrl+E writes the report of
    the pair on screen, its two files named in it."""
    from wirediff.ui.shell import export

    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
        window.commands.index.open(big_index)
    first = window.shown
    assert first is not None
    view = window.doc_list.view
    view.setFocus()
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
        qtbot.keyClick(view, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.shown is not None and window.shown.right.path != first.right.path
    out = tmp_path / "pair.html"
    monkeypatch.setattr(
        export.QFileDialog, "getSaveFileName", lambda *_a: (str(out), "HTML page (*.html)")
    )
    exporter = window.commands.exporter
    exporter.last = None
    qtbot.keyClick(view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: exporter.last is not None, timeout=WAIT_MS)
    page = out.read_text(encoding="utf-8")
    assert window.shown.left.path.name in page and window.shown.right.path.name in page


def test_f5_and_a_heat_map_left_open_follow_the_index(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, big_index: Path, sample_dir: Path
) -> None:
    """F5 reads the index again and compares its first pair again (the row stayed current,
    so nothing was compared: "Select a version…"); a folder's heat map left open closes
    when an index is opened (its cells did nothing). Found by fuzzing the app."""
    open_and_wait(qtbot, window, [sample_dir])
    window.doc_list.view.setFocus()
    with qtbot.waitSignal(window.heat_map_shown, timeout=WAIT_MS):
        qtbot.keyClick(window.doc_list.view, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert window.heat_map is not None and window.heat_map.isVisible()
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
        window.commands.index.open(big_index)
    assert not window.heat_map.isVisible()
    first = window.shown
    assert first is not None
    window.activateWindow()  # (the heat map's window had been the active one)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT_MS)
    view = window.doc_list.view
    view.setFocus()
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
        qtbot.keyClick(view, Qt.Key.Key_F5)
    assert window.shown is not None and window.shown.pair == first.pair
    assert window.doc_list.selected() == first.pair[1]


def test_f5_on_an_index_keeps_the_document_the_user_was_on(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, big_index: Path
) -> None:
    """F5 read the index again and went back to its first pair, losing the user's place."""
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
        window.commands.index.open(big_index)
    view = window.doc_list.view
    view.setFocus()
    for _ in range(2):
        with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
            qtbot.keyClick(view, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    there = window.shown
    assert there is not None
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
        qtbot.keyClick(view, Qt.Key.Key_F5)
    assert window.shown is not None and window.shown.right.path == there.right.path
    assert window.doc_list.selected() == there.pair[1]


def test_what_needs_more_than_a_story_says_it_is_not_available(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, big_index: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Hiding boilerplate (lines recurring across the archive) and review marks (the review
    store, kept per folder); a story's and an event's views are in ``test_index_story``."""
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
        window.commands.index.open(big_index)
    for key, mods in (
        (Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_R, Qt.KeyboardModifier.NoModifier),
    ):
        window.status_label.setText("")
        qtbot.keyClick(window.doc_list.view, key, mods)
        assert "not available for a stories index" in window.status_label.text()
    assert window.heat_map is None
    assert window.parts.pages.currentIndex() == 0


def test_a_folder_that_is_not_an_index_is_a_message_and_keeps_what_was_open(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("pyarrow")
    open_and_wait(qtbot, window, [sample_corpus()])
    before = list(window.documents)
    plain = tmp_path / "just texts"
    plain.mkdir()
    (plain / "a.txt").write_text("An article.\n", encoding="utf-8")
    choose_folder(monkeypatch, plain)
    open_index_from_menu(qtbot, window)
    box = the_box(qtbot, window)
    assert "Not a stories index" in box.windowTitle()
    assert str(plain) in box.text() and "summary.json" in box.text()
    assert box.textFormat() == Qt.TextFormat.PlainText
    box.close()
    assert window.documents == before and not window.session.archive.active
    assert window.shown is not None


def test_a_damaged_index_is_a_message_and_keeps_what_was_open(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("pyarrow")
    from wirediff.scale.synthetic import write_index

    open_and_wait(qtbot, window, [sample_corpus()])
    index = tmp_path / "damaged.parquet"
    write_index(index, 500, tmp_path / "texts")
    part = index / "documents" / "part.0.parquet"
    part.write_bytes(part.read_bytes()[:200])  # cut short
    choose_folder(monkeypatch, index)
    open_index_from_menu(qtbot, window)
    box = the_box(qtbot, window)
    assert str(index) in box.text()
    assert "Damaged stories index" in box.windowTitle()  # not "Not a stories index"
    assert "documents/part.0.parquet cannot be read" in box.text()  # the part named
    assert len(window.documents) == 5 and not window.session.archive.active


def edit_table(path: Path, change) -> None:  # type: ignore[no-untyped-def]
    """Rewrite the Parquet table at ``path`` with ``change(rows)`` (a hand edit)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pq.read_table(path)
    pq.write_table(pa.Table.from_pylist(change(table.to_pylist()), schema=table.schema), path)


def test_a_document_naming_a_story_the_index_lacks_is_left_out_and_said(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    """A documents part naming a story that stories.parquet lacks (one value hand-edited):
    selecting it raised KeyError in ``pair_for`` on the GUI thread, at open and at each
    select, and nothing said the index was damaged. Its story is left out, the box names
    the part and what is wrong, the rest is listed and compared."""
    from wirediff.scale.reader import StoriesIndex

    index = generated_index(tmp_path, 500, 60)
    story = StoriesIndex(index).rows(3, 1)[0].story
    its_rows = {r.row for r in StoriesIndex(index).rows(0, 500) if r.story == story}
    edit_table(
        index / "documents" / "part.0.parquet",
        lambda rows: [dict(r, story=777777) if r["row"] == 3 else r for r in rows],
    )
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
        window.commands.index.open(index)
    box = the_box(qtbot, window)
    assert box.objectName() == "index_damaged" and "Damaged" in box.windowTitle()
    text = box.text()
    assert "documents/part.0.parquet: " in text and "names story 777,777" in text
    assert "1 story of it cannot be listed and is left out" in text
    archive = window.session.archive
    assert archive.active and not its_rows & set(archive.entries)
    assert len(archive.entries) == 500 - len(its_rows)  # the rest is listed
    assert window.shown is not None


def test_a_part_out_of_order_names_ten_stories_and_counts_the_rest(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    """Rows reordered against their row column paired documents of other stories: every
    story of the part is left out, and the box names ten of them, not hundreds."""
    index = generated_index(tmp_path, 500, 0)
    edit_table(index / "documents" / "part.0.parquet", lambda rows: rows[::-1])
    window.commands.index.open(index)
    box = the_box(qtbot, window)
    text = box.text()
    assert "(out of order)" in text and "more" in text.splitlines()[-1]
    assert len(text.splitlines()) == 2 + archive_module.DAMAGE_SHOWN + 1
    assert window.session.archive.active and not window.session.archive.entries


@pytest.mark.parametrize(
    ("table", "change", "said"),
    [
        ("events.parquet", lambda rows: [], "events.parquet is damaged: it holds no events"),
        (
            "events.parquet",
            lambda rows: [dict(r, first_row=10**9) if r["event"] == 0 else r for r in rows],
            "events.parquet is damaged: event 0 holds",
        ),
    ],
)
def test_event_tables_that_cannot_be_paged_refuse_the_index_in_words(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, tmp_path: Path, table: str, change, said: str
) -> None:
    """An empty events table opened as "0 events" and a search then said "list index out
    of range"; one first_row out of range listed nothing, without a word."""
    index = generated_index(tmp_path, 500, 0)
    edit_table(index / table, change)
    window.commands.index.open(index)
    box = the_box(qtbot, window)
    assert "Damaged stories index" in box.windowTitle() and said in box.text()
    assert not window.session.archive.active


def test_without_the_scale_extra_opening_says_what_to_install(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("pyarrow", "pyarrow.parquet"):
        monkeypatch.setitem(sys.modules, name, None)  # import pyarrow: ImportError
    asked: list[object] = []
    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", lambda *_a, **_k: asked.append(1) or str(tmp_path)
    )
    open_index_from_menu(qtbot, window)
    box = the_box(qtbot, window)
    assert "pip install 'wirediff[scale]'" in box.text()
    assert "pyarrow" in box.text()
    assert not window.session.archive.active
    assert not asked  # said before a folder was asked for (a dead end: a standards editor)


def test_the_app_starts_without_pyarrow() -> None:
    """Nothing the app imports at start-up imports the scale extra."""
    import subprocess

    code = (
        "import sys\n"
        "import wirediff.ui.shell.window, wirediff.ui.app\n"
        "bad = [m for m in ('pyarrow', 'dask', 'numpy', 'pandas', 'wirediff.scale')"
        " if m in sys.modules]\n"
        "assert not bad, bad\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr


def test_index_option_needs_one_folder(capsys: pytest.CaptureFixture[str]) -> None:
    from wirediff.ui.app import run_gui

    assert run_gui(["--index"]) == 2
    assert "--index INDEX_FOLDER" in capsys.readouterr().err


def test_a_folder_opened_while_an_index_opens_is_what_stays(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, big_index: Path, sample_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The last thing opened wins: an index still opening when a folder is opened is
    dropped (before, it replaced the folder once it had opened). Found by fuzzing."""
    gate = threading.Event()
    real = archive_module.IndexSource

    class Slow(real):  # type: ignore[misc, valid-type]
        def __init__(self, folder: Path) -> None:
            gate.wait(WAIT_MS / 1000)
            super().__init__(folder)

    monkeypatch.setattr(archive_module, "IndexSource", Slow)
    window.commands.index.open(big_index)
    open_and_wait(qtbot, window, [sample_dir], settle_down=False)
    gate.set()
    qtbot.waitUntil(lambda: not window.session.runner.busy(), timeout=WAIT_MS)
    QApplication.processEvents()
    assert not window.session.archive.active
    assert len(window.documents) == 5 and "stories index" not in window.windowTitle()


def test_view_menu_checks_follow_what_a_stories_index_refuses(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, big_index: Path, sample_dir: Path
) -> None:
    """Hide boilerplate refused is left unchecked (before: checked, so the next folder's
    first click unchecked it); Group by story cannot be unchecked with an index open (it
    did nothing, silently, and saved the choice for the next folder)."""
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
        window.commands.index.open(big_index)
    hide, group = window.actions_["hide_boilerplate"], window.actions_["group_stories"]
    assert group.isChecked() and not hide.isChecked()
    view = window.doc_list.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert "not available for a stories index" in window.status_label.text()
    assert not hide.isChecked()
    window.status_label.setText("")
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(view, Qt.Key.Key_G, ctrl_shift)
    assert "A flat list" in window.status_label.text()
    assert group.isChecked() and window.settings.flag("group_stories", True)
    open_and_wait(qtbot, window, [sample_dir])
    assert not hide.isChecked() and not window.session.hide_boilerplate
    assert group.isChecked() and window.session.grouped()


def test_the_refusal_box_shows_folder_names_as_data(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A bidi override, a line break or a byte that is not UTF-8 in the folder's name is
    shown visibly (before: the name reversed the path, split it, or lost the byte)."""
    import os

    pytest.importorskip("pyarrow")
    for name, mark in (("report\u202etxt.parquet", "<RLO>"), ("two\nlines.parquet", "␊")):
        folder = tmp_path / name
        folder.mkdir()
        window.commands.index.open(folder)
        box = the_box(qtbot, window)
        assert mark in box.text() and name not in box.text()
        box.close()
        qtbot.waitUntil(lambda: not window.findChildren(QMessageBox), timeout=WAIT_MS)
    folder = tmp_path / os.fsdecode(b"bad\xff.parquet")
    try:
        folder.mkdir()
    except (OSError, UnicodeError):
        return  # the file system takes no such name
    window.commands.index.open(folder)
    box = the_box(qtbot, window)
    assert "bad\\xff.parquet" in box.text()


def test_a_one_document_index_is_counted_in_the_singular(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    """Before: "1 documents · 1 stories", "1 of 1 document match", "Heat map of 1
    documents"."""
    index = generated_index(tmp_path, 1, 1)
    with qtbot.waitSignal(window.session.index_opened, timeout=WAIT_MS):
        window.commands.index.open(index)
    assert window.parts.count_label.text() == "1 document · 1 story (index)"
    window.doc_list.select(0)
    view = window.doc_list.view
    view.setFocus()
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    with qtbot.waitSignal(window.heat_map_shown, timeout=WAIT_MS):
        qtbot.keyClick(view, Qt.Key.Key_M, ctrl_shift)
    qtbot.waitUntil(lambda: "Heat map of 1 document ·" in window.status_label.text())
    window.heat_map.hide()  # type: ignore[union-attr]
    with qtbot.waitSignal(window.session.archive.listed, timeout=WAIT_MS):
        qtbot.keyClicks(window.doc_list.filter, "story 0")
    assert "1 of 1 document matches “story 0”" in window.status_label.text()
    assert window.parts.count_label.text() == "1 of 1 document matches · 1 story (index)"


def test_the_packaged_app_does_not_tell_the_user_to_pip_install_into_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The packaged app said "install it with pip … and start wirediff again", which never
    changes it. Found by a tester of the package."""
    from wirediff.cli import help_text
    from wirediff.ui.session.index_source import missing_text

    assert "start wirediff again" in missing_text("pyarrow")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    said = missing_text("pyarrow")
    assert "This packaged wirediff cannot open stories indexes" in said
    assert "start wirediff again" not in said
    assert "(not in the packaged app)" in help_text()
