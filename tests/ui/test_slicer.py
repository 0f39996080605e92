"""The one time-slicing helper: steps run a slice per event-loop turn; a new walk replaces
the old one; ``done`` and ``after_slice`` are called as promised."""

from __future__ import annotations

import time
from collections.abc import Iterator

from wirediff.ui.jobs.slicer import Slicer


def steps(log: list[int], n: int, pause: float = 0.0) -> Iterator[None]:
    for i in range(n):
        if pause:
            time.sleep(pause)
        log.append(i)
        yield


def test_a_walk_runs_over_several_turns(qtbot) -> None:  # type: ignore[no-untyped-def]
    log: list[int] = []
    slices: list[int] = []
    finished: list[bool] = []
    slicer = Slicer(
        seconds=0.004,
        after_slice=lambda: slices.append(len(log)),
        done=lambda: finished.append(True),
    )
    slicer.start(steps(log, 40, pause=0.001))
    assert 0 < len(log) < 40  # the first slice ran now, not the whole walk
    assert slicer.running()
    qtbot.waitUntil(lambda: finished == [True])
    assert log == list(range(40)) and not slicer.running()
    assert len(slices) > 1 and slices[-1] == 40  # every slice reported, the last one whole


def test_a_walk_started_later_runs_nothing_now(qtbot) -> None:  # type: ignore[no-untyped-def]
    log: list[int] = []
    slicer = Slicer()
    slicer.start(steps(log, 3), now=False)
    assert log == []
    qtbot.waitUntil(lambda: log == [0, 1, 2])


def test_a_new_walk_replaces_the_old_and_stop_drops_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    old: list[int] = []
    new: list[int] = []
    slicer = Slicer(seconds=0.0)  # one step per turn
    slicer.start(steps(old, 100))
    assert old == [0]
    slicer.start(steps(new, 3))
    qtbot.waitUntil(lambda: new == [0, 1, 2])
    assert old == [0]
    slicer.start(steps(old, 100))
    slicer.stop()
    qtbot.wait(20)
    assert old == [0, 0] and not slicer.running()


def test_a_walk_started_after_the_last_slice_goes_on_and_is_the_one_done(qtbot) -> None:  # type: ignore[no-untyped-def]
    """``after_slice`` of a walk's last slice started another walk (a pane resized as its
    scroll range was refreshed): ``done`` was called for the old walk, and the layout
    pacer's ``done`` stopped the new one before its first step."""
    old: list[int] = []
    new: list[int] = []
    finished: list[str] = []
    slicer = Slicer(
        after_slice=lambda: slicer.start(steps(new, 3), now=False) if old and not new else None,
        done=lambda: finished.append("new" if new else "old"),
    )
    slicer.start(steps(old, 1))
    qtbot.waitUntil(lambda: new == [0, 1, 2])
    qtbot.wait(20)
    assert finished == ["new"] and not slicer.running()
