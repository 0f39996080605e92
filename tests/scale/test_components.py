"""Connected components of candidate pairs: on the client, and in Dask rounds."""

from __future__ import annotations

import pytest

np = pytest.importorskip("numpy", reason="the scale extra is not installed")
pd = pytest.importorskip("pandas", reason="the scale extra is not installed")
dd = pytest.importorskip("dask.dataframe", reason="the scale extra is not installed")

from wirediff.core.stories.cluster import Groups  # noqa: E402
from wirediff.scale.components import components, dask_components  # noqa: E402


def random_pairs(n: int, m: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    a, b = rng.integers(0, n, m), rng.integers(0, n, m)
    keep = a != b
    return np.minimum(a[keep], b[keep]), np.maximum(a[keep], b[keep])


@pytest.mark.parametrize("seed", range(5))
def test_components_are_union_find_groups(seed: int) -> None:
    n = 400
    a, b = random_pairs(n, 300, seed)
    groups = Groups(n)
    for x, y in zip(a.tolist(), b.tolist(), strict=True):
        groups.join(x, y)
    touched = set(a.tolist()) | set(b.tolist())
    expected = [min(groups.group(d)) if d in touched else -1 for d in range(n)]
    assert components(n, a, b).tolist() == expected


def test_dask_rounds_give_the_same_labels() -> None:
    import dask

    n = 120
    a, b = random_pairs(n, 90, 7)
    with dask.config.set(scheduler="threads"):
        pairs = dd.from_pandas(pd.DataFrame({"a": a, "b": b}), npartitions=2)
        labels = dask_components(pairs, 2).compute()
    found = np.full(n, -1)
    found[labels.index.to_numpy()] = labels.to_numpy()
    assert found.tolist() == components(n, a, b).tolist()
