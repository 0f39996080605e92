"""What the document list's cells show beyond the documents themselves: the ◆ of a base, a
version's similarity to its base (estimated, then exact), ✓ and ⚑ of review, the level.

``DocumentList.cells``: the list's structure, filter and selection are the list's; these
methods change single cells of the rows it holds, found by their position (``where``),
touching only the cells whose state changes. The list resets them (``reset``) whenever it
shows other rows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel

from wirediff.core.review import PairSummary
from wirediff.core.stories import Derivation, StoryIndex
from wirediff.ui.common.roles import DOC_ROLE, SORT_ROLE
from wirediff.ui.common.text import plain_tooltip
from wirediff.ui.doclist.columns import (
    BASE_MARK,
    COLUMNS,
    FLAG_MARK,
    LEVEL,
    LEVEL_ORDER,
    LEVEL_TEXT,
    MARK,
    MARK_ORDER,
    REVIEWED_MARK,
    SIMILARITY,
    base_tip,
    review_mark,
    similarity_text,
)
from wirediff.ui.jobs.slicer import Slicer

_MARK_WORDS = {BASE_MARK: "base", REVIEWED_MARK: "reviewed", FLAG_MARK: "flagged"}


def mark_words(mark: str) -> str:
    """A mark cell as a screen reader says it ("base", "reviewed, flagged"): the glyphs are
    no words, and the column has no heading."""
    return ", ".join(_MARK_WORDS[glyph] for glyph in mark if glyph in _MARK_WORDS)


def show_mark(item: QStandardItem, mark: str, tip: str) -> None:
    """Put ``mark`` (◆, ✓, ⚑) in a mark cell, its tooltip, and both in words for a screen
    reader (its name and description)."""
    item.setText(mark)
    item.setData(MARK_ORDER.get(mark, 3), SORT_ROLE)
    item.setToolTip(tip)
    item.setData(mark_words(mark), Qt.ItemDataRole.AccessibleTextRole)
    item.setData(tip, Qt.ItemDataRole.AccessibleDescriptionRole)


class CellMarks:
    """Marks, similarities and levels in the list's cells."""

    def __init__(self, model: Callable[[], QStandardItemModel], fills: Slicer) -> None:
        """``model``: the list's model now (it swaps models); ``fills``: the slicer that
        shows similarities (the list stops it when it swaps models)."""
        self._model = model
        self._fills = fills
        self.reset()

    def reset(
        self,
        index: StoryIndex | None = None,
        bases: set[int] | None = None,
        where: dict[int, tuple[int, ...]] | None = None,
        similarity: Mapping[int, float] | None = None,
    ) -> None:
        """The rows shown are new: their bases, positions and (grouped) similarities."""
        self.index = index  # set while the list is grouped
        self.bases: set[int] = set(bases or ())  # documents marked ◆ (flat: the base)
        self.where: dict[int, tuple[int, ...]] = where or {}  # document -> row position
        sims = dict(similarity or {})
        self._story_sims = sims if index is not None else {}  # grouped: each version's
        self._exact: dict[int, float] = {}  # similarities counted word by word
        self._scored = set(sims) - self.bases  # documents whose similarity cell holds one
        self._review: dict[int, PairSummary] = {}  # review state of each pair with its left
        # non-empty mark cells: text, tooltip
        self._marks = dict.fromkeys(self.bases, (BASE_MARK, base_tip(index is not None)))
        self._levels: dict[int, tuple[Derivation, str]] = {}  # documents whose level is shown

    def rows(self, parent: QStandardItem | None = None) -> Iterator[QStandardItem]:
        """The first-column item of every document row, at any depth."""
        parent = parent or self._model().invisibleRootItem()
        for r in range(parent.rowCount()):
            item = parent.child(r, 0)
            if item.data(DOC_ROLE) is not None:
                yield item
            yield from self.rows(item)

    def cell(self, doc: int, column: int) -> QStandardItem | None:
        """The item in ``column`` of ``doc``'s row (found by its position in the model)."""
        path = self.where.get(doc)
        if path is None:
            return None
        parent = QModelIndex()
        for row in path[:-1]:
            parent = self._model().index(row, 0, parent)
        return self._model().itemFromIndex(self._model().index(path[-1], column, parent))

    def cell_text(self, doc: int, column: int) -> str:
        """What ``doc``'s row shows in ``column``."""
        cell = self.cell(doc, column)
        return "" if cell is None else cell.text()

    def mark_bases(self, bases: set[int]) -> None:
        """Mark ``bases`` ◆ (bold, "base" as similarity); rows that lose the mark get their
        similarity to their story's base back (grouped) or an empty cell (flat: the new base's
        similarities follow in ``fill_similarity``).

        Only rows whose state changes are touched: each cell set is a signal through the
        proxy, and a folder has thousands of rows.
        """
        old, self.bases = self.bases, set(bases)
        for doc in old ^ self.bases:
            bold = doc in self.bases
            for col in range(len(COLUMNS)):
                cell = self.cell(doc, col)
                if cell is not None:
                    font = QFont(cell.font())
                    font.setBold(bold)
                    cell.setFont(font)
            sim = self.cell(doc, SIMILARITY)
            if sim is not None:
                sim.setText("base" if bold else "")
                sim.setData(2.0 if bold else -1.0, SORT_ROLE)
        self._scored -= self.bases
        if self.index is not None:
            for doc in old - self.bases:
                exact = doc in self._exact
                value = self._exact[doc] if exact else self._story_sims.get(doc)
                self.set_similarity(doc, value, exact)
        elif old != self.bases:
            self._exact = {}  # they were to the old base
            self._fills.stop()  # similarities still being shown were to the old base
            stale = sorted(self._scored - old)
            self._scored -= old
            if stale:  # emptied in slices (or overwritten sooner by the new base's values)
                self.fill_similarity([(doc, None) for doc in stale])
        self._show_marks()

    def fill_similarity(self, values: list[tuple[int, float | None]]) -> None:
        """Show (document, similarity or None: empty) pairs, a slice at a time.

        Setting 10,000 cells takes the best part of a second; the first slice is shown now.
        """
        self._fills.start(self._fill_walk(values))

    def _fill_walk(self, values: list[tuple[int, float | None]]) -> Iterator[None]:
        for doc, value in values:
            self.set_similarity(doc, value)
            yield

    def show_exact(self, values: list[tuple[int, float]]) -> None:
        """Similarities counted word by word (as the changes panel counts them), in place of
        the estimates; kept while the list keeps its bases."""
        for doc, value in values:
            self._exact[doc] = value
            self.set_similarity(doc, value, exact=True)

    def set_similarity(self, doc: int, value: float | None, exact: bool = False) -> None:
        """Show ``doc``'s similarity to the base (None: empty the cell); an estimate is not
        shown over an exact figure."""
        cell = self.cell(doc, SIMILARITY)
        if cell is None or doc in self.bases:
            return
        if not exact and doc in self._exact and value is not None:
            value, exact = self._exact[doc], True
        cell.setText(similarity_text(value, exact))
        cell.setData(-1.0 if value is None else value, SORT_ROLE)
        (self._scored.discard if value is None else self._scored.add)(doc)

    def set_review_marks(self, marks: Mapping[int, PairSummary]) -> None:
        """✓ beside documents whose pair with their left side was reviewed, ⚑ beside those
        with flags or notes (the tooltip counts them)."""
        self._review = dict(marks)
        self._show_marks()

    def _show_marks(self) -> None:
        marks = {d: review_mark(s) for d, s in self._review.items() if d not in self.bases}
        marks.update(dict.fromkeys(self.bases, (BASE_MARK, base_tip(self.index is not None))))
        for doc in marks.keys() | self._marks.keys():  # only rows whose mark changes
            mark, tip = marks.get(doc, ("", ""))
            item = self.cell(doc, MARK)
            if item is None or self._marks.get(doc, ("", "")) == (mark, tip) == (
                item.text(),
                item.toolTip(),
            ):
                continue
            show_mark(item, mark, tip)
        self._marks = {doc: shown for doc, shown in marks.items() if shown[0]}

    def set_levels(self, levels: Mapping[int, tuple[Derivation, str]]) -> None:
        """Show each document's derivation level (its sentence as the tooltip)."""
        for doc, (level, sentence) in levels.items():
            if self._levels.get(doc) == (level, sentence):
                continue
            cell = self.cell(doc, LEVEL)
            if cell is not None:
                cell.setText(LEVEL_TEXT[level])
                cell.setData(LEVEL_ORDER[level], SORT_ROLE)
                cell.setToolTip(plain_tooltip(sentence))
                self._levels[doc] = (level, sentence)

    def marks(self) -> dict[int, str]:
        """Document index -> mark shown (for tests and screenshots)."""
        return {item.data(DOC_ROLE): item.text() for item in self.rows()}
