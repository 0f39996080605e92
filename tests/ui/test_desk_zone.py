"""Options ▸ Times without a zone…: the zone a folder's times that give none are read in
after their outlet's and their language's, this computer's or the desk's, remembered
(``wirediff.ui.shell.desk_zone``)."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from tests.ui.helpers import WAIT_MS, open_and_wait
from wirediff.core.document import LOCAL_ZONE
from wirediff.ui.shell.desk_zone import COMMON_ZONES, DeskZoneDialog
from wirediff.ui.shell.window import MainWindow

_TEXT = (
    "ATHENS — The Greek government announced a 1.2 billion euro package on Saturday to "
    "cushion households from energy costs, the finance minister told reporters after a "
    "cabinet meeting. The measures include subsidies on electricity bills for the winter "
    "months and a one-off payment to pensioners, he said. Opposition parties criticised the "
    "plan as too little, too late."
)
TAKE = "ap_20261205_1445.txt"


@pytest.fixture
def utc_clock(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """This computer's clock in UTC, as a server's or a VM's."""
    monkeypatch.setenv("TZ", "UTC0")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """An Athens desk's take named 14:45 by its clock, Kathimerini's longer copy of
    15:02+02:00 and a New York copy: zones hours apart."""
    news = tmp_path / "news"
    news.mkdir()
    (news / TAKE).write_text(f"Greece announces energy package\n\n{_TEXT}\n", "utf-8")
    for name, when, site in (
        ("kathimerini", "2026-12-05T15:02:00+02:00", "Kathimerini"),
        ("nytimes", "2026-12-05T08:30:00-05:00", "The New York Times"),
    ):
        (news / f"{name}.html").write_text(
            f'<html><head><meta property="article:published_time" content="{when}">'
            f'<meta property="og:site_name" content="{site}">'
            "<title>Greece announces energy package</title></head><body><article>"
            f"<h1>Greece announces energy package</h1><p>{_TEXT} From {site}.</p>"
            "</article></body></html>",
            "utf-8",
        )
    return news


def _base(window: MainWindow) -> str:
    index = window.index
    assert index is not None
    (story,) = index.stories
    return index.documents[story.base].name


def test_the_dialog_refuses_a_zone_that_is_none(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = DeskZoneDialog(LOCAL_ZONE)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert dialog.computer.isChecked() and ok.isEnabled() and dialog.chosen() == LOCAL_ZONE
    dialog.named.setChecked(True)  # (no name yet)
    assert not ok.isEnabled() and dialog.said.text() == "Type a zone's name, or pick one"
    dialog.name.setEditText("Europe/Athen")
    assert dialog.named.isChecked() and not ok.isEnabled()
    assert dialog.said.text().startswith(
        "Unknown time zone 'Europe/Athen' (did you mean Europe/Athens?)"
    )
    dialog.accept()  # (Enter in the name: refused too)
    assert dialog.result() != DeskZoneDialog.DialogCode.Accepted
    dialog.name.setEditText("europe/athens")
    assert ok.isEnabled() and not dialog.said.text() and dialog.chosen() == "Europe/Athens"
    dialog.name.setEditText("+02:00")
    assert ok.isEnabled() and dialog.chosen() == "+02:00"
    dialog.computer.setChecked(True)
    assert dialog.chosen() == LOCAL_ZONE
    for zone in COMMON_ZONES:  # (each one the zone database has)
        dialog.name.setEditText(zone)
        assert dialog.chosen() == zone


def test_the_desks_zone_regroups_and_is_kept_across_a_restart(  # type: ignore[no-untyped-def]
    qtbot,
    make_window: Callable[..., MainWindow],
    folder: Path,
    utc_clock: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """On a computer whose clock reads UTC, the take an Athens desk named 14:45 was read
    at 14:45 UTC, after Kathimerini's copy of 15:02+02:00, the story's base; the desk's
    zone chosen, the folder is read again and the take is the base, at the next start too."""
    window = make_window()
    open_and_wait(qtbot, window, [folder])
    qtbot.waitUntil(window.grouped, timeout=WAIT_MS)
    assert _base(window) == "kathimerini.html"

    def athens(dialog: DeskZoneDialog) -> int:
        dialog.name.setEditText("Europe/Athens")
        return DeskZoneDialog.DialogCode.Accepted

    monkeypatch.setattr(DeskZoneDialog, "exec", athens)
    with qtbot.waitSignal(window.stories_ready, timeout=WAIT_MS):
        window.actions_["desk_zone"].trigger()
    assert _base(window) == TAKE
    assert window.settings.desk_zone == "Europe/Athens"
    take = next(d for d in window.documents if d.name == TAKE)
    assert take.desk_zone == "desk:Europe/Athens"
    window.close()

    again = make_window()
    assert again.session.desk_zone == "Europe/Athens"
    open_and_wait(qtbot, again, [folder])
    qtbot.waitUntil(again.grouped, timeout=WAIT_MS)
    assert _base(again) == TAKE


def test_a_stored_zone_that_is_none_is_this_computers(settings_path: Path) -> None:
    """A settings file edited by hand, or written where another zone database had the
    name, reads "local", not a zone the readers cannot place a time in."""
    from PySide6.QtCore import QSettings

    from wirediff.ui.common.settings import Settings

    settings = Settings(QSettings(str(settings_path), QSettings.Format.IniFormat))
    settings.store.setValue("files/desk_zone", "Mars/Olympus_Mons")
    assert settings.desk_zone == LOCAL_ZONE
    settings.desk_zone = "+02:00"
    assert settings.desk_zone == "+02:00"


def _opened(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, look: str
) -> DeskZoneDialog:  # type: ignore[no-untyped-def]
    """Options ▸ Times without a zone… in ``look``, the dialog shown as exec shows it (it
    is left open for the test, and closed with the window)."""
    from PySide6.QtWidgets import QApplication

    from wirediff.ui.shell import appearance

    appearance.shared().apply(look)
    opened: list[DeskZoneDialog] = []

    def show(dialog: DeskZoneDialog) -> int:
        dialog.show()
        dialog.activateWindow()
        opened.append(dialog)
        return DeskZoneDialog.DialogCode.Rejected

    monkeypatch.setattr(DeskZoneDialog, "exec", show)
    window.actions_["desk_zone"].trigger()
    (dialog,) = opened
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.isAncestorOf(QApplication.focusWidget()), timeout=WAIT_MS)
    return dialog


def test_the_zone_dialogs_fields_are_named_and_its_title_says_wirediff(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """The zone's box and its text field had no name a screen reader says, the only
    unnamed fields of the app's dialogs, and the title lacked the " — wirediff" the others
    carry (a keyboard-only walkthrough)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QAbstractButton, QWidget

    from wirediff.ui.shell import appearance

    dialog = _opened(qtbot, window, monkeypatch, appearance.LIGHT)
    assert dialog.windowTitle() == "Times without a zone — wirediff"
    focusable = [
        widget
        for widget in dialog.findChildren(QWidget)
        if widget.isVisible() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
    ]
    assert dialog.name in focusable and dialog.name.lineEdit() in focusable
    unnamed = [
        widget
        for widget in focusable
        if not widget.accessibleName()
        and not (isinstance(widget, QAbstractButton) and widget.text())
    ]
    assert unnamed == []
    assert "zone" in dialog.name.lineEdit().accessibleName()
    dialog.reject()


@pytest.mark.parametrize("look", ["light", "dark", "contrast"])
def test_the_zone_dialog_opens_showing_where_the_keys_are(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, look: str
) -> None:  # type: ignore[no-untyped-def]
    """The dialog opened with the keys on a radio button and nothing showed it: Fusion
    draws a check box's or a radio button's focus only once a key has moved it, and then
    as a faint tint (1.1:1 in the dark look). A box round its words in the focus colour,
    3:1 from the window, on the choice made."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication

    from wirediff.ui.common.theme import contrast, focus_colour

    dialog = _opened(qtbot, window, monkeypatch, look)
    radio = QApplication.focusWidget()
    assert radio is dialog.computer and radio.isChecked()  # (this computer's: the default)
    focused = radio.grab().toImage()
    qtbot.keyClick(radio, Qt.Key.Key_Tab)
    assert not radio.hasFocus()
    unfocused = radio.grab().toImage()
    window_colour = radio.palette().color(QPalette.ColorRole.Window)
    cue = focus_colour(radio.palette(), QPalette.ColorRole.Window)
    assert contrast(cue, window_colour) >= 3.0
    changed = {
        focused.pixelColor(x, y).rgb()
        for x in range(focused.width())
        for y in range(focused.height())
        if focused.pixelColor(x, y) != unfocused.pixelColor(x, y)
    }
    assert cue.rgb() in changed
    dialog.reject()


@pytest.mark.parametrize("look", ["dark", "contrast"])
def test_a_radio_buttons_circle_stands_out_on_a_dark_window(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, look: str
) -> None:  # type: ignore[no-untyped-def]
    """The unticked choice's circle was black on black in high contrast and grey on grey in
    the dark look, as a check box's square was before it was edged in the text's colour."""
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QStyle, QStyleOptionButton

    from wirediff.ui.common.theme import contrast

    dialog = _opened(qtbot, window, monkeypatch, look)
    radio = dialog.named
    assert not radio.isChecked() and not radio.hasFocus()
    option = QStyleOptionButton()
    radio.initStyleOption(option)
    circle = radio.style().subElementRect(QStyle.SubElement.SE_RadioButtonIndicator, option, radio)
    image = radio.grab().toImage()
    ground = radio.palette().color(QPalette.ColorRole.Window)
    strongest = max(
        contrast(image.pixelColor(x, y), ground)
        for x in range(circle.left(), circle.right() + 1)
        for y in range(circle.top(), circle.bottom() + 1)
    )
    assert strongest >= 3.0
    dialog.reject()
