"""The story view of a 50-version, 200-unit story: time to open it, and the longest stall of
the GUI thread while it opens and while it scrolls.

    ./dev bench story_view      (or: .venv/bin/python benchmarks/bench_story_view.py)
    ... --units 200 --versions 49 --repeat 3

The story is ``corpus_gen.story`` (the story-table benchmark's: seeded edits of a base of
``--units`` paragraphs), written to a folder with a date in each file name, and opened in a
real MainWindow (offscreen unless a display is set). Measured, per run:

* open: from Ctrl+K until the table is on screen and painted (the table is built in a
  worker: one aligned diff per version, the layout, every cell measured); and again when
  the story panel has compared the versions already (only the layout is left to do);
* baseline, same run, same texts and options: ``build_story_table`` alone (the engine's
  work the view cannot do without), and the ratio;
* the longest GUI-thread stall while it opens, either way (``bench_gui.StallMeter``: probes
  posted from another thread every 5 ms), and while it scrolls: the view is scrolled a
  screen at a time to the bottom and then across every version, each step painted;
* the slowest and median single scroll step (a repaint of the cells newly on screen).

Numbers depend on a machine shared with other work: compare the ratios and the stalls
(target: no stall over 100 ms), not the seconds.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "gui"))

from PySide6.QtCore import QEventLoop, QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from bench_gui import StallMeter, spin  # noqa: E402
from corpus_gen import story  # noqa: E402
from wirediff.core.chronology import time_order  # noqa: E402
from wirediff.core.storytable import build_story_table, story_documents  # noqa: E402
from wirediff.ui.common.settings import Settings  # noqa: E402
from wirediff.ui.shell.window import MainWindow  # noqa: E402

TIMEOUT = 600.0


def write_story(folder: Path, units: int, versions: int, seed: int) -> None:
    base, texts = story(units, versions, seed)
    (folder / "v000_2021-01-01.txt").write_text(f"Generated story\n\n{base}", encoding="utf-8")
    for n, text in enumerate(texts, 1):
        day = f"2021-{1 + n // 28:02d}-{1 + n % 28:02d}"
        (folder / f"v{n:03d}_{day}.txt").write_text(f"Generated story\n\n{text}", "utf-8")


def wait(condition, timeout: float = TIMEOUT) -> None:  # type: ignore[no-untyped-def]
    """Run the event loop (idle between events, as the app's is) until ``condition()``."""
    loop = QEventLoop()
    poll = QTimer(interval=10)
    poll.timeout.connect(lambda: loop.quit() if condition() else None)
    poll.start()
    QTimer.singleShot(int(timeout * 1000), loop.quit)
    if not condition():
        loop.exec()
    poll.stop()
    if not condition():
        raise TimeoutError("the story view did not open")


def open_view(window: MainWindow) -> float:
    """Ctrl+K until the table is painted; seconds."""
    view = window.parts.story_view
    start = time.perf_counter()
    window.commands.story_view()
    wait(lambda: not view.building() and view.model.rowCount() > 0)
    view.table.viewport().repaint()
    return time.perf_counter() - start


def scroll(window: MainWindow) -> list[float]:
    """A screen at a time down to the bottom, then across every column; each step's
    seconds (scroll and synchronous repaint)."""
    table = window.parts.story_view.table
    steps = []
    for bar in (table.verticalScrollBar(), table.horizontalScrollBar()):
        bar.setValue(0)
        while bar.value() < bar.maximum():
            start = time.perf_counter()
            bar.setValue(bar.value() + bar.pageStep())
            table.viewport().repaint()
            steps.append(time.perf_counter() - start)
            spin(2)
    return steps


def baseline(window: MainWindow) -> float:
    """``build_story_table`` on the same story, texts and options; seconds."""
    session = window.session
    index, story_id = session.index, session.view.current_story()
    assert index is not None and story_id is not None
    base, versions = story_documents(index, story_id, boilerplate=not session.hide_boilerplate)
    docs = index.stories[story_id].documents
    by_doc = dict(zip(docs[1:], versions, strict=True))
    ordered = [by_doc[d] for d in time_order(docs[1:], index.documents)]
    start = time.perf_counter()
    build_story_table(base, ordered, session.options)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--units", type=int, default=200)
    parser.add_argument("--versions", type=int, default=49)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory(prefix="wirediff-bench-") as folder:
        root = Path(folder)
        (root / "story").mkdir()
        write_story(root / "story", args.units, args.versions, args.seed)
        window = MainWindow(Settings(QSettings(str(root / "s.ini"), QSettings.Format.IniFormat)))
        window.resize(1400, 860)
        window.show()
        window.open_paths([root / "story"])
        wait(lambda: window.index is not None and not window.session.runner.busy())
        spin(300)
        index = window.index
        assert index is not None
        sizes = sorted((len(s.versions) for s in index.stories), reverse=True)
        print(f"{len(index.documents)} documents grouped into stories of {sizes[:5]} versions")
        meter = StallMeter()
        rows = []
        diffs = window.session.stories.diffs  # the story panel's: every version compared
        assert diffs is not None
        for run in range(args.repeat):
            window.story_page.tables.forget()  # build it again, diffs and all
            window.session.stories.diffs = None
            meter.start()
            opened = open_view(window)
            spin(300)
            open_stall = meter.stop()
            data = window.parts.story_view.model.data_
            assert data is not None
            meter.start()
            steps = scroll(window)
            scroll_stall = meter.stop()
            window.commands.story_back()
            engine = baseline(window)
            window.story_page.tables.forget()  # again, from the story panel's diffs
            window.session.stories.diffs = diffs
            meter.start()
            warm = open_view(window)
            spin(300)
            warm_stall = meter.stop()
            window.commands.story_back()
            rows.append(
                (opened, engine, max(open_stall, warm_stall), scroll_stall, warm, max(steps),
                 statistics.median(steps))
            )  # fmt: skip
            if run == 0:
                print(
                    f"table: {len(data.table.rows)} rows × {data.columns} columns "
                    f"({len(data.table.rows) * data.columns:,} cells), {len(steps)} scroll steps"
                )
        print(
            f"{'run':>3} {'open':>9} {'engine alone':>13} {'ratio':>6} {'stall opening':>14} "
            f"{'stall scrolling':>16} {'open, diffs ready':>18} {'slowest step':>13} "
            f"{'median step':>12}"
        )
        for n, (opened, engine, s1, s2, warm, worst, median) in enumerate(rows, 1):
            print(
                f"{n:3} {opened * 1000:6.0f} ms {engine * 1000:10.0f} ms {opened / engine:6.2f} "
                f"{s1 * 1000:11.0f} ms {s2 * 1000:13.0f} ms {warm * 1000:15.0f} ms "
                f"{worst * 1000:10.0f} ms {median * 1000:9.1f} ms"
            )
        window.close()
    del app
    print("(target: no GUI-thread stall over 100 ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
