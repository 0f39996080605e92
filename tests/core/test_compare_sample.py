"""What a reader expects from the sample corpus and the moved-paragraph fixture."""

import pytest

from tests.core.helpers import SAMPLE
from wirediff.core.compare import compare
from wirediff.core.result import Comparison, OpKind, RowKind


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


def test_appended_unrelated_article_is_inserted_text(reuters):
    right = reuters.right_text
    start = right.index("Iraqi Foreign Minister: We Are Not Part")
    rows = [r for r in reuters.rows if r.right and r.right.end > start]
    assert rows and all(r.kind in (RowKind.INSERTED, RowKind.CHANGED) for r in rows)
    # Nothing in it is matched with the wire text: its first paragraph stands beside the
    # wire text's last deleted line (a deletion and an insertion at one place), the rest
    # is inserted.
    kinds = {op.kind for r in rows for op in r.ops}
    assert kinds == {OpKind.INSERT, OpKind.DELETE}
    assert [r.kind for r in rows[1:]] == [RowKind.INSERTED] * (len(rows) - 1)


def test_reuters_statistics(reuters):
    s = reuters.stats
    assert s.left_in_right > 0.5  # most of the wire text is in the Asharq Al-Awsat version
    assert s.right_in_left < 0.35  # which is mostly something else (the appended article)
    assert s.words_added > s.words_deleted


def test_independent_reports_share_little():
    for other in ("002", "003", "004"):
        s = compare(read("000"), read(other)).stats
        assert s.similarity < 0.2, other
