"""The list's exact similarities (no ≈) are kept by pair: a ``b`` or a correction in one
story rebuilt the list and turned another, untouched story's exact figures back into the
estimates (Daniel 92% → ≈71% after ``b`` in Genesis, found by a user review)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.core.stories.helpers import Writer, paraphrase, rewrite
from tests.ui.helpers import WAIT_MS, open_and_wait, settle
from wirediff.core.compare import compare
from wirediff.core.options import CompareOptions
from wirediff.core.reading import load_paths
from wirediff.core.stories import build_story_index
from wirediff.ui.doclist.columns import SIMILARITY, SIMILARITY_TIP
from wirediff.ui.session.exact import ExactFigures
from wirediff.ui.shell.window import MainWindow


@pytest.fixture
def two_stories(tmp_path: Path) -> Path:
    """Two unrelated stories of three versions, each based on its earliest (dated) text."""
    folder = tmp_path / "two-stories"
    folder.mkdir()
    for seed, name in ((3, "daniel"), (11, "genesis")):
        w = Writer(seed)
        topic = w.topic()
        base = w.article(topic)
        texts = {
            f"{name}_2021-07-01": base,
            f"{name}_2021-07-02": paraphrase(w, base, 3),
            f"{name}_2021-07-03": rewrite(w, topic, base, range(1, 5)),
        }
        for stem, lines in texts.items():
            (folder / f"{stem}.txt").write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    return folder


def counted(qtbot, window: MainWindow, doc: int) -> None:  # type: ignore[no-untyped-def]
    """Select ``doc`` and wait until its story's versions are counted."""
    window.doc_list.select(doc)
    settle(qtbot, window)
    qtbot.waitUntil(
        lambda: not window.doc_list.cells.cell_text(doc, SIMILARITY).startswith("≈"),
        timeout=WAIT_MS,
    )


def test_a_story_keeps_its_exact_figures_when_another_story_is_rebased(
    qtbot, window: MainWindow, two_stories: Path
) -> None:  # type: ignore[no-untyped-def]
    open_and_wait(qtbot, window, [two_stories])
    index = window.index
    assert index is not None and window.grouped()
    names = [d.name for d in window.documents]
    daniel = [names.index(f"daniel_2021-07-0{n}.txt") for n in (1, 2, 3)]
    genesis = [names.index(f"genesis_2021-07-0{n}.txt") for n in (1, 2, 3)]
    assert index.story_of(daniel[1]).base == daniel[0]
    cells = window.doc_list.cells
    counted(qtbot, window, daniel[1])
    exact = {d: cells.cell_text(d, SIMILARITY) for d in daniel[1:]}
    docs, options = window.documents, window.session.options
    for d in daniel[1:]:  # the figures the changes panel gives each pair, no ≈
        assert (
            exact[d]
            == f"{compare(docs[daniel[0]].text, docs[d].text, options).stats.similarity:.0%}"
        )
    counted(qtbot, window, genesis[1])
    qtbot.keyClick(window.doc_list.view, Qt.Key.Key_B)  # genesis' second text its base
    settle(qtbot, window)
    qtbot.waitUntil(lambda: window.index is not index, timeout=WAIT_MS)
    assert window.index is not None and window.index.story_of(genesis[0]).base == genesis[1]
    assert cells.marks()[genesis[1]] == "◆"
    # Daniel's story, untouched, keeps its exact figures through the rebuilt list.
    assert {d: cells.cell_text(d, SIMILARITY) for d in daniel[1:]} == exact
    # Genesis' old base is counted against the new one (its old figure was to another base).
    new = compare(docs[genesis[1]].text, docs[genesis[0]].text, options).stats.similarity
    qtbot.waitUntil(
        lambda: cells.cell_text(genesis[0], SIMILARITY) == f"{new:.0%}", timeout=WAIT_MS
    )


def test_exact_figures_hold_for_their_pair_texts_and_options(two_stories: Path) -> None:
    index = build_story_index(load_paths([two_stories]).documents)
    story = index.stories[0]
    base, first, second = story.documents
    figures = ExactFigures()
    options = CompareOptions()
    figures.add(index, [(base, first, 0.9), (base, second, 0.4)], options, keep=False)
    assert sorted(figures.listed(index, options, keep=False)) == [(first, 0.9), (second, 0.4)]
    # Counted another way: not shown (counted again for the story panel when asked).
    assert figures.listed(index, replace(options, ignore_case=not options.ignore_case), False) == []
    # A new base: its versions are other pairs; the old base is a version now, uncounted.
    rebased = index.with_base(story.id, first)
    assert figures.listed(rebased, options, keep=False) == []
    # Regrouped with the same base (another story corrected): shown again.
    assert sorted(figures.listed(rebased.with_base(story.id, base), options, False)) == [
        (first, 0.9),
        (second, 0.4),
    ]
    # A text edited (reloaded): its figure is dropped.
    docs = list(index.documents)
    docs[first] = replace(docs[first], text=docs[first].text + "\nA line more.\n")
    edited = replace(index, documents=tuple(docs))
    assert figures.listed(edited, options, keep=False) == [(second, 0.4)]
    assert len(figures) == 1


def test_the_tooltip_says_how_rough_an_estimate_can_be() -> None:
    assert "≈" in SIMILARITY_TIP and "far" in SIMILARITY_TIP


def test_a_compare_option_turned_off_and_on_again_gives_the_exact_figures_back(
    qtbot, window: MainWindow, two_stories: Path
) -> None:  # type: ignore[no-untyped-def]
    """After a fold was turned off and on again, the list showed estimates (≈62%) beside
    the story panel's and the pane's 68% until F5 (a media monitor's walkthrough)."""
    open_and_wait(qtbot, window, [two_stories])
    names = [d.name for d in window.documents]
    daniel = [names.index(f"daniel_2021-07-0{n}.txt") for n in (1, 2, 3)]
    cells = window.doc_list.cells
    counted(qtbot, window, daniel[1])
    exact = {d: cells.cell_text(d, SIMILARITY) for d in daniel[1:]}
    for _ in range(2):  # Compare ▸ Ignore case on, then off again
        window.actions_["ignore_case"].trigger()
        settle(qtbot, window)
    qtbot.waitUntil(
        lambda: {d: cells.cell_text(d, SIMILARITY) for d in daniel[1:]} == exact,
        timeout=WAIT_MS,
    )
