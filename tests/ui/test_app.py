"""The command-line entry points of the GUI: --screenshot and --self-test."""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QMessageBox

from tests.ui.helpers import windows_run_gui_makes
from wirediff.ui.app import run_gui
from wirediff.ui.common.arguments import USAGE, Start, read_start
from wirediff.ui.shell.parts import MAIN


def test_screenshot_of_a_pair(qapp, tmp_path: Path, sample_paths: list[Path]) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "shot.png"
    assert run_gui(["--screenshot", str(out), str(sample_paths[0]), str(sample_paths[1])]) == 0
    image = QImage(str(out))
    assert image.width() >= 1000 and image.height() >= 600


def test_a_screenshot_that_cannot_be_written_says_why_before_opening_anything(  # type: ignore[no-untyped-def]
    qapp, capsys, tmp_path: Path, sample_paths: list[Path]
) -> None:
    """It said "could not write shot.xyz", exit 1 (the status of a path that failed to
    open), after the folder was opened and grouped, with no reason: now the reason, exit
    2, before anything opens."""
    for out, why in (
        (tmp_path / "shot.xyz", ".xyz is no image type (name it .png, .jpg, .bmp)"),
        (tmp_path, "it is a folder: name an image file (shot.png)"),
        (tmp_path / "gone" / "shot.png", f"no folder {tmp_path / 'gone'}"),
    ):
        assert run_gui(["--screenshot", str(out), str(sample_paths[0])]) == 2
        assert capsys.readouterr().err == f"wirediff: cannot write {out}: {why}\n"
    assert not (tmp_path / "shot.xyz").exists()


def test_self_test_prints_ok(qapp, capsys) -> None:  # type: ignore[no-untyped-def]
    assert run_gui(["--self-test"]) == 0
    assert capsys.readouterr().out.strip() == "OK"


def test_bad_arguments(qapp, capsys, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert run_gui(["--bogus"]) == 2
    assert run_gui(["--screenshot"]) == 2


def test_a_screenshot_of_a_path_not_there_is_refused(  # type: ignore[no-untyped-def]
    qapp, capsys, tmp_path: Path, sample_paths: list[Path]
) -> None:
    """It exited 0 with a picture of the other files (found by fuzzing): a script asked
    for a picture of what it named, and would not know it had another."""
    out, gone = tmp_path / "shot.png", tmp_path / "missing" / "path.txt"
    assert run_gui(["--screenshot", str(out), str(sample_paths[0]), str(gone)]) == 2
    assert capsys.readouterr().err == f"wirediff: {gone}: no such file or folder\n"
    assert not out.exists()


def test_double_dash_ends_the_options(  # type: ignore[no-untyped-def]
    qapp, capsys, monkeypatch, tmp_path: Path, sample_paths: list[Path]
) -> None:
    """``wirediff -- --odd-name.txt -x``: every argument starting with ``--`` was an
    unknown option, "--" itself too, so such a file could not be opened from the shell."""
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    monkeypatch.chdir(tmp_path)
    for name, source in (("--odd-name.txt", sample_paths[0]), ("-x", sample_paths[1])):
        (tmp_path / name).write_bytes(source.read_bytes())
    made = windows_run_gui_makes(monkeypatch, tmp_path)
    assert run_gui(["--", "--odd-name.txt", "-x"]) == 0
    assert capsys.readouterr().err == ""
    (window,) = made
    try:
        paths = window.session.loading.reload_paths()
        assert [p.name for p in paths] == ["--odd-name.txt", "-x"]
    finally:
        window.close()
        window.deleteLater()


@pytest.mark.parametrize(
    ("args", "start"),
    [
        (["--", "--odd.txt", "--"], Start("window", "", ("--odd.txt", "--"))),
        (["a.txt", "--", "--version"], Start("window", "", ("a.txt", "--version"))),
        (["-x", "-"], Start("window", "", ("-x", "-"))),
        (["--screenshot", "o.png", "a", "--", "--b"], Start("screenshot", "o.png", ("a", "--b"))),
        (["--screenshot", "--o.png", "--"], Start("screenshot", "--o.png")),
        (["--index", "--idx"], Start("index", "--idx")),
        (["--index", "idx", "--"], Start("index", "idx")),
        (["--self-test"], Start("self-test")),
        (["--max-size", "40", "big.txt"], Start("window", "", ("big.txt",), 40 * 2**20)),
        (
            ["a", "--max-size=0.5", "--", "--max-size"],
            Start("window", "", ("a", "--max-size"), 2**19),
        ),
        (
            ["--screenshot", "o.png", "--max-size", "30", "a"],
            Start("screenshot", "o.png", ("a",), 30 * 2**20),
        ),
        (
            ["--max-tokens", "3000000", "F", "--max-lines=1e6"],
            Start("window", "", ("F",), None, {"max_tokens": 3_000_000, "max_lines": 10**6}),
        ),
        (
            ["--screenshot", "o.png", "--max-unpacked", "200", "--max-total-chars", "7", "a"],
            Start(
                "screenshot",
                "o.png",
                ("a",),
                None,
                {"max_unpacked": 200 * 2**20, "max_total_chars": 7},
            ),
        ),
        (
            ["--max-chars", "9", "--max-records=3", "--", "--max-tokens"],
            Start("window", "", ("--max-tokens",), None, {"max_chars": 9, "max_records": 3}),
        ),
        (  # given twice: the last, as the commands take it (it was "unknown option": a review)
            ["--max-tokens", "5", "F", "--max-tokens=6"],
            Start("window", "", ("F",), None, {"max_tokens": 6}),
        ),
    ],
)
def test_the_arguments_read(args: list[str], start: Start) -> None:
    assert read_start(args) == start


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["--bogus", "--", "a"], "wirediff: unknown option --bogus\n"),
        (["--screenshot", "o.png", "--bogus"], "wirediff: unknown option --bogus\n"),
        (["--screenshot", "--", "a.txt"], ""),
        (["--index"], ""),
        (["--index", "idx", "a.txt"], ""),
        (["--index", "idx", "--", "a.txt"], ""),
        (["--max-size"], "wirediff: --max-size needs a size in MB\n"),
        (["--max-size", "big", "a"], "wirediff: --max-size: 'big' is not a number of megabytes\n"),
        (
            ["--max-size=0", "a"],
            "wirediff: --max-size: 0 is not a size between 1 byte and 4,096 MB\n",
        ),
        (
            ["--max-size", "nan"],
            "wirediff: --max-size: nan is not a size between 1 byte and 4,096 MB\n",
        ),
        # The caps are checked as the commands check them, in the same words.
        (["--max-tokens"], "wirediff: --max-tokens needs a number\n"),
        (["--max-unpacked"], "wirediff: --max-unpacked needs a size in MB\n"),
        (["--max-tokens", "many", "a"], "wirediff: --max-tokens: 'many' is not a whole number\n"),
        (["--max-lines=1.5", "a"], "wirediff: --max-lines: 1.5 is not a whole number\n"),
        (
            ["--max-chars", "0", "a"],
            "wirediff: --max-chars: 0 is not between 1 and 1,000,000,000,000,000\n",
        ),
        (
            ["--max-unpacked", "inf", "a"],
            "wirediff: --max-unpacked: inf is not a size between 1 byte and 4,096 MB\n",
        ),
    ],
)
def test_arguments_that_make_no_sense(args: list[str], said: str) -> None:
    assert read_start(args) == said + USAGE


def test_max_size_reaches_the_window_s_reading(
    qtbot, monkeypatch, tmp_path: Path, sample_paths: list[Path]
) -> None:  # type: ignore[no-untyped-def]
    """The Problems panel said "too large (30.0 MB, limit 20 MB) — split the file, or raise
    the limit (--max-size on the command line)", and the app refused --max-size."""
    from wirediff.core.reading.options import MAX_BYTES, ReaderOptions, sized

    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    made = windows_run_gui_makes(monkeypatch, tmp_path)
    assert run_gui(["--max-size", "0.001", str(sample_paths[0])]) == 0
    window = made[0]
    try:
        loading = window.session.loading
        assert loading.max_bytes == int(0.001 * 2**20)
        qtbot.waitUntil(lambda: window.problems.list.count() == 1, timeout=20000)
        assert "too large" in window.problems.list.item(0).text()
    finally:
        window.close()
        window.deleteLater()
    big = sized(ReaderOptions(max_lines=7), 40 * 2**20)  # the caps grow with the size...
    assert (big.max_chars, big.max_tokens, big.max_lines) == (40 * 2**20, 20 * 2**20, 7)
    assert sized(ReaderOptions(), MAX_BYTES) == ReaderOptions()  # ...past the default only


def test_the_too_large_hint_s_option_is_one_the_app_takes(
    qtbot, monkeypatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """The Problems panel said "too large: more than 2,000,000 words and punctuation marks —
    split the file, or raise the limit (--max-tokens on the command line)", and the app said
    "unknown option --max-tokens", exit 2 (a big folder's walkthrough): the option the hint
    names, given to the app, reads the file."""
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    folder = tmp_path / "wire"
    folder.mkdir()
    (folder / "dump.txt").write_text("Tokens of a wire dump, a few more than ten. " * 3)
    (folder / "story.txt").write_text("A short story.")
    made = windows_run_gui_makes(monkeypatch, tmp_path / "home")

    def problems(args: list[str], tokens: int) -> list[str]:
        assert run_gui(args) == 0
        window = made[-1]
        try:
            qtbot.waitUntil(lambda: window.stack.currentIndex() == MAIN, timeout=20000)
            assert window.session.loading.options.max_tokens == tokens
            listed = window.problems.list
            return [listed.item(i).text() for i in range(listed.count())]
        finally:
            window.close()
            window.deleteLater()

    (said,) = problems(["--max-tokens", "10", str(folder)], 10)
    assert said.startswith("dump.txt: too large: more than 10 words and punctuation marks")
    option = re.search(r"\((--[a-z-]+) on the command line\)", said)
    assert option is not None and option[1] == "--max-tokens"
    assert problems([f"{option[1]}=100", str(folder)], 100) == []


def test_a_path_not_there_is_said_in_the_window_and_the_others_open(
    qapp, capsys, monkeypatch, tmp_path: Path, sample_paths: list[Path]
) -> None:  # type: ignore[no-untyped-def]
    """Opened from the menu or a file manager on a broken link and a good file, the app
    exited 2 with one line on a stderr nobody sees: no window, the good file unopened.
    Found by fuzzing the packaged app."""
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    made = windows_run_gui_makes(monkeypatch, tmp_path)
    gone = tmp_path / "link to old draft.txt"
    gone.symlink_to(tmp_path / "moved away.txt")
    assert run_gui([str(gone), str(sample_paths[0]), str(sample_paths[1])]) == 0
    assert "no such file" in capsys.readouterr().err
    (window,) = made
    try:
        box = window.findChild(QMessageBox, "not_opened")
        assert box is not None and box.textFormat() == Qt.TextFormat.PlainText
        assert "link to old draft.txt: no such file or folder" in box.text()
        paths = window.session.loading.reload_paths()
        assert [p.name for p in paths] == [sample_paths[0].name, sample_paths[1].name]
    finally:
        window.close()
        window.deleteLater()


def test_window_without_a_display_explains_instead_of_aborting(
    capsys, monkeypatch, sample_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    assert run_gui([str(sample_dir)]) == 1
    assert "no display" in capsys.readouterr().err


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_a_self_test_whose_ok_cannot_be_written_says_so(tmp_path: Path) -> None:
    """--self-test to a full disk exited 120 with a traceback; with stdout closed it exited
    0, its OK printed nowhere. As the commands: one line, exit 2. Found by a tester."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    code = "import sys; from wirediff.ui.app import run_gui; sys.exit(run_gui(['--self-test']))"
    with open("/dev/full", "w") as full:
        done = subprocess.run(
            [sys.executable, "-c", code],
            env=env,
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
            check=False,
        )
    assert done.returncode == 2
    said = [line for line in done.stderr.splitlines() if "propagateSizeHints" not in line]
    assert said == ["wirediff: cannot write the standard output: No space left on device"]


def test_a_start_on_a_folder_says_when_the_settings_are_not_kept(
    qapp, monkeypatch, tmp_path: Path, sample_paths: list[Path]
) -> None:  # type: ignore[no-untyped-def]
    """A settings file that is a folder was said on stderr and in the welcome view only:
    started on a folder, the window said nothing, and the session's layout, recent folders
    and options were lost at quit (found by fuzzing the app)."""
    from PySide6.QtWidgets import QApplication

    from wirediff.ui.common import settings as settings_module
    from wirediff.ui.shell import window as window_module

    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    folder_named_ini = tmp_path / "config" / "wirediff.ini"
    folder_named_ini.mkdir(parents=True)
    monkeypatch.setattr(settings_module, "user_settings_path", lambda: folder_named_ini)
    made: list[window_module.MainWindow] = []
    make = window_module.MainWindow

    def window_on_the_users_settings() -> window_module.MainWindow:
        made.append(make(settings_module.Settings(), tmp_path / "store.sqlite3"))
        return made[-1]

    monkeypatch.setattr(window_module, "MainWindow", window_on_the_users_settings)
    monkeypatch.setattr(QApplication, "exec", staticmethod(lambda: 0))
    assert run_gui([str(sample_paths[0])]) == 0
    (window,) = made
    try:
        box = window.findChild(QMessageBox, "settings_note")
        assert box is not None and box.textFormat() == Qt.TextFormat.PlainText
        assert "is not a regular file (a folder)" in box.text()
        assert "not remembered" in box.text()
    finally:
        window.close()
        window.deleteLater()


def test_a_screenshot_draws_the_folder_with_its_corrections(  # type: ignore[no-untyped-def]
    qapp, tmp_path: Path, monkeypatch
) -> None:
    """A press officer's walkthrough: the screenshot showed the automatic grouping while
    the app and ``wirediff stories`` applied the folder's corrections. It draws from a copy
    of the user's review store; the store itself is only read."""
    import os

    from tests.core.stories.helpers import write_two_stories
    from tests.test_cli_corrections import keep_in_store
    from wirediff.core.reading import load_paths
    from wirediff.core.review.location import default_store_path
    from wirediff.core.stories import Move, doc_key
    from wirediff.ui.shell import headless

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    (tmp_path / "news").mkdir()
    folder = write_two_stories(tmp_path / "news")
    real = Path(os.path.realpath(folder))
    docs = {d.path.name: d for d in load_paths([folder]).documents}
    move = Move(doc_key(docs["a3.txt"], real), doc_key(docs["b1.txt"], real))
    store = default_store_path()
    store.parent.mkdir(parents=True)
    keep_in_store(store, str(real), [move])
    before = store.read_bytes()
    with tempfile.TemporaryDirectory() as scratch:
        headless._with_the_users_store(scratch)
        window = headless._isolated_window(scratch)
        assert headless._wait_for(window, [folder]) is None
        index = window.index
        assert index is not None
        moved = next(i for i, d in enumerate(index.documents) if d.name == "a3.txt")
        names = {index.documents[d].name for d in index.story_of(moved).documents}
        assert "b1.txt" in names
        headless._close(window)
    assert store.read_bytes() == before
