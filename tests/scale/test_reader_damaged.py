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


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small index of three documents parts."""
    import wirediff.scale.synthetic as synthetic

    folder = tmp_path_factory.mktemp("index")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(synthetic, "ROWS_PER_PART", 200)
        synthetic.write_index(folder / "stories.parquet", 600, folder / "texts")
    return folder / "stories.parquet"


@pytest.fixture
def copy(written: Path, tmp_path: Path) -> Path:
    import shutil

    return Path(shutil.copytree(written, tmp_path / "stories.parquet"))


def refused(folder: Path) -> reader.NotAnIndex:
    with pytest.raises(reader.NotAnIndex) as raised:
        reader.StoriesIndex(folder)
    return raised.value


def test_another_tools_events_table_names_the_columns_it_lacks(copy: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(pa.table({"id": [1, 2], "name": ["a", "b"]}), copy / "events.parquet")
    why = str(refused(copy))
    assert "events.parquet lacks the columns event, title" in why and "'event'" not in why


def test_an_events_folder_and_a_missing_table_are_said_in_words(copy: Path) -> None:
    (copy / "stories.parquet").unlink()
    assert "stories.parquet is missing" in str(refused(copy))
    (copy / "events.parquet").unlink()
    (copy / "events.parquet").mkdir()
    assert "events.parquet lacks the columns" in str(refused(copy))


def test_a_summary_that_is_no_object_is_a_damaged_index(copy: Path) -> None:
    (copy / "summary.json").write_text("[]", encoding="utf-8")
    why = refused(copy)
    assert isinstance(why, reader.DamagedIndex)
    assert "summary.json is not a JSON object" in str(why) and "attribute" not in str(why)


def test_a_truncated_part_is_a_damaged_index_naming_it(copy: Path) -> None:
    part = copy / "documents" / "part.0.parquet"
    part.write_bytes(part.read_bytes()[:200])
    why = refused(copy)
    assert isinstance(why, reader.DamagedIndex)
    assert "documents/part.0.parquet cannot be read" in str(why)


def test_null_text_columns_of_another_writer_read_as_empty(copy: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    part = copy / "documents" / "part.0.parquet"
    table = pq.read_table(part)
    for name in ("outlet", "date", "path"):
        at = table.schema.get_field_index(name)
        table = table.set_column(at, name, pa.nulls(table.num_rows, table.schema.field(at).type))
    pq.write_table(table, part)
    index = reader.StoriesIndex(copy)
    rows = index.rows(0, 5)
    assert [(r.outlet, r.date, r.path) for r in rows] == [("", "", "")] * 5


def test_a_search_over_a_damaged_later_part_names_it(copy: Path) -> None:
    part = copy / "documents" / "part.2.parquet"
    data = bytearray(part.read_bytes())
    footer = int.from_bytes(data[-8:-4], "little")
    data[4 : len(data) - 8 - footer] = b"\xff" * (len(data) - 12 - footer)
    part.write_bytes(bytes(data))
    index = reader.StoriesIndex(copy)  # the footer is whole: it opens
    with pytest.raises(reader.DamagedIndex, match=r"documents/part\.2\.parquet cannot be read"):
        index.search("dawn")
