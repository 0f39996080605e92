"""File ▸ Open recent: the recent folders from any page (they were only on the welcome view,
which there is no going back to once a folder is open)."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.ui.helpers import open_and_wait
from wirediff.ui.shell.window import MainWindow


def labels(window: MainWindow) -> list[tuple[str, bool]]:
    menu = window.recent_menu
    menu.aboutToShow.emit()  # (what opening it does)
    return [(a.text(), a.isEnabled()) for a in menu.actions()]


def test_the_file_menu_reopens_a_recent_folder(
    qtbot, window: MainWindow, sample_dir: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    assert labels(window) == [("No recent folders", False)]
    assert window.recent_menu.menuAction() in window.menuBar().actions()[0].menu().actions()
    other = tmp_path / "R&D news"  # a "&" is shown, not taken for the menu's letter key
    other.mkdir()
    for name in ("000_95eef2de69d379ca.txt", "002_3458ed2ff60c0bff.txt"):
        shutil.copy(sample_dir / name, other / name)
    open_and_wait(qtbot, window, [sample_dir])
    open_and_wait(qtbot, window, [other])
    shown = labels(window)
    assert [text.split(" ", 1)[0] for text, _ in shown] == ["&1", "&2"]
    assert shown[0][0].startswith("&1 R&&D news — ") and sample_dir.name in shown[1][0]
    assert len(window.documents) == 2
    with qtbot.waitSignal(window.loaded, timeout=20_000):
        window.recent_menu.actions()[1].trigger()
    assert len(window.documents) == 5 and labels(window)[0][0].startswith(f"&1 {sample_dir.name}")


def test_a_folder_named_in_bytes_that_are_not_utf8_opens_itself(
    qtbot, window: MainWindow, sample_dir: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """Through a Signal(str) "caf\\udce9" arrived as "caf": another folder, or none."""
    import os

    latin = Path(os.fsdecode(bytes(tmp_path) + b"/caf\xe9"))
    latin.mkdir()
    for name in ("000_95eef2de69d379ca.txt", "002_3458ed2ff60c0bff.txt"):
        shutil.copy(sample_dir / name, latin / name)
    (tmp_path / "caf").mkdir()  # what it would have opened
    opened: list[list[Path]] = []
    window.session.open = lambda paths: opened.append(list(paths))  # type: ignore[method-assign]
    window.settings.add_recent(latin)
    labels(window)
    window.recent_menu.actions()[0].trigger()
    assert opened == [[latin]]
