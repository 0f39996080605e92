"""A note being written when the window closes (Ctrl+Q, the close button, the session
ending) is saved on what it was written for, never dropped."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt

from tests.ui.helpers import WAIT_MS, key, open_and_wait, the_box
from wirediff.core.review import DocRef, ReviewStore, StoreError, doc_ref
from wirediff.ui.shell.window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
TYPED = "Caption swapped: check against the wire copy"


def start_note(qtbot, window: MainWindow, text: str, pair: bool = False) -> None:  # type: ignore[no-untyped-def]
    """Alt+Down to change 1 (or Shift+M on the pair), m, and type ``text`` (not saved)."""
    pane = window.diff.right
    pane.setFocus()
    if pair:
        key(qtbot, pane, Qt.Key.Key_M, Qt.KeyboardModifier.ShiftModifier)
    else:
        key(qtbot, pane, Qt.Key.Key_Home, ALT)
        key(qtbot, pane, Qt.Key.Key_Down, ALT)
        key(qtbot, pane, Qt.Key.Key_M)
    editor = window.changes.note_editor
    assert editor.is_open() and editor.text.hasFocus()
    qtbot.keyClicks(editor.text, text)


def busy(*_args: object, **_kwargs: object) -> None:
    raise StoreError("the review store x is busy")


def on_screen(window: MainWindow) -> tuple[DocRef, DocRef]:
    shown = window.shown
    assert shown is not None
    return doc_ref(shown.left), doc_ref(shown.right)


def stored(store_path: Path, pair: tuple[DocRef, DocRef]) -> tuple[str, list[str]]:
    """The pair note and the change notes of ``pair``, as stored."""
    with ReviewStore.open(store_path) as store:
        review = store.pair_review(*pair)
    return review.note, [m.note for m in review.marks]


def test_ctrl_q_saves_the_note_being_written(
    qtbot, window: MainWindow, news: Path, store_path: Path
) -> None:  # type: ignore[no-untyped-def]
    open_and_wait(qtbot, window, [news])
    pair = on_screen(window)
    start_note(qtbot, window, TYPED)
    key(qtbot, window.changes.note_editor.text, Qt.Key.Key_Q, CTRL)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=WAIT_MS)
    assert window.session.review.store is None  # the session was stopped after the save
    assert stored(store_path, pair) == ("", [TYPED])


def test_closing_with_the_side_panels_hidden_saves_the_pair_note(
    qtbot, window: MainWindow, news: Path, store_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """F9 hides the panel the editor is in: the note is still being written, and kept."""
    open_and_wait(qtbot, window, [news])
    pair = on_screen(window)
    start_note(qtbot, window, "Asharq appended an unrelated story", pair=True)
    key(qtbot, window.changes.note_editor.text, Qt.Key.Key_F9)
    assert not window.changes.note_editor.isVisible()
    window.close()  # the title bar's close button
    assert not window.isVisible()
    assert stored(store_path, pair) == ("Asharq appended an unrelated story", [])


def test_a_note_that_cannot_be_saved_keeps_the_window_open(
    qtbot, window: MainWindow, news: Path, store_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    open_and_wait(qtbot, window, [news])
    pair = on_screen(window)
    store = window.session.review.store
    assert store is not None
    monkeypatch.setattr(store, "set_note", busy)
    start_note(qtbot, window, TYPED)
    editor = window.changes.note_editor
    key(qtbot, editor.text, Qt.Key.Key_Q, CTRL)
    box = the_box(qtbot, window)  # why, said once
    assert "is busy" in box.text()
    box.close()  # OK
    assert window.isVisible() and window.session.review.store is store
    assert editor.is_open() and editor.text.toPlainText() == TYPED
    assert window.status_label.text().startswith("The window was not closed")
    monkeypatch.undo()  # the store works again: Ctrl+Q saves, then closes
    key(qtbot, editor.text, Qt.Key.Key_Q, CTRL)
    assert not window.isVisible()
    assert stored(store_path, pair) == ("", [TYPED])


class Manager:
    """What the window uses of a ``QSessionManager`` (Qt makes one only for a real session)."""

    def __init__(self, interaction: bool) -> None:
        self.interaction, self.cancelled = interaction, False

    def allowsInteraction(self) -> bool:  # (Qt's name)
        return self.interaction

    def cancel(self) -> None:
        self.cancelled = True

    def release(self) -> None:
        pass


def test_logging_out_saves_the_note_being_written(
    qtbot, make_window: Callable[..., MainWindow], news: Path, store_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """The session manager asks the app to commit its data; the process may then end with
    its windows never closed."""
    window = make_window()
    open_and_wait(qtbot, window, [news])
    pair = on_screen(window)
    start_note(qtbot, window, TYPED)
    manager = Manager(interaction=True)
    window._commit_data(manager)  # type: ignore[arg-type]
    assert not manager.cancelled and not window.changes.note_editor.is_open()
    assert stored(store_path, pair) == ("", [TYPED])

    store = window.session.review.store
    assert store is not None
    monkeypatch.setattr(store, "set_pair_note", busy)
    start_note(qtbot, window, "not saved", pair=True)
    window._commit_data(manager)  # type: ignore[arg-type]
    assert manager.cancelled and window.changes.note_editor.is_open()  # the logout stops


def test_m_in_a_folded_window_brings_the_changes_tab_and_its_editor_forward(
    qtbot, make_window: Callable[..., MainWindow], news: Path
) -> None:  # type: ignore[no-untyped-def]
    """At 200% the changes panel is a tab behind the list's: m opened the note editor
    there unseen, what was typed went into it, and after Tab the letters were commands —
    f flagged a change (a low-vision keyboard user's walkthrough)."""
    window = make_window(resize=False)
    window.resize(1024, 640)
    open_and_wait(qtbot, window, [news])
    side = window.parts.side
    assert side.folded and window.doc_list.isVisible() and not window.changes.isVisible()
    start_note(qtbot, window, TYPED)
    editor = window.changes.note_editor
    assert window.changes.isVisible() and editor.isVisible() and editor.text.hasFocus()


def test_esc_puts_a_note_away_and_m_opens_it_again_as_it_was_left(
    qtbot, window: MainWindow, news: Path, store_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """Esc threw the typed note away with no word: one Esc too many (a tooltip's, a
    menu's) lost it without a trace (a low-vision keyboard user's walkthrough)."""
    open_and_wait(qtbot, window, [news])
    pair = on_screen(window)
    start_note(qtbot, window, TYPED)
    editor = window.changes.note_editor
    key(qtbot, editor.text, Qt.Key.Key_Escape)
    assert not editor.is_open()
    assert window.status_label.text().startswith("Note not saved: m on the change opens it")
    assert stored(store_path, pair)[1] == []  # (not saved: put away)
    key(qtbot, window.diff.right, Qt.Key.Key_M)
    assert editor.is_open() and editor.text.toPlainText() == TYPED
    key(qtbot, editor.text, Qt.Key.Key_Return, CTRL)  # saved: no draft kept
    qtbot.waitUntil(lambda: stored(store_path, pair)[1] == [TYPED], timeout=WAIT_MS)


def test_a_note_put_away_with_esc_is_saved_when_the_window_closes(
    qtbot, window: MainWindow, news: Path, store_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """Esc "to be safe", then Ctrl+Q: the note put away was lost, where one left open was
    saved (a low-vision keyboard user's re-check)."""
    open_and_wait(qtbot, window, [news])
    pair = on_screen(window)
    start_note(qtbot, window, TYPED)
    key(qtbot, window.changes.note_editor.text, Qt.Key.Key_Escape)
    assert "saved if the window closes first" in window.status_label.text()
    key(qtbot, window.diff.right, Qt.Key.Key_Q, CTRL)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=WAIT_MS)
    assert stored(store_path, pair)[1] == [TYPED]


def test_a_note_put_away_opened_again_and_left_open_at_quit_is_saved_once(
    qtbot, window: MainWindow, news: Path, store_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """Esc, m, more typed, Ctrl+Q: the note was stored "Draft one\\n\\nDraft one plus
    more", the draft put away saved and the editor's text added to it (a standards
    editor's walkthrough)."""
    open_and_wait(qtbot, window, [news])
    pair = on_screen(window)
    start_note(qtbot, window, "Draft one")
    editor = window.changes.note_editor
    key(qtbot, editor.text, Qt.Key.Key_Escape)
    key(qtbot, window.diff.right, Qt.Key.Key_M)
    assert editor.is_open() and editor.text.toPlainText() == "Draft one"
    editor.text.moveCursor(editor.text.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor.text, " plus more")
    key(qtbot, editor.text, Qt.Key.Key_Q, CTRL)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=WAIT_MS)
    assert stored(store_path, pair)[1] == ["Draft one plus more"]
