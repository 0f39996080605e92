"""A long row shown as several text blocks: the mapping between rows, blocks and document
positions (``RowBlocks``), the text as read (``PaneText``), and the render plan's cuts.

Pure Python: no Qt here (the panes are tested in ``test_long_rows``)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wirediff.core.compare import compare
from wirediff.ui.diff.blocks import BLOCK_LIMIT, PaneText, RowBlocks, direction
from wirediff.ui.diff.offsets import BREAK, BREAK_EVERY
from wirediff.ui.diff.plan import PanePlan, plan_pair
from wirediff.ui.diff.runs import display


def test_row_blocks_maps_rows_blocks_and_positions() -> None:
    rows = RowBlocks([0, 1, 1, 1, 2], [3, 5, 5, 2, 0])
    assert len(rows) == 3 and rows.block_count == 5
    assert rows.blocks(1) == range(1, 4) and rows.first(1) == 1 and rows.last(1) == 3
    assert rows.blocks(2) == range(4, 5) and rows.last(0) == 0
    assert [rows.row_of(b) for b in range(5)] == [0, 1, 1, 1, 2]
    assert [rows.continues(b) for b in range(5)] == [False, False, True, True, False]
    # Each block is followed by its separator: "abc|" "defgh|" "ijklm|" "no|" "|".
    assert [rows.start(b) for b in range(5)] == [0, 4, 10, 16, 19]
    assert [rows.length(b) for b in range(5)] == [3, 5, 5, 2, 0]
    assert [rows.block_at(p) for p in (0, 3, 4, 9, 10, 18, 19, 99)] == [0, 0, 1, 1, 2, 3, 4, 4]


@pytest.mark.parametrize(
    ("rows", "lengths"), [([0, 2], [1, 1]), ([1], [1]), ([0, 1, 0], [1, 1, 1]), ([0], [])]
)
def test_row_blocks_refuses_rows_out_of_order(rows: list[int], lengths: list[int]) -> None:
    with pytest.raises(ValueError):
        RowBlocks(rows, lengths)


def test_pane_text_leaves_out_marks_and_joins_a_rows_blocks() -> None:
    # Row 0: "ab😀c" + "de" in two blocks, a break mark after "ab"; row 1: "x".
    blocks = [("ab" + BREAK + "😀c", [2]), ("de", []), ("x", [])]
    text = PaneText(blocks, RowBlocks([0, 0, 1], [6, 2, 1]))
    assert text.text == "ab😀cde\nx"
    # Document: a b BREAK 😀(2 units) c | d e | x  -> positions 0 1 2 3-4 5 6 7 8 9 10
    assert [text.position(i) for i in range(len(text.text) + 1)] == [0, 1, 3, 5, 7, 8, 9, 10, 11]
    assert text.index(2) == 2  # the break mark: the character after it
    assert text.index(4) == 3  # the second half of the emoji: the character after it
    assert text.index(6) == 4  # the separator inside the row: the next block's first character
    assert text.index(9) == 6 and text.index(10) == 7  # the separator between rows is a "\n"
    assert text.span(1, 5) == (1, 8)  # "b😀cd": from b, across the mark and into block 2
    assert text.span(2, 3) == (3, 5)  # the emoji alone: both its units
    assert text.between(0, 11) == "ab😀cde\nx"
    assert text.between(1, 8) == "b😀cd"
    assert text.span(3, 3) == (5, 5)


def test_pane_text_copies_a_line_break_of_the_text_as_one() -> None:
    text = PaneText([(display("one\ntwo"), [])], RowBlocks([0], [7]))
    assert text.between(0, 7) == "one\ntwo"


def test_direction_is_the_first_strong_characters() -> None:
    assert direction("12, مرحبا world") == "rtl"
    assert direction("(w1) مرحبا") == "ltr"
    assert direction("\u2067abc\u2069 שלום") == "rtl"  # an isolate does not count
    assert direction("123 ,.") is None and direction("") is None


def long_paragraph(words: int = 240) -> str:
    """One row (the engine cuts rows at 250 words) of some 11,000 characters: long words,
    each unique, an emoji and some Arabic among them, and one of 1,000 letters (a run the
    pane breaks every ``BREAK_EVERY``)."""
    out = []
    for i in range(words):
        word = f"w{i}x" + "abcdefghij" * 4
        if i % 17 == 0:
            word += "😀"
        if i % 23 == 0:
            word = "مرحبا" + word
        if i == 200:
            word = "k" * 1000
        out.append(word)
    return " ".join(out)


def _row_of(plan: PanePlan, needle: str) -> int:
    return next(r for r in range(len(plan.rows)) if needle in plan.row_text(r))


def test_a_row_longer_than_the_limit_is_cut_after_spaces() -> None:
    paragraph = long_paragraph()
    left = f"Headline\n\n{paragraph}\n\nThe end.\n"
    right = left.replace("w150x", "CHANGEDx")
    plan = plan_pair(compare(left, right))
    assert len(plan.left.rows) == len(plan.right.rows) == len(plan.comparison.rows)
    for pane, text in ((plan.left, left), (plan.right, right), (plan.inline, None)):
        row = _row_of(pane, "w10x")
        blocks = pane.rows.blocks(row)
        assert len(blocks) >= 3  # some 11,000 characters
        assert all(pane.blocks[b].length <= BLOCK_LIMIT for b in blocks)
        assert all(pane.blocks[b].text().endswith(" ") for b in blocks[:-1])  # cut after a space
        assert pane.blocks[blocks[0]].text().startswith("مرحباw0x")
        assert all(pane.blocks[b].kind == pane.blocks[blocks[0]].kind for b in blocks)
        # Set out right to left on every block, as the row's first word is Arabic.
        assert pane.row_direction(row) == "rtl" and pane.row_direction(0) is None
        shown = pane.text().text
        assert shown.count("\n") == len(pane.rows) - 1  # one line per row
        if text is not None:  # read back, the text is the article's: nothing inserted
            assert " ".join(shown.split()) == " ".join(text.split())


@settings(deadline=None, max_examples=30)
@given(
    st.lists(st.sampled_from(["ab", "c ", " ", "😀", "\u0627\u0644", "x" * 9, "\n"])).map("".join),
    st.integers(3, 12),
)
def test_positions_round_trip_across_blocks(text: str, limit: int) -> None:
    """Every code point of a side maps to a document position and back, wherever the row
    was cut (``limit`` as small as 3 UTF-16 units: a cut every word or two)."""
    text = f"Start.\n\n{text}\n\nEnd.\n"
    comparison = compare(text, text.replace("ab", "AB", 1))
    plan = plan_pair(comparison, limit=max(limit, BREAK_EVERY // 50))
    for pane, side in ((plan.left, "left"), (plan.right, "right")):
        source = comparison.left_text if side == "left" else comparison.right_text
        shown = pane.text()
        for row in comparison.rows:
            span = row.span(side)
            if span is None:
                continue
            for cp in range(span.start, span.end + 1):
                position = pane.position(row.index, side, cp)
                assert position is not None
                if cp < span.end and not source[cp].isspace():
                    assert pane.source_offset(position) == (side, cp)
                    assert shown.text[shown.index(position)] == source[cp]
            start = pane.position(row.index, side, span.start)
            end = pane.position(row.index, side, span.end, end=True)
            assert start is not None and end is not None
            assert shown.between(start, end).rstrip() == source[span.start : span.end].rstrip()
