"""The changes to step through and the statistics of a comparison."""

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.core.helpers import options_strategy, prose
from wirediff.core.compare import compare
from wirediff.core.options import CompareOptions
from wirediff.core.result import OpKind, RowKind
from wirediff.core.tokens import count_words, scan


@settings(max_examples=200, deadline=None)
@given(st.text() | prose, st.text() | prose, options_strategy)
def test_word_accounting_adds_up(left, right, options):
    result = compare(left, right, options)
    s = result.stats
    # Every left word is matched, deleted or changed; every right word matched, added or
    # changed (moved units counted once, at their left place).
    assert s.matched_words + s.words_deleted + s.words_changed == s.left_words
    assert s.matched_words + s.words_added + s.words_changed_right == s.right_words
    assert s.left_words == sum(scan(left, options).words)
    assert s.right_words == sum(scan(right, options).words)
    # The changes shown may hold short matched runs (folded in for readability, counted as
    # matched): the same words on both sides, so beyond the words counted as changed, the
    # changes shown hold as many words on the left as on the right.
    shown = {"left": 0, "right": 0}
    for row in result.rows:
        if row.kind is RowKind.MOVED and row.left is None:
            continue
        for op in row.ops:
            if op.kind is not OpKind.EQUAL:
                shown["left"] += count_words(left[op.left.start : op.left.end])
                shown["right"] += count_words(right[op.right.start : op.right.end])
    folded_left = shown["left"] - s.words_deleted - s.words_changed
    folded_right = shown["right"] - s.words_added - s.words_changed_right
    assert folded_left == folded_right >= 0


def test_whitespace_change_has_a_visible_span():
    result = compare("a  b\n", "a b\n", CompareOptions(fold_whitespace=False))
    (change,) = result.changes
    assert change.left != (change.left.start, change.left.start)
    assert result.left_text[change.left.start : change.left.end] == "  "


def test_changes_are_one_per_run_of_changed_ops():
    result = compare("One two three. Four five six.\n", "One 2 three. Four five 6.\n")
    assert [c.kind.value for c in result.changes] == ["replace", "replace"]
    assert [result.left_text[c.left.start : c.left.end] for c in result.changes] == [
        "two",
        "six",
    ]
