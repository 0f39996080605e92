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
    assert job.told == [(1, 4, (1, "a.txt", 0))]
    said.cancelled()  # asked between two pages of it, too soon: still held
    assert len(job.told) == 1
    said.last -= 1.0  # a second later
    assert not said.cancelled()
    assert job.told[-1] == (1, 4, (2, "slow.pdf", 0))
    said(4, 4, 4, Path("slow.pdf"), now=True)  # the last one is always told
    assert job.told[-1] == (4, 4, (4, "slow.pdf", 0))


def test_a_reload_tells_how_many_changed_files_it_reads() -> None:
    """Of the files listed, only those changed since the last load are read: the count says
    so ("Reading 1 changed file of 3,000…"), not 1 of 1 file as if the folder held one."""
    job = _Job()
    said = _Said(job)  # type: ignore[arg-type]
    said.changed(3000, 3000)  # every file read: nothing to say before the first
    assert job.told == []
    said.changed(3000, 1)
    assert job.told == [(0, 1, (0, "", 3000))]
    said(0, 1, 1, Path("afp_0066.txt"), now=True)
    assert job.told[-1] == (0, 1, (1, "afp_0066.txt", 3000))
