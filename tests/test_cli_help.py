"""`wirediff --help` and `--version`: every command listed, in plain text; an output that
refuses them is a status and at most one line, as for the commands."""

from __future__ import annotations

import json
import os
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from tests.sandbox import REPO
from wirediff.cli import COMMANDS, main

# The long help of a command, and the short help and the version of the launcher.
PRINTS = [["--version"], ["--help"], ["compare", "--help"]]


@pytest.mark.parametrize("flag", ["--help", "-h"])
def test_help_lists_every_command_without_markup(flag: str, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main([flag]) == 0
    out = capsys.readouterr().out
    for name in COMMANDS:
        assert f"\n  {name} " in out, name
    assert "stories" in out and "--screenshot" in out and "--self-test" in out
    assert "`" not in out  # no reStructuredText quoting


def _env(buffered: bool) -> dict[str, str]:
    """The frozen app's stdout is buffered (its last flush at exit is what failed); a run
    from source here may have PYTHONUNBUFFERED set (the write itself fails then)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    env["PYTHONPATH"] = str(REPO / "gui")
    if not buffered:
        env["PYTHONUNBUFFERED"] = "1"
    return env


def _redirected(args: list[str], stdout: str, buffered: bool) -> tuple[int, str]:
    """``wirediff ARGS >STDOUT``: its status and its stderr."""
    command = " ".join(shlex.quote(a) for a in [sys.executable, "-m", "wirediff", *args])
    done = subprocess.run(
        ["sh", "-c", f"{command} >{stdout}"],
        env=_env(buffered),
        capture_output=True,
        check=False,
        timeout=120,
    )
    return done.returncode, done.stderr.decode()


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full")
@pytest.mark.parametrize("buffered", [True, False])
@pytest.mark.parametrize("args", PRINTS)
def test_a_full_disk_or_a_closed_stdout_is_one_line(args: list[str], buffered: bool) -> None:
    """``--version > /dev/full`` ended in a traceback, or exit 120 when the interpreter's
    last flush failed (the frozen app): found by fuzzing."""
    prog = "wirediff compare" if args[0] == "compare" else "wirediff"
    assert _redirected(args, "/dev/full", buffered) == (
        2,
        f"{prog}: cannot write the standard output: No space left on device\n",
    )
    assert _redirected(args, "&-", buffered) == (
        2,
        f"{prog}: cannot write the standard output: it is closed\n",
    )


@pytest.mark.parametrize("args", PRINTS)
def test_a_closed_pipe_ends_the_output_quietly(args: list[str]) -> None:
    """``wirediff --help | head -1`` with the reader gone before the help is written."""
    with subprocess.Popen(
        [sys.executable, "-m", "wirediff", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=_env(buffered=True),
    ) as child:
        assert child.stdout is not None and child.stderr is not None
        child.stdout.close()
        err = child.stderr.read()
        assert child.wait(timeout=120) == 141
    assert err == b""


def test_the_help_of_a_command_is_still_printed(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["compare", "--help"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: wirediff compare ") and out.endswith("\n")
    assert not out.endswith("\n\n")


@pytest.mark.parametrize("asked", [["--help", "compare"], ["-h", "compare"], ["help", "compare"]])
def test_help_before_a_command_prints_that_commands_help(
    asked: list[str], capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch
) -> None:
    """ "wirediff --help compare" was "unknown option --help", and "wirediff help" opened
    the app on a folder "help" that is not there (found by fuzzing); a folder of that name
    is still opened."""
    monkeypatch.chdir(tmp_path)
    assert main(asked) == 0
    assert capsys.readouterr().out.startswith("usage: wirediff compare ")
    assert main(["help"]) == 0
    assert "\n  stories " in capsys.readouterr().out
    (tmp_path / "help").mkdir()
    from wirediff import cli

    assert not cli._asks_help("help")


def _readme_block(after: str, starts: str) -> str:
    """The README's code block that follows the heading ``after`` and starts ``starts``."""
    text = (REPO / "README.md").read_text(encoding="utf-8")
    at = text.index(starts, text.index(after))
    return text[at : text.index("```", at)]


@pytest.mark.parametrize(
    ("command", "heading"),
    [
        ("compare", "## Comparing two files: `wirediff compare`"),
        ("story", "wirediff story FOLDER --story ID"),
        ("report", "wirediff report FOLDER --story ID|FILE -o OUT"),
    ],
)
def test_the_readmes_synopses_name_every_fold_option(
    command: str, heading: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """The compare and story synopses left out --no-fold-eszett, which --help shows (a data
    engineer's walkthrough)."""
    assert main([command, "--help"]) == 0
    options = {word for word in capsys.readouterr().out.split() if word.startswith("--no-fold")}
    synopsis = _readme_block(heading, f"wirediff {command} ")
    assert options and {o for o in options if f"[{o}]" not in synopsis} == set()


def test_the_readmes_compare_schema_names_every_stats_key(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The compare JSON's ``stats`` had a ``quotes`` key the README's schema did not list (a
    data engineer's walkthrough)."""
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text('The minister said "we will act" on Monday.\n', encoding="utf-8")
    b.write_text('The minister said "we will act now" on Monday.\n', encoding="utf-8")
    assert main(["compare", str(a), str(b), "--format", "json"]) == 0
    stats = json.loads(capsys.readouterr().out)["stats"]
    schema = _readme_block("## Comparing two files: `wirediff compare`", '  "stats": {')
    schema = schema[: schema.index('  "rows": [')]
    assert [k for k in stats if f'"{k}":' not in schema] == []
