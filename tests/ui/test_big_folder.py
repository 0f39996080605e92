"""A folder of hundreds of generated articles: the list is built off the GUI thread, swapped
in whole, and stays correct (grouping, spans, selection, sorting, filter, similarity)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt, QThread
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QApplication

from tests.ui.helpers import open_and_wait, settle, tree
from wirediff.core.stories.synth import SynthCorpus, generate, write
from wirediff.ui.common.roles import DOC_ROLE
from wirediff.ui.doclist import model as list_model
from wirediff.ui.doclist.columns import SIMILARITY, WORDS
from wirediff.ui.doclist.disposer import Disposer
from wirediff.ui.jobs import slicer
from wirediff.ui.session import loading, stories
from wirediff.ui.shell.window import MainWindow


@pytest.fixture
def day(tmp_path: Path) -> tuple[Path, SynthCorpus]:
    corpus = generate(300, seed=5)
    write(corpus, tmp_path / "day")
    return tmp_path / "day", corpus


def _flatten(shape: list[object]) -> list[int]:
    out: list[int] = []
    for entry in shape:
        out += _flatten(entry[1]) if isinstance(entry, tuple) else [int(entry)]  # type: ignore[arg-type]
    return out


def _group_rows(window: MainWindow, parent: QModelIndex | None = None) -> list[QModelIndex]:
    proxy, parent = window.doc_list.proxy, parent or QModelIndex()
    rows = []
    for r in range(proxy.rowCount(parent)):
        index = proxy.index(r, 0, parent)
        if index.data(DOC_ROLE) is None:
            rows += [index, *_group_rows(window, index)]
    return rows


def test_list_models_are_built_off_the_gui_thread(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, day: tuple[Path, SynthCorpus], monkeypatch
) -> None:
    on_gui_thread: list[bool] = []
    real = list_model.build_list

    def recording(*args, **kwargs):  # type: ignore[no-untyped-def]
        on_gui_thread.append(QThread.currentThread() is QApplication.instance().thread())
        return real(*args, **kwargs)

    for module in (list_model, loading, stories):
        monkeypatch.setattr(module, "build_list", recording)
    open_and_wait(qtbot, window, [day[0]])  # the flat list, then the grouped one
    for checked in (False, True):  # Ctrl+Shift+G twice
        window.actions_["group_stories"].setChecked(checked)
        settle(qtbot, window)
    assert len(on_gui_thread) == 4 and not any(on_gui_thread)
    assert window.grouped() and window.doc_list.cells.index is window.index


def test_grouped_list_holds_every_version_under_its_story(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, day: tuple[Path, SynthCorpus], monkeypatch
) -> None:
    monkeypatch.setattr(slicer, "SLICE_SECONDS", 0.0)  # one group row per event-loop turn
    open_and_wait(qtbot, window, [day[0]])
    index = window.index
    assert index is not None
    shape = tree(window)
    assert sorted(_flatten(shape)) == list(range(len(window.documents)))
    stories = {story.base: story for story in index.stories if len(story.versions) > 1}
    seen = 0
    for group in _group_rows(window):
        children = [group.model().index(r, 0, group) for r in range(group.model().rowCount(group))]
        docs = [c.data(DOC_ROLE) for c in children]
        if docs and docs[0] in stories and None not in docs:
            assert docs == [v.doc for v in stories[docs[0]].versions]
            seen += 1
    assert seen == len(stories) > 10
    rows = _group_rows(window)  # spanned and opened a row per turn, the whole list in the end
    qtbot.waitUntil(
        lambda: all(
            window.doc_list.view.isFirstColumnSpanned(i.row(), i.parent())
            and window.doc_list.view.isExpanded(i)
            for i in rows
        )
    )
    marks = window.doc_list.cells.marks()
    assert {d for d, m in marks.items() if m == "◆"} == set(stories)


def test_selection_sorting_and_filter_survive_regrouping(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, day: tuple[Path, SynthCorpus]
) -> None:
    open_and_wait(qtbot, window, [day[0]])
    assert window.index is not None
    story = next(s for s in window.index.stories if len(s.versions) > 2)
    doc = story.versions[2].doc
    window.doc_list.select(doc)
    window.doc_list.view.sortByColumn(WORDS, Qt.SortOrder.AscendingOrder)
    window.actions_["group_stories"].setChecked(False)
    settle(qtbot, window)
    assert window.doc_list.cells.index is None and window.doc_list.selected() == doc
    assert window.doc_list.view.header().sortIndicatorSection() == WORDS
    words = [window.doc_list.words[d] for d in window.doc_list.visible_order()]
    assert words == sorted(words) and len(words) == len(window.documents)
    title = window.documents[doc].title
    window.doc_list.filter.setText(title)
    visible = window.doc_list.visible_order()
    assert doc in visible and len(visible) < len(window.documents)
    assert all(title.casefold() in window.documents[d].title.casefold() for d in visible)
    window.actions_["group_stories"].setChecked(True)
    settle(qtbot, window)
    assert window.doc_list.cells.index is window.index and window.doc_list.selected() == doc
    assert doc in window.doc_list.visible_order()
    assert window.doc_list.filter.text() == title


def test_flat_similarity_follows_a_new_base(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, day: tuple[Path, SynthCorpus], monkeypatch
) -> None:
    monkeypatch.setattr(slicer, "SLICE_SECONDS", 0.0)  # one cell per event-loop turn
    window.actions_["group_stories"].setChecked(False)
    open_and_wait(qtbot, window, [day[0]])
    index = window.index
    assert index is not None
    window.doc_list.select(7)
    qtbot.keyClick(window.doc_list.view, Qt.Key.Key_B)  # b: 7 becomes the base
    marks = window.doc_list.cells.marks()
    assert marks[7] == "◆" and list(marks.values()).count("◆") == 1
    expected = {d: f"≈{index.scores(7, d).similarity:.0%}" for d in range(len(window.documents))}
    expected[7] = "base"
    qtbot.waitUntil(lambda: window.shown is not None and window.shown.pair[0] == 7)
    assert window.shown is not None
    right = window.shown.pair[1]  # the pair on screen: counted word by word, no estimate
    expected[right] = f"{window.shown.plan.comparison.stats.similarity:.0%}"

    def column() -> dict[int, str]:
        cells = window.doc_list.cells
        return {d: cells.cell_text(d, SIMILARITY) for d in range(len(window.documents))}

    qtbot.waitUntil(lambda: column() == expected)


def test_replaced_models_are_freed_a_few_rows_at_a_time(qtbot) -> None:  # type: ignore[no-untyped-def]
    model = QStandardItemModel(500, 5)
    disposer = Disposer()
    disposer.dispose(model)
    assert model.rowCount() == 500  # nothing freed in the caller's turn
    qtbot.waitUntil(lambda: model.rowCount() < 500)
    qtbot.waitUntil(lambda: model.rowCount() == 0)
