"""A stories index or an archive that changed or was damaged since indexing: what
``wirediff.scale.reader`` raises names the file and says what is wrong in words."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("pyarrow")

from wirediff.core.reading import ReadError
from wirediff.scale import reader


def shard(folder: Path, rows: int) -> Path:
    import pyarrow as pa
    import pyarrow.parquet as pq

    path = folder / "wire.parquet"
    pq.write_table(pa.table({"text": [f"Article {i}.\n" for i in range(rows)]}), path)
    return path


def test_a_record_no_longer_in_its_shard_is_named_with_the_reason(tmp_path: Path) -> None:
    path = shard(tmp_path, 2)
    assert reader._record(str(path), 2).text.startswith("Article 1")
    with pytest.raises(ReadError) as raised:
        reader._record(str(path), 4)  # the shard was rewritten with fewer rows
    assert raised.value.path.name == "wire.parquet#4"
    assert raised.value.reason == "no such record in the shard"


def test_a_damaged_shard_is_a_read_error_naming_it(tmp_path: Path) -> None:
    path = shard(tmp_path, 3)
    path.write_bytes(path.read_bytes()[:40])
    with pytest.raises(ReadError) as raised:
        reader._record(str(path), 1)
    assert raised.value.path == path and raised.value.reason
