"""A load given what the last one read (``load_paths(reuse=...)``, a reload's) reads only the
files added or changed since — size, modification time or inode — and gives what reading
every file again gives (F5 read 3,000 files again, ~30 s, for one changed: a big-folder
walkthrough)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from wirediff.core.reading import load_paths
from wirediff.core.reading.folder import LoadResult, Reuse
from wirediff.core.reading.options import ReaderOptions

SENTENCE = "The council voted on Monday to keep the harbour open through the winter storms."


def news(folder: Path, n: int = 8) -> list[Path]:
    folder.mkdir()
    paths = []
    for i in range(n):
        path = folder / f"story_{i:02d}.txt"
        path.write_text(f"Story {i}\n\n{SENTENCE} Item {i}.\n", encoding="utf-8")
        paths.append(path)
    records = folder / "wire.jsonl"
    records.write_text(
        "".join(f'{{"title": "Take {i}", "text": "{SENTENCE} Take {i}."}}\n' for i in range(3)),
        encoding="utf-8",
    )
    return [*paths, records]


def seen(result: LoadResult) -> list[tuple[object, ...]]:
    """What a load gave: each document as the list and the grouping see it, the problems."""
    return [
        *(
            (d.path, d.text, d.title, d.source, d.date, d.date_source, d.desk_zone, d.url)
            for d in result.documents
        ),
        *((p.path, p.reason) for p in result.problems),
    ]


def later(path: Path) -> None:
    """``path`` touched: the same bytes, a later modification time."""
    when = path.stat().st_mtime_ns + 5_000_000_000
    os.utime(path, ns=(when, when))


@pytest.mark.parametrize("edits", [1, 6])  # (6: more than the threads fetch in parallel for)
def test_only_the_files_changed_added_or_touched_are_read(
    tmp_path: Path, files_read: list[str], edits: int
) -> None:
    folder = tmp_path / "news"
    files = news(folder)
    first = load_paths([folder], reuse=Reuse())
    assert first.reuse is not None and len(files_read) == len(files)
    files_read.clear()
    edited = files[:edits]
    for path in edited:
        path.write_text(path.read_text(encoding="utf-8") + "A correction.\n", encoding="utf-8")
    later(files[-2])  # the same size, a later time
    files[-3].unlink()
    (folder / "late.txt").write_text(f"Late\n\n{SENTENCE} Filed late.\n", encoding="utf-8")
    listed: list[tuple[int, int]] = []
    again = load_paths(
        [folder], reuse=first.reuse, on_listed=lambda n, read: listed.append((n, read))
    )
    expected = sorted([*(p.name for p in edited), files[-2].name, "late.txt"])
    assert sorted(files_read) == expected and again.read == len(expected)
    assert listed == [(len(files), len(expected))]
    assert seen(again) == seen(load_paths([folder]))
    texts = {d.path.name: d.text for d in again.documents}
    assert "A correction." in texts[edited[0].name]
    assert files[-3].name not in texts and "late.txt" in texts
    files_read.clear()  # nothing changed since: nothing read
    assert seen(load_paths([folder], reuse=again.reuse)) == seen(again) and files_read == []


def test_a_same_size_edit_with_its_time_put_back_is_read_again(
    tmp_path: Path, files_read: list[str]
) -> None:
    """Written in place, the same size, its modification time put back (``cp -p``, a
    restore): the stamp is as it was, the status change time is not (a review: F5 kept the
    old text, where reading everything again gave the new)."""
    folder = tmp_path / "news"
    files = news(folder, 2)
    first = load_paths([folder], reuse=Reuse())
    path = files[0]
    before = path.stat()
    text = path.read_text(encoding="utf-8")
    with open(path, "r+", encoding="utf-8") as f:  # (in place: the same inode)
        f.write(text.replace("Story 0", "Story 9"))
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    after = path.stat()
    assert (after.st_size, after.st_mtime_ns, after.st_ino) == (
        before.st_size,
        before.st_mtime_ns,
        before.st_ino,
    )
    files_read.clear()
    again = load_paths([folder], reuse=first.reuse)
    assert files_read == [path.name]
    assert any(d.text.startswith("Story 9") for d in again.documents)


def test_a_file_that_gave_a_problem_is_read_again(tmp_path: Path, files_read: list[str]) -> None:
    """Its stamp as it was, it may read now (a folder's permissions given back do not change
    it), as reading everything again did."""
    folder = tmp_path / "news"
    news(folder, 2)
    (folder / "empty.txt").write_bytes(b"")
    first = load_paths([folder], reuse=Reuse())
    assert [p.path.name for p in first.problems] == ["empty.txt"]
    files_read.clear()
    load_paths([folder], reuse=first.reuse)
    assert files_read == ["empty.txt"]


def test_site_names_are_worked_out_again_over_the_folder(tmp_path: Path) -> None:
    """A page named after another page of its site ("The Harbour Gazette", not
    "harbourgazette.net") is taken again as it was read: when that other page is gone, it
    is not named after it any more."""
    folder = tmp_path / "pages"
    folder.mkdir()
    page = (
        '<html><head>{meta}<link rel="canonical" href="https://www.harbourgazette.net/{name}">'
        "<title>{name}</title></head><body><article><p>{text}</p></article></body></html>"
    )
    named = '<meta property="og:site_name" content="The Harbour Gazette">'
    (folder / "a.html").write_text(page.format(meta=named, name="a", text=SENTENCE))
    (folder / "b.html").write_text(page.format(meta="", name="b", text=SENTENCE + " More."))
    first = load_paths([folder], reuse=Reuse())
    assert [d.source for d in first.documents] == ["The Harbour Gazette"] * 2
    (folder / "a.html").unlink()
    again = load_paths([folder], reuse=first.reuse)
    assert seen(again) == seen(load_paths([folder]))
    assert again.documents[0].source == "harbourgazette.net"


def test_the_files_taken_again_count_towards_the_load_s_characters(tmp_path: Path) -> None:
    """``max_total_chars``: the files past it are not read, whether those before it were
    read or taken again."""
    folder = tmp_path / "news"
    files = news(folder)
    options = ReaderOptions(max_total_chars=4 * len(files[0].read_text(encoding="utf-8")))
    first = load_paths([folder], options=options, reuse=Reuse())
    assert first.problems  # the last files were not read
    later(files[-1])
    again = load_paths([folder], options=options, reuse=first.reuse)
    assert seen(again) == seen(load_paths([folder], options=options))
