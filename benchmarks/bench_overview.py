"""A repaint of the overview strip (the change map beside the scroll bar) with many changes.

    .venv/bin/python benchmarks/bench_overview.py [--changes 40000] [--paints 15]

Every key that moves the screen (n, p, Alt+End, PgDown) repaints the strip. It painted each
change's mark in Python on every repaint: half a second for a pair of 40,000 changes. The
app now paints the marks once into an image (per comparison, size and theme) and a repaint
copies it. Measured in the same run, on a strip of a window's height: the median time of a
synchronous repaint (the viewport indicator moved each time, as a key press does) of

* a strip painting every mark on each repaint (the app's strip before), with a pair of a
  news story's 30 changes (the baseline) and with ``--changes`` changes;
* the app's strip with the same two pairs; its first paint after the comparison is
  shown paints the image (once).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QApplication

from wirediff.ui.diff.overview import Overview

KINDS = ("delete", "insert", "replace", "move")
HEIGHT = 700


class EveryMark(Overview):
    """The strip as it was: every change's mark painted on every repaint."""

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.AlternateBase))
        colors = self.theme.overview
        for row, kind in self._marks:
            y1, y2 = self._y(row), self._y(row + 1)
            mark = QRectF(2, y1, self.width() - 4, max(2.0, y2 - y1))
            painter.fillRect(mark, QColor(colors[kind]))
            edge = self.theme.overview_edge(colors[kind])
            if edge is not None:
                painter.setPen(QColor(edge))
                painter.drawRect(mark.adjusted(0.5, 0.5, -0.5, -0.5))
        self.paint_overlay(painter)
        painter.end()


def pair(changes: int, seed: int = 4) -> tuple[list[int], list[tuple[int, str]]]:
    """Rows of a pair with ``changes`` changes, most rows changed (as a line-by-line edit)."""
    rnd = random.Random(seed)
    rows = max(changes + changes // 4, 60)
    weights = [rnd.randint(20, 300) for _ in range(rows)]
    marked = sorted(rnd.sample(range(rows), changes))
    return weights, [(row, rnd.choice(KINDS)) for row in marked]


def repaints(app: QApplication, strip: Overview, count: int) -> float:
    """The median time of ``count`` synchronous repaints, the screen moving down each time."""
    rows = len(strip._bounds) - 1
    times = []
    for i in range(count):
        first = rows * i // count
        strip.set_state((first, first + 20), first + 5, set())
        start = time.perf_counter()
        strip.repaint()
        times.append(time.perf_counter() - start)
    app.processEvents()
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--changes", type=int, default=40_000)
    parser.add_argument("--paints", type=int, default=15)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    results: dict[tuple[str, int], float] = {}
    for changes in (30, args.changes):
        weights, marks = pair(changes)
        for name, kind in (("before", EveryMark), ("now", Overview)):
            strip = kind()
            strip.resize(18, HEIGHT)
            strip.set_rows(weights, marks)
            strip.show()
            app.processEvents()
            strip.set_rows(weights, marks)  # the comparison shown: its marks to paint again
            start = time.perf_counter()
            strip.repaint()
            first = time.perf_counter() - start
            results[name, changes] = median = repaints(app, strip, args.paints)
            shown = f", {len(strip.shown_marks(1.0)):,} marks shown" if name == "now" else ""
            print(
                f"{changes:>7,} changes  {name:6}  first paint {first * 1000:7.2f} ms"
                f"  repaint {median * 1000:7.2f} ms{shown}"
            )
            strip.close()
    many = args.changes
    speedup = results["before", many] / results["now", many]
    print(f"with {many:,} changes the strip repaints {speedup:.0f}x as fast as before")
    before = results["before", many] / results["before", 30]
    now = results["now", many] / results["now", 30]
    print(f"a repaint with {many:,} changes / with 30: before {before:.1f}x, now {now:.1f}x")


if __name__ == "__main__":
    main()
