"""Stored settings read back safely: every value through a validator with a typed default.

A settings file is the user's to edit (or another version's, or a sync tool's to mangle):
an INI value can come back as a string, a list, a number, ``@Variant(...)`` of any type or
JSON of the wrong shape. A value of the wrong type or out of range gives the default, so it
can neither break a comparison nor be written back.
"""

from __future__ import annotations

import json
import logging
from dataclasses import fields
from typing import Any

from PySide6.QtCore import QByteArray

from wirediff.core.jsontext import parse_json
from wirediff.core.options import CompareOptions

log = logging.getLogger(__name__)


_warned: set[tuple[str, str]] = set()


def _rejected(key: str, raw: object) -> None:
    """Log an ignored value, once (settings are read again and again)."""
    shown = repr(raw)[:80]
    if (key, shown) not in _warned:
        _warned.add((key, shown))
        log.warning("settings: ignoring %s = %s (wrong type or out of range)", key, shown)


def as_bool(key: str, raw: object, default: bool) -> bool:
    """A flag: a bool, or the text ``true``/``false`` an INI file holds."""
    if raw is None:
        return default
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, str) and raw.lower() in ("true", "false"):
        return raw.lower() == "true"
    _rejected(key, raw)
    return default


def as_int(key: str, raw: object, default: int, low: int, high: int) -> int:
    """A whole number in ``[low, high]`` (an INI file holds it as text)."""
    if raw is None:
        return default
    value: int | None = None
    if isinstance(raw, int) and not isinstance(raw, bool):
        value = raw
    elif isinstance(raw, str) and len(raw) < 20:
        try:
            value = int(raw)
        except ValueError:
            value = None
    if value is None or not low <= value <= high:
        _rejected(key, raw)
        return default
    return value


def as_text(key: str, raw: object, default: str = "") -> str:
    if raw is None or isinstance(raw, str):
        return default if raw is None else raw
    _rejected(key, raw)
    return default


def as_text_list(key: str, raw: object, limit: int) -> list[str]:
    """A list of strings, at most ``limit``; an INI file gives a lone string for a list of
    one, and nothing for none. Entries that are not strings are left out."""
    if raw is None or raw == "":
        return []
    if isinstance(raw, str):
        return [raw]
    if not isinstance(raw, list | tuple):
        _rejected(key, raw)
        return []
    texts = [v for v in raw if isinstance(v, str) and v]
    if len(texts) != len(raw):
        _rejected(key, raw)
    return texts[:limit]


def as_bytes(key: str, raw: object) -> QByteArray | None:
    """Saved widget state (geometry, splitter sizes, header state): non-empty bytes, else
    None (the widget's own default). Qt checks what the bytes say when it restores them."""
    if raw is None:
        return None
    if isinstance(raw, QByteArray):
        return None if raw.isEmpty() else raw
    _rejected(key, raw)
    return None


def as_json_object(key: str, raw: object) -> dict[str, Any]:
    """A JSON object stored as text; anything else gives ``{}``."""
    if raw is None or raw == "":
        return {}
    try:
        data = parse_json(raw) if isinstance(raw, str) else None
    except ValueError:  # broken, nested too deeply (it raised RecursionError), a huge number
        data = None
    if not isinstance(data, dict):
        _rejected(key, raw)
        return {}
    return data


# The options the user sets (the Compare menu's switches): every on/off field. The numeric
# thresholds are the engine's to choose: stored ones would outlive a better default.
USER_OPTIONS = tuple(f.name for f in fields(CompareOptions) if isinstance(f.default, bool))


def as_options(key: str, raw: object) -> CompareOptions:
    """Compare options stored as JSON: the on/off switches that are real booleans; every
    other field, and any switch of the wrong type, at the engine's default."""
    data = as_json_object(key, raw)
    chosen = {name: data[name] for name in USER_OPTIONS if isinstance(data.get(name), bool)}
    if len(chosen) != sum(1 for name in USER_OPTIONS if name in data):
        _rejected(key, raw)
    return CompareOptions(**chosen)


def options_to_store(options: CompareOptions) -> str:
    """What ``as_options`` reads back: the user's switches as JSON."""
    return json.dumps({name: getattr(options, name) for name in USER_OPTIONS})


def as_numbers(key: str, raw: object) -> set[int]:
    """A list of non-negative whole numbers (change numbers), from JSON data."""
    if not isinstance(raw, list):
        _rejected(key, raw)
        return set()
    numbers = [v for v in raw if isinstance(v, int) and not isinstance(v, bool) and v >= 0]
    if len(numbers) != len(raw):
        _rejected(key, raw)
    return set(numbers)
