"""What the alignment produces: entries in reading order on both sides."""

from __future__ import annotations

from wirediff.core.record import record

PAIR = "pair"  # left units aligned with right units (a group of up to n:m)
DELETE = "delete"  # a left unit with no counterpart
INSERT = "insert"  # a right unit with no counterpart
MOVE_OUT = "move_out"  # left units that moved (their place on the left)
MOVE_IN = "move_in"  # the same move's place on the right
SAME = "same"  # a paragraph exactly equal on both sides; ``para`` holds both its indices

# One aligned piece: left units and right units (one side empty when unpaired).
Step = tuple[list[int], list[int]]


@record()
class Entry:
    """One piece of the alignment: units of each side, and what became of them."""

    kind: str
    left: list[int]  # unit indices on the left
    right: list[int]  # unit indices on the right
    identical: bool = False  # keys equal: no word diff needed
    move: int = -1  # move id for MOVE_OUT / MOVE_IN
    para: tuple[int, int] = (-1, -1)  # for SAME: paragraph index on the left, on the right
    steps: list[Step] | None = None  # for MOVE_OUT / MOVE_IN: how the two places pair up
