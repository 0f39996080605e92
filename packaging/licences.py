"""The licence texts of everything the frozen app carries, gathered when it is built.

``wirediff.spec`` hands its table of contents (every module, library and data file PyInstaller
collected, with the file it came from) to ``gather``; each source file is traced to what
provides it, and that part's licence texts are read from where it is installed:

- a Python distribution (PySide6, lxml, trafilatura...): the licence files its installed
  metadata lists (``*.dist-info/licenses/``, ``License-File``, LICENSE/COPYING files among its
  files); when it ships none (the PySide6 and shiboken6 wheels carry only the SPDX expression
  ``LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only``), the texts of the licences it names, from
  the build machine's ``/usr/share/common-licenses``;
- Python itself (the standard library, ``libpython``): the ``LICENSE.txt`` of the standard
  library, else the copyright file of the Debian package that holds ``libpython``;
- a library copied from the build machine (glib, freetype, libxcb, libstdc++...): the
  copyright file of the Debian package that holds it (``dpkg -S``);
- PyInstaller's bootloader (the ``wirediff`` executable) and its start-up code: PyInstaller's;
- wirediff and its resources: the project's LICENSE; the bundled fonts: their OFL text; the
  sample news articles: not the project's (the outlets' copyright, resources/SAMPLE-SOURCES.md);
- what the PySide6 wheel carries under other licences than Qt's, which the wheel ships no text
  for: ICU's libraries (``libicu*``, their LICENSE in ``packaging/notices/ICU-<version>/``) and
  the third-party code built into Qt's own libraries (PCRE2, HarfBuzz, libpng...: Qt's
  attribution of it as Debian records it, ``packaging/notices/qt/``; see the README there).

A file can hold the code of several parts: the executable (PyInstaller's bootloader, with the
Python modules of wirediff, the standard library and the pure-Python packages in its archive),
and Qt's libraries with third-party code built in. Each of those parts lists the file.

A file that cannot be traced, or a part whose licence text cannot be found, stops the build:
shipping the app without its notices is not an option. ``write`` puts the texts into a
``licences/`` folder (one sub-folder per part, a README.txt index and a components.json that
``linux_packages`` turns into the .deb's machine-readable ``copyright`` file).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import sysconfig
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path, PurePosixPath

ROOT = Path(__file__).resolve().parent.parent
NOTICES = ROOT / "packaging" / "notices"  # licence texts the installed packages do not carry
FOLDER = "licences"  # inside the bundle (next to the other data files) and the archive
COMMON_LICENCES = Path("/usr/share/common-licenses")
# SPDX identifiers -> the text's file name in Debian's /usr/share/common-licenses.
COMMON_NAMES = {
    "Apache-2.0": "Apache-2.0",
    "GPL-2.0-only": "GPL-2",
    "GPL-2.0-or-later": "GPL-2",
    "GPL-3.0-only": "GPL-3",
    "GPL-3.0-or-later": "GPL-3",
    "LGPL-2.1-only": "LGPL-2.1",
    "LGPL-2.1-or-later": "LGPL-2.1",
    "LGPL-3.0-only": "LGPL-3",
    "LGPL-3.0-or-later": "LGPL-3",
    "MPL-1.1": "MPL-1.1",
    "MPL-2.0": "MPL-2.0",
    "CC0-1.0": "CC0-1.0",
}
# The LGPL is a set of permissions on top of the GPL: its text is incomplete without the GPL's.
COMPANIONS = {"LGPL-3": "GPL-3"}
LICENCE_FILE = re.compile(r"^(licen[cs]e|copying|notice|copyright)", re.IGNORECASE)
COPYRIGHT_LINE = re.compile(r"^\s*(copyright\s*(\(c\)|©|\d)|\(c\)\s*\d|©)", re.IGNORECASE)

# PyInstaller's table-of-contents entry: (name or path inside the bundle, source, type code).
Entry = tuple[str, str, str]


class LicenceError(RuntimeError):
    """Something bundled whose origin or licence text was not found."""


@dataclass
class Component:
    """One part of the app with one licence: who holds it, under what, and its texts."""

    name: str
    version: str
    licence: str  # an SPDX expression, or a Debian copyright file's short name
    origin: str  # where it came from, in words
    copyright: list[str] = field(default_factory=list)
    texts: dict[str, str] = field(default_factory=dict)  # file name -> text
    files: set[str] = field(default_factory=set)  # paths in the app folder it covers
    # Texts taken from Debian's /usr/share/common-licenses (by file name there), not its own.
    common: list[str] = field(default_factory=list)

    @property
    def folder(self) -> str:
        """Its sub-folder of the licences folder."""
        label = f"{self.name}-{self.version}" if self.version else self.name
        return re.sub(r"[^A-Za-z0-9._+-]+", "_", label)


def _real(path: str | os.PathLike[str]) -> str:
    return os.path.realpath(path)


def _under(path: str, folder: str | os.PathLike[str]) -> bool:
    folder = _real(folder)
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def copyright_lines(texts: Iterable[str]) -> list[str]:
    """The copyright statements in licence texts (not the licence's own, e.g. the FSF's)."""
    found: list[str] = []
    for text in texts:
        for line in text.splitlines():
            line = " ".join(line.split())
            if not COPYRIGHT_LINE.match(line) or "Free Software Foundation" in line:
                continue
            if "notice" in line.lower() or len(line) > 200:  # sentences of the licence itself
                continue
            if line not in found:
                found.append(line)
    return found


def spdx_ids(expression: str) -> list[str]:
    """The licence identifiers of an SPDX expression, in order ("A OR (B AND C)" -> A, B, C)."""
    words = re.findall(r"[A-Za-z0-9.+-]+", expression)
    return [w for w in words if w.upper() not in ("OR", "AND", "WITH")]


def common_texts(expression: str, common: Path = COMMON_LICENCES) -> dict[str, str]:
    """The texts an SPDX expression names, from Debian's common-licenses; {} if any is missing."""
    names: list[str] = []
    for identifier in spdx_ids(expression):
        name = COMMON_NAMES.get(identifier)
        if name is None or not (common / name).is_file():
            return {}
        names += [name, *([COMPANIONS[name]] if name in COMPANIONS else [])]
    return {
        f"{name}.txt": (common / name).read_text(encoding="utf-8") for name in dict.fromkeys(names)
    }


def distribution_licence(dist: metadata.Distribution) -> str:
    """A distribution's licence as its metadata says: SPDX expression, short field, classifier."""
    meta = dist.metadata
    expression = meta.get("License-Expression")
    if expression:
        return str(expression).strip()
    licence = str(meta.get("License") or "").strip()
    if licence and "\n" not in licence and len(licence) <= 100:
        return licence
    raw = [c for c in meta.get_all("Classifier") or [] if c.startswith("License ::")]
    classifiers = [c.split(" :: ")[-1] for c in raw]
    return " AND ".join(classifiers) or (licence.splitlines()[0] if licence else "unknown")


def distribution_texts(dist: metadata.Distribution) -> dict[str, str]:
    """The licence files a distribution installed (its dist-info's and any LICENSE/COPYING)."""
    declared = {
        PurePosixPath(str(name)).name for name in dist.metadata.get_all("License-File") or []
    }
    texts: dict[str, str] = {}
    for file in dist.files or []:
        path = PurePosixPath(str(file))
        in_metadata = path.parts[0].endswith(".dist-info")
        wanted = (
            (in_metadata and "licenses" in path.parts)
            or (in_metadata and path.name in declared)
            or LICENCE_FILE.match(path.name) is not None
        )
        if not wanted or path.suffix in (".py", ".pyc", ".so"):
            continue
        source = Path(str(dist.locate_file(file)))
        if source.is_file():
            name = path.name if path.name not in texts else "_".join(path.parts)
            texts[name] = source.read_text(encoding="utf-8", errors="replace")
    return texts


def _author(dist: metadata.Distribution) -> list[str]:
    meta = dist.metadata
    for key in ("Author", "Author-email", "Maintainer", "Maintainer-email"):
        value = str(meta.get(key) or "").strip()
        if value:
            return [f"{value} (the authors named in its package metadata)"]
    return [f"the {dist.metadata['Name']} authors"]


def python_component(dist: metadata.Distribution, common: Path = COMMON_LICENCES) -> Component:
    """A Python distribution's part: its licence from metadata, its texts from its files."""
    name, licence = str(dist.metadata["Name"]), distribution_licence(dist)
    texts = distribution_texts(dist)
    own = bool(texts)
    if not own:
        texts = common_texts(licence, common)
    if not texts:
        raise LicenceError(
            f"{name} {dist.version} ({licence}) ships no licence file, and its licence's text is"
            f" not in {common}"
        )
    lines = copyright_lines(texts.values()) if own else []
    origin = "Python package" + ("" if own else f" (texts from {common}: it ships none)")
    component = Component(name, dist.version, licence, origin, lines or _author(dist), texts)
    component.common = [] if own else [text.removesuffix(".txt") for text in texts]
    return component


def python_itself() -> Component:
    """The Python interpreter and standard library the app carries."""
    version = sysconfig.get_python_version() + "." + str(sys.version_info.micro)
    text = Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt"
    if text.is_file():
        texts = {"LICENSE.txt": text.read_text(encoding="utf-8")}
    else:  # Debian's python3.x keeps it in its copyright file
        library = sysconfig.get_config_var("INSTSONAME") or f"libpython{sys.version_info[0]}"
        package = debian_package(Path(sysconfig.get_config_var("LIBDIR") or "/usr/lib") / library)
        texts = {"copyright": _debian_copyright(package)} if package else {}
    if not texts:
        raise LicenceError("the licence of Python (LICENSE.txt of the standard library) is missing")
    lines = copyright_lines(texts.values()) or ["the Python Software Foundation and others"]
    return Component("Python", version, "PSF-2.0", "the Python interpreter", lines, texts)


def _spellings(path: str) -> list[str]:
    """A file's names as dpkg may know it: as given, resolved, with and without /usr."""
    names = [path, _real(path)]
    names += [name[4:] if name.startswith("/usr/") else "/usr" + name for name in names]
    return list(dict.fromkeys(names))


def debian_packages(paths: Iterable[str]) -> dict[str, str]:
    """The installed Debian package holding each file, for those dpkg knows (none without it)."""
    paths = list(dict.fromkeys(paths))
    if not paths or shutil.which("dpkg") is None:
        return {}
    spellings = {path: _spellings(path) for path in paths}
    asked = sorted({name for names in spellings.values() for name in names})
    found = subprocess.run(["dpkg", "-S", *asked], capture_output=True, text=True).stdout
    owner: dict[str, str] = {}
    for line in found.splitlines():
        packages, _, name = line.partition(": ")
        if name.startswith("/") and " " not in packages.strip():
            owner[name] = packages.split(",")[0].split(":")[0].strip()
    return {
        path: next(owner[name] for name in names if name in owner)
        for path, names in spellings.items()
        if any(name in owner for name in names)
    }


def debian_package(path: str | os.PathLike[str]) -> str:
    """The installed Debian package that holds a file, or "" (also without dpkg)."""
    return debian_packages([str(path)]).get(str(path), "")


def _debian_copyright(package: str) -> str:
    path = Path("/usr/share/doc") / package / "copyright"
    if not path.is_file():
        raise LicenceError(f"the Debian package {package} has no {path}")
    return path.read_text(encoding="utf-8", errors="replace")


def debian_licence(copyright_file: str) -> str:
    """The licence of a Debian copyright file's ``Files: *`` paragraph (DEP-5), else "other"."""
    if not copyright_file.startswith("Format:"):
        return "other"
    for paragraph in re.split(r"\n\s*\n", copyright_file):
        fields = dict(re.findall(r"^([A-Za-z-]+):[ \t]*(.*)$", paragraph, flags=re.MULTILINE))
        if fields.get("Files", "").split() == ["*"] and fields.get("License"):
            return fields["License"].strip()
    return "other"


def debian_component(package: str) -> Component:
    """A library copied from the build machine, under its Debian package's copyright file."""
    text = _debian_copyright(package)
    version = subprocess.run(
        ["dpkg-query", "-W", "-f=${Version}", package], capture_output=True, text=True
    ).stdout.strip()
    origin = f"Debian package {package} of the build machine"
    lines = copyright_lines([text]) or [f"see the copyright file of {package}"]
    return Component(package, version, debian_licence(text), origin, lines, {"copyright": text})


def dep5_paragraphs(text: str) -> list[str]:
    """The paragraphs of a Debian control-style file as written, comment lines left out."""
    lines = [line for line in text.splitlines() if not line.startswith("#")]
    blocks = re.split(r"\n[ \t]*\n", "\n".join(lines))
    return [block.strip("\n") for block in blocks if block.strip()]


def dep5_field(paragraph: str, name: str) -> list[str]:
    """A field's lines: its first line's value, then its continuation lines, stripped."""
    match = re.search(rf"^{name}:[ \t]*(.*(?:\n[ \t].*)*)", paragraph, flags=re.MULTILINE)
    return [line.strip() for line in match.group(1).split("\n")] if match else []


def dep5_names(expression: str) -> list[str]:
    """The licence short names of a License line ("GPL-2+ or FTL, and Zlib with X exception")."""
    words = re.split(r",?\s+(?:or|and)\s+", expression, flags=re.IGNORECASE)
    names = [re.split(r"\s+with\s+", word, flags=re.IGNORECASE)[0].strip(" ,") for word in words]
    return [name for name in names if name]


# Qt's libraries (and plugins) in the PySide6 wheel with third-party code built into them, by
# file name, and the notices in packaging/notices/qt/ for that code. Found in the wheel's
# Linux libraries (6.11): none of them links a system PCRE2, HarfBuzz, libpng, md4c or
# xcb-xinput, and their strings name them (PCRE2 10.49, HarfBuzz 14.6.0, libpng 1.6.59,
# md4c's messages, XInput's); QtCore holds double-conversion's table of cached powers of ten
# and QCryptographicHash's MD4/MD5, SHA-1, SHA-2, SHA-3 and BLAKE2 code (it links no crypto
# library); the Unicode tables, CBOR (TinyCBOR), QProcess (forkfd) and QEasingCurve are built
# in whatever the build. QtSvg's SVG handler carries code from USC/ISI; the Wayland parts are
# generated from protocol descriptions.
QT_BUILT_IN: dict[str, str] = {
    "libQt6Core.so.6": "qtbase",
    "libQt6Gui.so.6": "qtbase",
    "libQt6XcbQpa.so.6": "qtbase",
    "libQt6Svg.so.6": "qtsvg",
    "libQt6WaylandClient.so.6": "qtwayland",
    "libqwayland.so": "qtwayland",
    "libxdg-shell.so": "qtwayland",
}
# Short names in those notices that are Qt's own licence (LGPL-3 or GPL-2): the PySide6 part.
QT_OWN_LICENCES = {"LGPL-3", "GPL-2"}
ICU_LIBRARY = re.compile(r"^libicu[a-z0-9]*\.so\.(\d+)")


def icu_component(major: str, notices: Path = NOTICES) -> Component:
    """ICU, as the PySide6 wheel carries it (libicu*.so.<major>), under ICU's own LICENSE.

    The wheel ships no ICU text; packaging/notices/ICU-<version>/LICENSE is the one of that
    ICU release (README.md there says where it comes from). Another ICU in a newer wheel stops
    the build until its LICENSE is added there.
    """
    found = sorted(notices.glob(f"ICU-{major}.*/LICENSE"))
    if not found:
        raise LicenceError(
            f"the app carries ICU {major} (libicu*.so.{major}, from the PySide6 wheel), but"
            f" {notices} has no ICU-{major}.*/LICENSE: add that ICU release's LICENSE there"
        )
    text = found[-1].read_text(encoding="utf-8")
    return Component(
        "ICU",
        found[-1].parent.name.removeprefix("ICU-"),
        "Unicode-DFS-2016 AND ICU AND BSD-2-Clause AND BSD-3-Clause AND NAIST-2003",
        "International Components for Unicode, inside the PySide6 wheel (its LICENSE from"
        " packaging/notices: the wheel carries none)",
        copyright_lines([text]),
        {"LICENSE": text},
    )


def qt_third_party_component(kinds: Iterable[str], notices: Path = NOTICES) -> Component:
    """The third-party code built into Qt's libraries, under Qt's attribution of it.

    Its texts are excerpts of the copyright files of Debian's Qt packages (the wheel carries
    no attribution at all; see packaging/notices/README.md): their Files paragraphs name the
    source files, with their copyright holders and licences, and their License paragraphs hold
    the texts.
    """
    texts: dict[str, str] = {}
    for kind in sorted(set(kinds)):
        path = notices / "qt" / f"{kind}-third-party.copyright"
        if not path.is_file():
            raise LicenceError(f"the notices of the third-party code in Qt ({path}) are missing")
        texts[path.name] = path.read_text(encoding="utf-8")
    holders: list[str] = []
    names: list[str] = []
    for text in texts.values():
        for paragraph in dep5_paragraphs(text):
            if not dep5_field(paragraph, "Files"):
                continue
            holders += [line for line in dep5_field(paragraph, "Copyright") if line != "-"]
            names += dep5_names(dep5_field(paragraph, "License")[0])
    kept = [name for name in dict.fromkeys(names) if name not in QT_OWN_LICENCES]
    return Component(
        "Qt third-party code",
        "",
        " and ".join(kept),
        "built into Qt's libraries in the PySide6 wheel; Qt's attribution of it as Debian's"
        " Qt 6.4.2 packages record it (packaging/notices/qt: newer versions here, same licences)",
        list(dict.fromkeys(holders)),
        texts,
    )


SAMPLE_STATEMENT = """\
The sample news articles in resources/sample/ are not wirediff's and are not under its MIT
licence: each text is the copyright of the outlet that published it (named, text by text, in
resources/SAMPLE-SOURCES.md, which follows). They are included, unchanged, as a small sample
for demonstrating and testing a comparison tool; no licence to them is granted here.
"""


def sample_component(sources: Path = ROOT / "resources" / "SAMPLE-SOURCES.md") -> Component:
    """The sample corpus: news articles that are their outlets' copyright, not the project's."""
    if not sources.is_file():
        raise LicenceError(f"the sample corpus is bundled without {sources} (whose it is)")
    texts = {"NOTICE.txt": SAMPLE_STATEMENT, "SAMPLE-SOURCES.md": sources.read_text("utf-8")}
    return Component(
        "sample corpus",
        "",
        "LicenseRef-outlets-copyright",
        "resources/sample: news articles included as a demonstration sample",
        ["the news outlets named in resources/SAMPLE-SOURCES.md, each of its own text"],
        texts,
    )


def project_component() -> Component:
    """wirediff itself: the launcher script, its package and its resources."""
    from wirediff import __version__

    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    return Component(
        "wirediff", __version__, "MIT", "this project", copyright_lines([text]), {"LICENSE": text}
    )


def font_component(fonts: Path) -> Component | None:
    """The bundled fonts, under the licence text that travels with them in their folder."""
    names = sorted(p.name for p in fonts.glob("*") if p.suffix.lower() in (".ttf", ".otf"))
    if not names:
        return None
    texts = {p.name: p.read_text(encoding="utf-8") for p in fonts.glob("*.txt")}
    texts = {n: t for n, t in texts.items() if "Open Font License" in t or "licen" in n.lower()}
    if not texts:
        raise LicenceError(f"the fonts in {fonts} have no licence text beside them")
    ofl = any("SIL OPEN FONT LICENSE VERSION 1.1" in t.upper() for t in texts.values())
    family = sorted({re.split(r"[-.]", n)[0] for n in names})
    licence = "OFL-1.1" if ofl else "other"
    lines = copyright_lines(texts.values())
    return Component(" ".join(family), "", licence, "resources/fonts", lines, texts)


def _file_index() -> dict[str, metadata.Distribution]:
    """Every file of every installed distribution (real path) -> its distribution."""
    index: dict[str, metadata.Distribution] = {}
    for dist in metadata.distributions():
        for file in dist.files or []:
            index.setdefault(_real(dist.locate_file(file)), dist)  # type: ignore[arg-type]
    return index


def _bundle_path(entry: Entry) -> str | None:
    """Where an entry lands in the bundle as a file, or None (a module inside the archive)."""
    if entry[2] in ("PYMODULE", "PYSOURCE"):
        return None
    return entry[0].replace("\\", "/")


def gather(
    entries: Iterable[Entry],
    workpath: str | os.PathLike[str] = "",
    contents: str = "_internal",
    executable: str = "wirediff",
) -> list[Component]:
    """The parts of the app with their licences, from what PyInstaller collected.

    ``entries`` are the spec's ``a.pure + a.scripts + a.binaries + a.datas``; files are named
    in the components as paths in the app folder (``contents``/... and the ``executable``).
    Raises LicenceError naming the files it could not trace, or the parts with no text.
    """
    index = _file_index()
    stdlib = [sysconfig.get_paths()["stdlib"], sys.base_prefix, sys.base_exec_prefix]
    project, python = project_component(), python_itself()
    fonts = font_component(ROOT / "resources" / "fonts")
    by_dist: dict[str, Component] = {}
    by_package: dict[str, Component] = {}
    inside_pyside: dict[str, Component] = {}  # ICU, by its major version
    qt_built_in: dict[str, str] = {}  # Qt's libraries with third-party code -> its notices
    unknown: list[str] = []

    def of_distribution(dist: metadata.Distribution) -> Component:
        key = str(dist.metadata["Name"]).lower()
        if key not in by_dist:
            by_dist[key] = python_component(dist)
        return by_dist[key]

    def of_package(package: str) -> Component:
        if package not in by_package:
            by_package[package] = debian_component(package)
        return by_package[package]

    def in_pyside(component: Component, path: str) -> Component:
        """ICU's libraries are ICU's, not Qt's; note Qt's libraries with code built in."""
        name = PurePosixPath(path).name
        if icu := ICU_LIBRARY.match(name):
            if icu.group(1) not in inside_pyside:
                inside_pyside[icu.group(1)] = icu_component(icu.group(1))
            return inside_pyside[icu.group(1)]
        if name in QT_BUILT_IN:
            qt_built_in[path] = QT_BUILT_IN[name]
        return component

    sample: list[Component] = []

    def of_project(where: str) -> Component:
        if fonts and where.startswith("resources/fonts/"):
            return fonts
        if where.startswith("resources/sample/"):
            sample[:] = sample or [sample_component()]
            return sample[0]
        return project

    entries = [entry for entry in entries if entry[2] != "SYMLINK"]
    packages = debian_packages(
        entry[1]
        for entry in entries
        if _real(entry[1]) not in index
        and not any(_under(_real(entry[1]), place) for place in [ROOT, *stdlib, workpath] if place)
    )
    for entry in entries:
        source, where = _real(entry[1]), _bundle_path(entry)
        # A module (no file of its own) is in the executable's archive.
        path = f"{contents}/{where}" if where is not None else executable
        dist = index.get(source)
        if dist is not None and str(dist.metadata["Name"]).lower() != "wirediff":
            component = of_distribution(dist)
            if str(dist.metadata["Name"]).lower().startswith("pyside6"):
                component = in_pyside(component, path)
        elif workpath and _under(source, workpath):  # made by PyInstaller, from the stdlib
            # (before the project's folder: the build folder may be inside it)
            if PurePosixPath(source).name == "base_library.zip":
                component = python
            else:
                component = of_distribution(metadata.distribution("pyinstaller"))
        elif dist is not None or _under(source, ROOT):
            component = of_project(where or "")
        elif any(_under(source, prefix) for prefix in stdlib):
            component = python
        elif package := packages.get(entry[1], ""):
            component = of_package(package)
        else:
            unknown.append(f"{entry[0]} (from {entry[1]})")
            continue
        component.files.add(path)
    if unknown:
        raise LicenceError("no licence found for: " + ", ".join(sorted(unknown)))
    # The executable is PyInstaller's bootloader, which no entry names.
    of_distribution(metadata.distribution("pyinstaller")).files.add(executable)
    project.files.add(f"{contents}/{FOLDER}/*")
    parts = [project, *([fonts] if fonts else []), *sample, python]
    parts += sorted(by_dist.values(), key=lambda c: c.name.lower())
    parts += [inside_pyside[major] for major in sorted(inside_pyside)]
    if qt_built_in:
        third_party = qt_third_party_component(qt_built_in.values())
        third_party.files = set(qt_built_in)  # Qt's too: they list them both
        parts.append(third_party)
    parts += sorted(by_package.values(), key=lambda c: c.name)
    return parts


def _folders(path: str) -> list[str]:
    """The folders a pattern for a file may name, widest first, from two levels down
    (``_internal/PySide6``, ``_internal/PySide6/Qt``...)."""
    parts = path.split("/")
    return ["/".join(parts[:depth]) for depth in range(2, len(parts))]


def covered(components: list[Component]) -> dict[str, list[str]]:
    """Each part's files as short patterns: ``folder/*`` for the widest folder all its own.

    A file several parts list (the executable; a Qt library with third-party code built in)
    is named as it is, in each of them, and no folder holding it is anyone's alone.
    """
    owners: dict[str, set[str]] = {}
    for component in components:
        for path in component.files:
            owners.setdefault(path, set()).add(component.name)
    in_folder: dict[str, set[str]] = {}
    for path, names in owners.items():
        for folder in _folders(path):
            in_folder.setdefault(folder, set()).update(names if len(names) == 1 else {""})
    patterns: dict[str, list[str]] = {}
    for component in components:
        found: set[str] = set()
        for path in component.files:
            alone = [f for f in _folders(path) if in_folder[f] == {component.name}]
            found.add(f"{alone[0]}/*" if alone and len(owners[path]) == 1 else path)
        patterns[component.name] = sorted(found)
    return patterns


def write(components: list[Component], target: Path) -> Path:
    """The licences folder: a README.txt index, components.json and one folder of texts each."""
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    rows = []
    for component in components:
        folder = target / component.folder
        folder.mkdir()
        for name, text in component.texts.items():
            (folder / name).write_text(text, encoding="utf-8")
        version = f" {component.version}" if component.version else ""
        rows.append(
            f"{component.folder}/\n    {component.name}{version}: {component.licence}"
            f"\n    from: {component.origin}"
        )
    index = [
        "Licences of wirediff and of everything this copy of it carries",
        "",
        "wirediff is under the MIT licence (wirediff-*/LICENSE). The app also carries the parts",
        "listed below, each under its own licence: each folder here holds the licence texts and",
        "copyright notices of one part, as its installed package provided them when the app was",
        "built. components.json says the same for programs, with the files each part covers;",
        "a file that holds the code of several parts is listed under each of them (the",
        "executable holds PyInstaller's bootloader and the Python modules of wirediff, the",
        "standard library and the pure-Python packages; some of Qt's libraries have third-party",
        "code built in).",
        "",
        "The sample news articles (_internal/resources/sample) are not under wirediff's licence:",
        "they are the copyright of the outlets that published them (sample_corpus/).",
        "",
        "Qt and Qt for Python (PySide6, shiboken6) are used under the GNU LGPL version 3: they",
        "are the shared libraries under _internal/PySide6 and _internal/shiboken6, which can be",
        "replaced by other builds of the same Qt version. Their source code is published by the",
        "Qt project (https://download.qt.io/official_releases/QtForPython/). Beside Qt's own",
        "code, the PySide6 wheel carries ICU (the libicu* libraries: ICU-*/) and Qt's libraries",
        "have third-party code built in (PCRE2, HarfBuzz, libpng...: Qt_third-party_code/).",
        "",
        *rows,
        "",
    ]
    (target / "README.txt").write_text("\n".join(index), encoding="utf-8")
    files = covered(components)
    manifest = [
        {
            "name": c.name,
            "version": c.version,
            "licence": c.licence,
            "origin": c.origin,
            "copyright": c.copyright,
            "folder": c.folder,
            "texts": sorted(c.texts),
            "common": c.common,
            "files": files[c.name],
        }
        for c in components
    ]
    (target / "components.json").write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
    return target


def data_entries(folder: Path) -> list[tuple[str, str, str]]:
    """The licences folder as PyInstaller data entries, under ``FOLDER`` in the bundle."""
    return [
        (f"{FOLDER}/{path.relative_to(folder).as_posix()}", str(path), "DATA")
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    ]
