"""Ctrl+C in a command with workers: never lost (``wirediff.core.interrupts``)."""

from __future__ import annotations

import gc
import signal
from typing import Any

import pytest

from wirediff.core.interrupts import Interrupts


def _interrupting(phase: str, info: dict[str, Any]) -> None:
    if phase == "start":
        signal.raise_signal(signal.SIGINT)  # its handler runs here, in the callback


def test_an_interrupt_a_gc_callback_swallowed_stops_at_the_next_check(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Python raises KeyboardInterrupt where the main thread is; in a garbage collector's
    callback (distributed's GCDiagnosis) it printed "Exception ignored in" and the Dask
    grouping ran on to status 0, as if Ctrl+C had not been pressed (seen in CI). Noted, it is
    raised as the next stage ends, and the swallowed one says nothing."""
    with Interrupts() as interrupts:
        interrupts.check()  # nothing pressed yet
        gc.callbacks.append(_interrupting)
        try:
            gc.collect()
        finally:
            gc.callbacks.remove(_interrupting)
        with pytest.raises(KeyboardInterrupt):
            interrupts.check()
    assert "KeyboardInterrupt" not in capsys.readouterr().err


def test_interrupts_give_back_the_handler_and_the_hook_they_replaced() -> None:
    import sys

    handler, hook = signal.getsignal(signal.SIGINT), sys.unraisablehook
    with Interrupts(), pytest.raises(KeyboardInterrupt):
        signal.raise_signal(signal.SIGINT)
    assert signal.getsignal(signal.SIGINT) is handler
    assert sys.unraisablehook is hook


def test_an_unraisable_error_that_is_no_interrupt_is_still_said(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import sys

    said: list[BaseException | None] = []
    monkeypatch.setattr(sys, "unraisablehook", lambda unraisable: said.append(unraisable.exc_value))

    class Faulty:
        def __del__(self) -> None:
            raise ValueError("in a finalizer")

    with Interrupts() as interrupts:
        Faulty()
        interrupts.check()  # no interrupt noted
    assert [type(e) for e in said] == [ValueError]
