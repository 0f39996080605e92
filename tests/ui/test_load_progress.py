"""The load's status line: at most 20 updates a second, naming the file being read."""

from __future__ import annotations

from pathlib import Path

from wirediff.ui.session.loading import _Said


class _Job:
    def __init__(self) -> None:
        self.told: list[tuple[int, int, object]] = []

    def progress(self, done: int, total: int, payload: object = None) -> None:
        self.told.append((done, total, payload))

    def cancelled(self) -> bool:
        return False


def test_an_update_held_back_is_told_while_a_long_file_is_read() -> None:
    """Updates within 50 ms of the last were dropped for good: the line said "Reading 1/4
    files… a.txt" at 25% for the minutes a slow PDF took."""
    job = _Job()
    said = _Said(job)  # type: ignore[arg-type]
    said(1, 4, 1, Path("a.txt"))
    said(1, 4, 2, Path("slow.pdf"))  # the next file starts at once: held back
    assert job.told == [(1, 4, (1, "a.txt"))]
    said.cancelled()  # asked between two pages of it, too soon: still held
    assert len(job.told) == 1
    said.last -= 1.0  # a second later
    assert not said.cancelled()
    assert job.told[-1] == (1, 4, (2, "slow.pdf"))
    said(4, 4, 4, Path("slow.pdf"), now=True)  # the last one is always told
    assert job.told[-1] == (4, 4, (4, "slow.pdf"))
