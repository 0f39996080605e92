"""One worker mechanism: results of stale jobs are dropped, failures are reported."""

from __future__ import annotations

import threading

from wirediff.ui.jobs.runner import Job, Runner


def test_stale_result_is_dropped(qtbot) -> None:  # type: ignore[no-untyped-def]
    runner = Runner()
    gate = threading.Event()
    got: list[str] = []

    def slow(job: Job) -> str:
        gate.wait(10)
        return "old"

    runner.start("compare", slow, got.append)
    runner.start("compare", lambda job: "new", got.append)
    qtbot.waitUntil(lambda: got == ["new"], timeout=10000)
    gate.set()
    runner.wait()
    qtbot.wait(50)
    assert got == ["new"]


def test_newer_job_cancels_the_older(qtbot) -> None:  # type: ignore[no-untyped-def]
    runner = Runner()
    started = threading.Event()
    seen: list[bool] = []

    def watch(job: Job) -> None:
        started.set()
        for _ in range(200):
            if job.cancelled():
                seen.append(True)
                return
            threading.Event().wait(0.01)

    runner.start("load", watch, lambda _r: None)
    assert started.wait(5)
    runner.cancel("load")
    runner.wait()
    assert seen == [True]


def test_failure_reaches_the_error_callback(qtbot) -> None:  # type: ignore[no-untyped-def]
    runner = Runner()
    errors: list[str] = []

    def boom(job: Job) -> None:
        raise ValueError("bad file")

    runner.start("compare", boom, lambda _r: None, errors.append)
    qtbot.waitUntil(lambda: errors == ["bad file"], timeout=10000)


def test_progress_arrives_in_the_gui_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    runner = Runner()
    seen: list[tuple[int, int, object, bool]] = []
    done: list[int] = []

    def work(job: Job) -> int:
        for i in range(3):
            job.progress(i + 1, 3, f"f{i}")
        return 3

    def progress(d: int, t: int, payload: object) -> None:
        seen.append((d, t, payload, threading.current_thread() is threading.main_thread()))

    runner.start("load", work, done.append, None, progress)
    qtbot.waitUntil(lambda: done == [3], timeout=10000)
    assert [s[:3] for s in seen] == [(1, 3, "f0"), (2, 3, "f1"), (3, 3, "f2")]
    assert all(s[3] for s in seen)
