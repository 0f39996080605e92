"""What shows where the keyboard is, whatever the palette (a keyboard-only user at 200% who
prefers high contrast: the ux194 walkthrough)."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPalette, QPen, QPixmap, QTextCharFormat
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialogButtonBox,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tests.ui.helpers import WAIT_MS, open_and_wait
from wirediff.ui.common.theme import (
    CONTRAST,
    DELETE,
    FOCUS_FRAME,
    INSERT,
    LIGHT,
    MOVED,
    REPLACE_OLD,
    char_formats,
    contrast,
    focus_colour,
    strong_selection,
)
from wirediff.ui.panels.corrections import StoryPicker
from wirediff.ui.shell import appearance
from wirediff.ui.shell.window import MainWindow
from wirediff.ui.widgets.focus_frame import RING_INSET, FocusFrame

Role = QPalette.ColorRole
NONE = Qt.KeyboardModifier.NoModifier


def _dark_system_palette() -> QPalette:
    """Qt's reading of GTK's HighContrastInverse: a dark blue highlight on dark grey."""
    palette = QPalette()
    for role, rgb in (
        (Role.Window, (47, 47, 47)),
        (Role.Base, (47, 47, 47)),
        (Role.Text, (150, 150, 150)),
        (Role.WindowText, (150, 150, 150)),
        (Role.Button, (47, 47, 47)),
        (Role.ButtonText, (150, 150, 150)),
        (Role.Highlight, (15, 59, 113)),
    ):
        palette.setColor(role, QColor(*rgb))
    return palette


def test_the_focus_frame_stands_3_to_1_from_a_dark_palettes_background(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The frame was the palette's highlight as it came: 1.2:1 on a dark system palette,
    and the frame, the only sign of which pane had the keys, could not be seen."""
    window = QWidget()
    window.setPalette(_dark_system_palette())
    layout = QVBoxLayout(window)
    field, view = QLineEdit(), QListWidget()
    view.addItems(["first", "second"])
    layout.addWidget(field)
    layout.addWidget(view)
    frame = FocusFrame(view)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Tab, NONE)
    qtbot.waitUntil(frame.isVisible)
    image = frame.grab().toImage()
    edge = image.pixelColor(0, image.height() // 2)
    ground = view.palette().color(Role.Base)
    assert edge != ground
    assert contrast(edge, ground) >= 3.0
    # (a highlight that stands out is kept as it is)
    assert contrast(view.palette().color(Role.Highlight), ground) < 1.5


def test_tab_through_a_dialog_shows_where_the_keys_are_each_time(
    qtbot, window: MainWindow, sample_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    """Story corrections with none yet: Tab went between the empty table and Close and the
    dialog's pixels never changed (Close, the default button, is always edged in blue), so
    what Space would act on could not be seen."""
    open_and_wait(qtbot, window, [sample_dir])
    qtbot.waitUntil(window.grouped, timeout=WAIT_MS)
    window.actions_["corrections"].trigger()
    dialog = window.commands.grouping.dialog
    assert dialog is not None and dialog.view.topLevelItemCount() == 0
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.isAncestorOf(QApplication.focusWidget()), timeout=WAIT_MS)
    shots = [dialog.grab().toImage()]
    stops = []
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab, NONE)
        stops.append(QApplication.focusWidget())
        shots.append(dialog.grab().toImage())
    assert any(isinstance(stop, QPushButton) for stop in stops)
    assert dialog.view in stops
    for before, after in itertools.pairwise(shots):
        assert before != after


@pytest.mark.parametrize("look", [appearance.LIGHT, appearance.DARK])
def test_a_focused_button_differs_from_the_default_one(
    qtbot, window: MainWindow, look: str
) -> None:  # type: ignore[no-untyped-def]
    """The cheat sheet's Close, focused or not, looked the same: the default button's blue
    edge is Fusion's focus cue too. A ring inside its edge, 3:1 from its face."""
    appearance.shared().apply(look)
    qtbot.keyClick(window, Qt.Key.Key_F1, NONE)
    sheet = window.commands.cheat_sheet
    assert sheet is not None
    qtbot.waitUntil(sheet.tree.hasFocus, timeout=WAIT_MS)
    close = sheet.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)
    assert close.isDefault() or close.autoDefault()
    unfocused = close.grab().toImage()
    qtbot.keyClick(sheet.tree, Qt.Key.Key_Tab, NONE)
    assert close.hasFocus()
    focused = close.grab().toImage()
    assert focused != unfocused
    face = close.palette().color(Role.Button)
    # the ring: a line FOCUS_FRAME thick, RING_INSET + 1 in from the left edge, mid-height
    ring = focused.pixelColor(RING_INSET + 1, focused.height() // 2)
    assert contrast(ring, face) >= 3.0
    assert unfocused.pixelColor(RING_INSET + 1, focused.height() // 2) != ring


def test_the_side_tabs_are_named_and_ringed_while_they_have_the_keys(
    qtbot, make_window, sample_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    """In a narrow window Tab from the diff went to the Documents/Changes tab bar: its
    tab's tint, 1.1:1, was the only cue, and it and its tab widget had no name a screen
    reader says, the only ones of the window (a keyboard-only, 200% walkthrough)."""
    from PySide6.QtWidgets import QTabBar

    from wirediff.ui.widgets.focus_frame import FocusRing

    window = make_window(resize=False)
    window.resize(900, 600)
    open_and_wait(qtbot, window, [sample_dir])
    tabs = window.parts.side.tabs
    bar = tabs.tabBar()
    assert window.parts.side.folded and bar.isVisible()
    assert tabs.accessibleName() and bar.accessibleName()
    pane = window.diff.reading_pane()
    pane.setFocus()
    qtbot.keyClick(pane, Qt.Key.Key_Tab, NONE)
    assert isinstance(QApplication.focusWidget(), QTabBar)
    ring = bar.findChild(FocusRing)
    assert ring is not None and ring.isVisible()
    assert ring.geometry() == bar.tabRect(bar.currentIndex())
    qtbot.keyClick(bar, Qt.Key.Key_Right, NONE)
    assert ring.geometry() == bar.tabRect(bar.currentIndex())
    qtbot.keyClick(bar, Qt.Key.Key_Left, NONE)
    qtbot.keyClick(bar, Qt.Key.Key_Tab, NONE)
    assert not ring.isVisible()


def test_the_guide_is_named_and_its_close_has_a_letter(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Help ▸ Reading the levels and figures: its text had no name a screen reader says and
    its Close no Alt letter, the only dialog button without one."""
    from PySide6.QtWidgets import QTextBrowser

    from wirediff.ui.shell.guide import show_guide

    dialog = show_guide(window)
    text = dialog.findChild(QTextBrowser, "guide_text")
    assert text is not None and text.accessibleName()
    close = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)
    assert "&" in close.text()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=WAIT_MS)
    closed: list[int] = []
    dialog.finished.connect(closed.append)  # (it deletes itself once closed)
    qtbot.keyClick(text, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: bool(closed), timeout=WAIT_MS)


def _row_fill(view: QAbstractItemView, index: QModelIndex) -> QColor:
    """The colour a row is drawn in, at its right end (past its short text)."""
    image = view.viewport().grab().toImage()
    rect = view.visualRect(index)
    ratio = image.devicePixelRatio()
    return image.pixelColor(int((rect.right() - 4) * ratio), int(rect.center().y() * ratio))


@pytest.mark.parametrize("look", [appearance.LIGHT, appearance.DARK])
def test_the_cheat_sheets_current_row_stands_3_to_1(qtbot, window: MainWindow, look: str) -> None:  # type: ignore[no-untyped-def]
    """F1, Down ×3: the current row was a tint 1.13:1 from the rows in the dark look, a faint
    box in the light; where the arrow keys and Ctrl+F1 were could not be seen."""
    appearance.shared().apply(look)
    qtbot.keyClick(window, Qt.Key.Key_F1, NONE)
    sheet = window.commands.cheat_sheet
    assert sheet is not None
    tree = sheet.tree
    qtbot.waitUntil(tree.hasFocus, timeout=WAIT_MS)
    for _ in range(3):
        qtbot.keyClick(tree, Qt.Key.Key_Down, NONE)
    current = tree.currentIndex()
    assert current.row() == 3 and len(current.data().strip()) < 20  # (a short label)
    ground = tree.palette().color(Role.Base)
    fill = _row_fill(tree, current.siblingAtColumn(0))
    assert contrast(fill, ground) >= 3.0, (fill.name(), ground.name())
    assert _row_fill(tree, tree.model().index(5, 0)) in (
        ground,
        tree.palette().color(Role.AlternateBase),
    )
    assert tree.viewport().findChild(FocusFrame).isVisible()  # (its frame, as the lists')
    sheet.close()


def test_the_story_the_filter_chooses_stands_3_to_1_in_the_dark(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Move to another story, dark look: typing in the filter, the story Enter would move
    the document into was unfocused grey, 2.2:1 from the list."""
    appearance.shared().apply(appearance.DARK)
    picker = StoryPicker(window)
    qtbot.addWidget(picker)
    picker.ask(
        "Move a.txt to the story:", [(1, "2 versions: Floods", "a"), (2, "1 version: Budget", "b")]
    )
    qtbot.waitUntil(picker.filter.hasFocus, timeout=WAIT_MS)
    qtbot.keyClicks(picker.filter, "o")
    qtbot.keyClick(picker.filter, Qt.Key.Key_Down, NONE)
    chosen = picker.list.currentIndex()
    assert chosen.isValid() and picker.filter.hasFocus()
    ground = picker.list.palette().color(Role.Base)
    fill = _row_fill(picker.list, chosen)
    assert contrast(fill, ground) >= 3.0, (fill.name(), ground.name())
    picker.reject()


def test_the_high_contrast_look_is_chosen_in_the_options_and_kept(
    qtbot, make_window: Callable[..., MainWindow]
) -> None:  # type: ignore[no-untyped-def]
    """Options ▸ Appearance offered System, Light and Dark alone, and the system's high
    contrast theme came through muted (mid-grey on dark grey): white on black, the focus
    and the selection yellow, the diff's colours following."""
    window = make_window()
    window.actions_["look_contrast"].trigger()
    qtbot.waitUntil(lambda: window.theme is CONTRAST, timeout=WAIT_MS)
    palette = QApplication.palette()
    black, white, yellow = QColor("#000000"), QColor("#ffffff"), QColor("#ffff00")
    assert palette.color(Role.Base) == black and palette.color(Role.Window) == black
    assert palette.color(Role.Text) == white and palette.color(Role.WindowText) == white
    assert focus_colour(palette) == yellow
    selected = strong_selection(palette)
    assert selected.color(Role.Highlight) == yellow
    assert contrast(selected.color(Role.HighlightedText), yellow) >= 4.5
    unfocused = palette.color(QPalette.ColorGroup.Inactive, Role.Highlight)  # (apart, 3:1)
    assert unfocused != yellow and contrast(unfocused, black) >= 3.0
    assert contrast(palette.color(Role.HighlightedText), unfocused) >= 4.5
    window.close()
    again = make_window()  # remembered
    assert again.actions_["look_contrast"].isChecked() and again.theme is CONTRAST
    assert not again.actions_["look_dark"].isChecked()  # (one look at a time)


def test_an_open_cheat_sheet_takes_the_new_looks_highlight_colours(
    qtbot, make_window: Callable[..., MainWindow]
) -> None:  # type: ignore[no-untyped-def]
    """An open sheet kept the old look's highlights in its colour key after Options ▸
    Appearance changed the look (the forty-eighth session's high-contrast walkthrough)."""
    window = make_window()
    window.actions_["look_light"].trigger()
    window.commands.show_cheat_sheet()
    sheet = window.commands.cheat_sheet
    assert sheet is not None
    tree = sheet.tree
    deleted = tree.topLevelItem(tree.topLevelItemCount() - 4)
    assert deleted is not None and deleted.text(0).strip().startswith("deleted")
    assert deleted.background(1).color() == QColor(LIGHT.delete_bg)
    window.actions_["look_contrast"].trigger()
    qtbot.waitUntil(lambda: window.theme is CONTRAST, timeout=WAIT_MS)
    qtbot.waitUntil(
        lambda: deleted.background(1).color() == QColor(CONTRAST.delete_bg), timeout=WAIT_MS
    )
    assert deleted.foreground(1).color() == QColor("#FFFFFF")
    sheet.close()
    window.close()


def test_the_high_contrast_diff_keeps_its_words_4_5_to_1_and_its_cues(qapp) -> None:  # type: ignore[no-untyped-def]
    """Each kind's shade under white words 4.5:1 at least, and the second cue of each
    kind the other looks have: struck, underlined, dotted, italic."""
    white = QColor("#ffffff")
    for shade in (CONTRAST.delete_bg, CONTRAST.insert_bg, CONTRAST.replace_bg, CONTRAST.moved_bg):
        assert contrast(white, QColor(shade)) >= 4.5, shade
        assert contrast(QColor(shade), QColor("#000000")) >= 1.5, shade  # (a shade, not black)
    formats = char_formats(CONTRAST)
    assert formats[DELETE].fontStrikeOut() and formats[INSERT].fontUnderline()
    assert formats[REPLACE_OLD].underlineStyle() == QTextCharFormat.UnderlineStyle.DotLine
    assert formats[MOVED].fontItalic()
    assert contrast(QColor(CONTRAST.outline), QColor("#000000")) >= 3.0


@pytest.mark.parametrize("look", [appearance.LIGHT, appearance.DARK])
def test_the_filter_shows_the_focus_as_strongly_as_the_lists(
    qtbot, window: MainWindow, sample_dir: Path, look: str
) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+L: the filter showed the focus by a 1-pixel edge and its caret alone, weaker
    than the lists' 2-pixel frame. A frame along its edge, 3:1 from its ground."""
    appearance.shared().apply(look)
    open_and_wait(qtbot, window, [sample_dir])
    field = window.doc_list.filter
    window.doc_list.view.setFocus()
    qtbot.waitUntil(window.doc_list.view.hasFocus, timeout=WAIT_MS)
    unfocused = field.grab().toImage()
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(field.hasFocus, timeout=WAIT_MS)
    focused = field.grab().toImage()
    ground = field.palette().color(Role.Base)
    for x in range(FOCUS_FRAME):  # (the frame's whole thickness)
        edge = focused.pixelColor(x, focused.height() // 2)
        assert contrast(edge, ground) >= 3.0, (x, edge.name(), ground.name())
    assert unfocused.pixelColor(1, focused.height() // 2) != focused.pixelColor(
        1, focused.height() // 2
    )


def test_high_contrast_draws_the_edges_of_fields_without_the_focus(
    qtbot, window: MainWindow, sample_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    """Fusion draws a field's edge a shade darker than the window: black on black in high
    contrast, an empty filter, a spin box and a button's edge unseen (the forty-eighth
    session's keyboard-only, 200% walkthrough). Grey, 3:1 from black at least."""
    from PySide6.QtWidgets import QPushButton, QSpinBox

    appearance.shared().apply(appearance.CONTRAST)
    open_and_wait(qtbot, window, [sample_dir])
    window.doc_list.view.setFocus()
    qtbot.waitUntil(window.doc_list.view.hasFocus, timeout=WAIT_MS)
    black = QColor("#000000")
    spin, button = QSpinBox(), QPushButton("Apply")
    for widget in (spin, button):
        qtbot.addWidget(widget)
        widget.resize(120, 30)
    for widget in (window.doc_list.filter, spin, button):
        image = widget.grab().toImage()
        edge = image.pixelColor(0, image.height() // 2)
        assert contrast(edge, black) >= 3.0, (widget, edge.name())


def _visible_ring(button: QWidget) -> bool:
    from wirediff.ui.widgets.focus_frame import FocusRing

    ring = button.findChild(FocusRing)
    return ring is not None and ring.isVisible()


def test_the_pin_chip_keeps_its_own_focus_edge_and_no_ring_crosses_its_label(
    qtbot, window: MainWindow, sample_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    """The chip is a line tall and edges itself with the focus: the app-wide ring ran
    through its label inside that edge, cutting every descender ("Pinned: storv"; a
    review). Focused, it differs from unfocused only along its edge."""
    open_and_wait(qtbot, window, [sample_dir])
    header = window.diff.headers[0]
    header.set_pin(("Pinned: story (gyeonggi)  ×", "The document pinned on the left"))
    chip = header.chip
    qtbot.waitUntil(chip.isVisible, timeout=WAIT_MS)
    unfocused = chip.grab().toImage()
    chip.setFocus()
    qtbot.waitUntil(chip.hasFocus, timeout=WAIT_MS)
    assert not _visible_ring(chip)
    focused = chip.grab().toImage()
    assert focused != unfocused  # (its own cue: an edge twice as thick)

    # Each row of the label's ink, its descenders' included, still shows ink: no line of
    # one colour runs across it (the ring's bottom line did, over "y" and "gg").
    def inked(image: QImage, y: int) -> bool:
        return len({image.pixelColor(x, y).rgb() for x in range(8, image.width() - 8)}) > 1

    label_rows = [y for y in range(unfocused.height()) if inked(unfocused, y)]
    assert label_rows
    assert [y for y in label_rows if not inked(focused, y)] == []


def test_a_button_too_short_for_a_ring_clear_of_its_text_gets_none(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A ring 3 px inside a button a line tall crosses its text: none there, one on a
    button of the ordinary height; and none on a button whose style sheet styles its
    focus (a review)."""
    from wirediff.ui.widgets.focus_frame import install_focus_cues

    install_focus_cues()
    host = QWidget()
    layout = QVBoxLayout(host)
    tall, short, styled = QPushButton("&Close"), QPushButton("Ju&mp"), QPushButton("&Go")
    short.setFixedHeight(short.fontMetrics().height() + 4)
    styled.setStyleSheet("QPushButton:focus { border: 2px solid black; }")
    for button in (tall, short, styled):
        layout.addWidget(button)
    qtbot.addWidget(host)
    host.show()
    qtbot.waitExposed(host)
    seen = {}
    for button in (tall, short, styled):
        button.setFocus()
        qtbot.waitUntil(button.hasFocus, timeout=WAIT_MS)
        seen[button.text()] = _visible_ring(button)
    assert seen == {"&Close": True, "Ju&mp": False, "&Go": False}
    short.setFixedHeight(tall.height())  # (made taller: its ring, as the focus comes back)
    short.setFocus()
    qtbot.waitUntil(short.hasFocus, timeout=WAIT_MS)
    assert _visible_ring(short)


def _framed_whole(view: QAbstractItemView) -> bool:
    frame = view.viewport().findChild(FocusFrame)
    return frame is not None and frame.isVisible() and frame.geometry() == view.viewport().rect()


def test_a_lists_focus_frame_stays_on_its_edge_as_it_scrolls(qtbot) -> None:  # type: ignore[no-untyped-def]
    """End in the document list, PgDown in the changes list: the frame, a child of the
    viewport, was scrolled with the rows (QAbstractItemView scrolls by moving the viewport's
    children) — its bottom edge across the middle of the list, then no frame at all, though
    the list still had the keys (a keyboard-only, 150% walkthrough)."""
    window = QWidget()
    layout = QVBoxLayout(window)
    field, view = QLineEdit(), QListWidget()
    view.addItems([f"row {n}" for n in range(200)])
    layout.addWidget(field)
    layout.addWidget(view)
    FocusFrame(view)
    qtbot.addWidget(window)
    window.resize(300, 240)
    window.show()
    qtbot.waitExposed(window)
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Tab, NONE)
    qtbot.waitUntil(view.hasFocus)
    assert _framed_whole(view)
    scrolled = []
    for key in (Qt.Key.Key_End, Qt.Key.Key_Home, Qt.Key.Key_PageDown, Qt.Key.Key_PageDown):
        qtbot.keyClick(view, key, NONE)
        scrolled.append(view.verticalScrollBar().value())
        assert _framed_whole(view), key
    assert scrolled[0] > 0 and scrolled[1] == 0 and scrolled[3] > 0  # (End, Home, PgDown)
    view.scrollToItem(view.item(120), QAbstractItemView.ScrollHint.PositionAtCenter)
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().maximum())
    assert _framed_whole(view)
    # its pixels too: the frame's colour along the viewport's bottom edge, mid-width
    image = view.viewport().grab().toImage()
    ratio = image.devicePixelRatio()
    bottom = image.pixelColor(int(image.width() / 2), int(image.height() - ratio))
    assert bottom == focus_colour(view.palette())


def test_the_cheat_sheets_frame_stays_as_page_down_scrolls_it(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """F1, PgDown ×2: the sheet's list, framed by the dialogs' cues, lost its frame."""
    qtbot.keyClick(window, Qt.Key.Key_F1, NONE)
    sheet = window.commands.cheat_sheet
    assert sheet is not None
    tree = sheet.tree
    qtbot.waitUntil(tree.hasFocus, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: _framed_whole(tree), timeout=WAIT_MS)
    for key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageDown, Qt.Key.Key_End):
        qtbot.keyClick(tree, key, NONE)
        assert _framed_whole(tree), key
    assert tree.verticalScrollBar().value() > 0
    sheet.close()


# A popup menu raises itself and grabs the keyboard, which the offscreen platform cannot.
@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")
@pytest.mark.parametrize("look", [appearance.DARK, appearance.CONTRAST])
def test_a_menus_edge_and_separators_stand_out_on_a_dark_window(
    qtbot, window: MainWindow, sample_dir: Path, look: str
) -> None:  # type: ignore[no-untyped-def]
    """Shift+F10 in the list, high contrast: the menu was black on the black window with no
    edge and no separator to be seen, its bottom running into the diff (the dark look's
    edge #2a2a2a on #2d2d2d): a low-vision walkthrough. Both 3:1 from the menu at least."""
    import os

    from PySide6.QtWidgets import QMenu

    appearance.shared().apply(look)
    open_and_wait(qtbot, window, [sample_dir])
    view = window.doc_list.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu), timeout=WAIT_MS)
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu)
    image = menu.grab().toImage()
    if os.environ.get("WIREDIFF_SHOTS"):
        image.save(f"{os.environ['WIREDIFF_SHOTS']}/menu_{look}.png")
    ratio = image.devicePixelRatio()
    middle = image.height() // 2
    ground = image.pixelColor(int(3 * ratio), middle)  # (inside its edge, left of the words)
    assert ground.lightness() < 64
    for x, y in ((0, middle), (image.width() - 1, middle), (image.width() // 2, 0)):
        edge = image.pixelColor(x, y)
        assert contrast(edge, ground) >= 3.0, (x, y, edge.name())
    separators = [action for action in menu.actions() if action.isSeparator()]
    assert separators
    rect = menu.actionGeometry(separators[0])
    row = [
        image.pixelColor(int(rect.center().x() * ratio), int(y * ratio))
        for y in range(rect.top(), rect.bottom() + 1)
    ]
    assert max(contrast(colour, ground) for colour in row) >= 3.0, [c.name() for c in row]
    menu.close()


def test_high_contrast_tells_the_panes_focus_from_the_current_change(
    qtbot, make_window: Callable[..., MainWindow], sample_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    """High contrast, the left pane focused, n: the pane's focus frame and the current
    change's outline were the same yellow and nested together (the light and dark looks
    draw them in different colours): a keyboard-only, low-vision walkthrough."""
    window = make_window()
    window.actions_["look_contrast"].trigger()
    qtbot.waitUntil(lambda: window.theme is CONTRAST, timeout=WAIT_MS)
    open_and_wait(qtbot, window, [sample_dir])
    pane = window.diff.left
    pane.setFocus()
    qtbot.waitUntil(pane.hasFocus, timeout=WAIT_MS)
    qtbot.keyClick(pane, Qt.Key.Key_N, NONE)
    qtbot.waitUntil(lambda: pane.outline is not None, timeout=WAIT_MS)
    image = pane.viewport().grab().toImage()
    frame = image.pixelColor(0, image.height() // 2)
    assert frame == focus_colour(pane.palette())
    outline = pane.outline_color
    drawn = {
        image.pixelColor(x, y).rgb()
        for x in range(0, image.width(), 2)
        for y in range(FOCUS_FRAME, image.height() - FOCUS_FRAME)
    }
    assert outline.rgb() in drawn  # (the current change's outline is on screen)
    black = QColor("#000000")
    assert contrast(outline, black) >= 3.0
    # apart in hue, not in lightness alone: a yellow frame, the outline not yellow
    assert abs(outline.hslHue() - frame.hslHue()) >= 60 or outline.hslSaturation() < 30
    assert outline.rgb() != frame.rgb()


@pytest.mark.parametrize("look", [appearance.DARK, appearance.CONTRAST])
def test_the_close_buttons_cross_is_drawn_in_the_buttons_text_colour(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, look: str
) -> None:  # type: ignore[no-untyped-def]
    """F1 in high contrast: the ✕ on the cheat sheet's Close (and Corrections', the heat
    map's) was a dark glyph on the black button, where the platform gives dialog buttons
    icons (X11). Its ink stands 4.5:1 from the button, in the button's text colour."""
    from PySide6.QtWidgets import QProxyStyle, QStyle

    has_icons = QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons

    def hint(self, which, *rest):  # type: ignore[no-untyped-def]
        # (as X11's platform theme says; the offscreen one gives buttons no icons)
        return 1 if which == has_icons else QProxyStyle.styleHint(self, which, *rest)

    monkeypatch.setattr(appearance.Outlined, "styleHint", hint)
    appearance.shared().apply(look)
    qtbot.keyClick(window, Qt.Key.Key_F1, NONE)
    sheet = window.commands.cheat_sheet
    assert sheet is not None
    close = sheet.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)
    assert not close.icon().isNull()
    image = close.icon().pixmap(32).toImage()
    face = close.palette().color(Role.Button)
    inked = [
        image.pixelColor(x, y)
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() == 255
    ]
    assert len(inked) > 50  # (the cross's strokes)
    assert all(contrast(colour, face) >= 4.5 for colour in inked), face.name()
    assert all(colour == close.palette().color(Role.ButtonText) for colour in inked)
    sheet.close()


def _give_buttons_icons(monkeypatch: pytest.MonkeyPatch) -> None:
    """Dialog buttons with icons, as X11's platform theme gives them (the offscreen one
    gives none)."""
    from PySide6.QtWidgets import QProxyStyle, QStyle

    has_icons = QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons

    def hint(self, which, *rest):  # type: ignore[no-untyped-def]
        return 1 if which == has_icons else QProxyStyle.styleHint(self, which, *rest)

    monkeypatch.setattr(appearance.Outlined, "styleHint", hint)


def _inked_pixels(close: QPushButton, mode: QIcon.Mode = QIcon.Mode.Normal) -> list[QColor]:
    image = close.icon().pixmap(QSize(32, 32), 1.0, mode).toImage()
    return [
        image.pixelColor(x, y)
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() == 255
    ]


@pytest.mark.parametrize(
    ("first", "then"), [("look_dark", "look_light"), ("look_light", "look_contrast")]
)
def test_the_kept_cheat_sheets_cross_takes_the_new_look(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, first: str, then: str
) -> None:  # type: ignore[no-untyped-def]
    """F1, Esc, Options ▸ Appearance, F1 again: the sheet is made once and kept, and its
    Close kept the ✕ inked for the look it was made in — #eeeeee on the light look's
    #efefef button (1.01:1), black on high contrast's black one (1:1)."""
    _give_buttons_icons(monkeypatch)
    window.actions_[first].trigger()
    qtbot.keyClick(window, Qt.Key.Key_F1, NONE)
    sheet = window.commands.cheat_sheet
    assert sheet is not None
    qtbot.waitExposed(sheet)
    qtbot.keyClick(sheet, Qt.Key.Key_Escape, NONE)
    qtbot.waitUntil(lambda: not sheet.isVisible(), timeout=WAIT_MS)
    window.actions_[then].trigger()
    qtbot.keyClick(window, Qt.Key.Key_F1, NONE)
    assert window.commands.cheat_sheet is sheet
    qtbot.waitExposed(sheet)
    close = sheet.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)
    face = appearance.palette(then.removeprefix("look_")).color(Role.Button)
    qtbot.waitUntil(lambda: close.palette().color(Role.Button) == face, timeout=WAIT_MS)
    inked = _inked_pixels(close)
    assert len(inked) > 50  # (the cross's strokes)
    assert min(contrast(colour, face) for colour in inked) >= 3.0, face.name()
    sheet.close()


def test_a_disabled_close_in_the_dark_shows_its_cross_disabled(
    qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """The inked ✕ had one pixmap, the normal one: a disabled Close drew its cross as
    bright as an enabled one's."""
    _give_buttons_icons(monkeypatch)
    appearance.shared().apply(appearance.CONTRAST)
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    qtbot.addWidget(box)
    close = box.button(QDialogButtonBox.StandardButton.Close)
    close.setEnabled(False)
    colours = close.palette()
    enabled = colours.color(QPalette.ColorGroup.Active, Role.ButtonText)
    assert {c.name() for c in _inked_pixels(close)} == {enabled.name()}
    disabled = colours.color(QPalette.ColorGroup.Disabled, Role.ButtonText)
    assert {c.name() for c in _inked_pixels(close, QIcon.Mode.Disabled)} == {disabled.name()}


def _diagonal(side: int, ratio: float) -> QPixmap:
    """A one-pixel diagonal ``side`` pixels square, for a screen of ``ratio``."""
    drawn = QPixmap(side, side)
    drawn.fill(Qt.GlobalColor.transparent)
    painter = QPainter(drawn)
    painter.setPen(QPen(QColor("#000000"), 1))
    painter.drawLine(0, 0, side - 1, side - 1)
    painter.end()
    drawn.setDevicePixelRatio(ratio)
    return drawn


def test_an_inked_icon_stays_sharp_on_a_2x_screen(qapp) -> None:  # type: ignore[no-untyped-def]
    """The inked icon kept the 1x pixmaps alone: at 200% its ✕ was the 16-pixel one
    stretched over 32, blurred, where the theme had a sharp one drawn for 2x."""
    base = QIcon()
    base.addPixmap(_diagonal(16, 1.0))
    base.addPixmap(_diagonal(32, 2.0))
    made = appearance._inked(base, appearance.palette(appearance.DARK))
    sharp = made.pixmap(QSize(16, 16), 2.0)
    assert sharp.size() == QSize(32, 32)
    assert sharp.devicePixelRatio() == 2.0
    image = sharp.toImage()
    drawn = {(x, y) for x in range(32) for y in range(32) if image.pixelColor(x, y).alpha()}
    assert drawn == {(i, i) for i in range(32)}
