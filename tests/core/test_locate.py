from hypothesis import given, settings
from hypothesis import strategies as st

from tests.core.test_compare import prose
from wirediff.core.compare import compare


def brute(result, position, side):
    spans = [c.span(side) for c in result.changes]
    current = next(
        (
            i
            for i, s in enumerate(spans)
            if s.start <= position < s.end or s.start == s.end == position
        ),
        None,
    )
    if current is not None:
        prev = current - 1 if current > 0 else None
        nxt = current + 1 if current + 1 < len(spans) else None
    else:
        before = [i for i, s in enumerate(spans) if s.start <= position]
        prev = before[-1] if before else None
        after = [i for i, s in enumerate(spans) if s.start > position]
        nxt = after[0] if after else None
    return current, prev, nxt


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
