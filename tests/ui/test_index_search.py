"""The list's filter on an open stories index searches the whole index (in a worker), not the
pages listed: the matching documents anywhere in the archive are listed with their story and
event rows; clearing the filter lists the index's first page again."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt

from tests.ui.helpers import WAIT_MS, generated_index, open_index, tree
from wirediff.ui.common.roles import DOC_ROLE, STORY_ROLE
from wirediff.ui.doclist.columns import FILE, OUTLET
from wirediff.ui.shell.window import MainWindow

DOCUMENTS = 20_000
TEXTS = 40


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return generated_index(tmp_path_factory.mktemp("archive"), DOCUMENTS, TEXTS)


def listed_rows(window: MainWindow) -> list[QModelIndex]:
    """The document rows of the list (proxy indexes), top to bottom."""
    proxy, out = window.doc_list.proxy, []

    def walk(parent: QModelIndex) -> None:
        for r in range(proxy.rowCount(parent)):
            at = proxy.index(r, 0, parent)
            if at.data(DOC_ROLE) is not None:
                out.append(at)
            walk(at)

    walk(QModelIndex())
    return out


def type_filter(qtbot, window: MainWindow, text: str) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+L, then the text typed key by key, and wait for the index's answer."""
    qtbot.keyClick(window.doc_list.view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    field = window.doc_list.filter
    assert field.hasFocus()
    with qtbot.waitSignal(window.session.archive.listed, timeout=WAIT_MS):
        qtbot.keyClicks(field, text)


def click_header(qtbot, window: MainWindow, column: int) -> None:  # type: ignore[no-untyped-def]
    header = window.doc_list.view.header()
    at = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(at, header.height() // 2)
    )


def outlets_by_story(window: MainWindow) -> list[list[str]]:
    """The outlets of each listed story's versions, in the list's order."""
    proxy, out = window.doc_list.proxy, []

    def walk(parent: QModelIndex) -> None:
        children = [proxy.index(r, 0, parent) for r in range(proxy.rowCount(parent))]
        docs = [c for c in children if c.data(DOC_ROLE) is not None]
        if parent.isValid() and parent.data(STORY_ROLE) is not None and docs:
            out.append([c.siblingAtColumn(OUTLET).data() for c in docs])
        for child in children:
            walk(child)

    walk(QModelIndex())
    return out


def table(index: Path):  # type: ignore[no-untyped-def]
    import pyarrow.parquet as pq

    return pq.read_table(index / "documents").sort_by("row").to_pylist()


def test_the_filter_finds_a_document_far_past_the_pages_listed(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, index: Path
) -> None:
    open_index(qtbot, window, index)
    archive = window.session.archive
    rows = table(index)
    far = rows[DOCUMENTS - 7]  # in the last events: on no page listed
    assert far["row"] not in archive.entries
    name = Path(far["path"]).name
    type_filter(qtbot, window, name)
    listed = listed_rows(window)
    assert [i.data(DOC_ROLE) for i in listed] == [far["row"]]
    assert listed[0].siblingAtColumn(FILE).data() == name
    assert archive.found.count == 1
    status = window.status_label.text()
    assert f"1 of {DOCUMENTS:,} documents matches “{name}”" in status
    # Its story and event rows are kept for context, as a folder's filter keeps them.
    story_versions = sum(1 for r in rows if r["story"] == far["story"])
    if story_versions > 1:
        assert isinstance(tree(window)[0], tuple)
    assert not window.doc_list.no_match.isVisible()


def test_an_outlet_matches_across_the_index_and_pages_through_the_matches(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, index: Path
) -> None:
    open_index(qtbot, window, index)
    archive = window.session.archive
    expected = [r["row"] for r in table(index) if r["outlet"] == "Dawn"]
    type_filter(qtbot, window, "dawn")  # case is ignored, as in a folder
    assert archive.found.count == len(expected) > 1000
    first = [i.data(DOC_ROLE) for i in listed_rows(window)]
    assert first == expected[: len(first)]
    assert {i.siblingAtColumn(OUTLET).data() for i in listed_rows(window)} == {"Dawn"}
    assert f"{len(expected):,} of {DOCUMENTS:,} documents match “dawn”" in (
        window.status_label.text()
    )
    # Scrolled to its end, the list appends the next page of matches.
    bar = window.doc_list.view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=WAIT_MS)
    with qtbot.waitSignal(archive.page_ready, timeout=WAIT_MS):
        bar.setValue(bar.maximum())
    more = [i.data(DOC_ROLE) for i in listed_rows(window)]
    assert len(more) > len(first) and more == expected[: len(more)]
    # A listed version whose base is filtered out is still compared with that base.
    bases = {r["story"]: r for r in table(index) if r["is_base"]}
    hidden_base = next(
        e for e in archive.entries.values() if not e.base and bases[e.story]["outlet"] != "Dawn"
    )
    pair = archive.pair_for(hidden_base.row)
    assert not isinstance(pair, str)
    assert {e.row for e in pair} == {hidden_base.row, bases[hidden_base.story]["row"]}
    assert bases[hidden_base.story]["row"] not in archive.entries  # not listed


def test_clearing_the_filter_lists_the_index_again_and_no_match_says_so(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, index: Path
) -> None:
    open_index(qtbot, window, index)
    archive = window.session.archive
    before = [i.data(DOC_ROLE) for i in listed_rows(window)]
    type_filter(qtbot, window, "no such words")
    assert archive.found.count == 0 and listed_rows(window) == []
    assert window.doc_list.no_match.isVisible()
    assert "No document of the index matches" in window.status_label.text()
    field = window.doc_list.filter
    with qtbot.waitSignal(archive.listed, timeout=WAIT_MS):
        field.selectAll()
        qtbot.keyClick(field, Qt.Key.Key_Backspace)
    assert archive.found is None
    assert [i.data(DOC_ROLE) for i in listed_rows(window)] == before
    assert not window.doc_list.no_match.isVisible()
    assert "Listing events 1–" in window.status_label.text()


def test_a_newer_search_drops_the_one_under_way(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, index: Path
) -> None:
    open_index(qtbot, window, index)
    archive = window.session.archive
    answers: list[object] = []
    archive.listed.connect(answers.append)
    archive.search("Reuters")
    archive.search("2021-07-03")
    qtbot.waitUntil(lambda: not window.session.runner.busy(), timeout=WAIT_MS)
    assert len(answers) == 1 and archive.found.text == "2021-07-03"
    dates = {r["date"] for r in table(index) if r["row"] in archive.entries}
    assert dates == {"2021-07-03"}


def test_a_header_click_sorts_each_storys_versions_and_keeps_the_events_in_order(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, index: Path
) -> None:
    open_index(qtbot, window, index)
    archive = window.session.archive
    before = [row[0] for row in tree(window) if isinstance(row, tuple)]

    def click(column: int) -> None:
        with qtbot.waitSignal(archive.sorted_ready, timeout=WAIT_MS):
            click_header(qtbot, window, column)

    def story_outlets() -> list[list[str]]:
        return outlets_by_story(window)

    click(OUTLET)
    assert archive.order == (OUTLET, False)
    groups = story_outlets()
    assert len(groups) > 100 and all(g == sorted(g, key=str.casefold) for g in groups)
    assert [row[0] for row in tree(window) if isinstance(row, tuple)] == before
    assert "versions by Outlet (ascending)" in window.status_label.text()
    click(OUTLET)  # again: descending
    assert archive.order == (OUTLET, True)
    groups = story_outlets()
    assert all(g == sorted(g, key=str.casefold, reverse=True) for g in groups)
    # Pages read later, and the filter's matches, come sorted the same way.
    type_filter(qtbot, window, "2021-07-1")
    assert all(g == sorted(g, key=str.casefold, reverse=True) for g in story_outlets())


def test_a_header_clicked_while_the_index_is_searched_sorts_the_matches(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, index: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The search under way is started again in the order clicked (before, the click was
    dropped while the header and the status line said the list was sorted)."""
    from wirediff.ui.session import archive as archive_module
    from wirediff.ui.session import index_source

    open_index(qtbot, window, index)
    archive = window.session.archive
    gate, real = threading.Event(), index_source.IndexSource.search

    def held(self, text, cancelled):  # type: ignore[no-untyped-def]
        gate.wait(WAIT_MS / 1000)
        return real(self, text, cancelled)

    monkeypatch.setattr(index_source.IndexSource, "search", held)
    qtbot.keyClicks(window.doc_list.filter, "2021-07-1")
    qtbot.waitUntil(lambda: window.session.runner.running(archive_module.FILTER), timeout=WAIT_MS)
    click_header(qtbot, window, OUTLET)
    with qtbot.waitSignal(archive.listed, timeout=WAIT_MS):
        gate.set()
    groups = outlets_by_story(window)
    assert archive.order == (OUTLET, False)
    assert len(groups) > 10 and all(g == sorted(g, key=str.casefold) for g in groups)


def test_a_search_failing_on_a_damaged_part_names_it_and_lists_nothing(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    """A later documents part whose pages are damaged (its footer whole, so the index
    opens): the search says which part and why under the filter, and the whole index is
    not left listed under it as if it matched. Found by fuzzing."""
    import wirediff.scale.synthetic as synthetic

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(synthetic, "ROWS_PER_PART", 1000)  # the first page is of the first two
        synthetic.write_index(tmp_path / "stories.parquet", 3000, tmp_path / "texts", texts=20)
    part = tmp_path / "stories.parquet" / "documents" / "part.2.parquet"
    data = bytearray(part.read_bytes())
    footer = int.from_bytes(data[-8:-4], "little")
    data[4 : len(data) - 8 - footer] = b"\xff" * (len(data) - 12 - footer)
    part.write_bytes(bytes(data))
    open_index(qtbot, window, tmp_path / "stories.parquet")
    before = [i.data(DOC_ROLE) for i in listed_rows(window)]
    type_filter(qtbot, window, "dawn")
    assert listed_rows(window) == []
    no_match = window.doc_list.no_match
    assert no_match.isVisible() and "documents/part.2.parquet" in no_match.text()
    assert "documents/part.2.parquet" in window.status_label.text()
    assert window.parts.count_label.text().startswith("not searched")
    field = window.doc_list.filter
    with qtbot.waitSignal(window.session.archive.listed, timeout=WAIT_MS):
        field.selectAll()
        qtbot.keyClick(field, Qt.Key.Key_Backspace)
    assert [i.data(DOC_ROLE) for i in listed_rows(window)] == before
    assert not no_match.isVisible()
