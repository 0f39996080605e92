"""Partitions kept as one pickle (``scale.persisted``): what comes out is what went in, and
Dask counts the bytes kept, not the objects they were."""

from __future__ import annotations

import sys

from wirediff.core.stories.synth import generate
from wirediff.scale.persisted import Packed, unpack


def test_packed_partitions_come_back_as_they_were() -> None:
    docs = list(enumerate(generate(40, seed=2).documents))
    for compress in (False, True):
        packed = Packed(docs, compress)
        assert unpack(packed) == docs
        assert sys.getsizeof(packed) >= len(packed.data)
    plain, small = Packed(docs, False), Packed(docs, True)
    assert len(small.data) < len(plain.data) / 2  # news text compresses
