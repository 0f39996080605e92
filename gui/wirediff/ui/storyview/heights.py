"""Row heights of the story view, estimated from how much text each cell shows (pure).

The view is virtualised: only the cells on screen are laid out, so a row's height cannot
come from laying out all of its cells. It is estimated from the characters and line breaks
of its widest-reaching cell at its column's width, a little generously, and capped (14
lines, or three fifths of a taller view); a cell
that still does not fit ends in a fade (its whole text is in its tooltip and its pair).
"""

from __future__ import annotations

from collections.abc import Sequence

MAX_LINES = 14  # a row taller than this is cut (the pair view shows it whole)...
VIEW_SHARE = 0.6  # ... or than this share of a taller view (a scholar's long paragraphs)
SLACK = 1.08  # estimate a little wide: a row a line too tall reads better than a cut one
WRAP_LOSS = 4  # characters a line loses on average by wrapping at a word's start


def lines(chars: int, breaks: int, per_line: float) -> int:
    """Lines a cell of ``chars`` characters with ``breaks`` line breaks takes."""
    if chars <= 0:
        return 1
    return max(1, int(chars * SLACK / max(per_line - WRAP_LOSS, 1.0)) + 1 + breaks)


def most_lines(view_height: int, line_height: int) -> int:
    """The most lines a row shows in a view ``view_height`` pixels tall: ``MAX_LINES``, or
    more where ``VIEW_SHARE`` of the view holds more, so other rows stay in sight."""
    return max(MAX_LINES, int(view_height * VIEW_SHARE) // max(line_height, 1))


def row_heights(
    sizes: Sequence[Sequence[tuple[int, int]]],
    per_line: Sequence[float | None],
    line_height: int,
    padding: int,
    cap: int = MAX_LINES,
) -> list[int]:
    """Each row's height in pixels: ``sizes[row][column]`` (characters, line breaks),
    ``per_line[column]`` characters a line holds (None: the column is hidden), at most
    ``cap`` lines."""
    # ``lines`` written out: 16,000 cells are measured on the GUI thread at every resize.
    factors = [None if p is None else SLACK / max(p - WRAP_LOSS, 1.0) for p in per_line]
    shown = [(c, k) for c, k in enumerate(factors) if k is not None]
    heights = []
    for row in sizes:
        tallest = 1
        for c, k in shown:
            chars, breaks = row[c]
            if chars > 0:
                n = int(chars * k) + 1 + breaks
                if n > tallest:
                    tallest = n
        heights.append(min(tallest, cap) * line_height + padding)
    return heights
