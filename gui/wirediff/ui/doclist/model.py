"""The document list's model, filled whole in any thread and handed to the GUI thread.

Filling a QStandardItemModel of 10,000 documents (50,000 cells) takes the best part of a
second, and moving rows under story groups as long again; done on the GUI thread with the
view attached, each row also costs a proxy and view update. So the loading and grouping
jobs build a complete model here, detached from any view, and the list swaps it in: the GUI
thread only pays for one proxy reset. No view or proxy ever sees the model before the
swap, so no two threads touch its items at once. The empty model itself is made in the GUI
thread (``blank_model``): made in a worker, it could hang the window (``jobs.handover``).
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence, Set
from dataclasses import dataclass
from pathlib import PurePath

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel

from wirediff.core.document import Document
from wirediff.core.outlet_names import other_names
from wirediff.core.stories import StoryIndex
from wirediff.core.tokens import filter_key
from wirediff.ui.common.roles import DOC_ROLE, FILTER_ROLE, SORT_ROLE
from wirediff.ui.common.text import one_line, plain_tooltip
from wirediff.ui.doclist import groups
from wirediff.ui.doclist.cells import show_mark
from wirediff.ui.doclist.columns import (
    BASE_MARK,
    COLUMNS,
    FILTERED,
    MARK,
    SIMILARITY,
    TITLE,
    base_tip,
    similarity_text,
)
from wirediff.ui.jobs.handover import hand_to_gui_thread, let_go, own

TOOLTIP = Qt.ItemDataRole.ToolTipRole


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
    model.setHorizontalHeaderLabels([column.header for column in COLUMNS])
    for col, column in enumerate(COLUMNS):
        if column.tip:
            model.setHeaderData(col, Qt.Orientation.Horizontal, column.tip, TOOLTIP)
    # The mark column's heading is empty on screen; a screen reader names it.
    model.setHeaderData(
        MARK, Qt.Orientation.Horizontal, "Marks", Qt.ItemDataRole.AccessibleTextRole
    )
    return model


def blank_model() -> QStandardItemModel:
    """An empty model for a worker's ``build_list`` (made in the GUI thread, let go of)."""
    return let_go(empty_model())


def build_list(
    documents: Sequence[Document],
    words: Sequence[int],
    index: StoryIndex | None = None,
    bases: Set[int] = frozenset(),
    similarity: Mapping[int, float] | None = None,
    blank: QStandardItemModel | None = None,
) -> BuiltList:
    """The model of ``documents``: flat, or grouped as ``index`` says, ``bases`` marked.

    Runs in a worker, filling ``blank`` (``blank_model``), or in the GUI thread; the model
    is moved to the GUI thread before it is returned (which only the thread that owns it
    may do).
    """
    model = own(blank, empty_model)
    tip = base_tip(index is not None)
    bold = QFont()
    bold.setBold(True)
    scores = similarity or {}
    rows = {}
    folders = _folders(documents)
    for i, (doc, count) in enumerate(zip(documents, words, strict=True)):
        base = i in bases
        similar = scores.get(i) if not base else None
        rows[i] = document_row(i, doc, count, similar, folders.get(doc.path.parent, ""))
        if base:
            mark_base(rows[i], bold, tip)
    where = groups.regroup(model, rows, index)
    model = hand_to_gui_thread(model)
    return BuiltList(model, where, documents, list(words), index, set(bases), dict(scores))


def grouped_list(
    index: StoryIndex, words: Sequence[int], blank: QStandardItemModel | None = None
) -> BuiltList:
    """The model grouped by ``index``: story bases marked, versions scored against them
    (in a worker, filling ``blank``)."""
    sims = {v.doc: v.similarity for s in index.stories for v in s.versions[1:]}
    return build_list(index.documents, words, index, groups.marked_bases(index), sims, blank)


def _folders(documents: Sequence[Document]) -> dict[PurePath, str]:
    """Each document's folder below the folder its documents share ("obzor" of
    "partners/obzor"), which the filter matches too: an editor keeping a folder per
    partner typed its name, and no document matched (a walkthrough). Not the shared
    folder's name, which every document would match as a part of a word ("hiv" listed
    every document of "archive": a researcher's walkthrough) — typed whole, it lists them
    all (``shared_folder``); nor anything when they are all in one folder."""
    parents = {doc.path.parent for doc in documents}
    common = _common(parents)
    if common is None:
        return {}
    return {p: p.relative_to(common).as_posix().removeprefix(".") for p in parents}


def _common(parents: Set[PurePath]) -> PurePath | None:
    """The folder ``parents`` share when they are two or more, else None."""
    if len(parents) < 2:
        return None
    try:
        return PurePath(os.path.commonpath([str(p) for p in parents]))
    except ValueError:  # (paths on two drives)
        return None


def shared_folder(documents: Sequence[Document]) -> str:
    """The name of the folder ``documents`` share when they are in several (every one is
    listed when the filter types it whole: opened from above it, "partners" matched
    nothing), else ""."""
    common = _common({doc.path.parent for doc in documents})
    return common.name if common is not None else ""


def document_row(
    i: int, doc: Document, words: int, similarity: float | None, folder: str = ""
) -> list[QStandardItem]:
    """The cells of a document's row (its similarity to the base shown if given);
    ``folder``: its folder within the folders opened, which the filter matches too."""
    items = []
    texts = [column.text(doc, words) for column in COLUMNS]
    for column, text in zip(COLUMNS, texts, strict=True):
        item = groups.plain_item(text)
        item.setData(i, DOC_ROLE)
        item.setData(column.sort(doc, words), SORT_ROLE)
        if column.right:
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if column.cell_tip is not None:
            item.setToolTip(plain_tooltip(column.cell_tip(doc, words)))
        items.append(item)
    # (as shown: a name's byte that is not UTF-8, a lone surrogate, made the row match nothing)
    filtered = "\n".join([*(one_line(texts[c]) for c in FILTERED), one_line(folder)])
    # ... and the outlet's other names, as its own texts write it: "연합뉴스" typed found
    # none of Yonhap's documents, "毎日新聞" none of The Mainichi's (an East Asia desk's
    # walkthrough; "अमर उजाला" none of Amar Ujala's: a South Asian desk's)
    filtered = "\n".join([filtered, *other_names(doc.source)])
    items[TITLE].setData(filter_key(filtered), FILTER_ROLE)
    if similarity is not None:
        items[SIMILARITY].setText(similarity_text(similarity))
        items[SIMILARITY].setData(similarity, SORT_ROLE)
    return items


def mark_base(row: list[QStandardItem], bold: QFont, tip: str) -> None:
    for cell in row:
        cell.setFont(bold)
    show_mark(row[MARK], BASE_MARK, tip)
    row[SIMILARITY].setText("base")
    row[SIMILARITY].setData(2.0, SORT_ROLE)
