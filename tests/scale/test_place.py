"""Where ``--engine dask -o OUT`` puts its index: into an empty folder as it is, through a
link, and past what a run stopped midway left beside OUT."""

from __future__ import annotations

import json
import os
import shutil
import stat
from collections.abc import Iterator
from contextlib import nullcontext
from pathlib import Path

import pytest

pytest.importorskip("dask.distributed", reason="the Dask engine needs the scale extra")
pytest.importorskip("pyarrow", reason="the Dask engine needs the scale extra")

from tests.scale.helpers import index_like, snapshot
from wirediff.cli import main
from wirediff.core.stories import StoryOptions
from wirediff.core.stories.synth import generate, write
from wirediff.scale import index as index_module
from wirediff.scale.index import write_index


class Client:
    def as_current(self) -> object:
        return nullcontext()


@pytest.fixture
def made(monkeypatch: pytest.MonkeyPatch) -> None:
    """The index's writing replaced by a folder shaped as one, of source "new" (no
    cluster: what is tested is where it goes)."""

    def fake(_found: object, _options: object, into: Path, *_rest: object) -> object:
        index_like(into, source="new")
        return {}

    monkeypatch.setattr(index_module, "_write", fake)


@pytest.fixture
def umask() -> Iterator[int]:
    old = os.umask(0o022)
    yield 0o022
    os.umask(old)


def put(out: Path) -> None:
    write_index(None, StoryOptions(), out, Client())  # type: ignore[arg-type]


def source_of(index: Path) -> object:
    return json.loads((index / "summary.json").read_text())["source"]


def mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.mark.usefixtures("made")
def test_an_empty_folder_is_written_into_not_replaced(tmp_path: Path) -> None:
    """The empty folder was renamed aside and deleted, a new one (mode 0700) put in its
    place: its permissions, owner and inode lost."""
    out = tmp_path / "index"
    out.mkdir()
    out.chmod(0o751)
    before = os.stat(out)
    put(out)
    after = os.stat(out)
    assert (after.st_ino, mode(out)) == (before.st_ino, 0o751)
    assert source_of(out) == "new"
    assert os.listdir(tmp_path) == ["index"]


@pytest.mark.usefixtures("made")
def test_an_empty_folder_on_another_file_system_is_written_into(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An empty mount point as OUT: the index, written beside it on the parent's file
    system, was renamed into it entry by entry, which fails across file systems (EXDEV);
    the run's work was deleted. Found by a reviewer."""
    import errno

    out = tmp_path / "mounted"
    out.mkdir()
    rename = os.rename

    def across(src: object, dst: object, *args: object, **kwargs: object) -> None:
        if Path(str(dst)).parent == out:  # into the "mount": another file system
            raise OSError(errno.EXDEV, "Invalid cross-device link")
        rename(src, dst, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "rename", across)
    put(out)
    assert source_of(out) == "new"
    assert os.listdir(tmp_path) == ["mounted"]


@pytest.mark.usefixtures("made")
def test_an_index_with_a_long_cjk_name_is_replaced(tmp_path: Path) -> None:
    """The aside name kept 200 characters of OUT's name: 600 bytes of CJK, past a file
    name's 255 (ENAMETOOLONG). Found by a reviewer."""
    out = tmp_path / ("新" * 84)  # 252 bytes
    put(out)
    put(out)  # the first index set aside, the second put in its place
    assert source_of(out) == "new"
    assert os.listdir(tmp_path) == [out.name]


@pytest.mark.usefixtures("made")
def test_a_new_index_has_the_usual_permissions_and_a_replaced_one_keeps_its_own(
    tmp_path: Path, umask: int
) -> None:
    """The index was made private (tempfile.mkdtemp's 0700) whatever the umask."""
    out = tmp_path / "index"
    put(out)
    assert mode(out) == 0o777 & ~umask
    out.chmod(0o750)
    put(out)
    assert mode(out) == 0o750 and source_of(out) == "new"
    assert os.listdir(tmp_path) == ["index"]


@pytest.mark.usefixtures("made")
def test_a_link_is_followed_and_stays(tmp_path: Path) -> None:
    """A link to an index was refused as "not a stories index"."""
    store = tmp_path / "store"
    target = index_like(store / "index", source="old")
    target.chmod(0o750)
    link = tmp_path / "index"
    link.symlink_to(target)
    put(link)
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert source_of(target) == "new" and mode(target) == 0o750
    assert os.listdir(store) == ["index"] and sorted(os.listdir(tmp_path)) == ["index", "store"]
    empty, to_empty = tmp_path / "empty", tmp_path / "to-empty"
    empty.mkdir()
    to_empty.symlink_to(empty)
    put(to_empty)
    assert to_empty.is_symlink() and source_of(empty) == "new"
    dangling = tmp_path / "dangling"
    dangling.symlink_to(store / "later")
    put(dangling)
    assert dangling.is_symlink() and source_of(store / "later") == "new"


def test_a_link_to_what_is_no_index_is_refused_saying_where_it_leads(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    news = tmp_path / "news"
    write(generate(6, seed=2), news)
    project = tmp_path / "project"
    project.mkdir()
    (project / "thesis.tex").write_text("three months of work")
    link, loop = tmp_path / "out", tmp_path / "loop"
    link.symlink_to(project)
    loop.symlink_to(loop)
    before = snapshot(project)
    assert main(["stories", str(news), "--engine", "dask", "-o", str(link)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(
        f"wirediff stories: {link} is a link to {project}, which exists and is not a stories "
        "index: not writing over it"
    )
    assert main(["stories", str(news), "--engine", "dask", "-o", str(loop)]) == 2
    assert f"{loop} is a link loop" in capsys.readouterr().err
    assert snapshot(project) == before and link.is_symlink()


def test_a_swap_stopped_midway_is_cleared_by_the_next_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Killed between the swap's two renames, a run left the old index as .OUT.<random>.old
    and the new one as .OUT.<random>.part, none at OUT; they stayed there for ever. The
    old one is put back, the whole new one deleted; what is not exactly an index of ours
    is named and kept."""
    news = tmp_path / "news"
    write(generate(20, seed=3), news)
    out = tmp_path / "index"
    old = index_like(tmp_path / ".index.0123456789ab.old", source="old")
    part = shutil.copytree(old, tmp_path / ".index.ba9876543210.part")
    half = index_like(tmp_path / ".index.00000000000f.old")  # its deletion stopped midway
    (half / "summary.json").unlink()
    other = index_like(tmp_path / ".other.0123456789ab.old")  # another index's
    assert main(["stories", str(news), "--engine", "dask", "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert f"put back at {out} the stories index a stopped run had set aside as {old}" in err
    assert f"deleted {part}, a stories index a stopped run left" in err
    assert f"left {half} alone: not a whole stories index" in err
    assert str(other) not in err
    names = sorted(os.listdir(tmp_path))
    assert names == [half.name, other.name, "index", "news"]
    assert json.loads((out / "summary.json").read_text())["documents"] == 20


def test_tidy_deletes_only_exact_indexes_of_our_names(tmp_path: Path) -> None:
    from wirediff.scale.place import tidy

    out = index_like(tmp_path / "index")
    superseded = index_like(tmp_path / ".index.0123456789ab.old")
    said = tidy(out, lambda _path: False)
    assert said == [f"deleted {superseded}, a stories index a stopped run left"]
    read = index_like(tmp_path / ".index.0123456789ab.old")
    assert tidy(out, lambda path: path == read) == [f"left {read} alone: it is read"]
    shutil.rmtree(out)
    out.mkdir()
    (out / "notes.txt").write_text("the user's")
    assert tidy(out, lambda _path: False) == [
        f"left {read} alone: an index set aside, kept as {out} is not one"
    ]
    lookalike = index_like(tmp_path / ".index.notrandom.old")
    link = tmp_path / ".index.aaaaaaaaaaaa.old"
    link.symlink_to(read)
    said = " ".join(tidy(out, lambda _path: False))
    assert str(lookalike) not in said and f"left {link} alone: not a whole stories index" in said
    assert read.exists() and lookalike.exists() and link.is_symlink()
