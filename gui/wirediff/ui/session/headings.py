"""What the diff's headers say about the two documents on screen: outlet · date · file name
over each pane (the words that tell versions of one story apart), and the title once over
both (versions of one story share it)."""

from __future__ import annotations

from dataclasses import dataclass

from wirediff.core.display import doc_heading
from wirediff.core.document import Document
from wirediff.ui.common.text import one_line


@dataclass(frozen=True, slots=True)
class PairHeadings:
    """The line over both panes and each pane's (header, tooltip)."""

    title: str  # the title both share, once; "left title  ↔  right title" when they differ
    left: tuple[str, str]
    right: tuple[str, str]


LRM, FSI, PDI = "\u200e", "\u2068", "\u2069"  # left-to-right mark, first-strong isolate


def _isolated(text: str) -> str:
    """``text`` laid out in its own direction, whatever surrounds it."""
    return f"{FSI}{text}{PDI}"


def _tip(doc: Document) -> str:
    lines = [doc.title or doc.name, str(doc.path)]
    if doc.published:
        lines.append(f"Published {doc.published}")
    return "\n".join(lines)


def pair_headings(left: Document, right: Document) -> PairHeadings:
    """Each pane's heading (outlet · date · file name) and the title line over both."""
    titles = [one_line(doc.title or doc.name) for doc in (left, right)]
    # Each title isolated, in a left-to-right line: two Urdu titles must not swap places.
    title = titles[0] if titles[0] == titles[1] else LRM + "  ↔  ".join(map(_isolated, titles))
    return PairHeadings(
        title,
        (one_line(doc_heading(left)), _tip(left)),
        (one_line(doc_heading(right)), _tip(right)),
    )
