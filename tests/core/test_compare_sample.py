"""What a reader expects from the sample corpus and the moved-paragraph fixture."""

from pathlib import Path

import pytest

from wirediff.core.compare import compare
from wirediff.core.result import Comparison, OpKind, RowKind

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
SAMPLE = FIXTURES / "us-iraq-troop-role"


def read(name: str) -> str:
    return next(SAMPLE.glob(f"{name}_*.txt")).read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def reuters() -> Comparison:
    return compare(read("000"), read("001"))


def row_with(result: Comparison, left_snippet: str):
    for row in result.rows:
        if row.left and left_snippet in result.left_text[row.left.start : row.left.end]:
            return row
    raise AssertionError(f"no row holds {left_snippet!r}")


def side_text(result: Comparison, span) -> str:
    return result.left_text[span.start : span.end]


def test_shared_reuters_sentences_are_aligned(reuters):
    for snippet in [
        "The key point that you",
        "The mission doesn",
        "The official said there would be a focus on logistics",
        "But the announcement, set to come after President Joe Biden",
        "The US and Iraq are expected to formalize",
    ]:
        row = row_with(reuters, snippet)
        assert row.kind in (RowKind.EQUAL, RowKind.CHANGED)
        right = reuters.right_text[row.right.start : row.right.end]
        assert snippet.replace("’", "'").split()[-1] in right.replace("’", "'")


def test_islamic_state_is_a_replacement_inside_an_aligned_sentence(reuters):
    row = row_with(reuters, "remnants of Islamic State")
    assert row.kind is RowKind.CHANGED
    replaced = [
        (
            reuters.left_text[op.left.start : op.left.end].strip(),
            reuters.right_text[op.right.start : op.right.end].strip(),
        )
        for op in row.ops
        if op.kind is OpKind.REPLACE
    ]
    assert ("Islamic State", "ISIS") in replaced
    right = reuters.right_text[row.right.start : row.right.end]
    assert "remnants of ISIS" in right


def test_appended_unrelated_article_is_inserted_rows(reuters):
    right = reuters.right_text
    start = right.index("A day after Iranian Supreme Leader")
    rows = [r for r in reuters.rows if r.right and r.right.start >= start]
    assert rows and all(r.kind is RowKind.INSERTED for r in rows)
    headline = right.index("Iraqi Foreign Minister: We Are Not Part")
    headline_row = next(
        r for r in reuters.rows if r.right and r.right.start <= headline < r.right.end
    )
    assert headline_row.kind is RowKind.INSERTED


def test_reuters_statistics(reuters):
    s = reuters.stats
    assert s.left_in_right > 0.5  # most of the wire text is in the Asharq Al-Awsat version
    assert s.right_in_left < 0.35  # which is mostly something else (the appended article)
    assert s.words_added > s.words_deleted


def test_independent_reports_share_little():
    for other in ("002", "003", "004"):
        s = compare(read("000"), read(other)).stats
        assert s.similarity < 0.2, other


def test_moved_paragraph_with_one_word_changed():
    before = (FIXTURES / "moved" / "before.txt").read_text(encoding="utf-8")
    after = (FIXTURES / "moved" / "after.txt").read_text(encoding="utf-8")
    result = compare(before, after)
    moved = [r for r in result.rows if r.kind is RowKind.MOVED]
    assert len(moved) == 2  # one unit, shown at both places
    out, into = sorted(moved, key=lambda r: r.left is None)
    assert out.link == into.index and into.link == out.index
    assert "Under the plan" in result.left_text[out.left.start : out.left.end]
    assert "Under the plan" in result.right_text[into.right.start : into.right.end]
    assert into.index == len(result.rows) - 1  # it went to the end
    changes = [op for op in out.ops if op.kind is not OpKind.EQUAL]
    assert len(changes) == 1
    op = changes[0]
    assert result.left_text[op.left.start : op.left.end].strip() == "two"
    assert result.right_text[op.right.start : op.right.end].strip() == "three"
    assert result.stats.units_moved == 1
    assert result.stats.words_changed == 1
    others = [r for r in result.rows if r.kind is not RowKind.MOVED]
    assert all(r.kind is RowKind.EQUAL for r in others)


def test_split_and_merged_sentences_pair_in_one_row():
    left = (
        "The official said there would be a focus on logistics, maintenance of equipment "
        "and helping Iraqi forces develop their intelligence capabilities, and that the "
        "mission would not change.\n"
    )
    right = (
        "The official said there would be a focus on logistics, maintenance of equipment "
        "and helping Iraqi forces develop their intelligence capabilities. The official "
        "added that the mission would not change.\n"
    )
    for a, b in ((left, right), (right, left)):
        result = compare(a, b)
        assert len(result.rows) == 1
        row = result.rows[0]
        assert row.kind is RowKind.CHANGED
        assert result.stats.similarity > 0.85


def test_a_sentence_split_in_two_is_one_aligned_pair():
    from wirediff.core.align import PAIR, align_units, equal_paragraphs
    from wirediff.core.options import CompareOptions
    from wirediff.core.segments import paragraph_spans, units
    from wirediff.core.tokens import scan

    left = "Officials said the troops would stay in the country and train local forces.\n"
    right = "Officials said the troops would stay in the country.\nThey will train local forces.\n"
    opts = CompareOptions()
    lt, rt = scan(left, opts), scan(right, opts)
    lu, ru = units(left, lt), units(right, rt)
    lp, rp = paragraph_spans(left), paragraph_spans(right)
    entries = align_units(
        (lu, lt),
        (ru, rt),
        [(range(len(lu)), range(len(ru)))],
        [b for b in equal_paragraphs(left, right, lp, rp) if b[2] == 0],
        opts,
    )
    assert [(e.kind, len(e.left), len(e.right)) for e in entries] == [(PAIR, 1, 2)]
