"""The release archive and the .deb, built around a stand-in for the frozen app."""

from __future__ import annotations

import io
import shutil
import stat
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from wirediff import APP_ID, __version__

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "packaging"))

import licences  # noqa: E402
import linux_packages  # noqa: E402


@pytest.fixture
def app(tmp_path: Path) -> Path:
    """A one-folder app: the launcher, a library, and a link as PyInstaller makes them."""
    folder = tmp_path / "dist" / "wirediff"
    (folder / "_internal" / "lib").mkdir(parents=True)
    (folder / "wirediff").write_text("#!/bin/sh\necho wirediff\n", encoding="utf-8")
    (folder / "wirediff").chmod(0o755)
    (folder / "_internal" / "lib" / "libQt6Core.so.6").write_bytes(b"\x7fELF" + b"\0" * 60)
    (folder / "_internal" / "libQt6Core.so.6").symlink_to("lib/libQt6Core.so.6")
    # The licences folder the spec puts into the bundle (packaging/licences.py).
    qt = licences.Component(
        "Qt", "6", "LGPL-3.0-only", "a package", ["Qt team"], {"LICENSE": "LGPL\n"}
    )
    qt.files = {"_internal/lib/libQt6Core.so.6"}
    project = licences.Component("wirediff", "1", "MIT", "here", ["© us"], {"LICENSE": "MIT\n"})
    licences.write([project, qt], folder / "_internal" / "licences")
    return folder


def test_archive(app: Path, tmp_path: Path) -> None:
    target = linux_packages.build_archive(app, tmp_path / "dist", tmp_path / "build")
    assert target.name.startswith(f"wirediff-{__version__}-linux-")
    with tarfile.open(target) as archive:
        members = {m.name.split("/", 1)[1]: m for m in archive.getmembers() if "/" in m.name}
    assert members["install.sh"].mode & stat.S_IXUSR
    assert members["wirediff/wirediff"].mode & stat.S_IXUSR
    assert members["wirediff/_internal/libQt6Core.so.6"].issym()
    assert f"{APP_ID}.desktop" in members and "README.txt" in members
    assert f"{APP_ID}.metainfo.xml" in members
    assert f"share/icons/hicolor/512x512/apps/{APP_ID}.png" in members
    assert f"share/icons/hicolor/scalable/apps/{APP_ID}.svg" in members
    assert {m.uid for m in members.values()} == {0}
    # The project's licence, and the texts of everything the app carries.
    assert "LICENSE" in members and "licences/README.txt" in members
    assert "licences/Qt-6/LICENSE" in members and "licences/components.json" in members
    assert "wirediff/_internal/licences/README.txt" in members  # kept by install.sh's copy


def test_an_app_built_without_its_licences_is_not_packaged(app: Path, tmp_path: Path) -> None:
    shutil.rmtree(app / "_internal" / "licences")
    with pytest.raises(FileNotFoundError, match=r"components\.json"):
        linux_packages.build_archive(app, tmp_path / "dist", tmp_path / "build")


def test_control_file_fields() -> None:
    control = linux_packages.control_file(1234)
    fields = dict(line.split(": ", 1) for line in control.splitlines() if not line[0].isspace())
    assert fields["Package"] == "wirediff"
    assert fields["Version"] == __version__
    assert fields["Installed-Size"] == "1234"
    assert "libgl1" in fields["Depends"] and "fonts-dejavu-core" in fields["Depends"]
    # What DejaVu and the bundled Arabic font do not draw: CJK and emoji, recommended.
    recommended = fields["Recommends"].split(", ")
    assert {"fonts-noto-cjk", "fonts-noto-core", "fonts-noto-color-emoji"} <= set(recommended)
    assert control.endswith("It works offline.\n")


@pytest.mark.skipif(shutil.which("dpkg-deb") is None, reason="needs dpkg-deb")
def test_deb_installs_under_opt_with_menu_entry_icons_and_command(
    app: Path, tmp_path: Path
) -> None:
    target = linux_packages.build_deb(app, tmp_path / "dist", tmp_path / "build")
    assert target.name == f"wirediff_{__version__}_{linux_packages.deb_architecture()}.deb"
    info = subprocess.run(
        ["dpkg-deb", "--field", str(target), "Package", "Version"],
        text=True,
        capture_output=True,
        check=True,
    ).stdout
    assert info.split() == ["Package:", "wirediff", "Version:", __version__]
    listing = subprocess.run(
        ["dpkg-deb", "--contents", str(target)], text=True, capture_output=True, check=True
    ).stdout
    lines = {line.split()[5]: line for line in listing.splitlines()}
    assert lines["./opt/wirediff/wirediff"].startswith("-rwxr-xr-x root/root")
    assert "./opt/wirediff/_internal/libQt6Core.so.6 -> lib/libQt6Core.so.6" in listing
    assert "./usr/bin/wirediff -> /opt/wirediff/wirediff" in listing
    assert f"./usr/share/applications/{APP_ID}.desktop" in lines
    assert f"./usr/share/metainfo/{APP_ID}.metainfo.xml" in lines
    for size in linux_packages.ICON_SIZES:
        assert f"./usr/share/icons/hicolor/{size}x{size}/apps/{APP_ID}.png" in lines
    copyright = "./usr/share/doc/wirediff/copyright"
    assert lines[copyright].startswith("-rw-r--r-- root/root")
    # Folders every system has but no package registers are not claimed (see the next test).
    assert "./opt/" not in lines and "./opt/wirediff/" in lines
    assert "./usr/share/" in lines  # registered by base-files and others: listed as usual
    text = subprocess.run(
        ["dpkg-deb", "--fsys-tarfile", str(target)], capture_output=True, check=True
    ).stdout
    with tarfile.open(fileobj=io.BytesIO(text)) as data:
        notice = data.extractfile(copyright)
        assert notice is not None
        body = notice.read().decode("utf-8")
    assert body.startswith("Format: https://www.debian.org/doc/packaging-manuals/copyright-format/")
    assert "\nFiles: opt/wirediff/_internal/lib/*\n" in body and "License: LGPL-3.0-only" in body
    sums = subprocess.run(
        ["dpkg-deb", "--ctrl-tarfile", str(target)], capture_output=True, check=True
    ).stdout
    with tarfile.open(fileobj=io.BytesIO(sums)) as control:
        md5sums = control.extractfile("./md5sums")
        assert md5sums is not None
        assert b"  opt/wirediff/wirediff\n" in md5sums.read()


def _dpkg(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """dpkg on a throwaway root with its own database (no maintainer scripts to run)."""
    command = ["dpkg", f"--root={root}", f"--log={root / 'dpkg.log'}", "--force-depends"]
    command += ["--force-not-root", "--force-script-chrootless", *args]
    return subprocess.run(command, capture_output=True, text=True)


@pytest.mark.skipif(shutil.which("dpkg") is None, reason="needs dpkg")
def test_dpkg_remove_leaves_opt_alone_without_a_warning(app: Path, tmp_path: Path) -> None:
    """dpkg -r warned "directory '/opt' not empty so not removed". Found by fuzzing the package.

    Debian's base-files makes /opt on every system but does not register it, so a .deb that
    lists ./opt/ is its only known owner, and dpkg tries to remove it with the package.
    """
    target = linux_packages.build_deb(app, tmp_path / "dist", tmp_path / "build")
    root = tmp_path / "root"
    for folder in ("info", "updates", "triggers"):
        (root / "var" / "lib" / "dpkg" / folder).mkdir(parents=True)
    for name in ("status", "available"):
        (root / "var" / "lib" / "dpkg" / name).touch()
    (root / "opt" / "another-app").mkdir(parents=True)  # as base-files and others leave it
    installed = _dpkg(root, "--install", str(target))
    assert installed.returncode == 0, installed.stderr
    assert (root / "opt" / "wirediff" / "wirediff").is_file()
    owners = _dpkg(root, "--search", "/opt")
    assert owners.returncode != 0, owners.stdout  # nobody, wirediff included, owns /opt
    removed = _dpkg(root, "--remove", "wirediff")
    assert removed.returncode == 0, removed.stderr
    assert "warning" not in removed.stderr + removed.stdout
    assert not (root / "opt" / "wirediff").exists()
    assert (root / "opt" / "another-app").is_dir()
