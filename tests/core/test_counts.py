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


def test_a_share_is_100_percent_only_when_it_is_all() -> None:
    """A 3 MB pair of 706 changes, 99.83% similar, was "Similarity 100%"."""
    from wirediff.core.counts import percent

    assert [percent(s) for s in (1.0, 0.9999, 0.9983, 0.995, 0.994, 0.99, 0.989, 0.5, 0.0)] == [
        "100%", "99.9%", "99.8%", "99.5%", "99.4%", "99.0%", "99%", "50%", "0%",
    ]  # fmt: skip


def test_a_right_to_left_name_owns_as_an_attribute() -> None:
    """ "Edited version of البيان's story" put an English possessive on an Arabic name (a Gulf
    night desk's walkthrough): "the البيان story"."""
    from wirediff.core.counts import possessive

    assert [possessive(n) for n in ("Reuters", "APP", "البيان", "הארץ", "«البيان»")] == [
        "Reuters'", "APP's", "the البيان", "the הארץ", "the «البيان»",
    ]  # fmt: skip
