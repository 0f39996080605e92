"""The licence texts the packaged app carries, traced from what PyInstaller collects."""

from __future__ import annotations

import json
import os
import shutil
import sys
import sysconfig
from importlib import metadata
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "packaging"))

import licences  # noqa: E402
import linux_packages  # noqa: E402

COMMON = Path("/usr/share/common-licenses")
needs_common = pytest.mark.skipif(
    not (COMMON / "LGPL-3").is_file(), reason="no /usr/share/common-licenses (not Debian)"
)
LIBZ = Path("/lib/x86_64-linux-gnu/libz.so.1")
needs_dpkg = pytest.mark.skipif(
    shutil.which("dpkg") is None or not LIBZ.exists(), reason="needs dpkg and zlib1g"
)


def test_spdx_identifiers_of_an_expression() -> None:
    assert licences.spdx_ids("LGPL-3.0-only OR (GPL-2.0-only AND MIT)") == [
        "LGPL-3.0-only",
        "GPL-2.0-only",
        "MIT",
    ]


def test_common_texts_bring_the_gpl_with_the_lgpl(tmp_path: Path) -> None:
    for name in ("LGPL-3", "GPL-3", "GPL-2"):
        (tmp_path / name).write_text(f"text of {name}\n", encoding="utf-8")
    texts = licences.common_texts("LGPL-3.0-only OR GPL-2.0-only", tmp_path)
    assert set(texts) == {"LGPL-3.txt", "GPL-3.txt", "GPL-2.txt"}
    assert licences.common_texts("LicenseRef-Unknown", tmp_path) == {}


def test_copyright_lines_skip_the_licence_s_own() -> None:
    text = (
        "Copyright (c) 2004 Infrae. All rights reserved.\n"
        "Copyright (C) 2007 Free Software Foundation, Inc.\n"
        "   copyright notice, this list of conditions\n"
        "© 2020 Someone\n"
    )
    assert licences.copyright_lines([text]) == [
        "Copyright (c) 2004 Infrae. All rights reserved.",
        "© 2020 Someone",
    ]


def test_a_distribution_s_own_licence_files() -> None:
    lxml = licences.python_component(metadata.distribution("lxml"))
    assert lxml.licence == "BSD-3-Clause"
    assert "LICENSE.txt" in lxml.texts and lxml.common == []
    assert any("Infrae" in line for line in lxml.copyright)


@needs_common
def test_pyside6_ships_no_licence_file_so_the_lgpl_comes_from_debian() -> None:
    """The PySide6 wheels (6.11) carry only the SPDX expression in their metadata, no text."""
    dist = metadata.distribution("PySide6-Essentials")
    if licences.distribution_texts(dist):
        pytest.skip("this PySide6 wheel ships its licence texts: they are used as they are")
    pyside = licences.python_component(dist)
    assert "LGPL-3.0-only" in pyside.licence
    assert {"LGPL-3.txt", "GPL-3.txt"} <= set(pyside.texts)
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in pyside.texts["LGPL-3.txt"]
    assert "LGPL-3" in pyside.common


def test_a_distribution_without_any_text_stops_the_build(tmp_path: Path) -> None:
    class Bare(metadata.Distribution):
        def read_text(self, filename: str) -> str | None:
            if filename == "METADATA":
                return "Metadata-Version: 2.1\nName: bare\nVersion: 1\nLicense: LicenseRef-X\n"
            return None

        def locate_file(self, path: str | os.PathLike[str]) -> Path:
            return tmp_path / path

    with pytest.raises(licences.LicenceError, match="bare 1"):
        licences.python_component(Bare(), tmp_path)


def _entry(path: Path | str, where: str, kind: str = "DATA") -> licences.Entry:
    return (where, str(path), kind)


@needs_common
@needs_dpkg
def test_gather_traces_each_file_to_its_part(tmp_path: Path) -> None:
    # The bootloader's licence is PyInstaller's, read from its installed metadata: present
    # where the app is built (``./dev package`` installs it, then builds with ``gather``).
    pytest.importorskip("PyInstaller", reason="PyInstaller comes with ./dev package")
    pyside_dist = metadata.distribution("PySide6-Essentials")
    qt_core = next(f for f in pyside_dist.files or [] if f.name.startswith("libQt6Core.so"))
    entries = [
        _entry(REPO / "packaging" / "launcher.py", "launcher", "PYSOURCE"),
        _entry(sysconfig.get_paths()["stdlib"] + "/json/__init__.py", "json", "PYMODULE"),
        _entry(pyside_dist.locate_file(qt_core), f"PySide6/Qt/lib/{qt_core.name}", "BINARY"),
        _entry(LIBZ, "libz.so.1", "BINARY"),
        _entry(REPO / "resources" / "fonts" / "OFL.txt", "resources/fonts/OFL.txt"),
        _entry(REPO / "resources" / "icons" / "wirediff.svg", "resources/icons/wirediff.svg"),
        _entry("lib/libQt6Core.so.6", "libQt6Core.so.6", "SYMLINK"),
    ]
    parts = {part.name: part for part in licences.gather(entries)}
    assert parts["wirediff"].texts["LICENSE"] == (REPO / "LICENSE").read_text(encoding="utf-8")
    assert "_internal/resources/icons/wirediff.svg" in parts["wirediff"].files
    assert parts["NotoNaskhArabic"].licence == "OFL-1.1"
    assert parts["NotoNaskhArabic"].files == {"_internal/resources/fonts/OFL.txt"}
    assert "LICENSE.txt" in parts["Python"].texts or "copyright" in parts["Python"].texts
    assert parts["PySide6_Essentials"].files == {f"_internal/PySide6/Qt/lib/{qt_core.name}"}
    assert parts["zlib1g"].texts["copyright"].startswith("Format:")
    assert parts["zlib1g"].files == {"_internal/libz.so.1"}
    assert parts["pyinstaller"].files == {"wirediff"}  # the bootloader is the executable
    # A file nobody provides stops the build instead of shipping without its notice.
    stray = tmp_path / "libstray.so"
    stray.write_bytes(b"\x7fELF")
    with pytest.raises(licences.LicenceError, match=r"libstray\.so"):
        licences.gather([*entries, _entry(stray, "libstray.so", "BINARY")])


def _components() -> list[licences.Component]:
    project = licences.Component(
        "wirediff", "1.0", "MIT", "this project", ["Copyright (c) 2026 us"], {"LICENSE": "MIT\n"}
    )
    project.files = {"_internal/resources/icons/a.svg", "_internal/resources/fonts/b.ttf"}
    font = licences.Component("Font", "", "OFL-1.1", "fonts", ["© 2020 Font Co"], {"OFL.txt": "x"})
    font.files = {"_internal/resources/fonts/b.ttf"}
    qt = licences.Component("Qt", "6", "LGPL-3.0-only", "package", ["Qt team"], {"LGPL-3.txt": ""})
    qt.files = {"_internal/PySide6/Qt/lib/libQt6Core.so.6", "_internal/PySide6/QtCore.abi3.so"}
    qt.common = ["LGPL-3"]
    pure = licences.Component(
        "pure", "2", "Apache-2.0", "package", ["© Pure"], {"LICENSE": "A\n\nB"}
    )
    return [project, font, qt, pure]


def test_a_folder_one_part_holds_alone_is_named_by_pattern() -> None:
    files = licences.covered(_components())
    assert files["Qt"] == ["_internal/PySide6/*"]
    # resources/ holds the project's files and the font: each is named.
    assert files["Font"] == ["_internal/resources/fonts/b.ttf"]
    assert "_internal/resources/icons/a.svg" in files["wirediff"]


def test_the_licences_folder(tmp_path: Path) -> None:
    folder = licences.write(_components(), tmp_path / "licences")
    index = (folder / "README.txt").read_text(encoding="utf-8")
    assert "Qt 6: LGPL-3.0-only" in index and "GNU LGPL version 3" in index
    assert (folder / "wirediff-1.0" / "LICENSE").read_text(encoding="utf-8") == "MIT\n"
    manifest = json.loads((folder / "components.json").read_text(encoding="utf-8"))
    assert [part["name"] for part in manifest] == ["wirediff", "Font", "Qt", "pure"]
    entries = licences.data_entries(folder)
    assert ("licences/README.txt", str(folder / "README.txt"), "DATA") in entries


def _paragraphs(text: str) -> list[dict[str, str]]:
    """Debian control-style paragraphs (field -> value with its continuation lines)."""
    found = []
    for block in text.strip("\n").split("\n\n"):
        fields: dict[str, str] = {}
        name = ""
        for line in block.split("\n"):
            if line[:1] in (" ", "\t"):
                assert name, f"continuation line first: {line!r}"
                fields[name] += "\n" + line
            else:
                name, _, value = line.partition(":")
                assert name and " " not in name and name not in fields, line
                fields[name] = value.strip()
        found.append(fields)
    return found


def test_the_debian_copyright_file_is_machine_readable(tmp_path: Path) -> None:
    folder = licences.write(_components(), tmp_path / "licences")
    text = linux_packages.debian_copyright(folder)
    header, *parts = _paragraphs(text)
    assert header["Format"] == (
        "https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/"
    )
    assert [part["Files"].split()[0] for part in parts] == [
        "*",
        "opt/wirediff/_internal/resources/fonts/b.ttf",
        "opt/wirediff/_internal/PySide6/*",
        "opt/wirediff/wirediff",  # pure Python: inside the executable's archive
    ]
    for part in parts:
        assert part["Copyright"] and part["License"]
    assert parts[0]["License"] == "MIT\n MIT"
    assert "/usr/share/common-licenses/LGPL-3" in parts[2]["License"]
    assert parts[3]["License"] == "Apache-2.0\n A\n .\n B"  # an empty line is " ."
    assert not any(line.endswith(" ") for line in text.splitlines() if line.strip())
