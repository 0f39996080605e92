"""The command line facing odd arguments: story numbers int() refuses, names longer than the
system takes, link loops as outputs, ``--OPT=--``, outputs naming an input. Each is one line
on stderr naming the file and the reason, status 2, no traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from wirediff.cli import main

LONG = "a" * 300  # longer than NAME_MAX (255)


@pytest.fixture(autouse=True)
def private_data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never read the user's own review store."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))


def one_line(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err
    assert "Traceback" not in err
    [line] = err.splitlines()
    return line


@pytest.mark.parametrize("wanted", ["²", "٣", "9" * 5000])
def test_a_story_number_int_refuses_is_no_story(
    wanted: str, sample_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """ "²" and "٣" are digits to str.isdigit, not to int(); int() refuses 5,000 digits."""
    out = str(tmp_path / "r.html")
    for args in (["story"], ["report", "-o", out, "--no-store"]):
        assert main([*args, str(sample_dir), "--story", wanted]) == 2
        line = one_line(capsys)
        assert f"no story {wanted}: " in line or f"--story {wanted}: no document" in line


def test_a_name_longer_than_the_system_takes_is_a_message(
    sample_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = str(tmp_path / "r.html")
    assert main(["story", str(sample_dir), "--story", LONG]) == 2
    assert one_line(capsys).endswith(f"--story {LONG}: no document of {sample_dir} by that name")
    assert main(["report", str(sample_dir), "--story", LONG, "-o", out, "--no-store"]) == 2
    assert f"--story {LONG}: no document" in one_line(capsys)
    base = "000_95eef2de69d379ca.txt"
    assert main(["report", str(sample_dir), LONG, base, "-o", out, "--no-store"]) == 2
    assert one_line(capsys).startswith(f"wirediff report: {LONG}: file name too long")
    for args in (["story", LONG, "--story", "0"], ["stories", LONG]):
        assert main(args) == 2
        assert one_line(capsys).endswith(f"{LONG} cannot be examined (File name too long)")
    pair = [str(sample_dir / base), str(sample_dir / base)]
    assert main(["report", *pair, "-o", out, "--store", str(tmp_path / LONG)]) == 0
    assert "no review store at" in one_line(capsys)


def test_an_output_that_is_a_link_loop_cannot_be_written(
    sample_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """With FOLDER the output is checked to be outside it; a loop is outside everything,
    and is then refused as the forms without FOLDER refuse it."""
    loop, other = tmp_path / "a.html", tmp_path / "b.html"
    loop.symlink_to(other)
    other.symlink_to(loop)
    for args in (
        ["story", str(sample_dir), "--story", "0", "-o", str(loop)],
        ["report", str(sample_dir), "--story", "0", "-o", str(loop), "--no-store"],
    ):
        assert main(args) == 2
        assert one_line(capsys).endswith(f"cannot write {loop}: Too many levels of symbolic links")
    ok = tmp_path / "ok.html"
    store = ["--store", str(loop)]
    assert main(["report", str(sample_dir), "--story", "0", "-o", str(ok), *store]) == 0
    assert "no review store at" in one_line(capsys) and ok.exists()


def _valued_options() -> list[tuple[str, str]]:
    """Every option of every command that takes a value, as (command, --option)."""
    from wirediff.cli import COMMANDS, _command_parser

    found = []
    for name in COMMANDS:
        parser, _ = _command_parser(name)
        for action in parser._actions:
            if action.option_strings and action.nargs is None:
                found.append((name, action.option_strings[-1]))
    return found


@pytest.mark.parametrize(("command", "option"), _valued_options())
def test_double_dash_as_an_option_value_is_an_argument_error(
    command: str, option: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Python 3.11's argparse stores [] for ``--OPT=--``, skipping ``type`` and ``choices``."""
    positional = {"compare": ["a.txt", "b.txt"], "report": ["a", "b", "-o", "r.html"]}
    args = [command, *positional.get(command, ["folder"]), f"{option}=--"]
    if command == "story" and option != "--story":
        args += ["--story", "0"]
    assert main(args) == 2
    err = capsys.readouterr().err
    assert err.endswith(f"error: argument {option}: expected a value, not --\n") or (
        f"argument -o/{option}: expected a value, not --" in err
    )
    assert "Traceback" not in err


def test_double_dash_attached_to_a_short_option_is_refused_too(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["compare", "a.txt", "b.txt", "-o--"]) == 2
    assert "argument -o/--output: expected a value, not --" in capsys.readouterr().err


def test_an_output_naming_an_input_or_the_store_is_refused(
    sample_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``compare a b -o a`` replaced the base article with the diff, ``report a b --store S
    -o S`` the review store with a page: by the same name, another spelling or a link."""
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    for path, source in ((a, "000_95eef2de69d379ca.txt"), (b, "001_9961d6b741e39e46.txt")):
        path.write_bytes((sample_dir / source).read_bytes())
    (tmp_path / "link.txt").symlink_to(a)
    store = tmp_path / "review.sqlite3"
    store.write_bytes(b"SQLite format 3\x00" + bytes(100))
    before = {p: p.read_bytes() for p in (a, b, store)}
    pair, html = [str(a), str(b)], ["--format", "html"]
    story = [str(sample_dir), "--story", "0", *html]
    inputs, the_store = "one of the inputs", "the review store (its flags and notes)"
    for args, out, what in (
        (["compare", *pair], a, inputs),
        (["compare", *pair], tmp_path / "link.txt", inputs),
        (["compare", *pair], tmp_path / "." / "b.txt", inputs),
        (["report", *pair, *html, "--no-store"], b, inputs),
        (["report", *pair, *html, "--store", str(store)], store, the_store),
        (["report", *story, "--store", str(store)], store, the_store),
    ):
        assert main([*args, "-o", str(out)]) == 2
        assert one_line(capsys) == (
            f"wirediff {args[0]}: {out} is {what}: write the output elsewhere"
        )
        assert {p: p.read_bytes() for p in (a, b, store)} == before


HOSTILE_NAME = "c\x1b]0;owned\x07\x1b[2J\u202etxt.exe\nwirediff compare: forged"


@pytest.mark.parametrize(
    "args",
    [
        ["compare", "a.txt", "b.txt", HOSTILE_NAME],  # "unrecognized arguments: …"
        ["stories", "folder", "--format", HOSTILE_NAME],  # "invalid choice: …"
        ["compare", "a.txt", "b.txt", "--width", HOSTILE_NAME],  # "invalid … value: …"
        ["report", "a.txt", "b.txt", "-o", "x.html", "--no-store", f"--{HOSTILE_NAME}"],
    ],
)
def test_argparse_messages_go_through_the_filter(
    args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    """argparse printed the arguments it did not recognise raw: a file name's ESC ] 0 set
    the terminal's title, ESC [ 2J cleared the screen, U+202E reordered the line."""
    assert main(args) == 2
    err = capsys.readouterr().err
    assert not [c for c in err if c in "\x1b\x07\u202e" or (c < " " and c != "\n")]
    assert "Traceback" not in err
    [error] = [line for line in err.splitlines() if line.startswith(f"wirediff {args[0]}: ")]
    assert error.startswith(f"wirediff {args[0]}: error: ")
    assert "forged" in error  # the name's line break shown (␊ or \n), not obeyed
    assert err.splitlines()[0].startswith(f"usage: wirediff {args[0]} ")


@pytest.mark.parametrize(
    ("option", "value", "said"),
    [
        ("--max-size", "0", "0 is not a size between 1 byte and 4,096 MB"),
        ("--max-size", "5000", "5000 is not a size between 1 byte and 4,096 MB"),
        ("--max-size", "lots", "'lots' is not a number of megabytes"),
        ("--max-lines", "1e30", "1e30 is not between 1 and 1,000,000,000,000,000"),
        ("--max-lines", "0", "0 is not between 1 and 1,000,000,000,000,000"),
        ("--max-lines", "1.5", "1.5 is not a whole number"),
        ("--max-lines", "many", "'many' is not a whole number"),
    ],
)
def test_limits_out_of_range_are_said_readably(
    option: str, value: str, said: str, sample_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--max-size 0 said "not a size between 0 and 4096 MB" (0 is not, and 0 was the low
    end); --max-lines said "not between 1 and 10**15", Python's notation."""
    files = sorted(str(p) for p in sample_dir.iterdir())[:2]
    assert main(["compare", *files, f"{option}={value}"]) == 2
    assert capsys.readouterr().err.splitlines()[-1].endswith(f"argument {option}: {said}")


def test_a_limit_may_be_written_as_a_power_of_ten(
    sample_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = sorted(str(p) for p in sample_dir.iterdir())[:2]
    assert main(["compare", *files, "--max-lines", "1e6"]) in (0, 1)


def test_a_tiny_size_limit_is_said_in_bytes(tmp_path: Path) -> None:
    from wirediff.core.reading import ReadError, read_document

    (tmp_path / "a.txt").write_text("Troops stay in Iraq, officials said on Monday.\n" * 40)
    with pytest.raises(ReadError) as err:
        read_document(tmp_path / "a.txt", max_bytes=1)
    assert err.value.reason == "too large (1.8 KB, limit 1 byte)"  # was "(0.0 MB, limit 0 MB)"
    # just past a limit that reads the same rounded: in bytes ("30.0 MB, limit 30 MB")
    with pytest.raises(ReadError) as err:
        read_document(tmp_path / "a.txt", max_bytes=1800)
    assert err.value.reason == "too large (1,880 bytes, limit 1,800 bytes)"


def test_a_mistyped_command_is_said_not_opened_as_a_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """``wirediff storys FOLDER`` opened the desktop app on a folder named "storys", which
    said "no display" at a terminal (exit 1). A folder of that name still opens."""
    monkeypatch.chdir(tmp_path)
    opened: list[list[str]] = []
    monkeypatch.setattr("wirediff.ui.app.run_gui", lambda args: opened.append(args) or 0)
    assert main(["storys", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("wirediff: 'storys' is no command, file or folder: did you mean")
    assert "'story'" in err or "'stories'" in err
    assert main(["comapre", "a.txt", "b.txt"]) == 2
    assert "did you mean 'compare'?" in capsys.readouterr().err
    assert opened == []
    (tmp_path / "storys").mkdir()
    for args in (["storys"], ["missing.txt"], ["news/"], ["glory"]):  # folders, paths, others
        assert main(args) == 0
    assert opened == [["storys"], ["missing.txt"], ["news/"], ["glory"]]


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("diff", "compare"),
        ("cmp", "compare"),
        ("Diff", "compare"),
        ("dif", "compare"),
        ("group", "stories"),
        ("groups", "stories"),
        ("cluster", "stories"),
        ("export", "report"),
    ],
)
def test_another_name_for_a_command_says_which_it_is(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    typed: str,
    meant: str,
) -> None:
    """``wirediff diff A B`` said "diff: no such file or folder", then "no display" at a
    terminal (a German/Nordic desk's walkthrough): "diff" is what a user types for
    "compare". A file or folder of that name still opens."""
    monkeypatch.chdir(tmp_path)
    opened: list[list[str]] = []
    monkeypatch.setattr("wirediff.ui.app.run_gui", lambda args: opened.append(args) or 0)
    assert main([typed, "a.txt", "b.txt"]) == 2
    said = f"wirediff: {typed!r} is no command, file or folder: did you mean {meant!r}?"
    assert one_line(capsys).startswith(said)
    assert opened == []
    (tmp_path / typed).write_text("a file of that name\n", encoding="utf-8")
    assert main([typed, "b.txt"]) == 0
    assert opened == [[typed, "b.txt"]]
