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


def test_parquet_values_are_read_as_the_json_values_they_stand_for(tmp_path: Path) -> None:
    """A binary text column was the article ``b'\\xd0\\x9f…'``, a timestamp or date32 date
    column left every document undated, a map's outlet was ``('k', 'v')``; the same in
    the text read back on demand (``StoriesIndex.text``)."""
    import datetime

    import pyarrow as pa
    import pyarrow.parquet as pq

    from wirediff.scale import reader

    texts = [f"Привет. {TEXT} {i}" for i in range(4)]
    moment = datetime.datetime(2026, 3, 14, 10, 0, 5, 123456, tzinfo=datetime.UTC)
    table = pa.table(
        {
            "text": pa.array([t.encode() for t in texts[:3]] + [b"bad \xff byte"], pa.binary()),
            "date": pa.array([moment] * 4, pa.timestamp("us", tz="UTC")),
            "published": pa.array([datetime.date(2026, 3, 14)] * 4),
            "source": pa.array(
                [[("name", "Reuters")], [("k", "v")], [], None],
                pa.map_(pa.string(), pa.string()),
            ),
        }
    )
    path = tmp_path / "wire.parquet"
    pq.write_table(table, path)
    docs, problems = read_part(Part("shard", (str(path),)), ReaderOptions(), 2**20)
    assert problems == []
    assert [d.text for d in docs] == [*texts[:3], "bad \ufffd byte"]
    assert {d.date for d in docs} == {"2026-03-14T10:00:05+00:00"}
    assert [d.source for d in docs] == ["Reuters", "", "", ""]
    assert reader._record(str(path), 1) == docs[0]
    undated = pa.table({"text": texts[:1], "date": pa.array([datetime.date(2026, 3, 14)])})
    pq.write_table(undated, path)
    [doc], _ = read_part(Part("shard", (str(path),)), ReaderOptions(), 2**20)
    assert doc.date == "2026-03-14"
