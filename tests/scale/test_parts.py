"""Helpers of the Dask stages (``scale.parts``)."""

from __future__ import annotations

import numpy as np

from wirediff.scale.parts import in_sorted


def test_in_sorted_answers_as_isin() -> None:
    """The binary-search membership the stages use against sorted key arrays."""
    rng = np.random.default_rng(3)
    for size in (0, 1, 7, 500):
        keys = np.unique(rng.integers(-50, 50, size))
        values = rng.integers(-60, 60, 300)
        assert np.array_equal(in_sorted(values, keys), np.isin(values, keys))
    extremes = np.array([np.iinfo(np.int64).min, 0, np.iinfo(np.int64).max], np.int64)
    assert in_sorted(extremes, extremes).all()
    assert not in_sorted(np.array([], np.int64), extremes).any()
