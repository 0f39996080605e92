"""Showing data (article text, titles, file names) where Qt might guess it is markup."""

from __future__ import annotations

import html


def plain_tooltip(text: str) -> str:
    """A tooltip that shows ``text`` literally.

    Qt renders a tooltip as rich text when it merely looks like HTML, so a title such as
    ``<b>Breaking</b>`` would be interpreted; an escaped rich-text paragraph never is.
    """
    return "<p style='white-space:pre-wrap'>" + html.escape(text).replace("\n", "<br>") + "</p>"
