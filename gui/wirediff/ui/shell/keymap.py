"""The keyboard map as the user reads it: the cheat sheet's rows (``cheat_rows``), from the
action table (``actions.ACTIONS``) and the keys widgets handle themselves (``WIDGET_KEYS``:
the note editor's, the heat map's, the dialogs'), each with where it works (``WHERE``).

README's key table says the same, with the same words for where a key works; a test checks
the three against each other (``tests/ui/test_actions.py``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from wirediff.ui.doclist.view import TO_FILTER_KEYS, TO_LIST_KEYS
from wirediff.ui.panels.change_bar import HIDE_KEY
from wirediff.ui.panels.corrections import PICKER_MOVES, REDO_KEY, UNDO_KEY
from wirediff.ui.panels.flags import FORGET_KEY
from wirediff.ui.panels.flags import GO_KEYS as ENTRY_GO_KEYS
from wirediff.ui.panels.flags import PEEK_KEYS as ENTRY_PEEK_KEYS
from wirediff.ui.panels.heatmap import GO_KEYS, MOVES, PEEK_KEYS
from wirediff.ui.panels.notes import CANCEL_KEYS, SAVE_KEYS
from wirediff.ui.panels.problems import PROBLEMS_CLOSE
from wirediff.ui.shell.actions import ACTIONS, ActionSpec, Key, key_sequences, typable
from wirediff.ui.widgets.key_menu import key_label


def shown_sequences(keys: Iterable[Key]) -> list[QKeySequence]:
    """The key sequences of ``keys`` a keyboard has (of a standard key: not media keys)."""
    out: list[QKeySequence] = []
    for key in keys:
        seqs = key_sequences([key])
        if isinstance(key, QKeySequence.StandardKey):
            seqs = [s for s in seqs if typable(s)]
        out.extend(seqs)
    return out


ARROWS = ("Up", "Down", "Left", "Right")
ARROW_KEYS = "arrow keys"  # the four, as the cheat sheet and README say them


def key_text(keys: Iterable[Key]) -> str:
    """The keys as the user reads them ("Alt+Down, F8"; all four arrows: "arrow keys"; a
    letter alone lower-case, as it is typed: "M" beside "Shift+M" read as the same key)."""
    seen: list[str] = []
    for seq in shown_sequences(keys):
        text = key_label(seq.toString(QKeySequence.SequenceFormat.NativeText))
        if text and text not in seen:
            seen.append(text)
    if set(ARROWS) <= set(seen):
        at = min(seen.index(arrow) for arrow in ARROWS)
        rest = [k for k in seen if k not in ARROWS]
        seen = [*rest[:at], ARROW_KEYS, *rest[at:]]
    return ", ".join(seen)


# Where a context's keys work, as the cheat sheet and README's key table say it.
WHERE = {
    "list": "in the list",
    "diff": "in the diff",
    "changes": "in the changes list",
    "find": "in the find bar",
    "story": "in the story view",
    "story_panel": "in the story panel",
    "filter": "in the filter",
    "heat_map": "in the heat map",
    "note": "in the note editor",
    "flags": "in Flags & notes",
    "corrections": "in Corrections",
    "picker": "in Move to another story",
    "problems": "in the Problems panel",
    "change_bar": "on the folder-changed bar",
}

# The section of an action that is in no menu (it works only where its context has focus).
_SECTION = {
    "list": "Compare",
    "diff": "Go",
    "changes": "Go",
    "find": "View",
    "story": "View",
}


@dataclass(frozen=True, slots=True)
class WidgetKeys:
    """Keys a widget handles itself, no action of the window (the note editor's, a dialog's,
    the heat map's): listed on the cheat sheet with the actions. Each is the constant the
    widget binds (or, for the story view's arrows, Qt's own keys of a table)."""

    section: str
    text: str
    keys: tuple[Key, ...]
    context: str


def _names(keys: Iterable[Qt.Key]) -> tuple[str, ...]:
    return tuple(QKeySequence(k).toString(QKeySequence.SequenceFormat.PortableText) for k in keys)


WIDGET_KEYS: tuple[WidgetKeys, ...] = (
    WidgetKeys("File", "Hide the folder-changed bar", _names([HIDE_KEY]), "change_bar"),
    WidgetKeys("View", "Move from cell to cell", ARROWS, "story"),
    WidgetKeys("View", "Clear the filter, then back to the list", ("Esc",), "filter"),
    WidgetKeys("View", "To the first document listed", _names(TO_LIST_KEYS), "filter"),
    WidgetKeys(
        "View", "Back to the filter from the top row, filtered", _names(TO_FILTER_KEYS), "list"
    ),
    # Qt's activation keys of a list (the panel's versions: ``itemActivated``).
    WidgetKeys("Compare", "Select that version in the list", ("Return", "Enter"), "story_panel"),
    WidgetKeys("View", "Move the cell cursor", _names(MOVES), "heat_map"),
    WidgetKeys("View", "Open the pair of the cell and go to it", _names(GO_KEYS), "heat_map"),
    WidgetKeys(
        "View", "Open the pair of the cell, staying in the map", _names(PEEK_KEYS), "heat_map"
    ),
    WidgetKeys("View", "Hide the Problems panel", (PROBLEMS_CLOSE,), "problems"),
    WidgetKeys("Review", "Save the note", SAVE_KEYS, "note"),
    WidgetKeys("Review", "Cancel the note", CANCEL_KEYS, "note"),
    WidgetKeys("Review", "Open the flag or note and go to it", _names(ENTRY_GO_KEYS), "flags"),
    WidgetKeys(
        "Review", "Open the flag or note, staying in the list", _names(ENTRY_PEEK_KEYS), "flags"
    ),
    WidgetKeys("Review", "Forget the chosen flags and notes", (FORGET_KEY,), "flags"),
    WidgetKeys(
        "Stories", "Move in the list while typing the filter", _names(PICKER_MOVES), "picker"
    ),
    WidgetKeys("Stories", "Undo the chosen corrections", (UNDO_KEY,), "corrections"),
    WidgetKeys("Stories", "Redo the undone corrections", (REDO_KEY,), "corrections"),
)


def label_of(text: str) -> str:
    """A menu text as the cheat sheet shows it: no mnemonic, no "…"."""
    return "&".join(part.replace("&", "") for part in text.split("&&")).rstrip("…")


def cheat_rows() -> list[tuple[str, str, str]]:
    """(section, action, keys) for every action with keys and every widget's own keys,
    grouped by menu, one row per label. The keys that work anywhere in the window come
    first, then those of each place on their own: "Alt+Down, F8; in the diff: n"."""
    entries: list[tuple[str, ActionSpec | WidgetKeys]] = [
        (spec.menu.partition("/")[0].replace("&", "") or _SECTION.get(spec.context, "View"), spec)
        for spec in ACTIONS
    ]
    entries += [(widget.section, widget) for widget in WIDGET_KEYS]
    rows: dict[str, tuple[str, dict[str, list[str]]]] = {}
    for menu, spec in entries:
        keys = key_text(spec.keys)
        if keys:
            places = rows.setdefault(label_of(spec.text), (menu, {}))[1]
            places.setdefault(spec.context, []).append(keys)
    order = list(dict.fromkeys(menu for menu, _spec in entries))  # the menu bar's order
    ranked = sorted(rows.items(), key=lambda row: order.index(row[1][0]))
    return [(menu, label, _place_keys(places)) for label, (menu, places) in ranked]


def _place_keys(places: dict[str, list[str]]) -> str:
    anywhere = ", ".join(places.get("window", []))
    elsewhere = [f"{WHERE[c]}: {', '.join(keys)}" for c, keys in places.items() if c != "window"]
    return "; ".join(([anywhere] if anywhere else []) + elsewhere)
