"""HOME unset or empty: Qt and Python find the same home, the user's, for the settings, the
review store and the dialogs."""

from __future__ import annotations

import os
import pwd
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from tests.sandbox import REPO
from wirediff.home import settle_home

pytestmark = pytest.mark.skipif(os.name != "posix", reason="HOME and pwd are POSIX's")

# The start of the app with run_gui replaced by a look at where Qt and the command line put
# things (nothing is written).
PROBE = """
import sys
import wirediff.ui.app as app

def probe(args):
    from PySide6.QtCore import QDir, QStandardPaths
    from wirediff.core.review.location import default_store_path
    from wirediff.ui.common.settings import user_settings_path
    from wirediff.ui.session.review_store import app_store_path

    app._application()
    documents = QStandardPaths.StandardLocation.DocumentsLocation
    for found in (
        QDir.homePath(), app_store_path(), default_store_path(), user_settings_path(),
        QStandardPaths.writableLocation(documents),
    ):
        print(found)
    return 0

app.run_gui = probe
from wirediff.cli import main
sys.exit(main([]))
"""


@pytest.mark.parametrize("home", [None, ""])
def test_qt_finds_the_home_python_finds(home: str | None) -> None:
    """Qt took / for the home: settings in /.config, the review store in //.local/share
    (the command line read another), the export dialog in //Documents."""
    env = {k: v for k, v in os.environ.items() if k not in ("HOME", "XDG_DATA_HOME")}
    env.pop("XDG_CONFIG_HOME", None)
    env.update(PYTHONPATH=str(REPO / "gui"), QT_QPA_PLATFORM="offscreen")
    if home is not None:
        env["HOME"] = home
    done = subprocess.run(
        [sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    user = Path(pwd.getpwuid(os.getuid()).pw_dir)
    store = user / ".local" / "share" / "wirediff" / "wirediff" / "review.sqlite3"
    assert done.stdout.splitlines() == [
        str(user),
        str(store),
        str(store),
        str(user / ".config" / "wirediff" / "wirediff.ini"),
        str(user / "Documents"),
    ]


def _entry(home: str) -> SimpleNamespace:
    """A user's entry in the password database, as ``pwd.getpwuid`` gives it."""
    return SimpleNamespace(pw_dir=home)


def test_only_an_unset_or_empty_home_is_set(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pwd, "getpwuid", lambda uid: _entry("/home/ana"))
    for env, home in (({}, "/home/ana"), ({"HOME": ""}, "/home/ana"), ({"HOME": "/x"}, "/x")):
        settle_home(env)
        assert env == {"HOME": home}


def test_a_user_the_password_database_lacks_keeps_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A container run under an arbitrary uid has no entry: Qt's / is all there is."""

    def no_entry(uid: int) -> object:
        raise KeyError(uid)

    monkeypatch.setattr(pwd, "getpwuid", no_entry)
    env: dict[str, str] = {}
    settle_home(env)
    assert env == {}
    monkeypatch.setattr(pwd, "getpwuid", lambda uid: _entry(""))
    settle_home(env)
    assert env == {}
