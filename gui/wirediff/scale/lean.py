"""A document's shingles pickled in about three quarters of the bytes, and its text
compressed, for what the Dask engine keeps and moves between workers.

A ``Shingles`` holds every distinct shingle hash (``full``), the sample indexed for
candidate pairs (``sampled``: the hashes whose low bits are zero, a subset of ``full``) and
the shingles of the opening words (``lead``, also found in ``full``). The persisted
shingles are most of what the workers keep until the stories are found (4.4 GB at 1M
documents, the documents' zipped texts 1.1 GB), and the stories shuffle moves most of them
again. So only ``full`` is pickled:
``sampled`` is taken from it again (``rate``), and ``lead`` is pickled as its positions in
``full`` (2 bytes each instead of 8). Unpickled, the three arrays are the same as before,
element for element; a ``Shingles`` that does not have that shape (an unsorted ``full``,
a sample not made with ``rate``) is pickled whole.
"""

from __future__ import annotations

import pickle
import zlib
from array import array
from typing import Any

import numpy as np

from wirediff.core.document import Document
from wirediff.core.stories.features import Shingles


def lean_shingles(shingles: Shingles, rate: int) -> tuple[Any, ...]:
    """What ``from_lean`` needs to make ``shingles`` again: ``(full, words, positions of the
    lead in full, their width in bytes)``, or ``(shingles,)`` as it is."""
    full = np.frombuffer(shingles.full, np.int64)
    lead = np.frombuffer(shingles.lead, np.int64)
    if len(full) > 1 and bool((full[1:] < full[:-1]).any()):
        return (shingles,)
    if not np.array_equal(_sample(full, rate), np.frombuffer(shingles.sampled, np.int64)):
        return (shingles,)
    at = np.searchsorted(full, lead)
    if len(lead) and (int(at.max()) >= len(full) or not np.array_equal(full[at], lead)):
        return (shingles,)
    width = np.uint16 if len(full) <= 1 << 16 else np.uint32
    return (shingles.full, shingles.words, at.astype(width).tobytes(), np.dtype(width).itemsize)


def from_lean(rate: int, *lean: Any) -> Shingles:
    """The ``Shingles`` that ``lean_shingles(shingles, rate)`` describes."""
    if len(lean) == 1:
        found: Shingles = lean[0]
        return found
    full, words, positions, width = lean
    values = np.frombuffer(full, np.int64)
    at = np.frombuffer(positions, np.uint16 if width == 2 else np.uint32)
    sampled = full if rate == 1 else _array(_sample(values, rate))
    return Shingles(full, sampled, words, _array(values[at]))


def _sample(full: np.ndarray, rate: int) -> np.ndarray:
    """The content-defined sample (``features.shingles_from_hashes``), in ``full``'s order."""
    if rate == 1:
        return full
    picked: np.ndarray = full[(full & np.int64(rate - 1)) == 0]
    return picked


def _array(values: np.ndarray) -> array[int]:
    out = array("q")
    out.frombytes(values.tobytes())
    return out


def zipped(document: Document) -> bytes:
    """A ``Document``'s pickle compressed (zlib, level 1): a news text shrinks to about half
    on its own."""
    return zlib.compress(pickle.dumps(document, 5), 1)


def unzipped(data: bytes) -> Document:
    found: Document = pickle.loads(zlib.decompress(data))
    return found
