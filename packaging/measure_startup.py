"""Measure start-up to a painted window: the frozen app against the same code run from source.

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python packaging/measure_startup.py [-n 7]

Each run starts the app (no arguments: the welcome window) on the X server in ``$DISPLAY``, with
the xcb platform, and stops the clock when its top-level window is mapped and shows drawn
content (more than a few colours: text, not a blank fill). It then closes the app. One warm-up
run per variant is not counted (it fills the page cache); the median of the rest is printed,
and the ratio frozen / source, both measured in the same session.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtGui import QGuiApplication

ROOT = Path(__file__).resolve().parent.parent
FROZEN = ROOT / "dist" / "wirediff" / "wirediff"
SOURCE = [sys.executable, "-m", "wirediff"]
POLL_S = 0.01
TIMEOUT_S = 30.0
MIN_COLOURS = 8  # a blank or half-mapped window has one or two


def _window_id(pid: int) -> int | None:
    """The mapped top-level window of process ``pid``, if it has one yet."""
    found = subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--pid", str(pid)],
        capture_output=True,
        text=True,
    )
    ids = found.stdout.split()
    return int(ids[-1]) if found.returncode == 0 and ids else None


def _painted(window: int) -> bool:
    """Whether the window shows drawn content (sampled every fourth pixel)."""
    screen = QGuiApplication.primaryScreen()
    image = screen.grabWindow(window).toImage()
    if image.isNull() or image.width() < 100:
        return False
    colours = {
        image.pixel(x, y) for y in range(0, image.height(), 4) for x in range(0, image.width(), 4)
    }
    return len(colours) >= MIN_COLOURS


def start_to_paint(command: list[str]) -> float:
    """Seconds from starting ``command`` to its window being painted."""
    # PYTHONPATH: the source variant runs this checkout's code, whatever is installed.
    env = dict(os.environ, QT_QPA_PLATFORM="xcb", PYTHONPATH=str(ROOT / "gui"))
    started = time.perf_counter()
    app = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while time.perf_counter() - started < TIMEOUT_S:
            if app.poll() is not None:
                raise RuntimeError(f"{command[0]} exited with {app.returncode} before painting")
            window = _window_id(app.pid)
            if window is not None and _painted(window):
                return time.perf_counter() - started
            time.sleep(POLL_S)
        raise RuntimeError(f"{command[0]} showed no painted window in {TIMEOUT_S:.0f} s")
    finally:
        app.terminate()
        try:
            app.wait(timeout=10)
        except subprocess.TimeoutExpired:
            app.kill()
            app.wait()


def measure(command: list[str], runs: int) -> list[float]:
    """One warm-up run, then ``runs`` timed ones."""
    start_to_paint(command)
    return [start_to_paint(command) for _ in range(runs)]


def main(argv: list[str] | None = None) -> int:
    """Measure both variants and print medians and their ratio."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("-n", "--runs", type=int, default=7, help="timed runs per variant")
    args = parser.parse_args(argv)
    if not os.environ.get("DISPLAY") or not shutil.which("xdotool"):
        print(
            "measure_startup: needs an X display (run under xvfb-run) and xdotool", file=sys.stderr
        )
        return 2
    if not FROZEN.exists():
        print(f"measure_startup: {FROZEN} not found; run ./dev package first", file=sys.stderr)
        return 2
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    _app = QGuiApplication(sys.argv[:1])  # grabs the app's window from the same X server
    frozen = measure([str(FROZEN)], args.runs)
    source = measure(SOURCE, args.runs)
    for name, times in (("frozen one-folder", frozen), ("source (python -m)", source)):
        runs = " ".join(f"{t:.2f}" for t in times)
        print(f"{name:20} median {statistics.median(times):.2f} s   runs: {runs}")
    ratio = statistics.median(frozen) / statistics.median(source)
    print(f"frozen / source: {ratio:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
