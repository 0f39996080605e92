"""Showing data (article text, titles, file names) where Qt might guess it is markup."""

from __future__ import annotations

import html

from wirediff.core.result import Comparison


def plain_tooltip(text: str) -> str:
    """A tooltip that shows ``text`` literally.

    Qt renders a tooltip as rich text when it merely looks like HTML, so a title such as
    ``<b>Breaking</b>`` would be interpreted; an escaped rich-text paragraph never is.
    """
    return "<p style='white-space:pre-wrap'>" + html.escape(text).replace("\n", "<br>") + "</p>"


def qt_length(text: str) -> int:
    """How many UTF-16 units Qt counts in ``text`` (a character outside the Basic
    Multilingual Plane, most emoji, takes two): the length of a run Qt is given whole."""
    return len(text.encode("utf-16-le")) // 2


def no_changes(comparison: Comparison) -> str:
    """What to say when a comparison found no change ("" when it found some): the texts are
    the same, or differ only in white space, or only in what the compare options ignore."""
    if comparison.changes:
        return ""
    left, right = comparison.left_text, comparison.right_text
    if left == right:
        return "The two texts are identical"
    if left.split() == right.split():
        return "No changes: the texts differ only in white space (spaces, line breaks)"
    return (
        "No changes: the texts differ only in what the Compare menu ignores (case, "
        "punctuation, quotes and dashes)"
    )
