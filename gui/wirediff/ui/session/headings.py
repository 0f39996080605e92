"""What the diff's headers say about the two documents on screen: outlet · date · file name
over each pane (the words that tell versions of one story apart), and the title once over
both (versions of one story share it)."""

from __future__ import annotations

from dataclasses import dataclass

from wirediff.core.display import in_order
from wirediff.core.document import Document
from wirediff.ui.common.text import TITLES_BETWEEN, heading, one_line


@dataclass(frozen=True, slots=True)
class PairHeadings:
    """The line over both panes and each pane's (header, tooltip)."""

    title: str  # the title both share, once; "left title  ↔  right title" when they differ
    left: tuple[str, str]
    right: tuple[str, str]
    sides: tuple[str, str] | None = None  # (left title, right title) when they differ


def _tip(doc: Document) -> str:
    lines = [doc.title or doc.name, str(doc.path)]
    if doc.published:
        lines.append(f"Published {doc.published}")
    return "\n".join(lines)


def pair_headings(left: Document, right: Document) -> PairHeadings:
    """Each pane's heading (outlet · date · file name) and the title line over both."""
    titles = [one_line(doc.title or doc.name) for doc in (left, right)]
    headings = (heading(left), _tip(left)), (heading(right), _tip(right))
    if titles[0] == titles[1]:
        return PairHeadings(titles[0], *headings)
    # Each title isolated, in a left-to-right line: two Urdu titles must not swap places.
    # (Side by side, each is drawn over its own pane: ``sides``.)
    return PairHeadings(in_order(titles, TITLES_BETWEEN), *headings, (titles[0], titles[1]))
