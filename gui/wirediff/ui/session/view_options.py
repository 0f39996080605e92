"""What the list and the diff show around the pair: grouped or flat, boilerplate hidden or
not, the compare options, and the current story (its panel, ]/[, heat maps).

A mixin of ``Session`` (``session``): each command changes a setting or asks the stories
controller, then shows the result with the session's ``_update``.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from wirediff.core.document import Document
from wirediff.core.options import CompareOptions
from wirediff.ui.common.settings import Settings
from wirediff.ui.session.selection import IndexStories, PairSelection
from wirediff.ui.session.stories import StoriesController, story_step


class ViewOptions:
    """The View and Compare menus' switches, and the current story."""

    settings: Settings
    options: CompareOptions
    grouping: bool
    hide_boilerplate: bool
    selection: PairSelection
    documents: list[Document]
    words: list[int]
    stories: StoriesController
    message: Any  # the session's signals (str; int)
    select_requested: Any
    _row_story: int | None

    def _update(self, soon: bool = False) -> None:
        raise NotImplementedError

    # --- view options ----------------------------------------------------------------------
    def set_grouping(self, on: bool) -> None:
        """Show the list grouped by story, or flat (the left side on screen as its base)."""
        self.settings.set_flag("group_stories", on)
        self.grouping = on
        index = self.stories.index
        if index is None:
            return
        self.selection.set_stories(IndexStories(index) if on else None)
        base = self.selection.base
        self.message.emit("Arranging the list…")
        bases = set() if base is None else {base}
        self.stories.build_list(on, self.documents, self.words, bases)

    def set_hide_boilerplate(self, on: bool) -> None:
        self.settings.set_flag("hide_boilerplate", on)
        self.hide_boilerplate = on
        if self.stories.index is None:
            self.message.emit("Boilerplate is known once stories are grouped (in progress)")
            return
        self._update()

    def set_option(self, name: str, on: bool) -> None:
        """Change one compare option and compare again."""
        self.options = replace(self.options, **{name: on})
        self.settings.options = self.options
        self._update()

    # --- stories ---------------------------------------------------------------------------
    def current_story(self) -> int | None:
        """The story of the list's current row, else of the document on the right."""
        index, pair = self.stories.index, self.selection.pair()
        if self._row_story is not None or index is None:
            return self._row_story
        return index.story_of(pair[1]).id if pair is not None else None

    def _show_story(self) -> None:
        """The versions of the current story against its base (stats in the background)."""
        story, keep = self.current_story(), not self.hide_boilerplate
        self.stories.show_story(story, self.options, keep)

    def step_story(self, direction: int, order: list[int]) -> None:
        """]/[: the next or previous story in ``order`` (story ids as the list shows them)."""
        doc, message = story_step(self.stories.index, self.current_story(), direction, order)
        if doc is not None:
            self.select_requested.emit(doc)
            self._update()
        self.message.emit(message)

    def show_heat_map(self, event: bool) -> None:
        """The heat map of the current story or its event (scores in the background)."""
        story = self.current_story()
        if story is None or not self.stories.heat_map(story, event):
            self.message.emit("Select a document once stories are grouped")
