"""The app on a stories index of 200,000 documents: time to the first list rows and the first
diff, and the longest GUI-thread stall while it opens, pages through the list, steps
through versions, filters the whole index and opens a story's views.

    ./dev bench index_view      (or: .venv/bin/python benchmarks/bench_index_view.py)
    ... --documents 200000 --pages 30 --steps 20

The index is written directly (``wirediff.scale.synthetic``: the engine's placement and file
layout, one 100,000-row row group per part as Dask writes them), with text files for the
first documents of its list. It is opened in a real MainWindow (offscreen unless a display
is set) as File ▸ Open stories index… does. Measured, in one run:

* open: from the request until the first page is listed and until the first pair is painted;
* the longest GUI-thread stall (``bench_gui.StallMeter``: probes posted from another thread
  every 5 ms) while it opens, while Down steps through ``--steps`` rows of the first page
  (a version's two texts read and compared, then its story's other versions for the story
  panel and counted; a lone article: a line saying so), and while
  the list is scrolled to its end ``--pages`` times (each time the next page is read in a
  worker and appended; past ``MAX_PAGES`` the list moves on to the last page and the next);
* the longest stall while the filter is typed key by key (Ctrl+L, then ``QTest.keyClicks``)
  and the index is searched in a worker, for each of ``QUERIES`` (one file name, an
  outlet, a date, one letter: 1 to ~180,000 matches), then cleared (the index's first
  page again); the time from the last key to the matches listed (after the filter's
  250 ms pause);
* the longest stall while the Outlet header is clicked with the pages listed (they are read
  again in a worker, each story's versions sorted, and swapped in);
* the longest stall while the story view (Ctrl+K) and the story's heat map are opened on
  a story of the first page (its texts read in a worker, its versions compared);
* baselines, same run: the stall the probe sees with the window idle for a second before
  and after (its floor: on a shared machine, other work shows there too), and the
  time to read every row of the index on the GUI thread, which a list built whole would
  need before showing anything (the stall a non-paged list starts with, at the least).

Numbers depend on a machine shared with other work: compare the stalls with the baselines
(target: no stall over 100 ms), not the seconds.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "gui"))

from PySide6.QtCore import QPoint, QSettings, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from bench_gui import StallMeter, spin  # noqa: E402
from bench_story_view import wait  # noqa: E402
from wirediff.scale.reader import StoriesIndex  # noqa: E402
from wirediff.scale.synthetic import write_index  # noqa: E402
from wirediff.ui.common.settings import Settings  # noqa: E402
from wirediff.ui.doclist.columns import OUTLET  # noqa: E402
from wirediff.ui.shell.window import MainWindow  # noqa: E402

QUERIES = ("0001234.txt", "Al Jazeera", "2021-07-03", "a")


Searched = tuple[str, int, float, float]


def search(window: MainWindow, meter: StallMeter) -> tuple[list[Searched], float]:
    """Type each of ``QUERIES`` into the filter and wait for its matches; then clear it.
    Returns (text, matches, seconds from the last key to the list, longest stall) and the
    longest stall of all."""
    archive, doc_list = window.session.archive, window.doc_list
    found: list[Searched] = []
    listed: list[float] = []
    archive.listed.connect(lambda _l: listed.append(time.perf_counter()))
    for text in (*QUERIES, ""):
        listed.clear()
        meter.start()
        QTest.keyClick(doc_list.view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        if text:
            QTest.keyClicks(doc_list.filter, text)
        else:
            QTest.keyClick(doc_list.filter, Qt.Key.Key_Backspace)  # all selected: cleared
        typed = time.perf_counter()
        wait(lambda: bool(listed))
        spin(300)  # the page laid out
        count = archive.found.count if archive.found is not None else archive.source.documents
        found.append((text or "(cleared)", count, listed[0] - typed, meter.stop()))
    return found, max(f[3] for f in found)


def sort_listed(window: MainWindow, meter: StallMeter) -> tuple[float, float]:
    """Click the Outlet header: the longest stall, and the seconds until the sorted pages
    are listed."""
    archive, header = window.session.archive, window.doc_list.view.header()
    done: list[float] = []
    archive.sorted_ready.connect(lambda _p: done.append(time.perf_counter()))
    at = header.sectionViewportPosition(OUTLET) + header.sectionSize(OUTLET) // 2
    meter.start()
    t0 = time.perf_counter()
    QTest.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(at, header.height() // 2)
    )
    wait(lambda: bool(done))
    spin(300)
    return meter.stop(), done[0] - t0


def story_views(window: MainWindow, meter: StallMeter) -> float:
    """Ctrl+K on the first story of 4+ versions listed, back, then its heat map."""
    archive, view = window.session.archive, window.doc_list.view
    story = next(
        s
        for e in archive.entries.values()
        if (s := archive.story(e.story)) is not None and len(s.entries) >= 4
    )
    window.doc_list.select(story.entries[1].row)
    spin(500)
    wait(lambda: not window.session.runner.busy())
    meter.start()
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    table = window.parts.story_view
    wait(lambda: not table.building() and table.model.rowCount() > 0)
    spin(200)
    QTest.keyClick(table.table, Qt.Key.Key_Escape)
    shown: list[int] = []
    window.heat_map_shown.connect(lambda: shown.append(1))
    view.setFocus()
    QTest.keyClick(
        view, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    wait(lambda: bool(shown))
    spin(300)
    if window.heat_map is not None:
        window.heat_map.close()
    QGuiApplication.processEvents()
    return meter.stop()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--documents", type=int, default=200_000)
    parser.add_argument("--pages", type=int, default=30)
    parser.add_argument("--steps", type=int, default=20)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory(prefix="wirediff-bench-") as folder:
        root = Path(folder)
        started = time.perf_counter()
        events = write_index(root / "stories.parquet", args.documents, root / "texts", texts=400)
        written = time.perf_counter() - started
        print(f"index: {args.documents:,} documents, {events:,} events, written in {written:.1f} s")

        store = QSettings(str(root / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(Settings(store))
        window.resize(1400, 860)
        window.show()
        spin(300)
        meter = StallMeter()
        meter.start()
        spin(1000)
        idle = meter.stop()

        archive = window.session.archive
        shown: list[float] = []
        window.comparison_shown.connect(lambda: shown.append(time.perf_counter()))
        meter.start()
        t0 = time.perf_counter()
        window.commands.index.open(root / "stories.parquet")
        wait(lambda: archive.active)
        listed = time.perf_counter() - t0
        wait(lambda: bool(shown))
        painted = shown[0] - t0
        spin(200)
        open_stall = meter.stop()

        view = window.doc_list.view
        bar = view.verticalScrollBar()
        view.setFocus()
        window.doc_list.select(min(archive.entries))
        spin(300)
        meter.start()
        for _ in range(args.steps):
            count = len(shown)
            QTest.keyClick(view, Qt.Key.Key_Down)
            wait(lambda count=count: len(shown) > count or not window.session.runner.busy())  # type: ignore[misc]
        spin(200)
        step_stall = meter.stop()
        meter.start()
        t0 = time.perf_counter()
        for _ in range(args.pages):
            before = archive.loaded()[1]
            bar.setValue(bar.maximum())
            wait(lambda before=before: archive.loaded()[1] > before)  # type: ignore[misc]
            spin(30)
        paging = time.perf_counter() - t0
        spin(300)  # the last page laid out
        page_stall = meter.stop()
        rows = window.doc_list.model.rowCount()
        first, end, total = archive.loaded()

        reads = archive.reads + archive.stories.texts
        sort_stall, sort_seconds = sort_listed(window, meter)
        searches, search_stall = search(window, meter)
        story_stall = story_views(window, meter)
        meter.start()
        spin(1000)
        idle_after = meter.stop()
        window.close()

        t0 = time.perf_counter()
        index = StoriesIndex(root / "stories.parquet")
        index.rows(0, index.document_count)
        read_all = time.perf_counter() - t0

    print(f"first page listed after {listed:.2f} s, first pair painted after {painted:.2f} s")
    print(
        f"{args.pages} pages more in {paging:.1f} s (events {first + 1:,}-{end:,} of {total:,} "
        f"listed: {rows:,} top-level rows); texts read: {reads} "
        f"(for {args.steps} steps: the pairs', and their stories' for the story panel)"
    )
    print(f"{'':34}{'longest stall':>14}")
    print(f"{'baseline: idle window, before':34}{idle * 1000:11.0f} ms")
    print(f"{'baseline: idle window, after':34}{idle_after * 1000:11.0f} ms")
    print(f"{'baseline: every row read (GUI)':34}{read_all * 1000:11.0f} ms")
    print(f"{'opening the index':34}{open_stall * 1000:11.0f} ms")
    print(f"{'paging to the end, x' + str(args.pages):34}{page_stall * 1000:11.0f} ms")
    print(f"{'Down through versions, x' + str(args.steps):34}{step_stall * 1000:11.0f} ms")
    print(
        f"{'sorting the pages listed':34}{sort_stall * 1000:11.0f} ms"
        f"   (sorted and listed after {sort_seconds:.2f} s)"
    )
    print(f"{'filtering the whole index':34}{search_stall * 1000:11.0f} ms")
    print(f"{'story view and heat map':34}{story_stall * 1000:11.0f} ms")
    for text, count, seconds, stall in searches:
        print(
            f"  filter “{text}”: {count:,} documents match, listed {seconds:.2f} s after the "
            f"last key; longest stall {stall * 1000:.0f} ms"
        )
    print("(target: every stall under 100 ms; a list built whole stalls at least the read time)")
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
