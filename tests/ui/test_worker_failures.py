"""Issue 15, item 8 (the app's part): a worker that runs out of memory says so and names its
files; a window closed while a worker still runs leaves no error behind."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QSettings

from tests.ui.helpers import WAIT_MS
from wirediff.core.stories.synth import generate, write
from wirediff.ui.common.settings import Settings
from wirediff.ui.jobs.runner import Runner, failure
from wirediff.ui.session import comparing, loading, stories
from wirediff.ui.shell.window import MainWindow


def _out_of_memory(*_args: object, **_kwargs: object) -> Any:
    raise MemoryError  # what a huge comparison or grouping raises: str() of it is ""


def test_failure_messages_are_never_empty() -> None:
    assert str(MemoryError()) == ""  # what the status line used to show
    assert failure("Comparing a.txt with b.txt", MemoryError()) == (
        "Comparing a.txt with b.txt: out of memory"
    )
    assert failure("", KeyError()) == "KeyError"
    assert failure("Reading x\x1b[2J\u202e.txt", ValueError("bad")) == (
        "Reading x␛[2J<RLO>.txt: bad"
    )


def test_out_of_memory_comparing_names_both_files(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, sample_paths: list[Path], monkeypatch
) -> None:
    monkeypatch.setattr(comparing, "compare", _out_of_memory)
    left, right = sample_paths[:2]
    status: list[str] = []  # the status line when it failed (grouping goes on after)
    window.failed.connect(lambda _message: status.append(window.status_label.text()))
    with qtbot.waitSignal(window.failed, timeout=WAIT_MS) as failed:
        window.open_paths([left, right])
    expected = f"Comparing {left.name} with {right.name}: out of memory"
    assert failed.args == [expected]
    assert status[0] == f"Error: {expected}"
    assert window.diff.left.empty_message == f"{expected}."  # not the previous pair
    assert window.shown is None


def test_out_of_memory_grouping_names_the_files(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, sample_dir: Path, monkeypatch
) -> None:
    monkeypatch.setattr(stories, "group_automatically", _out_of_memory)
    with qtbot.waitSignal(window.failed, timeout=WAIT_MS) as failed:
        window.open_paths([sample_dir])
    names = sorted(p.name for p in sample_dir.glob("*.txt"))
    message = str(failed.args[0])
    assert message == f"Grouping {', '.join(names[:3])} and 2 more into stories: out of memory"
    assert window.documents  # the flat list stays usable


def test_closing_the_window_while_a_folder_loads_leaves_no_error(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path, monkeypatch
) -> None:
    """A file that takes long to read (and does not look at cancel meanwhile) outlives the
    window: its report, sent after the window was deleted, reached a deleted object and
    raised "Signal source has been deleted" in the worker (pytest-qt fails on that)."""
    write(generate(300, seed=5), tmp_path / "day")
    in_file, go_on = threading.Event(), threading.Event()
    real_load: Callable[..., Any] = loading.load_paths

    def slow_load(*args: Any, **kwargs: Any) -> Any:
        kwargs["on_progress"](1, 300, tmp_path / "day" / "big.txt")  # a report on the way
        in_file.set()
        go_on.wait(WAIT_MS / 1000)
        return real_load(*args, **kwargs)

    monkeypatch.setattr(loading, "load_paths", slow_load)
    real_wait = Runner.wait
    monkeypatch.setattr(Runner, "wait", lambda self, _msecs=0: real_wait(self, 50))  # short
    store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(Settings(store))
    window.show()
    window.open_paths([tmp_path / "day"])
    assert in_file.wait(WAIT_MS / 1000)
    window.close()  # stops the load; the worker is still inside its file
    shiboken6.delete(window)  # the window and everything it owns are gone
    go_on.set()  # the worker finishes the load and reports
    assert real_wait(Runner(), WAIT_MS)
    qtbot.wait(100)  # deliver whatever was queued


def test_a_report_after_its_signals_object_is_gone_says_nothing(qtbot) -> None:  # type: ignore[no-untyped-def]
    """As the application quit, PySide deleted the signals' object while a worker still
    ran: a --screenshot taken while a folder was grouped printed "Signal source has been
    deleted" with its traceback (a fuzzer; 6 runs of 7). The report reaches nobody."""
    from wirediff.ui.jobs.runner import Job, _Signals, _Task

    signals = _Signals()
    job = Job("grouping", 1, signals)
    task = _Task(job, lambda j: (j.progress(1, 2), "done")[1], signals, "Grouping")
    shiboken6.delete(signals)
    task.run()  # (raised RuntimeError)
    failing = _Task(job, lambda j: 1 / 0, signals, "Grouping")
    failing.run()
