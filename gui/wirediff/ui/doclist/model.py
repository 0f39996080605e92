"""The document list's model, built whole in any thread and handed to the GUI thread.

Filling a QStandardItemModel of 10,000 documents (50,000 cells) takes the best part of a
second, and moving rows under story groups as long again; done on the GUI thread with the
view attached, each row also costs a proxy and view update. So the loading and grouping
jobs build a complete model here, detached from any view, and the list swaps it in: the GUI
thread only pays for one proxy reset. No view or proxy ever sees the model before the
swap, so no two threads touch its items at once.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence, Set
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel

from wirediff.core.document import Document
from wirediff.core.stories import StoryIndex
from wirediff.ui.common.roles import DOC_ROLE, SORT_ROLE
from wirediff.ui.common.text import plain_tooltip
from wirediff.ui.doclist import groups

COLUMNS = ("", "Title", "Source", "Words", "Similarity")
MARK, TITLE, SOURCE, WORDS, SIMILARITY = range(5)
BASE_MARK, REVIEWED_MARK = "◆", "✓"
MARK_ORDER = {BASE_MARK: 0, REVIEWED_MARK: 1}  # sort order of the mark column (others: 2)


@dataclass(slots=True)
class BuiltList:
    """A filled model, its document rows' first cells, and the state it was built for."""

    model: QStandardItemModel
    where: dict[int, tuple[int, ...]]  # document index -> row number under each ancestor
    documents: Sequence[Document]
    words: list[int]
    index: StoryIndex | None
    bases: set[int]
    similarity: dict[int, float]  # each row's similarity (grouped: to its story's base)


def empty_model() -> QStandardItemModel:
    """A model with the list's columns and header texts, and no rows."""
    model = QStandardItemModel(0, len(COLUMNS))
    model.setHorizontalHeaderLabels(list(COLUMNS))
    model.setHeaderData(
        SIMILARITY,
        Qt.Orientation.Horizontal,
        "Shared text with the base (word shingles, from the story index; grouped: with the "
        "story's base). The changes panel counts the pair on screen word by word.",
        Qt.ItemDataRole.ToolTipRole,
    )
    return model


def build_list(
    documents: Sequence[Document],
    words: Sequence[int],
    index: StoryIndex | None = None,
    bases: Set[int] = frozenset(),
    similarity: Mapping[int, float] | None = None,
) -> BuiltList:
    """The model of ``documents``: flat, or grouped as ``index`` says, ``bases`` marked.

    Runs in a worker or the GUI thread; the model is moved to the GUI thread before it is
    returned (which only the thread that owns it may do).
    """
    model = empty_model()
    tip = "base of its story" if index is not None else "base (left side)"
    bold = QFont()
    bold.setBold(True)
    scores = similarity or {}
    rows = {}
    for i, (doc, count) in enumerate(zip(documents, words, strict=True)):
        base = i in bases
        rows[i] = document_row(i, doc, count, scores.get(i) if not base else None)
        if base:
            _mark_base(rows[i], bold, tip)
    where = groups.regroup(model, rows, index)
    app = QCoreApplication.instance()
    if app is not None and model.thread() is not app.thread():
        model.moveToThread(app.thread())
    return BuiltList(model, where, documents, list(words), index, set(bases), dict(scores))


def grouped_list(index: StoryIndex, words: Sequence[int]) -> BuiltList:
    """The model grouped by ``index``: story bases marked, versions scored against them."""
    sims = {v.doc: v.similarity for s in index.stories for v in s.versions[1:]}
    return build_list(index.documents, words, index, groups.marked_bases(index), sims)


def document_row(
    i: int, doc: Document, words: int, similarity: float | None
) -> list[QStandardItem]:
    """The five cells of a document's row (its similarity to the base shown if given)."""
    title = doc.title or doc.name
    sim = "" if similarity is None else f"{similarity:.0%}"
    values = ("", title, doc.source, f"{words:,}", sim)
    score = -1.0 if similarity is None else similarity
    sorts = (2, title.casefold(), doc.source.casefold(), words, score)
    items = []
    for col, (text, key) in enumerate(zip(values, sorts, strict=True)):
        item = groups.plain_item(text)
        item.setData(i, DOC_ROLE)
        item.setData(key, SORT_ROLE)
        if col in (WORDS, SIMILARITY):
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        items.append(item)
    items[TITLE].setToolTip(plain_tooltip(f"{doc.title}\n{doc.path}\n{words:,} words"))
    return items


def _mark_base(row: list[QStandardItem], bold: QFont, tip: str) -> None:
    for cell in row:
        cell.setFont(bold)
    row[MARK].setText(BASE_MARK)
    row[MARK].setData(MARK_ORDER[BASE_MARK], SORT_ROLE)
    row[MARK].setToolTip(tip)
    row[SIMILARITY].setText("base")
    row[SIMILARITY].setData(2.0, SORT_ROLE)
