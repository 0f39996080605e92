"""What V and Shift+V say: where the chain of versions in time order stands (plain text)."""

from __future__ import annotations

from collections.abc import Sequence

from wirediff.core.chronology import identical_to, reverts, said_before
from wirediff.core.document import Document, came_before
from wirediff.core.revisions import named_first
from wirediff.ui.session.selection import PairSelection


def chain_message(
    selection: PairSelection, documents: Sequence[Document], moved_to: int | None, direction: int
) -> str:
    """The status line after V (``direction`` -1) or Shift+V (+1); ``moved_to``: what
    ``PairSelection.step_chain`` returned."""
    doc, stories = selection.selected, selection.stories
    if stories is None:
        return "Versions are in time order once stories are grouped (Ctrl+Shift+G)"
    if doc is None:
        return "Select a version first"
    chain = stories.chain(doc)
    if len(chain) < 2:
        return "This document is the only version of its story"
    if moved_to is None:
        return (
            "This is the oldest version of its story"
            if direction < 0
            else "This is the newest version of its story"
        ) + (" (undated versions come last)" if not documents[doc].published else "")
    at = chain.index(moved_to)
    previous = selection.stories.previous(moved_to) if selection.stories else None
    earlier = chain[at - 1] if previous is None else previous
    before = documents[earlier]
    # Undated versions come last in the list's order: no time order to claim for them.
    first, then = before.published, documents[moved_to].published
    # One day, and one of them without its time (or neither with one), and no capture
    # times to tell them apart (``came_before``: two captures of one page, 11:30 on the
    # 5th and 08:00 on the 6th, "same date: which came first is not known" — a
    # fact-checker's walkthrough): no order known
    known = came_before(before, documents[moved_to]) or came_before(documents[moved_to], before)
    # (undated, the names may number them: rev05 of a numbered chain was "in the list's
    # order (undated: which came first is not known)" under a banner saying rev04 "came
    # first by the numbers in their names" — a revision researcher's walkthrough)
    named = "" if first and then else named_first(earlier, moved_to, documents)
    order = (
        named
        if named
        else "in the list's order (undated: which came first is not known)"
        if not (first and then)
        else "in time order"
        if known
        else "in the list's order (same date: which came first is not known)"
    )
    # Short, and no file named: the pair's numbers follow it on the status line with the
    # pair's names ("a ↔ b: 97% similar"), and the two were cut in their middle together,
    # through "against …" (the versions' headings said twice)
    where = f"Version {at + 1} of {len(chain)} {order}"
    # (against an earlier one: the latest of its outlet's, or of an agency's, before it)
    just_before = chain[at - 1]
    against = said_before(documents, just_before if previous is None else previous, just_before)
    # (a revision putting back an earlier one's very text, as the chain report says it:
    # "Copy of …15-45.txt, 5 words differ" was all the app said of a vandal's revision
    # reverted — a Wikipedia editor's walkthrough)
    reverted = reverts(chain, documents).get(moved_to)
    if reverted is not None:
        against += f", {identical_to(documents, reverted, named=False)}"
    # (the key back is lowercase v: "V back" read as Shift+V, the key forward — a
    # keyboard-only walkthrough)
    return f"{where}: against {against} — press v to go back, Shift+V forward"
