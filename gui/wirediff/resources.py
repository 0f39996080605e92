"""Finding the app's resources (icons, stylesheet, sample corpus) wherever it runs from.

The top-level ``resources/`` folder travels three ways, and ``resources_dir`` finds each:

- source checkout (also an editable install): ``gui/wirediff/../../resources``;
- installed wheel: pyproject's ``[tool.setuptools.data-files]`` installs it as
  ``<prefix>/share/wirediff``; the package's installed-files record says where that prefix is
  (a venv, ``~/.local``, ``/usr/local``…), so no install scheme has to be guessed;
- frozen app (PyInstaller): ``packaging/wirediff.spec`` bundles it as ``<_MEIPASS>/resources``.
"""

from __future__ import annotations

import logging
import sys
from importlib import metadata
from pathlib import Path

DISTRIBUTION = "wirediff"
# Files only wirediff's resources have: any one tells a real resources folder from a stray one
# (a copy that lost one of them, its icons say, is still found by the others).
MARKERS = (
    ("org.wirediff.WireDiff.desktop",),
    ("icons", "wirediff.svg"),
    ("SAMPLE-SOURCES.md",),
    ("FONT-SOURCES.md",),
)
# What the app reads from the resources: a frozen app missing one says so (``resources_dir``).
PARTS = ("icons", "fonts", "sample")
# Where the wheel's data files put the resources, relative to the install prefix.
INSTALLED_PREFIX = ("share", "wirediff")

_log = logging.getLogger(__name__)
_warned: set[Path] = set()


def _is_resources(folder: Path) -> bool:
    return any(folder.joinpath(*marker).is_file() for marker in MARKERS)


def _installed_dir() -> Path | None:
    """The resources folder an installed wheel put under its prefix, from the files record."""
    try:
        dist = metadata.distribution(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return None
    for marker in MARKERS:
        wanted = (*INSTALLED_PREFIX, *marker)
        for entry in dist.files or ():
            if tuple(entry.parts[-len(wanted) :]) == wanted:
                found = Path(str(dist.locate_file(entry))).resolve()
                return found.parents[len(marker) - 1]
    return None


def _bundled(folder: Path) -> Path:
    """A frozen app's resources folder, as its spec put it: no other can be the app's, so it
    is taken as it is. A damaged copy (a part deleted) is said once, in one line, and the app
    goes on without that part: the commands need none, the window shows no icon, the bundled
    fonts or the sample then (it failed every start with a traceback when the icons were
    gone, the folder being found by them)."""
    missing = [folder] if not folder.is_dir() else [folder / p for p in PARTS]
    missing = [path for path in missing if not path.is_dir()]
    if missing and folder not in _warned:
        _warned.add(folder)
        names = ", ".join(str(path) for path in missing)
        _log.warning("wirediff: this copy of the app is damaged, missing %s (reinstall it)", names)
    return folder


def resources_dir() -> Path:
    """The ``resources`` folder of the frozen app, the source checkout or the installed wheel.

    In the frozen app, always the bundle's, even damaged; elsewhere FileNotFoundError (saying
    where it looked) when none is found.
    """
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return _bundled(Path(frozen) / "resources")
    tried: list[str] = []
    checkout = Path(__file__).resolve().parent.parent.parent / "resources"
    if _is_resources(checkout):
        return checkout
    tried.append(str(checkout))
    installed = _installed_dir()
    if installed is not None and _is_resources(installed):
        return installed
    tried.append(f"the files installed with the {DISTRIBUTION} package")
    raise FileNotFoundError("wirediff resources not found; looked in " + ", ".join(tried))


def resource_path(*parts: str) -> Path:
    """The path of one resource, e.g. ``resource_path("sample", "us-iraq-troop-role")``."""
    return resources_dir().joinpath(*parts)


def sample_corpus() -> Path:
    """The bundled sample corpus folder."""
    return resource_path("sample", "us-iraq-troop-role")


def app_icon_files() -> list[Path]:
    """The app icon's PNG renderings, smallest first (for a multi-size ``QIcon``)."""
    icons = resource_path("icons")
    files = icons.glob("wirediff-*.png")
    return sorted(files, key=lambda path: int(path.stem.rsplit("-", 1)[1]))
