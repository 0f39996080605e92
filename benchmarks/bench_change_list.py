"""The change list painted while a worker holds the GIL: a Python model against the rows the
app builds (``panels/change_rows.py``).

    .venv/bin/python benchmarks/bench_change_list.py [--changes N] [--paints N]

Qt asks a model for every role of every cell it paints. A Python model's ``data()`` takes the
GIL for each call (some 900 for a screenful of changes), and behind a CPU-bound worker (a
grouping, a story's count) each waits up to the switch interval the app sets. The app's rows
are a ``QStandardItemModel`` Qt reads in C++. Measured in the same run: the median time of a
synchronous repaint of the list, idle and beside a busy Python thread, for a Python model
serving the same texts (the app's model before) and for the app's; and what building the
rows costs (in the worker that compares the pair).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import threading
import time
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QApplication, QTreeView

from wirediff.ui.jobs.runner import SWITCH_INTERVAL
from wirediff.ui.panels.change_rows import HEADERS, KINDS, change_rows, tooltip

Index = QModelIndex | QPersistentModelIndex


class PythonModel(QAbstractTableModel):
    """The same rows served by ``data()`` in Python."""

    def __init__(self, kinds: list[str], excerpts: list[str]) -> None:
        super().__init__()
        self.kinds, self.excerpts = kinds, excerpts

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.kinds)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        ok = orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
        return HEADERS[section] if ok else None

    def data(self, index: Index, role: int = 0) -> Any:
        row, col = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (str(row + 1), KINDS[self.kinds[row]], "", self.excerpts[row])[col]
        if role == Qt.ItemDataRole.ToolTipRole and col >= 2:
            return tooltip(self.excerpts[row], False, None)
        return None


def paints(app: QApplication, view: QTreeView, count: int, busy: bool) -> float:
    """The median time of ``count`` synchronous repaints, a busy Python thread beside them or
    not."""
    stop = threading.Event()

    def spin() -> None:
        n = 0
        while not stop.is_set():
            n += 1

    worker = threading.Thread(target=spin) if busy else None
    if worker is not None:
        worker.start()
        time.sleep(0.05)
    times = []
    for _ in range(count):
        start = time.perf_counter()
        view.viewport().repaint()
        times.append(time.perf_counter() - start)
    stop.set()
    if worker is not None:
        worker.join()
    app.processEvents()
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--changes", type=int, default=2000)
    parser.add_argument("--paints", type=int, default=15)
    args = parser.parse_args()
    sys.setswitchinterval(SWITCH_INTERVAL)  # as the app's runner sets it
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    kinds = [("replace", "insert", "delete", "move")[i % 4] for i in range(args.changes)]
    excerpts = [f"the council's {i} words → the mayor's {i} words" for i in range(args.changes)]
    start = time.perf_counter()
    rows = change_rows(kinds, excerpts)
    built = time.perf_counter() - start
    print(f"{args.changes:,} changes; rows built in {built * 1000:.1f} ms (in the worker)")
    python = PythonModel(kinds, excerpts)
    results = {}
    for name, model in (("Python model (before)", python), ("item model (now)", rows.model)):
        view = QTreeView()
        view.setUniformRowHeights(True)
        view.setModel(model)
        view.resize(520, 900)
        view.show()
        app.processEvents()
        idle = paints(app, view, args.paints, busy=False)
        busy = paints(app, view, args.paints, busy=True)
        results[name] = busy
        paint = f"paint {idle * 1000:6.1f} ms idle, {busy * 1000:6.1f} ms"
        print(f"{name:22} {paint} beside a busy worker")
        view.close()
    before, now = results.values()
    print(f"beside a busy worker the item model paints {before / now:.1f}x as fast")


if __name__ == "__main__":
    main()
