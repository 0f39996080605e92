"""The command line finds the same review store as the app, without Qt."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from wirediff.core.review.location import data_dir, default_store_path

QT_LOCATION = """
from PySide6.QtCore import QCoreApplication, QStandardPaths
from wirediff.ui.common.settings import APPLICATION, ORGANIZATION
QCoreApplication.setOrganizationName(ORGANIZATION)
QCoreApplication.setApplicationName(APPLICATION)
app = QCoreApplication([])
print(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
"""


def qt_app_data(env: dict[str, str]) -> str:
    out = subprocess.run(
        [sys.executable, "-c", QT_LOCATION], env=env, capture_output=True, text=True, check=True
    )
    return out.stdout.strip()


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="the XDG rules are Unix's")
@pytest.mark.parametrize("xdg", [None, "/srv/data home", "relative/ignored"])
def test_the_data_folder_is_what_qt_gives_the_app(tmp_path, xdg):
    env = {k: v for k, v in os.environ.items() if k != "XDG_DATA_HOME"}
    env["HOME"] = str(tmp_path)
    if xdg is not None:
        env["XDG_DATA_HOME"] = xdg
    assert qt_app_data(env) == str(data_dir(env=env, home=tmp_path))


def test_the_rules_of_the_other_platforms():
    home = Path("/home/ana")
    assert data_dir(platform="darwin", env={}, home=home) == (
        home / "Library" / "Application Support" / "wirediff" / "wirediff"
    )
    assert data_dir(platform="win32", env={"APPDATA": "C:/Users/ana/AppData/Roaming"}) == (
        Path("C:/Users/ana/AppData/Roaming/wirediff/wirediff")
    )
    assert data_dir(platform="linux", env={"XDG_DATA_HOME": "/x"}, home=home) == Path(
        "/x/wirediff/wirediff"
    )
    assert default_store_path().name == "review.sqlite3"
