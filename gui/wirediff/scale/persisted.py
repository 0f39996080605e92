"""The archive's partitions as the workers keep them between stages: one pickle each.

A partition of documents, of their lines or of their features is thousands of small Python
objects (a ``Document``, its line arrays, its shingle arrays). Held as such they take about
twice their pickled size, and when a worker passes its memory target Dask spills them to
disk by pickling them again, and unpickles them at the next stage: at 1M documents on two
workers that churn was most of what the workers did. Held as objects they also make every
other task of the worker dearer: shingling a 10,000-document partition took 1.2 CPU s alone,
1.5 s beside 40 partitions of lines held as objects and 1.2 s beside the same packed (the
cyclic collector walks them, and new objects land among them). So each persisted partition
is one ``Packed`` pickle (texts compressed with zlib, level 1: 2.6× smaller; shingle hashes
do not compress: they pickle lean instead, ``scale.lean``), unpacked by the task that reads
it and let go after: what is kept is a few bytes objects, spilled or not at the cost of a
copy. Unpickling them was then most of what a worker did in the stages that read the
documents: it runs with the cyclic collector held off (``core.collection``), and the records
pickle as their fields.
"""

from __future__ import annotations

import pickle
import zlib
from collections.abc import Callable
from typing import Any

from wirediff.core.collection import collection_paused


class Packed:
    """A partition (a list) as one pickle, compressed or not."""

    __slots__ = ("compressed", "data")

    def __init__(self, items: list[Any], compress: bool) -> None:
        with collection_paused():
            data = pickle.dumps(items, 5)
        self.compressed = compress
        self.data = zlib.compress(data, 1) if compress else data

    def unpack(self) -> list[Any]:
        data = zlib.decompress(self.data) if self.compressed else self.data
        with collection_paused():  # hundreds of thousands of objects: 4x faster
            found: list[Any] = pickle.loads(data)
        return found

    def __sizeof__(self) -> int:  # what Dask counts against the worker's memory
        return object.__sizeof__(self) + len(self.data)


def pack(items: list[Any], compress: bool) -> Packed:
    return Packed(items, compress)


def unpack(packed: Packed) -> list[Any]:
    return packed.unpack()


class Persisted:
    """Partitions persisted on the cluster as ``Packed`` pickles; ``to_delayed`` gives
    each partition unpacked (as a Dask Bag's ``to_delayed`` gives its lists)."""

    def __init__(self, packed: list[Any]) -> None:
        self.packed = packed

    @staticmethod
    def of(parts: list[Any], client: Any, compress: bool = False) -> Persisted:
        """``parts`` (delayed lists) computed, packed and kept on the workers."""
        return Persisted(client.persist(_packed(parts, compress)))

    @staticmethod
    def with_side(
        parts: list[Any], client: Any, side: Callable[[list[Any]], Any]
    ) -> tuple[Persisted, list[Any]]:
        """``of(parts)``, and ``side`` of each part persisted beside it, from the same
        computation of the part (``side``'s own results are kept as they are)."""
        import dask

        packs = _packed(parts, False)
        found = client.persist([*packs, *(dask.delayed(side)(p) for p in parts)])
        return Persisted(found[: len(packs)]), found[len(packs) :]

    @property
    def npartitions(self) -> int:
        return len(self.packed)

    def to_delayed(self) -> list[Any]:
        import dask

        return [dask.delayed(unpack)(p) for p in self.packed]

    def map(self, fn: Callable[..., Any], *args: Any) -> list[Any]:
        """``fn(partition, *args)`` of each partition, delayed."""
        import dask

        return [dask.delayed(fn)(p, *args) for p in self.to_delayed()]


def shared(value: Any, client: Any) -> Any:
    """``value`` (an array, a dict) held on the cluster for every task that reads it, as a
    persisted Dask value: the scheduler keeps how to make it, so when the worker holding it
    is lost it is made again. A scattered value would be lost for good, and the whole run
    with it (``client.scatter``: "lost scattered data")."""
    import uuid

    import dask

    name = f"shared-{uuid.uuid4().hex}"  # named: no hashing of a big value to name it
    return client.persist(dask.delayed(value, name=name, traverse=False))


def _packed(parts: list[Any], compress: bool) -> list[Any]:
    """Each of ``parts`` (delayed lists) packed, delayed."""
    import dask

    return [dask.delayed(pack)(p, compress) for p in parts]
