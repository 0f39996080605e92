"""The action table: every key parses, no key is bound twice by accident, the map is complete;
every menu entry has a letter of its own; README's key table, the cheat sheet and the keys
bound say the same."""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QMenu, QStyleOptionMenuItem, QWidget

from wirediff.core.reading.watch import Changes
from wirediff.ui.panels.corrections import CorrectionsDialog
from wirediff.ui.panels.flags import FlagsDialog
from wirediff.ui.shell.actions import ACTIONS, ALLOWED_TWICE, key_sequences
from wirediff.ui.shell.cheatsheet import CheatSheet
from wirediff.ui.shell.grouping import LIST_MENU
from wirediff.ui.shell.keymap import (
    ARROW_KEYS,
    ARROWS,
    WHERE,
    WIDGET_KEYS,
    cheat_rows,
    shown_sequences,
)
from wirediff.ui.shell.window import MainWindow
from wirediff.ui.widgets.key_menu import KeyMenu

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
    menus = [action.menu() for action in bar.actions()]
    while menus:  # each menu, then its submenus (View ▸ Focus, View ▸ Zoom)
        menu = menus.pop()
        assert isinstance(menu, QMenu)
        entries = [a.text() for a in menu.actions() if not a.isSeparator()]
        assert entries
        assert_unique_mnemonics(menu.title(), entries)
        subs = [a.menu() for a in menu.actions() if a.menu() is not None]
        menus += [sub for sub in subs if sub.actions()]  # (Open recent: filled when shown)
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


# --- README's key table, the cheat sheet and the bindings say the same -------------------------
README = Path(__file__).resolve().parents[2] / "README.md"
ALIASES = {ARROW_KEYS: ARROWS, "the menu key": ("Menu",)}
CONTEXTS = {where: context for context, where in WHERE.items()}


def _keys(token: str) -> set[str]:
    """A key as README or the cheat sheet writes it, portable ("b" is B; Return, the main
    keyboard's Enter, is read as Enter)."""
    token = token.strip().strip("`")
    out = set()
    for name in ALIASES.get(token, (token,)):
        seq = QKeySequence(name)
        assert seq.count() == 1 and _portable(seq), f"{token!r} is not a key"
        out.add(_portable(seq).replace("Return", "Enter"))
    return out


def readme_keys() -> set[tuple[str, str]]:
    """(key, context) of every key in README's table ("window": no place in its last column)."""
    text = README.read_text(encoding="utf-8")
    table = text.split("Keys (F1 or `?` shows them all).", 1)[1].split("\n\n", 2)[1]
    lines = table.splitlines()
    assert lines[0].startswith("| action | keys | where |")
    found: set[tuple[str, str]] = set()
    for line in lines[2:]:
        _action, keys, where = (cell.strip() for cell in line.strip().strip("|").split("|"))
        assert not where or where in CONTEXTS, f"README: unknown place {where!r}"
        context = CONTEXTS[where] if where else "window"
        for token in re.split(r", | / | or ", keys):
            found |= {(key, context) for key in _keys(token)}
    return found


def cheat_keys() -> set[tuple[str, str]]:
    """(key, context) of every key on the cheat sheet ("Return, Enter; in the list: …")."""
    found: set[tuple[str, str]] = set()
    for _menu, label, keys in cheat_rows():
        for part in keys.split("; "):
            where, _colon, listed = part.rpartition(": ")
            assert not where or where in CONTEXTS, f"{label}: unknown place {where!r}"
            context = CONTEXTS[where] if where else "window"
            for token in listed.split(", "):
                found |= {(key, context) for key in _keys(token)}
    return found


def bound_keys() -> set[tuple[str, str]]:
    """(key, context) of every action's keys and every key a widget handles itself."""
    return {
        (_portable(seq).replace("Return", "Enter"), spec.context)
        for spec in (*ACTIONS, *WIDGET_KEYS)
        for seq in shown_sequences(spec.keys)
    }


def test_readme_cheat_sheet_and_bindings_agree(qapp) -> None:  # type: ignore[no-untyped-def]
    """Found by fuzzing: README's table lacked Ctrl+B, Ctrl+G, Ctrl+O, F5 and the keys of the
    note editor, the heat map, Corrections…; the cheat sheet lacked every key a widget
    handles itself."""
    bound, readme, cheat = bound_keys(), readme_keys(), cheat_keys()
    assert not bound - readme, f"bound, not in README's key table: {sorted(bound - readme)}"
    assert not readme - bound, f"in README's key table, not bound: {sorted(readme - bound)}"
    assert cheat == bound, f"cheat sheet: missing {bound - cheat}, extra {cheat - bound}"


def test_the_keys_widgets_bind_are_the_listed_ones(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Every QShortcut of the window and its dialogs is a listed key of its place (a new one
    left off the cheat sheet and README fails here)."""
    places = {
        "note_editor": "note",
        "problems_panel": "problems",
        "flags_view": "flags",
        "corrections_view": "corrections",
    }
    listed = bound_keys()
    dialogs = [FlagsDialog(window), CorrectionsDialog(window)]
    shortcuts = [s for w in (window, *dialogs) for s in w.findChildren(QShortcut)]
    assert len(shortcuts) >= 5
    for shortcut in shortcuts:
        owner = shortcut.parent()
        assert isinstance(owner, QWidget) and owner.objectName() in places, owner
        sequences = shortcut.keys()  # (a QShortcut's keys, not a dict's)
        for seq in sequences:
            key = _portable(seq).replace("Return", "Enter")
            assert (key, places[owner.objectName()]) in listed, (key, owner.objectName())
    sheet = CheatSheet(window.theme, cheat_rows(), window)  # what F1 shows: every row
    shown = sheet.rows()
    assert all((label, keys) in shown for _menu, label, keys in cheat_rows())


def test_the_cheat_sheet_says_where_a_key_works(qapp) -> None:  # type: ignore[no-untyped-def]
    """Keys that work anywhere first, then each place's own: "F3, Ctrl+G; in the find bar:
    Return, Enter", not "F3, Ctrl+G, Return, Enter (in the find bar)"."""
    keys = {label: key for _menu, label, key in cheat_rows()}
    assert keys["Next change"] == "Alt+Down, F8, n"  # typed lower-case; n in the list too
    assert keys["Note on current change"] == "m" and keys["Note on the pair"] == "Shift+M"
    assert keys["Find next match"].startswith("F3, Ctrl+G; in the find bar: Return, Enter")
    assert keys["Compare selected with base"] == "in the list: Return, Enter"
    assert keys["Next document in the list"] == "Ctrl+PgDown"  # not "Next version"
    assert keys["Move the cell cursor"] == "in the heat map: arrow keys"
    assert keys["Open the pair of the cell and go to it"] == "in the heat map: Return, Enter"
    assert keys["Open the pair of the cell, staying in the map"] == "in the heat map: Space"
    assert keys["Open the flag or note and go to it"] == "in Flags & notes: Return, Enter"
    assert keys["Open the flag or note, staying in the list"] == "in Flags & notes: Space"
    assert "in the note editor: Ctrl+Return" in keys["Save the note"]


def test_menus_show_a_letter_key_as_it_is_typed(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Found by a reviewer: the Review, Compare and Go menus showed "M" above "Shift+M", "B"
    above "Shift+B", "V" above "Shift+V", which read as the same keys. A letter alone is
    drawn lower-case; the action's text, which the cheat sheet, tooltips and screen readers
    read, gets no tab or key."""
    shown: dict[str, str] = {}
    for bar_action in window.menuBar().actions():
        menu = bar_action.menu()
        assert isinstance(menu, KeyMenu), menu
        for action in menu.actions():
            option = QStyleOptionMenuItem()
            menu.initStyleOption(option, action)
            shown[action.objectName()] = option.text.partition("\t")[2]
            assert "\t" not in action.text() and "\t" not in action.toolTip()
    assert shown["reviewed"] == "r" and shown["flag"] == "f" and shown["next_unreviewed"] == "u"
    assert shown["note"] == "m" and shown["pair_note"] == "Shift+M"
    assert shown["set_base"] == "b" and shown["unpin"] == "Shift+B" and shown["swap"] == "s"
    assert shown["previous_in_time"] == "v" and shown["next_in_time"] == "Shift+V"
    assert shown["next_change"] == "Alt+Down" and shown["quit"] == "Ctrl+Q"
    assert shown["flags_and_notes"] == ""


def test_the_view_menu_fits_a_laptop_at_200_percent(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """At 200% the View menu's 19 entries were taller than a laptop's screen: Qt split it in
    two columns, the second without its keys, off a netbook's edge. Focus and Zoom are
    submenus now, their keys the same. Found by a keyboard-only tester."""
    view = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    assert isinstance(view, QMenu)
    assert len([a for a in view.actions() if not a.isSeparator()]) <= 14
    subs = {a.text(): a.menu() for a in view.actions() if a.menu() is not None}
    assert set(subs) == {"F&ocus", "&Zoom"}
    focus = [a.objectName() for a in subs["F&ocus"].actions()]
    assert focus == ["focus_list", "focus_diff", "focus_changes", "focus_problems"]
    assert window.actions_["zoom_in"] in subs["&Zoom"].actions()
