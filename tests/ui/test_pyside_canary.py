"""PySide6 6.12.0 drops a reference to None on every void call and crashes Python 3.11."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject


def test_void_calls_keep_none_alive() -> None:
    obj = QObject()
    before = sys.getrefcount(None)
    for i in range(500):
        obj.setObjectName(f"canary{i}")  # a void C++ method
    after = sys.getrefcount(None)
    assert before - after < 250, f"None lost {before - after} references in 500 void calls"
