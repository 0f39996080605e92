"""The command-line entry points of the GUI: --screenshot and --self-test."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage

from wirediff.ui.app import run_gui


def test_screenshot_of_a_pair(qapp, tmp_path: Path, sample_paths: list[Path]) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "shot.png"
    assert run_gui(["--screenshot", str(out), str(sample_paths[0]), str(sample_paths[1])]) == 0
    image = QImage(str(out))
    assert image.width() >= 1000 and image.height() >= 600


def test_self_test_prints_ok(qapp, capsys) -> None:  # type: ignore[no-untyped-def]
    assert run_gui(["--self-test"]) == 0
    assert capsys.readouterr().out.strip() == "OK"


def test_bad_arguments(qapp, capsys, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert run_gui(["--bogus"]) == 2
    assert run_gui([str(tmp_path / "missing")]) == 2
    assert "no such file" in capsys.readouterr().err
    assert run_gui(["--screenshot"]) == 2


def test_window_without_a_display_explains_instead_of_aborting(
    capsys, monkeypatch, sample_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    assert run_gui([str(sample_dir)]) == 1
    assert "no display" in capsys.readouterr().err
