"""Output files of the command line: pipes, devices, links, temporary files (issue 15, item 2)."""

from __future__ import annotations

import os
import stat
import threading
from pathlib import Path

import pytest

from tests.core.reading.samples import ARTICLE
from wirediff.cli import main
from wirediff.core.report.output import OutputError, write_file


@pytest.fixture
def pair(tmp_path: Path) -> list[str]:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("\n\n".join(ARTICLE))
    b.write_text("\n\n".join(ARTICLE).replace("Thursday", "Friday"))
    return [str(a), str(b)]


def compare_to(pair: list[str], target: Path, fmt: str = "json") -> int:
    return main(["compare", *pair, "--format", fmt, "-o", str(target)])


def test_a_fifo_is_written_into_not_replaced(tmp_path: Path, pair: list[str]) -> None:
    fifo = tmp_path / "out.fifo"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()), daemon=True)
    reader.start()
    assert compare_to(pair, fifo) == 0
    reader.join(timeout=30)
    assert b'"format": "wirediff.compare"' in got[0]
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


def _device(path: Path, kind: int, major: int, minor: int) -> None:
    try:
        os.mknod(path, kind | 0o666, os.makedev(major, minor))
    except PermissionError:
        pytest.skip("creating device nodes needs root (CAP_MKNOD)")


def test_a_character_device_is_written_into_not_replaced(tmp_path: Path, pair: list[str]) -> None:
    null = tmp_path / "null"  # a private /dev/null: the real one is shared with the machine
    _device(null, stat.S_IFCHR, 1, 3)
    assert compare_to(pair, null) == 0
    assert stat.S_ISCHR(os.lstat(null).st_mode)
    assert os.lstat(null).st_rdev == os.makedev(1, 3)


def test_disks_folders_and_missing_folders_are_refused_clearly(
    tmp_path: Path, pair: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert compare_to(pair, tmp_path) == 2
    assert "is a folder" in capsys.readouterr().err
    assert compare_to(pair, tmp_path / "no" / "such" / "out.json") == 2
    assert "folder does not exist" in capsys.readouterr().err
    disk = tmp_path / "disk"
    _device(disk, stat.S_IFBLK, 240, 0)  # a device number no driver uses
    assert compare_to(pair, disk) == 2
    err = capsys.readouterr().err
    assert err.startswith("wirediff compare: cannot write") and "block device" in err
    assert stat.S_ISBLK(os.lstat(disk).st_mode)


def test_a_link_is_resolved_and_kept(tmp_path: Path, pair: list[str]) -> None:
    real = tmp_path / "reports" / "real.json"
    real.parent.mkdir()
    real.write_text("old")
    real.chmod(0o640)
    link = tmp_path / "link.json"
    link.symlink_to(real)
    assert compare_to(pair, link) == 0
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_text().startswith("{")
    assert stat.S_IMODE(real.stat().st_mode) == 0o640  # the replaced file's permissions
    dangling = tmp_path / "dangling.json"
    dangling.symlink_to(tmp_path / "reports" / "new.json")
    assert compare_to(pair, dangling) == 0
    assert dangling.is_symlink() and (tmp_path / "reports" / "new.json").is_file()
    assert sorted(p.name for p in real.parent.iterdir()) == ["new.json", "real.json"]


def test_an_existing_part_file_is_never_touched(tmp_path: Path, pair: list[str]) -> None:
    out = tmp_path / "out.html"
    (tmp_path / "out.html.part").write_text("someone else's download")
    assert compare_to(pair, out, "html") == 0
    assert out.read_text().startswith("<!DOCTYPE html>")
    assert (tmp_path / "out.html.part").read_text() == "someone else's download"
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["a.txt", "b.txt", "out.html", "out.html.part"]  # no temporary file left


def test_a_failed_write_leaves_the_old_file_and_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out.json"
    out.write_text("old report")

    def full_disk(fd: int, data: object) -> int:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "write", full_disk)
    with pytest.raises(OutputError) as err:
        write_file(out, b"new report")
    monkeypatch.undo()
    assert str(err.value) == f"cannot write {out}: No space left on device"
    assert out.read_text() == "old report"
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


def test_stories_writes_through_the_same_helper(
    tmp_path: Path, sample_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fifo = tmp_path / "stories.fifo"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()), daemon=True)
    reader.start()
    assert main(["stories", str(sample_dir), "--format", "csv", "-o", str(fifo)]) == 0
    reader.join(timeout=30)
    # A pipe, not a file a spreadsheet opens: no BOM (test_a_csv_into_a_pipe_…).
    assert got[0].startswith(b'"event","story","story_title","story_versions"')
    assert capsys.readouterr().out == ""


def _every_command(pair: list[str], sample_dir: Path, out: str) -> list[list[str]]:
    """A run of every command writing ``-o out``."""
    folder = str(sample_dir)
    return [
        ["compare", *pair, "-o", out],
        ["stories", folder, "-o", out],
        ["story", folder, "--story", "0", "-o", out],
        ["report", folder, "--story", "0", "--no-store", "-o", out],
    ]


def test_a_name_ending_in_a_slash_names_a_folder_not_a_file(
    tmp_path: Path, pair: list[str], sample_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``-o results/`` wrote a file ``results``: ``Path`` drops the slash (found by a tester).
    A shell's ``> results/`` fails; every command refuses it, before the work."""
    home = tmp_path / "home"
    home.mkdir()
    made = home / "made"
    made.write_text("keep me")
    for out, said in (
        (f"{home}/results/", "no folder of that name exists"),
        (f"{made}/", "is not a folder"),
        (f"{home}/results{os.sep}{os.sep}", "no folder of that name exists"),
    ):
        for args in _every_command(pair, sample_dir, out):
            assert main(args) == 2, args
            assert capsys.readouterr().err == (
                f"wirediff {args[0]}: cannot write {out}: {said} (a name ending in / names "
                "a folder); give a file name\n"
            )
    assert sorted(p.name for p in home.iterdir()) == ["made"]
    assert made.read_text() == "keep me"


def test_a_dash_is_refused_as_an_output_name(
    tmp_path: Path,
    pair: list[str],
    sample_dir: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """``-o -`` wrote a file named "-" where a pipe was meant (found by fuzzing)."""
    monkeypatch.chdir(tmp_path)
    for args in _every_command(pair, sample_dir, "-"):
        assert main(args) == 2
        assert "'-' is not the standard output here: name a file, or /dev/stdout" in (
            capsys.readouterr().err
        )
    assert not (tmp_path / "-").exists()


def test_an_existing_folder_is_a_folder_to_every_command(
    tmp_path: Path, pair: list[str], sample_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``report -o DIR`` said "cannot tell the format from DIR: name it .html…" (and ``story``
    too), as though a file name were wrong; it is a folder, with or without the slash."""
    folder = tmp_path / "reports"
    folder.mkdir()
    for out in (str(folder), f"{folder}/"):
        for args in _every_command(pair, sample_dir, out):
            for fmt in ([], ["--format", "json"]):
                assert main([*args, *fmt]) == 2, args
                assert capsys.readouterr().err == (
                    f"wirediff {args[0]}: cannot write {out}: is a folder; give a file name\n"
                )
    assert list(folder.iterdir()) == []


@pytest.mark.skipif(not Path("/proc/version").exists(), reason="needs Linux's /proc")
def test_a_folder_that_takes_no_new_file_is_not_said_to_be_missing(
    pair: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    """-o /proc/version said "its folder does not exist"; /proc exists and makes no file."""
    assert compare_to(pair, Path("/proc/version")) == 2
    err = capsys.readouterr().err
    assert "does not exist" not in err
    assert "cannot write /proc/version: its folder /proc takes no new file (" in err


def news(tmp_path: Path, pair: list[str]) -> Path:
    """A folder of the pair's two files (outputs go beside it, not into it)."""
    folder = tmp_path / "news"
    folder.mkdir()
    for name in pair:
        (folder / Path(name).name).write_bytes(Path(name).read_bytes())
    return folder


def test_the_format_follows_the_output_s_extension(tmp_path: Path, pair: list[str]) -> None:
    """``compare -o c.json`` and ``stories -o s.csv`` wrote the text format (exit 0), which
    json.tool then refused; ``story`` and ``report`` took theirs from the name already."""
    for name, start in (("c.json", b'{\n "format": "wirediff.compare"'), ("c.html", b"<!")):
        assert main(["compare", *pair, "-o", str(tmp_path / name)]) == 0
        assert (tmp_path / name).read_bytes().lstrip().startswith(start), name
    assert main(["compare", *pair, "-o", str(tmp_path / "c.diff")]) == 0  # a text's name
    assert (tmp_path / "c.diff").read_text(encoding="utf-8").startswith("  a.txt")
    # A name that says another format is refused, as story and report refuse it (it was
    # written as text, exit 0).
    assert main(["compare", *pair, "-o", str(tmp_path / "c.jsonl")]) == 2
    assert main(["stories", str(Path(pair[0]).parent), "-o", str(tmp_path / "s.xyz")]) == 2
    assert not (tmp_path / "c.jsonl").exists() and not (tmp_path / "s.xyz").exists()
    assert main(["compare", *pair, "-o", str(tmp_path / "c.jsonl"), "--format", "json"]) == 0
    folder = news(tmp_path, pair)
    for name, start in (
        ("s.json", b'{\n "format": "wirediff.stories"'),
        ("s.csv", b'\xef\xbb\xbf"event"'),
    ):
        out = tmp_path / "out" / name
        out.parent.mkdir(exist_ok=True)
        assert main(["stories", str(folder), "--no-store", "-o", str(out)]) == 0
        assert out.read_bytes().startswith(start), name
    # --format still wins over the name.
    assert main(["compare", *pair, "--format", "text", "-o", str(tmp_path / "t.json")]) == 0
    assert not (tmp_path / "t.json").read_text(encoding="utf-8").startswith("{")


def test_a_csv_into_a_pipe_has_no_byte_order_mark(tmp_path: Path, pair: list[str]) -> None:
    """-o /dev/stdout into a pipe: Python's csv read the mark as part of the first column's
    name. A file (one a spreadsheet may open) keeps it."""
    folder = news(tmp_path, pair)
    fifo = tmp_path / "out.fifo"
    os.mkfifo(fifo)
    for command in (["stories", str(folder)], ["story", str(folder), "--story", "0"]):
        got: list[bytes] = []
        reader = threading.Thread(target=lambda into=got: into.append(fifo.read_bytes()))
        reader.daemon = True
        reader.start()
        assert main([*command, "--no-store", "--format", "csv", "-o", str(fifo)]) == 0
        reader.join(timeout=30)
        assert got[0].startswith(b'"') and not got[0].startswith(b"\xef\xbb\xbf"), command
        file = tmp_path / f"{command[0]}.csv"
        assert main([*command, "--no-store", "-o", str(file)]) == 0
        assert file.read_bytes().startswith(b"\xef\xbb\xbf")


def test_text_into_a_pipe_takes_an_exported_columns(
    pair: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """``COLUMNS=60 wirediff compare A B | less`` was 160 columns wide."""
    monkeypatch.setenv("COLUMNS", "60")
    assert main(["compare", *pair]) == 0
    assert max(len(line) for line in capsys.readouterr().out.splitlines()) <= 60
    monkeypatch.setenv("COLUMNS", "7")  # not a sensible width: the default
    assert main(["compare", *pair]) == 0
    assert max(len(line) for line in capsys.readouterr().out.splitlines()) > 60


def test_an_output_that_cannot_be_made_is_said_before_the_work(
    tmp_path: Path, sample_dir: Path, capsys, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """`stories … -o` on a read-only file system said "Read-only file system" after the
    whole grouping (28 s for a thousand files; minutes for ten thousand): a script learnt
    it last (a data journalist's runs). Simulated: the folder makes no new file."""
    from wirediff.commands import stories as stories_command
    from wirediff.core.report import output as output_module

    def read_only(real: Path) -> tuple[Path, int]:
        raise OSError(30, "Read-only file system")

    monkeypatch.setattr(output_module, "_temporary", read_only)
    grouped: list[object] = []
    monkeypatch.setattr(stories_command, "build_story_index", lambda *a, **k: grouped.append(a))
    target = tmp_path / "x.csv"
    assert main(["stories", str(sample_dir), "--format", "csv", "-o", str(target)]) == 2
    assert "Read-only file system" in capsys.readouterr().err
    assert grouped == [] and not target.exists()  # (refused before any grouping)


def test_an_output_in_a_missing_folder_is_said_before_the_work(
    tmp_path: Path, sample_dir: Path, capsys, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """`stories -o out/stories.csv` with no `out/` said so after the grouping, 27 s on an
    archive of 2,500 files, three times over (a researcher's runs)."""
    from wirediff.commands import stories as stories_command

    grouped: list[object] = []
    monkeypatch.setattr(stories_command, "build_story_index", lambda *a, **k: grouped.append(a))
    target = tmp_path / "out" / "x.csv"
    assert main(["stories", str(sample_dir), "--format", "csv", "-o", str(target)]) == 2
    assert "its folder does not exist" in capsys.readouterr().err
    assert grouped == [] and not target.parent.exists()
