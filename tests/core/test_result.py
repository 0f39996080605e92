"""``Comparison.locate``: which change a position is in, and its neighbours."""

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.core.helpers import brute, prose
from wirediff.core.compare import compare


@settings(max_examples=150, deadline=None)
@given(prose, prose, st.data())
def test_locate_agrees_with_a_linear_scan(left, right, data):
    result = compare(left, right)
    side = data.draw(st.sampled_from(["left", "right"]))
    text = result.left_text if side == "left" else result.right_text
    for position in range(len(text) + 1):
        got = result.locate(position, side)
        want = brute(result, position, side)
        if want[0] is None:
            assert tuple(got) == want
            continue
        # Where an empty change sits at the start of another, either may be current.
        assert got.current is not None
        span = result.changes[got.current].span(side)
        assert span.start <= position < span.end or span.start == span.end == position
        assert got.previous == (got.current - 1 if got.current else None)
        n = len(result.changes)
        assert got.next == (got.current + 1 if got.current + 1 < n else None)


def test_locate_walks_the_changes_in_order():
    result = compare("One two three. Four five six.\n", "One 2 three. Four five 6.\n")
    assert len(result.changes) == 2
    first, second = result.changes
    loc = result.locate(first.left.start)
    assert loc.current == 0 and loc.previous is None and loc.next == 1
    loc = result.locate(second.left.start)
    assert loc.current == 1 and loc.previous == 0 and loc.next is None
    between = first.left.end + 1
    loc = result.locate(between)
    assert loc.current is None and loc.previous == 0 and loc.next == 1
    assert result.locate(0) == (None, None, 0)


def test_locate_edge_positions():
    result = compare("One two three. Four five six.\n", "One 2 three. Four five 6.\n")
    assert result.locate(-1) == (None, None, 0)
    assert result.locate(10**6) == (None, 1, None)
    assert result.locate(len(result.left_text)) == (None, 1, None)
    same = compare("a b c\n", "a b c\n")
    assert same.locate(0) == same.locate(99) == (None, None, None)
    deleted_at_end = compare("Alpha beta.\nGamma delta.\n", "Alpha beta.\n")
    (change,) = deleted_at_end.changes
    assert change.right == (12, 12)
    assert deleted_at_end.locate(12, "right").current == 0
    inserted_first = compare("Alpha beta.\n", "Gamma delta.\nAlpha beta.\n")
    assert inserted_first.locate(0, "left").current == 0
