"""The app icon: committed renderings up to date, containers well formed, legible at 16 px."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "tools"))

import make_icons  # noqa: E402


@pytest.fixture(scope="module")
def fresh(qapp: object) -> dict[Path, bytes]:
    return make_icons.outputs()


def test_committed_icons_match_a_fresh_render(fresh: dict[Path, bytes]) -> None:
    assert make_icons.stale_files(fresh) == []


def test_an_edited_drawing_is_reported_stale(
    qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copytree(make_icons.ICONS, tmp_path / "icons")
    svg = tmp_path / "icons" / "wirediff.svg"
    svg.write_text(svg.read_text().replace("#ffc02e", "#20c020"), encoding="utf-8")
    monkeypatch.setattr(make_icons, "ICONS", tmp_path / "icons")
    stale = make_icons.stale_files(make_icons.outputs())
    assert "wirediff-256.png" in stale and "wirediff.ico" in stale and "wirediff.icns" in stale
    assert "wirediff-16.png" not in stale  # drawn from wirediff-small.svg, which is unchanged


def test_png_sizes(qapp: object) -> None:
    for size in make_icons.PNG_SIZES:
        image = QImage(str(make_icons.ICONS / f"wirediff-{size}.png"))
        assert (image.width(), image.height()) == (size, size)
        assert image.hasAlphaChannel()


def test_ico_holds_every_size_as_png(qapp: object) -> None:
    images = make_icons.read_ico((make_icons.ICONS / "wirediff.ico").read_bytes())
    assert sorted(images) == sorted(make_icons.ICO_SIZES)
    for size, data in images.items():
        assert data.startswith(b"\x89PNG")
        image = QImage.fromData(data)
        assert (image.width(), image.height()) == (size, size)


def test_icns_holds_every_type_at_its_size(qapp: object) -> None:
    images = make_icons.read_icns((make_icons.ICONS / "wirediff.icns").read_bytes())
    assert list(images) == [kind for kind, _ in make_icons.ICNS_TYPES]
    for kind, size in make_icons.ICNS_TYPES:
        image = QImage.fromData(images[kind])
        assert (image.width(), image.height()) == (size, size), kind


def test_containers_reject_other_files() -> None:
    png = (make_icons.ICONS / "wirediff-16.png").read_bytes()
    with pytest.raises(ValueError):
        make_icons.read_icns(png)
    with pytest.raises(ValueError):
        make_icons.read_ico(b"\0\0\2\0\0\0")


def _near(colour: QColor, hex_colour: str, tolerance: int = 40) -> bool:
    want = QColor(hex_colour)
    pairs = zip(colour.getRgb()[:3], want.getRgb()[:3], strict=True)
    return all(abs(a - b) <= tolerance for a, b in pairs)


def test_sixteen_pixels_still_show_the_picture(qapp: object) -> None:
    """Blue tile, two light columns, the yellow band across them: legible in a menu."""
    image = QImage(str(make_icons.ICONS / "wirediff-16.png"))
    assert _near(image.pixelColor(8, 1), "#21406b")  # the tile
    assert _near(image.pixelColor(3, 11), "#f7f4ec")  # left column, below the band
    assert _near(image.pixelColor(12, 13), "#f7f4ec")  # right column, set lower
    assert _near(image.pixelColor(8, 2), "#21406b")  # the gap between the columns
    for x in (2, 8, 13):
        assert _near(image.pixelColor(x, 7), "#ffc02e")  # the band runs across both
    assert image.pixelColor(0, 0).alpha() < 255  # rounded corners
