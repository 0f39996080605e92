"""The versions of the selected story against its base: how each was made from it (its
derivation level), kept %, words added, words cut."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wirediff.core.counts import percent
from wirediff.core.display import in_order, telling_parts
from wirediff.core.stories import Derivation, Story, StoryIndex, VersionStats
from wirediff.ui.common.alike import apart
from wirediff.ui.common.roles import DOC_ROLE
from wirediff.ui.common.text import one_line, plain_tooltip
from wirediff.ui.panels.views import ShownText
from wirediff.ui.widgets.cut_lines import LINE_SEPARATOR, cut_lines
from wirediff.ui.widgets.focus_frame import FocusFrame

TIP = (
    "Each version against the story's base (◆, the likely wire original), compared as the "
    "pair view compares: how it was made from it (copy, edited, rewrite, independent); "
    "similarity = share of both texts' words that match (the list's and the changes panel's "
    "figure); kept = share of the base's words it keeps (the story view's kept %); + words it "
    "adds; − words of the base it cuts; ~ words of the base it replaces (shown when some "
    "are). Click or Enter compares that version; Ctrl+K shows "
    "them all side by side."
)
MAX_ROWS = 8  # taller stories scroll inside the box
INDENT = "  "  # before a row's second line (its numbers)


class TwoLines(ShownText):
    """A row's two lines each cut to the width as its own (``cut_lines``): the first (a file
    name, then the level) in its middle, keeping the level in sight; the second
    (similarity, kept, words added and cut) at its end."""

    def shown(
        self, option: QStyleOptionViewItem, _index: QModelIndex | QPersistentModelIndex
    ) -> str:
        """The text drawn in ``option.rect`` (``option`` initialised for its cell)."""
        # (Qt's initStyleOption turns the row's "\n" into a line separator, U+2028)
        text = option.text.replace("\n", LINE_SEPARATOR)
        return cut_lines(option.fontMetrics, text, self.text_width(option), LINE_SEPARATOR)


class StoryPanel(QWidget):
    """A title and one row per version; a click or Enter selects that version in the list."""

    version_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("story_panel")
        self.title = QLabel("")
        self.title.setObjectName("story_title")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        self.view = QTreeWidget()
        self.view.setObjectName("story_versions")
        self._focus_frame = FocusFrame(self.view)  # (a faint box round its row was all)
        # One column of two-line rows (name, then numbers): readable in a narrow panel.
        self.view.setColumnCount(1)
        self.view.setHeaderHidden(True)
        self.view.setToolTip(TIP)
        self.view.setAccessibleName("Versions of the story")
        self.view.setRootIsDecorated(False)
        # Each row its own height: a row's numbers ("−", "~" drawn in a fallback font) need
        # more than the base's "base", and at the base's height the second line of every
        # version of an Arabic story was cut away, "copy…" all it showed (a walkthrough).
        self.view.setUniformRowHeights(False)
        # Each line cut as its own (``TwoLines``): the name in its middle, the numbers at
        # their end.
        self.view.setItemDelegate(TwoLines(self.view))
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.itemActivated.connect(self._activated)
        self.view.itemClicked.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.view)
        self.rows: dict[int, list[str]] = {}  # document -> [name, kept, +, −, similarity]
        self._shown: tuple[StoryIndex, Story, list[VersionStats] | str | None] | None = None
        self._levels: dict[int, tuple[Derivation, str]] = {}  # of ``_levels_of``'s documents
        self._levels_of: StoryIndex | None = None
        self._pair: tuple[int, int] | None = None  # the documents of the pair on screen
        self.hide()

    def set_pair(self, pair: tuple[int, int] | None) -> None:
        """The documents of the pair on screen (None: none): a story the list's current row
        shows that holds neither says so — beside another story's diff and changes it read
        as if they were this story's."""
        self._pair = pair
        if self._shown is not None:
            self._set_title(*self._shown[1:])

    def set_levels(self, index: StoryIndex, levels: Mapping[int, tuple[Derivation, str]]) -> None:
        """Derivation levels measured on ``index`` (document -> level, sentence)."""
        if index is not self._levels_of:
            self._levels, self._levels_of = {}, index
        self._levels.update(levels)
        shown = self._shown
        if shown is not None and shown[0] is index and levels.keys() & set(shown[1].documents):
            self.show_story(*shown)

    def show_story(
        self, index: StoryIndex | None, story: Story | None, stats: list[VersionStats] | str | None
    ) -> None:
        """Show ``story``'s versions (stats None: still being computed; a text: why they
        could not be); None hides the box."""
        if index is None or story is None or len(story.versions) < 2:
            self.rows, self._shown = {}, None
            self.view.clear()
            self.hide()
            return
        self._shown = (index, story, stats)
        levels = self._levels if index is self._levels_of else {}
        failed = stats if isinstance(stats, str) else ""
        by_doc = {s.doc: s for s in stats} if isinstance(stats, list) else {}
        self._set_title(story, stats)
        self.view.clear()
        self.rows = {}
        # (an outlet naming two versions is followed by the file's name: "◆ Reuters" and
        # "Reuters · copy" were two papers running Reuters' copy)
        outlets = Counter(index.documents[v.doc].source for v in story.versions)
        told = apart(index.documents, [v.doc for v in story.versions], titles=False)
        for version in story.versions:
            doc = index.documents[version.doc]
            cut = told.get(version.doc)  # (what tells its file from its outlet's others')
            if cut and doc.name.endswith(cut):  # (the end of its name; not a capture time)
                cut = f"…{cut}"
            parts = [one_line(p) for p in telling_parts(doc, outlets, cut)]
            name = " · ".join(parts)
            # Drawn each part in its own direction: an Arabic outlet before a file's name
            # read "1130… · البيان.html" as one right-to-left run (``rows`` keeps the words).
            drawn = in_order(parts, " · ")
            mark = "◆ " if version.doc == story.base else ""
            s = by_doc.get(version.doc)
            level, sentence = levels.get(version.doc, (None, ""))
            if mark:
                cells = [f"{mark}{name}", "base", "", "", ""]
                line = "base"
            else:
                blank = "–" if failed else "…"
                cells = [name, *(_numbers(s) if s else (blank,) * 4)]
                # (a correction of two figures read "+18 −0": a copy, its change unsaid)
                changed = f" ~{s.words_changed:,}" if s and s.words_changed else ""
                line = (
                    f"{cells[4]} similar · {cells[1]} kept · {cells[2]} {cells[3]}{changed}"
                    if s
                    else ("not counted" if failed else "counting…")
                )
                if level is not None:
                    cells[0] = f"{name} · {level.value}"
                    drawn = f"{drawn} · {level.value}"
            item = QTreeWidgetItem([f"{mark}{drawn}\n{INDENT}{line}"])
            item.setData(0, DOC_ROLE, version.doc)
            about = f"\n{sentence}" if sentence and not mark else ""
            item.setToolTip(0, plain_tooltip(f"{doc.title or doc.name}\n{doc.path}\n{line}{about}"))
            self.view.addTopLevelItem(item)
            self.rows[version.doc] = cells
        rows = min(len(story.versions), MAX_ROWS)
        tallest = max(self.view.sizeHintForRow(r) for r in range(len(story.versions)))
        height = rows * tallest
        self.view.setFixedHeight(height + 2 * self.view.frameWidth() + 2)
        self.show()

    def _set_title(self, story: Story, stats: list[VersionStats] | str | None) -> None:
        waiting = " (counting words…)" if stats is None else ""
        chosen = "chosen by you" if story.base_overridden else "b sets another"
        if isinstance(stats, str):
            waiting = " (words not counted)"
            chosen += f"\nThe words could not be counted: {stats}"
        other = ""
        if self._pair is not None and not set(self._pair) & set(story.documents):
            other = "\nThe list's current story: the pair shown is of another"
        self.title.setText(
            f"Story of {len(story.versions)} versions, against the ◆ base{waiting}{other}"
        )
        self.title.setToolTip(plain_tooltip(f"{story.title}\nBase: {chosen}"))

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        doc = item.data(0, DOC_ROLE)
        if doc is not None:
            self.version_activated.emit(int(doc))


def _numbers(stats: VersionStats) -> tuple[str, str, str, str]:
    """Kept %, words added, words cut, similarity %, as the panel shows them."""
    return (
        percent(stats.kept),
        f"+{stats.words_added:,}",
        f"−{stats.words_cut:,}",
        percent(stats.similarity),
    )
