"""The story table on small made-up stories: cut, added, moved and edited units, the order
of units several versions added at one place, right-to-left text, emoji, and the hooks."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core.storytable.helpers import P, check_table, doc
from wirediff.core.compare import compare
from wirediff.core.document import FILE_TIME, Document
from wirediff.core.options import CompareOptions
from wirediff.core.result import OpKind
from wirediff.core.stories import Cancelled
from wirediff.core.storytable import (
    CellState,
    RowKind,
    assemble,
    build_story_table,
)

BASE = doc("base.txt", P[0], P[1], P[2], P[3])


def states(table, row):
    return [c.state for c in table.rows[row].cells]


def base_row(table, paragraph):
    """The table row of the base unit that starts with ``paragraph``."""
    return next(
        r.index
        for r in table.rows
        if r.kind is RowKind.BASE and table.base_text(r.index) == paragraph
    )


def test_edited_cut_added_and_moved_units():
    edited = doc("edited.txt", P[0].replace("Tuesday", "Wednesday"), P[1], P[3])  # P2 cut
    added = doc("added.txt", P[0], "Only this version has this paragraph here.", P[1], P[2], P[3])
    moved = doc("moved.txt", P[0], P[3], P[1], P[2])
    table = build_story_table(BASE, [edited, added, moved])
    check_table(table)
    assert [r.kind for r in table.rows] == [
        RowKind.BASE, RowKind.ADDED, RowKind.ADDED, RowKind.BASE, RowKind.BASE, RowKind.BASE
    ]  # fmt: skip
    first, p1, p2, p3 = (base_row(table, p) for p in P[:4])
    assert states(table, first) == [CellState.CHANGED, CellState.EQUAL, CellState.EQUAL]
    assert states(table, p1) == [CellState.EQUAL] * 3
    assert states(table, p2) == [CellState.CUT, CellState.EQUAL, CellState.EQUAL]
    assert states(table, p3) == [CellState.EQUAL, CellState.EQUAL, CellState.MOVED]
    # The paragraph only one version added, then P3 where the moving version has it.
    assert states(table, 1) == [CellState.ABSENT, CellState.ADDED, CellState.ABSENT]
    assert table.cell_text(1, 1) == "Only this version has this paragraph here."
    assert states(table, 2) == [CellState.ABSENT, CellState.ABSENT, CellState.MOVED]
    assert table.cell_text(2, 2) == P[3]
    assert table.cell(p3, 2).moved_to == (2,) and table.cell(2, 2).moved_from == (p3,)
    assert table.cell_text(p3, 2) == ""  # moved away: a link, no text
    # The word change, as pieces: the version's word, and the base's it replaced.
    pieces = table.pieces(first, 0)
    assert [(p.text, p.old) for p in pieces if p.op is OpKind.REPLACE] == [("Wednesday", "Tuesday")]
    assert "".join(p.text for p in pieces) == P[0].replace("Tuesday", "Wednesday")
    # Tallies: per base row, how many versions kept it exactly / with changes.
    assert (table.rows[first].tally.equal, table.rows[first].tally.changed) == (2, 1)
    assert table.rows[first].tally.kept == 3
    assert (table.rows[p2].tally.kept, table.rows[p2].tally.cut) == (2, 1)
    assert (table.rows[p3].tally.kept, table.rows[p3].tally.moved) == (2, 1)
    assert table.rows[1].tally.added == 1 and table.rows[1].tally.absent == 2
    assert table.base_text(1) == ""


def test_cut_words_are_struck_in_where_they_were():
    shorter = doc("short.txt", P[0].replace(" after a long debate about road repairs", ""), P[1])
    table = build_story_table(BASE, [shorter])
    check_table(table)
    pieces = table.pieces(0, 0)
    cut = [p for p in pieces if p.op is OpKind.DELETE]
    assert [p.text for p in cut] == ["after a long debate about road repairs"]
    assert all(p.base and not p.version for p in cut)
    assert table.cell_text(0, 0) == P[0].replace(" after a long debate about road repairs", "")


def test_a_cut_sentence_is_struck_in_before_the_paragraph_ends():
    base = doc("base.txt", P[0] + " " + P[1], P[2], P[3])
    version = doc("v.txt", P[0], P[2], P[3])  # the second sentence of the first paragraph cut
    table = build_story_table(base, [version, base])  # the copy keeps the paragraph one unit
    check_table(table)
    pieces = table.pieces(0, 0)
    assert pieces[-1].op is OpKind.DELETE and pieces[-1].text == P[1]
    assert "\n" not in "".join(p.text for p in pieces)
    assert table.cell(0, 0).state is CellState.CHANGED


def test_table_rows_are_the_units_every_version_keeps_whole():
    base = doc("base.txt", P[0] + " " + P[1], P[2])
    split = doc("split.txt", P[0].replace("Tuesday", "Monday") + " " + P[1], P[2])
    alone = build_story_table(base, [split])
    check_table(alone)
    with_copy = build_story_table(base, [split, base])
    check_table(with_copy)
    # The copy keeps the first paragraph as one row of its diff: the table follows it.
    assert len([r for r in with_copy.rows if r.kind is RowKind.BASE]) <= len(
        [r for r in alone.rows if r.kind is RowKind.BASE]
    )
    assert with_copy.base_text(0) == P[0] + " " + P[1]
    assert states(with_copy, 0) == [CellState.CHANGED, CellState.EQUAL]


def test_added_units_of_several_versions_interleave_in_column_order():
    x, y, z = (
        "An analyst said the vote could shift the balance of power at city hall for years.",
        "Yesterday's session ran past midnight, the longest this year, according to officials.",
        "Zoning questions were put off until a special session planned for early December.",
    )
    first = doc("1.txt", P[0], x, P[1], P[2], P[3])
    second = doc("2.txt", P[0], y, x, P[1], P[2], P[3])
    third = doc("3.txt", P[0], z, P[1], P[2], P[3])
    table = build_story_table(BASE, [first, second, third])
    check_table(table)
    added = [r.index for r in table.rows if r.kind is RowKind.ADDED]
    texts = [[table.cell_text(i, k) for k in range(3)] for i in added]
    # x is one row for the two versions that added it; y, which only the second has, comes
    # before it (the second version's order); z, the third's, after the rows of earlier columns.
    assert texts == [["", y, ""], [x, x, ""], ["", "", z]]
    assert table.rows[added[1]].tally.added == 2


def test_added_units_with_other_wording_keep_their_own_rows():
    first = doc("1.txt", P[0], "The vote was close.", P[1], P[2], P[3])
    second = doc("2.txt", P[0], "THE VOTE   WAS close.", P[1], P[2], P[3])  # case, spaces
    third = doc("3.txt", P[0], "The vote was very close.", P[1], P[2], P[3])
    table = build_story_table(BASE, [first, second, third])
    check_table(table)
    added = [r for r in table.rows if r.kind is RowKind.ADDED]
    assert [[c.state is CellState.ADDED for c in r.cells] for r in added] == [
        [True, True, False],
        [False, False, True],
    ]


def test_text_added_at_the_start_and_at_the_end():
    version = doc("v.txt", "A line before the story.", P[0], P[1], P[2], P[3], "A closing line.")
    table = build_story_table(BASE, [version])
    check_table(table)
    assert table.rows[0].kind is RowKind.ADDED and table.rows[-1].kind is RowKind.ADDED
    assert table.cell_text(0, 0) == "A line before the story."
    assert table.cell_text(len(table.rows) - 1, 0) == "A closing line."


def test_right_to_left_text():
    urdu = (
        "وزیر اعظم نے منگل کو نئے بجٹ کی منظوری دی اور کہا کہ سڑکوں کی مرمت ہوگی۔",
        "حزب اختلاف کے ارکان نے کہا کہ منصوبے میں اسکولوں کے لیے بہت کم رقم ہے۔",
        "شہریوں کو اگلے مہینے ایک عوامی اجلاس میں اپنی رائے دینے کا موقع ملے گا۔",
    )
    base = doc("base.txt", *urdu, title="بجٹ")
    version = doc("v.txt", urdu[0].replace("منگل", "بدھ"), urdu[2], title="بجٹ")
    table = build_story_table(base, [version])
    check_table(table)
    assert states(table, 0) == [CellState.CHANGED]
    assert [(p.text, p.old) for p in table.pieces(0, 0) if p.op is OpKind.REPLACE] == [
        ("بدھ", "منگل")
    ]
    assert states(table, 1) == [CellState.CUT]
    assert table.cell_text(2, 0) == urdu[2]


def test_emoji_do_not_shift_offsets():
    base = doc(
        "base.txt", "🇺🇦 Flags 👍🏽 and family 👨‍👩‍👧 emoji lead the council story today.", P[1]
    )
    version = doc(
        "v.txt", "🇺🇦 Flags 👍🏽 and family 👨‍👩‍👧 emoji lead the council report today.", P[1]
    )
    table = build_story_table(base, [version])
    check_table(table)  # cell spans (code points) give back each cell's text
    span = table.cell(0, 0).span
    assert span is not None
    text = version.text
    replaced = [p for p in table.pieces(0, 0) if p.op is OpKind.REPLACE]
    assert [p.text for p in replaced] == ["report"]
    assert text.index("report") == text[span.start :].index("report") + span.start
    assert table.rows[0].base == (0, base.text.index(P[1]))


def test_a_story_without_other_versions_lists_the_base_units():
    table = build_story_table(BASE, [])
    check_table(table)
    assert [table.base_text(r.index) for r in table.rows] == list(P[:4])
    assert all(r.cells == () for r in table.rows)


def test_versions_in_the_callers_order_and_their_headings():
    a = Document(Path("a.txt"), BASE.text, "T", source="Reuters", date="2021-07-26T10:05:00Z")
    b = doc("b.txt", P[0], P[2])
    table = build_story_table(BASE, [b, a])
    assert [c.doc.name for c in table.columns] == ["b.txt", "a.txt"]
    assert table.columns[1].heading == "Reuters · 2021-07-26 10:05 · a.txt"
    assert table.columns[0].heading == "b.txt"
    saved = Document(Path("c.txt"), BASE.text, "T", date="2026-01-05", date_source=FILE_TIME)
    assert build_story_table(BASE, [saved]).columns[0].heading == "c.txt"  # not a story date
    assert table.columns[1].kept == 1.0
    assert table.columns[0].kept == table.columns[0].comparison.stats.left_in_right < 1.0


def test_options_reach_the_diffs():
    loud = doc("loud.txt", P[0].upper(), P[1], P[2], P[3])
    assert states(build_story_table(BASE, [loud]), 0) == [CellState.CHANGED]
    table = build_story_table(BASE, [loud], CompareOptions(ignore_case=True))
    assert states(table, 0) == [CellState.EQUAL]
    assert table.options.ignore_case


def test_progress_and_cancel():
    versions = [doc(f"{i}.txt", P[0], P[i]) for i in range(1, 4)]
    seen: list[tuple[int, int]] = []
    build_story_table(BASE, versions, on_progress=lambda d, n: seen.append((d, n)))
    assert seen == [(1, 3), (2, 3), (3, 3)]
    calls = []

    def cancel_after_one() -> bool:
        calls.append(1)
        return len(calls) > 1

    with pytest.raises(Cancelled):
        build_story_table(BASE, versions, should_cancel=cancel_after_one)
    assert len(calls) == 2  # stopped before the second diff


def test_assemble_from_the_callers_diffs():
    versions = [doc("1.txt", P[0], P[2]), doc("2.txt", P[1], P[3])]
    diffs = [compare(BASE.text, v.text) for v in versions]
    assert assemble(BASE, versions, diffs) == build_story_table(BASE, versions)
    with pytest.raises(ValueError, match="2 versions but 1 comparisons"):
        assemble(BASE, versions, diffs[:1])
    with pytest.raises(ValueError, match="base's text on the left"):
        assemble(BASE, versions, [compare(v.text, BASE.text) for v in versions])


def test_a_version_that_re_paragraphs_the_base_says_where():
    """The pair diff told a paragraph split in two, or two run into one; the story table
    marked such rows "word for word" with no word of it in any output (a researcher's
    walkthrough): a cell holds its pair rows' paragraph breaks, and every output says them."""
    from wirediff.core.report.story_data import state_label, to_data
    from wirediff.core.report.story_text import render_story_text
    from wirediff.core.result import ChangeKind

    base = Document(Path("base.txt"), f"{P[0]} {P[1]}\n\n{P[2]}\n\n{P[3]}\n", "Budget")
    split = doc("split.txt", P[0], P[1], P[2], P[3])  # the first paragraph cut in two
    joined = Document(Path("joined.txt"), f"{P[0]} {P[1]}\n\n{P[2]} {P[3]}\n", "Budget")
    table = build_story_table(base, [split, joined])
    check_table(table)
    found = {
        (row.index, k): table.breaks(row.index, k)
        for row in table.rows
        for k in range(2)
        if table.breaks(row.index, k)
    }
    assert sorted(kinds for kinds in found.values()) == [(ChangeKind.JOIN,), (ChangeKind.SPLIT,)]
    (split_at,) = [row for (row, k), kinds in found.items() if k == 0]
    assert "paragraph split" in state_label(table, split_at, 0)
    cells = to_data(table, story=0)["rows"][split_at]["cells"]
    assert cells[0]["paragraphs"] == ["split"]
    text = render_story_text(table)
    assert "¶ split v1" in text and "¶ joined v2" in text
