"""The changes panel: the statistics of the pair, what was noted about it, the list of its
changes (⚑ flagged, ✎ noted, the note after the change) and the note editor."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import (
    QEvent,
    QIdentityProxyModel,
    QItemSelectionModel,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from wirediff.core.breaks import break_counts
from wirediff.core.counts import in_passages, percent
from wirediff.core.numbering import RENUMBERED_SAID_MIN, renumbered
from wirediff.core.result import Comparison
from wirediff.core.stories import Story, StoryIndex, VersionStats
from wirediff.ui.common.text import no_changes, note_after, plain_tooltip
from wirediff.ui.panels.change_rows import CHANGE, FLAG, NOTE, ChangeRows, change_rows
from wirediff.ui.panels.notes import NoteEditor
from wirediff.ui.panels.story import StoryPanel
from wirediff.ui.widgets.fitted_scroll import FittedScroll
from wirediff.ui.widgets.focus_frame import FocusFrame

# What the pair's figures measure (the list, the story panel and the story view use the same
# names for the same figures).
STAT_TIPS = {
    "similarity": "Similarity: the share of both texts' words that the aligned diff matches "
    "(2 × words in common ÷ the words of both). The list and the story panel show the same "
    "figure for a version and its base.",
    "left_in_right": "Kept: the share of the left text's words found in the right one. For a "
    "version beside its base, the share of the base it keeps: the story view's kept %.",
    "right_in_left": "Reused: the share of the right text's words found in the left one (the "
    "rest is new to it).",
}
# The least width the change's words keep before Kind gives way: the words say the kind too
# (+, −, →, ⇄), and ten letters of them (the least before) read as nothing.
CHANGE_ROOM = "x" * 20
HEAD_SHARE = 0.55  # the most of the panel's height its figures take (the list has the rest)
NOTE_SHARE = 0.2  # the most of its height the note on the current change takes
# The least of the panel's height the list keeps with the note editor open: the figures
# give way first (down to nothing), then the editor's text (down to a line); at 200% the
# list had two and a half rows (a keyboard-only walkthrough)
LIST_SHARE = 0.4
MOST = 16777215  # (Qt's QWIDGETSIZE_MAX: no maximum)
# The summary's tooltip when paragraph breaks are counted or ignored: where the switch is.
PARAGRAPHS_TIP = (
    "Compare ▸ Ignore paragraph breaks leaves paragraphs split in two or run into one out "
    "of the changes (or puts them back)"
)
KIND = 1  # the column that gives way


class ChangesPanel(QWidget):
    """Statistics above, the change list below; Enter or a click jumps to a change."""

    change_activated = Signal(int)
    version_activated = Signal(int)  # a version of the story panel was chosen

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changes_panel")
        self.stats: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setContentsMargins(4, 4, 4, 4)
        for key, label in (
            ("similarity", "Similarity"),
            ("left_in_right", "Kept"),
            ("right_in_left", "Reused"),
            ("added", "Words added"),
            ("deleted", "Words deleted"),
            ("changed", "Words changed"),
            ("moved", "Units moved"),
        ):
            value = QLabel("–")
            value.setObjectName(f"stat_{key}")
            value.setTextFormat(Qt.TextFormat.PlainText)
            name = QLabel(label)
            if key in STAT_TIPS:
                for widget in (name, value):
                    widget.setToolTip(plain_tooltip(STAT_TIPS[key]))
            form.addRow(name, value)
            self.stats[key] = value
        self.rows = change_rows((), ())
        self.model = QIdentityProxyModel(self)  # the view keeps it (and its selection model)
        self.model.setSourceModel(self.rows.model)  # ... while each pair brings its rows
        self.view = QTreeView()
        self.view.setObjectName("changes_view")
        self._focus_frame = FocusFrame(self.view)
        self.view.setModel(self.model)
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.view.header()
        # The change's words take the width the other columns leave (``_fit_columns``): a
        # stretched last section keeps at least the 100 pixels it started with, and a list
        # too short for a vertical scroll bar got a horizontal one for the difference.
        header.setStretchLastSection(False)
        # Widths from the font, not ResizeToContents: that asks the model for every row's
        # text, and thousands of changes would stall the GUI thread on each repaint.
        metrics = self.view.fontMetrics()
        for col, sample in enumerate(("0000", "inserted", FLAG + NOTE)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(col, metrics.horizontalAdvance(sample) + 18)
        self._kind_width = header.sectionSize(KIND)
        self._fitting = False
        # The columns fit again whenever the room changes: the panel's width, a vertical
        # scroll bar coming or going with the rows, a column the reader resized.
        self.view.viewport().installEventFilter(self)
        header.sectionResized.connect(lambda *_: self._fit_columns())
        self.view.clicked.connect(lambda index: self.change_activated.emit(index.row()))
        self.summary = QLabel("")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.review_line = QLabel("")  # reviewed, the note on the pair, marks not found
        self.review_line.setObjectName("review_line")
        self.review_line.setTextFormat(Qt.TextFormat.PlainText)
        self.review_line.setWordWrap(True)
        self.review_line.hide()
        self.story = StoryPanel()
        self.story.version_activated.connect(self.version_activated)
        # The numbers, the summary and the story scroll in a short window: their height was
        # the window's least (at 1.5× on a 768-pixel screen, with the problems panel open,
        # the window grew taller than the screen, its status bar below the edge).
        head = QWidget()
        head.setObjectName("changes_head")
        column = QVBoxLayout(head)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(form)
        column.addWidget(self.summary)
        column.addWidget(self.review_line)
        column.addWidget(self.story)
        self.head = FittedScroll(head, share=HEAD_SHARE)
        self.head.setObjectName("changes_head_scroll")
        self.head.follow_current(self.story.view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.head)
        layout.addWidget(self.view, 1)
        self.note_line = QLabel("")  # the note on the current change, in full
        self.note_line.setObjectName("note_line")
        self.note_line.setTextFormat(Qt.TextFormat.PlainText)
        self.note_line.setWordWrap(True)
        # (in a window of its own height at most a fifth of the panel's, scrolled: a long
        # note was cut at the panel's foot, unreadable, and left the list two rows at 200%)
        self.note_scroll = FittedScroll(self.note_line, share=NOTE_SHARE)
        self.note_scroll.setObjectName("note_scroll")
        self.note_scroll.hide()
        layout.addWidget(self.note_scroll)
        self.note_editor = NoteEditor()
        layout.addWidget(self.note_editor)
        self.note_editor.installEventFilter(self)  # (shown or hidden: the heights shared)
        self._head_given_way = False

    def least_width(self) -> int:
        """The width its figures and story panel need: they scroll up and down only, and a
        narrower panel cuts them (the list of changes below makes do with less)."""
        head = self.head.widget()
        need = head.minimumSizeHint().width() if head is not None else 0
        bar = self.head.verticalScrollBar()
        if bar.isVisible():
            need += bar.width()
        return need + 2 * self.head.frameWidth()

    def show_comparison(
        self,
        comparison: Comparison | None,
        rows: ChangeRows | None,
        figures: str = "",
        every_figure: str = "",
    ) -> None:
        """Fill the panel from a comparison and its change rows (None empties it); its marks
        follow. ``figures``: the lines saying which figures and names changed
        (``plan.figures_lines``), ``every_figure`` all of them, headed (their tooltip)."""
        self._set_rows(rows if comparison is not None and rows is not None else None)
        self.show_review(set(), {}, "", False, ())
        if comparison is None:
            self.story.set_pair(None)  # (no pair on screen for the story panel to tell apart)
            for label in self.stats.values():
                label.setText("–")
            self.summary.setText("")
            return
        s = comparison.stats
        values = {
            "similarity": percent(s.similarity),
            "left_in_right": percent(s.left_in_right),
            "right_in_left": percent(s.right_in_left),
            "added": f"{s.words_added:,}",
            "deleted": f"{s.words_deleted:,}",
            "changed": f"{s.words_changed:,}",
            "moved": f"{s.units_moved:,}{in_passages(s.units_moved, s.passages_moved)}",
        }
        for key, text in values.items():
            self.stats[key].setText(text)
        words = f"{s.left_words:,} words left, {s.right_words:,} right"
        nothing = no_changes(comparison)
        n = len(comparison.changes)
        changes = f"{n:,} change{'' if n == 1 else 's'}"
        if paragraphs := break_counts(comparison):
            changes += f" ({paragraphs})"
        ignored = "".join(
            f" · {what} ignored"
            for what in comparison.options.ignored(
                "ignore_paragraphs", "ignore_numbering", "ignore_fillers"
            )
        )
        text = f"{nothing}. {words}" if nothing else f"{changes} · {words}"
        # (most of them renumbered paragraphs: where the switch is that leaves them out)
        numbered = renumbered(comparison) if not nothing else 0
        if numbered >= max(RENUMBERED_SAID_MIN, n // 4):
            text += f"\n{numbered:,} of them renumbering only: Compare ▸ Ignore numbering"
        self.summary.setText(text + ignored + (f"\n{figures}" if figures else ""))
        tips = [every_figure] if every_figure else []
        if paragraphs or comparison.options.ignore_paragraphs:  # (after the figures)
            tips.append(PARAGRAPHS_TIP)
        self.summary.setToolTip(plain_tooltip("\n\n".join(tips)) if tips else "")

    def _set_rows(self, rows: ChangeRows | None) -> None:
        """The list shows ``rows`` (None: none), its columns' widths and order kept."""
        if rows is None:
            if not self.rows.excerpts:
                return
            rows = change_rows((), ())
        self.model.setSourceModel(rows.model)  # (the view's columns stay as they were)
        self.rows = rows
        self.view.scrollToTop()  # (another pair's list kept the last one's scroll)
        self._fit_columns()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.view.viewport():
            self._fit_columns()
            if isinstance(event, QResizeEvent):
                self._keep_current_in_sight(event.oldSize().height())
        elif watched is self.note_editor and event.type() in (
            QEvent.Type.Show,
            QEvent.Type.Hide,
        ):
            self._share_height()
        return False

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().height() != event.oldSize().height():
            self._share_height()

    def _share_height(self) -> None:
        """With the note editor open, the list keeps ``LIST_SHARE`` of the panel's height:
        the editor takes what it asks for of the rest, down to its least, and the figures
        what is left, scrolled, or none (they come back when the editor closes)."""
        editor, head = self.note_editor, self.head
        height = self.height()
        if not editor.isVisibleTo(self) or height <= 0:
            editor.setMaximumHeight(MOST)
            head.share = HEAD_SHARE
            if self._head_given_way:
                self._head_given_way = False
                head.show()
            head.updateGeometry()
            return
        outer = self.layout()
        gap = outer.spacing() if outer is not None else 0
        note = self.note_scroll.height() + gap if self.note_scroll.isVisibleTo(self) else 0
        rest = int(height * (1 - LIST_SHARE)) - note - gap  # (the editor's and the figures')
        least, wanted = editor.minimumSizeHint().height(), editor.sizeHint().height()
        inner = editor.layout()
        if inner is not None and inner.hasHeightForWidth():  # (its heading wraps: whole)
            width = editor.width() if editor.width() > 0 else self.width()
            least = max(least, inner.totalMinimumHeightForWidth(width))
            wanted = max(wanted, inner.totalHeightForWidth(width))
        given = max(least, min(wanted, rest))
        editor.setMaximumHeight(given)
        figures = rest - given - gap
        shown = figures >= head.minimumSizeHint().height()
        head.share = max(figures, 0) / height
        if shown == self._head_given_way:  # (hidden when it would get less than its least)
            self._head_given_way = not shown
            head.setVisible(shown)
        head.updateGeometry()

    def _keep_current_in_sight(self, was: int) -> None:
        """The current change, in sight before the list shrank (or before it had a size),
        is scrolled back into sight: a restart went back to change 31, selected it and
        scrolled to it, then the story panel filled in above and pushed it below the
        list's end, which showed its top as if nothing were selected."""
        index = self.view.currentIndex()
        if not index.isValid():
            return
        rect = self.view.visualRect(index)
        seen = was <= 0 or (rect.top() >= 0 and rect.bottom() < was)
        if seen and rect.bottom() >= self.view.viewport().height():
            self.view.scrollTo(index)

    def _fit_columns(self) -> None:
        """Give the change's words the width the other columns leave, hiding the Kind
        column when the words would get less than ``CHANGE_ROOM`` (its excerpt says the kind
        too: +, −, →, ⇄). A list that fits needs no horizontal scroll bar."""
        if self._fitting:
            return
        self._fitting = True
        try:
            header = self.view.header()
            width = self.view.viewport().width()
            fixed = [c for c in range(header.count()) if c not in (KIND, CHANGE)]
            others = sum(header.sectionSize(c) for c in fixed)
            hidden = header.isSectionHidden(KIND)
            kind = self._kind_width if hidden else header.sectionSize(KIND)
            self._kind_width = kind
            least = self.view.fontMetrics().horizontalAdvance(CHANGE_ROOM)
            hide = width - others - kind < least
            self.view.setColumnHidden(KIND, hide)
            room = width - others - (0 if hide else kind)
            header.resizeSection(CHANGE, max(room, header.minimumSectionSize()))
        finally:
            self._fitting = False

    def show_story(
        self, index: StoryIndex | None, story: Story | None, stats: list[VersionStats] | str | None
    ) -> None:
        """The versions of ``story`` against its base (None: hide them)."""
        self.story.show_story(index, story, stats)

    def show_review(
        self,
        flags: set[int],
        notes: Mapping[int, str],
        pair_note: str,
        reviewed: bool,
        orphans: Sequence[str],
        shared_with: str = "",
    ) -> None:
        """Show what was noted about the pair on screen: flags and notes on its changes,
        the note on the pair, whether it is reviewed, marks not found (``orphans``: why);
        ``shared_with``: the other files of the same text, which these marks are on too."""
        self.rows.set_marks(flags, notes)
        self._show_note(self.selected())
        lines = ["✓ Reviewed (r)"] if reviewed else []
        if shared_with:
            lines.append(f"These marks are on {shared_with} too: the same text")
        if pair_note:
            lines.append(note_after(f"{NOTE} On this pair: ", pair_note, more="(Shift+M)"))
        if orphans:
            n = len(orphans)
            lines.append(
                f"{n} flag{'s' * (n != 1)} or note{'s' * (n != 1)} not found in this "
                "comparison (Review ▸ Flags & notes lists them)"
            )
        self.review_line.setText("\n".join(lines))
        self.review_line.setToolTip(
            plain_tooltip("\n".join(orphans), isolating=True) if orphans else ""
        )
        self.review_line.setVisible(bool(lines))

    def set_current(self, index: int | None) -> None:
        """Select change ``index`` in the list without emitting ``change_activated``."""
        self._show_note(index)
        if index is None or index >= self.model.rowCount():
            self.view.clearSelection()
            return
        model_index = self.model.index(index, 0)
        self.view.selectionModel().setCurrentIndex(
            model_index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.view.scrollTo(model_index)

    def _show_note(self, change: int | None) -> None:
        """The note on the current change, below the list (the list has no room for it)."""
        note = "" if change is None else self.rows.notes.get(change, "")
        shown = ""
        if note and change is not None:
            shown = note_after(f"{NOTE} Change {change + 1}: ", note, "(m)")
        self.note_line.setText(shown)
        self.note_scroll.setVisible(bool(note))

    def selected(self) -> int | None:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else None
