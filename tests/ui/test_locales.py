"""The window starts whatever the locale: in a Turkish or Azeri LC_CTYPE, "i" upper-cases
to "İ", and PySide's mapping of ``QTimer(…, interval=…)`` to ``setInterval`` failed there
(the app could not start at all; found by a tester). ``ui.common.timers`` sets intervals
by calls."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest


@pytest.mark.parametrize("name", ["tr_TR", "az_AZ"])
def test_the_window_starts_in_a_turkish_or_azeri_locale(tmp_path: Path, name: str) -> None:
    if shutil.which("localedef") is None or not Path(f"/usr/share/i18n/locales/{name}").exists():
        pytest.skip("needs localedef and the locale sources (Debian: the locales package)")
    locales = tmp_path / "locales"
    locales.mkdir()
    made = subprocess.run(
        ["localedef", "-i", name, "-f", "UTF-8", str(locales / f"{name}.UTF-8")],
        capture_output=True,
        check=False,
    )
    if not (locales / f"{name}.UTF-8").exists():
        pytest.skip(f"localedef could not build {name}.UTF-8: {made.stderr[-200:]!r}")
    env = {
        **os.environ,
        "LOCPATH": str(locales),
        "LC_ALL": f"{name}.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    probe = "import locale; locale.setlocale(locale.LC_CTYPE, ''); print('i'.upper())"
    assert subprocess.run([sys.executable, "-c", probe], env=env, check=False).returncode == 0
    done = subprocess.run(
        [sys.executable, "-m", "wirediff", "--self-test"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "OK" in done.stdout
