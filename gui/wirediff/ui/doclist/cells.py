"""What the document list's cells show beyond the documents themselves: the ◆ of a base, a
version's similarity to its base (estimated, then exact), ✓ and ⚑ of review, the level.

``DocumentList.cells``: the list's structure, filter and selection are the list's; these
methods change single cells of the rows it holds, found by their position (``where``),
touching only the cells whose state changes. The list resets them (``reset``) whenever it
shows other rows.

Each cell set is a signal through the proxy and the view: a folder's marks are many
(grouping 20,000 documents marks 5,000 story bases, bold across the row), so the rows whose
marks change are redrawn a slice at a time, the top of the list first (``_redraw``), as
similarities are filled.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel

from wirediff.core.review import PairSummary
from wirediff.core.stories import Derivation, StoryIndex
from wirediff.ui.common.roles import DOC_ROLE, SORT_ROLE
from wirediff.ui.common.text import plain_tooltip
from wirediff.ui.doclist.columns import (
    BASE_MARK,
    BESIDE_MARK,
    BESIDE_TIP,
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

COUNT = len(COLUMNS)
_MARK_WORDS = {
    BASE_MARK: "base",
    BESIDE_MARK: "compared with",
    REVIEWED_MARK: "reviewed",
    FLAG_MARK: "flagged",
}


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

    def __init__(
        self, model: Callable[[], QStandardItemModel], fills: Slicer, marking: Slicer
    ) -> None:
        """``model``: the list's model now (it swaps models); ``fills``: the slicer that
        shows similarities (the list stops it when it swaps models); ``marking``: the one
        that redraws rows whose marks changed (stopped by ``reset``)."""
        self._model = model
        self._fills = fills
        self._marking = marking
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
        self._exact_options: object = None  # ... with these compare options
        self._scored = set(sims) - self.bases  # documents whose similarity cell holds one
        self._review: dict[int, PairSummary] = {}  # review state of each pair with its left
        # What the rows show (the model is built with its bases marked): the non-empty mark
        # cells (text, tooltip), and the rows in bold.
        self._marks = dict.fromkeys(self.bases, (BASE_MARK, base_tip(index is not None)))
        self._bold = set(self.bases)
        self._marking.stop()
        self._unmarked: set[int] = set()  # rows whose marks are still to be redrawn
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

        Only rows whose state changes are touched, a slice at a time (``_redraw``).
        """
        old, self.bases = self.bases, set(bases)
        self._scored -= self.bases
        if self.index is None and old != self.bases:
            self._exact = {}  # they were to the old base
            self._fills.stop()  # similarities still being shown were to the old base
            stale = sorted(self._scored - old)
            self._scored -= old
            if stale:  # emptied in slices (or overwritten sooner by the new base's values)
                self.fill_similarity([(doc, None) for doc in stale])
        self._redraw(old ^ self.bases)

    def _redraw(self, docs: Iterable[int]) -> None:
        """Show the marks of ``docs``' rows as they are now: the first slice now (a few
        rows: all of them), the rest at the next turns of the event loop."""
        self._unmarked.update(docs)
        if self._unmarked:
            self._marking.start(self._redraw_walk())

    def _redraw_walk(self) -> Iterator[None]:
        """The rows still to redraw, top of the list first (a walk started anew takes the
        rows its predecessor left)."""
        for doc in sorted(self._unmarked, key=lambda d: self.where.get(d, ())):
            if doc in self._unmarked:
                self._unmarked.discard(doc)
                self._show_row(doc)
                yield

    def _show_row(self, doc: int) -> None:
        """``doc``'s row as its marks say: bold and "base" as a base, its mark cell."""
        cells = self._row_cells(doc)
        if not cells or None in cells:
            return
        bold = doc in self.bases
        if bold != (doc in self._bold):
            for cell in cells:
                font = QFont(cell.font())
                font.setBold(bold)
                cell.setFont(font)
            (self._bold.add if bold else self._bold.discard)(doc)
            if bold:  # (on the left but not its story's base: its similarity to it stays)
                if self._a_base(doc):
                    cells[SIMILARITY].setText("base")
                    cells[SIMILARITY].setData(2.0, SORT_ROLE)
            elif self.index is not None:  # its similarity to its story's base again
                exact = doc in self._exact
                value = self._exact[doc] if exact else self._story_sims.get(doc)
                self.set_similarity(doc, value, exact)
            elif doc not in self._scored:  # (a value to the new base may be shown already)
                cells[SIMILARITY].setText("")
                cells[SIMILARITY].setData(-1.0, SORT_ROLE)
        mark, tip = self._mark_of(doc)
        if self._marks.get(doc, ("", "")) != (mark, tip):
            show_mark(cells[MARK], mark, tip)
            if mark:
                self._marks[doc] = (mark, tip)
            else:
                self._marks.pop(doc, None)

    def _mark_of(self, doc: int) -> tuple[str, str]:
        """The mark ``doc``'s row is to show, and its tooltip (a base's ◆ before review's)."""
        if doc in self.bases:
            if not self._a_base(doc):
                return BESIDE_MARK, BESIDE_TIP
            return BASE_MARK, base_tip(self.index is not None)
        return review_mark(self._review.get(doc))

    def _a_base(self, doc: int) -> bool:
        """Whether ``doc``, marked, is a base: flat, the base; grouped, its story's (the
        chain puts the version before on the left, which is none: two ◆ in one story
        and its similarity read "base")."""
        return self.index is None or self.index.story_of(doc).base == doc

    def _row_cells(self, doc: int) -> list[QStandardItem]:
        """The items of ``doc``'s row, one per column (none: not in the list)."""
        path = self.where.get(doc)
        if path is None:
            return []
        model, parent = self._model(), QModelIndex()
        for row in path[:-1]:
            parent = model.index(row, 0, parent)
        return [model.itemFromIndex(model.index(path[-1], c, parent)) for c in range(COUNT)]

    def fill_similarity(self, values: list[tuple[int, float | None]]) -> None:
        """Show (document, similarity or None: empty) pairs, a slice at a time.

        Setting 10,000 cells takes the best part of a second; the first slice is shown now.
        """
        self._fills.start(self._fill_walk(values))

    def _fill_walk(self, values: list[tuple[int, float | None]]) -> Iterator[None]:
        for doc, value in values:
            self.set_similarity(doc, value)
            yield

    def show_exact(self, values: list[tuple[int, float]], options: object) -> None:
        """Similarities counted word by word (as the changes panel counts them) with the
        compare ``options``, in place of the estimates; kept while the list keeps its bases
        and the options stay (those counted with others go back to the estimates: a pair
        compared with a fold off kept its 70% in the list once the fold was on again, the
        panel saying 98%)."""
        if options != self._exact_options:
            stale, self._exact, self._exact_options = self._exact, {}, options
            for doc in stale.keys() - {doc for doc, _ in values}:
                self.set_similarity(doc, self._story_sims.get(doc))
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
        old, self._review = self._review, dict(marks)
        self._redraw(d for d in old.keys() | self._review.keys() if old.get(d) != marks.get(d))

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
