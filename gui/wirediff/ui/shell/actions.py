"""Every action and shortcut of the app, in one table, built by one helper.

The default map is section 4 of DESIGN.md. ``context`` says where a shortcut works:
``window`` anywhere in the main window, ``list`` / ``diff`` / ``changes`` / ``find`` only while that
part has the focus (so Enter means "compare" in the list and "go to change" in the changes
panel). The cheat sheet (F1) is generated from this table, and a test checks that every key
parses and that no key is bound twice in overlapping contexts (except ``ALLOWED_TWICE``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

Key = str | QKeySequence.StandardKey
SK = QKeySequence.StandardKey


@dataclass(frozen=True, slots=True)
class ActionSpec:
    """One user action: its name, label, keys, the window method it calls and where it works."""

    name: str
    text: str
    keys: tuple[Key, ...]
    slot: str
    menu: str = ""  # the menu it appears in ("" = shortcut only)
    context: str = "window"  # window, list, diff or changes
    checkable: bool = False
    tip: str = ""


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("open_folder", "Open &folder…", (SK.Open,), "open_folder_dialog", "&File"),
    ActionSpec("open_files", "Open f&iles…", ("Ctrl+Shift+O",), "open_files_dialog", "&File"),
    ActionSpec("open_sample", "Open the &sample corpus", (), "open_sample", "&File"),
    ActionSpec("reload", "&Reload folder", ("F5",), "reload_folder", "&File"),
    ActionSpec("cancel_load", "&Cancel loading", (), "cancel_loading", "&File"),
    ActionSpec("quit", "&Quit", ("Ctrl+Q",), "close", "&File"),
    ActionSpec("next_change", "&Next change", ("Alt+Down", "F8"), "next_change", "&Go"),
    ActionSpec("prev_change", "&Previous change", ("Alt+Up", "F7"), "prev_change", "&Go"),
    ActionSpec("next_change_n", "&Next change", ("N",), "next_change", context="diff"),
    ActionSpec("prev_change_p", "&Previous change", ("P",), "prev_change", context="diff"),
    ActionSpec("first_change", "&First change", ("Alt+Home",), "first_change", "&Go"),
    ActionSpec("last_change", "&Last change", ("Alt+End",), "last_change", "&Go"),
    ActionSpec("jump_moved", "Other place of a &moved unit", ("Ctrl+J",), "jump_moved", "&Go"),
    ActionSpec("next_version", "Next &version", ("Ctrl+PgDown",), "next_version", "&Go"),
    ActionSpec("prev_version", "Previous v&ersion", ("Ctrl+PgUp",), "prev_version", "&Go"),
    ActionSpec("next_story", "Next s&tory", ("Ctrl+Shift+PgDown", "]"), "next_story", "&Go"),
    ActionSpec("prev_story", "Previous st&ory", ("Ctrl+Shift+PgUp", "["), "prev_story", "&Go"),
    ActionSpec("set_base", "Set selected as &base (left)", ("B", "Ctrl+B"), "set_base", "&Compare"),
    ActionSpec(
        "compare_selected",
        "Compare selected with base",
        ("Return", "Enter"),
        "compare_selected",
        context="list",
    ),
    ActionSpec("swap", "&Swap sides", ("S", "Ctrl+Shift+S"), "swap_sides", "&Compare"),
    ActionSpec("ignore_case", "Ignore &case", (), "set_option", "&Compare", checkable=True),
    ActionSpec(
        "ignore_punctuation", "Ignore &punctuation", (), "set_option", "&Compare", checkable=True
    ),
    ActionSpec(
        "fold_typography", "Fold &quotes and dashes", (), "set_option", "&Compare", checkable=True
    ),
    ActionSpec("inline", "&Inline view", ("Ctrl+I",), "toggle_inline", "&View", checkable=True),
    ActionSpec(
        "group_stories",
        "&Group by story",
        ("Ctrl+Shift+G",),
        "toggle_grouping",
        "&View",
        checkable=True,
    ),
    ActionSpec(
        "hide_boilerplate",
        "Hide &boilerplate lines",
        ("Ctrl+H",),
        "toggle_boilerplate",
        "&View",
        checkable=True,
        tip="Compare without lines that recur across the folder (Read more:, bylines, …)",
    ),
    ActionSpec(
        "heat_map_event", "&Heat map of the event…", ("Ctrl+M",), "show_event_heat_map", "&View"
    ),
    ActionSpec(
        "heat_map_story",
        "Heat map of the &story…",
        ("Ctrl+Shift+M",),
        "show_story_heat_map",
        "&View",
    ),
    ActionSpec("filter", "&Filter the document list", ("Ctrl+L", "/"), "focus_filter", "&View"),
    ActionSpec("find", "&Find in comparison…", (SK.Find,), "show_find", "&View"),
    ActionSpec("find_next", "Find &next match", (SK.FindNext,), "find_next", "&View"),
    ActionSpec("close_find", "Close the find bar", ("Escape",), "hide_find", context="find"),
    ActionSpec("focus_list", "Focus document &list", ("Ctrl+1",), "focus_list", "&View"),
    ActionSpec("focus_diff", "Focus &diff", ("Ctrl+2",), "focus_diff", "&View"),
    ActionSpec("focus_changes", "Focus &changes panel", ("Ctrl+3",), "focus_changes", "&View"),
    ActionSpec("zoom_in", "Zoom &in", ("Ctrl+=", SK.ZoomIn), "zoom_in", "&View"),
    ActionSpec("zoom_out", "Zoom &out", ("Ctrl+-",), "zoom_out", "&View"),
    ActionSpec("zoom_reset", "&Reset zoom", ("Ctrl+0",), "zoom_reset", "&View"),
    ActionSpec("problems", "&Problems…", (), "show_problems", "&View"),
    ActionSpec("reviewed", "Mark pair &reviewed", ("R",), "toggle_reviewed", "&Review"),
    ActionSpec("flag", "&Flag current change", ("F",), "toggle_flag", "&Review"),
    ActionSpec(
        "go_to_change",
        "Go to the selected change",
        ("Return", "Enter"),
        "change_activated",
        context="changes",
    ),
    ActionSpec(
        "cheat_sheet", "&Keyboard cheat sheet", (SK.HelpContents, "?"), "show_cheat_sheet", "&Help"
    ),
)

# Keys deliberately bound twice: Enter means one thing in the list, another in the changes list.
ALLOWED_TWICE = frozenset({"Return", "Enter"})


def key_sequences(keys: Iterable[Key]) -> list[QKeySequence]:
    """The key sequences of a spec (a standard key can stand for several)."""
    out: list[QKeySequence] = []
    for key in keys:
        if isinstance(key, QKeySequence.StandardKey):
            out.extend(QKeySequence.keyBindings(key))
        else:
            out.append(QKeySequence(key))
    return out


def _typable(seq: QKeySequence) -> bool:
    """Whether a standard key's binding is one a keyboard has (not a media key like "Open")."""
    text = seq.toString(QKeySequence.SequenceFormat.PortableText)
    return "+" in text or (text[:1] == "F" and text[1:].isdigit())


def key_text(spec: ActionSpec) -> str:
    """The keys of a spec as the user reads them ("Alt+Down, F8")."""
    seen: list[str] = []
    for key in spec.keys:
        seqs = key_sequences([key])
        if isinstance(key, QKeySequence.StandardKey):
            seqs = [s for s in seqs if _typable(s)]
        for seq in seqs:
            text = seq.toString(QKeySequence.SequenceFormat.NativeText)
            if text and text not in seen:
                seen.append(text)
    return ", ".join(seen)


def build_actions(window: Any, contexts: dict[str, QWidget]) -> dict[str, QAction]:
    """Create every QAction of ``ACTIONS`` on ``window`` (or its context widget)."""
    actions: dict[str, QAction] = {}
    for spec in ACTIONS:
        owner = contexts.get(spec.context, window)
        action = QAction(spec.text, owner)
        action.setObjectName(spec.name)
        action.setShortcuts(key_sequences(spec.keys))
        action.setShortcutContext(
            Qt.ShortcutContext.WindowShortcut
            if spec.context == "window"
            else Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        action.setCheckable(spec.checkable)
        if spec.tip:
            action.setToolTip(spec.tip)
        slot = getattr(window, spec.slot)
        if spec.checkable:
            action.toggled.connect(lambda checked, s=slot, n=spec.name: _call(s, n, checked))
        else:
            action.triggered.connect(lambda _checked=False, s=slot: s())
        owner.addAction(action)
        actions[spec.name] = action
    return actions


def _call(slot: Any, name: str, checked: bool) -> None:
    if getattr(slot, "__name__", "") == "set_option":
        slot(name, checked)
    else:
        slot(checked)
