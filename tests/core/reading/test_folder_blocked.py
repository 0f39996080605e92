"""A folder whose permissions are taken away, or that goes, while its files are read: one
problem for the folder, not one per file blaming the file (a fuzzing session's chmod 000
on ``y2023/m01`` mid-load listed 41 files of mode 644 as "permission denied — check the
file's permissions"; a reload then said "m01: folder not readable")."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from tests.core.reading.samples import ARTICLE, run_without_dac
from wirediff.core.reading import Problem, changed, load_paths, snapshot
from wirediff.core.reading import errors as E
from wirediff.core.reading import folder as folder_module
from wirediff.core.reading.watch import UNREAD

BARRED = Problem(
    Path("y2023/m01"),
    "folder not readable (permission denied)",
    "check the folder's permissions",
    E.UNREADABLE,
)
GONE = Problem(
    Path("y2023"),
    "folder vanished during loading",
    "it was moved or deleted while loading; reload the folder",
    E.VANISHED,
)


def archive(root: Path) -> list[str]:
    """``y2022`` and ``y2023``, each of ``m01/d1``, ``m01/d2`` and ``m02/d1``, two files in
    each, and ``top.txt``: the files, relative to ``root``."""
    names = []
    for year in ("y2022", "y2023"):
        for day in ("m01/d1", "m01/d2", "m02/d1"):
            (root / year / day).mkdir(parents=True)
            for n in (1, 2):
                name = f"{year}/{day}/story{n}.txt"
                (root / name).write_text(f"{name}\n\n{ARTICLE[n]}")
                names.append(name)
    (root / "top.txt").write_text(f"Top\n\n{ARTICLE[0]}")
    return ["top.txt", *names]


def relative(problems: list[Problem], root: Path) -> list[Problem]:
    return [Problem(p.path.relative_to(root), p.reason, p.hint, p.code) for p in problems]


class Barrier:
    """Folders that, once the load has listed its files, may no longer be listed nor
    searched, as after ``chmod 000`` (which does not bite on root, as these tests may run)."""

    def __init__(self) -> None:
        self.folders: set[Path] = set()  # barred as the reading starts
        self.shut: set[Path] = set()  # barred now

    def under(self, path: object) -> bool:
        return any(folder in Path(str(path)).parents for folder in self.shut)

    def lift(self) -> None:
        self.folders.clear()
        self.shut.clear()


def refused(path: object) -> PermissionError:
    return PermissionError(13, "Permission denied", str(path))


@pytest.fixture
def barrier(monkeypatch: pytest.MonkeyPatch) -> Barrier:
    """``os.open`` and ``os.stat`` refuse what is under a barred folder, ``os.scandir``
    refuses the folder too."""
    barrier = Barrier()
    real_open, real_stat, real_scandir = os.open, os.stat, os.scandir
    real_listing = folder_module.listing

    def opened(path: str, flags: int, *args: object, **kwargs: object) -> int:
        if barrier.under(path):
            raise refused(path)
        return real_open(path, flags, *args, **kwargs)  # type: ignore[arg-type]

    def stat(path: str, *args: object, **kwargs: object) -> os.stat_result:
        if barrier.under(path):
            raise refused(path)
        return real_stat(path, *args, **kwargs)  # type: ignore[arg-type]

    def scandir(path: str = ".") -> object:
        if barrier.under(path) or Path(path) in barrier.shut:
            raise refused(path)
        return real_scandir(path)

    def listing(*args: object, **kwargs: object) -> object:
        found = real_listing(*args, **kwargs)  # type: ignore[arg-type]
        barrier.shut.update(barrier.folders)
        return found

    monkeypatch.setattr(os, "open", opened)
    monkeypatch.setattr(os, "stat", stat)
    monkeypatch.setattr(os, "scandir", scandir)
    monkeypatch.setattr(folder_module, "listing", listing)
    return barrier


@pytest.mark.parametrize("workers", [1, 4])
def test_a_folder_barred_while_it_is_read_is_one_problem(
    tmp_path: Path, barrier: Barrier, workers: int
) -> None:
    names = archive(tmp_path)
    barrier.folders.add(tmp_path / "y2023" / "m01")
    result = load_paths([tmp_path], workers=workers)
    assert relative(result.problems, tmp_path) == [BARRED]
    inside = [n for n in names if n.startswith("y2023/m01/")]
    assert len(inside) == 4
    read = [d.path.relative_to(tmp_path).as_posix() for d in result.documents]
    assert read == [n for n in names if n not in inside]
    # Unreadable, as if it had been when the load listed it: no news while it stays so,
    # and its files, never read, are news once it can be read again.
    assert result.snapshot.unreadable == {tmp_path / "y2023" / "m01": "permission denied"}
    assert {result.snapshot.files[tmp_path / n] for n in inside} == {UNREAD}
    assert changed(result.snapshot, snapshot([tmp_path])) == []
    barrier.lift()
    assert changed(result.snapshot, snapshot([tmp_path])) == [tmp_path / n for n in inside]


def test_a_file_of_its_own_permissions_is_still_the_files_problem(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Its folders all there and searchable: the hint names the file, as it did."""
    archive(tmp_path)
    locked = tmp_path / "y2023" / "m01" / "d1" / "story1.txt"
    real_open = os.open

    def opened(path: str, flags: int, *args: object, **kwargs: object) -> int:
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, flags, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", opened)
    (problem,) = load_paths([tmp_path]).problems
    assert (problem.path, problem.reason) == (locked, "permission denied")
    assert problem.hint == "check the file's permissions"


@pytest.mark.parametrize("workers", [1, 4])
def test_a_folder_gone_while_it_is_read_is_one_problem(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, workers: int
) -> None:
    """Each of its files was "file vanished during loading" (1,078 entries)."""
    root = tmp_path / "news"
    root.mkdir()
    names = archive(root)
    real_listing = folder_module.listing

    def listing(*args: object, **kwargs: object) -> object:
        found = real_listing(*args, **kwargs)  # type: ignore[arg-type]
        (root / "y2023").rename(tmp_path / "away")
        return found

    monkeypatch.setattr(folder_module, "listing", listing)
    result = load_paths([root], workers=workers)
    assert relative(result.problems, root) == [GONE]
    assert len(result.documents) == len(names) - 6
    (tmp_path / "away").rename(root / "y2023")  # back as it was: its files were never read
    inside = [root / n for n in names if n.startswith("y2023/")]
    assert changed(result.snapshot, snapshot([root])) == inside


def test_files_gone_before_their_folder_are_told_by_the_folder(tmp_path: Path) -> None:
    """``rm -rf`` under way: a file deleted, then the folder holding it. The folder tells
    it all; a file whose folder is still there is its own problem."""
    names = archive(tmp_path)
    gone = {"y2022/m02/d1/story1.txt", "y2023/m01/d1/story1.txt"}

    def reading(done: int, total: int, path: Path) -> None:
        name = path.relative_to(tmp_path).as_posix()
        if name in gone:
            path.unlink()
        elif name == "y2023/m01/d1/story2.txt":
            shutil.rmtree(tmp_path / "y2023")

    result = load_paths([tmp_path], workers=1, on_reading=reading)
    told = [(p.path.relative_to(tmp_path).as_posix(), p.code) for p in result.problems]
    assert told == [("y2022/m02/d1/story1.txt", E.VANISHED), ("y2023", E.VANISHED)]
    assert len(result.documents) == len(names) - 7


MODE_000 = """
import json, os, sys
from pathlib import Path
from wirediff.core.reading import load_paths
root = Path(sys.argv[1])
barred = root / "y2023" / "m01"

def reading(done, total, path):
    if path.is_relative_to(root / "y2023"):
        os.chmod(barred, 0)

try:
    result = load_paths([root], workers=1, on_reading=reading)
finally:
    os.chmod(barred, 0o755)
print(json.dumps([p.to_dict() for p in result.problems]))
"""


def test_a_folder_of_mode_000_while_it_is_read_for_real(tmp_path: Path) -> None:
    """The same with the permission really taken away: as root, without CAP_DAC_OVERRIDE
    (setpriv), as the fuzzing session ran."""
    archive(tmp_path)
    done = run_without_dac(MODE_000, str(tmp_path))
    assert done.returncode == 0, done.stderr
    (problem,) = json.loads(done.stdout)
    assert problem == {**BARRED.to_dict(), "path": str(tmp_path / "y2023" / "m01")}
