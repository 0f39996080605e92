"""The diff view: two panes whose rows line up, scrolling together, plus the overview strip.

With nothing to compare, one document can be shown by itself (``show_single``): its text in
the left pane, read-only as a side of a pair, the right pane saying why nothing is beside it.

Documents arrive complete (built, with their font, in the background): changing the font
or a frame format of a shown document would make Qt lay all of it out at once.

Alignment is lazy: only the rows on screen are padded (the shorter side of each row gets a
bottom margin), and the panes are synchronised by row number and offset within the row, so
rows above or below the screen never need laying out. This keeps 100k-word documents fast.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QResizeEvent, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from wirediff.core.display import isolated
from wirediff.core.result import BREAK_KINDS, ChangeKind, Comparison, Side
from wirediff.ui.common.text import one_line
from wirediff.ui.common.theme import Theme
from wirediff.ui.common.timers import timer
from wirediff.ui.diff.align import align_rows
from wirediff.ui.diff.find import FindBar
from wirediff.ui.diff.header import Columns, PaneHeader, TitleLine, show_headings
from wirediff.ui.diff.overview import Overview
from wirediff.ui.diff.pane import DiffPane
from wirediff.ui.diff.place import Place
from wirediff.ui.diff.plan import JUMP_KEY, KIND_WORDS, PairPlan, PanePlan, spoken_change

# The left pane's names, a screen reader's: side by side (or a document alone), and inline
LEFT_NAME, INLINE_NAME = "Base document (left)", "Changes inline"


class DiffView(QWidget):
    """Side-by-side (or inline) display of one PairPlan, with change navigation."""

    current_changed = Signal(object)  # change index or None
    message = Signal(str)
    pin_released = Signal()  # the user clicked the pin chip of the left pane

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("diff_view")
        self.left = DiffPane("left_pane")
        self.right = DiffPane("right_pane")
        self.left.setAccessibleName(LEFT_NAME)
        self.right.setAccessibleName("Compared document (right)")
        self.overview = Overview()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("diff_splitter")
        self.splitter.setChildrenCollapsible(False)
        self.headers = (PaneHeader("left_title"), PaneHeader("right_title"))
        self.headers[0].released.connect(self.pin_released)
        self._boxes: list[QWidget] = []
        for pane, header in zip((self.left, self.right), self.headers, strict=True):
            box = QWidget()
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(header)
            column.addWidget(pane, 1)
            self.splitter.addWidget(box)
            self._boxes.append(box)
        self.title = TitleLine()
        self.title.set_columns(self._title_columns)
        for box in self._boxes:  # (a splitter moved by setSizes says nothing)
            box.installEventFilter(self)
        self.find_box = FindBar((self.left, self.right), lambda: self._last_pane)
        self.find_box.selected.connect(self._found_in)
        self.find_box.opening.connect(self._find_opening)
        self.find_box.setAccessibleName("Find in comparison")
        self.find_box.returnPressed.connect(lambda: self.find_match(backward=False))
        panes = QHBoxLayout()
        panes.setSpacing(2)
        panes.addWidget(self.splitter, 1)
        panes.addWidget(self.overview)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.find_box)
        layout.addWidget(self.title)
        layout.addLayout(panes, 1)
        self.pair: PairPlan | None = None
        self.single: PanePlan | None = None  # a document shown by itself (no pair)
        self._headings: tuple[tuple[str, str], tuple[str, str]] = (("", ""), ("", ""))
        self.docs: dict[str, QTextDocument] = {}
        self.inline = False
        self.current: int | None = None
        self.flags: set[int] = set()
        self.marked: set[int] = set()  # the changes flagged or noted
        self._anchor: tuple[Side, int] | None = None
        # (the current move's other place jumped to, and the anchor left there: Ctrl+J
        # again goes back while the cursor stays)
        self._away: tuple[int, tuple[Side, int]] | None = None
        self._syncing = False
        self._realign = timer(self, 0)
        self._realign.timeout.connect(lambda: self._sync(self._master()))
        for pane in (self.left, self.right):
            pane.verticalScrollBar().valueChanged.connect(
                lambda _v, p=pane: None if self._syncing else self._sync(p)
            )
            pane.link_clicked.connect(self.go_to_row_link)
            pane.resized.connect(lambda: self._realign.start() if self.pair else None)
            # Laid out at last at its width, a row on screen may be shorter or taller than
            # when its other side was padded to it (a first jump to the end of a long pair
            # left one side's rows under gaps until the next key).
            pane.pacer.advanced.connect(lambda: self._realign.start() if self.pair else None)
            pane.position_clicked.connect(lambda pos, p=pane: self._clicked(p, pos))
            pane.selectionChanged.connect(lambda p=pane: self._one_selection(p))
            pane.menu_at.connect(lambda pos, p=pane: self._menu_at(p, pos))
        # Scroll bars never come and go: that would change a pane's width and relayout it all.
        self.left.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.right.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.overview.row_clicked.connect(self._strip_clicked)
        self._last_pane: DiffPane | None = None  # the pane that had the focus last
        self._before_find: QWidget | None = None  # where the keyboard was at Ctrl+F
        self._found = False  # a match was selected since
        # What a pane shows while the panes change width (``_attach``), and the right one
        # inline.
        self._blanks = {
            p.objectName(): self._own(QTextDocument(), p) for p in (self.left, self.right)
        }
        for pane in (self.left, self.right):
            pane.installEventFilter(self)
        self.clear("")

    # --- content -----------------------------------------------------------------------------
    @property
    def comparison(self) -> Comparison | None:
        return self.pair.comparison if self.pair else None

    def clear(self, message: str) -> None:
        """Show no comparison, with ``message`` as a placeholder."""
        self.pair = self.single = None
        self.current = None
        self._unflag()
        for pane in (self.left, self.right):
            pane.plan = None
            pane.setDocument(self._own(QTextDocument(), pane))
            pane.set_outline(None)
        self.left.setVerticalScrollBarPolicy(self._left_bar())
        self.left.set_empty_message(message)  # once, wrapped to the pane (Qt's is one line)
        self.right.set_empty_message("")
        self.overview.set_rows([], [])
        self._drop_docs()
        self.find_box.recount()

    def show_single(self, plan: PanePlan, doc: QTextDocument, message: str, th: Theme) -> None:
        """Show one document by itself: its text (``plan``, built as ``doc``) in the left
        pane, scrolling on its own, and ``message`` (why nothing is beside it, how to
        compare it) in the right one, side by side even in the inline mode. The same
        document shown again (another font, other words) stays where the reader is."""
        if plan is self.single and doc is self.left.document():  # other words only
            self.right.set_empty_message(message)
            return
        again = plan is self.single
        top = self.left.row_at(0) if again else 0
        offset = self.left.scroll_y() - round(self.left.row_top(top)) if again else 0
        old = self._shown_documents()
        self.pair, self.single, self.docs = None, plan, {"single": doc}
        doc.setParent(self)
        self.current, self._anchor, self._away = None, None, None
        self._unflag()
        self.set_theme(th)
        self.overview.set_rows([], [])
        for pane in (self.left, self.right):
            pane.set_outline(None)
        self._widths_first(both=True)
        self.left.plan = plan
        self.left.setDocument(doc)
        self.left.set_empty_message("")
        self.right.setDocument(self._own(QTextDocument(), self.right))
        self.right.set_empty_message(message)
        show_headings(self.headers, self._headings, False)
        self._name_left(False)  # (beside the message, even in the inline mode)
        if top or offset:
            self.left.scroll_to_y(self.left.row_top(top) + max(0, offset))
        for old_doc in old:
            if old_doc is not doc:
                old_doc.deleteLater()
        self.find_box.recount()
        self.current_changed.emit(None)

    def _name_left(self, inline: bool) -> None:
        """The left pane's name as a screen reader says it: inline it shows both sides, and
        it was still announced as the base document (a keyboard-only walkthrough)."""
        self.left.setAccessibleName(INLINE_NAME if inline else LEFT_NAME)

    def _widths_first(self, both: bool) -> None:
        """The panes (``both``, or the left one alone) take their new widths before they are
        given documents: a pane resized with a document lays it out again at the new width,
        and a document given at a width it was not laid out at is laid out again, all of it
        down to the row scrolled to (seconds for a megabyte pair; the splitter gave the right
        pane no width at all until its next layout pass)."""
        for pane in (self.left, self.right):
            pane.plan = None
            pane.setDocument(self._blanks[pane.objectName()])
        self.right.setVisible(both)
        self._boxes[1].setVisible(both)
        self.left.setVerticalScrollBarPolicy(self._left_bar())
        self.splitter.refresh()

    def _left_bar(self) -> Qt.ScrollBarPolicy:
        """The left pane's scroll bar: its own inline or alone; side by side the right
        pane's moves both."""
        policy = Qt.ScrollBarPolicy
        alone = self.inline or self.single is not None
        return policy.ScrollBarAlwaysOn if alone else policy.ScrollBarAlwaysOff

    def _own(self, doc: QTextDocument, pane: DiffPane) -> QTextDocument:
        doc.setParent(pane)
        return doc

    def _drop_docs(self) -> None:
        for doc in self.docs.values():
            doc.deleteLater()
        self.docs = {}

    def _shown_documents(self) -> list[QTextDocument]:
        """The documents of the pair shown and the panes' own (not the blanks, kept)."""
        shown = [self.left.document(), self.right.document(), *self.docs.values()]
        return [doc for doc in shown if doc not in self._blanks.values()]

    def show_pair(self, pair: PairPlan, docs: dict[str, QTextDocument], th: Theme) -> None:
        """Display a prepared comparison (documents built in the background)."""
        old = self._shown_documents()
        self.pair, self.single, self.docs = pair, None, docs
        for pane in (self.left, self.right):
            pane.set_empty_message("")  # (the words of a document shown alone)
            pane.setAccessibleDescription("")  # (no change current yet)
        for doc in docs.values():
            doc.setParent(self)
        self.current, self._anchor, self._away = None, None, None
        self.set_theme(th)
        self.overview.set_rows(pair.row_weights, _strip_marks(pair.comparison))
        self._attach()
        for doc in old:
            if doc not in docs.values():
                doc.deleteLater()
        self.current_changed.emit(None)

    def _attach(self) -> None:
        assert self.pair is not None
        self._widths_first(both=not self.inline)
        if self.inline:
            # (The hidden right pane keeps the blank document, not one of a pair that may
            # be replaced: that document is deleted, and the pane would point at it.)
            self.left.plan = self.pair.inline
            self.left.setDocument(self.docs["inline"])
        else:
            self.left.plan, self.right.plan = self.pair.left, self.pair.right
            self.left.setDocument(self.docs["left"])
            self.right.setDocument(self.docs["right"])
        show_headings(self.headers, self._headings, self.inline)
        self._name_left(self.inline)
        self._outline()
        self._realign.start()
        self.find_box.recount()

    def place(self) -> Place | None:
        """Where the reader is: the current change and the top of the screen (None: no
        comparison shown)."""
        comp = self.comparison
        if comp is None:
            return None
        master = self._master()
        row = master.row_at(0)
        offset = max(0, master.scroll_y() - round(master.row_top(row)))
        return Place(self.current, row, offset, len(comp.rows), len(comp.changes))

    def restore_place(self, place: Place) -> bool:
        """Go back to ``place`` in the comparison shown (the same comparison shown again: a
        reload that left both texts unchanged); False, and nothing done, if it does not fit."""
        comp = self.comparison
        if comp is None or (len(comp.rows), len(comp.changes)) != (place.rows, place.changes):
            return False
        self.current, self._anchor = place.current, None
        self._outline()
        # The row at the top first: aligned with the other side there, it is as tall as it
        # was, and the offset into it lands where it did (rows above may be shorter than
        # they were, being aligned only once they come on screen).
        self.scroll_to_row(place.row, 0.0)
        if place.offset:
            self.scroll_to_row(place.row, 0.0, place.offset)
        self.current_changed.emit(place.current)
        return True

    def set_inline(self, inline: bool) -> None:
        """Switch between side-by-side and inline, keeping the current row on screen."""
        if inline == self.inline:
            return
        row = self.left.row_at(0) if self.pair else 0
        self.inline = inline
        if self.pair is not None:
            self._attach()
            self.scroll_to_row(row, 0.0)

    def set_row_numbers(self, on: bool) -> None:
        """Row numbers at the left of the left pane (or the one pane inline): the rows line
        up, so one margin numbers both sides. The place is kept (the pane's new width lays
        its rows out again: the view moved by a row; a re-check)."""
        place = self.place()
        self.left.gutter.show_on(on)
        if place is not None:
            self.restore_place(place)

    def set_theme(self, th: Theme) -> None:
        for pane in (self.left, self.right):
            pane.set_theme(th)
        self.overview.theme = th
        self.overview.update()

    def replace_documents(self, docs: dict[str, QTextDocument]) -> None:
        """Show rebuilt documents of the same comparison (zoom, theme), keeping the place:
        the current change, or the caret's row, where it was on screen (no lower than half
        way down, a larger text taking more room below it), else the row at the top. Zoomed
        in, the top row was kept and the current change, further down, went below the
        screen's edge — the very change the reader zoomed in to read (a 200% walkthrough)."""
        if self.pair is None:
            return
        row, fraction = self._held_row()
        old = self._shown_documents()
        self.docs = docs
        for doc in docs.values():
            doc.setParent(self)
        self._attach()
        self.scroll_to_row(row, fraction)
        for doc in old:
            if doc not in docs.values():
                doc.deleteLater()

    def _held_row(self) -> tuple[int, float]:
        """The row a rebuild keeps in place (``replace_documents``), and how far down the
        screen it starts."""
        master = self._master()
        first, last = self.visible_rows()
        row = self._current_row()
        if row is None or not first <= row <= last:
            row = self._caret_row(master)
        if row is None or not first < row <= last:
            return first, 0.0
        height = max(1, master.viewport().height())
        down = (master.row_top(row) - master.scroll_y()) / height
        return row, min(max(down, 0.0), 0.5)

    @staticmethod
    def _caret_row(pane: DiffPane) -> int | None:
        """The row of ``pane``'s text cursor (None: no plan)."""
        if pane.plan is None:
            return None
        rows = pane.plan.rows
        return rows.row_of(rows.block_at(pane.textCursor().position()))

    def set_titles(
        self,
        left: tuple[str, str] | None,
        right: tuple[str, str] | None,
        title: str = "",
        sides: tuple[str, str] | None = None,
    ) -> None:
        """Each pane's (heading, tooltip), None empties it; ``title``: the line over both,
        ``sides`` the two titles in it when they differ (each drawn over its pane)."""
        self._headings = (left or ("", ""), right or ("", ""))
        show_headings(self.headers, self._headings, self.inline)
        self.title.set_title(title, sides)

    def _title_columns(self) -> Columns | None:
        """Where the two panes are in the title line (None: one pane, inline)."""
        if self.inline:
            return None
        spans = []
        for box in self._boxes:
            x = box.mapTo(self, QPoint(0, 0)).x() - self.title.x()
            spans.append((x, x + box.width()))
        return spans[0], spans[1]

    def set_pin(self, chip: tuple[str, str] | None) -> None:
        """The chip of a document pinned on the left: (label, tooltip), or None."""
        self.headers[0].set_pin(chip)

    # --- find (the box: find.FindBar) --------------------------------------------------------
    def find_match(self, backward: bool) -> None:
        said = self.find_box.find_match(backward)
        if said is not None:
            self.message.emit(said)

    def _find_opening(self) -> None:
        """The find box opens (Ctrl+F, or F3 with nothing to find): where the keyboard was,
        Esc goes back to when nothing is found."""
        self._before_find = QApplication.focusWidget()
        self._found = False

    def hide_find(self) -> None:
        """Esc in the find box: to the match selected, else back where Ctrl+F was typed
        (the list, say), else to a pane."""
        back = self._before_find
        if self._found or back is None or not back.isVisible() or back is self.find_box:
            back = self.last_pane()  # (hiding the box moves the focus on to the next widget)
        self.find_box.dismiss()
        back.setFocus()

    def _found_in(self, pane: DiffPane) -> None:
        """A match was selected in ``pane``: the next step goes on from it, Esc goes to it
        (n after a match in change 3's row went back to change 2, the one current before)."""
        self._last_pane = pane
        self._found = True
        self._clicked(pane, pane.textCursor().selectionStart())

    # --- focus -------------------------------------------------------------------------------
    def last_pane(self) -> DiffPane:
        """The pane to give the focus back to (Esc from the find bar or the story view): the
        one that had it last, else the right one (the left one inline). Not this container,
        where PgDn scrolls nothing and a screen reader has nothing to read. Ask before
        hiding what has the focus: Qt moves it to the next widget, maybe the other pane."""
        pane = self._last_pane
        return self._master() if pane is None or not pane.isVisibleTo(self) else pane

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and watched in (self.left, self.right):
            self._last_pane = self.left if watched is self.left else self.right
        elif event.type() in (QEvent.Type.Resize, QEvent.Type.Move) and watched in self._boxes:
            self.title.update()  # its titles over the panes
        return super().eventFilter(watched, event)

    # --- alignment and synchronised scrolling ------------------------------------------------
    def _master(self) -> DiffPane:
        return self.left if self.inline or self.single is not None else self.right

    def reading_pane(self) -> DiffPane:
        """The pane the keyboard goes to (Ctrl+2): the right one side by side, the left one
        inline or holding a document shown by itself."""
        return self._master()

    def reading_row(self) -> int | None:
        """The row the reader is at: the current change's while it is on screen, else the
        row at the top of the screen (None: no pair compared)."""
        if self.pair is None or self.comparison is None:
            return None
        first, last = self.visible_rows()
        current = self._current_row()
        return current if current is not None and first <= current <= last else first

    def visible_rows(self) -> tuple[int, int]:
        pane = self._master()
        return pane.row_at(0), pane.row_at(pane.viewport().height() - 1)

    def _sync(self, master: DiffPane) -> None:
        """Align the rows on screen in ``master`` and bring the other pane to the same row."""
        if self.pair is None or self._syncing:
            return
        self._syncing = True
        try:
            if not self.inline:
                other = self.left if master is self.right else self.right
                top = master.row_at(0)
                offset = master.scroll_y() - master.row_top(top)
                for _ in range(3):  # aligning can change how many rows fit on screen
                    first, last = top, master.row_at(master.viewport().height() - 1)
                    align_rows(master, other, first, last + 1)
                    if master.row_at(master.viewport().height() - 1) == last:
                        break
                master.scroll_to_y(master.row_top(top) + offset)
                other.scroll_to_y(other.row_top(top) + offset)
            self.overview.set_state(self.visible_rows(), self._current_row(), self._flag_rows())
        finally:
            self._syncing = False

    def scroll_to_row(self, row: int, fraction: float = 0.3, below: int = 0) -> None:
        """Scroll so that ``row`` starts ``fraction`` of the way down the screen (``below``:
        that many pixels further down the document)."""
        if self.pair is None:
            return
        master = self._master()
        for _ in range(4):  # aligning the rows on screen moves the rows below: settle
            y = round(master.row_top(row) - master.viewport().height() * fraction) + below
            self._syncing = True
            master.scroll_to_y(y)
            self._syncing = False
            self._sync(master)
            if round(master.row_top(row) - master.viewport().height() * fraction) + below == y:
                break

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.pair is not None:
            self._realign.start()

    # --- current change ----------------------------------------------------------------------
    def _current_row(self) -> int | None:
        comp = self.comparison
        return None if comp is None or self.current is None else comp.changes[self.current].row

    def _flag_rows(self) -> set[int]:
        comp = self.comparison
        return {comp.changes[i].row for i in self.flags if i < len(comp.changes)} if comp else set()

    def _outline(self) -> None:
        comp = self.comparison
        if comp is None or self.current is None:
            self.left.set_outline(None)
            self.right.set_outline(None)
            return
        change = comp.changes[self.current]
        if self.inline:
            spots = [self._spot(self.left, s, change.span(s)) for s in ("left", "right")]
            found = [s for s in spots if s is not None]
            if not found:
                self.left.set_outline(None)
                return
            lo, hi = min(s[1] for s in found), max(s[2] for s in found)
            self.left.set_outline((change.row, lo, hi))
            return
        self.left.set_outline(self._spot(self.left, "left", change.left))
        self.right.set_outline(self._spot(self.right, "right", change.right))

    def _spot(
        self, pane: DiffPane, side: Side, span: tuple[int, int]
    ) -> tuple[int, int, int] | None:
        comp = self.comparison
        assert comp is not None and pane.plan is not None and self.current is not None
        change = comp.changes[self.current]
        row = change.row
        mark = pane.plan.pilcrow(self.current) if change.kind in BREAK_KINDS else None
        if mark is not None:  # the ¶ a paragraph break is marked with
            return row, *mark
        start = pane.plan.position(row, side, span[0])
        end = pane.plan.position(row, side, span[1], end=True)
        if start is None or end is None:
            gap = pane.plan.blocks[pane.plan.rows.first(row)].kind != "text"
            return (row, 0, 0) if gap or not self.inline else None
        return row, start, end

    def go_to_change(self, index: int | None, marked: str = "") -> None:
        """Make change ``index`` current: outline it, bring its row on screen and say where
        it is and what ("Change 3 of 8: replaced") however it was reached — n, the changes
        list, Ctrl+J, Flags & notes (the status line kept the number of the change before a
        list's Enter).
        ``marked``: what a step counted besides ("flagged or noted 2 of 4")."""
        comp = self.comparison
        if comp is None or index is None or not 0 <= index < len(comp.changes):
            return
        self.current, self._anchor = index, None
        self._outline()
        row = comp.changes[index].row
        first, last = self.visible_rows()
        if not first < row < last:
            self.scroll_to_row(row, 0.3)
        else:
            self._sync(self._master())
        self._show_spot(row)
        self._cursors_to_change()
        self.current_changed.emit(index)
        number = f"Change {index + 1:,} of {len(comp.changes):,}"
        kind = str(comp.changes[index].kind)
        said = f"{number}: {KIND_WORDS.get(kind, kind)}"
        sections = self.pair.sections if self.pair is not None else []
        section = sections[index] if index < len(sections) else ""
        # ("Part 2 — Licensing › 14": the text's own heading, its controls made visible)
        where = f" · in {isolated(one_line(section))}" if section else ""
        self.message.emit(f"{said}{where} ({marked})" if marked else said + where)
        spoken = f"{number}, {spoken_change(comp, index)}"  # (the panes show it by colour)
        for pane in (self.left, self.right):
            pane.setAccessibleDescription(spoken)

    def _cursors_to_change(self) -> None:
        """Each pane's text cursor at the current change, so that PgUp, PgDn and the arrows
        go on from there: they went on from where the cursor was left (the top of the
        document, after n, Alt+End or Ctrl+J), away from the change just reached."""
        self._syncing = True  # (the panes are not scrolled: nothing to align)
        try:
            for pane in (self.left,) if self.inline else (self.left, self.right):
                if pane.outline is not None:
                    row, start, _end = pane.outline
                    first = pane.block(pane.row_blocks(row).start).position()
                    pane.put_cursor(max(start, first))  # (a gap's outline says 0)
        finally:
            self._syncing = False

    def _show_spot(self, row: int) -> None:
        """If the current change starts below the screen, further down a row taller than
        the screen (a long row of many blocks), scroll down to it: its line 0.3 of the way
        down. That lays the row out down to the change (an explicit jump, as Alt+End)."""
        master = self._master()
        panes = [master] if self.inline else [master, self.left]
        for pane in panes:
            spot = pane.spot_top()
            if spot is None:
                continue
            y, height = spot
            below = y - pane.row_top(row)  # how far into the row the change starts
            screen = master.viewport().height()
            if master.row_top(row) + below + height <= master.screen_bottom():
                return  # on screen already
            self._syncing = True
            master.scroll_to_y(round(master.row_top(row) + below - screen * 0.3))
            self._syncing = False
            self._sync(master)
            return

    def step(self, direction: int) -> None:
        """Go to the next (+1) or previous (-1) change from the current change or the cursor."""
        comp = self._changes_to_go_to()
        if comp is None:
            return
        if self._anchor is not None:
            where = comp.locate(self._anchor[1], self._anchor[0])
            target = where.next if direction > 0 else where.previous
        elif self.current is None:
            target = 0 if direction > 0 else len(comp.changes) - 1
        else:
            target = self.current + direction
        if target is None or not 0 <= target < len(comp.changes):
            self.message.emit("No more changes " + ("below" if direction > 0 else "above"))
            return
        self.go_to_change(target)

    def step_marked(self, direction: int) -> None:
        """Go to the next (+1) or previous (-1) flagged or noted change, from the current
        change or the cursor, as ``step`` does."""
        comp = self._changes_to_go_to()
        if comp is None:
            return
        total = len(comp.changes)
        here = self.current if self.current is not None else (-1 if direction > 0 else total)
        if self._anchor is not None:
            where = comp.locate(self._anchor[1], self._anchor[0])
            if where.current is not None:
                here = where.current
            elif direction > 0:
                here = where.next - 1 if where.next is not None else total
            else:
                here = where.previous + 1 if where.previous is not None else -1
        marked = sorted(i for i in self.marked if i < total)
        ahead = [i for i in marked if (i - here) * direction > 0]
        if not marked:
            self.message.emit("No flagged or noted change in this pair (f flags, m notes)")
        elif not ahead:
            below = "below" if direction > 0 else "above"
            self.message.emit(f"No more flagged or noted changes {below}")
        else:
            target = ahead[0] if direction > 0 else ahead[-1]
            nth = marked.index(target) + 1
            self.go_to_change(target, f"flagged or noted {nth:,} of {len(marked):,}")

    def go_to_end(self, last: bool) -> None:
        comp = self._changes_to_go_to()
        if comp is not None:
            self.go_to_change(len(comp.changes) - 1 if last else 0)

    def _changes_to_go_to(self) -> Comparison | None:
        """The comparison shown if it has changes to go to; else says why not (no pair shown,
        or a pair without changes: Alt+Home and Alt+End said nothing, Alt+Down with no pair
        said the pair had no changes)."""
        comp = self.comparison
        if comp is None and self.single is not None:
            self.message.emit("One document is shown, compared with none: no changes to go to")
        elif comp is None:
            self.message.emit("No pair is shown: select a document to compare it")
        elif not comp.changes:
            self.message.emit("No changes in this pair")
        else:
            return comp
        return None

    def go_to_row_link(self, row: int) -> None:
        """Jump to a row (a moved unit's other place), making its change current if any."""
        comp = self.comparison
        change = next((c.index for c in comp.changes if c.row == row), None) if comp else None
        if change is not None:
            self.go_to_change(change)
        elif comp is not None:
            self.scroll_to_row(row)

    def go_to_row(self, row: int) -> None:
        """Go ▸ Go to row: ``row``'s change current if it has one; else the row brought on
        screen, the next step taken from it (F8 went on from the change before, far off: a
        review)."""
        comp = self.comparison
        if comp is None or not 0 <= row < len(comp.rows):
            return
        if any(c.row == row for c in comp.changes):
            self.go_to_row_link(row)
            return
        self.scroll_to_row(row)
        at = comp.rows[row]
        side: Side = "left" if at.left is not None else "right"
        span = at.left if at.left is not None else at.right
        if span is not None:
            self._anchor = (side, span.start)

    def jump_moved(self) -> None:
        """From the current moved unit, go to its other place."""
        comp = self._changes_to_go_to()
        if comp is None:
            return
        if self.current is None:
            self.message.emit("No current change: go to a moved unit first (Alt+Down)")
            return
        change = comp.changes[self.current]
        link = comp.rows[change.row].link
        if link is None:
            self.message.emit("The current change is not a moved unit")
            return
        if self._away is not None and self._away == (link, self._anchor):
            self.go_to_change(self.current)  # (back from its other place)
            return
        # A move is one change, at its first place (``summary.changes``): its other place is
        # brought on screen, the change kept current, and n goes on from there.
        self.scroll_to_row(link)
        there = comp.rows[link]
        side: Side = "left" if there.left is not None else "right"
        span = there.span(side)
        if span is not None:
            self._anchor = (side, span.start)
            self._away = (link, self._anchor)
        number = f"Change {self.current + 1:,} of {len(comp.changes):,}"
        self.message.emit(
            f"{number}: moved — its other place, row {link + 1:,} ({JUMP_KEY} to go back)"
        )

    def at_other_place(self) -> int | None:
        """The row of the current move's other place when Ctrl+J went there (and the cursor
        stayed), else None."""
        if self._away is None or self._away[1] != self._anchor:
            return None
        return self._away[0]

    def current_moved(self) -> bool:
        """Whether the current change is a moved unit (with another place to go to)."""
        comp, current = self.comparison, self.current
        if comp is None or current is None or current >= len(comp.changes):
            return False
        return comp.rows[comp.changes[current].row].link is not None

    def _menu_at(self, pane: DiffPane, position: int) -> None:
        """A right click: the change at the pointer current, so that the menu's Flag and
        Note act on the change clicked."""
        comp = self.comparison
        found = pane.plan.source_offset(position) if pane.plan is not None else None
        if comp is None or found is None:
            return
        side, at = found
        for change in comp.changes:
            span = change.left if side == "left" else change.right
            if span is not None and span.start <= at <= span.end and span.start < span.end:
                if change.index != self.current:
                    self.go_to_change(change.index)
                return

    def _one_selection(self, pane: DiffPane) -> None:
        """Text selected in one pane unselects the other's: both stayed highlighted, and
        which Ctrl+C would copy (the pane with the keyboard) could not be told."""
        if not pane.textCursor().hasSelection():
            return
        other = self.right if pane is self.left else self.left
        if other.textCursor().hasSelection():
            other.put_cursor(other.textCursor().position())  # (where it is scrolled)

    def _strip_clicked(self, row: int) -> None:
        """A click (or a drag) on the change strip: that row on screen, and the change
        nearest it current when it is on screen too (it scrolled only: no change outlined,
        the status line as it was; the changes list's click does both). Found by a
        mouse-first tester."""
        self.scroll_to_row(row, 0.3)
        comp = self.comparison
        if comp is not None and comp.changes:
            nearest = min(comp.changes, key=lambda c: (abs(c.row - row), c.row < row))
            first, last = self.visible_rows()
            # (only a change on screen: one far off would scroll back to it, and the strip
            # could not reach the text between; a review)
            if nearest.index != self.current and first <= nearest.row <= last:
                self.go_to_change(nearest.index)

    def _clicked(self, pane: DiffPane, pos: int) -> None:
        if pane.plan is None:
            return
        found = pane.plan.source_offset(pos)
        if found is not None:
            self._anchor = found

    def _unflag(self) -> None:
        """No pair's flags in the margins: a lone article shown after a flagged pair carried
        the pair's flag bar beside its paragraph 11."""
        self.flags, self.marked = set(), set()
        for pane in (self.left, self.right):
            pane.flag_rows = set()

    def set_flags(self, flags: set[int], noted: set[int] | None = None) -> None:
        """Mark the flagged changes in the margin of both panes and on the overview strip;
        ``noted``: the changes with a note (Shift+N and Shift+P go to those too)."""
        self.flags = set(flags)
        self.marked = self.flags | (noted or set())
        for pane in (self.left, self.right):
            pane.flag_rows = self._flag_rows()
            pane.viewport().update()
        self.overview.set_state(self.visible_rows(), self._current_row(), self._flag_rows())


def _strip_marks(comparison: Comparison) -> list[tuple[int, str]]:
    """The (row, kind) the change strip marks: every change's row, and a move's other place
    too (a move is one change, at its first place: ``summary.changes``)."""
    marks = [(c.row, str(c.kind)) for c in comparison.changes]
    for c in comparison.changes:
        link = comparison.rows[c.row].link if c.kind is ChangeKind.MOVE else None
        if link is not None:
            marks.append((link, str(c.kind)))
    return marks
