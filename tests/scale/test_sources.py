"""What ``wirediff stories --engine dask`` reads of a source (``scale.sources``), without a
cluster: the parts' documents and problems."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

pytest.importorskip("fsspec")

from wirediff.core.reading import ReaderOptions
from wirediff.core.reading import errors as E
from wirediff.scale.sources import Part, open_source, read_part

TEXT = "The council approved the harbour budget on Tuesday after a long debate, officials said."


def jsonl(path: Path, count: int = 3) -> Path:
    path.write_text("".join(json.dumps({"text": f"{TEXT} {i}"}) + "\n" for i in range(count)))
    return path


def read_source(spec: str, max_bytes: int = 2**20) -> tuple[int, dict[str, tuple[str, str]]]:
    """How many documents the parts of ``spec`` hold, and their problems by file name."""
    source = open_source(spec, ReaderOptions())
    count, problems = 0, {}
    for part in source.parts:
        docs, found = read_part(part, ReaderOptions(), max_bytes)
        count += len(docs)
        problems.update({p.path.name: (p.code, p.reason) for p in found})
    return count, problems


@pytest.mark.skipif(not os.path.exists("/dev/null"), reason="needs /dev/null")
def test_a_shard_that_is_no_regular_file_is_a_problem(tmp_path: Path) -> None:
    """A link to a device among the shards (to /dev/zero it was read until memory ran out;
    a FIFO's read waited for ever): refused as the folder reader refuses it, before reading."""
    jsonl(tmp_path / "a.jsonl")
    (tmp_path / "n.jsonl").symlink_to("/dev/null")
    count, problems = read_source(str(tmp_path / "*.jsonl"))
    assert count == 3
    assert problems == {"n.jsonl": (E.UNREADABLE, "not a regular file (a device, pipe or socket)")}


def test_a_shard_past_the_size_cap_is_refused_unread(tmp_path: Path) -> None:
    jsonl(tmp_path / "a.jsonl", 1)
    big = jsonl(tmp_path / "b.jsonl", 40)
    count, problems = read_source(str(tmp_path / "*.jsonl"), max_bytes=1024)
    assert count == 1
    size = big.stat().st_size
    assert problems == {"b.jsonl": (E.TOO_LARGE, f"too large ({size / 1024:.1f} KB, limit 1 KB)")}


def test_a_shard_in_object_storage_is_read_no_further_than_the_cap(tmp_path: Path) -> None:
    import fsspec

    url = "memory://wirediff-test-sources/big.jsonl"
    with fsspec.open(url, "wb") as handle:
        handle.write(jsonl(tmp_path / "big.jsonl", 40).read_bytes())
    try:
        docs, problems = read_part(Part("shard", (url,)), ReaderOptions(), 1024)
        assert docs == [] and [p.code for p in problems] == [E.TOO_LARGE]
        docs, problems = read_part(Part("shard", (url,)), ReaderOptions(), 2**20)
        assert len(docs) == 40 and problems == []
    finally:
        fsspec.filesystem("memory").rm(url)
