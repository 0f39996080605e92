"""The story table of the sample corpus's one story of two versions (000 Reuters, 001 Asharq
Al-Awsat's copy with another article appended)."""

from __future__ import annotations

from tests.core.storytable.helpers import check_table
from wirediff.core.reading import load_paths
from wirediff.core.result import OpKind
from wirediff.core.stories import build_story_index, clean_text
from wirediff.core.storytable import CellState, RowKind, build_story_table, story_documents


def test_sample_story(sample_dir):
    index = build_story_index(load_paths([sample_dir]).documents)
    story = index.story_of(0).id
    base, versions = story_documents(index, story)
    assert base.name.startswith("000_") and [v.name[:4] for v in versions] == ["001_"]
    assert base.text == clean_text(index, 0)
    table = build_story_table(base, versions)
    check_table(table)
    states = [r.cells[0].state for r in table.rows if r.kind is RowKind.BASE]
    assert states.count(CellState.EQUAL) >= 3
    # The agency line the copy dropped is struck out in its cell (beside the text that
    # stands at its place, as the pair diff shows them).
    reuters = next(r for r in table.rows if table.base_text(r.index) == "Reuters")
    assert [p.text for p in table.pieces(reuters.index, 0) if p.op is OpKind.DELETE] == ["Reuters"]
    appended = [table.cell_text(r.index, 0) for r in table.rows if r.kind is RowKind.ADDED]
    assert any(text.startswith("Iraqi Foreign Minister") for text in appended)
    assert table.columns[0].heading.startswith("Asharq Al-Awsat · ")


def test_boilerplate_can_be_kept(sample_dir):
    index = build_story_index(load_paths([sample_dir]).documents)
    base, versions = story_documents(index, 0, boilerplate=True)
    assert base is index.documents[0] and versions == [index.documents[1]]
    assert index.boilerplate[1]  # so leaving it out makes a difference
    assert story_documents(index, 0)[1][0].text != versions[0].text
