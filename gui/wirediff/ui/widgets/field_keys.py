"""The window's keys through a text field of the window (the list's filter, the find box).

A line edit takes some keys before the window's shortcuts see them: those that edit its text
(Ctrl+Z, Ctrl+C, Ctrl+V…), and, on X11, Emacs-like ones that only move its cursor — Ctrl+E
goes to the end of the line there (as End does). So Ctrl+E, the pair's export, did nothing
with the filter focused, and said nothing: a media monitor's next keys, a file's path,
went into the filter. ``window_keys_first`` lets a field give the window the keys the
window binds that do not edit text; those that do stay the field's (Ctrl+Z undoes the
typing, not the last correction of the grouping).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QWidget

SK = QKeySequence.StandardKey
# What a field does with the keys that edit its text or its clipboard (on any desktop's
# bindings): those keys stay its own, whatever the window binds to them.
EDITING = (
    SK.Undo,
    SK.Redo,
    SK.Cut,
    SK.Copy,
    SK.Paste,
    SK.SelectAll,
    SK.Deselect,
    SK.Delete,
    SK.Backspace,
    SK.DeleteStartOfWord,
    SK.DeleteEndOfWord,
    SK.DeleteEndOfLine,
    SK.DeleteCompleteLine,
)
_COMMANDS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


def command_keys(sequences: Iterable[QKeySequence]) -> frozenset[int]:
    """The keys of ``sequences`` held with Ctrl, Alt or Meta (what no field types), as
    combined key codes; a letter alone or with Shift types, and stays the field's."""
    out: set[int] = set()
    for seq in sequences:
        if seq.count() != 1:
            continue
        combo = seq[0]  # type: ignore[index]  # (PySide's stubs lack __getitem__)
        if combo.keyboardModifiers() & _COMMANDS:
            out.add(combo.toCombined())
    return frozenset(out)


class WindowKeysFirst(QObject):
    """Lets ``keys`` (``command_keys``) through ``field`` to the window's shortcuts, but
    those that edit text (``EDITING``)."""

    def __init__(self, field: QWidget, keys: frozenset[int]) -> None:
        super().__init__(field)
        self._keys = keys
        field.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
            return False
        pressed = event.keyCombination().toCombined() & ~Qt.KeyboardModifier.KeypadModifier.value
        if pressed not in self._keys or any(event.matches(key) for key in EDITING):
            return False
        event.ignore()  # (not the field's: the window's shortcut takes it)
        return True


def window_keys_first(field: QWidget, keys: frozenset[int]) -> WindowKeysFirst:
    """Give the window ``keys`` (``command_keys``) while ``field`` has the keyboard."""
    return WindowKeysFirst(field, keys)
