"""Structural checks every comparison must pass (shared by the engine tests)."""

from wirediff.core.result import Comparison, RowKind


def check_invariants(result: Comparison) -> None:
    assert result.rebuild("left") == result.left_text
    assert result.rebuild("right") == result.right_text
    for side, text in (("left", result.left_text), ("right", result.right_text)):
        pos = 0
        for row in result.rows:
            span = row.span(side)
            if span is None:
                continue
            assert span.start == pos, (side, row)
            pos = span.end
            op_pos = span.start
            for op in row.ops:
                ospan = op.left if side == "left" else op.right
                assert ospan.start == op_pos, (side, row.index, op)
                op_pos = ospan.end
            assert op_pos == span.end
        assert pos == len(text)
    for row in result.rows:
        if row.kind is RowKind.MOVED:
            assert row.link is not None
            partner = result.rows[row.link]
            assert partner.kind is RowKind.MOVED and partner.link == row.index
            assert (row.left is None) != (partner.left is None)
        else:
            assert row.link is None
    for side in ("left", "right"):
        starts = [c.span(side).start for c in result.changes]
        assert starts == sorted(starts)
    assert [c.index for c in result.changes] == list(range(len(result.changes)))
    s = result.stats
    assert 0.0 <= s.similarity <= 1.0
    assert s.matched_words <= min(s.left_words, s.right_words)
