"""Finding the app's resources (icons, stylesheet, sample corpus) wherever it runs from.

The top-level ``resources/`` folder travels three ways, and ``resources_dir`` finds each:

- source checkout (also an editable install): ``gui/wirediff/../../resources``;
- installed wheel: pyproject's ``[tool.setuptools.data-files]`` installs it as
  ``<prefix>/share/wirediff``; the package's installed-files record says where that prefix is
  (a venv, ``~/.local``, ``/usr/local``…), so no install scheme has to be guessed;
- frozen app (PyInstaller): ``packaging/wirediff.spec`` bundles it as ``<_MEIPASS>/resources``.
"""

from __future__ import annotations

import sys
from importlib import metadata
from pathlib import Path

DISTRIBUTION = "wirediff"
# A file every copy of the resources has: it tells a real resources folder from a stray one.
MARKER = ("icons", "wirediff.svg")
# Where the wheel's data files put the resources, relative to the install prefix.
INSTALLED_PREFIX = ("share", "wirediff")


def _is_resources(folder: Path) -> bool:
    return folder.joinpath(*MARKER).is_file()


def _installed_dir() -> Path | None:
    """The resources folder an installed wheel put under its prefix, from the files record."""
    try:
        dist = metadata.distribution(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return None
    wanted = (*INSTALLED_PREFIX, *MARKER)
    for entry in dist.files or ():
        if tuple(entry.parts[-len(wanted) :]) == wanted:
            marker = Path(str(dist.locate_file(entry))).resolve()
            return marker.parents[len(MARKER) - 1]
    return None


def resources_dir() -> Path:
    """The ``resources`` folder of the frozen app, the source checkout or the installed wheel."""
    tried: list[str] = []
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        candidate = Path(frozen) / "resources"
        if _is_resources(candidate):
            return candidate
        tried.append(str(candidate))
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
