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


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("[" * 100_000 + "]" * 100_000, "JSON nested too deeply"),  # was RecursionError
        ('{"documents": ' + "9" * 5000 + "}", "a number of 5,000 digits"),
    ],
)
def test_a_hostile_summary_is_a_damaged_index_saying_why(
    copy: Path, text: str, reason: str
) -> None:
    (copy / "summary.json").write_text(text, encoding="utf-8")
    why = refused(copy)
    assert isinstance(why, reader.DamagedIndex)
    assert "summary.json cannot be read" in str(why) and reason in str(why)


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


def edit(path: Path, change) -> None:  # type: ignore[no-untyped-def]
    """Rewrite the Parquet table at ``path`` with ``change(rows)`` (a hand edit)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pq.read_table(path)
    pq.write_table(pa.Table.from_pylist(change(table.to_pylist()), schema=table.schema), path)


def damaged(folder: Path) -> str:
    why = refused(folder)
    assert isinstance(why, reader.DamagedIndex)
    return str(why)


def test_an_empty_events_table_is_a_damaged_index(copy: Path) -> None:
    """It opened as "0 events", and a search then raised IndexError (list index out of
    range) from ``event``."""
    edit(copy / "events.parquet", lambda rows: [])
    assert "events.parquet is damaged: it holds no events" in damaged(copy)


@pytest.mark.parametrize(
    ("table", "column", "value", "said"),
    [
        # one first_row out of range emptied the whole first page
        ("events.parquet", "first_row", 10**9, "event 0 holds"),
        # a first_story elsewhere dropped that event's stories without a word
        ("events.parquet", "first_story", 1, "event 0 starts at 1"),
        # 10**9 versions made each page build thousands of times its rows
        ("stories.parquet", "versions", 10**9, "story 0 holds 1,000,000,000 documents"),
        ("stories.parquet", "event", 3, "story 0 names event 3"),
        ("events.parquet", "event", 7, "its row 0 is event 7"),
    ],
)
def test_event_and_story_tables_that_disagree_are_a_damaged_index_naming_the_table(
    copy: Path, table: str, column: str, value: int, said: str
) -> None:
    first = {"events.parquet": "event", "stories.parquet": "story"}[table]
    edit(
        copy / table,
        lambda rows: [dict(r, **{column: value}) if r[first] == 0 else r for r in rows],
    )
    why = damaged(copy)
    assert f"{table} is damaged: " in why and said in why


def test_a_document_naming_another_story_or_out_of_its_place_is_said(copy: Path) -> None:
    """The list is cut by the story table; a document row that disagrees with it (a hand
    edit, a part of another index, rows reordered) would pair unrelated documents."""
    index = reader.StoriesIndex(copy)
    story = next(s for e in index.events(0, 20) for s in index.stories(e) if s.versions > 2)
    rows = index.versions(story)
    assert index.check_story(story, rows) is None
    wrong = [rows[0], *(reader.DocRow(**{**_fields(r), "story": 777777}) for r in rows[1:2])]
    why = index.check_story(story, wrong)
    assert why is not None and why.startswith("documents/part.0.parquet: ")
    assert "names story 777,777" in why and f"under story {story.id}" in why
    assert "out of order" in (index.check_story(story, rows[::-1]) or "")


def _fields(row: reader.DocRow) -> dict[str, object]:
    return {name: getattr(row, name) for name in reader.DOCUMENT_COLUMNS}


def test_an_event_no_table_holds_is_a_damaged_index_not_an_index_error(copy: Path) -> None:
    index = reader.StoriesIndex(copy)
    with pytest.raises(reader.DamagedIndex, match=r"events\.parquet is damaged: it holds no event"):
        index.event(index.event_count)


def test_an_index_written_before_keys_were_kept_still_opens(copy: Path) -> None:
    """``sha256`` and the story ``key`` came later: an index without them is read, each ""
    (the app's "Open stories index…" refused every index written before them)."""
    import pyarrow.parquet as pq

    assert "sha256" not in pq.read_schema(copy / "documents" / "part.0.parquet").names
    assert "key" not in pq.read_schema(copy / "stories.parquet").names
    index = reader.StoriesIndex(copy)
    event = index.events(0, 1)[0]
    story = index.stories(event)[0]
    assert story.key == "" and index.story(story.id).key == ""
    assert [r.sha256 for r in index.versions(story)] == [""] * story.versions
