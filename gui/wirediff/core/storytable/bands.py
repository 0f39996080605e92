"""Interleaving the units several versions added at one place of the base into shared rows.

At one place (between two base units), each version has its own added units, in its reading
order. They become table rows by merging the versions one at a time, in column order:

* a unit whose text is the same (white space and case aside) as a row already made by an
  earlier column shares that row, as long as each version's reading order is kept — the
  longest common subsequence of the two lists of texts (``difflib``, no autojunk);
* a unit that shares no row is inserted right before the next shared row (after the rows of
  earlier columns at that place that this version does not have), or at the end.

So every version reads its added units top to bottom in its own order, a paragraph that
several versions added in the same words is one row, and among units of different columns
at the same spot the earlier column's come first. The result depends on the column order
(the caller's: time order puts the version that first added a text before those that kept
it).
"""

from __future__ import annotations

from collections.abc import Sequence
from difflib import SequenceMatcher


def unit_key(text: str) -> str:
    """The text two added units must share to be one row: case and white space folded."""
    return " ".join(text.split()).casefold()


def interleave(columns: Sequence[Sequence[tuple[int, str]]]) -> list[dict[int, int]]:
    """Rows of added units at one place.

    Args:
        columns: per column, its added units there in reading order, each as (a number the
            caller knows it by, its key from ``unit_key``).

    Returns:
        The rows in order, each mapping a column's index to the number of its unit in that
        row (a column appears at most once per row, and in its own order down the rows).
    """
    rows: list[dict[int, int]] = []
    keys: list[str] = []
    for column, units in enumerate(columns):
        if not units:
            continue
        new_keys = [key for _, key in units]
        matcher = SequenceMatcher(None, keys, new_keys, autojunk=False)
        merged: list[dict[int, int]] = []
        merged_keys: list[str] = []
        i = j = 0
        for a, b, size in matcher.get_matching_blocks():
            merged += rows[i:a]  # earlier columns' rows this one does not share
            merged_keys += keys[i:a]
            for number, key in units[j:b]:  # this column's own, before the next shared row
                merged.append({column: number})
                merged_keys.append(key)
            for k in range(size):
                rows[a + k][column] = units[b + k][0]
                merged.append(rows[a + k])
                merged_keys.append(keys[a + k])
            i, j = a + size, b + size
        rows, keys = merged, merged_keys
    return rows
