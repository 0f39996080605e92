"""What the frozen app carries: the Qt parts kept and dropped, and library pruning."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "packaging"))

import bundle  # noqa: E402

PLUGINS = "PySide6/Qt/plugins"


@pytest.mark.parametrize(
    "path",
    [
        f"{PLUGINS}/platforms/libqxcb.so",
        f"{PLUGINS}/platforms/libqwayland.so",
        f"{PLUGINS}/platforms/libqoffscreen.so",
        f"{PLUGINS}/platforms/libqcocoa.dylib",
        "PySide6\\Qt\\plugins\\platforms\\qwindows.dll",  # Windows separators
        f"{PLUGINS}/imageformats/libqsvg.so",
        f"{PLUGINS}/iconengines/libqsvgicon.so",
        f"{PLUGINS}/platformthemes/libqxdgdesktopportal.so",
        f"{PLUGINS}/wayland-shell-integration/libxdg-shell.so",
        "PySide6/Qt/lib/libQt6Widgets.so.6",
        "babel/locale-data/root.dat",
        "babel/locale-data/en.dat",
        "resources/sample/us-iraq-troop-role/000_95eef2de69d379ca.txt",
        "resources/fonts/NotoNaskhArabic-Regular.ttf",
        "resources/fonts/OFL.txt",
        "tzdata/zoneinfo/Europe/Athens",
    ],
)
def test_kept(path: str) -> None:
    assert bundle.keep(path)


@pytest.mark.parametrize(
    "path",
    [
        f"{PLUGINS}/platforms/libqvnc.so",
        f"{PLUGINS}/platforms/libqeglfs.so",
        f"{PLUGINS}/platformthemes/libqgtk3.so",
        f"{PLUGINS}/imageformats/libqtiff.so",
        f"{PLUGINS}/tls/libqopensslbackend.so",
        f"{PLUGINS}/networkinformation/libqnetworkmanager.so",
        f"{PLUGINS}/wayland-shell-integration/libivi-shell.so",
        "PySide6/Qt/translations/qtbase_de.qm",
        "babel/locale-data/de.dat",
    ],
)
def test_dropped(path: str) -> None:
    assert not bundle.keep(path)


def test_data_files_are_the_resources_folder() -> None:
    assert [(str(REPO / "resources"), "resources")] == bundle.DATA_FILES


# A fake bundle: the GTK theme plugin links Cairo, which links Pixman; the xcb plugin links
# libxkbcommon and Pixman too. Dropping the GTK plugin must take Cairo along, not Pixman.
GRAPH = {
    "/src/libqgtk3.so": ["libcairo.so.2", "libxkbcommon.so.0"],
    "/src/libcairo.so.2": ["libpixman-1.so.0"],
    "/src/libqxcb.so": ["libxkbcommon.so.0", "libpixman-1.so.0"],
    "/src/libxkbcommon.so.0": [],
    "/src/libpixman-1.so.0": [],
    "/src/libpython3.11.so.1.0": [],
}
BINARIES = [
    (f"{PLUGINS}/platformthemes/libqgtk3.so", "/src/libqgtk3.so", "BINARY"),
    (f"{PLUGINS}/platforms/libqxcb.so", "/src/libqxcb.so", "BINARY"),
    ("libcairo.so.2", "/src/libcairo.so.2", "BINARY"),
    ("libxkbcommon.so.0", "/src/libxkbcommon.so.0", "BINARY"),
    ("libpixman-1.so.0", "/src/libpixman-1.so.0", "BINARY"),
    ("libpython3.11.so.1.0", "/src/libpython3.11.so.1.0", "BINARY"),
]


def _imports(src: str) -> list[str]:
    return GRAPH[src]


def test_libraries_only_a_dropped_plugin_needed_go_with_it() -> None:
    binaries, _ = bundle.select(BINARIES, [], _imports)
    names = [dest for dest, _, _ in binaries]
    assert f"{PLUGINS}/platformthemes/libqgtk3.so" not in names
    assert "libcairo.so.2" not in names
    assert "libxkbcommon.so.0" in names and "libpixman-1.so.0" in names
    assert "libpython3.11.so.1.0" in names  # linked by nothing, loaded by the bootloader


def test_links_to_dropped_files_go_and_others_stay() -> None:
    datas = [
        ("libcairo-link.so", "libcairo.so.2", "SYMLINK"),
        ("PySide6/Qt/lib/libxkb-link.so", "../../../libxkbcommon.so.0", "SYMLINK"),
        ("PySide6/Qt/translations/qtbase_fr.qm", "/src/qtbase_fr.qm", "DATA"),
        ("resources/icons/wirediff.svg", "/src/wirediff.svg", "DATA"),
    ]
    _, kept = bundle.select(BINARIES, datas, _imports)
    assert [dest for dest, _, _ in kept] == [
        "PySide6/Qt/lib/libxkb-link.so",
        "resources/icons/wirediff.svg",
    ]


def test_size_check(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "app").mkdir()
    (tmp_path / "app" / "lib.so").write_bytes(b"\0" * 4096)
    assert bundle.main(["--check-size", str(tmp_path / "app")]) == 0
    assert "within the budget" in capsys.readouterr().out
    with (tmp_path / "app" / "big.dat").open("wb") as handle:
        handle.truncate(bundle.SIZE_BUDGET_MIB * 2**20)  # sparse: costs no disk
    assert bundle.main(["--check-size", str(tmp_path / "app")]) == 1
    assert "OVER the budget" in capsys.readouterr().out


def test_numpy_and_the_scale_extra_stay_out() -> None:
    """The desktop app groups in pure Python: NumPy would add ~40 MiB, the Dask engine far more."""
    numpy_only = ("vectorized", "lineshingles", "gramcounts")  # the fast path's modules
    for module in ("wirediff.scale", "wirediff.scale.engine"):
        assert not bundle.bundled(module), module
    for name in numpy_only:
        assert not bundle.bundled(f"wirediff.core.stories.{name}"), name
    for module in ("wirediff.core.stories.build", "wirediff.core.stories.perdoc", "wirediff.cli"):
        assert bundle.bundled(module), module
    assert {"numpy", "pandas", "pyarrow", "dask", "distributed"} <= set(bundle.EXCLUDED_MODULES)


def test_the_zone_database_goes_with_the_app() -> None:
    """A desk's zone by its name (``--zone Europe/Athens``, Options ▸ Times without a zone)
    needs the tzdata package where the system has no zone database (Windows): a dependency,
    and imported into the app, which no import of wirediff's would do."""
    import tomllib

    project = tomllib.loads((bundle.ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    assert any(d.split(">")[0] == "tzdata" for d in project["dependencies"])
    assert ("tzdata" in bundle.HIDDEN_IMPORTS) == (sys.platform == "win32")  # (Linux: its own)
    spec = (bundle.ROOT / "packaging" / "wirediff.spec").read_text("utf-8")
    assert "+ bundle.HIDDEN_IMPORTS" in spec


def test_the_package_metadata_carries_its_headers_not_the_readme(tmp_path: Path) -> None:
    """The frozen app carried the README as its package's description (0.7 MiB of a
    one-folder app at its size budget); the version is in the headers."""
    source = tmp_path / "wirediff-0.1.0.dist-info"
    source.mkdir()
    (source / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: wirediff\nVersion: 0.1.0\nDescription: old style\n"
        "        | more of it\nRequires-Python: >=3.11\n\n# wirediff\n\n"
        + "A long README.\n"
        * 999,
        encoding="utf-8",
    )
    (source / "entry_points.txt").write_text("[console_scripts]\nwirediff = x\n", encoding="utf-8")
    ((made, inside),) = bundle.slim_metadata([(str(source), source.name)], tmp_path / "out")
    assert inside == source.name
    metadata = (Path(made) / "METADATA").read_text(encoding="utf-8")
    assert metadata == (
        "Metadata-Version: 2.1\nName: wirediff\nVersion: 0.1.0\nRequires-Python: >=3.11\n"
    )
    assert (Path(made) / "entry_points.txt").read_text(encoding="utf-8").startswith("[console")
    from importlib.metadata import PathDistribution

    assert PathDistribution(Path(made)).version == "0.1.0"
