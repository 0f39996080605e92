"""Stories in the window: background grouping, story bases, next/previous story, heat maps.

Mixed into MainWindow like ``ActionSlots``. The story index arrives after the flat list (a
"stories" job); until then, and with grouping off, the window works as a flat list with one
base. Grouped, the left side of the diff is the base of the selected document's story,
unless the user opened a pair from a heat map (``_pin``).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QGuiApplication

from wirediff.core.stories import StoryIndex, VersionStats, clean_text
from wirediff.ui.doclist.model import BuiltList, build_list, grouped_list
from wirediff.ui.panels.heatmap import MAX_CELLS, HeatMapDialog
from wirediff.ui.session.jobs import Grouped, similarity_job, stories_job, version_stats_job

if TYPE_CHECKING:
    from wirediff.ui.shell.window import MainWindow

    _Base = MainWindow
else:
    _Base = object

STORY_KINDS = ("stories", "stats", "matrix", "similarity", "list")


class StorySlots(_Base):
    """Story grouping and everything that reads the story index."""

    def _init_stories(self) -> None:
        self.index: StoryIndex | None = None
        self._pin: tuple[int, int] | None = None  # (left, right) opened from a heat map
        self._requested: tuple[object, ...] | None = None
        # A left side the user fixed with b or s while grouped; a path, so that it survives
        # a reload (and is ignored in a folder without it). ] and [ follow stories again.
        self._anchor: Path | None = None
        self._anchor_at: tuple[object, int | None] = (None, None)
        self._stats: dict[tuple[int, int], list[VersionStats]] = {}
        self._heat: HeatMapDialog | None = None
        self.changes.story.version_activated.connect(self._select_version)
        for name, default in (("group_stories", True), ("hide_boilerplate", False)):
            action = self.actions_[name]
            action.blockSignals(True)
            action.setChecked(self.settings.flag(name, default))
            action.blockSignals(False)

    def grouped(self) -> bool:
        return self.index is not None and self.actions_["group_stories"].isChecked()

    # --- the story index ---------------------------------------------------------------------
    def _forget_stories(self) -> None:
        """Drop the index of the folder being replaced; its jobs go stale."""
        for kind in STORY_KINDS:
            self.runner.cancel(kind)
        self.index, self._pin, self._requested = None, None, None
        self._stats = {}
        self.banner.hide()
        self.changes.story.show_story(None, None, None)
        if self._heat is not None:
            self._heat.hide()

    def _start_stories(self) -> None:
        """Group the open documents into stories in the background (the list is up already)."""
        if len(self.documents) < 2:
            return
        self.progress.setRange(0, 0)
        self._set_busy(True)
        self.runner.start(
            "stories",
            stories_job(tuple(self.documents), self.doc_list.words),
            self._stories_done,
            self._failed,
            self._stories_progress,
        )

    def _stories_progress(self, done: int, total: int, stage: object) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.show_message(f"Grouping into stories: {stage} {done:,}/{total:,}…")

    def _stories_done(self, grouped: Grouped | None) -> None:
        index = grouped.index if grouped is not None else None
        same = index is not None and len(index.documents) == len(self.documents)
        if (
            index is None
            or not same
            or any(a is not b for a, b in zip(index.documents, self.documents, strict=True))
        ):
            return  # a stale index (another folder was opened meanwhile)
        self._set_busy(False)
        self.index = index
        self._select_something_to_compare()
        self._apply_grouping(grouped)
        multi = sum(1 for s in index.stories if len(s.versions) > 1)
        self.show_message(
            f"{_count(len(index.documents), 'document')}: {_count(len(index.stories), 'story')} "
            f"({multi:,} with several versions) in {_count(len(index.events), 'event')}"
        )
        self.stories_ready.emit()

    def _select_something_to_compare(self) -> None:
        """Keep a pair the user asked for (files given, a reload); otherwise, if grouping
        leaves the selection with nothing beside it, select a real version."""
        selected = self.doc_list.selected()
        if self.index is None or not self.grouped() or selected is None:
            return
        if self._pair_hint is not None and self.base is not None and selected != self.base:
            self._pin = (self.base, selected)
            return
        if self._review_base(selected) != selected:
            return
        story = next((s for s in self.index.stories if len(s.versions) > 1), None)
        if story is not None:
            self.doc_list.select(story.versions[1].doc)

    def _apply_grouping(self, grouped: Grouped | None = None) -> None:
        """Show the list grouped or flat as the Group action says, and compare again.

        ``grouped``: the grouped list as the stories job built it; without it, or to turn
        grouping off, the list is rebuilt in the background first.
        """
        if self.grouped() and grouped is not None:
            self.doc_list.group(self.index, grouped.built)
        elif self.grouped() or self.doc_list.index is not None:
            self._rebuild_list(self._grouping_applied)
            return
        else:  # flat already
            self.doc_list.group(None)
        self._grouping_applied()

    def _grouping_applied(self) -> None:
        if not self.grouped() and self.base is not None:
            self.doc_list.set_base(self.base)
            self._refresh_similarity()
        self._show_reviewed()
        self.request_compare()
        self._show_relation()
        self._update_story_panel()

    def _rebuild_list(self, then: Callable[[], None]) -> None:
        """Build the list grouped by the current index (or flat) in the background, show it,
        then call ``then`` (building 10,000 rows takes the best part of a second)."""
        index = self.index if self.grouped() else None
        docs, words, base = self.documents, self.doc_list.words, self.base
        if index is not None:
            build = partial(grouped_list, index, words)
        else:
            build = partial(build_list, docs, words, None, set() if base is None else {base})

        def done(built: BuiltList) -> None:
            if docs is self.documents and index is (self.index if self.grouped() else None):
                self.doc_list.install(built)
                then()

        self.show_message("Arranging the list…")
        self.runner.start("list", lambda _job: build(), done, self._failed)

    def _refresh_similarity(self) -> None:
        """Flat list: every document's similarity to the base, from the index's shingles."""
        if self.index is None or self.base is None or self.grouped():
            return
        self.runner.start(
            "similarity",
            similarity_job(self.index, self.base),
            self.doc_list.fill_similarity,
            self._failed,
        )

    # --- which pair is compared ----------------------------------------------------------------
    def _left_for(self, selected: int) -> int | None:
        """The document to show on the left beside ``selected``."""
        if self._pin is not None and self._pin[1] == selected:
            return self._pin[0]
        self._pin = None
        return self._review_base(selected)

    def _anchor_doc(self) -> int | None:
        """The anchored document's index in what is open (looked up once per folder)."""
        if self._anchor is None:
            return None
        key = (id(self.documents), len(self.documents), self._anchor)
        if self._anchor_at[0] != key:
            paths = {d.path: i for i, d in enumerate(self.documents)}
            self._anchor_at = (key, paths.get(self._anchor))
        return self._anchor_at[1]

    def anchor_left(self, doc: int) -> None:
        """Keep ``doc`` on the left whatever is selected (b and s while grouped)."""
        self._anchor = self.documents[doc].path
        self.base = doc

    def _texts(self, left: int, right: int) -> tuple[str, str] | None:
        """Clean texts of the pair when boilerplate is hidden (None: the documents' own)."""
        if self.index is None or not self.actions_["hide_boilerplate"].isChecked():
            return None
        return clean_text(self.index, left), clean_text(self.index, right)

    def _review_base(self, doc: int) -> int | None:
        """The left side for ``doc``: flat, the base; grouped, its story's base, and for a
        story's base the base of its event's first story (independent reports side by side).
        """
        if not self.grouped():
            return self.base
        anchor = self._anchor_doc()
        if anchor is not None:
            return anchor
        assert self.index is not None
        story = self.index.story_of(doc)
        if story.base != doc:
            return story.base
        return self.index.stories[self.index.events[story.event].stories[0]].base

    def flag_key(self) -> str | None:
        """Flags are change numbers: those of a comparison without boilerplate differ."""
        key = self.pair_key()
        return None if key is None or self.shown is None else key + (" #clean" * self.shown.clean)

    def _base_message(self, doc: int) -> str:
        """What the diff says when the selected document is the left side itself."""
        if not self.grouped():
            return "This is the base. Select another document to compare with it."
        assert self.index is not None
        story = self.index.story_of(doc)
        others = len(self.index.event_documents(story.event)) - len(story.versions)
        if len(story.versions) > 1:
            return "This is the base of its story. Select another version to compare it."
        if others:
            return (
                f"This report's event has {others} other document{'s' * (others != 1)}: "
                "select one to compare them, or press Ctrl+M for the event's heat map."
            )
        return (
            "No other version or report of this story in the folder. Ctrl+Shift+G turns "
            "grouping off to compare any two documents."
        )

    def _show_relation(self) -> None:
        """Say plainly when the pair on screen is not two versions of one story."""
        if self.index is None or self.shown is None or self.base is None or self.other is None:
            self.banner.hide()
            return
        self.banner.show_score(self.index.scores(self.base, self.other))

    # --- story panel ---------------------------------------------------------------------------
    def _update_story_panel(self) -> None:
        """The versions of the current story against its base; stats computed in background."""
        story_id = self._current_story()
        if self.index is None or story_id is None:
            self.changes.story.show_story(None, None, None)
            return
        index, story = self.index, self.index.stories[story_id]
        key = (story.id, story.base)
        self.changes.story.show_story(index, story, self._stats.get(key))
        if key in self._stats or len(story.versions) < 2:
            return

        def done(stats: list[VersionStats] | None) -> None:
            if stats is None or self.index is not index:
                return
            self._stats[key] = stats
            if self._current_story() == story.id:
                self.changes.story.show_story(index, story, stats)
                self.story_stats_shown.emit()

        self.runner.start("stats", version_stats_job(index, story.id), done, self._failed)

    def _current_story(self) -> int | None:
        story = self.doc_list.selected_story()
        if story is None and self.index is not None and self.other is not None:
            return self.index.story_of(self.other).id
        return story

    def _select_version(self, doc: int) -> None:
        self._pin, self._anchor = None, None
        self.doc_list.select(doc)
        self.request_compare()

    # --- actions -------------------------------------------------------------------------------
    def toggle_grouping(self, checked: bool) -> None:
        self.settings.set_flag("group_stories", checked)
        self._pin, self._anchor = None, None
        if self.index is not None:
            self._apply_grouping()

    def toggle_boilerplate(self, checked: bool) -> None:
        self.settings.set_flag("hide_boilerplate", checked)
        if self.index is None:
            self.show_message("Boilerplate is known once stories are grouped (in progress)")
            return
        self.request_compare()

    def set_story_base(self, doc: int) -> None:
        """Make ``doc`` the base of its story; the old base is then compared with it."""
        assert self.index is not None
        story = self.index.story_of(doc)
        if len(story.versions) < 2:
            self.anchor_left(doc)
            self.show_message(
                f"Left side: {self.documents[doc].name} (a story of one version is its own base)"
            )
            return
        if story.base == doc:
            self.anchor_left(doc)
            self.show_message("Already the base of its story; now on the left for any document")
            return
        old = story.base
        self.index = self.index.with_base(story.id, doc)
        self._pin = None
        self.anchor_left(doc)

        def shown() -> None:
            self._show_reviewed()
            self.doc_list.select(old)
            self.request_compare()
            self.show_message(f"Base of the story: {self.documents[doc].name}")

        self._rebuild_list(shown)

    def next_story(self) -> None:
        self._step_story(+1)

    def prev_story(self) -> None:
        self._step_story(-1)

    def _step_story(self, direction: int) -> None:
        """Select the next or previous story's first version (its base if it has one)."""
        if self.index is None:
            self.show_message("Stories are not grouped yet")
            return
        order = self.doc_list.visible_stories() if self.grouped() else []
        order = order or list(range(len(self.index.stories)))
        current = self._current_story()
        pos = order.index(current) + direction if current in order else 0
        if not 0 <= pos < len(order):
            self.show_message("No next story" if direction > 0 else "No previous story")
            return
        story = self.index.stories[order[pos]]
        self._pin, self._anchor = None, None
        self.doc_list.select(story.versions[1].doc if len(story.versions) > 1 else story.base)
        self.request_compare()
        self.show_message(f"Story {pos + 1} of {len(order)}: {story.title}")

    def show_event_heat_map(self) -> None:
        self._heat_map(event=True)

    def show_story_heat_map(self) -> None:
        self._heat_map(event=False)

    def _heat_map(self, event: bool) -> None:
        """Open the heat map of the current story or its event (scores in the background)."""
        story_id = self._current_story()
        if self.index is None or story_id is None:
            self.show_message("Select a document once stories are grouped")
            return
        index, story = self.index, self.index.stories[story_id]
        docs = index.event_documents(story.event) if event else story.documents
        what = "Event" if event else "Story"
        title = index.events[story.event].title if event else story.title
        if self._heat is None:
            self._heat = HeatMapDialog(self)
            self._heat.pair_activated.connect(self.open_pair)
        self._heat.set_waiting(f"{what}: {title}", len(docs))
        self._heat.show()
        if QGuiApplication.platformName() != "offscreen":  # offscreen cannot raise windows
            self._heat.raise_()
        shown = docs[:MAX_CELLS]
        self.runner.start(
            "matrix",
            lambda _job: index.matrix(shown),
            lambda matrix: self._heat_ready(index, matrix, len(docs)),
            self._failed,
        )

    def _heat_ready(self, index: StoryIndex, matrix: object, total: int) -> None:
        if self._heat is not None and index is self.index:
            self._heat.set_matrix(index, matrix, total)  # type: ignore[arg-type]
            self.heat_map_shown.emit()

    def open_pair(self, left: int, right: int) -> None:
        """Compare ``left`` (left side) with ``right``, whatever their stories."""
        if left == right:
            self.show_message("That cell is a document against itself")
            return
        if not self.grouped():
            self._make_base(left)
        self._pin = (left, right)
        if right not in self.doc_list.visible_order():
            self.doc_list.filter.clear()
        self.doc_list.select(right)
        self._pin = (left, right)  # selecting may have cleared it
        self.request_compare()


def _count(n: int, noun: str) -> str:
    """``3 stories``, ``1 event``."""
    plural = noun[:-1] + "ies" if noun.endswith("y") else noun + "s"
    return f"{n:,} {noun if n == 1 else plural}"
