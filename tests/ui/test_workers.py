"""One worker mechanism: results of stale jobs are dropped, failures are reported."""

from __future__ import annotations

import threading
from collections.abc import Callable

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
    got: list[str] = []

    def watch(job: Job) -> str:
        started.set()
        for _ in range(500):
            if job.cancelled():
                seen.append(True)
                return "old"
            threading.Event().wait(0.01)
        seen.append(False)
        return "old"

    old = runner.start("load", watch, got.append)
    assert started.wait(5)
    assert not old.cancelled()
    new = runner.start("load", lambda job: "new", got.append)  # the newer job of that kind
    assert old.cancelled() and not new.cancelled()
    qtbot.waitUntil(lambda: got == ["new"], timeout=10000)
    runner.wait()
    qtbot.wait(50)
    assert seen == [True]  # the older job saw its flag and stopped
    assert got == ["new"]  # and its result was dropped
    assert runner.is_current("load", new.token) is False  # delivered: nothing is current


def until_cancelled(
    started: threading.Event, then: Callable[[], object]
) -> Callable[[Job], object]:
    """A job that says it started, runs until it is cancelled, then returns ``then()``."""

    def run(job: Job) -> object:
        started.set()
        while not job.cancelled():
            threading.Event().wait(0.01)
        return then()

    return run


def test_cancel_stops_a_job_without_a_newer_one(qtbot) -> None:  # type: ignore[no-untyped-def]
    runner = Runner()
    started = threading.Event()
    got: list[object] = []
    runner.start("load", until_cancelled(started, lambda: "cancelled"), got.append)
    assert started.wait(5) and runner.running("load")
    runner.cancel("load")
    assert not runner.running("load")
    runner.wait()
    qtbot.wait(50)
    assert got == []


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


def test_closing_cancels_all_but_lasting_jobs(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The window closes: a measure is dropped, a report being written is let finish."""
    runner = Runner()
    started = threading.Barrier(3)
    seen: dict[str, bool] = {}

    def until_cancelled(name: str):  # type: ignore[no-untyped-def]
        def run(job: Job) -> None:
            started.wait(5)
            for _ in range(100):
                if job.cancelled():
                    break
                threading.Event().wait(0.01)
            seen[name] = job.cancelled()

        return run

    runner.start("levels", until_cancelled("levels"), lambda _r: None)
    runner.start("export", until_cancelled("export"), lambda _r: None, lasting=True)
    started.wait(5)
    runner.cancel_all()
    assert not runner.running("levels") and runner.running("export")
    assert runner.wait()
    assert seen == {"levels": True, "export": False}


def test_a_cancelled_job_reports_nothing(qtbot, caplog) -> None:  # type: ignore[no-untyped-def]
    """``Cancelled`` raised by the engine is no failure: no message, no error logged."""
    from wirediff.core.cancel import Cancelled

    def stop() -> None:
        raise Cancelled("comparison cancelled")

    runner = Runner()
    started = threading.Event()
    got: list[object] = []
    runner.start("relation", until_cancelled(started, stop), got.append, got.append)
    assert started.wait(5)
    runner.cancel("relation")
    assert runner.wait()
    qtbot.waitUntil(lambda: not runner.busy(), timeout=5000)
    assert got == [] and "failed" not in caplog.text


def test_a_finished_job_lets_go_of_what_it_worked_on(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The pool keeps every task given to it (PySide never frees a runnable that does not
    delete itself), and each task its function, whose closure held a story index and the
    folder's documents: every reload (F5) kept the last one's, 100-170 MB on 4,000 files."""
    import gc
    import weakref

    class Index:  # what a job's closure holds
        pass

    runner = Runner()
    index = Index()
    gone = weakref.ref(index)
    results: list[object] = []

    def job_of(held: Index) -> Callable[[Job], int]:
        return lambda job: id(held)

    with qtbot.waitSignal(runner.busy_changed, check_params_cb=lambda busy: not busy):
        runner.start("groups", job_of(index), results.append)
    assert results == [id(index)]
    del index
    runner.wait()  # (the worker's last lines may still run)
    gc.collect()
    assert gone() is None
