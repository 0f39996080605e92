"""The fonts wirediff carries (``resources/fonts``), made known to Qt.

A bare Linux (or the .deb's dependencies) brings DejaVu, which has no glyphs for Urdu's
ہ ے ۔ and draws much Arabic-script text as boxes. The app bundles Noto Naskh Arabic (SIL Open
Font License, see ``resources/FONT-SOURCES.md``); once registered, Qt's font fallback uses it
for those characters whatever font the text asks for. Call ``bundled_families`` (which
registers them once per process) after the ``QGuiApplication`` exists and before text is
laid out: the app does at start-up, ``export.pdf`` before it prints.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtGui import QFontDatabase

from wirediff.resources import resources_dir

log = logging.getLogger(__name__)

FONT_SUFFIXES = (".ttf", ".otf", ".ttc")


def bundled_font_files(folder: Path | None = None) -> list[Path]:
    """The font files in ``folder`` (default: the resources' ``fonts`` folder), by name."""
    folder = folder if folder is not None else resources_dir() / "fonts"
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix.lower() in FONT_SUFFIXES)


def register_bundled_fonts(folder: Path | None = None) -> list[str]:
    """Register every font in ``folder`` (default: the bundled fonts) with Qt's font
    database; the families they hold, each once, in file order. A file Qt cannot load is
    logged and skipped. Needs a ``QGuiApplication``."""
    families: list[str] = []
    for path in bundled_font_files(folder):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("could not load the font %s", path)
            continue
        for family in QFontDatabase.applicationFontFamilies(font_id):
            if family not in families:
                families.append(family)
    return families


_registered: list[str] | None = None


def bundled_families() -> list[str]:
    """The bundled fonts' families, registered with Qt's font database the first time it
    is called (once per process, whoever asks first: the app at start-up, or a PDF printed
    by ``wirediff report``). Needs a ``QGuiApplication``."""
    global _registered
    if _registered is None:
        _registered = register_bundled_fonts()
    return list(_registered)
