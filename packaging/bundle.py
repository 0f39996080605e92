"""What goes into the frozen app: data files, and which Qt parts it leaves out.

Imported by ``wirediff.spec`` (and by the tests); plain Python, no PyInstaller imports, so the
rules can be checked without building. Paths are the destinations inside the bundle, e.g.
``PySide6/Qt/plugins/platforms/libqxcb.so``.
"""

from __future__ import annotations

import fnmatch
import posixpath
import sys
from collections.abc import Callable, Iterable
from pathlib import Path, PurePosixPath

# PyInstaller's table-of-contents entry: (path inside the bundle, source, type code).
Entry = tuple[str, str, str]

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = ROOT / "resources"

# Which libraries a binary links, by file name: a function of its source path.
Imports = Callable[[str], Iterable[str]]

# Every data file of the app, listed once: (source, folder inside the bundle). wirediff.resources
# looks for <bundle>/resources, so the whole folder travels as it is in the checkout.
DATA_FILES: list[tuple[str, str]] = [(str(RESOURCES), "resources")]
# Libraries that read files shipped inside their package and have no PyInstaller hook saying so
# (trafilatura its settings.cfg, justext its stop lists, tld its suffix list; wirediff reads
# opencc's table of Chinese characters): the spec collects their data files.
PACKAGES_WITH_DATA = ["trafilatura", "justext", "tld", "opencc"]
# Modules no import names: the zone database ``zoneinfo`` reads from the tzdata package
# where the system has none (Windows), for a desk's zone by its name (``--zone
# Europe/Athens``, Options ▸ Times without a zone); Linux has its own, /usr/share/zoneinfo
# (2.6 MiB of the package's copy put the one-folder app over its size budget).
# PyInstaller's zoneinfo hook asks for tzdata on Windows only; its tzdata hook then
# collects the zone files.
HIDDEN_IMPORTS = ["tzdata"] if sys.platform == "win32" else []

# PySide6 modules the app never imports. PyInstaller's PySide6 hook adds QtNetwork on its own,
# which drags in libQt6Network, the TLS and network-information plugins and OpenSSL.
EXCLUDED_MODULES = [
    "PySide6.QtNetwork",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtDesigner",
    "PySide6.QtHelp",
    "PySide6.QtUiTools",
    "tkinter",
    # lxml's PyInstaller hook adds these; trafilatura only uses lxml.etree and lxml.html.
    "lxml.objectify",
    "lxml.isoschematron",
    "PySide6.QtDBus",  # the library stays (QtGui links it); the Python module is unused
    # Interactive line editing for pdb and the REPL (and with it libreadline and libtinfo).
    "readline",
    # TLS (5 MB of OpenSSL): wirediff works offline and never opens a connection. urllib3 and
    # trafilatura import these optionally; hashlib falls back to its built-in hashes.
    "ssl",
    "_ssl",
    "_hashlib",
    # The scale extra (wirediff stories --engine dask) and NumPy (faster grouping in one
    # process): not in the desktop app, whose size budget they would break (NumPy alone adds
    # ~40 MiB with its OpenBLAS; pyarrow and pandas far more). The app groups in pure Python;
    # wirediff.scale says which extra is missing when asked for.
    "wirediff.scale",
    "wirediff.core.stories.vectorized",
    "wirediff.core.stories.lineshingles",
    "wirediff.core.stories.gramcounts",
    "numpy",
    "pandas",
    "pyarrow",
    "dask",
    "distributed",
    "fsspec",
]


def bundled(module: str) -> bool:
    """Whether a module of wirediff goes into the app (the spec collects them all by name)."""
    return not any(module == x or module.startswith(x + ".") for x in EXCLUDED_MODULES)


# Qt plugins the app loads, by plugin folder; a folder not listed here is dropped entirely.
# Platforms: xcb (X11), wayland, offscreen (--self-test, --screenshot), cocoa, windows.
KEPT_PLUGINS: dict[str, list[str]] = {
    "platforms": ["*qxcb*", "*qwayland*", "*qoffscreen*", "*qcocoa*", "*qwindows*", "*qdirect2d*"],
    # Not the GTK theme: it links GTK, Pango and Cairo, and bundled copies of those next to the
    # host's GTK crash; the portal theme gives dark mode and native file dialogs on Linux.
    "platformthemes": ["*qxdgdesktopportal*"],
    "platforminputcontexts": ["*"],  # compose keys and input methods
    "xcbglintegrations": ["*"],
    "imageformats": ["*qsvg*", "*qico*", "*qicns*"],
    "iconengines": ["*qsvgicon*"],
    "styles": ["*"],  # the native widget styles on Windows and macOS
    "wayland-decoration-client": ["*"],
    "wayland-shell-integration": ["*xdg-shell*"],
    "wayland-graphics-integration-client": ["*wayland-egl*"],
}

# Data the app never reads. Qt translations: the UI is English. Babel's locale data (30 MB)
# comes with trafilatura -> courlan, which reads it only to filter URLs by language, a feature
# wirediff does not use; an unknown locale raises UnknownLocaleError, which courlan catches.
# OpenCC's dictionaries and configurations (1.1 MB): wirediff reads its table of characters
# only (``core.han``), not its phrases (a megabyte) nor its code.
DROPPED_PATTERNS = [
    "PySide6/Qt/translations/*",
    "PySide6/translations/*",  # where the Windows wheel keeps them
    "babel/locale-data/*",
    "opencc/dictionary/*",
    "opencc/config/*",
]
# Exceptions to DROPPED_PATTERNS.
KEPT_PATTERNS = [
    "babel/locale-data/root.dat",
    "babel/locale-data/en.dat",
    "opencc/dictionary/TSCharacters.txt",
]


def _plugin_kept(parts: tuple[str, ...]) -> bool:
    """Whether a file under ``.../Qt/plugins/<folder>/<name>`` is one the app loads."""
    index = parts.index("plugins")
    if len(parts) < index + 3:
        return True
    folder, name = parts[index + 1], parts[-1]
    return any(fnmatch.fnmatch(name, pattern) for pattern in KEPT_PLUGINS.get(folder, []))


def keep(destination: str) -> bool:
    """Whether a collected file (its path inside the bundle) belongs in the app."""
    path = destination.replace("\\", "/")
    dropped = any(fnmatch.fnmatch(path, pattern) for pattern in DROPPED_PATTERNS)
    if dropped and not any(fnmatch.fnmatch(path, pattern) for pattern in KEPT_PATTERNS):
        return False
    parts = tuple(path.split("/"))
    if parts[:1] == ("PySide6",) and "plugins" in parts:
        return _plugin_kept(parts)
    return True


def _name(entry: Entry) -> str:
    return PurePosixPath(entry[0].replace("\\", "/")).name


def _reach(roots: Iterable[Entry], libraries: dict[str, Entry], imports: Imports) -> set[str]:
    """Names of the bundled libraries that ``roots`` link, directly or through each other."""
    seen: set[str] = set()
    stack = [src for _, src, kind in roots if kind != "SYMLINK"]
    while stack:
        for name in imports(stack.pop()):
            if name in libraries and name not in seen:
                seen.add(name)
                stack.append(libraries[name][1])
    return seen


def _link_target(entry: Entry) -> str:
    """Where a SYMLINK entry points, as a path inside the bundle."""
    parent = posixpath.dirname(entry[0].replace("\\", "/"))
    return posixpath.normpath(posixpath.join(parent, entry[1].replace("\\", "/")))


def select(
    binaries: list[Entry], datas: list[Entry], imports: Imports
) -> tuple[list[Entry], list[Entry]]:
    """The binaries and data files ``keep`` accepts, minus what only rejected files needed.

    Dropping a plugin leaves behind what it linked (the GTK theme plugin brings Cairo, Pango,
    ATK...); those go too, unless something kept links them. Libraries nobody links (loaded
    with dlopen, like libpython) always stay. Symbolic links to dropped files go as well.
    """
    kept = [entry for entry in binaries if keep(entry[0])]
    dropped = [entry for entry in binaries if not keep(entry[0])]
    libraries = {_name(entry): entry for entry in kept if entry[2] == "BINARY"}
    candidates = _reach(dropped, libraries, imports)
    roots = [entry for entry in kept if _name(entry) not in candidates]
    unused = candidates - _reach(roots, libraries, imports)
    kept = [entry for entry in kept if entry[2] == "SYMLINK" or _name(entry) not in unused]
    datas = [entry for entry in datas if keep(entry[0])]
    present = {entry[0].replace("\\", "/") for entry in kept + datas if entry[2] != "SYMLINK"}

    def linked(entries: list[Entry]) -> list[Entry]:
        return [e for e in entries if e[2] != "SYMLINK" or _link_target(e) in present]

    return linked(kept), linked(datas)


# The one-folder app on Linux must stay under this (MiB, as `du -sh` counts).
SIZE_BUDGET_MIB = 130


def folder_bytes(folder: Path) -> int:
    """Bytes in the files under ``folder`` (symbolic links counted as links, not targets)."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if not p.is_dir())


def main(argv: list[str]) -> int:
    """``--check-size APP_FOLDER``: print the app's size; exit 1 when over the budget."""
    if len(argv) != 2 or argv[0] != "--check-size":
        print("usage: python packaging/bundle.py --check-size APP_FOLDER", file=sys.stderr)
        return 2
    size = folder_bytes(Path(argv[1]))
    verdict = "within" if size < SIZE_BUDGET_MIB * 2**20 else "OVER"
    print(f"  {argv[1]}: {size / 2**20:.1f} MiB ({size / 1e6:.1f} MB), {verdict} the budget")
    return 0 if verdict == "within" else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))


# The metadata files whose body is the package's long description: wirediff's is the README
# (730 KB, and growing with it), which the app never reads; ``wirediff.__version__`` reads
# the headers alone.
_DESCRIBED = ("METADATA", "PKG-INFO")


def slim_metadata(entries: Iterable[tuple[str, str]], folder: Path) -> list[tuple[str, str]]:
    """``copy_metadata``'s entries (source folder, folder inside the bundle) made again under
    ``folder`` with their metadata file cut to its headers: the frozen app carried the whole
    README as its package's description, 0.7 MiB of a one-folder app at 129.9 MiB against
    its budget. The other files of the folder (entry points, top level) are copied as they
    are."""
    made: list[tuple[str, str]] = []
    for source, inside in entries:
        target = folder / inside
        target.mkdir(parents=True, exist_ok=True)
        for path in sorted(Path(source).iterdir()):
            if not path.is_file():
                continue
            data = path.read_bytes()
            if path.name in _DESCRIBED:
                data = _headers(data)
            (target / path.name).write_bytes(data)
        made.append((str(target), inside))
    return made


def _headers(metadata: bytes) -> bytes:
    """A metadata file's headers, without its body or a "Description:" header (and its
    continuation lines): the long description, in either place."""
    kept: list[bytes] = []
    describing = False
    for line in metadata.replace(b"\r\n", b"\n").split(b"\n\n", 1)[0].split(b"\n"):
        if line.startswith(b"Description:") or (describing and line[:1] in (b" ", b"\t")):
            describing = True
            continue
        describing = False
        kept.append(line)
    return b"\n".join(kept) + b"\n"
