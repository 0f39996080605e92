"""A DISPLAY that names no X server that answers (left in tmux from a session that ended,
broken ssh -X forwarding): Qt blamed a missing library and aborted (exit 134, a core dump).
The window now says so in one line, exit 1; --self-test draws offscreen. Found by a tester
of the packaged app. Run in child processes: Qt is not loaded there before the check."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from wirediff.ui.common.display import display_refused, x11_used

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 on Linux")
NOWHERE = ":97"  # no X server of the test machine answers there (checked below)


def run(args: list[str], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    env.update(DISPLAY=NOWHERE, HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"))
    code = f"import sys; from wirediff.ui.app import run_gui; sys.exit(run_gui({args!r}))"
    return subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120
    )


@pytest.fixture(autouse=True)
def nowhere_is_nowhere(monkeypatch: pytest.MonkeyPatch) -> None:
    if Path(f"/tmp/.X11-unix/X{NOWHERE[1:]}").exists():
        pytest.skip(f"an X server answers on {NOWHERE} here")
    monkeypatch.setenv("DISPLAY", NOWHERE)
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)


def test_the_window_says_the_display_does_not_answer(tmp_path: Path) -> None:
    assert x11_used() and display_refused() is not None
    done = run([], tmp_path)
    assert done.returncode == 1, done.stderr
    (line,) = done.stderr.strip().splitlines()
    assert line.startswith(f"wirediff: cannot open the X display '{NOWHERE}' (DISPLAY)")


def test_the_self_test_needs_no_display_that_answers(tmp_path: Path) -> None:
    done = run(["--self-test"], tmp_path)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "OK"


def test_a_platform_chosen_is_not_second_guessed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert not x11_used() and display_refused() is None
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    assert x11_used()
    monkeypatch.delenv("QT_QPA_PLATFORM")
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-0")
    monkeypatch.setenv("XDG_SESSION_TYPE", "wayland")
    assert not x11_used()  # a Wayland session: Qt takes Wayland
    monkeypatch.setenv("XDG_SESSION_TYPE", "x11")  # a WAYLAND_DISPLAY left over: X it is
    assert x11_used()
