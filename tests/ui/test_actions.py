"""The action table: every key parses, no key is bound twice by accident, the map is complete."""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu

from wirediff.core.reading.watch import Changes
from wirediff.ui.shell.actions import ACTIONS, ALLOWED_TWICE, cheat_rows, key_sequences
from wirediff.ui.shell.grouping import LIST_MENU
from wirediff.ui.shell.window import MainWindow

# DESIGN.md section 4, as portable key strings.
DESIGN_MAP = [
    "Ctrl+O", "Ctrl+Shift+O", "Alt+Down", "Alt+Up", "F8", "F7", "N", "P", "Alt+Home", "Alt+End",
    "Ctrl+PgDown", "Ctrl+PgUp", "B", "Ctrl+B", "Return", "S", "Ctrl+Shift+S", "Ctrl+I",
    "Ctrl+L", "/", "Ctrl+F", "F3", "R", "F", "Ctrl+1", "Ctrl+2", "Ctrl+3", "F1", "?",
    "Ctrl+=", "Ctrl+-", "Ctrl+0",
]  # fmt: skip


def _portable(seq: QKeySequence) -> str:
    return seq.toString(QKeySequence.SequenceFormat.PortableText)


def test_every_key_parses(qapp) -> None:  # type: ignore[no-untyped-def]
    for spec in ACTIONS:
        assert bool(key_sequences(spec.keys)) == bool(spec.keys), f"{spec.name} lost its keys"
        for seq in key_sequences(spec.keys):
            text = _portable(seq)
            assert text and seq.count() == 1, f"{spec.name}: {spec.keys} does not parse"
            assert QKeySequence.fromString(text) == seq


def test_no_key_bound_twice(qapp) -> None:  # type: ignore[no-untyped-def]
    by_key: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for spec in ACTIONS:
        for seq in key_sequences(spec.keys):
            by_key[_portable(seq)].append((spec.name, spec.context))
    for key, users in by_key.items():
        contexts = [c for _n, c in users]
        overlapping = len(users) > 1 and (
            "window" in contexts or len(set(contexts)) < len(contexts)
        )
        assert not overlapping or key in ALLOWED_TWICE, f"{key} is bound by {users}"
        if key in ALLOWED_TWICE:
            assert "window" not in contexts and len(set(contexts)) == len(contexts)


def test_design_map_is_complete(qapp) -> None:  # type: ignore[no-untyped-def]
    bound = {_portable(seq) for spec in ACTIONS for seq in key_sequences(spec.keys)}
    missing = [k for k in DESIGN_MAP if _portable(QKeySequence(k)) not in bound]
    assert not missing


def test_every_action_does_one_thing() -> None:
    for spec in ACTIONS:  # a plain action triggers, a checkable one toggles, never both
        assert (spec.trigger is None) != (spec.toggle is None), spec.name
        assert spec.checkable == (spec.toggle is not None)
    assert len({spec.name for spec in ACTIONS}) == len(ACTIONS)


def test_cheat_sheet_lists_every_bound_action(qapp) -> None:  # type: ignore[no-untyped-def]
    labels = {label for _menu, label, _keys in cheat_rows()}
    for spec in ACTIONS:
        if spec.keys:
            assert spec.text.replace("&", "").rstrip("…") in labels
    keys = " ".join(k for _m, _l, k in cheat_rows())
    assert "Alt+Down" in keys and "F1" in keys and "Ctrl+L" in keys


def mnemonic(text: str) -> str | None:
    """The letter after a single "&" of a menu text ("&&" is a plain "&")."""
    found = re.search(r"&(.)", text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def assert_unique_mnemonics(title: str, texts: list[str]) -> None:
    letters = [mnemonic(text) for text in texts]
    assert None not in letters, f"{title}: {[t for t in texts if mnemonic(t) is None]} have none"
    twice = {letter for letter in letters if letters.count(letter) > 1}
    assert not twice, f"{title}: {[t for t in texts if mnemonic(t) in twice]} share a letter"


def test_every_menu_entry_has_a_letter_of_its_own(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Found by fuzzing: View had I, P and F twice (Alt+V, P only highlighted one of them),
    two Go entries had none."""
    bar = window.menuBar()
    titles = [action.text() for action in bar.actions()]
    assert_unique_mnemonics("the menu bar", titles)
    for action in bar.actions():
        menu = action.menu()
        assert isinstance(menu, QMenu)
        entries = [a.text() for a in menu.actions() if not a.isSeparator()]
        assert entries
        assert_unique_mnemonics(menu.title(), entries)
    listed = [window.actions_[name].text() for name in LIST_MENU if name is not None]
    assert_unique_mnemonics("the list's context menu", listed)  # (it pops up: not opened)
    # The folder-changed bar's buttons take Alt+letters beside the menu bar's.
    taken = {mnemonic(t) for t in titles}
    change_bar = window.change_bar
    change_bar.show_moved(Path("/gone/folder"), Path("/gone/renamed"))
    for button in (change_bar.reload_button, change_bar.dismiss_button):
        assert mnemonic(button.text()) not in taken, button.text()
    change_bar.show_changes(Changes([Path("/a.txt")], [], []), True)
    assert mnemonic(change_bar.reload_button.text()) not in taken
