"""What shows where the keyboard is, whatever the palette (a keyboard-only user at 200% who
prefers high contrast: the ux194 walkthrough)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLineEdit, QListWidget, QVBoxLayout, QWidget

from wirediff.ui.common.theme import contrast
from wirediff.ui.widgets.focus_frame import FocusFrame

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
