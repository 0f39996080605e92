"""Everything the app remembers between runs, in one QSettings-backed object.

Review marks, flags and notes are kept in the review store (``session.review_store``);
older versions kept reviewed pairs and flags here, which that module moves to the store.

Tests pass their own ``QSettings(path, IniFormat)`` so they never touch the user's settings.
Every value is read through a validator with a typed default (``validators``): a value of the
wrong type is ignored, never used and never written back. A settings file that is not a
regular file (a named pipe would block start-up forever) is not opened: the app then keeps
its settings in memory for the session and says so (``notes``); one that cannot be written
is read, and the note says changes are not remembered.
"""

from __future__ import annotations

import json
import logging
import os
import stat
import time
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import quote_from_bytes, unquote_to_bytes

from PySide6.QtCore import QByteArray, QSettings

from wirediff.core.deskzone import desk_clock
from wirediff.core.document import LOCAL_ZONE
from wirediff.core.filekind import not_a_file, unwritable
from wirediff.core.options import CompareOptions
from wirediff.core.textsafe import printable
from wirediff.ui.common import validators as valid

log = logging.getLogger(__name__)

MAX_RECENT = 8
LAST_PAIRS = "files/last_pairs"
ORGANIZATION = "wirediff"
APPLICATION = "wirediff"
ZOOM_RANGE = (-5, 30)  # font size steps (points) from the system size
# An organization no settings file is kept for: asking Qt where its file would be tells
# where ours is, without opening ours.
_PROBE = "wirediff-settings-location"


class Store(Protocol):
    """What ``Settings`` needs of a QSettings."""

    def value(self, key: str, /, defaultValue: Any = ..., type: Any = ...) -> Any: ...
    def setValue(self, key: str, value: Any, /) -> None: ...
    def remove(self, key: str, /) -> None: ...
    def sync(self) -> None: ...


class MemoryStore:
    """Settings kept for this session only (the settings file could not be used)."""

    def __init__(self) -> None:
        self._values: dict[str, Any] = {}

    def value(self, key: str, /, defaultValue: Any = None, type: Any = None) -> Any:
        return self._values.get(key, defaultValue)

    def setValue(self, key: str, value: Any, /) -> None:
        self._values[key] = value

    def remove(self, key: str, /) -> None:
        self._values.pop(key, None)

    def sync(self) -> None:
        pass


def user_settings_path() -> Path:
    """The file ``QSettings(IniFormat, UserScope, ORGANIZATION, APPLICATION)`` reads, found
    without opening it (Qt reads a settings file as soon as a QSettings is made)."""
    probe = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, _PROBE, APPLICATION)
    return Path(probe.fileName()).parent.parent / ORGANIZATION / f"{APPLICATION}.ini"


def open_store(path: Path) -> tuple[Store, str]:
    """The settings in the INI file ``path``, or in memory and a note saying why; a file
    that can be read but not written is read, and the note says nothing is remembered."""
    why = not_a_file(path)
    if why is None:
        _drop_abandoned_lock(path)
        store = QSettings(str(path), QSettings.Format.IniFormat)
        denied = unwritable(path)
        if denied is None:
            return store, ""
        log.warning("settings file %s %s", path, denied)
        return store, (
            f"The settings file {printable(str(path), one_line=True)} {denied}: changes to "
            "the settings are not remembered after this session."
        )
    log.warning("settings file %s %s: not used", path, why)
    note = (
        f"The settings file {printable(str(path), one_line=True)} {why}: settings are not "
        "remembered this session."
    )
    return MemoryStore(), note


# A settings lock older than this and empty was left by a process killed as it made it (a
# lock being taken is written at once): Qt waited at the next save until it was 30 s old,
# and a quit took 13 s, saying nothing (found by fuzzing the app).
ABANDONED_LOCK_S = 2.0


def _drop_abandoned_lock(path: Path) -> None:
    """Remove ``path``'s Qt lock file when it is empty and older than ``ABANDONED_LOCK_S``."""
    lock = path.with_name(path.name + ".lock")
    try:
        found = lock.lstat()
        age = time.time() - found.st_mtime
        if stat.S_ISREG(found.st_mode) and found.st_size == 0 and age > ABANDONED_LOCK_S:
            lock.unlink()
            log.warning("settings lock %s was left empty by an earlier run: removed", lock)
    except OSError:
        pass  # (none, or not ours to remove: Qt waits on it as before)


# A path whose name is not UTF-8 (a byte of an old Latin-1 disk: "caf\xe9", which Python
# keeps as the lone surrogate U+DCE9) cannot be written as text: QSettings dropped the byte,
# and the folder came back as another, missing one. Such a path is kept as its bytes,
# %-escaped, after this mark (no absolute path starts so).
BYTES_MARK = "fsbytes:"


def stored_path(path: str) -> str:
    """``path`` as the settings keep it: itself, unless it cannot be written as UTF-8."""
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        return BYTES_MARK + quote_from_bytes(os.fsencode(path), safe="/\\:")
    return path


def path_of(stored: str) -> str:
    """The path ``stored_path`` kept as ``stored``."""
    if stored.startswith(BYTES_MARK):
        return os.fsdecode(unquote_to_bytes(stored.removeprefix(BYTES_MARK)))
    return stored


class Settings:
    """Typed access to the stored settings."""

    def __init__(self, store: Store | None = None) -> None:
        self.notes: list[str] = []  # what the user should know about the settings
        if store is None:
            store, note = open_store(user_settings_path())
            self.notes += [note] if note else []
        self.store: Store = store

    def sync(self) -> None:
        self.store.sync()

    def file(self) -> Path | None:
        """The settings file, or None when they are kept for this session only."""
        name = getattr(self.store, "fileName", None)
        return Path(name()) if callable(name) else None

    def where(self) -> str:
        """Where the settings are kept: the file's path, or that they are kept for this
        session only (the file could not be used)."""
        file = self.file()
        return str(file) if file is not None else "this session only (the file could not be used)"

    def _get(self, key: str) -> object:
        return self.store.value(key)

    # --- window ------------------------------------------------------------------------------
    def bytes(self, key: str) -> QByteArray | None:
        """Saved state of a widget (geometry, splitters, header columns), or None."""
        return valid.as_bytes(f"window/{key}", self._get(f"window/{key}"))

    def set_bytes(self, key: str, value: QByteArray) -> None:
        self.store.setValue(f"window/{key}", value)

    # --- folders -----------------------------------------------------------------------------
    @property
    def last_folder(self) -> str:
        return path_of(valid.as_text("files/last_folder", self._get("files/last_folder")))

    @property
    def recent_folders(self) -> list[str]:
        stored = valid.as_text_list("files/recent", self._get("files/recent"), MAX_RECENT)
        return [path_of(p) for p in stored]

    def add_recent(self, folder: Path) -> None:
        """Remember ``folder`` as the last and most recent one (the list as it is now on
        disk: another window of the app may have added to it since this one read it)."""
        path = str(folder)
        self.store.sync()
        recent = [path, *(p for p in self.recent_folders if p != path)][:MAX_RECENT]
        self.store.setValue("files/recent", [stored_path(p) for p in recent])
        self.store.setValue("files/last_folder", stored_path(path))
        self.store.sync()

    def last_pair(self, folder: Path | str) -> object:
        """The record of the pair last compared in ``folder`` (``session.last_pair``; a
        folder's key, ``session.pair_key``), if any: read as stored, checked by its reader."""
        return valid.as_json_object(LAST_PAIRS, self._get(LAST_PAIRS)).get(str(folder))

    def remember_pair(self, folder: Path | str, kept: dict[str, Any] | None, limit: int) -> None:
        """Remember ``kept`` as the pair last compared in ``folder`` (None: forget it), with
        those of the ``limit`` - 1 folders left most recently (the settings as they are on
        disk: another window may have left a folder since this one read them)."""
        self.store.sync()
        pairs = valid.as_json_object(LAST_PAIRS, self._get(LAST_PAIRS))
        pairs.pop(str(folder), None)
        if kept is not None:
            pairs[str(folder)] = kept
        newest = dict(list(pairs.items())[-limit:])
        self.store.setValue(LAST_PAIRS, json.dumps(newest))
        self.store.sync()

    @property
    def follow_external_links(self) -> bool:
        """Read the folders that links inside an opened folder lead to outside it."""
        key = "files/follow_external_links"
        return valid.as_bool(key, self._get(key), False)

    @follow_external_links.setter
    def follow_external_links(self, on: bool) -> None:
        self.store.setValue("files/follow_external_links", "true" if on else "false")

    @property
    def desk_zone(self) -> str:
        """The zone a folder's times that give none are read in after their outlet's and
        their language's (Options ▸ Times without a zone…): "local" (this computer's), an
        IANA name or an offset (``deskzone.desk_clock``); a stored one that is none is
        "local", and said in the log."""
        key = "files/desk_zone"
        stored = valid.as_text(key, self._get(key), LOCAL_ZONE)
        try:
            return desk_clock(stored)
        except ValueError as exc:
            log.warning("setting %s ignored: %s", key, exc)
            return LOCAL_ZONE

    @desk_zone.setter
    def desk_zone(self, zone: str) -> None:
        self.store.setValue("files/desk_zone", zone)

    # --- comparison --------------------------------------------------------------------------
    @property
    def options(self) -> CompareOptions:
        return valid.as_options("compare/options", self._get("compare/options"))

    @options.setter
    def options(self, options: CompareOptions) -> None:
        self.store.setValue("compare/options", valid.options_to_store(options))

    # --- view --------------------------------------------------------------------------------
    @property
    def zoom(self) -> int:
        return valid.as_int("view/zoom", self._get("view/zoom"), 0, *ZOOM_RANGE)

    @zoom.setter
    def zoom(self, steps: int) -> None:
        self.store.setValue("view/zoom", steps)

    @property
    def list_width(self) -> int:
        """The document list's width as the user left it (0: not known): a window made
        small once squeezed it, and the squeezed width was restored at every start."""
        return valid.as_int("view/list_width", self._get("view/list_width"), 0, 0, 100_000)

    @list_width.setter
    def list_width(self, pixels: int) -> None:
        self.store.setValue("view/list_width", pixels)

    @property
    def changes_width(self) -> int:
        """The changes panel's width as the user dragged it (0: its share of the window)."""
        return valid.as_int("view/changes_width", self._get("view/changes_width"), 0, 0, 100_000)

    @changes_width.setter
    def changes_width(self, pixels: int) -> None:
        self.store.setValue("view/changes_width", pixels)

    @property
    def inline(self) -> bool:
        return self.flag("inline", False)

    @inline.setter
    def inline(self, value: bool) -> None:
        self.set_flag("inline", value)

    @property
    def appearance(self) -> str:
        """The look chosen in Options ▸ Appearance ("system", "light", "dark", "contrast")."""
        return valid.as_text("view/appearance", self._get("view/appearance"), "system")

    @appearance.setter
    def appearance(self, look: str) -> None:
        self.store.setValue("view/appearance", look)

    @property
    def row_numbers(self) -> bool:
        return self.flag("row_numbers", True)

    @row_numbers.setter
    def row_numbers(self, value: bool) -> None:
        self.set_flag("row_numbers", value)

    def flag(self, name: str, default: bool) -> bool:
        """A remembered on/off view setting (grouping, hidden boilerplate)."""
        return valid.as_bool(f"view/{name}", self._get(f"view/{name}"), default)

    def set_flag(self, name: str, value: bool) -> None:
        self.store.setValue(f"view/{name}", "true" if value else "false")

    # --- review state of older versions (moved to the review store) --------------------------
    def legacy_reviewed(self, key: str) -> list[str]:
        """Reviewed pair keys ("PATH\\tPATH") older versions kept under ``key``."""
        pairs = valid.as_text_list(key, self._get(key), 1_000_000)
        return [p for p in pairs if "\t" in p]

    def legacy_flags(self, key: str) -> dict[str, list[int]]:
        """Flagged change numbers per pair key older versions kept under ``key`` (JSON)."""
        data = valid.as_json_object(key, self._get(key))
        return {k: sorted(valid.as_numbers(f"{key}[{k!r}]", raw)) for k, raw in data.items()}

    def strings(self, name: str) -> list[str]:
        """A remembered list of names (the list's hidden columns, its sort order)."""
        return valid.as_text_list(f"view/{name}", self._get(f"view/{name}"), 1_000)

    def set_strings(self, name: str, values: list[str]) -> None:
        """Remember ``values``; none removes the key (what ``strings`` reads as none): an
        empty list was written to the INI file as ``@Invalid()``, after every session."""
        if values:
            self.store.setValue(f"view/{name}", list(values))
        else:
            self.store.remove(f"view/{name}")
