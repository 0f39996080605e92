"""Opening a big folder in the window: time to the first list rows, to the grouped list, and
the longest GUI-thread stall.

    .venv/bin/python benchmarks/bench_gui_folder.py [--docs 10000] [--seed 1]

Generates a folder of short articles with known stories (``wirediff.core.stories.synth``),
opens it in a real MainWindow (offscreen unless a display is set) and measures:

* first rows: from ``open_paths`` until the flat list is filled and painted (reading every
  file and counting its words included);
* grouped: until the list shows events and stories (story grouping included);
* the longest GUI-thread stall while loading, while grouping (until 1.5 s after the grouped
  list), while typing in the grouped list's filter (two keys, a third, then clearing it:
  each followed by a pause), while stepping through it with Ctrl+PgDown (ten presses) and
  ] (next story, five presses), while grouping is turned off and on again (Ctrl+Shift+G
  twice), while the flat list shows every similarity to a new base (b), and while the
  user steps through the flat list (Down, eight times, 0.5 s apart) as it is grouped
  (each key compares a pair and shows it while the grouping worker runs): probes posted
  from another thread every 5 ms, as in ``bench_gui.py``;
* the baseline, measured in the same run: building the same flat and grouped list models
  in the calling thread, which is what filling the list used to cost the GUI thread.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from bench_gui import StallMeter, spin, wait_for
from wirediff.core.stories.synth import generate, pair_precision_recall, write
from wirediff.ui.common.settings import Settings
from wirediff.ui.doclist.columns import TITLE
from wirediff.ui.doclist.model import build_list, grouped_list
from wirediff.ui.shell.window import MainWindow

STALLS = (
    "loading",
    "grouping",
    "stepping, grouping",
    "filtering",
    "next document",
    "next story",
    "toggling",
    "rebasing",
)


def open_folder(window: MainWindow, folder: Path) -> dict[str, float]:
    """Open ``folder``; times to the first rows and the grouped list, stalls on the way."""
    meter = StallMeter()
    meter.start()
    start = time.perf_counter()
    window.open_paths([folder])
    wait_for(window.loaded, 600_000)
    window.doc_list.view.viewport().repaint()
    rows = time.perf_counter() - start
    assert window.doc_list.proxy.rowCount() > 0, "the list is empty"
    loading = meter.stop()
    meter.start()  # the user steps through the flat list while it is grouped
    window.doc_list.view.setFocus()
    for _ in range(8):
        QTest.keyClick(window.doc_list.view, Qt.Key.Key_Down)
        spin(500)
    stepping_grouping = meter.stop()
    meter.start()
    wait_for(window.stories_ready, 600_000)
    window.doc_list.view.viewport().repaint()
    grouped = time.perf_counter() - start
    spin(1500)
    grouping = meter.stop()
    filtering, stepping, story_keys = keys(window, meter)
    meter.start()
    window.actions_["group_stories"].setChecked(False)  # Ctrl+Shift+G: the list rebuilt flat
    settle(window)
    toggling = meter.stop()
    meter.start()
    window.doc_list.select(5)
    window.commands.set_base()  # b in the flat list: every similarity to the new base
    settle(window)
    rebasing = meter.stop()
    meter.start()
    window.actions_["group_stories"].setChecked(True)  # and grouped again
    settle(window)
    toggling = max(toggling, meter.stop())
    return {
        "rows": rows,
        "grouped": grouped,
        "loading": loading,
        "grouping": grouping,
        "stepping, grouping": stepping_grouping,
        "filtering": filtering,
        "next document": stepping,
        "next story": story_keys,
        "toggling": toggling,
        "rebasing": rebasing,
    }


def keys(window: MainWindow, meter: StallMeter) -> tuple[float, float, float]:
    """The longest stalls while typing in the filter, on Ctrl+PgDown, and on ]."""
    doc_list = window.doc_list
    title = doc_list.cells.cell_text(3, TITLE)  # its first letters: part of the list
    doc_list.filter.setFocus()
    meter.start()
    for text in (title[:2], title[2:3]):
        QTest.keyClicks(doc_list.filter, text)
        spin(600)
    doc_list.filter.selectAll()
    QTest.keyClick(doc_list.filter, Qt.Key.Key_Backspace)
    spin(600)
    filtering = meter.stop()
    view = doc_list.view
    view.setFocus()
    results = [filtering]
    for key, modifier, times in (
        (Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier, 10),
        (Qt.Key.Key_BracketRight, Qt.KeyboardModifier.NoModifier, 5),
    ):
        meter.start()
        for _ in range(times):
            QTest.keyClick(view, key, modifier)
            spin(30)
        results.append(meter.stop())
    settle(window)
    return results[0], results[1], results[2]


def settle(window: MainWindow) -> None:
    """Until the background work is done, and half a second for the list to show it."""
    spin(100)
    while window.session.runner.busy():
        spin(20)
    spin(500)


def baseline(window: MainWindow) -> float:
    """Seconds to build the flat and the grouped model of what is open, in this thread."""
    assert window.index is not None
    words = window.doc_list.words
    start = time.perf_counter()
    build_list(window.documents, words)
    grouped_list(window.index, words)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory(prefix="wirediff-bench-") as tmp:
        corpus = generate(args.docs, seed=args.seed)
        folder = Path(tmp) / "folder"
        write(corpus, folder)
        store = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(Settings(store))
        window.resize(1400, 860)
        window.show()
        spin(300)
        r = open_folder(window, folder)
        assert window.index is not None
        by_name = {d.path.name: i for i, d in enumerate(corpus.documents)}
        truth = [corpus.story[by_name[d.path.name]] for d in window.documents]
        found = [window.index.story_of(i).id for i in range(len(window.documents))]
        precision, recall = pair_precision_recall(truth, found)
        base = baseline(window)
        window.close()
    del app
    worst = max(r[name] for name in STALLS)
    print(f"{args.docs:,} documents, {len(set(corpus.story)):,} true stories")
    print(f"first list rows        {r['rows']:8.2f} s  (reading and counting words included)")
    print(f"grouped list           {r['grouped']:8.2f} s  (story grouping included)")
    print(f"grouping precision / recall of same-story pairs: {precision:.3f} / {recall:.3f}")
    print("longest GUI-thread stall")
    for name in STALLS:
        print(f"  while {name:17} {r[name] * 1000:6.0f} ms")
    print(f"baseline: flat + grouped list models built in one thread {base * 1000:6.0f} ms")
    print(f"longest stall / baseline: {worst / base:.2f} (target: stalls under ~100 ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
