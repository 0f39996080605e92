"""The Linux packages of the frozen app: a release archive with an install script, and a .deb."""

from __future__ import annotations

import hashlib
import io
import json
import os
import platform
import re
import shutil
import subprocess
import tarfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
RESOURCES = HERE.parent / "resources"
APP_ID = "org.wirediff.WireDiff"
NAME = "wirediff"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
MAINTAINER = "wirediff developers <wirediff@users.noreply.github.com>"
# What the frozen app needs from the host (PyInstaller leaves out OpenGL/EGL and libxcb by
# design; fontconfig needs its configuration and at least one font). Checked by
# packaging/host_libraries.py, which lists every library the bundle links but does not carry.
DEB_DEPENDS = (
    "libc6, libgl1, libegl1, libxcb1, fontconfig-config,"
    " fonts-dejavu-core | fonts-liberation2 | fonts-noto-core | fonts-freefont-ttf"
)
# Only the Wayland platform plugins link these; without them Qt uses X11 (XWayland).
# Wayland's libraries (else Qt goes through XWayland), and fonts for the scripts the bundled
# Noto Naskh Arabic and the Depends' DejaVu do not draw: Chinese, Japanese and Korean, emoji,
# and Thai, Devanagari and the other scripts of Noto's core (an Asia desk's Thai and Hindi
# copy were boxes).
DEB_RECOMMENDS = (
    "libwayland-client0, libwayland-cursor0, libwayland-egl1, fonts-noto-cjk, "
    "fonts-noto-core, fonts-noto-color-emoji"
)
DEB_DESCRIPTION = """\
Compare versions of the same news story
 wirediff shows which documents in a folder are versions of the same story and
 compares any two of them side by side, aligned by sentence and paragraph, with
 word-level highlights of what was cut, added, reworded or moved. It works offline."""


def version() -> str:
    """The app's version, from the package metadata."""
    from wirediff import __version__

    return __version__


def deb_architecture() -> str:
    """The Debian name of this machine's architecture."""
    if shutil.which("dpkg"):
        result = subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True)
        if result.returncode == 0 and result.stdout.strip():
            return result.stdout.strip()
    machine = platform.machine().lower()
    return {"x86_64": "amd64", "aarch64": "arm64"}.get(machine, machine)


def install_icons(share: Path) -> None:
    """Put the app icon into ``share/icons/hicolor`` under the app id's name."""
    hicolor = share / "icons" / "hicolor"
    for size in ICON_SIZES:
        target = hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(RESOURCES / "icons" / f"wirediff-{size}.png", target)
    scalable = hicolor / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(RESOURCES / "icons" / "wirediff.svg", scalable)


def app_licences(app: Path) -> Path:
    """The licences folder the build put into the app (packaging/licences.py)."""
    folder = app / "_internal" / "licences"
    if not (folder / "components.json").is_file():
        raise FileNotFoundError(f"{folder}/components.json missing: the app was built without it")
    return folder


def _field_text(text: str) -> list[str]:
    """A text as the continuation lines of a Debian control field (an empty line is " .")."""
    return [f" {line}" if line.strip() else " ." for line in text.rstrip().splitlines()]


def _short_name(licence: str) -> str:
    """A licence as a DEP-5 License line: its SPDX operators in lower case; a licence given in
    words (a classifier's "GNU General Public License v2 (GPLv2)") as one hyphenated name."""
    words = re.split(r"\s+(?:OR|AND|WITH|or|and|with)\s+", licence.strip())
    if all(re.fullmatch(r"\(?[A-Za-z0-9.+-]+\)?,?", word) for word in words):
        return re.sub(r"\s+(OR|AND|WITH)\s+", lambda m: f" {m.group(1).lower()} ", licence)
    return re.sub(r"[^A-Za-z0-9.+]+", "-", licence).strip("-")


def _texts(licences: Path, part: dict[str, Any]) -> list[str]:
    """A part's licence texts as License continuation lines: texts Debian keeps in
    /usr/share/common-licenses referred to there, the others in full."""
    lines: list[str] = []
    common = [name for name in part["texts"] if name.removesuffix(".txt") in part["common"]]
    if common:
        where = ", ".join(f"/usr/share/common-licenses/{n.removesuffix('.txt')}" for n in common)
        lines += [*_field_text(f"On Debian systems the full texts are in {where}."), " ."]
    for name in part["texts"]:
        if name not in common:
            text = (licences / part["folder"] / name).read_text(encoding="utf-8")
            lines += [*_field_text(text), " ."]
    return lines[:-1]


def _label(part: dict[str, Any]) -> str:
    version = f" {part['version']}" if part["version"] else ""
    return f"{part['name']}{version}"


def debian_copyright(licences: Path, prefix: str = f"opt/{NAME}") -> str:
    """The .deb's /usr/share/doc/wirediff/copyright, in Debian's machine-readable format.

    One paragraph per part of the app (from the licences folder's components.json), with the
    files it covers, its copyright lines and its licence texts; texts Debian keeps in
    /usr/share/common-licenses are referred to there, as Debian policy asks. A file several
    parts list (the executable, with the Python modules of wirediff and of the pure-Python
    packages in its archive; a Qt library with third-party code built in) has one paragraph of
    its own naming them all, after theirs: in DEP-5 the last paragraph that matches a file is
    the one that applies to it, so a file is never left to only one of its parts.
    """
    parts = json.loads((licences / "components.json").read_text(encoding="utf-8"))
    holders: dict[str, list[dict[str, Any]]] = {}
    for part in parts:
        for path in part["files"]:
            holders.setdefault(path, []).append(part)
    paragraphs = [
        [
            "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/",
            f"Upstream-Name: {NAME}",
            f"Upstream-Contact: {MAINTAINER}",
            f"Comment: The app in /{prefix} carries the parts listed below; each one's licence",
            f" texts are also in /{prefix}/_internal/licences/, one folder per part.",
        ]
    ]
    alone: set[str] = set()  # the parts with a paragraph (and their texts) of their own
    for index, part in enumerate(parts):
        # The project's paragraph comes first and covers everything no later paragraph names.
        own = [path for path in part["files"] if len(holders[path]) == 1]
        if index and not own:
            continue  # all its files are shared: it is in their paragraph below
        files = ["*"] if index == 0 else [f"{prefix}/{path}" for path in own]
        paragraph = [f"Files: {files[0]}", *(f" {path}" for path in files[1:])]
        paragraph += [f"Copyright: {part['copyright'][0]}"]
        paragraph += [f" {line}" for line in part["copyright"][1:]]
        paragraph += [f"License: {part['licence']}", *_texts(licences, part)]
        paragraph += [f"Comment: {_label(part)}, {part['origin']}."]
        paragraphs.append(paragraph)
        alone.add(part["name"])
    shared: dict[tuple[str, ...], list[str]] = {}
    for path, owners in holders.items():
        if len(owners) > 1:
            shared.setdefault(tuple(owner["name"] for owner in owners), []).append(path)
    by_name = {part["name"]: part for part in parts}
    for names, paths in sorted(shared.items(), key=lambda group: sorted(group[1])):
        paths = sorted(paths)
        members = [by_name[name] for name in names]
        lines = list(dict.fromkeys(line for part in members for line in part["copyright"]))
        licence = ", and ".join(dict.fromkeys(_short_name(part["licence"]) for part in members))
        paragraph = [f"Files: {prefix}/{paths[0]}", *(f" {prefix}/{path}" for path in paths[1:])]
        paragraph += [f"Copyright: {lines[0]}", *(f" {line}" for line in lines[1:])]
        paragraph += [f"License: {licence}"]
        for part in members:
            paragraph += _field_text(f"{_label(part)}: {part['licence']}.")
            if part["name"] in alone:
                paragraph += _field_text("Its texts are in its own paragraph above.")
            else:
                paragraph += _texts(licences, part)
            paragraph += [" ."]
        paragraph.pop()
        listed = ", ".join(_label(part) for part in members)
        paragraph += [f"Comment: These files hold the code of several parts: {listed}."]
        paragraphs.append(paragraph)
    return "\n\n".join("\n".join(lines) for lines in paragraphs) + "\n"


def _fresh(folder: Path) -> Path:
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    return folder


def _as_root(info: tarfile.TarInfo) -> tarfile.TarInfo:
    """Archive members owned by root, not by whoever built them."""
    info.uid = info.gid = 0
    info.uname = info.gname = "root"
    return info


def build_archive(app: Path, dist: Path, build: Path) -> Path:
    """dist/wirediff-<version>-linux-<arch>.tar.gz: the app, its icon, entry and install.sh.

    With the project's LICENSE and a licences/ folder: the texts of everything the app carries.
    """
    stem = f"{NAME}-{version()}-linux-{platform.machine().lower()}"
    stage = _fresh(build / "archive") / stem
    shutil.copytree(app, stage / NAME, symlinks=True)
    shutil.copy2(HERE / "install.sh", stage / "install.sh")
    shutil.copyfile(HERE / "archive-README.txt", stage / "README.txt")
    shutil.copyfile(HERE.parent / "LICENSE", stage / "LICENSE")
    shutil.copytree(app_licences(app), stage / "licences")
    shutil.copyfile(RESOURCES / f"{APP_ID}.desktop", stage / f"{APP_ID}.desktop")
    shutil.copyfile(RESOURCES / f"{APP_ID}.metainfo.xml", stage / f"{APP_ID}.metainfo.xml")
    install_icons(stage / "share")
    target = dist / f"{stem}.tar.gz"
    with tarfile.open(target, "w:gz", compresslevel=6) as archive:
        archive.add(stage, arcname=stem, filter=_as_root)
    return target


def control_file(installed_kib: int) -> str:
    """The DEBIAN/control of the .deb."""
    return (
        f"Package: {NAME}\nVersion: {version()}\nArchitecture: {deb_architecture()}\n"
        f"Maintainer: {MAINTAINER}\nInstalled-Size: {installed_kib}\nDepends: {DEB_DEPENDS}\n"
        f"Recommends: {DEB_RECOMMENDS}\n"
        f"Section: text\nPriority: optional\nDescription: {DEB_DESCRIPTION}\n"
    )


# Folders every Debian-based system has but no package registers: base-files' postinst makes
# /opt (as it makes /srv and /mnt). With ./opt/ in its data, the .deb became the only package
# dpkg knew to own /opt, so `dpkg -r wirediff` tried to remove /opt too: "directory '/opt' not
# empty so not removed" (and on a system with nothing else there, it would remove /opt itself).
# Folders other packages register too (/usr, /usr/share, /usr/share/icons...) are listed, as
# every Debian package lists them: dpkg leaves a folder alone while another package owns it.
UNREGISTERED_FOLDERS = ("opt",)


def _tree(root: Path) -> list[Path]:
    """The files, links and folders under ``root``, each folder before what it holds."""
    found: list[Path] = []
    for folder, folders, files in os.walk(root):
        folders.sort()
        here = Path(folder)
        found += [here / name for name in sorted(folders + files)]
    return sorted(found, key=lambda path: path.relative_to(root).parts)


def _data_tar(root: Path, target: Path) -> list[tuple[str, str]]:
    """The .deb's data.tar.gz of ``root`` (not its DEBIAN/); returns (md5, path) of each file."""
    sums: list[tuple[str, str]] = []
    with tarfile.open(target, "w:gz", compresslevel=6, format=tarfile.GNU_FORMAT) as data:
        data.add(root, arcname=".", recursive=False, filter=_as_root)
        for path in _tree(root):
            relative = path.relative_to(root).as_posix()
            if relative.split("/")[0] == "DEBIAN" or relative in UNREGISTERED_FOLDERS:
                continue
            data.add(path, arcname=f"./{relative}", recursive=False, filter=_as_root)
            if path.is_file() and not path.is_symlink():
                sums.append((hashlib.md5(path.read_bytes()).hexdigest(), relative))
    return sums


def _control_tar(files: dict[str, str], target: Path) -> None:
    """The .deb's control.tar.gz: the given files (name -> text), mode 644, owned by root."""
    with tarfile.open(target, "w:gz", format=tarfile.GNU_FORMAT) as control:
        folder = tarfile.TarInfo(".")
        folder.type, folder.mode, folder.mtime = tarfile.DIRTYPE, 0o755, int(time.time())
        control.addfile(_as_root(folder))
        for name, text in files.items():
            data = text.encode("utf-8")
            info = tarfile.TarInfo(f"./{name}")
            info.size, info.mode, info.mtime = len(data), 0o644, int(time.time())
            control.addfile(_as_root(info), io.BytesIO(data))


def _ar(target: Path, members: list[tuple[str, Path]]) -> None:
    """An ar archive of ``members`` (name, file) in order: the container format of a .deb."""
    with target.open("wb") as out:
        out.write(b"!<arch>\n")
        for name, path in members:
            size = path.stat().st_size
            header = f"{name:<16}{int(time.time()):<12}{0:<6}{0:<6}{'100644':<8}{size:<10}`\n"
            out.write(header.encode("ascii"))
            with path.open("rb") as member:
                shutil.copyfileobj(member, out)
            if size % 2:
                out.write(b"\n")


def build_deb(app: Path, dist: Path, build: Path) -> Path:
    """dist/wirediff_<version>_<arch>.deb: the app in /opt/wirediff, entry, icons, /usr/bin link.

    /usr/share/doc/wirediff/copyright names the licence of every part of the app. Assembled
    here rather than by ``dpkg-deb --build``, which lists every folder of the tree, /opt too
    (see UNREGISTERED_FOLDERS). No maintainer scripts: dpkg's triggers refresh the menu and the
    icon cache.
    """
    root = _fresh(build / "deb")
    shutil.copytree(app, root / "opt" / NAME, symlinks=True)
    (root / "usr" / "bin").mkdir(parents=True)
    (root / "usr" / "bin" / NAME).symlink_to(f"/opt/{NAME}/{NAME}")
    share = root / "usr" / "share"
    (share / "applications").mkdir(parents=True)
    shutil.copyfile(RESOURCES / f"{APP_ID}.desktop", share / "applications" / f"{APP_ID}.desktop")
    (share / "metainfo").mkdir()  # what software centres show about the installed app
    shutil.copyfile(
        RESOURCES / f"{APP_ID}.metainfo.xml", share / "metainfo" / f"{APP_ID}.metainfo.xml"
    )
    install_icons(share)
    doc = share / "doc" / NAME
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(debian_copyright(app_licences(app)), encoding="utf-8")
    size = sum(p.lstat().st_size for p in root.rglob("*") if not p.is_dir())
    parts = _fresh(build / "deb-parts")
    sums = _data_tar(root, parts / "data.tar.gz")
    control = {
        "control": control_file(-(-size // 1024)),
        "md5sums": "".join(f"{digest}  {path}\n" for digest, path in sums),
    }
    _control_tar(control, parts / "control.tar.gz")
    (parts / "debian-binary").write_text("2.0\n", encoding="ascii")
    target = dist / f"{NAME}_{version()}_{deb_architecture()}.deb"
    target.parent.mkdir(parents=True, exist_ok=True)
    _ar(target, [(name, parts / name) for name in DEB_MEMBERS])
    return target


# The members of a .deb, in the order dpkg requires.
DEB_MEMBERS = ("debian-binary", "control.tar.gz", "data.tar.gz")
