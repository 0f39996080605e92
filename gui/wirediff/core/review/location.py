"""Where the review store lives by default: the user's data folder, found without Qt.

The app passes ``QStandardPaths.AppDataLocation``; the command line computes the same
folder here (``tests/core/review/test_location.py`` checks that both agree): the data
home, then the organization and application names.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path

from wirediff import APP_NAME
from wirediff.core.review.store import STORE_FILE

ORGANIZATION = APP_NAME  # as set with QCoreApplication.setOrganizationName at start-up


def data_dir(
    *,
    platform: str = sys.platform,
    env: Mapping[str, str] = os.environ,
    home: Path | None = None,
) -> Path:
    """The app's data folder: what ``QStandardPaths.AppDataLocation`` gives for wirediff.

    Linux and other Unix: ``$XDG_DATA_HOME`` (ignored unless absolute, as Qt and the XDG
    specification do) or ``~/.local/share``; macOS: ``~/Library/Application Support``;
    Windows: ``%APPDATA%`` (the roaming profile) — each followed by ``wirediff/wirediff``.
    """
    home = home or Path.home()
    if platform == "win32":
        base = Path(env.get("APPDATA") or home / "AppData" / "Roaming")
    elif platform == "darwin":
        base = home / "Library" / "Application Support"
    else:
        xdg = env.get("XDG_DATA_HOME", "")
        base = Path(xdg) if xdg.startswith("/") else home / ".local" / "share"
    return base / ORGANIZATION / APP_NAME


def default_store_path() -> Path:
    """The review store the app uses by default."""
    return data_dir() / STORE_FILE
