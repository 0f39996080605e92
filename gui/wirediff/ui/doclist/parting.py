"""Where a story's versions' titles part from one another: worked out once per story (below
the widgets: the session builds the list's pages, which carry it, with no widget at hand)."""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping


def where_titles_part(titles: Mapping[int, str]) -> dict[int, int]:
    """Of a story's versions' ``titles`` (document: title as shown), those that are their own
    (no other reads the same, case and full or half widths aside) and start as another does, each
    with where it parts from the one most like it: a character of its title, its length when
    it is the other's start. At 1400 pixels a CJK title showed five characters, and Yonhap's
    story and its (종합) update read alike, as did Kyodo's and its copy mailed in full-width
    digits (an East Asia desk's walkthrough); NAN's and Vanguard's "FG appro…" (an Africa
    desk's). Titles that read the same are told apart by their file names or outlets
    (``alike``). Each against its neighbours in sorted order: a 357-version story."""
    folded = {doc: _folded(title) for doc, title in titles.items()}
    count: dict[tuple[str, ...], int] = {}
    for key in folded.values():
        count[key] = count.get(key, 0) + 1
    keys = sorted(count)
    shared: dict[tuple[str, ...], int] = {}
    for at, key in enumerate(keys):
        near = keys[max(at - 1, 0) : at] + keys[at + 1 : at + 2]
        shared[key] = max((_common_start(key, other) for other in near), default=0)
    return {doc: shared[key] for doc, key in folded.items() if count[key] == 1 and shared[key]}


def _folded(title: str) -> tuple[str, ...]:
    """``title`` a character at a time, as titles read alike: case, full and half widths
    ("１" and "1") and the kind of a space aside (one item per character: offsets stay the
    title's)."""
    return tuple(
        " " if char.isspace() else unicodedata.normalize("NFKC", char).casefold() for char in title
    )


def _common_start(one: tuple[str, ...], other: tuple[str, ...]) -> int:
    n = 0
    for a, b in zip(one, other, strict=False):
        if a != b:
            break
        n += 1
    return n
