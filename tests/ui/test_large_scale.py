"""A keyboard-only, low-vision user's walkthrough at 150% and 200% (a large font here):
what overlapped, was cut, or was scrolled out of sight, and is not any more."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QWidget

from tests.ui.helpers import drop, large_font
from wirediff.ui.shell.window import MainWindow


def _on_page(widget: QWidget, page: QWidget) -> QRect:
    return QRect(widget.mapTo(page, widget.rect().topLeft()), widget.size())


def test_the_welcome_keys_line_is_never_drawn_over_the_drop_box(
    qtbot, make_window: Callable[..., MainWindow], sample_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    """At 200% in a 1280x800 window the line naming the keys (Ctrl+O…) was drawn over the
    dashed drop box: the page was squeezed below its least height. The drop box gives way
    first; below that the page scrolls, down to the window's least size."""
    with large_font():
        window = make_window(resize=False)
        welcome = window.welcome
        welcome.set_recent([str(sample_dir)])
        page, hint, keys = welcome.home, welcome.drop_hint, welcome.keys
        shrank_in_sight = False
        sizes = [(1000, h) for h in range(720, 560, -3)] + [(640, 400), (512, 270), (360, 240)]
        for width, height in sizes:
            window.resize(width, height)
            qtbot.waitUntil(lambda: window.size() == QSize(width, height), timeout=500)  # noqa: B023
            qtbot.wait(10)
            box, line = _on_page(hint, page), _on_page(keys, page)
            assert not box.intersects(line), (width, height, box, line)
            assert line.bottom() <= page.height(), (width, height)
            least = hint.minimumSizeHint().height()
            assert least >= hint.fontMetrics().height() and box.height() >= least
            scrolls = page.height() > welcome.height()
            if scrolls:  # the page scrolls only once the box gave way
                assert box.height() == least, (width, height, box)
            shrank_in_sight |= box.height() < 110 and not scrolls
        assert shrank_in_sight
        window.resize(1000, 700)
        qtbot.waitUntil(lambda: hint.height() >= 110)
        opened: list[object] = []
        window.drops.dropped.connect(opened.append)
        drop(qtbot, hint, [sample_dir])  # a drop on the page, in its scroll area, still opens
        assert opened == [[sample_dir]]
