"""A number and its noun: the command line and the status line said "1 events"."""

from __future__ import annotations

import pytest

from wirediff.core.counts import count


@pytest.mark.parametrize(
    ("n", "noun", "said"),
    [
        (1, "event", "1 event"),
        (3, "story", "3 stories"),
        (1, "story", "1 story"),
        (12000, "document", "12,000 documents"),
        (0, "event", "0 events"),
    ],
)
def test_count(n: int, noun: str, said: str) -> None:
    assert count(n, noun) == said
