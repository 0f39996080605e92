"""The screenshot check passes a drawn comparison and fails a blank or comparison-less window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QFont, QImage, QPainter

from wirediff.ui.common import theme

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "packaging"))

import check_screenshot  # noqa: E402


def _window(highlights: list[str]) -> QImage:
    """A 1200x800 window with lines of text, some on highlight backgrounds."""
    image = QImage(1200, 800, QImage.Format.Format_RGB32)
    image.fill(QColor("#efefef"))
    painter = QPainter(image)
    painter.setFont(QFont("DejaVu Sans", 11))
    for row in range(30):
        top = 20 + row * 25
        if highlights:
            colour = highlights[row % len(highlights)]
            painter.fillRect(QRect(40, top, 500, 20), QColor(colour))
        painter.drawText(45, top + 15, f"Row {row}: US combat troops will leave Iraq by year end")
    painter.end()
    return image


def test_comparison_passes(qapp: object) -> None:
    image = _window([theme.LIGHT.delete_bg, theme.LIGHT.insert_bg])
    assert check_screenshot.problems(image) == []


def test_dark_palette_comparison_passes(qapp: object) -> None:
    image = _window([theme.DARK.insert_bg, theme.DARK.replace_bg])
    assert check_screenshot.problems(image) == []


def test_text_without_highlights_fails(qapp: object) -> None:
    found = check_screenshot.problems(_window([]))
    assert found and "no comparison shown" in found[-1]


def test_one_kind_of_highlight_is_not_enough(qapp: object) -> None:
    found = check_screenshot.problems(_window([theme.LIGHT.insert_bg]))
    assert found and "no comparison shown" in found[-1]


def test_blank_window_fails(qapp: object) -> None:
    image = QImage(1200, 800, QImage.Format.Format_RGB32)
    image.fill(QColor("#ffffff"))
    found = check_screenshot.problems(image)
    assert any("colours" in p for p in found) and any("fills 100%" in p for p in found)


def test_small_or_missing_image_fails(qapp: object, tmp_path: Path) -> None:
    assert check_screenshot.problems(QImage(200, 100, QImage.Format.Format_RGB32))
    assert check_screenshot.problems(QImage(str(tmp_path / "missing.png"))) == [
        "not a readable image"
    ]
    assert check_screenshot.main([str(tmp_path / "missing.png")]) == 1
