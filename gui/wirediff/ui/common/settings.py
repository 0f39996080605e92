"""Everything the app remembers between runs, in one QSettings-backed object.

Review marks, flags and notes are kept in the review store (``session.review_store``);
older versions kept reviewed pairs and flags here, which that module moves to the store.

Tests pass their own ``QSettings(path, IniFormat)`` so they never touch the user's settings.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from wirediff.core.options import CompareOptions

MAX_RECENT = 8
ORGANIZATION = "wirediff"
APPLICATION = "wirediff"


def _as_list(value: Any) -> list[str]:
    """QSettings hands back a str for a one-element list in INI files, None for none."""
    if value is None or value == "":
        return []
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value]


class Settings:
    """Typed access to the stored settings."""

    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store or QSettings(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION
        )

    def sync(self) -> None:
        self.store.sync()

    # --- window ------------------------------------------------------------------------------
    def bytes(self, key: str) -> QByteArray | None:
        value = self.store.value(f"window/{key}")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_bytes(self, key: str, value: QByteArray) -> None:
        self.store.setValue(f"window/{key}", value)

    # --- folders -----------------------------------------------------------------------------
    @property
    def last_folder(self) -> str:
        return str(self.store.value("files/last_folder", "") or "")

    @property
    def recent_folders(self) -> list[str]:
        return _as_list(self.store.value("files/recent"))

    def add_recent(self, folder: Path) -> None:
        """Remember ``folder`` as the last and most recent one."""
        path = str(folder)
        recent = [path, *(p for p in self.recent_folders if p != path)][:MAX_RECENT]
        self.store.setValue("files/recent", recent)
        self.store.setValue("files/last_folder", path)

    # --- comparison --------------------------------------------------------------------------
    @property
    def options(self) -> CompareOptions:
        raw = self.store.value("compare/options", "")
        try:
            data = json.loads(str(raw)) if raw else {}
            return CompareOptions.from_dict(data if isinstance(data, dict) else {})
        except (ValueError, TypeError):
            return CompareOptions()

    @options.setter
    def options(self, options: CompareOptions) -> None:
        self.store.setValue("compare/options", json.dumps(options.to_dict()))

    # --- view --------------------------------------------------------------------------------
    @property
    def zoom(self) -> int:
        try:
            return int(str(self.store.value("view/zoom", 0)))
        except (TypeError, ValueError):
            return 0

    @zoom.setter
    def zoom(self, steps: int) -> None:
        self.store.setValue("view/zoom", steps)

    @property
    def inline(self) -> bool:
        return str(self.store.value("view/inline", "false")).lower() == "true"

    @inline.setter
    def inline(self, value: bool) -> None:
        self.store.setValue("view/inline", "true" if value else "false")

    def flag(self, name: str, default: bool) -> bool:
        """A remembered on/off view setting (grouping, hidden boilerplate)."""
        value = str(self.store.value(f"view/{name}", "true" if default else "false"))
        return value.lower() == "true"

    def set_flag(self, name: str, value: bool) -> None:
        self.store.setValue(f"view/{name}", "true" if value else "false")
