"""Reloading a folder after one file changed on disk (F5, the change bar's Reload): reading
every file again (what a reload did) against reading only those whose size, modification
time or inode changed and taking the rest from the last reading.

    .venv/bin/python benchmarks/bench_reload.py [FOLDER] [--docs 3000]

FOLDER (copied into a temporary folder first: it is not changed) defaults to a generated
one of ``--docs`` plain-text articles. The app's loading controller reads the copy in its
worker, as the window does; then one file is edited, one touched (same size, new
modification time), one added and one deleted, and the folder reloaded twice from the same
first reading: without taking anything again ("before") and taking the unchanged files
again ("after"). Each time runs from the reload until the list of documents is built (the
story grouping that follows is the same either way). The two reloads must give the same
documents, with the same metadata and word counts: the script says so, or fails.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from wirediff.core.stories.synth import generate, write
from wirediff.ui.jobs.runner import Runner
from wirediff.ui.session.loading import Loaded, LoadingController


def read(controller: LoadingController, folder: Path) -> tuple[float, float, Loaded]:
    """Open ``folder``; the seconds until its documents are read and listed, and the CPU
    seconds the process spent meanwhile (every thread's: the machine may be shared)."""
    got: list[Loaded] = []
    loop = QEventLoop()
    controller.loaded.connect(got.append)
    controller.loaded.connect(loop.quit)
    controller.failed.connect(loop.quit)
    start, cpu = time.perf_counter(), time.process_time()
    controller.open([folder])
    QTimer.singleShot(3_600_000, loop.quit)
    loop.exec()
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    controller.loaded.disconnect()
    controller.failed.disconnect()
    assert got, "the folder was not read"
    return seconds, cpu, got[0]


def what(loaded: Loaded) -> list[tuple[object, ...]]:
    """Each document as the list and the grouping see it, and its word count."""
    return [
        (d.path, d.text, d.title, d.source, d.date, d.date_source, d.desk_zone, d.url, n)
        for d, n in zip(loaded.result.documents, loaded.words, strict=True)
    ]


def change(folder: Path) -> list[str]:
    """Edit one file, touch one, add one and delete one; what was done."""
    files = sorted(p for p in folder.rglob("*.txt") if p.is_file())
    edited, touched, deleted = files[len(files) // 2], files[1], files[-1]
    with edited.open("a", encoding="utf-8") as out:
        out.write("\nA correction added after the story ran.\n")
    later = edited.stat().st_mtime_ns + 2_000_000_000
    os.utime(touched, ns=(later, later))
    added = edited.with_name("late_correction.txt")
    added.write_text("A late wire story filed after the folder was read.\n", encoding="utf-8")
    deleted.unlink()
    return [
        f"edited {edited.name}",
        f"touched {touched.name}",
        "added 1",
        f"deleted {deleted.name}",
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", nargs="?", type=Path, help="a folder to copy and reload")
    parser.add_argument("--docs", type=int, default=3000, help="generated articles (no FOLDER)")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory(prefix="bench_reload_") as tmp:
        folder = Path(tmp) / "news"
        if args.folder is not None:
            shutil.copytree(args.folder, folder, symlinks=True)
        else:
            write(generate(args.docs, seed=1), folder)
        controller = LoadingController(Runner())
        first, _, loaded = read(controller, folder)
        files = len(loaded.result.snapshot.files)
        print(f"folder: {files:,} files, {len(loaded.result.documents):,} documents")
        print(f"first reading: {first:.1f} s")
        print("changes:", ", ".join(change(folder)))
        kept = controller.last
        controller.last = None  # a reload as it was: every file read again
        before, before_cpu, full = read(controller, folder)
        controller.last = kept
        after, after_cpu, reused = read(controller, folder)
        same = what(full) == what(reused)
        print(f"reload, every file read again (before): {before:.2f} s, {before_cpu:.2f} s CPU")
        print(
            f"reload, changed files read (after):     {after:.2f} s, {after_cpu:.2f} s CPU"
            f" ({reused.result.read} files read)"
        )
        print(f"ratio after / before: {after / before:.3f} ({before / after:.0f}x faster)")
        print(f"CPU ratio after / before: {after_cpu / before_cpu:.3f}")
        print(f"same documents, metadata and word counts: {'yes' if same else 'NO'}")
        controller.stop()
        controller.runner.wait(5000)
    del app
    return 0 if same else 1


if __name__ == "__main__":
    raise SystemExit(main())
