"""Where the file dialogs start, and what is remembered as the user's folder: never the
app's own sample inside its bundle, never a folder that is gone or the working directory
(``/`` from a desktop launcher). Found by a tester of the packaged app."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from tests.ui.helpers import open_and_wait
from wirediff.resources import sample_corpus
from wirediff.ui.common.paths import dialog_folder
from wirediff.ui.shell.window import MainWindow


def test_a_dialog_starts_in_the_first_folder_there_else_at_home(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    here = tmp_path / "here"
    here.mkdir()
    assert dialog_folder(str(tmp_path / "gone"), str(here)) == str(here)
    assert dialog_folder(str(tmp_path / "gone"), "") == str(home)
    assert dialog_folder() == str(home)


def test_the_sample_is_not_remembered_as_a_folder_of_the_users(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "a.txt").write_text("One text.\n")
    open_and_wait(qtbot, window, [mine], compare=False)
    open_and_wait(qtbot, window, [sample_corpus()])
    settings = window.settings
    assert settings.recent_folders == [str(mine.resolve())]
    assert settings.last_folder == str(mine.resolve())
    asked: list[str] = []
    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", lambda _parent, _title, folder: asked.append(folder)
    )
    window.commands.open_folder()  # Ctrl+O starts where the user was, not in the app
    assert asked == [str(mine.resolve())]
