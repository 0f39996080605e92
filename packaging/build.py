"""Build the desktop app and its packages into dist/ (what ``./dev package`` runs).

    python packaging/build.py              one-folder app, plus the platform's packages
    python packaging/build.py --onefile    also the one-file variant, in dist/onefile/
    python packaging/build.py --app-only   only the one-folder app

Linux: dist/wirediff/ (the app), dist/wirediff-<version>-linux-<arch>.tar.gz (the app with an
install script for the user's menu) and dist/wirediff_<version>_<arch>.deb (under /opt).
Windows: dist/wirediff/ and a .zip of it. macOS: dist/wirediff.app and a .zip of it.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DIST = ROOT / "dist"
BUILD = ROOT / "build" / "packaging"
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "gui"))

from bundle import folder_bytes  # noqa: E402
from linux_packages import build_archive, build_deb  # noqa: E402
from wirediff import APP_NAME, __version__  # noqa: E402


def run_pyinstaller(onefile: bool) -> Path:
    """Freeze the app with packaging/wirediff.spec; return what PyInstaller made."""
    dist = DIST / "onefile" if onefile else DIST
    env = dict(os.environ, PYINSTALLER_CONFIG_DIR=str(BUILD / "pyinstaller-config"))
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN"]
    command += ["--distpath", str(dist), "--workpath", str(BUILD / "pyinstaller")]
    command += [str(HERE / "wirediff.spec")]
    if onefile:
        command += ["--", "--onefile"]
    subprocess.run(command, check=True, env=env, cwd=ROOT)
    if sys.platform == "darwin" and not onefile:
        return dist / f"{APP_NAME}.app"
    return dist / (APP_NAME + (".exe" if onefile and sys.platform == "win32" else ""))


def zip_app(app: Path) -> Path:
    """A .zip of the app folder (Windows, macOS) for download."""
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
    base = DIST / f"{APP_NAME}-{__version__}-{system}-{platform.machine().lower()}"
    if sys.platform == "darwin":  # ditto keeps the bundle's symbolic links and signatures
        target = base.with_suffix(".zip")
        subprocess.run(["ditto", "-c", "-k", "--keepParent", str(app), str(target)], check=True)
        return target
    return Path(shutil.make_archive(str(base), "zip", app.parent, app.name))


def main(argv: list[str] | None = None) -> int:
    """Build what was asked and print where it landed."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--onefile", action="store_true", help="also build the one-file app")
    parser.add_argument("--app-only", action="store_true", help="only the one-folder app")
    args = parser.parse_args(argv)
    started = time.monotonic()
    app = run_pyinstaller(onefile=False)
    made = [app]
    if args.onefile:
        made.append(run_pyinstaller(onefile=True))
    if not args.app_only:
        if sys.platform.startswith("linux"):
            made += [build_archive(app, DIST, BUILD), build_deb(app, DIST, BUILD)]
        else:
            made.append(zip_app(app))
    print(f"\nbuilt in {time.monotonic() - started:.0f} s:")
    for path in made:
        size = folder_bytes(path) if path.is_dir() else path.stat().st_size
        print(f"  {path.relative_to(ROOT)}  ({size / 2**20:.1f} MiB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
