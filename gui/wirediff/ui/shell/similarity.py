"""The list's similarity figures made exact where the pairs were counted word by word, so
that the list, the changes panel and the story panel show one figure for one pair."""

from __future__ import annotations

from wirediff.ui.doclist.view import DocumentList
from wirediff.ui.session.session import Session
from wirediff.ui.session.versions import diffs_key


def show_exact_similarities(session: Session, doc_list: DocumentList) -> None:
    """Grouped: the story's versions against its base, as the pair view compares them now
    (the story panel's diffs); flat: the pair on screen, when its left side is the base."""
    shown, index = session.current, session.index
    if session.grouped():
        diffs, keep = session.stories.diffs, not session.hide_boilerplate
        if (
            diffs is not None
            and diffs.index is index  # (regrouped: its story may be gone)
            and diffs.key == diffs_key(diffs.index, diffs.story, session.options, keep)
        ):
            doc_list.cells.show_exact([(s.doc, s.similarity) for s in diffs.stats()[1:]])
    elif shown is not None and shown.pair[0] == session.selection.base:
        doc_list.cells.show_exact([(shown.pair[1], shown.plan.comparison.stats.similarity)])
