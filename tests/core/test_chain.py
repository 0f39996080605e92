"""The sparse pairing chain finds the same optimum as the full dynamic programme."""

from hypothesis import given
from hypothesis import strategies as st

from wirediff.core.align import _heaviest_chain


def full_dp(steps, n, m):
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(n + 1):
        for j in range(m + 1):
            value = max(best[i - 1][j] if i else 0.0, best[i][j - 1] if j else 0.0)
            for (di, dj), score in steps.get((i, j), ()):
                value = max(value, best[i - di][j - dj] + score)
            best[i][j] = value
    return best[n][m]


step = st.tuples(
    st.integers(1, 8),
    st.integers(1, 8),
    st.sampled_from([(1, 1), (2, 1), (1, 2)]),
    st.floats(0.5, 20),
)


@given(st.lists(step, max_size=30))
def test_chain_is_optimal_and_in_order(raw):
    steps = {}
    for i, j, (di, dj), score in raw:
        if i >= di and j >= dj:
            steps.setdefault((i, j), []).append(((di, dj), score))
    chain = _heaviest_chain(steps)
    total, last = 0.0, (0, 0)
    for i, j, di, dj in chain:
        assert i - di >= last[0] and j - dj >= last[1]
        assert any(s == (di, dj) for s, _ in steps[(i, j)])
        total += max(score for s, score in steps[(i, j)] if s == (di, dj))
        last = (i, j)
    assert abs(total - full_dp(steps, 9, 9)) < 1e-6
