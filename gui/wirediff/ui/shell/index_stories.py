"""A story's views on an open stories index: its heat map, its report, and the pairs and
versions chosen from them or from the story panel.

Each reads the story's texts first (``session.index_story.StoryReader``: a story index of
that story alone, its documents numbered from 0), then works as for a folder; a document
chosen in one of them is turned back into its list row here, which the list selects when
it is listed and the index compares either way.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow

from wirediff.ui.doclist.pages import IndexStory
from wirediff.ui.session.index_story import ArchiveStory
from wirediff.ui.session.session import Session
from wirediff.ui.shell.export import Exporter
from wirediff.ui.shell.parts import Parts

PICK = "Select a version of a story in the list first"


class IndexStories:
    """The story views of the current story of an open index."""

    def __init__(
        self, window: QMainWindow, session: Session, parts: Parts, exporter: Exporter
    ) -> None:
        self.window, self.session, self.parts, self.exporter = window, session, parts, exporter
        self.reader = session.archive.stories
        self.reader.refused.connect(lambda text, _key: session.message.emit(text))
        self.reader.message.connect(session.message)

    def current(self) -> IndexStory | None:
        """The story of the list's current row (a message when there is none)."""
        story = self.session.archive.story(self.session.row_story)
        if story is None:
            self.session.message.emit(PICK)
        return story

    def heat_map(self, event: bool = False) -> None:
        """The heat map of the current story's versions, or of its event's documents."""
        story = self.current()
        if story is None:
            return
        found = self.session.archive.listed_event(story.event) if event else None
        self.reader.heat_map(story, found)
        many = len(found.stories) if found is not None else 1
        what = f"the {many} stories of the event" if many > 1 else "the story"
        self.session.message.emit(f"Reading the texts of {what}…")

    def export_story(self) -> None:
        """Ctrl+Shift+E: the report of the current story (its texts read first)."""
        story = self.current()
        if story is None:
            return
        target = self.exporter.ask_story(story.title)
        if target is None:
            return

        def write(found: ArchiveStory) -> None:
            self.exporter.export_story_to(target, found.index, 0, None, None, found.left_out)
            if found.problems:
                self.session.message.emit(f"Exporting {target.path.name}{found.note()}…")

        self.reader.fetch(story, write)

    # --- from a story's document to its row ------------------------------------------------------
    def open_pair(self, found: ArchiveStory | None, left: int, right: int) -> bool:
        """Compare documents ``left`` and ``right`` of ``found`` (the heat map's, the story
        view's) as they are on screen there; False if ``found`` is None."""
        if found is None:
            return False
        a, b = found.entries[left], found.entries[right]
        self.parts.doc_list.select(b.row)  # when it is listed; compared as asked either way
        self.session.archive.open_entries(a, b)
        return True

    def heat_map_pair(self, left: int, right: int) -> bool:
        return self.open_pair(self.reader.matrix_of, left, right)

    def select_version(self, doc: int) -> bool:
        """The story panel's version ``doc``: against the base, as a folder's panel does."""
        found = self.reader.panel_story()
        if found is None:
            return False
        return self.open_pair(found, 0, doc) if doc else self.select_row(found.rows[0])

    def select_row(self, row: int) -> bool:
        self.parts.doc_list.select(row)
        return True
