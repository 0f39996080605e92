"""SIGTERM and SIGHUP (a logout, a shutdown, ``kill``, a closed terminal) close the window as
File ▸ Quit does: it keeps its settings. Python died at once and they were lost."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def saved(config: Path) -> str:
    """What the settings files under ``config`` hold."""
    files = [p for p in config.rglob("*") if p.is_file() and p.suffix in (".ini", ".conf")]
    return "".join(p.read_text(encoding="utf-8", errors="replace") for p in files)


@pytest.mark.skipif(not hasattr(signal, "SIGHUP"), reason="POSIX signals")
@pytest.mark.parametrize("number", [signal.SIGTERM, getattr(signal, "SIGHUP", signal.SIGTERM)])
def test_a_terminated_app_keeps_its_window_state(
    tmp_path: Path, sample_dir: Path, number: int
) -> None:
    home = tmp_path / "home"
    config, data = home / ".config", home / ".local" / "share"
    env = {
        **os.environ,
        "PYTHONPATH": str(REPO / "gui"),
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(config),
        "XDG_DATA_HOME": str(data),
    }
    with subprocess.Popen(
        [sys.executable, "-m", "wirediff", str(sample_dir)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,  # (Qt's offscreen warnings: a pipe nobody reads fills)
    ) as app:
        try:
            deadline = time.monotonic() + 60
            while not list(data.rglob("review.sqlite3")):  # the window is up: its store
                assert app.poll() is None and time.monotonic() < deadline
                time.sleep(0.1)
            time.sleep(1)  # (the folder read, the pair shown)
            assert "main_splitter" not in saved(config)  # the window's state: on closing
            app.send_signal(number)
            assert app.wait(timeout=60) == 0
        finally:
            app.kill()
    assert "main_splitter" in saved(config)
