"""The welcome page in each look of Options ▸ Appearance."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QPalette

from wirediff.ui.common.theme import contrast
from wirediff.ui.shell.window import MainWindow


def test_the_drop_box_edge_stands_out_from_the_window_in_every_look(
    qtbot, make_window: Callable[..., MainWindow]
) -> None:  # type: ignore[no-untyped-def]
    """In the dark look the welcome page's dashed drop box had no edge to see: the
    palette's mid shade, #2a2a2a on the window's #2d2d2d (1.7:1 in the light look; a
    keyboard-only walkthrough). Its edge is 3:1 from the window or more in each look."""
    window = make_window()
    hint = window.welcome.drop_hint
    assert hint.isVisible()
    try:
        for look in ("look_light", "look_dark", "look_contrast"):
            window.actions_[look].trigger()
            qtbot.wait(10)
            ground = hint.palette().color(QPalette.ColorRole.Window)
            image = hint.grab().toImage()
            width, height = image.width(), image.height()
            edge = [image.pixelColor(x, y) for x in range(width) for y in (0, 1)]
            edge += [image.pixelColor(x, y) for y in range(height) for x in (0, 1)]
            inner = image.pixelColor(width // 2, 4)  # (inside the box: the window's colour)
            assert contrast(inner, ground) < 1.1, (look, inner.name(), ground.name())
            most = max(contrast(colour, ground) for colour in edge)
            dashes = [c for c in edge if contrast(c, ground) == most]
            assert most >= 3 and len(dashes) > len(edge) // 4, (look, most, len(dashes))
    finally:
        window.actions_["look_system"].trigger()
