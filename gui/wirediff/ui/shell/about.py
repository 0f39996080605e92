"""Help ▸ About wirediff: what it is, its version and licence, what it is built with, where
it keeps its settings and the review store, and where the licences of what it carries are.
The packaged app had no word of any of it on screen (found by a tester)."""

from __future__ import annotations

import sys
from pathlib import Path

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

from wirediff import __version__


def licences_folder() -> Path | None:
    """The packaged app's folder of licence texts (None when run from the source or a pip
    install: the project's LICENSE file and its dependencies' own metadata hold them)."""
    frozen = getattr(sys, "_MEIPASS", None)
    folder = Path(frozen) / "licences" if frozen else None
    return folder if folder is not None and folder.is_dir() else None


def about_text(settings_file: str, store: Path | None) -> str:
    """The About box's text (plain: the paths are data)."""
    folder = licences_folder()
    licences = (
        f"The licences of every part it carries: {folder} (README.txt first)."
        if folder is not None
        else "Its licence text is the LICENSE file of its source; the parts it uses carry theirs."
    )
    return "\n\n".join(
        [
            f"wirediff {__version__}",
            "Compares versions of the same text across a folder of news articles: which "
            "documents are versions of one wire story, and what changed between any two of "
            "them, word by word, side by side.",
            "MIT licence, © the wirediff developers. Built with Qt "
            f"{qVersion()} and PySide6 {PySide6.__version__} (LGPL-3.0). {licences}",
            f"Settings: {settings_file}\nReview store (reviewed pairs, flags, notes, story "
            f"corrections): {store if store is not None else 'not open'}",
        ]
    )


def show_about(parent: QWidget, settings_file: str, store: Path | None) -> QMessageBox:
    box = QMessageBox(
        QMessageBox.Icon.Information,
        "About wirediff",
        about_text(settings_file, store),
        QMessageBox.StandardButton.Close,
        parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
