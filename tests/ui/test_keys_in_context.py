"""Keys that act on what is not on screen, or send the keyboard where nothing shows: found
by a tester going through the keyboard map in every place the focus can be."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from tests.ui.helpers import WAIT_MS, open_and_wait, press, settle
from wirediff.ui.shell.window import MainWindow

CTRL, ALT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier


def test_in_the_story_view_the_pair_s_keys_say_they_work_in_the_pair_view(
    qtbot, window: MainWindow, sample_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    """f flagged a change of the pair under the story view, r marked it reviewed, Alt+End
    moved its current change: none of it on screen (Find was refused there already)."""
    open_and_wait(qtbot, window, [sample_dir])
    window.commands.focus_list()
    press(qtbot, Qt.Key.Key_K, CTRL)
    qtbot.waitUntil(lambda: not window.parts.story_view.building(), timeout=WAIT_MS)
    window.parts.story_view.table.setFocus()
    shown = window.session.current
    assert shown is not None and window.diff.current is None
    for key, modifier, what in (
        (Qt.Key.Key_End, ALT, "Going to the last change"),
        (Qt.Key.Key_F, Qt.KeyboardModifier.NoModifier, "Flagging a change"),
        (Qt.Key.Key_R, Qt.KeyboardModifier.NoModifier, "Marking a pair reviewed"),
        (Qt.Key.Key_M, Qt.KeyboardModifier.NoModifier, "A note"),
    ):
        press(qtbot, key, modifier)
        assert window.status_label.text() == f"{what} works in the pair view: Esc goes back to it"
        assert window.story_page.showing() and window.parts.story_view.table.hasFocus()
    assert window.diff.current is None and window.diff.flags == set()


def test_on_the_welcome_view_the_keys_to_hidden_places_say_to_open_something(
    qtbot, window: MainWindow, sample_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    """/ and Ctrl+L, Ctrl+F, Ctrl+1/2/3 sent the keyboard into the hidden main page: "/zzz"
    typed there filtered the folder opened next down to nothing."""
    window.welcome.setFocus()
    for key, modifier in (
        (Qt.Key.Key_Slash, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_L, CTRL),
        (Qt.Key.Key_F, CTRL),
        (Qt.Key.Key_1, CTRL),
        (Qt.Key.Key_2, CTRL),
        (Qt.Key.Key_3, CTRL),
    ):
        press(qtbot, key, modifier)
        focus = QApplication.focusWidget()
        assert focus is not None and focus.isVisible(), (key, focus)
        assert window.status_label.text().startswith("Open a folder or files first")
    qtbot.keyClicks(QApplication.focusWidget(), "zzz")
    open_and_wait(qtbot, window, [sample_dir])
    assert window.doc_list.filter.text() == "" and window.doc_list.visible_order()


def test_a_filter_listing_nothing_lists_no_story_for_the_story_keys(
    qtbot, window: MainWindow, sample_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    """] stepped through every story of the folder while the filter listed nothing."""
    open_and_wait(qtbot, window, [sample_dir])
    story = window.session.view.current_story()
    window.doc_list.filter.setText("nomatchzzz")
    window.doc_list.view.setFocus()
    press(qtbot, Qt.Key.Key_BracketRight)
    assert window.status_label.text() == "No story is listed: the filter hides every document"
    assert window.session.view.current_story() == story


def test_a_reload_leaves_the_keyboard_in_the_pane(
    qtbot, window: MainWindow, sample_dir: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """F5 in a pane sent the keyboard to the list, where n does nothing."""
    import shutil

    folder = tmp_path / "news"
    shutil.copytree(sample_dir, folder)
    open_and_wait(qtbot, window, [folder])
    window.diff.right.setFocus()
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
        press(qtbot, Qt.Key.Key_F5)
    settle(qtbot, window)
    assert window.diff.right.hasFocus()


def test_ctrl_i_in_the_right_pane_leaves_the_keyboard_in_the_inline_pane(
    qtbot, window: MainWindow, sample_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    open_and_wait(qtbot, window, [sample_dir])
    window.diff.right.setFocus()
    press(qtbot, Qt.Key.Key_I, CTRL)
    assert window.diff.inline and window.diff.left.hasFocus()  # (not the story panel)
    press(qtbot, Qt.Key.Key_I, CTRL)
    assert not window.diff.inline and window.diff.left.hasFocus()  # (it stays shown)


def test_f9_after_a_key_brought_the_panels_back_hides_them(
    qtbot, window: MainWindow, sample_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+1 showed the panels F9 had hidden, F9's check left off: the next F9 did nothing."""
    open_and_wait(qtbot, window, [sample_dir])
    side, toggle = window.parts.side, window.actions_["side_panels"]
    window.diff.right.setFocus()
    press(qtbot, Qt.Key.Key_F9)
    assert not side.shown and not toggle.isChecked()
    press(qtbot, Qt.Key.Key_1, CTRL)
    assert side.shown and toggle.isChecked()
    press(qtbot, Qt.Key.Key_F9)
    assert not side.shown


def test_keys_with_nothing_to_act_on_say_why(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Alt+Down with no pair said "No changes in this pair"; Alt+Home, Alt+End and Ctrl+J
    said nothing; u with nothing listed said every pair was reviewed."""
    window.welcome.setFocus()
    press(qtbot, Qt.Key.Key_Down, ALT)
    assert window.status_label.text() == "No pair is shown: select a document to compare it"
    same = tmp_path / "same"
    same.mkdir()
    for name in ("a.txt", "b.txt"):
        (same / name).write_text("The council met on Monday.\n\nIt voted the budget.\n")
    open_and_wait(qtbot, window, [same / "a.txt", same / "b.txt"])
    window.diff.right.setFocus()
    for key, modifier in ((Qt.Key.Key_End, ALT), (Qt.Key.Key_Home, ALT), (Qt.Key.Key_J, CTRL)):
        window.status_label.setText("")
        press(qtbot, key, modifier)
        assert window.status_label.text() == "No changes in this pair"
    window.doc_list.filter.setText("nomatchzzz")
    window.doc_list.view.setFocus()
    press(qtbot, Qt.Key.Key_U)
    assert window.status_label.text() == "No document is listed: nothing to review"


def test_help_about_says_the_version_the_licence_and_where_things_are_kept(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    """The packaged app had no About box: no version, licence or data locations on screen.
    Found by a tester of the package."""
    from tests.ui.helpers import the_box
    from wirediff import __version__

    window.actions_["about"].trigger()
    box = the_box(qtbot, window)
    text = box.text()
    assert text.startswith(f"wirediff {__version__}") and "MIT licence" in text
    assert f"Settings: {window.settings.where()}" in text
    assert str(window.session.review.path) in text
    box.close()


def test_esc_in_the_filter_clears_it_then_goes_back_to_the_list(
    qtbot, window: MainWindow, sample_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    """Esc in the filter did nothing."""
    open_and_wait(qtbot, window, [sample_dir])
    doc_list = window.doc_list
    doc_list.view.setFocus()
    press(qtbot, Qt.Key.Key_Slash)
    qtbot.keyClicks(doc_list.filter, "reuters")
    press(qtbot, Qt.Key.Key_Escape)
    assert doc_list.filter.text() == "" and doc_list.filter.hasFocus()
    press(qtbot, Qt.Key.Key_Escape)
    assert doc_list.view.hasFocus()


def test_down_in_the_filter_goes_to_the_first_document_listed_and_up_comes_back(
    qtbot, window: MainWindow, sample_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    """Down in the filter did nothing: Enter first, then Down (a Spanish desk's
    walkthrough). Down or PgDown now takes the keyboard to the first document the filter
    lists, compared; Up on the list's top row comes back to the filter, its text kept."""
    open_and_wait(qtbot, window, [sample_dir])
    doc_list, view = window.doc_list, window.doc_list.view
    third = next(i for i, d in enumerate(window.documents) if d.name.startswith("003"))
    assert doc_list.selected() != third
    view.setFocus()
    press(qtbot, Qt.Key.Key_Slash)
    qtbot.keyClicks(doc_list.filter, "zzzz")  # nothing listed: nowhere to go
    press(qtbot, Qt.Key.Key_Down)
    assert doc_list.filter.hasFocus()
    doc_list.filter.clear()
    qtbot.keyClicks(doc_list.filter, "003")
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
        press(qtbot, Qt.Key.Key_Down)
    assert view.hasFocus() and doc_list.selected() == third
    assert window.shown is not None and third in window.shown.pair
    # Up to the list's top row (a story's or an event's row above it), then to the filter.
    for _ in range(3):
        if view.indexAbove(view.currentIndex()).isValid():
            press(qtbot, Qt.Key.Key_Up)
    assert view.hasFocus() and not view.indexAbove(view.currentIndex()).isValid()
    held = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Up, Qt.KeyboardModifier.NoModifier, "", True)
    QApplication.sendEvent(view, held)  # (Up held: it stops at the top row)
    assert view.hasFocus()
    press(qtbot, Qt.Key.Key_Up)
    assert doc_list.filter.hasFocus() and doc_list.filter.text() == "003"
    press(qtbot, Qt.Key.Key_PageDown)
    assert view.hasFocus() and doc_list.selected() == third
    # No filter typed: Down goes to the list's current row, Up at its top stays there.
    press(qtbot, Qt.Key.Key_Slash)
    doc_list.filter.clear()
    doc_list.select(0)
    settle(qtbot, window)
    press(qtbot, Qt.Key.Key_Down)
    assert view.hasFocus() and doc_list.selected() == 0
    press(qtbot, Qt.Key.Key_Home)
    press(qtbot, Qt.Key.Key_Up)
    assert view.hasFocus()


def test_enter_on_a_story_row_opens_or_closes_it_and_says_what_compares(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """Enter on a story's row said the pair of another story again."""
    from tests.ui.test_story_view_follows import stories_and_a_lone_article

    open_and_wait(qtbot, window, [stories_and_a_lone_article(tmp_path)])
    index, doc_list = window.index, window.doc_list
    assert index is not None
    pair = window.session.selection.pair()
    second = index.stories[doc_list.visible_stories()[1]]
    row = doc_list._row_of(second.base).parent()  # the story's own row
    view = doc_list.view
    view.setCurrentIndex(row)
    view.setFocus()
    assert view.isExpanded(row)
    press(qtbot, Qt.Key.Key_Return)
    assert not view.isExpanded(row) and window.session.selection.pair() == pair
    assert window.status_label.text() == "Select a version in the story to compare it with its base"
    press(qtbot, Qt.Key.Key_Return)
    assert view.isExpanded(row)


def test_the_dialogs_buttons_have_letters_of_their_own(
    qtbot, window: MainWindow, sample_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    """No button of a dialog had an Alt+letter (Alt+C did nothing in Flags & notes)."""
    from PySide6.QtWidgets import QPushButton

    open_and_wait(qtbot, window, [sample_dir])
    commands = window.commands
    window.actions_["cheat_sheet"].trigger()
    window.actions_["corrections"].trigger()
    with qtbot.waitSignal(window.session.review.listing_ready, timeout=WAIT_MS):
        window.actions_["flags_and_notes"].trigger()
    window.doc_list.select(1)
    window.actions_["move_to_story"].trigger()
    dialogs = [
        commands.cheat_sheet,
        commands.grouping.dialog,
        commands.reviewing.flags,
        commands.grouping.picker,
    ]
    for dialog in dialogs:
        assert dialog is not None
        texts = [b.text() for b in dialog.findChildren(QPushButton) if b.isVisibleTo(dialog)]
        letters = [t[t.index("&") + 1].lower() for t in texts if "&" in t]
        assert len(letters) == len(texts) == len(set(letters)) > 0, (type(dialog), texts)
        dialog.close()


def test_a_change_chosen_in_the_changes_list_beside_the_story_view_shows_the_pair_at_it(
    qtbot, window: MainWindow, sample_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    """Enter or a click in the changes list beside the story view moved the hidden pair's
    current change, unseen. Found by a reviewer."""
    open_and_wait(qtbot, window, [sample_dir])
    window.commands.focus_list()
    press(qtbot, Qt.Key.Key_K, CTRL)
    qtbot.waitUntil(lambda: not window.parts.story_view.building(), timeout=WAIT_MS)
    changes = window.changes
    changes.view.setFocus()
    changes.view.setCurrentIndex(changes.model.index(2, 0))
    press(qtbot, Qt.Key.Key_Return)
    assert not window.story_page.showing() and window.diff.current == 2


@pytest.mark.parametrize("flat", [False, True])
def test_esc_clearing_the_filter_brings_the_list_back_to_the_document_shown(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, flat: bool
) -> None:  # type: ignore[no-untyped-def]
    """The list came back at its top, the document on screen out of sight; a big list
    (filtered once typing pauses) that is flat did not scroll back either."""
    from wirediff.core.stories import synth

    if flat:  # (as a list of more than FILTER_AT_ONCE documents, not grouped)
        monkeypatch.setattr("wirediff.ui.doclist.view.FILTER_AT_ONCE", 10)
    folder = tmp_path / "morning"
    synth.write(synth.generate(120, 5), folder)
    window.resize(900, 500)
    open_and_wait(qtbot, window, [folder])
    if flat:
        window.actions_["group_stories"].trigger()
        qtbot.waitUntil(lambda: window.doc_list.cells.index is None, timeout=WAIT_MS)
    doc_list, view = window.doc_list, window.doc_list.view
    last = doc_list.visible_order()[-1]
    doc_list.select(last)
    assert doc_list.selected() == last
    view.scrollToTop()  # (what a filter that lists little leaves)
    view.setFocus()
    press(qtbot, Qt.Key.Key_Slash)
    qtbot.keyClicks(doc_list.filter, window.documents[doc_list.visible_order()[0]].path.stem)
    assert last not in doc_list.visible_order()
    doc_list._filter_now()  # (a big list: once typing pauses)
    press(qtbot, Qt.Key.Key_Escape)
    doc_list._filter_now()
    qtbot.wait(50)  # (a grouped big list's groups open at the next turns)
    assert doc_list.filter.text() == "" and doc_list.selected() == last
    rect = view.visualRect(view.currentIndex())
    assert view.viewport().rect().contains(rect.center()), "the document shown is out of sight"
