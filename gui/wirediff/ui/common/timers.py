"""Timers made without Qt property keywords.

PySide turns a keyword such as ``interval=`` into a call of its setter, upper-casing the
first letter with the C library's ``toupper``, which follows ``LC_CTYPE``: in a Turkish or
Azeri locale "i" becomes "İ", no ``setİnterval`` exists, and ``QTimer(…, interval=…)``
raised — the window could not start there at all (found by a tester). Set by calls, the
interval works in every locale.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer


def timer(parent: QObject, interval_ms: int, *, single_shot: bool = True) -> QTimer:
    """A timer of ``parent`` firing after ``interval_ms`` (once, unless ``single_shot`` is
    False)."""
    made = QTimer(parent)
    made.setSingleShot(single_shot)
    made.setInterval(interval_ms)
    return made
