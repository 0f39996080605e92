"""What the list and the diff show around the pair: grouped or flat, boilerplate hidden or
not, the compare options, and the current story (its panel, ]/[, heat maps).

``Session.view``: each command changes a setting or asks the stories controller, then
shows the result with the session's ``update``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from wirediff.ui.session.selection import IndexStories
from wirediff.ui.session.stories import story_step

if TYPE_CHECKING:
    from wirediff.ui.session.session import Session


class ViewOptions:
    """The View and Compare menus' switches, and the current story."""

    def __init__(self, session: Session) -> None:
        self.session = session

    # --- view options ----------------------------------------------------------------------
    def set_grouping(self, on: bool) -> None:
        """Show the list grouped by story, or flat (the left side on screen as its base)."""
        self.session.settings.set_flag("group_stories", on)
        self.session.grouping = on
        index = self.session.stories.index
        if index is None:
            return
        self.session.selection.set_stories(IndexStories(index) if on else None)
        base = self.session.selection.base
        self.session.message.emit("Arranging the list…")
        bases = set() if base is None else {base}
        self.session.stories.build_list(on, self.session.documents, self.session.words, bases)

    def set_hide_boilerplate(self, on: bool) -> None:
        self.session.settings.set_flag("hide_boilerplate", on)
        self.session.hide_boilerplate = on
        if self.session.stories.index is None:
            grouping = self.session.stories.grouping()
            self.session.message.emit(
                "Boilerplate is known once stories are grouped"
                + (" (in progress)" if grouping else ": open a folder of several documents")
            )
            return
        self.session.update()

    def set_option(self, name: str, on: bool) -> None:
        """Change one compare option and compare again."""
        self.set_options((name,), on)

    def set_options(self, names: Iterable[str], on: bool) -> None:
        """Turn compare options ``names`` on or off together and compare again."""
        self.session.options = replace(self.session.options, **dict.fromkeys(names, on))
        self.session.settings.options = self.session.options
        self.session.update()

    # --- stories ---------------------------------------------------------------------------
    def current_story(self) -> int | None:
        """The story of the list's current row, else of the document on the right."""
        index, pair = self.session.stories.index, self.session.selection.pair()
        if self.session.row_story is not None or index is None:
            return self.session.row_story
        return index.story_of(pair[1]).id if pair is not None else None

    def show_story(self) -> None:
        """The versions of the current story against its base (stats in the background)."""
        story, keep = self.current_story(), not self.session.hide_boilerplate
        archive = self.session.archive
        if archive.active:  # a stories index: the story is read first
            archive.stories.show(archive.story(story), self.session.options)
            return
        self.session.stories.show_story(story, self.session.options, keep)

    def step_story(self, direction: int, order: list[int], before: int | None = None) -> None:
        """]/[: the next or previous story in ``order`` (story ids as the list shows them);
        ``before``: the list's current row stands just before that story (an event's row)."""
        index = self.session.stories.index
        doc, message = story_step(index, self.current_story(), direction, order, before)
        if doc is not None:
            self.session.select_requested.emit(doc)
            self.session.update()
        self.session.message.emit(message)

    def show_heat_map(self, event: bool) -> None:
        """The heat map of the current story or its event (scores in the background)."""
        story = self.current_story()
        if story is None or not self.session.stories.heat_map(story, event):
            self.session.message.emit("Select a document once stories are grouped")
