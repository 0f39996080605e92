"""Stopping long work: a ``should_cancel`` callable polled inside the engine's loops."""

from __future__ import annotations

from collections.abc import Callable


class Cancelled(Exception):
    """Raised inside a comparison when its ``should_cancel`` callable returned True."""


def checker(should_cancel: Callable[[], bool] | None) -> Callable[[], None]:
    """A function to call now and then: it raises ``Cancelled`` once cancelling is asked."""
    if should_cancel is None:
        return never

    def check() -> None:
        if should_cancel():
            raise Cancelled("comparison cancelled")

    return check


def never() -> None:
    """Never cancelled."""
