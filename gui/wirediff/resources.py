"""Finding the app's resources (icons, stylesheet, sample corpus) wherever it runs from."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """The ``resources`` folder: in the frozen app, beside the package, or in the checkout."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    here = Path(__file__).resolve().parent
    for candidate in (here / "resources", here.parent.parent / "resources"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"wirediff resources not found near {here}")


def resource_path(*parts: str) -> Path:
    """The path of one resource, e.g. ``resource_path("sample", "us-iraq-troop-role")``."""
    return resources_dir().joinpath(*parts)


def sample_corpus() -> Path:
    """The bundled sample corpus folder."""
    return resource_path("sample", "us-iraq-troop-role")
