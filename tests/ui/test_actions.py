"""The action table: every key parses, no key is bound twice by accident, the map is complete."""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtGui import QKeySequence

from wirediff.ui.shell.actions import ACTIONS, ALLOWED_TWICE, cheat_rows, key_sequences

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
