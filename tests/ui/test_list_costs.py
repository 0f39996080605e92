"""What the document list does per key on a folder of hundreds of documents, counted (not
timed): a filter key resets the proxy once instead of removing and inserting rows range by
range, a big list is filtered once typing pauses, Ctrl+PgDown looks at a few rows instead of
the whole tree, and marks that change on thousands of rows are drawn a slice at a time.
Each of these took seconds (or a fifth of one) per key on 20,000 documents."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QStandardItemModel

from wirediff.core.reading import load_paths
from wirediff.core.review import PairSummary
from wirediff.core.stories import StoryIndex, build_story_index
from wirediff.core.stories.synth import generate, write
from wirediff.core.tokens import count_words
from wirediff.ui.common.roles import DOC_ROLE, FILTER_ROLE
from wirediff.ui.doclist import view as list_view
from wirediff.ui.doclist.columns import DATE, MARK, SIMILARITY, TITLE
from wirediff.ui.doclist.groups import marked_bases
from wirediff.ui.doclist.model import grouped_list
from wirediff.ui.doclist.tree import doc_at, group_key, group_rows
from wirediff.ui.doclist.view import DocumentList
from wirediff.ui.jobs import slicer


@pytest.fixture(scope="module")
def day(tmp_path_factory: pytest.TempPathFactory) -> tuple[StoryIndex, list[int]]:
    folder = tmp_path_factory.mktemp("list") / "day"
    write(generate(300, seed=5), folder)
    documents = load_paths([folder]).documents
    return build_story_index(documents), [count_words(d.text) for d in documents]


@pytest.fixture
def doc_list(qtbot, day: tuple[StoryIndex, list[int]]) -> Iterator[DocumentList]:  # type: ignore[no-untyped-def]
    widget = DocumentList()
    qtbot.addWidget(widget)
    widget.resize(700, 500)
    widget.show()
    qtbot.waitExposed(widget)
    widget.install(grouped_list(*day))
    qtbot.waitUntil(lambda: not widget._spans.running())
    yield widget
    # The list's signal connections hold it in reference cycles: it is freed by a collection
    # here, not by one in a later test while that test's worker builds a model (freeing
    # these thousands of items then crashed PySide, in the worker or the collection).
    gc.collect()


def _expected(model: QStandardItemModel, text: str) -> set[int]:
    """The documents the filter lists: their own title, outlet, date or file name matches,
    or the name of a group they are in."""
    found: set[int] = set()

    def walk(parent: QModelIndex, named: bool) -> None:
        for r in range(model.rowCount(parent)):
            key = str(model.index(r, TITLE, parent).data(FILTER_ROLE) or "").casefold()
            index = model.index(r, 0, parent)
            doc = index.data(DOC_ROLE)
            match = named or text.casefold() in key
            if doc is not None and match:
                found.add(int(doc))
            walk(index, match)

    walk(QModelIndex(), False)
    return found


def _counting(obj: Any, name: str, calls: list[str]) -> None:
    """Count the calls of ``obj.name`` made from Python (an instance attribute over the
    method)."""
    real = getattr(obj, name)

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls.append(name)
        return real(*args, **kwargs)

    setattr(obj, name, counted)


def test_a_filter_key_resets_the_proxy_once(qtbot, doc_list: DocumentList) -> None:  # type: ignore[no-untyped-def]
    """Changing the filter over the rows shown removed and inserted them range by range, and
    the list restarted its walk of the group rows at each range (3,487 times for a key)."""
    proxy = doc_list.proxy
    signals: list[str] = []
    proxy.rowsInserted.connect(lambda *_a: signals.append("inserted"))
    proxy.rowsRemoved.connect(lambda *_a: signals.append("removed"))
    proxy.modelReset.connect(lambda: signals.append("reset"))
    spans: list[str] = []
    _counting(doc_list._spans, "stop", spans)
    text = doc_list.cells.cell_text(7, TITLE)[:4]  # part of the list
    doc_list.filter.setFocus()
    for n in range(1, len(text) + 1):
        del signals[:], spans[:]
        qtbot.keyClicks(doc_list.filter, text[n - 1])
        assert signals.count("inserted") == signals.count("removed") == 0
        assert signals.count("reset") <= 2  # parked (no rows), then the rows, filtered
        assert len(spans) <= 3
        assert set(doc_list.visible_order()) == _expected(doc_list.model, text[:n])
    assert 0 < len(doc_list.visible_order()) < len(doc_list.documents)


def test_the_filter_keeps_groups_current_row_and_closed_groups(
    qtbot, doc_list: DocumentList, day: tuple[StoryIndex, list[int]]
) -> None:  # type: ignore[no-untyped-def]
    """What a filter shows: each matching document under its story and event rows, every
    version of a story whose name matches, every group open and spanned but those the user
    closed; the current row stays current while listed, and again once listed again."""
    index, _words = day
    view, proxy = doc_list.view, doc_list.proxy
    story = next(s for s in index.stories if len(s.versions) > 2)
    doc = story.versions[1].doc
    doc_list.select(doc)
    closed = proxy.index(0, 0)  # the first group row: closed by the user
    assert closed.data(DOC_ROLE) is None
    view.collapse(closed)
    closed_key = group_key(closed)
    title = index.documents[doc].title
    for text in (title, title[:3], "no such thing", ""):
        doc_list.filter.setText(text)
        listed = doc_list.visible_order()
        assert set(listed) == _expected(doc_list.model, text)
        assert (doc_list.selected() == doc) == (doc in listed)
        groups = group_rows(proxy, QModelIndex())
        rows = [(r, parent, proxy.index(r, 0, parent)) for r, parent in groups]
        qtbot.waitUntil(  # spanned in slices
            lambda rows=rows: all(
                view.isFirstColumnSpanned(r, parent)
                and view.isExpanded(group) == (group_key(group) != closed_key)
                for r, parent, group in rows
            )
        )
    assert doc_list.selected() == doc and not view.isExpanded(proxy.index(0, 0))
    story_row = view.currentIndex().parent()  # a group row stays current too
    view.setCurrentIndex(story_row)
    label = story_row.data()
    doc_list.filter.setText(title)
    assert view.currentIndex().data() == label and doc_list.selected() is None


def test_a_big_list_is_filtered_once_typing_pauses(
    qtbot, doc_list: DocumentList, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """Each filtering lays the whole tree out again (a tenth of a second for 20,000
    documents): a big list waits for a pause in typing; reading which rows are listed, or
    Enter, does not wait."""
    monkeypatch.setattr(list_view, "FILTER_AT_ONCE", 10)  # this list is big
    applied: list[str] = []
    _counting(doc_list.proxy, "setFilterFixedString", applied)
    text = doc_list.cells.cell_text(7, DATE)[:7]
    doc_list.filter.setFocus()
    qtbot.keyClicks(doc_list.filter, text)
    assert applied == []
    assert set(doc_list.visible_order()) == _expected(doc_list.model, text)
    assert len(applied) == 1  # read: filtered at once
    qtbot.keyClicks(doc_list.filter, "x")
    qtbot.keyClick(doc_list.filter, Qt.Key.Key_Backspace)
    qtbot.waitUntil(lambda: len(applied) == 2, timeout=list_view.FILTER_MS * 10)
    qtbot.wait(2 * list_view.FILTER_MS)
    assert len(applied) == 2  # two keys, one filtering
    qtbot.keyClicks(doc_list.filter, "zzz")
    qtbot.keyClick(doc_list.filter, Qt.Key.Key_Return)
    assert len(applied) == 3 and doc_list.proxy.rowCount() == 0
    assert doc_list.no_match.isVisibleTo(doc_list)


def test_a_big_list_opens_its_groups_at_the_next_turns(
    qtbot, doc_list: DocumentList, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """Opening every group lays the whole tree out, as long again as the filtering: a big
    list does it at the next turn, unpainted until its groups are open and spanned; the rows
    and the current row are right at once."""
    monkeypatch.setattr(list_view, "FILTER_AT_ONCE", 10)  # this list is big
    view, proxy = doc_list.view, doc_list.proxy
    opened: list[str] = []
    _counting(view, "expandAll", opened)
    closed = proxy.index(0, 0)
    view.collapse(closed)
    closed_key = group_key(closed)
    doc = doc_list.visible_order()[-40]  # (not in the closed group: selecting opens it)
    doc_list.select(doc)
    text = doc_list.cells.cell_text(doc, TITLE)[:2]
    doc_list.filter.setText(text)
    qtbot.keyClick(doc_list.filter, Qt.Key.Key_Return)
    assert opened == [] and not view.updatesEnabled()  # not yet, nor painted
    assert set(doc_list.visible_order()) == _expected(doc_list.model, text)
    assert doc_list.selected() == doc

    def open_and_spanned() -> bool:
        groups = group_rows(proxy, QModelIndex())
        return all(
            view.isFirstColumnSpanned(r, parent)
            and view.isExpanded(proxy.index(r, 0, parent))
            == (group_key(proxy.index(r, 0, parent)) != closed_key)
            for r, parent in groups
        )

    qtbot.waitUntil(lambda: view.updatesEnabled() and open_and_spanned())
    assert opened == ["expandAll"] and doc_list.selected() == doc


def _step_all(doc_list: DocumentList, direction: int) -> list[int]:
    seen: list[int] = []
    while (doc := doc_list.step(direction)) is not None and (not seen or doc != seen[-1]):
        seen.append(doc)
    return seen


def test_next_document_steps_in_view_order(qtbot, doc_list: DocumentList) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+PgDown and Ctrl+PgUp go through the documents in the order listed (groups
    closed or not, sorted, filtered), stop at either end, and from a group row go to the
    document after or before it."""
    view, proxy = doc_list.view, doc_list.proxy
    view.collapse(proxy.index(0, 0))
    for sort in (False, True):
        if sort:
            view.sortByColumn(TITLE, Qt.SortOrder.DescendingOrder)
            doc_list.filter.setText(doc_list.cells.cell_text(3, DATE)[:4])
        order = doc_list.visible_order()
        assert len(order) > 50
        doc_list.select(order[0])
        assert [order[0], *_step_all(doc_list, +1)] == order
        assert doc_list.selected() == order[-1]
        assert [order[-1], *_step_all(doc_list, -1)] == order[::-1]


def test_next_document_from_a_group_row(qtbot, doc_list: DocumentList) -> None:  # type: ignore[no-untyped-def]
    """From a story or event row, Ctrl+PgDown goes to its first version and Ctrl+PgUp to the
    document listed before it (they went to the first document of the list); from no row,
    to the first document."""
    view, proxy = doc_list.view, doc_list.proxy
    order = doc_list.visible_order()
    group = proxy.index(1, 0)
    assert group.data(DOC_ROLE) is None
    inside = proxy.index(0, 0, group)  # its first version (under a story row in an event)
    while doc_at(inside) is None:
        inside = proxy.index(0, 0, inside)
    view.setCurrentIndex(group)
    assert doc_list.step(+1) == doc_at(inside)
    view.setCurrentIndex(group)
    assert doc_list.step(-1) == order[order.index(doc_at(inside)) - 1]
    view.selectionModel().clear()
    assert doc_list.step(-1) == order[0]


def test_next_document_looks_at_a_few_rows(qtbot, doc_list: DocumentList) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+PgDown listed every document of the tree to find the next one (0.1–0.3 s a
    key on 20,000 documents)."""
    proxy = doc_list.proxy
    calls: list[str] = []
    for name in ("index", "rowCount", "hasChildren"):
        _counting(proxy, name, calls)
    order = doc_list.visible_order()
    doc_list.select(order[len(order) // 2])
    most = 0
    for direction in (+1,) * 10 + (-1,) * 10:
        del calls[:]
        doc_list.step(direction)
        most = max(most, len(calls))
    assert most < 40 < len(order) // 5  # (stepping out of an event and into the next)


def _bold_rows(doc_list: DocumentList) -> set[int]:
    cells = doc_list.cells
    return {d for d in range(len(doc_list.documents)) if cells.cell(d, TITLE).font().bold()}  # type: ignore[union-attr]


def test_marks_of_many_rows_are_drawn_in_slices(
    qtbot, doc_list: DocumentList, day: tuple[StoryIndex, list[int]], monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """When grouping finished, every story base (5,000 of 20,000 documents) was set bold
    cell by cell in one go: a second's freeze. The rows are redrawn a slice at a time."""
    index, _words = day
    cells = doc_list.cells
    bases = marked_bases(index)
    assert _bold_rows(doc_list) == bases and len(bases) > 20
    sims = {d: cells.cell_text(d, SIMILARITY) for d in range(len(doc_list.documents))}
    monkeypatch.setattr(slicer, "SLICE_SECONDS", 0.0)  # one row per event-loop turn
    cells.mark_bases(set())
    assert len(bases - _bold_rows(doc_list)) == 1  # one row now, the others to follow
    qtbot.waitUntil(lambda: not _bold_rows(doc_list))
    assert set(cells.marks().values()) == {""}
    assert "base" not in {cells.cell_text(d, SIMILARITY) for d in bases}
    version = next(d for d in range(len(doc_list.documents)) if d not in bases)
    cells.mark_bases(bases)
    cells.mark_bases(bases | {version})  # a walk started anew takes on the rows left
    qtbot.waitUntil(lambda: _bold_rows(doc_list) == bases | {version})
    assert {d for d, m in cells.marks().items() if m == "◆"} == bases
    assert cells.marks()[version] == "◇"  # on the left, not its story's base (the chain)
    assert cells.cell_text(version, SIMILARITY) == sims[version]
    cells.mark_bases(bases)
    qtbot.waitUntil(lambda: _bold_rows(doc_list) == bases)
    assert {d: cells.cell_text(d, SIMILARITY) for d in sims} == sims


def test_review_marks_touch_only_the_rows_they_change(
    qtbot, doc_list: DocumentList, day: tuple[StoryIndex, list[int]]
) -> None:  # type: ignore[no-untyped-def]
    """Each review-mark update looked up the mark cell of every base (48 ms each on
    20,000 documents, several times as grouping finished)."""
    cells = doc_list.cells
    lookups: list[str] = []
    model: Callable[[], QStandardItemModel] = cells._model
    cells._model = lambda: lookups.append("model") or model()  # type: ignore[func-returns-value]
    version = next(d for d in range(len(doc_list.documents)) if d not in cells.bases)
    cells.set_review_marks({version: PairSummary(True, 0, 0)})
    assert cells.marks()[version] == "✓"
    assert cells.cell(version, MARK).toolTip()  # type: ignore[union-attr]
    del lookups[:]
    cells.set_review_marks({version: PairSummary(True, 1, 0)})
    cells.set_review_marks({version: PairSummary(True, 1, 0)})  # no change: no row touched
    assert len(lookups) == 1 and cells.cell_text(version, MARK) == "✓⚑"
    del lookups[:]
    cells.mark_bases(cells.bases | {version})  # the left side's mark over its review mark
    assert len(lookups) == 1 and cells.cell_text(version, MARK) == "◇"


def test_the_view_order_is_listed_once_while_the_rows_stay(qtbot, doc_list: DocumentList) -> None:  # type: ignore[no-untyped-def]
    """] and [ (next and previous story) listed every row of the tree at each key (0.13-0.23
    s a key on 20,000 documents); the order is listed again once the rows or their order
    change (filter, sort, another model)."""
    proxy, cells = doc_list.proxy, doc_list.cells
    assert cells.index is not None
    calls: list[str] = []
    _counting(proxy, "rowCount", calls)

    def stories_walked() -> list[int]:
        walked: dict[int, None] = {}
        for doc in _walk(proxy):
            walked.setdefault(cells.index.story_of(doc).id, None)  # type: ignore[union-attr]
        return list(walked)

    for change in ("", "filter", "sort", "collapse"):
        if change == "filter":
            doc_list.filter.setText(cells.cell_text(5, TITLE)[:2])
        elif change == "sort":
            doc_list.view.sortByColumn(TITLE, Qt.SortOrder.AscendingOrder)
        elif change == "collapse":  # the same rows: listed as they were
            doc_list.view.collapse(proxy.index(0, 0))
        del calls[:]
        stories = doc_list.visible_stories()
        assert calls or change == "collapse"
        del calls[:]
        for _ in range(3):
            assert doc_list.visible_stories() == stories
            assert len(doc_list.visible_order()) > 10
        assert calls == []
        assert stories == stories_walked()


def _walk(proxy: Any, parent: QModelIndex | None = None) -> list[int]:
    out: list[int] = []
    parent = parent or QModelIndex()
    for r in range(proxy.rowCount(parent)):
        index = proxy.index(r, 0, parent)
        if index.data(DOC_ROLE) is not None:
            out.append(int(index.data(DOC_ROLE)))
        out += _walk(proxy, index)
    return out
