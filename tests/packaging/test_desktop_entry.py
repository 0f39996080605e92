"""The Linux menu entry, as shipped and as install.sh writes it for the user."""

from __future__ import annotations

import configparser
import os
import re
import shutil
import subprocess
from pathlib import Path
from xml.etree import ElementTree

import pytest

from wirediff import APP_ID, APP_NAME, __version__

REPO = Path(__file__).resolve().parents[2]
ENTRY = REPO / "resources" / f"{APP_ID}.desktop"
METAINFO = REPO / "resources" / f"{APP_ID}.metainfo.xml"
VALIDATE = shutil.which("desktop-file-validate")
needs_validator = pytest.mark.skipif(VALIDATE is None, reason="desktop-file-utils not installed")


def _entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


@needs_validator
def test_entry_is_valid() -> None:
    result = subprocess.run([VALIDATE, str(ENTRY)], capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout


def test_entry_names_the_app_opens_what_it_is_given_and_claims_no_file_type() -> None:
    entry = _entry(ENTRY)
    assert entry["Type"] == "Application"
    assert entry["Exec"] == "wirediff %F"
    assert entry["Icon"] == APP_ID  # the icon is installed under the app id's name
    assert entry["StartupWMClass"] == APP_NAME  # Qt's X11 class is the application name
    assert entry["GenericName"] and entry["Comment"]
    assert len(entry["Keywords"].rstrip(";").split(";")) >= 5
    # No MimeType: with one, a system without defaults (no desktop's mimeapps.list) made
    # wirediff the default for folders ("Open containing folder" started it), plain text,
    # HTML and PDF. Found by fuzzing the packaged app. It opens files and folders given
    # (%F), dropped on its window or on its launcher.
    assert "MimeType" not in entry


def _exec_argv(value: str, files: list[str]) -> list[str]:
    """The command an Exec value runs, read as the Desktop Entry spec says a launcher must.

    The string escapes first (\\\\ is one backslash), then the quoting (inside double quotes a
    backslash escapes ", `, $ and itself), then the field codes (%% is %, %F the files).
    """
    text = re.sub(
        r"\\(.)", lambda m: {"s": " ", "n": "\n", "t": "\t", "r": "\r"}.get(m[1], m[1]), value
    )
    words: list[str] = []
    index = 0
    while index < len(text):
        if text[index] == " ":
            index += 1
            continue
        word = ""
        if text[index] == '"':
            index += 1
            while text[index] != '"':
                if text[index] == "\\" and text[index + 1] in '"`$\\':
                    index += 1
                word += text[index]
                index += 1
            index += 1
        else:
            while index < len(text) and text[index] != " ":
                word += text[index]
                index += 1
        words.append(word)
    argv: list[str] = []
    for word in words:
        if word in ("%F", "%f", "%U", "%u"):
            argv += files
        else:
            argv.append(word.replace("%%", "%"))
    return argv


def _glib_shows(entry: Path) -> bool:
    """Whether GLib (GNOME's menus, ``gio launch``) accepts the entry, asked in a child Python."""
    script = (
        "import sys, gi; gi.require_version('Gio', '2.0'); from gi.repository import Gio;"
        " info = Gio.DesktopAppInfo.new_from_filename(sys.argv[1]);"
        " print(bool(info and info.should_show()))"
    )
    result = subprocess.run([GI_PYTHON, "-c", script, str(entry)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip() == "True"


def _has_gi() -> bool:
    command = [GI_PYTHON, "-c", "import gi; gi.require_version('Gio', '2.0')"]
    return shutil.which(GI_PYTHON) is not None and subprocess.run(command).returncode == 0


# The system's Python with PyGObject (Debian's python3-gi): the virtualenv has no GLib binding.
GI_PYTHON = "/usr/bin/python3"
needs_glib = pytest.mark.skipif(not _has_gi(), reason="python3-gi (GLib's Gio) not installed")


def _fake_release(folder: Path) -> Path:
    """An unpacked release archive whose 'app' only answers --version."""
    app = folder / "wirediff"
    app.mkdir(parents=True)
    (app / "wirediff").write_text("#!/bin/sh\necho 'wirediff 9.9'\n", encoding="utf-8")
    (app / "wirediff").chmod(0o755)
    shutil.copy2(REPO / "packaging" / "install.sh", folder / "install.sh")
    shutil.copyfile(ENTRY, folder / ENTRY.name)
    shutil.copyfile(METAINFO, folder / METAINFO.name)
    icon = folder / "share" / "icons" / "hicolor" / "16x16" / "apps" / f"{APP_ID}.png"
    icon.parent.mkdir(parents=True)
    shutil.copyfile(REPO / "resources" / "icons" / "wirediff-16.png", icon)
    return folder


def _install(release: Path, prefix: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PREFIX=str(prefix), HOME=str(prefix.parent))
    return subprocess.run(
        ["sh", str(release / "install.sh"), *args], env=env, capture_output=True, text=True
    )


# Install paths with every character the Exec line must escape or quote.
HOMES = ["plain", 'with space, $dollar, "quote", 50% and \\', "100%", "a%%b %F"]


@needs_validator
@pytest.mark.parametrize("home", HOMES)
def test_install_script_writes_a_valid_entry_and_uninstalls(tmp_path: Path, home: str) -> None:
    release = _fake_release(tmp_path / "release")
    prefix = tmp_path / home / ".local"
    result = _install(release, prefix)
    assert result.returncode == 0, result.stderr
    assert "wirediff 9.9 installed" in result.stdout
    installed = prefix / "share" / "applications" / f"{APP_ID}.desktop"
    check = subprocess.run([VALIDATE, str(installed)], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout
    entry = _entry(installed)
    assert entry["TryExec"].replace("\\\\", "\\") == str(prefix / "opt" / "wirediff" / "wirediff")
    assert entry["Exec"].endswith(" %F")
    assert entry["Icon"] == APP_ID  # a name looked up in the icon theme, never a path
    # The Exec line, read as the spec says, starts the installed app with the files given.
    argv = _exec_argv(entry["Exec"], [])
    assert str(prefix / "opt" / "wirediff" / "wirediff") in argv
    started = subprocess.run(argv, capture_output=True, text=True)
    assert started.stdout == "wirediff 9.9\n", (argv, started.stderr)
    assert (prefix / "bin" / "wirediff").resolve() == prefix / "opt" / "wirediff" / "wirediff"
    assert (prefix / "share" / "icons" / "hicolor" / "16x16" / "apps" / f"{APP_ID}.png").is_file()
    assert (prefix / "share" / "metainfo" / METAINFO.name).read_bytes() == METAINFO.read_bytes()
    result = _install(release, prefix, "--uninstall")
    assert result.returncode == 0, result.stderr
    assert not installed.exists()
    assert not (prefix / "share" / "metainfo" / METAINFO.name).exists()
    assert not (prefix / "opt" / "wirediff").exists()
    assert not (prefix / "bin" / "wirediff").exists()
    assert not list((prefix / "share" / "icons").rglob(f"{APP_ID}.*"))


def test_install_script_refuses_to_run_outside_the_archive(tmp_path: Path) -> None:
    release = tmp_path / "release"
    release.mkdir()
    shutil.copy2(REPO / "packaging" / "install.sh", release / "install.sh")
    result = _install(release, tmp_path / "home" / ".local")
    assert result.returncode == 1
    assert "run me from the unpacked archive" in result.stderr
    assert not (tmp_path / "home").exists()


APPSTREAM = shutil.which("appstreamcli")


@pytest.mark.skipif(APPSTREAM is None, reason="appstream not installed")
def test_metainfo_is_valid() -> None:
    result = subprocess.run(
        [APPSTREAM, "validate", "--no-net", "--pedantic", str(METAINFO)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout
    # Pedantic notes are fine (the id's capitals are the app's chosen id); warnings are not.
    assert not [line for line in result.stdout.splitlines() if line.startswith(("W:", "E:"))]


def test_metainfo_matches_the_app() -> None:
    root = ElementTree.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == ENTRY.name
    assert root.findtext("provides/binary") == "wirediff"
    releases = root.findall("releases/release")
    assert releases[0].get("version") == __version__  # newest first; bump with the version


@needs_glib
@pytest.mark.parametrize("home", HOMES)
def test_glib_shows_the_installed_entry(tmp_path: Path, home: str) -> None:
    """GLib hid the entry of an install path with a %: it looked for the program with %% in it.

    Found by fuzzing the packaged app. The Exec line must escape % as %% (the spec), and GLib
    checks that the line's program exists before it reads %% as %; with a % in the path,
    install.sh lets sh start the app, which GLib finds.
    """
    release = _fake_release(tmp_path / "release")
    prefix = tmp_path / home / ".local"
    assert _install(release, prefix).returncode == 0
    assert _glib_shows(prefix / "share" / "applications" / f"{APP_ID}.desktop")
