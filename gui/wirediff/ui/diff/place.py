"""Where the reader is in a comparison, to go back there when the same one is shown again."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Place:
    """The current change and the top of the screen in one comparison (``DiffView.place``).

    Rows and changes are indices into that comparison: the place fits only a comparison of
    the same texts with the same options (its counts are checked on the way back).
    """

    current: int | None  # the current change
    row: int  # the row at the top of the screen
    offset: int  # pixels of that row scrolled above the screen
    rows: int  # how many rows and changes the comparison had
    changes: int
