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
    # Modules are in the executable's archive: their parts list it.
    assert "wirediff" in parts["Python"].files and "wirediff" in parts["wirediff"].files
    # A file nobody provides stops the build instead of shipping without its notice.
    stray = tmp_path / "libstray.so"
    stray.write_bytes(b"\x7fELF")
    with pytest.raises(licences.LicenceError, match=r"libstray\.so"):
        licences.gather([*entries, _entry(stray, "libstray.so", "BINARY")])


def _components() -> list[licences.Component]:
    project = licences.Component(
        "wirediff", "1.0", "MIT", "this project", ["Copyright (c) 2026 us"], {"LICENSE": "MIT\n"}
    )
    project.files = {"_internal/resources/icons/a.svg", "wirediff"}
    font = licences.Component("Font", "", "OFL-1.1", "fonts", ["© 2020 Font Co"], {"OFL.txt": "x"})
    font.files = {"_internal/resources/fonts/b.ttf", "_internal/resources/fonts/OFL.txt"}
    sample = licences.sample_component()
    sample.files = {"_internal/resources/sample/s/000.txt", "_internal/resources/sample/s/001.txt"}
    qt = licences.Component(
        "Qt", "6", "LGPL-3.0-only OR GPL-2.0-only", "package", ["Qt team"], {"LGPL-3.txt": ""}
    )
    qt.files = {
        "_internal/PySide6/Qt/lib/libQt6Core.so.6",
        "_internal/PySide6/Qt/plugins/platforms/libqxcb.so",
        "_internal/PySide6/QtCore.abi3.so",
        "wirediff",
    }
    qt.common = ["LGPL-3"]
    icu = licences.Component("ICU", "73.2", "Unicode-DFS-2016", "wheel", ["© Unicode"], {"L": "U"})
    icu.files = {"_internal/PySide6/Qt/lib/libicuuc.so.73"}
    built_in = licences.Component(
        "Qt third-party code", "", "BSD-3-clause and Expat", "Qt", ["© PCRE"], {"q": "PCRE\n"}
    )
    built_in.files = {"_internal/PySide6/Qt/lib/libQt6Core.so.6"}
    pure = licences.Component(
        "pure", "2", "Apache-2.0", "package", ["© Pure"], {"LICENSE": "A\n\nB"}
    )
    pure.files = {"wirediff"}
    other = licences.Component(
        "other", "3", "GNU General Public License v2 (GPLv2)", "package", ["© O"], {"C": "GPL"}
    )
    other.files = {"wirediff"}
    return [project, font, sample, qt, icu, built_in, pure, other]


def test_a_folder_one_part_holds_alone_is_named_by_pattern() -> None:
    files = licences.covered(_components())
    assert files["Font"] == ["_internal/resources/fonts/*"]
    assert files["sample corpus"] == ["_internal/resources/sample/*"]
    # resources/ holds the project's files, the font and the sample: each is named.
    assert files["wirediff"] == ["_internal/resources/icons/*", "wirediff"]
    # PySide6/ and PySide6/Qt/ hold ICU's library and a library Qt shares with the code built
    # into it: Qt's own files are named below them, the shared one as it is.
    assert files["Qt"] == [
        "_internal/PySide6/Qt/lib/libQt6Core.so.6",
        "_internal/PySide6/Qt/plugins/*",
        "_internal/PySide6/QtCore.abi3.so",
        "wirediff",
    ]
    assert files["ICU"] == ["_internal/PySide6/Qt/lib/libicuuc.so.73"]
    assert files["Qt third-party code"] == ["_internal/PySide6/Qt/lib/libQt6Core.so.6"]


def test_the_licences_folder(tmp_path: Path) -> None:
    folder = licences.write(_components(), tmp_path / "licences")
    index = (folder / "README.txt").read_text(encoding="utf-8")
    assert "Qt 6: LGPL-3.0-only" in index and "GNU LGPL version 3" in index
    assert "not under wirediff's licence" in index and "sample_corpus/" in index
    assert (folder / "wirediff-1.0" / "LICENSE").read_text(encoding="utf-8") == "MIT\n"
    manifest = json.loads((folder / "components.json").read_text(encoding="utf-8"))
    assert [part["name"] for part in manifest] == [
        "wirediff",
        "Font",
        "sample corpus",
        "Qt",
        "ICU",
        "Qt third-party code",
        "pure",
        "other",
    ]
    sample = manifest[2]
    assert sample["licence"] == "LicenseRef-outlets-copyright"
    assert "SAMPLE-SOURCES.md" in sample["copyright"][0]
    notice = (folder / sample["folder"] / "NOTICE.txt").read_text(encoding="utf-8")
    assert "not wirediff's" in notice and "no licence to them is granted" in notice
    sources = (folder / sample["folder"] / "SAMPLE-SOURCES.md").read_text(encoding="utf-8")
    assert sources == (REPO / "resources" / "SAMPLE-SOURCES.md").read_text(encoding="utf-8")
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
    files = [part["Files"].split() for part in parts]
    assert [names[0] for names in files] == [
        "*",
        "opt/wirediff/_internal/resources/fonts/*",
        "opt/wirediff/_internal/resources/sample/*",
        "opt/wirediff/_internal/PySide6/Qt/plugins/*",  # Qt's own files
        "opt/wirediff/_internal/PySide6/Qt/lib/libicuuc.so.73",
        "opt/wirediff/_internal/PySide6/Qt/lib/libQt6Core.so.6",  # Qt and the code built in
        "opt/wirediff/wirediff",  # the executable: the bootloader and the Python modules
    ]
    # DEP-5: the last paragraph matching a file applies. Each file is named once, so that a
    # file that holds several parts is never left to one of them (it was: the executable had
    # one paragraph per pure-Python package, and only the last one counted).
    named = [name for names in files for name in names]
    assert len(named) == len(set(named))
    for part in parts:
        assert part["Copyright"] and part["License"]
    assert parts[0]["License"] == "MIT\n MIT"
    sample = parts[2]
    assert sample["License"].startswith("LicenseRef-outlets-copyright\n")
    assert "no licence to them is granted" in sample["License"]
    assert "SAMPLE-SOURCES.md" in sample["Copyright"]
    assert "/usr/share/common-licenses/LGPL-3" in parts[3]["License"]
    assert parts[4]["License"].split("\n")[:2] == ["Unicode-DFS-2016", " U"]
    qt_core = parts[5]
    assert qt_core["License"].split("\n")[0] == (
        "LGPL-3.0-only or GPL-2.0-only, and BSD-3-clause and Expat"
    )
    assert "Qt team" in qt_core["Copyright"] and "© PCRE" in qt_core["Copyright"]
    assert "\n PCRE" in qt_core["License"]  # the built-in code's text, which no other has
    executable = parts[6]
    assert executable["License"].split("\n")[0] == (
        "MIT, and LGPL-3.0-only or GPL-2.0-only, and Apache-2.0, and"
        " GNU-General-Public-License-v2-GPLv2"
    )
    for holder in ("Copyright (c) 2026 us", "Qt team", "© Pure", "© O"):
        assert holder in executable["Copyright"]
    assert " pure 2: Apache-2.0.\n A\n .\n B" in executable["License"]  # an empty line is " ."
    assert " other 3: GNU General Public License v2 (GPLv2).\n GPL" in executable["License"]
    assert (
        " wirediff 1.0: MIT.\n Its texts are in its own paragraph above." in (executable["License"])
    )
    assert not any(line.endswith(" ") for line in text.splitlines() if line.strip())


def _pyside_file(prefix: str) -> tuple[str, Path]:
    """A file of the PySide6 wheel's Qt/lib whose name starts with ``prefix``: name, source."""
    dist = metadata.distribution("PySide6-Essentials")
    found = next((f for f in dist.files or [] if f.name.startswith(prefix)), None)
    if found is None or "Qt/lib/" not in str(found):
        pytest.skip(f"this PySide6 wheel has no Qt/lib/{prefix}* (not Linux?)")
    return found.name, Path(str(dist.locate_file(found)))


@needs_common
def test_icu_qt_s_built_in_code_and_the_sample_are_parts_of_their_own() -> None:
    """Found by fuzzing the package: ICU (37 MB of the app) had no licence text but Qt's LGPL,
    the code built into Qt's libraries (PCRE2, HarfBuzz, libpng...) none at all, and the sample
    news articles were listed as wirediff's, under the MIT licence."""
    pytest.importorskip("PyInstaller", reason="PyInstaller comes with ./dev package")
    icu_name, icu_source = _pyside_file("libicuuc.so.")
    core_name, core_source = _pyside_file("libQt6Core.so.")
    gui_name, gui_source = _pyside_file("libQt6Gui.so.")
    sample = REPO / "resources" / "sample" / "us-iraq-troop-role" / "000_95eef2de69d379ca.txt"
    entries = [
        _entry(icu_source, f"PySide6/Qt/lib/{icu_name}", "BINARY"),
        _entry(core_source, f"PySide6/Qt/lib/{core_name}", "BINARY"),
        _entry(gui_source, f"PySide6/Qt/lib/{gui_name}", "BINARY"),
        _entry(sample, "resources/sample/us-iraq-troop-role/000_95eef2de69d379ca.txt"),
        _entry(REPO / "resources" / "SAMPLE-SOURCES.md", "resources/SAMPLE-SOURCES.md"),
    ]
    parts = {part.name: part for part in licences.gather(entries)}
    icu = parts["ICU"]
    assert icu.files == {f"_internal/PySide6/Qt/lib/{icu_name}"}
    assert icu.version.split(".")[0] == icu_name.rsplit(".", 1)[1]  # 73.2 for libicuuc.so.73
    assert icu.texts["LICENSE"].startswith("UNICODE, INC. LICENSE AGREEMENT")
    assert "Unicode-DFS-2016" in icu.licence
    qt = parts["PySide6_Essentials"]
    qt_libraries = {f"_internal/PySide6/Qt/lib/{name}" for name in (core_name, gui_name)}
    assert qt.files == qt_libraries  # ICU's library is not Qt's
    built_in = parts["Qt third-party code"]
    assert built_in.files == qt_libraries  # Qt's libraries hold both
    assert set(built_in.texts) == {"qtbase-third-party.copyright"}
    for name in ("BSD-3-clause", "Harfbuzz", "libpng", "Expat", "Unicode"):
        assert name in built_in.licence.split(" and ")
    assert "LGPL-3" not in built_in.licence.split(" and ")  # Qt's own: the PySide6 part
    assert "1997-2020 University of Cambridge" in built_in.copyright  # PCRE2
    corpus = parts["sample corpus"]
    assert corpus.files == {f"_internal/{entries[3][0]}"}
    assert corpus.licence == "LicenseRef-outlets-copyright"
    assert not any("/sample/" in path for path in parts["wirediff"].files)
    assert "_internal/resources/SAMPLE-SOURCES.md" in parts["wirediff"].files


def test_another_icu_without_its_licence_stops_the_build(tmp_path: Path) -> None:
    with pytest.raises(licences.LicenceError, match=r"ICU 99 .*ICU-99\.\*/LICENSE"):
        licences.icu_component("99", tmp_path)
    (tmp_path / "ICU-99.1").mkdir()
    (tmp_path / "ICU-99.1" / "LICENSE").write_text("Copyright © 2031 Unicode, Inc.\n", "utf-8")
    assert licences.icu_component("99", tmp_path).version == "99.1"


NOTICES = REPO / "packaging" / "notices"


def test_the_icu_licence_is_icu_73_s() -> None:
    text = (NOTICES / "ICU-73.2" / "LICENSE").read_text(encoding="utf-8")
    assert text.startswith("UNICODE, INC. LICENSE AGREEMENT - DATA FILES AND SOFTWARE\n")
    assert "Copyright © 1991-2023 Unicode, Inc. All rights reserved." in text
    for notice in ("ICU License - ICU 1.8.1 to ICU 57.1", "Google double-conversion"):
        assert notice in text
    assert not any(line.startswith("    ") for line in text.splitlines()[:60])  # de-indented


@pytest.mark.parametrize("name", ["qtbase", "qtsvg", "qtwayland"])
def test_the_qt_notices_are_complete_dep5_excerpts(name: str) -> None:
    text = (NOTICES / "qt" / f"{name}-third-party.copyright").read_text(encoding="utf-8")
    header, *paragraphs = licences.dep5_paragraphs(text)
    assert header.startswith("Format: https://www.debian.org/doc/packaging-manuals/")
    files = [p for p in paragraphs if licences.dep5_field(p, "Files")]
    defined = {
        licences.dep5_field(p, "License")[0].lower()
        for p in paragraphs
        if not licences.dep5_field(p, "Files")
    }
    assert files
    for paragraph in files:
        assert licences.dep5_field(paragraph, "Copyright")
        licence = licences.dep5_field(paragraph, "License")
        if len(licence) == 1:  # no text here: a stand-alone License paragraph has it
            for short in licences.dep5_names(licence[0]):
                assert short.lower() in defined, (name, short)


def test_excerpt_keeps_the_paragraphs_of_the_paths_asked_for() -> None:
    sys.path.insert(0, str(NOTICES))
    import excerpt

    source = (
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"
        "Upstream-Name: qtbase\n\n"
        "Files: *\nCopyright: Qt\nLicense: LGPL-3 or GPL-2\n\n"
        "# a comment\n"
        "Files: src/3rdparty/a/*\n src/3rdparty/b/*\nCopyright: 2020 A\nLicense: Expat\n\n"
        "Files: src/3rdparty/c/*\nCopyright: C\nLicense: public-domain\n placed in it\n\n"
        "License: Expat\n Permission is hereby granted\n\n"
        "License: LGPL-3\n see common-licenses\n"
    )
    assert excerpt.excerpt(source, ["src/3rdparty/b/*", "src/3rdparty/c/*"]) == (
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n\n"
        "Files: src/3rdparty/a/*\n src/3rdparty/b/*\nCopyright: 2020 A\nLicense: Expat\n\n"
        "Files: src/3rdparty/c/*\nCopyright: C\nLicense: public-domain\n placed in it\n\n"
        "License: Expat\n Permission is hereby granted\n"
    )
    with pytest.raises(SystemExit, match="src/3rdparty/z"):
        excerpt.excerpt(source, ["src/3rdparty/z/*"])
