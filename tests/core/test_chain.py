"""The sparse pairing chain finds the same optimum as the full dynamic programme; the
longest increasing run is one."""

from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st

from wirediff.core.chain import heaviest_chain, increasing


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
    st.sampled_from([(1, 1), (2, 1), (1, 2), (3, 1), (2, 3), (4, 4)]),
    st.floats(0.5, 20),
)


@given(st.lists(step, max_size=30))
def test_chain_is_optimal_and_in_order(raw):
    steps = {}
    for i, j, (di, dj), score in raw:
        if i >= di and j >= dj:
            steps.setdefault((i, j), []).append(((di, dj), score))
    chain = heaviest_chain(steps)
    total, last = 0.0, (0, 0)
    for i, j, di, dj in chain:
        assert i - di >= last[0] and j - dj >= last[1]
        assert any(s == (di, dj) for s, _ in steps[(i, j)])
        total += max(score for s, score in steps[(i, j)] if s == (di, dj))
        last = (i, j)
    assert abs(total - full_dp(steps, 9, 9)) < 1e-6


def brute_increasing(pairs):
    best = []
    n = len(pairs)
    for mask in range(1 << n):
        chosen = sorted(pairs[k] for k in range(n) if mask >> k & 1)
        if all(a[0] < b[0] and a[1] < b[1] for a, b in pairwise(chosen)):
            best = max(best, chosen, key=len)
    return len(best)


@given(st.lists(st.tuples(st.integers(0, 6), st.integers(0, 6), st.just(0.0)), max_size=8))
def test_increasing_is_a_longest_strictly_increasing_run(pairs):
    run = increasing(pairs)
    assert all(a[0] < b[0] and a[1] < b[1] for a, b in pairwise(run))
    assert all(p in pairs for p in run)
    assert len(run) == brute_increasing(pairs)
