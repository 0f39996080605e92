"""``StoriesIndex.search``: the documents of a whole stories index whose title, outlet, date or
file name contain a text (case ignored), as a folder's filter matches them, and the events
that hold them, checked against a plain Python scan of the same rows."""

from __future__ import annotations

import threading
from pathlib import Path, PurePosixPath

import pytest

pytest.importorskip("pyarrow")

from wirediff.scale.reader import StoriesIndex
from wirediff.scale.synthetic import write_index


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import wirediff.scale.synthetic as synthetic

    folder = tmp_path_factory.mktemp("index")
    with pytest.MonkeyPatch.context() as patch:  # three parts: rows counted across them
        patch.setattr(synthetic, "ROWS_PER_PART", 1500)
        write_index(folder / "stories.parquet", 4000, folder / "texts")
    return folder / "stories.parquet"


def scan(index: Path, text: str) -> tuple[list[int], list[int]]:
    """Rows and events matching ``text``, the slow way."""
    import pyarrow.parquet as pq

    table = pq.read_table(index / "documents").sort_by("row").to_pylist()
    needle = text.lower()
    rows, events = [], []
    for r in table:
        fields = (r["title"], r["outlet"], r["date"], PurePosixPath(r["path"]).name)
        if any(needle in f.lower() for f in fields):
            rows.append(r["row"])
            if not events or events[-1] != r["event"]:
                events.append(r["event"])
    return rows, events


@pytest.mark.parametrize(
    "text",
    # (U+001F joins the columns searched: pasted, it matched every document, or across two)
    [
        *("Dawn", "dawn", "AL JAZ", "2021-07-1", "0001234.txt", "story 12", "/", "zzz"),
        *("\x1f", "\x1fal jaz"),
    ],
)
def test_search_matches_the_fields_a_folder_filter_matches(index: Path, text: str) -> None:
    found = StoriesIndex(index).search(text)
    assert found is not None
    rows, events = scan(index, text)
    assert found.rows.tolist() == rows and found.count == len(rows)
    assert found.events.tolist() == events
    assert len(StoriesIndex(index)._parts) == 3  # the rows were counted across parts


def test_a_date_typed_as_people_write_it_finds_the_dates_listed(index: Path) -> None:
    """As a folder's filter: "15.07.2021" is the 2021-07-15 the index holds."""
    found = StoriesIndex(index).search("15.07.2021")
    assert found is not None
    rows, events = scan(index, "2021-07-15")
    assert rows and found.rows.tolist() == rows and found.events.tolist() == events


def test_a_cancelled_search_says_so(index: Path) -> None:
    assert StoriesIndex(index).search("Dawn", lambda: True) is None


def test_searches_in_two_threads_read_the_columns_once_and_agree(index: Path) -> None:
    """A search given up still runs in its worker while the next one starts."""
    stories = StoriesIndex(index)
    results: list[object] = []
    threads = [
        threading.Thread(target=lambda t=t: results.append(stories.search(t)))  # type: ignore[misc]
        for t in ("Reuters", "Reuters", "AP", "AP")
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(stories._haystacks) == 3
    for found in results:
        assert found is not None
        rows, _events = scan(index, found.text)  # type: ignore[attr-defined]
        assert found.rows.tolist() == rows  # type: ignore[attr-defined]
