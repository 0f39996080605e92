"""The list's similarity figures made exact where the pairs were counted word by word, so
that the list, the changes panel and the story panel show one figure for one pair."""

from __future__ import annotations

from wirediff.ui.doclist.view import DocumentList
from wirediff.ui.session.session import Session


def show_exact_similarities(session: Session, doc_list: DocumentList) -> None:
    """Grouped: every version counted against its story's base as the pair view compares
    now (the story panel's diffs, of this story and of those counted before, kept across a
    regrouping while a story keeps its base: ``ExactFigures``); flat: the pair on screen,
    when its left side is the base."""
    shown, index = session.current, session.index
    if session.grouped():
        if index is not None:
            keep = not session.hide_boilerplate
            listed = session.stories.exact.listed(index, session.options, keep)
            doc_list.cells.show_exact(listed, session.options)
    elif shown is not None and shown.pair[0] == session.selection.base:
        counted = shown.plan.comparison
        doc_list.cells.show_exact([(shown.pair[1], counted.stats.similarity)], counted.options)
