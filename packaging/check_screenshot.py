"""Check that a ``wirediff --screenshot`` image shows a comparison, not an empty or broken window.

    python packaging/check_screenshot.py SHOT.png

Passes when the image is window-sized, has the variety of colours drawn text gives, and at least
two kinds of change highlight (the background colours of ``wirediff.ui.common.theme``, light or dark
palette) each cover a real area. Prints what it found; exits 1 with the reason otherwise.
"""

from __future__ import annotations

import os
import sys
from collections import Counter

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QColor, QImage

from wirediff.ui.common import theme

MIN_SIZE = (800, 500)
MIN_COLOURS = 50  # anti-aliased text alone gives hundreds
MAX_SHARE = 0.9  # no single colour may fill 90% of the window
MIN_HIGHLIGHT_PIXELS = 400  # about one highlighted word at the default font size
MIN_HIGHLIGHT_KINDS = 2
TOLERANCE = 3  # per channel: what colour management or dithering might change
KINDS = ("delete_bg", "insert_bg", "replace_bg", "moved_bg")


def colour_counts(image: QImage) -> Counter[tuple[int, int, int]]:
    """How many pixels have each RGB colour."""
    rgb = image.convertToFormat(QImage.Format.Format_RGB888)
    width, height, stride = rgb.width(), rgb.height(), rgb.bytesPerLine()
    data = bytes(rgb.constBits())  # type: ignore[call-overload]
    counts: Counter[tuple[int, int, int]] = Counter()
    for y in range(height):
        row = data[y * stride : y * stride + 3 * width]
        counts.update(zip(row[0::3], row[1::3], row[2::3], strict=True))
    return counts


def highlight_pixels(counts: Counter[tuple[int, int, int]]) -> dict[str, int]:
    """Pixels of each highlight kind, in the palette (light or dark) that shows more of them."""
    best: dict[str, int] = {}
    for palette in (theme.LIGHT, theme.DARK):
        found = {}
        for kind in KINDS:
            target = QColor(getattr(palette, kind))
            want = (target.red(), target.green(), target.blue())
            found[kind] = sum(
                n
                for colour, n in counts.items()
                if all(abs(a - b) <= TOLERANCE for a, b in zip(colour, want, strict=True))
            )
        if sum(found.values()) > sum(best.values()):
            best = found
    return best


def problems(image: QImage) -> list[str]:
    """Why the image does not show a comparison (empty when it does)."""
    if image.isNull():
        return ["not a readable image"]
    if image.width() < MIN_SIZE[0] or image.height() < MIN_SIZE[1]:
        return [f"only {image.width()}x{image.height()} pixels"]
    counts = colour_counts(image)
    found = []
    if len(counts) < MIN_COLOURS:
        found.append(f"only {len(counts)} colours (no text drawn?)")
    share = counts.most_common(1)[0][1] / (image.width() * image.height())
    if share > MAX_SHARE:
        found.append(f"one colour fills {share:.0%} of the window")
    kinds = {k: n for k, n in highlight_pixels(counts).items() if n >= MIN_HIGHLIGHT_PIXELS}
    if len(kinds) < MIN_HIGHLIGHT_KINDS:
        found.append(f"change highlights seen: {kinds or 'none'} (no comparison shown?)")
    return found


def main(argv: list[str]) -> int:
    """Check the image named on the command line."""
    if len(argv) != 1:
        print(__doc__.strip().split("\n")[2].strip(), file=sys.stderr)
        return 2
    image = QImage(argv[0])
    found = problems(image)
    if found:
        print(f"check_screenshot: {argv[0]}: " + "; ".join(found), file=sys.stderr)
        return 1
    counts = colour_counts(image)
    kinds = highlight_pixels(counts)
    print(f"check_screenshot: {argv[0]}: {image.width()}x{image.height()}, {len(counts)} colours,")
    print(
        "  highlight pixels " + ", ".join(f"{k.removesuffix('_bg')} {n}" for k, n in kinds.items())
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
