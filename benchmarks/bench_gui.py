"""Time from selecting a document to a painted diff, and the longest GUI-thread stall.

    .venv/bin/python benchmarks/bench_gui.py [--words 100000] [--token-kb 300 1000] [--pages 40]

For the sample pair (000 vs 001) and for a generated pair of about 100k words each, the
script opens the two files in a real MainWindow (offscreen unless a display is set), selects
the second document, and measures:

* selection -> painted: from the selection change until the comparison is on screen and
  both panes have painted (debounce included);
* the engine's ``compare()`` alone on the same texts, measured in the same run, as the
  baseline: the ratio shows what the UI adds (planning, documents, layout, paint);
* the longest stall of the GUI thread: a helper thread posts an event every 5 ms (as input
  events arrive) and the longest wait before the GUI thread handles one is recorded, from
  the selection until 1.5 s after the paint (the layout of a long document continues
  after the first paint);
* the longest stall while scrolling down from the top, a screen at a time (``--pages``
  screens, a repaint and 30 ms of event loop after each), as a reader pages through;
* the stall when jumping to the last change (Alt+End), which makes Qt lay out the
  document up to the end.

The sample pair's numbers are the run's baseline: what an ordinary news pair costs on the
same machine at the same moment (the machine's load moves every number).

Then come pairs of two files of one long "word" each, one pair per ``--token-kb`` size
(300 KB and 1 MB by default; issue 15: a hostile file kept Qt's line breaking busy for
minutes), compared in the flat list (the story index does not group two one-word documents).
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import threading
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "resources" / "sample" / "us-iraq-troop-role"

from PySide6.QtCore import (  # noqa: E402
    QCoreApplication,
    QElapsedTimer,
    QEvent,
    QEventLoop,
    QObject,
    QSettings,
    QTimer,
)
from PySide6.QtWidgets import QApplication  # noqa: E402

from wirediff.core.compare import compare  # noqa: E402
from wirediff.ui.common.settings import Settings  # noqa: E402
from wirediff.ui.shell.window import MainWindow  # noqa: E402


def token_pair(size: int) -> tuple[str, str]:
    """Two texts of one ``size``-character token each, one character apart."""
    token = "".join(chr(ord("a") + (i * 7) % 26) for i in range(size))
    changed = token[: size // 2] + "Z" + token[size // 2 + 1 :]
    return f"A long token\n\n{token}\n\nThe end.\n", f"A long token\n\n{changed}\n\nThe end.\n"


def generate_pair(words: int, seed: int = 7) -> tuple[str, str]:
    """About ``words`` words of real news prose (the sample's paragraphs), and an edited copy."""
    rng = random.Random(seed)
    paragraphs = []
    for path in sorted(SAMPLE.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        paragraphs += [p for p in text.split("\n") if len(p.split()) > 8]
    left, count = [], 0
    while count < words:
        paragraph = rng.choice(paragraphs)
        left.append(paragraph)
        count += len(paragraph.split())
    right = []
    for paragraph in left:
        roll = rng.random()
        if roll < 0.05:
            continue  # cut
        if roll < 0.15:  # reworded
            tokens = paragraph.split()
            i = rng.randrange(len(tokens))
            tokens[i] = tokens[i].upper() + " reportedly"
            paragraph = " ".join(tokens)
        right.append(paragraph)
        if roll > 0.97:
            right.append(rng.choice(paragraphs))  # padded
    return "\n\n".join(left), "\n\n".join(right)


class _Probe(QEvent):
    TYPE = QEvent.Type(QEvent.registerEventType())

    def __init__(self, sent: float) -> None:
        super().__init__(self.TYPE)
        self.sent = sent


class StallMeter(QObject):
    """Probes posted from another thread every 5 ms, as input events would arrive.

    The longest time a probe waits before the GUI thread handles it is the longest stall:
    it counts everything that keeps the GUI thread from reacting, the GIL included.
    """

    def __init__(self) -> None:
        super().__init__()
        self.longest = 0.0
        self._running = threading.Event()
        self._thread: threading.Thread | None = None

    def event(self, event: QEvent) -> bool:
        if event.type() == _Probe.TYPE:
            self.longest = max(self.longest, time.perf_counter() - event.sent)  # type: ignore[attr-defined]
            return True
        return super().event(event)

    def _post(self) -> None:
        while self._running.is_set():
            QCoreApplication.postEvent(self, _Probe(time.perf_counter()))
            time.sleep(0.005)

    def start(self) -> None:
        self.longest = 0.0
        self._running.set()
        self._thread = threading.Thread(target=self._post, daemon=True)
        self._thread.start()

    def stop(self) -> float:
        self._running.clear()
        if self._thread is not None:
            self._thread.join()
        spin(50)  # deliver the probes still queued
        return self.longest


def spin(ms: int) -> None:
    clock = QElapsedTimer()
    clock.start()
    while clock.elapsed() < ms:
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)


def wait_for(signal, timeout_ms: int = 120000) -> None:  # type: ignore[no-untyped-def]
    loop = QEventLoop()
    signal.connect(loop.quit)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    signal.disconnect(loop.quit)


def scroll_down(window: MainWindow, pages: int) -> None:
    """Scroll the right pane (the left one follows) down a screen at a time."""
    pane = window.diff.right
    bar = pane.verticalScrollBar()
    for _ in range(pages):
        bar.setValue(bar.value() + pane.viewport().height())
        window.diff.left.viewport().repaint()
        pane.viewport().repaint()
        spin(30)


def measure(window: MainWindow, left: Path, right: Path, pages: int) -> dict[str, float]:
    """Open the pair, then time a fresh selection of the right-hand document."""
    window.open_paths([left, right])
    wait_for(window.comparison_shown)
    spin(300)
    window.doc_list.select(0)  # compare nothing (the base against itself)...
    spin(300)
    meter = StallMeter()
    meter.start()
    start = time.perf_counter()
    window.doc_list.select(1)  # ...then select the other document
    wait_for(window.comparison_shown)
    window.diff.left.viewport().repaint()
    window.diff.right.viewport().repaint()
    painted = time.perf_counter() - start
    spin(1500)
    stall = meter.stop()
    meter.start()
    scroll_down(window, pages)
    scroll = meter.stop()
    window.diff.scroll_to_row(0, 0.0)
    spin(100)
    meter.start()
    window.commands.last_change()
    window.diff.right.viewport().repaint()
    spin(300)
    jump = meter.stop()
    t0 = time.perf_counter()
    texts = left.read_text(encoding="utf-8"), right.read_text(encoding="utf-8")
    compare(*texts, window.session.options)
    engine = time.perf_counter() - t0
    return {"painted": painted, "engine": engine, "stall": stall, "scroll": scroll, "jump": jump}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--words", type=int, default=100_000)
    parser.add_argument("--token-kb", type=int, nargs="*", default=[300, 1000])
    parser.add_argument("--pages", type=int, default=40)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory(prefix="wirediff-bench-") as folder:
        store = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(Settings(store))
        window.resize(1400, 860)
        window.show()
        big_left, big_right = Path(folder) / "big_a.txt", Path(folder) / "big_b.txt"
        a, b = generate_pair(args.words)
        big_left.write_text(a, encoding="utf-8")
        big_right.write_text(b, encoding="utf-8")
        samples = sorted(SAMPLE.glob("*.txt"))
        cases = [
            ("sample 000 vs 001", samples[0], samples[1]),
            (f"generated {len(a.split()):,} vs {len(b.split()):,} words", big_left, big_right),
        ]
        for kb in args.token_kb:
            token_left = Path(folder) / f"token{kb}_a.txt"
            token_right = Path(folder) / f"token{kb}_b.txt"
            for path, text in zip((token_left, token_right), token_pair(kb * 1000), strict=True):
                path.write_text(text, encoding="utf-8")
            cases.append((f"one {kb:,} KB token each (flat list)", token_left, token_right))
        print(
            f"{'pair':38} {'select->painted':>16} {'engine alone':>13} {'ratio':>6} "
            f"{'longest stall':>14} {'scroll stall':>13} {'Alt+End stall':>14}"
        )
        for name, left, right in cases:
            window.actions_["group_stories"].setChecked("token" not in name)
            r = measure(window, left, right, args.pages)
            print(
                f"{name:38} {r['painted'] * 1000:13.0f} ms {r['engine'] * 1000:10.0f} ms "
                f"{r['painted'] / r['engine']:6.2f} {r['stall'] * 1000:11.0f} ms "
                f"{r['scroll'] * 1000:10.0f} ms {r['jump'] * 1000:11.0f} ms"
            )
        window.close()
    del app
    print("(debounce of 120 ms included; stalls should stay near or under 100 ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
