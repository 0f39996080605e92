"""F5 (and the change bar's Reload) reads again only the files added or changed since the
folder was read — their size, modification time or inode — and takes the others' documents
as they were read: it read every file again, ~30 s for one changed file in 3,000, 18 minutes
at 20,000 (a big-folder walkthrough). A reading option changed reads every file."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.ui.helpers import WAIT_MS, open_and_settle, settle
from wirediff.ui.shell.desk_zone import DeskZoneDialog
from wirediff.ui.shell.window import MainWindow

CORRECTION = "A correction was added after the story ran, naming the second minister."


@pytest.fixture
def said(window: MainWindow) -> list[str]:
    """What the status line was told."""
    messages: list[str] = []
    window.session.message.connect(messages.append)
    return messages


def copy_of(folder: Path, articles: list[Path]) -> Path:
    folder.mkdir(parents=True)
    for path in articles:
        shutil.copy(path, folder / path.name)
    return folder


def f5(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """F5 in the list, as the user presses it; once the folder is read and grouped."""
    view = window.doc_list.view
    view.setFocus()
    with qtbot.waitSignal(window.stories_ready, timeout=WAIT_MS):
        qtbot.keyClick(view, Qt.Key.Key_F5)
    settle(qtbot, window)


def changed_on_disk(qtbot, window: MainWindow, change) -> None:  # type: ignore[no-untyped-def]
    """``change()`` the folder, and wait for the watch to notice (the bar offers Reload)."""
    with qtbot.waitSignal(window.session.loading.watch.changed, timeout=WAIT_MS):
        change()


def test_f5_reads_only_the_file_edited_and_the_one_added(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, tmp_path: Path, sample_paths: list[Path], files_read, said
) -> None:
    folder = copy_of(tmp_path / "news", sample_paths)
    open_and_settle(qtbot, window, [folder])
    window.doc_list.view.setFocus()
    window.doc_list.select(2)  # the document edited on the right
    edited = window.documents[2].path
    qtbot.waitUntil(lambda: window.shown is not None and window.shown.right.path == edited)
    deleted = folder / sample_paths[4].name

    def change() -> None:
        with edited.open("a", encoding="utf-8") as out:
            out.write(f"\n{CORRECTION}\n")
        (folder / "late.txt").write_text(f"Late wire\n\n{CORRECTION}\n", encoding="utf-8")
        deleted.unlink()

    changed_on_disk(qtbot, window, change)
    files_read.clear()
    f5(qtbot, window)
    assert sorted(files_read) == sorted([edited.name, "late.txt"])
    assert "Reading 2 changed files of 5…" in said
    names = [d.path.name for d in window.documents]
    assert "late.txt" in names and deleted.name not in names and len(names) == 5
    qtbot.waitUntil(  # the pair kept, its right side as it is now
        lambda: window.shown is not None and window.shown.right.path == edited, timeout=WAIT_MS
    )
    assert CORRECTION in window.shown.right.text
    assert CORRECTION in window.diff.right.toPlainText()
    assert not window.change_bar.isVisible()
    # What a reload takes again is what is open, nothing of the reading before: the
    # edited file's old text is let go (memory did not grow per F5).
    last = window.session.loading.last
    assert last is not None and last.documents is window.documents
    open_texts = {id(d.text) for d in window.documents}
    assert all(id(d.text) in open_texts for docs in last.reuse.documents.values() for d in docs)


def test_a_file_touched_with_its_size_kept_is_read_again(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, tmp_path: Path, sample_paths: list[Path], files_read, said
) -> None:
    """A file saved again with the same bytes (or a same-size edit) has a new modification
    time: it may hold other words, and its date may be its time (``file time``)."""
    folder = copy_of(tmp_path / "news", sample_paths)
    open_and_settle(qtbot, window, [folder])
    files_read.clear()
    f5(qtbot, window)  # nothing changed: nothing read
    assert files_read == [] and "No file of 5 changed…" in said
    touched = folder / sample_paths[1].name
    size = touched.stat().st_size

    def touch() -> None:
        later = touched.stat().st_mtime_ns + 5_000_000_000
        os.utime(touched, ns=(later, later))

    changed_on_disk(qtbot, window, touch)
    assert touched.stat().st_size == size
    f5(qtbot, window)
    assert files_read == [touched.name]
    assert "Reading 1 changed file of 5…" in said
    assert len(window.documents) == 5


def test_a_reading_option_changed_reads_every_file(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, tmp_path: Path, sample_paths: list[Path], files_read, monkeypatch
) -> None:
    """Options ▸ Times without a zone… reads the folder again in the zone chosen: every
    file, not one taken as it was read in the zone before; F5 after it, read the same way,
    reads none again."""
    folder = copy_of(tmp_path / "news", sample_paths)
    open_and_settle(qtbot, window, [folder])

    def athens(dialog: DeskZoneDialog) -> int:
        dialog.name.setEditText("Europe/Athens")
        return DeskZoneDialog.DialogCode.Accepted

    monkeypatch.setattr(DeskZoneDialog, "exec", athens)
    files_read.clear()
    with qtbot.waitSignal(window.stories_ready, timeout=WAIT_MS):
        window.actions_["desk_zone"].trigger()
    settle(qtbot, window)
    assert sorted(files_read) == sorted(p.name for p in sample_paths)
    assert window.session.loading.options.desk_zone == "Europe/Athens"
    files_read.clear()
    f5(qtbot, window)
    assert files_read == []


def test_once_read_and_grouped_a_reload_says_how_many_files_it_read(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, tmp_path: Path, sample_paths: list[Path], said
) -> None:
    """Once done, the status line said only "5 documents opened", as after reading every
    file, and then the stories' numbers: what F5 read again was said only while it read."""
    folder = copy_of(tmp_path / "news", sample_paths)
    open_and_settle(qtbot, window, [folder])
    assert "5 documents opened" in said  # (a folder opened: every file read, nothing more)
    said.clear()
    f5(qtbot, window)
    none = "no file of 5 changed: none read again"
    assert f"5 documents opened · {none}" in said
    grouped = [m for m in said if m.startswith("5 documents: ")]
    assert grouped and grouped[-1].endswith(f" · {none}")
    edited = folder / sample_paths[1].name
    changed_on_disk(qtbot, window, lambda: edited.write_text(f"Edited\n\n{CORRECTION}\n"))
    said.clear()
    f5(qtbot, window)
    assert "5 documents opened · 1 changed file of 5 read again" in said
    grouped = [m for m in said if m.startswith("5 documents: ")]
    assert grouped and grouped[-1].endswith(" · 1 changed file of 5 read again")
    qtbot.waitUntil(lambda: not window.session.comparing.pending(), timeout=WAIT_MS)
    # The last line too, the pair's when it was compared after the grouping (at its start).
    assert "1 changed file of 5 read again" in window.status_label.text()
