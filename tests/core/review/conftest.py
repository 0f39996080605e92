from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from wirediff.core.review import ReviewStore


class Clock:
    """A clock that ticks one second per reading, so every write has its own time."""

    def __init__(self) -> None:
        self.seconds = 0

    def __call__(self) -> datetime:
        self.seconds += 1
        return datetime(2025, 1, 31, 9, 0, tzinfo=UTC).replace(second=0) + (
            datetime.fromtimestamp(self.seconds, UTC) - datetime.fromtimestamp(0, UTC)
        )


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "review.sqlite3"


@pytest.fixture
def store(store_path: Path) -> Iterator[ReviewStore]:
    with ReviewStore.open(store_path, clock=Clock()) as opened:
        yield opened
