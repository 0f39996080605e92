"""load_paths: order, progress, cancel, options, odd arguments; snapshots and changes."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from tests.core.reading.samples import ARTICLE, run_without_dac
from wirediff.core.reading import (
    ReaderOptions,
    changed,
    compare_snapshots,
    list_files,
    load_paths,
    snapshot,
)
from wirediff.core.reading import errors as E


def folder(tmp_path: Path, count: int) -> Path:
    for n in range(count):
        (tmp_path / f"{n:03d}.txt").write_text(f"Article {n}\n\n{ARTICLE[n % 3]}")
    return tmp_path


def test_parallel_load_keeps_path_order_and_reports_progress_from_the_caller(
    tmp_path: Path,
) -> None:
    root = folder(tmp_path, 60)
    calls: list[tuple[int, int, Path, int]] = []
    result = load_paths(
        [root],
        workers=4,
        on_progress=lambda d, t, p: calls.append((d, t, p, threading.get_ident())),
    )
    assert [d.name for d in result.documents] == [f"{n:03d}.txt" for n in range(60)]
    assert [c[0] for c in calls] == list(range(1, 61))
    assert {c[1] for c in calls} == {60}
    assert sorted(c[2] for c in calls) == [d.path for d in result.documents]
    assert {c[3] for c in calls} == {threading.get_ident()}


@pytest.mark.parametrize("workers", [1, 4])
def test_cancel_returns_what_was_read_so_far(tmp_path: Path, workers: int) -> None:
    root = folder(tmp_path, 200)
    seen: list[int] = []
    result = load_paths(
        [root],
        workers=workers,
        on_progress=lambda d, t, p: seen.append(d),
        should_cancel=lambda: len(seen) >= 5,
    )
    assert result.cancelled
    assert 5 <= len(result.documents) < 200
    names = [d.name for d in result.documents]
    assert names == sorted(names)


def test_broken_callbacks_do_not_break_the_load(tmp_path: Path) -> None:
    def boom(*_args: object) -> bool:
        raise RuntimeError("callback bug")

    result = load_paths([folder(tmp_path, 10)], on_progress=boom, should_cancel=boom)
    assert len(result.documents) == 10
    assert not result.cancelled


def test_nothing_escapes_even_for_nonsense_arguments() -> None:
    result = load_paths([None])  # type: ignore[list-item]
    assert result.documents == []
    assert result.problems and "TypeError" in result.problems[0].reason


def test_missing_path_size_limit_hidden_option_and_duplicates(tmp_path: Path) -> None:
    root = folder(tmp_path, 2)
    (root / ".hidden.txt").write_text("Hidden\n\n" + ARTICLE[0])
    (root / "big.txt").write_text("x" * 5000)
    result = load_paths([root, root / "000.txt", tmp_path / "nope.txt"], max_bytes=4000)
    assert [d.name for d in result.documents] == ["000.txt", "001.txt"]
    assert [(p.path.name, p.code) for p in result.problems] == [
        (".hidden.txt", E.HIDDEN),
        ("big.txt", E.TOO_LARGE),
        ("nope.txt", E.NOT_FOUND),
    ]
    assert "limit" in result.problems[1].reason
    # the hint names what a user can do: the app's menu, the command line's option
    assert "File ▸ Open files…" in result.problems[0].hint
    assert "--include-hidden" in result.problems[0].hint
    shown = load_paths([root], options=ReaderOptions(include_hidden=True))
    assert ".hidden.txt" in [d.name for d in shown.documents]
    named = load_paths([root / ".hidden.txt"])  # named directly: read
    assert [d.name for d in named.documents] == [".hidden.txt"]


def test_a_saved_pages_files_are_set_aside_and_the_page_read(tmp_path: Path) -> None:
    """A page saved "complete" brings a folder of its parts: its scripts and styles were
    read as articles (96 of them, the folder's first three stories) and its logos and ad
    frames listed as problems, burying the real ones."""
    page = "<html><head><title>Rates rise again</title></head><body><article><h1>Rates rise"
    page += f" again</h1><p>{ARTICLE[0]}</p></article></body></html>"
    (tmp_path / "rates.html").write_text(page)
    parts = tmp_path / "rates_files"
    parts.mkdir()
    (parts / "ads.js").write_text("var adSlots=['top','mpu','footer'];console.log('ads loaded');")
    (parts / "style.css").write_text("body { font-family: serif; margin: 0 auto; }")
    (parts / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    (parts / "saved_resource.html").write_text("<html><body><div>ad</div></body></html>")
    (tmp_path / "loose.js").write_text("console.log('a script saved beside the articles');")
    own = tmp_path / "desk_files"  # a folder of that name of the desk's own: read
    own.mkdir()
    (own / "note.txt").write_text("Desk note\n\n" + ARTICLE[1])
    result = load_paths([tmp_path])
    assert sorted(d.name for d in result.documents) == ["note.txt", "rates.html"]
    assert [(p.path.name, p.code) for p in result.problems] == [
        ("loose.js", E.PAGE_FILES),
        ("rates_files", E.PAGE_FILES),
    ]
    assert "--include-hidden" in result.problems[1].hint
    named = load_paths([parts / "ads.js"])  # a file named directly is read
    assert [d.name for d in named.documents] == ["ads.js"]
    # a folder of copy beside a page of its name (an index) holds articles: read
    (tmp_path / "Reuters.html").write_text(page.replace("Rates rise", "Index of copy"))
    copy = tmp_path / "Reuters_files"
    copy.mkdir()
    (copy / "story1.txt").write_text("Wire story\n\n" + ARTICLE[2])
    again = load_paths([tmp_path])
    assert "story1.txt" in [d.name for d in again.documents]
    assert "Reuters_files" not in [p.path.name for p in again.problems]


def test_list_files_walks_links_once(tmp_path: Path) -> None:
    root = tmp_path
    (root / "x.txt").write_text("x")
    (root / "deep").mkdir()
    (root / "deep" / "y.txt").write_text("y")
    (root / "alias").symlink_to(root / "deep", target_is_directory=True)
    files, problems = list_files([root])
    # The link sorts first, but the files are listed once, where they really are.
    assert files == [root / "deep" / "y.txt", root / "x.txt"]
    assert [(p.path.name, p.code) for p in problems] == [("alias", E.LINK_LOOP)]
    outside = tmp_path.parent / (tmp_path.name + "-outside")
    outside.mkdir()
    (outside / "z.txt").write_text("z")
    (outside / "again").symlink_to(outside, target_is_directory=True)
    (root / "elsewhere").symlink_to(outside, target_is_directory=True)
    files, problems = list_files([root])
    assert root / "elsewhere" / "z.txt" not in files  # a link out of the folder: not followed
    assert [(p.path.name, p.code) for p in problems] == [
        ("alias", E.LINK_LOOP),
        ("elsewhere", E.EXTERNAL_LINK),
    ]
    files, problems = list_files([root], follow_links=True)  # unless asked
    assert root / "elsewhere" / "z.txt" in files
    assert [p.path.name for p in problems] == ["alias", "again"]  # and its loop ends


def test_a_link_to_a_file_outside_the_folder_is_read_only_when_asked(tmp_path: Path) -> None:
    """A received folder's ``notes.txt -> ~/private.txt`` was read and listed without a
    word, while a link to a folder outside was refused: both now follow the one option."""
    root, home = tmp_path / "received", tmp_path / "home"
    (root / "sub").mkdir(parents=True)
    home.mkdir()
    (home / "private.txt").write_text("Private\n\n" + ARTICLE[1])
    (root / "story.txt").write_text("Story\n\n" + ARTICLE[0])
    (root / "notes.txt").symlink_to(home / "private.txt")  # out of the folder
    (root / "sub" / "again.txt").symlink_to(Path("..") / "story.txt")  # inside it: read
    (root / "gone.txt").symlink_to(home / "missing.txt")  # broken: reading says so
    result = load_paths([root])
    assert [d.path for d in result.documents] == [root / "story.txt", root / "sub" / "again.txt"]
    assert [(p.path.name, p.code) for p in result.problems] == [
        ("gone.txt", E.BROKEN_LINK),
        ("notes.txt", E.EXTERNAL_LINK),
    ]
    problem = result.problems[1]
    target = os.path.realpath(home / "private.txt")
    assert problem.reason == f"link to a file outside the folder read, not followed ({target})"
    assert "--follow-external-links" in problem.hint
    assert snapshot([root]).files.keys() == result.snapshot.files.keys()
    assert root / "notes.txt" not in result.snapshot.files  # nor watched
    followed = load_paths([root], options=ReaderOptions(follow_external_links=True))
    assert [d.path.name for d in followed.documents] == ["notes.txt", "story.txt", "again.txt"]
    assert [p.code for p in followed.problems] == [E.BROKEN_LINK]
    # Named directly, the link is read wherever it points; so is a folder holding its target.
    (named,) = load_paths([root / "notes.txt"]).documents
    assert named.text.startswith("Private")
    both = load_paths([root, home])
    assert sorted(d.path.name for d in both.documents) == [
        "again.txt", "notes.txt", "private.txt", "story.txt",
    ]  # fmt: skip


def test_snapshot_notices_added_removed_and_modified_files(tmp_path: Path) -> None:
    root = folder(tmp_path, 3)
    result = load_paths([root])
    assert changed(result.snapshot, snapshot([root])) == []
    (root / "000.txt").write_text("Changed text, of another length")
    (root / "001.txt").unlink()
    (root / "new.txt").write_text("New")
    (root / ".ignored.txt").write_text("hidden files do not count")
    found = compare_snapshots(result.snapshot, snapshot([root]))
    assert (found.added, found.removed, found.modified) == (
        [root / "new.txt"], [root / "001.txt"], [root / "000.txt"],
    )  # fmt: skip
    assert changed(result.snapshot, snapshot([root])) == [
        root / "000.txt", root / "001.txt", root / "new.txt",
    ]  # fmt: skip
    same_size = root / "002.txt"
    before = snapshot([root])
    stamp = os.stat(same_size)
    os.utime(same_size, ns=(stamp.st_atime_ns, stamp.st_mtime_ns + 1_000_000_000))
    assert changed(before, snapshot([root])) == [same_size]
    (root / "sub").mkdir()
    (root / "sub" / "x.txt").write_text("x")
    assert snapshot([root]).folders() == [root, root / "sub"]


def test_a_same_size_file_put_in_place_with_its_time_put_back_is_a_change(
    tmp_path: Path,
) -> None:
    """ "Iraq" made "Iran" in a file written aside and renamed over the one loaded, its
    modification time put back (``rsync -t``, a restore): size and time were as loaded,
    and no change bar came; the inode tells it. A chmod (the status change time, once in
    the stamp too) is none: a sync client's or the system's marks made bars for nothing
    (a review). Found by fuzzing."""
    path = tmp_path / "a.txt"
    path.write_text("Troops stay in Iraq.\n", encoding="utf-8")
    before = snapshot([tmp_path])
    was = os.stat(path)
    aside = tmp_path / ".a.txt.tmp"
    aside.write_text("Troops stay in Iran.\n", encoding="utf-8")
    os.utime(aside, ns=(was.st_atime_ns, was.st_mtime_ns))
    os.replace(aside, path)
    assert (os.stat(path).st_size, os.stat(path).st_mtime_ns) == (was.st_size, was.st_mtime_ns)
    assert changed(before, snapshot([tmp_path])) == [path]
    again = snapshot([tmp_path])
    path.read_bytes()  # (reading it is no change)
    path.chmod(0o600)  # (nor its rights)
    assert changed(again, snapshot([tmp_path])) == []


def test_the_folders_to_watch_include_those_holding_only_folders(tmp_path: Path) -> None:
    """archive/2021 holds only 07/: a new 08/ beside it is heard of only there."""
    root = tmp_path / "archive"
    month = root / "2021" / "07"
    month.mkdir(parents=True)
    (month / "a.txt").write_text("a")
    loose = tmp_path / "elsewhere" / "deep"
    loose.mkdir(parents=True)
    (loose / "b.txt").write_text("b")
    found = snapshot([root, loose / "b.txt"])
    assert found.folders([root]) == [root, root / "2021", month, loose]
    assert found.folders() == [month, loose]  # no roots given: the files' folders only


def test_a_single_path_is_not_taken_for_a_list_of_characters(tmp_path: Path) -> None:
    root = folder(tmp_path, 2)
    assert len(load_paths(str(root)).documents) == 2  # type: ignore[arg-type]
    assert len(load_paths(root).documents) == 2  # type: ignore[arg-type]
    assert len(snapshot(root).files) == 2  # type: ignore[arg-type]


def bar_folders(monkeypatch: pytest.MonkeyPatch, barred: set[Path]) -> None:
    """``os.scandir`` refuses ``barred`` as for a folder of mode 000 (chmod does not bite on
    root, which these tests may run as)."""
    real = os.scandir

    def scandir(path: str | Path = ".") -> object:
        if Path(path) in barred:
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)


def test_a_folder_that_cannot_be_read_is_not_taken_for_an_empty_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """chmod 000 on the open folder: its listing failed, the failure was dropped, and every
    file counted as removed ("5 removed") though none was."""
    root = tmp_path / "news"
    root.mkdir()
    folder(root, 3)
    (root / "sub").mkdir()
    (root / "sub" / "x.txt").write_text("x")
    loaded = load_paths([root]).snapshot
    assert not loaded.unreadable
    barred: set[Path] = {root / "sub"}
    bar_folders(monkeypatch, barred)
    found = compare_snapshots(loaded, snapshot([root]))
    assert (found.added, found.removed, found.modified) == ([], [], [])
    assert found.unreadable == {root / "sub": "permission denied"} and found
    assert changed(loaded, snapshot([root])) == []  # no file changed
    barred.add(root)
    found = compare_snapshots(loaded, snapshot([root]))
    assert found.removed == [] and found.unreadable == {root: "permission denied"}
    # Unreadable when it was loaded: no news while it stays so; readable, its files are new.
    locked = load_paths([root])
    assert locked.snapshot.unreadable == {root: "permission denied"}
    assert not locked.documents and not compare_snapshots(locked.snapshot, snapshot([root]))
    barred.clear()
    found = compare_snapshots(locked.snapshot, snapshot([root]))
    assert len(found.added) == 4 and not found.removed and not found.unreadable
    (root / "sub" / "x.txt").unlink()  # a file really gone is still removed
    assert compare_snapshots(loaded, snapshot([root])).removed == [root / "sub" / "x.txt"]


MODE_000 = """
import os, sys
from pathlib import Path
from wirediff.core.reading import compare_snapshots, load_paths, snapshot
root = Path(sys.argv[1])
loaded = load_paths([root]).snapshot
os.chmod(root, 0)
try:
    found = compare_snapshots(loaded, snapshot([root]))
finally:
    os.chmod(root, 0o755)
print(len(found.removed), found.unreadable[root])
"""


def test_a_folder_of_mode_000_for_real(tmp_path: Path) -> None:
    """The same with the permission really taken away: root reads any folder, so as root
    the check runs without CAP_DAC_OVERRIDE (setpriv), as the tester's repro did."""
    root = tmp_path / "news"
    root.mkdir()
    folder(root, 3)
    done = run_without_dac(MODE_000, str(root))
    assert done.returncode == 0, done.stderr
    assert done.stdout.split(maxsplit=1) == ["0", "permission denied\n"]


@pytest.mark.parametrize("workers", [1, 4])
def test_the_file_being_read_is_told_before_it_is_read(tmp_path: Path, workers: int) -> None:
    """The status line named the last file read, never the one being read: a PDF that
    took minutes showed "a.txt" all along, and the user could not tell which to take out."""
    root = folder(tmp_path, 6)
    told: list[tuple[str, int, str]] = []
    load_paths(
        [root],
        workers=workers,
        on_reading=lambda d, t, p: told.append(("reading", d, p.name)),
        on_progress=lambda d, t, p: told.append(("read", d, p.name)),
    )
    names = [f"{n:03d}.txt" for n in range(6)]
    assert told == [
        item
        for n, name in enumerate(names)
        for item in (("reading", n, name), ("read", n + 1, name))
    ]
