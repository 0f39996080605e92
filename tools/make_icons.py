"""Render the app icon (resources/icons/*.svg) to the PNG sizes, .ico and .icns the platforms need.

    python tools/make_icons.py            write resources/icons/wirediff-<size>.png, .ico, .icns
    python tools/make_icons.py --check    exit 1 if the committed files differ from a fresh render

The outputs are committed so that building the app needs no rendering step. Sizes of 16 and 32
come from the pixel-aligned wirediff-small.svg (crisp in menus and title bars); the others from
wirediff.svg. The .ico and .icns containers hold PNG images and are written here in pure Python.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
SMALL_SIZES = (16, 32)  # exact multiples of the 16-pixel grid of wirediff-small.svg
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# Apple icon types holding PNG data: type -> pixel size (the @2x types reuse the larger render).
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),
    (b"ic11", 32),
    (b"ic12", 64),
    (b"ic13", 256),
    (b"ic14", 512),
)
# Largest per-channel difference a fresh render may show against the committed one (antialiasing
# may differ by a step or two between Qt builds; an edited drawing differs by far more).
CHECK_TOLERANCE = 8


def render(size: int) -> QImage:
    """The icon at ``size`` x ``size`` pixels, premultiplied ARGB."""
    source = ICONS / ("wirediff-small.svg" if size in SMALL_SIZES else "wirediff.svg")
    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: {source} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    """The image encoded as PNG."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise SystemExit("make_icons: PNG encoding failed")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding one PNG per size (PNG entries load on Windows Vista and later)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, images = b"", b""
    for size, data in sorted(pngs.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in the directory entry
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        images += data
        offset += len(data)
    return header + entries + images


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns holding PNG data for each icon type in ``ICNS_TYPES``."""
    body = b"".join(
        kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def outputs() -> dict[Path, bytes]:
    """Every generated file and its contents."""
    sizes = sorted({*PNG_SIZES, *ICO_SIZES, *(size for _, size in ICNS_TYPES)})
    pngs = {size: png_bytes(render(size)) for size in sizes}
    files = {ICONS / f"wirediff-{size}.png": pngs[size] for size in PNG_SIZES}
    files[ICONS / "wirediff.ico"] = ico_bytes({size: pngs[size] for size in ICO_SIZES})
    files[ICONS / "wirediff.icns"] = icns_bytes(pngs)
    return files


def images_close(a: QImage, b: QImage, tolerance: int) -> bool:
    """Whether two images have the same size and no channel differs by more than ``tolerance``."""
    if a.size() != b.size():
        return False
    a = a.convertToFormat(QImage.Format.Format_RGBA8888)
    b = b.convertToFormat(QImage.Format.Format_RGBA8888)
    pa, pb = bytes(a.constBits()), bytes(b.constBits())  # type: ignore[call-overload]
    return all(abs(x - y) <= tolerance for x, y in zip(pa, pb, strict=True))


def read_ico(data: bytes) -> dict[int, bytes]:
    """The PNG images of an .ico written by ``ico_bytes``, by pixel size."""
    _, kind, count = struct.unpack_from("<HHH", data, 0)
    if kind != 1:
        raise ValueError("not an icon file")
    images = {}
    for index in range(count):
        side, _, _, _, _, _, length, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * index)
        images[side or 256] = data[offset : offset + length]
    return images


def read_icns(data: bytes) -> dict[bytes, bytes]:
    """The image data of an .icns, by icon type."""
    if data[:4] != b"icns" or struct.unpack_from(">I", data, 4)[0] != len(data):
        raise ValueError("not an icns file")
    images, position = {}, 8
    while position < len(data):
        kind, length = (
            data[position : position + 4],
            struct.unpack_from(">I", data, position + 4)[0],
        )
        images[kind] = data[position + 8 : position + length]
        position += length
    return images


def _embedded_pngs(path: Path, data: bytes) -> dict[object, bytes]:
    """The PNG images inside a generated file (the file itself for a .png)."""
    if path.suffix == ".ico":
        return dict(read_ico(data))
    if path.suffix == ".icns":
        return dict(read_icns(data))
    return {path.name: data}


def stale_files(files: dict[Path, bytes]) -> list[str]:
    """Names of the committed files that are missing or look different from ``files``."""
    stale = []
    for path, fresh in files.items():
        if not path.is_file():
            stale.append(f"{path.name} (missing)")
            continue
        try:
            committed = _embedded_pngs(path, path.read_bytes())
        except (ValueError, struct.error):
            stale.append(f"{path.name} (unreadable)")
            continue
        expected = _embedded_pngs(path, fresh)
        same = committed.keys() == expected.keys() and all(
            images_close(QImage.fromData(committed[k]), QImage.fromData(v), CHECK_TOLERANCE)
            for k, v in expected.items()
        )
        if not same:
            stale.append(path.name)
    return stale


def main(argv: list[str] | None = None) -> int:
    """Write the icons, or with ``--check`` compare the committed ones to a fresh render."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="compare instead of writing")
    args = parser.parse_args(argv)
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (keeps Qt up)
    files = outputs()
    if args.check:
        stale = stale_files(files)
        for name in stale:
            print(f"make_icons: {name} is out of date; run python tools/make_icons.py")
        return 1 if stale else 0
    for path, data in files.items():
        path.write_bytes(data)
        print(f"wrote {path.relative_to(ICONS.parent.parent)} ({len(data)} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
